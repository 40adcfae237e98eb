"""``phoei search "คำค้น"`` and ``phoei reindex``. Light at import time: everything loads inside the commands."""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from typing import Any

from library.cli import instance_option

_MARK_RE = re.compile(r"</?mark>")


def add_parsers(sub: argparse._SubParsersAction) -> None:
    common = instance_option()

    p = sub.add_parser("search", parents=[common], help="search the library as a citizen sees it (published only)")
    p.add_argument("query", help='words and "quoted phrases" (Thai or Arabic digits alike)')
    for name, what in (("category", "OIA category"), ("folder", "folder path (its subtree)"),
                       ("agency", "agency"), ("year", "year in B.E., e.g. 2567"), ("type", "content type")):
        p.add_argument(f"--{name}", help=f"only this {what}")
    p.add_argument("--sort", choices=("relevance", "date", "-date"), default="relevance")
    p.add_argument("--page", type=int, default=1)
    p.add_argument("--per-page", type=int, default=10)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=_guarded(cmd_search))

    r = sub.add_parser("reindex", parents=[common], help="rebuild the search index from the database")
    r.add_argument("--pending", action="store_true",
                   help="only apply the outbox rows not yet applied (what the worker does)")
    r.set_defaults(func=_guarded(cmd_reindex))


def _guarded(func: Any) -> Any:
    from library.cli import _guarded as guard  # a database that cannot be reached is one line, not a traceback

    return guard(func)


def _library(args: argparse.Namespace) -> Any:
    from sqlalchemy.pool import NullPool

    from library.config import load_config
    from library.instance import open_library

    return open_library(load_config(instance=args.instance), poolclass=NullPool)


def cmd_search(args: argparse.Namespace) -> int:
    from library.search.service import search
    from library.security import Principal

    filters = {"oia_category": args.category, "folder": args.folder, "agency": args.agency, "year": args.year,
               "type": args.type}
    lib = _library(args)
    try:
        with lib.session() as s:
            res = search(s, args.query, Principal.anonymous(), filters={k: v for k, v in filters.items() if v},
                         sort=args.sort, page=args.page, per_page=args.per_page)
    finally:
        lib.dispose()
    if args.json:
        print(json.dumps({
            "query": res.query, "total": res.total, "total_exact": res.total_exact, "page": res.page,
            "pages": res.pages, "backend": res.backend, "took_ms": round(res.took_ms, 2),
            "facets": {k: [list(x) for x in v] for k, v in res.facets.items()},
            "results": [{"path": r.path, "title": r.title, "type": r.type, "score": r.score,
                         "date": r.date.isoformat() if r.date else None, "snippet_html": r.snippet_html}
                        for r in res.results]}, ensure_ascii=False, indent=2))
        return 0
    about = "" if res.total_exact else "about "
    print(f"{about}{res.total} result(s) for {res.query!r} · page {res.page}/{res.pages} · "
          f"{res.backend} {res.took_ms:.1f} ms")
    for n, r in enumerate(res.results, start=(res.page - 1) * res.per_page + 1):
        print(f"{n:>3}. {r.title}  [{r.path}]")
        print(f"     {_terminal(r.snippet_html)}")
    return 0


def _terminal(html: str) -> str:
    from html import unescape

    bold = sys.stdout.isatty()
    return unescape(_MARK_RE.sub(lambda m: ("\033[1m" if m.group(0) == "<mark>" else "\033[0m") if bold else "",
                                 html))


class ProgressBar:
    """A one-line progress bar on stderr (no dependency)."""

    def __init__(self, label: str, width: int = 30) -> None:
        self.label, self.width, self.started = label, width, time.monotonic()
        self.tty = sys.stderr.isatty()
        self.last = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - self.last < (0.1 if self.tty else 5.0):
            return
        self.last = now
        frac = done / total if total else 1.0
        rate = done / max(now - self.started, 1e-9)
        bar = "#" * int(frac * self.width)
        line = f"{self.label} [{bar:<{self.width}}] {done}/{total} {rate:,.0f} items/s"
        print(("\r" if self.tty else "") + line, end="" if self.tty else "\n", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.tty:
            print(file=sys.stderr)


def cmd_reindex(args: argparse.Namespace) -> int:
    from library.search.indexer import apply_pending, reindex
    from library.search.service import backend_name

    lib = _library(args)
    try:
        started = time.monotonic()
        if args.pending:
            n = apply_pending(lib)
            print(f"applied {n} outbox message(s) to the {backend_name(lib)} index")
            return 0
        bar = ProgressBar("reindex")
        try:
            n = reindex(lib, progress=bar)
        finally:
            bar.close()
        took = time.monotonic() - started
        print(f"indexed {n} item(s) into the {backend_name(lib)} index in {took:.1f} s")
    finally:
        lib.dispose()
    return 0
