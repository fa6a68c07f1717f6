"""The event store: kroniek/1 documents in SQLite (default, WAL) or PostgreSQL.

    >>> store = Store.open("sqlite:///kroniek.db")
    >>> store.add(doc)                                  # False when already stored
    >>> store.events(EventFilter(type="PROTEST", country="RU"), limit=20)

Every document is written in one transaction (all its items or nothing), keyed by its
id (sha256 of the text), so writing the same document twice stores it once and a
process killed mid-write leaves no partial document. All SQL goes through SQLAlchemy
with bound parameters, and only through this class: the API, the exports and the
command line ask it, never the engine.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Row,
    Select,
    and_,
    bindparam,
    create_engine,
    func,
    or_,
    select,
    text,
    tuple_,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import ArgumentError, IntegrityError, SQLAlchemyError

from ..errors import StoreError
from ..model import Conflict, Document, Entity, Event, Place, Quantity, Quote, Sentence, TimeExpr
from ..serialize import DOCUMENT_KEYS, build
from . import schema as t
from .actor_list import ActorFilter, count_actors, get_actor, list_actors
from .actors import actor_rows
from .engine import (
    alembic_config,
    check_limit,
    check_offset,
    known_revisions,
    normalize_url,
    safe_url,
    script_heads,
    short_error,
    sqlite_engine,
)
from .filters import EventFilter, contains, date_range, event_conditions
from .incidents import Incidents
from .items import ItemFilter, conflict_conditions, quote_conditions
from .rows import ActorInfo, ConflictRow, DocumentInfo, EventRow, MapPoint, PlaceInfo, QuoteRow, document_rows
from .search import document_match

log = logging.getLogger(__name__)

_MIGRATE_LOCK = threading.Lock()
_PG_LOCK_KEY = 0x6B726F6E  # "kron": advisory lock serialising migrations on PostgreSQL
# Writers that add actors hold it shared, a delete (which drops the actors nobody names any more) exclusively:
# so a delete never drops an actor that a concurrent, not yet committed document names (SQLite writers are serial).
_PG_ACTORS_LOCK_KEY = 0x6B726F61  # "kroa"
CHUNK = 200
#: (Document field, table, model class) of the items stored one row each.
_ITEM_TABLES = (("sentences", t.sentences, Sentence), ("entities", t.entities, Entity), ("places", t.places, Place),
                ("times", t.times, TimeExpr), ("quantities", t.quantities, Quantity), ("quotes", t.quotes, Quote))


class Store:
    """kroniek's database. Open with :meth:`open`; safe to share between threads."""

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url
        self.dialect = engine.dialect.name

    # -- opening
    @classmethod
    def open(cls, url: str = "sqlite:///kroniek.db", *, migrate: bool = True) -> Store:
        """Connect to ``url`` (SQLite path/URL or postgresql://...) and migrate it to the newest schema."""
        full = normalize_url(url)
        try:
            engine = sqlite_engine(full) if full.startswith("sqlite") else create_engine(full, pool_pre_ping=True)
        except (ArgumentError, ImportError, ValueError) as exc:
            raise StoreError(f"cannot use database URL {safe_url(full)}: {exc}; expected sqlite:///PATH.db or "
                             "postgresql://USER:PASSWORD@HOST/DB") from None
        store = cls(engine, full)
        if migrate:
            store.migrate()
        return store

    def migrate(self) -> None:
        """Run the Alembic migrations up to head (serialised between processes).

        A database already at head is only read (no write lock is taken), so opening a store
        does not wait for a running ingest and works on a read-only SQLite file.
        """
        from alembic import command

        try:
            with self.engine.connect() as conn:
                if self._at_head(conn):
                    return
            with _MIGRATE_LOCK, self._write() as conn:
                if self.dialect == "postgresql":
                    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
                if self._at_head(conn):
                    return
                cfg = alembic_config()
                cfg.attributes["connection"] = conn
                log.info("migrating %s to schema %s", safe_url(self.url), ", ".join(sorted(script_heads())))
                command.upgrade(cfg, "head")
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open or migrate the database {safe_url(self.url)}: {short_error(exc)}") from None

    @staticmethod
    def _at_head(conn: Connection) -> bool:
        """Whether the schema is current; StoreError if it is newer than this kroniek knows."""
        from alembic.runtime.migration import MigrationContext

        current = set(MigrationContext.configure(conn).get_current_heads())
        heads = set(script_heads())
        known = known_revisions()
        unknown = current - known
        if unknown:
            raise StoreError(f"the database schema ({', '.join(sorted(unknown))}) is newer than this kroniek knows "
                             f"({', '.join(sorted(heads))}); upgrade kroniek to use this database")
        return bool(current) and current == heads

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({safe_url(self.url)!r})"

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            conn.execution_options(kroniek_write=True)
            with conn.begin():
                yield conn

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn:
                yield conn
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot read the database {safe_url(self.url)}: {short_error(exc)}") from None

    # -- writing
    def add(self, doc: Document, *, name: str | None = None) -> bool:
        """Store ``doc`` with all its items in one transaction; False if it was already stored."""
        rows = document_rows(doc, name)
        try:
            with self._write() as conn:
                if conn.execute(select(t.documents.c.id).where(t.documents.c.id == doc.id)).first():
                    return False
                _insert(conn, rows)
                Incidents(self).link_within(conn, [doc])  # every stored event belongs to an incident
            return True
        except IntegrityError:
            if self.has(doc.id):  # another writer stored it in the meantime
                return False
            raise StoreError(f"cannot store document {doc.id[:12]}: it violates the schema "
                             "(duplicate item ids?); check the document with `kroniek extract --check`") from None
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot write document {doc.id[:12]} to {safe_url(self.url)}: {short_error(exc)}") from None

    def add_many(self, docs: Iterable[Document], *, names: Iterable[str | None] | None = None) -> int:
        """Store many documents (a transaction per chunk of 200); the number newly stored."""
        stored = 0
        name_iter = iter(names) if names is not None else None
        chunk: list[tuple[Document, str | None]] = []
        for doc in docs:
            chunk.append((doc, next(name_iter, None) if name_iter is not None else None))
            if len(chunk) >= CHUNK:
                stored += self._add_chunk(chunk)
                chunk = []
        if chunk:
            stored += self._add_chunk(chunk)
        return stored

    def _add_chunk(self, chunk: list[tuple[Document, str | None]]) -> int:
        unique: dict[str, tuple[Document, str | None]] = {}
        for doc, name in chunk:
            unique.setdefault(doc.id, (doc, name))
        try:
            with self._write() as conn:
                have = set(conn.scalars(select(t.documents.c.id).where(t.documents.c.id.in_(list(unique)))))
                new = [v for k, v in unique.items() if k not in have]
                merged: dict[str, list[dict[str, Any]]] = {}
                for doc, name in new:
                    for table, rs in document_rows(doc, name).items():
                        merged.setdefault(table, []).extend(rs)
                _insert(conn, merged)
                Incidents(self).link_within(conn, [doc for doc, _ in new])
            return len(new)
        except IntegrityError:
            log.info("bulk insert collided with another writer; storing the chunk one by one")
            return sum(self.add(doc, name=name) for doc, name in unique.values())
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot write documents to {safe_url(self.url)}: {short_error(exc)}") from None

    def delete(self, doc_id: str) -> bool:
        """Remove a document and everything read from it; False if it was not stored."""
        try:
            with self._write() as conn:
                if self.dialect == "postgresql":
                    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_ACTORS_LOCK_KEY})
                pa = t.event_participants
                named = conn.scalars(select(pa.c.actor_id).where(pa.c.doc_id == doc_id, pa.c.actor_id.is_not(None)))
                actor_ids = set(named)
                Incidents(self).forget_within(conn, doc_id)  # its reports leave their incidents
                for table in reversed(t.CHILD_TABLES):
                    conn.execute(table.delete().where(table.c.doc_id == doc_id))
                _drop_unused_actors(conn, actor_ids)
                return conn.execute(t.documents.delete().where(t.documents.c.id == doc_id)).rowcount > 0
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot delete document {doc_id[:12]}: {short_error(exc)}") from None

    # -- documents
    def has(self, doc_id: str) -> bool:
        with self._read() as conn:
            return conn.execute(select(t.documents.c.id).where(t.documents.c.id == doc_id)).first() is not None

    def missing(self, doc_ids: Iterable[str]) -> set[str]:
        """The ids of ``doc_ids`` that are not stored."""
        ids = list(dict.fromkeys(doc_ids))
        have: set[str] = set()
        with self._read() as conn:
            for k in range(0, len(ids), 500):
                part = ids[k:k + 500]
                have.update(conn.scalars(select(t.documents.c.id).where(t.documents.c.id.in_(part))))
        return set(ids) - have

    def has_url(self, url: str) -> bool:
        """Whether a document read from ``url`` is stored (lets feed ingest skip fetching it again)."""
        with self._read() as conn:
            return conn.execute(select(t.documents.c.id).where(t.documents.c.url == url).limit(1)).first() is not None

    def get_document(self, doc_id: str) -> Document | None:
        """The stored document with its whole analysis (the kroniek/1 round trip), or None."""
        with self._read() as conn:
            d = conn.execute(select(t.documents).where(t.documents.c.id == doc_id)).mappings().first()
            if d is None:
                return None
            fields: dict[str, Any] = {k: d[k] for k in DOCUMENT_KEYS}
            for key, table, cls in _ITEM_TABLES:
                by = table.c.i if table is t.sentences else table.c.n
                rows = conn.execute(select(table).where(table.c.doc_id == doc_id).order_by(by)).mappings().all()
                fields[key] = tuple(build(cls, r) for r in rows)
            q = select(t.events.c.data).where(t.events.c.doc_id == doc_id).order_by(t.events.c.n)
            fields["events"] = tuple(build(Event, data) for data in conn.scalars(q))
            q = select(t.conflicts.c.what, t.conflicts.c["values"]).where(t.conflicts.c.doc_id == doc_id)
            fields["conflicts"] = tuple(build(Conflict, {"what": what, "values": values})
                                        for what, values in conn.execute(q.order_by(t.conflicts.c.n)))
        fields["language"] = fields["language"] or ""
        return Document(**fields)

    def documents(self, *, text: str | None = None, language: str | None = None, source: str | None = None,
                  date_from: str | None = None, date_to: str | None = None, limit: int = 50,
                  offset: int = 0) -> list[DocumentInfo]:
        """Stored documents, newest published first, optionally filtered."""
        d = t.documents
        q = select(d.c.id, d.c.name, d.c.url, d.c.source, d.c.title, d.c.published, d.c.language, d.c.n_events,
                   func.length(d.c.text).label("chars"), d.c.added)
        q = q.where(*self._document_conditions(text, language, source, date_from, date_to))
        q = q.order_by(d.c.published_date.desc().nulls_last(), d.c.added.desc(), d.c.id).limit(check_limit(limit))
        q = q.offset(check_offset(offset))
        with self._read() as conn:
            return [DocumentInfo(**r) for r in conn.execute(q).mappings()]

    def count_documents(self, *, text: str | None = None, language: str | None = None, source: str | None = None,
                        date_from: str | None = None, date_to: str | None = None) -> int:
        q = select(func.count()).select_from(t.documents).where(
            *self._document_conditions(text, language, source, date_from, date_to))
        with self._read() as conn:
            return int(conn.execute(q).scalar_one())

    def _document_conditions(self, text_q: str | None, language: str | None, source: str | None,
                             date_from: str | None, date_to: str | None) -> list[ColumnElement[bool]]:
        d = t.documents
        out: list[ColumnElement[bool]] = []
        if text_q:
            out.append(document_match(text_q, self.dialect))
        if language:
            out.append(d.c.language == language.lower())
        if source:
            out.append(contains(func.coalesce(d.c.source, ""), source))
        for name, value in (("date_from", date_from), ("date_to", date_to)):
            if value:
                rng = date_range(str(value))
                if rng is None:
                    raise StoreError(f"{name} must be an ISO date like 2022, 2022-09 or 2022-09-25, got {value!r}")
                out.append(d.c.published_date >= rng[0] if name == "date_from" else d.c.published_date <= rng[1])
        return out

    def search_text(self, q: str, *, limit: int = 100) -> list[str]:
        """Ids of documents whose title or text contain every word of ``q`` (full-text index)."""
        query = select(t.documents.c.id).where(document_match(q, self.dialect)).order_by(
            t.documents.c.published_date.desc().nulls_last(), t.documents.c.id).limit(check_limit(limit, 10_000))
        with self._read() as conn:
            return list(conn.scalars(query))

    # -- events
    def _event_select(self, f: EventFilter) -> Select[Any]:
        ev, d = t.events, t.documents
        return (select(ev, d.c.title, d.c.published, d.c.url, d.c.source, d.c.language, d.c.added)
                .select_from(ev.join(d, d.c.id == ev.c.doc_id))
                .where(*event_conditions(f, self.dialect)))

    def events(self, f: EventFilter | None = None, *, limit: int = 50, offset: int = 0) -> list[EventRow]:
        """Events matching ``f``, latest date first (undated last)."""
        f = f or EventFilter()
        ev = t.events
        q = (self._event_select(f)
             .order_by(ev.c.date_start.desc().nulls_last(), ev.c.doc_id, ev.c.n)
             .limit(check_limit(limit)).offset(check_offset(offset)))
        with self._read() as conn:
            rows = conn.execute(q).mappings().all()
            return self._event_rows(conn, rows)

    def iter_events(self, f: EventFilter | None = None, *, batch: int = 500) -> Iterator[EventRow]:
        """Every event matching ``f`` in (document, position) order, read page by page (for exports)."""
        f = f or EventFilter()
        ev = t.events
        after: tuple[str, int] | None = None
        while True:
            q = self._event_select(f)
            if after is not None:
                q = q.where(or_(ev.c.doc_id > after[0], and_(ev.c.doc_id == after[0], ev.c.n > after[1])))
            q = q.order_by(ev.c.doc_id, ev.c.n).limit(batch)
            with self._read() as conn:
                rows = conn.execute(q).mappings().all()
                out = self._event_rows(conn, rows)
            yield from out
            if len(rows) < batch:
                return
            after = (rows[-1]["doc_id"], rows[-1]["n"])

    def count_events(self, f: EventFilter | None = None) -> int:
        f = f or EventFilter()
        q = select(func.count()).select_from(t.events).where(*event_conditions(f, self.dialect))
        with self._read() as conn:
            return int(conn.execute(q).scalar_one())

    def event(self, key: str) -> EventRow | None:
        """One event by its key ``doc_id:event_id``, or None."""
        doc_id, sep, event_id = key.partition(":")
        if not sep or not doc_id or not event_id:
            return None
        q = self._event_select(EventFilter()).where(t.events.c.doc_id == doc_id, t.events.c.id == event_id)
        with self._read() as conn:
            rows = conn.execute(q).mappings().all()
            found = self._event_rows(conn, rows)
        return found[0] if found else None

    def _event_rows(self, conn: Connection, rows: Sequence[Any]) -> list[EventRow]:
        if not rows:
            return []
        ep, pl = t.event_places, t.places
        keys = list({(r["doc_id"], r["id"]) for r in rows})
        places: dict[tuple[str, str], list[tuple[int, Place]]] = {}
        for k in range(0, len(keys), 400):
            part = keys[k:k + 400]
            q = (select(ep.c.doc_id.label("ep_doc"), ep.c.event_id.label("ep_event"), ep.c.n.label("ep_n"), pl)
                 .select_from(ep.join(pl, and_(pl.c.doc_id == ep.c.doc_id, pl.c.id == ep.c.place_id)))
                 .where(tuple_(ep.c.doc_id, ep.c.event_id).in_(part)))
            for r in conn.execute(q):
                m = r._mapping
                places.setdefault((m["ep_doc"], m["ep_event"]), []).append((m["ep_n"], _place_from(r, offset=3)))
        names: dict[tuple[str, str, str], list[tuple[int, str, str | None]]] = {}
        pa = t.event_participants
        for k in range(0, len(keys), 400):
            part = keys[k:k + 400]
            q2 = select(pa.c.doc_id, pa.c.event_id, pa.c.role, pa.c.n, pa.c.text, pa.c.canonical, pa.c.actor_id).where(
                tuple_(pa.c.doc_id, pa.c.event_id).in_(part))
            for doc_id, event_id, role, n, text_, canonical, actor_id in conn.execute(q2):
                names.setdefault((doc_id, event_id, role), []).append((n, canonical or text_, actor_id))
        claimed = _canonical_names(conn, [(r["doc_id"], r["claimed_by"]) for r in rows if r["claimed_by"]])
        out = []
        for r in rows:
            found = sorted(places.get((r["doc_id"], r["id"]), []), key=lambda x: x[0])
            actors = sorted(names.get((r["doc_id"], r["id"], "actor"), []), key=lambda x: x[0])
            targets = sorted(names.get((r["doc_id"], r["id"], "target"), []), key=lambda x: x[0])
            out.append(EventRow(
                key=f"{r['doc_id']}:{r['id']}", doc_id=r["doc_id"], event=build(Event, r["data"]),
                title=r["title"], published=r["published"], url=r["url"], source=r["source"],
                language=r["language"] or "", sentence_text=r["sentence_text"], sentence_start=r["sentence_start"],
                sentence_end=r["sentence_end"], places=tuple(p for _, p in found), date_start=r["date_start"],
                date_end=r["date_end"], added=r["added"], actor_names=tuple(x[1] for x in actors),
                target_names=tuple(x[1] for x in targets), actor_ids=tuple(x[2] for x in actors),
                target_ids=tuple(x[2] for x in targets),
                claimed_by_name=claimed.get((r["doc_id"], r["claimed_by"])) if r["claimed_by"] else None))
        return out

    # -- actors across documents
    def actors(self, f: ActorFilter | None = None, *, limit: int = 50, offset: int = 0) -> list[ActorInfo]:
        """Actors matching ``f`` with their counts and variants, those in most events first."""
        with self._read() as conn:
            return list_actors(conn, f or ActorFilter(), limit=limit, offset=offset)

    def count_actors(self, f: ActorFilter | None = None) -> int:
        with self._read() as conn:
            return count_actors(conn, f or ActorFilter())

    def actor(self, actor_id: str) -> ActorInfo | None:
        """One actor by id, or None."""
        with self._read() as conn:
            return get_actor(conn, actor_id)

    # -- places, quotes, conflicts
    def _places_query(self, f: EventFilter | None) -> tuple[Select[Any], Any]:
        """(grouped places query, its n_events expression) for :meth:`places` / :meth:`count_places`."""
        pl, ep, ev = t.places, t.event_places, t.events
        key = (pl.c.name, pl.c.geonames_id, pl.c.country, pl.c.admin1, pl.c.lat, pl.c.lon, pl.c.precision)
        on_place = and_(pl.c.doc_id == ep.c.doc_id, pl.c.id == ep.c.place_id)
        on_event = and_(ev.c.doc_id == ep.c.doc_id, ev.c.id == ep.c.event_id)
        if f is None or f.is_empty:
            events_sq = (select(ep.c.doc_id, ep.c.place_id, func.count().label("n"))
                         .group_by(ep.c.doc_id, ep.c.place_id).subquery())
            n_events: Any = func.coalesce(func.sum(events_sq.c.n), 0)
            q = (select(*key, n_events.label("n_events"), func.count(func.distinct(pl.c.doc_id)).label("n_documents"))
                 .select_from(pl.outerjoin(events_sq, and_(events_sq.c.doc_id == pl.c.doc_id,
                                                           events_sq.c.place_id == pl.c.id))))
        else:
            n_events = func.count()
            q = (select(*key, n_events.label("n_events"), func.count(func.distinct(ep.c.doc_id)).label("n_documents"))
                 .select_from(ep.join(pl, on_place).join(ev, on_event))
                 .where(*event_conditions(f, self.dialect)))
        return q.group_by(*key), n_events

    def places(self, f: EventFilter | None = None, *, limit: int = 500, offset: int = 0) -> list[PlaceInfo]:
        """Places with the number of (matching) events there, most events first.

        Without a filter every place mentioned is listed (also those no event happened at).
        """
        q, n_events = self._places_query(f)
        q = (q.order_by(n_events.desc(), func.count(func.distinct(t.places.c.doc_id)).desc(), t.places.c.name)
             .limit(check_limit(limit, 100_000)).offset(check_offset(offset)))
        with self._read() as conn:
            return [PlaceInfo(name=r["name"], geonames_id=r["geonames_id"], country=r["country"], admin1=r["admin1"],
                              lat=r["lat"], lon=r["lon"], precision=r["precision"], n_events=int(r["n_events"] or 0),
                              n_documents=int(r["n_documents"])) for r in conn.execute(q).mappings()]

    def count_places(self, f: EventFilter | None = None) -> int:
        """How many rows :meth:`places` lists for ``f`` (without limit)."""
        q, _ = self._places_query(f)
        with self._read() as conn:
            return int(conn.execute(select(func.count()).select_from(q.subquery())).scalar_one())

    def quotes(self, f: ItemFilter | None = None, *, document: str | None = None, speaker: str | None = None,
               text: str | None = None, limit: int = 50, offset: int = 0) -> list[QuoteRow]:
        """Quotes (direct and indirect) matching ``f``, newest article first; ``speaker``/``text`` match substrings."""
        f = (f or ItemFilter()).with_(document=document, speaker=speaker, text=text)
        qt, d = t.quotes, t.documents
        q = (select(qt, d.c.title, d.c.published, d.c.url, d.c.source, d.c.language)
             .select_from(qt.join(d, d.c.id == qt.c.doc_id)).where(*quote_conditions(f))
             .order_by(d.c.published_date.desc().nulls_last(), qt.c.doc_id, qt.c.start)
             .limit(check_limit(limit)).offset(check_offset(offset)))
        with self._read() as conn:
            return [QuoteRow(doc_id=r["doc_id"], title=r["title"], published=r["published"], url=r["url"],
                             quote=build(Quote, r), speaker_canonical=r["speaker_canonical"], source=r["source"],
                             language=r["language"] or "")
                    for r in conn.execute(q).mappings()]

    def count_quotes(self, f: ItemFilter | None = None, *, document: str | None = None, speaker: str | None = None,
                     text: str | None = None) -> int:
        f = (f or ItemFilter()).with_(document=document, speaker=speaker, text=text)
        qt, d = t.quotes, t.documents
        q = select(func.count()).select_from(qt.join(d, d.c.id == qt.c.doc_id)).where(*quote_conditions(f))
        with self._read() as conn:
            return int(conn.execute(q).scalar_one())

    def conflicts(self, f: ItemFilter | None = None, *, document: str | None = None, limit: int = 50,
                  offset: int = 0) -> list[ConflictRow]:
        """Conflicting figures (e.g. two sources giving different death tolls) matching ``f``, newest article first."""
        f = (f or ItemFilter()).with_(document=document)
        c, d = t.conflicts, t.documents
        q = (select(c, d.c.title, d.c.published, d.c.url, d.c.source, d.c.language)
             .select_from(c.join(d, d.c.id == c.c.doc_id)).where(*conflict_conditions(f, self.dialect))
             .order_by(d.c.published_date.desc().nulls_last(), c.c.doc_id, c.c.n)
             .limit(check_limit(limit)).offset(check_offset(offset)))
        with self._read() as conn:
            found = [(r, build(Conflict, {"what": r["what"], "values": r["values"]})) for r in conn.execute(q).mappings()]
            names = _canonical_names(conn, [(r["doc_id"], v.claimed_by) for r, c in found for v in c.values
                                            if v.claimed_by])
        return [ConflictRow(doc_id=r["doc_id"], title=r["title"], published=r["published"], conflict=c,
                            claimed_by_names=tuple(names.get((r["doc_id"], v.claimed_by or "")) for v in c.values),
                            url=r["url"], source=r["source"], language=r["language"] or "")
                for r, c in found]

    def count_conflicts(self, f: ItemFilter | None = None, *, document: str | None = None) -> int:
        f = (f or ItemFilter()).with_(document=document)
        c, d = t.conflicts, t.documents
        q = (select(func.count()).select_from(c.join(d, d.c.id == c.c.doc_id))
             .where(*conflict_conditions(f, self.dialect)))
        with self._read() as conn:
            return int(conn.execute(q).scalar_one())

    # -- timeline and map
    def event_counts(self, f: EventFilter | None = None) -> list[tuple[str | None, str, int]]:
        """(first day, type, number of events) of the events matching ``f``; undated events have day None."""
        ev = t.events
        q = (select(ev.c.date_start, ev.c.type, func.count())
             .where(*event_conditions(f or EventFilter(), self.dialect))
             .group_by(ev.c.date_start, ev.c.type))
        with self._read() as conn:
            return [(day, str(type_), int(n)) for day, type_, n in conn.execute(q)]

    def map_points(self, f: EventFilter | None = None, *, limit: int = 5000) -> list[MapPoint]:
        """One point per (event, resolved place) matching ``f``, latest first, at most ``limit``."""
        ev, ep, pl, d = t.events, t.event_places, t.places, t.documents
        q = (select(ev.c.doc_id, ev.c.id.label("event_id"), ev.c.type, ev.c.trigger_text.label("trigger"),
                    ev.c.confidence, ev.c.date_start, d.c.title, d.c.published, pl.c.name.label("place"), pl.c.lat,
                    pl.c.lon)
             .select_from(ev.join(ep, and_(ep.c.doc_id == ev.c.doc_id, ep.c.event_id == ev.c.id))
                          .join(pl, and_(pl.c.doc_id == ep.c.doc_id, pl.c.id == ep.c.place_id))
                          .join(d, d.c.id == ev.c.doc_id))
             .where(*event_conditions(f or EventFilter(), self.dialect))
             .order_by(ev.c.date_start.desc().nulls_last(), ev.c.doc_id, ev.c.n, ep.c.n)
             .limit(check_limit(limit, 100_000)))
        with self._read() as conn:
            return [MapPoint(**r) for r in conn.execute(q).mappings()]

    # -- overview
    def stats(self) -> dict[str, Any]:
        """Counts for a dashboard: documents, events (by type, modality, country), places, quotes, conflicts,
        actors (those some stored event names)."""
        ev, d, pl, ep = t.events, t.documents, t.places, t.event_places
        with self._read() as conn:
            def count(table: Any) -> int:
                return int(conn.execute(select(func.count()).select_from(table)).scalar_one())

            def grouped(col: Any, table: Any) -> dict[str, int]:
                q = select(col, func.count()).select_from(table).group_by(col).order_by(func.count().desc(), col)
                return {str(k) if k is not None else "": int(n) for k, n in conn.execute(q)}

            first, last = conn.execute(select(func.min(ev.c.date_start), func.max(ev.c.date_end))).one()
            pub_first, pub_last = conn.execute(select(func.min(d.c.published_date),
                                                      func.max(d.c.published_date))).one()
            country_q = (select(pl.c.country, func.count()).select_from(
                ep.join(pl, and_(pl.c.doc_id == ep.c.doc_id, pl.c.id == ep.c.place_id)))
                .group_by(pl.c.country).order_by(func.count().desc(), pl.c.country))
            return {
                "documents": count(d),
                "events": count(ev),
                "places": count(pl),
                "quotes": count(t.quotes),
                "conflicts": count(t.conflicts),
                "entities": count(t.entities),
                "actors": int(conn.execute(select(func.count(func.distinct(t.event_participants.c.actor_id))))
                              .scalar_one()),
                "events_by_type": grouped(ev.c.type, ev),
                "events_by_modality": grouped(ev.c.modality, ev),
                "events_by_country": {str(k or ""): int(n) for k, n in conn.execute(country_q)},
                "documents_by_language": grouped(d.c.language, d),
                "event_dates": {"first": first, "last": last},
                "published": {"first": pub_first, "last": pub_last},
            }


