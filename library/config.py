"""Where an instance lives and which database it uses: the one place that reads the environment.

* ``PHOEI_INSTANCE`` (default ``./instance``): the instance folder. It holds
  the SQLite database (when no ``DATABASE_URL``), the private store of
  originals (``private/``) and the public store of published copies
  (``public/``). The two stores are sibling folders; neither is inside the other.
* ``PHOEI_PRIVATE_STORE`` / ``PHOEI_PUBLIC_STORE``: ``s3://bucket/prefix`` puts that store in an
  S3-compatible bucket instead of the folder (``PHOEI_S3_ENDPOINT_URL`` for MinIO, Ceph and the
  like, ``PHOEI_S3_REGION``, ``PHOEI_S3_SSE`` = ``AES256`` or ``aws:kms`` for server-side
  encryption; credentials from boto3's usual chain). The two must not overlap.
* ``PHOEI_AUDIT_ANCHOR``: the file that ``phoei audit anchor`` appends the audit log's head to
  (default ``<instance>/audit-anchors.jsonl``); best on another disk or a write-once mount.
* ``DATABASE_URL``: ``postgresql://user@host:port/db`` selects PostgreSQL
  (driven by psycopg 3); anything else must be a SQLAlchemy URL. Unset means
  SQLite at ``<instance>/phoei.sqlite3``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from library.errors import Invalid

SQLITE_NAME = "phoei.sqlite3"
ANCHOR_NAME = "audit-anchors.jsonl"


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
    # Where the audit log's head is anchored (None: ``<instance>/audit-anchors.jsonl``).
    audit_anchor: Path | None = None
    # "" (the folders under the instance) or ``s3://bucket/prefix`` (library.storage.S3BlobStore).
    private_store: str = ""
    public_store: str = ""
    s3_endpoint_url: str = ""
    s3_region: str = ""
    s3_sse: str = ""

    @property
    def anchor_file(self) -> Path:
        return self.audit_anchor if self.audit_anchor is not None else self.instance / ANCHOR_NAME

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
    anchor = (env.get("PHOEI_AUDIT_ANCHOR") or "").strip()
    stores = {k: (env.get(f"PHOEI_{k.upper()}_STORE") or "").strip() for k in ("private", "public")}
    check_stores(stores["private"], stores["public"])
    sse = (env.get("PHOEI_S3_SSE") or "").strip()
    if sse not in ("", "AES256", "aws:kms"):
        raise Invalid(f"PHOEI_S3_SSE must be AES256 or aws:kms, not {sse!r}")
    return Config(instance=inst, database_url=url,
                  audit_anchor=Path(anchor).expanduser().absolute() if anchor else None,
                  private_store=stores["private"], public_store=stores["public"],
                  s3_endpoint_url=(env.get("PHOEI_S3_ENDPOINT_URL") or "").strip(),
                  s3_region=(env.get("PHOEI_S3_REGION") or "").strip(), s3_sse=sse)


def check_stores(private: str, public: str) -> None:
    """Each store is a folder ("") or ``s3://…``; two S3 stores never overlap (``Invalid``)."""
    from library.storage import S3Location

    found = {}
    for name, url in (("PHOEI_PRIVATE_STORE", private), ("PHOEI_PUBLIC_STORE", public)):
        if url:
            found[name] = S3Location.parse(url)
    if len(found) == 2 and found["PHOEI_PRIVATE_STORE"].overlaps(found["PHOEI_PUBLIC_STORE"]):
        raise Invalid("PHOEI_PRIVATE_STORE and PHOEI_PUBLIC_STORE overlap: the originals must never share a "
                      "prefix with the published copies")


# --- the site's public address (webui.site, links in the worker's mails) ---------------------


