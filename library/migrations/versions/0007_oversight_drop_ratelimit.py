"""Drop ``rate_limit_hits``: feedback is rate-limited by the web app's limiter (webui.throttle) only.

The table counted anonymous feedback a second time, next to Flask-Limiter's feedback limit. One
mechanism is kept: the limiter, which counts sign-in, search, upload and feedback alike, shares its
counters between processes through Redis and keys an IPv6 client by its /64. The counters held here
were short-lived (one window) and keyed by HMACs, so nothing is lost by dropping them.

Also retires the outbox topic ``feedback.created``: the first feedback code emitted it, the feedback
loop replaced it with ``feedback.received``, and no consumer takes it, so rows of it left by that
code would stay pending for ever. They are marked processed (their report was notified as received).

Revision ID: 0007_oversight_drop_ratelimit
Revises: 0006_review_rescan
Create Date: 2026-12-05
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0007_oversight_drop_ratelimit"
down_revision = "0006_review_rescan"
branch_labels = None
depends_on = None


def upgrade() -> None:
    outbox = sa.table("outbox", sa.column("topic", sa.String), sa.column("processed_at", sa.DateTime))
    op.execute(outbox.update().where(outbox.c.topic == "feedback.created", outbox.c.processed_at.is_(None))
               .values(processed_at=datetime.now(UTC).replace(tzinfo=None)))  # stored naive UTC
    with op.batch_alter_table("rate_limit_hits") as batch:
        batch.drop_index(batch.f("ix_rate_limit_hits_window_start"))
    op.drop_table("rate_limit_hits")


def downgrade() -> None:
    op.create_table(
        "rate_limit_hits",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("window_start", sa.BigInteger(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_rate_limit_hits")),
    )
    with op.batch_alter_table("rate_limit_hits") as batch:
        batch.create_index(batch.f("ix_rate_limit_hits_window_start"), ["window_start"], unique=False)
