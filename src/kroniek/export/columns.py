"""The flat columns of the ``csv`` and ``parquet`` exports, and what every export reads from a stored event.

One event is one row. Its primary place (the first resolved place of ``event.where``) gives the location,
country, admin1 and coordinates; the other places are named in ``other_locations``, so that a count is
never repeated on a second row. :data:`COLUMNS` is the one table of these columns: each names the model
field it is read from (a path on :class:`~kroniek.store.EventRow`), which also gives its Parquet type.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, get_args

from ..model import SIZE_SLOTS, Event, Modality, Place
from ..serialize import FieldShape, field_shape
from ..store import EventRow

#: What the text does not assert as having happened (negated, possible, future, hypothetical): never
#: counted as a happened event; acled-csv leaves these out unless asked, the other formats mark them.
UNREAL_MODALITIES: frozenset[str] = frozenset(get_args(Modality)) - {"asserted"}


def is_unreal(event: Event) -> bool:
    return event.modality in UNREAL_MODALITIES


def number(value: float | None) -> int | float | None:
    """``3.0`` as ``3``: counts are written as integers where they are."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def size(row: EventRow, slot: str) -> int | float | None:
    """The event's figure for ``slot``: its low end, else its high end (ACLED's lowest estimate)."""
    s = row.event.size_of(slot)
    if s is None:
        return None
    return number(s.low if s.low is not None else s.high)


def high(row: EventRow, slot: str) -> int | float | None:
    """The high end of the event's range for ``slot`` (None when it gives only a low figure, "more than 700")."""
    s = row.event.size_of(slot)
    return number(s.high) if s is not None else None


def joined(values: Iterable[str | None]) -> str:
    return "; ".join(v for v in values if v)


def distinct(values: Iterable[str | None]) -> str:
    """The values that are set, each once, in order, joined by "; "."""
    return joined(dict.fromkeys(v for v in values if v))


def primary_place(row: EventRow) -> Place | None:
    """The place an event is put at: the first resolved place of its ``where``."""
    return row.places[0] if row.places else None


def other_places(row: EventRow) -> tuple[Place, ...]:
    """The event's further resolved places, each once, without the primary one."""
    seen = {row.places[0].id} if row.places else set()
    out = []
    for p in row.places[1:]:
        if p.id not in seen:
            seen.add(p.id)
            out.append(p)
    return tuple(out)


def location_name(row: EventRow) -> str:
    """The primary place's name, else the words of the first ``where`` (an unresolved place)."""
    place = primary_place(row)
    if place is not None:
        return place.name
    return row.event.where[0].text if row.event.where else ""


@lru_cache(maxsize=1)
def _territories() -> tuple[dict[str, str], dict[str, str]]:
    """(ISO alpha-2 -> English country name, ISO alpha-2 -> ISO 3166 numeric) from Babel's CLDR data."""
    try:
        from babel import Locale
        from babel.core import get_global
    except ImportError:  # pragma: no cover - babel comes with trafilatura
        return {}, {}
    names = {k: v for k, v in Locale("en").territories.items() if len(k) == 2 and k.isalpha()}
    numeric: dict[str, str] = {}
    for code, targets in get_global("territory_aliases").items():
        if code.isdigit() and len(code) == 3 and len(targets) == 1:
            numeric.setdefault(targets[0], code)
    return names, numeric


def country_name(code: str | None) -> str:
    return _territories()[0].get((code or "").upper(), "") if code else ""


def is_country_code(code: str) -> bool:
    return code.upper() in _territories()[0]


def iso_numeric(code: str | None) -> str:
    return str(int(_territories()[1][code.upper()])) if code and code.upper() in _territories()[1] else ""


# --------------------------------------------------------------------------- the flat columns
def _path_shape(path: str) -> FieldShape:
    """The model field at ``path`` (dotted attribute names from :class:`EventRow`)."""
    cls: type = EventRow
    f: FieldShape | None = None
    for name in path.split("."):
        f = field_shape(cls, name)
        cls = f.base
    assert f is not None
    return f


def _resolve(row: EventRow, path: str) -> Any:
    value: Any = row
    for name in path.split("."):
        value = getattr(value, name)
        if value is None:
            return None
    return value


