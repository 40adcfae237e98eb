"""Mixed load on a served site (issue #16, item 8): citizens browse, search and download while an
officer uploads and writes news and a reviewer decides redactions and publishes.

    python benchmarks/load.py [--seconds 20] [--citizens 16] [--backend sqlite|postgresql|both]
                              [--workers 2] [--threads 4] [--json FILE]

For each backend it starts ``phoei serve --demo`` (gunicorn, ``--workers`` × ``--threads``, with
the job worker beside it) on a free port of 127.0.0.1 over a fresh instance, and runs Locust
headless in this process for ``--seconds``:

* ``sqlite``: the embedded default (SQLite in the instance folder, the job queue in SQLite);
* ``postgresql``: a fresh schema in ``PHOEI_LOAD_DATABASE_URL`` (else ``PHOEI_TEST_DATABASE_URL``),
  jobs in Redis (``PHOEI_LOAD_REDIS_URL``, default ``redis://127.0.0.1:6379/12``; the benchmark
  empties that database's ``phoei`` queue before and after).

Citizens (``--citizens`` simulated users, no think time: the figures are the site's capacity) ask
for the home page, folders, item pages, search, category pages and downloads, and a browser's repeat
visit of the home page (a conditional GET). Before the timed run the officer uploads a letter and the
worker analyses it, so that the reviewer has proposals to decide. One officer uploads a PDF every
few seconds (the worker analyses it meanwhile) and writes a news page for review; one reviewer
decides proposals and publishes the officer's news (each publish changes the site version: the page store starts again).

Every request to 127.0.0.1 only; the run stops by itself. Rate limits are off for the served site
(``PHOEI_RATELIMIT=0``): every simulated user has the same address. The report: per page kind,
requests, requests/s, p50/p95/p99 (ms) and errors, with the machine's load average before and after
(other processes on the machine share its cores; the figures are under that contention), and the CPU
the served site used per public request (its web processes, job worker and, on PostgreSQL, the
database server's processes for its connections; staff work included), which contention changes
little: on a shared machine that is the figure to compare. Goals
(issue #16): public pages >= 500 req/s with p99 < 50 ms; zero errors. The script exits 1 on any error.
"""

from __future__ import annotations

# Locust patches the standard library for gevent when imported: first, before anything opens sockets.
from locust import FastHttpUser, HttpUser, between, constant, events, task  # isort: skip
from locust.env import Environment  # isort: skip

import argparse
import json
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.request import urlopen

import gevent

REPO = Path(__file__).resolve().parents[1]
UPLOAD = REPO / "webui" / "data" / "demo" / "complaint.pdf"
GOAL_RPS, GOAL_P99_MS = 500, 50
PUBLIC_KINDS = ("home", "folder", "item", "search", "category", "download", "home (repeat, 304)")
SEARCHES = ("ประกาศ", "จังหวัด", "แผนปฏิบัติราชการ", "คำสั่ง", "ผู้ชนะการเสนอราคา", "งบประมาณ", "โครงการ",
            "นครราชสีมา")


CSRF = re.compile(r'name="csrf_token"[^>]*? value="([^"]+)"|data-csrf="([^"]+)"')


def _csrf(html: str) -> str:
    m = CSRF.search(html)
    if not m:
        raise RuntimeError("no CSRF token in the page")
    return m.group(1) or m.group(2)


@dataclass
class Site:
    """What the citizens and staff of one run ask for (found before the run starts)."""

    base: str
    passwords: dict[str, str]
    folders: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    downloads: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    home_etag: str = ""
    news_to_publish: list[str] = field(default_factory=list)
    server_pid: int = 0  # phoei serve: gunicorn's master, its web processes and the job worker
    pg_url: str = ""  # PostgreSQL: the site's database, whose server processes are counted too
    pg_app: str = ""  # their application_name


SITE: Site | None = None
# Pages the site rendered (X-Phoei-Cache: miss) during the run, per kind: the rest came from its store.
RENDERED: dict[str, int] = {}


def _site() -> Site:
    assert SITE is not None
    return SITE


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> tuple[int, str, dict[str, str]]:
    with urlopen(url, timeout=30) as r:
        return r.status, r.read().decode("utf-8", "replace"), dict(r.headers)


