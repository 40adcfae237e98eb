"""The review screen's actions: by label, basis, manual regions, four-eyes, DOCX on its pages, publish rule."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from library import redaction
from library.models import Content, DocumentFile
from tests.webui.conftest import COMPLAINT, make_config, make_docx


def _uploaded(client: Any, auth: Any, upload: Any, lib: Any, path=COMPLAINT, title: str = "ตรวจ") -> tuple[int, str]:
    auth.login("officer")
    assert upload(path, title=title).status_code == 302
    with lib.session() as s:
        item = s.scalar(select(Content).where(Content.title == title))
        return item.current_file_id, item.uid


def _current(lib: Any, fid: int) -> dict[str, Any]:
    with lib.session() as s:
        return {k: (d.action, d.basis) for k, d in redaction.current_decisions(s, s.get(DocumentFile, fid)).items()}


def test_decide_by_label_and_change_basis(client, auth, upload, lib):
    fid, _uid = _uploaded(client, auth, upload, lib)
    auth.login("reviewer")
    with lib.session() as s:
        phones = {p.proposal_id: p.action for p in s.get(DocumentFile, fid).proposals if p.label == "PHONE"}
        pid = next(p.proposal_id for p in s.get(DocumentFile, fid).proposals if p.label == "NATIONAL_ID")
    mobile = [k for k, a in phones.items() if a == "redact"]
    assert len(mobile) == 1 and len(phones) == 3  # the caller's mobile; the agency's two landlines are kept
    # "Keep all" would disclose the mobile the policy redacts: nothing is decided, a page asks first.
    r = client.post(f"/staff/review/{fid}/decide-label", data={"label": "PHONE", "action": "reject"})
    assert r.status_code == 302 and "/decide-label?label=PHONE&action=reject" in r.headers["Location"]
    assert _current(lib, fid) == {}
    ask = client.get(r.headers["Location"]).data.decode()
    assert ask.count('<li class="proposal eff-redact"') == 1 and 'value="none"' in ask and 'value="all"' in ask
    r = client.post(f"/staff/review/{fid}/decide-label", data={"label": "PHONE", "action": "reject"},
                    headers={"X-Requested-With": "fetch"})
    assert r.get_json() == {"ok": False, "redirect": f"/staff/review/{fid}/decide-label?label=PHONE&action=reject"}
    # "Leave them": the landlines are kept by decision, the mobile stays as policy has it.
    client.post(f"/staff/review/{fid}/decide-label", data={"label": "PHONE", "action": "reject", "overturn": "none"})
    assert {k: v[0] for k, v in _current(lib, fid).items()} == {k: "reject" for k in phones if k not in mobile}
    # "All": the mobile too. Redact all phones now overturns three keeps, and asks again.
    client.post(f"/staff/review/{fid}/decide-label", data={"label": "PHONE", "action": "reject", "overturn": "all"})
    cur = _current(lib, fid)
    assert all(cur[p][0] == "reject" for p in phones)
    r = client.post(f"/staff/review/{fid}/decide-label", data={"label": "PHONE", "action": "accept"})
    assert "action=accept" in r.headers["Location"] and all(_current(lib, fid)[p][0] == "reject" for p in phones)
    assert client.post(f"/staff/review/{fid}/decide-label", data={"label": "PHONE", "action": "x"},
                       headers={"X-Requested-With": "fetch"}).status_code == 400
    # A label with nothing to overturn is decided at once.
    r = client.post(f"/staff/review/{fid}/decide-label", data={"label": "EMAIL", "action": "accept"})
    assert r.headers["Location"].endswith(f"/staff/review/{fid}")
    r = client.post(f"/staff/review/{fid}/basis", data={"proposal_id": pid, "basis": "15(2)"},
                    headers={"X-Requested-With": "fetch"})
    assert r.get_json() == {"ok": True}
    assert _current(lib, fid)[pid] == ("accept", "15(2)")
    r = client.post(f"/staff/review/{fid}/basis", data={"proposal_id": pid, "basis": "99"},
                    headers={"X-Requested-With": "fetch"})
    assert r.status_code == 400 and r.get_json()["ok"] is False


def test_manual_box_text_and_removal(client, auth, upload, lib, app):
    import pymupdf

    fid, _uid = _uploaded(client, auth, upload, lib)
    auth.login("reviewer")
    with pymupdf.open(str(COMPLAINT)) as doc:
        r = doc[0].search_for("ตัวอย่างอาหาร")[0]
    resp = client.post(f"/staff/review/{fid}/manual-box", data={"page": 1, "x0": r.x0 - 1, "y0": r.y0 + 4,
                                                                 "x1": r.x1 + 1, "y1": r.y1 - 4})
    assert resp.status_code == 302
    manual = {k: v for k, v in _current(lib, fid).items() if k.startswith("m:")}
    assert len(manual) == 1
    key = next(iter(manual))
    html = client.get(f"/staff/review/{fid}").data.decode()
    assert "ตัวอย่างอาหาร" in html and f'data-key="{key}"' in html
    # an empty box says so
    resp = client.post(f"/staff/review/{fid}/manual-box", data={"page": 1, "x0": 500, "y0": 800, "x1": 510, "y1": 810},
                       headers={"X-Requested-With": "fetch"})
    assert resp.status_code == 400 and "ไม่พบข้อความ" in resp.get_json()["error"]
    assert client.post(f"/staff/review/{fid}/manual-remove", data={"key": key}).status_code == 302
    assert _current(lib, fid)[key][0] == "reject"


def test_publish_only_after_verification(client, auth, upload, lib):
    fid, uid = _uploaded(client, auth, upload, lib)
    auth.login("reviewer")
    html = client.get(f"/staff/review/{fid}").data.decode()
    assert 'id="btn-publish" disabled' in html
    r = client.post(f"/staff/item/{uid}/transition", data={"action": "publish"})
    assert r.status_code == 302
    with lib.session() as s:
        assert s.scalar(select(Content.state).where(Content.uid == uid)) != "published"
    client.post(f"/staff/review/{fid}/apply")
    # a later decision makes the verification stale again
    with lib.session() as s:
        pid = next(p.proposal_id for p in s.get(DocumentFile, fid).proposals if p.label == "EMAIL")
    client.post(f"/staff/review/{fid}/decide", data={"proposal_id": pid, "action": "reject"})
    assert 'id="btn-publish" disabled' in client.get(f"/staff/review/{fid}").data.decode()
    client.post(f"/staff/review/{fid}/apply")
    html = client.get(f"/staff/review/{fid}").data.decode()
    assert 'id="btn-publish" disabled' not in html and 'id="btn-publish"' in html
    assert client.get(f"/staff/review/{fid}/clean/1.png").status_code == 200
    client.post(f"/staff/item/{uid}/transition", data={"action": "publish"})
    with lib.session() as s:
        assert s.scalar(select(Content.state).where(Content.uid == uid)) == "published"


def test_docx_is_reviewed_on_its_rendered_pages_and_its_text(client, auth, upload, lib, tmp_path, app, libreoffice):
    import json

    from worker import steps

    fid, _uid = _uploaded(client, auth, upload, lib, make_docx(tmp_path / "l.docx"), "เอกสาร Word")
    auth.login("reviewer")
    html = client.get(f"/staff/review/{fid}").data.decode()
    assert 'id="doctext"' in html and 'class="page"' in html and 'id="pages-notice"' not in html
    assert html.count('class="box ') >= 2 and "lbl-NATIONAL_ID" in html
    assert client.get(f"/staff/review/{fid}/page/1.png").status_code == 200
    with lib.session() as s:
        f = s.get(DocumentFile, fid)
        text_len, sha = f.text_length, f.original_sha256
        the_id = next(p for p in f.proposals if p.label == "NATIONAL_ID")
        id_span = (the_id.start_offset, the_id.end_offset)
    lay = json.loads(steps.layout_path(app.extensions["phoei"].cache, sha).read_text(encoding="utf-8"))
    (page, x0, y0, x1, y1), = lay["proposals"][the_id.proposal_id]
    # A box dragged over the ID on the page image maps back to the ID's offsets in the DOCX text.
    client.post(f"/staff/review/{fid}/decide", data={"proposal_id": the_id.proposal_id, "action": "reject"})
    assert client.post(f"/staff/review/{fid}/manual-box", data={"page": page + 1, "x0": x0 - 1, "y0": y0 + 2,
                                                                 "x1": x1 + 1, "y1": y1 - 2}).status_code == 302
    assert f"m:{id_span[0]}-{id_span[1]}" in _current(lib, fid)
    # Empty paper says why: only text matched with the DOCX can be boxed on its pages.
    resp = client.post(f"/staff/review/{fid}/manual-box", data={"page": 1, "x0": 500, "y0": 700, "x1": 510,
                                                                 "y1": 710}, headers={"X-Requested-With": "fetch"})
    assert resp.status_code == 400 and "DOCX" in resp.get_json()["error"]
    assert client.post(f"/staff/review/{fid}/manual-text", data={"start": 0, "end": 5}).status_code == 302
    assert client.post(f"/staff/review/{fid}/manual-text", data={"start": 0, "end": text_len + 10},
                       headers={"X-Requested-With": "fetch"}).status_code == 400
    client.post(f"/staff/review/{fid}/apply")
    html = client.get(f"/staff/review/{fid}").data.decode()
    assert "ตรวจสอบผ่าน" in html and f"/staff/review/{fid}/clean/1.png" in html
    assert client.get(f"/staff/review/{fid}/clean/1.png").status_code == 200


def test_docx_items_its_pages_do_not_show_are_listed_not_dropped(client, auth, upload, lib, tmp_path, libreoffice):
    import docx

    d = docx.Document()
    d.add_paragraph("เรื่อง ขอข้อมูลข่าวสาร")
    para = d.add_paragraph("ผู้ประสานงานของสำนักงาน ")
    d.add_comment(para.runs[0], text="ติดต่อผู้ร้องที่ 081-234-5678", author="ผู้ตรวจ", initials="ผต")
    d.add_paragraph("จึงเรียนมาเพื่อโปรดทราบ")
    path = tmp_path / "commented.docx"
    d.save(str(path))
    fid, _uid = _uploaded(client, auth, upload, lib, path, "เอกสารมีความเห็น")
    auth.login("reviewer")
    html = client.get(f"/staff/review/{fid}").data.decode()
    assert 'class="page"' in html and 'id="unplaced"' in html
    with lib.session() as s:
        (phone,) = [p for p in s.get(DocumentFile, fid).proposals if p.label == "PHONE"]
    notice = html[html.index('id="unplaced"'):]
    notice = notice[:notice.index("</div>")]
    assert f'href="#p-{phone.proposal_id}"' in notice and "081-234-5678" in notice
    assert "อยู่ในส่วนที่ไม่แสดงบนหน้า" in notice  # a comment: in the file, never on a page
    assert f'id="p-{phone.proposal_id}"' in html  # and it is still decided in the list


def test_docx_without_libreoffice_keeps_the_text_view_and_says_why(client, auth, upload, lib, tmp_path,
                                                                    monkeypatch):
    monkeypatch.setenv("PHOEI_SOFFICE", str(tmp_path / "no-soffice"))
    fid, _uid = _uploaded(client, auth, upload, lib, make_docx(tmp_path / "l.docx"), "เอกสาร Word")
    auth.login("reviewer")
    html = client.get(f"/staff/review/{fid}").data.decode()
    assert 'id="doctext"' in html and "lbl-NATIONAL_ID" in html and 'class="page"' not in html
    assert 'id="pages-notice"' in html and "LibreOffice" in html
    assert client.get(f"/staff/review/{fid}/page/1.png").status_code == 404
    client.post(f"/staff/review/{fid}/apply")
    html = client.get(f"/staff/review/{fid}").data.decode()
    assert "ตรวจสอบผ่าน" in html and "/clean/1.png" not in html  # the DOCX alone, no rendition
    with lib.session() as s:
        ver = redaction.latest_verification(s, s.get(DocumentFile, fid))
        assert ver.passed and ver.report["pdf_rendition"] == {
            "made": False, "reason": "unavailable", "message": "LibreOffice (soffice) is not installed"}


def test_an_officer_without_the_redact_permission_cannot_decide(client, auth, upload, lib):
    fid, _uid = _uploaded(client, auth, upload, lib)
    auth.login("plain")
    assert client.get(f"/staff/review/{fid}").status_code == 404
    assert client.post(f"/staff/review/{fid}/apply").status_code == 404


def test_four_eyes(instance, lib=None):
    from webui import create_app

    app = create_app(make_config(instance, PHOEI_FOUR_EYES=True))
    client = app.test_client()
    lib = app.extensions["phoei"].library
    client.post("/login", data={"username": "admin", "password": "correct horse battery"})
    with lib.session() as s:
        folder = s.scalar(select(Content).where(Content.path == "/oia/s9/s9-1")).id
    client.post("/staff/upload", data={"folder": str(folder), "title": "ของผู้ดูแล",
                                       "files": [(COMPLAINT.open("rb"), "c.pdf")]}, content_type="multipart/form-data")
    with lib.session() as s:
        item = s.scalar(select(Content).where(Content.title == "ของผู้ดูแล"))
        fid, uid = item.current_file_id, item.uid
    assert "หลักสี่ตา" in client.get(f"/staff/review/{fid}").data.decode()
    assert client.post(f"/staff/review/{fid}/apply").status_code == 403
    r = client.post(f"/staff/item/{uid}/transition", data={"action": "publish"}, follow_redirects=True)
    assert "หลักสี่ตา" in r.data.decode()
    lib.dispose()


@pytest.mark.parametrize("url", ["/staff/", "/staff/uploads", "/staff/tree", "/staff/due", "/staff/review/",
                                 "/staff/feedback"])
def test_staff_pages_render(client, auth, upload, lib, url):
    _uploaded(client, auth, upload, lib)
    auth.login("reviewer")
    assert client.get(url).status_code == 200


def test_staff_item_edit_versions_and_revert(client, auth, upload, lib):
    _fid, uid = _uploaded(client, auth, upload, lib)
    html = client.get(f"/staff/item/{uid}").data.decode()
    assert "ขั้นตอนการอนุมัติ" in html
    auth.login("reviewer")
    r = client.post(f"/staff/item/{uid}/edit", data={"title": "ชื่อใหม่", "document_date": "2024-05-01",
                                                     "note": "แก้ชื่อ"})
    assert r.status_code == 302
    with lib.session() as s:
        item = s.scalar(select(Content).where(Content.uid == uid))
        assert item.title == "ชื่อใหม่" and item.version >= 3
    client.post(f"/staff/item/{uid}/revert/2")
    with lib.session() as s:
        assert s.scalar(select(Content.title).where(Content.uid == uid)) == "ตรวจ"


def test_reject_needs_a_reason(client, auth, upload, lib):
    _fid, uid = _uploaded(client, auth, upload, lib)
    auth.login("reviewer")
    r = client.post(f"/staff/item/{uid}/transition", data={"action": "reject", "comment": ""}, follow_redirects=True)
    assert "ดำเนินการไม่ได้" in r.data.decode()
    client.post(f"/staff/item/{uid}/transition", data={"action": "reject", "comment": "ขาดเลขที่หนังสือ"})
    with lib.session() as s:
        assert s.scalar(select(Content.state).where(Content.uid == uid)) == "private"


def test_staff_create_news_and_publish(client, auth, lib):
    auth.login("officer")
    with lib.session() as s:
        news = s.scalar(select(Content).where(Content.path == "/news"))
    r = client.post(f"/staff/item/{news.uid}/add", data={"type": "news", "title": "ข่าวทดสอบ", "body": "เนื้อข่าว"})
    assert r.status_code == 302
    with lib.session() as s:
        item = s.scalar(select(Content).where(Content.title == "ข่าวทดสอบ"))
    client.post(f"/staff/item/{item.uid}/transition", data={"action": "submit"})
    auth.login("reviewer")
    client.post(f"/staff/item/{item.uid}/transition", data={"action": "publish"})
    auth.logout()
    assert "ข่าวทดสอบ" in client.get("/").data.decode()
    assert "ข่าวทดสอบ" in client.get("/feeds/news.rss").data.decode()


def test_header_shows_the_display_name(client, auth, lib):
    from library import users

    with lib.transaction() as s:
        users.get_user(s, "reviewer").display_name = "นางสาวตรวจ ละเอียด"
    auth.login("reviewer")
    html = client.get("/staff/").data.decode()
    assert '<span class="who">นางสาวตรวจ ละเอียด</span>' in html
    assert '<span class="who">reviewer</span>' not in html


def test_four_eyes_is_on_by_default_and_off_with_the_setting(instance, monkeypatch):
    from webui import create_app

    monkeypatch.delenv("PHOEI_FOUR_EYES", raising=False)
    app = create_app(make_config(instance))
    assert app.config["PHOEI_FOUR_EYES"] is True
    app.extensions["phoei"].library.dispose()
    monkeypatch.setenv("PHOEI_FOUR_EYES", "0")
    app = create_app(make_config(instance))
    assert app.config["PHOEI_FOUR_EYES"] is False
    app.extensions["phoei"].library.dispose()


def test_four_eyes_follows_the_uploader_of_the_current_file(client, auth, upload, lib):
    """A reviewer who replaces the file of someone else's item may not decide, apply or publish it alone."""
    fid, uid = _uploaded(client, auth, upload, lib, title="ของเจ้าหน้าที่")
    auth.login("reviewer")
    r = client.post(f"/staff/item/{uid}/file", data={"file": (COMPLAINT.open("rb"), "new.pdf")},
                    content_type="multipart/form-data")
    assert r.status_code == 302
    with lib.session() as s:
        item = s.scalar(select(Content).where(Content.uid == uid))
        new_fid = item.current_file_id
        f = s.get(DocumentFile, new_fid)
        assert new_fid != fid and f.uploaded_by == "reviewer"
        pid = f.proposals[0].proposal_id
    assert "หลักสี่ตา" in client.get(f"/staff/review/{new_fid}").data.decode()
    assert client.post(f"/staff/review/{new_fid}/decide", data={"proposal_id": pid, "action": "reject"}
                       ).status_code == 403
    assert client.post(f"/staff/review/{new_fid}/apply").status_code == 403
    client.post(f"/staff/item/{uid}/transition", data={"action": "publish"})
    with lib.session() as s:
        assert s.scalar(select(Content).where(Content.uid == uid)).state != "published"
    # Someone else (here the site administrator) decides for the new file.
    auth.login("admin")
    assert client.post(f"/staff/review/{new_fid}/decide", data={"proposal_id": pid, "action": "reject"}
                       ).status_code == 302


