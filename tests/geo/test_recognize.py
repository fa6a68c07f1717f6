"""Toponym recognition's entity index: the entities overlapping a span, found by binary search."""

from __future__ import annotations

import pytest

from kroniek.geo.recognize import EntityIndex
from kroniek.model import Entity

# "Kiev Oblast", "Bill Clinton", "Bank of America", "Paris" (unsorted, one long and one nested)
ENTITIES = [Entity("e3", "Bank of America", 40, 55, "ORG", "Bank of America"),
            Entity("e1", "Kiev Oblast", 0, 11, "LOC", "Kiev Oblast"),
            Entity("e2", "Bill Clinton", 20, 32, "PER", "Bill Clinton"),
            Entity("e4", "America", 48, 55, "LOC", "America"),
            Entity("e5", "Paris", 70, 75, "LOC", "Paris")]


@pytest.mark.parametrize("start,end", [(0, 4), (5, 11), (11, 20), (25, 30), (31, 41), (48, 55), (50, 51),
                                       (55, 70), (60, 80), (0, 100), (100, 110)])
def test_overlapping_is_every_entity_sharing_a_character_in_start_order(start: int, end: int) -> None:
    expected = [e for e in sorted(ENTITIES, key=lambda e: e.start) if e.start < end and start < e.end]
    assert EntityIndex(ENTITIES).overlapping(start, end) == expected


def test_overlapping_without_entities_is_empty() -> None:
    assert EntityIndex([]).overlapping(0, 10) == []