def discover(site: Site) -> None:
    """Folders, items, downloads and categories from the sitemap and the pages themselves."""
    _status, sitemap, _h = _get(site.base + "sitemap.xml")
    paths = [re.sub(r"^https?://[^/]+", "", u) for u in re.findall(r"<loc>([^<]+)</loc>", sitemap)]
    browse = [p for p in paths if p.startswith("/browse/")]
    for p in browse:
        _s, html, _h = _get(site.base + p.lstrip("/"))
        links = re.findall(r'href="(/download/[0-9a-f]{32}/[^"?]+)"', html)
        if links:
            site.items.append(p)
            site.downloads.extend(sorted(set(links)))
        elif "/file-" not in p:
            site.folders.append(p)
    _s, html, _h = _get(site.base + "category/")
    site.categories = sorted(set(re.findall(r'href="(/category/[^"/]+)"', html)))[:6]
    _s, _html, headers = _get(site.base)
    site.home_etag = headers.get("ETag", "")
    if not (site.items and site.folders and site.downloads):
        raise SystemExit(f"the demo site has no items, folders or downloads to ask for ({site.base})")


def _signed_in(site: Site, username: str) -> Any:
    import requests

    s = requests.Session()
    r = s.get(site.base + "login", timeout=60)
    r = s.post(site.base + "login", data={"username": username, "password": site.passwords[username],
                                          "csrf_token": _csrf(r.text)}, timeout=120)
    if "/login" in r.url:
        raise RuntimeError(f"{username} could not sign in")
    return s


def prepare_review(site: Site, timeout: float = 300.0) -> None:
    """Before the timed run: the officer uploads one letter and the worker analyses it, so that the
    reviewer has proposals to decide from the first second (the demo's own documents are all
    published; an upload made during a short run may still be in analysis when it ends)."""
    officer = _signed_in(site, "officer")
    page = officer.get(site.base + "staff/upload", timeout=60)
    folder = re.findall(r'<option value="(\d+)"', page.text)[0]
    with UPLOAD.open("rb") as fh:
        r = officer.post(site.base + "staff/upload", timeout=120, data={
            "csrf_token": _csrf(page.text), "folder": folder, "title": "หนังสือทดสอบภาระ (ก่อนเริ่ม)",
            "submit_for_review": "1"}, files={"files": ("complaint.pdf", fh, "application/pdf")})
    r.raise_for_status()
    reviewer = _signed_in(site, "reviewer")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        queue = reviewer.get(site.base + "staff/review/", timeout=60).text
        for fid in set(re.findall(r'href="/staff/review/(\d+)"', queue)):
            screen = reviewer.get(site.base + f"staff/review/{fid}", timeout=60).text
            if 'name="proposal_id"' in screen:
                return
        gevent.sleep(2)
    raise RuntimeError(f"the uploaded letter was not analysed within {timeout:.0f} s")


class Citizen(FastHttpUser):
    weight = 20
    wait_time = constant(0)

    def _page(self, kind: str, path: str, expect: int = 200, **kw: Any) -> None:
        with self.client.get(path, name=kind, catch_response=True, **kw) as r:
            if r.status_code != expect:
                r.failure(f"{r.status_code} for {path}")
            if r.headers.get("X-Phoei-Cache") == "miss":
                RENDERED[kind] = RENDERED.get(kind, 0) + 1

    @task(4)
    def home(self) -> None:
        self._page("home", "/")

    @task(3)
    def folder(self) -> None:
        self._page("folder", random.choice(_site().folders))

    @task(4)
    def item(self) -> None:
        self._page("item", random.choice(_site().items))

    @task(3)
    def search(self) -> None:
        self._page("search", "/search?q=" + random.choice(SEARCHES))

    @task(1)
    def category(self) -> None:
        self._page("category", random.choice(_site().categories or ["/category/"]))

    @task(2)
    def download(self) -> None:
        self._page("download", random.choice(_site().downloads))

    @task(2)
    def home_repeat(self) -> None:
        """A browser that has the home page asks whether it changed (the reviewer's publishing may
        have changed it: then a 200 with the new page is right too)."""
        with self.client.get("/", name="home (repeat, 304)", catch_response=True,
                             headers={"If-None-Match": _site().home_etag}) as r:
            if r.status_code == 200:
                _site().home_etag = r.headers.get("ETag", "")
                if r.headers.get("X-Phoei-Cache") == "miss":
                    RENDERED["home (repeat, 304)"] = RENDERED.get("home (repeat, 304)", 0) + 1
            elif r.status_code != 304:
                r.failure(f"{r.status_code} for a conditional GET of /")


