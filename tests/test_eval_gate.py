"""Evaluation gate: the scores on ../shared/examples and on kroniek's own dev set (examples/,
articles written for the project with hand-made gold) must not fall below the pinned floors.

Floors are what the pipeline reached when they were pinned; raise them as components
improve, never lower them (like trafilatura's evaluation gate).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import kroniek

from conftest import ROOT, shared_path

# metric (score.py SUMMARY / micro attribute) -> floor, for ../shared/examples
FLOORS: dict[str, float] = {
    "events_f1": 0.97,
    "times_f1": 1.0,
    "places_f1": 0.95,
    "quantities_f1": 1.0,
    "quotes_f1": 0.96,
    "time_value_acc": 1.0,
    "place_res_acc": 1.0,
    "speaker_acc": 1.0,
}


# the same for the project's own dev set in examples/ (eight articles written for kroniek, hand-made gold)
DEV_FLOORS: dict[str, float] = {
    "events_f1": 0.96,
    "times_f1": 1.0,
    "places_f1": 0.9,
    "quantities_f1": 1.0,
    "quotes_f1": 0.97,
    "time_value_acc": 1.0,
    "place_res_acc": 1.0,
    "speaker_acc": 0.9,
}


def score(docs: dict, gold: Path, out: Path) -> dict:  # type: ignore[type-arg]
    scorer = shared_path("tools", "score.py")
    for stem, doc in docs.items():
        (out / f"{stem}.json").write_text(doc.to_json(), encoding="utf-8")
    report_path = out / "report.json"
    run = subprocess.run([sys.executable, str(scorer), "--gold", str(gold), "--pred", str(out), "--validate",
                          "--json", str(report_path)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    print(run.stdout)
    return json.loads(report_path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def report(example_docs, tmp_path_factory) -> dict:  # type: ignore[no-untyped-def]
    return score(example_docs, shared_path("examples"), tmp_path_factory.mktemp("pred"))


@pytest.fixture(scope="module")
def dev_report(pipeline, tmp_path_factory) -> dict:  # type: ignore[no-untyped-def]
    docs = {}
    for txt in sorted((ROOT / "examples").glob("*.txt")):
        meta = json.loads(txt.with_name(txt.stem + ".meta.json").read_text(encoding="utf-8"))
        docs[txt.stem] = kroniek.extract(txt.read_text(encoding="utf-8"), published=meta["published"],
                                         language=meta["language"], pipeline=pipeline)
    return score(docs, ROOT / "examples", tmp_path_factory.mktemp("dev"))


def test_outputs_have_no_schema_violations(report: dict) -> None:
    assert report["schema_violations"] == 0, report["schema_messages"][:5]


def test_gold_is_found_in_the_text(report: dict) -> None:
    assert report["gold_errors"] == []


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_score_is_at_least_its_floor(report: dict, metric: str) -> None:
    value = report["summary"][metric]
    assert value is not None or FLOORS[metric] == 0.0, f"{metric} is undefined"
    assert (value or 0.0) >= FLOORS[metric], f"{metric} = {value} fell below its floor {FLOORS[metric]}"


def test_dev_outputs_have_no_schema_violations_or_gold_errors(dev_report: dict) -> None:
    assert dev_report["schema_violations"] == 0, dev_report["schema_messages"][:5]
    assert dev_report["gold_errors"] == []


@pytest.mark.parametrize("metric", sorted(DEV_FLOORS))
def test_dev_score_is_at_least_its_floor(dev_report: dict, metric: str) -> None:
    value = dev_report["summary"][metric]
    assert (value or 0.0) >= DEV_FLOORS[metric], f"dev {metric} = {value} fell below its floor {DEV_FLOORS[metric]}"
