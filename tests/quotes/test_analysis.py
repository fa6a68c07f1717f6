"""quotes.analysis: the direct quotes around a position, found by binary search, are those a scan finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kroniek.model import Document
from kroniek.quotes.analysis import TextView
from kroniek.quotes.records import Direct

SIZE = 300


@st.composite
def quoted(draw: st.DrawFn) -> tuple[TextView, list[Direct]]:
    """A view with non-overlapping direct quotes in text order (as find_directs gives them)."""
    cuts = sorted(set(draw(st.lists(st.integers(0, SIZE - 1), max_size=16))))
    directs = [Direct(a + 1, b, a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False)]
    view = TextView(Document(text="x" * SIZE, language=draw(st.sampled_from(["nl", "en"]))))
    view.directs = directs
    return view, directs


@settings(max_examples=200, deadline=None)
@given(quoted(), st.integers(-5, SIZE + 5), st.integers(0, 60))
def test_directs_overlapping_are_those_a_scan_finds(case: tuple[TextView, list[Direct]], a: int, width: int) -> None:
    view, directs = case
    b = a + width
    assert list(view.directs_overlapping(a, b)) == [d for d in directs if d.open_pos < b and d.close_pos >= a]


@settings(max_examples=200, deadline=None)
@given(quoted(), st.integers(-5, SIZE + 5))
def test_direct_before_is_the_last_one_closing_before(case: tuple[TextView, list[Direct]], pos: int) -> None:
    view, directs = case
    before = [d for d in directs if d.close_pos < pos]
    assert view.direct_before(pos) == (max(before, key=lambda d: d.close_pos) if before else None)
