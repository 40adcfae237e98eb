"""``search(session, query, principal, ...)``: the one function the web layer and the CLI call.

The index may lag the database (the worker applies the outbox in order), so
every hit is checked against the database before it is shown: state,
effective/expiry dates, deletion, the folders above, and — for signed-in
users — ``library.security.may(principal, "view", item)``. A retracted,
expired or private item therefore never appears, even before the index has
caught up.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from library import workflow as wf
from library.db import Library, library_of
from library.errors import Invalid
from library.models import Content, utcnow
from library.search.backend import FACETS, SORTS, Hit, ParsedQuery, SearchBackend, parse_query
from library.search.snippets import highlight, snippet
from library.security import Principal, may

FACET_WINDOW = 200    # facets are counted over the best this many visible matches
MAX_PER_PAGE = 100


@dataclass(frozen=True)
class SearchResult:
    uid: str
    path: str
    title: str
    title_html: str       # escaped, matches in <mark>
    snippet_html: str     # escaped, matches in <mark>
    type: str
    date: datetime | None           # publication (the index's date)
    score: float
    facets: dict[str, str]
    document_number: str            # เลขที่หนังสือ ("" when none)
    document_date: dt.date | None   # the letter's own date (``Content.document_date``)


@dataclass(frozen=True)
class SearchResults:
    query: str
    parsed: ParsedQuery
    results: list[SearchResult]
    total: int                      # visible matches (exact when ``total_exact``)
    total_exact: bool
    page: int
    per_page: int
    sort: str
    filters: dict[str, str]
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    relaxed: bool = False           # no item had every word: these match some of them
    backend: str = ""
    took_ms: float = 0.0

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


def backend_name(lib: Library) -> str:
    """``$PHOEI_SEARCH_BACKEND`` (tantivy | postgresql), else PostgreSQL when the database is."""
    name = os.environ.get("PHOEI_SEARCH_BACKEND", "").strip().lower()
    if name in ("tantivy", "postgresql"):
        return name
    return "postgresql" if lib.engine.dialect.name == "postgresql" else "tantivy"


def index_dir(lib: Library) -> Path:
    return Path(lib.config.instance) / "search" / "tantivy"


def open_backend(session: Session, *, writer: bool = False) -> SearchBackend:
    """The backend for this library: a cached read-only Tantivy reader, or PostgreSQL on ``session``."""
    lib = library_of(session)
    if backend_name(lib) == "postgresql":
        from library.search.pg_backend import PostgresBackend

        return PostgresBackend(session, writer=writer)
    from library.search.tantivy_backend import TantivyBackend

    if writer:
        return TantivyBackend(index_dir(lib), writer=True)
    reader = lib.extras.get("search_reader")
    if reader is None:
        reader = lib.extras["search_reader"] = TantivyBackend(index_dir(lib))
    else:
        reader.maybe_reload()
    return reader  # type: ignore[no-any-return]


# --- the visibility filter -------------------------------------------------------------


@dataclass(frozen=True)
class Visible:
    """What a hit needs from the database once it is known to be visible."""

    path: str
    title: str
    type: str
    description: str
    document_number: str
    document_date: dt.date | None


def visible(session: Session, principal: Principal, uids: Sequence[str], now: datetime | None = None
            ) -> dict[str, Visible]:
    """The items among ``uids`` that ``principal`` may view now, by uid (the database decides)."""
    if not uids:
        return {}
    now = now or utcnow()
    if not principal.is_anonymous:
        items = session.scalars(select(Content).where(Content.uid.in_(list(uids)))).all()
        return {i.uid: Visible(i.path, i.title, i.type, i.description or "", i.document_number or "",
                               i.document_date)
                for i in items if may(principal, wf.VIEW, i, now=now)}
    # Look up by uid only (its unique index) and only the columns needed, then decide
    # in Python: a planner that preferred the state index would scan every published row.
    rows = session.execute(select(Content.uid, Content.path, Content.title, Content.type, Content.description,
                                  Content.document_number, Content.document_date, Content.ancestry,
                                  Content.deleted_at, Content.state, Content.effective,
                                  Content.expires).where(Content.uid.in_(list(uids)))).all()
    rows = [r for r in rows if _public_row(r.deleted_at, r.state, r.effective, r.expires, now)]
    chains = {r.uid: [int(p) for p in r.ancestry.strip("/").split("/") if p] for r in rows}
    ancestors = {a for chain in chains.values() for a in chain}
    hidden: set[int] = set()
    if ancestors:
        folders = session.execute(select(Content.id, Content.deleted_at, Content.state, Content.effective,
                                         Content.expires).where(Content.id.in_(ancestors)))
        hidden = {f[0] for f in folders if not _public_row(f[1], f[2], f[3], f[4], now)}
    return {r.uid: Visible(r.path, r.title, r.type, r.description or "", r.document_number or "", r.document_date)
            for r in rows if not hidden.intersection(chains[r.uid])}


def _public_row(deleted_at: datetime | None, state: str, effective: datetime | None, expires: datetime | None,
                now: datetime) -> bool:
    return (deleted_at is None and state in wf.PUBLIC_STATES and (effective is None or effective <= now)
            and (expires is None or expires > now))


# --- search ------------------------------------------------------------------------------


def search(session: Session, query: str, principal: Principal, *, filters: Mapping[str, str] | None = None,
           sort: str = "relevance", page: int = 1, per_page: int = 10, facets: bool = True,
           now: datetime | None = None, backend: SearchBackend | None = None) -> SearchResults:
    """Search what ``principal`` may see. ``filters`` keys: oia_category, folder (a path: its subtree),
    agency, year (B.E.), type. ``sort``: relevance, date (oldest first) or -date (newest first)."""
    started = time.perf_counter()
    if sort not in SORTS:
        raise Invalid(f"unknown sort {sort!r}; use one of {', '.join(SORTS)}")
    unknown = set(filters or {}) - set(FACETS)
    if unknown:
        raise Invalid(f"unknown search filter(s): {', '.join(sorted(unknown))}")
    page = max(1, int(page))
    per_page = min(max(1, int(per_page)), MAX_PER_PAGE)
    clean = {k: str(v) for k, v in (filters or {}).items() if v not in (None, "")}
    parsed = parse_query(query)
    be = backend or open_backend(session)

    def done(found: list[tuple[Hit, Visible]], total: int, exact: bool,
             counts: dict[str, list[tuple[str, int]]]) -> SearchResults:
        first = (page - 1) * per_page
        tokens = parsed.highlight_tokens
        results = [SearchResult(uid=h.uid, path=item.path, title=item.title, title_html=highlight(item.title, tokens),
                                snippet_html=snippet(h.body or item.description or "", tokens), type=item.type,
                                date=h.date, score=h.score, facets=h.facets, document_number=item.document_number,
                                document_date=item.document_date)
                   for h, item in found[first:first + per_page]]
        return SearchResults(query, parsed, results, total, exact, page, per_page, sort, clean, counts,
                             parsed.any_term, be.name, (time.perf_counter() - started) * 1000)

    if parsed.empty:
        return done([], 0, True, {})

    want = page * per_page
    window = max(FACET_WINDOW, want) if facets else want + per_page
    found: list[tuple[Hit, Visible]] = []
    offset = 0
    hidden = 0
    total = 0
    while True:
        hits, total = be.query(parsed, filters=clean, sort=sort, limit=window - offset, offset=offset)
        if total == 0 and offset == 0 and len(parsed.terms) > 1 and not parsed.any_term:
            # Segmentation may differ between a query and a compound in the text ("ซ่อมถนน"
            # vs "ซ่อมแซมถนน"): when no item has every word, rank those with some of them.
            parsed = replace(parsed, any_term=True)
            hits, total = be.query(parsed, filters=clean, sort=sort, limit=window - offset, offset=offset)
        allowed = visible(session, principal, [h.uid for h in hits], now)
        found += [(h, allowed[h.uid]) for h in hits if h.uid in allowed]
        hidden += sum(1 for h in hits if h.uid not in allowed)
        offset += len(hits)
        if len(hits) == 0 or offset >= total or len(found) >= (window if facets else want):
            break
        window = offset + max(per_page, 2 * (want - len(found)))
    exact = offset >= total
    counts: dict[str, list[tuple[str, int]]] = {}
    if facets:
        for name in FACETS:
            c = Counter(h.facets.get(name, "") for h, _ in found)
            c.pop("", None)
            counts[name] = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))
    return done(found, len(found) if exact else max(len(found), total - hidden), exact, counts)
