"""What a citizen can never get, and the defences every request has."""

from __future__ import annotations

import hashlib
import re
from typing import Any

import pymupdf
import pytest
from sqlalchemy import select

from library.models import Content, DocumentFile, Verification
from tests.webui.conftest import COMPLAINT, PASSWORD, make_config, make_docx, publish_directly

ORIGINAL_MARKERS = ("1-1037-02071-81-1", "ทดลองดี")


def _values(app: Any, lib: Any) -> dict[str, list[str]]:
    """Every value worth trying for each URL variable: real ids, paths, names and hostile ones."""
    with lib.session() as s:
        items = sorted(s.scalars(select(Content)), key=lambda i: (i.type == "folder", i.id))
        files = list(s.scalars(select(DocumentFile)))
        vers = list(s.scalars(select(Verification)))
    shas = [f.original_sha256 for f in files] + [v.redacted_sha256 for v in vers if v.redacted_sha256]
    traversal = ["../private", "..%2Fprivate", "../../phoei.sqlite3", "%2e%2e/instance/phoei.sqlite3"]
    return {
        "uid": [i.uid for i in items] + shas,
        "path": [i.path.strip("/") for i in items] + [f"private/{s[:2]}/{s[2:4]}/{s}" for s in shas] + traversal,
        "file_id": [str(f.id) for f in files],
        "fid": ["1"],
        "n": ["1", "2"],
        "name": [f"{i.slug}.pdf" for i in items] + [f.filename for f in files] + ["original.pdf"],
        "code": ["s9(1)", "en", "th"],
        "kind": ["news", "documents"],
        "fmt": ["rss", "atom"],
        "action": ["send", "recall"],
        "number": ["1"],
        "filename": [f"../../instance/private/{s[:2]}/{s[2:4]}/{s}" for s in shas] + ["css/site.css"],
    }


def _urls(app: Any, values: dict[str, list[str]]) -> list[str]:
    urls = []
    for rule in app.url_map.iter_rules():
        if "GET" not in (rule.methods or set()):
            continue
        args = sorted(rule.arguments)
        combos: list[dict[str, str]] = [{}]
        for a in args:
            combos = [dict(c, **{a: v}) for c in combos for v in values.get(a, ["1"])]
        for c in combos[:400]:
            url = rule.rule
            for a, v in c.items():
                url = re.sub(r"<(?:[^:<>]+:)?" + a + r">", v, url)
            urls.append(url)
    return urls


def test_no_url_serves_an_original_to_an_anonymous_visitor(instance, tmp_path):
    """Walk the URL map with every id, path and name the app knows (and some hostile ones)."""
    from webui import create_app

    app = create_app(make_config(instance))
    services = app.extensions["phoei"]
    lib = services.library
    publish_directly(lib, services.cache, COMPLAINT, "/oia/s9/s9-1", "เอกสารเผยแพร่แล้ว")
    docx = make_docx(tmp_path / "x.docx")
    # An unpublished upload too, with its page images in the cache.
    client = app.test_client()
    client.post("/login", data={"username": "officer", "password": PASSWORD})
    with lib.session() as s:
        folder = s.scalar(select(Content).where(Content.path == "/oia/s9/s9-2")).id
    client.post("/staff/upload", data={"folder": str(folder), "title": "ยังไม่เผยแพร่",
                                       "files": [(COMPLAINT.open("rb"), "c.pdf"), (docx.open("rb"), "x.docx")]},
                content_type="multipart/form-data")
    client.post("/logout")
    originals = {COMPLAINT.read_bytes(), docx.read_bytes()}
    digests = {hashlib.sha256(b).hexdigest() for b in originals}

    anon = app.test_client()
    urls = _urls(app, _values(app, lib))
    assert len(urls) > 50
    served = 0
    for url in urls:
        r = anon.get(url, follow_redirects=True)
        body = r.get_data()
        assert body not in originals, url
        assert hashlib.sha256(body).hexdigest() not in digests, url
        if r.status_code == 200 and body.startswith(b"%PDF"):
            with pymupdf.open(stream=body, filetype="pdf") as doc:
                text = "".join(p.get_text() for p in doc)
            assert not any(m in text for m in ORIGINAL_MARKERS), url
            served += 1
        if r.status_code == 200 and r.mimetype == "image/png":
            pytest.fail(f"{url} served a page image to an anonymous visitor")
        if r.status_code == 200 and r.mimetype in ("text/html", "application/json"):
            text = body.decode("utf-8", "replace")
            assert not any(m in text for m in ORIGINAL_MARKERS), url
    assert served >= 1  # the published, redacted copy is downloadable
    lib.dispose()


