"""kroniek's own scorer: its rules, its CLI, and agreement with ../shared/tools/score.py."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from typer.testing import CliRunner

from kroniek.evaluation import load_gold, place_right, score_document, score_documents, time_value_right
from kroniek.evaluation.report import Report

from conftest import ROOT, shared_path

Json = dict[str, Any]

TEXT = ("Zondag gingen in Utrecht honderden mensen de straat op. "
        "De politie arresteerde 12 betogers, zei burgemeester Dijksma.")
UTRECHT = {"country": "NL", "geonames_id": 2745912, "lat": 52.09083, "lon": 5.12222, "precision": "city"}


def at(needle: str) -> Json:
    start = TEXT.index(needle)
    return {"text": needle, "start": start, "end": start + len(needle)}


def gold() -> Json:
    return {"document": {"file": "doc.txt", "published": "2023-05-01", "language": "nl"},
            "times": [{"text": "Zondag", "value": "2023-04-30", "granularity": "day"}],
            "places": [{"text": "Utrecht", **UTRECHT}],
            "quantities": [{"text": "12", "low": 12, "high": 12, "exact": True, "claimed_by": "Dijksma"}],
            "quotes": [], "conflicts": [],
            "events": [{"type": "PROTEST", "evidence": "gingen in Utrecht honderden mensen de straat op",
                        "where": [UTRECHT], "when": {"value": "2023-04-30"}, "modality": "asserted"},
                       {"type": "COERCE", "evidence": "arresteerde 12 betogers", "actors": ["politie"],
                        "size": {"arrested": {"low": 12, "high": 12}}},
                       {"type": "ACCUSE", "evidence": "zei burgemeester", "optional": True}]}


def prediction() -> Json:
    """A kroniek/1 document agreeing with gold() everywhere."""
    first_end = TEXT.index(" De politie")
    return {"document": {"text": TEXT},
            "sentences": [{"i": 0, "start": 0, "end": first_end}, {"i": 1, "start": first_end + 1, "end": len(TEXT)}],
            "entities": [{"id": "e1", **at("Dijksma"), "label": "PER", "canonical": "Dijksma"}],
            "times": [{"id": "t1", **at("Zondag"), "value": "2023-04-30", "granularity": "day"}],
            "places": [{"id": "p1", **at("Utrecht"), **UTRECHT}],
            "quantities": [{"id": "q1", **at("12"), "low": 12, "high": 12, "claimed_by": "e1"}],
            "quotes": [], "conflicts": [],
            "events": [{"type": "PROTEST", "sentence": 0, "trigger": at("gingen"), "where": [{"place": "p1"}],
                        "when": {"value": "2023-04-30"}, "modality": "asserted"},
                       {"type": "COERCE", "sentence": 1, "trigger": at("arresteerde"),
                        "actors": [{"text": "De politie", "entity": None}],
                        "size": {"arrested": {"low": 12, "high": 12}}}]}


def micro(pred: Json | None) -> dict[str, Json]:
    return Report((score_document(gold(), pred, "doc"),), ()).micro


def test_a_prediction_agreeing_with_gold_scores_one_everywhere() -> None:
    metrics = micro(prediction())
    for component in ("events", "times", "places", "quantities"):
        assert (metrics[component]["precision"], metrics[component]["recall"]) == (1.0, 1.0), component
        assert all(a["accuracy"] == 1.0 for a in metrics[component]["attributes"].values()), component
    assert metrics["events"]["gold"] == 2  # the optional ACCUSE, not found, is not missed


def test_a_missing_prediction_misses_every_gold_item() -> None:
    metrics = micro(None)
    assert all(metrics[c]["recall"] == 0.0 for c in ("events", "times", "places", "quantities"))


def test_a_wrong_type_in_the_right_sentence_counts_only_sentence_only() -> None:
    pred = prediction()
    pred["events"][1]["type"] = "ASSAULT"
    metrics = micro(pred)
    assert metrics["events"]["recall"] == 0.5 and metrics["events_sentence_only"]["recall"] == 1.0


def test_gold_text_not_in_the_prediction_is_a_gold_error_left_out() -> None:
    g = gold()
    g["times"].append({"text": "maandag", "value": "2023-05-01"})
    result = score_document(g, prediction(), "doc")
    assert result.gold_errors == ("doc: times[1] 'maandag' (occurrence 1) not found in prediction text",)
    assert result.counts["times"].gold == 1


@pytest.mark.parametrize(("gold_value", "pred_value", "right"), [
    ("2023-04", "2023-04-30", True), ("2023-W17", "2023-04-30", True), ("2023-W17", "2023-05-01", False),
    ("2023", "2023-W01", True), ("2023-Q2", "2023-05", True), ("2023-04-30", "2023-04", False),
    ("2023-H1", "2023-07-01", False), ("PRESENT_REF", "PRESENT_REF", True), ("2023-04", None, False),
])
def test_time_value_rule(gold_value: str, pred_value: str | None, right: bool) -> None:
    assert time_value_right(gold_value, pred_value) is right


@pytest.mark.parametrize(("precision", "km_north", "right"), [
    ("city", 30, True), ("city", 100, False), ("admin1", 300, True), ("admin1", 500, False),
])
def test_place_tolerance_follows_the_gold_precision(precision: str, km_north: float, right: bool) -> None:
    g = {**UTRECHT, "precision": precision}
    assert place_right(g, {**UTRECHT, "geonames_id": 1, "lat": UTRECHT["lat"] + km_north / 111.195}) is right


def test_cli_scores_given_predictions_and_writes_json(dev_predictions: dict[str, Json], tmp_path: Path) -> None:
    from kroniek.cli import app

    for stem, doc in dev_predictions.items():
        (tmp_path / f"{stem}.json").write_text(json.dumps(doc), encoding="utf-8")
    out = tmp_path / "report.json"
    result = CliRunner().invoke(app, ["eval", "gold", str(ROOT / "examples"), "--pred", str(tmp_path),
                                      "--json", str(out)])
    assert result.exit_code == 0, result.output
    expected = score_documents(load_gold([ROOT / "examples"]), dev_predictions).summary
    assert json.loads(out.read_text(encoding="utf-8"))["summary"] == expected
    assert "SUMMARY events_f1=" in result.output


# --------------------------------------------------------------------------- agreement with score.py
@pytest.fixture(scope="module")
def reference() -> ModuleType:
    path = shared_path("tools", "score.py")
    spec = importlib.util.spec_from_file_location("shared_score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["shared_score"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def reference_report(reference: ModuleType, gold_dir: Path, predictions: dict[str, Json], tmp: Path) -> Json:
    for stem, doc in predictions.items():
        (tmp / f"{stem}.json").write_text(json.dumps(doc), encoding="utf-8")
    out = tmp / "reference.json"
    args = ["--gold", str(gold_dir), "--pred", str(tmp), "--validate", "--json", str(out)]
    assert reference.main(args) == 0
    return json.loads(out.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def own_report(gold_dir: Path, predictions: dict[str, Json]) -> Json:
    schema = shared_path("schema", "kroniek-1.schema.json")
    return score_documents(load_gold([gold_dir]), predictions, schema=schema).to_dict()


def test_same_numbers_as_score_py_on_shared_examples(reference: ModuleType, example_docs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    predictions = {stem: json.loads(doc.to_json()) for stem, doc in example_docs.items()}
    gold_dir = shared_path("examples")
    assert own_report(gold_dir, predictions) == reference_report(reference, gold_dir, predictions, tmp_path)


def test_same_numbers_as_score_py_on_the_dev_set(reference: ModuleType, dev_predictions: dict[str, Json],
                                                 tmp_path: Path) -> None:
    gold_dir = ROOT / "examples"
    assert own_report(gold_dir, dev_predictions) == reference_report(reference, gold_dir, dev_predictions, tmp_path)


def test_same_numbers_as_score_py_on_its_own_test_cases(reference: ModuleType) -> None:
    path = shared_path("tools", "test_score.py")
    spec = importlib.util.spec_from_file_location("shared_test_score", path)
    assert spec is not None and spec.loader is not None
    cases = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("score", reference)  # test_score.py imports the scorer as `score`
    spec.loader.exec_module(cases)
    perfect, wrong_type, moved = cases.perfect(), cases.perfect(), cases.perfect()
    wrong_type["events"][1]["type"] = "ASSAULT"
    moved["places"][0]["lat"] += 100 / 111.195
    for pred in (perfect, wrong_type, moved, None):
        theirs = reference.micro([reference.score_document(cases.gold(), pred, "doc1")])
        ours = Report((score_document(cases.gold(), pred, "doc1"),), ()).micro
        assert ours == theirs
