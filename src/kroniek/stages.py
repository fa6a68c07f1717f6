"""The default order of the built-in stages.

The built-ins are entry points in ``pyproject.toml`` (group ``kroniek.stages``), loaded by the
registry exactly like a plugin's; only their order is data here.
"""

from __future__ import annotations

from .errors import ConfigError
from .registry import stage_names

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
    "kroniek.conflicts.v1",
)


def ensure_registered() -> None:
    """ConfigError unless every stage of the default order is registered (installed metadata current)."""
    missing = sorted(set(DEFAULT_PIPELINE) - set(stage_names()))
    if missing:
        raise ConfigError(f"built-in stages {', '.join(missing)} are not registered: the package metadata "
                          "is stale or missing (run `pip install -e .` in the kroniek checkout)")
