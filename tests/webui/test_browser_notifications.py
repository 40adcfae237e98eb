"""In Chromium: an officer's upload asks for review; the reviewer sees the unread count in the
header, opens the inbox (screenshot ``notifications.png``), opens the notice and lands on the item;
the count is gone. Uses the browser fixtures of ``test_browser``."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.webui.test_browser import (  # noqa: F401  (fixtures)
    SCREENSHOTS,
    axe_source,
    browser,
    live_app,
    login,
    page,
    serious_axe_violations,
    serving,
    upload_one,
)

TITLE = "หนังสือแจ้งผลการพิจารณาคำร้องขอข้อมูลข่าวสาร"


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory, template_db: Path) -> Iterator[dict[str, Any]]:
    """The site with CSRF on and a worker thread on the SQLite queue (no periodic tasks: the
    notification run must come from the request that wrote the event)."""
    from worker import jobs

    app = live_app(tmp_path_factory, template_db, "live-notify", PHOEI_JOBS="sqlite", PHOEI_JOBS_IMMEDIATE=False,
                   PHOEI_JOBS_NAME="phoei-live-notify")
    services = app.extensions["phoei"]
    consumer = jobs.start_consumer(services.huey, workers=2, periodic=False)
    try:
        with serving(app) as url:
            yield {"url": url, "app": app}
    finally:
        jobs.stop_consumer(consumer)
        services.library.dispose()


def test_reviewer_sees_the_unread_badge_and_opens_the_inbox(live: dict[str, Any], page: Any) -> None:  # noqa: F811
    url = live["url"]
    upload_one(page, url, TITLE)
    item_path = page.url.removeprefix(url)
    assert page.locator(".badge-unread").count() == 0  # the uploader is not told of their own request
    page.click("form[action='/logout'] button")

    login(page, url, "reviewer")
    deadline = time.time() + 60  # the worker thread dispatches the event
    while page.locator(".badge-unread").count() == 0 and time.time() < deadline:
        time.sleep(0.5)
        page.reload()
    badge = page.locator(".nav-account .badge-unread")
    assert badge.get_attribute("data-unread") == "1"
    assert badge.inner_text().split()[0] == "1"
    box = badge.bounding_box()
    assert box and box["width"] > 10 and box["x"] + box["width"] <= 1366  # drawn, on screen

    page.click(".nav-account .notify-link")
    page.wait_for_url(re.compile(r"/account/notifications/$"))
    note = page.locator("li.note-unread")
    assert note.count() == 1
    assert note.locator(".note-subject").inner_text() == f"ใหม่ มีเรื่องรอตรวจสอบ: {TITLE}"
    assert "Officer ส่งเรื่องนี้ให้ตรวจสอบและอนุมัติเผยแพร่" in note.locator(".note-detail").inner_text()
    # Thai is drawn with the site's font, not a fallback box.
    family = page.evaluate("getComputedStyle(document.querySelector('.note-subject')).fontFamily")
    assert "Sarabun" in family
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "notifications.png"), full_page=False)

    note.locator("button", has_text="เปิดดู").click()
    page.wait_for_url(re.compile(re.escape(item_path) + "$"))
    assert TITLE in page.locator("h1").inner_text()
    assert page.locator(".badge-unread").count() == 0
    page.goto(f"{url}/account/notifications/")
    assert page.locator("li.note-read").count() == 1

    page.goto(f"{url}/account/notifications/preferences")
    page.uncheck("#review\\.requested-email")
    page.check("input[name=digest]")
    page.click("main form button[type=submit]")
    page.wait_for_selector(".flash-success")
    assert not page.is_checked("#review\\.requested-email") and page.is_checked("input[name=digest]")
    page.screenshot(path=str(SCREENSHOTS / "notification-settings.png"), full_page=True)


@pytest.mark.parametrize("path", ["/account/notifications/", "/account/notifications/preferences"])
def test_axe_notification_pages(live: dict[str, Any], page: Any, axe_source: str, path: str) -> None:  # noqa: F811
    login(page, live["url"], "reviewer")
    page.goto(live["url"] + path)
    assert serious_axe_violations(page, axe_source) == []
