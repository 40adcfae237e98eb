"""Typed text on the review screen through the test client: check, decide, apply, publish, read as a citizen."""

from __future__ import annotations

import re

from sqlalchemy import select

from library import content, lifecycle, typed, users
from library.models import Content
from library.security import Principal
from tests.fixtures.make_pdf import national_id

NID = national_id("170330021455")
MOBILE = "086-552-7190"
MONARCHY = "พระบาทสมเด็จพระเจ้าอยู่หัวทรงพระกรุณาโปรดเกล้าฯ พระราชทานเงินช่วยเหลือผู้ประสบอุทกภัย"


def _news(lib, body: str) -> str:
    with lib.transaction() as s:
        officer = Principal.of(users.get_user(s, "officer"))
        item = content.create(s, officer, content.get(s, "/news"), "news", title="ช่วยเหลือผู้ประสบอุทกภัย",
                              body=body)
        return item.uid


def test_news_body_is_reviewed_on_the_text_and_published_masked(client, auth, lib):
    uid = _news(lib, f"{MONARCHY}\nผู้ประสานงานในพื้นที่ เลขประจำตัวประชาชน {NID} โทร {MOBILE}")
    auth.login("reviewer")
    page = client.get(f"/staff/item/{uid}").data.decode()
    assert 'id="btn-check-text"' in page
    r = client.post(f"/staff/review/text/{uid}")
    assert r.status_code == 302
    screen_url = r.headers["Location"]
    html = client.get(screen_url).data.decode()
    fid = int(re.search(r"/staff/review/(\d+)", screen_url).group(1))
    # Proposals sit on the text itself, in the field they came from.
    assert re.search(r'<mark class="eff-redact lbl-NATIONAL_ID"[^>]*>' + NID + "</mark>", html)
    assert re.search(r'<mark class="eff-undecided lbl-MONARCHY"', html)
    assert "เนื้อหา" in html
    # Publishing is blocked while the passage is undecided; apply is refused too.
    r = client.post(f"/staff/item/{uid}/transition", data={"action": "publish", "comment": "ok"})
    with lib.session() as s:
        assert content.get(s, uid).state == "private"
    assert client.post(f"/staff/review/{fid}/apply").status_code == 302
    with lib.session() as s:
        assert NID in content.get(s, uid).body
    # Decide: keep the passage (reject), then apply and publish.
    with lib.session() as s:
        f = typed.current_text_document(s, content.get(s, uid))
        pid = next(p.proposal_id for p in f.proposals if p.label == "MONARCHY")
    assert client.post(f"/staff/review/{fid}/decide", data={"proposal_id": pid, "action": "reject"}).status_code == 302
    r = client.post(f"/staff/review/{fid}/apply")
    assert r.status_code == 302 and r.headers["Location"] != screen_url  # the new check of the masked text
    r = client.post(f"/staff/item/{uid}/transition", data={"action": "publish", "comment": "ok"})
    assert r.status_code == 302
    with lib.session() as s:
        item = content.get(s, uid)
        assert item.state == "published", lifecycle.blockers(s, item, "publish")
        path = item.path
    auth.logout()
    public = client.get("/browse" + path).data.decode()
    assert "ผู้ประสานงานในพื้นที่" in public and "พระราชทานเงินช่วยเหลือ" in public
    digits = re.sub(r"\D", "", public)
    assert NID not in digits and re.sub(r"\D", "", MOBILE) not in digits


def test_queue_lists_typed_text_to_decide(client, auth, lib):
    uid = _news(lib, f"ผู้ประสานงาน โทร {MOBILE}")
    with lib.transaction() as s:
        officer = Principal.of(users.get_user(s, "officer"))
        lifecycle.transition(s, officer, content.get(s, uid), "submit")
    auth.login("reviewer")
    html = client.get("/staff/review/").data.decode()
    with lib.session() as s:
        item = s.scalar(select(Content).where(Content.uid == uid))
        f = typed.current_text_document(s, item)
    assert f"/staff/review/{f.id}" in html and "ช่วยเหลือผู้ประสบอุทกภัย" in html


def test_rescan_findings_are_answered_on_the_queue(client, auth, lib):
    """A finding of the re-scan is a review task on the queue; taking it down retracts the item."""
    from library import rescan, typed
    from library.models import RescanFinding
    from tests.library.test_lib_rescan import BODY, PLANTED, new_rules

    uid = _news(lib, BODY)
    with lib.transaction() as s:
        item = content.get(s, uid)
        reviewer = Principal.of(users.get_user(s, "reviewer"))
        typed.check(s, reviewer, item)
        lifecycle.transition(s, reviewer, item, "publish")
    report = rescan.rescan(lib, **new_rules())  # type: ignore[arg-type]
    assert report.findings >= 1
    with lib.session() as s:
        fid = s.scalar(select(RescanFinding.id).where(RescanFinding.text == PLANTED))
    auth.login("officer2")  # an officer of another folder, who may not see originals there: no findings shown
    assert PLANTED not in client.get("/staff/review/").data.decode()
    assert client.post(f"/staff/review/rescan/{fid}", data={"action": "dismiss"}).status_code == 403
    auth.login("reviewer")
    html = client.get("/staff/review/").data.decode()
    assert 'id="rescan-findings"' in html and PLANTED in html
    r = client.post(f"/staff/review/rescan/{fid}", data={"action": "take_down", "note": "ปกปิดรหัสตู้"})
    assert r.status_code == 302
    with lib.session() as s:
        assert content.get(s, uid).state == "private"
        assert s.get(RescanFinding, fid).status == "taken_down"
    assert PLANTED not in client.get("/staff/review/").data.decode().split('id="rescan"')[1]