def test_staff_pages_need_a_sign_in(client):
    for url in ("/staff/", "/staff/upload", "/staff/review/", "/admin/users", "/submit/"):
        r = client.get(url)
        assert r.status_code == 302 and "/login" in r.headers["Location"], url


@pytest.mark.parametrize(("user", "url", "status"), [
    ("officer", "/admin/users", 403),
    ("reviewer", "/admin/users", 403),
    ("agency", "/staff/", 403),
    ("officer", "/submit/", 403),
    ("admin", "/admin/users", 200),
    ("reviewer", "/staff/review/", 200),
])
def test_roles(client, auth, user, url, status):
    auth.login(user)
    assert client.get(url).status_code == status


def test_login_and_logout(client, auth):
    r = auth.login("officer", "wrong password!")
    assert r.status_code == 400 and "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง" in r.data.decode()
    r = auth.login("nobody")
    assert r.status_code == 400
    r = auth.login("officer")
    assert r.status_code == 302 and r.headers["Location"].endswith("/staff/")
    assert client.get("/staff/").status_code == 200
    auth.logout()
    assert client.get("/staff/").status_code == 302


def test_no_open_redirect_after_login(client):
    r = client.post("/login?next=https://evil.example/", data={"username": "officer", "password": PASSWORD})
    assert r.headers["Location"] == "/staff/"
    r = client.post("/logout")
    r = client.post("/login?next=//evil.example/", data={"username": "officer", "password": PASSWORD})
    assert r.headers["Location"] == "/staff/"


def test_no_open_redirect_from_a_form_or_the_download_link(app, client, auth, lib):
    uid = publish_directly(lib, app.extensions["phoei"].cache, COMPLAINT, "/oia/s9/s9-1", "หนังสือแจ้งผล", index=False)
    # A wrong file name redirects to the right one, keeping the query but none of url_for's own options.
    r = client.get(f"/download/{uid}/wrong.pdf?inline=1&_external=1&_scheme=javascript")
    assert r.status_code == 302
    assert re.fullmatch(rf"/download/{uid}/[^/?]+\.pdf\?inline=1", r.headers["Location"])
    hostile = ("https://evil.example/", "//evil.example/", "/\\evil.example/")
    auth.login("reviewer")
    for back in hostile:  # a transition that fails ("submit" a published item) goes back ... but not away
        r = client.post(f"/staff/item/{uid}/transition", data={"action": "submit", "back": back})
        assert r.status_code == 302 and r.headers["Location"] == f"/staff/item/{uid}"
    r = client.post(f"/staff/item/{uid}/transition", data={"action": "submit", "back": "/review/"})
    assert r.headers["Location"] == "/review/"
    auth.login("admin")
    with lib.session() as s:
        news = s.scalar(select(Content.uid).where(Content.path == "/news"))
    for back in hostile:
        r = client.post(f"/admin/folders/{news}", data={"sort_order": "-effective", "back": back})
        assert r.status_code == 302 and r.headers["Location"] == "/admin/roles"
    r = client.post(f"/admin/folders/{news}", data={"sort_order": "-effective", "back": "/admin/roles#news"})
    assert r.headers["Location"] == "/admin/roles#news"


def test_passwords_are_argon2(lib):
    from library import users

    with lib.session() as s:
        assert users.get_user(s, "officer").password_hash.startswith("$argon2id$")


def test_changing_the_password_signs_out_other_sessions(app, auth, client):
    other = app.test_client()
    other.post("/login", data={"username": "officer", "password": PASSWORD})
    assert other.get("/staff/").status_code == 200
    auth.login("officer")
    r = client.post("/account/password", data={"current": PASSWORD, "new": "a brand new passphrase",
                                               "confirm": "a brand new passphrase"})
    assert r.status_code == 302
    assert client.get("/staff/").status_code == 200
    assert other.get("/staff/").status_code == 302


