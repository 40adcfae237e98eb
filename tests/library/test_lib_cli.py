"""``phoei init``, ``phoei audit verify`` and the admin commands, in-process, on both backends."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import text

from library.db import make_engine
from tests.library.conftest import create_pg_schema, drop_pg_schema

PROFILE = """
name = "ที่ว่าการอำเภอเมืองบุรีรัมย์"
addresses = ["ถนนจิระ ตำบลในเมือง อำเภอเมืองบุรีรัมย์ จังหวัดบุรีรัมย์ 31000"]
phones = ["0 4461 1234"]
fax = ["0 4461 1235"]
emails = ["saraban@buriram.go.th"]
website = "https://www.buriram.go.th"

[[officials]]
name = "นายสมชาย ใจดี"
position = "นายอำเภอเมืองบุรีรัมย์"
"""


@pytest.fixture
def instance(backend, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request):
    """An empty instance folder; on PostgreSQL, DATABASE_URL points at a fresh empty schema."""
    inst = tmp_path / "inst"
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("PHOEI_INSTANCE", str(inst))
    if backend == "sqlite":
        yield inst
        return
    url = request.getfixturevalue("pg_url")
    schema = create_pg_schema(url, "cli")
    monkeypatch.setenv("DATABASE_URL", schema.url)
    yield inst
    drop_pg_schema(url, schema)


def _url(backend: str, inst: Path) -> str:
    import os

    return os.environ["DATABASE_URL"] if backend == "postgresql" else f"sqlite:///{inst / 'phoei.sqlite3'}"


def test_init_is_idempotent(phoei, instance: Path) -> None:
    from library.migrate import head

    run = phoei("init")
    assert run.code == 0, run.err
    assert "38 folders created" in run.out and f"schema new → {head()}" in run.out
    assert (instance / "private").is_dir() and (instance / "public").is_dir()
    again = phoei("init")
    assert again.code == 0 and "0 folders created, 38 already there" in again.out
    run = phoei("tree", "--public", "--depth", "2")
    assert run.code == 0 and "s7" in run.out and "ข่าวประชาสัมพันธ์" in run.out
    assert phoei("db", "current").out.startswith(head())


def test_commands_need_an_initialised_instance(phoei, instance: Path) -> None:
    run = phoei("audit", "verify")
    assert run.code == 2 and "phoei init" in run.err and "Traceback" not in run.err


def test_audit_verify_detects_tampering(phoei, instance: Path, backend: str) -> None:
    assert phoei("init").code == 0
    run = phoei("audit", "verify")
    assert run.code == 0 and "audit log intact" in run.out
    head = run.out.split("head ")[1].strip()
    assert phoei("audit", "verify", "--expect", head).code == 0
    engine = make_engine(_url(backend, instance))
    with engine.begin() as c:
        if backend == "postgresql":
            c.execute(text("DROP TRIGGER audit_events_no_update ON audit_events"))
        else:
            c.execute(text("DROP TRIGGER audit_events_no_update"))
        c.execute(text("UPDATE audit_events SET actor_name = 'mallory' WHERE seq = 2"))
    engine.dispose()
    run = phoei("audit", "verify")
    assert run.code == 5
    assert "TAMPERED: event 2: contents changed" in run.out and "failed verification" in run.err
    assert phoei("audit", "verify", "--expect", "nonsense").code == 2


def test_users_roles_profile_and_reports(phoei, instance: Path, tmp_path: Path) -> None:
    assert phoei("init").code == 0
    assert phoei("users", "add", "somsri", "--role", "officer", "--name", "สมศรี").code == 0
    assert phoei("users", "add", "kaset", "--role", "external_submitter", "--agency", "เกษตรจังหวัด").code == 0
    bad = phoei("users", "add", "nobody", "--role", "external_submitter")
    assert bad.code == 2 and "agency" in bad.err
    run = phoei("users", "grant", "somsri", "editor", "--folder", "/news")
    assert run.code == 0 and "done" in run.out
    assert "no change" in phoei("users", "grant", "somsri", "editor", "--folder", "/news").out
    assert phoei("users", "grant", "somsri", "reviewer").code == 0
    listing = phoei("users", "list").out
    assert "somsri" in listing and "editor@/news" in listing and "reviewer" in listing
    assert phoei("users", "revoke", "somsri", "editor", "--folder", "/news").code == 0
    assert phoei("users", "grant", "ghost", "reviewer").code == 2

    toml = tmp_path / "agency.toml"
    toml.write_text(PROFILE, encoding="utf-8")
    assert phoei("profile", "import", toml).code == 0
    shown = phoei("profile", "show").out
    assert "นายสมชาย ใจดี — นายอำเภอเมืองบุรีรัมย์" in shown and "0 4461 1234" in shown
    exported = phoei("profile", "export").out
    import tomllib

    assert tomllib.loads(exported)["officials"][0]["name"] == "นายสมชาย ใจดี"

    assert "0 item(s) expired" in phoei("expire").out
    assert phoei("expire", "--dry-run").code == 0
    assert "0 item(s) due for review" in phoei("review-due", "--within", "30").out
    assert "storage intact" in phoei("storage", "verify").out
    assert "removed 0 unused" in phoei("storage", "gc").out
    log = phoei("audit", "log", "--limit", "5").out
    assert "role.revoke" in log or "local_role.revoke" in log
    assert phoei("audit", "log", "--item", "/news").code == 0
    assert phoei("audit", "verify").code == 0


def test_init_with_a_profile(phoei, instance: Path, tmp_path: Path) -> None:
    toml = tmp_path / "agency.toml"
    toml.write_text(PROFILE, encoding="utf-8")
    run = phoei("init", "--profile", toml)
    assert run.code == 0 and "agency profile imported" in run.out


def test_currency_and_feedback_commands(phoei, instance: Path, backend: str) -> None:
    """``phoei folder responsible``, ``links check``/``broken``, ``stale`` and ``feedback purge``."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from library import content, feedback, lifecycle
    from library.config import load_config
    from library.instance import open_library
    from library.security import Principal

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_HEAD(self) -> None:
            self.send_response(200 if self.path == "/ok" else 404)
            self.end_headers()

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_port}"
    try:
        assert phoei("init").code == 0
        assert phoei("users", "add", "wichai", "--role", "officer", "--name", "วิชัย").code == 0
        run = phoei("folder", "responsible", "/news", "wichai")
        assert run.code == 0 and "/news: responsible officer wichai" in run.out
        assert phoei("folder", "responsible", "/news").code == 2  # neither a user nor --clear
        lib = open_library(load_config(instance=instance))
        op = Principal.operator("test")
        with lib.transaction() as s:
            news = content.get(s, "/news")
            content.create(s, op, news, "link", title="ลิงก์ใช้ได้", remote_url=base + "/ok")
            content.create(s, op, news, "link", title="ลิงก์เสีย", remote_url=base + "/gone")
            from datetime import date

            old = content.create(s, op, news, "news", title="ข่าวเก่า", review_by=date(2020, 1, 1))
            lifecycle.transition(s, op, old, "publish")
            fb = feedback.submit(s, Principal.anonymous(), None, "ข้อความทดสอบ")
            feedback.change(s, op, fb, "reject", "ไม่เกี่ยวข้อง")
        lib.dispose()

        refused = phoei("links", "check")  # loopback is refused without --allow-private
        assert refused.code == 1 and refused.out.count("address not allowed") == 2
        run = phoei("links", "check", "--all", "--allow-private", "--timeout", "2")
        assert run.code == 1
        assert re.search(r"^ok\s+200\s+http://127\.0\.0\.1:\d+/ok$", run.out, re.M), run.out
        assert re.search(r"^BROKEN 404\s+http://127\.0\.0\.1:\d+/gone$", run.out, re.M), run.out
        assert "2 link(s) checked; 1 broken" in run.out
        broken = phoei("links", "broken")
        assert "/gone" in broken.out and "1 broken link(s)" in broken.out

        assert "-> wichai" in phoei("stale", "--dry-run").out
        run = phoei("stale")
        assert run.code == 0 and "1 notice(s)" in run.out
        assert "0 notice(s)" in phoei("stale").out

        assert "0 report(s)" in phoei("feedback", "purge", "--days", "30").out  # closed today: kept
        assert phoei("feedback", "purge", "--days", "0").code == 2
    finally:
        httpd.shutdown()


def test_rescan_command(phoei, instance: Path) -> None:
    """``phoei rescan``: the seeded tree's published folders are read again once per ruleset; --versions lists them."""
    from redactor.ruleset import ruleset_version

    assert phoei("init").code == 0
    first = phoei("rescan")
    assert first.code == 0, first.err
    m = __import__("re").search(r"ruleset (\S+): (\d+) re-scanned, (\d+) skipped, 0 new finding", first.out)
    assert m and m.group(1) == ruleset_version() and int(m.group(2)) > 0
    again = phoei("rescan").out  # the same rules checked it all: nothing to do
    assert f"ruleset {ruleset_version()}: 0 re-scanned, {m.group(2)} skipped" in again
    assert f"{ruleset_version()} (current): {m.group(2)}" in phoei("rescan", "--versions").out
    assert f"{m.group(2)} re-scanned" in phoei("rescan", "--all").out
    assert "0 re-scanned" in phoei("rescan", "--since-model", "r-0000000000000000").out
    assert phoei("rescan", "--all", "--since-model", "x").code == 2  # one or the other
