"""What the time tagger knows about one language, read once from its data files (``kroniek.lang``).

Every word list, table and fact lives in ``src/kroniek/lang/<code>/data/``: the shared month,
weekday and number words, and the tagger's own ``timex_*`` resources (units, modifiers, holidays,
rules, ``timex.json``). :func:`lexicon` builds the typed view once per language; the code of this
package never names a language.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from ..lang import Language

#: ISO 8601 duration letters per unit (T marks the time part).
DURATION_LETTER = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE", "century": "CE",
                   "quarter": "Q", "hour": "TH", "minute": "TM", "second": "TS", "weekend": "WE"}
#: Units shorter than a day, in hours: an amount of them after a clock time gives a clock time ("Een halfuur later").
CLOCK_UNIT_HOURS = {"hour": 1.0, "halfhour": 0.5, "quarterhour": 0.25, "minute": 1 / 60, "second": 1 / 3600}


def _ints(mapping: Mapping[str, str]) -> dict[str, int]:
    return {k: int(v) for k, v in mapping.items()}


def _by_kind(language: Language, name: str, kind: str) -> tuple[str, ...]:
    return tuple(row[0] for row in language.table(name) if len(row) > 2 and row[2] == kind)


def _with(language: Language, name: str, role: str) -> frozenset[str]:
    return frozenset(row[0] for row in language.table(name) if len(row) > 1 and row[1] == role)


@dataclass(frozen=True, eq=False)
class Lexicon:
    """One language's words and facts for the time tagger (see the data files for what each holds)."""

    language: Language
    months: Mapping[str, int]  # month_names: full names and abbreviations
    month_full: tuple[str, ...]
    month_abbreviations: tuple[str, ...]
    weekdays: Mapping[str, int]  # weekday_names
    weekday_full: tuple[str, ...]
    weekday_abbreviations: tuple[str, ...]
    dayparts: Mapping[str, str]
    seasons: Mapping[str, str]
    units: Mapping[str, str]
    plural_units: frozenset[str]
    relative: Mapping[str, int]
    parts: Mapping[str, str]
    qualifiers: tuple[str, ...]
    approximate_qualifiers: frozenset[str]
    holidays: Mapping[str, str]  # name -> date rule (see :func:`holiday_date`)
    day_words: Mapping[str, tuple[int, str | None]]
    references: Mapping[str, str]
    set_values: Mapping[str, str]
    vague_durations: Mapping[str, str]
    anaphor_units: Mapping[str, str]
    clock_words: Mapping[str, int]
    decade_words: Mapping[str, int]
    year_before: frozenset[str]
    count_before: frozenset[str]
    not_noun_after: frozenset[str]
    counted_after: frozenset[str]
    facts: Mapping[str, Any]  # timex.json

    def fact(self, key: str) -> Any:
        return self.facts[key]

    def fact_words(self, key: str) -> frozenset[str]:
        """A word list of ``timex.json`` as a set (cached on first use)."""
        return _fact_set(self, key)

    def month_number(self, word: str) -> int | None:
        if word.isdigit():  # a month in digits ("the night of 20/21.10.2026")
            return int(word) if 1 <= int(word) <= 12 else None
        return self.months.get(word.lower().rstrip("."))

    def weekday_number(self, word: str) -> int | None:
        return self.weekdays.get(word.lower().rstrip("."))


@cache
def _fact_set(lex: Lexicon, key: str) -> frozenset[str]:
    return frozenset(lex.facts[key])


