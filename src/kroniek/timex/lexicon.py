"""Dutch and English words for months, weekdays, units, seasons, holidays and modifiers."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

MONTHS: dict[str, dict[str, int]] = {
    "nl": {
        "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
        "september": 9, "oktober": 10, "november": 11, "december": 12,
    },
    "en": {
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
    },
}
MONTH_ABBREVIATIONS: dict[str, dict[str, int]] = {
    "nl": {"jan": 1, "feb": 2, "febr": 2, "mrt": 3, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
           "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "dec": 12},
    "en": {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
           "oct": 10, "nov": 11, "dec": 12},
}
WEEKDAYS: dict[str, dict[str, int]] = {
    "nl": {"maandag": 1, "dinsdag": 2, "woensdag": 3, "donderdag": 4, "vrijdag": 5, "zaterdag": 6, "zondag": 7},
    "en": {"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7},
}
WEEKDAY_ABBREVIATIONS: dict[str, dict[str, int]] = {
    "nl": {"ma": 1, "di": 2, "wo": 3, "do": 4, "vr": 5, "za": 6, "zo": 7},
    "en": {"mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7},
}
#: Parts of the day -> TIMEX3 suffix (MO morning, AF afternoon, EV evening, NI night).
DAYPARTS: dict[str, dict[str, str]] = {
    "nl": {"ochtend": "MO", "morgen": "MO", "middag": "AF", "avond": "EV", "nacht": "NI"},
    "en": {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"},
}
SEASONS: dict[str, dict[str, str]] = {
    "nl": {"voorjaar": "SP", "lente": "SP", "zomer": "SU", "najaar": "FA", "herfst": "FA", "winter": "WI"},
    "en": {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"},
}
#: Unit words -> canonical unit (day, week, month, year, quarter, decade, century, hour, minute, ...).
UNITS: dict[str, dict[str, str]] = {
    "nl": {
        "dag": "day", "dagen": "day", "etmaal": "day", "etmalen": "day", "week": "week", "weken": "week",
        "maand": "month", "maanden": "month", "jaar": "year", "jaren": "year", "kwartaal": "quarter",
        "kwartalen": "quarter", "decennium": "decade", "decennia": "decade", "eeuw": "century",
        "eeuwen": "century", "uur": "hour", "uren": "hour", "minuut": "minute", "minuten": "minute",
        "seconde": "second", "seconden": "second", "weekend": "weekend", "weekenden": "weekend",
        "kwartier": "quarterhour",
    },
    "en": {
        "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month",
        "year": "year", "years": "year", "quarter": "quarter", "quarters": "quarter", "decade": "decade",
        "decades": "decade", "century": "century", "centuries": "century", "hour": "hour", "hours": "hour",
        "minute": "minute", "minutes": "minute", "second": "second", "seconds": "second",
        "weekend": "weekend", "weekends": "weekend", "fortnight": "fortnight", "fortnights": "fortnight",
    },
}
#: ISO 8601 duration letters per unit (T marks the time part).
DURATION_LETTER = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE", "century": "CE",
                   "quarter": "Q", "hour": "TH", "minute": "TM", "second": "TS", "weekend": "WE"}

#: Relative modifiers -> direction (-1 past, 0 current, +1 next).
RELATIVE: dict[str, dict[str, int]] = {
    "nl": {
        "vorige": -1, "vorig": -1, "afgelopen": -1, "het afgelopen": -1, "de afgelopen": -1,
        "het vorige": -1, "de vorige": -1, "verleden": -1, "jongstleden": -1, "voorbije": -1, "het voorbije": -1,
        "de voorbije": -1,
        "deze": 0, "dit": 0, "het huidige": 0, "de huidige": 0, "huidige": 0,
        "komende": 1, "komend": 1, "volgende": 1, "volgend": 1, "aanstaande": 1, "het komende": 1,
        "de komende": 1, "het volgende": 1, "de volgende": 1,
    },
    "en": {
        "last": -1, "the last": -1, "past": -1, "the past": -1, "previous": -1, "the previous": -1,
        "this": 0, "the current": 0, "current": 0,
        "next": 1, "the next": 1, "coming": 1, "the coming": 1, "this coming": 1, "upcoming": 1,
    },
}
#: Part-of-period modifiers -> START / MID / END (values stay at the period's granularity).
PARTS: dict[str, dict[str, str]] = {
    "nl": {
        "begin": "START", "het begin van": "START", "in het begin van": "START", "aan het begin van": "START",
        "eind": "END", "einde": "END", "eind van": "END", "het einde van": "END", "aan het eind van": "END",
        "aan het einde van": "END", "eerder": "START", "vroeger": "START", "later": "END",
        "medio": "MID", "half": "MID", "midden": "MID", "halverwege": "MID", "het midden van": "MID",
        "vroeg in": "START", "laat in": "END", "eerder in": "START", "later in": "END",
    },
    "en": {
        "early": "START", "earlier": "START", "the beginning of": "START", "the start of": "START",
        "beginning of": "START", "start of": "START", "early in": "START", "earlier in": "START",
        "late": "END", "later": "END", "the end of": "END", "end of": "END", "end": "END", "early-": "START",
        "late-": "END", "end-": "END", "late in": "END", "later in": "END",
        "mid": "MID", "mid-": "MID", "the middle of": "MID", "middle of": "MID", "midway through": "MID",
    },
}
#: Approximation qualifiers before an amount ("bijna een week", "about three weeks").
QUALIFIERS: dict[str, tuple[str, ...]] = {
    "nl": ("bijna", "ruim", "ongeveer", "zo'n", "zo’n", "circa", "ca.", "zowat", "nog geen", "meer dan",
           "minder dan", "pakweg", "krap", "ruwweg", "rond de", "zeker", "minstens", "ten minste", "tenminste",
           "maximaal", "hooguit", "nauwelijks", "amper", "slechts", "nog maar"),
    "en": ("almost", "nearly", "about", "around", "roughly", "some", "more than", "less than", "over",
           "under", "just over", "just under", "at least", "at most", "up to", "barely", "only", "approximately"),
}
APPROXIMATE_QUALIFIERS = frozenset({
    "bijna", "ruim", "ongeveer", "zo'n", "zo’n", "circa", "ca.", "zowat", "nog geen", "meer dan", "minder dan",
    "pakweg", "krap", "ruwweg", "rond de", "zeker", "minstens", "ten minste", "tenminste", "maximaal",
    "hooguit", "nauwelijks", "amper", "almost", "nearly", "about", "around", "roughly", "some",
    "more than", "less than", "over", "under", "just over", "just under", "at least", "at most", "up to",
    "barely", "approximately",
})


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


def _fixed(month: int, day: int):  # type: ignore[no-untyped-def]
    return lambda year: date(year, month, day)


def _koningsdag(year: int) -> date:
    if year >= 2014:
        d = date(year, 4, 27)
        return d - timedelta(days=1) if d.isoweekday() == 7 else d
    d = date(year, 4, 30)
    return d - timedelta(days=1) if d.isoweekday() == 7 else d


HOLIDAYS = {
    "koningsdag": _koningsdag, "koninginnedag": _koningsdag,
    "kerst": _fixed(12, 25), "kerstmis": _fixed(12, 25), "eerste kerstdag": _fixed(12, 25),
    "tweede kerstdag": _fixed(12, 26), "kerstavond": _fixed(12, 24), "kerstdag": _fixed(12, 25),
    "oudjaarsdag": _fixed(12, 31), "oudejaarsdag": _fixed(12, 31), "oudejaarsavond": _fixed(12, 31),
    "oudjaarsavond": _fixed(12, 31), "oud en nieuw": _fixed(12, 31), "nieuwjaarsdag": _fixed(1, 1),
    "bevrijdingsdag": _fixed(5, 5), "dodenherdenking": _fixed(5, 4), "sinterklaasavond": _fixed(12, 5),
    "pakjesavond": _fixed(12, 5), "sinterklaas": _fixed(12, 5), "valentijnsdag": _fixed(2, 14),
    "pasen": easter, "eerste paasdag": easter, "paaszondag": easter,
    "paasmaandag": lambda y: easter(y) + timedelta(days=1),
    "tweede paasdag": lambda y: easter(y) + timedelta(days=1),
    "goede vrijdag": lambda y: easter(y) - timedelta(days=2),
    "hemelvaartsdag": lambda y: easter(y) + timedelta(days=39),
    "hemelvaart": lambda y: easter(y) + timedelta(days=39),
    "pinksteren": lambda y: easter(y) + timedelta(days=49),
    "eerste pinksterdag": lambda y: easter(y) + timedelta(days=49),
    "tweede pinksterdag": lambda y: easter(y) + timedelta(days=50),
    "prinsjesdag": lambda y: _nth_weekday(y, 9, 2, 3),
    "halloween": _fixed(10, 31), "dag van de arbeid": _fixed(5, 1),
    # English
    "christmas": _fixed(12, 25), "christmas day": _fixed(12, 25), "christmas eve": _fixed(12, 24),
    "boxing day": _fixed(12, 26), "new year's day": _fixed(1, 1), "new year's eve": _fixed(12, 31),
    "new year’s day": _fixed(1, 1), "new year’s eve": _fixed(12, 31),
    "easter": easter, "easter sunday": easter, "easter monday": lambda y: easter(y) + timedelta(days=1),
    "good friday": lambda y: easter(y) - timedelta(days=2),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 4, 4), "thanksgiving day": lambda y: _nth_weekday(y, 11, 4, 4),
    "independence day": _fixed(7, 4), "valentine's day": _fixed(2, 14), "valentine’s day": _fixed(2, 14),
    "memorial day": lambda y: _nth_weekday(y, 5, 1, -1), "labor day": lambda y: _nth_weekday(y, 9, 1, 1),
    "labour day": _fixed(5, 1), "may day": _fixed(5, 1), "remembrance day": _fixed(11, 11),
    "veterans day": _fixed(11, 11), "armistice day": _fixed(11, 11),
}
_NL_HOLIDAY_CASED = {"kerst", "kerstmis", "pasen", "pinksteren", "hemelvaart"}


def holiday_date(name: str, year: int) -> date:
    return HOLIDAYS[" ".join(name.lower().split())](year)  # type: ignore[no-any-return]


def is_holiday(name: str) -> bool:
    return " ".join(name.lower().split()) in HOLIDAYS


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


@cache
def month_number(word: str, lang: str) -> int | None:
    w = word.lower().rstrip(".")
    return MONTHS[lang].get(w) or MONTH_ABBREVIATIONS[lang].get(w)


@cache
def weekday_number(word: str, lang: str) -> int | None:
    w = word.lower().rstrip(".")
    return WEEKDAYS[lang].get(w) or WEEKDAY_ABBREVIATIONS[lang].get(w)
