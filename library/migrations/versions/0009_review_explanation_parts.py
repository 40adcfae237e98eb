"""A proposal's structured explanation (redactor.explain.Explanation.parts()): pattern, checksum,
context words found and score changes, shown part by part on the review screen. Rows stored before
keep only their explanation text (the column stays NULL).

Revision ID: 0009_review_explanation_parts
Revises: 0008_docxpages_pdf_rendition
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0009_review_explanation_parts"
down_revision = "0008_docxpages_pdf_rendition"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("redaction_proposals") as batch:
        batch.add_column(sa.Column("explanation_parts", sa.JSON().with_variant(JSONB(), "postgresql"),
                                   nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("redaction_proposals") as batch:
        batch.drop_column("explanation_parts")