class Staff(HttpUser):
    """Staff use requests (multipart uploads); few of them, so its cost does not matter."""

    abstract = True
    username = ""

    def on_start(self) -> None:
        r = self.client.get("/login", name="staff: login")
        r = self.client.post("/login", name="staff: login", data={
            "username": self.username, "password": _site().passwords[self.username], "csrf_token": _csrf(r.text)})
        if "/login" in r.url:
            raise RuntimeError(f"{self.username} could not sign in")

    def _get(self, path: str, name: str) -> Any:
        with self.client.get(path, name=name, catch_response=True) as r:
            if r.status_code != 200:
                r.failure(f"{r.status_code} for {path}")
            return r

    def _post(self, path: str, name: str, **kw: Any) -> Any:
        with self.client.post(path, name=name, catch_response=True, **kw) as r:
            if r.status_code >= 400:
                r.failure(f"{r.status_code} for {path}: {r.text[:200]}")
            return r


class Officer(Staff):
    fixed_count = 1
    username = "officer"
    wait_time = between(3, 5)
    news_folder = ""

    @task(1)
    def upload(self) -> None:
        page = self._get("/staff/upload", "staff: upload form")
        folders = re.findall(r'<option value="(\d+)"', page.text)
        with UPLOAD.open("rb") as fh:
            self._post("/staff/upload", "staff: upload", data={
                "csrf_token": _csrf(page.text), "folder": random.choice(folders),
                "title": f"หนังสือทดสอบภาระ {uuid.uuid4().hex[:6]}", "submit_for_review": "1",
            }, files={"files": ("complaint.pdf", fh, "application/pdf")})

    @task(1)
    def write_news(self) -> None:
        if not self.news_folder:
            tree = self._get("/staff/tree", "staff: tree")
            m = re.search(r'class="depth-0"><a href="/staff/item/([0-9a-f]{32})">[^<]*ข่าว', tree.text)
            if not m:
                raise RuntimeError("no news folder in the staff tree")
            self.news_folder = m.group(1)
        page = self._get(f"/staff/item/{self.news_folder}", "staff: item page")
        token = _csrf(page.text)
        r = self._post(f"/staff/item/{self.news_folder}/add", "staff: add news", data={
            "csrf_token": token, "type": "news", "title": f"ข่าวทดสอบภาระ {uuid.uuid4().hex[:6]}",
            "body": "เนื้อหาข่าวสำหรับการทดสอบภาระ"})
        m = re.search(r"/staff/item/([0-9a-f]{32})$", r.url)
        if r.status_code >= 400 or not m or m.group(1) == self.news_folder:
            raise RuntimeError(f"no new news item ({r.status_code}, {r.url})")
        uid = m.group(1)
        r = self._post(f"/staff/item/{uid}/transition", "staff: submit",
                       data={"csrf_token": token, "action": "submit", "comment": ""})
        if r.status_code < 400:
            _site().news_to_publish.append(uid)


