"""The actor table as users see it: which actors match (:class:`ActorFilter`), with their counts and variants.

Counts and variants are computed from the ``event_participants`` rows that name an actor, so they
always agree with the stored documents (a deleted document no longer counts).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import Connection, Select, case, exists, func, select

from ..errors import ConfigError
from . import schema as t
from .engine import check_limit, check_offset
from .filters import check_actor_type, contains, split_values
from .rows import ActorInfo


@dataclass(frozen=True, slots=True)
class ActorFilter:
    """Which actors to list. ``name`` is part of the actor's name or of a word it was named with
    (case-insensitive); ``type`` one or more ACLED actor categories or sectors; ``country`` one or more
    ISO 3166-1 alpha-2 codes (comma-separated)."""

    name: str | None = None
    type: str | None = None
    country: str | None = None

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, str) and not value.strip():
                object.__setattr__(self, f.name, None)  # empty query parameters mean "any"
        if self.type is not None:
            check_actor_type(self.type)
        if self.country is not None:
            bad = [v for v in split_values(self.country) if len(v) != 2 or not v.isalpha()]
            if bad:
                raise ConfigError(f"country {bad[0]!r} is not a country code; expected ISO 3166-1 alpha-2 like NL or RU")


def _query(f: ActorFilter) -> tuple[Select[Any], Any]:
    """(actors with their counts matching ``f``, the n_events column)."""
    a, pa = t.actors, t.event_participants
    n_events = func.count(func.distinct(pa.c.doc_id + ":" + pa.c.event_id))
    stats = (select(pa.c.actor_id, n_events.label("n_events"),
                    func.count(func.distinct(pa.c.doc_id)).label("n_documents"),
                    func.sum(case((pa.c.role == "actor", 1), else_=0)).label("as_actor"),
                    func.sum(case((pa.c.role == "target", 1), else_=0)).label("as_target"))
             .where(pa.c.actor_id.is_not(None)).group_by(pa.c.actor_id).subquery())
    q = (select(a.c.id, a.c.canonical, a.c.type, a.c.sector, a.c.country, stats.c.n_events, stats.c.n_documents,
                stats.c.as_actor, stats.c.as_target)
         .select_from(a.join(stats, stats.c.actor_id == a.c.id)))
    if f.name:
        named = exists(select(pa.c.n).where(pa.c.actor_id == a.c.id, contains(pa.c.text, f.name)))
        q = q.where(contains(a.c.canonical, f.name) | named)
    if f.type:
        vals = check_actor_type(f.type)
        q = q.where(func.lower(a.c.type).in_(vals) | func.lower(a.c.sector).in_(vals))
    if f.country:
        q = q.where(a.c.country.in_([v.upper() for v in split_values(f.country)]))
    return q, stats.c.n_events


def list_actors(conn: Connection, f: ActorFilter, *, limit: int, offset: int) -> list[ActorInfo]:
    """Actors matching ``f``, those in most events first."""
    q, n_events = _query(f)
    q = (q.order_by(n_events.desc(), t.actors.c.canonical, t.actors.c.id)
         .limit(check_limit(limit)).offset(check_offset(offset)))
    return _infos(conn, conn.execute(q).mappings().all())


def count_actors(conn: Connection, f: ActorFilter) -> int:
    q, _ = _query(f)
    return int(conn.execute(select(func.count()).select_from(q.subquery())).scalar_one())


def get_actor(conn: Connection, actor_id: str) -> ActorInfo | None:
    q, _ = _query(ActorFilter())
    found = _infos(conn, conn.execute(q.where(t.actors.c.id == actor_id)).mappings().all())
    return found[0] if found else None


def _infos(conn: Connection, rows: Any) -> list[ActorInfo]:
    pa = t.event_participants
    ids = [r["id"] for r in rows]
    variants: dict[str, list[tuple[str, int]]] = {}
    for k in range(0, len(ids), 400):
        q = (select(pa.c.actor_id, pa.c.text, func.count()).where(pa.c.actor_id.in_(ids[k:k + 400]))
             .group_by(pa.c.actor_id, pa.c.text))
        for actor_id, text, n in conn.execute(q):
            variants.setdefault(actor_id, []).append((text, int(n)))
    return [ActorInfo(id=r["id"], canonical=r["canonical"], type=r["type"], sector=r["sector"],
                      country=r["country"] or None, n_events=int(r["n_events"]), n_documents=int(r["n_documents"]),
                      as_actor=int(r["as_actor"] or 0), as_target=int(r["as_target"] or 0),
                      variants=tuple(sorted(variants.get(r["id"], []), key=lambda v: (-v[1], v[0]))))
            for r in rows]
