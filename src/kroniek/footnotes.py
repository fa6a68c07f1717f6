"""Footnotes of a report copied as plain text (a PDF or a web page): the note numbers glued to what they annotate
("het platteland van Amhara.57 In de nacht", "hield het op 800.61 Volgens", "the camp.12 Witnesses") and the notes
they point to, each a line that opens with its number ("57 Zie ook het algemeen ambtsbericht ...").

A number is a marker only where the text holds the notes (two lines at least, numbered one after the other) and the
markers run in the notes' order, so "versie 2.0", "800.61" or "Boeing 737" in a text without notes stay what they
are. Shared by the sentence splitter (a marker after a full stop ends the sentence) and the quantity reader (neither
a marker nor a note's number is a count).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

#: a note: its number opens a line, its text follows on the same line
_NOTE = re.compile(r"^[ \t]*(\d{1,3})[ \t]+(?=\S)", re.MULTILINE)
#: a number that may be a marker (see :func:`_glued`)
_NUMBER = re.compile(r"(?<!\d)[1-9]\d{0,2}(?=[\s,;:]|$)")
_PUNCT = ".,;:!?"
_CLOSING = "'’\"”)]"
#: the notes must come one after the other: at least this many
_MIN_NOTES = 2


@dataclass(frozen=True)
class Footnotes:
    """The character spans of the markers and of the notes' own numbers."""

    markers: tuple[tuple[int, int], ...] = ()
    numbers: tuple[tuple[int, int], ...] = ()

    def marker_in(self, start: int, end: int) -> tuple[int, int] | None:
        """The first marker that starts inside [start, end), if any ("800.61": the "61")."""
        return next(((a, b) for a, b in self.markers if start <= a < end), None)


def _runs(notes: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The notes that belong to a run of numbers one after the other, on lines one after the other."""
    out: list[tuple[int, int, int]] = []
    run: list[tuple[int, int, int]] = []
    for note in notes:
        if run and note[0] == run[-1][0] + 1:
            run.append(note)
            continue
        if len(run) >= _MIN_NOTES:
            out.extend(run)
        run = [note]
    if len(run) >= _MIN_NOTES:
        out.extend(run)
    return out


def _glued(text: str, start: int, end: int) -> bool:
    """Is the number at [start, end) written against what it annotates: a word ("Amhara57"), or a mark after a word,
    a closing quote or a number ("Amhara.57", "strijders'.59", "800.61"; not "15.012", a thousands group)?"""
    c1, c2 = text[start - 1:start], text[start - 2:start - 1]
    if c1.isalpha() or c1 in _CLOSING:
        return True
    if c1 not in _PUNCT or not c2:
        return False
    return c2.isalpha() or c2 in _CLOSING or (c2.isdigit() and end - start != 3)


@lru_cache(maxsize=32)
def footnotes(text: str) -> Footnotes:
    """The footnotes of ``text`` (empty where it has none)."""
    notes = [(int(m.group(1)), m.start(1), m.end(1)) for m in _NOTE.finditer(text)]
    kept = _runs(notes)
    if not kept:
        return Footnotes()
    numbers = {n for n, _, _ in kept}
    first_note = min(a for _, a, _ in kept)
    markers: list[tuple[int, int]] = []
    last = 0
    for m in _NUMBER.finditer(text, 0, first_note):
        value = int(m.group(0))
        line = text.rfind("\n", 0, m.start()) + 1
        if value not in numbers or value <= last or not _glued(text, m.start(), m.end()) \
                or not text[line:m.start()].strip(" \t0123456789."):
            continue  # not a note's number, out of order, or a section's number ("3.2 Amhara")
        markers.append((m.start(), m.end()))
        last = value
    if not markers:
        return Footnotes()
    return Footnotes(tuple(markers), tuple((a, b) for _, a, b in kept))


__all__ = ["Footnotes", "footnotes"]
