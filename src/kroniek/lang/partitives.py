"""Partitive counts: a number that counts some of the people named before it ("onder wie negen journalisten",
"three of them", "including nine officers"), from ``partitive_before`` and ``partitive_after``. Shared by the
quantities stage (such a number needs no noun of its own) and the conflicts stage (such a number is a part, not a
rival count)."""

from __future__ import annotations

import functools
import re

from . import Language
from .patterns import alternation


@functools.cache
def partitive_after(language: Language) -> re.Pattern[str]:
    """Matches at a number's end where it counts some of those named before it: "three| of them"."""
    return re.compile(rf"\s+(?:{alternation(list(language.sequence('partitive_after')))})(?!\w)", re.IGNORECASE)


@functools.cache
def partitive_before(language: Language) -> re.Pattern[str]:
    """Searches the text just before a number for what makes it count some of those named before: "onder wie |negen"."""
    return re.compile(rf"(?<!\w)(?:{alternation(list(language.sequence('partitive_before')) or ['(?!)'])})\s+$",
                      re.IGNORECASE)
