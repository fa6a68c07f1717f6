"""Qualifiers: the words right before a number that make it a lower or upper bound or an estimate.

"ruim 300" / "at least 300": low = 300, high = null; "bijna 40" / "nearly 40": high = 40, approximate;
"ongeveer 500" / "about 500": low = high = 500, approximate (``quantities_qualifiers.tsv``).
"""

from __future__ import annotations

import re

from ..marks import OPENING_QUOTES
from .lexicon import Lexicon

_SPACES = re.compile(r"\s+")


def qualifier(text: str, start: int, lex: Lexicon) -> str | None:
    """The bound set by the qualifier before ``start`` (see ``quantities_qualifiers.tsv``), or None."""
    window = text[max(0, start - 40):start].lower().replace("\u00a0", " ")
    window = _SPACES.sub(" ", window)
    if window and not window.endswith(" ") and not lex.currency_symbol_end.search(window):
        return None
    window = lex.currency_symbol_end.sub("", window).rstrip()
    window = lex.between_strip.sub("", window).rstrip()
    for q in lex.qualifiers:
        phrase = q.phrase
        if window.endswith(" " + phrase) or window == phrase or _opens_after_mark(window, phrase):
            if "range-end" in q.flags and lex.range_openers.search(window[-30:]):
                return None
            if "new-value" in q.flags and re.search(
                    r"\b(" + lex.change_verbs + r")\s+" + re.escape(phrase) + "$", window):
                return None  # "is opgelopen tot 73", "rose to 73": the new value, not a bound
            if "noun-after-article" in q.flags and _after_article(window, phrase, lex):
                return None
            return q.bound
    return None


_OPENING_MARKS = OPENING_QUOTES + "(,"


def _opens_after_mark(window: str, phrase: str) -> bool:
    """The qualifier opens a quote or a bracket: 'said: "More than 300 ...', ',,Ruim driehonderd ...'."""
    return window.endswith(phrase) and window[:-len(phrase)][-1:] in _OPENING_MARKS


def _after_article(window: str, phrase: str, lex: Lexicon) -> bool:
    before = window[: -len(phrase)].rstrip().split(" ")[-1:] or [""]
    return before[0] in lex.articles


def count_qualified(text: str, start: int, lex: Lexicon) -> bool:
    """Whether a qualifier that makes a four-digit number a count ("ruim 2000") goes before ``start``."""
    return lex.count_qualifier.search(text[max(0, start - 20):start]) is not None


__all__ = ["count_qualified", "qualifier"]
