"""Scores of a spaCy pipeline on gold corpora: NER (P/R/F1 per label, micro) and UD (UPOS, UAS, LAS).

Gold tokenization is used (Docs are built from the gold words), so the numbers measure the
statistical components, not the tokenizer. Used by ``kroniek eval ner|ud`` and the benches.
Given a language's caseless NER (:mod:`kroniek.nlp.caseless_ner`), a document (a group of sentences) that
:func:`kroniek.lettercase.caseless` calls lower-cased or ALL CAPS is scored with it, as the nlp stage routes it.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..lettercase import letter_case
from .casing import Case, recase
from .corpora import NerSentence, UdSentence, plain_lemma, read_conll_ner, read_conllu, spans

LABELS = ("PER", "ORG", "LOC", "MISC")
SYNTAX_PIPES = ("tok2vec", "tagger", "morphologizer", "parser", "trainable_lemmatizer", "lemmatizer",
                "attribute_ruler", "senter")


@dataclass(frozen=True, slots=True)
class Prf:
    tp: int
    fp: int
    fn: int

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0


@dataclass(frozen=True, slots=True)
class NerReport:
    per_label: dict[str, Prf]
    micro: Prf
    sentences: int
    words: int
    seconds: float
    case: Case = "cased"
    routed: int = 0  # documents scored with the caseless NER

    def to_dict(self) -> dict[str, Any]:
        def d(x: Prf) -> dict[str, float]:
            return {"p": round(x.p, 4), "r": round(x.r, 4), "f1": round(x.f1, 4), "tp": x.tp, "fp": x.fp, "fn": x.fn}

        return {"per_label": {k: d(v) for k, v in self.per_label.items()}, "micro": d(self.micro),
                "sentences": self.sentences, "words": self.words, "case": self.case, "routed": self.routed,
                "words_per_second": round(self.words / self.seconds) if self.seconds else None}

    def table(self) -> str:
        rows = [f"{'label':<6} {'P':>7} {'R':>7} {'F1':>7} {'gold':>6}"]
        for k, v in [*sorted(self.per_label.items()), ("micro", self.micro)]:
            rows.append(f"{k:<6} {v.p:7.4f} {v.r:7.4f} {v.f1:7.4f} {v.tp + v.fn:6d}")
        return "\n".join(rows)


@dataclass(frozen=True, slots=True)
class UdReport:
    words: int
    upos: float
    xpos: float
    lemma: float
    uas: float
    las: float  # universal relation (subtype after ':' ignored), as in the CoNLL 2018 evaluation
    las_full: float  # full label
    sentences: int
    seconds: float
    extra: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {k: round(getattr(self, k), 4) for k in ("upos", "xpos", "lemma", "uas", "las", "las_full")}
        out.update(words=self.words, sentences=self.sentences,
                   words_per_second=round(self.words / self.seconds) if self.seconds else None)
        return out

    def table(self) -> str:
        return "\n".join(f"{k:<9} {v}" for k, v in self.to_dict().items())


# --------------------------------------------------------------------------- NER
def group_sentences(sents: Iterable[NerSentence], per_doc: int = 10) -> Iterator[list[NerSentence]]:
    group: list[NerSentence] = []
    for s in sents:
        if group and (s.doc != group[0].doc or len(group) >= per_doc):
            yield group
            group = []
        group.append(s)
    if group:
        yield group


NER_BATCH = 64  # documents of ten sentences per nlp.pipe batch


def predict_entities(nlp: Any, groups: list[list[NerSentence]], batch_size: int = NER_BATCH,
                     case: Case = "cased", caseless: Any = None) -> list[list[tuple[int, int, str]]]:
    """Predicted (start, end, label) token spans per sentence, for gold-tokenized sentence groups
    (their words lower- or upper-cased first with ``case``; token spans are unchanged by it). With a
    ``caseless`` NER, a group whose text has lost its letter case goes to it, as in the nlp stage."""
    return _predict(nlp, groups, batch_size, case, caseless)[0]


def _predict(nlp: Any, groups: list[list[NerSentence]], batch_size: int, case: Case,
             caseless: Any) -> tuple[list[list[tuple[int, int, str]]], int]:
    """The spans of :func:`predict_entities` and how many groups went to the caseless NER."""
    words = [[recase(w, case) for s in g for w in s.words] for g in groups]
    # the one rule of kroniek.lettercase, asked once of each document's text, as the nlp stage asks it
    cases = [letter_case(" ".join(ws)) for ws in words]
    routed = {k for k, c in enumerate(cases) if c != "cased"} if caseless is not None else set()
    # ALL-CAPS documents are read lower-cased, as the nlp stage reads them
    words = [[recase(w, "lower") for w in ws] if c == "upper" else ws for ws, c in zip(words, cases, strict=True)]
    ents: list[list[tuple[int, int, str]]] = [[] for _ in groups]
    for model, chosen in ((nlp, [k for k in range(len(groups)) if k not in routed]), (caseless, sorted(routed))):
        if chosen:
            for k, found in zip(chosen, _entities(model, [words[k] for k in chosen], [groups[k] for k in chosen],
                                                  batch_size), strict=True):
                ents[k] = found
    out: list[list[tuple[int, int, str]]] = []
    for g, found in zip(groups, ents, strict=True):
        offset = 0
        for s in g:
            n = len(s.words)
            out.append([(a - offset, b - offset, label) for a, b, label in found if offset <= a and b <= offset + n])
            offset += n
    return out, len(routed)


def _entities(nlp: Any, words: list[list[str]], groups: list[list[NerSentence]], batch_size: int
              ) -> Iterator[list[tuple[int, int, str]]]:
    """(start, end, label) token spans of ``nlp``'s entities in each document, built from ``words``."""
    from spacy.tokens import Doc

    keep = [n for n in nlp.pipe_names if n not in SYNTAX_PIPES] or nlp.pipe_names

    def docs() -> Iterator[Any]:
        for w, g in zip(words, groups, strict=True):
            starts: list[bool | int | None] = []
            for s in g:
                starts += [True] + [False] * (len(s.words) - 1)
            yield Doc(nlp.vocab, words=w, sent_starts=starts)

    with nlp.select_pipes(enable=keep):
        for doc in nlp.pipe(docs(), batch_size=batch_size):
            yield [(e.start, e.end, map_label(e.label_)) for e in doc.ents]


