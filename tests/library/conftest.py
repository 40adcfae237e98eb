"""Fixtures for the library tests: the same tests on SQLite and on PostgreSQL.

Every database starts from the same base state, built once per backend by the
*migrations* (never ``create_all``), then the seeded tree and a cast of users:

* SQLite: a template file made once per session; each test gets its own copy.
* PostgreSQL: a fresh schema per test module (migrated and seeded once); each
  test runs inside a transaction that is rolled back (sessions join it with
  savepoints, so the code under test still commits).

PostgreSQL is ``$PHOEI_TEST_DATABASE_URL`` (default
``postgresql://postgres@127.0.0.1:5432/test``). When it cannot be reached the
PostgreSQL tests are skipped locally but FAIL under ``CI=true``.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from library import content, seed, users
from library.config import Config, normalise_database_url
from library.db import Library, make_engine
from library.migrate import upgrade
from library.models import Content
from library.roles import CONTRIBUTOR, EDITOR, EXTERNAL_SUBMITTER, OFFICER, REVIEWER, SITE_ADMIN
from library.security import Principal

BACKENDS = ("sqlite", "postgresql")
PG_URL = normalise_database_url(os.environ.get("PHOEI_TEST_DATABASE_URL",
                                               "postgresql://postgres@127.0.0.1:5432/test"))
ROOT = Principal.operator("test-setup")

# username: (global roles, agency, {folder path: local roles})
CAST: dict[str, tuple[tuple[str, ...], str | None, dict[str, tuple[str, ...]]]] = {
    "admin": ((SITE_ADMIN,), None, {}),
    "rita": ((REVIEWER,), None, {}),                                   # reviewer everywhere
    "olivia": ((OFFICER,), None, {}),                                  # an officer with no grants
    "oscar": ((OFFICER,), None, {}),                                   # another one
    "carl": ((OFFICER,), None, {"/news": (CONTRIBUTOR,), "/oia": (CONTRIBUTOR,)}),
    "eddie": ((OFFICER,), None, {"/news": (EDITOR,), "/oia": (EDITOR,)}),
    "lara": ((OFFICER,), None, {"/news": (REVIEWER,), "/oia": (REVIEWER,)}),  # local reviewer
    "ext1": ((EXTERNAL_SUBMITTER,), "สำนักงานเกษตรจังหวัดบุรีรัมย์", {}),
    "ext2": ((EXTERNAL_SUBMITTER,), "บริษัท ตัวอย่าง จำกัด", {}),
}


def build_base(lib: Library) -> None:
    """Migrated database → seeded tree and the cast (committed)."""
    with lib.transaction() as s:
        seed.seed(s, ROOT)
        for name, (roles, agency, grants) in CAST.items():
            u = users.create_user(s, ROOT, name, display_name=name.title(), roles=roles, agency=agency)
            for path, local in grants.items():
                for role in local:
                    users.grant_local(s, ROOT, content.get(s, path), u, role)


def _pg_problem() -> str | None:
    try:
        engine = make_engine(PG_URL, connect_args={"connect_timeout": 3})
        with engine.connect() as c:
            c.execute(text("select 1"))
        engine.dispose()
        return None
    except Exception as exc:  # any reason: refused, auth, missing driver
        return f"{type(exc).__name__}: {exc}".splitlines()[0]


@pytest.fixture(scope="session")
def pg_url() -> str:
    problem = _pg_problem()
    if problem:
        message = f"PostgreSQL at {PG_URL} is not reachable ({problem})"
        if os.environ.get("CI") == "true":
            pytest.fail(message + "; CI must run the PostgreSQL tests")
        pytest.skip(message)
    return PG_URL


def schema_url(base: str, schema: str) -> str:
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema}"


@dataclass
class PgSchema:
    name: str
    url: str
    engine: Engine


def create_pg_schema(pg_url: str, label: str) -> PgSchema:
    name = f"t_{label}_{uuid.uuid4().hex[:8]}"
    admin = make_engine(pg_url)
    with admin.begin() as c:
        c.exec_driver_sql(f'CREATE SCHEMA "{name}"')
    admin.dispose()
    url = schema_url(pg_url, name)
    return PgSchema(name, url, make_engine(url))


def drop_pg_schema(pg_url: str, schema: PgSchema) -> None:
    schema.engine.dispose()
    admin = make_engine(pg_url)
    with admin.begin() as c:
        c.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema.name}" CASCADE')
    admin.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    inst = tmp_path_factory.mktemp("template")
    cfg = Config(instance=inst, database_url=f"sqlite:///{inst / 'phoei.sqlite3'}")
    lib = Library.open(cfg)
    upgrade(lib.engine)
    build_base(lib)
    lib.dispose()
    return inst / "phoei.sqlite3"


@pytest.fixture(scope="module", params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def pg_base(backend: str, request: pytest.FixtureRequest) -> Iterator[PgSchema | None]:
    """The module's PostgreSQL schema, migrated and seeded (None on SQLite)."""
    if not backend.startswith("postgresql"):
        yield None
        return
    url = request.getfixturevalue("pg_url")
    schema = create_pg_schema(url, request.module.__name__.rsplit(".", 1)[-1][:20])
    upgrade(schema.engine)
    build_base(Library.open(Config(instance=Path("/nonexistent"), database_url=schema.url),
                            engine=schema.engine))
    yield schema
    drop_pg_schema(url, schema)


