"""Scores of a clustering of mentions against gold incidents: pairwise and B-cubed precision, recall, F1.

Both take two partitions of the same gold mentions (``item -> cluster label``). *Pairwise*
counts the pairs of mentions put together (precision: of the pairs the system joins, how many
gold joins; recall the other way round). *B-cubed* averages, per mention, the share of its
system cluster that is in its gold cluster (precision) and the share of its gold cluster
that is in its system cluster (recall). With no pair to judge a score is 1.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class PRF:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


def _pairs(sizes: Counter[Any]) -> int:
    return sum(n * (n - 1) // 2 for n in sizes.values())


def pairwise(gold: Mapping[Any, Hashable], system: Mapping[Any, Hashable]) -> PRF:
    """Pairwise precision and recall of ``system`` against ``gold`` (over the items of ``gold``)."""
    items = list(gold)
    both = Counter((gold[i], system[i]) for i in items)
    together = _pairs(both)
    sys_pairs = _pairs(Counter(system[i] for i in items))
    gold_pairs = _pairs(Counter(gold[i] for i in items))
    return PRF(together / sys_pairs if sys_pairs else 1.0, together / gold_pairs if gold_pairs else 1.0)


def bcubed(gold: Mapping[Any, Hashable], system: Mapping[Any, Hashable]) -> PRF:
    """B-cubed precision and recall of ``system`` against ``gold`` (over the items of ``gold``)."""
    items = list(gold)
    if not items:
        return PRF(1.0, 1.0)
    both = Counter((gold[i], system[i]) for i in items)
    g = Counter(gold[i] for i in items)
    s = Counter(system[i] for i in items)
    p = sum(both[(gold[i], system[i])] / s[system[i]] for i in items) / len(items)
    r = sum(both[(gold[i], system[i])] / g[gold[i]] for i in items) / len(items)
    return PRF(p, r)
