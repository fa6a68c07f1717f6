"""What the store writes and what it hands out.

:func:`document_rows` turns a document into the rows of every table (the item columns are the
model's fields, :func:`kroniek.serialize.record`); the frozen dataclasses below are the rows the
:class:`~kroniek.store.Store` queries return, each with a JSON-ready ``to_dict`` in the kroniek/1 shape.
"""

from __future__ import annotations

import dataclasses
import re
import time
from dataclasses import dataclass
from typing import Any

from ..model import Conflict, Document, Event, Place, Quote
from ..serialize import DOCUMENT_KEYS, event_to_dict, record, to_plain
from .actors import actor_rows, participant_fields
from .filters import date_range

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


# --------------------------------------------------------------------------- rows handed out
@dataclass(frozen=True, slots=True)
class EventRow:
    """One stored event with what a list, map or export needs beside it."""

    key: str  # f"{doc_id}:{event.id}", unique in the store
    doc_id: str
    event: Event
    title: str | None
    published: str | None
    url: str | None
    source: str | None
    language: str
    sentence_text: str  # the evidence sentence
    sentence_start: int  # its offsets in the document text
    sentence_end: int
    places: tuple[Place, ...]  # the resolved places of event.where, in order
    date_start: str | None  # first and last day event.when can mean (YYYY-MM-DD)
    date_end: str | None
    added: float  # unix time the document was stored
    actor_names: tuple[str, ...] = ()  # canonical entity name of each actor (its text when unlinked)
    target_names: tuple[str, ...] = ()
    claimed_by_name: str | None = None  # canonical name of the entity that claims the event
    actor_ids: tuple[str | None, ...] = ()  # the actor table's id of each actor (None: an unnamed group)
    target_ids: tuple[str | None, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: the kroniek/1 event, its document, sentence and places."""
        return {
            "key": self.key,
            "document": {"id": self.doc_id, "title": self.title, "published": self.published, "url": self.url,
                         "source": self.source, "language": self.language},
            "event": event_to_dict(self.event),
            "sentence": {"i": self.event.sentence, "start": self.sentence_start, "end": self.sentence_end,
                         "text": self.sentence_text},
            "places": [to_plain(p) for p in self.places],
            "date_start": self.date_start,
            "date_end": self.date_end,
            "actor_names": list(self.actor_names),
            "target_names": list(self.target_names),
            "claimed_by_name": self.claimed_by_name,
            "actor_ids": list(self.actor_ids),
            "target_ids": list(self.target_ids),
        }


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """A stored document without its analysis (for lists)."""

    id: str
    name: str | None
    url: str | None
    source: str | None
    title: str | None
    published: str | None
    language: str
    n_events: int
    chars: int
    added: float

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True, slots=True)
class PlaceInfo:
    """A place (GeoNames id, or name when unresolved) with how often it occurs."""

    name: str
    geonames_id: int | None
    country: str | None
    admin1: str | None
    lat: float
    lon: float
    precision: str
    n_events: int
    n_documents: int

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True, slots=True)
class QuoteRow:
    doc_id: str
    title: str | None
    published: str | None
    url: str | None
    quote: Quote
    speaker_canonical: str | None
    source: str | None = None  # the article's source and language
    language: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "title": self.title, "published": self.published, "url": self.url,
                "source": self.source, "language": self.language,
                "quote": to_plain(self.quote), "speaker_canonical": self.speaker_canonical}


@dataclass(frozen=True, slots=True)
class ConflictRow:
    doc_id: str
    title: str | None
    published: str | None
    conflict: Conflict
    claimed_by_names: tuple[str | None, ...] = ()  # canonical name of each value's claimed_by entity
    url: str | None = None  # the article's URL, source and language
    source: str | None = None
    language: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "title": self.title, "published": self.published, "url": self.url,
                "source": self.source, "language": self.language,
                "conflict": to_plain(self.conflict), "claimed_by_names": list(self.claimed_by_names)}


@dataclass(frozen=True, slots=True)
class MapPoint:
    """One (event, resolved place) pair for the map."""

    doc_id: str
    event_id: str
    type: str
    trigger: str
    confidence: float
    date_start: str | None
    title: str | None
    published: str | None
    place: str  # the place's name
    lat: float | None
    lon: float | None


# --------------------------------------------------------------------------- rows written
def _canonical(doc: Document, entity: str | None) -> str | None:
    ent = doc.entity(entity)
    return ent.canonical if ent else None


def document_rows(doc: Document, name: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """The rows of every table for ``doc`` (keyed by table name); item columns are the model's fields."""
    published_date = doc.published[:10] if doc.published and _ISO_DAY.match(doc.published) else None
    rows: dict[str, list[dict[str, Any]]] = {
        "documents": [{**{k: getattr(doc, k) for k in DOCUMENT_KEYS}, "language": doc.language or "", "name": name,
                       "published_date": published_date, "n_events": len(doc.events), "added": time.time()}],
        "sentences": [{"doc_id": doc.id, **record(s)} for s in doc.sentences],
    }
    for key in ("entities", "places", "times", "quantities"):
        rows[key] = [{"doc_id": doc.id, "n": n, **record(it)} for n, it in enumerate(getattr(doc, key))]
    rows["quotes"] = [{"doc_id": doc.id, "n": n, **record(q), "speaker_canonical": _canonical(doc, q.speaker)}
                      for n, q in enumerate(doc.quotes)]
    rows["conflicts"] = [{"doc_id": doc.id, "n": n, "what": c.what, "values": record(c.values)}
                         for n, c in enumerate(doc.conflicts)]
    sentences = {s.i: s for s in doc.sentences}
    places = {p.id: p for p in doc.places}
    ev_rows, ep_rows, pa_rows = [], [], []
    actor_list: list[dict[str, Any]] = []
    for n, ev in enumerate(doc.events):
        s = sentences.get(ev.sentence)
        s_start, s_end = (s.start, s.end) if s else (ev.trigger.start, ev.trigger.end)
        sentence_text = doc.text[s_start:s_end]
        rng = date_range(ev.when.value) if ev.when else None
        search = [sentence_text, ev.trigger.text, doc.title or ""]
        for role, parts in (("actor", ev.actors), ("target", ev.targets)):
            for k, p in enumerate(parts):
                fields = participant_fields(p, _canonical(doc, p.entity), doc.language or "")
                actor = fields.pop("actor")
                if actor is not None:
                    actor_list.append(actor)
                pa_rows.append({"doc_id": doc.id, "event_id": ev.id, "role": role, "n": k, "text": p.text,
                                "entity": p.entity, **fields})
                search += [p.text, fields["canonical"] or ""]
        for k, w in enumerate(ev.where):
            ep_rows.append({"doc_id": doc.id, "event_id": ev.id, "n": k, "place_id": w.place, "text": w.text})
            place = places.get(w.place or "")
            search += [w.text, place.name if place else ""]
        sizes = {s.slot: (s.low if s.low is not None else s.high) for s in ev.size}
        ev_rows.append({
            "doc_id": doc.id, "id": ev.id, "n": n, "type": ev.type, "mode": ev.mode,
            "acled_event_type": ev.acled.event_type, "acled_sub_event_type": ev.acled.sub_event_type,
            "sentence": ev.sentence, "sentence_start": s_start, "sentence_end": s_end, "sentence_text": sentence_text,
            "trigger_text": ev.trigger.text, "trigger_start": ev.trigger.start, "trigger_end": ev.trigger.end,
            "modality": ev.modality, "confidence": float(ev.confidence), "claimed_by": ev.claimed_by,
            "date_value": ev.when.value if ev.when else None, "date_precision": ev.when.precision if ev.when else None,
            "date_source": ev.when.source if ev.when else None,
            "date_start": rng[0] if rng else None, "date_end": rng[1] if rng else None,
            "participants": sizes.get("participants"), "killed": sizes.get("killed"), "injured": sizes.get("injured"),
            "arrested": sizes.get("arrested"), "displaced": sizes.get("displaced"),
            "search_text": " ".join(x for x in search if x), "data": event_to_dict(ev),
        })
    rows["events"], rows["event_places"], rows["event_participants"] = ev_rows, ep_rows, pa_rows
    rows["actors"] = actor_rows(actor_list)
    return rows


@dataclass(frozen=True, slots=True)
class ActorInfo:
    """An actor across documents: its name, type, sector and country, how often it occurs and as what words."""

    id: str
    canonical: str
    type: str | None
    sector: str | None
    country: str | None
    n_events: int  # events it takes part in (as actor or target)
    n_documents: int
    as_actor: int  # participant mentions in the actor role
    as_target: int
    variants: tuple[tuple[str, int], ...] = ()  # the words it was named with and how often, most frequent first

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["variants"] = [{"text": text, "count": n} for text, n in self.variants]
        return data
