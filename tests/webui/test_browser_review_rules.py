"""In Chromium: bulk decisions that respect the policy's keeps (issue #15 item 5).

"Redact all PERSON" on a letter that names an official in office (kept by policy) stops on a page
that lists that official; "leave them" redacts the others only, "all" overturns the keep too.
Screenshot: ``review-bulk-confirm.png``.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.webui import test_browser as tb
from tests.webui.conftest import COMPLAINT
from tests.webui.test_browser import OFFICIAL, SCREENSHOTS, login

# The live site, Chromium and a page, as the journey test has them (module-scoped: a site of this module's own).
live, browser, page = tb.live, tb.browser, tb.page


@pytest.fixture(scope="module")
def letter(live: dict[str, Any]) -> dict[str, Any]:
    """The demo complaint uploaded and analysed: two names to redact, one official kept by policy."""
    from library.models import DocumentFile

    fid, _path = tb.submit_for_review(live, COMPLAINT, "หนังสือร้องเรียนทดสอบทั้งประเภท")
    with live["app"].extensions["phoei"].library.session() as s:
        persons = {p.proposal_id: (p.text, p.action) for p in s.get(DocumentFile, fid).proposals
                   if p.label == "PERSON"}
    kept = [k for k, (text, action) in persons.items() if action == "keep"]
    assert [persons[k][0] for k in kept] == [OFFICIAL], persons
    assert sum(1 for _t, a in persons.values() if a == "redact") >= 2
    return {"file_id": fid, "official": kept[0], "persons": persons}


def _decisions(live: dict[str, Any], fid: int) -> dict[str, str]:
    from library import redaction
    from library.models import DocumentFile

    with live["app"].extensions["phoei"].library.session() as s:
        return {k: d.action for k, d in redaction.current_decisions(s, s.get(DocumentFile, fid)).items()}


def test_redact_all_asks_before_overturning_keeps_and_can_leave_them(live: dict[str, Any], page: Any,
                                                                     letter: dict[str, Any]) -> None:
    url, fid, official = live["url"], letter["file_id"], letter["official"]
    login(page, url, "reviewer")
    page.goto(f"{url}/staff/review/{fid}")
    group = page.locator(".label-group", has=page.locator(".swatch.lbl-PERSON"))
    group.locator("button[value=accept]").click()

    # Nothing decided yet: a page lists the kept official, with the policy's reason.
    page.wait_for_url(f"{url}/staff/review/{fid}/decide-label?label=PERSON&action=accept")
    listed = page.locator("#overturned li")
    assert listed.count() == 1
    assert OFFICIAL in listed.inner_text() and "นโยบายคงไว้" in listed.inner_text()
    assert _decisions(live, fid) == {}
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "review-bulk-confirm.png"), full_page=True)

    # "Leave them": the others are redacted by decision, the official keeps the policy's keep.
    page.click("#btn-leave")
    page.wait_for_url(f"{url}/staff/review/{fid}")
    decided = _decisions(live, fid)
    assert official not in decided
    assert {k for k, v in decided.items() if v == "accept"} == {k for k in letter["persons"] if k != official}
    row = page.locator(f'li.proposal[data-key="{official}"]')
    assert "eff-keep" in (row.get_attribute("class") or "")

    # Again, and this time overturn: the official is redacted too.
    page.locator(".label-group", has=page.locator(".swatch.lbl-PERSON")).locator("button[value=accept]").click()
    page.wait_for_url(f"{url}/staff/review/{fid}/decide-label?label=PERSON&action=accept")
    page.click("#btn-overturn")
    page.wait_for_url(f"{url}/staff/review/{fid}")
    assert _decisions(live, fid)[official] == "accept"
    assert "eff-redact" in (page.locator(f'li.proposal[data-key="{official}"]').get_attribute("class") or "")

    # Nothing left to overturn: "redact all" decides at once, on the same screen.
    page.locator(".label-group", has=page.locator(".swatch.lbl-PERSON")).locator("button[value=accept]").click()
    page.wait_for_load_state("networkidle")
    assert page.url == f"{url}/staff/review/{fid}"


TAGS_JS = """() => Array.from(document.querySelectorAll('#view-pages .box')).map(b => {
    const t = b.querySelector('.tag'), r = b.getBoundingClientRect(), q = t.getBoundingClientRect();
    return {key: b.dataset.key, text: t.textContent, beside: b.classList.contains('tag-beside'),
            box: [r.left, r.top, r.right, r.bottom], tag: [q.left, q.top, q.right, q.bottom],
            shown: getComputedStyle(t).display !== 'none'};
})"""


@pytest.mark.parametrize("width", [1366, 760])
def test_basis_tags_stay_inside_their_boxes_or_beside_them(live: dict[str, Any], browser: Any,
                                                            letter: dict[str, Any], width: int) -> None:
    """A box's basis tag never lies over the line above (issue #14): inside the box, as on the published
    PDF, or beside it on its own line when the box is too narrow; none in the preview."""
    ctx = browser.new_context(viewport={"width": width, "height": 900}, locale="th-TH")
    try:
        page = ctx.new_page()
        login(page, live["url"], "reviewer")
        page.goto(f"{live['url']}/staff/review/{letter['file_id']}")
        page.wait_for_function("Array.from(document.querySelectorAll('#view-pages img'))"
                               ".every(i => i.complete && i.naturalWidth > 0)")
        tags = page.evaluate(TAGS_JS)
        assert len(tags) >= 8
        for t in tags:
            (bl, bt, br, bb), (tl, tt, tr, tb_) = t["box"], t["tag"]
            assert t["shown"] and t["text"].startswith("ม.15(")
            assert bt - 0.5 <= tt and tb_ <= bb + 0.5, f"{t['key']}: tag {t['tag']} leaves the box's line {t['box']}"
            if t["beside"]:
                assert tl >= br - 0.5 or tr <= bl + 0.5, t
            else:
                assert bl - 0.5 <= tl and tr <= br + 0.5, t
        if width == 1366:
            first = page.locator("#view-pages .box").first
            first.scroll_into_view_if_needed()
            r = first.bounding_box()
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SCREENSHOTS / "review-box-tags.png"),
                            clip={"x": max(0, r["x"] - 200), "y": max(0, r["y"] - 120), "width": 700, "height": 300})
        page.locator("h1").click()
        page.keyboard.press("p")
        assert all(not t["shown"] for t in page.evaluate(TAGS_JS))
    finally:
        ctx.close()


def test_public_item_in_thai_digits(live: dict[str, Any], page: Any) -> None:
    """The administrator ticks Thai digits; a citizen's page then writes its dates and sizes in them, and
    the document number as it was typed (issue #15 item 7). Screenshot ``public-thai-digits.png``."""
    url = live["url"]
    login(page, url, "admin")
    page.goto(f"{url}/admin/profile")
    page.check("#s-thai_digits")
    page.click("#agency-settings button[type=submit]")
    page.wait_for_url(f"{url}/admin/profile")
    assert page.is_checked("#s-thai_digits")
    try:
        with live["app"].extensions["phoei"].library.session() as s:
            from library import content

            path = content.get(s, live["uid"]).path
        page.goto(f"{url}/browse{path}")
        dates = page.locator("main time").all_inner_texts()
        assert dates and all(re.search("[๐-๙]", d) and not re.search("[0-9]", d) for d in dates), dates
        assert re.search(r"\(PDF, [๐-๙]+ KB\)", page.locator("main").inner_text())
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "public-thai-digits.png"), full_page=True)
    finally:
        from library import settings, users
        from library.security import Principal

        with live["app"].extensions["phoei"].library.transaction() as s:
            settings.put(s, Principal.of(users.get_user(s, "admin")), "thai_digits", False)
