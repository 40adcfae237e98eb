"""The one place that creates engines and sessions, and the ``Library`` service object.

``Library.open(config)`` builds the engine, the session factory and the two
blob stores; the web app factory and the workers each build one and keep it.
Sessions made by ``lib.session()`` carry the library in ``session.info`` so
that service functions reach the stores without a global::

    lib = Library.open(load_config())
    with lib.transaction() as s:
        item = content.create(s, principal, folder, "file", title="…")

Functions in the library never commit; the caller owns the unit of work.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from library.config import Config
from library.storage import BlobStore, make_store

# How long a SQLite connection waits for a lock before SQLITE_BUSY.
BUSY_TIMEOUT_MS = 30_000


def make_engine(url: str, **kwargs: Any) -> Engine:
    if url.startswith("sqlite"):
        kwargs.setdefault("connect_args", {}).setdefault("timeout", BUSY_TIMEOUT_MS / 1000)
        if ":memory:" in url or url in ("sqlite://", "sqlite:///"):
            raise ValueError("an in-memory SQLite database cannot be shared between sessions; use a file")
        from library.private_files import private_file, sqlite_file

        db_file = sqlite_file(url)
        if db_file is not None and db_file.parent.is_dir():
            private_file(db_file)  # SQLite gives its -wal and -shm files the database file's mode
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(url, **kwargs)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # pysqlite's own transaction handling is switched off and "begin" below
    # emits BEGIN itself, so that SAVEPOINTs and rollbacks behave as documented
    # (SQLAlchemy's recipe for pysqlite).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_MS)}")
    cur.close()


# BEGIN IMMEDIATE waits up to the busy timeout for the write lock; when even that runs out
# (a very long writer), it is tried again a few times before the error reaches the caller.
# Nothing has happened in the transaction yet, so trying again is always safe.
BEGIN_RETRIES = 3
BEGIN_BACKOFF = 0.05


def _sqlite_begin(conn: Connection) -> None:
    # Write transactions (``Library.transaction``, ``Library.session(write=True)``) take the
    # write lock at BEGIN, so that concurrent writers queue (busy timeout) instead of failing
    # at once when a read snapshot cannot be upgraded (SQLITE_BUSY_SNAPSHOT in WAL mode).
    immediate = conn.get_execution_options().get("phoei_write", False)
    if not immediate:
        conn.exec_driver_sql("BEGIN")
        return
    import sqlite3
    import time

    from sqlalchemy.exc import OperationalError

    for attempt in range(BEGIN_RETRIES + 1):
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            return
        except OperationalError as exc:
            busy = isinstance(exc.orig, sqlite3.OperationalError) and "locked" in str(exc.orig)
            if not busy or attempt == BEGIN_RETRIES:
                raise
            time.sleep(BEGIN_BACKOFF * 2 ** attempt)


@dataclass
class Stores:
    private: BlobStore
    public: BlobStore

    def ensure(self) -> None:
        self.private.ensure()
        self.public.ensure()


@dataclass
class Library:
    """Services built once per process: configuration, engine, session factory, stores."""

    config: Config
    engine: Engine
    sessionmaker: sessionmaker[Session]
    stores: Stores
    # Sessions whose every transaction is a write transaction (BEGIN IMMEDIATE on SQLite).
    write_sessionmaker: Any = None  # sessionmaker[Session] | None (the field above shadows the name)
    # Hooks for the web layer/workers; the library calls none of them itself.
    extras: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def open(cls, config: Config, *, engine: Engine | None = None, bind: Engine | Connection | None = None,
             **engine_kwargs: Any) -> Library:
        """``bind`` lets tests run sessions inside an outer transaction that they roll back."""
        if engine is None:
            engine = make_engine(config.database_url, **engine_kwargs)
        stores = Stores(private=make_store(config, "private"), public=make_store(config, "public"))
        lib = cls(config, engine, sessionmaker(), stores)
        options: dict[str, Any] = {"bind": bind or engine, "expire_on_commit": False,
                                   "info": {"library": lib}}
        if isinstance(bind, Connection):
            options["join_transaction_mode"] = "create_savepoint"
        lib.sessionmaker = sessionmaker(**options)
        if engine.dialect.name == "sqlite" and not isinstance(bind, Connection):
            lib.write_sessionmaker = sessionmaker(**{**options, "bind": engine.execution_options(phoei_write=True)})
        return lib

    def session(self, *, write: bool = False) -> Session:
        """A session; ``write``: each of its transactions takes the write lock when it begins
        (SQLite's BEGIN IMMEDIATE; PostgreSQL locks rows as it writes and needs nothing)."""
        if write and self.write_sessionmaker is not None:
            return self.write_sessionmaker()
        return self.sessionmaker()

    def make_writer(self, session: Session) -> None:
        """Turn a session made by ``session()`` into a writer for its *next* transaction.

        The caller ends the current (read) transaction first; objects already loaded stay.
        """
        if self.write_sessionmaker is not None and session.bind is self.engine:
            session.bind = self.write_sessionmaker.kw["bind"]

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed on success and rolled back on any error."""
        with self.sessionmaker() as s, s.begin():
            if self.engine.dialect.name == "sqlite" and isinstance(s.get_bind(), Engine):
                s.connection(execution_options={"phoei_write": True})
            yield s

    def dispose(self) -> None:
        self.engine.dispose()


def library_of(session: Session) -> Library:
    lib = session.info.get("library")
    if lib is None:
        raise RuntimeError("this session was not made by library.db.Library.session()")
    return lib  # type: ignore[no-any-return]


def after_commit(session: Session, action: Callable[[], None]) -> None:
    """Run ``action`` once the session's transaction commits (never if it rolls back).

    Used for side effects outside the database, such as removing a retracted
    copy from the public store: the database stays the source of truth.
    """
    session.info.setdefault("after_commit", []).append(action)


@event.listens_for(Session, "after_commit")
def _run_after_commit(session: Session) -> None:
    actions = session.info.pop("after_commit", [])
    for action in actions:
        action()


@event.listens_for(Session, "after_rollback")
def _drop_after_commit(session: Session) -> None:
    session.info.pop("after_commit", None)


def engine_for_cli(config: Config) -> Engine:
    """A short-lived engine for one command (no pool to keep)."""
    return make_engine(config.database_url, poolclass=NullPool)
