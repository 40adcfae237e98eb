"""Notifications: per-user inbox rows, e-mail deliveries with retries, and each user's preferences.

Revision ID: 0004_notify_notifications
Revises: 0003_report_download_counts
Create Date: 2026-12-10
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0004_notify_notifications"
down_revision = "0003_report_download_counts"
branch_labels = None
depends_on = None

UTC_DATETIME = sa.DateTime()
JSON_TYPE = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "notifications",
        sa.Column("id", BIG_ID, nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("event", sa.String(length=60), nullable=False),
        sa.Column("outbox_id", sa.BigInteger(), nullable=True),
        sa.Column("item_uid", sa.String(length=32), nullable=True),
        sa.Column("params", JSON_TYPE, nullable=False),
        sa.Column("in_app", sa.Boolean(), nullable=False),
        sa.Column("email_mode", sa.String(length=10), nullable=False),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.Column("read_at", UTC_DATETIME, nullable=True),
        sa.Column("digested_at", UTC_DATETIME, nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_notifications_user_id_users"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notifications")),
        sa.UniqueConstraint("outbox_id", "user_id", name=op.f("uq_notifications_outbox_id_user_id")),
    )
    with op.batch_alter_table("notifications") as batch:
        batch.create_index("ix_notifications_inbox", ["user_id", "in_app", "read_at", "id"], unique=False)
        batch.create_index("ix_notifications_digest", ["email_mode", "digested_at", "user_id"], unique=False)

    op.create_table(
        "notification_deliveries",
        sa.Column("id", BIG_ID, nullable=False),
        sa.Column("dedupe_key", sa.String(length=200), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("event", sa.String(length=60), nullable=False),
        sa.Column("to_address", sa.String(length=254), nullable=False),
        sa.Column("subject", sa.String(length=500), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", UTC_DATETIME, nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.Column("sent_at", UTC_DATETIME, nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_notification_deliveries_user_id_users"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notification_deliveries")),
        sa.UniqueConstraint("dedupe_key", name=op.f("uq_notification_deliveries_dedupe_key")),
    )
    with op.batch_alter_table("notification_deliveries") as batch:
        batch.create_index("ix_notification_deliveries_due", ["status", "next_attempt_at"], unique=False)
        batch.create_index(batch.f("ix_notification_deliveries_user_id"), ["user_id"], unique=False)

    op.create_table(
        "notification_preferences",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("channels", JSON_TYPE, nullable=False),
        sa.Column("digest", sa.Boolean(), nullable=False),
        sa.Column("updated_at", UTC_DATETIME, nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"],
                                name=op.f("fk_notification_preferences_user_id_users"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_notification_preferences")),
    )


def downgrade() -> None:
    op.drop_table("notification_preferences")
    with op.batch_alter_table("notification_deliveries") as batch:
        batch.drop_index(batch.f("ix_notification_deliveries_user_id"))
        batch.drop_index("ix_notification_deliveries_due")
    op.drop_table("notification_deliveries")
    with op.batch_alter_table("notifications") as batch:
        batch.drop_index("ix_notifications_digest")
        batch.drop_index("ix_notifications_inbox")
    op.drop_table("notifications")
