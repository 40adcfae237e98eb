"""HTTP caching of the citizens' pages: a validator (ETag) with ``Cache-Control`` for browsers and
proxies, and a bounded in-process store of rendered pages so that a repeat costs no render.

What may be cached is narrow on purpose:

* a ``GET``/``HEAD`` of one of the citizens' pages (``CACHED_ENDPOINTS``: home, browse, item pages,
  categories, search, contact, feeds, sitemap, OpenSearch, robots);
* from a visitor whose session is empty (nobody signed in, no flash message, no form token): any page
  that a session changes (a signed-in header, a CSRF token, a flash) is never stored, and a visitor
  with a session never gets a stored page;
* a 200 answer that did not change the session.

Staff pages keep ``Cache-Control: no-store`` (``webui.app``); downloads have their own ETag (the
published copy's SHA-256, ``webui.public.download``).

**Invalidation.** Every stored page and every ETag belongs to one *site version*, read from the
database (one small query) so that every web process on every machine agrees. A web process reads it
again at most every ``PHOEI_PAGE_RECHECK`` seconds (default 1; 0: on every cacheable request), and at
once after this process committed any change: a stored page costs no database round trip, and a
change made in another process (another web process, the worker, a script) reaches this process's
pages within that many seconds. Downloads are not part of this: each one asks the database whether
its item is still public. The version is made of:

* the newest ``item.*`` message of the outbox (publish, update, retract, expire, delete, move:
  ``library.search.indexer.ITEM_TOPICS``) — written in the same transaction as the change;
* the oldest such message still waiting for the search indexer: search results change when the
  index catches up, after the publish itself (search pages only: every other page reads the
  database, not the index, and is not rendered again for it; ``without_index``);
* the agency profile's ``updated_at`` (the header and the contact page; officials' changes touch it);
* the latest change of an agency setting (the digit style of every page, box labels);
* the next moment an item's effective or expiry date is reached (content appears or leaves without a
  message then). It is looked up again only when the rest of the version changes or that moment has
  passed.

**FastPages** (a WSGI middleware inside ``ProxyFix``) answers a stored page before Flask for a plain
anonymous ``GET``/``HEAD`` (no cookie but the language, no body, no range, no condition but
``If-None-Match``) while the site version is fresh, with the bytes and headers Flask sent for it; a
page a rate limit counts (search) always goes through Flask. See the class.

The ETag is a hash of the page's bytes (so two processes that render the same page agree), prefixed
by the language; ``Vary: Cookie`` (added for every answer in ``webui.app``) keeps a language's page
from answering the other language. ``Cache-Control: public, no-cache``: a browser or proxy may keep the
page but asks each time (a conditional GET, answered 304 while nothing changed).
"""

from __future__ import annotations

import hashlib
import math
import os
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from functools import wraps
from typing import Any

from flask import Flask, Response, g, request, session

from webui.throttle import ROUTE_LIMITS

CACHED_ENDPOINTS = frozenset({
    "public.home", "public.browse", "public.categories", "public.category", "public.search", "public.contact",
    "public.feed", "public.sitemap", "public.opensearch", "public.robots",
})
DEFAULT_CACHE_CONTROL = "public, no-cache"
MAX_ENTRIES = 2000
MAX_BYTES = 64 * 1024 * 1024
# Search pages also leave the store after this many seconds: the index is another process's file, and
# a web process's reader may pick up the indexer's commit a moment after the outbox says it is done.
SEARCH_TTL = 10.0
# How often (seconds) a web process reads the site version again when it changed nothing itself
# (PHOEI_PAGE_RECHECK; 0: on every cacheable request).
RECHECK_SECONDS = 1.0
# session.info: this session wrote through the ORM (set at flush, read at commit).
_WROTE = "phoei.page_version_stale"
# environ: (key, etag) of the stored page this request answered with; FastPages keeps its headers.
_STORED = "phoei.page_stored"
# Request headers that send a request through Flask even when its page is stored: a body (its size
# limit), a range or a condition other than If-None-Match.
_FLASK_ONLY = ("CONTENT_LENGTH", "HTTP_TRANSFER_ENCODING", "HTTP_RANGE", "HTTP_IF_RANGE", "HTTP_IF_MATCH",
               "HTTP_IF_MODIFIED_SINCE", "HTTP_IF_UNMODIFIED_SINCE")
