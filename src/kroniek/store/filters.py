"""Event filters (:class:`EventFilter`) and the SQL they become.

Every value reaches the database as a bound parameter: text filters are matched with
``LIKE ... ESCAPE`` on escaped patterns or through the full-text index (see
:mod:`kroniek.store.search`), never pasted into SQL.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, or_, select

from ..errors import ConfigError
from ..model import ACTOR_SECTORS, ACTOR_TYPES, EVENT_TYPES
from ..periods import period
from . import schema as t
from .search import event_match

MODALITIES = ("asserted", "negated", "possible", "future", "hypothetical")
ROLES = ("actor", "target")


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to list or export. Every field is optional; set fields are ANDed.

    ``type`` / ``mode`` / ``country`` / ``admin1`` / ``modality`` accept one value or several
    separated by commas. ``date_from`` / ``date_to`` are ISO dates (``2022``, ``2022-09`` or
    ``2022-09-25``, inclusive; an event overlapping the range matches). ``actor`` matches a
    participant whose words, canonical name or actor name (across documents) contain it
    (case-insensitive); ``actor_type`` is one or more ACLED actor categories
    (:data:`~kroniek.model.ACTOR_TYPES`) or sectors (:data:`~kroniek.model.ACTOR_SECTORS`);
    ``actor_id`` one or more ids of the actor table. A participant must meet all three, as an
    actor or a target of the event unless ``role`` (``actor`` or ``target``) says which.
    ``text`` is a full-text query over the evidence sentence, participants, places and the
    article title. ``document`` restricts to one document id.
    """

    type: str | None = None
    mode: str | None = None
    country: str | None = None
    admin1: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    actor: str | None = None
    actor_type: str | None = None
    actor_id: str | None = None
    role: str | None = None
    text: str | None = None
    modality: str | None = None
    min_confidence: float | None = None
    document: str | None = None

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, str) and not value.strip():
                object.__setattr__(self, f.name, None)  # empty query parameters mean "any"
            elif isinstance(value, dt.date):
                object.__setattr__(self, f.name, value.isoformat()[:10])
        if self.type is not None:
            bad = [v for v in split_values(self.type) if v.upper() not in EVENT_TYPES]
            if bad:
                raise ConfigError(f"event type {bad[0]!r} is unknown; expected one of {', '.join(EVENT_TYPES)}")
        if self.modality is not None:
            bad = [v for v in split_values(self.modality) if v.lower() not in MODALITIES]
            if bad:
                raise ConfigError(f"modality {bad[0]!r} is unknown; expected one of {', '.join(MODALITIES)}")
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            if value is not None and date_range(str(value)) is None:
                raise ConfigError(f"{name} must be an ISO date like 2022, 2022-09 or 2022-09-25, got {value!r}")
        if self.actor_type is not None:
            check_actor_type(self.actor_type)
        if self.role is not None and self.role.strip().lower() not in ROLES:
            raise ConfigError(f"role {self.role!r} is unknown; expected one of {', '.join(ROLES)}")
        if self.min_confidence is not None:
            try:
                conf = float(self.min_confidence)
            except (TypeError, ValueError):
                raise ConfigError(f"min_confidence must be a number from 0 to 1, got {self.min_confidence!r}") from None
            if not 0.0 <= conf <= 1.0:
                raise ConfigError(f"min_confidence must be a number from 0 to 1, got {self.min_confidence!r}")
            object.__setattr__(self, "min_confidence", conf)

    @property
    def is_empty(self) -> bool:
        return all(getattr(self, f.name) is None for f in fields(self))

    def as_dict(self) -> dict[str, Any]:
        """The set fields (for query strings and messages)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) is not None}


def split_values(value: str) -> list[str]:
    return [v.strip() for v in str(value).split(",") if v.strip()]


def check_actor_type(value: str) -> list[str]:
    """The ACLED categories and sectors of ``value`` (comma-separated, lower-cased); ConfigError naming both
    lists for anything else."""
    vals = [v.lower() for v in split_values(value)]
    bad = [v for v in vals if v not in ACTOR_TYPES and v not in ACTOR_SECTORS]
    if bad:
        raise ConfigError(f"actor type {bad[0]!r} is unknown; expected an ACLED actor category "
                          f"({', '.join(ACTOR_TYPES)}) or a sector ({', '.join(ACTOR_SECTORS)})")
    return vals


def participant_conditions(f: EventFilter) -> list[ColumnElement[bool]]:
    """Conditions on one ``event_participants`` row (joined to its actor) for the actor fields of ``f``."""
    pa, a = t.event_participants, t.actors
    out: list[ColumnElement[bool]] = []
    if f.actor:
        out.append(or_(contains(pa.c.text, f.actor), contains(func.coalesce(pa.c.canonical, ""), f.actor),
                       exists(select(a.c.id).where(a.c.id == pa.c.actor_id, contains(a.c.canonical, f.actor)))))
    if f.actor_type:
        vals = check_actor_type(f.actor_type)
        out.append(or_(func.lower(pa.c.type).in_(vals), func.lower(pa.c.sector).in_(vals)))
    if f.actor_id:
        out.append(pa.c.actor_id.in_(split_values(f.actor_id)))
    if out and f.role:
        out.append(pa.c.role == f.role.strip().lower())
    return out


def date_range(value: str) -> tuple[str, str] | None:
    """First and last day (``YYYY-MM-DD``) that a TIMEX3 date value can mean, or None.

    ``2022`` -> 2022-01-01..2022-12-31, ``2022-09`` -> the month, ``2022-W38`` -> that ISO
    week, ``2022-Q3`` -> the quarter, ``202`` -> the decade, ``2022-09-25T10:00`` -> the day.
    """
    span = period(value, decades=True)
    return (span[0].isoformat(), span[1].isoformat()) if span else None


def _in(column: Any, value: str, *, upper: bool = False, lower: bool = False) -> ColumnElement[bool]:
    vals = split_values(value)
    if upper:
        vals = [v.upper() for v in vals]
    if lower:
        vals = [v.lower() for v in vals]
    return column.in_(vals) if len(vals) > 1 else column == vals[0]


def like_pattern(text: str) -> str:
    """``%text%`` with LIKE wildcards in ``text`` escaped (use with ``escape='\\\\'``)."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped.lower()}%"


