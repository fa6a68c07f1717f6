"""The kroniek/1 data model: typed, frozen dataclasses.

Every item that points into the text carries ``start``/``end`` (Python ``str``
indices into ``Document.text``, end exclusive) and ``text == document.text[start:end]``.
Stages build new documents with :meth:`Document.replace`; nothing here is mutated.

``to_json``/``from_json`` translate to and from the public ``kroniek/1`` JSON shape
(SPEC §2; schema in ``../shared/schema``). Extra fields that the schema does not
name (token lists, rule names) are allowed by it and written only where useful.
"""

from __future__ import annotations

import bisect
import dataclasses
import hashlib
import json
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

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

Json = dict[str, Any]
T = TypeVar("T")


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
    entity: str | None = None  # id of the LOC entity this place was read from, if any


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
    counted_start: int | None = None  # offsets of ``counted`` when it is in the text
    counted_end: int | None = None


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
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None


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
    text: str
    entity: str | None = None
    start: int | None = None
    end: int | None = None


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
    rule: str | None = None  # the rule or model that fired (shown by `kroniek explain`)

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
    source: str | None = None


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

    # -- JSON
    def to_dict(self, *, tokens: bool = False) -> Json:
        """The kroniek/1 JSON object (``tokens=True`` adds the token analysis)."""
        out: Json = {
            "schema": SCHEMA,
            "document": {
                "id": self.id, "url": self.url, "source": self.source, "title": self.title,
                "published": self.published, "language": self.language, "text": self.text,
            },
            "sentences": [_plain(s) for s in self.sentences],
            "entities": [_plain(e) for e in self.entities],
            "places": [_plain(p) for p in self.places],
            "times": [_plain(t) for t in self.times],
            "quantities": [_plain(q) for q in self.quantities],
            "quotes": [_plain(q) for q in self.quotes],
            "events": [_event_json(e) for e in self.events],
            "conflicts": [_plain(c) for c in self.conflicts],
        }
        if tokens:
            out["tokens"] = [_plain(t) for t in self.tokens]
        return out

    def to_json(self, *, indent: int | None = None, tokens: bool = False) -> str:
        return json.dumps(self.to_dict(tokens=tokens), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Document:
        """Read a kroniek/1 JSON object back (the inverse of :meth:`to_dict`)."""
        d = data["document"]
        return cls(
            text=d["text"], language=d.get("language") or "", id=d.get("id") or "",
            url=d.get("url"), source=d.get("source"), title=d.get("title"), published=d.get("published"),
            sentences=tuple(_build(Sentence, s) for s in data.get("sentences", ())),
            tokens=tuple(_build(Token, t) for t in data.get("tokens", ())),
            entities=tuple(_build(Entity, e) for e in data.get("entities", ())),
            places=tuple(_build(Place, p) for p in data.get("places", ())),
            times=tuple(_build(TimeExpr, t) for t in data.get("times", ())),
            quantities=tuple(_build(Quantity, q) for q in data.get("quantities", ())),
            quotes=tuple(_build(Quote, q) for q in data.get("quotes", ())),
            events=tuple(_event_from(e) for e in data.get("events", ())),
            conflicts=tuple(
                Conflict(what=c["what"], values=tuple(_build(ConflictValue, v) for v in c["values"]))
                for c in data.get("conflicts", ())
            ),
        )

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


# --------------------------------------------------------------------------- JSON helpers
def _plain(obj: Any) -> Any:
    """Dataclasses to dicts, tuples to lists; None-valued optional extras are dropped."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        out = {}
        for f in dataclasses.fields(obj):
            value = getattr(obj, f.name)
            if value is None and f.name in _OPTIONAL_EXTRAS:
                continue
            out[f.name] = _plain(value)
        return out
    if isinstance(obj, (tuple, list)):
        return [_plain(x) for x in obj]
    return obj


# Fields outside the kroniek/1 contract: written only when they have a value.
_OPTIONAL_EXTRAS = frozenset(
    {"entity", "counted_start", "counted_end", "speaker_start", "speaker_end", "cue_start", "cue_end",
     "start", "end", "rule", "source"}
)


def _event_json(e: Event) -> Json:
    out: Json = {
        "id": e.id, "type": e.type, "mode": e.mode, "contexts": list(e.contexts), "acled": _plain(e.acled),
        "trigger": _plain(e.trigger), "sentence": e.sentence,
        "actors": [_plain(a) for a in e.actors], "targets": [_plain(t) for t in e.targets],
        "where": [_plain(w) for w in e.where], "when": _plain(e.when) if e.when else None,
        "size": {s.slot: {"low": s.low, "high": s.high, "quantity": s.quantity} for s in e.size},
        "modality": e.modality, "claimed_by": e.claimed_by, "confidence": e.confidence,
    }
    if e.mentions:
        out["mentions"] = [_plain(m) for m in e.mentions]
    if e.rule:
        out["rule"] = e.rule
    # Participants need "entity" even when null (schema: required).
    for key in ("actors", "targets"):
        for p in out[key]:
            p.setdefault("entity", None)
    return out


def _build(cls: type[T], data: Mapping[str, Any]) -> T:
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    return cls(**{k: v for k, v in data.items() if k in names})


def _event_from(e: Mapping[str, Any]) -> Event:
    trigger = _build(Trigger, e["trigger"])
    return Event(
        id=e["id"], type=e["type"], mode=e.get("mode"), acled=_build(Acled, e["acled"]), trigger=trigger,
        sentence=e["sentence"], contexts=tuple(e.get("contexts", ())),
        actors=tuple(_build(Participant, a) for a in e.get("actors", ())),
        targets=tuple(_build(Participant, t) for t in e.get("targets", ())),
        where=tuple(_build(Where, w) for w in e.get("where", ())),
        when=_build(When, e["when"]) if e.get("when") else None,
        size=tuple(SizeSlot(slot=k, low=v.get("low"), high=v.get("high"), quantity=v.get("quantity"))
                   for k, v in (e.get("size") or {}).items()),
        modality=e.get("modality", "asserted"), claimed_by=e.get("claimed_by"),
        confidence=e.get("confidence", 0.5),
        mentions=tuple(Mention(sentence=m["sentence"], trigger=_build(Trigger, m["trigger"]))
                       for m in e.get("mentions", ())),
        rule=e.get("rule"),
    )


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
    "SCHEMA", "EVENT_TYPES", "SIZE_SLOTS", "Document", "Sentence", "Token", "Entity", "Place", "TimeExpr",
    "Quantity", "Quote", "Event", "Acled", "Trigger", "Participant", "Where", "When", "SizeSlot", "Mention",
    "Conflict", "ConflictValue", "document_id", "spans_of", "field",
]
