"""actors: typed participants (type, sector, country) and one actor table across documents

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04 21:40:00.000000

Existing participants get their type, sector and country from the stored kroniek/1 event
(``events.data``; None where the document was analysed before actors were typed) and an actor
when they name one, exactly as :func:`kroniek.store.actors.participant_rows` does for new documents.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "actors",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("name_key", sa.Text(), nullable=False),
        sa.Column("country", sa.String(length=8), nullable=False),
        sa.Column("canonical", sa.Text(), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=True),
        sa.Column("sector", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actors")),
    )
    with op.batch_alter_table("actors") as batch_op:
        batch_op.create_index("ix_actors_name_key_country", ["name_key", "country"], unique=True)
        batch_op.create_index(batch_op.f("ix_actors_type"), ["type"], unique=False)
        batch_op.create_index(batch_op.f("ix_actors_sector"), ["sector"], unique=False)
    # Nullable columns without defaults: a plain ALTER TABLE ADD COLUMN on SQLite and PostgreSQL alike.
    for name, size in (("type", 32), ("sector", 32), ("country", 8), ("actor_id", 32)):
        op.add_column("event_participants", sa.Column(name, sa.String(length=size), nullable=True))
    for name in ("type", "sector", "actor_id"):
        op.create_index(op.f(f"ix_event_participants_{name}"), "event_participants", [name], unique=False)
    _backfill(op.get_bind())


def _backfill(conn: sa.Connection) -> None:
    """Type, sector, country and actor of the participants stored before this revision."""
    from kroniek.model import Event
    from kroniek.serialize import build
    from kroniek.store.actors import actor_rows, participant_fields

    meta = sa.MetaData()
    events = sa.Table("events", meta, autoload_with=conn)
    documents = sa.Table("documents", meta, autoload_with=conn)
    entities = sa.Table("entities", meta, autoload_with=conn)
    participants = sa.Table("event_participants", meta, autoload_with=conn)
    actors = sa.Table("actors", meta, autoload_with=conn)
    languages = dict(conn.execute(sa.select(documents.c.id, documents.c.language)).all())
    canonical = {(d, i): c for d, i, c in conn.execute(sa.select(entities.c.doc_id, entities.c.id,
                                                                  entities.c.canonical))}
    updates: list[dict[str, Any]] = []
    new_actors: dict[str, dict[str, Any]] = {}
    for doc_id, event_id, data in conn.execute(sa.select(events.c.doc_id, events.c.id, events.c.data)):
        ev = build(Event, data)
        for role, parts in (("actor", ev.actors), ("target", ev.targets)):
            for n, p in enumerate(parts):
                fields = participant_fields(p, canonical.get((doc_id, p.entity or "")), languages.get(doc_id) or "")
                actor = fields.pop("actor")
                if actor is not None:
                    new_actors.setdefault(actor["id"], actor)
                updates.append({"b_doc": doc_id, "b_event": event_id, "b_role": role, "b_n": n, **fields})
    if new_actors:
        conn.execute(actors.insert(), actor_rows(new_actors.values()))
    if updates:
        c = participants.c
        conn.execute(participants.update().where(
            c.doc_id == sa.bindparam("b_doc"), c.event_id == sa.bindparam("b_event"), c.role == sa.bindparam("b_role"),
            c.n == sa.bindparam("b_n")).values(
            canonical=sa.bindparam("canonical"), type=sa.bindparam("type"), sector=sa.bindparam("sector"),
            country=sa.bindparam("country"), actor_id=sa.bindparam("actor_id")), updates)


def downgrade() -> None:
    for name in ("type", "sector", "actor_id"):
        op.drop_index(op.f(f"ix_event_participants_{name}"), table_name="event_participants")
    with op.batch_alter_table("event_participants") as batch_op:
        for name in ("type", "sector", "country", "actor_id"):
            batch_op.drop_column(name)
    op.drop_table("actors")
