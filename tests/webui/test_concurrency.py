"""Parallel staff writes and citizen reads against one app: no 5xx, no lost write (SQLite and PostgreSQL).

Reviewers publish pages and decide redactions in parallel threads while an outsider
keeps failing to sign in as a member of staff and citizens read public pages. Every
request is counted; the run is bounded by a fixed number of requests per thread.
"""

from __future__ import annotations

import os
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from tests.webui.conftest import COMPLAINT, PASSWORD, cast_instance, make_config

PAGES = 24          # pages published in parallel, each exactly once
WRITERS = 4         # reviewer threads
READERS = 4         # threads: citizens, and one intruder
READS = 40          # requests per citizen thread
INTRUDER_TRIES = 15  # failed logins (each costs an Argon2 hash)


def _pg_url() -> str | None:
    from tests.library.conftest import PG_URL, _pg_problem

    problem = _pg_problem()
    if problem:
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL is not reachable ({problem}); CI must run the PostgreSQL tests")
        pytest.skip(f"PostgreSQL is not reachable ({problem})")
    return PG_URL


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, instance: Path, password_hash: str) -> Iterator[str]:
    """The app's DATABASE_URL: the test's SQLite copy, or a fresh PostgreSQL schema with the same cast."""
    if request.param == "sqlite":
        yield f"sqlite:///{instance / 'phoei.sqlite3'}"
        return
    from tests.library.conftest import create_pg_schema, drop_pg_schema

    base = _pg_url()
    assert base is not None
    schema = create_pg_schema(base, "concurrency")
    try:
        cast_instance(instance, schema.url, password_hash)
        yield schema.url
    finally:
        drop_pg_schema(base, schema)


def _setup(lib: Any, cache: Path) -> tuple[list[str], int, list[str]]:
    """PAGES pending pages by the officer, and one analysed PDF's proposals."""
    from library import content, lifecycle, redaction, users
    from library.security import Principal
    from worker import steps

    uids = []
    with lib.transaction() as s:
        officer = Principal.of(users.get_user(s, "officer"))
        news = content.get(s, "/news")
        for n in range(PAGES):
            page = content.create(s, officer, news, "page", title=f"ข่าวทดสอบพร้อมกัน {n}", body="เนื้อหา")
            lifecycle.transition(s, officer, page, "submit", "")
            uids.append(page.uid)
        item = content.create(s, officer, content.get(s, "/oia/s9/s9-1"), "file", title="คำร้องทดสอบพร้อมกัน")
        f = redaction.upload(s, officer, item, COMPLAINT, COMPLAINT.name)
        fid = f.id
    steps.analyse(lib, cache, fid, 1.5, lambda *a: None)
    with lib.session() as s:
        from library.models import DocumentFile

        proposals = [p.proposal_id for p in s.get(DocumentFile, fid).proposals]
    assert proposals, "the complaint letter must give proposals to decide"
    return uids, fid, proposals


def test_parallel_staff_writes_and_citizen_reads(instance: Path, database: str) -> None:
    from library import audit, redaction
    from library.models import Content, DocumentFile
    from webui import create_app

    # Four-eyes as by default: the officer uploaded, the reviewers decide and publish.
    app = create_app(make_config(instance, DATABASE_URL=database, PROPAGATE_EXCEPTIONS=False,
                                 PHOEI_JOBS_IMMEDIATE=False))
    services = app.extensions["phoei"]
    lib = services.library
    uids, fid, proposals = _setup(lib, services.cache)

    statuses: Counter[int] = Counter()
    failures: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(WRITERS + READERS + 1)

    def note(what: str, status: int) -> None:
        with lock:
            statuses[status] += 1
            if status >= 500:
                failures.append(f"{what} → {status}")

    def reviewer(n: int) -> None:
        c = app.test_client()
        r = c.post("/login", data={"username": "reviewer", "password": PASSWORD})
        note("login", r.status_code)
        start.wait()
        mine_pages = uids[n::WRITERS]
        mine_props = proposals[n::WRITERS]
        for i in range(max(len(mine_pages), len(mine_props))):
            if i < len(mine_pages):
                r = c.post(f"/staff/item/{mine_pages[i]}/transition", data={"action": "publish", "comment": ""})
                note(f"publish {mine_pages[i]}", r.status_code)
            if i < len(mine_props):
                action = "reject" if i % 2 else "accept"
                r = c.post(f"/staff/review/{fid}/decide", data={"proposal_id": mine_props[i], "action": action},
                           headers={"X-Requested-With": "fetch"})
                note(f"decide {mine_props[i]}", r.status_code)

    def citizen(n: int) -> None:
        c = app.test_client()
        start.wait()
        paths = ["/", "/browse/news", "/search?q=ข่าว", "/feeds/news.atom"]
        for i in range(READS):
            r = c.get(paths[(i + n) % len(paths)])
            note("read", r.status_code)

    def intruder() -> None:
        c = app.test_client()
        start.wait()
        for _ in range(INTRUDER_TRIES):
            r = c.post("/login", data={"username": "reviewer", "password": "wrong password!"})
            note("failed login", r.status_code)

    threads = [threading.Thread(target=reviewer, args=(n,)) for n in range(WRITERS)]
    threads += [threading.Thread(target=citizen, args=(n,)) for n in range(READERS - 1)]
    threads.append(threading.Thread(target=intruder))
    t0 = time.monotonic()
    for t in threads:
        t.start()
    start.wait()
    for t in threads:
        t.join(timeout=300)
    elapsed = time.monotonic() - t0
    assert not any(t.is_alive() for t in threads), "the run must end within its bound"
    total = sum(statuses.values())
    print(f"\n{database.split(':')[0]}: {total} requests in {elapsed:.1f} s, statuses {dict(statuses)}, "
          f"5xx {len(failures)}")
    assert failures == []

    # No lost write: every page published, every decision in force as sent.
    with lib.session() as s:
        states = dict(s.execute(select(Content.uid, Content.state).where(Content.uid.in_(uids))).all())
        assert states == {u: "published" for u in uids}
        current = redaction.current_decisions(s, s.get(DocumentFile, fid))
        for n in range(WRITERS):
            for i, pid in enumerate(proposals[n::WRITERS]):
                assert current[pid].action == ("reject" if i % 2 else "accept"), pid
        assert audit.verify_chain(s).ok
    lib.dispose()


def test_a_lock_still_busy_after_the_retries_is_503_not_500(app_config: dict[str, Any]) -> None:
    import sqlite3

    from sqlalchemy.exc import OperationalError

    from webui import create_app

    app = create_app({**app_config, "PROPAGATE_EXCEPTIONS": False})

    def busy() -> str:
        raise OperationalError("BEGIN IMMEDIATE", {}, sqlite3.OperationalError("database is locked"))

    app.add_url_rule("/test-busy", "test_busy", busy)
    r = app.test_client().get("/test-busy")
    assert r.status_code == 503 and r.headers["Retry-After"] == "5"
    app.extensions["phoei"].library.dispose()
