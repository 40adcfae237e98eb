"""The oversight dashboard and the monthly report as a person sees them (Chromium): screenshots of the
dashboard and of the report's first page in ``artifacts/screenshots/``."""

from __future__ import annotations

from typing import Any

import pymupdf
import pytest

from tests.webui.test_browser import SCREENSHOTS, browser, live, page  # noqa: F401 - fixtures

pytestmark = pytest.mark.usefixtures("browser")


@pytest.fixture(scope="module")
def seeded(live):  # type: ignore[no-untyped-def]  # noqa: F811
    from library import agency, users
    from library.security import Principal
    from tests.library.oversight_seed import seed_month
    from tests.webui.conftest import PASSWORD

    lib = live["app"].extensions["phoei"].library
    op = Principal.operator("test")
    with lib.transaction() as s:
        from webui.auth import hash_password

        users.create_user(s, op, "boss", display_name="ผู้บริหาร", roles=["executive"],
                          password_hash=hash_password(PASSWORD))
        agency.update_profile(s, op, name="สำนักงานจังหวัดตัวอย่าง")
        agency.add_official(s, op, "นายสมมติ ทดลองดี", "ผู้ว่าราชการจังหวัดตัวอย่าง", executive=True)
        admin = Principal.of(users.get_user(s, "admin"))
        seed_month(s, admin, Principal.of(users.get_user(s, "reviewer")), admin)
    return live


def test_dashboard_screenshot_with_charts_drawn(seeded: dict[str, Any], page: Any) -> None:  # noqa: F811
    from tests.webui.conftest import PASSWORD

    url = seeded["url"]
    page.goto(f"{url}/login")
    page.fill("#username", "boss")
    page.fill("#password", PASSWORD)
    page.click("main form button[type=submit]")
    page.wait_for_url("**/oversight/")
    page.goto(f"{url}/oversight/?month=2568-10")
    page.wait_for_load_state("networkidle")
    assert "ภาพรวมการเผยแพร่ข้อมูล เดือนตุลาคม 2568" in page.inner_text("h1")
    widths = page.eval_on_selector_all("img.chart", "imgs => imgs.map(i => [i.complete, i.naturalWidth])")
    assert len(widths) == 6 and all(done and w > 100 for done, w in widths), widths
    assert page.inner_text(".kpis li:first-child strong") == "3"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "oversight-dashboard.png"), full_page=True)


def test_report_first_page_screenshot(seeded: dict[str, Any]) -> None:
    from library import monthly_report, oversight
    lib = seeded["app"].extensions["phoei"].library
    files = monthly_report.make(lib, oversight.parse_month("2568-10"))
    with pymupdf.open(files.pdf) as doc:
        first = doc[0]
        assert "บันทึกข้อความ" in first.get_text()
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        first.get_pixmap(dpi=110).save(str(SCREENSHOTS / "monthly-report-page1.png"))
        doc[1].get_pixmap(dpi=110).save(str(SCREENSHOTS / "monthly-report-page2.png"))
