"""Citizens' feedback references and retention, a rate limit without addresses, a responsible officer
per folder, link checks and stale notices (issue #17 parts 5-6); and dates typed as Buddhist-era years
but stored as CE years (2568 CE, shown as 3111) are moved back 543 years (part 7).

Revision ID: 0005_dates_feedback_currency
Revises: 0004_notify_notifications
Create Date: 2026-12-05
"""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from alembic import op

revision = "0005_dates_feedback_currency"
down_revision = "0004_notify_notifications"
branch_labels = None
depends_on = None

UTC_DATETIME = sa.DateTime()
BE_OFFSET = 543
BE_FROM = 2400  # library.thaidate's rule: a year from 2400 up was a Buddhist-era year


def upgrade() -> None:
    with op.batch_alter_table("content") as batch:
        batch.add_column(sa.Column("responsible_id", sa.Integer(), nullable=True))
        batch.create_index(batch.f("ix_content_responsible_id"), ["responsible_id"], unique=False)
        batch.create_foreign_key(batch.f("fk_content_responsible_id_users"), "users", ["responsible_id"], ["id"],
                                 ondelete="SET NULL")
    with op.batch_alter_table("feedback") as batch:
        batch.add_column(sa.Column("reference", sa.String(length=20), nullable=True))
        batch.add_column(sa.Column("ref_year", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("ref_number", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("token_hash", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("answered_at", UTC_DATETIME, nullable=True))
        batch.add_column(sa.Column("closed_at", UTC_DATETIME, nullable=True))
        batch.add_column(sa.Column("purged_at", UTC_DATETIME, nullable=True))
        batch.create_unique_constraint(batch.f("uq_feedback_reference"), ["reference"])

    op.create_table(
        "rate_limit_hits",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("window_start", sa.BigInteger(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_rate_limit_hits")),
    )
    with op.batch_alter_table("rate_limit_hits") as batch:
        batch.create_index(batch.f("ix_rate_limit_hits_window_start"), ["window_start"], unique=False)

    op.create_table(
        "link_checks",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.Column("status_code", sa.Integer(), nullable=True),
        sa.Column("error", sa.String(length=300), nullable=False),
        sa.Column("final_url", sa.String(length=2000), nullable=True),
        sa.Column("broken", sa.Boolean(), nullable=False),
        sa.Column("broken_since", UTC_DATETIME, nullable=True),
        sa.Column("checked_at", UTC_DATETIME, nullable=False),
        sa.Column("elapsed_ms", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["item_id"], ["content.id"], name=op.f("fk_link_checks_item_id_content"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("item_id", name=op.f("pk_link_checks")),
    )
    with op.batch_alter_table("link_checks") as batch:
        batch.create_index(batch.f("ix_link_checks_broken"), ["broken"], unique=False)
        batch.create_index(batch.f("ix_link_checks_checked_at"), ["checked_at"], unique=False)

    op.create_table(
        "stale_notices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("review_by", sa.Date(), nullable=False),
        sa.Column("responsible_id", sa.Integer(), nullable=True),
        sa.Column("notified_at", UTC_DATETIME, nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["content.id"], name=op.f("fk_stale_notices_item_id_content"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stale_notices")),
        sa.UniqueConstraint("item_id", "review_by", name=op.f("uq_stale_notices_item_id_review_by")),
    )

    _number_existing_feedback()
    _repair_buddhist_years()


def _number_existing_feedback() -> None:
    """Reports filed before references existed get one, in filing order (they get no status token)."""
    bind = op.get_bind()
    fb = sa.table("feedback", sa.column("id", sa.Integer), sa.column("created_at", UTC_DATETIME),
                  sa.column("updated_at", UTC_DATETIME), sa.column("status", sa.String),
                  sa.column("reference", sa.String), sa.column("ref_year", sa.Integer),
                  sa.column("ref_number", sa.Integer), sa.column("closed_at", UTC_DATETIME))
    counters: dict[int, int] = {}
    for fid, created, updated, status in bind.execute(
            sa.select(fb.c.id, fb.c.created_at, fb.c.updated_at, fb.c.status).order_by(fb.c.created_at, fb.c.id)):
        # Bangkok is UTC+7 all year: the BE year of the filing day there.
        year = (created.replace(tzinfo=None) + (datetime(2000, 1, 1, 7) - datetime(2000, 1, 1))).year + BE_OFFSET
        counters[year] = counters.get(year, 0) + 1
        values = {"reference": f"FB-{year}-{counters[year]:06d}", "ref_year": year, "ref_number": counters[year]}
        if status in ("resolved", "rejected"):
            values["closed_at"] = updated
        bind.execute(sa.update(fb).where(fb.c.id == fid).values(**values))


def _minus_be(value: date) -> date:
    try:
        return value.replace(year=value.year - BE_OFFSET)
    except ValueError:  # 29 February of a year that is not leap 543 years earlier
        return value.replace(year=value.year - BE_OFFSET, day=28)


def _repair_buddhist_years() -> None:
    bind = op.get_bind()
    content = sa.table("content", sa.column("id", sa.Integer), sa.column("document_date", sa.Date),
                       sa.column("review_by", sa.Date), sa.column("effective", UTC_DATETIME),
                       sa.column("expires", UTC_DATETIME))
    cols = ("document_date", "review_by", "effective", "expires")
    rows = bind.execute(sa.select(content.c.id, *(content.c[c] for c in cols))).all()
    for row in rows:
        fixes = {c: _minus_be(v) for c, v in zip(cols, row[1:], strict=True)
                 if v is not None and v.year >= BE_FROM}
        if fixes:
            bind.execute(sa.update(content).where(content.c.id == row[0]).values(**fixes))


def downgrade() -> None:
    op.drop_table("stale_notices")
    with op.batch_alter_table("link_checks") as batch:
        batch.drop_index(batch.f("ix_link_checks_checked_at"))
        batch.drop_index(batch.f("ix_link_checks_broken"))
    op.drop_table("link_checks")
    with op.batch_alter_table("rate_limit_hits") as batch:
        batch.drop_index(batch.f("ix_rate_limit_hits_window_start"))
    op.drop_table("rate_limit_hits")
    with op.batch_alter_table("feedback") as batch:
        batch.drop_constraint(batch.f("uq_feedback_reference"), type_="unique")
        for col in ("purged_at", "closed_at", "answered_at", "token_hash", "ref_number", "ref_year", "reference"):
            batch.drop_column(col)
    with op.batch_alter_table("content") as batch:
        batch.drop_constraint(batch.f("fk_content_responsible_id_users"), type_="foreignkey")
        batch.drop_index(batch.f("ix_content_responsible_id"))
        batch.drop_column("responsible_id")