def test_four_eyes_publish_needs_decisions_by_someone_other_than_the_uploader(client, auth, upload, lib):
    """Decisions in force made by the uploader of the current file (four-eyes was off then) block publishing."""
    from library import redaction as red
    from library import users
    from library.security import Principal

    fid, uid = _uploaded(client, auth, upload, lib, title="ตัดสินใจเอง")
    with lib.transaction() as s:
        f = s.get(DocumentFile, fid)
        f.uploaded_by = "admin"  # as if the administrator had uploaded it
        admin = Principal.of(users.get_user(s, "admin"))
        red.decide(s, admin, f, f.proposals[0].proposal_id, "reject", None)
        item = s.scalar(select(Content).where(Content.uid == uid))
        problem = red.four_eyes_problem(s, Principal.of(users.get_user(s, "reviewer")), item, "publish")
    assert problem is not None and "admin" in problem


def test_a_refused_decision_answers_a_script_in_json_and_the_form_on_the_screen(client, auth, upload, lib):
    """The review screen's refusals (webui.review._attempt over form_action): a script's request gets the
    reason in its answer and no flash is left for the next page; a form's request gets it flashed there."""
    fid, _uid = _uploaded(client, auth, upload, lib, title="ตรวจการปฏิเสธ")
    auth.login("reviewer")
    with lib.session() as s:
        pid = next(p.proposal_id for p in s.get(DocumentFile, fid).proposals if p.label == "NATIONAL_ID")
    r = client.post(f"/staff/review/{fid}/decide", data={"proposal_id": pid, "action": "accept", "basis": "99"},
                    headers={"X-Requested-With": "fetch"})
    assert r.status_code == 400 and r.get_json() == {"ok": False, "error": "ฐานทางกฎหมายไม่ถูกต้อง"}
    with client.session_transaction() as sess:
        assert not sess.get("_flashes")
    r = client.post(f"/staff/review/{fid}/decide", data={"proposal_id": pid, "action": "accept", "basis": "99"})
    assert r.status_code == 302 and r.headers["Location"].endswith(f"/staff/review/{fid}")
    with client.session_transaction() as sess:
        assert sess.get("_flashes") == [("error", "ฐานทางกฎหมายไม่ถูกต้อง")]
    assert _current(lib, fid) == {}  # neither request decided anything
