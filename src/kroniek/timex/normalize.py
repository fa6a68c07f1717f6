"""Anchor a :class:`~kroniek.timex.spec.Parsed` expression to TIMEX3 type, value and granularity.

Relative expressions are resolved against the publication date; a missing year, a bare weekday
or a bare month is placed by the clause's tense (past: the latest one not after the publication
date, future: the first one not before it, present: the one containing or nearest to it). Without
a publication date relative expressions get a non-calendar value (``PAST_REF``, ``PRESENT_REF``,
``FUTURE_REF``, ``XXXX-MM-DD``) and anchor ``none``: never a guess against today.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from ..model import Granularity, TimeType
from .lexicon import CLOCK_UNIT_HOURS, holiday_date
from .spec import Parsed, Tense

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}  # winter runs into next year


@dataclass(frozen=True, slots=True)
class Resolved:
    type: TimeType
    value: str
    granularity: Granularity
    anchor: str  # "published", "none" or a time id
    approximate: bool = False


_RANK = {"day": 0, "week": 1, "month": 2, "quarter": 3, "year": 4, "fortnight": 1, "weekend": 1}


@dataclass(frozen=True, slots=True)
class Reference:
    """A dated expression earlier in the document that anaphors and clock times lean on."""

    id: str
    day: date  # its first day
    granularity: str = "day"
    evening: bool = False  # an evening or night ("zaterdagavond", "9.30 pm"): a clock time after midnight is the next day
    overnight: bool = False  # a night told from one day to the next ("de nacht van vrijdag op zaterdag")
    clock: str = ""  # "T11:00" when it is a clock time: "Een halfuur later" is then a clock time too


# --------------------------------------------------------------------------- date arithmetic
def add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(d.day, last))


def shift(d: date, amount: float, unit: str) -> date:
    """``d`` moved by ``amount`` units (fractions of months and years become days/months)."""
    whole = int(amount)
    frac = amount - whole
    if unit in ("day", "weekend"):
        return d + timedelta(days=round(amount * (7 if unit == "weekend" else 1)))
    if unit == "week":
        return d + timedelta(days=round(amount * 7))
    if unit == "fortnight":
        return d + timedelta(days=round(amount * 14))
    if unit == "month":
        return add_months(d, whole) + timedelta(days=round(frac * 30))
    if unit == "quarter":
        return add_months(d, round(amount * 3))
    if unit == "year":
        return add_months(d, whole * 12 + round(frac * 12))
    if unit == "decade":
        return add_months(d, round(amount * 120))
    if unit == "century":
        return add_months(d, round(amount * 1200))
    if unit in CLOCK_UNIT_HOURS:
        return d + timedelta(days=int(CLOCK_UNIT_HOURS[unit] * amount // 24))
    raise ValueError(unit)


def week_value(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def day_value(d: date) -> str:
    return d.isoformat()


def at_granularity(d: date, unit: str) -> tuple[str, Granularity]:
    """The value of the ``unit``-sized period containing ``d``."""
    if unit == "day" or unit in CLOCK_UNIT_HOURS:
        return day_value(d), "day"
    if unit in ("week", "fortnight"):
        return week_value(d), "week"
    if unit == "weekend":
        return week_value(d) + "-WE", "week"
    if unit == "month":
        return f"{d.year:04d}-{d.month:02d}", "month"
    if unit == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}", "quarter"
    if unit == "season":
        season, year = season_of(d)
        return f"{year:04d}-{season}", "quarter"
    if unit == "decade":
        return f"{d.year // 10:03d}", "decade"
    if unit == "century":
        return f"{d.year // 100:02d}", "century"
    return f"{d.year:04d}", "year"


def first_day(value: str) -> date | None:
    """The first day of a calendar value (2022-09-25, 2022-W38, 2022-09, 2022-Q3, 2022), else None."""
    try:
        if len(value) >= 10 and value[4] == "-" and value[7] == "-":
            return date.fromisoformat(value[:10])
        if len(value) >= 8 and value[4:6] == "-W":
            return date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
        if len(value) == 7 and value[4] == "-" and value[5:].isdigit():
            return date(int(value[:4]), int(value[5:]), 1)
        if len(value) == 7 and value[5] == "Q":
            return date(int(value[:4]), 3 * int(value[6]) - 2, 1)
        if len(value) == 4 and value.isdigit():
            return date(int(value), 1, 1)
    except ValueError:
        return None
    return None


def season_of(d: date) -> tuple[str, int]:
    if d.month in (1, 2):
        return "WI", d.year - 1
    for season, (first, last) in SEASON_MONTHS.items():
        if first <= d.month <= last:
            return season, d.year
    return "WI", d.year


def direction_of(p: Parsed, tense: Tense | None) -> int:
    if p.direction is not None:
        return p.direction
    return {"past": -1, "future": 1, "present": 0}.get(tense or "past", -1)


# --------------------------------------------------------------------------- calendar periods
def _period(p: Parsed, year: int) -> tuple[date, date] | None:
    """First and last day of the calendar period ``p`` names in ``year`` (None: impossible)."""
    try:
        if p.holiday:
            d = holiday_date(p.holiday, year)
            return d, d
        if p.day is not None and p.month is not None:
            d = date(year, p.month, p.day)
            return d, d
        if p.month is not None:
            return date(year, p.month, 1), add_months(date(year, p.month, 1), 1) - timedelta(days=1)
        if p.week is not None:
            monday = date.fromisocalendar(year, p.week, 1)
            return monday, monday + timedelta(days=6)
        if p.season is not None:
            first, last = SEASON_MONTHS[p.season]
            start = date(year, first, 1)
            return start, add_months(start, last - first + 1) - timedelta(days=1)
        if p.quarter is not None:
            start = date(year, 3 * p.quarter - 2, 1)
            return start, add_months(start, 3) - timedelta(days=1)
        if p.half is not None:
            start = date(year, 6 * p.half - 5, 1)
            return start, add_months(start, 6) - timedelta(days=1)
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        return None


def _calendar_value(p: Parsed, year: int) -> tuple[str, Granularity]:
    if p.holiday:
        return holiday_date(p.holiday, year).isoformat(), "day"
    if p.day is not None and p.month is not None:
        return f"{year:04d}-{p.month:02d}-{p.day:02d}" + (f"T{p.daypart}" if p.daypart else ""), "day"
    if p.month is not None:
        return f"{year:04d}-{p.month:02d}", "month"
    if p.week is not None:
        return f"{year:04d}-W{p.week:02d}", "week"
    if p.season is not None:
        return f"{year:04d}-{p.season}", "quarter"
    if p.quarter is not None:
        return f"{year:04d}-Q{p.quarter}", "quarter"
    if p.half is not None:
        return f"{year:04d}-H{p.half}", "quarter"
    return f"{year:04d}", "year"


def choose(period: Callable[[int], tuple[date, date] | None], anchor: date, direction: int,
           accept: Callable[[int], bool] = lambda y: True) -> int | None:
    """The year (anchor's, one before or after) whose period fits ``direction`` best."""
    cands = [(y, per) for y in (anchor.year - 1, anchor.year, anchor.year + 1)
             if (per := period(y)) is not None and accept(y)]
    if not cands:
        return None
    if direction < 0:
        past = [y for y, (s, _) in cands if s <= anchor]
        if past:
            return max(past)
    elif direction > 0:
        future = [y for y, (_, e) in cands if e >= anchor]
        if future:
            return min(future)
    for y, (s, e) in cands:
        if s <= anchor <= e:
            return y

    def distance(item: tuple[int, tuple[date, date]]) -> int:
        s, e = item[1]
        return min(abs((s - anchor).days), abs((e - anchor).days))

    return min(cands, key=distance)[0]


def _no_anchor(p: Parsed, tense: Tense | None) -> Resolved:
    d = direction_of(p, tense)
    value = {-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}[max(-1, min(1, d))]
    return Resolved("DATE", value, "none", "none", p.approximate)


def _calendar(p: Parsed, anchor: date | None, tense: Tense | None) -> Resolved:
    approx = p.approximate or p.part is not None
    if p.century is not None:
        return Resolved("DATE", f"{p.century:02d}", "century", "none", approx)
    if p.decade is not None:
        return Resolved("DATE", f"{p.decade:03d}", "decade", "none", approx)
    if p.year is not None:
        value, gran = _calendar_value(p, p.year)
        return Resolved("DATE", value, gran, "none", approx)
    if anchor is None:
        if p.month is not None and p.day is not None:
            return Resolved("DATE", f"XXXX-{p.month:02d}-{p.day:02d}", "day", "none", approx)
        if p.month is not None:
            return Resolved("DATE", f"XXXX-{p.month:02d}", "month", "none", approx)
        return _no_anchor(p, tense)
    if p.year_offset is not None:
        year: int | None = anchor.year + p.year_offset
    else:
        accept: Callable[[int], bool] = lambda y: True  # noqa: E731
        if p.weekday is not None and p.day is not None and p.month is not None:
            wd, month, day = p.weekday, p.month, p.day

            def accept(y: int) -> bool:
                try:
                    return date(y, month, day).isoweekday() == wd
                except ValueError:
                    return False

            if not any(accept(y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)):
                accept = lambda y: True  # noqa: E731
        # no tense cue: the nearest such date (a weekday without cue counts as past, see _weekday);
        # present tense leans to the future ("wordt in oktober opgeleverd") when that is within nine months
        direction = p.direction if p.direction is not None else (direction_of(p, tense) if tense else 0)
        if p.direction is None and tense == "present":
            ahead = choose(lambda y: _period(p, y), anchor, 1, accept)
            start = _period(p, ahead) if ahead is not None else None
            direction = 1 if start is not None and (start[0] - anchor).days <= 270 else 0
        if p.direction == -1 and p.season is not None:  # "afgelopen zomer": the last one completed
            direction = -1
        year = choose(lambda y: _period(p, y), anchor, direction, accept)
        if year is not None and p.day is not None and p.direction is None:
            # a day-month a year away by tense while the same date is within two weeks: the tense misled
            near = choose(lambda y: _period(p, y), anchor, 0, accept)
            per, near_per = _period(p, year), (_period(p, near) if near is not None else None)
            if per and near_per and abs((per[0] - anchor).days) > 300 and abs((near_per[0] - anchor).days) <= 14:
                year = near
        if p.direction == -1 and year is not None:
            per = _period(p, year)
            if per and per[0] <= anchor <= per[1] and (p.season or p.holiday or p.month):
                year -= 1  # "vorige zomer" said in summer is last year's
        elif p.direction == 1 and year is not None:
            per = _period(p, year)
            if per and per[0] <= anchor <= per[1] and (p.season or p.holiday or p.month):
                year += 1
    if year is None:
        return _no_anchor(p, tense)
    value, gran = _calendar_value(p, year)
    return Resolved("DATE", value, gran, "published", approx)


def _relative(p: Parsed, anchor: date | None, tense: Tense | None) -> Resolved:
    unit = p.unit or "day"
    amount = p.amount or 0
    if anchor is None:
        value = "PRESENT_REF" if amount == 0 else ("PAST_REF" if amount < 0 else "FUTURE_REF")
        return Resolved("DATE", value, "none", "none", p.approximate)
    approx = p.approximate or p.part is not None
    if p.recent and unit == "week" and anchor.isoweekday() >= 5:
        amount = 0  # "afgelopen week" written on a Friday to Sunday: the week now ending
    if p.recent and unit == "weekend" and anchor.isoweekday() == 7:
        amount = 0  # "afgelopen weekend" on a Sunday: this one
    if unit == "weekend":
        monday = anchor - timedelta(days=anchor.isoweekday() - 1)
        if amount == 0 and anchor.isoweekday() < 6 and ((p.direction or 0) < 0 or (direction_of(
                Parsed("relative"), tense) < 0 and not p.direction)):
            amount = -1  # "dit weekend" told in the past tense, "sinds het weekend", on a weekday: the one just gone
        if amount == 1 and anchor.isoweekday() < 6:
            amount = 0  # "komend weekend" said on a weekday: this week's
        d = monday + timedelta(days=5 + 7 * int(amount))
        return Resolved("DATE", week_value(d) + "-WE", "week", "published", approx)
    if unit == "season":
        season, year = season_of(anchor)
        order = ["SP", "SU", "FA", "WI"]
        idx = order.index(season) + int(amount)
        year += idx // 4
        return Resolved("DATE", f"{year:04d}-{order[idx % 4]}", "quarter", "published", approx)
    d = shift(anchor, amount, unit)
    value, gran = at_granularity(d, unit)
    if p.daypart and gran == "day":
        value += f"T{p.daypart}"
        return Resolved("TIME", value, gran, "published", approx)
    return Resolved("DATE", value, gran, "published", approx)


def _offset(p: Parsed, anchor: date | None, tense: Tense | None) -> Resolved:
    if p.value and tense != "future":  # "in three weeks" outside a future clause: a duration
        return Resolved("DURATION", p.value, "none", "none", p.approximate)
    unit = p.unit or "day"
    amount = 3.0 if p.amount is None else p.amount
    sign = p.direction if p.direction is not None else -1
    if anchor is None:
        return Resolved("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", "none", "none", True)
    d = shift(anchor, sign * amount, unit)
    if unit == "year" and amount != int(amount):
        unit = "month"  # "anderhalf jaar geleden": a month
    elif unit == "decade":
        unit = "year"  # "a decade ago": the year ten years back
    value, gran = at_granularity(d, unit)
    approx = p.approximate or p.amount is None or amount != int(amount)
    return Resolved("DATE", value, gran, "published", approx)


def _weekday(p: Parsed, anchor: date | None, tense: Tense | None) -> Resolved:
    assert p.weekday is not None
    if anchor is None:
        return _no_anchor(p, tense)
    # a night is past or ahead as the day it ends is: "de nacht van dinsdag op woensdag" told on a Tuesday is last week's
    diff = (p.weekday % 7 + 1 if p.overnight else p.weekday) - anchor.isoweekday()
    if p.amount is not None:  # "zondag vorige week"
        d = anchor + timedelta(days=diff + 7 * int(p.amount))
    elif p.direction == 0:
        d = anchor + timedelta(days=diff)
    elif p.direction == -1:
        d = anchor + timedelta(days=(diff % 7) - 7 if diff % 7 else -7)
    elif p.direction == 1:
        d = anchor + timedelta(days=(diff % 7) or 7)
    else:
        before = anchor + timedelta(days=-((-diff) % 7))
        after = anchor + timedelta(days=diff % 7)
        direction = direction_of(p, tense)
        # present tense with a weekday is mostly a schedule ("maakt vrijdag bekend"): the next one
        d = before if direction < 0 else after
    if p.overnight:
        d -= timedelta(days=1)
    value = d.isoformat()
    if p.daypart:
        return Resolved("TIME", value + f"T{p.daypart}", "day", "published", p.approximate)
    return Resolved("DATE", value, "day", "published", p.approximate)


def _clock(p: Parsed, anchor: date | None, ref: Reference | None, told: Reference | None = None) -> Resolved:
    """A clock time is on the day of ``ref`` (a day in its sentence), else on the day of ``told`` (the day the story
    tells, for a clock time in a past clause: "zaterdagavond ... Het liep rond 21 uur mis"; the small hours after an
    evening are the next day: "Pas rond 1.30 uur was de rust weergekeerd"), else on the publication date."""
    seconds = f":{p.second:02d}" if p.second is not None else ""
    hhmm = f"T{p.hour or 0:02d}:{p.minute or 0:02d}{seconds}"
    if ref is not None:  # "in de nacht van vrijdag op zaterdag rond 3 uur": the small hours of a night are the next day
        day = ref.day + timedelta(days=1) if ref.overnight and (p.hour or 0) < _SMALL_HOURS_END else ref.day
        return Resolved("TIME", day.isoformat() + hhmm, "day", ref.id, p.approximate)
    if told is not None:
        day = told.day + timedelta(days=1) if told.evening and (p.hour or 0) < _SMALL_HOURS_END else told.day
        if told.evening and p.twelve_hour and _SMALL_HOURS_END <= (p.hour or 0) < 12:
            hhmm = f"T{(p.hour or 0) + 12:02d}:{p.minute or 0:02d}"  # "zaterdagavond ... Rond half elf": 22.30
        return Resolved("TIME", day.isoformat() + hhmm, "day", told.id, p.approximate)
    if anchor is not None:
        return Resolved("TIME", anchor.isoformat() + hhmm, "day", "published", p.approximate)
    return Resolved("TIME", "XXXX-XX-XX" + hhmm, "none", "none", p.approximate)


def _anaphor(p: Parsed, ref: Reference | None) -> Resolved:
    sign = p.direction or 1
    if ref is not None and _RANK.get(ref.granularity, 9) > _RANK.get(p.unit or "day", 0):
        ref = None  # "drie dagen later" after "in 2010" cannot be dated
    if ref is None:
        return Resolved("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", "none", "none", True)
    if ref.clock and p.unit in CLOCK_UNIT_HOURS and ref.granularity == "day" and p.amount is not None:
        # "Rond 11 uur ... Een halfuur later": a clock time counted on from the one told before ("hours later",
        # "a few hours later" tell no hour: the day)
        moment = datetime.fromisoformat(ref.day.isoformat() + ref.clock) + timedelta(
            hours=sign * (p.amount if p.amount is not None else 1) * CLOCK_UNIT_HOURS[p.unit])
        return Resolved("TIME", moment.strftime("%Y-%m-%dT%H:%M"), "day", ref.id, p.approximate)
    d = shift(ref.day, sign * (p.amount if p.amount is not None else 1), p.unit or "day")
    value, gran = at_granularity(d, p.unit or "day")
    if p.daypart and p.amount == 0 and gran == "day":
        value += f"T{p.daypart}"  # "die avond", "in the afternoon": that day's daypart
    return Resolved("DATE", value, gran, ref.id, p.approximate)


#: after an evening the story tells, a clock time before this hour is the next morning: the small hours, and the
#: early morning that ends a night of action ("om 23.30 uur een noodbevel ... Om 6.00 uur vroeg hij")
_SMALL_HOURS_END = 8
_EVENING_FROM = 18
_NIGHT_PARTS = ("EV", "NI")  # the dayparts of an evening or a night
_EVENING_PARTS = tuple(f"T{part}" for part in _NIGHT_PARTS)  # ... as a value ends with them


def is_evening(value: str) -> bool:
    """An evening or night value: a daypart ("2026-04-11TEV") or a clock time from 18:00 ("2025-10-13T21:30")."""
    if value.endswith(_EVENING_PARTS):
        return True
    hour = value[11:13] if len(value) >= 16 and value[10] == "T" else ""
    return hour.isdigit() and int(hour) >= _EVENING_FROM


def resolve(p: Parsed, anchor: date | None, tense: Tense | None, ref: Reference | None = None,
            sentence_ref: Reference | None = None, told: Reference | None = None,
            night: Reference | None = None) -> Resolved:
    """TIMEX3 type, value, granularity and anchor of ``p``.

    ``anchor`` is the publication date (None when unknown), ``tense`` the governing clause's tense,
    ``ref`` the latest day-precise date before the expression (for "twee dagen later"), ``sentence_ref`` such a
    date in the same sentence (for clock times) and ``told`` the latest date read in a past clause: the day the
    story tells, which a clock time in a past clause is on ("zondagavond is een man gewond geraakt ... Rond 21.15
    uur werd ... geschoten"; not the day a report came out: "meldt de politie maandag"). ``night`` is the latest
    date that names an evening or a night: "die nacht" is that night, and a clock time in the small hours is in
    it ("in de nieuwjaarsnacht ... eiste donderdag ... Rond 01.30 uur sloeg ..."), unless a day before the
    publication was told since ("Saturday evening ... The council met on Monday. That night ...").
    """
    if p.kind in ("duration", "set", "ref"):
        typ: TimeType = {"duration": "DURATION", "set": "SET", "ref": "DATE"}[p.kind]  # type: ignore[assignment]
        return Resolved(typ, p.value or "PAST_REF", "none", "none", p.approximate)
    if p.kind == "calendar":
        if p.swappable and anchor is not None and p.year == anchor.year and (p.month, p.day) != (
                anchor.month, anchor.day) and (p.day, p.month) == (anchor.month, anchor.day):
            p = replace(p, month=p.day, day=p.month)  # "09-02-2026" on a story of 9 February: the
            # other order, the one its publication says
        return _calendar(p, anchor, tense)
    if p.kind == "relative":
        return _relative(p, anchor, tense)
    if p.kind == "offset":
        return _offset(p, anchor, tense)
    if p.kind == "weekday":
        return _weekday(p, anchor, tense)
    if p.kind == "clock":
        if (p.hour or 0) < _SMALL_HOURS_END and _in_night(night, told, anchor):
            told = night
        story = told if tense == "past" and told is not None and told.granularity == "day" and (
            anchor is None or told.day <= anchor) else None
        return _clock(p, anchor, sentence_ref, story)
    if p.amount == 0 and p.daypart in _NIGHT_PARTS and _in_night(night, ref, anchor):
        ref = night
    elif p.amount == 0 and p.daypart and tense == "past" and told is not None and told.granularity == "day" and (
            anchor is None or told.day <= anchor):
        ref = told  # "Later in the evening, leaders agreed": the evening of the day the story tells
    elif p.amount == 0 and told is not None and ref is not None and anchor is not None and ref.day == anchor \
            and told.day < anchor and told.granularity == "day":
        # "die dag", "that day" after a clock time left on the publication day ("Rond het middaguur ..." in a
        # clause the tagger calls present): the day the story tells, not the day it is told on ("vandaag")
        ref = told
    elif tense == "past" and ref is not None and anchor is not None and ref.day > anchor and told is not None \
            and told.day <= anchor:
        # "postponed the elections, scheduled for 13 Dec ... Opposition next day denounced": what the story told
        # happening comes after the story's day, not after a day still to come
        ref = told
    return _anaphor(p, ref)


def _in_night(night: Reference | None, since: Reference | None, anchor: date | None) -> bool:
    """Whether the night the story named is the one meant, not the day told after it: that day is the one the
    article reports from (the publication's day or later), which is no story of a past night."""
    if night is None:
        return False
    return since is None or since.id == night.id or (anchor is not None and since.day >= anchor)
