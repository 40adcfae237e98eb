"""PostgreSQL only: the tokens PostgreSQL keeps, and its two text indexes (RUM and the GIN fallback)."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import text


@pytest.fixture(scope="module", params=("postgresql", "postgresql+gin"))
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_postgres_keeps_thai_tokens_intact(backend, s) -> None:
    got = s.execute(text("select to_tsvector('simple', 'ผู้ใหญ่บ้าน สวัสดี น้ำประปา 2567')::text")).scalar()
    assert got == "'2567':4 'น้ำประปา':3 'ผู้ใหญ่บ้าน':1 'สวัสดี':2"


def test_the_postgres_text_index_is_rum_unless_turned_off(backend, lib, s, pub, index, find) -> None:
    """With the rum extension (CI installs postgresql-NN-rum) relevance comes from the RUM index in
    rank order; without it, or with ``PHOEI_SEARCH_RUM=off``, the GIN fallback gives the same answers."""
    a = pub(title="ประกาศผลการสอบราคาจ้างซ่อมถนน", body="ซ่อมถนนลูกรังหมู่ที่ ๓")
    b = pub(title="รายงานการประชุม", body="วาระที่ ๒ เรื่องซ่อมถนน ซ่อมถนนสายบ้านโคก และซ่อมถนนสายบ้านนา")
    c = pub(title="ข่าวกีฬาประจำปี", body="การแข่งขันกีฬาสีของตำบล")
    s.commit()
    index()
    names = set(s.execute(text("SELECT indexname FROM pg_indexes WHERE tablename = 'search_documents'"
                               " AND schemaname = current_schema()")).scalars())
    rum_here = s.execute(text("SELECT 1 FROM pg_available_extensions WHERE name = 'rum'")).scalar() is not None
    if backend == "postgresql" and (rum_here or os.environ.get("CI") == "true"):
        assert "ix_search_documents_rum" in names and "ix_search_documents_tsv" not in names
    else:
        assert "ix_search_documents_tsv" in names and "ix_search_documents_rum" not in names
    assert find("ซ่อมถนน") == [a.path, b.path]  # the title match (weight A) first
    assert c.path not in find("ซ่อมถนน")
