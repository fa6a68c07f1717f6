"""The kroniek/1 data model: typed, frozen dataclasses.

Every item that points into the text carries ``start``/``end`` (Python ``str``
indices into ``Document.text``, end exclusive) and ``text == document.text[start:end]``.
Stages build new documents with :meth:`Document.replace`; nothing here is mutated.

``to_dict``/``from_dict`` translate to and from the public ``kroniek/1`` JSON shape
(SPEC §2; schema in ``../shared/schema``) through :mod:`kroniek.serialize`, the one
serializer. Fields the schema does not name are declared with :func:`extra`: they are
written only when they have a value.
"""

from __future__ import annotations

import bisect
import dataclasses
import hashlib
import json
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA = "kroniek/1"

EntityLabel = Literal["PER", "ORG", "LOC", "MISC"]
PlacePrecision = Literal["point", "city", "admin2", "admin1", "country", "region"]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
Granularity = Literal["day", "week", "month", "quarter", "year", "decade", "century", "none"]
QuoteKind = Literal["direct", "indirect"]
Modality = Literal["asserted", "negated", "possible", "future", "hypothetical"]
WhenPrecision = Literal["day", "week", "month", "year"]
WhenSource = Literal["text", "published"]

EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "DISPLACE",
)
SIZE_SLOTS: tuple[str, ...] = ("participants", "killed", "injured", "arrested", "displaced")
#: ACLED's actor categories, the values of ``Participant.type`` (SPEC §2).
ACTOR_TYPES: tuple[str, ...] = (
    "state forces", "rebel group", "political militia", "identity militia", "rioters", "protesters",
    "civilians", "external/other forces",
)
#: PLOVER/CAMEO agent sectors, the values of ``Participant.sector`` (lower case, one word per CAMEO code).
ACTOR_SECTORS: tuple[str, ...] = (
    "government", "military", "police", "judiciary", "legislature", "intelligence", "opposition", "party",
    "rebels", "militia", "criminals", "media", "business", "civilians", "education", "health", "labour",
    "religion", "refugees", "ngo", "igo", "human rights", "environment", "agriculture", "elites", "development",
    "protesters", "rioters",  # ACLED's, for the nouns CAMEO files under opposition or civilians
)

Json = dict[str, Any]

#: Field metadata key marking a field outside the kroniek/1 contract (see :func:`extra`).
EXTRA = "kroniek1_extra"


def extra(default: Any = None) -> Any:
    """A field outside the kroniek/1 contract: the JSON carries it only when it is not None."""
    return field(default=default, metadata={EXTRA: True})


