"""``kroniek export``: the registered formats (csv, acled-csv, jsonl, geojson, parquet) with the API's filters."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kroniek.cli import app
from kroniek.errors import ConfigError
from kroniek.export import Exporter, export, exporter_names, get_exporter, to_string
from kroniek.export.acled import ACLED_COLUMNS, ACLED_CSV_COLUMNS, GEO_PRECISION, TIME_PRECISION, acled_record
from kroniek.export.columns import CSV_COLUMNS
from kroniek.model import Place, SizeSlot, When, Where
from kroniek.store import EventFilter, Store

from backends import BACKENDS, backend_url
from samples import sample_document

LANGS = ["nl", "en"]


@pytest.fixture(scope="module", params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """Six documents (n = 0..2, Dutch and English), two events each; Moscow, Amsterdam, Kyiv."""
    s = Store.open(backend_url(request.param, tmp_path_factory.mktemp("export"), schema="kroniek_export"))
    s.add_many(sample_document(lang, n) for n in range(3) for lang in LANGS)
    yield s
    s.close()


@pytest.fixture(scope="module")
def db_path(store: Store) -> str:
    """What a user passes to --db: a file path for SQLite, the URL for PostgreSQL."""
    return store.url.removeprefix("sqlite:///")


def rows_of(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


# --------------------------------------------------------------------------- each format
def test_csv_has_one_row_per_event_with_evidence(store: Store) -> None:
    rows = rows_of(to_string(store, "csv"))
    assert len(rows) == 12 and tuple(rows[0]) == CSV_COLUMNS
    for r in rows:
        row = store.event(r["event_key"])
        assert row is not None and r["sentence"] == row.sentence_text and r["trigger"] in r["sentence"]


@pytest.mark.parametrize("lang", LANGS)
def test_csv_values_of_an_arrest(store: Store, lang: str) -> None:
    doc = sample_document(lang, 1)
    (r,) = rows_of(to_string(store, "csv", EventFilter(document=doc.id, type="COERCE")))
    assert (r["type"], r["mode"], r["acled_sub_event_type"]) == ("COERCE", "arrest", "Arrests")
    assert (r["location"], r["country"], r["admin1"]) == ("Amsterdam", "NL", "North Holland")
    assert float(r["latitude"]) == pytest.approx(52.37403) and r["geo_precision"] == "city"
    assert (r["arrested"], r["killed"], r["claimed_by"]) == ("701", "", "OVD-Info")
    assert (r["actors"], r["actor_types"], r["actor_sectors"], r["actor_countries"]) == (
        "De politie" if lang == "nl" else "Police", "state forces", "police", "NL")
    assert (r["target_types"], r["target_sectors"], r["target_countries"], r["target_ids"]) == (
        "protesters", "civilians", "NL", "")  # an unnamed crowd is no actor of the store
    assert r["actor_ids"] and store.actor(r["actor_ids"]) is not None
    assert r["event_date"] == r["date_start"] == "2022-09-26" and r["language"] == lang


def test_jsonl_lines_are_events_with_their_document(store: Store) -> None:
    lines = to_string(store, "jsonl", EventFilter(type="PROTEST")).splitlines()
    assert len(lines) == 6
    for line in lines:
        data = json.loads(line)
        assert data["event"]["type"] == "PROTEST" and data["document"]["id"] == data["key"].split(":")[0]
        assert data["sentence"]["text"] and data["places"][0]["geonames_id"]


def test_geojson_points_are_lon_lat(store: Store) -> None:
    data = json.loads(to_string(store, "geojson", EventFilter(country="RU")))
    assert data["type"] == "FeatureCollection" and len(data["features"]) == 4
    feat = data["features"][0]
    assert feat["geometry"] == {"type": "Point", "coordinates": [37.61556, 55.75222]}
    assert feat["properties"]["location"] == "Moscow" and feat["properties"]["country"] == "RU"
    assert feat["id"] == feat["properties"]["event_key"] and feat["properties"]["other_places"] == []


def test_geojson_of_nothing_is_an_empty_collection(store: Store) -> None:
    assert json.loads(to_string(store, "geojson", EventFilter(country="FR"))) == {
        "type": "FeatureCollection", "features": []}


def test_parquet_has_typed_columns(store: Store, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    out = tmp_path / "events.parquet"
    assert export(store, "parquet", out, EventFilter(type="COERCE")) == 6
    table = pq.read_table(out)
    assert table.column_names == list(CSV_COLUMNS) and table.num_rows == 6
    assert str(table.schema.field("latitude").type) == "double"
    assert set(table.column("arrested").to_pylist()) == {701.0}


def test_parquet_of_nothing_still_has_the_schema(store: Store, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    out = tmp_path / "none.parquet"
    assert export(store, "parquet", out, EventFilter(type="AID")) == 0
    assert pq.read_table(out).column_names == list(CSV_COLUMNS)


# --------------------------------------------------------------------------- ACLED
def test_acled_csv_has_acleds_columns_in_order_then_kroniek_s(store: Store) -> None:
    text = to_string(store, "acled-csv")
    header = text.splitlines()[0].split(",")
    assert header == list(ACLED_CSV_COLUMNS) and header[:len(ACLED_COLUMNS)] == list(ACLED_COLUMNS)
    assert len(rows_of(text)) == 12


@pytest.mark.parametrize("lang", LANGS)
def test_acled_row_of_a_protest(store: Store, lang: str) -> None:
    doc = sample_document(lang, 0)
    (r,) = rows_of(to_string(store, "acled-csv", EventFilter(document=doc.id, type="PROTEST")))
    assert (r["event_type"], r["sub_event_type"], r["disorder_type"]) == ("Protests", "Peaceful protest",
                                                                           "Demonstrations")
    assert (r["event_date"], r["year"], r["time_precision"]) == ("2022-09-25", "2022", "1")
    assert (r["country"], r["iso"], r["location"], r["geo_precision"]) == ("Russia", "643", "Moscow", "1")
    assert (r["region"], r["admin1"], r["admin2"], r["admin3"]) == ("Europe", "Moscow", "", "")
    assert r["fatalities"] == "0" and r["tags"] == "crowd size=200" and r["other_locations"] == ""
    assert r["notes"] == doc.text[doc.sentences[0].start:doc.sentences[0].end]
    assert r["source"] == doc.source and r["event_id_cnty"].startswith("RU-")


def test_acled_actor_codes_come_from_the_typed_participants(store: Store) -> None:
    rows = rows_of(to_string(store, "acled-csv"))
    assert len(rows) == 12
    for r in rows:  # protests by a crowd alone (60); arrests of protesters by the police (16)
        codes = ("6", "", "60") if r["event_type"] == "Protests" else ("1", "6", "16")
        assert (r["inter1"], r["inter2"], r["interaction"]) == codes


@pytest.mark.parametrize(("ours", "acled"), [("day", 1), ("week", 2), ("month", 3), ("year", 3)])
def test_time_precision_codes(ours: str, acled: int) -> None:
    assert TIME_PRECISION[ours] == acled


@pytest.mark.parametrize(("ours", "acled"), [("point", 1), ("city", 1), ("admin2", 2), ("admin1", 3),
                                             ("country", 3), ("region", 3)])
def test_geo_precision_codes(ours: str, acled: int) -> None:
    assert GEO_PRECISION[ours] == acled


@pytest.mark.parametrize("lang", LANGS)
def test_acled_one_row_per_event_at_its_primary_place(tmp_path: Path, lang: str) -> None:
    doc = sample_document(lang, 2)
    region = Place(id="p2", text=doc.places[0].text, start=doc.places[0].start, end=doc.places[0].end,
                   name="Kyiv Oblast", geonames_id=703446, feature_code="ADM1", country="UA", admin1="Kyiv Oblast",
                   lat=50.3, lon=30.7, precision="admin1", score=0.4)
    ev = dataclasses.replace(doc.events[0], where=(*doc.events[0].where, Where(place="p2", text=region.text)),
                             when=When(value="2022-W38", precision="week", time=None, source="text"),
                             size=(SizeSlot("killed", 3, 5, None),))
    doc = doc.replace(places=(*doc.places, region), events=(ev,), conflicts=())
    with Store.open(str(tmp_path / "k.db")) as s:
        s.add(doc)
        (r,) = rows_of(to_string(s, "acled-csv"))
        (row,) = s.events()
    assert (r["location"], r["other_locations"], r["geo_precision"]) == ("Kyiv", "Kyiv Oblast", "1")
    assert r["event_date"] == "2022-09-19" and r["time_precision"] == "2"
    assert r["fatalities"] == "3" and r["unreal"] == "False" and r["event_key"] == row.key
    assert acled_record(row)["latitude"] == pytest.approx(50.45466)


def test_acled_event_without_place_keeps_one_row(tmp_path: Path) -> None:
    doc = sample_document("nl", 0)
    ev = dataclasses.replace(doc.events[0], where=())
    doc = doc.replace(events=(ev,), conflicts=())
    with Store.open(str(tmp_path / "k.db")) as s:
        s.add(doc)
        (r,) = rows_of(to_string(s, "acled-csv"))
    assert r["location"] == r["latitude"] == r["country"] == r["iso"] == "" and r["event_id_cnty"].startswith("XX-")


# --------------------------------------------------------------------------- filters and the command line
@pytest.mark.parametrize(("flt", "n"), [
    (EventFilter(type="PROTEST"), 6),
    (EventFilter(country="NL"), 4),
    (EventFilter(date_from="2022-09-26", date_to="2022-09-26"), 4),
    (EventFilter(actor="politie"), 3),
    (EventFilter(text="Kyiv"), 4),
    (EventFilter(text="'; DROP TABLE events; --"), 0),
])
@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_exports_apply_the_filter(store: Store, flt: EventFilter, n: int, fmt: str) -> None:
    text = to_string(store, fmt, flt)
    assert (len(rows_of(text)) if fmt == "csv" else len(text.splitlines())) == n
    assert store.count_events() == 12


@pytest.mark.parametrize("fmt", exporter_names())
def test_cli_export_writes_the_file(db_path: str, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"events.{fmt}"
    result = CliRunner().invoke(app, ["export", "--db", db_path, "--format", fmt, "--out", str(out),
                                      "--type", "COERCE", "--country", "RU"])
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 0 and "wrote 2" in result.output


def test_cli_export_to_stdout(db_path: str) -> None:
    result = CliRunner().invoke(app, ["export", "--db", db_path, "--format", "jsonl", "--actor", "police"])
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 3  # English "Police"; Dutch "De politie"


@pytest.mark.parametrize(("args", "message"), [
    (["--format", "xml"], "--format must be one of"),
    (["--format", "parquet"], "give --out FILE.parquet"),
    (["--type", "PARTY"], "event type 'PARTY' is unknown"),
    (["--date-from", "last week"], "date_from must be an ISO date"),
    (["--min-confidence", "3"], "min_confidence"),
])
def test_cli_export_refuses_bad_options(db_path: str, args: list[str], message: str) -> None:
    result = CliRunner().invoke(app, ["export", "--db", db_path, *args])
    assert result.exit_code == 3 and message in result.output


def test_cli_export_from_a_missing_database_says_so(tmp_path: Path) -> None:
    missing = tmp_path / "nothing.db"
    result = CliRunner().invoke(app, ["export", "--db", str(missing)])
    assert result.exit_code == 5 and "no database at" in result.output and "kroniek ingest" in result.output
    assert not missing.exists()


def test_cli_export_help_lists_the_registered_formats() -> None:
    result = CliRunner().invoke(app, ["export", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0 and all(name in result.output for name in exporter_names())


# --------------------------------------------------------------------------- the registry
def test_the_built_in_formats_are_registered_through_entry_points() -> None:
    from importlib.metadata import entry_points

    assert {ep.name for ep in entry_points(group="kroniek.exports")} == set(exporter_names())
    assert [get_exporter(name).binary for name in ("csv", "parquet")] == [False, True]


def test_an_unknown_format_names_the_registered_ones(store: Store) -> None:
    with pytest.raises(ConfigError, match="must be one of acled-csv, csv"):
        to_string(store, "xml")


def test_a_binary_format_refuses_a_text_stream(store: Store) -> None:
    with pytest.raises(ConfigError, match="parquet is binary"):
        to_string(store, "parquet")


def test_the_exporter_spec_is_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        get_exporter("csv").name = "tsv"  # type: ignore[misc]
    assert isinstance(get_exporter("jsonl"), Exporter)


# --------------------------------------------------------------------------- several places
@pytest.fixture
def two_places(tmp_path: Path) -> Iterator[Store]:
    """One Dutch and one English protest in Kyiv and Kyiv Oblast."""
    with Store.open(str(tmp_path / "k.db")) as s:
        for lang in LANGS:
            doc = sample_document(lang, 2)
            region = dataclasses.replace(doc.places[0], id="p2", name="Kyiv Oblast", geonames_id=703446,
                                         feature_code="ADM1", admin1="Kyiv Oblast", lat=50.3, lon=30.7,
                                         precision="admin1")
            ev = dataclasses.replace(doc.events[0], where=(*doc.events[0].where, Where(place="p2", text=region.text)))
            s.add(doc.replace(places=(*doc.places, region), events=(ev,), conflicts=()))
        yield s


def test_csv_puts_an_event_at_its_primary_place_and_lists_the_others(two_places: Store) -> None:
    rows = rows_of(to_string(two_places, "csv"))
    assert [(r["location"], r["admin1"], r["other_locations"]) for r in rows] == [
        ("Kyiv", "Kyiv City", "Kyiv Oblast")] * 2
    assert {r["latitude"] for r in rows} == {"50.45466"}


def test_geojson_has_one_feature_per_event_with_the_other_places_listed(two_places: Store) -> None:
    features = json.loads(to_string(two_places, "geojson"))["features"]
    assert len(features) == 2
    for feat in features:
        assert feat["geometry"]["coordinates"] == [30.5238, 50.45466]
        (other,) = feat["properties"]["other_places"]
        assert (other["name"], other["geo_precision"], other["latitude"]) == ("Kyiv Oblast", "admin1", 50.3)


def test_geojson_keeps_an_event_without_a_place_without_geometry(tmp_path: Path) -> None:
    doc = sample_document("en", 0)
    doc = doc.replace(events=(dataclasses.replace(doc.events[0], where=()),), conflicts=())
    with Store.open(str(tmp_path / "k.db")) as s:
        s.add(doc)
        (feat,) = json.loads(to_string(s, "geojson"))["features"]
    assert feat["geometry"] is None and feat["properties"]["participants"] == 200
