"""One settings list: defaults < config file < KRONIEK_* < overrides."""

from __future__ import annotations

from pathlib import Path

import pytest

from kroniek.errors import ConfigError
from kroniek.settings import SETTINGS, load_settings

from conftest import ROOT


def test_defaults() -> None:
    settings = load_settings(config=None)
    assert settings.max_bytes == next(s.default for s in SETTINGS if s.name == "max_bytes")


def test_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = tmp_path / "k.toml"
    cfg.write_text("[kroniek]\nmax_bytes = 111\nworkers = 3\nlog_level = 'INFO'\n", encoding="utf-8")
    monkeypatch.setenv("KRONIEK_WORKERS", "5")
    settings = load_settings(cfg, log_level="DEBUG")
    assert (settings.max_bytes, settings.workers, settings.log_level) == (111, 5, "DEBUG")


def test_unknown_key_in_config_is_an_error(tmp_path: Path) -> None:
    cfg = tmp_path / "k.toml"
    cfg.write_text("max_byts = 1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown setting 'max_byts'"):
        load_settings(cfg)


def test_bad_integer_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KRONIEK_MAX_BYTES", "lots")
    with pytest.raises(ConfigError, match="KRONIEK_MAX_BYTES"):
        load_settings()


def test_missing_config_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_settings(tmp_path / "none.toml")


def test_settings_pickle_for_worker_processes() -> None:
    import pickle

    settings = load_settings(workers=4)
    assert pickle.loads(pickle.dumps(settings)).workers == 4


def test_every_kroniek_variable_in_the_source_is_a_setting() -> None:
    import re

    src = ROOT / "src" / "kroniek"
    named = {m for p in src.rglob("*.py") for m in re.findall(r"KRONIEK_[A-Z][A-Z0-9_]*[A-Z0-9]", p.read_text("utf-8"))}
    # "KRONIEK_MODEL_{lang.upper()}" in a message names the model_<code> settings
    assert named - {"KRONIEK_MODEL"} <= {s.env for s in SETTINGS}
    assert {"KRONIEK_TOKEN", "KRONIEK_CONFIG", "KRONIEK_MAX_BYTES"} <= named  # the scan finds them


@pytest.mark.parametrize(("name", "kind"), [("max_bytes", int), ("workers", int), ("db", str), ("token", str)])
def test_values_have_their_declared_type(name: str, kind: type, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(f"KRONIEK_{name.upper()}", "7")
    settings = load_settings()
    assert type(getattr(settings, name)) is kind
    assert next(s.kind for s in SETTINGS if s.name == name) is kind


def test_token_comes_from_the_environment_and_stays_out_of_repr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KRONIEK_TOKEN", "s3cret")
    settings = load_settings()
    assert settings.token == "s3cret"
    assert "s3cret" not in repr(settings)


def test_config_variable_names_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = tmp_path / "elsewhere.toml"
    cfg.write_text("workers = 6\n", encoding="utf-8")
    monkeypatch.setenv("KRONIEK_CONFIG", str(cfg))
    settings = load_settings()
    assert (settings.workers, settings.config) == (6, str(cfg))


def test_config_file_cannot_name_another_config_file(tmp_path: Path) -> None:
    cfg = tmp_path / "k.toml"
    cfg.write_text("config = 'other.toml'\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="KRONIEK_CONFIG"):
        load_settings(cfg)


def test_unknown_override_is_an_error() -> None:
    with pytest.raises(ConfigError, match="unknown setting 'wokers'"):
        load_settings(wokers=3)


def test_settings_cross_processes_as_their_values() -> None:
    from kroniek.settings import Settings

    settings = load_settings(workers=4, pipeline="kroniek.language.v1")
    assert Settings(dict(settings.values)) == settings
