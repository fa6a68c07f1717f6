"""Read queries the page needs beyond :class:`kroniek.store.Store`: the timeline and the map points.

Both are SQLAlchemy ``select()`` on the store's tables with the store's own filter conditions,
so every value is a bound parameter.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.exc import SQLAlchemyError

from ..errors import StoreError
from ..model import EVENT_TYPES
from ..store import EventFilter, Store
from ..store import schema as t
from ..store.filters import event_conditions
from . import schemas as s


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def timeline(store: Store, f: EventFilter, bucket: str) -> s.Timeline:
    """Events per day or ISO week (Monday) and type; an event counts on the first day it can be on."""
    ev = t.events
    q = (select(ev.c.date_start, ev.c.type, func.count().label("n"))
         .where(*event_conditions(f, store.dialect))
         .group_by(ev.c.date_start, ev.c.type))
    try:
        with store.engine.connect() as conn:
            rows = conn.execute(q).all()
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot read the timeline from the database: {type(exc).__name__}") from None
    counts: dict[dt.date, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    undated = 0
    for day_value, type_, n in rows:
        day = _day(day_value)
        if day is None:
            undated += int(n)
            continue
        if bucket == "week":
            day -= dt.timedelta(days=day.weekday())
        counts[day][str(type_)] += int(n)
    present = {k for c in counts.values() for k in c}
    types = [x for x in EVENT_TYPES if x in present] + sorted(present - set(EVENT_TYPES))
    return s.Timeline(bucket=bucket,  # type: ignore[arg-type]
                      types=types,
                      buckets=[s.TimelineBucket(period=d.isoformat(), counts=dict(counts[d])) for d in sorted(counts)],
                      undated=undated)


def map_points(store: Store, f: EventFilter, limit: int) -> s.MapCollection:
    """One point per (event, resolved place) for the events matching ``f``, latest first."""
    ev, ep, pl, d = t.events, t.event_places, t.places, t.documents
    q: Any = (select(ev.c.doc_id, ev.c.id, ev.c.type, ev.c.trigger_text, ev.c.confidence, ev.c.date_start,
                     d.c.title, d.c.published, pl.c.name, pl.c.lat, pl.c.lon)
              .select_from(ev.join(ep, and_(ep.c.doc_id == ev.c.doc_id, ep.c.event_id == ev.c.id))
                           .join(pl, and_(pl.c.doc_id == ep.c.doc_id, pl.c.id == ep.c.place_id))
                           .join(d, d.c.id == ev.c.doc_id))
              .where(*event_conditions(f, store.dialect))
              .order_by(ev.c.date_start.desc().nulls_last(), ev.c.doc_id, ev.c.n, ep.c.n)
              .limit(limit + 1))
    try:
        with store.engine.connect() as conn:
            rows = conn.execute(q).all()
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot read the map points from the database: {type(exc).__name__}") from None
    features = []
    for doc_id, event_id, type_, trigger, confidence, date_start, title, published, name, lat, lon in rows[:limit]:
        if lat is None or lon is None:
            continue
        date = date_start or (published[:10] if published and len(published) >= 10 else None)
        features.append(s.MapFeature(
            geometry=s.MapGeometry(coordinates=[float(lon), float(lat)]),
            properties=s.MapFeatureProps(key=f"{doc_id}:{event_id}", type=type_, place=name, date=date, title=title,
                                         trigger=trigger, confidence=confidence)))
    return s.MapCollection(features=features, truncated=len(rows) > limit)
