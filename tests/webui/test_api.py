"""The read-only JSON API (/api/v1) and its OpenAPI document; schemathesis runs against it in-process."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode

from tests.webui.conftest import make_config, make_docx, publish_directly


@pytest.fixture
def published(app, lib, tmp_path) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Two published items and one draft; returns their uids."""
    from library import content, users
    from library.security import Principal

    cache = app.extensions["phoei"].cache
    doc = make_docx(tmp_path / "a.docx", ("ประกาศรับสมัครลูกจ้างชั่วคราวตำแหน่งพนักงานขับรถยนต์",
                                           "ผู้สนใจยื่นใบสมัครได้ที่สำนักงาน"))
    uid = publish_directly(lib, cache, doc, "/oia/s9/s9-1", "ประกาศรับสมัครพนักงานขับรถยนต์",
                           oia_category="s9(3)")
    with lib.transaction() as s:
        officer = Principal.of(users.get_user(s, "officer"))
        draft = content.create(s, officer, content.get(s, "/news"), "news", title="ร่างข่าวที่ยังไม่เผยแพร่",
                               body="ยังไม่เผยแพร่")
        folder_uid = content.get(s, "/oia").uid
        draft_uid = draft.uid
    return {"file": uid, "draft": draft_uid, "folder": folder_uid}


def test_items_list_and_one_item(client, published) -> None:
    r = client.get("/api/v1/items")
    assert r.status_code == 200 and r.is_json
    body = r.json
    uids = [i["uid"] for i in body["items"]]
    assert published["file"] in uids and published["draft"] not in uids and published["folder"] not in uids
    assert body["total"] == len(uids) and body["page"] == 1 and body["pages"] == 1
    first = next(i for i in body["items"] if i["uid"] == published["file"])
    assert first["type"] == "file" and first["oia_category"] == "s9(3)"
    assert first["url"].startswith("http://localhost/browse/oia/")
    assert r.headers["Cache-Control"] == "public, max-age=60"
    # One item, and its download: the published (redacted) copy only.
    one = client.get(f"/api/v1/items/{published['file']}")
    assert one.status_code == 200 and one.json["title"] == "ประกาศรับสมัครพนักงานขับรถยนต์"
    dl = client.get(one.json["download_url"].removeprefix("http://localhost"), follow_redirects=True)
    assert dl.status_code == 200 and dl.data[:2] == b"PK"
    # Filters.
    assert client.get("/api/v1/items?type=news").json["total"] == 0
    assert client.get("/api/v1/items?oia_category=s9(3)").json["total"] == 1
    assert client.get("/api/v1/items?per_page=1&page=2").json["items"] == []


@pytest.mark.parametrize("which", ["draft", "folder"])
def test_what_a_citizen_may_not_see_is_404(client, published, which) -> None:
    r = client.get(f"/api/v1/items/{published[which]}")
    assert r.status_code == 404 and r.is_json and r.json["error"]


def test_search(client, published) -> None:
    r = client.get("/api/v1/search", query_string={"q": "พนักงานขับรถยนต์"})
    assert r.status_code == 200
    hits = r.json["results"]
    assert [h["uid"] for h in hits] == [published["file"]]
    assert "<" not in hits[0]["snippet"]
    assert client.get("/api/v1/search", query_string={"q": "ยังไม่เผยแพร่"}).json["total"] == 0  # a draft


def test_site_url_makes_the_links(app_config, published) -> None:  # type: ignore[no-untyped-def]
    from webui import create_app

    other = create_app({**app_config, "PHOEI_SITE_URL": "https://foi.example.go.th"})
    try:
        r = other.test_client().get(f"/api/v1/items/{published['file']}", headers={"Host": "evil.example"})
        assert r.json["url"].startswith("https://foi.example.go.th/browse/")
        assert r.json["download_url"].startswith("https://foi.example.go.th/download/")
    finally:
        other.extensions["phoei"].library.dispose()


BAD_QUERIES = [
    ("/api/v1/items?page=0", 422),
    ("/api/v1/items?page=abc", 422),
    ("/api/v1/items?page=99999999999999999999", 422),
    ("/api/v1/items?per_page=101", 422),
    ("/api/v1/items?type=folder", 422),
    ("/api/v1/items?oia_category=s99", 422),
    ("/api/v1/items?unknown=1", 422),
    ("/api/v1/search", 422),
    ("/api/v1/search?q=", 422),
    ("/api/v1/search?q=" + "ก" * 201, 422),
    ("/api/v1/search?q=x&sort=random", 422),
    ("/api/v1/search?q=x&year=1999", 422),
    ("/api/v1/items/not-a-uid", 404),
    ("/api/v1/items/" + "0" * 32, 404),
    ("/api/v1/nothing-here", 404),
]


@pytest.mark.parametrize(("url", "status"), BAD_QUERIES)
def test_malformed_requests_get_a_json_4xx(client, url, status) -> None:
    r = client.get(url)
    assert r.status_code == status and r.is_json, (url, r.status_code, r.data[:200])


def test_read_only(client) -> None:
    for method in ("post", "put", "delete", "patch"):
        r = getattr(client, method)("/api/v1/items")
        assert r.status_code == 405 and r.is_json


