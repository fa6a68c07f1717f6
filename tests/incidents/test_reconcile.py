"""An incident's reconciled fields from its members' reports."""

from __future__ import annotations

import pytest

from incidents.reports import report
from incidents.test_linking import DEMO
from kroniek.incidents import link_all, mentions_of, reconcile
from kroniek.incidents.records import MentionRecord


def _records(lang: str) -> list[MentionRecord]:
    docs = [report(language=lang, place="Amsterdam" if lang == "nl" else "Manchester", **r)  # type: ignore[arg-type]
            for r in DEMO[lang]]
    return [m for d in docs for m in mentions_of(d)]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_crowd_figure_is_kept_with_its_source_and_the_range(lang: str) -> None:
    inc = reconcile("inc-x", _records(lang))
    size = inc.size_of("participants")
    assert size is not None
    assert (size.low, size.high) == (2000, 10000)
    assert sorted(c.source or "" for c in size.claims) == sorted(r["source"] for r in DEMO[lang])


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_different_figures_from_different_outlets_are_flagged(lang: str) -> None:
    inc = reconcile("inc-x", _records(lang))
    assert [c.slot for c in inc.conflicts] == ["participants"]
    assert len(inc.conflicts[0].values) == 3


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_reports_sources_and_dates(lang: str) -> None:
    inc = reconcile("inc-x", _records(lang))
    assert (inc.n_reports, inc.n_sources) == (3, 3)
    assert (inc.first_report, inc.last_report) == ("2024-03-09", "2024-03-10")
    assert (inc.when_value, inc.when_precision, inc.when_source) == ("2024-03-09", "day", "text")


def test_the_text_date_beats_the_publication_date() -> None:
    recs = _records("nl")
    inc = reconcile("inc-x", list(reversed(recs)))
    assert inc.when_source == "text" and inc.when_value == "2024-03-09"


def test_the_most_precise_consistent_place_wins() -> None:
    a = report("In Nederland werd zaterdag gedemonstreerd tegen de woningnood.", trigger="gedemonstreerd",
               date="2024-03-09", date_text="zaterdag", published="2024-03-09", source="A", place="Nederland")
    b = report("In Amsterdam werd zaterdag gedemonstreerd tegen de woningnood.", trigger="gedemonstreerd",
               date="2024-03-09", date_text="zaterdag", published="2024-03-09", source="B", place="Amsterdam")
    inc = reconcile("inc-x", [*mentions_of(a), *mentions_of(b)])
    assert inc.place is not None and inc.place.name == "Amsterdam"


def test_actors_named_by_any_report_most_often_first() -> None:
    inc = reconcile("inc-x", _records("en"))
    assert [p.name for p in inc.actors] == ["Acorn"]


def test_a_figure_given_by_one_outlet_is_no_conflict() -> None:
    recs = _records("nl")[:1]
    assert reconcile("inc-x", recs).conflicts == ()


def test_linked_incidents_reconcile_to_one_type() -> None:
    (linked,) = link_all(_records("nl"))
    assert reconcile(linked.id, linked.members).type == "PROTEST"