def test_four_eyes_keeps_the_author_of_a_typed_text_from_approving_it(client, auth, lib):
    """Four-eyes (on by default) for typed text: the reviewer who wrote a news body may neither decide nor
    apply its redactions, nor publish it; another reviewer may. Masking the text does not make the
    masker its author, and a colleague's later edit of the title does not take the body from its writer."""
    with lib.transaction() as s:
        # reviewer2 is the other reviewer; "reviewer" also writes news (contributor on /news).
        users.create_user(s, Principal.operator("t"), "reviewer2", display_name="ผู้ตรวจสอบสอง",
                          roles=["reviewer"], password_hash=users.get_user(s, "reviewer").password_hash)
        users.grant_local(s, Principal.operator("t"), content.get(s, "/news"), users.get_user(s, "reviewer"),
                          "contributor")
        author = Principal.of(users.get_user(s, "reviewer"))
        item = content.create(s, author, content.get(s, "/news"), "news", title="ประกาศรับสมัครอาสาสมัคร",
                              body=f"ติดต่อผู้ประสานงาน เลขประจำตัวประชาชน {NID} โทร {MOBILE}")
        uid = item.uid
    auth.login("reviewer")
    r = client.post(f"/staff/review/text/{uid}")
    fid = int(re.search(r"/staff/review/(\d+)", r.headers["Location"]).group(1))
    html = client.get(f"/staff/review/{fid}").data.decode()
    assert "ท่านเป็นผู้เขียนข้อความนี้" in html and 'id="btn-apply"' not in html
    with lib.session() as s:
        f = typed.current_text_document(s, content.get(s, uid))
        pid = next(p.proposal_id for p in f.proposals if p.label == "NATIONAL_ID")
        assert typed.authors(s, content.get(s, uid)) == {"reviewer"}
    assert client.post(f"/staff/review/{fid}/decide", data={"proposal_id": pid, "action": "reject"}).status_code == 403
    assert client.post(f"/staff/review/{fid}/apply").status_code == 403
    # The other reviewer decides and applies; the author still may not publish the masked text.
    auth.logout()
    auth.login("reviewer2")
    html = client.get(f"/staff/review/{fid}").data.decode()
    assert "ท่านเป็นผู้เขียนข้อความนี้" not in html and 'id="btn-apply"' in html
    assert client.post(f"/staff/review/{fid}/decide", data={"proposal_id": pid, "action": "accept"}).status_code == 302
    assert client.post(f"/staff/review/{fid}/apply").status_code == 302
    with lib.transaction() as s:
        item = content.get(s, uid)
        assert NID not in item.body
        assert typed.authors(s, item) == {"reviewer"}  # the masking is no writing
        content.update_item(s, Principal.of(users.get_user(s, "admin")), item, title="ประกาศรับอาสาสมัคร")
        assert typed.authors(s, item) == {"reviewer", "admin"}
    client.post(f"/staff/review/text/{uid}")
    auth.logout()
    auth.login("reviewer")
    r = client.post(f"/staff/item/{uid}/transition", data={"action": "publish", "comment": "ok"},
                    follow_redirects=True)
    assert "หลักสี่ตา" in r.data.decode()
    with lib.session() as s:
        assert content.get(s, uid).state == "private"
    auth.logout()
    auth.login("reviewer2")
    client.post(f"/staff/item/{uid}/transition", data={"action": "publish", "comment": "ok"})
    with lib.session() as s:
        item = content.get(s, uid)
        assert item.state == "published", lifecycle.blockers(s, item, "publish")


def test_a_typed_text_with_nothing_to_withhold_is_published_by_its_author(client, auth, lib):
    """Four-eyes is about approving redactions: a reviewer's own notice with nothing personal in it needs no
    second reviewer (a file's uploader still always does)."""
    with lib.transaction() as s:
        users.grant_local(s, Principal.operator("t"), content.get(s, "/news"), users.get_user(s, "reviewer"),
                          "contributor")
        author = Principal.of(users.get_user(s, "reviewer"))
        uid = content.create(s, author, content.get(s, "/news"), "news", title="ปิดทำการวันหยุดราชการ",
                             body="สำนักงานปิดทำการในวันหยุดราชการ เปิดทำการตามปกติในวันถัดไป").uid
    auth.login("reviewer")
    client.post(f"/staff/review/text/{uid}")
    client.post(f"/staff/item/{uid}/transition", data={"action": "publish", "comment": "ok"})
    with lib.session() as s:
        assert content.get(s, uid).state == "published"
