"""One list of settings feeding the config file, ``KRONIEK_*`` variables, CLI flags and docs.

The list is the :class:`Settings` dataclass itself: one typed field per setting, with its
default and help text, so that ``settings.max_bytes`` is an ``int`` to mypy and to the reader.
:data:`SETTINGS` (for ``kroniek settings`` and the docs) is derived from those fields.

Precedence, lowest first: the default here, the config file (TOML: ``kroniek.toml`` in the
working directory, or the file named by ``KRONIEK_CONFIG`` / ``--config``), the environment
variable ``KRONIEK_<NAME>``, and an explicit override (a CLI flag). ``config`` itself only
locates the file, so it comes from ``KRONIEK_CONFIG`` or ``--config``, never from the file.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, get_type_hints

from .errors import ConfigError

CONFIG_FILE = "kroniek.toml"


def _setting(default: object, help: str, *, secret: bool = False) -> Any:
    # A dataclass field carrying its help text; a secret stays out of repr (and so out of logs).
    return field(default=default, repr=not secret, metadata={"help": help, "secret": secret})


@dataclass(frozen=True, init=False)
class Settings:
    """Resolved values of every setting; append new settings here (``kroniek settings`` lists them)."""

    max_bytes: int = _setting(10_000_000, "Largest input accepted, in bytes; bigger files are refused.")
    min_chars: int = _setting(20, "Fewest characters of text an article must have after extraction.")
    languages: str = _setting(
        "", "Languages kroniek accepts (comma-separated ISO 639-1 codes; empty = every registered language).")
    pipeline: str = _setting("", "Comma-separated stage names replacing the default pipeline (empty = default).")
    model_nl: str = _setting("", "spaCy package name or path for Dutch (empty = the shipped model).")
    model_en: str = _setting("", "spaCy package name or path for English (empty = the shipped model).")
    caseless_model_nl: str = _setting(
        "", "spaCy package or path of the NER for Dutch text without letter case (empty = the shipped one; "
            "'none' = the main model reads it too).")
    caseless_model_en: str = _setting(
        "", "spaCy package or path of the NER for English text without letter case (empty = the shipped one, "
            "none for English; 'none' = off).")
    gazetteer: str = _setting("", "Path of a compiled gazetteer (empty = the shipped one).")
    db: str = _setting("sqlite:///kroniek.db", "Database URL: an SQLite file or postgresql://...")
    workers: int = _setting(1, "Worker processes for ingest (and Dask workers for batch).")
    batch_size: int = _setting(32, "Documents per nlp.pipe batch.")
    log_level: str = _setting("WARNING", "Logging level (DEBUG, INFO, WARNING, ERROR).")
    scheduler: str = _setting(
        "", "Dask scheduler address for batch, e.g. tcp://host:8786 (empty = a local cluster).")
    partition_size: int = _setting(
        500, "Records per partition of `kroniek batch` (the unit of work and of retry).")
    token: str = _setting(
        "", "Bearer token the API's write endpoints require (empty = every write is refused).", secret=True)
    config: str = _setting(
        CONFIG_FILE, "The config file (TOML) read for the other settings; set only by KRONIEK_CONFIG or --config.")

    def __init__(self, values: Mapping[str, object] | None = None, /, **overrides: object) -> None:
        """Settings from ``values`` and ``overrides`` (name -> raw value, coerced), the rest at their defaults.

        The mapping form is what crosses process boundaries (``Settings(dict(settings.values))``).
        """
        given = {**(values or {}), **overrides}
        unknown = sorted(set(given) - set(_BY_NAME))
        if unknown:
            raise ConfigError(f"unknown setting {unknown[0]!r} (known: {', '.join(_BY_NAME)})")
        for s in SETTINGS:
            value = _coerce(s, given[s.name], "override") if s.name in given else s.default
            object.__setattr__(self, s.name, value)

    @property
    def values(self) -> dict[str, object]:
        """Every setting's value by name (plain data: picklable, JSON-able)."""
        return {s.name: getattr(self, s.name) for s in SETTINGS}

    def get(self, name: str, default: object = None) -> Any:
        """The value of setting ``name``, or ``default`` when there is no such setting (e.g. ``model_xx``)."""
        return getattr(self, name) if name in _BY_NAME else default

    def with_(self, **overrides: object) -> Settings:
        """A copy with ``overrides`` (None values are ignored, as for unset CLI flags)."""
        return Settings(self.values, **{k: v for k, v in overrides.items() if v is not None})


@dataclass(frozen=True, slots=True)
class Setting:
    """One setting as ``kroniek settings`` and the docs list it."""

    name: str
    default: object
    help: str
    kind: type

    @property
    def env(self) -> str:
        return f"KRONIEK_{self.name.upper()}"


def _settings_list() -> tuple[Setting, ...]:
    hints = get_type_hints(Settings)
    return tuple(Setting(f.name, f.default, f.metadata["help"], hints[f.name]) for f in fields(Settings))


SETTINGS: tuple[Setting, ...] = _settings_list()
_BY_NAME = {s.name: s for s in SETTINGS}


def setting_info(name: str) -> Setting:
    """The :class:`Setting` called ``name`` (its environment variable, default, help)."""
    try:
        return _BY_NAME[name]
    except KeyError:
        raise ConfigError(f"unknown setting {name!r} (known: {', '.join(_BY_NAME)})") from None


def _coerce(setting: Setting, value: object, origin: str) -> object:
    if setting.kind is int:
        try:
            return int(value)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            raise ConfigError(f"setting {setting.name} from {origin} must be an integer, got {value!r}") from None
    if setting.kind is bool:
        if isinstance(value, bool):
            return value
        return str(value).strip().lower() in {"1", "true", "yes", "on"}
    return str(value)


def load_settings(config: str | Path | None = None, **overrides: object) -> Settings:
    """Resolve every setting (see module docstring for the order)."""
    config_env = setting_info("config").env
    path = Path(config) if config else Path(os.environ.get(config_env, CONFIG_FILE))
    if config and not path.is_file():
        raise ConfigError(f"config file {path} does not exist")
    values: dict[str, object] = {"config": str(path)}
    if path.is_file():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None
        data = data.get("kroniek", data)
        for key, value in data.items():
            if key not in _BY_NAME:
                raise ConfigError(f"config file {path}: unknown setting {key!r} (known: {', '.join(_BY_NAME)})")
            if key == "config":
                raise ConfigError(f"config file {path}: 'config' locates the file itself; set {config_env} "
                                  "or --config instead")
            values[key] = _coerce(_BY_NAME[key], value, str(path))
    for s in SETTINGS:
        if s.name != "config" and s.env in os.environ:
            values[s.name] = _coerce(s, os.environ[s.env], s.env)
    return Settings(values).with_(**overrides)


def settings_table() -> list[tuple[str, str, str, str]]:
    """(name, env var, default, help) for every setting, for docs and ``kroniek settings``."""
    return [(s.name, s.env, repr(s.default), s.help) for s in SETTINGS]
