"""Downloads served cheaply (webui.downloads): what an address serves is worked out once per site
version (a retract anywhere still stops the next download; a changed file is verified again), and
the per-day counts are written in batches."""

from __future__ import annotations

import os
import time
from typing import Any

import pytest
from sqlalchemy import event, select

from tests.webui.conftest import COMPLAINT, FakeClock, publish_directly


@pytest.fixture
def batched(app_config: dict[str, Any]) -> Any:
    """The app with production settings for downloads (counts every 5 s, the version rechecked every 1 s)."""
    from webui import create_app

    app = create_app({**app_config, "PHOEI_DOWNLOAD_FLUSH": 5, "PHOEI_PAGE_RECHECK": 1})
    counter = app.extensions["phoei.download_counts"]
    counter.clock = clock = FakeClock()
    counter._next = clock.now + counter.interval
    app.extensions["phoei.site_version"].clock = clock
    yield app, clock
    app.extensions["phoei"].library.dispose()


def _published(app: Any, title: str = "หนังสือทดสอบดาวน์โหลด") -> tuple[str, str]:
    """(uid, download URL) of a published file."""
    from library import content, redaction
    from library.security import Principal

    lib = app.extensions["phoei"].library
    uid = publish_directly(lib, app.extensions["phoei"].cache, COMPLAINT, "/oia/s9/s9-1", title, index=False)
    with lib.session() as s:
        copy = redaction.public_copy(s, Principal.anonymous(), content.get(s, uid))
        return uid, f"/download/{uid}/{copy.filename}"


def _counts(app: Any) -> list[int]:
    from library.models import DownloadCount

    with app.extensions["phoei"].library.session() as s:
        return [r.count for r in s.scalars(select(DownloadCount))]


def test_counts_are_written_in_one_batch(batched: Any) -> None:
    app, _clock = batched
    _uid, url = _published(app)
    c = app.test_client()
    for _ in range(4):
        assert c.get(url).status_code == 200
    assert c.get(url, headers={"Range": "bytes=0-10"}).status_code == 206  # a partial read is not a download
    counter = app.extensions["phoei.download_counts"]
    assert _counts(app) == [] and counter.pending() == 4
    assert counter.flush() == 4
    assert _counts(app) == [4] and counter.batches == 1 and counter.pending() == 0
    assert counter.flush() == 0 and counter.batches == 1  # nothing new: no write


def test_the_first_download_after_the_interval_writes_them_beside_the_request(batched: Any) -> None:
    app, clock = batched
    _uid, url = _published(app)
    c = app.test_client()
    c.get(url)
    c.get(url)
    assert _counts(app) == []
    clock.now += 5
    assert c.get(url).status_code == 200  # answered at once; a thread writes the three counts
    deadline = time.monotonic() + 30
    while _counts(app) != [3] and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _counts(app) == [3]


def test_a_retract_elsewhere_stops_the_next_download(batched: Any) -> None:
    from library import content, lifecycle, users
    from library.instance import open_library
    from library.security import Principal

    app, _clock = batched  # the clock stands still: the page store would not look, a download does
    uid, url = _published(app)
    c = app.test_client()
    assert c.get(url).status_code == 200
    assert c.get(url).status_code == 200  # from the memo
    other = open_library(app.extensions["phoei"].library.config)  # another process
    try:
        with other.transaction() as s:
            reviewer = Principal.of(users.get_user(s, "reviewer"))
            lifecycle.transition(s, reviewer, content.get(s, uid), "retract", "ถอนเพื่อทดสอบ")
    finally:
        other.dispose()
    assert c.get(url).status_code == 404


def test_a_repeat_download_asks_the_database_only_for_the_site_version(batched: Any) -> None:
    app, _clock = batched
    _uid, url = _published(app)
    c = app.test_client()
    assert c.get(url).status_code == 200
    seen: list[str] = []
    event.listen(app.extensions["phoei"].library.engine, "before_cursor_execute",
                 lambda _c, _cur, stmt, *_a: seen.append(stmt))
    assert c.get(url).status_code == 200
    queries = [q for q in seen if q.lstrip().upper().startswith("SELECT")]
    assert len(queries) == 1 and "outbox" in queries[0], seen


def test_a_wrong_name_still_redirects_to_the_copys_name(batched: Any) -> None:
    app, _clock = batched
    uid, url = _published(app)
    c = app.test_client()
    for _ in range(2):  # worked out, then from the memo
        r = c.get(f"/download/{uid}/other-name.pdf?inline=1&uid=1")
        assert r.status_code in (301, 302, 303, 307, 308)
        assert r.headers["Location"].endswith(url + "?inline=1")


