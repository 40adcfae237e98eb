"""Buddhist-era date entry (issue #17 part 7): the one WTForms field behind every date box."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from library.models import Content

TEMPLATES = Path(__file__).resolve().parents[2] / "webui" / "templates"


def _news(lib, title="ข่าวทดสอบวันที่"):
    from library import content, users
    from library.security import Principal

    with lib.transaction() as s:
        officer = Principal.of(users.get_user(s, "officer"))
        item = content.create(s, officer, content.get(s, "/news"), "news", title=title, body="เนื้อหา")
        return item.uid


def _stored(lib, uid, name):
    with lib.session() as s:
        return getattr(s.scalar(select(Content).where(Content.uid == uid)), name)


def test_no_template_uses_the_browsers_date_picker():
    """Its calendar is CE and it stores a typed BE year as CE: every date box is the BE field."""
    offenders = [str(p.relative_to(TEMPLATES)) for p in TEMPLATES.rglob("*.html")
                 if re.search(r"""type=["']?(date|datetime-local)\b""", p.read_text())]
    assert offenders == []


@pytest.mark.parametrize(("typed", "stored"), [
    ("10/05/2568", date(2025, 5, 10)),
    ("๑๐/๐๕/๒๕๖๘", date(2025, 5, 10)),
    ("10 พฤษภา 68", date(2025, 5, 10)),
    ("๑๐ พ.ค. ๖๘", date(2025, 5, 10)),
    ("1 ตุลาคม พ.ศ. 2567", date(2024, 10, 1)),
    ("2568-05-10", date(2025, 5, 10)),  # what a browser date picker sent for a typed BE year
    ("2025-05-10", date(2025, 5, 10)),
    ("29 ก.พ. 2567", date(2024, 2, 29)),
])
def test_edit_form_stores_iso_and_shows_be(client, auth, lib, typed, stored):
    uid = _news(lib)
    auth.login("officer")
    r = client.post(f"/staff/item/{uid}/edit", data={"title": "ข่าวทดสอบวันที่", "effective": typed})
    assert r.status_code == 302
    eff = _stored(lib, uid, "effective")
    assert eff is not None
    from library.thaidate import to_bangkok

    assert to_bangkok(eff).date() == stored
    html = client.get(f"/staff/item/{uid}").data.decode()
    be = f"{stored.day:02d}/{stored.month:02d}/{stored.year + 543}"
    assert re.search(rf'id="f-effective"[^>]*value="{be}"|value="{be}"[^>]*id="f-effective"', html), be


@pytest.mark.parametrize(("typed", "thai", "english"), [
    ("31/04/2568", "ไม่มีวันที่ 31 เมษายน 2568", "there is no day 31 in month 4"),
    ("29 ก.พ. 2568", "ไม่มีวันที่ 29 กุมภาพันธ์ 2568", "there is no day 29"),
    ("10 พฤษภ 2568", "ไม่รู้จักชื่อเดือน", "unknown Thai month"),
    ("10/05/256", "ไม่ถูกต้อง", "four-digit"),
    ("พรุ่งนี้", "อ่านวันที่", "not a date"),
])
def test_impossible_dates_are_refused_and_nothing_changes(client, auth, lib, typed, thai, english):
    uid = _news(lib)
    auth.login("officer")
    r = client.post(f"/staff/item/{uid}/edit", data={"title": "ชื่อใหม่ไม่ควรบันทึก", "effective": typed},
                    follow_redirects=True)
    html = r.data.decode()
    assert "บันทึกไม่ได้" in html and thai in html and "เริ่มเผยแพร่" in html
    assert _stored(lib, uid, "title") == "ข่าวทดสอบวันที่" and _stored(lib, uid, "effective") is None
    client.set_cookie("lang", "en")
    r = client.post(f"/staff/item/{uid}/edit", data={"title": "x", "effective": typed}, follow_redirects=True)
    assert english in r.data.decode()
    assert _stored(lib, uid, "title") == "ข่าวทดสอบวันที่"


