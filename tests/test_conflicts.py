"""Conflicts: different sources giving different figures for the same thing."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

import kroniek
from kroniek.conflicts import disjoint, find_conflicts, slot_of, source_of
from kroniek.model import Acled, Document, Event, Place, Quantity, SizeSlot, Trigger, Where

from conftest import claims_document


def analysed(text: str, lang: str, entities: tuple[tuple[str, str], ...] = ()) -> Document:
    return claims_document(text, lang, entities)  # type: ignore[no-any-return]


def event(ev_id: str, etype: str, slot: str, q: Quantity, places: tuple[str, ...] = ()) -> Event:
    return Event(id=ev_id, type=etype, mode=None, acled=Acled("Strategic developments", "Other"),
                 trigger=Trigger(q.text, q.start, q.end), sentence=0,
                 where=tuple(Where(place=p, text=p) for p in places),
                 size=(SizeSlot(slot=slot, low=q.low, high=q.high, quantity=q.id),))


def by_text(doc: Document, text: str) -> Quantity:
    return next(q for q in doc.quantities if q.text == text)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [((261000, 261000), (200000, 250000), True), ((5000, None), (8000, 8000), False),
     ((None, 40), (30, 30), False), ((10, 20), (21, 30), True)],
)
def test_disjoint_values_cannot_both_be_true(a: tuple[float | None, float | None],
                                             b: tuple[float | None, float | None], expected: bool) -> None:
    assert disjoint(a, b) is expected


@pytest.mark.parametrize(
    ("lang", "text", "entities", "first", "second"),
    [
        ("nl", "Novaja Gazeta schatte het aantal vluchtelingen op 261.000. Deen zegt: \"Er zijn zo'n 200.000 tot "
         '250.000 mannen gevlucht."', (("Novaja Gazeta", "ORG"), ("Deen", "PER")), "261.000", "200.000 tot 250.000"),
        ("en", "Novaya Gazeta estimated that 261,000 men fled. \"Some 200,000 to 250,000 men have fled,\" Deen said.",
         (("Novaya Gazeta", "ORG"), ("Deen", "PER")), "261,000", "200,000 to 250,000"),
    ],
)
def test_event_slots_filled_by_different_sources_conflict(lang: str, text: str, entities: tuple[tuple[str, str], ...],
                                                          first: str, second: str) -> None:
    doc = analysed(text, lang, entities)
    q1, q2 = by_text(doc, first), by_text(doc, second)
    doc = doc.replace(events=(event("ev-1", "DISPLACE", "displaced", q1), event("ev-2", "DISPLACE", "displaced", q2)))
    conflicts = find_conflicts(doc)
    assert [c.what for c in conflicts] == ["events[ev-1].size.displaced"]
    values = conflicts[0].values
    assert [(v.low, v.high, v.quantity) for v in values] == [(q1.low, q1.high, q1.id), (q2.low, q2.high, q2.id)]
    assert values[0].claimed_by != values[1].claimed_by and None not in {v.claimed_by for v in values}


@pytest.mark.parametrize(
    ("lang", "text", "entities"),
    [
        ("nl", "Novaja Gazeta schatte het aantal vluchtelingen op 261.000. Deen zegt: \"Er zijn zo'n 200.000 tot "
         '250.000 mannen gevlucht."', (("Novaja Gazeta", "ORG"), ("Deen", "PER"))),
        ("en", "Novaya Gazeta estimated the number of refugees at 261,000. \"Some 200,000 to 250,000 men have fled,\""
         " Deen said.", (("Novaya Gazeta", "ORG"), ("Deen", "PER"))),
        ("nl", "De organisatoren spraken van 8000 deelnemers, maar de gemeente hield het op ongeveer 5000.", ()),
        ("en", "The organisers spoke of 8000 participants, but the city put it at about 5000.", ()),
        ("en", "Opposition leader Nika Melia told Reuters the crowd numbered more than 30,000. Police put the "
         "figure at about 10,000.", ()),
        ("nl", "Volgens organisator Extinction Rebellion deden zo'n 10.000 mensen mee. De gemeente schat het aantal "
         "deelnemers op 4000.", (("Extinction Rebellion", "ORG"),)),
        ("nl", "Volgens actiegroep FDF deden 2000 boeren mee, maar de politie hield het op 800.", (("FDF", "ORG"),)),
        ("nl", "De organisatie spreekt van 50.000 deelnemers, de politie van 20.000.", ()),
        ("en", "Organisers said 300,000 people took part, while the police estimated the crowd at 100,000.", ()),
    ],
)
def test_the_same_thing_counted_by_different_sources_conflicts_without_events(
        lang: str, text: str, entities: tuple[tuple[str, str], ...]) -> None:
    conflicts = find_conflicts(analysed(text, lang, entities))
    assert len(conflicts) == 1 and conflicts[0].what.startswith("quantities.")
    assert len(conflicts[0].values) == 2


@pytest.mark.parametrize(
    ("lang", "text", "entities"),
    [
        # one source, two figures for different things
        ("nl", "De politie hield 14 betogers aan. Er waren 8000 deelnemers.", ()),
        ("en", "Police detained 14 protesters. There were 8000 participants.", ()),
        # vague numbers do not dispute exact ones
        ("nl", "Duizenden Russen vluchtten. Novaja Gazeta schatte het aantal vluchtelingen op 261.000.",
         (("Novaja Gazeta", "ORG"),)),
        ("en", "Thousands of Russians fled. Novaya Gazeta estimated the number of refugees at 261,000.",
         (("Novaya Gazeta", "ORG"),)),
        # figures far apart count different things
        ("en", "Health authorities say more than 11,000 Palestinians have been killed. Israel says about 1,200 people "
         "were killed in the October 7 attack.", (("Israel", "LOC"),)),
        # a projection is not a rival count
        ("en", "Police said the death toll could rise to 60. Local media put the number of dead at 52.", ()),
        ("nl", "De politie zei dat het dodental kan oplopen tot 60. Lokale media hielden het op 52 doden.", ()),
        # different sources that agree
        ("nl", "Volgens de VN vluchtten ruim 5000 mensen. De Rode Kamer meldde 8000 vluchtelingen.",
         (("VN", "ORG"), ("Rode Kamer", "ORG"))),
    ],
)
def test_no_conflict_for_other_things_vague_numbers_or_agreement(lang: str, text: str,
                                                                 entities: tuple[tuple[str, str], ...]) -> None:
    assert find_conflicts(analysed(text, lang, entities)) == ()


def test_events_in_places_that_share_nothing_are_not_the_same_event() -> None:
    text = "Novaja Gazeta schatte 261.000 vluchtelingen. Volgens Deen zijn 200.000 tot 250.000 mannen gevlucht."
    doc = analysed(text, "nl", (("Novaja Gazeta", "ORG"), ("Deen", "PER")))
    q1, q2 = by_text(doc, "261.000"), by_text(doc, "200.000 tot 250.000")
    doc = doc.replace(events=(event("ev-1", "DISPLACE", "displaced", q1, ("p1",)),
                              event("ev-2", "DISPLACE", "displaced", q2, ("p2",))))
    assert not any(c.what.startswith("events[") for c in find_conflicts(doc))


def place_at(doc: Document, place_id: str, name: str, country: str) -> Place:
    start = doc.text.index(name)
    return Place(id=place_id, text=name, start=start, end=start + len(name), name=name, geonames_id=None,
                 feature_code=None, country=country, admin1=None, lat=0.0, lon=0.0, precision="city", score=0.9)


@pytest.mark.parametrize(("lang", "text", "a", "b", "own", "elsewhere"), [
    ("nl", "Duizenden Russen vluchtten naar Kazachstan. Novaja Gazeta schatte hun aantal op 261.000. In Moskou "
           "was het stil. Volgens Deen zijn 200.000 tot 250.000 mannen gevlucht.",
     "261.000", "200.000 tot 250.000", "Kazachstan", "Moskou"),
    ("en", "Thousands of Russians fled to Kazakhstan. Novaya Gazeta put their number at 261,000. In Moscow "
           "all was quiet. According to Deen, 200,000 to 250,000 men have fled.",
     "261,000", "200,000 to 250,000", "Kazakhstan", "Moscow"),
])
def test_a_place_taken_from_elsewhere_in_the_article_does_not_set_events_apart(
        lang: str, text: str, a: str, b: str, own: str, elsewhere: str) -> None:
    doc = analysed(text, lang, (("Novaja Gazeta", "ORG"), ("Novaya Gazeta", "ORG"), ("Deen", "PER")))
    doc = doc.replace(places=(place_at(doc, "p1", own, "KZ"), place_at(doc, "p2", elsewhere, "RU")))
    q1, q2 = by_text(doc, a), by_text(doc, b)
    # the second event names no place of its own: it took the article's Moscow
    told_elsewhere = replace(event("ev-2", "DISPLACE", "displaced", q2, ("p2",)), sentence=3)
    doc = doc.replace(events=(event("ev-1", "DISPLACE", "displaced", q1, ("p1",)), told_elsewhere))
    assert [c.what for c in find_conflicts(doc)] == ["events[ev-1].size.displaced"]


def test_an_article_level_conflict_is_named_after_the_event_it_sizes() -> None:
    text = ("Novaja Gazeta schatte het aantal vluchtelingen op 261.000. Deen zegt: \"Er zijn zo'n 200.000 tot "
            '250.000 mannen gevlucht."')
    doc = analysed(text, "nl", (("Novaja Gazeta", "ORG"), ("Deen", "PER")))
    q2 = by_text(doc, "200.000 tot 250.000")
    doc = doc.replace(events=(event("ev-4", "DISPLACE", "displaced", q2),))
    assert [c.what for c in find_conflicts(doc)] == ["events[ev-4].size.displaced"]


def test_example_article_conflict_is_found(example_docs) -> None:  # type: ignore[no-untyped-def]
    """Example 001: Novaja Gazeta's 261.000 against Deen's 200.000 tot 250.000 who fled."""
    doc = example_docs["001_3acabb01769d4bd9"]
    lows = [{v.low for v in c.values} for c in doc.conflicts]
    assert {261000.0, 200000.0} in lows


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        ("nl", "Volgens de organisatie waren er ruim 2000 mensen op de been, de politie schat het aantal op hooguit "
         "800.", [(2000.0, None), (None, 800.0)]),
        ("en", "Organisers said more than 2,000 people took part, but police put the number at no more than 800.",
         [(2000.0, None), (None, 800.0)]),
        ("nl", "De organisatoren spraken van 10.000 betogers; de politie hield het op 4000.",
         [(10000.0, 10000.0), (4000.0, 4000.0)]),
        ("en", "Organisers said 40,000 people joined the march. Police estimated the crowd at 12,000.",
         [(40000.0, 40000.0), (12000.0, 12000.0)]),
        ("nl", "Volgens de bond liepen zo'n 15.000 mensen mee. De politie schatte het aantal deelnemers op 6000.",
         [(15000.0, 15000.0), (6000.0, 6000.0)]),
        ("en", "The union said 3,000 people gathered in the square. Police put the number at 900.",
         [(3000.0, 3000.0), (900.0, 900.0)]),
    ],
)
def test_crowd_sizes_from_common_noun_sources_conflict(lang: str, text: str,
                                                       values: list[tuple[float | None, float | None]]) -> None:
    doc = analysed(text, lang)
    conflicts = find_conflicts(doc)
    assert len(conflicts) == 1 and conflicts[0].what.startswith("quantities.")
    assert [(v.low, v.high) for v in conflicts[0].values] == values
    assert [v.claimed_by for v in conflicts[0].values] == [None, None]  # the sources are phrases, not entities
    sources = {source_of(doc, q) for q in doc.quantities if q.id in {v.quantity for v in conflicts[0].values}}
    assert len(sources) == 2 and None not in sources


@pytest.mark.parametrize(
    ("lang", "text", "slot"),
    [
        ("nl", "Volgens de organisatie waren er ruim 2000 mensen op de been, de politie schat het aantal op hooguit "
         "800.", "participants"),
        ("en", "Organisers said 5,000 people attended the rally; police put the figure at 1,500.", "participants"),
    ],
)
def test_a_crowd_dispute_is_named_after_the_event_it_sizes(lang: str, text: str, slot: str) -> None:
    doc = analysed(text, lang)
    first = doc.quantities[0]
    doc = doc.replace(events=(event("ev-2", "PROTEST", slot, first),))
    assert [c.what for c in find_conflicts(doc)] == [f"events[ev-2].size.{slot}"]


@pytest.mark.parametrize(
    ("lang", "text", "entities", "values"),
    [
        ("nl", "De vakbond FNV spreekt van 12.000 stakers, de werkgevers houden het op 5000.", (("FNV", "ORG"),),
         [(12000.0, "e1"), (5000.0, None)]),
        ("en", "The TUC union said 12,000 strikers marched, employers put the figure at 5,000.", (("TUC", "ORG"),),
         [(12000.0, "e1"), (5000.0, None)]),
        ("nl", "Volgens de organisatie gingen zo'n 25.000 mensen de straat op. De politie kwam uit op ongeveer 9000.",
         (), [(25000.0, None), (9000.0, None)]),
        ("en", "The number of protesters was estimated at 8,000 by police, though organisers put it at 20,000.", (),
         [(8000.0, None), (20000.0, None)]),
    ],
)
def test_a_named_source_disputed_by_a_common_noun_source(lang: str, text: str, entities: tuple[tuple[str, str], ...],
                                                        values: list[tuple[float, str | None]]) -> None:
    conflicts = find_conflicts(analysed(text, lang, entities))
    assert len(conflicts) == 1
    assert [(v.low, v.claimed_by) for v in conflicts[0].values] == values


@pytest.mark.parametrize(
    ("lang", "text", "days"),
    [
        ("nl", "De politie pakte zaterdag 41 betogers op. Volgens de krant werden dinsdag 60 betogers opgepakt.",
         ("2024-05-04", "2024-05-07")),
        ("en", "Police arrested 41 protesters on Saturday. According to the paper, 60 protesters were arrested on "
         "Tuesday.", ("2024-05-04", "2024-05-07")),
    ],
)
def test_events_told_for_other_days_are_not_the_same_event(lang: str, text: str, days: tuple[str, str]) -> None:
    from dataclasses import replace

    from kroniek.model import When

    doc = analysed(text, lang)
    q1, q2 = doc.quantities[0], doc.quantities[1]
    e1, e2 = (replace(event(f"ev-{k + 1}", "COERCE", "arrested", q), when=When(day, "day", None, "text"))
              for k, (q, day) in enumerate(zip((q1, q2), days, strict=True)))
    doc = doc.replace(events=(e1, e2))
    assert not any(c.what.startswith("events[") for c in find_conflicts(doc))


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        ("nl", "Volgens de politie ging het om hooguit 800 mensen, de organisatie sprak van ruim 2000.",
         [(None, 800.0), (2000.0, None)]),
        ("en", "Organisers claimed 10,000 took part; police said 4,000.", [(10000.0, 10000.0), (4000.0, 4000.0)]),
        ("en", "The march drew at least 50,000 people, organisers said. Police said 18,000 attended.",
         [(50000.0, None), (18000.0, 18000.0)]),
        ("nl", "Aan de mars namen volgens de organisatoren minstens 50.000 mensen deel. De politie telde er 18.000.",
         [(50000.0, None), (18000.0, 18000.0)]),
        ("en", "Police estimated the crowd at 3,000, far below the 10,000 claimed by organisers.",
         [(3000.0, 3000.0), (10000.0, 10000.0)]),
    ],
)
def test_a_figure_without_a_noun_after_a_claim_cue_counts_what_was_counted(
        lang: str, text: str, values: list[tuple[float | None, float | None]]) -> None:
    conflicts = find_conflicts(analysed(text, lang))
    assert len(conflicts) == 1
    assert [(v.low, v.high) for v in conflicts[0].values] == values


@pytest.mark.parametrize(
    ("lang", "text", "lows"),
    [
        ("nl", "Volgens de organisatie waren er ruim 2000 mensen op de been, de politie schat het aantal op hooguit "
         "800.", [2000.0, None]),
        ("en", "Organisers said more than 2,000 people took part, but police put the number at no more than 800.",
         [2000.0, None]),
        ("nl", "De organisatoren spraken van 10.000 betogers; de politie hield het op 4000.", [10000.0, 4000.0]),
        ("en", "Organisers said 40,000 people joined the march. Police estimated the crowd at 12,000.",
         [40000.0, 12000.0]),
    ],
)
def test_crowd_disputes_through_the_whole_pipeline(pipeline: Any, lang: str, text: str,
                                                   lows: list[float | None]) -> None:
    import kroniek

    doc = kroniek.extract(text, language=lang, published="2024-05-04", pipeline=pipeline)
    assert [[v.low for v in c.values] for c in doc.conflicts] == [lows]
    # (the sources are phrases: the claimants stage gives each an entity, which the values name)
    claimants = [v.claimed_by for v in doc.conflicts[0].values]
    assert None not in claimants and len(set(claimants)) == 2


@pytest.mark.parametrize(
    ("text", "language", "sources"),
    [
        ("Volgens de organisatie waren er ruim 2000 mensen op de been, de politie schat het aantal op hooguit 800.",
         "nl", {"de organisatie", "de politie"}),
        ("Organisers said more than 2,000 people took part, but police put the number at no more than 800.",
         "en", {"organisers", "police"}),
    ],
)
def test_conflict_values_name_their_sources(text: str, language: str, sources: set[str]) -> None:
    doc = kroniek.extract(text, published="2021-01-25", language=language)
    assert len(doc.conflicts) == 1
    assert {(v.source or "").lower() for v in doc.conflicts[0].values} == sources


REPEATED = {
    "nl": "Volgens de politie liepen 5000 mensen mee in de optocht.",
    "en": "Police said 5,000 people joined the march.",
}


def _source_computations(doc: Document) -> tuple[tuple[Any, ...], int]:
    """find_conflicts(doc) and how often it worked out the source of a figure (the costly step)."""
    import sys

    calls = 0

    def count(frame: Any, event: str, arg: Any) -> None:
        nonlocal calls
        if event == "call" and frame.f_code.co_name in ("source_of", "_source_of") \
                and frame.f_code.co_filename.endswith("conflicts.py"):
            calls += 1

    sys.setprofile(count)
    try:
        conflicts = find_conflicts(doc)
    finally:
        sys.setprofile(None)
    return conflicts, calls


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_repetitive_text_works_out_each_source_once(lang: str) -> None:
    """The same event sized 40 times by the same source: no conflict, and each figure's source is read once
    (not once per pair of events: a 900 KB repetitive text took over ten minutes)."""
    doc = analysed(" ".join([REPEATED[lang]] * 40), lang)
    assert len(doc.quantities) == 40
    doc = doc.replace(events=tuple(event(f"ev-{k}", "PROTEST", "participants", q)
                                   for k, q in enumerate(doc.quantities, 1)))
    conflicts, calls = _source_computations(doc)
    assert conflicts == ()
    assert calls <= len(doc.quantities)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_repetitive_text_keeps_its_conflict(lang: str) -> None:
    """One rival figure among many repeats is still found, once, with both values."""
    rival = {"nl": "De organisatoren spraken van 20.000 mensen in de optocht.",
             "en": "The organisers said 20,000 people joined the march."}[lang]
    doc = analysed(" ".join([REPEATED[lang]] * 20 + [rival] + [REPEATED[lang]] * 20), lang)
    doc = doc.replace(events=tuple(event(f"ev-{k}", "PROTEST", "participants", q)
                                   for k, q in enumerate(doc.quantities, 1)))
    conflicts, calls = _source_computations(doc)
    assert [c.what for c in conflicts] == ["events[ev-1].size.participants"]
    assert sorted(v.low for v in conflicts[0].values) == [5000, 20000]
    assert calls <= len(doc.quantities)


@pytest.mark.parametrize(
    ("lang", "text", "lows"),
    [
        ("en", "The committee says three protesters were killed; officials confirmed one death.", [3.0, 1.0]),
        ("nl", "Volgens de ombudsman kwamen 2 demonstranten om het leven. De organisatoren spreken van 4 doden.",
         [2.0, 4.0]),
    ],
)
def test_what_befell_the_people_counted_is_what_their_figure_counts(pipeline: Any, lang: str, text: str,
                                                                      lows: list[float]) -> None:
    doc = kroniek.extract(text, language=lang, published="2026-10-15", pipeline=pipeline)
    assert [[v.low for v in c.values] for c in doc.conflicts] == [lows]


@pytest.mark.parametrize(
    ("lang", "text", "sources"),
    [
        ("en", "Authorities have detained at least 40 people, according to police; the committee claims more than 100.",
         ["police", "the committee"]),
        ("nl", "Volgens de politie zijn minstens 40 mensen aangehouden, de actiegroep spreekt van meer dan 100.",
         ["de politie", "de actiegroep"]),
    ],
)
def test_floors_far_apart_from_two_sources_dispute(pipeline: Any, lang: str, text: str, sources: list[str]) -> None:
    doc = kroniek.extract(text, language=lang, published="2026-10-15", pipeline=pipeline)
    assert [[(v.low, v.high, v.source) for v in c.values] for c in doc.conflicts] == \
        [[(40.0, None, sources[0]), (100.0, None, sources[1])]]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Police said four officers were hurt. Organisers said 19 protesters were injured."),
        ("nl", "Volgens de politie raakten vier agenten gewond. Volgens de organisatoren raakten 19 demonstranten "
               "gewond."),
    ],
)
def test_counts_of_different_people_do_not_dispute(pipeline: Any, lang: str, text: str) -> None:
    doc = kroniek.extract(text, language=lang, published="2026-10-15", pipeline=pipeline)
    assert doc.conflicts == ()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "According to the union, 1.3 million people joined the strike; the ministry counted 436,000. The prefect "
               "put the number of marchers in the city at 12,000. The unions counted 30,000."),
        ("nl", "Volgens de vakbond staakten 1,3 miljoen mensen; het ministerie telde er 436.000. De prefect hield het "
               "aantal betogers in de stad op 12.000. De vakbonden telden er 30.000."),
    ],
)
def test_disputes_of_sizes_far_apart_are_two_conflicts(pipeline: Any, lang: str, text: str) -> None:
    doc = kroniek.extract(text, language=lang, published="2026-10-15", pipeline=pipeline)
    assert sorted(sorted(v.low or 0 for v in c.values) for c in doc.conflicts) == \
        [[12000.0, 30000.0], [436000.0, 1300000.0]]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A security source said 23 people were injured, nine of them police officers. A medical source said "
               "the hospital received 41 injured."),
        ("nl", "Volgens de politie raakten 23 mensen gewond, onder wie negen agenten. Het ziekenhuis meldt 41 "
               "gewonden."),
    ],
)
def test_a_part_of_a_count_is_no_rival_count(pipeline: Any, lang: str, text: str) -> None:
    doc = kroniek.extract(text, language=lang, published="2026-10-15", pipeline=pipeline)
    assert [sorted(v.low or 0 for v in c.values) for c in doc.conflicts] == [[23.0, 41.0]]


@pytest.mark.parametrize(
    ("lang", "text", "sources"),
    [
        ("nl", "Het parket meldt drie lichtgewonde agenten, HLN heeft het over vijf.", ["het parket", "HLN"]),
        ("en", "Police reported three injured officers, the union spoke of five.", ["police", "the union"]),
    ],
)
def test_a_written_figure_of_another_voice_has_its_own_source(pipeline: Any, lang: str, text: str,
                                                              sources: list[str]) -> None:
    doc = kroniek.extract(text, language=lang, published="2026-10-15", pipeline=pipeline)
    assert [[(v.low, v.source) for v in c.values] for c in doc.conflicts] == [[(3.0, sources[0]), (5.0, sources[1])]]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "News\n\nAt least nine people were killed in Lomé between 3 and 7 November. The Government has "
               "acknowledged three deaths."),
        ("nl", "Nieuws\n\nTussen 3 en 7 november zijn in Lomé zeker negen mensen gedood. De regering erkent drie "
               "doden."),
    ],
)
def test_the_articles_own_toll_against_a_named_source_is_a_conflict(pipeline: Any, lang: str,
                                                                    text: str) -> None:
    doc = kroniek.extract(text, language=lang, published="2026-11-13", pipeline=pipeline)
    values = [sorted((v.low or 0.0) for v in c.values) for c in doc.conflicts]
    assert values == [[3.0, 9.0]] and [v.source is None for v in doc.conflicts[0].values].count(True) == 1


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "News\n\nAt least nine people were killed in Lomé. Police said the nine included two officers."),
        ("nl", "Nieuws\n\nIn Lomé zijn zeker negen mensen gedood. Onder de doden zijn volgens de politie twee agenten."),
    ],
)
def test_the_articles_own_toll_and_a_part_of_it_do_not_dispute(pipeline: Any, lang: str, text: str) -> None:
    doc = kroniek.extract(text, language=lang, published="2026-11-13", pipeline=pipeline)
    assert doc.conflicts == ()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Nieuws\n\nAgenten hebben zondag drie verdachten aangehouden. Rond 17.40 uur kwamen vier mannen de winkel "
               "binnen. Drie mannen van 19, 24 en 31 jaar werden daar aangehouden."),
        ("en", "News\n\nOfficers arrested three suspects on Sunday. At 5.40 pm four men came into the shop. Three men "
               "aged 19, 24 and 31 years were arrested there."),
    ],
)
def test_a_time_before_the_verb_is_no_source_and_ages_are_no_counts(pipeline: Any, lang: str, text: str) -> None:
    doc = kroniek.extract(text, language=lang, published="2024-11-18", pipeline=pipeline)
    assert doc.conflicts == ()



@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        ("en", "Debate\n\nHelen Marwood (Exeter) (Lab): To ask the Minister to make a statement on the arrests in "
               "Tanzania.\n\nThe Minister of State (Stephen Ashdown): Since Friday, Tanzanian police have arrested 140 "
               "protesters across the country. Amnesty International says 310 people are in detention.\n\n"
               "Helen Marwood: I urge the Minister to suspend budget support to the country.\n",
         [(140.0, "Stephen Ashdown"), (310.0, "international")]),
        ("nl", "Debat\n\nDe heer Jansen (VVD): Voorzitter, ik wil weten wat er in Amhara gebeurt.\n\nMinister Van Dam "
               "(BuZa): De politie heeft sinds vrijdag 140 leraren gearresteerd. Amnesty International meldt dat 310 "
               "mensen in hechtenis zitten.\n\nDe heer Jansen: Ik vraag de minister om de steun op te schorten.\n",
         [(140.0, "Van Dam"), (310.0, "international")]),
    ],
)
def test_a_report_inside_a_record_s_turn_is_the_reporter_s_figure(pipeline: Any, lang: str, text: str,
                                                                   values: list[tuple[float, str]]) -> None:
    doc = kroniek.extract(text, language=lang, published="2026-11-17", pipeline=pipeline)
    found = [[(v.low, v.source) for v in c.values] for c in doc.conflicts]
    assert len(found) == 1 and [low for low, _ in found[0]] == [low for low, _ in values], found
    assert values[1][1] in (found[0][1][1] or "").lower(), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "News\n\nPolice arrested 47 students at the campus on Thursday. The Command has put the number of "
               "those in custody at 19."),
        ("nl", "Nieuws\n\nDe politie arresteerde donderdag 47 studenten op de campus. De korpsleiding hield het "
               "aantal mensen in hechtenis op 19."),
    ],
)
def test_the_articles_own_count_against_a_source_that_names_no_people_is_a_conflict(pipeline: Any, lang: str,
                                                                                     text: str) -> None:
    doc = kroniek.extract(text, language=lang, published="2026-10-10", pipeline=pipeline)
    assert [sorted(v.low or 0.0 for v in c.values) for c in doc.conflicts] == [[19.0, 47.0]], doc.conflicts


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        ("en", "News\n\nPolice arrested 47 students on Thursday. The Command has put the number at 19.", "the command"),
        ("en", "News\n\nPolice arrested 47 students on Thursday. The governor had put the number at 19.", "the governor"),
    ],
)
def test_a_source_s_phrase_leaves_out_its_auxiliary(pipeline: Any, lang: str, text: str, source: str) -> None:
    doc = kroniek.extract(text, language=lang, published="2026-10-10", pipeline=pipeline)
    q = next(q for q in doc.quantities if q.text == "19")
    entity = doc.entity(q.claimed_by or "")
    assert entity is not None and entity.text.lower() == source


@pytest.mark.parametrize(("lang", "text", "slot"), [
    ("en", "News\n\nThe army said four terrorists were neutralised.", "killed"),
    ("nl", "Nieuws\n\nVolgens het leger zijn vier terroristen geneutraliseerd.", "killed"),
    ("nl", "Nieuws\n\nVolgens de politie rijden ongeveer 450 vrachtwagens mee.", "participants"),
    ("en", "News\n\nPolice said about 450 lorries took part.", "participants"),
])
def test_the_slot_a_figure_s_clause_names(lang: str, text: str, slot: str) -> None:
    doc = analysed(text, lang)
    q = next(q for q in doc.quantities if q.low in (4.0, 450.0))
    assert slot_of(doc, q) == slot
