"""The days a TIMEX3 calendar value covers (kroniek.periods): one reading for events, incidents, store, evaluation."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kroniek.periods import period


@pytest.mark.parametrize(("value", "first", "last"), [
    ("2024-03-09", "2024-03-09", "2024-03-09"),
    ("2024-03-09T14:00", "2024-03-09", "2024-03-09"),
    ("2024-W10", "2024-03-04", "2024-03-10"),
    ("2024-W10-WE", "2024-03-09", "2024-03-10"),
    ("2024-03", "2024-03-01", "2024-03-31"),
    ("2024-Q1", "2024-01-01", "2024-03-31"),
    ("2024-H2", "2024-07-01", "2024-12-31"),
    ("2024", "2024-01-01", "2024-12-31"),
])
def test_a_calendar_value_covers_its_days(value: str, first: str, last: str) -> None:
    assert period(value) == (dt.date.fromisoformat(first), dt.date.fromisoformat(last))


@pytest.mark.parametrize("value", ["PAST_REF", "PT3H", "XXXX-WXX-1", "2024-13", "2024-02-30", "202"])
def test_other_values_cover_no_days(value: str) -> None:
    assert period(value) is None


def test_a_decade_covers_its_ten_years_where_asked_for() -> None:
    assert period("202", decades=True) == (dt.date(2020, 1, 1), dt.date(2029, 12, 31))


@given(st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)))
def test_every_day_week_month_and_year_contains_its_day(d: dt.date) -> None:
    year, week, _ = d.isocalendar()
    for value in (d.isoformat(), f"{year}-W{week:02d}", d.isoformat()[:7], d.isoformat()[:4]):
        span = period(value)
        assert span is not None and span[0] <= d <= span[1]
