"""Places: toponyms recognized and resolved against the shipped gazetteer (``kroniek.geo.v1``).

Recognition (:mod:`.recognize`) matches gazetteer names in the text and uses NER entities when
the nlp stage provides them; resolution (:mod:`.resolve`) picks each mention's location from its
candidates by kind, population and the article's context; a location the tagger finds and the text
marks as a place but the gazetteer lacks (:mod:`.unlisted`: "in Parotani", "Amsterdam-Noord") is
placed in the town, region or country the article supports. The gazetteer (:mod:`.gazetteer`) is
compiled by :mod:`.build` (``kroniek gazetteer build``) and loaded once per process through
``services.get("gazetteer", ...)``; the ``gazetteer`` setting names another compiled file.

Output (``doc.places``, ids ``p1..`` in text order): GeoNames id (null for curated regions and
features, and for unlisted places, whose name is the text as written), English name, feature code,
country (ISO alpha-2; null for multi-country regions), admin1 name (null for countries and regions), lat/lon, precision (point, city, admin1, country,
region) and a 0..1 score. Country points are the centroids of Natural Earth country polygons.

Event places (rule for the events stage, which reads ``doc.places``): an event's ``where`` is the
places in the event's clause; else the places in its sentence; else the article's focus location,
which is the most-mentioned place of the finest precision that the article's countries agree on
(e.g. "Basjkortostan" in an article about Basjkortostan and Russia), else its most-mentioned country.
"""

from __future__ import annotations

import dataclasses

from ..model import Document
from ..registry import Services, Stage, StageSpec
from ..settings import Settings
from .gazetteer import Gazetteer, load_gazetteer
from .recognize import find_mentions
from .resolve import resolve
from .unlisted import unlisted_places


def places_of(doc: Document, gazetteer: Gazetteer) -> Document:
    """``doc`` with its places assigned."""
    mentions = find_mentions(doc, gazetteer)
    places = resolve(doc, mentions, gazetteer)
    extra = unlisted_places(doc, mentions, places, gazetteer)
    if extra:
        ordered = sorted([*places, *extra], key=lambda p: p.start)
        places = [dataclasses.replace(p, id=f"p{n}") for n, p in enumerate(ordered, 1)]
    return doc.replace(places=tuple(places))


def make_stage(settings: Settings, services: Services) -> Stage:
    path = settings.get("gazetteer") or None
    key = f"gazetteer:{path}" if path else "gazetteer"  # the shipped one is shared as "gazetteer"
    gazetteer = services.get(key, lambda: load_gazetteer(path))

    def stage(doc: Document) -> Document:
        return places_of(doc, gazetteer)

    return stage


STAGE = StageSpec(
    name="kroniek.geo.v1",
    factory=make_stage,
    requires=("sentences", "tokens", "entities"),
    assigns=("places",),
    help="Toponyms resolved against the shipped gazetteer.",
)

__all__ = ["STAGE", "Gazetteer", "load_gazetteer", "places_of"]
