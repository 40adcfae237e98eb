"""In Chromium: a reviewer decides proposals in a news body and on the flagged regions of a Thai-digit scan.

Each box carries a tag with its legal basis and label; the tests compare the drawn boxes with the
characters they stand for (as ``test_browser`` does) and save screenshots to ``artifacts/screenshots/``:
``review-typed.png`` (a news body on the text view), ``review-typed-preview.png`` (its preview, masks
ending in the basis), ``review-scan-flagged.png`` (the scan's undecided digit regions outlined) and
``review-scan-decided.png`` (all decided, applied and verified).
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

import pytest

from tests.fixtures import make_scan as ms
from tests.fixtures.make_pdf import national_id
from tests.webui import test_browser as tb
from tests.webui.test_browser import SCREENSHOTS, TOLERANCE, _char_lines, _neighbours, login, wait_verified

# The live site, Chromium and a page, as the journey test has them (module-scoped: a site of this module's own).
live, browser, page = tb.live, tb.browser, tb.page

NID = national_id("190330055128")
MOBILE = "081-447-2093"
MONARCHY = "พระบาทสมเด็จพระเจ้าอยู่หัวทรงพระกรุณาโปรดเกล้าฯ พระราชทานถุงยังชีพแก่ผู้ประสบอุทกภัย"


def _news(live: dict[str, Any]) -> str:
    from library import content, users
    from library.security import Principal

    lib = live["app"].extensions["phoei"].library
    with lib.transaction() as s:
        officer = Principal.of(users.get_user(s, "officer"))
        item = content.create(s, officer, content.get(s, "/news"), "news", title="มอบถุงยังชีพผู้ประสบอุทกภัย",
                              description="กิจกรรมช่วยเหลือผู้ประสบภัยน้ำท่วม",
                              body=f"{MONARCHY}\nผู้ประสานงานในพื้นที่ เลขประจำตัวประชาชน {NID} โทร {MOBILE}\n"
                                   "ขอขอบคุณทุกหน่วยงานที่ร่วมกิจกรรม")
        return item.uid


def test_reviewer_decides_a_news_body_in_the_browser(live: dict[str, Any], page: Any) -> None:
    url = live["url"]
    uid = _news(live)
    login(page, url, "reviewer")
    page.goto(f"{url}/staff/item/{uid}")
    page.click("#btn-check-text")
    page.wait_for_url(re.compile(r"/staff/review/\d+"))
    first_screen = page.url
    # The proposals are on the text itself, each tagged with its basis.
    nid_mark = page.locator("#doctext mark.lbl-NATIONAL_ID")
    assert nid_mark.inner_text() == NID and nid_mark.get_attribute("data-tag") == "ม.15(5)"
    tag = page.evaluate("getComputedStyle(document.querySelector('#doctext mark.lbl-NATIONAL_ID'), '::after')"
                        ".content")
    assert tag == '"[ม.15(5)]"'
    assert page.locator("#doctext mark.eff-undecided.lbl-MONARCHY").count() == 1
    assert page.locator("#btn-apply").is_disabled() and page.locator("#btn-publish").is_disabled()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "review-typed.png"), full_page=False)

    # Keep the passage about the monarchy: a decision in the list.
    passage = page.locator("li.proposal:has(.swatch.lbl-MONARCHY)")
    passage.locator("[data-act=reject]").click()
    page.wait_for_selector("li.proposal.eff-keep:has(.swatch.lbl-MONARCHY)")
    assert page.locator("#btn-apply").is_enabled()
    page.locator("h1").click()
    page.keyboard.press("p")
    page.screenshot(path=str(SCREENSHOTS / "review-typed-preview.png"), full_page=False)
    page.keyboard.press("p")

    # Apply: masked and verified in the request; the screen moves to the check of the masked text.
    page.click("#btn-apply")
    page.wait_for_url(lambda u: u != first_screen and "/staff/review/" in u)
    text = page.locator("#doctext").inner_text()
    assert NID not in text and MOBILE not in text and "█" * 5 in text
    assert MONARCHY in text
    page.click("#btn-publish")
    page.wait_for_selector("text=เผยแพร่แล้ว")
    page.click("form[action='/logout'] button")

    # A citizen reads the masked body.
    lib = live["app"].extensions["phoei"].library
    from library import content

    with lib.session() as s:
        path = content.get(s, uid).path
    page.goto(f"{url}/browse{path}")
    body = page.locator("main").inner_text()
    assert "ผู้ประสานงานในพื้นที่" in body and NID not in re.sub(r"\D", "", body)
    assert re.sub(r"\D", "", MOBILE) not in re.sub(r"\D", "", body)


def _upload_scan(live: dict[str, Any], tmp: Path) -> int:
    from webui import jobs

    letter = ms.build_thai_digit_scan(tmp / "thai-digits-200.pdf", dpi=200)
    fid, _path = tb.submit_for_review(live, letter.path, "หนังสือสแกนเลขไทย", analyse=False)
    jobs.enqueue_analysis(live["app"].extensions["phoei"], fid)
    return fid


def _analysed(live: dict[str, Any], fid: int, timeout: float = 300) -> dict[str, Any]:
    deadline = time.time() + timeout
    while time.time() < deadline:
        doc = tb.analysed_doc(live, fid)
        if doc is not None:
            return doc
        time.sleep(1)
    raise AssertionError("the scan was not analysed in time")


def scan_misfits(measured: list[dict[str, Any]], doc: dict[str, Any]) -> list[str]:
    """Each box covers every OCR character of its digit run (within 2 px), and no character of the line
    above or below has its middle inside the box (OCR's character boxes of neighbouring lines overlap by
    a pixel or two themselves, so the file-page test's edge check would measure Tesseract, not the screen)."""
    lines = _char_lines(doc["layout"])
    out = []
    for pg in measured:
        pno, img = pg["page"] - 1, pg["img"]
        sx, sy = img["w"] / pg["w"], img["h"] / pg["h"]
        for box in pg["boxes"]:
            start, end = doc["spans"][box["key"]]
            own = [i for i, (p, s, bs) in enumerate(lines) if p == pno and s < end and s + len(bs) > start]
            chars = [b for i in own for j, b in enumerate(lines[i][2])
                     if start <= lines[i][1] + j < end and b[2] > b[0]]
            if not chars:
                out.append(f"{box['key']}: no characters on page {pno + 1}")
            for b in chars:
                x0, y0, x1, y1 = img["x"] + b[0] * sx, img["y"] + b[1] * sy, img["x"] + b[2] * sx, img["y"] + b[3] * sy
                if not (x0 >= box["x0"] - TOLERANCE and x1 <= box["x1"] + TOLERANCE and y0 >= box["y0"] - TOLERANCE
                        and y1 <= box["y1"] + TOLERANCE):
                    out.append(f"{box['key']}: char ({x0:.1f},{y0:.1f})-({x1:.1f},{y1:.1f}) outside the box "
                               f"({box['x0']:.1f},{box['y0']:.1f})-({box['x1']:.1f},{box['y1']:.1f})")
            for b in _neighbours(lines, pno, own):
                cx, cy = img["x"] + (b[0] + b[2]) / 2 * sx, img["y"] + (b[1] + b[3]) / 2 * sy
                if box["x0"] < cx < box["x1"] and box["y0"] < cy < box["y1"]:
                    out.append(f"{box['key']}: a character of the next line ({cx:.1f},{cy:.1f}) is inside the box")
    return out


def test_reviewer_decides_flagged_scan_regions_in_the_browser(live: dict[str, Any], page: Any,
                                                               tmp_path: Path) -> None:
    from redactor.ocr.tesseract import unavailable_reason

    if unavailable_reason():
        pytest.fail(f"tesseract is needed: {unavailable_reason()}")
    url = live["url"]
    doc = _analysed(live, _upload_scan(live, tmp_path))
    assert doc["flagged"], "the 200-dpi Thai-digit scan has digit runs OCR could not read confidently"
    login(page, url, "reviewer")
    page.goto(f"{url}/staff/review/{doc['file_id']}")
    page.wait_for_function("Array.from(document.querySelectorAll('#view-pages img'))"
                           ".every(i => i.complete && i.naturalWidth > 0)")
    # Every flagged region is outlined on the page image, undecided, on its own characters.
    for key in doc["flagged"]:
        box = page.locator(f".box[data-key='{key}']").first
        assert "eff-undecided" in (box.get_attribute("class") or "")
        assert (box.get_attribute("data-tag") or "").startswith("ม.15(5) ")
    measured = page.evaluate(tb.MEASURE_JS)
    flagged_only = [{**pg, "boxes": [b for b in pg["boxes"] if b["key"] in doc["flagged"]]} for pg in measured]
    bad = scan_misfits(flagged_only, doc)
    assert not bad, f"{len(bad)} misfits:\n" + "\n".join(bad[:8])
    assert page.locator("#btn-apply").is_disabled()
    page.locator(f".box[data-key='{doc['flagged'][0]}']").first.scroll_into_view_if_needed()
    page.evaluate("window.scrollBy(0, -120)")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "review-scan-flagged.png"), full_page=False)

    # Decide each region: click its box (selects it in the list), then "a" (redact).
    for key in doc["flagged"]:
        page.locator(f".box[data-key='{key}']").first.click()
        page.wait_for_selector(f"li.proposal.selected[data-key='{key}']")
        page.keyboard.press("a")
        page.wait_for_selector(f"li.proposal.eff-redact[data-key='{key}']")
    # Anything else left to a person is decided the same way (redact).
    while page.locator("li.proposal.eff-undecided").count():
        page.locator("li.proposal.eff-undecided [data-act=accept]").first.click()
        time.sleep(0.5)
    assert page.locator("#btn-apply").is_enabled()
    page.click("#btn-apply")
    wait_verified(page, timeout=600)
    page.locator(f".box[data-key='{doc['flagged'][0]}']").first.scroll_into_view_if_needed()
    page.evaluate("window.scrollBy(0, -120)")
    page.screenshot(path=str(SCREENSHOTS / "review-scan-decided.png"), full_page=False)
