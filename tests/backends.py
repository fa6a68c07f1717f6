"""Test databases: an SQLite file always, PostgreSQL when ``KRONIEK_TEST_PG_URL`` names a server
(``.ci/run`` starts a throwaway one). Shared by the store, ingest, export and serializer tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

PG_URL = os.environ.get("KRONIEK_TEST_PG_URL")
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def wipe_postgres(url: str, schema: str) -> None:
    """Drop and recreate ``schema`` of the test database (the database is the tests' own)."""
    from kroniek.store import normalize_url

    engine = create_engine(normalize_url(url))
    with engine.begin() as conn:
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine.dispose()


def backend_url(backend: str, tmp_path: Path, schema: str = "public") -> str:
    """A fresh, empty database: an SQLite file in ``tmp_path`` or a wiped PostgreSQL schema."""
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'kroniek.db'}"
    if not PG_URL:
        pytest.skip("KRONIEK_TEST_PG_URL is not set (.ci/run starts PostgreSQL and sets it)")
    wipe_postgres(PG_URL, schema)
    if schema == "public":
        return PG_URL
    return PG_URL + ("&" if "?" in PG_URL else "?") + f"options=-csearch_path%3D{schema}"
