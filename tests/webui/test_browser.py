"""In a real browser (Debian's chromium driven by Playwright): the whole journey, and axe-core.

Chromium is ``/usr/bin/chromium`` (installed by ``.ci/run``); axe-core comes
from npm (``.ci/run`` installs it under ``.npm/``). Without them the tests are
skipped locally and fail under ``CI=true``. Screenshots go to
``artifacts/screenshots/`` (named in the README).
"""

from __future__ import annotations

import io
import os
import re
import shutil
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pymupdf
import pytest

from tests.webui.conftest import (
    COMPLAINT,
    DOCX_ID,
    DOCX_PERSON,
    PASSWORD,
    ROOT,
    make_config,
    make_docx,
    publish_directly,
)

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
AXE_CANDIDATES = [Path(os.environ.get("PHOEI_AXE_JS", "/nonexistent")),
                  ROOT / ".npm" / "node_modules" / "axe-core" / "axe.min.js",
                  ROOT / "node_modules" / "axe-core" / "axe.min.js"]
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
PDF_ID, PDF_PERSON, OFFICIAL = "1-1037-02071-81-1", "ทดลองดี", "นายวิชัย ตัวอย่างยิ่ง"


def _need(ok: bool, what: str) -> None:
    if ok:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{what} is missing; .ci/run installs it")
    pytest.skip(f"{what} is missing")


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory, template_db: Path) -> Iterator[dict[str, Any]]:
    """The site on 127.0.0.1 with a worker thread on the SQLite queue, CSRF on, and one published document."""
    from werkzeug.serving import WSGIRequestHandler, make_server

    class Quiet(WSGIRequestHandler):
        def log_request(self, *args: Any, **kwargs: Any) -> None:
            pass

    from webui import create_app, jobs

    inst = tmp_path_factory.mktemp("live") / "instance"
    inst.mkdir()
    shutil.copyfile(template_db, inst / "phoei.sqlite3")
    app = create_app(make_config(inst, TESTING=False, WTF_CSRF_ENABLED=True, PHOEI_JOBS="sqlite",
                                 PHOEI_JOBS_IMMEDIATE=False, PHOEI_JOBS_NAME="phoei-live"))
    services = app.extensions["phoei"]
    uid = publish_directly(services.library, services.cache, COMPLAINT, "/oia/s9/s9-1", "เอกสารสำหรับตรวจการเข้าถึง")
    consumer = jobs.start_consumer(services.huey, workers=2, periodic=False)
    server = make_server("127.0.0.1", 0, app, threaded=True, request_handler=Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield {"url": f"http://127.0.0.1:{server.server_port}", "app": app, "uid": uid}
    finally:
        server.shutdown()
        jobs.stop_consumer(consumer)
        services.library.dispose()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    _need(CHROMIUM.is_file(), "Debian's chromium (/usr/bin/chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    # axe-core is injected as a script: only its pages let the test bypass the site's CSP.
    ctx = browser.new_context(viewport={"width": 1366, "height": 900}, accept_downloads=True, locale="th-TH",
                              bypass_csp="axe" in request.node.name)
    pg = ctx.new_page()
    pg.set_default_timeout(30_000)
    yield pg
    ctx.close()


def login(page: Any, url: str, username: str) -> None:
    page.goto(f"{url}/login")
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    page.click("main form button[type=submit]")
    page.wait_for_url(re.compile(r"/staff/"))


def wait_jobs_done(page: Any, count: int, timeout: float = 120) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        page.reload()
        if page.locator(".job-queued, .job-running").count() == 0 and page.locator(".job-done").count() >= count:
            return
        assert page.locator(".job-error").count() == 0, page.locator(".job-error").first.inner_text()
        time.sleep(0.5)
    raise AssertionError("the analysis jobs did not finish")


def wait_verified(page: Any, timeout: float = 120) -> None:
    page.wait_for_selector("#verification-result.ok", timeout=timeout * 1000)


def docx_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist()
                         if n.endswith((".xml", ".rels")))


def test_officer_reviewer_citizen_journey(live: dict[str, Any], page: Any, tmp_path: Path) -> None:
    url = live["url"]
    docx_path = make_docx(tmp_path / "ร้องเรียน.docx")

    # 1. An officer uploads a Thai PDF and a DOCX at once.
    login(page, url, "officer")
    page.goto(f"{url}/staff/upload")
    value = page.locator("#folder option", has_text="ผลการพิจารณา").first.get_attribute("value")
    page.select_option("#folder", value=value)
    page.fill("#title", "แจ้งผลเรื่องร้องเรียน")
    page.set_input_files("#files", [str(COMPLAINT), str(docx_path)])
    page.fill("#document_number", "นม ๐๐๑๗.๓/๔๑๒")
    page.click("#upload-form button[type=submit]")
    page.wait_for_url(re.compile(r"/staff/uploads"))
    wait_jobs_done(page, 2)
    page.click("form[action='/logout'] button")

    # 2. A reviewer sees the proposals drawn on the page image.
    login(page, url, "reviewer")
    page.goto(f"{url}/staff/review/")
    page.click("text=แจ้งผลเรื่องร้องเรียน (1/2)")
    page.wait_for_selector(".page img")
    page.wait_for_function("document.querySelector('.page img').naturalWidth > 0")
    boxes = page.locator(".page .box")
    assert boxes.count() >= 5
    assert page.locator(".box.lbl-NATIONAL_ID").count() >= 1
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "review.png"), full_page=False)

    # Keyboard: j selects the next entry, p toggles the preview of the result.
    page.locator("h1").click()
    page.keyboard.press("j")
    assert page.locator(".proposal.selected").count() == 1
    page.keyboard.press("p")
    assert "preview" in (page.locator("#review").get_attribute("class") or "")
    page.keyboard.press("p")

    # ... rejects one (the health note stays visible) ...
    health = page.locator("li.proposal.lbl-HEALTH, li.proposal:has(.swatch.lbl-HEALTH)").first
    health.locator("[data-act=reject]").click()
    page.wait_for_selector("li.proposal.eff-keep:has(.swatch.lbl-HEALTH)")

    # ... adds one manual box by dragging over the company's name ...
    with pymupdf.open(str(COMPLAINT)) as doc:
        target = doc[0].search_for("ตัวอย่างอาหาร")[0]
        pw, ph = doc[0].rect.width, doc[0].rect.height
    page.evaluate("window.scrollTo(0, document.querySelector('.page img').getBoundingClientRect().top"
                  " + window.scrollY + 150)")
    img = page.locator(".page[data-page='1'] img").bounding_box()
    sx, sy = img["width"] / pw, img["height"] / ph
    mid = (target.y0 + target.y1) / 2
    # From the right end of the word to its left end (a drag that starts on another box selects that box).
    page.mouse.move(img["x"] + (target.x1 + 1) * sx, img["y"] + (mid + 5) * sy)
    page.mouse.down()
    page.mouse.move(img["x"] + (target.x0 - 1) * sx, img["y"] + (mid - 5) * sy, steps=5)
    page.mouse.up()
    page.wait_for_selector("li.proposal[data-key^='m:']")
    assert "ตัวอย่างอาหาร" in page.locator("li.proposal[data-key^='m:'] .p-context mark").first.inner_text()

    # ... applies (in the worker) and publishes once verification passed.
    assert page.locator("#btn-publish").is_disabled()
    page.click("#btn-apply")
    wait_verified(page)
    page.screenshot(path=str(SCREENSHOTS / "review-verified.png"), full_page=False)
    page.click("#btn-publish")
    page.wait_for_selector("text=เผยแพร่แล้ว")

    # The DOCX: reviewed on its text with the same proposals, applied and published.
    page.goto(f"{url}/staff/review/")
    page.click("text=แจ้งผลเรื่องร้องเรียน (2/2)")
    page.wait_for_selector("#doctext mark.lbl-NATIONAL_ID")
    page.click("#btn-apply")
    wait_verified(page)
    page.click("#btn-publish")
    page.wait_for_selector("text=เผยแพร่แล้ว")
    page.click("form[action='/logout'] button")

    # 3. An anonymous citizen finds the item by a word of its text (the worker indexed it after the
    # publish) and in its folder, and downloads it.
    deadline = time.time() + 60
    while True:
        page.goto(f"{url}/search?q=ลำตะคอง")
        if page.locator(".results .card-title", has_text="แจ้งผลเรื่องร้องเรียน (1/2)").count():
            break
        assert time.time() < deadline, "the published document never became searchable"
        time.sleep(0.5)
    assert page.locator(".results mark", has_text="ลำตะคอง").count() >= 1
    page.screenshot(path=str(SCREENSHOTS / "public-search.png"), full_page=True)
    page.goto(url)
    page.click("text=ข้อมูลข่าวสารตามพระราชบัญญัติข้อมูลข่าวสารของราชการ")
    page.click("text=มาตรา ๙ ข้อมูลข่าวสารที่จัดไว้ให้ประชาชนเข้าตรวจดูได้")
    page.click("text=ผลการพิจารณาหรือคำวินิจฉัย")
    page.click("text=แจ้งผลเรื่องร้องเรียน (1/2)")
    page.wait_for_selector("h1")
    page.screenshot(path=str(SCREENSHOTS / "public-item.png"), full_page=True)
    with page.expect_download() as dl:
        page.click("a.button[download]")
    pdf = Path(dl.value.path()).read_bytes()
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        text = "".join(p.get_text() for p in doc)
        meta = str(doc.metadata)
    assert PDF_ID not in text and "1037" not in text and PDF_PERSON not in text and PDF_PERSON not in meta
    assert "ตัวอย่างอาหาร" not in text  # the manual box
    assert "ผิวหนัง" in text  # the rejected proposal stays
    assert OFFICIAL in text

    page.go_back()
    page.click("text=แจ้งผลเรื่องร้องเรียน (2/2)")
    with page.expect_download() as dl:
        page.click("a.button[download]")
    text = docx_text(Path(dl.value.path()).read_bytes())
    assert DOCX_ID not in text and "08359" not in text and DOCX_PERSON not in text
    assert OFFICIAL in text


