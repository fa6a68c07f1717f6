"""What every export carries beside ACLED's columns: typed actors and targets, the source of an event's date
(``when.source``), and both bounds of a size range; still one row per event whatever its participants.

Each test writes a real SQLite file through Store.add and reads every format back (csv, parquet, geojson,
jsonl, acled-csv) as a user would."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from kroniek.export import export, exporter_names
from kroniek.model import Acled, Document, Participant, SizeSlot, When
from kroniek.store import Store

from samples import full_document, sample_document

LANGS = ["nl", "en"]
FLAT = ["csv", "parquet", "geojson"]


def read(fmt: str, path: Path) -> list[dict[str, Any]]:
    """The rows (lines, features) of an export file as dicts."""
    if fmt in ("csv", "acled-csv"):
        return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    if fmt == "parquet":
        return pq.read_table(path).to_pylist()  # type: ignore[no-any-return]
    if fmt == "geojson":
        return [f["properties"] for f in json.loads(path.read_text(encoding="utf-8"))["features"]]
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def exported(tmp_path: Path, fmt: str, *docs: Document) -> list[dict[str, Any]]:
    with Store.open(str(tmp_path / "k.db")) as s:
        s.add_many(docs)
        out = tmp_path / f"events.{fmt}"
        export(s, fmt, out, include_unreal=True)
    return read(fmt, out)


def by_trigger(rows: list[dict[str, Any]], fmt: str, trigger: str) -> dict[str, Any]:
    [row] = [r for r in rows if (r["event"]["trigger"]["text"] if fmt == "jsonl" else r["trigger"]) == trigger]
    return row


def text(value: Any) -> str:
    return "" if value is None else str(value)


# --------------------------------------------------------------------------- actors and targets
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("fmt", FLAT)
def test_flat_formats_carry_actor_and_target_name_type_sector_country(tmp_path: Path, lang: str, fmt: str) -> None:
    doc = full_document(lang, 2)  # Kyiv: UA
    arrest = doc.events[1]
    row = by_trigger(exported(tmp_path, fmt, doc), fmt, arrest.trigger.text)
    actor, target = arrest.actors[0], arrest.targets[0]
    assert (row["actors"], row["actor_types"], row["actor_sectors"], row["actor_countries"]) == (
        actor.canonical, "state forces", "police", "UA")
    assert (row["targets"], row["target_types"], row["target_sectors"], row["target_countries"]) == (
        target.canonical, "protesters", "civilians", "UA")
    assert len(text(row["actor_ids"])) == 16 and len(text(row["target_ids"])) == 16  # both linked to entities


@pytest.mark.parametrize("lang", LANGS)
def test_jsonl_carries_the_typed_participants_and_their_actor_ids(tmp_path: Path, lang: str) -> None:
    doc = full_document(lang, 2)
    row = by_trigger(exported(tmp_path, "jsonl", doc), "jsonl", doc.events[1].trigger.text)
    [actor] = row["event"]["actors"]
    assert (actor["canonical"], actor["type"], actor["sector"], actor["country"]) == (
        doc.events[1].actors[0].canonical, "state forces", "police", "UA")
    assert len(row["actor_ids"]) == len(row["target_ids"]) == 1


def participant(text_: str, type_: str | None, sector: str | None = None, *, entity: str | None = None,
                country: str | None = "NL") -> Participant:
    return Participant(text=text_, entity=entity, start=None, end=None, canonical=text_ if entity else None,
                       type=type_, sector=sector, country=country)


ARMY = participant("het leger", "state forces", "military", entity="e4")
REBELS = participant("de rebellen", "rebel group", "rebels", entity="e2")
MILITIA = participant("de militie", "political militia", "militia", entity="e3")
VILLAGERS = participant("dorpelingen", "civilians", "civilians")
RIOTERS = participant("relschoppers", "rioters", "civilians", country=None)
STRANGER = participant("een man", None, None, entity="e3", country=None)


@pytest.mark.parametrize(("acled", "actors", "targets", "expected"), [
    (("Violence against civilians", "Attack"), (ARMY,), (VILLAGERS,),
     ("het leger", "", "1", "Civilians (Netherlands)", "", "7", "17", "Civilian targeting")),
    (("Battles", "Armed clash"), (REBELS,), (ARMY,), ("de rebellen", "", "2", "het leger", "", "1", "12", "")),
    (("Battles", "Armed clash"), (REBELS, MILITIA), (ARMY,),
     ("de rebellen", "de militie", "2", "het leger", "", "1", "12", "")),
    (("Explosions/Remote violence", "Shelling/artillery/missile attack"), (ARMY,), (VILLAGERS, RIOTERS),
     ("het leger", "", "1", "Civilians (Netherlands)", "Rioters", "7", "17", "Civilian targeting")),
    (("Riots", "Violent demonstration"), (RIOTERS,), (), ("Rioters", "", "5", "", "", "", "50", "")),
    (("Strategic developments", "Arrests"), (STRANGER,), (RIOTERS,), ("een man", "", "", "Rioters", "", "5", "", "")),
    (("Protests", "Peaceful protest"), (), (), ("", "", "", "", "", "", "", "")),
], ids=["attack", "clash", "assoc-actor", "shelling", "riot", "untyped-actor", "nobody"])
def test_acled_actor_columns_from_typed_participants(tmp_path: Path, acled: tuple[str, str],
                                                      actors: tuple[Participant, ...],
                                                      targets: tuple[Participant, ...], expected: tuple[str, ...]) -> None:
    doc = sample_document("nl", 1)
    arrest = dataclasses.replace(doc.events[1], acled=Acled(*acled), actors=actors, targets=targets)
    [row] = exported(tmp_path, "acled-csv", doc.replace(events=(arrest,), conflicts=()))
    names = ("actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
             "civilian_targeting")
    assert tuple(row[k] for k in names) == expected


@pytest.mark.parametrize("fmt", ["csv", "acled-csv", "jsonl", "geojson", "parquet"])
def test_several_actors_and_targets_keep_one_row_and_one_count(tmp_path: Path, fmt: str) -> None:
    doc = sample_document("en", 1)
    attack = dataclasses.replace(doc.events[1], acled=Acled("Battles", "Armed clash"), actors=(REBELS, MILITIA),
                                 targets=(ARMY, VILLAGERS), size=(SizeSlot("killed", 5, 8, None),))
    rows = exported(tmp_path, fmt, doc.replace(events=(attack,), conflicts=()))
    assert len(rows) == 1
    killed = {"acled-csv": "fatalities", "jsonl": None}.get(fmt, "killed")
    value = rows[0]["event"]["size"]["killed"]["low"] if killed is None else rows[0][killed]
    assert float(value) == 5


def test_the_column_test_covers_every_registered_format() -> None:
    assert set(exporter_names()) == {"csv", "acled-csv", "jsonl", "geojson", "parquet"}


# --------------------------------------------------------------------------- when.source
def dated_by_publication(lang: str, precision: str) -> Document:
    doc = sample_document(lang, 0)
    value = (doc.published or "")[:10] if precision == "day" else (doc.published or "")[:7]
    fallback = When(value=value, precision=precision, time=None, source="published")  # type: ignore[arg-type]
    return doc.replace(events=tuple(dataclasses.replace(e, when=fallback) for e in doc.events), conflicts=())


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("fmt", FLAT)
def test_an_event_dated_by_its_publication_says_so_in_the_flat_formats(tmp_path: Path, lang: str, fmt: str) -> None:
    rows = exported(tmp_path, fmt, dated_by_publication(lang, "day"))
    assert len(rows) == 2 and {r["date_source"] for r in rows} == {"published"}
    assert {r["date_precision"] for r in rows} == {"day"}


@pytest.mark.parametrize("fmt", FLAT)
def test_an_event_dated_by_its_text_says_so_too(tmp_path: Path, fmt: str) -> None:
    rows = exported(tmp_path, fmt, sample_document("nl", 0))
    assert {r["date_source"] for r in rows} == {"text"}


@pytest.mark.parametrize("lang", LANGS)
def test_an_event_dated_by_its_publication_says_so_in_jsonl(tmp_path: Path, lang: str) -> None:
    rows = exported(tmp_path, "jsonl", dated_by_publication(lang, "day"))
    assert len(rows) == 2 and {r["event"]["when"]["source"] for r in rows} == {"published"}


@pytest.mark.parametrize(("precision", "codes"), [("day", {"2"}), ("month", {"3"})])
@pytest.mark.parametrize("lang", LANGS)
def test_acled_time_precision_of_a_publication_date_is_never_1(tmp_path: Path, lang: str, precision: str,
                                                               codes: set[str]) -> None:
    rows = exported(tmp_path, "acled-csv", dated_by_publication(lang, precision))
    assert len(rows) == 2 and {r["time_precision"] for r in rows} == codes


# --------------------------------------------------------------------------- size ranges
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("fmt", FLAT)
def test_size_ranges_keep_both_bounds(tmp_path: Path, lang: str, fmt: str) -> None:
    doc = full_document(lang, 0)  # participants 200-300, arrested 701-750
    rows = exported(tmp_path, fmt, doc)
    protest = by_trigger(rows, fmt, doc.events[0].trigger.text)
    arrest = by_trigger(rows, fmt, doc.events[1].trigger.text)
    assert (float(protest["participants"]), float(protest["participants_high"])) == (200, 300)
    assert (float(arrest["arrested"]), float(arrest["arrested_high"])) == (701, 750)
    assert text(protest["killed"]) == text(protest["killed_high"]) == ""


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_a_lower_bound_alone_leaves_the_high_column_empty(tmp_path: Path, fmt: str) -> None:
    doc = sample_document("nl", 0)  # "meer dan 700": low 701, no high
    arrest = by_trigger(exported(tmp_path, fmt, doc), fmt, doc.events[1].trigger.text)
    assert float(arrest["arrested"]) == 701 and text(arrest["arrested_high"]) == ""


def test_an_upper_bound_alone_is_the_count_and_the_high_end(tmp_path: Path) -> None:
    doc = sample_document("en", 0)
    arrest = dataclasses.replace(doc.events[1], size=(SizeSlot("killed", None, 2, None),))
    [row] = exported(tmp_path, "parquet", doc.replace(events=(arrest,), conflicts=()))
    assert (row["killed"], row["killed_high"]) == (2, 2)