def test_a_changed_file_is_verified_again(batched: Any) -> None:
    """The checksum is checked when the answer is worked out; a file changed on disk since (another
    inode, size or time) is checked again, not served."""
    from library.errors import StorageCorrupted

    app, _clock = batched
    _uid, url = _published(app)
    c = app.test_client()
    r = c.get(url)
    assert r.status_code == 200
    sha = r.headers["ETag"].strip('"')
    path = app.extensions["phoei"].library.stores.public.path_for(sha)
    os.chmod(path, 0o644)
    path.write_bytes(path.read_bytes() + b"% changed on disk\n")
    try:
        r = c.get(url)
    except StorageCorrupted:
        return
    assert r.status_code != 200


@pytest.mark.parametrize(("config", "env", "expected"), [
    ({}, {}, 5.0),
    ({"PHOEI_DOWNLOAD_FLUSH": 0}, {}, 0.0),
    ({}, {"PHOEI_DOWNLOAD_FLUSH": "30"}, 30.0),
    ({"PHOEI_DOWNLOAD_FLUSH": "1"}, {"PHOEI_DOWNLOAD_FLUSH": "60"}, 1.0),  # the app's config wins
])
def test_the_flush_interval_setting(config: dict[str, Any], env: dict[str, str], expected: float,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from webui.downloads import flush_seconds

    monkeypatch.delenv("PHOEI_DOWNLOAD_FLUSH", raising=False)
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    assert flush_seconds(config) == expected


@pytest.mark.parametrize("bad", ["often", "-1", "301"])
def test_a_bad_flush_interval_stops_the_start(bad: str) -> None:
    from webui.downloads import flush_seconds

    with pytest.raises(ValueError, match="PHOEI_DOWNLOAD_FLUSH"):
        flush_seconds({"PHOEI_DOWNLOAD_FLUSH": bad})


@pytest.mark.parametrize("n", [0, -3])
def test_a_count_adds_at_least_one(app: Any, n: int) -> None:
    from library.oversight import record_download

    with app.extensions["phoei"].library.session() as s, pytest.raises(ValueError):
        record_download(s, 1, None, n)


# --- on PostgreSQL: the site version is read on a connection of its own (webui.caching.VersionReader) ---


@pytest.fixture
def pg_app(instance: Any, password_hash: str) -> Any:
    from tests.library.conftest import create_pg_schema, drop_pg_schema
    from tests.webui.conftest import cast_instance, make_config
    from tests.webui.test_concurrency import _pg_url
    from webui import create_app

    base = _pg_url()
    assert base is not None
    schema = create_pg_schema(base, "downloads")
    try:
        cast_instance(instance, schema.url, password_hash)
        app = create_app(make_config(instance, DATABASE_URL=schema.url, PHOEI_DOWNLOAD_FLUSH=5,
                                     PHOEI_PAGE_RECHECK=1))
        yield app
        app.extensions["phoei"].library.dispose()
    finally:
        drop_pg_schema(base, schema)


def test_on_postgresql_a_retract_elsewhere_stops_the_next_download(pg_app: Any) -> None:
    from library import content, lifecycle, users
    from library.instance import open_library
    from library.security import Principal

    assert pg_app.extensions["phoei.version_reader"].direct
    uid, url = _published(pg_app)
    c = pg_app.test_client()
    assert c.get(url).status_code == 200
    assert c.get(url).status_code == 200
    other = open_library(pg_app.extensions["phoei"].library.config)
    try:
        with other.transaction() as s:  # committed by another process: the reader sees it (no old snapshot)
            reviewer = Principal.of(users.get_user(s, "reviewer"))
            lifecycle.transition(s, reviewer, content.get(s, uid), "retract", "ถอนเพื่อทดสอบ")
    finally:
        other.dispose()
    assert c.get(url).status_code == 404


def test_on_postgresql_a_dropped_version_connection_is_replaced(pg_app: Any) -> None:
    """The database server ends the reader's connection (a restart, an idle timeout): the next
    download reads on a new one instead of failing."""
    from sqlalchemy import text

    _uid, url = _published(pg_app)
    c = pg_app.test_client()
    assert c.get(url).status_code == 200  # this thread's reader connection exists now
    reader = pg_app.extensions["phoei.version_reader"]
    pid = reader._local.conn.execute(text("SELECT pg_backend_pid()")).scalar()
    lib = pg_app.extensions["phoei"].library
    with lib.engine.connect() as other:
        other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        other.commit()
    time.sleep(0.2)
    assert c.get(url).status_code == 200
    assert reader._local.conn.execute(text("SELECT pg_backend_pid()")).scalar() != pid