def test_field_messages_follow_the_page_language(app):
    from webui.dates import date_field

    with app.test_request_context("/", headers={"Accept-Language": "th"}):
        f = date_field("d", formdata={"d": "31/04/2568"})
        assert f.process_errors == ["ไม่มีวันที่ 31 เมษายน 2568"]
    with app.test_request_context("/", headers={"Cookie": "lang=en"}):
        f = date_field("d", formdata={"d": "31/04/2568"})
        assert f.process_errors == ["there is no day 31 in month 4 of 2025"]


def test_field_renders_be_and_keeps_what_was_typed(app):
    from webui.dates import date_field

    with app.test_request_context("/"):
        html = str(date_field("review_by", date(2025, 5, 10))(id="x"))
        assert 'value="10/05/2568"' in html and 'type="text"' in html and 'data-be-date="1"' in html
        html = str(date_field("review_by", datetime(2025, 5, 9, 18, 0, tzinfo=UTC))(id="x"))
        assert 'value="10/05/2568"' in html  # an instant shows its Bangkok date
        bad = date_field("review_by", formdata={"review_by": "31 เม.ย. 68"})
        assert 'value="31 เม.ย. 68"' in str(bad(id="x")) and 'aria-invalid="true"' in str(bad(id="x"))
        assert date_field("review_by", formdata={"review_by": "  "}).data is None


def test_confirm_current_reads_a_be_date(client, auth, lib):
    from library import content, lifecycle, users
    from library.security import Principal
    from library.thaidate import today_bangkok

    uid = _news(lib)
    with lib.transaction() as s:
        admin = Principal.of(users.get_user(s, "admin"))
        it = content.get(s, uid)
        lifecycle.transition(s, admin, it, "publish", "")
    auth.login("admin")
    nxt = date(today_bangkok().year + 1, 3, 1)
    r = client.post(f"/staff/item/{uid}/confirm", data={"review_by": f"๑ มี.ค. {str(nxt.year + 543)[2:]}"})
    assert r.status_code == 302
    assert _stored(lib, uid, "review_by") == nxt
    r = client.post(f"/staff/item/{uid}/confirm", data={"review_by": "30 ก.พ. 2570"}, follow_redirects=True)
    assert "ไม่มีวันที่ 30 กุมภาพันธ์ 2570" in r.data.decode()
    assert _stored(lib, uid, "review_by") == nxt


def test_upload_reads_be_dates_and_refuses_bad_ones(client, auth, lib):
    from tests.webui.conftest import COMPLAINT

    auth.login("officer")
    with lib.session() as s:
        from library import content

        fid = content.get(s, "/oia/s9/s9-1").id
    r = client.post("/staff/upload", data={"folder": str(fid), "title": "ทดสอบวันที่อัปโหลด",
                                           "document_date": "๘ เม.ย. ๒๕๖๗", "review_by": "31/09/2568",
                                           "files": [(COMPLAINT.open("rb"), "a.pdf")]},
                    content_type="multipart/form-data")
    assert r.status_code == 400
    html = r.data.decode()
    assert "ไม่มีวันที่ 31 กันยายน 2568" in html and 'value="๘ เม.ย. ๒๕๖๗"' in html
    with lib.session() as s:
        assert s.scalar(select(Content).where(Content.title == "ทดสอบวันที่อัปโหลด")) is None
    r = client.post("/staff/upload", data={"folder": str(fid), "title": "ทดสอบวันที่อัปโหลด",
                                           "document_date": "๘ เม.ย. ๒๕๖๗", "review_by": "30/09/2569",
                                           "files": [(COMPLAINT.open("rb"), "a.pdf")]},
                    content_type="multipart/form-data")
    assert r.status_code == 302
    with lib.session() as s:
        it = s.scalar(select(Content).where(Content.title == "ทดสอบวันที่อัปโหลด"))
        assert it.document_date == date(2024, 4, 8) and it.review_by == date(2026, 9, 30)
