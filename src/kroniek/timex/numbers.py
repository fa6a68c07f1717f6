"""Written-out numbers, cardinal and ordinal, 1..99 (plus fractions), from the language's word lists.

``parse_number("drieëntwintig", nl) == 23``, ``parse_number("twenty-third", en) == 23``,
``parse_number("anderhalve", nl) == 1.5``. The words come from the shared resources
``number_words``, ``ordinal_words``, ``amount_words`` and ``few_words`` of ``kroniek.lang``;
they also feed the tagger's regexes (:func:`number_pattern`), longest words first so that
"eenentwintig" wins over "een".
"""

from __future__ import annotations

import re
from functools import cache

from ..lang import Language
from .lexicon import alternation


@cache
def cardinals(lang: Language) -> dict[str, int]:
    """Written cardinal -> value for 1..99."""
    return {w: int(v) for w, v in lang.mapping("number_words").items()}


@cache
def ordinals(lang: Language) -> dict[str, int]:
    """Written ordinal -> value for 1..99 ("twintigste" -> 20, "thirty-first" -> 31)."""
    return {w: int(v) for w, v in lang.mapping("ordinal_words").items()}


@cache
def amount_words(lang: Language) -> dict[str, float]:
    """Fractions and other amount words ("anderhalve" -> 1.5, "a" -> 1)."""
    return {w: float(v) for w, v in lang.mapping("amount_words").items()}


@cache
def _digits(lang: Language) -> re.Pattern[str]:
    suffixes = "|".join(re.escape(s) for s in lang.json("timex")["ordinal_suffixes"])
    return re.compile(rf"(\d+)(?:[.,](\d+))?(?:{suffixes})?$")


def parse_number(text: str, lang: Language) -> float | None:
    """The value of a written or digit number (cardinal or ordinal), or None."""
    word = " ".join(text.lower().replace("’", "'").split())
    m = _digits(lang).match(word)
    if m:
        return float(f"{m.group(1)}.{m.group(2)}") if m.group(2) else float(m.group(1))
    extra = amount_words(lang)
    if word in extra:
        return extra[word]
    for table in (cardinals(lang), ordinals(lang)):
        if word in table:
            return float(table[word])
    for prefix in lang.json("timex")["number_prefixes"]:  # an article before the number word
        if word.startswith(prefix):
            return parse_number(word[len(prefix):], lang)
    return None


def is_few(text: str, lang: Language) -> bool:
    """Whether ``text`` is a vague small amount ("een paar", "several")."""
    return " ".join(text.lower().split()) in lang.words("few_words")


@cache
def number_pattern(lang: Language, *, ordinal: bool = False, fractions: bool = True) -> str:
    """A regex alternation (no group) of the written numbers of ``lang``."""
    words = list(ordinals(lang)) if ordinal else list(cardinals(lang))
    if not ordinal and fractions:
        words += list(amount_words(lang))
    return alternation(words)


@cache
def few_pattern(lang: Language) -> str:
    return alternation(lang.sequence("few_words"))
