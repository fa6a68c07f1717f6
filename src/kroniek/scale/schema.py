"""Arrow schemas of the Parquet shards, derived from the kroniek/1 dataclasses in :mod:`kroniek.model`.

Every partition writes one shard per table:

* ``documents``: one row per document, with metadata, counts, ``n_words`` and the full kroniek/1
  JSON in ``kroniek_json`` (so that ``Document.from_json`` gives the document back: ``kroniek load``);
* ``events``, ``places``, ``quotes``, ``quantities``: one row per item, every column of the item's
  dataclass (nested dataclasses as ``struct``, tuples of them as ``list<struct>``), keyed by
  ``doc_id`` (plus the globally unique ``event_key`` for events and flat ``<slot>_low/_high`` size
  columns, the form analysts filter on);
* ``errors``: one row per record that could not be read or analysed, with the reason.

The columns are computed from the dataclass type hints, so a field added to ``model.py`` appears
in the shards without touching this module.
"""

from __future__ import annotations

import dataclasses
import functools
import types
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

import pyarrow as pa

from ..model import SIZE_SLOTS, Document, Event, Place, Quantity, Quote

TABLES: tuple[str, ...] = ("documents", "events", "places", "quotes", "quantities", "errors")

#: Columns that key every item row to its document and partition.
_KEY_FIELDS = [pa.field("doc_id", pa.string(), nullable=False), pa.field("partition", pa.string(), nullable=False)]


def arrow_type(tp: Any) -> pa.DataType:
    """The Arrow type of a Python type hint as used in :mod:`kroniek.model`."""
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        members = [a for a in get_args(tp) if a is not type(None)]
        if len(members) != 1:
            raise TypeError(f"cannot map union {tp!r} to one Arrow type")
        return arrow_type(members[0])
    if origin is Literal:
        return pa.string()
    if origin in (tuple, list):
        args = get_args(tp)
        item = args[0]
        if origin is tuple and not (len(args) == 2 and args[1] is Ellipsis) and len(set(args)) != 1:
            raise TypeError(f"cannot map tuple {tp!r} to one Arrow type")
        return pa.list_(arrow_type(item))
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        return pa.struct(dataclass_fields(tp))
    mapping: dict[Any, pa.DataType] = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}
    if tp in mapping:
        return mapping[tp]
    raise TypeError(f"no Arrow type for {tp!r}")


def _nullable(tp: Any) -> bool:
    return get_origin(tp) in (Union, types.UnionType) and type(None) in get_args(tp)


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return get_type_hints(cls)


def dataclass_fields(cls: type, *, skip: frozenset[str] = frozenset()) -> list[pa.Field]:
    """One Arrow field per dataclass field of ``cls`` (skipping ``skip``)."""
    hints = _hints(cls)
    return [pa.field(f.name, arrow_type(hints[f.name]), nullable=_nullable(hints[f.name]) or f.default is None)
            for f in dataclasses.fields(cls) if f.name not in skip]


def to_row(obj: Any) -> Any:
    """A dataclass as the plain value Arrow builds a struct from (tuples become lists)."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_row(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (tuple, list)):
        return [to_row(x) for x in obj]
    return obj


# --------------------------------------------------------------------------- the tables
def _documents_schema() -> pa.Schema:
    meta = [pa.field(n, pa.string()) for n in ("url", "source", "title", "published")]
    counts = [pa.field(f"n_{n}", pa.int32(), nullable=False) for n in (
        "chars", "words", "sentences", "entities", "places", "times", "quantities", "quotes", "events",
        "conflicts")]
    return pa.schema([
        *_KEY_FIELDS,
        pa.field("input", pa.string(), nullable=False),  # the file or URL the record came from
        pa.field("record", pa.int64(), nullable=False),  # index of the record within its input
        pa.field("name", pa.string(), nullable=False),  # record identifier used in messages
        pa.field("language", pa.string(), nullable=False),
        *meta, *counts,
        pa.field("kroniek_json", pa.string(), nullable=False),
    ])


def _item_schema(cls: type) -> pa.Schema:
    return pa.schema([*_KEY_FIELDS, *dataclass_fields(cls)])


def _events_schema() -> pa.Schema:
    sizes = [pa.field(f"{slot}_{side}", pa.float64()) for slot in SIZE_SLOTS for side in ("low", "high")]
    return pa.schema([*_KEY_FIELDS, pa.field("event_key", pa.string(), nullable=False),
                      *dataclass_fields(Event), *sizes,
                      pa.field("countries", pa.list_(pa.string())), pa.field("published", pa.string())])


def _errors_schema() -> pa.Schema:
    return pa.schema([
        pa.field("partition", pa.string(), nullable=False),
        pa.field("input", pa.string(), nullable=False),
        pa.field("record", pa.int64()),  # None when the input as a whole failed
        pa.field("name", pa.string(), nullable=False),
        pa.field("error", pa.string(), nullable=False),  # exception class, e.g. InputError
        pa.field("message", pa.string(), nullable=False),
    ])


SCHEMAS: dict[str, pa.Schema] = {
    "documents": _documents_schema(),
    "events": _events_schema(),
    "places": _item_schema(Place),
    "quotes": _item_schema(Quote),
    "quantities": _item_schema(Quantity),
    "errors": _errors_schema(),
}


# --------------------------------------------------------------------------- rows of one document
def document_row(doc: Document, *, partition: str, input: str, record: int, name: str) -> dict[str, Any]:
    return {
        "doc_id": doc.id, "partition": partition, "input": input, "record": record, "name": name,
        "language": doc.language, "url": doc.url, "source": doc.source, "title": doc.title,
        "published": doc.published, "n_chars": len(doc.text), "n_words": len(doc.text.split()),
        "n_sentences": len(doc.sentences), "n_entities": len(doc.entities), "n_places": len(doc.places),
        "n_times": len(doc.times), "n_quantities": len(doc.quantities), "n_quotes": len(doc.quotes),
        "n_events": len(doc.events), "n_conflicts": len(doc.conflicts), "kroniek_json": doc.to_json(),
    }


def item_rows(doc: Document, partition: str) -> dict[str, list[dict[str, Any]]]:
    """Rows of the item tables (events, places, quotes, quantities) for one document."""
    key = {"doc_id": doc.id, "partition": partition}
    places = {p.id: p for p in doc.places}
    events = []
    for ev in doc.events:
        row = {**key, "event_key": f"{doc.id}:{ev.id}", **to_row(ev), "published": doc.published}
        for slot in SIZE_SLOTS:
            size = ev.size_of(slot)
            row[f"{slot}_low"] = size.low if size else None
            row[f"{slot}_high"] = size.high if size else None
        countries = {places[w.place].country for w in ev.where if w.place in places}
        row["countries"] = sorted(c for c in countries if c)
        events.append(row)
    return {
        "events": events,
        "places": [{**key, **to_row(p)} for p in doc.places],
        "quotes": [{**key, **to_row(q)} for q in doc.quotes],
        "quantities": [{**key, **to_row(q)} for q in doc.quantities],
    }


def table(name: str, rows: list[dict[str, Any]]) -> pa.Table:
    """The rows as an Arrow table with the schema of ``name`` (empty tables keep the schema)."""
    return pa.Table.from_pylist(rows, schema=SCHEMAS[name])
