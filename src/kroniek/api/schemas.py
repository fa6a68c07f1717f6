"""Pydantic response models of the REST API (pydantic lives only at this edge).

Field names follow kroniek/1 (SPEC §2) so that the JSON, the database and the API agree.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field


class Span(BaseModel):
    text: str
    start: int
    end: int


class ParticipantOut(BaseModel):
    text: str
    entity: str | None = None
    start: int | None = None
    end: int | None = None


class AcledOut(BaseModel):
    event_type: str
    sub_event_type: str


class WhereOut(BaseModel):
    place: str | None
    text: str


class WhenOut(BaseModel):
    value: str
    precision: str
    time: str | None
    source: str


class SizeOut(BaseModel):
    low: float | None
    high: float | None
    quantity: str | None


class PlaceOut(BaseModel):
    id: str | None = None
    text: str | None = None
    name: str
    geonames_id: int | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float
    lon: float
    precision: str
    start: int | None = None
    end: int | None = None


class DocumentRef(BaseModel):
    id: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = None


class EventOut(BaseModel):
    key: str = Field(description="Globally unique event key: '<document id>:<event id>'.")
    id: str
    document: DocumentRef
    type: str
    mode: str | None
    acled: AcledOut
    trigger: Span
    sentence: int
    evidence: str = Field(default="", description="The text of the evidence sentence.")
    contexts: list[str] = []
    actors: list[ParticipantOut] = []
    targets: list[ParticipantOut] = []
    where: list[WhereOut] = []
    places: list[PlaceOut] = Field(default=[], description="The places of `where`, resolved.")
    when: WhenOut | None = None
    date: str | None = Field(default=None, description="First day the event can be on (YYYY-MM-DD), "
                             "from `when` or else the article's publication date.")
    size: dict[str, SizeOut] = {}
    modality: str
    claimed_by: str | None = None
    claimed_by_text: str | None = None
    confidence: float
    rule: str | None = None


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


class DocumentSummary(BaseModel):
    id: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = None
    events: int = 0


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


class QuoteOut(BaseModel):
    document: DocumentRef
    id: str
    text: str
    start: int
    end: int
    kind: str
    speaker: str | None = None
    speaker_text: str | None = None
    speaker_description: str | None = None
    cue: str | None = None


class QuotePage(Page):
    items: list[QuoteOut]


class ConflictValueOut(BaseModel):
    low: float | None
    high: float | None
    claimed_by: str | None
    claimed_by_text: str | None = None
    quantity: str | None


class ConflictOut(BaseModel):
    document: DocumentRef
    what: str
    values: list[ConflictValueOut]


class ConflictPage(Page):
    items: list[ConflictOut]


class Stats(BaseModel):
    documents: int
    events: int
    places: int = 0
    quotes: int = 0
    conflicts: int = 0
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