def test_csrf_is_required_on_every_form(instance):
    from webui import create_app

    app = create_app(make_config(instance, WTF_CSRF_ENABLED=True))
    c = app.test_client()
    r = c.post("/login", data={"username": "officer", "password": PASSWORD})
    assert r.status_code == 400
    page = c.get("/login").data.decode()
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page) or re.search(
        r'name="csrf_token" value="([^"]+)"', page)
    assert token
    r = c.post("/login", data={"username": "officer", "password": PASSWORD, "csrf_token": token.group(1)})
    assert r.status_code == 302
    assert c.post("/logout").status_code == 400
    assert c.post("/feedback", data={"message": "x", "kind": "other"}).status_code == 400
    app.extensions["phoei"].library.dispose()


def test_production_cookies_and_headers(instance):
    from webui import create_app

    cfg = make_config(instance)
    for k in ("SESSION_COOKIE_SECURE", "REMEMBER_COOKIE_SECURE"):
        cfg.pop(k)
    app = create_app(cfg)
    assert app.config["SESSION_COOKIE_SECURE"] and app.config["SESSION_COOKIE_HTTPONLY"]
    assert app.config["SESSION_COOKIE_SAMESITE"] == "Lax"
    c = app.test_client()
    r = c.post("/login", data={"username": "officer", "password": PASSWORD}, base_url="https://localhost")
    cookie = r.headers.get("Set-Cookie", "")
    assert cookie.startswith("__Host-phoei=")
    assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie
    h = c.get("/", base_url="https://localhost").headers
    assert "default-src 'self'" in h["Content-Security-Policy"]
    assert h["X-Content-Type-Options"] == "nosniff"
    assert "Strict-Transport-Security" in h
    app.extensions["phoei"].library.dispose()


def test_staff_pages_are_never_cached(client, auth):
    auth.login("officer")
    assert client.get("/staff/").headers["Cache-Control"] == "no-store"


def test_originals_are_downloadable_by_staff_only_and_audited(app, client, auth, upload, lib):
    from library.models import AuditEvent

    auth.login("officer")
    upload(COMPLAINT, title="ต้นฉบับ")
    with lib.session() as s:
        uid = s.scalar(select(Content.uid).where(Content.title == "ต้นฉบับ"))
    r = client.get(f"/staff/item/{uid}/original")
    assert r.status_code == 200 and r.data == COMPLAINT.read_bytes()
    with lib.session() as s:
        assert s.scalar(select(AuditEvent).where(AuditEvent.action == "original.download")) is not None
    auth.login("plain")
    assert client.get(f"/staff/item/{uid}/original").status_code == 404
    auth.logout()
    assert client.get(f"/staff/item/{uid}/original").status_code == 302


# --- Argon2 parameters: rehash at sign-in (issue #16) -------------------------------------------


def _stored_hash(lib, username: str) -> str:  # type: ignore[no-untyped-def]
    from library import users

    with lib.session() as s:
        return str(users.get_user(s, username).password_hash)


def _audit_actions(lib, action: str) -> int:  # type: ignore[no-untyped-def]
    from sqlalchemy import func, select

    from library.models import AuditEvent

    with lib.session() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == action)) or 0)


def test_sign_in_rehashes_a_hash_made_with_old_parameters(client, auth, lib, monkeypatch) -> None:
    from argon2 import PasswordHasher

    from library import users
    from library.passwords import needs_rehash
    from library.security import Principal
    from tests.webui.conftest import PASSWORD

    old = PasswordHasher().hash(PASSWORD)  # argon2-cffi's default (64 MiB, t=3, p=4), as stored before
    with lib.transaction() as s:
        users.set_password(s, Principal.operator("test"), users.get_user(s, "reviewer"), old)
    assert auth.login("reviewer", "wrong password here").status_code == 400
    assert _stored_hash(lib, "reviewer") == old  # a failed sign-in changes nothing
    assert auth.login("reviewer").status_code == 302
    new = _stored_hash(lib, "reviewer")
    assert new != old and new.startswith("$argon2id$v=19$m=19456,t=2,p=1$") and not needs_rehash(new)
    assert _audit_actions(lib, "user.password_rehash") == 1
    assert client.get("/staff/").status_code == 200  # the new session is valid after the rehash
    auth.logout()
    assert auth.login("reviewer").status_code == 302
    assert _stored_hash(lib, "reviewer") == new and _audit_actions(lib, "user.password_rehash") == 1
    # New parameters: the next sign-in moves the hash to them.
    monkeypatch.setenv("PHOEI_ARGON2_TIME_COST", "3")
    auth.logout()
    assert auth.login("reviewer").status_code == 302
    assert "$m=19456,t=3,p=1$" in _stored_hash(lib, "reviewer")
