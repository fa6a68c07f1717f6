"""Ages written after a number ("a 22-year-old man", "22 years old", "de 22-jarige", "twee jaar oud"): one rule that
the time tagger (an age is no duration) and the quantity tagger (an age counts no one) both ask.

The words come from each language's ``data/age_phrases.txt`` (after the number) and ``data/age_openers.txt``
(before it: "aged 19").
"""

from __future__ import annotations

import re
from functools import cache

from . import Language
from .patterns import alternation


@cache
def age_after(language: Language) -> re.Pattern[str]:
    """What follows a number to make it an age, matched right after the number (a hyphen or spaces between)."""
    return re.compile(rf"\s*[-–]?\s*({alternation(language.sequence('age_phrases'))})", re.IGNORECASE)


def is_age(text: str, start: int, end: int, language: Language) -> bool:
    """Whether the number phrase ``text[start:end]`` ("22 years", "22-year", "twee jaar") is the start of an age:
    an age phrase begins after one of its words and runs past its end."""
    pattern = age_after(language)
    for k in range(start + 1, end + 1):
        if (k == end or text[k] in " -–") and text[k - 1] not in " -–":
            m = pattern.match(text, k)
            if m is not None and m.end() > end:
                return True
    return False


@cache
def age_before(language: Language) -> re.Pattern[str]:
    """What goes before a number to make it an age ("aged 19", "aged between 19 and 64", "in de leeftijd van 19 tot
    64 jaar"), matched against the text that ends right before the number."""
    return re.compile(rf"(?<![\w-])(?:{alternation(language.sequence('age_openers'))})\s+$", re.IGNORECASE)
