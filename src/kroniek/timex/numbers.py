"""Written-out numbers in Dutch and English, cardinal and ordinal, 1..99 (plus fractions).

``parse_number("drieëntwintig", "nl") == 23``, ``parse_number("twenty-third", "en") == 23``,
``parse_number("anderhalve", "nl") == 1.5``. The word lists also feed the tagger's regexes
(:func:`number_pattern`), longest words first so that "eenentwintig" wins over "een".
"""

from __future__ import annotations

import re
from functools import cache

_NL_UNITS = ["", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
_NL_TEENS = ["tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien",
             "achttien", "negentien"]
_NL_TENS = ["", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"]
_NL_ORD_SMALL = {1: "eerste", 2: "tweede", 3: "derde", 4: "vierde", 5: "vijfde", 6: "zesde", 7: "zevende",
                 8: "achtste", 9: "negende", 10: "tiende", 11: "elfde", 12: "twaalfde"}

_EN_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_EN_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
             "eighteen", "nineteen"]
_EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_EN_ORD_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_EN_ORD_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                 "seventeenth", "eighteenth", "nineteenth"]

#: Fractions and vague amounts: "anderhalve maand", "een paar dagen" (None = a few, resolved as 3).
NL_EXTRA: dict[str, float] = {"één": 1, "anderhalf": 1.5, "anderhalve": 1.5, "een half": 0.5, "een halve": 0.5,
                              "half": 0.5, "halve": 0.5, "honderd": 100}
EN_EXTRA: dict[str, float] = {"a": 1, "an": 1, "one and a half": 1.5, "a half": 0.5, "half a": 0.5,
                              "half an": 0.5, "hundred": 100, "a hundred": 100}
FEW_NL = ("een paar", "enkele", "een aantal", "meerdere", "verscheidene", "wat")
FEW_EN = ("a few", "a couple of", "several", "some", "a number of", "few")


def _nl_compound(units: str, tens: str) -> str:
    joint = "ën" if units.endswith("e") else "en"  # drieëntwintig, tweeëntwintig, vierentwintig
    return f"{units}{joint}{tens}"


@cache
def cardinals(lang: str) -> dict[str, int]:
    """Written cardinal -> value for 1..99."""
    out: dict[str, int] = {}
    if lang == "nl":
        for n in range(1, 10):
            out[_NL_UNITS[n]] = n
        for n, word in enumerate(_NL_TEENS):
            out[word] = 10 + n
        for t in range(2, 10):
            out[_NL_TENS[t]] = 10 * t
            for u in range(1, 10):
                word = _nl_compound(_NL_UNITS[u], _NL_TENS[t])
                out[word] = 10 * t + u
                out[word.replace("ë", "e")] = 10 * t + u  # typed without the diaeresis
        out["één"] = 1
    else:
        for n in range(1, 10):
            out[_EN_UNITS[n]] = n
        for n, word in enumerate(_EN_TEENS):
            out[word] = 10 + n
        for t in range(2, 10):
            out[_EN_TENS[t]] = 10 * t
            for u in range(1, 10):
                out[f"{_EN_TENS[t]}-{_EN_UNITS[u]}"] = 10 * t + u
                out[f"{_EN_TENS[t]} {_EN_UNITS[u]}"] = 10 * t + u
    return out


@cache
def ordinals(lang: str) -> dict[str, int]:
    """Written ordinal -> value for 1..99 ("twintigste" -> 20, "thirty-first" -> 31)."""
    out: dict[str, int] = {}
    if lang == "nl":
        for word, n in cardinals("nl").items():
            if n in _NL_ORD_SMALL:
                out[_NL_ORD_SMALL[n]] = n
            elif n < 20:
                out[word + "de"] = n  # dertiende, negentiende
            else:
                out[word + "ste"] = n  # twintigste, eenentwintigste
        out["laatste"] = -1
    else:
        for n in range(1, 10):
            out[_EN_ORD_UNITS[n]] = n
        for n, word in enumerate(_EN_ORD_TEENS):
            out[word] = 10 + n
        for t in range(2, 10):
            tens_ord = _EN_TENS[t][:-1] + "ieth"
            out[tens_ord] = 10 * t
            for u in range(1, 10):
                out[f"{_EN_TENS[t]}-{_EN_ORD_UNITS[u]}"] = 10 * t + u
                out[f"{_EN_TENS[t]} {_EN_ORD_UNITS[u]}"] = 10 * t + u
        out["last"] = -1
    return out


_DIGITS = re.compile(r"(\d+)(?:[.,](\d+))?(?:e|de|ste|st|nd|rd|th)?$")


def parse_number(text: str, lang: str) -> float | None:
    """The value of a written or digit number (cardinal or ordinal), or None."""
    word = " ".join(text.lower().replace("’", "'").split())
    m = _DIGITS.match(word)
    if m:
        return float(f"{m.group(1)}.{m.group(2)}") if m.group(2) else float(m.group(1))
    extra = NL_EXTRA if lang == "nl" else EN_EXTRA
    if word in extra:
        return float(extra[word])
    for table in (cardinals(lang), ordinals(lang)):
        if word in table:
            return float(table[word])
    if lang == "nl" and word.startswith("een "):
        return parse_number(word[4:], lang)
    return None


def is_few(text: str, lang: str) -> bool:
    """Whether ``text`` is a vague small amount ("een paar", "several")."""
    word = " ".join(text.lower().split())
    return word in (FEW_NL if lang == "nl" else FEW_EN)


def _alternation(words: list[str]) -> str:
    from .lexicon import alternation

    return alternation(words)


@cache
def number_pattern(lang: str, *, ordinal: bool = False, fractions: bool = True) -> str:
    """A regex alternation (no group) of the written numbers of ``lang``."""
    words = list(ordinals(lang)) if ordinal else list(cardinals(lang))
    if not ordinal and fractions:
        words += list(NL_EXTRA if lang == "nl" else EN_EXTRA)
    return _alternation([w for w in words if w not in ("laatste", "last")])


@cache
def few_pattern(lang: str) -> str:
    return _alternation(list(FEW_NL if lang == "nl" else FEW_EN))