def normalise_site_url(value: str | None) -> str | None:
    """``PHOEI_SITE_URL`` checked and without its trailing slash; None when unset (the web app's
    ``webui.site.configure`` and the worker's mail links both read it through this)."""
    if value is None or not value.strip():
        return None
    raw = value.strip()
    try:
        parts = urlsplit(raw)
        port = parts.port  # raises ValueError on a bad port
    except ValueError as exc:
        raise Invalid(f"PHOEI_SITE_URL is not a valid URL ({exc}): {raw!r}") from None
    if parts.scheme not in ("http", "https"):
        raise Invalid(f"PHOEI_SITE_URL must start with https:// (or http://): {raw!r}")
    if not parts.hostname:
        raise Invalid(f"PHOEI_SITE_URL has no host name: {raw!r}")
    if parts.username is not None or parts.password is not None:
        raise Invalid(f"PHOEI_SITE_URL may not hold a user name or password: {raw!r}")
    if parts.query or parts.fragment or "?" in raw or "#" in raw:
        raise Invalid(f"PHOEI_SITE_URL may not have a query or fragment: {raw!r}")
    if any(c.isspace() for c in raw) or "\\" in raw:
        raise Invalid(f"PHOEI_SITE_URL may not contain spaces or backslashes: {raw!r}")
    path = parts.path.rstrip("/")
    if path and not path.startswith("/"):
        raise Invalid(f"PHOEI_SITE_URL has a malformed path: {raw!r}")
    host = parts.hostname.lower()
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    netloc = host if port is None else f"{host}:{port}"
    return f"{parts.scheme}://{netloc}{path}"


# --- e-mail (library.notifications) ----------------------------------------------------

SMTP_SECURITY = ("starttls", "ssl", "none")


@dataclass(frozen=True)
class MailConfig:
    """SMTP for notifications. Without ``PHOEI_SMTP_HOST`` notifications are in-app only.

    ``PHOEI_SMTP_HOST``, ``PHOEI_SMTP_PORT`` (default 587 with STARTTLS, 465 with SSL, else 25),
    ``PHOEI_SMTP_USER``, ``PHOEI_SMTP_PASSWORD``, ``PHOEI_SMTP_SECURITY`` (``starttls`` (the default),
    ``ssl`` or ``none``), ``PHOEI_SMTP_FROM`` (default ``phoei@<host name>``), ``PHOEI_SMTP_TIMEOUT``
    (seconds, default 30) and ``PHOEI_SITE_URL`` (the site's address, for links in e-mails).
    """

    host: str = ""
    port: int = 25
    user: str = ""
    password: str = field(default="", repr=False)
    security: str = "starttls"
    sender: str = ""
    timeout: float = 30.0
    site_url: str = ""

    @property
    def enabled(self) -> bool:
        return bool(self.host)

    def link(self, path: str) -> str:
        """An absolute address for a site path ("" when the site's address is not configured)."""
        if not path or not self.site_url:
            return ""
        return self.site_url.rstrip("/") + "/" + path.lstrip("/")


def load_mail_config(env: Mapping[str, str] | None = None, **overrides: str | int | float | None) -> MailConfig:
    """The environment, then ``overrides`` (non-None values win). A bad setting raises ``Invalid``."""
    import socket

    env = os.environ if env is None else env
    security = (str(overrides.get("security") or env.get("PHOEI_SMTP_SECURITY") or "starttls")).strip().lower()
    if security not in SMTP_SECURITY:
        raise Invalid(f"PHOEI_SMTP_SECURITY must be one of {', '.join(SMTP_SECURITY)}, not {security!r}")
    default_port = {"starttls": 587, "ssl": 465, "none": 25}[security]
    raw_port = overrides.get("port") or env.get("PHOEI_SMTP_PORT") or default_port
    try:
        port = int(raw_port)
        timeout = float(overrides.get("timeout") or env.get("PHOEI_SMTP_TIMEOUT") or 30)
    except ValueError as exc:
        raise Invalid(f"PHOEI_SMTP_PORT / PHOEI_SMTP_TIMEOUT: {exc}") from None
    if not 0 < port < 65536:
        raise Invalid(f"PHOEI_SMTP_PORT out of range: {port}")
    host = str(overrides.get("host") or env.get("PHOEI_SMTP_HOST") or "").strip()
    sender = str(overrides.get("sender") or env.get("PHOEI_SMTP_FROM") or "").strip()
    if host and not sender:
        sender = f"phoei@{socket.getfqdn() or 'localhost'}"
    return MailConfig(host=host, port=port, user=str(overrides.get("user") or env.get("PHOEI_SMTP_USER") or ""),
                      password=str(overrides.get("password") or env.get("PHOEI_SMTP_PASSWORD") or ""),
                      security=security, sender=sender, timeout=timeout,
                      site_url=str(overrides.get("site_url") or env.get("PHOEI_SITE_URL") or "").strip())
