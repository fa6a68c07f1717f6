"""The database schema (SQLAlchemy 2) for kroniek/1 documents.

One row per item of the kroniek/1 shape, keyed by the document id (sha256 of the text)
and the item id. The item tables (sentences, entities, places, times, quantities, quotes)
and the document columns are made from the dataclasses of :mod:`kroniek.model` through
:func:`kroniek.serialize.shape`: one column per field, its SQL type from the field's type
unless :data:`COLUMN_TYPES` sizes it. Events keep their full kroniek/1 JSON in ``data`` (for
an exact round trip) beside the columns the filters use. Full-text search tables/columns
are created by the migrations (FTS5 on SQLite, a generated ``tsvector`` on PostgreSQL), not here.

Changing a table (also by adding a field to the model) means a new Alembic revision in
``store/migrations/versions``; ``tests/test_store.py`` compares the migrated database with this schema.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeEngine

from ..model import Document, Entity, Place, Quantity, Quote, Sentence, TimeExpr
from ..serialize import DOCUMENT_KEYS, shape

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

DOC_FK = "documents.id"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


metadata = Base.metadata

#: SQL types of model fields stored in a column narrower than their Python type says (by field name;
#: a name means the same thing in every table). Other fields: str -> Text, int -> Integer, float -> Float.
COLUMN_TYPES: dict[str, TypeEngine[Any]] = {
    **{name: String(32) for name in ("id", "entity", "speaker", "claimed_by", "anchor", "wikidata")},
    **{name: String(16) for name in ("type", "granularity", "kind", "precision", "feature_code")},
    **{name: String(8) for name in ("label", "country", "language")},
    "value": String(64),
    "published": String(40),
    "geonames_id": BigInteger(),
}
_SCALAR_TYPES: dict[type, type[TypeEngine[Any]]] = {str: Text, int: Integer, float: Float, bool: Boolean}
#: Model fields with an index of their own.
INDEXED = frozenset({"url", "geonames_id"})


def _doc_id_column() -> Column[str]:
    return Column("doc_id", String(64), ForeignKey(DOC_FK, ondelete="CASCADE"), primary_key=True)


def _doc_id() -> Mapped[str]:
    return mapped_column(String(64), ForeignKey(DOC_FK, ondelete="CASCADE"), primary_key=True)


def model_columns(cls: type, *, key: str | None = None, only: tuple[str, ...] | None = None,
                  types: dict[str, TypeEngine[Any]] | None = None) -> list[Column[Any]]:
    """One column per field of the model dataclass ``cls`` (``key`` joins the primary key; ``types`` overrides)."""
    columns: list[Column[Any]] = []
    for f in shape(cls):
        if only is not None and f.name not in only:
            continue
        sql_type = (types or {}).get(f.name) or COLUMN_TYPES.get(f.name) or _SCALAR_TYPES[f.scalar]()
        is_key = f.name == key
        columns.append(Column(f.name, sql_type, primary_key=is_key, nullable=f.optional and not is_key,
                              autoincrement=False if is_key and f.scalar is int else "auto",
                              index=f.name in INDEXED or None, default=f.default if f.scalar is bool else None))
    return columns


def item_table(name: str, cls: type, *extra: Any, key: str = "id") -> Table:
    """The table of one kind of item: document id, position ``n`` in the list (unless keyed by it), the fields."""
    position = [] if key == "i" else [Column("n", Integer, nullable=False)]  # the position in the document's list
    return Table(name, metadata, _doc_id_column(), *position, *model_columns(cls, key=key), *extra)


documents = Table(
    "documents", metadata,
    *model_columns(Document, key="id", only=DOCUMENT_KEYS, types={"id": String(64)}),  # the sha256 of the text
    Column("name", Text),  # where it was read from (file, URL, WARC record)
    Column("published_date", String(10), index=True),  # YYYY-MM-DD for sorting
    Column("n_events", Integer, nullable=False, default=0),
    Column("added", Float, nullable=False),  # unix time the row was written
)
sentences = item_table("sentences", Sentence, key="i")
entities = item_table("entities", Entity)
places = item_table("places", Place, Index("ix_places_country_admin1", "country", "admin1"))
times = item_table("times", TimeExpr)
quantities = item_table("quantities", Quantity)
quotes = item_table("quotes", Quote, Column("speaker_canonical", Text))  # the speaker entity's canonical name


class EventRecord(Base):
    __tablename__ = "events"
    __table_args__ = (
        Index("ix_events_date", "date_start", "date_end"),
        Index("ix_events_type_mode", "type", "mode"),
    )

    doc_id: Mapped[str] = _doc_id()
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)  # position in the document's event list
    type: Mapped[str] = mapped_column(String(16))
    mode: Mapped[str | None] = mapped_column(String(32))
    acled_event_type: Mapped[str] = mapped_column(Text)
    acled_sub_event_type: Mapped[str] = mapped_column(Text)
    sentence: Mapped[int] = mapped_column(Integer)
    sentence_start: Mapped[int] = mapped_column(Integer)
    sentence_end: Mapped[int] = mapped_column(Integer)
    sentence_text: Mapped[str] = mapped_column(Text)
    trigger_text: Mapped[str] = mapped_column(Text)
    trigger_start: Mapped[int] = mapped_column(Integer)
    trigger_end: Mapped[int] = mapped_column(Integer)
    modality: Mapped[str] = mapped_column(String(16), index=True)
    confidence: Mapped[float] = mapped_column(Float, index=True)
    claimed_by: Mapped[str | None] = mapped_column(String(32))
    date_value: Mapped[str | None] = mapped_column(String(32))
    date_precision: Mapped[str | None] = mapped_column(String(8))
    date_source: Mapped[str | None] = mapped_column(String(16))
    date_start: Mapped[str | None] = mapped_column(String(10))  # first day the date can mean, YYYY-MM-DD
    date_end: Mapped[str | None] = mapped_column(String(10))  # last day
    participants: Mapped[float | None] = mapped_column(Float)  # size low values
    killed: Mapped[float | None] = mapped_column(Float)
    injured: Mapped[float | None] = mapped_column(Float)
    arrested: Mapped[float | None] = mapped_column(Float)
    displaced: Mapped[float | None] = mapped_column(Float)
    search_text: Mapped[str] = mapped_column(Text)  # sentence, trigger, participants, places: for search
    data: Mapped[dict[str, Any]] = mapped_column(JSON)  # the full kroniek/1 event


class EventPlaceRecord(Base):
    """One ``where`` entry of an event (resolved to a place of the same document, or not)."""

    __tablename__ = "event_places"

    doc_id: Mapped[str] = _doc_id()
    event_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    n: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    place_id: Mapped[str | None] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text)


class EventParticipantRecord(Base):
    """One actor or target of an event: its words, canonical name, ACLED type, sector, country and actor."""

    __tablename__ = "event_participants"

    doc_id: Mapped[str] = _doc_id()
    event_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    role: Mapped[str] = mapped_column(String(8), primary_key=True)  # actor | target
    n: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    text: Mapped[str] = mapped_column(Text)
    entity: Mapped[str | None] = mapped_column(String(32))
    canonical: Mapped[str | None] = mapped_column(Text)  # the participant's canonical name, else its entity's
    type: Mapped[str | None] = mapped_column(String(32), index=True)  # model.ACTOR_TYPES
    sector: Mapped[str | None] = mapped_column(String(32), index=True)  # model.ACTOR_SECTORS
    country: Mapped[str | None] = mapped_column(String(8))  # ISO 3166-1 alpha-2
    actor_id: Mapped[str | None] = mapped_column(String(32), index=True)  # actors.id; None for unnamed groups


class ActorRecord(Base):
    """One actor across documents: a named participant, keyed by its normalized name and country.

    ``id`` is derived from (``name_key``, ``country``) (:func:`kroniek.store.actors.actor_id`), so
    concurrent writers agree on it without a lookup. The variants and counts are not stored: they are
    the ``event_participants`` rows that point here, so deleting a document can never leave them stale.
    """

    __tablename__ = "actors"
    __table_args__ = (Index("ix_actors_name_key_country", "name_key", "country", unique=True),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name_key: Mapped[str] = mapped_column(Text)  # the canonical name normalized (case, spaces, article)
    country: Mapped[str] = mapped_column(String(8))  # "" when unknown (part of the key)
    canonical: Mapped[str] = mapped_column(Text)  # the name as first stored
    type: Mapped[str | None] = mapped_column(String(32), index=True)  # the first type stored for it
    sector: Mapped[str | None] = mapped_column(String(32), index=True)


class ConflictRecord(Base):
    __tablename__ = "conflicts"

    doc_id: Mapped[str] = _doc_id()
    n: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    what: Mapped[str] = mapped_column(Text)
    values: Mapped[list[dict[str, Any]]] = mapped_column(JSON)


def _table(cls: type[Base]) -> Table:
    table = cls.__table__
    assert isinstance(table, Table)
    return table


events = _table(EventRecord)
event_places = _table(EventPlaceRecord)
event_participants = _table(EventParticipantRecord)
actors = _table(ActorRecord)
conflicts = _table(ConflictRecord)

#: Child tables in the order rows are written (documents first).
CHILD_TABLES = (sentences, entities, places, times, quantities, quotes, events, event_places,
                event_participants, conflicts)
