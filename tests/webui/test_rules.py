"""Issue #16's rules: history needs its permission, originals viewed are audited, logout ends the
session on the server, common passwords are refused, instance files are private, isolation headers."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from library.models import AuditEvent, Content
from tests.webui.conftest import COMPLAINT, PASSWORD, publish_directly


def _published(app: Any, title: str = "คำร้องที่เผยแพร่แล้ว") -> str:
    services = app.extensions["phoei"]
    return publish_directly(services.library, services.cache, COMPLAINT, "/oia/s9/s9-1", title, index=False)


# --- history ---------------------------------------------------------------------------------


def test_history_needs_the_view_history_permission(app, client, auth):
    uid = _published(app)
    auth.login("plain")  # an officer with no role on /oia: may view the published item, not its history
    html = client.get(f"/staff/item/{uid}").data.decode()
    assert 'id="h-hist"' not in html and "ฉบับที่บันทึกไว้" not in html
    auth.login("reviewer")
    html = client.get(f"/staff/item/{uid}").data.decode()
    assert 'id="h-hist"' in html and "ฉบับที่บันทึกไว้" in html


# --- originals viewed on the review screen ------------------------------------------------------


def _views(lib: Any) -> list[AuditEvent]:
    with lib.session() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == "original.view")))


def test_viewing_an_original_on_the_review_screen_is_audited(app, client, auth, upload, lib):
    auth.login("officer")
    assert upload(COMPLAINT, title="ดูต้นฉบับ").status_code == 302
    with lib.session() as s:
        fid = s.scalar(select(Content).where(Content.title == "ดูต้นฉบับ")).current_file_id
    auth.login("reviewer")
    assert _views(lib) == []
    assert client.get(f"/staff/review/{fid}").status_code == 200
    client.get(f"/staff/review/{fid}/page/1.png")
    views = _views(lib)
    assert len(views) == 1 and views[0].actor_name == "reviewer" and f'"file_id":{fid}' in views[0].detail
    # Once per file per sign-in: more pages and reloads add no rows.
    client.get(f"/staff/review/{fid}")
    client.get(f"/staff/review/{fid}/page/1.png")
    assert len(_views(lib)) == 1
    auth.login("reviewer")  # a new sign-in views it again
    client.get(f"/staff/review/{fid}/page/1.png")
    assert len(_views(lib)) == 2


# --- logout ends the session on the server --------------------------------------------------------


def test_logout_revokes_the_session_cookie_server_side(app, client, auth):
    auth.login("officer")
    cookie = client.get_cookie(app.config["SESSION_COOKIE_NAME"])
    assert cookie is not None
    assert client.get("/staff/").status_code == 200
    client.post("/logout")
    # Someone who kept a copy of the cookie (a shared computer, a stolen cookie) replays it.
    other = app.test_client()
    other.set_cookie(app.config["SESSION_COOKIE_NAME"], cookie.value)
    r = other.get("/staff/")
    assert r.status_code == 302 and "/login" in r.headers["Location"]


# --- password policy ------------------------------------------------------------------------


@pytest.mark.parametrize("password", ["1111111111", "password123", "PASSWORD123", "qwertyuiop", "1234567890",
                                      "short", "aaaaaaaaaaaa", "abcdefghijkl", "Password1234"])
def test_weak_passwords_are_refused(password):
    from library.errors import Invalid
    from webui.auth import hash_password, password_problem

    assert password_problem(password) is not None
    with pytest.raises(Invalid):
        hash_password(password)


@pytest.mark.parametrize("password", [PASSWORD, "ช้างเผือกกินกล้วยหอม", "tapir-lantern-57-oboe"])
def test_good_passwords_are_accepted(password):
    from webui.auth import password_problem

    assert password_problem(password) is None


def test_common_password_list_is_shipped_with_its_source():
    from webui.auth import COMMON_PASSWORDS_FILE, common_passwords

    head = COMMON_PASSWORDS_FILE.read_text(encoding="utf-8").splitlines()[:6]
    assert any("licen" in line.lower() for line in head) and any("SecLists" in line for line in head)
    assert len(common_passwords()) >= 2000


def test_change_password_refuses_a_common_one(client, auth):
    auth.login("officer")
    r = client.post("/account/password", data={"current": PASSWORD, "new": "1111111111", "confirm": "1111111111"})
    assert r.status_code in (200, 400)
    assert auth.login("officer", "1111111111").status_code == 400


# --- instance files -------------------------------------------------------------------------


def _mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


def test_instance_files_and_folders_are_private(tmp_path, monkeypatch):
    from library.config import load_config
    from library.instance import init
    from webui import create_app

    monkeypatch.delenv("PHOEI_SECRET_KEY", raising=False)
    old = os.umask(0o022)
    try:
        inst = tmp_path / "inst"
        init(load_config(instance=inst, database_url=None, env={}), actor="test")
        app = create_app({"PHOEI_INSTANCE": str(inst), "DATABASE_URL": f"sqlite:///{inst / 'phoei.sqlite3'}",
                          "PHOEI_JOBS": "sqlite", "TESTING": True})
        app.extensions["phoei"].library.dispose()
    finally:
        os.umask(old)
    assert _mode(inst) == 0o700
    for name in ("phoei.sqlite3", "secret_key", "jobs.sqlite3"):
        assert (inst / name).exists(), name
        assert _mode(inst / name) == 0o600, name
    for name in ("private", "public", "cache"):
        assert _mode(inst / name) == 0o700, name
    for extra in inst.glob("phoei.sqlite3-*"):  # WAL and shared-memory files
        assert _mode(extra) == 0o600, extra.name


# --- headers --------------------------------------------------------------------------------


def test_cross_origin_isolation_headers(client):
    r = client.get("/")
    assert r.headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert r.headers["Cross-Origin-Resource-Policy"] == "same-origin"


def test_no_werkzeug_server_banner(app):
    """The development server (``phoei serve``) does not announce Werkzeug and Python versions."""
    import threading
    import urllib.request

    from webui.commands import make_dev_server

    server = make_dev_server("127.0.0.1", 0, app)
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{server.server_port}/robots.txt") as resp:
            banner = resp.headers.get("Server", "")
    finally:
        server.shutdown()
    assert "werkzeug" not in banner.lower() and "python" not in banner.lower()
