"""Buddhist-era dates typed in Chromium (issue #17 part 7): Thai and Arabic digits, Thai month names.

Checks what is stored (ISO dates in the database) against what the pages show (BE), and saves
screenshots to ``artifacts/screenshots/`` (dates-form.png, dates-error.png, dates-public.png).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from library.models import Content
from tests.webui.test_browser import SCREENSHOTS, browser, live_app, login, page, serving  # noqa: F401 (fixtures)


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory, template_db: Path) -> Iterator[dict[str, Any]]:
    from library import content, lifecycle, users
    from library.security import Principal

    app = live_app(tmp_path_factory, template_db, "live-dates")
    lib = app.extensions["phoei"].library
    with lib.transaction() as s:
        admin = Principal.of(users.get_user(s, "admin"))
        item = content.create(s, admin, content.get(s, "/news"), "news", title="ประกาศทดสอบวันที่พุทธศักราช",
                              body="เนื้อหาข่าวสำหรับทดสอบการกรอกวันที่")
        lifecycle.transition(s, admin, item, "publish", "")
        uid, path = item.uid, item.path
    try:
        with serving(app) as url:
            yield {"url": url, "lib": lib, "uid": uid, "path": path}
    finally:
        lib.dispose()


def _item(lib: Any, uid: str) -> Content:
    with lib.session() as s:
        it = s.scalar(select(Content).where(Content.uid == uid))
        s.expunge(it)
        return it


def test_typing_be_dates_in_thai_and_arabic_digits(live: dict[str, Any], page: Any) -> None:  # noqa: F811
    from library.thaidate import to_bangkok

    url, lib, uid = live["url"], live["lib"], live["uid"]
    login(page, url, "admin")
    page.goto(f"{url}/staff/item/{uid}")
    typed = {"#f-document_date": "๑๐ พ.ค. ๒๕๖๘",  # Thai digits, abbreviated month, BE year
             "#f-review_by": "31/12/2569",        # Arabic digits, BE year
             "#f-effective": "1 มกรา 68"}          # PyThaiNLP's short month name, two-digit BE year
    for sel, text in typed.items():
        box = page.locator(sel)
        assert box.get_attribute("type") == "text"
        box.fill("")
        box.press_sequentially(text)
    page.locator("form[action$='/edit'] button[type=submit]").click()
    page.wait_for_selector(".flash, [role=status], [role=alert]")

    it = _item(lib, uid)
    assert it.document_date == date(2025, 5, 10)
    assert it.review_by == date(2026, 12, 31)
    assert it.effective is not None and to_bangkok(it.effective).date() == date(2025, 1, 1)

    assert page.locator("#f-document_date").input_value() == "10/05/2568"
    assert page.locator("#f-review_by").input_value() == "31/12/2569"
    assert page.locator("#f-effective").input_value() == "01/01/2568"
    page.locator("#f-review_by").evaluate("el => el.scrollIntoView({block: 'center'})")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "dates-form.png"), full_page=False)

    page.goto(f"{url}/browse/{live['path'].strip('/')}")
    main = page.locator("main").inner_text()
    assert "10 พฤษภาคม 2568" in main and "1 มกราคม 2568" in main
    assert "3111" not in main and "2025" not in main
    page.screenshot(path=str(SCREENSHOTS / "dates-public.png"), full_page=False)


def test_an_impossible_date_is_refused_in_thai_and_nothing_is_stored(live: dict[str, Any],
                                                                     page: Any) -> None:  # noqa: F811
    url, lib, uid = live["url"], live["lib"], live["uid"]
    before = _item(lib, uid)
    login(page, url, "admin")
    page.goto(f"{url}/staff/item/{uid}")
    box = page.locator("#f-review_by")
    box.fill("")
    box.press_sequentially("๓๑ เม.ย. ๒๕๖๙")
    page.locator("form[action$='/edit'] button[type=submit]").click()
    alert = page.locator("text=ไม่มีวันที่ 31 เมษายน 2569")
    alert.wait_for()
    assert _item(lib, uid).review_by == before.review_by
    page.screenshot(path=str(SCREENSHOTS / "dates-error.png"), full_page=False)


def test_citizen_feedback_receipt_and_answer(live: dict[str, Any], page: Any) -> None:  # noqa: F811
    """The citizen files a report, lands on the status page with the reference, and later sees the answer."""
    import re

    from library import feedback, users
    from library.models import Feedback
    from library.security import Principal

    url, lib = live["url"], live["lib"]
    page.goto(f"{url}/feedback")
    page.locator("#message").fill("ข้อมูลเบอร์โทรศัพท์ของหน่วยงานในหน้านี้ไม่เป็นปัจจุบัน")
    page.locator("#contact_email").fill("reporter@example.org")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/feedback/status/FB-\d{4}-\d{6}/"))
    ref = page.locator("#fb-reference").inner_text()
    assert re.fullmatch(r"FB-\d{4}-\d{6}", ref)
    assert page.locator("#status-url").input_value().endswith(page.url.split("?")[0].split(url)[1])
    body = page.locator("main").inner_text()
    assert "ข้อมูลเบอร์โทรศัพท์" not in body and "reporter@example.org" not in body
    page.screenshot(path=str(SCREENSHOTS / "feedback-status.png"), full_page=True)

    with lib.transaction() as s:
        fb = s.scalar(select(Feedback).where(Feedback.reference == ref))
        admin = Principal.of(users.get_user(s, "admin"))
        feedback.change(s, admin, fb, "resolve", "ปรับปรุงเบอร์โทรศัพท์ในหน้าติดต่อเราเรียบร้อยแล้ว ขอบคุณที่แจ้ง")
    page.goto(page.url.split("?")[0])
    assert "ปรับปรุงเบอร์โทรศัพท์" in page.locator("#fb-answer").inner_text()
    assert page.locator("#fb-status").inner_text() == "แก้ไขแล้ว"
    page.screenshot(path=str(SCREENSHOTS / "feedback-answered.png"), full_page=True)


def test_folder_page_names_the_responsible_officer(live: dict[str, Any], page: Any) -> None:  # noqa: F811
    from library import content

    url, lib = live["url"], live["lib"]
    with lib.session() as s:
        news_uid = content.get(s, "/news").uid
    login(page, url, "admin")
    page.goto(f"{url}/staff/item/{news_uid}")
    page.select_option("#resp-user", label="Reviewer (reviewer)")
    page.locator("form[action$='/responsible'] button[type=submit]").click()
    page.wait_for_selector("text=บันทึกผู้รับผิดชอบแล้ว")
    assert "Reviewer" in page.locator("#responsible").inner_text()
    page.goto(f"{url}/staff/item/{live['uid']}")
    text = page.locator("#responsible").inner_text()
    assert "Reviewer" in text and "กำหนดไว้ที่" in text
    page.screenshot(path=str(SCREENSHOTS / "responsible-officer.png"), full_page=False)


def test_axe_feedback_status_and_date_form(live: dict[str, Any], browser: Any) -> None:  # noqa: F811
    """axe-core (WCAG 2.1 AA) on the citizen's status page and on the staff form with the BE date boxes."""
    import re

    from tests.webui.test_browser import read_axe, serious_axe_violations

    source = read_axe()
    ctx = browser.new_context(viewport={"width": 1366, "height": 900}, locale="th-TH", bypass_csp=True)
    pg = ctx.new_page()
    try:
        url = live["url"]
        pg.goto(f"{url}/feedback")
        pg.locator("#message").fill("ทดสอบการเข้าถึงหน้าติดตามสถานะ")
        pg.locator("main form button[type=submit]").click()
        pg.wait_for_url(re.compile(r"/feedback/status/"))
        pages = [pg.url]
        login(pg, url, "admin")
        pages.append(f"{url}/staff/item/{live['uid']}")
        for target in pages:
            pg.goto(target)
            assert serious_axe_violations(pg, source) == [], target
    finally:
        ctx.close()