AXE_PAGES = {
    "home": "/",
    "folder": "/browse/oia/s9/s9-1",
    "item": None,  # the published document
    "search": "/search?q=%E0%B8%AB%E0%B8%99%E0%B8%B1%E0%B8%87%E0%B8%AA%E0%B8%B7%E0%B8%AD",
    "feedback": "/feedback/{uid}",
}


@pytest.fixture(scope="module")
def axe_source() -> str:
    found = next((p for p in AXE_CANDIDATES if p.is_file()), None)
    _need(found is not None, "axe-core (npm)")
    assert found is not None
    return found.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", list(AXE_PAGES))
def test_axe_no_serious_violations(live: dict[str, Any], page: Any, axe_source: str, name: str) -> None:
    from library import content

    with live["app"].extensions["phoei"].library.session() as s:
        item_path = content.get(s, live["uid"]).path
    path = AXE_PAGES[name] or f"/browse{item_path}"
    page.goto(live["url"] + path.format(uid=live["uid"]))
    assert page.evaluate("document.documentElement.lang") == "th"
    page.add_script_tag(content=axe_source)
    result = page.evaluate("""async () => {
        const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
        const r = await axe.run(document, {runOnly: {type: 'tag', values: tags}});
        return r.violations.map(v => ({id: v.id, impact: v.impact,
                                       nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}));
    }""")
    bad = [v for v in result if v["impact"] in ("serious", "critical")]
    assert bad == [], bad
