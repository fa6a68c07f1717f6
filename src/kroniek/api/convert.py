"""From the store's rows (kroniek dataclasses) to the API's pydantic response models."""

from __future__ import annotations

from typing import Any

from ..model import Document, Participant, Place
from ..store import ConflictRow, DocumentInfo, EventRow, PlaceInfo, QuoteRow
from . import schemas as s


def _participant(p: Participant) -> s.ParticipantOut:
    return s.ParticipantOut(text=p.text, entity=p.entity, start=p.start, end=p.end)


def _place(p: Place) -> s.PlaceOut:
    return s.PlaceOut(id=p.id, text=p.text, name=p.name, geonames_id=p.geonames_id, country=p.country,
                      admin1=p.admin1, lat=p.lat, lon=p.lon, precision=p.precision, start=p.start, end=p.end)


def event_date(row: EventRow) -> str | None:
    """The first day the event can be on, else the article's publication day."""
    if row.date_start:
        return row.date_start
    if row.published and len(row.published) >= 10:
        return row.published[:10]
    return None


def event_fields(row: EventRow) -> dict[str, Any]:
    e = row.event
    return {
        "key": row.key,
        "id": e.id,
        "document": s.DocumentRef(id=row.doc_id, title=row.title, published=row.published, url=row.url,
                                  source=row.source, language=row.language or None),
        "type": e.type,
        "mode": e.mode,
        "acled": s.AcledOut(event_type=e.acled.event_type, sub_event_type=e.acled.sub_event_type),
        "trigger": s.Span(text=e.trigger.text, start=e.trigger.start, end=e.trigger.end),
        "sentence": e.sentence,
        "evidence": row.sentence_text,
        "contexts": list(e.contexts),
        "actors": [_participant(p) for p in e.actors],
        "targets": [_participant(p) for p in e.targets],
        "where": [s.WhereOut(place=w.place, text=w.text) for w in e.where],
        "places": [_place(p) for p in row.places],
        "when": (s.WhenOut(value=e.when.value, precision=e.when.precision, time=e.when.time, source=e.when.source)
                 if e.when else None),
        "date": event_date(row),
        "size": {z.slot: s.SizeOut(low=z.low, high=z.high, quantity=z.quantity) for z in e.size},
        "modality": e.modality,
        "claimed_by": e.claimed_by,
        "claimed_by_text": row.claimed_by_name,
        "confidence": e.confidence,
        "rule": e.rule,
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


def place_summary(p: PlaceInfo) -> s.PlaceSummary:
    return s.PlaceSummary(name=p.name, geonames_id=p.geonames_id, country=p.country, admin1=p.admin1, lat=p.lat,
                          lon=p.lon, precision=p.precision, events=p.n_events, documents=p.n_documents)


def quote_out(q: QuoteRow) -> s.QuoteOut:
    qt = q.quote
    return s.QuoteOut(document=s.DocumentRef(id=q.doc_id, title=q.title, published=q.published, url=q.url),
                      id=qt.id, text=qt.text, start=qt.start, end=qt.end, kind=qt.kind, speaker=qt.speaker,
                      speaker_text=qt.speaker_text or q.speaker_canonical,
                      speaker_description=qt.speaker_description, cue=qt.cue)


def conflict_out(c: ConflictRow) -> s.ConflictOut:
    return s.ConflictOut(
        document=s.DocumentRef(id=c.doc_id, title=c.title, published=c.published), what=c.conflict.what,
        values=[s.ConflictValueOut(low=v.low, high=v.high, claimed_by=v.claimed_by, quantity=v.quantity)
                for v in c.conflict.values])


def stats_out(d: dict[str, Any]) -> s.Stats:
    known = {"documents", "events", "places", "quotes", "conflicts", "events_by_type", "events_by_country",
             "event_dates"}
    dates = d.get("event_dates") or {}
    return s.Stats(documents=int(d.get("documents", 0)), events=int(d.get("events", 0)),
                   places=int(d.get("places", 0)), quotes=int(d.get("quotes", 0)),
                   conflicts=int(d.get("conflicts", 0)), events_by_type=dict(d.get("events_by_type") or {}),
                   events_by_country=dict(d.get("events_by_country") or {}),
                   first_date=dates.get("first"), last_date=dates.get("last"),
                   extra={k: v for k, v in d.items() if k not in known})