class Reviewer(Staff):
    fixed_count = 1
    username = "reviewer"
    wait_time = between(1, 3)

    @task(3)
    def decide(self) -> None:
        queue = self._get("/staff/review/", "staff: review queue")
        files = sorted(set(re.findall(r'href="/staff/review/(\d+)"', queue.text)))
        if not files:
            return
        fid = random.choice(files)
        screen = self._get(f"/staff/review/{fid}", "staff: review screen")
        proposals = sorted(set(re.findall(r'name="proposal_id" value="([^"]+)"', screen.text)))
        if not proposals:
            return
        self._post(f"/staff/review/{fid}/decide", "staff: decide", headers={"X-Requested-With": "fetch"},
                   data={"csrf_token": _csrf(screen.text), "proposal_id": random.choice(proposals),
                         "action": random.choice(("accept", "reject"))})

    @task(1)
    def publish(self) -> None:
        if not _site().news_to_publish:
            return
        uid = _site().news_to_publish.pop(0)
        page = self._get(f"/staff/item/{uid}", "staff: item page")
        r = self._post(f"/staff/item/{uid}/transition", "staff: publish",
                       data={"csrf_token": _csrf(page.text), "action": "publish", "comment": ""})
        if "ดำเนินการไม่ได้" in r.text or "ไม่สามารถอนุมัติ" in r.text:
            raise RuntimeError(f"publishing {uid} was refused")


# --- the served site ------------------------------------------------------------------------


def _pg_schema(base: str) -> tuple[str, Any]:
    from sqlalchemy import create_engine

    name = f"load_{uuid.uuid4().hex[:8]}"
    engine = create_engine(base)
    with engine.begin() as c:
        c.exec_driver_sql(f'CREATE SCHEMA "{name}"')
    sep = "&" if "?" in base else "?"

    def drop() -> None:
        with engine.begin() as c:
            c.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')
        engine.dispose()

    return f"{base}{sep}options=-csearch_path%3D{name}", drop


def _empty_queue(redis_url: str) -> None:
    import redis

    r = redis.Redis.from_url(redis_url)
    for key in r.scan_iter("huey.*phoei*"):
        r.delete(key)


