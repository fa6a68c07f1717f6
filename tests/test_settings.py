"""One settings list: defaults < config file < KRONIEK_* < overrides."""

from __future__ import annotations

from pathlib import Path

import pytest

from kroniek.errors import ConfigError
from kroniek.settings import SETTINGS, load_settings


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
