"""The default order of the built-in stages.

The built-ins are entry points in ``pyproject.toml`` (group ``kroniek.stages``), loaded by the
registry exactly like a plugin's; only their order is data here.
"""

from __future__ import annotations

DEFAULT_PIPELINE: tuple[str, ...] = (
    "kroniek.language.v1",
    "kroniek.segment.v1",
    "kroniek.nlp.v1",
    "kroniek.timex.v1",
    "kroniek.geo.v1",
    "kroniek.quantities.v1",
    "kroniek.quotes.v1",
    "kroniek.claims.v1",
    "kroniek.events.v1",
    "kroniek.actors.v1",
    "kroniek.acled.v1",
    "kroniek.conflicts.v1",
    "kroniek.claimants.v1",
)

