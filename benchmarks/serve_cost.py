"""CPU and database work per public request, per page kind (issue #16, item 8).

    python benchmarks/serve_cost.py [--backend sqlite|postgresql] [--requests 300] [--cold]
                                    [--instance DIR] [--profile KIND] [--json FILE]

The served app (``create_app`` over a ``phoei serve --demo`` instance) answers citizens' requests in
this process, one at a time, straight through its WSGI callable (no HTTP client, no server: what is
measured is the app's own work). For each page kind (the kinds ``benchmarks/load.py`` asks for) it
reports CPU milliseconds per request (``time.process_time``: CPU, not wall, so other processes on a
shared machine do not change it much), SQL statements per request and Redis commands per request.

``--instance DIR`` keeps the demo instance (and, for PostgreSQL, its schema name in ``DIR/url``)
between runs, so that a second run does not seed the demo again. ``--profile KIND`` prints the
cProfile of that kind's requests (cumulative time, top 40).

The PostgreSQL backend uses ``PHOEI_LOAD_DATABASE_URL`` (else ``PHOEI_TEST_DATABASE_URL``) and Redis
at ``PHOEI_LOAD_REDIS_URL`` (default ``redis://127.0.0.1:6379/12``), as ``benchmarks/load.py`` does.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import re
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

SEARCHES = ("ประกาศ", "จังหวัด", "แผนปฏิบัติราชการ", "คำสั่ง", "งบประมาณ", "โครงการ")


def _instance(backend: str, keep: Path | None) -> tuple[Path, dict[str, str]]:
    """A seeded demo instance: its folder and the environment that opens it."""
    inst = keep or Path(tempfile.mkdtemp(prefix="phoei-cost-"))
    inst.mkdir(parents=True, exist_ok=True)
    env = {"PHOEI_INSTANCE": str(inst / "instance"), "PHOEI_RATELIMIT": "0"}
    if backend == "postgresql":
        url_file = inst / "url"
        if url_file.is_file():
            url = url_file.read_text().strip()
        else:
            from sqlalchemy import create_engine

            base = os.environ.get("PHOEI_LOAD_DATABASE_URL") or os.environ.get("PHOEI_TEST_DATABASE_URL")
            if not base:
                raise SystemExit("postgresql: set PHOEI_LOAD_DATABASE_URL (or PHOEI_TEST_DATABASE_URL)")
            name = f"cost_{uuid.uuid4().hex[:8]}"
            engine = create_engine(base)
            with engine.begin() as c:
                c.exec_driver_sql(f'CREATE SCHEMA "{name}"')
            engine.dispose()
            url = f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{name}"
            url_file.write_text(url)
        env["DATABASE_URL"] = url
        env["REDIS_URL"] = os.environ.get("PHOEI_LOAD_REDIS_URL", "redis://127.0.0.1:6379/12")
    else:
        os.environ.pop("DATABASE_URL", None)
        os.environ.pop("REDIS_URL", None)
    os.environ.update(env)
    if not (inst / "seeded").is_file():
        from library.config import load_config
        from library.instance import init
        from webui.demo import seed_demo

        config = load_config()
        init(config)
        seed_demo(config)
        (inst / "seeded").write_text("1")
    return inst, env


class Counters:
    """SQL statements (an engine event) and Redis commands (redis-py's send_command) in this process."""

    def __init__(self, engine: Any) -> None:
        from sqlalchemy import event

        self.sql = 0
        self.redis = 0
        event.listen(engine, "before_cursor_execute", self._on_sql)
        try:
            import redis.connection

            original = redis.connection.AbstractConnection.send_command
            counters = self

            def send_command(conn: Any, *args: Any, **kwargs: Any) -> Any:
                counters.redis += 1
                return original(conn, *args, **kwargs)

            redis.connection.AbstractConnection.send_command = send_command  # type: ignore[method-assign]
        except ImportError:
            pass

    def _on_sql(self, *_a: Any) -> None:
        self.sql += 1


def _caller(app: Any, path: str, headers: dict[str, str] | None = None) -> Callable[[], tuple[int, int]]:
    """A function that sends one GET of ``path`` through the app's WSGI callable: (status, body bytes)."""
    from werkzeug.test import EnvironBuilder

    builder = EnvironBuilder(path=path, base_url="http://127.0.0.1:5000/", headers=headers or {})
    environ = builder.get_environ()
    builder.close()

    def call() -> tuple[int, int]:
        env = dict(environ)
        env["wsgi.input"] = io.BytesIO(b"")
        status: list[str] = []

        def start_response(s: str, _h: Any, _exc: Any = None) -> Any:
            status.append(s)
            return lambda _b: None

        body = app(env, start_response)
        n = 0
        try:
            for chunk in body:
                n += len(chunk)
        finally:
            close = getattr(body, "close", None)
            if close:
                close()
        return int(status[0].split()[0]), n

    return call


def _empty_page() -> Any:
    from webui.caching import Page

    return Page(body=b"", mimetype="text/plain", etag="", cache_control="")


_EMPTY: Any = None


def _discover(app: Any) -> dict[str, list[str]]:
    client = app.test_client()
    sitemap = client.get("/sitemap.xml").get_data(as_text=True)
    paths = [re.sub(r"^https?://[^/]+", "", u) for u in re.findall(r"<loc>([^<]+)</loc>", sitemap)]
    items, folders, downloads = [], [], []
    for p in (p for p in paths if p.startswith("/browse/")):
        html = client.get(p).get_data(as_text=True)
        links = re.findall(r'href="(/download/[0-9a-f]{32}/[^"?]+)"', html)
        if links:
            items.append(p)
            downloads.extend(sorted(set(links)))
        elif "/file-" not in p:
            folders.append(p)
    cats = client.get("/category/").get_data(as_text=True)
    categories = sorted(set(re.findall(r'href="(/category/[^"/]+)"', cats)))[:6]
    return {"home": ["/"], "folder": folders, "item": items,
            "search": ["/search?q=" + q for q in SEARCHES], "category": categories, "download": downloads}


def measure(app: Any, counters: Counters, kinds: dict[str, list[str]], n: int,
            profile: str | None = None, cold: bool = False) -> dict[str, dict[str, float]]:
    etag = app.test_client().get("/").headers.get("ETag", "")
    callers: dict[str, list[Callable[[], tuple[int, int]]]] = {
        kind: [_caller(app, p) for p in paths] for kind, paths in kinds.items()}
    callers["home (repeat, 304)"] = [_caller(app, "/", {"If-None-Match": etag})]
    expected = {"home (repeat, 304)": 304}
    out: dict[str, dict[str, float]] = {}
    for kind, calls in callers.items():
        for call in calls:  # warm: every address once (the store keeps what it rendered)
            call()
        sql0, redis0, cpu0 = counters.sql, counters.redis, time.process_time()
        prof = cProfile.Profile() if kind == profile else None
        if prof:
            prof.enable()
        statuses: dict[int, int] = {}
        store = app.extensions["phoei.pages"]
        for i in range(n):
            if cold:  # every request renders (as after a publish, when every stored page is dropped)
                store.put(object(), ("cold",), _EMPTY)
            status, _size = calls[i % len(calls)]()
            statuses[status] = statuses.get(status, 0) + 1
        if prof:
            prof.disable()
        cpu = time.process_time() - cpu0
        want = expected.get(kind, 200)
        if set(statuses) != {want}:
            raise SystemExit(f"{kind}: answers {statuses}, expected only {want}")
        out[kind] = {"cpu_ms": 1000 * cpu / n, "sql": (counters.sql - sql0) / n,
                     "redis": (counters.redis - redis0) / n}
        if prof:
            s = io.StringIO()
            pstats.Stats(prof, stream=s).sort_stats("cumulative").print_stats(40)
            print(s.getvalue())
    return out


def _drop(inst: Path, backend: str) -> None:
    """Remove a temporary instance (and its PostgreSQL schema and queued jobs)."""
    import shutil

    url_file = inst / "url"
    if backend == "postgresql" and url_file.is_file():
        from sqlalchemy import create_engine

        url = url_file.read_text().strip()
        name = url.rsplit("search_path%3D", 1)[1].split("&", 1)[0]
        engine = create_engine(url.split("?", 1)[0])
        with engine.begin() as c:
            c.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')
        engine.dispose()
        import redis

        r = redis.Redis.from_url(os.environ["REDIS_URL"])
        for key in r.scan_iter("huey.*phoei*"):
            r.delete(key)
    shutil.rmtree(inst, ignore_errors=True)


def run(backend: str, n: int, keep: Path | None, profile: str | None, cold: bool = False) -> dict[str, Any]:
    inst, _env = _instance(backend, keep)
    try:
        return _run(n, profile, cold)
    finally:
        if keep is None:
            _drop(inst, backend)


def _run(n: int, profile: str | None, cold: bool) -> dict[str, Any]:
    from webui import create_app

    app = create_app({"SESSION_COOKIE_SECURE": False, "REMEMBER_COOKIE_SECURE": False})
    counters = Counters(app.extensions["phoei"].library.engine)
    global _EMPTY
    _EMPTY = _empty_page()
    kinds = _discover(app)
    result = measure(app, counters, kinds, n, profile, cold)
    app.extensions["phoei.download_counts"].flush()  # now, not at exit (the instance may be gone then)
    app.extensions["phoei"].library.dispose()
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite")
    ap.add_argument("--requests", type=int, default=300)
    ap.add_argument("--instance", type=Path, help="keep the seeded demo instance here (reused when present)")
    ap.add_argument("--profile", help="print the cProfile of this page kind")
    ap.add_argument("--cold", action="store_true", help="every request a miss: the cost of a render")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    result = run(args.backend, args.requests, args.instance, args.profile, args.cold)
    print(f"{args.backend}: {args.requests} requests per kind, one at a time, in-process (CPU time)"
          + (", every one rendered (--cold)" if args.cold else ""))
    print(f"{'page kind':<22} {'CPU ms/req':>10} {'SQL/req':>8} {'Redis/req':>9}")
    for kind, r in result.items():
        print(f"{kind:<22} {r['cpu_ms']:>10.3f} {r['sql']:>8.2f} {r['redis']:>9.2f}")
    if args.json:
        args.json.write_text(json.dumps({args.backend: result}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
