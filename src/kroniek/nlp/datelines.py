"""Sentences opened by a dateline, parsed again without it.

"VELSEN-NOORD - Om 6.15 uur ketenden leden van Frisse Lucht IJmond zich vast aan het hek": a parser that reads the
place in capitals and the dash as part of the sentence makes the place its root and the clause after the dash a
modifier of it, so the verb loses its subject. The words after the dateline (:data:`kroniek.lines.DATELINE`) are
tagged and parsed again as a sentence of their own; the dateline's words keep the first reading, and the text,
offsets and entities stay those of the first reading. A clause whose tokens do not align one to one with the first
reading's keeps the first reading.
"""

from __future__ import annotations

from typing import Any

from ..lines import DATELINE, line_span
from ..model import Document
from .headlines import reread


def dateline_clauses(doc: Document) -> list[tuple[int, int]]:
    """The token ranges [first, last) of the words after a dateline that opens a sentence and its line."""
    text, tokens = doc.text, doc.tokens
    out: list[tuple[int, int]] = []
    k = 0
    for s in doc.sentences:
        while k < len(tokens) and tokens[k].start < s.start:
            k += 1
        if line_span(text, s.start)[0] != s.start or (m := DATELINE.match(text, s.start)) is None or m.end() >= s.end:
            continue
        first = k
        while first < len(tokens) and tokens[first].start < m.end():
            first += 1
        last = first
        while last < len(tokens) and tokens[last].start < s.end:
            last += 1
        if last - first >= 3 and first > k:
            out.append((first, last))
    return out


def reparse_datelines(nlp: Any, doc: Document) -> Document:
    """``doc`` with the words after each sentence-opening dateline tagged and parsed again on their own (see the
    module docstring); ``nlp`` is the pipeline that gave the first reading."""
    clauses = dateline_clauses(doc)
    tokens = doc.tokens
    return reread(nlp, doc, clauses, [doc.text[tokens[first].start:tokens[last - 1].end] for first, last in clauses])
