"""The compiled rules of a language: ``timex_rules.tsv`` with its ``{name}``s filled from the word lists.

A rule row names its pattern, handler, priority and the word class it needs; :func:`rules` fills
the pattern's placeholders ({month_any}, {num}, {units}, ...) with alternations of the language's
words and compiles it, once per language. :func:`gates` gives, per word class, a cheap regex tested
once per sentence before the rules needing that class.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..errors import ResourceError
from ..lang import Language
from .handlers import HANDLERS, Handler
from .lexicon import Lexicon, alternation, lexicon
from .numbers import cardinals, few_pattern, number_pattern, ordinals

#: Language-neutral pieces of the patterns: word boundaries and a four-digit year.
BOUNDARIES = {
    "L": r"(?<![\w'’])",
    "LN": r"(?<![\w.,:/'’-])",  # before a number: not inside "14.00", "3-1" or "06-1234"
    "R": r"(?![\w])",
    "Y4": r"(?:1[0-9]{3}|20[0-9]{2}|21[0-9]{2})",
}

#: Rules every language shares: numeric dates (read in the language's date order) and ISO dates.
_COMMON = (
    ("numeric_date", "numeric", 5, "digit",
     r"(?<![\w.,/:-])(?P<a>0?[1-9]|[12]\d|3[01])(?P<sep>[-/.])(?P<b>0?[1-9]|[12]\d|3[01])"
     r"(?P=sep)(?P<y>\d{4}|\d{2})(?![\w]|[-/.,:]\d)"),
    # a wire's dateline gives the day and month only, between the place in capitals and the agency
    # ("BRUSSEL 10/02 (BELGA) =", "GENEVA 03/04 (AFP) -")
    ("dateline_date", "numeric", 5, "digit",
     r"(?<=(?-i:[^\W\d_a-z]{2})\s)(?P<a>0?[1-9]|[12]\d|3[01])(?P<sep>/)(?P<b>0?[1-9]|[12]\d|3[01])(?=\s*\([^)\n]{2,20}\))"),
    # a page's or a stamp's day and month after its weekday ("P104  1/3  ma 15/06  17:42", "Mon 15/06", "za 24-10")
    ("weekday_date", "numeric", 5, "digit",
     r"{L}(?:{wd_any})\.?,?\s+(?P<a>0?[1-9]|[12]\d|3[01])(?P<sep>[/-])(?P<b>0?[1-9]|1[0-2])(?![\w/-]|[.,:]\d)"),
    # notes' and messages' day and month after a date preposition ("op 29-9", "sinds 1/10"); with a hyphen, one of
    # them has two digits: "op 3-1" is as often a score
    ("preposition_date", "numeric", 5, "digit",
     r"{L}(?:{day_month_preps})\s+(?P<x>(?P<a>0?[1-9]|[12]\d|3[01])(?P<sep>/|-(?<=\d\d-)|-(?=\d\d))"
     r"(?P<b>0?[1-9]|1[0-2]))(?![\w/-]|[.,:]\d)"),
    # a log entry's stamp: a day and month that open a line, in brackets or not, before the entry's clock ("[10/10,
    # 06:00] Piendamó – ...", "12/10 18:00 ...")
    ("entry_stamp_date", "numeric", 5, "digit",
     r"(?:^|(?<=\n))[ \t]*[\[(]?(?P<x>(?P<a>0?[1-9]|[12]\d|3[01])(?P<sep>[/.-])(?P<b>0?[1-9]|1[0-2]))"
     r"(?=,?[ \t]+(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d:.]))"),
    # a clock time written after its date in a byline or a wire's stamp ("12-03-26, 18:45", "Nov 13, 2025 - 19:05",
    # "ma 15/06  17:42", "Nov 30, 2026 10:12")
    ("stamp_clock", "clock", 4, "digit",
     r"(?:(?<=\d, )|(?<=\d - )|(?<=\d – )|(?<=/\d\d )|(?<=/\d\d  )|(?<=\d \| )|(?<=\b\d\d\d\d ))(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?![\d:])"),
    # a post's time stamp on a line of its own, before its date or closing its line ("09:55", "09:48 · 14 okt. 2026",
    # "👁 4,1K  07:52")
    ("line_clock", "clock", 4, "digit",
     r"(?:^|(?<=\n)|(?<=[ \t]))(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?=[ \t]*(?:\n|$|·|\|))"),
    ("iso_date", "iso", 6, "digit",
     r"(?<![\w.,/:-])(?P<year>{Y4})-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])"
     r"(?:[T ](?P<hh>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?::\d\d)?)?(?![\w]|[-/.,:]\d)"),
)
_PLACEHOLDER = re.compile(r"\{([A-Za-z][A-Za-z_0-9]*)\}")


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    handler: Handler
    priority: int = 0
    needs: str = ""  # a word class (see :func:`gates`) the text must contain for the rule to be tried


def _fillers(lx: Lexicon) -> dict[str, str]:
    """Placeholder -> regex (no group) for the patterns of ``lx``'s language."""
    lang = lx.language
    alt = alternation
    month_full = alt(lx.month_full)
    wd_full = alt(lx.weekday_full)
    small_words = [w for w, n in {**cardinals(lang), **ordinals(lang)}.items() if 1 <= n <= 31]
    suffixes = alt(lx.fact("ordinal_suffixes"))
    half = rf"(?:{lx.fact('and_a_half')})"
    return {
        **BOUNDARIES,
        "month_full": month_full,
        "month_any": rf"(?:{month_full}|(?:{alt(lx.month_abbreviations)})\.?)",
        "wd_full": wd_full,
        "wd_any": rf"(?:{wd_full}|(?:{alt(lx.weekday_abbreviations)})\.?)",
        "ordsuf": rf"(?:{suffixes})?",
        "daynum": rf"(?:(?:[12]\d|3[01]|0?[1-9])(?:{suffixes})?|{alt(small_words)})",
        "few": few_pattern(lang),
        "num": rf"(?:(?:\d+|{number_pattern(lang)}){half}?|\d+(?:[.,]\d+)?|{few_pattern(lang)})",
        "uh": rf"(?P<half>{half})?" if lx.fact("half_after_unit") else "",
        "units": alt(lx.units),
        "rel": alt(lx.relative),
        "parts": alt(lx.parts),
        "seasons": alt(lx.seasons),
        "quals": alt(lx.qualifiers),
        "holidays": alt(lx.holidays),
        "hours_words": alt(w for w, n in cardinals(lang).items() if 1 <= n <= 12),
        "ordinal_words": alt(w for w, n in ordinals(lang).items() if 1 <= n <= 22),
        "dec_words": alt(lx.decade_words),
        "refs": alt(lx.references),
        "day_words": alt(lx.day_words),
        "dayparts": alt(lx.dayparts),
        "clock_dayparts": alt(lx.fact("clock_daypart_hours")),
        # (the trie of no words matches the empty string: a language without such dates gets a pattern that never does)
        "day_month_preps": alt(lx.fact("day_month_prepositions")) if lx.fact("day_month_prepositions") else "(?!)",
    }