def document_id(text: str) -> str:
    """The document id: sha256 of its text, lowercase hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- text-level items
@dataclass(frozen=True, slots=True)
class Sentence:
    i: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Token:
    """One token of the linguistic analysis (not part of the kroniek/1 JSON).

    ``head`` is the document-level index of the syntactic head (itself for a root),
    ``sentence`` the index of the sentence the token is in.
    """

    i: int
    start: int
    end: int
    text: str
    lemma: str
    pos: str
    tag: str
    morph: str
    dep: str
    head: int
    sentence: int
    ent: str = "O"  # IOB + label from NER, e.g. "B-PER"

    def feature(self, name: str) -> str | None:
        """One morphological feature value (``Tense`` -> ``Past``), or None."""
        for part in self.morph.split("|"):
            key, _, value = part.partition("=")
            if key == name:
                return value
        return None


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    text: str
    start: int
    end: int
    label: EntityLabel
    canonical: str
    wikidata: str | None = None


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    text: str
    start: int
    end: int
    name: str
    geonames_id: int | None
    feature_code: str | None
    country: str | None
    admin1: str | None
    lat: float
    lon: float
    precision: PlacePrecision
    score: float
    entity: str | None = extra()  # id of the LOC entity this place was read from, if any


@dataclass(frozen=True, slots=True)
class TimeExpr:
    id: str
    text: str
    start: int
    end: int
    type: TimeType
    value: str
    granularity: Granularity
    anchor: str  # "published", "none" or the id of another time
    approximate: bool = False


@dataclass(frozen=True, slots=True)
class Quantity:
    id: str
    text: str
    start: int
    end: int
    low: float | None
    high: float | None
    approximate: bool
    unit: str | None
    counted: str | None
    counted_lemma: str | None
    claimed_by: str | None = None
    counted_start: int | None = extra()  # offsets of ``counted`` when it is in the text
    counted_end: int | None = extra()
    #: Who claims the number as the text names it ("de politie"), also when that is no entity.
    claimed_by_text: str | None = extra()


@dataclass(frozen=True, slots=True)
class Quote:
    id: str
    text: str
    start: int
    end: int
    kind: QuoteKind
    speaker: str | None
    speaker_text: str | None
    speaker_description: str | None
    cue: str | None
    speaker_start: int | None = extra()
    speaker_end: int | None = extra()
    cue_start: int | None = extra()
    cue_end: int | None = extra()


# --------------------------------------------------------------------------- events
@dataclass(frozen=True, slots=True)
class Acled:
    event_type: str
    sub_event_type: str


@dataclass(frozen=True, slots=True)
class Trigger:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Participant:
    """An actor or target of an event: the words of the text and, when known, who they refer to.

    ``text``/``start``/``end`` are the words in the event's sentence ("hij", "de Russische politie");
    ``entity`` the entity they refer to (also through a pronoun or description); ``canonical`` the
    full name as the document establishes it ("Vladimir Poetin" for "Poetin", "hij", "de president");
    ``type`` one of :data:`ACTOR_TYPES` (ACLED's categories); ``sector`` the PLOVER/CAMEO agent sector
    (``police``, ``military``, ``government`` ...); ``country`` ISO 3166-1 alpha-2 when the text gives it.
    """

    text: str
    entity: str | None = extra()  # written as null when unlinked (the schema requires it), after the offsets
    start: int | None = extra()
    end: int | None = extra()
    canonical: str | None = extra()
    type: str | None = extra()
    sector: str | None = extra()
    country: str | None = extra()


@dataclass(frozen=True, slots=True)
class Where:
    place: str | None
    text: str


@dataclass(frozen=True, slots=True)
class When:
    value: str
    precision: WhenPrecision
    time: str | None
    source: WhenSource


@dataclass(frozen=True, slots=True)
class SizeSlot:
    slot: str  # participants | killed | injured | arrested | displaced
    low: float | None
    high: float | None
    quantity: str | None


@dataclass(frozen=True, slots=True)
class Mention:
    sentence: int
    trigger: Trigger


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    type: str
    mode: str | None
    acled: Acled
    trigger: Trigger
    sentence: int
    contexts: tuple[str, ...] = ()
    actors: tuple[Participant, ...] = ()
    targets: tuple[Participant, ...] = ()
    where: tuple[Where, ...] = ()
    when: When | None = None
    size: tuple[SizeSlot, ...] = ()
    modality: Modality = "asserted"
    claimed_by: str | None = None
    confidence: float = 0.5
    mentions: tuple[Mention, ...] = ()
    rule: str | None = extra()  # the rule or model that fired (shown by `kroniek explain`)

    def size_of(self, slot: str) -> SizeSlot | None:
        return next((s for s in self.size if s.slot == slot), None)


@dataclass(frozen=True, slots=True)
class ConflictValue:
    low: float | None
    high: float | None
    claimed_by: str | None
    quantity: str | None
    #: Who gives this value as the text names it ("de politie", "Novaja Gazeta"), also when the
    #: source is not a named entity and ``claimed_by`` is therefore null.
    source: str | None = extra()


@dataclass(frozen=True, slots=True)
class Conflict:
    what: str
    values: tuple[ConflictValue, ...]


# --------------------------------------------------------------------------- the document
@dataclass(frozen=True, slots=True)
class Document:
    text: str
    language: str = ""
    id: str = ""
    url: str | None = None
    source: str | None = None
    title: str | None = None
    published: str | None = None
    sentences: tuple[Sentence, ...] = ()
    tokens: tuple[Token, ...] = ()
    entities: tuple[Entity, ...] = ()
    places: tuple[Place, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    #: Paragraph spans (start, end) found by the segmenter; not part of the JSON contract.
    paragraphs: tuple[tuple[int, int], ...] = ()

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", document_id(self.text))

    def replace(self, **changes: Any) -> Document:
        """A copy with ``changes`` applied (stages use this to assign their output)."""
        return dataclasses.replace(self, **changes)

    # -- lookups stages share
    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing character ``offset`` (binary search; the index is cached)."""
        sentences = self.sentences
        k = bisect.bisect_right(_sentence_starts(sentences), offset) - 1
        if k >= 0 and sentences[k].start <= offset < sentences[k].end:
            return sentences[k]
        return None

    def sentence_tokens(self, i: int) -> tuple[Token, ...]:
        return tuple(t for t in self.tokens if t.sentence == i)

    def entity(self, entity_id: str | None) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None) if entity_id else None

    def span_text(self, start: int, end: int) -> str:
        return self.text[start:end]

    # -- JSON (kroniek.serialize is the one serializer)
    def to_dict(self, *, tokens: bool = False) -> Json:
        """The kroniek/1 JSON object (``tokens=True`` adds the token analysis)."""
        from .serialize import document_to_dict

        return document_to_dict(self, tokens=tokens)

    def to_json(self, *, indent: int | None = None, tokens: bool = False) -> str:
        return json.dumps(self.to_dict(tokens=tokens), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Document:
        """Read a kroniek/1 JSON object back (the inverse of :meth:`to_dict`)."""
        from .serialize import document_from_dict

        return document_from_dict(data)

    @classmethod
    def from_json(cls, text: str) -> Document:
        return cls.from_dict(json.loads(text))


# Sentence start offsets of the most recently used sentence tuples, for Document.sentence_at.
# Keyed by id() and checked by identity; a lock keeps threads (Dask workers) from mixing documents.
_STARTS: dict[int, tuple[tuple[Sentence, ...], list[int]]] = {}
_STARTS_LOCK = threading.Lock()


def _sentence_starts(sentences: tuple[Sentence, ...]) -> list[int]:
    with _STARTS_LOCK:
        hit = _STARTS.get(id(sentences))
        if hit is not None and hit[0] is sentences:
            return hit[1]
        if len(_STARTS) >= 64:
            _STARTS.clear()
        starts = [s.start for s in sentences]
        _STARTS[id(sentences)] = (sentences, starts)
        return starts


def spans_of(doc: Document) -> list[tuple[str, int, int, str]]:
    """Every (kind, start, end, text) of ``doc`` that claims to quote the text.

    Used by tests and by ``kroniek extract --check`` to prove the evidence offsets.
    """
    out: list[tuple[str, int, int, str]] = []
    for kind, items in (("entity", doc.entities), ("place", doc.places), ("time", doc.times),
                        ("quantity", doc.quantities), ("quote", doc.quotes), ("token", doc.tokens)):
        for it in items:
            out.append((kind, it.start, it.end, it.text))  # type: ignore[attr-defined]
    for q in doc.quotes:
        if q.speaker_start is not None and q.speaker_end is not None and q.speaker_text is not None:
            out.append(("quote.speaker", q.speaker_start, q.speaker_end, q.speaker_text))
    for qn in doc.quantities:
        if qn.counted_start is not None and qn.counted_end is not None and qn.counted is not None:
            out.append(("quantity.counted", qn.counted_start, qn.counted_end, qn.counted))
    for ev in doc.events:
        out.append(("event.trigger", ev.trigger.start, ev.trigger.end, ev.trigger.text))
        for m in ev.mentions:
            out.append(("event.mention", m.trigger.start, m.trigger.end, m.trigger.text))
        for p in (*ev.actors, *ev.targets):
            if p.start is not None and p.end is not None:
                out.append(("event.participant", p.start, p.end, p.text))
    return out


__all__ = [
    "SCHEMA", "EVENT_TYPES", "SIZE_SLOTS", "ACTOR_TYPES", "ACTOR_SECTORS", "Document", "Sentence", "Token", "Entity", "Place", "TimeExpr",
    "Quantity", "Quote", "Event", "Acled", "Trigger", "Participant", "Where", "When", "SizeSlot", "Mention",
    "Conflict", "ConflictValue", "document_id", "spans_of", "field", "extra", "EXTRA",
]
