"""What a person sees when the sign-in lockout or a rate limit stops them (Chromium; screenshots
``login-locked.png`` and ``too-many-requests.png`` under artifacts/screenshots/)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.webui.test_browser import CHROMIUM, CHROMIUM_ARGS, SCREENSHOTS, _need, live_app, serving


@pytest.fixture(scope="module")
def limited(tmp_path_factory: pytest.TempPathFactory, template_db: Path) -> Iterator[str]:
    app = live_app(tmp_path_factory, template_db, "limited", RATELIMIT_ENABLED=True,
                   PHOEI_LOCKOUT_ACCOUNT="2 per 10 minutes", PHOEI_LIMIT_SEARCH="2 per minute")
    try:
        with serving(app) as url:
            yield url
    finally:
        app.extensions["phoei"].library.dispose()


@pytest.fixture
def page(limited: str) -> Iterator[Any]:
    _need(CHROMIUM.is_file(), "Debian's chromium (/usr/bin/chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        ctx = b.new_context(viewport={"width": 1366, "height": 800}, locale="th-TH")
        pg = ctx.new_page()
        pg.set_default_timeout(30_000)
        yield pg
        b.close()


def test_lockout_message_on_the_sign_in_page(limited: str, page: Any) -> None:
    statuses = []
    for _ in range(3):
        page.goto(f"{limited}/login")
        page.fill("#username", "officer")
        page.fill("#password", "not the right password")
        with page.expect_response(lambda r: r.url.endswith("/login") and r.request.method == "POST") as info:
            page.click("main form button[type=submit]")
        statuses.append(info.value.status)
        page.wait_for_load_state()
    assert statuses == [400, 400, 429]
    text = page.inner_text("main")
    assert "เข้าสู่ระบบไม่สำเร็จหลายครั้งเกินไป" in text and "นาที" in text
    assert page.locator("#username").is_visible()  # the form stays, for later
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "login-locked.png"), full_page=True)


def test_rate_limited_search_page(limited: str, page: Any) -> None:
    codes = [page.goto(f"{limited}/search?q=ภาษี").status for _ in range(3)]
    assert codes == [200, 200, 429]
    text = page.inner_text("main")
    assert "มีคำขอมากเกินไป" in text and "กรุณารอสักครู่" in text
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "too-many-requests.png"), full_page=True)