def _fill(pattern: str, fillers: dict[str, str], where: str) -> str:
    def one(m: re.Match[str]) -> str:
        try:
            return fillers[m.group(1)]
        except KeyError:
            raise ResourceError(f"{where}: unknown placeholder {{{m.group(1)}}}") from None

    return _PLACEHOLDER.sub(one, pattern)


@cache
def rules(lang: Language) -> tuple[Rule, ...]:
    """The compiled rules of ``lang``: its ``timex_rules.tsv`` in file order, then the common ones."""
    fillers = _fillers(lexicon(lang))
    rows: list[tuple[str, str, int, str, str]] = []
    for row in lang.table("timex_rules"):
        where = f"language {lang.code}: timex_rules.tsv row {row[:2]!r}"
        if row[0] == "macro":
            fillers[row[1]] = _fill(row[2], fillers, where)
            continue
        if len(row) != 5 or row[1] not in HANDLERS:
            raise ResourceError(f"{where}: needs name, a known handler, priority, needs and pattern")
        rows.append((row[0], row[1], int(row[2]), "" if row[3] == "-" else row[3], _fill(row[4], fillers, where)))
    rows += [(name, handler, prio, needs, _fill(pattern, fillers, name)) for name, handler, prio, needs, pattern
             in _COMMON]
    return tuple(Rule(name, re.compile(pattern, re.IGNORECASE), HANDLERS[handler], prio, needs)
                 for name, handler, prio, needs, pattern in rows)


@cache
def gates(lang: Language) -> dict[str, re.Pattern[str]]:
    """Word class -> a regex finding any word of the class (tested before the rules needing it)."""
    lx = lexicon(lang)
    words = {
        "month": [*lx.month_full, *lx.month_abbreviations],
        "weekday": [*lx.weekday_full, *lx.weekday_abbreviations],
        "rel": list(lx.relative),
        "part": list(lx.parts),
        "season": list(lx.seasons),
        "holiday": list(lx.holidays),
        "dayword": list(lx.day_words),
        "unit": list(lx.units),
        "ref": list(lx.references),
        **lx.fact("gates"),
    }
    out = {name: re.compile(alternation(ws), re.IGNORECASE) for name, ws in words.items()}
    out["digit"] = re.compile(r"\d")
    return out