def contains(column: Any, text: str) -> ColumnElement[bool]:
    """Case-insensitive substring match, wildcards in ``text`` taken literally."""
    return func.lower(column).like(like_pattern(text), escape="\\")


def event_conditions(f: EventFilter, dialect: str) -> list[ColumnElement[bool]]:
    """The WHERE conditions (on ``events``) for ``f``."""
    ev = t.events
    out: list[ColumnElement[bool]] = []
    if f.type:
        out.append(_in(ev.c.type, f.type, upper=True))
    if f.mode:
        out.append(_in(ev.c.mode, f.mode, lower=True))
    if f.modality:
        out.append(_in(ev.c.modality, f.modality, lower=True))
    if f.min_confidence is not None:
        out.append(ev.c.confidence >= f.min_confidence)
    if f.document:
        out.append(ev.c.doc_id == f.document)
    if f.date_from:
        start = date_range(f.date_from)
        assert start is not None
        out.append(ev.c.date_end >= start[0])
    if f.date_to:
        end = date_range(f.date_to)
        assert end is not None
        out.append(ev.c.date_start <= end[1])
    if f.country or f.admin1:
        ep, pl = t.event_places, t.places
        place_conds: list[ColumnElement[bool]] = [
            ep.c.doc_id == ev.c.doc_id, ep.c.event_id == ev.c.id, pl.c.doc_id == ep.c.doc_id, pl.c.id == ep.c.place_id,
        ]
        if f.country:
            place_conds.append(_in(func.upper(pl.c.country), f.country, upper=True))
        if f.admin1:
            vals = [v.lower() for v in split_values(f.admin1)]
            place_conds.append(func.lower(pl.c.admin1).in_(vals))
        out.append(exists(select(ep.c.n).select_from(ep.join(pl, and_(*place_conds[2:]))).where(*place_conds[:2])))
    participant = participant_conditions(f)
    if participant:
        pa = t.event_participants
        out.append(exists(select(pa.c.n).where(pa.c.doc_id == ev.c.doc_id, pa.c.event_id == ev.c.id, *participant)))
    if f.text:
        out.append(event_match(f.text, dialect))
    return out
