"""The event store: kroniek/1 documents in SQLite (default, WAL) or PostgreSQL.

    >>> store = Store.open("sqlite:///kroniek.db")
    >>> store.add(doc)                                  # False when already stored
    >>> store.events(EventFilter(type="PROTEST", country="RU"), limit=20)

Every document is written in one transaction (all its items or nothing), keyed by its
id (sha256 of the text), so writing the same document twice stores it once and a
process killed mid-write leaves no partial document. All SQL goes through SQLAlchemy
with bound parameters.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Row,
    Select,
    and_,
    create_engine,
    event,
    func,
    or_,
    select,
    text,
    tuple_,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, SQLAlchemyError

from ..errors import StoreError
from ..model import Conflict, ConflictValue, Document, Event, Place, Quote
from . import schema as t
from .filters import EventFilter, contains, date_range, event_conditions
from .search import document_match

log = logging.getLogger(__name__)

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_MIGRATE_LOCK = threading.Lock()
_PG_LOCK_KEY = 0x6B726F6E  # "kron": advisory lock serialising migrations on PostgreSQL
CHUNK = 200


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

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: the kroniek/1 event, its document, sentence and places."""
        return {
            "key": self.key,
            "document": {"id": self.doc_id, "title": self.title, "published": self.published, "url": self.url,
                         "source": self.source, "language": self.language},
            "event": event_json(self.event),
            "sentence": {"i": self.event.sentence, "start": self.sentence_start, "end": self.sentence_end,
                         "text": self.sentence_text},
            "places": [dataclasses.asdict(p) for p in self.places],
            "date_start": self.date_start,
            "date_end": self.date_end,
            "actor_names": list(self.actor_names),
            "target_names": list(self.target_names),
            "claimed_by_name": self.claimed_by_name,
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

    def to_dict(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "title": self.title, "published": self.published, "url": self.url,
                "quote": dataclasses.asdict(self.quote), "speaker_canonical": self.speaker_canonical}


@dataclass(frozen=True, slots=True)
class ConflictRow:
    doc_id: str
    title: str | None
    published: str | None
    conflict: Conflict

    def to_dict(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "title": self.title, "published": self.published,
                "conflict": dataclasses.asdict(self.conflict)}


def event_json(ev: Event) -> dict[str, Any]:
    """The kroniek/1 JSON of one event."""
    events: list[dict[str, Any]] = Document(text="", id="-", events=(ev,)).to_dict()["events"]
    return events[0]


def event_from_json(data: dict[str, Any]) -> Event:
    return Document.from_dict({"document": {"text": "", "id": "-"}, "events": [data]}).events[0]


# --------------------------------------------------------------------------- URLs and engines
def normalize_url(url: str) -> str:
    """A SQLAlchemy URL: bare paths become SQLite files, postgresql:// uses psycopg 3."""
    url = str(url).strip()
    if not url:
        raise StoreError("database URL is empty; give sqlite:///PATH.db or postgresql://USER@HOST/DB")
    if "://" not in url:
        return f"sqlite:///{url}"
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def _sqlite_engine(url: str) -> Engine:
    parsed = make_url(url)
    db = parsed.database
    if db and db != ":memory:" and not db.startswith("file:"):
        Path(db).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": 60})

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # transactions are begun below, not by the driver
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA busy_timeout = 60000")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # Writers take the write lock up front: no deadlock upgrading a read lock.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("kroniek_write") else "BEGIN")

    return engine


# --------------------------------------------------------------------------- the store
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
            engine = _sqlite_engine(full) if full.startswith("sqlite") else create_engine(full, pool_pre_ping=True)
        except (ArgumentError, ImportError, ValueError) as exc:
            raise StoreError(f"cannot use database URL {_safe(full)}: {exc}; expected sqlite:///PATH.db or "
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
                cfg = _alembic_config()
                cfg.attributes["connection"] = conn
                log.info("migrating %s to schema %s", _safe(self.url), ", ".join(sorted(_script_heads())))
                command.upgrade(cfg, "head")
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open or migrate the database {_safe(self.url)}: {_short(exc)}") from None

    @staticmethod
    def _at_head(conn: Connection) -> bool:
        """Whether the schema is current; StoreError if it is newer than this kroniek knows."""
        from alembic.runtime.migration import MigrationContext

        current = set(MigrationContext.configure(conn).get_current_heads())
        heads = set(_script_heads())
        known = _known_revisions()
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
        return f"Store({_safe(self.url)!r})"

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
            raise StoreError(f"cannot read the database {_safe(self.url)}: {_short(exc)}") from None

    # -- writing
    def add(self, doc: Document, *, name: str | None = None) -> bool:
        """Store ``doc`` with all its items in one transaction; False if it was already stored."""
        rows = document_rows(doc, name)
        try:
            with self._write() as conn:
                if conn.execute(select(t.documents.c.id).where(t.documents.c.id == doc.id)).first():
                    return False
                _insert(conn, rows)
            return True
        except IntegrityError:
            if self.has(doc.id):  # another writer stored it in the meantime
                return False
            raise StoreError(f"cannot store document {doc.id[:12]}: it violates the schema "
                             "(duplicate item ids?); check the document with `kroniek extract --check`") from None
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot write document {doc.id[:12]} to {_safe(self.url)}: {_short(exc)}") from None

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
            return len(new)
        except IntegrityError:
            log.info("bulk insert collided with another writer; storing the chunk one by one")
            return sum(self.add(doc, name=name) for doc, name in unique.values())
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot write documents to {_safe(self.url)}: {_short(exc)}") from None

    def delete(self, doc_id: str) -> bool:
        """Remove a document and everything read from it; False if it was not stored."""
        try:
            with self._write() as conn:
                for table in reversed(t.CHILD_TABLES):
                    conn.execute(table.delete().where(table.c.doc_id == doc_id))
                return conn.execute(t.documents.delete().where(t.documents.c.id == doc_id)).rowcount > 0
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot delete document {doc_id[:12]}: {_short(exc)}") from None

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
            data: dict[str, Any] = {"document": {k: d[k] for k in ("id", "url", "source", "title", "published",
                                                                    "language", "text")}}
            for key, table in (("sentences", t.sentences), ("entities", t.entities), ("places", t.places),
                               ("times", t.times), ("quantities", t.quantities), ("quotes", t.quotes),
                               ("events", t.events), ("conflicts", t.conflicts)):
                by = table.c.i if table is t.sentences else table.c.n
                rows = conn.execute(select(table).where(table.c.doc_id == doc_id).order_by(by)).mappings().all()
                if key == "events":
                    data[key] = [r["data"] for r in rows]
                elif key == "conflicts":
                    data[key] = [{"what": r["what"], "values": r["values"]} for r in rows]
                else:
                    data[key] = [dict(r) for r in rows]
        return Document.from_dict(data)

    def documents(self, *, text: str | None = None, language: str | None = None, source: str | None = None,
                  date_from: str | None = None, date_to: str | None = None, limit: int = 50,
                  offset: int = 0) -> list[DocumentInfo]:
        """Stored documents, newest published first, optionally filtered."""
        d = t.documents
        q = select(d.c.id, d.c.name, d.c.url, d.c.source, d.c.title, d.c.published, d.c.language, d.c.n_events,
                   func.length(d.c.text).label("chars"), d.c.added)
        q = q.where(*self._document_conditions(text, language, source, date_from, date_to))
        q = q.order_by(d.c.published_date.desc().nulls_last(), d.c.added.desc(), d.c.id).limit(_limit(limit))
        q = q.offset(_offset(offset))
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
            t.documents.c.published_date.desc().nulls_last(), t.documents.c.id).limit(_limit(limit, 10_000))
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
             .limit(_limit(limit)).offset(_offset(offset)))
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
        names: dict[tuple[str, str, str], list[tuple[int, str]]] = {}
        pa = t.event_participants
        for k in range(0, len(keys), 400):
            part = keys[k:k + 400]
            q2 = select(pa.c.doc_id, pa.c.event_id, pa.c.role, pa.c.n, pa.c.text, pa.c.canonical).where(
                tuple_(pa.c.doc_id, pa.c.event_id).in_(part))
            for doc_id, event_id, role, n, text_, canonical in conn.execute(q2):
                names.setdefault((doc_id, event_id, role), []).append((n, canonical or text_))
        claims = list({(r["doc_id"], r["claimed_by"]) for r in rows if r["claimed_by"]})
        claimed: dict[tuple[str, str], str] = {}
        en = t.entities
        for k in range(0, len(claims), 400):
            q3 = select(en.c.doc_id, en.c.id, en.c.canonical).where(tuple_(en.c.doc_id, en.c.id).in_(claims[k:k + 400]))
            claimed.update({(d, i): c for d, i, c in conn.execute(q3)})
        out = []
        for r in rows:
            found = sorted(places.get((r["doc_id"], r["id"]), []), key=lambda x: x[0])
            actors = tuple(x for _, x in sorted(names.get((r["doc_id"], r["id"], "actor"), [])))
            targets = tuple(x for _, x in sorted(names.get((r["doc_id"], r["id"], "target"), [])))
            out.append(EventRow(
                key=f"{r['doc_id']}:{r['id']}", doc_id=r["doc_id"], event=event_from_json(r["data"]),
                title=r["title"], published=r["published"], url=r["url"], source=r["source"],
                language=r["language"] or "", sentence_text=r["sentence_text"], sentence_start=r["sentence_start"],
                sentence_end=r["sentence_end"], places=tuple(p for _, p in found), date_start=r["date_start"],
                date_end=r["date_end"], added=r["added"], actor_names=actors, target_names=targets,
                claimed_by_name=claimed.get((r["doc_id"], r["claimed_by"])) if r["claimed_by"] else None))
        return out

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
             .limit(_limit(limit, 100_000)).offset(_offset(offset)))
        with self._read() as conn:
            return [PlaceInfo(name=r["name"], geonames_id=r["geonames_id"], country=r["country"], admin1=r["admin1"],
                              lat=r["lat"], lon=r["lon"], precision=r["precision"], n_events=int(r["n_events"] or 0),
                              n_documents=int(r["n_documents"])) for r in conn.execute(q).mappings()]

    def count_places(self, f: EventFilter | None = None) -> int:
        """How many rows :meth:`places` lists for ``f`` (without limit)."""
        q, _ = self._places_query(f)
        with self._read() as conn:
            return int(conn.execute(select(func.count()).select_from(q.subquery())).scalar_one())

    def _quote_conditions(self, document: str | None, speaker: str | None,
                          text_q: str | None) -> list[ColumnElement[bool]]:
        qt = t.quotes
        out: list[ColumnElement[bool]] = []
        if document:
            out.append(qt.c.doc_id == document)
        if speaker:
            out.append(or_(contains(func.coalesce(qt.c.speaker_text, ""), speaker),
                           contains(func.coalesce(qt.c.speaker_canonical, ""), speaker)))
        if text_q:
            out.append(contains(qt.c.text, text_q))
        return out

    def quotes(self, *, document: str | None = None, speaker: str | None = None, text: str | None = None,
               limit: int = 50, offset: int = 0) -> list[QuoteRow]:
        """Quotes (direct and indirect), newest article first; ``speaker``/``text`` match substrings."""
        qt, d = t.quotes, t.documents
        q = (select(qt, d.c.title, d.c.published, d.c.url).select_from(qt.join(d, d.c.id == qt.c.doc_id))
             .where(*self._quote_conditions(document, speaker, text))
             .order_by(d.c.published_date.desc().nulls_last(), qt.c.doc_id, qt.c.start)
             .limit(_limit(limit)).offset(_offset(offset)))
        names = [f.name for f in dataclasses.fields(Quote)]
        with self._read() as conn:
            return [QuoteRow(doc_id=r["doc_id"], title=r["title"], published=r["published"], url=r["url"],
                             quote=Quote(**{n: r[n] for n in names}), speaker_canonical=r["speaker_canonical"])
                    for r in conn.execute(q).mappings()]

    def count_quotes(self, *, document: str | None = None, speaker: str | None = None,
                     text: str | None = None) -> int:
        q = select(func.count()).select_from(t.quotes).where(*self._quote_conditions(document, speaker, text))
        with self._read() as conn:
            return int(conn.execute(q).scalar_one())

    def conflicts(self, *, document: str | None = None, limit: int = 50, offset: int = 0) -> list[ConflictRow]:
        """Conflicting figures (e.g. two sources giving different death tolls), newest article first."""
        c, d = t.conflicts, t.documents
        q = select(c, d.c.title, d.c.published).select_from(c.join(d, d.c.id == c.c.doc_id))
        if document:
            q = q.where(c.c.doc_id == document)
        q = (q.order_by(d.c.published_date.desc().nulls_last(), c.c.doc_id, c.c.n)
             .limit(_limit(limit)).offset(_offset(offset)))
        with self._read() as conn:
            return [ConflictRow(doc_id=r["doc_id"], title=r["title"], published=r["published"],
                                conflict=Conflict(what=r["what"], values=tuple(
                                    ConflictValue(low=v.get("low"), high=v.get("high"), claimed_by=v.get("claimed_by"),
                                                  quantity=v.get("quantity")) for v in r["values"])))
                    for r in conn.execute(q).mappings()]

    def count_conflicts(self, *, document: str | None = None) -> int:
        q = select(func.count()).select_from(t.conflicts)
        if document:
            q = q.where(t.conflicts.c.doc_id == document)
        with self._read() as conn:
            return int(conn.execute(q).scalar_one())

    # -- overview
    def stats(self) -> dict[str, Any]:
        """Counts for a dashboard: documents, events (by type, modality, country), places, quotes, conflicts."""
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
                "events_by_type": grouped(ev.c.type, ev),
                "events_by_modality": grouped(ev.c.modality, ev),
                "events_by_country": {str(k or ""): int(n) for k, n in conn.execute(country_q)},
                "documents_by_language": grouped(d.c.language, d),
                "event_dates": {"first": first, "last": last},
                "published": {"first": pub_first, "last": pub_last},
            }


