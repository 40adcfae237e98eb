"""The staff API (/api/v1/staff/) with personal API tokens: the token's lifecycle on the staff page,
each operation end to end on a real PDF (upload → proposals → decide → apply → publish), the same
refusals as the web (role, permission, four-eyes), revoked and expired tokens, and status codes."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from tests.webui.conftest import COMPLAINT, make_config

FOLDER = "/oia/s9/s9-1"


def file_count(lib: Any) -> int:
    from sqlalchemy import func

    from library.models import DocumentFile

    with lib.session() as s:
        return int(s.scalar(select(func.count()).select_from(DocumentFile)) or 0)


def make_token(lib: Any, username: str, name: str = "script", days: int = 30) -> str:
    """A token made through the library as the user would on the staff page (for users that page refuses)."""
    from library import api_tokens, users
    from library.security import Principal

    with lib.transaction() as s:
        token, _row = api_tokens.create(s, Principal.of(users.get_user(s, username)), name, days)
    return token


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def page_token(client: Any, auth: Any, username: str, name: str = "my script") -> str:
    """Sign in, make a token on the staff page, sign out: the token as the page showed it."""
    auth.login(username)
    r = client.post("/staff/tokens", data={"name": name, "days": "90"})
    assert r.status_code == 200, r.data[:500]
    m = re.search(r'id="new-token">(phoei_[A-Za-z0-9_-]+)<', r.get_data(as_text=True))
    assert m, "the new token is shown once on the page"
    auth.logout()
    return m.group(1)


def api_upload(client: Any, token: str, path: Any = COMPLAINT, **fields: Any) -> Any:
    data = {"folder": FOLDER, "title": "หนังสือแจ้งผลการตรวจสอบ", "submit_for_review": "true", **fields}
    data.setdefault("file", (path.open("rb"), path.name))
    return client.post("/api/v1/staff/uploads", data=data, headers=bearer(token), content_type="multipart/form-data")


# --- tokens ---------------------------------------------------------------------------------------


def test_token_lifecycle_on_the_staff_page(client, auth, lib) -> None:
    from library import api_tokens
    from library.models import ApiToken, AuditEvent

    token = page_token(client, auth, "officer")
    assert token.startswith("phoei_") and len(token) > 40
    with lib.session() as s:
        row = s.scalars(select(ApiToken)).one()
        # Stored hashed only: neither the token nor any long piece of it is in the row.
        assert row.token_sha256 == api_tokens.digest(token) and token not in (row.token_sha256, row.prefix)
        assert row.prefix == token[:12] and row.last_used_at is None
        assert timedelta(days=89) < row.expires_at - row.created_at <= timedelta(days=90)
        assert [e.action for e in s.scalars(select(AuditEvent).where(AuditEvent.action.like("api_token.%")))] == [
            "api_token.create"]
    # The page lists it without the token itself.
    auth.login("officer")
    html = client.get("/staff/tokens").get_data(as_text=True)
    assert "my script" in html and row.prefix in html and token not in html
    auth.logout()
    # It works, and its use is noted.
    r = client.get("/api/v1/staff/me", headers=bearer(token))
    assert r.status_code == 200 and r.json["username"] == "officer" and r.json["token"]["prefix"] == row.prefix
    assert "officer" in r.json["roles"] and r.headers["Cache-Control"] == "no-store"
    assert "Set-Cookie" not in r.headers
    with lib.session() as s:
        assert s.get(ApiToken, row.id).last_used_at is not None
    # Revoked by its owner: refused at once, with 401.
    auth.login("officer")
    assert client.post(f"/staff/tokens/{row.id}/revoke").status_code == 302
    auth.logout()
    r = client.get("/api/v1/staff/me", headers=bearer(token))
    assert r.status_code == 401 and r.is_json and r.headers["WWW-Authenticate"].startswith("Bearer")
    with lib.session() as s:
        assert s.get(ApiToken, row.id).revoked_at is not None
        assert s.scalar(select(AuditEvent).where(AuditEvent.action == "api_token.revoke")) is not None


def test_someone_elses_token_cannot_be_revoked_on_the_page(client, auth, lib) -> None:
    from library.models import ApiToken

    make_token(lib, "reviewer", "reviewers-batch-job")
    with lib.session() as s:
        tid = s.scalars(select(ApiToken)).one().id
    auth.login("officer")
    assert client.post(f"/staff/tokens/{tid}/revoke").status_code == 404
    assert "reviewers-batch-job" not in client.get("/staff/tokens").get_data(as_text=True)
    with lib.session() as s:
        assert s.get(ApiToken, tid).revoked_at is None


@pytest.mark.parametrize(("name", "days"), [("", "90"), ("x" * 101, "90"), ("ok", "0"), ("ok", "366"), ("ok", "x")])
def test_token_page_refuses_bad_values(client, auth, lib, name, days) -> None:
    from library.models import ApiToken

    auth.login("officer")
    r = client.post("/staff/tokens", data={"name": name, "days": days})
    assert r.status_code == 400 and "phoei_" not in r.get_data(as_text=True)
    with lib.session() as s:
        assert s.scalars(select(ApiToken)).all() == []


def test_expired_token_and_disabled_user_are_refused(client, lib) -> None:
    from library.models import ApiToken, User, utcnow

    token = make_token(lib, "officer")
    assert client.get("/api/v1/staff/me", headers=bearer(token)).status_code == 200
    with lib.transaction() as s:
        s.scalars(select(ApiToken)).one().expires_at = utcnow() - timedelta(seconds=1)
    assert client.get("/api/v1/staff/me", headers=bearer(token)).status_code == 401
    other = make_token(lib, "officer", "second")
    with lib.transaction() as s:
        s.scalar(select(User).where(User.username == "officer")).active = False
    assert client.get("/api/v1/staff/me", headers=bearer(other)).status_code == 401


@pytest.mark.parametrize("header", [None, "", "Bearer", "Bearer ", "Bearer phoei_nope", "Basic b2ZmaWNlcjp4",
                                    "Bearer " + "phoei_" + "A" * 43, "Token phoei_x"])
def test_no_live_token_is_401(client, header) -> None:
    headers = {"Authorization": header} if header is not None else {}
    for method, url in (("get", "/api/v1/staff/me"), ("post", "/api/v1/staff/files/1/apply"),
                        ("post", "/api/v1/staff/items/" + "0" * 32 + "/transitions")):
        r = getattr(client, method)(url, headers=headers, json={"action": "publish"})
        assert r.status_code == 401 and r.is_json, (url, r.status_code)


def test_a_cookie_session_is_not_accepted(app, auth, client) -> None:
    """Signed in on the web, without a token: the staff API answers 401 (no session, so no CSRF risk),
    also with CSRF protection on."""
    from webui import create_app

    auth.login("reviewer")
    assert client.get("/api/v1/staff/me").status_code == 401
    assert client.post("/api/v1/staff/files/1/apply").status_code == 401
    strict = create_app({**app.config, "WTF_CSRF_ENABLED": True, "PHOEI_INSTANCE": app.instance_path,
                         "DATABASE_URL": str(app.extensions["phoei"].library.engine.url)})
    try:
        c = strict.test_client()
        r = c.post("/login", data={"username": "reviewer", "password": "x"})
        assert r.status_code == 400  # the web form still needs its CSRF token
        assert c.post("/api/v1/staff/files/1/apply").status_code == 401
    finally:
        strict.extensions["phoei"].library.dispose()


def test_wrong_role_is_403(client, lib) -> None:
    token = make_token(lib, "agency")  # an external submitter: not staff
    r = client.get("/api/v1/staff/me", headers=bearer(token))
    assert r.status_code == 403 and r.is_json


# --- the whole flow -------------------------------------------------------------------------------


def _state(lib: Any, uid: str) -> str:
    from library import content

    with lib.session() as s:
        return content.get(s, uid).state


def test_upload_propose_decide_apply_publish(client, lib) -> None:
    from library.models import AuditEvent

    officer, reviewer = make_token(lib, "officer"), make_token(lib, "reviewer")
    r = api_upload(client, officer, document_number="นม 0017.3/1", document_date="2024-04-08")
    assert r.status_code == 201, r.data[:500]
    it = r.json["items"][0]
    uid, file_id = it["uid"], it["file_id"]
    assert it["state"] == "pending" and it["job"]["analysed"] is True  # jobs run at once in tests
    assert _state(lib, uid) == "pending"

    # The officer (who uploaded it) may neither decide nor publish: no such permission, and four-eyes.
    r = client.get(f"/api/v1/staff/files/{file_id}/proposals", headers=bearer(officer))
    assert r.status_code == 200  # the uploader may read the proposals on their own file
    props = r.json["proposals"]
    assert props and all(p["text"] for p in props)
    first = props[0]["key"]
    r = client.post(f"/api/v1/staff/files/{file_id}/decisions", headers=bearer(officer),
                    json={"decisions": [{"proposal_id": first, "action": "accept"}]})
    assert r.status_code == 403 and r.is_json
    r = client.post(f"/api/v1/staff/items/{uid}/transitions", headers=bearer(officer), json={"action": "publish"})
    assert r.status_code == 403

    # The reviewer: proposals (audited as a view of the original), decisions, a manual redaction.
    r = client.get(f"/api/v1/staff/files/{file_id}/proposals", headers=bearer(reviewer))
    assert r.status_code == 200 and r.json["item_uid"] == uid
    rows = r.json["proposals"]
    with lib.session() as s:
        views = s.scalars(select(AuditEvent).where(AuditEvent.action == "original.view")).all()
        assert {v.actor_name for v in views} == {"officer", "reviewer"}
    undecided = [p for p in rows if p["effective"] == "undecided"]
    if undecided:
        r = client.post(f"/api/v1/staff/files/{file_id}/apply", headers=bearer(reviewer))
        assert r.status_code == 409 and r.is_json
    r = client.post(f"/api/v1/staff/files/{file_id}/decisions", headers=bearer(reviewer),
                    json={"decisions": [{"proposal_id": p["key"], "action": "accept"} for p in rows]})
    assert r.status_code == 200 and r.json["undecided"] == 0
    # A legal basis the library does not know: 422, nothing stored.
    r = client.post(f"/api/v1/staff/files/{file_id}/decisions", headers=bearer(reviewer),
                    json={"decisions": [{"proposal_id": rows[0]["key"], "action": "reject", "basis": "99(9)"}]})
    assert r.status_code == 422 and "basis" in r.json[0]["msg"]
    # An unknown proposal: nothing of the batch is stored.
    r = client.post(f"/api/v1/staff/files/{file_id}/decisions", headers=bearer(reviewer),
                    json={"decisions": [{"proposal_id": rows[0]["key"], "action": "reject"},
                                        {"proposal_id": "no-such", "action": "accept"}]})
    assert r.status_code == 404
    check = client.get(f"/api/v1/staff/files/{file_id}/proposals", headers=bearer(reviewer)).json["proposals"]
    assert {p["decision"] for p in check if p["policy"] != "manual"} == {"accept"}
    # A manual redaction over a word the detectors left (offsets into the text; edges trimmed).
    keep = next(p for p in rows if p["effective"] == "redact")
    r = client.post(f"/api/v1/staff/files/{file_id}/manual", headers=bearer(reviewer),
                    json={"start": keep["end"] + 1, "end": keep["end"] + 6, "basis": "15(5)"})
    assert r.status_code == 200
    after = client.get(f"/api/v1/staff/files/{file_id}/proposals", headers=bearer(reviewer)).json["proposals"]
    assert any(p["policy"] == "manual" and p["key"].startswith("m:") for p in after)
    r = client.post(f"/api/v1/staff/files/{file_id}/manual", headers=bearer(reviewer),
                    json={"start": 5, "end": 10, "basis": "99(9)"})
    assert r.status_code == 422

    # Apply (the worker runs at once here) and publish.
    r = client.post(f"/api/v1/staff/files/{file_id}/apply", headers=bearer(reviewer))
    assert r.status_code == 202, r.data[:500]
    r = client.get(f"/api/v1/staff/items/{uid}", headers=bearer(reviewer))
    assert r.status_code == 200 and r.json["verified"] is True and "publish" in r.json["transitions"]
    r = client.post(f"/api/v1/staff/items/{uid}/transitions", headers=bearer(reviewer),
                    json={"action": "publish", "comment": "ตรวจแล้ว"})
    assert r.status_code == 200 and r.json["state"] == "published", r.data[:500]
    assert _state(lib, uid) == "published"
    # A transition that is not there now: 409; one this user may not make: 403 or 409, never 500.
    r = client.post(f"/api/v1/staff/items/{uid}/transitions", headers=bearer(reviewer), json={"action": "publish"})
    assert r.status_code == 409
    # Everyone sees the redacted copy now.
    pub = client.get(f"/api/v1/items/{uid}")
    assert pub.status_code == 200 and pub.json["download_url"] and pub.json["rendition_url"] is None  # a PDF
    with lib.session() as s:
        actions = {(e.actor_name, e.action) for e in s.scalars(select(AuditEvent))}
    # Audited as the web actions are, in the token user's name.
    assert {("reviewer", "redaction.decide"), ("reviewer", "redaction.manual"), ("reviewer", "workflow.publish"),
            ("officer", "workflow.submit"), ("officer", "file.upload")} <= actions, sorted(actions)


def test_four_eyes_holds_for_a_site_admin_too(client, lib) -> None:
    admin = make_token(lib, "admin")
    r = api_upload(client, admin)
    assert r.status_code == 201
    file_id, uid = r.json["items"][0]["file_id"], r.json["items"][0]["uid"]
    rows = client.get(f"/api/v1/staff/files/{file_id}/proposals", headers=bearer(admin)).json["proposals"]
    r = client.post(f"/api/v1/staff/files/{file_id}/decisions", headers=bearer(admin),
                    json={"decisions": [{"proposal_id": rows[0]["key"], "action": "reject"}]})
    assert r.status_code == 403 and r.json["error"] == "four-eyes"
    assert client.post(f"/api/v1/staff/files/{file_id}/apply", headers=bearer(admin)).status_code == 403
    r = client.post(f"/api/v1/staff/items/{uid}/transitions", headers=bearer(admin), json={"action": "publish"})
    assert r.status_code == 403 and _state(lib, uid) == "pending"


def test_permission_refusals(client, lib) -> None:
    plain, officer2, reviewer = make_token(lib, "plain"), make_token(lib, "officer2"), make_token(lib, "reviewer")
    # No right to add to the folder: as if it were not there.
    assert api_upload(client, plain).status_code == 404
    r = api_upload(client, make_token(lib, "officer"))
    uid, file_id = r.json["items"][0]["uid"], r.json["items"][0]["file_id"]
    # Another officer with rights on /oia sees the item but may not decide its redactions.
    r = client.post(f"/api/v1/staff/files/{file_id}/decisions", headers=bearer(officer2),
                    json={"decisions": [{"proposal_id": "x", "action": "accept"}]})
    assert r.status_code in (403, 404)
    # A plain officer may not see it at all.
    assert client.get(f"/api/v1/staff/items/{uid}", headers=bearer(plain)).status_code == 404
    assert client.get(f"/api/v1/staff/files/{file_id}/proposals", headers=bearer(plain)).status_code == 404
    # Unknown things are 404.
    assert client.get("/api/v1/staff/items/" + "0" * 32, headers=bearer(reviewer)).status_code == 404
    assert client.get("/api/v1/staff/files/999999/proposals", headers=bearer(reviewer)).status_code == 404
    # The reviewer may reject it back to its officer.
    r = client.post(f"/api/v1/staff/items/{uid}/transitions", headers=bearer(reviewer),
                    json={"action": "reject", "comment": "ขาดเลขที่หนังสือ"})
    assert r.status_code == 200 and r.json["state"] == "private"
    r = client.post(f"/api/v1/staff/items/{uid}/transitions", headers=bearer(reviewer), json={"action": "fly"})
    assert r.status_code in (403, 409)


BAD_UPLOADS = [
    ({"file": None}, 422),  # no file
    ({"title": ""}, 422),
    ({"oia_category": "s99"}, 422),
    ({"document_date": "yesterday"}, 422),
    ({"folder": "/nowhere"}, 404),
    ({"folder": None}, 422),  # a missing field while the file is there
    ({"submit_for_review": "maybe"}, 422),
    ({"file": "not a file part"}, 422),
]


@pytest.mark.parametrize(("change", "status"), BAD_UPLOADS)
def test_bad_uploads(client, lib, change, status) -> None:
    before = file_count(lib)
    token = make_token(lib, "officer")
    data: dict[str, Any] = {"folder": FOLDER, "title": "t", "file": (COMPLAINT.open("rb"), "complaint.pdf"),
                            **change}
    data = {k: v for k, v in data.items() if v is not None}
    r = client.post("/api/v1/staff/uploads", data=data, headers=bearer(token), content_type="multipart/form-data")
    assert r.status_code == status and r.is_json, r.data[:300]
    assert file_count(lib) == before  # nothing stored


def test_a_file_that_is_not_a_pdf_or_docx_is_400(client, lib, tmp_path) -> None:
    before = file_count(lib)
    bad = tmp_path / "notes.pdf"
    bad.write_bytes(b"just some text, not a PDF\n" * 10)
    r = api_upload(client, make_token(lib, "officer"), path=bad)
    assert r.status_code == 400 and r.json["error"] == "unsupported"
    assert file_count(lib) == before


def test_json_body_problems_are_422(client, lib) -> None:
    token = make_token(lib, "reviewer")
    url = "/api/v1/staff/items/" + "0" * 32 + "/transitions"
    for body in ({}, {"action": ""}, {"action": "publish", "extra": 1}, {"action": 5}):
        assert client.post(url, headers=bearer(token), json=body).status_code == 422
    r = client.post(url, headers=bearer(token), data="action=publish", content_type="application/x-www-form-urlencoded")
    assert r.status_code == 422
    r = client.post("/api/v1/staff/files/1/decisions", headers=bearer(token), json={"decisions": []})
    assert r.status_code == 422


def test_sizes(instance, tmp_path) -> None:
    """A file over the upload limit is 413 (nothing stored); a token request may send more than an
    anonymous one, and a body without a token over the anonymous limit is 413 before it is read."""
    from webui import create_app

    app = create_app(make_config(instance, PHOEI_MAX_UPLOAD_BYTES=3_000_000, PHOEI_MAX_ANON_REQUEST_BYTES=20_000))
    lib = app.extensions["phoei"].library
    try:
        client = app.test_client()
        token = make_token(lib, "officer")
        big = tmp_path / "big.pdf"
        big.write_bytes(COMPLAINT.read_bytes() + b"%" + b"0" * 3_100_000)
        r = api_upload(client, token, path=big)
        assert r.status_code == 413 and r.is_json
        r = api_upload(client, "phoei_" + "x" * 43, path=big)  # no live token: the anonymous limit
        assert r.status_code == 413
        assert COMPLAINT.stat().st_size > 20_000  # over the anonymous limit only
        assert api_upload(client, "phoei_" + "x" * 43).status_code == 413
        assert api_upload(client, token).status_code == 201
    finally:
        lib.dispose()


def test_rate_limit_is_json_429(instance) -> None:
    from webui import create_app

    app = create_app(make_config(instance, RATELIMIT_ENABLED=True, PHOEI_LIMIT_API="3 per minute"))
    lib = app.extensions["phoei"].library
    try:
        client = app.test_client()
        token, other = make_token(lib, "officer"), make_token(lib, "reviewer")
        codes = [client.get("/api/v1/staff/me", headers=bearer(token)).status_code for _ in range(4)]
        assert codes == [200, 200, 200, 429]
        r = client.get("/api/v1/staff/me", headers=bearer(token))
        assert r.is_json and int(r.headers["Retry-After"]) > 0
        assert client.get("/api/v1/staff/me", headers=bearer(other)).status_code == 200  # per user
    finally:
        lib.dispose()


def test_public_item_lists_the_pdf_rendition(client, app, lib, tmp_path) -> None:
    """A published Word file with a PDF rendition (LibreOffice) lists both; the rendition downloads."""
    import shutil

    from tests.webui.conftest import make_docx, publish_directly

    if shutil.which("soffice") is None:
        pytest.fail("LibreOffice (soffice) is needed for renditions")
    doc = make_docx(tmp_path / "r.docx", ("ประกาศผลการสอบคัดเลือกพนักงานราชการทั่วไป", "ตำแหน่งนักวิชาการเกษตร"))
    uid = publish_directly(lib, app.extensions["phoei"].cache, doc, FOLDER, "ประกาศผลการสอบ")
    r = client.get(f"/api/v1/items/{uid}")
    assert r.status_code == 200 and r.json["rendition_url"] and r.json["download_url"]
    got = client.get(r.json["rendition_url"].removeprefix("http://localhost"))
    assert got.status_code == 200 and got.mimetype == "application/pdf" and got.data[:5] == b"%PDF-"
    main = client.get(r.json["download_url"].removeprefix("http://localhost"), follow_redirects=True)
    assert main.data[:2] == b"PK"


def test_an_unknown_transition_name_is_refused_not_a_crash(client, auth, lib) -> None:
    """Web and API alike: a transition name that does not exist is a refusal (the library's
    InvalidTransition), never a 500."""
    r = api_upload(client, make_token(lib, "officer"))
    uid = r.json["items"][0]["uid"]
    r = client.post(f"/api/v1/staff/items/{uid}/transitions", headers=bearer(make_token(lib, "reviewer")),
                    json={"action": "no-such-step"})
    assert r.status_code == 409 and "no workflow transition" in r.json["detail"]
    auth.login("reviewer")
    r = client.post(f"/staff/item/{uid}/transition", data={"action": "no-such-step"})
    assert r.status_code == 302 and _state(lib, uid) == "pending"
