"""Toponyms resolved against the shipped gazetteer.

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
    name="kroniek.geo.v1",
    factory=make_stage,
    requires=("sentences", "tokens", "entities"),
    assigns=("places",),
    help="Toponyms resolved against the shipped gazetteer.",
)