@cache
def lexicon(language: Language) -> Lexicon:
    """The time tagger's view of ``language`` (built once per language)."""
    lang = language
    units = lang.table("timex_units")
    qualifiers = lang.table("timex_qualifiers")
    return Lexicon(
        language=lang,
        months=_ints(lang.mapping("month_names")),
        month_full=_by_kind(lang, "month_names", "full"),
        month_abbreviations=_by_kind(lang, "month_names", "abbreviation"),
        weekdays=_ints(lang.mapping("weekday_names")),
        weekday_full=_by_kind(lang, "weekday_names", "full"),
        weekday_abbreviations=_by_kind(lang, "weekday_names", "abbreviation"),
        dayparts=lang.mapping("timex_dayparts"),
        seasons=lang.mapping("timex_seasons"),
        units={row[0]: row[1] for row in units},
        plural_units=frozenset(row[0] for row in units if row[2] == "plural"),
        relative=_ints(lang.mapping("timex_relative")),
        parts=lang.mapping("timex_parts"),
        qualifiers=tuple(row[0] for row in qualifiers),
        approximate_qualifiers=frozenset(row[0] for row in qualifiers if row[1] == "approximate"),
        holidays=lang.mapping("timex_holidays"),
        day_words={row[0]: (int(row[1]), None if row[2] == "-" else row[2]) for row in lang.table("timex_day_words")},
        references=lang.mapping("timex_references"),
        set_values=lang.mapping("timex_set_values"),
        vague_durations=lang.mapping("timex_vague_durations"),
        anaphor_units=lang.mapping("timex_anaphor_units"),
        clock_words=_ints(lang.mapping("timex_clock_words")),
        decade_words=_ints(lang.mapping("timex_decade_words")),
        year_before=_with(lang, "timex_year_context", "year_before"),
        count_before=_with(lang, "timex_year_context", "count_before"),
        not_noun_after=_with(lang, "timex_year_context", "not_noun_after"),
        counted_after=_with(lang, "timex_year_context", "counted_after"),
        facts=lang.json("timex"),
    )


# --------------------------------------------------------------------------- holidays
def easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th (1-based; -1 = last) ISO weekday of a month."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    nxt = date(year + month // 12, month % 12 + 1, 1)
    last = nxt - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def _month_day(year: int, mmdd: str) -> date:
    month, day = mmdd.split("-")
    return date(year, int(month), int(day))


@cache
def _holiday_rule(rule: str) -> Callable[[int], date]:
    """The date function of a holiday rule from ``timex_holidays.tsv`` ("fixed 12-25", "easter 39", ...)."""
    head, *options = [part.split() for part in rule.split(";")]
    kind, args = head[0], head[1:]
    base: Callable[[int], date]
    if kind == "fixed":
        base = lambda year: _month_day(year, args[0])  # noqa: E731
    elif kind == "easter":
        base = lambda year: easter(year) + timedelta(days=int(args[0]))  # noqa: E731
    elif kind == "nth":
        base = lambda year: _nth_weekday(year, int(args[0]), int(args[1]), int(args[2]))  # noqa: E731
    else:
        raise ValueError(f"unknown holiday rule {rule!r}")
    until = next(((int(o[1]), o[2]) for o in options if o[0] == "until"), None)
    sunday_shift = next((int(o[1]) for o in options if o[0] == "sunday"), 0)

    def holiday(year: int) -> date:
        d = _month_day(year, until[1]) if until and year <= until[0] else base(year)
        return d + timedelta(days=sunday_shift) if sunday_shift and d.isoweekday() == 7 else d

    return holiday


def holiday_date(rule: str, year: int) -> date:
    """The date of the holiday with date rule ``rule`` in ``year``."""
    return _holiday_rule(rule)(year)


def holiday_night(rule: str) -> str | None:
    """Whether a holiday names a night: "evening" (the evening and night of its date, whose small hours are the
    next day: New Year's Eve, oudejaarsnacht), "night" (the night that ends on its date: nieuwjaarsnacht), or None."""
    options = [part.split() for part in rule.split(";")[1:]]
    return next((o[0] for o in options if o and o[0] in ("evening", "night")), None)


# --------------------------------------------------------------------------- regex helpers
def alternation(words) -> str:  # type: ignore[no-untyped-def]
    """A regex matching any of ``words``, as a character trie (fast to scan; spaces match any whitespace).

    Like an alternation sorted longest first, the regex prefers the longest word at a position.
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:  # type: ignore[type-arg]
    branches = []
    terminal = False
    for ch, child in sorted(node.items()):
        if ch == "":
            terminal = True
            continue
        head = r"\s+" if ch == " " else re.escape(ch)
        branches.append(head + _trie_regex(child))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if terminal:
        return f"(?:{body})?"
    return body
