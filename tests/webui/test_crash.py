"""Crash safety with real processes and SIGKILL (``kill -9``), on the embedded default (SQLite, huey on
SQLite): a worker killed mid-apply and a web process killed mid-publish lose nothing, leave no partial
file under a blob's name, and the work goes on after a restart.

The processes are the real ``phoei worker`` and ``phoei serve`` (gunicorn). ``library.crashpoints``
stops them at the critical point (``PHOEI_CRASH_PAUSE``); the test waits for the mark file, sends
SIGKILL to the process that wrote it, and checks the database and the stores.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from library import content, redaction, users
from library.config import load_config
from library.instance import open_library
from library.models import Content, OutboxMessage, Verification
from library.security import Principal
from tests.webui.conftest import PASSWORD, cast_instance, free_port, make_docx, prepare_directly

ROOT = Path(__file__).resolve().parents[2]


def _env(inst: Path, mark: Path, pause: str | None, **extra: str) -> dict[str, str]:
    env = {**os.environ, "PHOEI_INSTANCE": str(inst), "PHOEI_CRASH_MARK": str(mark), "PHOEI_RATELIMIT": "0",
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]), **extra}
    for var in ("REDIS_URL", "DATABASE_URL", "PHOEI_SITE_URL", "PHOEI_BIND", "PHOEI_TRUSTED_PROXIES",
                "PHOEI_CRASH_PAUSE"):
        if var not in extra:
            env.pop(var, None)
    if pause:
        env["PHOEI_CRASH_PAUSE"] = pause
    return env


def _wait_for_mark(mark: Path, point: str, proc: subprocess.Popen[str], timeout: float = 240) -> int:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if mark.exists():
            m = re.search(rf"^{re.escape(point)} (\d+)$", mark.read_text(), re.M)
            if m:
                return int(m.group(1))
        if proc.poll() is not None:
            raise AssertionError(f"the process ended before {point}: {proc.stdout.read() if proc.stdout else ''}")
        time.sleep(0.1)
    raise AssertionError(f"no process reached {point}")


@contextmanager
def _process(argv: list[str], env: dict[str, str]) -> Iterator[subprocess.Popen[str]]:
    proc = subprocess.Popen([sys.executable, "-m", "webui.cli", *argv], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        yield proc
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)


def _instance(tmp_path: Path, env: dict[str, str] | None = None) -> tuple[Path, Any]:
    """A cast instance; ``env``: store settings (S3), which the test must also have put in os.environ."""
    from webui.auth import hash_password

    inst = tmp_path / "instance"
    url = f"sqlite:///{inst / 'phoei.sqlite3'}"
    cast_instance(inst, url, hash_password(PASSWORD))
    lib = open_library(load_config(instance=inst, database_url=url, env=env or {}))
    (inst / "cache").mkdir(exist_ok=True)
    return inst, lib


def _blobs_are_whole(lib: Any) -> None:
    """Every file under a blob's name holds exactly the bytes its name says."""
    for store in (lib.stores.private, lib.stores.public):
        for digest in store.digests():
            assert store.verify(digest), f"{store.name} blob {digest} is partial or damaged"


# --- the worker, killed mid-apply ----------------------------------------------------------------------


def test_a_worker_killed_mid_apply_loses_nothing_and_the_job_resumes(tmp_path: Path) -> None:
    from tests.webui.conftest import make_config
    from webui import create_app
    from worker import steps

    inst, lib = _instance(tmp_path)
    docx = make_docx(tmp_path / "letter.docx")
    with lib.transaction() as s:
        officer = Principal.of(users.get_user(s, "officer"))
        item = content.create(s, officer, content.get(s, "/news"), "file", title="หนังสือแจ้งผลการพิจารณา",
                              document_number="ทด ๐๐๐๑/๑๒๓", document_date="2024-04-08")
        fid = redaction.upload(s, officer, item, docx, docx.name).id
    steps.analyse(lib, inst / "cache", fid, 1.5, lambda *a: None)

    # The reviewer asks for the apply through the site, which queues it in huey's SQLite queue.
    app = create_app(make_config(inst, PHOEI_JOBS="sqlite", PHOEI_JOBS_IMMEDIATE=False))
    client = app.test_client()
    assert client.post("/login", data={"username": "reviewer", "password": PASSWORD}).status_code == 302
    r = client.post(f"/staff/review/{fid}/apply", headers={"X-Requested-With": "fetch"})
    assert r.status_code == 200 and r.get_json()["ok"], r.data
    app.extensions["phoei"].library.dispose()

    mark = tmp_path / "mark"
    env = _env(inst, mark, "apply.recorded")
    with _process(["worker", "--workers", "1"], env) as worker:
        pid = _wait_for_mark(mark, "apply.recorded", worker)
        assert pid == worker.pid
        os.kill(pid, signal.SIGKILL)  # kill -9, with the cleaned copy stored and the transaction open
        worker.wait(timeout=30)
    with lib.session() as s:
        assert s.scalars(select(Verification).where(Verification.file_id == fid)).all() == []  # rolled back
    _blobs_are_whole(lib)

    # A new worker (same environment: the crash point is passed this time) finds the lost job again.
    with _process(["worker", "--workers", "1"], env) as worker:
        deadline = time.time() + 240
        v = None
        while time.time() < deadline and v is None:
            with lib.session() as s:
                v = s.scalar(select(Verification).where(Verification.file_id == fid))
            time.sleep(0.3)
        assert v is not None, "the restarted worker did not resume the apply"
        assert v.passed and lib.stores.private.verify(v.redacted_sha256)
        worker.send_signal(signal.SIGINT)
        worker.wait(timeout=120)
    with lib.session() as s:
        assert len(s.scalars(select(Verification).where(Verification.file_id == fid)).all()) == 1
        pending = s.scalars(select(OutboxMessage).where(OutboxMessage.topic == "file.apply",
                                                        OutboxMessage.processed_at.is_(None))).all()
        assert pending == []
    _blobs_are_whole(lib)
    lib.dispose()


