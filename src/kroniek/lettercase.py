"""Whether a text has lost its letter case: one rule that every stage asks.

Lower-cased archives, ALL-CAPS headlines, OCR and social-media text are ordinary news input. In
them capital letters say nothing about names, so a stage that reads names from capitals (toponym
recognition, the NER fallback) asks :func:`caseless` and then uses its word lists instead.

The rule, over the words of at least two letters (a word's case is read from its letters):

* lower-cased: fewer than :data:`LOWER_SHARE` of the words are capitalized ("Leeds"; an acronym
  such as "NATO" does not count). Cased prose capitalizes every sentence start and its names, at
  least one word in twenty; a lower-cased text keeps at most a stray capital (and most of its
  words are wholly lower case);
* ALL CAPS: at least :data:`UPPER_SHARE` of the words are written wholly in capitals. Title-case
  headlines ("Police Arrest Dozens") capitalize only word starts and stay cased.

A text needs :data:`MIN_WORDS` words for a decision: a short fragment ("ja", "NAVO") is left as
cased. Ask it of a whole document for lower case and of a sentence or headline for ALL CAPS.
"""

from __future__ import annotations

import re
from typing import Literal

LOWER_SHARE = 0.02
UPPER_SHARE = 0.8
MIN_WORDS = 3
#: a title-case headline capitalizes at least this share of its words of four or more letters
TITLE_SHARE = 0.7

_WORD = re.compile(r"[^\W\d_]{2,}")


LetterCase = Literal["cased", "lower", "upper"]


def letter_case(text: str) -> LetterCase:
    """How ``text`` is written: ``lower`` (lower-cased), ``upper`` (ALL CAPS) or ``cased``, by the rule above,
    in one pass over its words (a caller that needs more than one answer asks once)."""
    words = capitalized = lower = upper = 0
    for m in _WORD.finditer(text):  # no list of the words: a document may hold millions
        w = m.group()
        words += 1
        if w.isupper():
            upper += 1
        elif w[0].isupper():
            capitalized += 1
        elif w.islower():
            lower += 1
    if words < MIN_WORDS:
        return "cased"
    if capitalized < LOWER_SHARE * words and lower * 2 > words:
        return "lower"
    return "upper" if upper >= UPPER_SHARE * words else "cased"


def lower_cased(text: str) -> bool:
    """Whether ``text`` is written (almost) wholly in lower case."""
    return letter_case(text) == "lower"


def upper_cased(text: str) -> bool:
    """Whether ``text`` is written (almost) wholly in capitals."""
    return letter_case(text) == "upper"


def title_cased(words: list[str]) -> bool:
    """Whether a line of ``words`` is a headline in title case ("Protesters Shot Dead, Activists Detained"): at
    least three words of four or more letters, and :data:`TITLE_SHARE` of them, start with a capital (short words
    such as "of", "in" are left in lower case by many styles). Cased prose capitalizes far fewer."""
    long = [w for w in words if len(w) >= 4]
    return len(long) >= 3 and sum(w[:1].isupper() for w in long) >= TITLE_SHARE * len(long)


def capitalised(word: str) -> bool:
    """Whether ``word`` is written with a capital and then lower case ("Basjkieren", "Martin"), as a name is in
    cased text: not an acronym or a word in capitals ("NATO"), not a word in lower case."""
    return word[:1].isupper() and word[1:2].islower()


def caseless(text: str) -> bool:
    """Whether capitals in ``text`` say nothing about names: lower-cased or ALL CAPS."""
    return letter_case(text) != "cased"
