"""The in-app inbox and the notification settings with the Flask client: the unread badge in the
header, opening and marking read (POSTs with CSRF), preferences, English, and e-mail from a request."""

from __future__ import annotations

import re
from typing import Any

import pytest
from sqlalchemy import select

from library import users
from library.models import Content, Notification
from tests.webui.conftest import COMPLAINT, make_config

TITLE = "หนังสือแจ้งผลการพิจารณาคำขอ"


def badge(html: str) -> int:
    m = re.search(r'class="badge-unread" data-unread="(\d+)"', html)
    return int(m.group(1)) if m else 0


def _folder_id(lib: Any, path: str) -> str:
    with lib.session() as s:
        return str(s.scalar(select(Content.id).where(Content.path == path)))


def _uid(lib: Any, title: str) -> str:
    with lib.session() as s:
        return str(s.scalar(select(Content.uid).where(Content.title == title)))


def test_reviewer_sees_the_badge_opens_the_item_and_it_is_read(client, auth, lib, upload) -> None:
    auth.login("reviewer")
    assert badge(client.get("/staff/").data.decode()) == 0
    auth.login("officer")
    assert upload(COMPLAINT, title=TITLE).status_code == 302
    assert badge(client.get("/staff/").data.decode()) == 0  # the uploader asked; not told
    auth.login("reviewer")
    html = client.get("/staff/").data.decode()
    assert badge(html) == 1 and 'href="/account/notifications/"' in html
    inbox = client.get("/account/notifications/").data.decode()
    assert f"มีเรื่องรอตรวจสอบ: {TITLE}" in inbox and "Officer ส่งเรื่องนี้ให้ตรวจสอบและอนุมัติเผยแพร่" in inbox
    with lib.session() as s:
        n = s.scalar(select(Notification))
    r = client.post(f"/account/notifications/{n.id}/read", data={"open": "1"})
    assert r.status_code == 302 and r.headers["Location"] == f"/staff/item/{_uid(lib, TITLE)}"
    assert badge(client.get("/staff/").data.decode()) == 0
    assert "note-read" in client.get("/account/notifications/").data.decode()


def test_mark_all_read_and_only_ones_own(client, auth, lib) -> None:
    auth.login("agency")
    for t in ("ขอประชาสัมพันธ์งานวันเกษตร", "ขอประชาสัมพันธ์ตลาดนัดชุมชน"):
        r = client.post("/submit/new", data={"folder": _folder_id(lib, "/news"), "type": "news", "title": t,
                                             "body": "เชิญชวนร่วมงาน", "note": "ขอเผยแพร่ในหมวดข่าว"})
        assert r.status_code == 302
    auth.login("admin")
    html = client.get("/account/notifications/").data.decode()
    assert badge(html) == 2 and "หน่วยงานภายนอกขอเผยแพร่: ขอประชาสัมพันธ์ตลาดนัดชุมชน" in html
    assert "จาก สำนักงานเกษตรจังหวัด รอการกลั่นกรอง" in html
    with lib.session() as s:
        ids = list(s.scalars(select(Notification.id)))
    auth.login("reviewer")  # not the reviewer's: 404, and nothing changes
    assert client.post(f"/account/notifications/{ids[0]}/read").status_code == 404
    auth.login("admin")
    assert badge(client.get("/staff/").data.decode()) == 2
    r = client.post("/account/notifications/read-all", follow_redirects=True)
    assert "ทำเครื่องหมายว่าอ่านแล้ว 2 รายการ" in r.data.decode() and badge(r.data.decode()) == 0
    assert "แสดงเฉพาะที่ยังไม่อ่าน" in r.data.decode()
    assert "ยังไม่มีการแจ้งเตือน" in client.get("/account/notifications/?show=unread").data.decode()


@pytest.mark.parametrize("path", ["/account/notifications/", "/account/notifications/preferences"])
def test_signed_out_visitors_are_sent_to_sign_in(client, path) -> None:
    r = client.get(path)
    assert r.status_code == 302 and "/login" in r.headers["Location"]


def test_preferences_page(client, auth, lib, upload) -> None:
    auth.login("reviewer")
    html = client.get("/account/notifications/preferences").data.decode()
    assert "มีเรื่องส่งมาให้ตรวจสอบ" in html and 'name="review.requested:in_app" value="1"' in html
    assert html.count("checked") == 2 * 7  # every event, both channels, on by default; no digest
    assert "การแจ้งเตือนจะแสดงในกล่องการแจ้งเตือนเท่านั้น" in html  # no SMTP in this app
    form = {f"{e}:{c}": "1" for e in ("verification.failed", "feedback.received", "item.stale",
                                      "submission.received", "report.ready", "link.broken")
            for c in ("in_app", "email")}
    form.update({"review.requested:email": "1", "digest": "1"})  # no in-app notice of review requests
    r = client.post("/account/notifications/preferences", data=form, follow_redirects=True)
    assert "บันทึกการตั้งค่าการแจ้งเตือนแล้ว" in r.data.decode()
    with lib.session() as s:
        from library import notifications

        p = notifications.preferences(s, users.get_user(s, "reviewer").id)
    assert not p.wants("review.requested", "in_app") and p.wants("review.requested", "email") and p.digest
    auth.login("officer")
    upload(COMPLAINT, title=TITLE)
    auth.login("reviewer")
    assert badge(client.get("/staff/").data.decode()) == 0


def test_english_inbox(client, auth, lib) -> None:
    auth.login("agency")
    client.post("/submit/new", data={"folder": _folder_id(lib, "/news"), "type": "news", "title": "ข่าวงานแข่งเรือ",
                                     "body": "เชิญชวน", "note": "ขอเผยแพร่"})
    auth.login("admin")
    client.get("/lang/en")
    html = client.get("/account/notifications/").data.decode()
    assert "Submission from an outside agency: ข่าวงานแข่งเรือ" in html and ">Notifications" in html
    assert "Mark all as read" in html and "1 unread" in html


def test_csrf_protects_the_inbox(instance) -> None:
    from tests.webui.conftest import PASSWORD
    from webui import create_app

    app = create_app(make_config(instance, WTF_CSRF_ENABLED=True))
    try:
        c = app.test_client()
        html = c.get("/login").data.decode()
        token = re.search(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"', html).group(1)
        r = c.post("/login", data={"username": "admin", "password": PASSWORD, "csrf_token": token})
        assert r.status_code == 302
        lib = app.extensions["phoei"].library
        with lib.transaction() as s:
            admin = users.get_user(s, "admin")
            s.add(Notification(user_id=admin.id, event="report.ready", params={"month": "2568-10"}, in_app=True,
                               email_mode="none"))
        for path in ("/account/notifications/read-all", "/account/notifications/preferences"):
            assert c.post(path, data={}).status_code == 400
        assert badge(c.get("/staff/").data.decode()) == 1
        page = c.get("/account/notifications/").data.decode()
        assert "รายงานประจำเดือน 2568-10 พร้อมแล้ว" in page
        token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
        c.post("/account/notifications/read-all", data={"csrf_token": token})
        assert badge(c.get("/staff/").data.decode()) == 0
    finally:
        app.extensions["phoei"].library.dispose()