@contextmanager
def served(backend: str, workers: int, threads: int) -> Iterator[Site]:
    """``phoei serve --demo`` on a free loopback port over a fresh instance; stopped on leaving."""
    tmp = Path(tempfile.mkdtemp(prefix="phoei-load-"))
    env = {**os.environ, "PHOEI_INSTANCE": str(tmp / "instance"), "PHOEI_RATELIMIT": "0",
           "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)}
    for key in ("DATABASE_URL", "REDIS_URL", "PHOEI_SITE_URL", "PHOEI_BIND"):
        env.pop(key, None)
    cleanup = []
    url = pg_app = ""
    if backend == "postgresql":
        base = os.environ.get("PHOEI_LOAD_DATABASE_URL") or os.environ.get("PHOEI_TEST_DATABASE_URL")
        if not base:
            raise SystemExit("postgresql: set PHOEI_LOAD_DATABASE_URL (or PHOEI_TEST_DATABASE_URL)")
        url, drop = _pg_schema(base)
        cleanup.append(drop)
        pg_app = f"phoei-load-{uuid.uuid4().hex[:8]}"
        url += f"&application_name={pg_app}"
        redis_url = os.environ.get("PHOEI_LOAD_REDIS_URL", "redis://127.0.0.1:6379/12")
        _empty_queue(redis_url)
        cleanup.append(lambda: _empty_queue(redis_url))
        env.update(DATABASE_URL=url, REDIS_URL=redis_url)
    port = _free_port()
    log = (tmp / "serve.log").open("w+")
    proc = subprocess.Popen([sys.executable, "-m", "webui.cli", "serve", "--demo", "--host", "127.0.0.1",
                             "--port", str(port), "--workers", str(workers), "--threads", str(threads)],
                            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=log, text=True)
    try:
        passwords: dict[str, str] = {}
        assert proc.stdout is not None
        deadline = time.monotonic() + 300
        for line in proc.stdout:
            m = re.match(r"\s+\S+\s+(officer|reviewer|admin|agency)\s+(\S+)$", line)
            if m:
                passwords[m.group(1)] = m.group(2)
            if line.startswith("Phoei is at"):
                break
            if time.monotonic() > deadline:
                raise RuntimeError("the site did not start within 5 minutes")
        if proc.poll() is not None:
            log.seek(0)
            raise RuntimeError(f"phoei serve stopped: {log.read()[-3000:]}")
        gevent.spawn(lambda: [None for _ in proc.stdout])  # type: ignore[union-attr]  # keep the pipe drained
        site = Site(base=f"http://127.0.0.1:{port}/", passwords=passwords, server_pid=proc.pid, pg_url=url,
                    pg_app=pg_app)
        discover(site)
        prepare_review(site)
        yield site
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        for fn in cleanup:
            fn()
        log.close()
        shutil.rmtree(tmp, ignore_errors=True)


# --- CPU used by the served site --------------------------------------------------------------


def _cpu_seconds(pid: int) -> float:
    """User + system CPU of one process (Linux /proc; 0 if it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _tree(pid: int) -> list[int]:
    """``pid`` and every process below it."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        for children in Path(f"/proc/{p}/task").glob("*/children") if Path(f"/proc/{p}/task").is_dir() else []:
            try:
                todo.extend(int(c) for c in children.read_text().split())
            except OSError:
                pass
    return out


def _pg_backends(site: Site) -> list[int]:
    if not site.pg_app:
        return []
    from sqlalchemy import create_engine, text

    engine = create_engine(site.pg_url.replace(site.pg_app, site.pg_app + "-probe"))
    try:
        with engine.connect() as c:
            return [int(r[0]) for r in c.execute(text(
                "SELECT pid FROM pg_stat_activity WHERE application_name = :a"), {"a": site.pg_app})]
    finally:
        engine.dispose()


def _cmdline(pid: int) -> list[str]:
    try:
        return Path(f"/proc/{pid}/cmdline").read_text().split("\0")
    except OSError:
        return []


def server_cpu(site: Site) -> dict[str, dict[int, float]]:
    """CPU seconds so far of every process serving the site, in groups: ``web`` (gunicorn's master and
    web processes), ``jobs`` (the job worker and what it runs: analysis, OCR) and ``database`` (on
    PostgreSQL, the database server's processes for this site's connections)."""
    groups: dict[str, dict[int, float]] = {"web": {}, "jobs": {}, "database": {}}
    web = [site.server_pid]
    for pid in _tree(site.server_pid)[1:]:
        cmd = _cmdline(pid)
        if "worker" in cmd and "webui.cli" in cmd:  # the job worker (serving.spawn_job_worker) and below
            for sub in _tree(pid):
                groups["jobs"][sub] = _cpu_seconds(sub)
        elif pid not in groups["jobs"]:
            web.append(pid)
    for pid in web:
        if pid not in groups["jobs"]:
            groups["web"][pid] = _cpu_seconds(pid)
    for pid in _pg_backends(site):
        groups["database"][pid] = _cpu_seconds(pid)
    return groups


def _used(before: dict[int, float], after: dict[int, float]) -> float:
    """CPU used between two samples (a process that started meanwhile counts from zero)."""
    return sum(cpu - before.get(pid, 0.0) for pid, cpu in after.items())


# --- the run and its report ------------------------------------------------------------------


def run(site: Site, seconds: float, citizens: int) -> dict[str, Any]:
    global SITE
    SITE = site
    RENDERED.clear()
    env = Environment(user_classes=[Citizen, Officer, Reviewer], host=site.base.rstrip("/"), events=events)
    runner = env.create_local_runner()
    load_before = os.getloadavg()
    cpu_before, client_before = server_cpu(site), time.process_time()
    runner.start(citizens + 2, spawn_rate=citizens + 2)
    gevent.sleep(seconds)
    runner.quit()
    runner.greenlet.join()
    cpu_after, client_after = server_cpu(site), time.process_time()
    load_after = os.getloadavg()
    rows = {}
    for (name, _method), e in sorted(env.stats.entries.items()):
        if not e.num_requests:
            continue
        rows.setdefault(name, []).append(e)
    out: dict[str, Any] = {"seconds": seconds, "citizens": citizens, "load_before": load_before,
                           "load_after": load_after, "kinds": {}}
    for name, entries in rows.items():
        merged = entries[0]
        for e in entries[1:]:
            merged.extend(e)
        out["kinds"][name] = {
            "requests": merged.num_requests, "rps": merged.num_requests / seconds,
            "p50": merged.get_response_time_percentile(0.5), "p95": merged.get_response_time_percentile(0.95),
            "p99": merged.get_response_time_percentile(0.99), "errors": merged.num_failures,
        }
    public = [env.stats.entries[k] for k in env.stats.entries if k[0] in PUBLIC_KINDS]
    total = public[0]
    for e in public[1:]:
        total.extend(e)
    out["public"] = {"requests": total.num_requests, "rps": total.num_requests / seconds,
                     "p50": total.get_response_time_percentile(0.5), "p95": total.get_response_time_percentile(0.95),
                     "p99": total.get_response_time_percentile(0.99), "errors": total.num_failures}
    # CPU per public request, whatever else the machine runs: the served site's processes (web, job
    # worker, its database server processes) while citizens, the officer and the reviewer used it,
    # and this process (Locust, the clients).
    n = max(1, total.num_requests)
    out["cpu_s"] = {group: _used(cpu_before[group], cpu_after[group]) for group in cpu_after}
    out["cpu_s"]["locust"] = client_after - client_before
    out["rendered"] = dict(RENDERED)
    out["cpu_ms_per_public"] = {group: 1000 * used / n for group, used in out["cpu_s"].items()}
    out["failures"] = [f"{e.name}: {e.error} ×{e.occurrences}" for e in env.stats.errors.values()]
    # An exception inside a task (a page without what the next step needs) is an error too.
    out["failures"] += [f"exception: {x['msg']} ×{x['count']}" for x in runner.exceptions.values()]
    out["errors"] = sum(k["errors"] for k in out["kinds"].values()) + sum(
        x["count"] for x in runner.exceptions.values())
    return out


def report(backend: str, workers: int, threads: int, result: dict[str, Any]) -> str:
    lines = [f"\n{backend}: gunicorn {workers} × {threads} threads, {result['citizens']} citizens + officer + "
             f"reviewer, {result['seconds']:.0f} s; load average before {result['load_before'][0]:.2f}, "
             f"after {result['load_after'][0]:.2f} ({os.cpu_count()} cores, shared)",
             f"{'page kind':<22} {'requests':>8} {'req/s':>8} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'errors':>6}"]
    for name, k in sorted(result["kinds"].items(), key=lambda kv: (kv[0].startswith("staff"), kv[0])):
        lines.append(f"{name:<22} {k['requests']:>8} {k['rps']:>8.1f} {k['p50']:>7.0f} {k['p95']:>7.0f} "
                     f"{k['p99']:>7.0f} {k['errors']:>6}")
    p = result["public"]
    lines.append(f"{'all public pages':<22} {p['requests']:>8} {p['rps']:>8.1f} {p['p50']:>7.0f} {p['p95']:>7.0f} "
                 f"{p['p99']:>7.0f} {p['errors']:>6}")
    per = result["cpu_ms_per_public"]
    lines.append("CPU per public request (ms; staff requests included): "
                 + ", ".join(f"{group} {per[group]:.2f}" for group in ("web", "database", "locust"))
                 + f"; the job worker used {result['cpu_s']['jobs']:.1f} s")
    lines.append(f"pages rendered (the rest answered from the store): {sum(result['rendered'].values())} "
                 f"({', '.join(f'{k} {v}' for k, v in sorted(result['rendered'].items()))})")
    met = p["rps"] >= GOAL_RPS and p["p99"] < GOAL_P99_MS
    lines.append(f"goal (public >= {GOAL_RPS} req/s, p99 < {GOAL_P99_MS} ms): {'met' if met else 'NOT met'}; "
                 f"errors: {result['errors']}")
    for f in result["failures"][:20]:
        lines.append(f"  error: {f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--citizens", type=int, default=16)
    ap.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--threads", type=int, default=4)
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args(argv)
    if not 1 <= args.seconds <= 600:
        ap.error("--seconds must be between 1 and 600 (a bounded run)")
    backends = ("sqlite", "postgresql") if args.backend == "both" else (args.backend,)
    results = {}
    for backend in backends:
        with served(backend, args.workers, args.threads) as site:
            results[backend] = run(site, args.seconds, args.citizens)
        print(report(backend, args.workers, args.threads, results[backend]), flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False))
    return 1 if any(r["errors"] for r in results.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
