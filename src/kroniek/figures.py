"""Whether two figures can be told of the same count.

Reports of one happening disagree on its size (nine arrests by the police, 11 by the organizers), but not by orders
of magnitude: 14 arrests and 800 marchers are two counts. The events stage reads this to join another source's count
to an event, and the conflicts stage to pair the figures of one count; one rule, so the two never disagree.
"""

from __future__ import annotations

#: The largest ratio between two figures of one count.
FACTOR = 5


def comparable(x: float | None, y: float | None) -> bool:
    """Both figures are positive and within :data:`FACTOR` of each other."""
    if x is None or y is None or x <= 0 or y <= 0:
        return False
    return max(x, y) / min(x, y) <= FACTOR
