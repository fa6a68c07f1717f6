"""Merging repeated mentions in a long text: the earlier event of the same type and word family is found
among many events of other types and families."""

from __future__ import annotations

import pytest

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