# Response headers not kept with a page: made for each answer (or never on a stored one).
_NOT_KEPT = frozenset({"content-length", "x-phoei-cache", "set-cookie", "date", "server"})


@dataclass(frozen=True)
class Page:
    body: bytes
    mimetype: str
    etag: str
    cache_control: str
    expires: float | None = None  # time.monotonic(); None: until the site version changes
    # The answer's final headers (every after_request hook's) once it went out, for FastPages; None
    # until then, and always for a page a rate limit counts (search): that one goes through Flask.
    headers: tuple[tuple[str, str], ...] | None = None
    fast: bool = False  # FastPages may answer it (no rate limit counts its endpoint)


class PageStore:
    """Rendered pages by (site version, host, language, path and query), least recently used out first;
    bounded by count and by bytes. Shared by the threads of one web process."""

    def __init__(self, max_entries: int = MAX_ENTRIES, max_bytes: int = MAX_BYTES) -> None:
        self.max_entries, self.max_bytes = max_entries, max_bytes
        self._pages: OrderedDict[tuple[Any, ...], Page] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self._version: Any = None
        self.hits = self.misses = 0

    def get(self, key: tuple[Any, ...]) -> Page | None:
        with self._lock:
            page = self._pages.get(key)
            if page is not None and page.expires is not None and time.monotonic() >= page.expires:
                self._bytes -= len(page.body)
                del self._pages[key]
                page = None
            if page is None:
                self.misses += 1
                return None
            self._pages.move_to_end(key)
            self.hits += 1
            return page

    def put(self, version: Any, key: tuple[Any, ...], page: Page) -> None:
        """Store ``page``; a ``version`` other than the last one empties the store first."""
        if len(page.body) > self.max_bytes // 16:
            return
        with self._lock:
            if version != self._version:  # a new site version: nothing stored before it answers again
                self._pages.clear()
                self._bytes = 0
                self._version = version
            old = self._pages.pop(key, None)
            if old is not None:
                self._bytes -= len(old.body)
            self._pages[key] = page
            self._bytes += len(page.body)
            while self._pages and (len(self._pages) > self.max_entries or self._bytes > self.max_bytes):
                _k, dropped = self._pages.popitem(last=False)
                self._bytes -= len(dropped.body)

    def attach(self, key: tuple[Any, ...], etag: str, headers: tuple[tuple[str, str], ...]) -> None:
        """Keep the headers that went out with the stored page ``key`` (if it is still that page)."""
        with self._lock:
            page = self._pages.get(key)
            if page is not None and page.etag == etag and page.headers is None:
                self._pages[key] = replace(page, headers=headers)

    def __len__(self) -> int:
        return len(self._pages)


class SiteVersion:
    """The site version (see the module's docstring), kept by one web process: read again from the
    database at most every ``recheck`` seconds, at once after ``invalidate()`` (this process committed a
    change) and when the next effective or expiry date is reached."""

    def __init__(self, recheck: float = RECHECK_SECONDS, clock: Callable[[], float] = time.monotonic) -> None:
        self.recheck = recheck
        self.clock = clock
        self._lock = threading.Lock()
        self._base: tuple[Any, ...] | None = None
        self._boundary: datetime | None = None
        self._boundary_known = False
        self._value: tuple[Any, ...] | None = None
        self._fresh_until = -math.inf  # self.clock(): until then self._value answers without a query
        self._generation = 0  # bumped by invalidate(): a read that began before it is not kept as fresh
        self.reads = 0

    def fresh(self) -> tuple[Any, ...] | None:
        """The version read less than ``recheck`` seconds ago, or None: read it with ``current()``."""
        if self.clock() < self._fresh_until:
            return self._value
        return None

    def invalidate(self) -> None:
        """This process changed the database: the next request reads the version again."""
        with self._lock:
            self._generation += 1
            self._fresh_until = -math.inf

    def current(self, s: Any) -> tuple[Any, ...]:
        from library.models import utcnow

        with self._lock:
            generation = self._generation
        started = self.clock()
        base = tuple(s.execute(_version_query()).one())
        now = utcnow()
        self.reads += 1
        with self._lock:
            known = base == self._base and self._boundary_known and (self._boundary is None or now < self._boundary)
            boundary = self._boundary
        if not known:
            boundary = _next_boundary(s, now)
        value = (*base, boundary)
        fresh_until = started + self.recheck
        if boundary is not None:  # the moment an item appears or leaves, the pages change
            fresh_until = min(fresh_until, started + (boundary - now).total_seconds())
        with self._lock:
            self._base, self._boundary, self._boundary_known = base, boundary, True
            if generation == self._generation and self.recheck > 0:
                self._value, self._fresh_until = value, fresh_until
        return value


