"""Linking in date partitions gives what linking all at once gives."""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor

import pytest

from incidents.reports import report
from incidents.test_linking import DEMO, FOLLOW_UPS, PARIS_NICE, PUBLISHED_ONLY, STABBINGS
from kroniek.incidents import link_all, mentions_of
from kroniek.incidents.partitions import link_partitioned
from kroniek.incidents.records import MentionRecord
from kroniek.model import Document


def corpus() -> list[MentionRecord]:
    """Every hard case of test_linking at once, in both languages."""
    docs: list[Document] = []
    for lang in ("nl", "en"):
        city = "Amsterdam" if lang == "nl" else "Manchester"
        docs += [report(language=lang, place=city, **r) for r in DEMO[lang]]  # type: ignore[arg-type]
        docs += [report(t, trigger=g, date=d, date_text=x, published=d, source=s, language=lang, event_type="ASSAULT",
                        mode="beat", place="Rotterdam" if lang == "nl" else "Leeds") for t, g, d, x, s in STABBINGS[lang]]
        docs += [report(t, trigger=g, date="2023-03-11", date_text="aterdag" if lang == "nl" else "Saturday",
                        published="2023-03-11", source=s, language=lang, place=p) for t, g, p, s in PARIS_NICE[lang]]
        docs += [report(t, trigger=g, date=d, date_text=x, published="2024-02-14", source=s, language=lang,
                        event_type="ASSAULT", mode="firearms", place="Utrecht" if lang == "nl" else "Manchester")
                 for t, g, d, x, s in PUBLISHED_ONLY[lang]]
        shot, trig, day, arrest, atrig, _, _, place = FOLLOW_UPS[lang]
        docs.append(report(shot, trigger=trig, date="2024-04-01", date_text=day, published="2024-04-01",
                           source="A" + lang, language=lang, event_type="ASSAULT", mode="firearms",
                           place=place if place in shot else None))
        docs.append(report(arrest, trigger=atrig, published="2024-04-04", source="B" + lang, language=lang,
                           event_type="COERCE", mode="arrest", place=place))
    # A report that dates the demonstration only to its week: it starts in another window than the others.
    docs.append(report("Dit weekend demonstreerden in Amsterdam duizenden mensen van Woonprotest tegen de woningnood "
                       "op het Museumplein.", trigger="demonstreerden", date="2024-W10", date_text="Dit weekend",
                       published="2024-03-11", source="Weekblad", place="Amsterdam", actors=("Woonprotest",)))
    return [m for d in docs for m in mentions_of(d)]


def partition(linked: list) -> set[frozenset[str]]:  # type: ignore[type-arg]
    return {frozenset(m.key for m in inc.members) for inc in linked}


def test_an_incident_of_the_corpus_spans_windows() -> None:  # so the boundaries are stitched
    from kroniek.incidents.partitions import window_of

    spans = [{window_of(m, 1) for m in inc.members} for inc in link_all(corpus())]
    assert any(len(s) > 1 for s in spans)


@pytest.mark.parametrize("days", [1, 2, 7, 28])
def test_partitions_of_any_width_link_like_all_at_once(days: int) -> None:
    records = corpus()
    assert partition(link_partitioned(records, days=days)) == partition(link_all(records))


def test_partitions_keep_the_ids_of_all_at_once() -> None:
    records = corpus()
    assert sorted(i.id for i in link_partitioned(records, days=1)) == sorted(i.id for i in link_all(records))


def test_partitions_can_run_in_other_processes() -> None:
    records = corpus()
    with ProcessPoolExecutor(max_workers=2) as pool:
        got = link_partitioned(records, days=2, map_fn=pool.map)
    assert partition(got) == partition(link_all(records))
