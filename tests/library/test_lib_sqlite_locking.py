"""SQLite write transactions: WAL, BEGIN IMMEDIATE, and a bounded retry when the lock stays busy."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from library import db as library_db
from library.config import Config
from library.db import Library


@pytest.fixture
def lib(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(library_db, "BUSY_TIMEOUT_MS", 100)
    library = Library.open(Config(instance=tmp_path, database_url=f"sqlite:///{tmp_path / 'x.sqlite3'}"))
    with library.engine.begin() as c:
        c.exec_driver_sql("CREATE TABLE t (n INTEGER)")
    yield library
    library.dispose()


def _hold_write_lock(path: Path, seconds: float, ready: threading.Event) -> None:
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("BEGIN IMMEDIATE")
    ready.set()
    time.sleep(seconds)
    con.execute("COMMIT")
    con.close()


def test_wal_mode(lib: Library) -> None:
    with lib.session() as s:
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_write_session_waits_past_the_busy_timeout_with_bounded_retries(lib: Library, tmp_path: Path) -> None:
    ready = threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(tmp_path / "x.sqlite3", 0.4, ready))
    holder.start()
    ready.wait(5)
    t0 = time.monotonic()
    with lib.session(write=True) as s, s.begin():  # BEGIN IMMEDIATE: busy 100 ms, then retries
        s.execute(text("INSERT INTO t VALUES (1)"))
    holder.join()
    assert time.monotonic() - t0 >= 0.3
    with lib.session() as s:
        assert s.execute(text("SELECT count(*) FROM t")).scalar() == 1


def test_retries_are_bounded(lib: Library, tmp_path: Path) -> None:
    ready = threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(tmp_path / "x.sqlite3", 3.0, ready))
    holder.start()
    ready.wait(5)
    try:
        with pytest.raises(OperationalError, match="locked"), lib.session(write=True) as s, s.begin():
            s.execute(text("INSERT INTO t VALUES (1)"))
    finally:
        holder.join()


def test_a_read_snapshot_cannot_be_upgraded_but_a_write_session_can(lib: Library, tmp_path: Path) -> None:
    """Why web writes begin IMMEDIATE: a deferred transaction that read before another writer
    committed fails at once on its first write (SQLITE_BUSY_SNAPSHOT; no busy wait helps)."""
    for write, should_fail in ((False, True), (True, False)):
        s = lib.session(write=write)
        s.begin()
        s.execute(text("SELECT count(*) FROM t")).scalar()
        other = sqlite3.connect(tmp_path / "x.sqlite3", isolation_level=None, timeout=5)
        if should_fail:
            other.execute("INSERT INTO t VALUES (2)")  # commits while the snapshot is open
            with pytest.raises(OperationalError):
                s.execute(text("INSERT INTO t VALUES (3)"))
        else:
            s.execute(text("INSERT INTO t VALUES (3)"))
        s.rollback()
        s.close()
        other.close()
