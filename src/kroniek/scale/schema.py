"""Arrow schemas of the Parquet shards, derived from the kroniek/1 dataclasses in :mod:`kroniek.model`.

Every partition writes one shard per table:

* ``documents``: one row per document, with metadata, counts, ``n_words`` and the full kroniek/1
  JSON in ``kroniek_json`` (so that ``Document.from_json`` gives the document back: ``kroniek load``);
* ``events``, ``places``, ``quotes``, ``quantities``: one row per item, every column of the item's
  dataclass (nested dataclasses as ``struct``, tuples of them as ``list<struct>``), keyed by
  ``doc_id`` (plus the globally unique ``event_key`` for events and flat ``<slot>_low/_high`` size
  columns, the form analysts filter on);
* ``errors``: one row per record that could not be read or analysed, with the reason.

The columns are computed from the dataclass fields (:func:`kroniek.serialize.shape`) and the rows
written and read by the one serializer (:func:`kroniek.serialize.record` / :func:`~kroniek.serialize.build`),
so a field added to ``model.py`` appears in the shards without touching this module.
"""

from __future__ import annotations

from typing import Any, TypeVar

import pyarrow as pa

from ..model import SIZE_SLOTS, Document, Event, Place, Quantity, Quote
from ..serialize import DOCUMENT_KEYS, SECTIONS, FieldShape, build, record, shape

T = TypeVar("T")

TABLES: tuple[str, ...] = ("documents", "events", "places", "quotes", "quantities", "errors")

#: Columns that key every item row to its document and partition.
_KEY_FIELDS = [pa.field("doc_id", pa.string(), nullable=False), pa.field("partition", pa.string(), nullable=False)]
_SCALARS: dict[type, pa.DataType] = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}


def arrow_type(f: FieldShape) -> pa.DataType:
    """The Arrow type of a model field (nested dataclasses as ``struct``, tuples as ``list``)."""
    item = pa.struct(dataclass_fields(f.base)) if f.nested else _SCALARS[f.scalar]
    return pa.list_(item) if f.many else item


def dataclass_fields(cls: type, *, skip: frozenset[str] = frozenset()) -> list[pa.Field]:
    """One Arrow field per dataclass field of ``cls`` (skipping ``skip``)."""
    return [pa.field(f.name, arrow_type(f), nullable=f.optional or f.default is None)
            for f in shape(cls) if f.name not in skip]


def to_row(obj: Any) -> Any:
    """A model item as the plain value Arrow builds a struct from (every field; tuples become lists)."""
    return record(obj)


def from_row(cls: type[T], row: dict[str, Any]) -> T:
    """The model item ``cls`` back from its row of a shard (the key and extra columns are ignored)."""
    return build(cls, row)


# --------------------------------------------------------------------------- the tables
#: The kroniek/1 ``document`` fields a documents row carries as columns (beside the id and the language).
_META = tuple(k for k in DOCUMENT_KEYS if k not in ("id", "language", "text"))


def _documents_schema() -> pa.Schema:
    meta = [pa.field(n, pa.string()) for n in _META]
    counts = [pa.field(f"n_{n}", pa.int32(), nullable=False) for n in ("chars", "words", *SECTIONS)]
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
        "language": doc.language, **{k: getattr(doc, k) for k in _META},
        "n_chars": len(doc.text), "n_words": len(doc.text.split()),
        **{f"n_{k}": len(getattr(doc, k)) for k in SECTIONS}, "kroniek_json": doc.to_json(),
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
