"""Silver NER data for the caseless Dutch NER: the cased NER's entities on the Alpino treebanks.

The caseless NER (``models/nl-caseless``) learns from lower-cased text what the cased NER reads from
capitals. Its gold data are CoNLL-2002 ned.train and WikiANN; this adds the 23,615 tagged sentences of the
Alpino treebanks (``training/corpus/nl/alpino-train.spacy``, written by ``convert.py nl``), labelled by
the cased NER (the teacher, which sees their capitals) and checked against the treebanks' gold part of
speech: an entity is kept when a word of it is a proper noun (or, for MISC, an adjective: "Nederlandse");
the words of a dropped entity and proper nouns no kept entity covers are left unannotated (spaCy's
"missing"), not "outside", so the student is not taught that they are no names.

A second source (nl-caseless 0.4.0): WikiANN-nl's dev split (10,000 sentences, not otherwise used), read with
``--conll``: there is no gold part of speech, so the teacher's own tagger checks its entities, and WikiANN's
link-derived entities check them too: a teacher entity WikiANN labels otherwise, or that overlaps a WikiANN entity
it does not match, is left unannotated with the words of every entity WikiANN has and the teacher lacks.

Usage: ``python training/silver.py [--teacher src/kroniek/models/nl] [--input ...] [--output ...]`` and
``python training/silver.py --conll ../shared/data/ner-extra/wikiann-nl/dev --output
training/corpus/nl/wikiann-silver.spacy``; then train with ``--ner-caseless --ner-extra
training/corpus/nl/wikiann-partial.spacy --ner-extra training/corpus/nl/alpino-silver.spacy --ner-extra
training/corpus/nl/wikiann-silver.spacy`` (see MODEL_CARD_nl.md, "Letter case").
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
log = logging.getLogger("kroniek.training")


def _confirmed(label: str, pos: set[str]) -> bool:
    """An entity its tags confirm: a word of it is a proper noun (or, for MISC, an adjective: "Nederlandse")."""
    return "PROPN" in pos or (label == "MISC" and "ADJ" in pos)


def _annotate(doc: Any, ents: list[tuple[int, int, str]], dropped: set[int], doubtful: set[int]) -> int:
    """Set ``ents`` on ``doc``; the words of ``dropped`` entities and the ``doubtful`` words (maybe names) no entity
    covers are left unannotated (spaCy's "missing"), every other word is outside. Returns how many are unannotated."""
    from spacy.tokens import Span

    covered = {i for a, b, _ in ents for i in range(a, b)}
    unsure = dropped | (doubtful - covered)
    doc.set_ents([Span(doc, a, b, label) for a, b, label in ents], missing=[doc[i:i + 1] for i in sorted(unsure)],
                 outside=[doc[i:i + 1] for i in range(len(doc)) if i not in covered and i not in unsure])
    return len(unsure)


def silver(teacher: Path, source: Path, dest: Path) -> tuple[int, int, int]:
    """Write ``dest`` (a DocBin) from the gold-tagged sentences of ``source``; returns (kept, dropped,
    unannotated) entity and word counts."""
    import spacy
    from spacy.tokens import Doc, DocBin

    nlp = spacy.load(teacher)
    ner = nlp.get_pipe("ner")
    gold = list(DocBin().from_disk(source).get_docs(nlp.vocab))
    docs = [Doc(nlp.vocab, words=[t.text for t in g], spaces=[bool(t.whitespace_) for t in g]) for g in gold]
    out = DocBin(store_user_data=False)
    kept = dropped = missing = 0
    for g, d in zip(gold, ner.pipe(docs, batch_size=256), strict=True):
        ents: list[tuple[int, int, str]] = []
        unsure: set[int] = set()
        for e in d.ents:
            if _confirmed(e.label_, {g[i].pos_ for i in range(e.start, e.end)}):
                ents.append((e.start, e.end, e.label_))
                kept += 1
            else:
                dropped += 1
                unsure.update(range(e.start, e.end))
        missing += _annotate(d, ents, unsure, {i for i, t in enumerate(g) if t.pos_ == "PROPN"})
        out.add(d)
    dest.parent.mkdir(parents=True, exist_ok=True)
    out.to_disk(dest)
    return kept, dropped, missing


def silver_conll(teacher: Path, source: Path, dest: Path) -> tuple[int, int, int]:
    """Write ``dest`` from the sentences of a CoNLL NER file (WikiANN): the teacher's entities where its own tagger
    sees a proper noun in them and the file's entities do not disagree; see the module docstring."""
    import spacy
    from spacy.tokens import Doc, DocBin

    from kroniek.nlp.corpora import read_conll_ner, spans

    nlp = spacy.load(teacher)
    sentences = list(read_conll_ner(source))
    docs = [Doc(nlp.vocab, words=list(s.words)) for s in sentences]
    out = DocBin(store_user_data=False)
    kept = dropped = missing = 0
    disable = [n for n in ("parser", "trainable_lemmatizer", "lemmatizer") if n in nlp.pipe_names]
    for s, d in zip(sentences, nlp.pipe(docs, batch_size=256, disable=disable), strict=True):
        given = {(a, b): label for a, b, label in spans(s.tags)}
        given_words = {i for a, b in given for i in range(a, b)}
        ents: list[tuple[int, int, str]] = []
        unsure: set[int] = set()
        for e in d.ents:
            label = given.get((e.start, e.end))
            agrees = label == e.label_ if label is not None else (
                e.label_ == "MISC" or not given_words.intersection(range(e.start, e.end)))  # WikiANN has no MISC
            if _confirmed(e.label_, {t.pos_ for t in e}) and agrees:
                ents.append((e.start, e.end, e.label_))
                kept += 1
            else:
                dropped += 1
                unsure.update(range(e.start, e.end))
        # a fresh Doc: the teacher's tags and parse are no part of the silver data
        plain = Doc(nlp.vocab, words=[t.text for t in d], spaces=[bool(t.whitespace_) for t in d])
        missing += _annotate(plain, ents, unsure, {i for i, t in enumerate(d) if t.pos_ == "PROPN"} | given_words)
        out.add(plain)
    dest.parent.mkdir(parents=True, exist_ok=True)
    out.to_disk(dest)
    return kept, dropped, missing


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--teacher", type=Path, default=ROOT / "src" / "kroniek" / "models" / "nl")
    ap.add_argument("--input", type=Path, default=HERE / "corpus" / "nl" / "alpino-train.spacy")
    ap.add_argument("--output", type=Path, default=HERE / "corpus" / "nl" / "alpino-silver.spacy")
    ap.add_argument("--conll", type=Path, default=None,
                    help="a CoNLL NER file (WikiANN) to label instead of --input; checked by the teacher's tagger")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if args.conll is not None:
        kept, dropped, missing = silver_conll(args.teacher, args.conll, args.output)
    else:
        kept, dropped, missing = silver(args.teacher, args.input, args.output)
    log.info("wrote %s: %d entities kept, %d dropped, %d words unannotated", args.output, kept, dropped, missing)


if __name__ == "__main__":
    main()
