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
