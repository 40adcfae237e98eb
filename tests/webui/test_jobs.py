"""Background jobs on huey: SQLite storage by default, Redis when configured; analysis never runs in
the request; progress is reported; a restarted worker picks up what was queued."""

from __future__ import annotations

import os
import time
import uuid
from typing import Any

import pytest
from sqlalchemy import select

from library.models import DocumentFile
from tests.webui.conftest import COMPLAINT, PASSWORD, make_config, post_upload


def _redis_ok() -> bool:
    try:
        import redis

        return bool(redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"),
                                         socket_connect_timeout=1).ping())
    except Exception:
        return False


@pytest.fixture(params=["sqlite", "redis"])
def backend(request: pytest.FixtureRequest) -> str:
    if request.param == "redis" and not _redis_ok():
        if os.environ.get("CI") == "true":
            pytest.fail("Redis at 127.0.0.1:6379 is not answering; CI must run the Redis job tests")
        pytest.skip("Redis is not running")
    return str(request.param)


def _app(instance, backend: str, name: str) -> Any:
    from webui import create_app

    return create_app(make_config(instance, PHOEI_JOBS=backend, PHOEI_JOBS_IMMEDIATE=False, PHOEI_JOBS_NAME=name))


def _upload(client: Any, lib: Any) -> int:
    client.post("/login", data={"username": "officer", "password": PASSWORD})
    r = post_upload(client, lib, COMPLAINT, title="งานเบื้องหลัง", submit=False, names=("c.pdf",))
    assert r.status_code == 302
    with lib.session() as s:
        return int(s.scalar(select(DocumentFile.id).order_by(DocumentFile.id.desc())))


def _wait(lib: Any, file_id: int, timeout: float = 60) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        with lib.session() as s:
            if s.get(DocumentFile, file_id).analysed_at is not None:
                return
        time.sleep(0.2)
    raise AssertionError("the worker did not analyse the upload")


def test_analysis_runs_in_the_worker_not_the_request(instance, backend):
    from worker import jobs

    name = f"phoei-test-{uuid.uuid4().hex[:8]}"
    app = _app(instance, backend, name)
    services = app.extensions["phoei"]
    client = app.test_client()
    try:
        fid = _upload(client, services.library)
        with services.library.session() as s:
            assert s.get(DocumentFile, fid).analysed_at is None  # the request only queued it
        st = client.get(f"/staff/jobs/{fid}.json").get_json()
        assert st["state"] == "queued" and st["busy"]
        assert services.huey.pending_count() >= 1
        consumer = jobs.start_consumer(services.huey, periodic=False)
        try:
            _wait(services.library, fid)
        finally:
            jobs.stop_consumer(consumer)
        st = client.get(f"/staff/jobs/{fid}.json").get_json()
        assert st["state"] == "done" and not st["busy"] and st["total"] == 1 and st["done"] == 1
        assert client.get(f"/staff/review/{fid}/page/1.png").status_code in (200, 302, 403)
    finally:
        services.huey.flush()
        services.library.dispose()


def test_a_restarted_worker_resumes_queued_jobs(instance, backend):
    """The web process queues, goes away; a new process (a worker) finds the job in the queue."""
    from worker import jobs

    name = f"phoei-test-{uuid.uuid4().hex[:8]}"
    first = _app(instance, backend, name)
    fid = _upload(first.test_client(), first.extensions["phoei"].library)
    first.extensions["phoei"].library.dispose()

    second = _app(instance, backend, name)
    services = second.extensions["phoei"]
    consumer = jobs.start_consumer(services.huey, periodic=False)
    try:
        _wait(services.library, fid)
    finally:
        jobs.stop_consumer(consumer)
        services.huey.flush()
        services.library.dispose()


def test_the_sweep_requeues_uploads_that_lost_their_job(instance):
    from worker import jobs

    app = _app(instance, "memory", "phoei-sweep")
    services = app.extensions["phoei"]
    fid = _upload(app.test_client(), services.library)
    services.huey.flush()  # the queue lost it (e.g. Redis restarted without persistence)
    jobs.set_status(services.huey, "analyse", fid, "running", extra={"at": time.time() - jobs.STALE_SECONDS - 5})
    assert jobs.requeue_backlog(services.huey, services.library, services.tasks.analyse) == 1
    assert services.huey.pending_count() == 1
    assert jobs.requeue_backlog(services.huey, services.library, services.tasks.analyse) == 0  # queued recently
    services.library.dispose()


def test_errors_are_reported_in_plain_thai(app, client, auth, lib, monkeypatch):
    from redactor.errors import ExtractionError
    from worker import jobs, steps

    auth.login("officer")

    def broken(*args: Any, **kwargs: Any) -> int:
        raise ExtractionError("boom")

    monkeypatch.setattr(steps, "analyse", broken)
    fid = _upload(client, lib)
    st = client.get(f"/staff/jobs/{fid}.json").get_json()
    assert st["state"] == "error"
    assert "เสียหาย" in st["error"]
    assert jobs.error_code(ExtractionError("x")) == "corrupt"


def test_the_daily_audit_anchor_task(instance, monkeypatch):
    """phoei.audit-anchor, the worker's daily task: the verified head goes to the anchor file."""
    import json

    from webui import create_app

    target = instance.parent / "anchors" / "head.jsonl"
    monkeypatch.setenv("PHOEI_AUDIT_ANCHOR", str(target))
    app = create_app(make_config(instance))
    services = app.extensions["phoei"]
    try:
        assert services.tasks.audit_anchor.name == "phoei.audit-anchor"
        seq = services.tasks.audit_anchor.call_local()
        [line] = [json.loads(x) for x in target.read_text().splitlines()]
        assert line["seq"] == seq > 0
    finally:
        services.library.dispose()
