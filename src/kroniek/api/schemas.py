"""Pydantic response models of the REST API (pydantic lives only at this edge).

The models of kroniek/1 items (events, places, quotes, conflicts and what they hold) are made
from the dataclasses of :mod:`kroniek.model` by :func:`from_model`: one pydantic field per
dataclass field, of the field's type, so a field added to the model reaches the API by itself.
The API's own fields (event keys, the document an item is from, resolved names) are added in
the ``api_fields`` of each; the pages, statistics, timeline and map are API shapes of their own.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, Field, create_model

from ..model import Conflict, ConflictValue, Document, Event, Place, Quote, SizeSlot, Trigger
from ..serialize import DOCUMENT_KEYS, FieldShape, shape

#: The document metadata an item is shown with: the kroniek/1 ``document`` object without its text.
_META = tuple(k for k in DOCUMENT_KEYS if k != "text")


def _api_type(f: FieldShape) -> Any:
    tp: Any = from_model(f.base) if f.nested else f.base
    if f.many:
        tp = list[tp]  # type: ignore[valid-type]
    return tp | None if f.optional else tp


@functools.cache
def from_model(cls: type, name: str | None = None, *, exclude: tuple[str, ...] = (),
               only: tuple[str, ...] | None = None, api_fields: tuple[tuple[str, Any, Any], ...] = (),
               types: tuple[tuple[str, Any], ...] = (), first: tuple[str, ...] = ()) -> type[BaseModel]:
    """A pydantic model with the fields of the model dataclass ``cls``.

    ``exclude``/``only`` choose fields, ``types`` replaces a field's type, ``api_fields`` adds
    (name, type, default) fields the API adds, placed after the model's unless named in ``first``.
    """
    replaced = dict(types)
    fields: dict[str, Any] = {}
    for f in shape(cls):
        if f.name in exclude or (only is not None and f.name not in only):
            continue
        tp = replaced[f.name] if f.name in replaced else _api_type(f)
        default: Any = ... if f.required else (list(f.default) if isinstance(f.default, tuple) else f.default)
        fields[f.name] = (tp, default)
    added = {name_: (tp, default) for name_, tp, default in api_fields}
    ordered = {k: added.pop(k) for k in first if k in added}
    return create_model(name or f"{cls.__name__}Out", **ordered, **fields, **added)  # type: ignore[call-overload,no-any-return]


if TYPE_CHECKING:  # the type checker sees plain models; their fields come from the dataclasses below
    Span = BaseModel
    SizeOut = BaseModel
    PlaceOut = BaseModel
    DocumentRef = BaseModel
    EventOut = BaseModel
    QuoteOut = BaseModel
    ConflictValueOut = BaseModel
    ConflictOut = BaseModel
    DocumentSummary = BaseModel
else:
    Span = from_model(Trigger, "Span")
    SizeOut = from_model(SizeSlot, "SizeOut", exclude=("slot",))  # keyed by slot in the event's ``size``
    PlaceOut = from_model(Place)
    DocumentRef = from_model(Document, "DocumentRef", only=_META, types=(("language", str | None),))
    EventOut = from_model(Event, types=(("size", dict[str, SizeOut]),), first=("key", "document"), api_fields=(
        ("key", str, Field(description="Globally unique event key: '<document id>:<event id>'.")),
        ("document", DocumentRef, ...),
        ("evidence", str, Field(default="", description="The text of the evidence sentence.")),
        ("places", list[PlaceOut], Field(default=[], description="The places of `where`, resolved.")),
        ("date", str | None, Field(default=None, description="First day the event can be on (YYYY-MM-DD), "
                                   "from `when` or else the article's publication date.")),
        ("claimed_by_text", str | None, Field(default=None, description="Canonical name of the `claimed_by` "
                                              "entity.")),
        ("actor_ids", list[str | None], Field(default=[], description="The `/actors` id of each actor (null: an "
                                              "unnamed group such as protesters).")),
        ("target_ids", list[str | None], Field(default=[], description="The `/actors` id of each target.")),
    ))
    QuoteOut = from_model(Quote, first=("document",), api_fields=(("document", DocumentRef, ...),))
    ConflictValueOut = from_model(ConflictValue, api_fields=(
        ("claimed_by_text", str | None, Field(default=None, description="Canonical name of the `claimed_by` "
                                              "entity.")),))
    ConflictOut = from_model(Conflict, types=(("values", list[ConflictValueOut]),), first=("document",),
                             api_fields=(("document", DocumentRef, ...),))
    DocumentSummary = from_model(Document, "DocumentSummary", only=_META, types=(("language", str | None),),
                                 api_fields=(("events", int, 0),))


class Highlight(BaseModel):
    kind: Literal["sentence", "trigger", "mention", "actor", "target", "place", "time"]
    start: int
    end: int
    text: str


class EventDetail(EventOut):
    text: str = Field(description="The full article text that the offsets point into.")
    evidence_span: Span = Field(description="The evidence sentence with its offsets.")
    highlights: list[Highlight]


class Page(BaseModel):
    total: int
    limit: int
    offset: int


class EventPage(Page):
    items: list[EventOut]


class DocumentPage(Page):
    items: list[DocumentSummary]


class PlaceSummary(BaseModel):
    name: str
    geonames_id: int | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float
    lon: float
    precision: str
    events: int = 0
    documents: int = 0


class PlacePage(Page):
    items: list[PlaceSummary]


class QuotePage(Page):
    items: list[QuoteOut]


class ConflictPage(Page):
    items: list[ConflictOut]


class Stats(BaseModel):
    documents: int
    events: int
    places: int = 0
    quotes: int = 0
    conflicts: int = 0
    actors: int = Field(default=0, description="Actors across documents (see /actors).")
    events_by_type: dict[str, int] = {}
    events_by_country: dict[str, int] = {}
    first_date: str | None = None
    last_date: str | None = None
    extra: dict[str, Any] = {}


class TimelineBucket(BaseModel):
    period: str = Field(description="First day of the bucket (YYYY-MM-DD).")
    counts: dict[str, int]


class Timeline(BaseModel):
    bucket: Literal["day", "week"]
    types: list[str]
    buckets: list[TimelineBucket]
    undated: int = 0
    truncated: bool = False


class MapFeatureProps(BaseModel):
    key: str
    type: str
    place: str
    date: str | None = None
    title: str | None = None
    trigger: str
    confidence: float


class MapGeometry(BaseModel):
    type: Literal["Point"] = "Point"
    coordinates: list[float]


class MapFeature(BaseModel):
    type: Literal["Feature"] = "Feature"
    geometry: MapGeometry
    properties: MapFeatureProps


class MapCollection(BaseModel):
    type: Literal["FeatureCollection"] = "FeatureCollection"
    features: list[MapFeature]
    truncated: bool = False


class EventTypes(BaseModel):
    types: list[str]
    modalities: list[str]
    actor_types: list[str] = Field(default=[], description="ACLED's actor categories (`actor_type`).")
    sectors: list[str] = Field(default=[], description="PLOVER/CAMEO agent sectors (also `actor_type`).")
    roles: list[str] = Field(default=[], description="Values of `role`.")


class ActorVariant(BaseModel):
    text: str = Field(description="The words the actor was named with (as written in an article).")
    count: int = Field(description="How many event participants were these words.")


class ActorOut(BaseModel):
    id: str = Field(description="Actor id: events naming it are /events?actor_id=<id>.")
    canonical: str = Field(description="The actor's name.")
    type: str | None = Field(default=None, description="ACLED actor category.")
    sector: str | None = Field(default=None, description="PLOVER/CAMEO agent sector.")
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-2 code.")
    events: int = Field(default=0, description="Events it takes part in, as actor or target.")
    documents: int = 0
    as_actor: int = Field(default=0, description="Participant mentions as the actor.")
    as_target: int = Field(default=0, description="Participant mentions as the target.")
    variants: list[ActorVariant] = []


class ActorPage(Page):
    items: list[ActorOut]
