"""Creating and opening an instance: the folder, the database schema (Alembic) and the seeded tree."""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass, field
from pathlib import Path

from library.config import SQLITE_NAME, Config
from library.db import Library
from library.errors import DatabaseUnavailable, NotInitialised


@dataclass
class InitReport:
    instance: Path
    database: str
    revision_before: str | None
    revision: str
    created: list[str] = field(default_factory=list)
    existing: list[str] = field(default_factory=list)
    profile_imported: bool = False


def operator_name() -> str:
    """Who is at the command line, for the audit log."""
    try:
        user = os.environ.get("SUDO_USER") or getpass.getuser()
    except Exception:  # no passwd entry in some containers
        user = str(os.getuid())
    return f"cli:{user}"


def init(config: Config, *, actor: str | None = None, profile: Path | None = None) -> InitReport:
    """Idempotent: make the instance folder and stores, migrate the database, seed what is missing."""
    from sqlalchemy.pool import NullPool

    from library import agency, audit, migrate, seed
    from library.private_files import private_dir
    from library.security import Principal

    private_dir(config.instance)
    lib = Library.open(config, poolclass=NullPool)
    try:
        lib.stores.ensure()
        before = migrate.current(lib.engine) if migrate.is_initialised(lib.engine) else None
        migrate.upgrade(lib.engine)
        principal = Principal.operator(actor or operator_name())
        with lib.transaction() as s:
            agency.profile_row(s)
            result = seed.seed(s, principal)
            if profile is not None:
                agency.import_profile(s, principal, profile)
            if result.created or before is None or profile is not None:
                audit.record(s, principal, "instance.init", "site", revision=migrate.head(),
                             created=len(result.created), profile=profile is not None)
        return InitReport(config.instance, config.describe_database(), before, migrate.head(), result.created,
                          result.existing, profile is not None)
    finally:
        lib.dispose()


def open_library(config: Config, **engine_kwargs: object) -> Library:
    """A library over an initialised instance; ``NotInitialised`` tells the user to run ``phoei init``."""
    from sqlalchemy.exc import OperationalError

    from library import migrate

    if config.is_sqlite and not (config.instance / SQLITE_NAME).exists() and SQLITE_NAME in config.database_url:
        raise NotInitialised(f"no Phoei instance at {config.instance}; run `phoei init` first")
    lib = Library.open(config, **engine_kwargs)  # type: ignore[arg-type]
    try:
        initialised = migrate.is_initialised(lib.engine)
        at = migrate.current(lib.engine) if initialised else None
    except OperationalError as exc:
        lib.dispose()
        first = str(exc.orig or exc).strip().splitlines()[0]
        raise DatabaseUnavailable(f"cannot open the database at {config.describe_database()}: {first}") from None
    if not initialised:
        lib.dispose()
        raise NotInitialised(f"no Phoei database at {config.describe_database()}; run `phoei init` first")
    if at != migrate.head():
        lib.dispose()
        raise NotInitialised(f"the database at {config.describe_database()} needs `phoei db upgrade` "
                             f"(at {at}, the code expects {migrate.head()})")
    return lib
