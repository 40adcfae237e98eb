"""Where an instance lives and which database it uses: the one place that reads the environment.

* ``PHOEI_INSTANCE`` (default ``./instance``): the instance folder. It holds
  the SQLite database (when no ``DATABASE_URL``), the private store of
  originals (``private/``) and the public store of published copies
  (``public/``). The two stores are sibling folders; neither is inside the other.
* ``DATABASE_URL``: ``postgresql://user@host:port/db`` selects PostgreSQL
  (driven by psycopg 3); anything else must be a SQLAlchemy URL. Unset means
  SQLite at ``<instance>/phoei.sqlite3``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from library.errors import Invalid

SQLITE_NAME = "phoei.sqlite3"


def normalise_database_url(url: str) -> str:
    """Map the 12-factor spellings onto the SQLAlchemy driver we install (psycopg 3)."""
    url = url.strip()
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    if url.startswith("postgresql+psycopg2://"):
        # psycopg2 is not a dependency; the same URL works with psycopg 3.
        return "postgresql+psycopg://" + url[len("postgresql+psycopg2://"):]
    if "://" not in url:
        raise Invalid(f"DATABASE_URL is not a URL: {url!r}")
    return url


@dataclass(frozen=True)
class Config:
    instance: Path
    database_url: str
    # Upload limit for originals; the redactor refuses larger files anyway.
    max_upload_bytes: int = 100 * 1024 * 1024
    extra: Mapping[str, str] = field(default_factory=dict)

    @property
    def private_root(self) -> Path:
        return self.instance / "private"

    @property
    def public_root(self) -> Path:
        return self.instance / "public"

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    def describe_database(self) -> str:
        """The URL without a password, for messages."""
        from sqlalchemy.engine import make_url

        return make_url(self.database_url).render_as_string(hide_password=True)


def load_config(instance: str | os.PathLike[str] | None = None, database_url: str | None = None,
                env: Mapping[str, str] | None = None) -> Config:
    """Arguments win over the environment, which wins over the defaults."""
    env = os.environ if env is None else env
    inst = Path(instance or env.get("PHOEI_INSTANCE") or "instance").expanduser().absolute()
    url = database_url or env.get("DATABASE_URL") or ""
    url = normalise_database_url(url) if url else f"sqlite:///{inst / SQLITE_NAME}"
    return Config(instance=inst, database_url=url)