_VERSION_SQL: Any = None


class VersionReader:
    """Where a web process reads the site version from.

    On PostgreSQL each thread keeps one connection in autocommit mode for this one statement: one
    round trip per read, where a session's pooled connection costs three (the pool's ping, the query,
    the rollback when it goes back). A connection the server dropped is replaced and the read tried
    once more. On SQLite (no round trips; its BEGIN is ours, see ``library.db``) the request's session.
    """

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self.direct = engine.dialect.name == "postgresql"
        self._local = threading.local()

    def read(self, version: SiteVersion) -> tuple[Any, ...]:
        if not self.direct:
            from webui.services import db

            return version.current(db())
        from sqlalchemy.exc import DBAPIError

        for attempt in (1, 2):
            conn = getattr(self._local, "conn", None)
            if conn is None or conn.closed:
                conn = self._local.conn = self.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
            try:
                return version.current(conn)
            except DBAPIError as exc:
                self._local.conn = None
                try:
                    conn.close()
                except Exception:
                    pass
                if attempt == 2 or not exc.connection_invalidated:
                    raise
        raise AssertionError("unreachable")


def _version_query() -> Any:
    """One statement, built once: it runs on every cacheable request, where building an ORM select
    (and expanding its IN list) cost more than running it."""
    global _VERSION_SQL
    if _VERSION_SQL is None:
        from sqlalchemy import text

        from library.models import AgencyProfileRow, AgencySetting, OutboxMessage
        from library.search.indexer import ITEM_TOPICS

        outbox = OutboxMessage.__tablename__
        topics = ", ".join("'" + t.replace("'", "''") + "'" for t in ITEM_TOPICS)
        _VERSION_SQL = text(
            f"SELECT (SELECT max(id) FROM {outbox} WHERE topic IN ({topics})), "
            f"(SELECT min(id) FROM {outbox} WHERE processed_at IS NULL AND topic IN ({topics})), "
            f"(SELECT updated_at FROM {AgencyProfileRow.__tablename__} WHERE id = 1), "
            f"(SELECT max(updated_at) FROM {AgencySetting.__tablename__})")
    return _VERSION_SQL


def _next_boundary(s: Any, now: datetime) -> datetime | None:
    """The soonest effective or expiry date still ahead, of any item (published or not)."""
    from sqlalchemy import func, select

    from library.models import Content

    found = [s.scalar(select(func.min(Content.effective)).where(Content.effective > now)),
             s.scalar(select(func.min(Content.expires)).where(Content.expires > now))]
    ahead = [d for d in found if d is not None]
    return min(ahead) if ahead else None


def seconds_setting(config: Any, name: str, default: float, most: float) -> float:
    """Setting ``name`` from the app's config or the environment, in seconds (0 to ``most``)."""
    raw = config.get(name)
    if raw is None:
        raw = os.environ.get(name, "").strip() or default
    try:
        value = float(raw)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a number of seconds, not {raw!r}") from None
    if not 0 <= value <= most:
        raise ValueError(f"{name} must be between 0 and {most:g} seconds, not {value}")
    return value


def recheck_seconds(config: Any) -> float:
    """``PHOEI_PAGE_RECHECK`` from the app's config or the environment (seconds, 0 to 60)."""
    return seconds_setting(config, "PHOEI_PAGE_RECHECK", RECHECK_SECONDS, 60)


def _watch_commits(app: Flask, version: SiteVersion) -> None:
    """Every session of this web process that wrote through the ORM and committed makes the next
    cacheable request read the site version again (a publish, a retract or a profile change made here
    shows at once here; other processes see it within ``PHOEI_PAGE_RECHECK`` seconds)."""
    from sqlalchemy import event

    lib = app.extensions["phoei"].library

    def wrote(session: Any, _context: Any) -> None:
        session.info[_WROTE] = True

    def committed(session: Any) -> None:
        if session.info.pop(_WROTE, False):
            version.invalidate()

    def rolled_back(session: Any) -> None:
        session.info.pop(_WROTE, None)

    for maker in {id(m): m for m in (lib.sessionmaker, lib.write_sessionmaker) if m is not None}.values():
        event.listen(maker, "after_flush", wrote)
        event.listen(maker, "after_commit", committed)
        event.listen(maker, "after_rollback", rolled_back)


