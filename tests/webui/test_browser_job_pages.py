"""In Chromium: while the worker reads a six-page scan, the item page shows "(หน้า n/6)" in place,
from the job's JSON, without a reload (issue #15, part 4). Screenshot: ``job-ocr-progress.png``.

The page asks once a second, and an idle machine reads these small pages faster than that: which
counts it shows is timing. That the count goes up one page at a time is checked on the JSON itself,
asked every 50 ms (tests/webui/test_job_pages.py); here, that the page shows a count from it in
place and never a smaller one after a larger."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

from tests.fixtures import make_scan as ms
from tests.webui import test_browser as tb
from tests.webui.test_browser import SCREENSHOTS, login
from tests.webui.test_job_pages import needs_tesseract

# The live site (a worker thread on the SQLite queue), Chromium and a page, as the journey test has them.
live, browser, page = tb.live, tb.browser, tb.page


@needs_tesseract
def test_the_item_page_counts_the_ocr_pages_in_place(live: dict[str, Any], page: Any, tmp_path: Path) -> None:
    url = live["url"]
    # Its own seed: OCR results are cached by the pixels (see test_job_pages.three_page_scan).
    scan = ms.build_scan(tmp_path / "six-pages.pdf", [ms.small_letter_lines()] * 6, size=15.0, page=ms.SMALL_PAGE,
                         specks=120, seed=3106)
    login(page, url, "officer")
    page.goto(f"{url}/staff/upload")
    value = page.locator("#folder option", has_text="ผลการพิจารณา").first.get_attribute("value")
    page.select_option("#folder", value=value)
    page.fill("#title", "บันทึกสแกนหกหน้า")
    page.set_input_files("#files", [str(scan)])
    page.click("#upload-form button[type=submit]")
    page.wait_for_url(re.compile(r"/staff/item/"))
    page.evaluate("window.__samePage = true")
    box = page.locator("#doc-panel .job")
    seen: list[str] = []
    shot = False
    deadline = time.time() + 600
    while "job-done" not in (box.get_attribute("class") or ""):
        assert time.time() < deadline, f"the analysis did not finish: {seen}"
        assert page.locator(".job-error").count() == 0, page.locator(".job-error").first.inner_text()
        text = page.locator("#doc-panel .job-text").inner_text()
        if not seen or seen[-1] != text:
            seen.append(text)
        if not shot and "OCR" in text and re.search(r"หน้า [1-6]/6", text):
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SCREENSHOTS / "job-ocr-progress.png"))
            shot = True
        page.wait_for_timeout(100)
    assert page.evaluate("window.__samePage") is True, "the page was reloaded"
    ocr = [int(m.group(1)) for t in seen if "OCR" in t and (m := re.search(r"\(หน้า (\d)/6\)", t))]
    assert ocr and ocr == sorted(ocr), seen  # a count shown on the page itself, never going back
    assert shot, seen
    # The end of the job: the review link, still on the same page.
    page.wait_for_selector("#doc-panel a.button[href*='/staff/review/']", timeout=60_000)
    assert page.evaluate("window.__samePage") is True
