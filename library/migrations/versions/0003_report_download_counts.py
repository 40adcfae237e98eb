"""Downloads of published copies counted per item and day (no IP address, no user agent, nothing personal).

Revision ID: 0003_report_download_counts
Revises: 0002_session_version
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_report_download_counts"
down_revision = "0002_session_version"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "download_counts",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False, server_default="0"),
        sa.ForeignKeyConstraint(["item_id"], ["content.id"], name=op.f("fk_download_counts_item_id_content"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("item_id", "day", name=op.f("pk_download_counts")),
    )
    op.create_index(op.f("ix_download_counts_day"), "download_counts", ["day"])


def downgrade() -> None:
    op.drop_index(op.f("ix_download_counts_day"), table_name="download_counts")
    op.drop_table("download_counts")
