"""The citizens' feedback loop on the site (issue #17 part 5): reference and status page, staff answer
(the rate limit on anonymous reports is tested with the other limits, tests/webui/test_throttle.py);
and the currency pieces staff see (part 6)."""

from __future__ import annotations

import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from sqlalchemy import select

from library.models import Feedback, OutboxMessage
from tests.webui.conftest import make_config

STATUS = re.compile(r"/feedback/status/(FB-\d{4}-\d{6})/([A-Za-z0-9_-]+)")


def _file(client, message="ตัวเลขงบประมาณในหน้าไม่ตรงกับเอกสาร", addr="203.0.113.5", **extra):
    return client.post("/feedback", data={"kind": "incorrect", "message": message, **extra},
                       environ_base={"REMOTE_ADDR": addr})


def test_citizen_gets_a_reference_and_a_private_status_page(client, lib):
    r = _file(client, contact_email="citizen@example.org")
    assert r.status_code == 302
    m = STATUS.search(r.headers["Location"])
    assert m, r.headers["Location"]
    ref, token = m.groups()
    page = client.get(r.headers["Location"])
    html = page.data.decode()
    assert page.status_code == 200 and ref in html and "ใหม่" in html
    assert "ตัวเลขงบประมาณ" not in html and "citizen@example.org" not in html  # content is never shown
    assert page.headers["Cache-Control"] == "no-store" and page.headers["Referrer-Policy"] == "no-referrer"
    assert "noindex" in page.headers["X-Robots-Tag"]
    assert "อีเมลที่ท่านให้ไว้" in html
    for bad in (f"/feedback/status/{ref}/{token[:-2]}xx", f"/feedback/status/{ref}/", "/feedback/status/FB-2500-000001/"
                + token, f"/feedback/status/{ref[:-1]}9/{token}"):
        assert client.get(bad).status_code == 404, bad
    with lib.session() as s:
        fb = s.scalar(select(Feedback).where(Feedback.reference == ref))
        assert fb.token_hash and token not in fb.token_hash
        topics = [m.topic for m in s.scalars(select(OutboxMessage))]
        assert "feedback.received" in topics


def test_staff_answer_reaches_the_status_page_and_the_outbox(client, auth, lib):
    r = _file(client)
    url = r.headers["Location"].split("?")[0]
    auth.login("reviewer")
    html = client.get("/staff/feedback").data.decode()
    ref = STATUS.search(url).group(1)
    assert ref in html and "ไม่ได้ให้อีเมล" in html
    with lib.session() as s:
        fid = s.scalar(select(Feedback.id).where(Feedback.reference == ref))
    assert client.post(f"/staff/feedback/{fid}", data={"action": "resolve",
                                                      "response": "แก้ไขตัวเลขให้ตรงกับเอกสารแล้ว"}).status_code == 302
    auth.logout()
    html = client.get(url).data.decode()
    assert "แก้ไขแล้ว" in html and "แก้ไขตัวเลขให้ตรงกับเอกสารแล้ว" in html
    with lib.session() as s:
        [msg] = s.scalars(select(OutboxMessage).where(OutboxMessage.topic == "feedback.answered")).all()
        assert msg.payload["feedback_id"] == fid


def test_responsible_officer_is_named_by_admins_and_shown_to_staff(client, auth, lib):
    from library import content, users
    from library.security import Principal

    with lib.transaction() as s:
        news = content.get(s, "/news")
        reviewer_id = users.get_user(s, "reviewer").id
        agency_id = users.get_user(s, "agency").id
        item = content.create(s, Principal.of(users.get_user(s, "officer")), news, "news", title="ข่าวในหมวดข่าว")
        news_uid, item_uid = news.uid, item.uid
    auth.login("officer")
    assert client.post(f"/staff/item/{news_uid}/responsible", data={"user_id": str(reviewer_id)},
                       follow_redirects=True).status_code == 200
    with lib.session() as s:
        assert content.get(s, "/news").responsible_id is None  # officers may not name one
    auth.login("admin")
    html = client.get(f"/staff/item/{news_uid}").data.decode()
    assert 'id="resp-user"' in html
    client.post(f"/staff/item/{news_uid}/responsible", data={"user_id": str(agency_id)})
    with lib.session() as s:
        assert content.get(s, "/news").responsible_id is None  # an external submitter is not staff
    client.post(f"/staff/item/{news_uid}/responsible", data={"user_id": str(reviewer_id)})
    auth.login("officer")
    html = client.get(f"/staff/item/{item_uid}").data.decode()
    resp = re.search(r'<p id="responsible">(.*?)</p>', html, re.S).group(1)
    assert "Reviewer" in resp and "กำหนดไว้ที่" in resp and 'id="resp-user"' not in html


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_HEAD(self):
        self.send_response(200 if self.path == "/ok" else 404)
        self.end_headers()


def test_periodic_jobs_check_links_notify_stale_and_purge(instance):
    from library import content, users
    from library.security import Principal
    from webui import create_app

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_port}"
    app = create_app(make_config(instance, PHOEI_LINK_ALLOW_PRIVATE="1", PHOEI_LINK_TIMEOUT="2"))
    lib, tasks = app.extensions["phoei"].library, app.extensions["phoei"].tasks
    try:
        with lib.transaction() as s:
            admin = Principal.of(users.get_user(s, "admin"))
            news = content.get(s, "/news")
            ok = content.create(s, admin, news, "link", title="ลิงก์ดี", remote_url=base + "/ok")
            bad = content.create(s, admin, news, "link", title="ลิงก์เสีย", remote_url=base + "/gone")
            ok_uid, bad_uid = ok.uid, bad.uid
        assert tasks.check_links.call_local() == 2
        assert tasks.check_links.call_local() == 0  # checked within the recheck period
        client = app.test_client()
        client.post("/login", data={"username": "admin", "password": "correct horse battery"})
        html = client.get(f"/staff/item/{bad_uid}").data.decode()
        assert 'id="link-check" class="bad"' in html and "404" in html
        assert 'id="link-check" class="ok"' in client.get(f"/staff/item/{ok_uid}").data.decode()
        assert tasks.stale.call_local() == 0
        assert tasks.purge_feedback.call_local() == 0
    finally:
        httpd.shutdown()
        lib.dispose()
