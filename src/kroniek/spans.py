"""Spans of text looked up by what they hold: the quote a figure stands in, for the claims and the conflicts."""

from __future__ import annotations

import bisect
from collections.abc import Sequence


class Spans:
    """Spans (start, end), each known by its index in the given list. The narrowest span that holds a stretch wins,
    then the first in the given order: a report quoted inside a transcript's turn ("Amnesty International says 310
    people are in detention") is the reporter's, not the speaker's whose turn it is."""

    def __init__(self, spans: Sequence[tuple[int, int]], keys: Sequence[int] | None = None) -> None:
        self.spans = list(spans)
        self.keys = list(keys) if keys is not None else list(range(len(self.spans)))
        self.order = sorted(range(len(self.spans)), key=lambda k: self.spans[k][0])
        self.starts = [self.spans[k][0] for k in self.order]
        self.longest = max((b - a for a, b in self.spans), default=0)

    def holding(self, start: int, end: int) -> int | None:
        """The key of the narrowest span with span.start <= start and end <= span.end (it starts at most
        ``longest`` before)."""
        hi = bisect.bisect_right(self.starts, start)
        lo = bisect.bisect_left(self.starts, end - self.longest, 0, hi)
        holding = [k for k in self.order[lo:hi] if end <= self.spans[k][1]]
        if not holding:
            return None
        return self.keys[min(holding, key=lambda k: (self.spans[k][1] - self.spans[k][0], k))]


__all__ = ["Spans"]