def test_openapi_document(client) -> None:
    r = client.get("/api/v1/openapi.json")
    assert r.status_code == 200 and r.is_json
    doc = r.json
    assert doc["openapi"].startswith("3.")
    public = {"/api/v1/items", "/api/v1/items/{uid}", "/api/v1/search"}
    assert set(doc["paths"]) == public | STAFF_PATHS
    assert all(set(doc["paths"][p]) == {"get"} and "security" not in doc["paths"][p]["get"] for p in public)
    # The staff operations: each needs the bearer token, and says it may answer 401 and 403.
    assert doc["components"]["securitySchemes"]["bearerAuth"] == {
        "type": "http", "scheme": "bearer", "description": doc["components"]["securitySchemes"]["bearerAuth"][
            "description"]}
    staff_ops = [op for p in STAFF_PATHS for op in doc["paths"][p].values()]
    assert len(staff_ops) == 8 and all(op["security"] == [{"bearerAuth": []}] for op in staff_ops)
    assert all({"401", "403", "404", "422", "429"} <= set(op["responses"]) for op in staff_ops)
    upload = doc["paths"]["/api/v1/staff/uploads"]["post"]
    assert "multipart/form-data" in upload["requestBody"]["content"]
    assert {"201", "400", "413"} <= set(upload["responses"])
    search_params = {p["name"] for p in doc["paths"]["/api/v1/search"]["get"]["parameters"]}
    assert {"q", "page", "per_page", "sort", "type", "oia_category", "year"} <= search_params


STAFF_PATHS = {"/api/v1/staff/me", "/api/v1/staff/uploads", "/api/v1/staff/items/{uid}",
               "/api/v1/staff/items/{uid}/transitions", "/api/v1/staff/files/{file_id}/proposals",
               "/api/v1/staff/files/{file_id}/decisions", "/api/v1/staff/files/{file_id}/manual",
               "/api/v1/staff/files/{file_id}/apply"}


def test_item_without_rendition(client, published) -> None:
    """A Word file published without a PDF rendition (none was made): ``rendition_url`` is null.
    (With one: tests/webui/test_api_staff.py.)"""
    r = client.get(f"/api/v1/items/{published['file']}")
    assert "rendition_url" in r.json


# --- schemathesis, in-process against the WSGI app --------------------------------------------------


def _fuzz(op: Any, mode: Any, statuses: list[int], headers: dict[str, str] | None = None,
          examples: int = 40) -> None:
    from hypothesis import given

    @given(case=op.as_strategy(generation_mode=mode))
    @settings(max_examples=examples, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    def check(case: Any) -> None:
        statuses.append(case.call_and_validate(headers=headers).status_code)

    check()


def test_api_conforms_to_its_openapi_document(instance, tmp_path) -> None:
    """Schemathesis generates requests (valid and invalid) for every operation of the document, the
    staff operations with a site administrator's live token, and calls the WSGI app in-process: never
    a 5xx, and every answer as documented (status, content type, headers, schema; a staff operation
    sent without the token must be refused). Bounded: 40 examples per public operation and mode,
    25 per staff operation and mode."""
    from library import api_tokens, users
    from library.security import Principal
    from webui import create_app

    app = create_app(make_config(instance, RATELIMIT_ENABLED=False))
    lib = app.extensions["phoei"].library
    try:
        doc = make_docx(tmp_path / "s.docx", ("ประกาศผลการคัดเลือกผู้รับจ้างทำความสะอาดอาคาร",))
        publish_directly(lib, app.extensions["phoei"].cache, doc, "/oia/s9/s9-1", "ประกาศผลการคัดเลือก")
        with lib.transaction() as s:
            token, _row = api_tokens.create(s, Principal.of(users.get_user(s, "admin")), "schemathesis", 1)
        schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)
        operations = [result.ok() for result in schema.get_all_operations()]
        public = {"/api/v1/items", "/api/v1/items/{uid}", "/api/v1/search"}
        assert {op.path for op in operations} == public | STAFF_PATHS
        calls: dict[str, list[int]] = {}
        for op in operations:
            staff = op.path not in public
            # Any string is a well-formed uid (an unknown one is a documented 404): nothing to negate there.
            modes = [GenerationMode.POSITIVE] + ([GenerationMode.NEGATIVE] if "{uid}" not in op.path else [])
            for mode in modes:
                _fuzz(op, mode, calls.setdefault(f"{op.method.upper()} {op.path} {mode}", []),
                      headers={"Authorization": f"Bearer {token}"} if staff else None, examples=25 if staff else 40)
        codes = [c for cs in calls.values() for c in cs]
        assert all(code < 500 for code in codes)
        # Valid requests were answered 200 and invalid ones 422.
        assert 200 in calls["GET /api/v1/items positive"] and 200 in calls["GET /api/v1/search positive"]
        assert 422 in calls["GET /api/v1/items negative"] and 422 in calls["GET /api/v1/search negative"]
        # The token was accepted: valid staff requests were answered past authentication (negative
        # mode also spoils the Authorization header: 401 there is right).
        assert 200 in calls["GET /api/v1/staff/me positive"]
        positive = {c for key, cs in calls.items() if "/staff/" in key and "positive" in key for c in cs}
        assert 401 not in positive and 404 in positive, positive
        assert 422 in {c for key, cs in calls.items() if "/staff/" in key and "negative" in key for c in cs}
    finally:
        lib.dispose()
