"""Incidents in the store: linking on write, user decisions, and the incidents as users read them.

    >>> incidents = Incidents(store)
    >>> incidents.link_documents([doc])       # the store does this for every document it adds
    >>> incidents.find(EventFilter(type="PROTEST"), limit=20)
    >>> incidents.merge("inc-a", "inc-b"); incidents.split("inc-a", ["<doc id>:ev-2"])
    >>> incidents.relink()                    # afresh, the user's decisions replayed

Linking is incremental (:mod:`kroniek.incidents.linking`): a new document's mentions are
compared only with the incidents that have a member in their block, read from
``incident_members`` by type and day span (an index), so the cost of an article does not
grow with the size of the store. Each write runs in one transaction that holds the linking
lock (SQLite's write lock taken up front; a PostgreSQL advisory lock), so two processes
ingesting reports of one happening cannot found it twice. Every link keeps its features and
score; merges and splits are stored as decisions in member keys and replayed by
:meth:`Incidents.relink`, which also keeps incident ids (:func:`~kroniek.incidents.linking.assign_ids`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, and_, exists, func, or_, select, text
from sqlalchemy.exc import SQLAlchemyError

from ..errors import StoreError
from ..incidents import Decision, Link, Linker, MentionRecord, incident_id, mentions_of, reconcile
from ..incidents.features import MAX_GAP
from ..incidents.linking import blockable, explain
from ..incidents.partitions import MapFn, link_partitioned
from ..incidents.reconcile import Incident
from ..incidents.window import widen
from ..model import Document
from . import incident_tables as it
from . import schema as t
from .engine import check_limit, check_offset, safe_url, short_error
from .filters import EventFilter, event_conditions

if TYPE_CHECKING:
    from .store import Store

log = logging.getLogger(__name__)

_LINK_LOCK = 0x696E6364  # "incd": advisory lock serialising linking on PostgreSQL
_CHUNK = 400


@dataclass(frozen=True, slots=True)
class Member:
    """One report of an incident: the mention and the link that put it there."""

    record: MentionRecord
    link: Link

    def to_dict(self) -> dict[str, Any]:
        m = self.record
        return {
            "key": m.key,
            "document": {"id": m.doc_id, "url": m.url, "source": m.source, "published": m.published,
                         "title": m.title, "language": m.language},
            "event": m.event_id, "type": m.type, "mode": m.mode, "modality": m.modality,
            "sentence": {"i": m.sentence_i, "start": m.sentence_start, "end": m.sentence_end, "text": m.sentence_text},
            "trigger": {"text": m.trigger_text, "start": m.trigger_start, "end": m.trigger_end},
            "when": {"value": m.when_value, "precision": m.when_precision, "source": m.when_source},
            "place": m.place.name if m.place else None,
            "link": {"by": self.link.by, "score": None if self.link.score is None else round(self.link.score, 4),
                     "to": self.link.to, "features": self.link.features},
        }


@dataclass(frozen=True, slots=True)
class IncidentRow:
    """An incident as the store hands it out: the reconciled summary and, when asked for, its members."""

    id: str
    summary: dict[str, Any]
    members: tuple[Member, ...] = field(default=())

    def to_dict(self, *, members: bool = True) -> dict[str, Any]:
        out = dict(self.summary)
        if members:
            out["members"] = [m.to_dict() for m in self.members]
        return out


class Incidents:
    """The incidents of one :class:`~kroniek.store.Store` (see the module docstring)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- transactions
    @contextmanager
    def _write(self) -> Iterator[Connection]:
        try:
            with self.store.engine.connect() as conn:
                conn.execution_options(kroniek_write=True)
                with conn.begin():
                    if self.store.dialect == "postgresql":
                        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LINK_LOCK})
                    yield conn
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot link incidents in {safe_url(self.store.url)}: {short_error(exc)}") from None

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        try:
            with self.store.engine.connect() as conn:
                yield conn
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot read incidents from {safe_url(self.store.url)}: {short_error(exc)}") from None

    # -- linking
    def link_documents(self, docs: Iterable[Document]) -> int:
        """Link the events of stored ``docs`` that have no incident yet; the number linked."""
        records = [m for d in docs for m in mentions_of(d)]
        if not records:
            return 0
        with self._write() as conn:
            return self._link(conn, records)

    def link_within(self, conn: Connection, docs: Iterable[Document]) -> int:
        """Link ``docs`` in the caller's write transaction (the store's, as it adds them)."""
        records = [m for d in docs for m in mentions_of(d)]
        if not records:
            return 0
        if self.store.dialect == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LINK_LOCK})
        return self._link(conn, records)

    def forget_within(self, conn: Connection, doc_id: str) -> None:
        """Take the mentions of document ``doc_id`` out of their incidents (the store deleting it, in its
        transaction): the incidents left are reconciled and their links explained again, empty ones go."""
        mb = it.incident_members
        ids = sorted(set(conn.scalars(select(mb.c.incident_id).where(mb.c.doc_id == doc_id))))
        if not ids:
            return
        conn.execute(mb.delete().where(mb.c.doc_id == doc_id))
        left: dict[str, list[MentionRecord]] = {i: [] for i in ids}
        by_user: set[str] = set()
        for m in self._members(conn, ids):
            left[m.link.incident].append(m.record)
            if m.link.by == "user":
                by_user.add(m.record.key)
        self._rewrite(conn, left, moved=by_user)

    def _link(self, conn: Connection, records: list[MentionRecord]) -> int:
        mb = it.incident_members
        have: set[str] = set()
        doc_ids = sorted({m.doc_id for m in records})
        for k in range(0, len(doc_ids), _CHUNK):
            q = select(mb.c.doc_id, mb.c.event_id).where(mb.c.doc_id.in_(doc_ids[k:k + _CHUNK]))
            have.update(f"{d}:{e}" for d, e in conn.execute(q))
        new = sorted((m for m in records if m.key not in have), key=lambda r: r.order)
        if not new:
            return 0
        linker = self._load_block(conn, new)
        founding = [incident_id(m.key) for m in new]
        for k in range(0, len(founding), _CHUNK):
            linker.reserved.update(conn.scalars(select(it.incidents.c.id).where(
                it.incidents.c.id.in_(founding[k:k + _CHUNK]))))
        changed: set[str] = set()
        rows = []
        now = time.time()
        for m in new:
            link = linker.link(m)
            changed.add(link.incident)
            rows.append(_member_row(m, link, now))
        conn.execute(mb.insert(), rows)
        self._reconcile(conn, {i: linker.members[i] for i in changed})
        return len(new)

    def _load_block(self, conn: Connection, records: Sequence[MentionRecord]) -> Linker:
        """A Linker holding every incident with a member in the block of one of ``records``."""
        mb = it.incident_members
        spans: dict[tuple[str, str | None], list[tuple[str, str]]] = {}
        for m in records:
            if blockable(m):
                assert m.day_start is not None and m.day_end is not None
                country = m.place.country if m.place is not None else None
                spans.setdefault((m.type, country), []).append(widen((m.day_start, m.day_end), MAX_GAP))
        wanted: set[str] = set()
        for (type_, country), found in spans.items():
            # A place in another country vetoes the pair (features.place_feature): only the same country
            # or none; a mention without a place may be anywhere.
            where_place = [] if country is None else [or_(mb.c.country == country, mb.c.country.is_(None))]
            merged = _merged(found)
            for k in range(0, len(merged), 50):  # one query per 50 spans of days, not one per span
                days = or_(*(and_(mb.c.day_end >= start, mb.c.day_start <= end) for start, end in merged[k:k + 50]))
                q = select(mb.c.incident_id).where(mb.c.type == type_, days, *where_place).distinct()
                wanted.update(conn.scalars(q))
        linker = Linker()
        for member in self._members(conn, sorted(wanted)):
            linker.add(member.link.incident, member.record, member.link)
        return linker

    def _members(self, conn: Connection, ids: Sequence[str]) -> list[Member]:
        """The members of the incidents ``ids``, each incident's in report order."""
        mb = it.incident_members
        out: list[Member] = []
        for k in range(0, len(ids), _CHUNK):
            q = select(mb).where(mb.c.incident_id.in_(list(ids[k:k + _CHUNK])))
            out.extend(_member(r) for r in conn.execute(q).mappings())
        return sorted(out, key=lambda m: (m.link.incident, m.record.order))

    def _reconcile(self, conn: Connection, incidents: dict[str, Sequence[MentionRecord]]) -> None:
        """Rewrite the rows of ``incidents`` from their members (an empty one is removed)."""
        ids = list(incidents)
        for k in range(0, len(ids), _CHUNK):
            conn.execute(it.incidents.delete().where(it.incidents.c.id.in_(ids[k:k + _CHUNK])))
        rows = [_incident_row(reconcile(i, ms)) for i, ms in incidents.items() if ms]
        if rows:
            conn.execute(it.incidents.insert(), rows)

    def pending(self) -> list[str]:
        """Ids of stored documents with events that belong to no incident (stored before migration 0004)."""
        ev, mb = t.events, it.incident_members
        q = select(ev.c.doc_id).where(~exists().where(mb.c.doc_id == ev.c.doc_id, mb.c.event_id == ev.c.id)).distinct()
        with self._read() as conn:
            return sorted(conn.scalars(q))

    def link_pending(self) -> int:
        """Link every stored event that has no incident yet; the number linked."""
        linked = 0
        ids = self.pending()
        for k in range(0, len(ids), 50):
            docs = [d for d in (self.store.get_document(i) for i in ids[k:k + 50]) if d is not None]
            linked += self.link_documents(docs)
        return linked

    def relink(self, *, map_fn: MapFn | None = None, refresh: bool = False) -> int:
        """Link every stored mention afresh, replay the user's decisions, keep the ids; the number of incidents.

        The mentions are linked in date windows (:func:`~kroniek.incidents.partitions.link_partitioned`);
        ``map_fn`` (e.g. a Dask client's map and gather) runs the windows elsewhere. ``refresh`` reads
        every mention again from its stored document (after a kroniek that reads mentions differently),
        instead of using the records stored with the members.
        """
        self.link_pending()
        fresh: dict[str, MentionRecord] = {}
        if refresh:
            with self._read() as conn:
                doc_ids = sorted(set(conn.scalars(select(it.incident_members.c.doc_id))))
            for k in range(0, len(doc_ids), 50):
                for doc in (self.store.get_document(i) for i in doc_ids[k:k + 50]):
                    if doc is not None:
                        fresh.update((m.key, m) for m in mentions_of(doc))
        with self._write() as conn:
            members = [_member(r) for r in conn.execute(select(it.incident_members)).mappings()]
            previous = {m.record.key: m.link.incident for m in members}
            decisions = self._decisions(conn)
            records = [fresh.get(m.record.key, m.record) for m in members]
            linked = link_partitioned(records, decisions, previous, map_fn=map_fn)
            conn.execute(it.incident_members.delete())
            conn.execute(it.incidents.delete())
            now = time.time()
            rows = [_member_row(m, link, now) for inc in linked for m, link in zip(inc.members, inc.links, strict=True)]
            for k in range(0, len(rows), 1000):
                conn.execute(it.incident_members.insert(), rows[k:k + 1000])
            self._reconcile(conn, {inc.id: inc.members for inc in linked})
        log.info("relinked %d mentions into %d incidents", len(members), len(linked))
        return len(linked)

    def _decisions(self, conn: Connection) -> list[Decision]:
        d = it.incident_decisions
        return [Decision(kind, tuple(members), n)
                for n, kind, members in conn.execute(select(d.c.n, d.c.kind, d.c.members).order_by(d.c.n))]

    # -- the user's decisions
    def merge(self, a: str, b: str) -> str:
        """Put incident ``b``'s members into ``a`` (recorded: re-linking keeps them together); ``a``."""
        if a == b:
            raise StoreError(f"cannot merge incident {a} with itself; give two different incident ids")
        with self._write() as conn:
            ma, mb_ = self._require(conn, a), self._require(conn, b)
            keys = [m.record.key for m in (*ma, *mb_)]
            self._record(conn, "merge", keys, a)
            records = [m.record for m in (*ma, *mb_)]
            self._rewrite(conn, {a: records, b: []}, moved={m.record.key for m in mb_})
        return a

    def split(self, incident: str, members: Sequence[str]) -> str:
        """Take ``members`` (keys ``doc_id:event_id``; a unique prefix of the document id will do) out of
        ``incident`` into a new incident of their own (recorded); the new incident's id."""
        with self._write() as conn:
            current = self._require(conn, incident)
            keys = [_resolve(incident, current, k) for k in members]
            if not keys:
                raise StoreError(f"split {incident}: name the members to take out (--member DOC_ID:EVENT_ID)")
            if len(set(keys)) == len(current):
                raise StoreError(f"split {incident}: that is every member; leave at least one in the incident")
            self._record(conn, "split", keys, incident)
            out = sorted((m.record for m in current if m.record.key in keys), key=lambda r: r.order)
            stay = [m.record for m in current if m.record.key not in keys]
            new = incident_id(out[0].key)
            k = 0
            while conn.execute(select(it.incidents.c.id).where(it.incidents.c.id == new)).first():
                k += 1
                new = incident_id(f"{out[0].key}#{k}")
            self._rewrite(conn, {incident: stay, new: out}, moved=set(keys))
        return new

    def _require(self, conn: Connection, incident: str) -> list[Member]:
        members = self._members(conn, [incident])
        if not members:
            raise StoreError(f"no incident {incident!r} in {safe_url(self.store.url)}; "
                             "`kroniek incidents list` shows the ids")
        return members

    def _record(self, conn: Connection, kind: str, keys: Sequence[str], incident: str) -> None:
        conn.execute(it.incident_decisions.insert(), [{"kind": kind, "members": list(keys), "incident": incident,
                                                       "made": time.time()}])

    def _rewrite(self, conn: Connection, incidents: dict[str, list[MentionRecord]], *, moved: set[str]) -> None:
        """Store ``incidents`` with these members, their links explained afresh (``moved`` by the user)."""
        mb = it.incident_members
        now = time.time()
        for inc, records in incidents.items():
            for link in explain(records, inc, moved):
                doc_id, _, event_id = link.key.partition(":")
                conn.execute(mb.update().where(mb.c.doc_id == doc_id, mb.c.event_id == event_id).values(
                    incident_id=inc, by=link.by, score=link.score, link_to=link.to, features=link.features,
                    linked=now))
        self._reconcile(conn, dict(incidents))

    # -- reading
    def _ids_matching(self, f: EventFilter) -> Any:
        ev, mb = t.events, it.incident_members
        return (select(mb.c.incident_id)
                .select_from(mb.join(ev, and_(ev.c.doc_id == mb.c.doc_id, ev.c.id == mb.c.event_id)))
                .where(*event_conditions(f, self.store.dialect)))

    def find(self, f: EventFilter | None = None, *, limit: int = 50, offset: int = 0,
             members: bool = False) -> list[IncidentRow]:
        """Incidents with a member matching ``f``, latest first (undated last)."""
        inc = it.incidents
        q = select(inc.c.id, inc.c.data)
        if f is not None and not f.is_empty:
            q = q.where(inc.c.id.in_(self._ids_matching(f)))
        q = (q.order_by(inc.c.date_start.desc().nulls_last(), inc.c.first_report.desc().nulls_last(), inc.c.id)
             .limit(check_limit(limit, 100_000)).offset(check_offset(offset)))
        with self._read() as conn:
            found = [(i, data) for i, data in conn.execute(q)]
            by: dict[str, list[Member]] = {}
            if members:
                for m in self._members(conn, [i for i, _ in found]):
                    by.setdefault(m.link.incident, []).append(m)
        return [IncidentRow(i, data, tuple(by.get(i, ()))) for i, data in found]

    def count(self, f: EventFilter | None = None) -> int:
        inc = it.incidents
        q = select(func.count()).select_from(inc)
        if f is not None and not f.is_empty:
            q = q.where(inc.c.id.in_(self._ids_matching(f)))
        with self._read() as conn:
            return int(conn.execute(q).scalar_one())

    def counts(self, f: EventFilter | None = None) -> list[tuple[str | None, str, int]]:
        """(first day, type, number of incidents) of the incidents matching ``f`` (for a timeline)."""
        inc = it.incidents
        q = select(inc.c.date_start, inc.c.type, func.count()).group_by(inc.c.date_start, inc.c.type)
        if f is not None and not f.is_empty:
            q = q.where(inc.c.id.in_(self._ids_matching(f)))
        with self._read() as conn:
            return [(day, str(type_), int(n)) for day, type_, n in conn.execute(q)]

    def get(self, incident: str) -> IncidentRow | None:
        """One incident with its members and their links, or None."""
        with self._read() as conn:
            data = conn.execute(select(it.incidents.c.data).where(it.incidents.c.id == incident)).scalar()
            if data is None:
                return None
            return IncidentRow(incident, data, tuple(self._members(conn, [incident])))

    def of_event(self, key: str) -> str | None:
        """The incident of the event ``doc_id:event_id``, or None."""
        doc_id, _, event_id = key.partition(":")
        mb = it.incident_members
        with self._read() as conn:
            return conn.execute(select(mb.c.incident_id).where(mb.c.doc_id == doc_id,
                                                               mb.c.event_id == event_id)).scalar()

    def iter_all(self, f: EventFilter | None = None, *, batch: int = 500) -> Iterator[IncidentRow]:
        """Every incident matching ``f`` with its members, page by page (for exports)."""
        offset = 0
        while True:
            page = self.find(f, limit=batch, offset=offset, members=True)
            yield from page
            if len(page) < batch:
                return
            offset += batch


