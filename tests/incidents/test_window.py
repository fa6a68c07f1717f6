"""The days a mention can mean."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kroniek.incidents.window import days_of, gap_days


@pytest.mark.parametrize(("value", "span"), [
    ("2024-03-09", ("2024-03-09", "2024-03-09")),
    ("2024-W10", ("2024-03-04", "2024-03-10")),
    ("2024-03", ("2024-03-01", "2024-03-31")),
    ("2024", ("2024-01-01", "2024-12-31")),
    ("2024-03-09T14:00", ("2024-03-09", "2024-03-09")),
])
def test_a_text_date_keeps_its_precision(value: str, span: tuple[str, str]) -> None:
    assert days_of(value, "text", "2024-03-10") == span


def test_a_publication_date_reaches_back_a_day() -> None:
    assert days_of("2024-03-10", "published", "2024-03-10") == ("2024-03-09", "2024-03-10")


@pytest.mark.parametrize("value", ["2025", "2025-Q2", "2025-04-23"])  # "dit jaar"; a misread next Wednesday
def test_an_asserted_report_dated_vaguer_than_its_publication_or_after_it_takes_the_publication(value: str) -> None:
    assert days_of(value, "text", "2025-04-16", happened=True) == ("2025-04-15", "2025-04-16")


def test_a_future_event_may_be_dated_after_the_publication() -> None:
    assert days_of("2025-04-23", "text", "2025-04-16") == ("2025-04-23", "2025-04-23")


def test_a_year_long_ago_stays_that_year() -> None:
    assert days_of("2020", "text", "2025-04-16", happened=True) == ("2020-01-01", "2020-12-31")


@given(st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)), st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)))
def test_gap_is_symmetric_and_zero_only_for_the_same_day(a: dt.date, b: dt.date) -> None:
    sa, sb = (a.isoformat(), a.isoformat()), (b.isoformat(), b.isoformat())
    assert gap_days(sa, sb) == gap_days(sb, sa) == abs((a - b).days)