# --------------------------------------------------------------------------- helpers
@lru_cache(maxsize=1)
def _scripts() -> tuple[frozenset[str], frozenset[str]]:
    """(head revisions, every revision) of the migration scripts shipped with this kroniek."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(_alembic_config())
    return frozenset(scripts.get_heads()), frozenset(rev.revision for rev in scripts.walk_revisions())


def _script_heads() -> frozenset[str]:
    return _scripts()[0]


def _known_revisions() -> frozenset[str]:
    return _scripts()[1]


def _alembic_config() -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", "kroniek.store:migrations")
    return cfg


def _limit(limit: int, most: int = 10_000) -> int:
    try:
        value = int(limit)
    except (TypeError, ValueError):
        raise StoreError(f"limit must be a whole number, got {limit!r}") from None
    if value < 0:
        raise StoreError(f"limit must be 0 or more, got {value}")
    return min(value, most)


def _offset(offset: int) -> int:
    try:
        value = int(offset)
    except (TypeError, ValueError):
        raise StoreError(f"offset must be a whole number, got {offset!r}") from None
    if value < 0:
        raise StoreError(f"offset must be 0 or more, got {value}")
    return value


def _safe(url: str) -> str:
    """The URL without its password (for messages)."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _short(exc: BaseException) -> str:
    msg = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return msg[0] if msg else type(exc).__name__