def _cacheable_request() -> bool:
    return (request.method in ("GET", "HEAD") and request.endpoint in CACHED_ENDPOINTS
            and not dict(session))


def without_index(version: tuple[Any, ...]) -> tuple[Any, ...]:
    """The site version without the search indexer's progress (its second part): what every page but
    search depends on. The indexer catching up after a publish renders search pages again, not the rest."""
    return (version[0], *version[2:])


def _key(version: Any) -> tuple[Any, ...]:
    if request.endpoint != "public.search":
        version = without_index(version)
    return page_key(version, request.cookies.get("lang", ""), request.environ)


def page_key(version: Any, lang: str, environ: dict[str, Any]) -> tuple[Any, ...]:
    """The full address as the app sees it (scheme, host and prefix through ProxyFix: feeds, the
    sitemap and robots.txt name the site), as it came (an address spelled two ways is two entries),
    and the language."""
    return (version, lang, environ.get("wsgi.url_scheme"), environ.get("HTTP_HOST") or environ.get("SERVER_NAME"),
            environ.get("SERVER_PORT"), environ.get("SCRIPT_NAME", ""), environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""))


def _etag(body: bytes) -> str:
    lang = request.cookies.get("lang", "") or "th"
    return f"{lang}-{hashlib.blake2b(body, digest_size=12).hexdigest()}"


def install(app: Flask) -> None:
    """Register the cache: each cached view is wrapped (the stored page answers in its place) and an
    ``after_request`` hook stores what it rendered. Call before ``webui.throttle.install``, whose rate
    limits wrap the views in turn: a page served from the store still counts against the search limit."""
    store = PageStore()
    version = SiteVersion(recheck=recheck_seconds(app.config))
    app.extensions["phoei.pages"] = store
    app.extensions["phoei.site_version"] = version
    reader = VersionReader(app.extensions["phoei"].library.engine)
    app.extensions["phoei.version_reader"] = reader
    _watch_commits(app, version)

    def wrap(view: Callable[..., Any]) -> Callable[..., Any]:
        @wraps(view)
        def stored_or_rendered(*args: Any, **kwargs: Any) -> Any:
            if not _cacheable_request():
                return view(*args, **kwargs)
            current = version.fresh()
            if current is None:
                current = reader.read(version)
            g.page_version = current
            key = _key(g.page_version)
            page = store.get(key)
            if page is None:
                return view(*args, **kwargs)
            if page.fast and page.headers is None:
                request.environ[_STORED] = (key, page.etag)  # FastPages keeps the headers that go out
            resp = Response(page.body, mimetype=page.mimetype)
            resp.set_etag(page.etag)
            resp.headers["Cache-Control"] = page.cache_control
            resp.headers["X-Phoei-Cache"] = "hit"
            g.page_served = True
            return resp.make_conditional(request)

        return stored_or_rendered

    for endpoint in CACHED_ENDPOINTS:
        app.view_functions[endpoint] = wrap(app.view_functions[endpoint])

    from werkzeug.middleware.proxy_fix import ProxyFix

    # Inside ProxyFix (webui.site), so that both see the same scheme, host and prefix.
    outer = app.wsgi_app
    if isinstance(outer, ProxyFix):
        outer.app = FastPages(outer.app, store, version)
    else:
        app.wsgi_app = FastPages(outer, store, version)  # type: ignore[method-assign]

    @app.after_request
    def keep_page(resp: Response) -> Response:
        if g.get("page_served") or request.endpoint not in CACHED_ENDPOINTS:
            return resp
        if dict(session) or session.modified:
            # Someone with a session (signed in, a flash, a form token): this answer is theirs alone.
            if "Cache-Control" not in resp.headers:
                resp.headers["Cache-Control"] = "no-store"
            return resp
        if "page_version" not in g or resp.status_code != 200 or resp.direct_passthrough \
                or "Set-Cookie" in resp.headers:
            return resp
        body = resp.get_data()
        cache_control = resp.headers.get("Cache-Control") or DEFAULT_CACHE_CONTROL
        ttl = SEARCH_TTL if request.endpoint == "public.search" else None
        page = Page(body=body, mimetype=resp.mimetype or "text/html", etag=_etag(body), cache_control=cache_control,
                    expires=time.monotonic() + ttl if ttl else None, fast=request.endpoint not in ROUTE_LIMITS)
        key = _key(g.page_version)
        store.put(without_index(g.page_version), key, page)
        if page.fast:
            request.environ[_STORED] = (key, page.etag)
        resp.set_etag(page.etag)
        resp.headers["Cache-Control"] = cache_control
        resp.headers["X-Phoei-Cache"] = "miss"
        resp.make_conditional(request)
        return resp


