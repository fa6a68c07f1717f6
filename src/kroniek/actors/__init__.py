"""Who each event participant is (SPEC §2 participant fields): the stage ``kroniek.actors.v1``.

For every actor and target of every event, after ``kroniek.events.v1``:

1. reference within the document (:mod:`kroniek.reference`, the floor): a pronoun, a definite
   description, a name variant or genitive is linked to the entity it refers to (``entity``) and the
   fullest name the document gives it (``canonical``); the words and offsets stay as written, except that
   a pronoun for an unnamed group ("the junta ... it attacked") gives the words that name the group, as an
   agent named in an earlier sentence does (a bare "it" tells a reader of a table nothing);
2. typing (:mod:`.typing` over the language's tables, :mod:`.tables`): ACLED category (``type``),
   PLOVER/CAMEO sector (``sector``, :data:`kroniek.model.ACTOR_SECTORS`) and ``country`` (ISO alpha-2)
   from named actors (the Phoenix dictionaries, built by :mod:`.build`, and each language's own forms;
   the role on the document's date), head nouns, country adjectives and the places of the phrase.

What the document does not say stays None. Language facts are data (``actors_*`` in
``kroniek/lang/<code>/data``); the stage does no I/O after its tables are read once per language.
"""

from __future__ import annotations

from ..model import Document
from ..registry import Services, StageSpec
from ..settings import Settings
from .stage import type_events


def make_stage(settings: Settings, services: Services):  # type: ignore[no-untyped-def]
    def stage(doc: Document) -> Document:
        return type_events(doc)

    return stage


STAGE = StageSpec(
    name="kroniek.actors.v1",
    factory=make_stage,
    requires=("tokens", "entities", "places", "events"),
    assigns=("events",),
    help="Event actors and targets resolved within the document (pronouns, descriptions, names) and typed "
         "(ACLED category, sector, country).",
)
