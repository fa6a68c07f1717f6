"""Alembic environment for kroniek's store.

:meth:`kroniek.store.Store.open` runs the migrations programmatically and hands over its
own connection in ``config.attributes["connection"]`` (already inside a transaction that
holds the migration lock). Run by hand (``alembic -c ...``), a URL from
``sqlalchemy.url`` is used instead.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from kroniek.store.schema import metadata

config = context.config


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    url = config.get_main_option("sqlalchemy.url")
    if context.is_offline_mode():
        context.configure(url=url, target_metadata=metadata, literal_binds=True, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(url or "sqlite:///kroniek.db")
    with engine.connect() as conn:
        context.configure(connection=conn, target_metadata=metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()


run()
