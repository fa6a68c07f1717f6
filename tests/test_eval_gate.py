"""Evaluation gate: the scores on ../shared/examples must not fall below the pinned floors.

Floors are what the pipeline reached when they were pinned; raise them as components
improve, never lower them (like trafilatura's evaluation gate).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import shared_path

# metric (score.py SUMMARY / micro attribute) -> floor
FLOORS: dict[str, float] = {
    "events_f1": 0.0,
    "times_f1": 0.0,
    "places_f1": 0.0,
    "quantities_f1": 0.0,
    "quotes_f1": 0.0,
    "time_value_acc": 0.0,
    "place_res_acc": 0.0,
    "speaker_acc": 0.0,
}


@pytest.fixture(scope="module")
def report(example_docs, tmp_path_factory) -> dict:  # type: ignore[no-untyped-def]
    scorer = shared_path("tools", "score.py")
    gold = shared_path("examples")
    out = tmp_path_factory.mktemp("pred")
    for stem, doc in example_docs.items():
        (out / f"{stem}.json").write_text(doc.to_json(), encoding="utf-8")
    report_path = out / "report.json"
    run = subprocess.run([sys.executable, str(scorer), "--gold", str(gold), "--pred", str(out), "--validate",
                          "--json", str(report_path)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    print(run.stdout)
    return json.loads(report_path.read_text(encoding="utf-8"))


def test_outputs_have_no_schema_violations(report: dict) -> None:
    assert report["schema_violations"] == 0, report["schema_messages"][:5]


def test_gold_is_found_in_the_text(report: dict) -> None:
    assert report["gold_errors"] == []


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_score_is_at_least_its_floor(report: dict, metric: str) -> None:
    value = report["summary"][metric]
    assert value is not None or FLOORS[metric] == 0.0, f"{metric} is undefined"
    assert (value or 0.0) >= FLOORS[metric], f"{metric} = {value} fell below its floor {FLOORS[metric]}"
