"""quantities.claimed_by_text: who claims a number as the text names it

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04 19:10:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A nullable column without a default: a plain ALTER TABLE ADD COLUMN on SQLite and PostgreSQL alike.
    op.add_column("quantities", sa.Column("claimed_by_text", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("quantities") as batch_op:
        batch_op.drop_column("claimed_by_text")
