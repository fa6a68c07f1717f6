"""``kroniek export --level incident``: one row per incident in every built-in format."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from incidents.reports import report
from incidents.test_linking import DEMO, STABBINGS
from kroniek.cli import app
from kroniek.export.incident_export import INCIDENT_WRITERS, export_incidents
from kroniek.model import Acled
from kroniek.store import EventFilter, Store

from backends import BACKENDS, backend_url


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    s = Store.open(backend_url(request.param, tmp_path, schema="kroniek_incident_export"))
    docs = [report(language=lang, place="Amsterdam" if lang == "nl" else "Manchester", **r)  # type: ignore[arg-type]
            for lang in ("nl", "en") for r in DEMO[lang]]
    docs += [report(text, trigger=trig, date=date, date_text=dtext, published=date, source=src, event_type="ASSAULT",
                    mode="beat", place="Rotterdam") for text, trig, date, dtext, src in STABBINGS["nl"]]
    docs.append(report("Een staking in Utrecht werd afgeblazen.", trigger="staking", published="2024-05-01",
                       source="Trouw", mode="strike", place="Utrecht", modality="negated"))
    s.add_many(docs)
    yield s
    s.close()


def text_export(store: Store, fmt: str, f: EventFilter | None = None, **kw: bool) -> str:
    buf = io.StringIO()
    export_incidents(store, fmt, buf, f, **kw)
    return buf.getvalue()


def test_jsonl_writes_one_incident_per_line_with_its_members(store: Store) -> None:
    lines = [json.loads(x) for x in text_export(store, "jsonl").splitlines()]
    assert sorted(x["n_reports"] for x in lines) == [1, 1, 1, 3, 3]
    member = next(x for x in lines if x["n_reports"] == 3)["members"][1]
    assert set(member) >= {"document", "event", "sentence", "trigger", "link"}
    assert set(member["document"]) >= {"id", "url", "source", "published", "title"}
    assert set(member["sentence"]) >= {"i", "start", "end"} and set(member["trigger"]) == {"text", "start", "end"}
    assert member["link"]["score"] > 0 and "place" in member["link"]["features"]


def test_acled_csv_has_one_row_per_incident_with_all_sources_and_the_number_of_reports(store: Store) -> None:
    rows = list(csv.DictReader(io.StringIO(text_export(store, "acled-csv", EventFilter(type="PROTEST")))))
    assert len(rows) == 2  # the negated strike is left out
    assert sorted(r["n_reports"] for r in rows) == ["3", "3"]
    assert {frozenset(r["source"].split("; ")) for r in rows} == {
        frozenset({"Het Parool", "NRC", "AT5"}), frozenset({"Manchester Evening News", "BBC", "Guardian"})}


def test_acled_csv_keeps_the_unreal_incident_when_asked_flagged(store: Store) -> None:
    rows = list(csv.DictReader(io.StringIO(text_export(store, "acled-csv", include_unreal=True))))
    assert [r["unreal"] for r in rows].count("True") == 1


def test_csv_counts_each_happening_once(store: Store) -> None:
    rows = list(csv.DictReader(io.StringIO(text_export(store, "csv"))))
    assert len(rows) == 5 and sum(int(r["n_reports"]) for r in rows) == store.count_events()
    demo = next(r for r in rows if r["place"] == "Amsterdam")
    assert (demo["participants_low"], demo["participants_high"], demo["conflicts"]) == ("2000", "10000",
                                                                                        "size.participants")


def test_geojson_has_one_feature_per_incident_at_its_place(store: Store) -> None:
    features = json.loads(text_export(store, "geojson"))["features"]
    assert len(features) == 5
    assert all(f["geometry"]["type"] == "Point" for f in features)


def test_parquet_has_one_typed_row_per_incident(store: Store, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    path = tmp_path / "incidents.parquet"
    assert export_incidents(store, "parquet", path) == 5
    table = pq.read_table(path)
    assert table.num_rows == 5 and str(table.schema.field("n_reports").type) == "int64"


def test_every_built_in_format_has_an_incident_level() -> None:
    from kroniek.export import exporter_names

    assert set(exporter_names()) >= set(INCIDENT_WRITERS) == {"jsonl", "csv", "acled-csv", "geojson", "parquet"}


def test_the_command_line_exports_incidents(tmp_path: Path) -> None:
    db = str(tmp_path / "k.db")
    with Store.open(db) as s:
        s.add_many([report(language="nl", place="Amsterdam", **r) for r in DEMO["nl"]])  # type: ignore[arg-type]
    result = CliRunner().invoke(app, ["export", "--db", db, "--level", "incident", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert len(result.output.splitlines()) == 1 and json.loads(result.output)["n_sources"] == 3


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("lang, text, trigger, target", [
    ("nl", "Relschoppers vielen zaterdag in Utrecht een voorbijganger aan.", "vielen", "een voorbijganger"),
    ("en", "Rioters attacked a passer-by in Manchester on Saturday.", "attacked", "a passer-by"),
])
def test_acled_csv_marks_civilian_targeting_of_a_riot_from_its_civilian_target(
        backend: str, tmp_path: Path, lang: str, text: str, trigger: str, target: str) -> None:
    # one rule with the event-level acled-csv: a violent incident whose reconciled target is civilians
    doc = report(text, trigger=trigger, published="2024-05-04", event_type="PROTEST", mode="riot", language=lang,
                 place="Utrecht" if lang == "nl" else "Manchester", targets=(target,))
    ev = doc.events[0]
    ev = replace(ev, acled=Acled("Riots", "Mob violence"), targets=tuple(replace(p, type="civilians") for p in ev.targets))
    s = Store.open(backend_url(backend, tmp_path, schema="kroniek_incident_civilians"))
    try:
        s.add_many([doc.replace(events=(ev,))])
        rows = list(csv.DictReader(io.StringIO(text_export(s, "acled-csv"))))
    finally:
        s.close()
    assert [(r["event_type"], r["civilian_targeting"]) for r in rows] == [("Riots", "Civilian targeting")]
