"""``kroniek export``: stored events as CSV, ACLED-shaped CSV, JSONL, GeoJSON or Parquet.

Every format takes the same :class:`~kroniek.store.EventFilter` as the API. Rows carry the
event key (``doc_id:event_id``) and the evidence sentence, so each row leads back to its text.

* ``csv`` / ``parquet``: one row per event (places joined with ``; ``; coordinates of the first).
  :data:`COLUMNS` is the one table of these columns: each names the model field it is read from
  (a path on :class:`~kroniek.store.EventRow`), which also gives its Parquet type.
* ``acled-csv``: ACLED's columns, one row per event and location; precision codes mapped
  from ours; codes kroniek cannot know (actor interaction codes, region) are left empty.
* ``jsonl``: one JSON object per event (the kroniek/1 event, its document, sentence, places).
* ``geojson``: a FeatureCollection with one Point per event and resolved place.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

from .errors import ConfigError, StoreError
from .model import SIZE_SLOTS, Place
from .serialize import FieldShape, field_shape
from .store import EventFilter, EventRow, Store

log = logging.getLogger(__name__)

FORMATS = ("csv", "acled-csv", "jsonl", "geojson", "parquet")

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)

#: ACLED time_precision: 1 the day is known, 2 the week (or a few days), 3 the month or longer.
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
#: ACLED geo_precision: 1 the town itself, 2 near it / a part of a region, 3 only a larger region.
GEO_PRECISION = {"point": 1, "city": 1, "admin2": 2, "admin1": 3, "country": 3, "region": 3}
DISORDER_TYPE = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Political violence; Demonstrations",
    "Strategic developments": "Strategic developments",
}


# --------------------------------------------------------------------------- helpers
def _num(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def _size(row: EventRow, slot: str) -> int | float | None:
    s = row.event.size_of(slot)
    if s is None:
        return None
    return _num(s.low if s.low is not None else s.high)


def _joined(values: Any) -> str:
    return "; ".join(v for v in values if v)


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


def iso_numeric(code: str | None) -> str:
    return str(int(_territories()[1][code.upper()])) if code and code.upper() in _territories()[1] else ""


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

    def value(self, row: EventRow) -> Any:
        return self.get(row) if self.get is not None else _resolve(row, self.path)

    @property
    def type(self) -> type:
        """The Python type of the column's values (of one value where the field holds several)."""
        return _path_shape(self.path).scalar


def _names(role: str) -> Callable[[EventRow], str]:
    def get(row: EventRow) -> str:
        names = getattr(row, f"{role}_names") or [p.text for p in getattr(row.event, f"{role}s")]
        return _joined(names)
    return get


def _location(row: EventRow) -> str:
    return _joined(dict.fromkeys([p.name for p in row.places] or [w.text for w in row.event.where]))


def _distinct(name: str) -> Callable[[EventRow], str | None]:
    def get(row: EventRow) -> str | None:
        return _joined(dict.fromkeys(getattr(p, name) or "" for p in row.places)) or None
    return get


def _first(name: str) -> Callable[[EventRow], Any]:
    def get(row: EventRow) -> Any:
        return getattr(row.places[0], name) if row.places else None
    return get


def _size_of(slot: str) -> Callable[[EventRow], int | float | None]:
    return lambda row: _size(row, slot)


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
    Column("confidence", "event.confidence"),
    Column("actors", "actor_names", _names("actor")),  # canonical names, else the texts
    Column("targets", "target_names", _names("target")),
    Column("claimed_by", "claimed_by_name"),
    Column("location", "places.name", _location),  # resolved place names, else the texts of `where`
    Column("country", "places.country", _distinct("country")),
    Column("admin1", "places.admin1", _distinct("admin1")),
    Column("latitude", "places.lat", _first("lat")),
    Column("longitude", "places.lon", _first("lon")),
    Column("geo_precision", "places.precision", _first("precision")),
    Column("geonames_id", "places.geonames_id", _first("geonames_id")),
    *(Column(slot, "event.size.low", _size_of(slot)) for slot in SIZE_SLOTS),  # low, else high
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


