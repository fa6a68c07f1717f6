"""Where the store lives: database URLs, engines (SQLite tuned for concurrent use), the migration
scripts, and the checks and messages every query shares."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from ..errors import StoreError


def normalize_url(url: str) -> str:
    """A SQLAlchemy URL: bare paths become SQLite files, postgresql:// uses psycopg 3."""
    url = str(url).strip()
    if not url:
        raise StoreError("database URL is empty; give sqlite:///PATH.db or postgresql://USER@HOST/DB")
    if "://" not in url:
        return f"sqlite:///{url}"
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def sqlite_engine(url: str) -> Engine:
    parsed = make_url(url)
    db = parsed.database
    if db and db != ":memory:" and not db.startswith("file:"):
        Path(db).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": 60})

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # transactions are begun below, not by the driver
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA busy_timeout = 60000")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # Writers take the write lock up front: no deadlock upgrading a read lock.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("kroniek_write") else "BEGIN")

    return engine


# --------------------------------------------------------------------------- migrations
@lru_cache(maxsize=1)
def _scripts() -> tuple[frozenset[str], frozenset[str]]:
    """(head revisions, every revision) of the migration scripts shipped with this kroniek."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    return frozenset(scripts.get_heads()), frozenset(rev.revision for rev in scripts.walk_revisions())


def script_heads() -> frozenset[str]:
    return _scripts()[0]


def known_revisions() -> frozenset[str]:
    return _scripts()[1]


def alembic_config() -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", "kroniek.store:migrations")
    return cfg


# --------------------------------------------------------------------------- checks and messages
def check_limit(limit: int, most: int = 10_000) -> int:
    try:
        value = int(limit)
    except (TypeError, ValueError):
        raise StoreError(f"limit must be a whole number, got {limit!r}") from None
    if value < 0:
        raise StoreError(f"limit must be 0 or more, got {value}")
    return min(value, most)


def check_offset(offset: int) -> int:
    try:
        value = int(offset)
    except (TypeError, ValueError):
        raise StoreError(f"offset must be a whole number, got {offset!r}") from None
    if value < 0:
        raise StoreError(f"offset must be 0 or more, got {value}")
    return value


def safe_url(url: str) -> str:
    """The URL without its password (for messages)."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def short_error(exc: BaseException) -> str:
    msg = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return msg[0] if msg else type(exc).__name__
