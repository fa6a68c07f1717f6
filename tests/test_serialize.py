"""The one serializer (kroniek.serialize) and the shapes derived from the model: a document with every
field filled goes through kroniek/1 JSON, the store (SQLite, and PostgreSQL when KRONIEK_TEST_PG_URL is
set), the API, every export format and a batch shard, and comes back equal, field by field."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient

from kroniek.api import create_app
from kroniek.export import export, exporter_names
from kroniek.export.acled import acled_record
from kroniek.export.columns import event_record
from kroniek.export.geojson_format import geojson_feature
from kroniek.model import Document, Event, Place, Quantity, Quote
from kroniek.scale.schema import document_row, from_row, item_rows, table
from kroniek.serialize import build, event_to_dict, record, shape, to_plain
from kroniek.store import EventRow, Store, date_range
from kroniek.store.actors import participant_fields
from kroniek.store.schema import metadata

from backends import BACKENDS, backend_url
from samples import full_document

LANGS = ["nl", "en"]


def assert_same(actual: Any, expected: Any, path: str = "doc") -> None:
    """``actual == expected``, compared field by field so that a failure names the field."""
    if dataclasses.is_dataclass(expected) and not isinstance(expected, type):
        assert type(actual) is type(expected), f"{path}: {type(actual).__name__} != {type(expected).__name__}"
        for f in dataclasses.fields(expected):
            assert_same(getattr(actual, f.name), getattr(expected, f.name), f"{path}.{f.name}")
    elif isinstance(expected, (tuple, list)):
        assert isinstance(actual, (tuple, list)) and len(actual) == len(expected), f"{path}: {actual!r}"
        for k, (a, e) in enumerate(zip(actual, expected, strict=True)):
            assert_same(a, e, f"{path}[{k}]")
    else:
        assert actual == expected, f"{path}: {actual!r} != {expected!r}"


def unfilled(obj: Any, path: str = "doc") -> list[str]:
    """The fields of ``obj`` (recursively) that are None or empty."""
    out: list[str] = []
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            value = getattr(obj, f.name)
            if value is None or value == ():
                out.append(f"{path}.{f.name}")
            out += unfilled(value, f"{path}.{f.name}")
    elif isinstance(obj, tuple):
        for k, x in enumerate(obj):
            out += unfilled(x, f"{path}[{k}]")
    return out


def stored(doc: Document) -> Document:
    """What kroniek/1 JSON and the store keep: everything but the token analysis and paragraphs."""
    return doc.replace(tokens=(), paragraphs=())


def expected_row(doc: Document, ev: Event, added: float) -> EventRow:
    """The row the store should give for ``ev``, made from the document (not read from a store)."""
    sentence = doc.sentences[ev.sentence]
    places = {p.id: p for p in doc.places}
    entity = {e.id: e.canonical for e in doc.entities}
    rng = date_range(ev.when.value) if ev.when else None
    return EventRow(
        key=f"{doc.id}:{ev.id}", doc_id=doc.id, event=ev, title=doc.title, published=doc.published, url=doc.url,
        source=doc.source, language=doc.language, sentence_text=doc.text[sentence.start:sentence.end],
        sentence_start=sentence.start, sentence_end=sentence.end,
        places=tuple(places[w.place] for w in ev.where if w.place in places),
        date_start=rng[0] if rng else None, date_end=rng[1] if rng else None, added=added,
        actor_names=tuple(p.canonical or entity.get(p.entity or "") or p.text for p in ev.actors),
        target_names=tuple(p.canonical or entity.get(p.entity or "") or p.text for p in ev.targets),
        claimed_by_name=entity.get(ev.claimed_by or ""),
        actor_ids=tuple(participant_fields(p, entity.get(p.entity or ""), doc.language)["actor_id"] for p in ev.actors),
        target_ids=tuple(participant_fields(p, entity.get(p.entity or ""), doc.language)["actor_id"]
                         for p in ev.targets))


@pytest.fixture(params=BACKENDS)
def filled(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Store, list[Document]]]:
    docs = [full_document(lang, n) for n, lang in enumerate(LANGS)]
    with Store.open(backend_url(request.param, tmp_path)) as store:
        assert store.add_many(docs) == len(docs)
        yield store, docs


# --------------------------------------------------------------------------- the document and its JSON
@pytest.mark.parametrize("lang", LANGS)
def test_full_document_fills_every_field(lang: str) -> None:
    assert unfilled(full_document(lang)) == []


@pytest.mark.parametrize("lang", LANGS)
def test_kroniek1_json_round_trip(lang: str) -> None:
    doc = full_document(lang)
    assert_same(Document.from_json(doc.to_json(tokens=True)), doc.replace(paragraphs=()))


@pytest.mark.parametrize("lang", LANGS)
def test_records_round_trip(lang: str) -> None:
    doc = full_document(lang)
    for item in (*doc.entities, *doc.places, *doc.quantities, *doc.quotes, *doc.events, *doc.conflicts):
        assert_same(build(type(item), record(item)), item, type(item).__name__)


@pytest.mark.parametrize(("value", "plain"), [
    (Quantity(id="q1", text="3", start=0, end=1, low=3, high=3, approximate=False, unit=None, counted=None,
              counted_lemma=None), {"claimed_by": None}),
    (Place(id="p1", text="X", start=0, end=1, name="X", geonames_id=None, feature_code=None, country=None,
           admin1=None, lat=0.0, lon=0.0, precision="city", score=0.5), {"geonames_id": None}),
])
def test_extras_are_left_out_when_none_and_contract_fields_are_written(value: Any, plain: dict[str, Any]) -> None:
    out = to_plain(value)
    assert plain.items() <= out.items()
    extras = {f.name for f in shape(type(value)) if f.extra}
    assert extras and not extras & set(out)


def test_store_columns_are_the_model_fields() -> None:
    for name, cls in (("entities", "Entity"), ("places", "Place"), ("times", "TimeExpr"),
                      ("quantities", "Quantity"), ("quotes", "Quote"), ("sentences", "Sentence")):
        import kroniek.model as model

        fields = {f.name for f in shape(getattr(model, cls))}
        assert fields <= set(metadata.tables[name].c.keys()), name


# --------------------------------------------------------------------------- the store
def test_store_round_trip(filled: tuple[Store, list[Document]]) -> None:
    store, docs = filled
    for doc in docs:
        back = store.get_document(doc.id)
        assert back is not None
        assert_same(back, stored(doc))


def test_store_rows_keep_every_field(filled: tuple[Store, list[Document]]) -> None:
    store, docs = filled
    for doc in docs:
        for ev in doc.events:
            row = store.event(f"{doc.id}:{ev.id}")
            assert row is not None
            assert_same(row, expected_row(doc, ev, row.added), "row")
        quotes = store.quotes(document=doc.id)
        assert_same([q.quote for q in quotes], list(doc.quotes), "quotes")
        (conflict,) = store.conflicts(document=doc.id)
        assert_same(conflict.conflict, doc.conflicts[0], "conflict")
        assert conflict.claimed_by_names == ("OVD-Info", "police")


# --------------------------------------------------------------------------- the API
def test_api_round_trip(filled: tuple[Store, list[Document]]) -> None:
    store, docs = filled
    with TestClient(create_app(store.url)) as client:
        for doc in docs:
            assert_same(Document.from_dict(client.get(f"/documents/{doc.id}").json()), stored(doc))
            events = [e for e in client.get("/events").json()["items"] if e["document"]["id"] == doc.id]
            assert len(events) == len(doc.events)
            for got in events:
                ev = next(e for e in doc.events if e.id == got["id"])
                for name, value in event_to_dict(ev).items():
                    assert got[name] == value, name
                assert_same(build(Event, got), ev, "api.event")
                assert_same([build(Place, p) for p in got["places"]], list(expected_row(doc, ev, 0).places))
            quotes = client.get("/quotes", params={"document": doc.id}).json()["items"]
            assert_same([build(Quote, q) for q in quotes], list(doc.quotes), "api.quotes")
            (conflict,) = client.get("/conflicts", params={"document": doc.id}).json()["items"]
            assert conflict["values"] == [{**to_plain(v), "claimed_by_text": name} for v, name in
                                          zip(doc.conflicts[0].values, ("OVD-Info", "police"), strict=True)]


# --------------------------------------------------------------------------- exports
def _typed(value: Any) -> str:
    return "" if value is None else str(value)


@pytest.mark.parametrize("fmt", exporter_names())
def test_every_export_format_carries_every_field(filled: tuple[Store, list[Document]], fmt: str,
                                                 tmp_path: Path) -> None:
    store, docs = filled
    out = tmp_path / f"events.{fmt}"
    export(store, fmt, out)
    added = {r.key: r.added for r in store.iter_events()}
    expected = [expected_row(doc, ev, added[f"{doc.id}:{ev.id}"]) for doc in docs for ev in doc.events]
    expected.sort(key=lambda r: r.key)
    assert expected
    if fmt == "jsonl":
        lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        got = sorted(lines, key=lambda d: d["key"])
        assert got == [json.loads(json.dumps(r.to_dict())) for r in expected]
        for data, row in zip(got, expected, strict=True):
            assert_same(build(Event, data["event"]), row.event, "jsonl.event")
            assert_same([build(Place, p) for p in data["places"]], list(row.places), "jsonl.places")
    elif fmt == "csv":
        got_rows = sorted(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))), key=lambda d: d["event_key"])
        assert got_rows == [{k: _typed(v) for k, v in event_record(r).items()} for r in expected]
    elif fmt == "acled-csv":
        got_rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
        want = [acled_record(r) for r in expected]
        assert sorted(got_rows, key=lambda d: d["event_id_cnty"]) == sorted(
            ({k: _typed(v) for k, v in rec.items()} for rec in want), key=lambda d: d["event_id_cnty"])
    elif fmt == "geojson":
        features = json.loads(out.read_text(encoding="utf-8"))["features"]
        assert sorted(features, key=lambda f: f["id"]) == sorted(
            (json.loads(json.dumps(geojson_feature(r))) for r in expected), key=lambda f: f["id"])
    else:
        got_rows = sorted(pq.read_table(out).to_pylist(), key=lambda d: d["event_key"])
        assert got_rows == [event_record(r) for r in expected]


# --------------------------------------------------------------------------- batch shards
@pytest.mark.parametrize("lang", LANGS)
def test_batch_shard_round_trip(lang: str) -> None:
    doc = full_document(lang)

    def through_parquet(name: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        buf = io.BytesIO()
        pq.write_table(table(name, rows), buf)
        return pq.read_table(io.BytesIO(buf.getvalue())).to_pylist()

    (docs_row,) = through_parquet("documents", [document_row(doc, partition="p0", input="in.jsonl", record=0,
                                                             name="in.jsonl#0")])
    assert_same(Document.from_json(docs_row["kroniek_json"]), stored(doc))
    items = item_rows(doc, "p0")
    for name, cls, expected in (("events", Event, doc.events), ("places", Place, doc.places),
                                ("quotes", Quote, doc.quotes), ("quantities", Quantity, doc.quantities)):
        rows = through_parquet(name, items[name])
        assert rows and all(r["doc_id"] == doc.id for r in rows)
        assert_same([from_row(cls, r) for r in rows], list(expected), f"shard.{name}")
