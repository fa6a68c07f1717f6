"""Evaluation gate for incidents: the articles of examples/incidents/ (several reports per happening in
different outlets' styles, Dutch and English, with look-alike distractors and follow-ups; written for
kroniek) analysed, linked and scored against incidents_gold.json. Floors only rise.

First contact (before the linking was tuned on them): pairwise F1 0.50, B-cubed F1 0.84; the baseline
that joins the same type, place and day: 0.59 and 0.85.
"""

from __future__ import annotations

from typing import Any

import pytest

from kroniek.evaluation.incidents import IncidentScores, score_folder

from conftest import ROOT

INCIDENT_FLOORS: dict[str, float] = {
    "pairwise_precision": 1.0,
    "pairwise_f1": 0.84,
    "bcubed_f1": 0.94,
}


@pytest.fixture(scope="module")
def scores(pipeline: Any) -> IncidentScores:
    return score_folder(ROOT / "examples" / "incidents", pipeline)


@pytest.mark.parametrize("metric", sorted(INCIDENT_FLOORS))
def test_incident_score_is_at_least_its_floor(scores: IncidentScores, metric: str) -> None:
    kind, _, part = metric.partition("_")
    got = getattr(getattr(scores, kind), part)
    assert got >= INCIDENT_FLOORS[metric], f"{metric} = {got:.4f} fell below {INCIDENT_FLOORS[metric]}"


def test_linking_beats_joining_same_type_place_and_day(scores: IncidentScores) -> None:
    assert scores.pairwise.f1 > scores.baseline_pairwise.f1