# --------------------------------------------------------------------------- rows
def _merged(spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Overlapping or touching (ISO day) spans joined."""
    out: list[tuple[str, str]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _member_row(m: MentionRecord, link: Link, now: float) -> dict[str, Any]:
    return {"doc_id": m.doc_id, "event_id": m.event_id, "incident_id": link.incident, "type": m.type,
            "day_start": m.day_start, "day_end": m.day_end, "country": m.place.country if m.place else None,
            "by": link.by, "score": link.score, "link_to": link.to,
            "features": dict(link.features), "record": m.to_dict(), "linked": now}


def _member(r: Any) -> Member:
    record = MentionRecord.from_dict(r["record"])
    return Member(record, Link(record.key, r["incident_id"], r["by"], r["score"], r["link_to"], dict(r["features"])))


def _incident_row(inc: Incident) -> dict[str, Any]:
    p = inc.place
    return {
        "id": inc.id, "type": inc.type, "mode": inc.mode, "modality": inc.modality, "date_value": inc.when_value,
        "date_precision": inc.when_precision, "date_source": inc.when_source, "date_start": inc.day_start,
        "date_end": inc.day_end, "place_name": p.name if p else None, "geonames_id": p.geonames_id if p else None,
        "country": p.country if p else None, "admin1": p.admin1 if p else None, "lat": p.lat if p else None,
        "lon": p.lon if p else None, "first_report": inc.first_report, "last_report": inc.last_report,
        "n_reports": inc.n_reports, "n_sources": inc.n_sources, "data": inc.summary(), "updated": time.time(),
    }


def _resolve(incident: str, members: Sequence[Member], key: str) -> str:
    """The member key ``key`` names: exact, or a unique prefix of the document id with the event id."""
    keys = [m.record.key for m in members]
    if key in keys:
        return key
    doc, _, event = key.partition(":")
    found = [k for k in keys if k.startswith(doc) and (not event or k.endswith(":" + event))]
    if len(found) != 1:
        raise StoreError(f"{key!r} is {'no' if not found else 'more than one'} member of incident {incident}; "
                         "give DOC_ID:EVENT_ID as `kroniek incidents show` lists them")
    return found[0]
