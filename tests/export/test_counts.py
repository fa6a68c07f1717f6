"""No export multiplies or invents a count: fatalities and participants summed over every export format
equal those of the stored events; unreal (non-asserted) events stay out of acled-csv unless asked for."""

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

from kroniek.export import export, exporter_names
from kroniek.model import Document, Place, SizeSlot, Where
from kroniek.store import EventRow, Store

from samples import sample_document

LANGS = ["nl", "en"]
SLOTS = ("killed", "participants")


def _region(doc: Document, pid: str, name: str, country: str) -> Place:
    """A second resolved place read from the same words as the first (offsets stay exact)."""
    first = doc.places[0]
    return dataclasses.replace(first, id=pid, name=name, geonames_id=None, feature_code="ADM1", country=country,
                               admin1=name, lat=first.lat + 1, lon=first.lon + 1, precision="admin1", score=0.4)


def several_places_and_unreal(lang: str, n: int) -> Document:
    """A sample document whose events have two or three places, no place, fatalities, and unreal modalities."""
    doc = sample_document(lang, n)
    protest, arrest = doc.events
    extra = (_region(doc, "p2", f"Region {n}", "UA"), _region(doc, "p3", f"Oblast {n}", "BY"))
    two = (*protest.where, Where(place="p2", text=extra[0].text))
    three = (*two, Where(place="p3", text=extra[1].text))
    killed = SizeSlot("killed", 3 + n, 5 + n, None)
    if n == 0:  # asserted, two places, a fatality range
        protest = dataclasses.replace(protest, where=two, size=(*protest.size, killed))
        arrest = dataclasses.replace(arrest, where=three, modality="negated", size=(*arrest.size, killed))
    elif n == 1:  # a future protest in three places and an asserted arrest without a place
        protest = dataclasses.replace(protest, where=three, modality="future", size=(*protest.size, killed))
        arrest = dataclasses.replace(arrest, where=(), size=(*arrest.size, SizeSlot("killed", None, 2, None)))
    else:  # hypothetical and possible, several places
        protest = dataclasses.replace(protest, where=two, modality="hypothetical", size=(*protest.size, killed))
        arrest = dataclasses.replace(arrest, where=three, modality="possible",
                                     size=(*arrest.size, SizeSlot("participants", 40, 60, None)))
    return doc.replace(places=(*doc.places, *extra), events=(protest, arrest), conflicts=())


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    s = Store.open(str(tmp_path_factory.mktemp("counts") / "kroniek.db"))
    s.add_many(several_places_and_unreal(lang, n) for lang in LANGS for n in range(3))
    yield s
    s.close()


def _count(row: EventRow, slot: str) -> float:
    """What the event says, its low figure (else its high one): the value every export reports."""
    s = row.event.size_of(slot)
    if s is None:
        return 0
    return (s.low if s.low is not None else s.high) or 0


def stored_totals(store: Store, *, asserted_only: bool) -> dict[str, float]:
    rows = [r for r in store.iter_events() if r.event.modality == "asserted" or not asserted_only]
    return {"events": len(rows), **{slot: sum(_count(r, slot) for r in rows) for slot in SLOTS}}


def _number(value: Any) -> float:
    return float(value) if value not in (None, "") else 0


def _crowd(tags: str) -> float:
    """The low figure of ACLED's ``crowd size=`` tag."""
    for tag in tags.split("; "):
        if tag.startswith("crowd size="):
            return float(tag.removeprefix("crowd size=").split("-")[0])
    return 0


def exported_totals(fmt: str, path: Path) -> dict[str, float]:
    """Events (rows, lines or features) and the summed counts of one export file."""
    if fmt in ("csv", "acled-csv"):
        rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
        if fmt == "acled-csv":
            return {"events": len(rows), "killed": sum(_number(r["fatalities"]) for r in rows),
                    "participants": sum(_crowd(r["tags"]) for r in rows)}
    elif fmt == "parquet":
        rows = pq.read_table(path).to_pylist()
    elif fmt == "geojson":
        rows = [f["properties"] for f in json.loads(path.read_text(encoding="utf-8"))["features"]]
    else:
        lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        sizes = [line["event"]["size"] for line in lines]  # kroniek/1: {slot: {low, high, quantity}}
        return {"events": len(lines), **{
            slot: sum(_number(s[slot]["low"] if s[slot]["low"] is not None else s[slot]["high"])
                      for s in sizes if slot in s) for slot in SLOTS}}
    return {"events": len(rows), **{slot: sum(_number(r[slot]) for r in rows) for slot in SLOTS}}


def test_the_documents_have_several_places_and_unreal_events(store: Store) -> None:
    rows = list(store.iter_events())
    assert max(len(r.places) for r in rows) == 3 and min(len(r.places) for r in rows) == 0
    assert {r.event.modality for r in rows} == {"asserted", "negated", "future", "hypothetical", "possible"}


@pytest.mark.parametrize("fmt", ["csv", "acled-csv", "jsonl", "geojson", "parquet"])
def test_every_format_carries_each_event_once_with_its_counts(store: Store, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"events.{fmt}"
    export(store, fmt, out)
    expected = stored_totals(store, asserted_only=fmt == "acled-csv")
    assert expected["killed"] > 0 and expected["participants"] > 0
    assert exported_totals(fmt, out) == expected


def test_acled_csv_keeps_unreal_events_when_asked(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    export(store, "acled-csv", out, include_unreal=True)
    assert exported_totals("acled-csv", out) == stored_totals(store, asserted_only=False)


def test_the_count_test_covers_every_registered_format() -> None:
    assert set(exporter_names()) == {"csv", "acled-csv", "jsonl", "geojson", "parquet"}
