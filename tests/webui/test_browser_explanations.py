"""In Chromium: the review screen lists the parts of each proposal's explanation under its reason (issue #13,
part 6): the pattern that matched, whether the check digit is valid, the context word found and how much it
raised the confidence; a row stored before the parts were kept shows its reason text alone.
Screenshot: ``review-explanations.png``."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import update

from tests.fixtures.make_pdf import build_lines
from tests.library.test_lib_explanations import BAD_ID, GOOD_ID
from tests.webui import test_browser as tb
from tests.webui.test_browser import SCREENSHOTS, open_review

live, browser, page = tb.live, tb.browser, tb.page

OLD_PHONE = "089-310-5526"
LINES = ["บันทึกการรับเรื่อง", "ผู้ยื่นคำร้องติดต่อกลับได้ที่ โทร 081-447-2093 ในเวลาราชการ",
         f"สำเนาบัตรประชาชน {GOOD_ID} แนบท้าย", f"เลขประจำตัวประชาชน {BAD_ID} ตามที่กรอกมา",
         f"ผู้ประสานงานสำรอง โทร {OLD_PHONE}"]


@pytest.fixture(scope="module")
def explained_doc(live: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A memo analysed in this process; one proposal's parts cleared, as a row from before they were kept."""
    from library import content, lifecycle, redaction, users
    from library.models import DocumentFile, RedactionProposal
    from library.security import Principal
    from worker import steps

    services = live["app"].extensions["phoei"]
    lib = services.library
    pdf = build_lines(tmp_path_factory.mktemp("explained") / "memo.pdf", LINES)
    with lib.transaction() as s:
        officer = Principal.of(users.get_user(s, "officer"))
        item = content.create(s, officer, content.get(s, "/oia/s9/s9-1"), "file", title="บันทึกการรับเรื่อง")
        fid = redaction.upload(s, officer, item, pdf, pdf.name).id
        lifecycle.transition(s, officer, item, "submit", "ส่งตรวจ")
    steps.analyse(lib, services.cache, fid, float(services.config["PHOEI_PAGE_ZOOM"]), lambda *a: None)
    with lib.transaction() as s:
        keys = {p.text: p.proposal_id for p in s.get(DocumentFile, fid).proposals}
        s.execute(update(RedactionProposal).where(RedactionProposal.file_id == fid,
                                                  RedactionProposal.proposal_id == keys[OLD_PHONE])
                  .values(explanation_parts=None))
    return {"file_id": fid, "keys": keys}


def test_the_review_screen_shows_each_explanations_parts(live: dict[str, Any], page: Any,
                                                         explained_doc: dict[str, Any]) -> None:
    open_review(page, live["url"], explained_doc["file_id"])
    keys = explained_doc["keys"]

    def row(text: str) -> Any:
        return page.locator(f"li.proposal[data-key='{keys[text]}']")

    phone = row("081-447-2093")
    assert phone.locator(".why-pattern").inner_text() == "th_phone"
    context = phone.locator(".why-context").inner_text()
    assert context.startswith("“โทร”") and "ตัวอักษรก่อนข้อมูล" in context
    assert "เพิ่มความมั่นใจ" in context and "จุด" in context  # the score change the word brought
    assert phone.locator(".why-checksum").count() == 0  # a phone number has no check digit
    assert row(GOOD_ID).locator(".why-checksum.ok").inner_text() == "หลักตรวจสอบถูกต้อง"
    assert row(BAD_ID).locator(".why-checksum.bad").inner_text() == "หลักตรวจสอบไม่ถูกต้อง"
    # A row stored before the parts: its reason text, and nothing made up.
    old = row(OLD_PHONE)
    assert "mobile number" in old.locator(".p-meta").inner_text()
    assert old.locator(".why-pattern, .why-checksum, .why-context, .why-change").count() == 0
    # The parts stay after a decision refreshes the list in place.
    phone.locator("[data-act=reject]").click()
    page.wait_for_selector(f"li.proposal.eff-keep[data-key='{keys['081-447-2093']}']")
    page.wait_for_function("!document.getElementById('review').hasAttribute('aria-busy')")
    assert row("081-447-2093").locator(".why-pattern").inner_text() == "th_phone"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    row(GOOD_ID).scroll_into_view_if_needed()
    page.screenshot(path=str(SCREENSHOTS / "review-explanations.png"))
