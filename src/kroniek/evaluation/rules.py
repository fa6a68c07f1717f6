"""The judgements the scorer makes about single values: counts, spans, time values, places.

These follow the rules of the gold format (documented in :mod:`kroniek.evaluation`), which the
reference scorer ``../shared/tools/score.py`` also implements; a test checks the two agree.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..periods import period

Json = dict[str, Any]
Span = tuple[int, int]

#: How far (km) a predicted place may lie from the gold one, by the gold precision.
PLACE_TOLERANCE_KM: Mapping[str, float] = {"point": 50.0, "city": 50.0, "admin2": 50.0, "admin1": 400.0,
                                           "region": 400.0}
DEFAULT_TOLERANCE_KM = 50.0
EARTH_RADIUS_KM = 6371.0088

# A TIMEX3 calendar value: year, then month[-day], ISO week[-weekend], quarter or half; any time part.


# ----------------------------------------------------------------------------------- counts
@dataclass
class Counts:
    """Matches of one component: precision is ``pred_matched / pred``, recall ``gold_matched / gold``.

    The two matched counts differ only for times, where predictions without a calendar value
    are left out of precision.
    """

    gold: int = 0
    pred: int = 0
    gold_matched: int = 0
    pred_matched: int = 0
    judged: dict[str, list[int]] = field(default_factory=dict)  # attribute -> [right, judged]

    def judge(self, attribute: str, right: bool) -> None:
        cell = self.judged.setdefault(attribute, [0, 0])
        cell[0] += int(right)
        cell[1] += 1

    def __iadd__(self, other: Counts) -> Counts:
        self.gold += other.gold
        self.pred += other.pred
        self.gold_matched += other.gold_matched
        self.pred_matched += other.pred_matched
        for attribute, (right, judged) in other.judged.items():
            cell = self.judged.setdefault(attribute, [0, 0])
            cell[0] += right
            cell[1] += judged
        return self

    def metrics(self) -> Json:
        """P, R, F1 (None when undefined), the counts and each attribute's accuracy, as JSON."""
        precision = share(self.pred_matched, self.pred)
        recall = share(self.gold_matched, self.gold)
        f1: float | None = None
        if precision is not None or recall is not None:
            p, r = precision or 0.0, recall or 0.0
            f1 = 2 * p * r / (p + r) if p + r else 0.0
        attributes = {name: {"accuracy": share(right, judged), "correct": right, "total": judged}
                      for name, (right, judged) in sorted(self.judged.items())}
        return {"precision": precision, "recall": recall, "f1": f1, "gold": self.gold, "pred": self.pred,
                "tp_gold": self.gold_matched, "tp_pred": self.pred_matched, "attributes": attributes}


def share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


# ----------------------------------------------------------------------------------- JSON access
def items(value: Any) -> list[Json]:
    """The objects in a JSON list (anything else: none)."""
    if not isinstance(value, list):
        return []
    return [x for x in value if isinstance(x, dict)]


def obj(value: Any) -> Json:
    return value if isinstance(value, dict) else {}


def integer(value: Any) -> int | None:
    return None if isinstance(value, bool) or not isinstance(value, int) else value


def span_of(item: Json) -> Span | None:
    """``(start, end)`` of a predicted item, or None when it has no usable offsets."""
    start, end = integer(item.get("start")), integer(item.get("end"))
    if start is None or end is None or not 0 <= start <= end:
        return None
    return start, end


def overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def same_number(a: Any, b: Any) -> bool:
    """Equal within float tolerance; a missing number equals only a missing number."""
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
    return a is None and b is None


def same_text(a: Any, b: Any) -> bool:
    """Two non-empty strings equal up to case."""
    return isinstance(a, str) and isinstance(b, str) and a != "" and a.casefold() == b.casefold()


# ----------------------------------------------------------------------------------- matching
def greedy_span_matching(gold: Sequence[Span], pred: Sequence[Span], min_cover: float = 0.0) -> dict[int, int]:
    """Gold index -> pred index, one to one, largest overlap first (then the earlier gold, earlier pred).

    A pair must overlap and cover at least ``min_cover`` of the gold span.
    """
    candidates = []
    for g, gs in enumerate(gold):
        for p, ps in enumerate(pred):
            shared = overlap(gs, ps)
            if shared > 0 and shared >= min_cover * (gs[1] - gs[0]):
                candidates.append((-shared, g, p))
    matched: dict[int, int] = {}
    taken: set[int] = set()
    for _, g, p in sorted(candidates):
        if g not in matched and p not in taken:
            matched[g] = p
            taken.add(p)
    return matched


def augmenting_matching(order: Sequence[int], options: Mapping[int, Sequence[int]]) -> dict[int, int]:
    """Maximum one-to-one matching gold -> pred by augmenting paths (Kuhn).

    Gold items are placed in ``order`` and try their options in the order given; a placed gold
    item may move to another option but never loses its match, so gold listed first (the
    required events) is matched before gold listed later (the optional ones).
    """
    holder: dict[int, int] = {}  # pred -> gold

    def place(g: int, visited: set[int]) -> bool:
        for p in options[g]:
            if p in visited:
                continue
            visited.add(p)
            if p not in holder or place(holder[p], visited):
                holder[p] = g
                return True
        return False

    for g in order:
        place(g, set())
    return {g: p for p, g in holder.items()}


# ----------------------------------------------------------------------------------- time values
def time_value_right(gold: Any, pred: Any) -> bool:
    """The predicted value equals the gold one, or is finer and lies inside the gold period."""
    if not (isinstance(gold, str) and isinstance(pred, str)):
        return False
    if pred == gold:
        return True
    if re.fullmatch(r"\d{4}", gold) and pred.startswith(gold):
        return True
    g, p = period(gold), period(pred)
    return g is not None and p is not None and g[0] <= p[0] and p[1] <= g[1]


# ----------------------------------------------------------------------------------- places
def great_circle_km(a: Json, b: Json) -> float | None:
    """Haversine distance between two objects with ``lat``/``lon``, or None."""
    try:
        lat1, lon1, lat2, lon2 = (math.radians(float(v)) for v in (a["lat"], a["lon"], b["lat"], b["lon"]))
    except (KeyError, TypeError, ValueError):
        return None
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def place_right(gold: Json, pred: Json) -> bool:
    """Same GeoNames id; else, by the gold precision, same country or near enough (or same region)."""
    gold_id, pred_id = gold.get("geonames_id"), pred.get("geonames_id")
    if gold_id is not None and pred_id is not None and str(gold_id) == str(pred_id):
        return True
    precision = gold.get("precision") or "city"
    if precision == "country":
        return same_text(gold.get("country"), pred.get("country"))
    km = great_circle_km(gold, pred)
    if km is not None and km <= PLACE_TOLERANCE_KM.get(precision, DEFAULT_TOLERANCE_KM):
        return True
    return precision in ("admin1", "region") and same_text(gold.get("admin1"), pred.get("admin1"))
