"""Headlines in title case, parsed again in sentence case.

"Guinea: Protesters Shot Dead, Activists Detained" capitalizes every word, and a tagger that learned its words
from prose reads the capitals as names: "Shot" and "Dead" become proper nouns, the passive is lost and the
protesters become the shooters. A line that :func:`kroniek.lettercase.title_cased` calls a headline is tagged
and parsed again with its words in lower case, all but the first, the words of a name the first reading found
("Guinea", "Lagos State") and acronyms ("ECOWAS"; in a line in capitals every word but a name's is lowered). The second reading gives the line's tags, lemmas, morphology
and parse; its text, offsets and entities stay those of the first, so nothing a later stage quotes changes.
A line whose tokens do not align one to one with the first reading's keeps the first reading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import groupby
from typing import Any

from ..lettercase import title_cased, upper_cased
from ..model import Document, Token
from .casing import plain_apostrophes

_WORD = re.compile(r"[^\W\d_]+")


def title_lines(doc: Document) -> list[tuple[int, int]]:
    """The token ranges [first, last) of the sentences of ``doc`` that are whole lines in title case."""
    text = doc.text
    out: list[tuple[int, int]] = []
    if not doc.sentences:
        return out
    first = 0
    for i, group in groupby(doc.tokens, key=lambda t: t.sentence):  # each token knows its sentence
        last = first + len(list(group))
        s = doc.sentences[i]
        whole_line = text.rfind("\n", 0, s.start) == len(text[:s.start].rstrip(" \t")) - 1 \
            and text[s.end:].lstrip(" \t")[:1] in ("", "\n")
        if whole_line and title_cased(_WORD.findall(text[s.start:s.end])):
            out.append((first, last))
        first = last
    return out


def sentence_cased(doc: Document, first: int, last: int) -> str:
    """The text of tokens [first, last) with every word in lower case but the first, those in an entity and
    acronyms; the same length, so offsets hold."""
    tokens = doc.tokens
    start = tokens[first].start
    chars = list(doc.text[start:tokens[last - 1].end])
    capitals = upper_cased("".join(chars))  # a line in capitals has no acronyms to tell apart
    for t in tokens[first + 1:last]:
        if t.ent != "O" or t.text.isupper() and not capitals:
            continue
        for k in range(t.start - start, t.end - start):
            low = chars[k].lower()
            if len(low) == 1:
                chars[k] = low
    return "".join(chars)


def reparse_title_lines(nlp: Any, doc: Document) -> Document:
    """``doc`` with the tags, lemmas, morphology and parse of its title-case lines read again in sentence case
    (see the module docstring); ``nlp`` is the pipeline that gave the first reading."""
    lines = title_lines(doc)
    return reread(nlp, doc, lines, [plain_apostrophes(sentence_cased(doc, first, last)) for first, last in lines])


def reread(nlp: Any, doc: Document, ranges: Sequence[tuple[int, int]], texts: Sequence[str]) -> Document:
    """``doc`` with tokens [first, last) of each range taking the tags, lemmas, morphology and parse of its text in
    ``texts`` (the same words, maybe recased), read by ``nlp`` as one sentence without the entity recognizer; a
    range whose words do not align one to one keeps its first reading."""
    if not ranges:
        return doc
    import numpy
    from spacy.attrs import SENT_START

    sdocs = []
    for text in texts:
        sdoc = nlp.make_doc(text)
        # one sentence, as the first reading had it: the parser may not split the line
        flags = numpy.array([[1 if t.i == 0 else -1] for t in sdoc], dtype="int64")
        sdoc.from_array([SENT_START], flags.astype("uint64"))
        sdocs.append(sdoc)
    skip = [name for name in ("ner",) if name in nlp.pipe_names]
    tokens = list(doc.tokens)
    for (first, last), sdoc in zip(ranges, nlp.pipe(sdocs, disable=skip), strict=True):
        _splice(tokens, first, last, [t for t in sdoc if not t.is_space])
    return doc.replace(tokens=tuple(tokens))


def _splice(tokens: list[Token], first: int, last: int, read: Sequence[Any]) -> None:
    """Tokens [first, last) take the analysis of ``read`` (spaCy tokens of the same words), when they align."""
    base = tokens[first].start
    if len(read) != last - first or any(t.start - base != r.idx or t.end - t.start != len(r.text)
                                        for t, r in zip(tokens[first:last], read, strict=True)):
        return
    index = {r.i: first + n for n, r in enumerate(read)}
    for n, r in enumerate(read, first):
        t = tokens[n]
        tokens[n] = replace(t, lemma=r.lemma_ or r.text.lower(), pos=r.pos_, tag=r.tag_, morph=str(r.morph),
                            dep=r.dep_, head=index.get(r.head.i, n))
