"""From the store's rows to the API's pydantic response models.

Model items go through the one serializer (:mod:`kroniek.serialize`): the response models are
made from the same dataclasses (:mod:`.schemas`), so the kroniek/1 dict of an item fills them.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from ..model import EVENT_TYPES, Document
from ..serialize import DOCUMENT_KEYS, event_to_dict, to_plain
from ..store import ActorInfo, ConflictRow, DocumentInfo, EventRow, MapPoint, PlaceInfo, QuoteRow
from . import schemas as s


def event_date(row: EventRow) -> str | None:
    """The first day the event can be on, else the article's publication day."""
    if row.date_start:
        return row.date_start
    if row.published and len(row.published) >= 10:
        return row.published[:10]
    return None


def _document_ref(doc_id: str, **meta: Any) -> s.DocumentRef:
    return s.DocumentRef(id=doc_id, **{k: v for k, v in meta.items() if k in DOCUMENT_KEYS})


def event_fields(row: EventRow) -> dict[str, Any]:
    return {
        **event_to_dict(row.event),
        "key": row.key,
        "document": _document_ref(row.doc_id, title=row.title, published=row.published, url=row.url,
                                  source=row.source, language=row.language or None),
        "evidence": row.sentence_text,
        "places": [to_plain(p) for p in row.places],
        "date": event_date(row),
        "claimed_by_text": row.claimed_by_name,
        "actor_ids": list(row.actor_ids),
        "target_ids": list(row.target_ids),
    }


def event_out(row: EventRow) -> s.EventOut:
    return s.EventOut(**event_fields(row))


def highlights(row: EventRow, doc: Document) -> list[s.Highlight]:
    """The spans the event page marks: evidence sentence, trigger, other mentions, actors, targets, places, time."""
    e, text = row.event, doc.text
    out: list[s.Highlight] = []

    def add(kind: str, start: int | None, end: int | None, expected: str | None = None) -> None:
        if start is None or end is None or not 0 <= start < end <= len(text):
            return
        if expected is not None and text[start:end] != expected:
            return  # offsets that do not quote the text are not drawn
        out.append(s.Highlight(kind=kind, start=start, end=end, text=text[start:end]))  # type: ignore[arg-type]

    add("sentence", row.sentence_start, row.sentence_end)
    add("trigger", e.trigger.start, e.trigger.end, e.trigger.text)
    for m in e.mentions:
        if (m.trigger.start, m.trigger.end) != (e.trigger.start, e.trigger.end):
            add("mention", m.trigger.start, m.trigger.end, m.trigger.text)
    for p in e.actors:
        add("actor", p.start, p.end, p.text)
    for p in e.targets:
        add("target", p.start, p.end, p.text)
    place_ids = {w.place for w in e.where if w.place}
    for pl in doc.places:
        if pl.id in place_ids:
            add("place", pl.start, pl.end, pl.text)
    if e.when and e.when.time:
        for tm in doc.times:
            if tm.id == e.when.time:
                add("time", tm.start, tm.end, tm.text)
    return out


def event_detail(row: EventRow, doc: Document) -> s.EventDetail:
    evidence = s.Span(text=doc.text[row.sentence_start:row.sentence_end], start=row.sentence_start,
                      end=row.sentence_end)
    return s.EventDetail(**event_fields(row), text=doc.text, evidence_span=evidence, highlights=highlights(row, doc))


def document_summary(d: DocumentInfo) -> s.DocumentSummary:
    return s.DocumentSummary(id=d.id, title=d.title, published=d.published, url=d.url, source=d.source,
                             language=d.language or None, events=d.n_events)


def actor_out(a: ActorInfo) -> s.ActorOut:
    return s.ActorOut(id=a.id, canonical=a.canonical, type=a.type, sector=a.sector, country=a.country,
                      events=a.n_events, documents=a.n_documents, as_actor=a.as_actor, as_target=a.as_target,
                      variants=[s.ActorVariant(text=text, count=n) for text, n in a.variants])


def place_summary(p: PlaceInfo) -> s.PlaceSummary:
    return s.PlaceSummary(name=p.name, geonames_id=p.geonames_id, country=p.country, admin1=p.admin1, lat=p.lat,
                          lon=p.lon, precision=p.precision, events=p.n_events, documents=p.n_documents)


def quote_out(q: QuoteRow) -> s.QuoteOut:
    quote = to_plain(q.quote)
    quote["speaker_text"] = q.quote.speaker_text or q.speaker_canonical
    return s.QuoteOut(**quote, document=_document_ref(q.doc_id, title=q.title, published=q.published, url=q.url,
                                                      source=q.source, language=q.language or None))


def conflict_out(c: ConflictRow) -> s.ConflictOut:
    values = [{**to_plain(v), "claimed_by_text": name}
              for v, name in zip(c.conflict.values, c.claimed_by_names or [None] * len(c.conflict.values),
                                 strict=True)]
    return s.ConflictOut(document=_document_ref(c.doc_id, title=c.title, published=c.published, url=c.url,
                                                source=c.source, language=c.language or None),
                         what=c.conflict.what, values=values)


def stats_out(d: dict[str, Any]) -> s.Stats:
    known = {"documents", "events", "places", "quotes", "conflicts", "actors", "events_by_type",
             "events_by_country", "event_dates"}
    dates = d.get("event_dates") or {}
    return s.Stats(documents=int(d.get("documents", 0)), events=int(d.get("events", 0)),
                   places=int(d.get("places", 0)), quotes=int(d.get("quotes", 0)),
                   conflicts=int(d.get("conflicts", 0)), actors=int(d.get("actors", 0)),
                   events_by_type=dict(d.get("events_by_type") or {}),
                   events_by_country=dict(d.get("events_by_country") or {}),
                   first_date=dates.get("first"), last_date=dates.get("last"),
                   extra={k: v for k, v in d.items() if k not in known})


# --------------------------------------------------------------------------- timeline and map
def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def timeline(counts_by_day: list[tuple[str | None, str, int]], bucket: str) -> s.Timeline:
    """Events per day or ISO week (Monday) and type; an event counts on the first day it can be on."""
    counts: dict[dt.date, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    undated = 0
    for day_value, type_, n in counts_by_day:
        day = _day(day_value)
        if day is None:
            undated += n
            continue
        if bucket == "week":
            day -= dt.timedelta(days=day.weekday())
        counts[day][type_] += n
    present = {k for c in counts.values() for k in c}
    types = [x for x in EVENT_TYPES if x in present] + sorted(present - set(EVENT_TYPES))
    return s.Timeline(bucket=bucket,  # type: ignore[arg-type]
                      types=types,
                      buckets=[s.TimelineBucket(period=d.isoformat(), counts=dict(counts[d])) for d in sorted(counts)],
                      undated=undated)


def map_collection(points: list[MapPoint], limit: int) -> s.MapCollection:
    """The GeoJSON of the first ``limit`` points (``points`` may hold one more: then it is truncated)."""
    features = []
    for p in points[:limit]:
        if p.lat is None or p.lon is None:
            continue
        date = p.date_start or (p.published[:10] if p.published and len(p.published) >= 10 else None)
        features.append(s.MapFeature(
            geometry=s.MapGeometry(coordinates=[float(p.lon), float(p.lat)]),
            properties=s.MapFeatureProps(key=f"{p.doc_id}:{p.event_id}", type=p.type, place=p.place, date=date,
                                         title=p.title, trigger=p.trigger, confidence=p.confidence)))
    return s.MapCollection(features=features, truncated=len(points) > limit)
