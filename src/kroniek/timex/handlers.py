"""Reading a rule's match: each handler turns a regex match into a :class:`Parsed` (or None to reject it).

Handlers are language-neutral: what they know about a language (word tables, ambiguous words,
cue words) comes from its :class:`~.lexicon.Lexicon`. The rules in ``timex_rules.tsv`` name their
handler; :data:`HANDLERS` maps those names to the functions here.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from functools import cache, lru_cache

from .amounts import AMOUNT_HANDLERS
from .lexicon import Lexicon
from .numbers import parse_number
from .reading import group, next_word, norm, part, prev_word, rel, year2, year_fields
from .spec import Parsed
from .tense import looks_finite

Handler = Callable[[re.Match[str], Lexicon, str], Parsed | None]


def _day(word: str, lx: Lexicon) -> int | None:
    n = parse_number(word, lx.language)
    return int(n) if n is not None and n == int(n) and 1 <= n <= 31 else None


def _suffix_direction(m: re.Match[str], lx: Lexicon, direction: int | None) -> int | None:
    """A date suffix such as "jl." (past) or "a.s." (coming) sets the direction."""
    if suffix := group(m, "jl"):
        return -1 if norm(suffix).startswith(tuple(lx.fact("date_suffix_past_initials"))) else 1
    return direction


def _calendar(m: re.Match[str], lx: Lexicon, text: str) -> Parsed | None:
    year, year_offset = year_fields(m, lx)
    month = lx.month_number(m.group("month")) if group(m, "month") else None
    day = _day(m.group("day"), lx) if group(m, "day") else None
    wd = lx.weekday_number(m.group("wd")) if group(m, "wd") else None
    direction = _suffix_direction(m, lx, rel(m, lx))
    if group(m, "month") and lx.fact("bare_month_needs_capital") and day is None and year is None:
        word = m.group("month")
        if not word[0].isupper():
            return None
        if word.lower() in lx.fact_words("ambiguous_month_names") and not (
                group(m, "part") or group(m, "rel") or prev_word(text, m.start()) in lx.fact_words("month_cues")):
            return None  # "may", "march": a verb unless a cue makes it the month
    if month is not None and lx.fact("capital_month_names_a_thing") and m.group("month")[1:].islower() \
            and m.group("month")[0].isupper() and (
                (day is not None and m.start("day") < m.start("month")) or prev_word(text, m.start()).isdigit()):
        return None  # "het Plein van 13 Mei": a language that writes its months in lower case names a square
    if day is not None and month is not None:
        try:
            date(year or 2000, month, day)
        except ValueError:
            return None
    return Parsed("calendar", year=year, month=month, day=day, weekday=wd, year_offset=year_offset,
                  direction=direction, part=part(m, lx), daypart=lx.dayparts.get(norm(group(m, "dp") or "")))


#: a thread's post number ("(2/10)", "3/10 🧵"): the same total after a slash, again and again
_POST_NUMBER = re.compile(r"(?<![\w/])(\d{1,2})/(\d{1,2})(?![\w/])")
_POST_NUMBERS_IN_A_THREAD = 3


@lru_cache(maxsize=4)
def _thread_total(text: str) -> int | None:
    """The number of posts of a thread that numbers them "k/N" ("(1/10)" ... "(10/10)"), where it does: three posts
    at least, each numbered apart (a wire's "10/02" datelines repeat one date), the first among them (a weekly
    overview's "Di 03/11", "Wo 04/11", "Za 07/11" are days of one month). Read once per text, not at each date of
    it."""
    posts: dict[int, set[int]] = defaultdict(set)
    for k, n in _POST_NUMBER.findall(text):
        if 0 < int(k) <= int(n):
            posts[int(n)].add(int(k))
    total = max(posts, key=lambda n: len(posts[n]), default=None)
    return total if total is not None and len(posts[total]) >= _POST_NUMBERS_IN_A_THREAD and 1 in posts[total] \
        else None


def _numeric(m: re.Match[str], lx: Lexicon, text: str) -> Parsed | None:
    a, b, y = int(m.group("a")), int(m.group("b")), group(m, "y")
    if not y and m.group("sep") == "/" and b == _thread_total(text):
        return None  # "Correctie op 6/10" in a thread of ten posts: a post, not 6 October
    if y and len(y) == 2 and m.group("sep") == ".":
        return None  # "3.5.22" is a version number more often than a date
    year = None if not y else int(y) if len(y) == 4 else year2(y)
    if lx.fact("numeric_date_order") == "mdy" and a <= 12 and m.group("sep") != ".":
        a, b = b, a  # month first when the first number can be a month (not with dots: "06.03.2026" is day-first)
    day, month = a, b
    if not (1 <= month <= 12 and 1 <= day <= 31) or year is not None and not 1900 <= year <= 2100:
        return None
    try:
        date(year or 2000, month, day)  # (a leap year: "29/02" without its year may be a day)
    except ValueError:
        return None
    return Parsed("calendar", year=year, month=month, day=day, swappable=day <= 12 and day != month)


def _iso(m: re.Match[str], lx: Lexicon, text: str) -> Parsed | None:
    year, month, day = int(m.group("year")), int(m.group("month")), int(m.group("day"))
    try:
        date(year, month, day)
    except ValueError:
        return None
    return Parsed("calendar", year=year, month=month, day=day)


@cache
def _year_before(lx: Lexicon) -> frozenset[str]:
    return lx.year_before | {w.lower() for w in lx.month_full}


_SERIAL = re.compile(r"/(?:\d{1}|\d{3}|\d{5,})(?!\d)")


def _year(m: re.Match[str], lx: Lexicon, text: str) -> Parsed | None:
    year = int(m.group("year"))
    prefixed = bool(group(m, "part") or group(m, "jaar"))
    prev = prev_word(text, m.start())
    nxt = next_word(text, m.end())
    nxt_word = re.sub(r"[^\w'’-]+$", "", nxt)
    if re.search(r"(?:^|\D)\d{1,3}[-–]$", text[max(0, m.start() - 5):m.start()]):
        return None  # the tail of a phone number: "(713) 235-1972"
    if _SERIAL.match(text, m.end()):
        return None  # a file's or report's number: "Rapportnummer: 2026/094" (not a season: "2025/26", "2025/2026")
    if not prefixed:
        if prev in lx.count_before or nxt.startswith(("%", "€", "$")) or re.match(r"^[.,]\d", nxt):
            return None
        if nxt_word.lower() in lx.counted_after:
            return None
        strong = _year_before(lx)
        nouny = (bool(nxt_word) and nxt_word.isalpha() and nxt_word.islower() and nxt_word not in lx.not_noun_after
                 and not looks_finite(nxt_word, lx.language))
        if nouny and prev not in strong:
            return None  # "2020 deelnemers"
        if not 1900 <= year <= 2100 and (prev not in strong or prev in lx.fact_words("year_articles")):
            return None
    return Parsed("calendar", year=year, part=part(m, lx))


def _relative(m: re.Match[str], lx: Lexicon, text: str) -> Parsed | None:
    unit_word = norm(m.group("unit"))
    direction = rel(m, lx)
    if direction is None:
        return None
    season = lx.seasons.get(unit_word)
    if season:
        return Parsed("calendar", season=season, direction=direction, part=part(m, lx))
    unit = lx.units.get(unit_word)
    if unit is None:
        return None
    recent = norm(m.group("rel")).split()[-1] in lx.fact_words("recent_words")
    return Parsed("relative", unit=unit, amount=float(direction), direction=direction, part=part(m, lx),
                  recent=recent)


def _weekend(m: re.Match[str], lx: Lexicon, text: str) -> Parsed | None:
    return Parsed("relative", unit="weekend", amount=0.0)


def _part_the(m: re.Match[str], lx: Lexicon, text: str) -> Parsed | None:
    unit = lx.units.get(norm(m.group("unit")))
    if unit is None or part(m, lx) is None:
        return None
    return Parsed("relative", unit=unit, amount=0.0, direction=0, part=part(m, lx))


def _season(m: re.Match[str], lx: Lexicon, text: str) -> Parsed | None:
    year, year_offset = year_fields(m, lx)
    direction = rel(m, lx)
    word = norm(m.group("season"))
    if not (year or year_offset is not None or direction is not None or group(m, "det") or group(m, "part")):
        return None
    if word in lx.fact_words("ambiguous_seasons") and year is None and direction is None and year_offset is None:
        if prev_word(text, m.start()) not in lx.fact_words("season_cues"):
            return None  # "fall", "spring": a verb or noun unless a cue makes it the season
        not_followed_by = lx.fact("ambiguous_season_not_followed_by")
        if not_followed_by and re.match(not_followed_by, text[m.end():m.end() + 6]):
            return None
    return Parsed("calendar", season=lx.seasons[word], year=year, year_offset=year_offset,
                  direction=direction, part=part(m, lx))


def _quarter(m: re.Match[str], lx: Lexicon, text: str) -> Parsed | None:
    year, year_offset = year_fields(m, lx)
    q = group(m, "q")
    h = group(m, "h")
    if q:
        qn = q.lower().lstrip("q")
        n = 4 if qn in lx.fact_words("last_words") else int(parse_number(qn, lx.language) or 0)
        if not 1 <= n <= 4:
            return None
        return Parsed("calendar", quarter=n, year=year, year_offset=year_offset)
    if h:
        n = int(parse_number(h, lx.language) or 0)
        if not 1 <= n <= 2:
            return None
        return Parsed("calendar", half=n, year=year, year_offset=year_offset)
    return None


def _quarter_ordinal(m: re.Match[str], lx: Lexicon, text: str) -> Parsed | None:
    """ "the third quarter": a quarter only with a year, "quarter of", or a cue word before it."""
    q = m.group("q").lower()
    n = 4 if q in lx.fact_words("last_words") else int(parse_number(q, lx.language) or 0)
    if not 1 <= n <= 4:
        return None
    year, year_offset = year_fields(m, lx)
    if y2 := group(m, "year2"):
        year = int(y2)
    context = lx.fact("quarter_context")
    if (context and year is None and year_offset is None and not re.search(context, m.group(0), re.I)
            and prev_word(text, m.start()) not in lx.fact_words("quarter_cues")):
        return None
    return Parsed("calendar", quarter=n, year=year, year_offset=year_offset)


def _week_number(m: re.Match[str], lx: Lexicon, text: str) -> Parsed | None:
    year, year_offset = year_fields(m, lx)
    if year is not None:
        try:
            date.fromisocalendar(year, int(m.group("week")), 1)
        except ValueError:
            return None
    return Parsed("calendar", week=int(m.group("week")), year=year, year_offset=year_offset)


def _decade(m: re.Match[str], lx: Lexicon, text: str) -> Parsed | None:
    if d4 := group(m, "dec4"):
        return Parsed("calendar", decade=int(d4[:3]), part=part(m, lx))
    if dw := group(m, "dw"):  # "the nineties"
        return Parsed("calendar", decade=190 + lx.decade_words[dw.lower()], part=part(m, lx))
    word = norm(group(m, "dec") or "").strip("'’s")
    if word.isdigit():
        n = int(word)
        decade = 190 + n // 10 if n >= 20 else 200 + n // 10
    elif word in lx.decade_words:
        decade = 190 + lx.decade_words[word]
    else:
        return None
    if norm(group(m, "cent") or "") in lx.fact_words("current_century_words"):
        decade += 10  # "de jaren twintig van deze eeuw"
    return Parsed("calendar", decade=decade, part=part(m, lx))


def _century(m: re.Match[str], lx: Lexicon, text: str) -> Parsed | None:
    n = parse_number(m.group("n"), lx.language)
    if n is None or not 1 <= n <= 22:
        return None
    return Parsed("calendar", century=int(n) - 1, part=part(m, lx))


def _holiday(m: re.Match[str], lx: Lexicon, text: str) -> Parsed | None:
    year, year_offset = year_fields(m, lx)
    return Parsed("calendar", holiday=lx.holidays[norm(m.group("hol"))], year=year, year_offset=year_offset,
                  direction=rel(m, lx))


def _day_word(m: re.Match[str], lx: Lexicon, text: str) -> Parsed | None:
    word = norm(m.group("w"))
    blockers = lx.fact("day_word_blockers").get(word)
    if blockers is not None and (prev_word(text, m.start()) in blockers or (
            text[m.start()].isupper() and re.search(r"[\w,;:]\s*$", text[max(0, m.start() - 3):m.start()]))):
        return None  # "de morgen", "De Financiële Morgen" (a name, capitalised inside the sentence)
    amount, daypart = lx.day_words[word]
    if dp := group(m, "dp"):
        daypart = lx.dayparts.get(norm(dp), daypart)
    return Parsed("relative", unit="day", amount=float(amount), direction=amount, daypart=daypart)


def _weekday(m: re.Match[str], lx: Lexicon, text: str) -> Parsed | None:
    wd = lx.weekday_number(m.group("wd"))
    if wd is None:
        return None
    nxt = next_word(text, m.end())
    if nxt[:1].isupper() and re.sub(r"(?:['’]s)?[.,;:]*$", "", nxt.lower()) in lx.fact_words(
            "weekday_blockers_after") and not group(m, "dp"):
        return None  # "Sunday Times"
    if prev_word(text, m.start()) in lx.fact_words("weekday_blockers_before"):
        return None  # "Bloody Sunday", "Goede Vrijdag"
    direction = _suffix_direction(m, lx, rel(m, lx))
    week = rel(m, lx, "wrel")
    daypart = lx.dayparts.get(norm(group(m, "dp") or ""))
    if week is not None:
        return Parsed("weekday", weekday=wd, amount=float(week), daypart=daypart)
    overnight = lx.weekday_number(group(m, "wd_end") or "") == wd % 7 + 1
    return Parsed("weekday", weekday=wd, direction=direction, daypart=daypart, overnight=overnight)


HANDLERS: dict[str, Handler] = {
    "calendar": _calendar, "numeric": _numeric, "iso": _iso, "year": _year, "relative": _relative,
    "weekend": _weekend, "part_the": _part_the, "season": _season, "quarter": _quarter,
    "quarter_ordinal": _quarter_ordinal, "week_number": _week_number, "decade": _decade, "century": _century,
    "holiday": _holiday, "day_word": _day_word, "weekday": _weekday, **AMOUNT_HANDLERS,
}
