"""PLOVER events with actors, targets, place, date, size and modality.

Placeholder: assigns nothing yet (an empty result); replaced by the real component.
"""

from __future__ import annotations

from ..model import Document
from ..registry import Services, StageSpec
from ..settings import Settings


def make_stage(settings: Settings, services: Services):  # type: ignore[no-untyped-def]
    def stage(doc: Document) -> Document:
        return doc

    return stage


STAGE = StageSpec(
    name="kroniek.events.v1",
    factory=make_stage,
    requires=("sentences", "tokens", "entities", "places", "times", "quantities", "quotes"),
    assigns=("events",),
    help="PLOVER events with actors, targets, place, date, size and modality.",
)
