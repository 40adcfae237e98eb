"""External agencies' requests (guideline §3.1 (2)) and the administration pages."""

from __future__ import annotations

from sqlalchemy import select

from library.models import AgencyProfileRow, Content, LocalRole, User
from tests.webui.conftest import COMPLAINT, PASSWORD


def _folder_id(lib, path: str) -> int:
    with lib.session() as s:
        return int(s.scalar(select(Content.id).where(Content.path == path)))


def test_external_request_returned_with_a_reason_then_published(client, auth, lib):
    auth.login("agency")
    assert "/submit/" in auth.login("agency").headers["Location"]
    r = client.post("/submit/new", data={"folder": _folder_id(lib, "/news"), "type": "news",
                                         "title": "ขอประชาสัมพันธ์งานเกษตรแฟร์", "body": "เชิญชวนร่วมงาน",
                                         "note": "ขอเผยแพร่ในหมวดข่าว"})
    assert r.status_code == 302
    with lib.session() as s:
        item = s.scalar(select(Content).where(Content.title == "ขอประชาสัมพันธ์งานเกษตรแฟร์"))
        assert item.flow == "external" and item.state == "submitted"
        assert item.source_agency == "สำนักงานเกษตรจังหวัด"
        uid = item.uid
    auth.login("reviewer")
    assert "ขอประชาสัมพันธ์งานเกษตรแฟร์" in client.get(f"/staff/item/{uid}").data.decode()
    client.post(f"/staff/item/{uid}/transition", data={"action": "return", "comment": "กรุณาแนบกำหนดการ"})
    auth.login("agency")
    html = client.get("/submit/").data.decode()
    assert "กรุณาแนบกำหนดการ" in html and "ส่งคืนผู้ขอ" in html
    client.post(f"/submit/{uid}/resubmit", data={"comment": "แนบแล้ว"})
    auth.login("reviewer")
    client.post(f"/staff/item/{uid}/transition", data={"action": "screen"})
    client.post(f"/staff/item/{uid}/transition", data={"action": "publish"})
    auth.logout()
    assert "ขอประชาสัมพันธ์งานเกษตรแฟร์" in client.get("/").data.decode()


def test_external_document_request_is_analysed_and_bad_files_refused(client, auth, lib, tmp_path):
    auth.login("agency")
    bad = tmp_path / "x.pdf"
    bad.write_bytes(b"not a pdf")
    r = client.post("/submit/new", data={"folder": _folder_id(lib, "/other"), "type": "file", "title": "เอกสาร",
                                         "note": "ขอเผยแพร่", "file": (bad.open("rb"), "x.pdf")},
                    content_type="multipart/form-data")
    assert r.status_code == 400 and "PDF และ Word" in r.data.decode()
    with lib.session() as s:
        assert s.scalar(select(Content).where(Content.title == "เอกสาร")) is None
    r = client.post("/submit/new", data={"folder": _folder_id(lib, "/other"), "type": "file", "title": "เอกสาร",
                                         "note": "ขอเผยแพร่", "file": (COMPLAINT.open("rb"), "c.pdf")},
                    content_type="multipart/form-data")
    assert r.status_code == 302
    with lib.session() as s:
        item = s.scalar(select(Content).where(Content.title == "เอกสาร"))
        assert item.current_file is not None and item.current_file.analysed_at is not None
    auth.login("reviewer")
    assert "เอกสาร" in client.get("/staff/review/").data.decode()


def test_external_submitter_cannot_post_where_not_accepted(client, auth, lib):
    auth.login("agency")
    r = client.post("/submit/new", data={"folder": _folder_id(lib, "/oia/s9/s9-1"), "type": "news", "title": "x",
                                         "note": "y"})
    assert r.status_code == 400


def test_admin_creates_a_user_who_can_sign_in(client, auth, lib):
    auth.login("admin")
    r = client.post("/admin/users", data={"username": "newbie", "display_name": "ผู้ใช้ใหม่", "roles": ["officer"],
                                          "password": "a long enough password"})
    assert r.status_code == 302
    r = client.post("/admin/users", data={"username": "Bad Name!", "password": "a long enough password"},
                    follow_redirects=True)
    assert "username" in r.data.decode()
    auth.login("newbie", "a long enough password")
    assert client.get("/staff/").status_code == 200


def test_admin_roles_deactivation_and_local_roles(client, auth, lib):
    auth.login("admin")
    with lib.session() as s:
        uid = s.scalar(select(User.id).where(User.username == "plain"))
    client.post(f"/admin/users/{uid}", data={"roles": ["officer", "reviewer"], "active": "1"})
    with lib.session() as s:
        assert s.get(User, uid).role_names == {"officer", "reviewer"}
    client.post("/admin/roles", data={"folder": "/news", "username": "plain", "role": "contributor", "op": "grant"})
    with lib.session() as s:
        assert s.scalar(select(LocalRole).where(LocalRole.user_id == uid)) is not None
    assert "/news" in client.get("/admin/roles").data.decode()
    client.post(f"/admin/users/{uid}", data={"roles": ["officer"]})  # not active
    assert auth.login("plain").status_code == 400


def test_admin_profile_and_officials(client, auth, lib):
    auth.login("admin")
    client.post("/admin/profile", data={"name": "จังหวัดทดสอบ", "name_en": "", "website": "", "addresses": "",
                                        "phones": "", "fax": "", "emails": ""})
    client.post("/admin/profile", data={"op": "official", "name": "นายทดสอบ ผู้ว่า", "position": "ผู้ว่าราชการจังหวัด"})
    with lib.session() as s:
        assert s.get(AgencyProfileRow, 1).name == "จังหวัดทดสอบ"
    html = client.get("/contact").data.decode()
    assert "นายทดสอบ ผู้ว่า" in html
    assert client.get("/admin/audit?verify=1").status_code == 200


def test_the_header_switches_language_and_shows_the_agency(client, auth):
    assert PASSWORD
    auth.login("admin")
    client.post("/admin/profile", data={"name": "จังหวัดทดสอบ", "name_en": "Test Province", "website": "",
                                        "addresses": "", "phones": "", "fax": "", "emails": ""})
    assert "จังหวัดทดสอบ" in client.get("/").data.decode()
    client.get("/lang/en")
    html = client.get("/").data.decode()
    assert "Test Province" in html and "Official Information Centre" in html
