"""incidents: event mentions linked across articles, their links and the user's decisions

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04 22:10:00.000000

Events stored before this revision have no incident yet: the first ``kroniek incidents``
command, ingest or load links them (:meth:`kroniek.store.incidents.Incidents.link_pending`).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "incident_members",
        sa.Column("doc_id", sa.String(length=64), nullable=False),
        sa.Column("event_id", sa.String(length=32), nullable=False),
        sa.Column("incident_id", sa.String(length=32), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("day_start", sa.String(length=10), nullable=True),
        sa.Column("day_end", sa.String(length=10), nullable=True),
        sa.Column("country", sa.String(length=8), nullable=True),
        sa.Column("by", sa.String(length=8), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("link_to", sa.Text(), nullable=True),
        sa.Column("features", sa.JSON(), nullable=False),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.Column("linked", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(["doc_id"], ["documents.id"], name=op.f("fk_incident_members_doc_id_documents"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("doc_id", "event_id", name=op.f("pk_incident_members")),
    )
    with op.batch_alter_table("incident_members") as batch_op:
        batch_op.create_index("ix_incident_members_block", ["type", "day_start", "day_end"], unique=False)
        batch_op.create_index(batch_op.f("ix_incident_members_incident_id"), ["incident_id"], unique=False)
    op.create_table(
        "incidents",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("mode", sa.String(length=32), nullable=True),
        sa.Column("modality", sa.String(length=16), nullable=False),
        sa.Column("date_value", sa.String(length=32), nullable=True),
        sa.Column("date_precision", sa.String(length=8), nullable=True),
        sa.Column("date_source", sa.String(length=16), nullable=True),
        sa.Column("date_start", sa.String(length=10), nullable=True),
        sa.Column("date_end", sa.String(length=10), nullable=True),
        sa.Column("place_name", sa.Text(), nullable=True),
        sa.Column("geonames_id", sa.BigInteger(), nullable=True),
        sa.Column("country", sa.String(length=8), nullable=True),
        sa.Column("admin1", sa.Text(), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("first_report", sa.String(length=40), nullable=True),
        sa.Column("last_report", sa.String(length=40), nullable=True),
        sa.Column("n_reports", sa.Integer(), nullable=False),
        sa.Column("n_sources", sa.Integer(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("updated", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incidents")),
    )
    with op.batch_alter_table("incidents") as batch_op:
        batch_op.create_index("ix_incidents_date", ["date_start", "date_end"], unique=False)
        batch_op.create_index(batch_op.f("ix_incidents_type"), ["type"], unique=False)
        batch_op.create_index(batch_op.f("ix_incidents_country"), ["country"], unique=False)
    op.create_table(
        "incident_decisions",
        sa.Column("n", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("members", sa.JSON(), nullable=False),
        sa.Column("incident", sa.String(length=32), nullable=True),
        sa.Column("made", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("n", name=op.f("pk_incident_decisions")),
    )


def downgrade() -> None:
    op.drop_table("incident_decisions")
    op.drop_table("incidents")
    op.drop_table("incident_members")
