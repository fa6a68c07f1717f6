"""The incident tables (SPEC §6), on the store's one metadata (migration 0004).

``incident_members``
    one row per stored event mention: its incident, the link that put it there (``by``:
    first | auto | user; ``score``, ``link_to`` and ``features``), and the mention's
    :class:`~kroniek.incidents.MentionRecord` as JSON, so that linking a new article reads only
    this table. ``type``/``day_start``/``day_end``/``country`` are the blocking columns.
``incidents``
    one row per incident: the reconciled fields the filters and the map use as columns, the
    whole reconciled summary in ``data``.
``incident_decisions``
    the user's merges and splits, in member keys, in the order they were made; re-linking
    replays them.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, BigInteger, Float, Index, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column

from .schema import Base, _doc_id


class IncidentMemberRecord(Base):
    __tablename__ = "incident_members"
    __table_args__ = (Index("ix_incident_members_block", "type", "day_start", "day_end"),)

    doc_id: Mapped[str] = _doc_id()
    event_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    incident_id: Mapped[str] = mapped_column(String(32), index=True)
    type: Mapped[str] = mapped_column(String(16))
    day_start: Mapped[str | None] = mapped_column(String(10))
    day_end: Mapped[str | None] = mapped_column(String(10))
    country: Mapped[str | None] = mapped_column(String(8))  # of the mention's place (blocking; None: no place)
    by: Mapped[str] = mapped_column(String(8))  # first | auto | user
    score: Mapped[float | None] = mapped_column(Float)
    link_to: Mapped[str | None] = mapped_column(Text)  # the key of the member it matched best
    features: Mapped[dict[str, Any]] = mapped_column(JSON)
    record: Mapped[dict[str, Any]] = mapped_column(JSON)  # the MentionRecord
    linked: Mapped[float] = mapped_column(Float)  # unix time of the link


class IncidentRecord(Base):
    __tablename__ = "incidents"
    __table_args__ = (Index("ix_incidents_date", "date_start", "date_end"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    type: Mapped[str] = mapped_column(String(16), index=True)
    mode: Mapped[str | None] = mapped_column(String(32))
    modality: Mapped[str] = mapped_column(String(16))
    date_value: Mapped[str | None] = mapped_column(String(32))
    date_precision: Mapped[str | None] = mapped_column(String(8))
    date_source: Mapped[str | None] = mapped_column(String(16))
    date_start: Mapped[str | None] = mapped_column(String(10))
    date_end: Mapped[str | None] = mapped_column(String(10))
    place_name: Mapped[str | None] = mapped_column(Text)
    geonames_id: Mapped[int | None] = mapped_column(BigInteger)
    country: Mapped[str | None] = mapped_column(String(8), index=True)
    admin1: Mapped[str | None] = mapped_column(Text)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    first_report: Mapped[str | None] = mapped_column(String(40))
    last_report: Mapped[str | None] = mapped_column(String(40))
    n_reports: Mapped[int] = mapped_column(Integer)
    n_sources: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)  # Incident.summary()
    updated: Mapped[float] = mapped_column(Float)


class IncidentDecisionRecord(Base):
    __tablename__ = "incident_decisions"

    n: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(8))  # merge | split
    members: Mapped[list[str]] = mapped_column(JSON)
    incident: Mapped[str | None] = mapped_column(String(32))  # the incident it was made on (for the record)
    made: Mapped[float] = mapped_column(Float)


def _table(cls: type[Base]) -> Table:
    table = cls.__table__
    assert isinstance(table, Table)
    return table


incident_members = _table(IncidentMemberRecord)
incidents = _table(IncidentRecord)
incident_decisions = _table(IncidentDecisionRecord)
