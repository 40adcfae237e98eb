"""Re-scan of the published library (checks and findings) and agency-wide settings.

Revision ID: 0006_review_rescan
Revises: 0005_dates_feedback_currency
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0006_review_rescan"
down_revision = "0005_dates_feedback_currency"
branch_labels = None
depends_on = None

JSONType = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "rescan_checks",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("item_id", sa.Integer(), sa.ForeignKey("content.id", ondelete="CASCADE",
                                                         name="fk_rescan_checks_item_id_content"), nullable=False),
        sa.Column("source", sa.String(10), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("ruleset", sa.String(40), nullable=False),
        sa.Column("findings", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_rescan_checks"),
    )
    op.create_index("ix_rescan_checks_item_source", "rescan_checks", ["item_id", "source", "id"])
    op.create_index("ix_rescan_checks_ruleset", "rescan_checks", ["ruleset"])
    op.create_table(
        "rescan_findings",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("item_id", sa.Integer(), sa.ForeignKey("content.id", ondelete="CASCADE",
                                                         name="fk_rescan_findings_item_id_content"), nullable=False),
        sa.Column("check_id", sa.Integer(), sa.ForeignKey("rescan_checks.id", ondelete="CASCADE",
                                                          name="fk_rescan_findings_check_id_rescan_checks"),
                  nullable=False),
        sa.Column("source", sa.String(10), nullable=False),
        sa.Column("location", sa.String(200), nullable=False),
        sa.Column("page", sa.Integer(), nullable=True),
        sa.Column("label", sa.String(40), nullable=False),
        sa.Column("basis", sa.String(20), nullable=False),
        sa.Column("detector", sa.String(60), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("explanation", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("text_sha256", sa.String(64), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("decided_by", sa.String(200), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_rescan_findings"),
    )
    op.create_index("ix_rescan_findings_status_item", "rescan_findings", ["status", "item_id"])
    op.create_index("ix_rescan_findings_item_id", "rescan_findings", ["item_id"])
    op.create_table(
        "agency_settings",
        sa.Column("key", sa.String(60), nullable=False),
        sa.Column("value", JSONType, nullable=False),
        sa.Column("updated_by", sa.String(200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_agency_settings"),
    )


def downgrade() -> None:
    op.drop_table("agency_settings")
    op.drop_index("ix_rescan_findings_item_id", table_name="rescan_findings")
    op.drop_index("ix_rescan_findings_status_item", table_name="rescan_findings")
    op.drop_table("rescan_findings")
    op.drop_index("ix_rescan_checks_ruleset", table_name="rescan_checks")
    op.drop_index("ix_rescan_checks_item_source", table_name="rescan_checks")
    op.drop_table("rescan_checks")
