"""The database schema (SQLAlchemy 2 declarative tables) for kroniek/1 documents.

One row per item of the kroniek/1 shape, keyed by the document id (sha256 of the text)
and the item id. Events keep their full kroniek/1 JSON in ``data`` (for an exact round
trip) beside the columns the filters use. Full-text search tables/columns are created by
the migrations (FTS5 on SQLite, a generated ``tsvector`` on PostgreSQL), not here.

Changing a table means a new Alembic revision in ``store/migrations/versions``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
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


def _doc_id() -> Mapped[str]:
    return mapped_column(String(64), ForeignKey(DOC_FK, ondelete="CASCADE"), primary_key=True)


class DocumentRecord(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str | None] = mapped_column(Text)  # where it was read from (file, URL, WARC record)
    url: Mapped[str | None] = mapped_column(Text, index=True)
    source: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(40))
    published_date: Mapped[str | None] = mapped_column(String(10), index=True)  # YYYY-MM-DD for sorting
    language: Mapped[str] = mapped_column(String(8), default="")
    text: Mapped[str] = mapped_column(Text)
    n_events: Mapped[int] = mapped_column(Integer, default=0)
    added: Mapped[float] = mapped_column(Float)  # unix time the row was written


class SentenceRecord(Base):
    __tablename__ = "sentences"

    doc_id: Mapped[str] = _doc_id()
    i: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)


class EntityRecord(Base):
    __tablename__ = "entities"

    doc_id: Mapped[str] = _doc_id()
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)  # position in the document's list
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(8))
    canonical: Mapped[str] = mapped_column(Text)
    wikidata: Mapped[str | None] = mapped_column(String(32))


class PlaceRecord(Base):
    __tablename__ = "places"
    __table_args__ = (Index("ix_places_country_admin1", "country", "admin1"),)

    doc_id: Mapped[str] = _doc_id()
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)  # position in the document's list
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    geonames_id: Mapped[int | None] = mapped_column(BigInteger, index=True)
    feature_code: Mapped[str | None] = mapped_column(String(16))
    country: Mapped[str | None] = mapped_column(String(8))
    admin1: Mapped[str | None] = mapped_column(Text)
    lat: Mapped[float] = mapped_column(Float)
    lon: Mapped[float] = mapped_column(Float)
    precision: Mapped[str] = mapped_column(String(16))
    score: Mapped[float] = mapped_column(Float)
    entity: Mapped[str | None] = mapped_column(String(32))


class TimeRecord(Base):
    __tablename__ = "times"

    doc_id: Mapped[str] = _doc_id()
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)  # position in the document's list
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(16))
    value: Mapped[str] = mapped_column(String(64))
    granularity: Mapped[str] = mapped_column(String(16))
    anchor: Mapped[str] = mapped_column(String(32))
    approximate: Mapped[bool] = mapped_column(Boolean, default=False)


class QuantityRecord(Base):
    __tablename__ = "quantities"

    doc_id: Mapped[str] = _doc_id()
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)  # position in the document's list
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    low: Mapped[float | None] = mapped_column(Float)
    high: Mapped[float | None] = mapped_column(Float)
    approximate: Mapped[bool] = mapped_column(Boolean, default=False)
    unit: Mapped[str | None] = mapped_column(Text)
    counted: Mapped[str | None] = mapped_column(Text)
    counted_lemma: Mapped[str | None] = mapped_column(Text)
    claimed_by: Mapped[str | None] = mapped_column(String(32))
    counted_start: Mapped[int | None] = mapped_column(Integer)
    counted_end: Mapped[int | None] = mapped_column(Integer)


class QuoteRecord(Base):
    __tablename__ = "quotes"

    doc_id: Mapped[str] = _doc_id()
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)  # position in the document's list
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    speaker: Mapped[str | None] = mapped_column(String(32))
    speaker_text: Mapped[str | None] = mapped_column(Text)
    speaker_description: Mapped[str | None] = mapped_column(Text)
    cue: Mapped[str | None] = mapped_column(Text)
    speaker_start: Mapped[int | None] = mapped_column(Integer)
    speaker_end: Mapped[int | None] = mapped_column(Integer)
    cue_start: Mapped[int | None] = mapped_column(Integer)
    cue_end: Mapped[int | None] = mapped_column(Integer)
    speaker_canonical: Mapped[str | None] = mapped_column(Text)  # the speaker entity's canonical name


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
    """One actor or target of an event, with the canonical name of its entity when linked."""

    __tablename__ = "event_participants"

    doc_id: Mapped[str] = _doc_id()
    event_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    role: Mapped[str] = mapped_column(String(8), primary_key=True)  # actor | target
    n: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    text: Mapped[str] = mapped_column(Text)
    entity: Mapped[str | None] = mapped_column(String(32))
    canonical: Mapped[str | None] = mapped_column(Text)


class ConflictRecord(Base):
    __tablename__ = "conflicts"

    doc_id: Mapped[str] = _doc_id()
    n: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    what: Mapped[str] = mapped_column(Text)
    values: Mapped[list[dict[str, Any]]] = mapped_column(JSON)


metadata = Base.metadata


def _table(cls: type[Base]) -> Table:
    table = cls.__table__
    assert isinstance(table, Table)
    return table


documents = _table(DocumentRecord)
sentences = _table(SentenceRecord)
entities = _table(EntityRecord)
places = _table(PlaceRecord)
times = _table(TimeRecord)
quantities = _table(QuantityRecord)
quotes = _table(QuoteRecord)
events = _table(EventRecord)
event_places = _table(EventPlaceRecord)
event_participants = _table(EventParticipantRecord)
conflicts = _table(ConflictRecord)

#: Child tables in the order rows are written (documents first).
CHILD_TABLES = (sentences, entities, places, times, quantities, quotes, events, event_places,
                event_participants, conflicts)
