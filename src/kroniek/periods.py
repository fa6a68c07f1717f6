"""The days a TIMEX3 calendar value covers: one reading for every part that compares dates (events, incidents, the
store's filters, the evaluation).

``2022`` is the year, ``2022-09`` the month, ``2022-09-25`` (with or without a clock time after it) the day,
``2022-W38`` the ISO week and ``2022-W38-WE`` its weekend, ``2022-Q3`` the quarter, ``2022-H2`` the half year and,
where asked for, ``202`` the decade. Anything else (``PAST_REF``, ``PT3H``, ``XXXX-WXX-1``) covers no days.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_CALENDAR = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2})(-WE)?|-Q([1-4])|-H([12]))?(?:[T ].*)?")
_DECADE = re.compile(r"(\d{3})")
_CLOCK = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(?::\d{2})?)")


def period(value: str, decades: bool = False) -> tuple[date, date] | None:
    """The first and last day ``value`` covers, or None; a decade (``202``) only when ``decades``."""
    value = value.strip()
    if decades and _DECADE.fullmatch(value):
        return date(int(value) * 10, 1, 1), date(int(value) * 10 + 9, 12, 31)
    m = _CALENDAR.fullmatch(value)
    if m is None:
        return None
    year_s, month, day, week, weekend, quarter, half = m.groups()
    year = int(year_s)
    try:
        if week:
            monday = date.fromisocalendar(year, int(week), 1)
            return monday + timedelta(days=5 if weekend else 0), monday + timedelta(days=6)
        if day:
            one = date(year, int(month), int(day))
            return one, one
        if month:
            first_month = last_month = int(month)
        elif quarter:
            first_month, last_month = 3 * int(quarter) - 2, 3 * int(quarter)
        elif half:
            first_month, last_month = 6 * int(half) - 5, 6 * int(half)
        else:
            first_month, last_month = 1, 12
        after = date(year + last_month // 12, last_month % 12 + 1, 1)
        return date(year, first_month, 1), after - timedelta(days=1)
    except ValueError:
        return None


def clock_of(value: str) -> str:
    """The clock time of a value that has one ("T11:30" of ``2022-09-25T11:30``), else ""."""
    m = _CLOCK.match(value)
    return m.group(1) if m else ""


__all__ = ["clock_of", "period"]
