"""ACLED's columns filled where kroniek knows them, and unreal events kept out of acled-csv unless asked."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from kroniek.cli import app
from kroniek.export import export, to_string
from kroniek.export.acled import admin_columns, region, regions, time_precision
from kroniek.model import Document, Place, When
from kroniek.store import Store

from conftest import shared_path
from samples import sample_document

LANGS = ["nl", "en"]


def rows_of(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def acled_rows(tmp_path: Path, doc: Document, *, include_unreal: bool = False) -> list[dict[str, str]]:
    with Store.open(str(tmp_path / "k.db")) as s:
        s.add(doc)
        return rows_of(to_string(s, "acled-csv", include_unreal=include_unreal))


# --------------------------------------------------------------------------- region
@pytest.mark.parametrize(("country", "acled_region"), [
    ("NL", "Europe"), ("RU", "Europe"), ("UA", "Europe"), ("TR", "Middle East"), ("SY", "Middle East"),
    ("GE", "Caucasus and Central Asia"), ("KZ", "Caucasus and Central Asia"), ("NG", "Western Africa"),
    ("CD", "Middle Africa"), ("ET", "Eastern Africa"), ("MZ", "Southern Africa"), ("EG", "Northern Africa"),
    ("AF", "South Asia"), ("MM", "Southeast Asia"), ("CN", "East Asia"), ("US", "North America"),
    ("MX", "Central America"), ("BR", "South America"), ("HT", "Caribbean"), ("PG", "Oceania"),
    ("AQ", "Antarctica"), ("nl", "Europe"), (None, ""), ("ZZ", ""),
])
def test_region_of_a_country(country: str | None, acled_region: str) -> None:
    assert region(country) == acled_region


def test_the_region_table_uses_acleds_region_names_only() -> None:
    assert set(regions().values()) == {
        "Western Africa", "Middle Africa", "Eastern Africa", "Southern Africa", "Northern Africa", "Middle East",
        "Caucasus and Central Asia", "South Asia", "Southeast Asia", "East Asia", "Europe", "North America",
        "Central America", "South America", "Caribbean", "Oceania", "Antarctica"}
    assert len(regions()) > 240


# where ACLED's regions differ from the UN geoscheme (Southern Africa reaches Angola, Madagascar, Malawi,
# Mozambique, Zambia and Zimbabwe; Sudan is Northern and South Sudan Eastern Africa; Mexico is Central America;
# the South Caucasus goes with Central Asia; Turkey and Cyprus: Middle East and Europe), and a few plain ones
@pytest.mark.parametrize(("country", "acled_region"), [
    ("SD", "Northern Africa"), ("SS", "Eastern Africa"), ("AO", "Southern Africa"), ("MG", "Southern Africa"),
    ("MW", "Southern Africa"), ("ZM", "Southern Africa"), ("ZW", "Southern Africa"), ("ZA", "Southern Africa"),
    ("CM", "Middle Africa"), ("TD", "Middle Africa"), ("MR", "Western Africa"), ("SO", "Eastern Africa"),
    ("MX", "Central America"), ("GT", "Central America"), ("AM", "Caucasus and Central Asia"),
    ("AZ", "Caucasus and Central Asia"), ("TR", "Middle East"), ("CY", "Europe"), ("IL", "Middle East"),
    ("PS", "Middle East"), ("YE", "Middle East"), ("BY", "Europe"), ("MD", "Europe"), ("PK", "South Asia"),
    ("TL", "Southeast Asia"), ("KP", "East Asia"), ("CA", "North America"), ("CU", "Caribbean"),
    ("VE", "South America"), ("FJ", "Oceania"),
])
def test_acleds_own_region_of_a_country(country: str, acled_region: str) -> None:
    assert region(country) == acled_region


def test_every_iso_country_has_an_acled_region() -> None:
    with shared_path("data", "geo-names-nl", "pycountry_iso3166-1_nl.tsv").open(encoding="utf-8") as fh:
        codes = {row["alpha_2"] for row in csv.DictReader(fh, delimiter="\t")}
    assert sorted(codes - set(regions())) == []


@pytest.mark.parametrize(("lang", "n", "acled_region"), [("nl", 0, "Europe"), ("en", 2, "Europe")])
def test_acled_row_has_the_region_of_its_place(tmp_path: Path, lang: str, n: int, acled_region: str) -> None:
    rows = acled_rows(tmp_path, sample_document(lang, n))
    assert rows and {r["region"] for r in rows} == {acled_region}


# --------------------------------------------------------------------------- admin levels and precision
def _place(**changes: object) -> Place:
    base = Place(id="p1", text="x", start=0, end=1, name="Kyiv", geonames_id=1, feature_code="PPLC", country="UA",
                 admin1="Kyiv City", lat=50.4, lon=30.5, precision="city", score=0.9)
    return dataclasses.replace(base, **changes)


@pytest.mark.parametrize(("changes", "admins"), [
    ({}, ("Kyiv City", "", "")),
    ({"name": "Kyiv Oblast", "feature_code": "ADM1", "admin1": "Kyiv Oblast", "precision": "admin1"},
     ("Kyiv Oblast", "", "")),
    ({"name": "Boryspil Raion", "feature_code": "ADM2", "admin1": "Kyiv Oblast", "precision": "admin2"},
     ("Kyiv Oblast", "Boryspil Raion", "")),
    ({"name": "Hromada", "feature_code": "ADM3", "admin1": "Kyiv Oblast", "precision": "admin2"},
     ("Kyiv Oblast", "", "Hromada")),
    ({"name": "Oblast", "feature_code": None, "admin1": None, "precision": "admin1"}, ("Oblast", "", "")),
])
def test_admin_columns_from_the_place(changes: dict[str, object], admins: tuple[str, str, str]) -> None:
    cols = admin_columns(_place(**changes))
    assert (cols["admin1"], cols["admin2"], cols["admin3"]) == admins


@pytest.mark.parametrize(("precision", "source", "code"), [
    ("day", "text", 1), ("week", "text", 2), ("month", "text", 3), ("year", "text", 3),
    ("day", "published", 2), ("week", "published", 2), ("month", "published", 3),
])
def test_time_precision_from_when(precision: str, source: str, code: int) -> None:
    when = When(value="2022-09-25", precision=precision, time=None, source=source)  # type: ignore[arg-type]
    assert time_precision(when) == code


@pytest.mark.parametrize("lang", LANGS)
def test_an_event_dated_by_its_publication_is_never_a_known_day(tmp_path: Path, lang: str) -> None:
    doc = sample_document(lang, 0)
    fallback = When(value=doc.published or "", precision="day", time=None, source="published")
    doc = doc.replace(events=tuple(dataclasses.replace(e, when=fallback) for e in doc.events), conflicts=())
    rows = acled_rows(tmp_path, doc)
    assert len(rows) == 2 and {r["time_precision"] for r in rows} == {"2"}


# --------------------------------------------------------------------------- source and notes
@pytest.mark.parametrize(("url", "source", "scale"), [
    ("https://nos.nl/artikel/1", "NOS", "International"),  # a Dutch source on an event in Russia
    ("https://www.bbc.co.uk/news/1", "BBC", "International"),
    ("https://meduza.ru/news/1", "Meduza", ""),  # the event's own country: national or local, not known
    ("https://news.example.org/1", None, ""),  # no country-code domain: not known
])
def test_source_and_source_scale(tmp_path: Path, url: str, source: str | None, scale: str) -> None:
    doc = sample_document("nl", 0).replace(url=url, source=source)  # events in Moscow
    rows = acled_rows(tmp_path, doc)
    assert rows and all(r["source_scale"] == scale for r in rows)
    assert all(r["source"] == (source or "news.example.org") for r in rows)


@pytest.mark.parametrize("lang", LANGS)
def test_notes_are_the_evidence_sentence_and_actors_named(tmp_path: Path, lang: str) -> None:
    doc = sample_document(lang, 1)
    rows = acled_rows(tmp_path, doc)
    arrest = next(r for r in rows if r["sub_event_type"] == "Arrests")
    sentence = doc.sentences[1]
    assert arrest["notes"] == doc.text[sentence.start:sentence.end]
    # the police by its canonical name; the unnamed crowd of protesters as ACLED names one
    assert (arrest["actor1"], arrest["actor2"]) == ("De politie" if lang == "nl" else "Police", "Protesters (Netherlands)")


# --------------------------------------------------------------------------- unreal events
def with_modalities(lang: str) -> Document:
    doc = sample_document(lang, 0)
    protest, arrest = doc.events
    return doc.replace(events=(dataclasses.replace(protest, modality="future"), arrest), conflicts=())


@pytest.mark.parametrize("lang", LANGS)
def test_acled_csv_leaves_unreal_events_out(tmp_path: Path, lang: str) -> None:
    (row,) = acled_rows(tmp_path, with_modalities(lang))
    assert row["sub_event_type"] == "Arrests" and row["unreal"] == "False"


@pytest.mark.parametrize("lang", LANGS)
def test_acled_csv_keeps_unreal_events_flagged_when_asked(tmp_path: Path, lang: str) -> None:
    rows = acled_rows(tmp_path, with_modalities(lang), include_unreal=True)
    protest = next(r for r in rows if r["event_type"] == "Protests")
    assert len(rows) == 2 and protest["unreal"] == "True" and "modality=future" in protest["tags"]


@pytest.fixture
def unreal_store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(str(tmp_path / "k.db")) as s:
        s.add(with_modalities("nl"))
        yield s


@pytest.mark.parametrize("fmt", ["csv", "geojson", "parquet"])
def test_other_formats_mark_unreal_events(unreal_store: Store, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"events.{fmt}"
    export(unreal_store, fmt, out)
    if fmt == "csv":
        rows = [dict(r) for r in rows_of(out.read_text(encoding="utf-8"))]
    elif fmt == "geojson":
        rows = [f["properties"] for f in json.loads(out.read_text(encoding="utf-8"))["features"]]
    else:
        rows = pq.read_table(out).to_pylist()
    marks = sorted((str(r["type"]), str(r["modality"]), str(r["unreal"])) for r in rows)
    assert marks == [("COERCE", "asserted", "False"), ("PROTEST", "future", "True")]


def test_jsonl_marks_unreal_events_with_their_modality(unreal_store: Store) -> None:
    lines = [json.loads(line) for line in to_string(unreal_store, "jsonl").splitlines()]
    assert sorted(line["event"]["modality"] for line in lines) == ["asserted", "future"]


def test_cli_include_unreal(unreal_store: Store, tmp_path: Path) -> None:
    db = unreal_store.url.removeprefix("sqlite:///")
    counts = []
    for flags in ([], ["--include-unreal"]):
        out = tmp_path / "acled.csv"
        result = CliRunner().invoke(app, ["export", "--db", db, "--format", "acled-csv", "--out", str(out), *flags])
        assert result.exit_code == 0, result.output
        counts.append(len(rows_of(out.read_text(encoding="utf-8"))))
    assert counts == [1, 2]
