"""The built-in stages and their default order.

The built-ins are declared as entry points in ``pyproject.toml`` (group ``kroniek.stages``),
exactly like a plugin's. :func:`ensure_registered` also imports them by module path so that
kroniek works from a source tree whose package metadata is stale or missing.
"""

from __future__ import annotations

import importlib

from .registry import StageSpec, register, stage_names

#: name -> "module:attribute" of its StageSpec (mirrors the entry points in pyproject.toml).
BUILTIN: dict[str, str] = {
    "kroniek.language.v1": "kroniek.language:STAGE",
    "kroniek.segment.v1": "kroniek.segment:STAGE",
    "kroniek.nlp.v1": "kroniek.nlp:STAGE",
    "kroniek.timex.v1": "kroniek.timex:STAGE",
    "kroniek.geo.v1": "kroniek.geo:STAGE",
    "kroniek.quantities.v1": "kroniek.quantities:STAGE",
    "kroniek.quotes.v1": "kroniek.quotes:STAGE",
    "kroniek.claims.v1": "kroniek.claims:STAGE",
    "kroniek.events.v1": "kroniek.events:STAGE",
    "kroniek.conflicts.v1": "kroniek.conflicts:STAGE",
}

DEFAULT_PIPELINE: tuple[str, ...] = tuple(BUILTIN)


def ensure_registered() -> None:
    known = set(stage_names())
    for name, target in BUILTIN.items():
        if name in known:
            continue
        module, _, attr = target.partition(":")
        spec = getattr(importlib.import_module(module), attr)
        assert isinstance(spec, StageSpec) and spec.name == name, target
        register(spec)
