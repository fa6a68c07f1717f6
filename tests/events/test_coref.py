"""Merging repeated mentions in a long text: the earlier event of the same type and word family is found
among many events of other types and families."""

from __future__ import annotations

import pytest

import kroniek
from kroniek.events.coref import merge
from kroniek.model import Acled, Event, Trigger

# (type, lemma): many events, one of each family per type, told first and then all told again as known
KINDS = [(t, lemma) for t in ("PROTEST", "ATTACK", "ARREST", "COERCE")
         for lemma in ("protest", "attack", "arrest", "ban", "strike", "march", "raid", "block")]


def event(n: int, etype: str, lemma: str) -> Event:
    return Event(id=f"x{n}", type=etype, mode=None, acled=Acled("", ""), trigger=Trigger(lemma, n, n + 1),
                 sentence=n)


@pytest.mark.parametrize("kind", ["anaphoric", "bare"])
def test_each_repeated_mention_joins_the_first_event_of_its_type_and_family(kind: str) -> None:
    events = [event(n, t, lemma) for n, (t, lemma) in enumerate(KINDS + KINDS)]
    n = len(events)
    repeated = [k >= len(KINDS) for k in range(n)]
    merged = merge(events, [e.trigger.text for e in events], [False] * n, [False] * n,
                   anaphoric=repeated if kind == "anaphoric" else [False] * n, headline=[False] * n,
                   bare=repeated if kind == "bare" else [False] * n)
    assert [(e.type, e.trigger.text) for e in merged] == KINDS
    assert [[m.sentence for m in e.mentions] for e in merged] == [[k + len(KINDS)] for k in range(len(KINDS))]


def test_a_definite_mention_of_another_family_joins_the_latest_event_of_its_type() -> None:
    events = [event(0, "PROTEST", "march"), event(1, "ATTACK", "raid"), event(2, "PROTEST", "strike"),
              event(3, "ATTACK", "attack"), event(4, "PROTEST", "protest")]
    merged = merge(events, [e.trigger.text for e in events], [False] * 5, [False] * 5,
                   anaphoric=[False, False, False, False, True], headline=[False] * 5)
    assert [(e.trigger.text, [m.sentence for m in e.mentions]) for e in merged] == \
        [("march", []), ("raid", []), ("strike", [4]), ("attack", [])]


def test_a_headline_joins_the_first_body_event_of_its_type() -> None:
    events = [event(0, "ATTACK", "raid"), event(1, "PROTEST", "protest"), event(2, "ARREST", "arrest"),
              event(3, "PROTEST", "march"), event(4, "ATTACK", "attack")]
    merged = merge(events, [e.trigger.text for e in events], [False] * 5, [False] * 5, anaphoric=[False] * 5,
                   headline=[True, True, False, False, False])
    assert [(e.trigger.text, [m.sentence for m in e.mentions]) for e in merged] == \
        [("raid", [4]), ("protest", [3]), ("arrest", [])]


# --------------------------------------------------------------------------- whole texts (issue 16)
QUOTE_REPEATS = [
    ("nl", "Honderden supporters opgepakt na derby\n\nNa de derby zijn zondagavond in Rotterdam 312 supporters "
           "aangehouden. Een politiewoordvoerder: \"Er zijn ruim driehonderd mensen opgepakt.\""),
    ("en", "Hundreds of fans arrested after derby\n\nAfter the derby 312 supporters were arrested in Rotterdam on "
           "Sunday evening. A police spokesman said: \"More than three hundred people were arrested.\""),
]


@pytest.mark.parametrize(("lang", "text"), QUOTE_REPEATS)
def test_a_quote_that_repeats_an_event_is_one_event_with_the_exact_count(pipeline, lang, text):  # type: ignore[no-untyped-def]
    import kroniek

    doc = kroniek.extract(text, language=lang, published="2024-04-22", pipeline=pipeline)
    arrests = [e for e in doc.events if e.type == "COERCE"]
    assert [(len(e.mentions), [(s.slot, s.low, s.high) for s in e.size]) for e in arrests] == \
        [(2, [("arrested", 312, 312)])]


KEPT_APART = [
    ("nl", "Veiligheidstroepen namen donderdag een wapenopslag in beslag in Afgooye. "
           "De politie maakte vrijdag de aanhouding van vier verdachten bekend.", 2),
    ("en", "Security forces seized an arms cache in Afgooye on Thursday. "
           "Police announced the arrest of four suspects on Friday.", 2),
    ("en", "On Saturday police in Bristol arrested 14 climate activists. "
           "If the bill passes, some of them may be detained before they reach Whitehall.", 2),
    ("nl", "Zaterdag heeft de politie in Bristol veertien klimaatactivisten aangehouden. "
           "Als de wet erdoor komt, kunnen sommigen van hen worden opgepakt.", 2),
]


@pytest.mark.parametrize(("lang", "text", "n"), KEPT_APART)
def test_another_act_or_a_possible_one_is_not_merged(pipeline, lang, text, n):  # type: ignore[no-untyped-def]
    import kroniek

    doc = kroniek.extract(text, language=lang, published="2024-11-15", pipeline=pipeline)
    assert len([e for e in doc.events if e.type == "COERCE"]) == n


OFFENCES = [
    ("en", "Daniel Hughes stabbed a doorman outside a nightclub in Bristol in March. Hughes admitted wounding with "
           "intent."),
    ("nl", "Daniel H. stak in maart een portier neer bij een nachtclub in Bristol. H. bekende de mishandeling."),
]


@pytest.mark.parametrize(("lang", "text"), OFFENCES)
def test_the_offence_a_defendant_admits_is_the_act_told_before(pipeline, lang, text):  # type: ignore[no-untyped-def]
    import kroniek

    doc = kroniek.extract(text, language=lang, published="2025-05-14", pipeline=pipeline)
    assert [(e.type, len(e.mentions)) for e in doc.events if e.type == "ASSAULT"] == [("ASSAULT", 1)]


def test_the_same_kind_of_act_done_to_someone_known_tells_the_event_before(pipeline):  # type: ignore[no-untyped-def]
    """"na een mishandeling ... werd het slachtoffer tegen de grond geslagen": the mode (beat) and a definite
    patient make it one happening; a quote's "bleven maar schoppen" ("maar" an adverb there) repeats it."""
    text = ("DEVENTER - De politie heeft drie jongeren aangehouden na een mishandeling in de binnenstad. Volgens "
            "getuigen werd het slachtoffer na een woordenwisseling tegen de grond geslagen. Een omstander: 'Ze "
            "bleven maar schoppen, ook toen hij al op de grond lag.'")
    doc = kroniek.extract(text, language="nl", published="2024-05-01", pipeline=pipeline)
    assert [e.type for e in doc.events if e.type == "ASSAULT"] == ["ASSAULT"], [(e.type, e.trigger.text) for e in doc.events]
