"""Readers for the annotated corpora kroniek trains and evaluates on (no spaCy needed).

* CoNLL NER (CoNLL-2002/2003, WikiANN, UNER): one token per line, the word in one column and an
  IOB tag in another. ``-DOCSTART-`` lines are document boundaries by themselves (in CoNLL-2002's
  ``ned.*`` no blank line follows them).
* CoNLL-U (Universal Dependencies): word lines only; multiword-token ranges and empty nodes are skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError


@dataclass(frozen=True, slots=True)
class NerSentence:
    words: tuple[str, ...]
    tags: tuple[str, ...]  # IOB2
    doc: int  # index of the document (DOCSTART-delimited) the sentence belongs to


@dataclass(frozen=True, slots=True)
class UdWord:
    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int  # 0 = root, else 1-based index of the head word
    deprel: str
    space_after: bool


@dataclass(frozen=True, slots=True)
class UdSentence:
    sent_id: str
    words: tuple[UdWord, ...]


def plain_lemma(lemma: str, form: str, particles: tuple[str, ...] | list[str] = ()) -> str:
    """kroniek's reading of a UD lemma, for training and for scoring alike.

    Alpino (and the UD Dutch treebanks made from it) joins compound parts and a verb's particle with ``_``
    ("grond_wet", "om_komen"). The marks go ("grondwet"); and a verb whose particle stands apart as a word
    of its own (``particles``: the forms of its ``compound:prt`` dependents) keeps only its own part
    ("kwamen ... om": "komen", not "omkomen"), since the particle is a token that the parse attaches and
    that a form-to-lemma edit cannot see. Left as "omkomen", the lemmatizer has to learn to prepend a
    word it cannot know from the form, and guesses ("terugkomen")."""
    if "_" not in lemma or lemma == "_":
        return lemma
    parts = lemma.split("_")
    low = form.lower()
    if len(parts) > 1 and parts[0].lower() in {p.lower() for p in particles} and not low.startswith(parts[0].lower()):
        parts = parts[1:]
    return "".join(parts)


def fix_iob(tags: list[str]) -> list[str]:
    """IOB2 from IOB1 leftovers: an ``I-X`` that does not continue an ``X`` becomes ``B-X``."""
    out: list[str] = []
    prev = "O"
    for t in tags:
        if t.startswith("I-") and prev[2:] != t[2:]:
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def read_conll_ner(path: Path, word_col: int | None = None, tag_col: int | None = None) -> Iterator[NerSentence]:
    """Sentences of a CoNLL NER file. Columns default to word first and tag last, except in UNER's
    CoNLL-U-like layout ("1 word TAG - annotator", recognized on the first token line), where they are
    1 and 2. A ``lang:`` prefix on words (WikiANN) is removed."""
    if not path.is_file():
        raise InputError(f"{path}: expected a CoNLL NER file (one 'WORD ... TAG' per line), found nothing there")
    words: list[str] = []
    tags: list[str] = []
    doc = 0
    lineno = 0

    def flush() -> NerSentence | None:
        if not words:
            return None
        s = NerSentence(tuple(words), tuple(fix_iob(tags)), doc)
        words.clear()
        tags.clear()
        return s

    with path.open(encoding="utf-8") as fh:
        for raw in fh:
            lineno += 1
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                s = flush()
                if s:
                    yield s
                continue
            cols = line.split("\t") if "\t" in line else line.split()
            if word_col is None:  # decided once, on the first token line: "1 word TAG ..." is UNER's layout
                uner = cols[0] == "1" and len(cols) >= 4
                word_col = 1 if uner else 0
                tag_col = tag_col if tag_col is not None else (2 if uner else -1)
            wc, tc = word_col, tag_col if tag_col is not None else -1
            if len(cols) < 2:
                raise InputError(f"{path}:{lineno}: expected 'WORD ... TAG', got {line!r}; is this a CoNLL NER file?")
            word, tag = cols[wc], cols[tc]
            if word == "-DOCSTART-":
                s = flush()
                if s:
                    yield s
                doc += 1
                continue
            if len(word) > 3 and word[2] == ":" and word[:2].isalpha() and word[:2].islower():
                word = word[3:]  # WikiANN "nl:word"
            if tag != "O" and not (tag[:2] in ("B-", "I-") and len(tag) > 2):
                raise InputError(f"{path}:{lineno}: expected an IOB tag (O, B-X, I-X) in the last column, got {tag!r}")
            words.append(word)
            tags.append(tag)
    s = flush()
    if s:
        yield s


def read_conllu(path: Path) -> Iterator[UdSentence]:
    """Sentences of a CoNLL-U file (word lines only)."""
    if not path.is_file():
        raise InputError(f"{path}: expected a CoNLL-U file, found nothing there")
    sent_id = ""
    words: list[UdWord] = []
    with path.open(encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip():
                if words:
                    yield UdSentence(sent_id, tuple(words))
                words, sent_id = [], ""
                continue
            if line.startswith("#"):
                if line.startswith("# sent_id"):
                    sent_id = line.split("=", 1)[-1].strip()
                continue
            cols = line.split("\t")
            if len(cols) != 10:
                raise InputError(f"{path}:{lineno}: expected 10 tab-separated CoNLL-U columns, got {len(cols)}")
            if "-" in cols[0] or "." in cols[0]:
                continue
            words.append(UdWord(cols[1], cols[2], cols[3], cols[4], cols[5], int(cols[6]) if cols[6] != "_" else 0,
                                cols[7], "SpaceAfter=No" not in cols[9]))
    if words:
        yield UdSentence(sent_id, tuple(words))


def spans(tags: tuple[str, ...] | list[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) token spans of an IOB2 sequence (end exclusive)."""
    out: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, t in enumerate([*tags, "O"]):
        if start >= 0 and (t == "O" or t.startswith("B-") or t[2:] != label):
            out.append((start, i, label))
            start = -1
        if t.startswith("B-") or (t.startswith("I-") and start < 0):
            start, label = i, t[2:]
    return out
