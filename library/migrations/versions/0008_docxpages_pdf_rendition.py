"""A published DOCX's PDF rendition: its digest in the public store (library.renditions).

Revision ID: 0007_docxpages_pdf_rendition
Revises: 0006_review_rescan
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_docxpages_pdf_rendition"
down_revision = "0007_oversight_drop_ratelimit"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("content") as batch:
        batch.add_column(sa.Column("published_rendition_sha256", sa.String(64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("content") as batch:
        batch.drop_column("published_rendition_sha256")
