"""Whether two figures can be told of the same count (kroniek.figures)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kroniek.figures import comparable


@pytest.mark.parametrize(("x", "y", "alike"), [
    (9, 11, True),  # police and organizers on one set of arrests
    (100, 500, True),
    (100, 501, False),
    (14, 800, False),  # arrests and marchers
    (0, 3, False),
    (None, 3, False),
    (-2, 3, False),
])
def test_comparable(x: float | None, y: float | None, alike: bool) -> None:
    assert comparable(x, y) is alike


@given(st.floats(min_value=0.001, max_value=1e9), st.floats(min_value=0.001, max_value=1e9))
def test_comparable_is_symmetric(x: float, y: float) -> None:
    assert comparable(x, y) == comparable(y, x)


@given(st.floats(min_value=0.001, max_value=1e9))
def test_a_figure_is_comparable_with_itself(x: float) -> None:
    assert comparable(x, x)