@pytest.fixture
def lib(backend: str, pg_base: PgSchema | None, tmp_path: Path,
        request: pytest.FixtureRequest) -> Iterator[Library]:
    inst = tmp_path / "instance"
    inst.mkdir()
    if pg_base is None:
        template = request.getfixturevalue("sqlite_template")
        shutil.copyfile(template, inst / "phoei.sqlite3")
        library = Library.open(Config(instance=inst, database_url=f"sqlite:///{inst / 'phoei.sqlite3'}"))
        library.stores.ensure()
        yield library
        library.dispose()
        return
    if backend == "postgresql+gin":  # the search tests' third backend: PostgreSQL without RUM
        monkeypatch = request.getfixturevalue("monkeypatch")
        monkeypatch.setenv("PHOEI_SEARCH_RUM", "off")
    conn = pg_base.engine.connect()
    outer = conn.begin()
    library = Library.open(Config(instance=inst, database_url=pg_base.url), engine=pg_base.engine, bind=conn)
    library.stores.ensure()
    try:
        yield library
    finally:
        outer.rollback()
        conn.close()


@pytest.fixture
def s(lib: Library) -> Iterator[Session]:
    with lib.session() as session:
        yield session


@pytest.fixture
def who(s: Session) -> Callable[[str], Principal]:
    """``who("carl")`` → the principal of a cast member; also "anonymous", "system", "operator"."""
    def get(name: str) -> Principal:
        if name == "anonymous":
            return Principal.anonymous()
        if name == "system":
            return Principal.system()
        if name == "operator":
            return ROOT
        return Principal.of(users.get_user(s, name))

    return get


@pytest.fixture
def at(s: Session) -> Callable[[str], Content]:
    """``at("/news")`` → the item at that path."""
    return lambda path: content.get(s, path)


def make_item(s: Session, principal: Principal, folder: Content, type_id: str = "news", **fields: Any) -> Content:
    fields.setdefault("title", "ประกาศรับสมัครงาน")
    return content.create(s, principal, folder, type_id, **fields)


@pytest.fixture
def pg_url_or_none(backend: str, request: pytest.FixtureRequest) -> str | None:
    return request.getfixturevalue("pg_url") if backend.startswith("postgresql") else None


@contextmanager
def fresh_library(backend: str, tmp_path: Path) -> Iterator[Library]:
    """A database of its own with real commits (migrated and seeded): for concurrency and the CLI."""
    inst = tmp_path / "fresh-instance"
    inst.mkdir(exist_ok=True)
    if backend == "sqlite":
        lib = Library.open(Config(instance=inst, database_url=f"sqlite:///{inst / 'phoei.sqlite3'}"))
        upgrade(lib.engine)
        build_base(lib)
        try:
            yield lib
        finally:
            lib.dispose()
        return
    schema = create_pg_schema(PG_URL, "fresh")
    try:
        upgrade(schema.engine)
        lib = Library.open(Config(instance=inst, database_url=schema.url), engine=schema.engine)
        build_base(lib)
        yield lib
    finally:
        drop_pg_schema(PG_URL, schema)