# --------------------------------------------------------------------------- helpers
def _canonical_names(conn: Connection, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """The canonical name of each (document id, entity id) that names a stored entity."""
    wanted = list(dict.fromkeys(keys))
    out: dict[tuple[str, str], str] = {}
    en = t.entities
    for k in range(0, len(wanted), 400):
        q = select(en.c.doc_id, en.c.id, en.c.canonical).where(tuple_(en.c.doc_id, en.c.id).in_(wanted[k:k + 400]))
        out.update({(d, i): c for d, i, c in conn.execute(q)})
    return out


def _place_from(row: Row[Any], *, offset: int) -> Place:
    """The Place in the columns of ``row`` from ``offset`` on (a ``places`` row)."""
    return build(Place, dict(zip(t.places.c.keys(), tuple(row)[offset:], strict=True)))


_TABLES = {tb.name: tb for tb in (t.documents, *t.CHILD_TABLES)}


def _insert(conn: Connection, rows: dict[str, list[dict[str, Any]]]) -> None:
    _insert_actors(conn, actor_rows(rows.get("actors", ())))
    for name in ("documents", *(tb.name for tb in t.CHILD_TABLES)):
        batch = rows.get(name)
        if batch:
            conn.execute(_TABLES[name].insert(), batch)


def _insert_actors(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Add the actors not yet stored (another document or writer may have added them), and fill a type or
    sector still unknown for an actor already stored."""
    if not rows:
        return
    a = t.actors
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock_shared(:k)"), {"k": _PG_ACTORS_LOCK_KEY})
    insert = pg_insert(a) if conn.dialect.name == "postgresql" else sqlite_insert(a)
    conn.execute(insert.on_conflict_do_nothing(index_elements=[a.c.id]), rows)
    for column in ("type", "sector"):
        fill = [{"b_id": r["id"], "b_value": r[column]} for r in rows if r[column] is not None]
        if fill:
            conn.execute(a.update().where(a.c.id == bindparam("b_id"), a.c[column].is_(None))
                         .values({column: bindparam("b_value")}), fill)


def _drop_unused_actors(conn: Connection, ids: Iterable[str]) -> None:
    """Delete the actors of ``ids`` that no stored participant names any more."""
    a, pa = t.actors, t.event_participants
    wanted = sorted(set(ids))
    for k in range(0, len(wanted), 400):
        used = select(pa.c.actor_id).where(pa.c.actor_id == a.c.id).exists()
        conn.execute(a.delete().where(a.c.id.in_(wanted[k:k + 400]), ~used))
