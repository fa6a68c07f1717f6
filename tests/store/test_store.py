"""The event store on SQLite and PostgreSQL: round trips, idempotence, filters, search, SQL safety, readers.

PostgreSQL tests run when KRONIEK_TEST_PG_URL names a database the tests may wipe
(.ci/run starts a server and sets it); otherwise they skip.
"""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from kroniek.errors import ConfigError, StoreError
from kroniek.model import Document, Event, Place, Where, spans_of
from kroniek.store import EventFilter, Store, date_range
from kroniek.store.engine import script_heads

from backends import BACKENDS, backend_url
from conftest import ROOT
from samples import sample_document

LANGS = ["nl", "en"]

@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return backend_url(request.param, tmp_path)


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    s = Store.open(db_url)
    yield s
    s.close()


def fill(store: Store) -> Store:
    """Ten documents: n = 0..4 in Dutch and English (cities cycle Moscow, Amsterdam, Kyiv, Rotterdam, St Petersburg)."""
    store.add_many(sample_document(lang, n) for n in range(5) for lang in LANGS)
    return store


@pytest.fixture(scope="module", params=BACKENDS)
def filled(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A filled store shared by the read-only tests of this module."""
    s = Store.open(backend_url(request.param, tmp_path_factory.mktemp("filled"), schema="kroniek_filled"))
    yield fill(s)
    s.close()


# --------------------------------------------------------------------------- writing and reading back
@pytest.mark.parametrize("lang", LANGS)
def test_document_round_trips_exactly(store: Store, lang: str) -> None:
    doc = sample_document(lang, 3)
    assert store.add(doc, name="file.txt")
    assert store.get_document(doc.id) == doc


@pytest.mark.parametrize("lang", LANGS)
def test_stored_items_keep_exact_offsets(store: Store, lang: str) -> None:
    doc = sample_document(lang, 1)
    store.add(doc)
    back = store.get_document(doc.id)
    assert back is not None
    spans = spans_of(back)
    assert len(spans) > 10
    assert all(back.text[s:e] == t for _, s, e, t in spans)


@pytest.mark.parametrize("lang", LANGS)
def test_adding_the_same_document_twice_stores_it_once(store: Store, lang: str) -> None:
    doc = sample_document(lang, 0)
    assert store.add(doc) is True
    assert store.add(doc) is False
    assert store.add_many([doc, doc]) == 0
    assert store.stats()["documents"] == 1
    assert store.count_events() == len(doc.events)


def test_add_many_counts_only_new_documents(store: Store) -> None:
    docs = [sample_document(lang, n) for n in range(3) for lang in LANGS]
    assert store.add_many(docs[:2]) == 2
    assert store.add_many(docs + docs) == 4
    assert store.stats()["documents"] == 6


def test_has_and_missing(store: Store) -> None:
    doc = sample_document("nl", 0)
    store.add(doc)
    assert store.has(doc.id) and not store.has("0" * 64)
    assert store.missing([doc.id, "0" * 64]) == {"0" * 64}
    assert store.has_url(doc.url or "") and not store.has_url("https://elsewhere.example/")


def test_unknown_document_is_none(store: Store) -> None:
    assert store.get_document("f" * 64) is None
    assert store.event("f" * 64 + ":ev-1") is None
    assert store.event("no-colon") is None


def test_delete_removes_document_and_its_items(store: Store) -> None:
    filled = fill(store)
    doc = sample_document("nl", 0)
    assert filled.delete(doc.id)
    assert filled.get_document(doc.id) is None
    assert filled.count_events(EventFilter(document=doc.id)) == 0
    assert doc.id not in filled.search_text("Moskou")
    assert not filled.delete(doc.id)


# --------------------------------------------------------------------------- events and filters
@pytest.mark.parametrize(("flt", "expected"), [
    (EventFilter(), 20),
    (EventFilter(type="PROTEST"), 10),
    (EventFilter(type="protest,coerce"), 20),
    (EventFilter(mode="arrest"), 10),
    (EventFilter(country="nl"), 8),  # Amsterdam and Rotterdam, two languages, two events
    (EventFilter(country="RU,UA"), 12),
    (EventFilter(admin1="North Holland"), 4),
    (EventFilter(date_from="2022-09-26"), 12),
    (EventFilter(date_to="2022-09-25"), 8),
    (EventFilter(date_from="2022-09", date_to="2022-09"), 20),
    (EventFilter(date_from="2022-10"), 0),
    (EventFilter(actor="politie"), 5),  # Dutch "De politie"
    (EventFilter(actor="POLICE"), 5),
    (EventFilter(text="Moskou"), 2),
    (EventFilter(text="moscow arrested"), 1),
    (EventFilter(text="demonstranten"), 5),
    (EventFilter(modality="asserted"), 20),
    (EventFilter(modality="negated"), 0),
    (EventFilter(min_confidence=0.8), 10),
    (EventFilter(type="COERCE", country="NL", min_confidence=0.5), 4),
    (EventFilter(type="", country=""), 20),  # empty query parameters mean "any"
])
def test_event_filters(filled: Store, flt: EventFilter, expected: int) -> None:
    assert filled.count_events(flt) == expected
    assert len(filled.events(flt, limit=100)) == expected


def test_document_filter_lists_one_documents_events(filled: Store) -> None:
    doc = sample_document("en", 2)
    rows = filled.events(EventFilter(document=doc.id))
    assert [r.event.id for r in sorted(rows, key=lambda r: r.event.id)] == ["ev-1", "ev-2"]


@pytest.mark.parametrize("lang", LANGS)
def test_event_row_carries_evidence_and_places(filled: Store, lang: str) -> None:
    doc = sample_document(lang, 0)
    row = filled.event(f"{doc.id}:ev-2")
    assert row is not None
    assert row.event == doc.events[1]
    assert doc.text[row.sentence_start:row.sentence_end] == row.sentence_text
    assert row.event.trigger.text in row.sentence_text
    assert [p.name for p in row.places] == ["Moscow"]
    assert row.places[0] == doc.places[0]
    assert (row.title, row.url, row.language) == (doc.title, doc.url, lang)
    assert row.claimed_by_name == "OVD-Info" and row.actor_names == (doc.events[1].actors[0].canonical,)
    assert row.date_start == row.date_end == "2022-09-25"


def test_event_rows_serialise_to_json(filled: Store) -> None:
    import json

    row = filled.events(limit=1)[0]
    data = json.loads(json.dumps(row.to_dict()))
    assert data["key"] == row.key and data["event"]["id"] == row.event.id
    assert data["places"][0]["lat"] == row.places[0].lat


def test_events_are_paged_without_overlap_latest_first(filled: Store) -> None:
    pages = [filled.events(limit=6, offset=k) for k in (0, 6, 12, 18)]
    keys = [r.key for page in pages for r in page]
    assert len(keys) == len(set(keys)) == 20
    dates = [r.date_start or "" for page in pages for r in page]
    assert dates == sorted(dates, reverse=True)


def test_iter_events_yields_every_matching_event_once(filled: Store) -> None:
    keys = [r.key for r in filled.iter_events(EventFilter(type="PROTEST"), batch=3)]
    assert len(keys) == len(set(keys)) == 10


@pytest.mark.parametrize(("field", "value"), [
    ("type", "RIOTING"),
    ("modality", "maybe"),
    ("date_from", "yesterday"),
    ("date_to", "2022-13-01"),
    ("min_confidence", 1.5),
    ("min_confidence", "high"),
])
def test_bad_filter_values_are_refused_with_a_clear_message(field: str, value: object) -> None:
    with pytest.raises(ConfigError, match=field.split("_")[0] if field != "type" else "event type"):
        EventFilter(**{field: value})  # type: ignore[arg-type]


@pytest.mark.parametrize(("value", "expected"), [
    ("2022-09-25", ("2022-09-25", "2022-09-25")),
    ("2022-09-25T14:00:00+02:00", ("2022-09-25", "2022-09-25")),
    ("2022-09", ("2022-09-01", "2022-09-30")),
    ("2024-02", ("2024-02-01", "2024-02-29")),
    ("2022", ("2022-01-01", "2022-12-31")),
    ("2022-W38", ("2022-09-19", "2022-09-25")),
    ("2022-Q4", ("2022-10-01", "2022-12-31")),
    ("202", ("2020-01-01", "2029-12-31")),
    ("PAST_REF", None),
    ("gisteren", None),
])
def test_date_range_of_timex_values(value: str, expected: tuple[str, str] | None) -> None:
    assert date_range(value) == expected


# --------------------------------------------------------------------------- SQL safety
HOSTILE = ["'", "\"", "%", "_", ";--", "'; DROP TABLE events; --", "\" OR 1=1 --", "%' OR '1'='1",
           "Moskou' --", "NEAR(a b)", "*", "a) OR (b", "\\", "-- comment"]


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_text_filters_match_nothing_and_break_nothing(filled: Store, value: str) -> None:
    for flt in (EventFilter(text=value), EventFilter(actor=value), EventFilter(admin1=value),
                EventFilter(country=value), EventFilter(mode=value)):
        assert filled.count_events(flt) in (0, 2)  # "Moskou' --" still finds the two Moskou events by text
    assert filled.search_text(value) in ([], filled.search_text("Moskou"))
    assert filled.quotes(speaker=value) == [] and filled.quotes(text=value) == []
    assert filled.documents(text=value, source=value) == []
    assert filled.stats()["events"] == 20  # nothing dropped or altered


def test_like_wildcards_in_filters_are_literal(filled: Store) -> None:
    assert filled.count_events(EventFilter(actor="%")) == 0
    assert filled.count_events(EventFilter(actor="p_lice")) == 0
    assert filled.count_events(EventFilter(actor="pol")) == 10


# --------------------------------------------------------------------------- search, lists, stats
@pytest.mark.parametrize(("query", "lang", "n"), [
    ("mobilisatie", "nl", 5),
    ("mobilisation", "en", 5),
    ("Moskou", "nl", 1),
    ("OVD-Info", None, 10),
    ("ronselen", "nl", 5),
    ("drafted", "en", 5),
    ("ministerie MINISTRY", None, 0),
    ("protest", None, 10),  # a prefix: Protest, protesters
])
def test_full_text_search_over_article_text(filled: Store, query: str, lang: str | None, n: int) -> None:
    ids = filled.search_text(query)
    assert len(ids) == n
    langs = {d.language for d in filled.documents(limit=100) if d.id in ids}
    assert lang is None or langs == {lang}


def test_documents_list_filters_and_counts(filled: Store) -> None:
    assert filled.count_documents() == 10
    assert filled.count_documents(language="nl") == 5
    assert filled.count_documents(text="Kyiv") == 2
    assert filled.count_documents(source="example") == 5
    docs = filled.documents(limit=3)
    assert len(docs) == 3 and all(d.n_events == 2 and d.chars > 100 for d in docs)
    assert [d.published for d in docs] == sorted((d.published for d in docs), reverse=True)


def test_places_count_events_with_and_without_filter(filled: Store) -> None:
    places = {p.name: p for p in filled.places()}
    assert set(places) == {"Moscow", "Amsterdam", "Kyiv", "Rotterdam", "Saint Petersburg"}
    assert places["Moscow"].n_events == 4 and places["Moscow"].n_documents == 2
    protest_nl = filled.places(EventFilter(type="PROTEST", country="NL"))
    assert {p.name: p.n_events for p in protest_nl} == {"Amsterdam": 2, "Rotterdam": 2}
    assert filled.count_places() == 5 and filled.count_places(EventFilter(type="PROTEST", country="NL")) == 2


def test_quotes_by_speaker_and_conflicts(filled: Store) -> None:
    quotes = filled.quotes(speaker="petrova", limit=100)
    assert len(quotes) == 10 == filled.count_quotes(speaker="Anna")
    assert {q.quote.kind for q in quotes} == {"direct"} and quotes[0].speaker_canonical == "Anna Petrova"
    conflicts = filled.conflicts(limit=100)
    assert len(conflicts) == 10 == filled.count_conflicts()
    assert [v.low for v in conflicts[0].conflict.values] == [701, 300]


def test_stats_summarise_the_store(filled: Store) -> None:
    stats = filled.stats()
    assert stats["documents"] == 10 and stats["events"] == 20
    assert stats["events_by_type"] == {"COERCE": 10, "PROTEST": 10}
    assert stats["events_by_country"]["RU"] == 8
    assert stats["documents_by_language"] == {"en": 5, "nl": 5}
    assert stats["event_dates"] == {"first": "2022-09-25", "last": "2022-09-27"}


def test_event_without_when_or_places_is_stored(store: Store) -> None:
    doc = sample_document("nl", 0)
    bare = dataclasses.replace(doc.events[0], when=None, where=(Where(place=None, text="ergens"),), size=())
    doc = doc.replace(events=(bare,), conflicts=())
    store.add(doc)
    row = store.events()[0]
    assert row.places == () and row.date_start is None
    assert store.count_events(EventFilter(date_from="2000")) == 0
    assert store.get_document(doc.id) == doc


def test_event_with_two_places_lists_both(store: Store) -> None:
    doc = sample_document("en", 1)
    second = Place(id="p2", text="Rotterdam", start=0, end=9, name="Rotterdam", geonames_id=2747891,
                   feature_code="PPLA2", country="NL", admin1="South Holland", lat=51.9225, lon=4.47917,
                   precision="city", score=0.8)
    doc = doc.replace(text=doc.text, places=(*doc.places, dataclasses.replace(second, start=0, end=2,
                                                                              text=doc.text[0:2])))
    ev: Event = dataclasses.replace(doc.events[0], where=(*doc.events[0].where, Where(place="p2", text="Rotterdam")))
    doc = doc.replace(events=(ev, *doc.events[1:]))
    store.add(doc)
    row = store.event(f"{doc.id}:ev-1")
    assert row is not None and [p.id for p in row.places] == ["p1", "p2"]


# --------------------------------------------------------------------------- opening, migrations, concurrency
def test_bare_path_opens_an_sqlite_file_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "k.db"
    with Store.open(str(path)) as s:
        assert s.dialect == "sqlite"
        with s.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    assert path.is_file()


def test_open_migrates_once_and_reopens(db_url: str) -> None:
    Store.open(db_url).close()
    with Store.open(db_url) as s:
        tables = set(inspect(s.engine).get_table_names())
        assert {"documents", "events", "places", "quotes", "conflicts", "alembic_version"} <= tables
        with s.engine.connect() as conn:
            assert {conn.execute(text("SELECT version_num FROM alembic_version")).scalar()} == set(script_heads())


def test_a_database_of_the_first_schema_is_upgraded_with_its_documents(db_url: str) -> None:
    from alembic import command

    from kroniek.store.engine import alembic_config

    store = Store.open(db_url, migrate=False)
    with store.engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.execute(text("INSERT INTO documents (id, text, language, n_events, added) "
                          "VALUES ('d1', 'Oud bericht.', 'nl', 0, 0)"))
    store.close()
    doc = sample_document("nl", 0)
    with Store.open(db_url) as s:  # migrates to head
        assert s.get_document("d1") == Document(text="Oud bericht.", language="nl", id="d1")
        s.add(doc)
        assert s.get_document(doc.id) == doc


def test_migrations_build_exactly_the_declared_schema(db_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from kroniek.store.schema import metadata

    def ours(obj: object, name: str | None, kind: str, reflected: bool, compare_to: object) -> bool:
        # The full-text search objects are made by the migration only (FTS5 tables, tsvector columns).
        return not (name or "").endswith(("_fts", "tsv")) and "_fts_" not in (name or "")

    with Store.open(db_url) as s, s.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_object": ours, "compare_type": True})
        assert compare_metadata(ctx, metadata) == []


def test_database_from_a_newer_kroniek_is_refused(db_url: str) -> None:
    Store.open(db_url).close()
    engine = create_engine(Store.open(db_url, migrate=False).url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(StoreError, match="newer than this kroniek"):
        Store.open(db_url)


def test_read_only_sqlite_file_can_be_opened_and_read(tmp_path: Path) -> None:
    path = tmp_path / "ro.db"
    with Store.open(str(path)) as s:
        s.add(sample_document("en", 0))
    with Store.open(f"sqlite:///file:{path}?mode=ro&uri=true") as ro:
        assert ro.count_events() == 2


@pytest.mark.parametrize("backend", BACKENDS)
def test_processes_opening_a_new_database_at_once_migrate_it_once(backend: str, tmp_path: Path) -> None:
    url = backend_url(backend, tmp_path)
    code = "import sys; from kroniek.store import Store; Store.open(sys.argv[1]).close(); print('ok')"
    procs = [subprocess.Popen([sys.executable, "-c", code, url], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for _ in range(3)]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], [err for _, err in results]
    with Store.open(url) as s, s.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1


@pytest.mark.parametrize("url", ["mysql+nodriver://x/y", "sqlite:////nonexistent-dir-kroniek/\0/x.db"])
def test_unusable_database_url_is_a_store_error(url: str) -> None:
    with pytest.raises(StoreError, match="database"):
        Store.open(url)


WRITER = """
import sys
sys.path.insert(0, sys.argv[3])  # the tests' directory, for samples.py
from kroniek.store import Store
from samples import sample_document
store = Store.open(sys.argv[1])
for n in range(int(sys.argv[2])):
    store.add(sample_document("nl" if n % 2 else "en", n))
print("done", flush=True)
"""


@pytest.mark.parametrize("backend", BACKENDS)
def test_readers_keep_working_while_another_process_writes(backend: str, tmp_path: Path) -> None:
    url = backend_url(backend, tmp_path)
    Store.open(url).close()
    writer = subprocess.Popen([sys.executable, "-c", WRITER, url, "120", str(ROOT / "tests")],
                              stdout=subprocess.PIPE, text=True)
    counts: list[int] = []
    try:
        with Store.open(url) as reader:
            deadline = time.monotonic() + 120
            while writer.poll() is None and time.monotonic() < deadline:
                counts.append(reader.count_events())
                reader.events(EventFilter(type="PROTEST"), limit=5)
                reader.search_text("mobilisatie")
            assert writer.wait(timeout=120) == 0
            final = reader.stats()["documents"]
    finally:
        if writer.poll() is None:
            writer.kill()
    assert final == 120
    assert counts == sorted(counts)  # readers see whole documents only, never fewer events than before
    assert all(c % 2 == 0 for c in counts)  # every document has two events: never half a document