def map_label(label: str) -> str:
    """Labels of other taggers (Frog, OntoNotes-style spaCy models) mapped onto CoNLL's four."""
    from . import LABEL_MAP

    return LABEL_MAP.get(label, label)


def score_ner(gold: list[NerSentence], predicted: list[list[tuple[int, int, str]]],
              labels: Iterable[str] | None = None) -> dict[str, Prf]:
    """Exact-span scores per label, and ``micro`` over ``labels`` (default: the labels in the gold data)."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    seen: set[str] = set()
    for s, pred in zip(gold, predicted, strict=True):
        g = set(spans(s.tags))
        seen.update(lab for _, _, lab in g)
        p = set(pred)
        for x in g & p:
            tp[x[2]] += 1
        for x in p - g:
            fp[x[2]] += 1
        for x in g - p:
            fn[x[2]] += 1
    use = sorted(set(labels) if labels is not None else seen)
    per = {k: Prf(tp[k], fp[k], fn[k]) for k in use}
    per["micro"] = Prf(sum(tp[k] for k in use), sum(fp[k] for k in use), sum(fn[k] for k in use))
    return per


def evaluate_ner(nlp: Any, path: Path, limit: int = 0, case: Case = "cased", caseless: Any = None) -> NerReport:
    """Scores on the CoNLL file at ``path``; with ``case`` lower/upper the words are recased before
    the pipeline sees them (the gold entities stay where they are). With a ``caseless`` NER, documents
    without letter case are given to it, as the nlp stage does."""
    sents = list(read_conll_ner(path))
    if limit:
        sents = sents[:limit]
    groups = list(group_sentences(sents))
    t0 = time.perf_counter()
    pred, routed = _predict(nlp, groups, NER_BATCH, case, caseless)
    seconds = time.perf_counter() - t0
    scores = score_ner(sents, pred)
    micro = scores.pop("micro")
    return NerReport(scores, micro, len(sents), sum(len(s.words) for s in sents), seconds, case, routed)


# --------------------------------------------------------------------------- UD
def evaluate_ud(nlp: Any, path: Path, limit: int = 0) -> UdReport:
    from spacy.tokens import Doc

    sents: list[UdSentence] = list(read_conllu(path))
    if limit:
        sents = sents[:limit]
    keep = [n for n in nlp.pipe_names if n in SYNTAX_PIPES] or nlp.pipe_names

    def docs() -> Iterator[Any]:
        for s in sents:
            starts: list[bool | int | None] = [True, *([False] * (len(s.words) - 1))]
            doc = Doc(nlp.vocab, words=[w.form for w in s.words], spaces=[w.space_after for w in s.words],
                      sent_starts=starts)
            yield doc

    n = upos = xpos = lemma = uas = las = las_full = 0
    t0 = time.perf_counter()
    with nlp.select_pipes(enable=keep):
        for s, doc in zip(sents, nlp.pipe(docs(), batch_size=128), strict=True):
            particles: dict[int, list[str]] = {}
            for w in s.words:
                if w.deprel == "compound:prt" and w.head:
                    particles.setdefault(w.head - 1, []).append(w.form)
            for i, (w, t) in enumerate(zip(s.words, doc, strict=True)):
                n += 1
                upos += t.pos_ == w.upos
                xpos += t.tag_ == w.xpos
                lemma += t.lemma_.lower() == plain_lemma(w.lemma, w.form, particles.get(i, ())).lower() \
                    if w.lemma != "_" else t.lemma_ == "_"
                head = 0 if t.head.i == t.i else t.head.i + 1
                if head == w.head:
                    uas += 1
                    pl, gl = t.dep_.lower(), w.deprel.lower()
                    las_full += pl == gl
                    las += pl.split(":")[0] == gl.split(":")[0]
    seconds = time.perf_counter() - t0
    d = max(n, 1)
    return UdReport(n, upos / d, xpos / d, lemma / d, uas / d, las / d, las_full / d, len(sents), seconds)
