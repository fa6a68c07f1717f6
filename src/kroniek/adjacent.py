"""The floor: the word or token right next to an offset, read the same way by every stage.

Two readings, because the stages ask two different questions:

- a *word* (letters only) touching the offset with nothing but spaces between: what a number is written
  against ("nr. 3", "3 maart", "3-jarige"); a comma or colon in between means there is no such word;
- a *token* (letters, digits, apostrophes, currency signs) however much punctuation lies between: the cue a
  time expression follows ("sinds (december)", "in '22") or the token as written after it ("2024%").
"""

from __future__ import annotations

import re

_WORD_BEFORE = re.compile(r"([^\W\d_]+\.?)[\s\u00a0]*$")  # the dot of an abbreviation stays ("nr.")
_WORD_AFTER = re.compile(r"[\s\u00a0]*-?([^\W\d_]+)")  # "3-jarige": the hyphen binds
_TOKEN_BEFORE = re.compile(r"([\w'’€$£]+)[^\w]*$")
_TOKEN_AFTER = re.compile(r"\s*([^\s]+)")
_WORD_WINDOW = 30  # a word longer than this is no word a number is written against
_TOKEN_WINDOW = 40


def word_before(text: str, pos: int, floor: int = 0) -> str:
    """The word ending right before ``pos`` (spaces between), lower-cased; none before ``floor`` (the sentence
    start). ``""`` when there is none."""
    m = _WORD_BEFORE.search(text, max(floor, pos - _WORD_WINDOW), pos)
    return m.group(1).lower() if m else ""


def word_after(text: str, pos: int) -> str:
    """The word starting right after ``pos`` (spaces and one hyphen between), lower-cased, or ``""``."""
    m = _WORD_AFTER.match(text, pos, pos + _WORD_WINDOW)
    return m.group(1).lower() if m else ""


def token_before(text: str, pos: int) -> str:
    """The last token before ``pos``, past any punctuation, lower-cased, or ``""``."""
    m = _TOKEN_BEFORE.search(text, max(0, pos - _TOKEN_WINDOW), pos)
    return m.group(1).lower() if m else ""


def token_after(text: str, pos: int) -> str:
    """The next run of non-space characters after ``pos``, as written (punctuation included), or ``""``."""
    m = _TOKEN_AFTER.match(text, pos, pos + _TOKEN_WINDOW)
    return m.group(1) if m else ""
