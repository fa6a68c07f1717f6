"""Pairwise and B-cubed scores of a clustering against gold incidents."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kroniek.incidents.scoring import bcubed, pairwise

GOLD = {"a": 1, "b": 1, "c": 1, "d": 2}


@pytest.mark.parametrize(("system", "p", "r"), [
    ({"a": 1, "b": 1, "c": 1, "d": 2}, 1.0, 1.0),
    ({"a": 1, "b": 2, "c": 3, "d": 4}, 1.0, 0.0),  # all apart: nothing wrongly joined, nothing found
    ({"a": 1, "b": 1, "c": 1, "d": 1}, 0.5, 1.0),  # all together: 3 of 6 pairs right
    ({"a": 1, "b": 1, "c": 2, "d": 2}, 0.5, 1 / 3),
])
def test_pairwise(system: dict[str, int], p: float, r: float) -> None:
    got = pairwise(GOLD, system)
    assert (got.precision, got.recall) == pytest.approx((p, r))


def test_bcubed_of_one_wrong_join() -> None:
    got = bcubed(GOLD, {"a": 1, "b": 1, "c": 2, "d": 2})
    assert got.precision == pytest.approx((1 + 1 + 0.5 + 0.5) / 4)
    assert got.recall == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4)


@given(st.dictionaries(st.integers(0, 30), st.integers(0, 5), min_size=1),
       st.lists(st.integers(0, 5), min_size=31, max_size=31))
def test_scores_lie_between_0_and_1_and_the_gold_scores_1(gold: dict[int, int], labels: list[int]) -> None:
    system = {k: labels[k] for k in gold}
    for score in (pairwise(gold, system), bcubed(gold, system)):
        assert 0 <= score.precision <= 1 and 0 <= score.recall <= 1
    assert pairwise(gold, gold).f1 == bcubed(gold, gold).f1 == 1.0