def acled_records(row: EventRow) -> list[dict[str, Any]]:
    """ACLED-shaped rows of one event: one per location (one row without a location if it has none)."""
    ev = row.event
    actors = list(row.actor_names or [a.text for a in ev.actors])
    targets = list(row.target_names or [a.text for a in ev.targets])
    date = row.date_start if ev.when and ev.when.precision == "day" else (row.date_start or "")
    killed = _size(row, "killed")
    tags = []
    crowd = ev.size_of("participants")
    if crowd is not None and (crowd.low is not None or crowd.high is not None):
        low, high = _num(crowd.low), _num(crowd.high)
        tags.append(f"crowd size={low if high in (None, low) else f'{low}-{high}' if low is not None else high}")
    if ev.modality != "asserted":
        tags.append(f"modality={ev.modality}")
    if row.claimed_by_name:
        tags.append(f"claimed by={row.claimed_by_name}")
    base = {
        "event_date": date, "year": date[:4] if date else "",
        "time_precision": TIME_PRECISION.get(ev.when.precision, "") if ev.when else "",
        "disorder_type": DISORDER_TYPE.get(ev.acled.event_type, ""),
        "event_type": ev.acled.event_type, "sub_event_type": ev.acled.sub_event_type,
        "actor1": actors[0] if actors else "", "assoc_actor_1": "; ".join(actors[1:]), "inter1": "",
        "actor2": targets[0] if targets else "", "assoc_actor_2": "; ".join(targets[1:]), "inter2": "",
        "interaction": "",
        "civilian_targeting": "Civilian targeting" if ev.acled.event_type == "Violence against civilians" else "",
        "region": "", "admin2": "", "admin3": "",
        "source": row.source or "", "source_scale": "", "notes": row.sentence_text,
        "fatalities": killed if killed is not None else 0, "tags": "; ".join(tags), "timestamp": int(row.added),
    }
    places: list[Place | None] = list(row.places) or [None]
    out = []
    for k, place in enumerate(places, 1):
        country = place.country if place else None
        suffix = f"-{k}" if len(places) > 1 else ""
        out.append({
            **base,
            "event_id_cnty": f"{(country or 'XX').upper()}-{row.doc_id[:16]}-{ev.id}{suffix}",
            "iso": iso_numeric(country), "country": country_name(country), "admin1": (place.admin1 or "") if place else "",
            "location": place.name if place else (ev.where[0].text if ev.where else ""),
            "latitude": place.lat if place else "", "longitude": place.lon if place else "",
            "geo_precision": GEO_PRECISION.get(place.precision, "") if place else "",
        })
    return out


def geojson_features(row: EventRow) -> list[dict[str, Any]]:
    """One GeoJSON Point feature per resolved place of the event."""
    props = {k: v for k, v in event_record(row).items() if k not in ("latitude", "longitude")}
    out = []
    for place in row.places:
        out.append({"type": "Feature", "id": f"{row.key}@{place.id}",
                    "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},
                    "properties": {**props, "location": place.name, "country": place.country, "admin1": place.admin1,
                                   "geo_precision": place.precision, "geonames_id": place.geonames_id}})
    return out


# --------------------------------------------------------------------------- writers
@contextmanager
def _text_out(out: Path | IO[str] | None) -> Iterator[IO[str]]:
    if out is None or str(out) == "-":
        yield sys.stdout
    elif isinstance(out, (str, Path)):
        path = Path(out)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8", newline="") as fh:
            yield fh
    else:
        yield out


def _csv_value(v: Any) -> Any:
    return "" if v is None else v


def export(store: Store, fmt: str, out: Path | IO[str] | None = None, f: EventFilter | None = None,
           *, on_row: Callable[[], None] | None = None) -> int:
    """Write the events matching ``f`` in ``fmt`` to ``out`` (a path, a text stream, or stdout).

    Returns the number of rows (features for GeoJSON, events for the other formats...
    ACLED: rows, one per event and location).
    """
    if fmt not in FORMATS:
        raise ConfigError(f"export format must be one of {', '.join(FORMATS)}, got {fmt!r}")
    rows = store.iter_events(f or EventFilter())
    if fmt == "parquet":
        if out is None or str(out) == "-" or not isinstance(out, (str, Path)):
            raise ConfigError("parquet is binary: give a file with --out FILE.parquet")
        return _parquet(rows, Path(out), on_row)
    n = 0
    with _text_out(out) as fh:
        if fmt in ("csv", "acled-csv"):
            columns = CSV_COLUMNS if fmt == "csv" else ACLED_COLUMNS
            writer = csv.DictWriter(fh, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
            writer.writeheader()
            for row in rows:
                recs = [event_record(row)] if fmt == "csv" else acled_records(row)
                for rec in recs:
                    writer.writerow({k: _csv_value(v) for k, v in rec.items()})
                    n += 1
                if on_row:
                    on_row()
        elif fmt == "jsonl":
            for row in rows:
                fh.write(json.dumps(row.to_dict(), ensure_ascii=False) + "\n")
                n += 1
                if on_row:
                    on_row()
        else:  # geojson, streamed
            fh.write('{"type": "FeatureCollection", "features": [\n')
            skipped = 0
            for row in rows:
                feats = geojson_features(row)
                skipped += not feats
                for feat in feats:
                    fh.write((",\n" if n else "") + json.dumps(feat, ensure_ascii=False))
                    n += 1
                if on_row:
                    on_row()
            fh.write("\n]}\n")
            if skipped:
                log.info("geojson: %d events without a resolved place were left out", skipped)
    return n


def _parquet(rows: Iterator[EventRow], path: Path, on_row: Callable[[], None] | None) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    arrow = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}
    schema = pa.schema([(c.name, arrow[c.type]) for c in COLUMNS])
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    batch: list[dict[str, Any]] = []
    try:
        with pq.ParquetWriter(str(path), schema) as writer:
            for row in rows:
                batch.append(event_record(row))
                if on_row:
                    on_row()
                if len(batch) >= 1000:
                    writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                    n += len(batch)
                    batch = []
            if batch or n == 0:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
    except OSError as exc:
        raise StoreError(f"cannot write {path}: {exc}") from None
    return n


def to_string(store: Store, fmt: str, f: EventFilter | None = None) -> str:
    """The export as a string (text formats only; for tests and the API)."""
    buf = io.StringIO()
    export(store, fmt, buf, f)
    return buf.getvalue()
