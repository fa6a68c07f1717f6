"""The days a mention can mean, and how far apart two mentions are in time.

A text date keeps its precision: a day is that day, ``2022-W38`` its seven days, ``2022-09``
the month, ``2022`` the year. A mention dated only by its article's publication date
(``when.source == "published"``) happened on the publication day or shortly before:
:data:`PUBLISHED_BEFORE` days before it up to the day itself — a wider span that
:mod:`kroniek.incidents.features` also trusts less. An asserted mention whose text date is
coarser than a month around the publication, or lies after it, is dated like that too
(:func:`days_of`).
"""

from __future__ import annotations

import datetime as dt

from ..periods import period

#: How many days before its publication a mention dated only by the publication date may have happened.
PUBLISHED_BEFORE = 1
#: A text date wider than this many days (a year, a quarter) dates a reported happening less well than its publication.
COARSEST_DAYS = 31

def days_of(value: str, source: str | None, published: str | None, *, happened: bool = False) -> tuple[str, str] | None:
    """The days (ISO, inclusive) a mention dated ``value`` can mean; publication-dated ones reach back.

    For a mention the text asserts (``happened``), a text date that says less than the publication
    date gives way to it: a date wider than :data:`COARSEST_DAYS` that contains the publication
    day ("dit jaar", "this month" in a report of last night), or one wholly after the publication
    (a misread weekday): the report tells what happened before it was published.
    """
    pub = period(published[:10]) if published else None
    before = ((pub[0] - dt.timedelta(days=PUBLISHED_BEFORE)).isoformat(), pub[1].isoformat()) if pub else None
    if source == "published" and before:
        return before
    span = period(value)
    if span is None:
        return before if source == "published" else None
    if happened and pub is not None:
        wide = (span[1] - span[0]).days + 1 > COARSEST_DAYS and span[0] <= pub[0] <= span[1]
        if wide or span[0] > pub[1]:
            return before
    return span[0].isoformat(), span[1].isoformat()


def gap_days(a: tuple[str, str], b: tuple[str, str]) -> int:
    """Days between two spans (0 when they overlap)."""
    a0, a1 = dt.date.fromisoformat(a[0]), dt.date.fromisoformat(a[1])
    b0, b1 = dt.date.fromisoformat(b[0]), dt.date.fromisoformat(b[1])
    return max(0, (b0 - a1).days, (a0 - b1).days)


def width_days(span: tuple[str, str]) -> int:
    return (dt.date.fromisoformat(span[1]) - dt.date.fromisoformat(span[0])).days + 1


def widen(span: tuple[str, str], days: int) -> tuple[str, str]:
    """``span`` with ``days`` added on both sides (the blocking window)."""
    return ((dt.date.fromisoformat(span[0]) - dt.timedelta(days=days)).isoformat(),
            (dt.date.fromisoformat(span[1]) + dt.timedelta(days=days)).isoformat())
