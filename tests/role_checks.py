"""Helpers of the argument tests (tests/events/test_arguments_*.py): documents run through the stages up to the
events stage, without the later actors stage, so the participants are the words the events stage chose."""

from __future__ import annotations

from collections.abc import Iterable

import kroniek
from kroniek.model import Document, Event, Participant
from kroniek.pipeline import Pipeline
from kroniek.stages import DEFAULT_PIPELINE

PUBLISHED = "2024-05-10"
#: the stages up to and including the events stage
EVENTS_STAGES = ("kroniek.language.v1", "kroniek.segment.v1", "kroniek.nlp.v1", "kroniek.timex.v1", "kroniek.geo.v1",
                 "kroniek.quantities.v1", "kroniek.quotes.v1", "kroniek.claims.v1", "kroniek.events.v1")


def events_only_pipeline() -> Pipeline:
    return kroniek.build_pipeline(names=[n for n in DEFAULT_PIPELINE if n in EVENTS_STAGES])


def analyse(pipeline: Pipeline, text: str, lang: str) -> Document:
    return kroniek.extract(text, language=lang, published=PUBLISHED, pipeline=pipeline)


def offsets_exact(doc: Document) -> None:
    for e in doc.events:
        for p in (*e.actors, *e.targets):
            assert p.start is not None and p.end is not None and doc.text[p.start:p.end] == p.text


def _of_type(doc: Document, etype: str) -> list[Event]:
    found = [e for e in doc.events if e.type == etype]
    assert found, f"no {etype} event in {[(e.type, e.trigger.text) for e in doc.events]}"
    return found


def first_event(doc: Document, etype: str) -> Event:
    return _of_type(doc, etype)[0]


def last_event(doc: Document, etype: str) -> Event:
    return _of_type(doc, etype)[-1]


def texts(participants: Iterable[Participant]) -> list[str]:
    return [p.text for p in participants]


def has(participants: Iterable[Participant], word: str) -> bool:
    return any(word.lower() in p.text.lower() for p in participants)


def assert_roles(event: Event, actor: str | None = None, target: str | None = None) -> None:
    """The event's actors hold ``actor`` and its targets ``target`` (each as part of a phrase; None: not asked)."""
    assert (actor is None or has(event.actors, actor)) and (target is None or has(event.targets, target)), shown(event)


def shown(e: Event) -> str:
    return f"actors {texts(e.actors)}, targets {texts(e.targets)}"