# --- the web process, killed mid-publish ---------------------------------------------------------------


def _csrf(html: str) -> str:
    m = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html) or re.search(
        r'value="([^"]+)"[^>]*name="csrf_token"', html)
    assert m, "no CSRF token in the page"
    return m.group(1)


@pytest.mark.parametrize("stores, point", [
    ("folder", "store.public.before-rename"),  # the copy written to a temporary file, not yet renamed
    ("folder", "publish.stored"),              # the copy in place, the transaction not committed
    ("s3", "store.public.mid-upload"),         # the PutObject's body half sent
    ("s3", "publish.stored"),
])
def test_a_web_process_killed_mid_publish_leaves_no_partial_public_file(tmp_path: Path, request, stores: str,
                                                                        point: str) -> None:
    import requests

    # One public blob per publish: the Word file alone, without its PDF rendition (published beside it and
    # tested in tests/library/test_lib_rendition.py), so that the kill lands on the one copy being published.
    request.getfixturevalue("monkeypatch").setenv("PHOEI_PDF_RENDITION", "0")
    store_env: dict[str, str] = {"PHOEI_PDF_RENDITION": "0"}
    if stores == "s3":
        s3 = request.getfixturevalue("s3")
        bucket = s3.new_bucket("crash")
        store_env = {**store_env, **s3.env(), "PHOEI_PRIVATE_STORE": f"s3://{bucket}/private",
                     "PHOEI_PUBLIC_STORE": f"s3://{bucket}/public"}
        monkeypatch = request.getfixturevalue("monkeypatch")
        for k, v in store_env.items():
            monkeypatch.setenv(k, v)
    inst, lib = _instance(tmp_path, store_env)
    uid = prepare_directly(lib, inst / "cache", make_docx(tmp_path / "order.docx"), "/news",
                           "คำสั่งจังหวัดเรื่องแต่งตั้งคณะทำงาน")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    mark = tmp_path / "mark"
    env = _env(inst, mark, point, PHOEI_BIND=f"127.0.0.1:{port}", PHOEI_WORKERS="1", PHOEI_THREADS="2",
               **store_env)
    with _process(["serve", "--no-worker"], env) as server:
        web = requests.Session()
        deadline = time.time() + 180
        while True:
            try:
                page = web.get(f"{base}/login", timeout=5)
                break
            except requests.ConnectionError:
                assert time.time() < deadline and server.poll() is None, "phoei serve did not start"
                time.sleep(0.3)
        r = web.post(f"{base}/login", data={"username": "reviewer", "password": PASSWORD,
                                             "csrf_token": _csrf(page.text)}, allow_redirects=False, timeout=30)
        assert r.status_code == 302, r.text[:500]

        def publish(timeout: float) -> Any:
            token = _csrf(web.get(f"{base}/staff/item/{uid}", timeout=30).text)
            return web.post(f"{base}/staff/item/{uid}/transition", allow_redirects=False, timeout=timeout,
                            data={"action": "publish", "comment": "", "csrf_token": token})

        import threading

        outcome: list[Any] = []
        t = threading.Thread(target=lambda: outcome.append(_try(publish, 300)))
        t.start()
        pid = _wait_for_mark(mark, point, server)
        assert pid != server.pid  # a gunicorn web process, not the master
        os.kill(pid, signal.SIGKILL)
        t.join(60)
        assert outcome and isinstance(outcome[0], Exception)  # the request died with its process

        # Nothing published, nothing partial under a blob's name; the copy made before the kill (if
        # any) is whole and unused (``phoei storage gc`` removes it after an hour).
        with lib.session() as s:
            it = s.scalar(select(Content).where(Content.uid == uid))
            assert it.state != "published" and it.published_sha256 is None
        _blobs_are_whole(lib)
        stored = list(lib.stores.public.digests())
        if point == "store.public.before-rename":  # killed between writing the copy and renaming it
            assert stored == [] and len(list((inst / "public" / ".tmp").iterdir())) == 1  # under no blob's name
        elif point == "store.public.mid-upload":  # S3 keeps no part of an upload that did not complete
            assert stored == [] and s3.client().list_objects_v2(Bucket=bucket).get("KeyCount") == \
                len(list(lib.stores.private.digests()))
        else:  # killed after the copy was stored, before the commit: a whole copy that nothing names
            assert len(stored) == 1

        # Gunicorn starts a new web process; the reviewer publishes again and it works.
        deadline = time.time() + 120
        while True:
            try:
                r = publish(60)
                break
            except requests.ConnectionError:
                assert time.time() < deadline, "no web process came back"
                time.sleep(0.3)
        assert r.status_code == 302, r.text[:500]
        with lib.session() as s:
            it = s.scalar(select(Content).where(Content.uid == uid))
            assert it.state == "published" and it.published_sha256
            published = it.published_sha256
        got = web.get(f"{base}/download/{uid}/x", timeout=30)
        assert got.status_code == 200 and got.content == lib.stores.public.read_bytes(published)
        assert list(lib.stores.public.digests()) == [published]
        _blobs_are_whole(lib)
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)
    lib.dispose()


def _try(fn: Any, *args: Any) -> Any:
    try:
        return fn(*args)
    except Exception as exc:
        return exc
