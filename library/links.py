"""The link checker for Link items (seed §4.1): each target's HTTP status and when it was checked,
and which links are broken (for the dashboard: ``broken_links``).

It runs on the server, so it must not become a way into the agency's own network (SSRF):

* only ``http`` and ``https`` addresses are fetched;
* the host name is resolved first and every address it resolves to must be a public (global)
  one; the connection then goes to that vetted address (a second lookup by the HTTP library
  could answer differently: DNS rebinding), with the name kept for ``Host`` and TLS;
* every redirect is checked the same way, at most ``max_redirects`` of them;
* private, loopback, link-local and reserved addresses are refused unless
  ``PHOEI_LINK_ALLOW_PRIVATE=1`` (an intranet whose links are meant to be checked; tests).

A link is broken when the last check did not end in a 2xx/3xx answer: 4xx/5xx, a timeout, a
refused connection, a name that does not resolve, a malformed or refused address. ``link.broken``
is emitted when a link goes from working (or never checked) to broken, not on every check.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from library import outbox
from library.models import Content, LinkCheck, utcnow

if TYPE_CHECKING:  # pragma: no cover
    from library.db import Library

REDIRECTS = (301, 302, 303, 307, 308)
USER_AGENT = "Phoei-link-checker/1.0 (+open disclosure site)"


@dataclass(frozen=True)
class LinkPolicy:
    timeout: float = 10.0          # seconds, for connecting and for each read
    allow_private: bool = False    # loopback and private networks (SSRF guard off)
    max_redirects: int = 5
    recheck_hours: int = 24        # the periodic job checks links not checked for this long

    @classmethod
    def from_env(cls, env: Mapping[str, object]) -> LinkPolicy:
        """``PHOEI_LINK_TIMEOUT`` (seconds), ``PHOEI_LINK_ALLOW_PRIVATE`` (1/0),
        ``PHOEI_LINK_MAX_REDIRECTS``, ``PHOEI_LINK_RECHECK_HOURS``."""
        def get(name: str) -> str:
            v = env.get(name)
            return "" if v is None else str(v).strip()

        try:
            return cls(timeout=float(get("PHOEI_LINK_TIMEOUT") or cls.timeout),
                       allow_private=get("PHOEI_LINK_ALLOW_PRIVATE").lower() in ("1", "true", "yes", "on"),
                       max_redirects=int(get("PHOEI_LINK_MAX_REDIRECTS") or cls.max_redirects),
                       recheck_hours=int(get("PHOEI_LINK_RECHECK_HOURS") or cls.recheck_hours))
        except ValueError as exc:
            raise ValueError(f"a PHOEI_LINK_* setting is not a number: {exc}") from None


@dataclass(frozen=True)
class LinkResult:
    ok: bool
    status_code: int | None
    error: str              # "" when an HTTP answer came; else why not, in a few words
    final_url: str | None   # after redirects
    elapsed_ms: int


class Refused(Exception):
    """The address may not be fetched (scheme, malformed, private address, too many redirects)."""


def check_url(url: str, policy: LinkPolicy = LinkPolicy()) -> LinkResult:
    """Fetch ``url`` (HEAD, falling back to GET when HEAD is not supported) following redirects."""
    start = time.monotonic()

    def done(ok: bool, status: int | None, error: str, final: str | None) -> LinkResult:
        return LinkResult(ok, status, error[:300], final, int((time.monotonic() - start) * 1000))

    current = url.strip()
    status: int | None = None
    try:
        for _hop in range(policy.max_redirects + 1):
            status, location = _request(current, policy)
            if status in REDIRECTS and location:
                current = urljoin(current, location)
                continue
            return done(200 <= status < 400, status, "", current)
        raise Refused(f"more than {policy.max_redirects} redirects")
    except Refused as exc:
        return done(False, None, str(exc), current)
    except TimeoutError:
        return done(False, None, "timeout", current)
    except ssl.SSLError as exc:
        return done(False, None, f"tls: {exc.reason or exc}", current)
    except ConnectionRefusedError:
        return done(False, None, "connection refused", current)
    except (OSError, http.client.HTTPException) as exc:
        return done(False, None, f"{type(exc).__name__}: {exc}", current)


def _request(url: str, policy: LinkPolicy) -> tuple[int, str | None]:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise Refused(f"malformed URL: {exc}") from None
    if parts.scheme not in ("http", "https"):
        raise Refused(f"scheme not allowed: {parts.scheme or '(none)'}")
    host = parts.hostname
    if not host or any(c.isspace() for c in url):
        raise Refused("malformed URL: no host" if not host else "malformed URL: spaces")
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        raise Refused("malformed URL: host name") from None
    port = port or (443 if parts.scheme == "https" else 80)
    address = _vetted_address(ascii_host, port, policy)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    for method in ("HEAD", "GET"):
        conn = _connection(parts.scheme, ascii_host, port, address, policy.timeout)
        try:
            conn.request(method, path, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
            resp = conn.getresponse()
            status, location = resp.status, resp.getheader("Location")
            if method == "GET":
                resp.read(1024)  # enough to know the body started; never the whole target
        finally:
            conn.close()
        if method == "HEAD" and status in (405, 501):
            continue  # HEAD not supported: ask with GET
        return status, location
    raise AssertionError("unreachable")


def _vetted_address(host: str, port: int, policy: LinkPolicy) -> str:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise Refused(f"name not resolved: {host} ({exc.strerror or exc})") from None
    addresses = []
    for info in infos:
        ip = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        if not policy.allow_private and not ip.is_global:
            raise Refused(f"address not allowed (private network): {ip}")
        addresses.append(str(ip))
    if not addresses:
        raise Refused(f"name not resolved: {host}")
    return addresses[0]


class _PinnedHTTP(http.client.HTTPConnection):
    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPS(http.client.HTTPSConnection):
    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._address = address

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)  # type: ignore[attr-defined]


def _connection(scheme: str, host: str, port: int, address: str, timeout: float) -> http.client.HTTPConnection:
    cls = _PinnedHTTPS if scheme == "https" else _PinnedHTTP
    return cls(host, port, address, timeout)


# --- recording ---------------------------------------------------------------------------


def links_due(session: Session, now: datetime | None = None, recheck_hours: int | None = 24,
              item_ids: list[int] | None = None) -> list[tuple[int, str]]:
    """``(item id, url)`` of Link items not deleted whose last check is older than ``recheck_hours``
    (``None``: all of them)."""
    q = (select(Content.id, Content.remote_url).outerjoin(LinkCheck, LinkCheck.item_id == Content.id)
         .where(Content.type == "link", Content.deleted_at.is_(None), Content.remote_url.is_not(None))
         .order_by(LinkCheck.checked_at.is_not(None), LinkCheck.checked_at, Content.id))
    if recheck_hours is not None:
        cutoff = (now or utcnow()) - timedelta(hours=recheck_hours)
        q = q.where(or_(LinkCheck.checked_at.is_(None), LinkCheck.checked_at <= cutoff,
                        LinkCheck.url != Content.remote_url))
    if item_ids is not None:
        q = q.where(Content.id.in_(item_ids))
    return [(i, u) for i, u in session.execute(q).all() if u]


def record(session: Session, item_id: int, url: str, result: LinkResult, now: datetime | None = None) -> LinkCheck:
    """Store a check; emit ``link.broken`` when the link has just stopped working."""
    from library.currency import responsible_for

    now = now or utcnow()
    row = session.get(LinkCheck, item_id)
    was_broken = row is not None and row.broken and row.url == url
    if row is None:
        row = LinkCheck(item_id=item_id, url=url)
        session.add(row)
    row.url, row.status_code, row.error, row.final_url = url, result.status_code, result.error, result.final_url
    row.checked_at, row.elapsed_ms, row.broken = now, result.elapsed_ms, not result.ok
    if result.ok:
        row.broken_since = None
    elif not was_broken:
        row.broken_since = now
        item = session.get(Content, item_id)
        if item is not None:
            who = responsible_for(session, item)
            outbox.emit(session, "link.broken", item, url=url, status_code=result.status_code, error=result.error,
                        responsible_user_id=who.user.id if who else None, title=item.title)
    session.flush()
    return row


def check_all(lib: Library, policy: LinkPolicy, *, now: datetime | None = None, every: bool = False,
              item_ids: list[int] | None = None, limit: int | None = None) -> list[tuple[int, str, LinkResult]]:
    """Check the links that are due (``every``: all), each in its own short transaction: no
    database lock is held while waiting for a remote server."""
    with lib.session() as s:
        due = links_due(s, now, None if every else policy.recheck_hours, item_ids)
    if limit is not None:
        due = due[:limit]
    out = []
    for item_id, url in due:
        result = check_url(url, policy)
        with lib.transaction() as s:
            record(s, item_id, url, result, now)
        out.append((item_id, url, result))
    return out


def broken_links(session: Session) -> list[tuple[Content, LinkCheck]]:
    """Link items whose last check failed, longest broken first (for the dashboard and reports)."""
    rows = session.execute(select(Content, LinkCheck).join(LinkCheck, LinkCheck.item_id == Content.id)
                           .where(LinkCheck.broken.is_(True), Content.deleted_at.is_(None),
                                  LinkCheck.url == Content.remote_url)
                           .order_by(LinkCheck.broken_since, Content.id)).all()
    return [(c, lc) for c, lc in rows]
