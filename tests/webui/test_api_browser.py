# ruff: noqa: F811  # the browser fixtures are imported from test_browser and used as parameters
"""The personal API tokens page in a real browser (CSRF on): make a token, use it, revoke it.
Screenshots: ``artifacts/screenshots/api-tokens-new.png`` and ``api-tokens-revoked.png``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.webui.test_browser import (  # noqa: F401  # browser and page: its fixtures
    AXE_CANDIDATES,
    SCREENSHOTS,
    _need,
    browser,
    live_app,
    login,
    page,
    serving,
)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, template_db: Path) -> Iterator[dict[str, Any]]:
    app = live_app(tmp_path_factory, template_db, "tokens", RATELIMIT_ENABLED=False)
    try:
        with serving(app) as url:
            yield {"url": url, "app": app}
    finally:
        app.extensions["phoei"].library.dispose()


def test_make_use_and_revoke_a_token(site: dict[str, Any], page: Any) -> None:
    url = site["url"]
    login(page, url, "reviewer")
    page.click("nav.staff-nav a[href='/staff/tokens']")
    page.wait_for_url(f"{url}/staff/tokens")
    assert page.locator("h1").inner_text() == "โทเค็น API ส่วนตัว"
    assert "ยังไม่มีโทเค็น" in page.locator("main").inner_text()
    page.fill("#token-name", "สคริปต์นำเข้าเอกสาร")
    page.select_option("#token-days", "30")
    page.click("main form button[type=submit]")
    token = page.locator("#new-token").inner_text()
    assert re.fullmatch(r"phoei_[A-Za-z0-9_-]{43}", token)
    row = page.locator("main table tbody tr")
    assert row.count() == 1
    cells = row.first.locator("td").all_inner_texts()
    assert cells[0] == "สคริปต์นำเข้าเอกสาร" and cells[1] == token[:12] + "…"
    assert cells[4] == "ยังไม่เคยใช้" and cells[5] == "ใช้งานได้"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "api-tokens-new.png"), full_page=True)

    # The token works from a script (no cookies), and the page then shows when it was used.
    api = page.context.request
    r = api.get(f"{url}/api/v1/staff/me", headers={"Authorization": f"Bearer {token}", "Cookie": ""})
    assert r.status == 200 and r.json()["username"] == "reviewer"
    page.goto(f"{url}/staff/tokens")
    assert "phoei_" + token[6:] not in page.content()  # never shown again
    assert page.locator("main table tbody tr td").nth(4).inner_text() != "ยังไม่เคยใช้"

    page.click("main table button.danger")
    page.wait_for_url(f"{url}/staff/tokens")
    assert page.locator("main table tbody tr td").nth(5).inner_text() == "ยกเลิกแล้ว"
    assert page.locator("main table button.danger").count() == 0
    page.screenshot(path=str(SCREENSHOTS / "api-tokens-revoked.png"), full_page=True)
    r = api.get(f"{url}/api/v1/staff/me", headers={"Authorization": f"Bearer {token}"})
    assert r.status == 401


def test_tokens_page_axe(site: dict[str, Any], page: Any) -> None:
    found = next((p for p in AXE_CANDIDATES if p.is_file()), None)
    _need(found is not None, "axe-core (npm)")
    assert found is not None
    login(page, site["url"], "officer")
    page.goto(site["url"] + "/staff/tokens")
    page.add_script_tag(content=found.read_text(encoding="utf-8"))
    bad = page.evaluate("""async () => {
        const r = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa']}});
        return r.violations.filter(v => ['serious', 'critical'].includes(v.impact)).map(v => v.id);
    }""")
    assert bad == []