class FastPages:
    """WSGI middleware: a stored page for a visitor without a session, answered before Flask.

    It answers only what Flask's own path would answer from the store, with the same bytes and
    headers: a ``GET``/``HEAD`` with no body, no range and no condition but ``If-None-Match``, whose
    only cookie (if any) is the language, of an address whose page is stored for the current site
    version (``SiteVersion.fresh``: no query), and whose endpoint no rate limit counts (search goes
    through Flask and its limiter). The headers are the ones Flask sent when the page was stored or
    last served (every ``after_request`` hook's: security headers, ``Vary``, ``Cache-Control``,
    ``ETag``); until then the page is answered through Flask. Anything else goes to Flask.
    """

    def __init__(self, app: Callable[..., Any], store: PageStore, version: SiteVersion) -> None:
        self.app, self.store, self.version = app, store, version
        self.hits = 0

    def _lang(self, environ: dict[str, Any]) -> str | None:
        """The language cookie ("" without one), or None when the request has any other cookie."""
        raw = environ.get("HTTP_COOKIE")
        if not raw:
            return ""
        from werkzeug.http import parse_cookie

        cookies = parse_cookie(raw)
        if set(cookies) - {"lang"}:
            return None
        return cookies.get("lang", "")

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        method = environ.get("REQUEST_METHOD")
        if method in ("GET", "HEAD") and environ.get("CONTENT_LENGTH") in (None, "", "0") \
                and not any(environ.get(h) for h in _FLASK_ONLY[1:]):
            version = self.version.fresh()
            lang = self._lang(environ) if version is not None else None
            if version is not None and lang is not None:
                page = self.store.get(page_key(without_index(version), lang, environ))  # never search
                if page is not None and page.fast and page.headers is not None:
                    return self._answer(environ, start_response, page, method == "HEAD")
        wrote: list[Any] = []

        def keep_status(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            wrote[:] = [status, headers]
            return start_response(status, headers, exc_info) if exc_info else start_response(status, headers)

        body = self.app(environ, keep_status)
        stored = environ.get(_STORED)
        if stored is not None and wrote and wrote[0].startswith("200"):
            headers = tuple((k, v) for k, v in wrote[1] if k.lower() not in _NOT_KEPT)
            if not any(k.lower() == "set-cookie" for k, _v in wrote[1]):
                self.store.attach(stored[0], stored[1], headers)
        return body

    _date: tuple[int, str] = (0, "")

    def _now(self) -> str:
        """The Date header, as werkzeug's make_conditional sets it on Flask's answers (made once a second)."""
        second = int(time.time())
        if self._date[0] != second:
            from werkzeug.http import http_date

            self._date = (second, http_date(second))
        return self._date[1]

    def _answer(self, environ: dict[str, Any], start_response: Callable[..., Any], page: Page, head: bool) -> Any:
        self.hits += 1
        inm = environ.get("HTTP_IF_NONE_MATCH")
        if inm:
            from werkzeug.http import parse_etags

            if parse_etags(inm).contains_weak(page.etag):
                from werkzeug.http import remove_entity_headers

                headers = [*page.headers, ("X-Phoei-Cache", "hit"), ("Date", self._now())]  # type: ignore[misc]
                remove_entity_headers(headers)
                start_response("304 NOT MODIFIED", headers)
                return []
        start_response("200 OK", [*page.headers, ("X-Phoei-Cache", "hit"), ("Date", self._now()),  # type: ignore[misc]
                                  ("Content-Length", str(len(page.body)))])
        return [] if head else [page.body]
