"""One list of settings feeding the config file, ``KRONIEK_*`` variables, CLI flags and docs.

Precedence, lowest first: the default here, the config file (TOML: ``kroniek.toml`` in the
working directory, or the file named by ``KRONIEK_CONFIG`` / ``--config``), the environment
variable ``KRONIEK_<NAME>``, and an explicit override (a CLI flag).
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ConfigError


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str
    kind: type = str

    @property
    def env(self) -> str:
        return f"KRONIEK_{self.name.upper()}"


# Append new settings here; `kroniek settings` and docs/settings.md list them.
SETTINGS: tuple[Setting, ...] = (
    Setting("max_bytes", 10_000_000, "Largest input accepted, in bytes; bigger files are refused.", int),
    Setting("min_chars", 20, "Fewest characters of text an article must have after extraction.", int),
    Setting("languages", "", "Languages kroniek accepts (comma-separated ISO 639-1 codes; empty = every registered language).", str),
    Setting("pipeline", "", "Comma-separated stage names replacing the default pipeline (empty = default).", str),
    Setting("model_nl", "", "spaCy package name or path for Dutch (empty = the shipped model).", str),
    Setting("model_en", "", "spaCy package name or path for English (empty = the shipped model).", str),
    Setting("gazetteer", "", "Path of a compiled gazetteer (empty = the shipped one).", str),
    Setting("db", "sqlite:///kroniek.db", "Database URL: an SQLite file or postgresql://...", str),
    Setting("workers", 1, "Worker processes for ingest (and Dask workers for batch).", int),
    Setting("batch_size", 32, "Documents per nlp.pipe batch.", int),
    Setting("log_level", "WARNING", "Logging level (DEBUG, INFO, WARNING, ERROR).", str),
    Setting("scheduler", "", "Dask scheduler address for batch, e.g. tcp://host:8786 (empty = a local cluster).", str),
    Setting("partition_size", 500, "Records per partition of `kroniek batch` (the unit of work and of retry).", int),
)
_BY_NAME = {s.name: s for s in SETTINGS}


@dataclass(frozen=True)
class Settings:
    """Resolved values of :data:`SETTINGS`; read them as attributes (``settings.max_bytes``)."""

    values: Mapping[str, Any]

    def __getattr__(self, name: str) -> Any:
        # Only reached for names that are not real attributes; guard "values" so that
        # unpickling (which probes attributes before __init__ state exists) cannot recurse.
        if name == "values" or name.startswith("__"):
            raise AttributeError(name)
        try:
            return self.values[name]
        except KeyError:
            raise AttributeError(name) from None

    def get(self, name: str, default: Any = None) -> Any:
        return self.values.get(name, default)

    def with_(self, **overrides: Any) -> Settings:
        """A copy with ``overrides`` (None values are ignored, as for unset CLI flags)."""
        values = dict(self.values)
        for key, value in overrides.items():
            if value is not None:
                values[key] = _coerce(_BY_NAME[key], value, "override") if key in _BY_NAME else value
        return Settings(values)


def _coerce(setting: Setting, value: Any, origin: str) -> Any:
    if setting.kind is int:
        try:
            return int(value)
        except (TypeError, ValueError):
            raise ConfigError(f"setting {setting.name} from {origin} must be an integer, got {value!r}") from None
    if setting.kind is bool:
        if isinstance(value, bool):
            return value
        return str(value).strip().lower() in {"1", "true", "yes", "on"}
    return str(value)


def load_settings(config: str | Path | None = None, **overrides: Any) -> Settings:
    """Resolve every setting (see module docstring for the order)."""
    values = {s.name: s.default for s in SETTINGS}
    path = Path(config) if config else Path(os.environ.get("KRONIEK_CONFIG", "kroniek.toml"))
    if config and not path.is_file():
        raise ConfigError(f"config file {path} does not exist")
    if path.is_file():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None
        data = data.get("kroniek", data)
        for key, value in data.items():
            if key not in _BY_NAME:
                raise ConfigError(f"config file {path}: unknown setting {key!r} (known: {', '.join(_BY_NAME)})")
            values[key] = _coerce(_BY_NAME[key], value, str(path))
    for s in SETTINGS:
        if s.env in os.environ:
            values[s.name] = _coerce(s, os.environ[s.env], s.env)
    return Settings(values).with_(**overrides)


def settings_table() -> list[tuple[str, str, str, str]]:
    """(name, env var, default, help) for every setting, for docs and ``kroniek settings``."""
    return [(s.name, s.env, repr(s.default), s.help) for s in SETTINGS]