def _place_from(row: Row[Any], *, offset: int) -> Place:
    """The Place in the columns of ``row`` from ``offset`` on (a ``places`` row)."""
    names = [f.name for f in dataclasses.fields(Place)]
    values = dict(zip(t.places.c.keys(), tuple(row)[offset:], strict=True))
    return Place(**{n: values[n] for n in names})


def _participant_canonical(doc: Document, entity: str | None) -> str | None:
    ent = doc.entity(entity)
    return ent.canonical if ent else None


def _fields(item: Any) -> dict[str, Any]:
    return dataclasses.asdict(item)


def document_rows(doc: Document, name: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """The rows of every table for ``doc`` (keyed by table name)."""
    now = time.time()
    published_date = doc.published[:10] if doc.published and _ISO_DAY.match(doc.published) else None
    rows: dict[str, list[dict[str, Any]]] = {
        "documents": [{"id": doc.id, "name": name, "url": doc.url, "source": doc.source, "title": doc.title,
                       "published": doc.published, "published_date": published_date, "language": doc.language or "",
                       "text": doc.text, "n_events": len(doc.events), "added": now}],
        "sentences": [{"doc_id": doc.id, **dataclasses.asdict(s)} for s in doc.sentences],
    }
    for key, items in (("entities", doc.entities), ("places", doc.places), ("times", doc.times),
                       ("quantities", doc.quantities)):
        rows[key] = [{"doc_id": doc.id, "n": n, **_fields(it)} for n, it in enumerate(items)]
    rows["quotes"] = [{"doc_id": doc.id, "n": n, **dataclasses.asdict(q),
                       "speaker_canonical": _participant_canonical(doc, q.speaker)} for n, q in enumerate(doc.quotes)]
    rows["conflicts"] = [{"doc_id": doc.id, "n": n, "what": c.what, "values": [dataclasses.asdict(v) for v in c.values]}
                         for n, c in enumerate(doc.conflicts)]
    sentences = {s.i: s for s in doc.sentences}
    places = {p.id: p for p in doc.places}
    events_json = doc.to_dict()["events"]
    ev_rows, ep_rows, pa_rows = [], [], []
    for n, (ev, data) in enumerate(zip(doc.events, events_json, strict=True)):
        s = sentences.get(ev.sentence)
        s_start, s_end = (s.start, s.end) if s else (ev.trigger.start, ev.trigger.end)
        sentence_text = doc.text[s_start:s_end]
        rng = date_range(ev.when.value) if ev.when else None
        search = [sentence_text, ev.trigger.text, doc.title or ""]
        for role, parts in (("actor", ev.actors), ("target", ev.targets)):
            for k, p in enumerate(parts):
                canonical = _participant_canonical(doc, p.entity)
                pa_rows.append({"doc_id": doc.id, "event_id": ev.id, "role": role, "n": k, "text": p.text,
                                "entity": p.entity, "canonical": canonical})
                search += [p.text, canonical or ""]
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
            "search_text": " ".join(x for x in search if x), "data": data,
        })
    rows["events"], rows["event_places"], rows["event_participants"] = ev_rows, ep_rows, pa_rows
    return rows


_TABLES = {tb.name: tb for tb in (t.documents, *t.CHILD_TABLES)}


def _insert(conn: Connection, rows: dict[str, list[dict[str, Any]]]) -> None:
    for name in ("documents", *(tb.name for tb in t.CHILD_TABLES)):
        batch = rows.get(name)
        if batch:
            conn.execute(_TABLES[name].insert(), batch)
