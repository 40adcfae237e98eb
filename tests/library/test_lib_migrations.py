"""The migrations are the schema: they match the models, round-trip, and guard the audit log."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect

from library import migrate
from library.db import make_engine
from tests.library.conftest import create_pg_schema, drop_pg_schema


@pytest.fixture
def empty_engine(backend, tmp_path: Path, request):
    if backend == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'm.sqlite3'}")
        yield engine
        engine.dispose()
        return
    url = request.getfixturevalue("pg_url")
    schema = create_pg_schema(url, "migrations")
    yield schema.engine
    drop_pg_schema(url, schema)


def test_upgrade_matches_the_models_and_round_trips(empty_engine) -> None:
    assert not migrate.is_initialised(empty_engine)
    migrate.upgrade(empty_engine)
    assert migrate.current(empty_engine) == migrate.head()
    assert migrate.schema_differences(empty_engine) == []
    tables = set(inspect(empty_engine).get_table_names())
    assert {"content", "audit_events", "audit_head", "outbox", "versions", "feedback", "local_roles",
            "redaction_decisions", "verifications", "agency_profile", "officials"} <= tables
    migrate.downgrade(empty_engine, "base")
    assert set(inspect(empty_engine).get_table_names()) <= {"alembic_version"}
    migrate.upgrade(empty_engine)
    assert migrate.schema_differences(empty_engine) == []


def test_the_base_state_was_built_by_the_migrations(s) -> None:
    from sqlalchemy import text

    assert s.execute(text("select version_num from alembic_version")).scalar() == migrate.head()


def test_0003_repairs_buddhist_years_stored_as_ce_and_numbers_old_feedback(empty_engine) -> None:
    """Before the date field, a typed 2568 was stored as CE 2568 (shown as 3111): moved back 543 years."""
    from datetime import date, datetime

    from sqlalchemy import text

    migrate.upgrade(empty_engine, "0002_session_version")
    now = datetime(2025, 6, 1, 3, 0)
    base = {"type": "news", "ancestry": "/", "position": 0, "flow": "internal", "state": "published",
            "description": "", "keywords": "[]", "creator": "", "language": "th", "rights": "",
            "accepts_external": False, "block_local_roles": False, "sort_order": "position", "version": 1,
            "created_at": now, "modified_at": now}
    rows = [  # (id, document_date, review_by, effective, expires)
        (1, date(2568, 5, 10), date(2569, 2, 28), datetime(2568, 1, 1, 17, 0), None),
        (2, date(2025, 5, 10), date(2026, 1, 1), None, datetime(2026, 1, 1)),
        (3, None, date(2568, 2, 29), None, None),  # leap day in 2568 CE, none in 2025: the 28th
    ]
    cols = ", ".join(["id", "uid", "slug", "path", "title", "document_date", "review_by", "effective", "expires",
                      *base])
    params = ", ".join(f":{c}" for c in cols.split(", "))
    with empty_engine.begin() as c:
        for cid, dd, rb, eff, exp in rows:
            c.execute(text(f"insert into content ({cols}) values ({params})"),
                      {"id": cid, "uid": f"u{cid}", "slug": f"s{cid}", "path": f"/s{cid}", "title": "t",
                       "document_date": dd, "review_by": rb, "effective": eff, "expires": exp, **base})
        for fid, created, status in ((1, datetime(2025, 12, 31, 16, 59), "new"),   # 23:59 Bangkok: 2568
                                     (2, datetime(2025, 12, 31, 17, 0), "resolved"),  # 00:00 Bangkok: 2569
                                     (3, datetime(2026, 2, 1), "new")):
            c.execute(text("insert into feedback (id, kind, message, contact_name, contact_email, status, response, "
                           "handled_by, created_at, updated_at) values (:id, 'other', 'm', '', '', :st, '', '', "
                           ":at, :at)"), {"id": fid, "st": status, "at": created})
    migrate.upgrade(empty_engine)
    with empty_engine.connect() as c:
        got = {r[0]: tuple(r[1:]) for r in c.execute(text(
            "select id, document_date, review_by, effective, expires from content order by id"))}
        refs = dict(c.execute(text("select id, reference from feedback")).all())
        closed = dict(c.execute(text("select id, closed_at from feedback")).all())

    def d(v):
        return v if v is None or (isinstance(v, date) and not isinstance(v, datetime)) else (
            v if isinstance(v, datetime) else date.fromisoformat(str(v)[:10]))

    assert [d(v) for v in got[1][:2]] == [date(2025, 5, 10), date(2026, 2, 28)]
    assert str(got[1][2]).startswith("2025-01-01 17:00")
    assert [d(v) for v in got[2][:2]] == [date(2025, 5, 10), date(2026, 1, 1)]
    assert str(got[2][3]).startswith("2026-01-01")
    assert d(got[3][1]) == date(2025, 2, 28)
    assert refs == {1: "FB-2568-000001", 2: "FB-2569-000001", 3: "FB-2569-000002"}
    assert closed[1] is None and closed[2] is not None


def test_0007_retires_feedback_created_and_the_rate_limit_table(empty_engine) -> None:
    """Rows of the topic nobody consumes are marked processed; the second feedback counter's table goes."""
    from datetime import datetime

    from sqlalchemy import text

    from library import outbox

    migrate.upgrade(empty_engine, "0006_review_rescan")
    with empty_engine.begin() as c:
        for mid, topic in ((1, "feedback.created"), (2, "feedback.received")):
            c.execute(text("insert into outbox (id, topic, item_uid, payload, created_at, processed_at, attempts, "
                           "last_error) values (:id, :t, null, '{}', :at, null, 0, '')"),
                      {"id": mid, "t": topic, "at": datetime(2025, 6, 1, 3, 0)})
    migrate.upgrade(empty_engine)
    with empty_engine.connect() as c:
        rows = dict(c.execute(text("select topic, processed_at from outbox")).all())
    assert rows["feedback.created"] is not None and rows["feedback.received"] is None
    assert "rate_limit_hits" not in inspect(empty_engine).get_table_names()
    with pytest.raises(ValueError, match="unknown outbox topic"):
        outbox.emit(None, "feedback.created")  # type: ignore[arg-type]