@dataclass(frozen=True, slots=True)
class Column:
    """One column of the flat export: read from the model field at ``path``, or computed by ``get``."""

    name: str
    path: str  # dotted field path on EventRow: the field the value comes from (and the column's type)
    get: Callable[[EventRow], Any] | None = None
    scalar: type | None = None  # the type of a computed value that is not the field's own (a flag)

    def value(self, row: EventRow) -> Any:
        return self.get(row) if self.get is not None else _resolve(row, self.path)

    @property
    def type(self) -> type:
        """The Python type of the column's values (of one value where the field holds several)."""
        return self.scalar or _path_shape(self.path).scalar


def _names(role: str) -> Callable[[EventRow], str]:
    def get(row: EventRow) -> str:
        names = getattr(row, f"{role}_names") or [p.text for p in getattr(row.event, f"{role}s")]
        return joined(names)
    return get


def _participant(role: str, field: str) -> Callable[[EventRow], str]:
    """The ``field`` (type, sector, country) of the event's actors or targets, each value once."""
    def get(row: EventRow) -> str:
        return distinct(getattr(p, field) for p in getattr(row.event, f"{role}s"))
    return get


def _ids(role: str) -> Callable[[EventRow], str]:
    def get(row: EventRow) -> str:
        return distinct(getattr(row, f"{role}_ids"))
    return get


def _primary(name: str) -> Callable[[EventRow], Any]:
    def get(row: EventRow) -> Any:
        place = primary_place(row)
        return getattr(place, name) if place is not None else None
    return get


def _size_of(slot: str) -> Callable[[EventRow], int | float | None]:
    return lambda row: size(row, slot)


def _high_of(slot: str) -> Callable[[EventRow], int | float | None]:
    return lambda row: high(row, slot)


#: The columns of ``csv`` and ``parquet``, in order.
COLUMNS: tuple[Column, ...] = (
    Column("event_key", "key"),
    Column("doc_id", "doc_id"),
    Column("event_id", "event.id"),
    Column("event_date", "event.when.value"),
    Column("date_start", "date_start"),
    Column("date_end", "date_end"),
    Column("date_precision", "event.when.precision"),
    Column("date_source", "event.when.source"),
    Column("type", "event.type"),
    Column("mode", "event.mode"),
    Column("acled_event_type", "event.acled.event_type"),
    Column("acled_sub_event_type", "event.acled.sub_event_type"),
    Column("modality", "event.modality"),
    Column("unreal", "event.modality", lambda row: is_unreal(row.event), bool),
    Column("confidence", "event.confidence"),
    Column("actors", "actor_names", _names("actor")),  # canonical names, else the texts
    Column("actor_types", "event.actors.type", _participant("actor", "type")),  # ACLED categories, each once
    Column("actor_sectors", "event.actors.sector", _participant("actor", "sector")),
    Column("actor_countries", "event.actors.country", _participant("actor", "country")),
    Column("actor_ids", "actor_ids", _ids("actor"), str),  # the store's actor ids (/actors/{id})
    Column("targets", "target_names", _names("target")),
    Column("target_types", "event.targets.type", _participant("target", "type")),
    Column("target_sectors", "event.targets.sector", _participant("target", "sector")),
    Column("target_countries", "event.targets.country", _participant("target", "country")),
    Column("target_ids", "target_ids", _ids("target"), str),
    Column("claimed_by", "claimed_by_name"),
    Column("location", "places.name", location_name),  # the primary place, else the text of `where`
    Column("country", "places.country", _primary("country")),
    Column("admin1", "places.admin1", _primary("admin1")),
    Column("latitude", "places.lat", _primary("lat")),
    Column("longitude", "places.lon", _primary("lon")),
    Column("geo_precision", "places.precision", _primary("precision")),
    Column("geonames_id", "places.geonames_id", _primary("geonames_id")),
    Column("other_locations", "places.name", lambda row: joined(p.name for p in other_places(row))),
    *(column for slot in SIZE_SLOTS for column in (
        Column(slot, "event.size.low", _size_of(slot)),  # low, else high: the figure counted
        Column(f"{slot}_high", "event.size.high", _high_of(slot)),  # the high end of a range ("200 tot 300")
    )),
    Column("trigger", "event.trigger.text"),
    Column("sentence", "sentence_text"),
    Column("title", "title"),
    Column("published", "published"),
    Column("url", "url"),
    Column("source", "source"),
    Column("language", "language"),
)
CSV_COLUMNS: tuple[str, ...] = tuple(c.name for c in COLUMNS)


def event_record(row: EventRow) -> dict[str, Any]:
    """The flat ``csv``/``parquet`` row of one event."""
    return {c.name: c.value(row) for c in COLUMNS}
