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
from contextlib import contextmanager
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


def live_app(tmp_path_factory: pytest.TempPathFactory, template_db: Path, name: str, **config: Any) -> Any:
    """A site on its own copy of the seeded database, CSRF on: each browser test module's instance."""
    from webui import create_app

    inst = tmp_path_factory.mktemp(name) / "instance"
    inst.mkdir()
    shutil.copyfile(template_db, inst / "phoei.sqlite3")
    return create_app(make_config(inst, TESTING=False, WTF_CSRF_ENABLED=True, **config))


@contextmanager
def serving(app: Any) -> Iterator[str]:
    """``app`` served on 127.0.0.1 from a thread; yields its URL and stops the server afterwards."""
    from werkzeug.serving import WSGIRequestHandler, make_server

    class Quiet(WSGIRequestHandler):
        def log_request(self, *args: Any, **kwargs: Any) -> None:
            pass

    server = make_server("127.0.0.1", 0, app, threaded=True, request_handler=Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory, template_db: Path) -> Iterator[dict[str, Any]]:
    """The site on 127.0.0.1 with a worker thread on the SQLite queue, CSRF on, and one published document."""
    from worker import jobs

    # Every browser of this module signs in from 127.0.0.1, more often than the sign-in limit allows a
    # minute (webui/throttle.py, tested in tests/webui/test_throttle.py): limits off for this site.
    app = live_app(tmp_path_factory, template_db, "live", PHOEI_JOBS="sqlite", PHOEI_JOBS_IMMEDIATE=False,
                   PHOEI_JOBS_NAME="phoei-live", RATELIMIT_ENABLED=False)
    services = app.extensions["phoei"]
    uid = publish_directly(services.library, services.cache, COMPLAINT, "/oia/s9/s9-1", "เอกสารสำหรับตรวจการเข้าถึง")
    consumer = jobs.start_consumer(services.huey, workers=2, periodic=False)
    try:
        with serving(app) as url:
            yield {"url": url, "app": app, "uid": uid}
    finally:
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

    # The DOCX: reviewed on its pages (LibreOffice's) with the same proposals, applied and published.
    page.goto(f"{url}/staff/review/")
    page.click("text=แจ้งผลเรื่องร้องเรียน (2/2)")
    from redactor.formats import docx_render

    page.wait_for_selector(".page .box.lbl-NATIONAL_ID" if docx_render.available() is None
                           else "#doctext mark.lbl-NATIONAL_ID")
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
    assert DOCX_ID not in text and "27078" not in text and DOCX_PERSON not in text
    assert OFFICIAL in text


AXE_PAGES = {
    "home": "/",
    "folder": "/browse/oia/s9/s9-1",
    "item": None,  # the published document
    "search": "/search?q=%E0%B8%AB%E0%B8%99%E0%B8%B1%E0%B8%87%E0%B8%AA%E0%B8%B7%E0%B8%AD",
    "feedback": "/feedback/{uid}",
}


def read_axe() -> str:
    """axe-core's script (skips, or fails under ``CI=true``, when it is not installed)."""
    found = next((p for p in AXE_CANDIDATES if p.is_file()), None)
    _need(found is not None, "axe-core (npm)")
    assert found is not None
    return found.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def axe_source() -> str:
    return read_axe()


def serious_axe_violations(page: Any, axe_source: str) -> list[dict[str, Any]]:
    """axe-core (WCAG 2.1 AA) run on the page as it stands: its serious and critical violations, each with
    the first five nodes it names. The page's context must bypass the site's CSP to take the script."""
    page.add_script_tag(content=axe_source)
    result: list[dict[str, Any]] = page.evaluate("""async () => {
        const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
        const r = await axe.run(document, {runOnly: {type: 'tag', values: tags}});
        return r.violations.map(v => ({id: v.id, impact: v.impact,
                                       nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}));
    }""")
    return [v for v in result if v["impact"] in ("serious", "critical")]


@pytest.mark.parametrize("name", list(AXE_PAGES))
def test_axe_no_serious_violations(live: dict[str, Any], page: Any, axe_source: str, name: str) -> None:
    from library import content

    with live["app"].extensions["phoei"].library.session() as s:
        item_path = content.get(s, live["uid"]).path
    path = AXE_PAGES[name] or f"/browse{item_path}"
    page.goto(live["url"] + path.format(uid=live["uid"]))
    assert page.evaluate("document.documentElement.lang") == "th"
    assert serious_axe_violations(page, axe_source) == []


# --- the boxes on the page images are where the text is ------------------------------------------

GEOMETRY_VIEWS = [  # (viewport width, device pixel ratio): two columns at 1x, one column at 2x
    (1366, 1),
    (760, 2),
]
TOLERANCE = 2.0  # CSS px


def build_geometry_pdf(path: Path, pages: int = 3) -> Path:
    """Full Thai pages with personal data near the top, in the middle and on the last line of each page."""
    import random

    from tests.fixtures import make_pdf as mp

    mp.require_fonts()
    rng = random.Random(2567)
    doc = pymupdf.open()
    size, leading, top, bottom = mp.BENCH_SIZE, 1.3, 60.0, mp.PAGE_H - 40
    fit = int((bottom - top) // (size * leading)) + 1
    for pno in range(pages):
        page = mp.new_page(doc)
        lines = (mp.bench_lines(pno, rng)[0] + mp.bench_lines(pno, rng)[0])[:fit - 1]
        nid = mp.dashed_id(mp.national_id(f"3{pno + 1}0140{rng.randrange(100000, 999999)}"))
        lines.append(f"เลขประจำตัวประชาชน {nid} ผู้ร้อง นาย{mp._FIRST[pno]} {mp._LAST[pno]}")
        mp.write_lines(page, lines, y=top, size=size, leading=leading)
    return mp.save(doc, path)


def submit_for_review(live: dict[str, Any], path: Path, title: str, *, analyse: bool = True,
                      **fields: Any) -> tuple[int, str]:
    """``path`` uploaded by the officer as a new file item ``title`` in /oia/s9/s9-1 and sent for review, then
    analysed in this process unless ``analyse`` is false. Returns the file's id and the item's path."""
    from library import content, lifecycle, redaction, users
    from library.security import Principal
    from worker import steps

    services = live["app"].extensions["phoei"]
    lib = services.library
    with lib.transaction() as s:
        officer = Principal.of(users.get_user(s, "officer"))
        item = content.create(s, officer, content.get(s, "/oia/s9/s9-1"), "file", title=title, **fields)
        fid = redaction.upload(s, officer, item, path, path.name).id
        lifecycle.transition(s, officer, item, "submit", "ส่งตรวจ")
        item_path = item.path
    if analyse:
        steps.analyse(lib, services.cache, fid, float(services.config["PHOEI_PAGE_ZOOM"]), lambda *a: None)
    return fid, item_path


def analysed_doc(live: dict[str, Any], fid: int) -> dict[str, Any] | None:
    """An analysed file as the geometry tests read it: its proposals' spans and texts, its layout and its
    text; None while it is not analysed yet."""
    from library.models import DocumentFile
    from worker import layout, steps

    services = live["app"].extensions["phoei"]
    with services.library.session() as s:
        f = s.get(DocumentFile, fid)
        if f.analysed_at is None:
            return None
        return {"file_id": fid, "spans": {p.proposal_id: (p.start_offset, p.end_offset) for p in f.proposals},
                "texts": {p.proposal_id: p.text for p in f.proposals},
                "flagged": [p.proposal_id for p in f.proposals if p.detector == "ocr_digits" and p.action == "review"],
                "layout": layout.load(steps.layout_path(services.cache, f.original_sha256)),
                "text": steps.text_path(services.cache, f.original_sha256).read_text(encoding="utf-8")}


@pytest.fixture(scope="module")
def geometry_doc(live: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A three-page PDF uploaded and analysed (in this process), with its layout and proposals."""
    pdf = build_geometry_pdf(tmp_path_factory.mktemp("geometry") / "geometry.pdf")
    doc = analysed_doc(live, submit_for_review(live, pdf, "ตรวจตำแหน่งกรอบ")[0])
    assert doc is not None and doc["layout"] is not None and len(doc["layout"]["pages"]) == 3
    return doc


def _char_lines(lay: dict[str, Any]) -> list[tuple[int, int, list[list[float]]]]:
    """The layout's lines that have visible characters: ``(page, start offset, char boxes)``, each char box
    cut to its line's band (a Thai glyph box reaches into the lines above and below; the band is what
    only this line occupies, and what a redaction covers)."""
    out = []
    for pno, s, boxes, band in lay["lines"]:
        if band:
            boxes = [[b[0], band[0], b[2], band[1]] for b in boxes]
        if any(b[2] > b[0] for b in boxes):
            out.append((pno, s, boxes))
    return out


def _neighbours(lines: list[tuple[int, int, list[list[float]]]], page: int, own: list[int]
                ) -> list[list[float]]:
    """Char boxes of the line just above and just below the lines ``own`` (indices into ``lines``)."""
    def mid(i: int) -> float:
        bs = [b for b in lines[i][2] if b[2] > b[0]]
        return sum((b[1] + b[3]) / 2 for b in bs) / len(bs)

    top, bottom = min(mid(i) for i in own), max(mid(i) for i in own)
    same = [i for i, ln in enumerate(lines) if ln[0] == page and i not in own]
    above = [i for i in same if mid(i) < top - 1]
    below = [i for i in same if mid(i) > bottom + 1]
    out: list[list[float]] = []
    if above:
        near = max(mid(i) for i in above)
        out += [b for i in above if abs(mid(i) - near) < 1 for b in lines[i][2] if b[2] > b[0]]
    if below:
        near = min(mid(i) for i in below)
        out += [b for i in below if abs(mid(i) - near) < 1 for b in lines[i][2] if b[2] > b[0]]
    return out


MEASURE_JS = """() => Array.from(document.querySelectorAll('#view-pages .page')).map(fig => {
    const img = fig.querySelector('img').getBoundingClientRect();
    const boxes = Array.from(fig.querySelectorAll('.box')).filter(b => getComputedStyle(b).display !== 'none')
        .map(b => { const r = b.getBoundingClientRect();
                    return {key: b.dataset.key, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom}; });
    return {page: parseInt(fig.dataset.page, 10), w: parseFloat(fig.dataset.w), h: parseFloat(fig.dataset.h),
            img: {x: img.left, y: img.top, w: img.width, h: img.height}, boxes: boxes};
})"""


def box_misfits(measured: list[dict[str, Any]], doc: dict[str, Any]) -> tuple[list[str], float]:
    """Every way a drawn box misses its proposal's characters, or covers a character of the line above or
    below (the worst case of each page first); and the largest offset seen (CSS px)."""
    lines = _char_lines(doc["layout"])
    found: list[tuple[int, float, str]] = []
    worst = 0.0
    for pg in measured:
        pno, img = pg["page"] - 1, pg["img"]
        sx, sy = img["w"] / pg["w"], img["h"] / pg["h"]

        def screen(b: list[float], img: dict[str, float] = img, sx: float = sx, sy: float = sy
                   ) -> tuple[float, float, float, float]:
            return (img["x"] + b[0] * sx, img["y"] + b[1] * sy, img["x"] + b[2] * sx, img["y"] + b[3] * sy)

        by_key: dict[str, list[dict[str, float]]] = {}
        for box in pg["boxes"]:
            by_key.setdefault(box["key"], []).append(box)
        for key, boxes in by_key.items():
            start, end = doc["spans"][key]
            own = [i for i, (p, s, bs) in enumerate(lines) if p == pno and s < end and s + len(bs) > start]
            chars = [screen(b) for i in own for j, b in enumerate(lines[i][2])
                     if start <= lines[i][1] + j < end and b[2] > b[0]]
            assert chars, f"{key}: no characters on page {pno + 1}"
            for c in chars:
                fits = [bx for bx in boxes if c[0] >= bx["x0"] - TOLERANCE and c[2] <= bx["x1"] + TOLERANCE
                        and c[1] >= bx["y0"] - TOLERANCE and c[3] <= bx["y1"] + TOLERANCE]
                if not fits:
                    nearest = min(boxes, key=lambda bx: abs(bx["y0"] - c[1]) + abs(bx["x0"] - c[0]))
                    dy = max(nearest["y0"] - c[1], c[3] - nearest["y1"], nearest["x0"] - c[0], c[2] - nearest["x1"])
                    worst = max(worst, dy)
                    found.append((pno, dy, f"page {pno + 1} {key}: char ({c[0]:.1f},{c[1]:.1f})-({c[2]:.1f},"
                                           f"{c[3]:.1f}) outside "
                               f"box ({nearest['x0']:.1f},{nearest['y0']:.1f})-({nearest['x1']:.1f},"
                               f"{nearest['y1']:.1f}), box top {nearest['y0'] - c[1]:+.1f} px, bottom "
                               f"{nearest['y1'] - c[3]:+.1f} px"))
            for b in _neighbours(lines, pno, own):
                n = screen(b)
                for bx in boxes:
                    dy = min(n[3], bx["y1"]) - max(n[1], bx["y0"])
                    if min(n[2], bx["x1"]) > max(n[0], bx["x0"]) and dy > TOLERANCE:
                        worst = max(worst, dy)
                        found.append((pno, dy, f"page {pno + 1} {key}: box ({bx['y0']:.1f}-{bx['y1']:.1f}) covers "
                                      f"{dy:.1f} px of a character of the line above or below ({n[1]:.1f}-{n[3]:.1f})"))
    found.sort(key=lambda f: (f[0], -f[1]))
    firsts = [f for i, f in enumerate(found) if i == 0 or found[i - 1][0] != f[0]]
    return [f[2] for f in firsts] + [f[2] for f in found if f not in firsts], worst


def open_review(page: Any, url: str, file_id: int) -> None:
    login(page, url, "reviewer")
    page.goto(f"{url}/staff/review/{file_id}")
    page.wait_for_function("Array.from(document.querySelectorAll('#view-pages img'))"
                           ".every(i => i.complete && i.naturalWidth > 0)")


@pytest.mark.parametrize(("width", "ratio"), GEOMETRY_VIEWS)
def test_boxes_cover_exactly_their_characters(live: dict[str, Any], browser: Any, geometry_doc: dict[str, Any],
                                             width: int, ratio: int) -> None:
    ctx = browser.new_context(viewport={"width": width, "height": 900}, device_scale_factor=ratio, locale="th-TH")
    try:
        page = ctx.new_page()
        open_review(page, live["url"], geometry_doc["file_id"])
        measured = page.evaluate(MEASURE_JS)
        assert len(measured) == 3 and all(pg["boxes"] for pg in measured)
        last_lines = sum(1 for pg in measured for b in pg["boxes"]
                         if b["y0"] > pg["img"]["y"] + 0.85 * pg["img"]["h"])
        assert last_lines >= 3, "each page has a proposal on its last line"
        bad, worst = box_misfits(measured, geometry_doc)
        assert not bad, f"{len(bad)} misfits, worst vertical offset {worst:.1f} px:\n" + "\n".join(bad[:12])

        # The preview blacks out exactly the same characters, and they are black on screen.
        page.locator("h1").click()
        page.keyboard.press("p")
        assert "preview" in (page.locator("#review").get_attribute("class") or "")
        measured = page.evaluate(MEASURE_JS)
        assert sum(len(pg["boxes"]) for pg in measured) >= 6
        bad, worst = box_misfits(measured, geometry_doc)
        assert not bad, f"preview: {len(bad)} misfits, worst vertical offset {worst:.1f} px:\n" + "\n".join(bad[:12])
        assert_black(page, measured, geometry_doc)
        if width == GEOMETRY_VIEWS[0][0]:
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            page.keyboard.press("p")
            last = page.locator("#view-pages .page").nth(2)
            last.scroll_into_view_if_needed()
            page.evaluate("window.scrollBy(0, 500)")
            page.screenshot(path=str(SCREENSHOTS / "review-boxes.png"))
            page.keyboard.press("p")
            page.screenshot(path=str(SCREENSHOTS / "review-preview.png"))
    finally:
        ctx.close()


def assert_black(page: Any, measured: list[dict[str, Any]], doc: dict[str, Any]) -> None:
    """Sample the screen inside every redacted character of the preview: it must be black."""
    shot = pymupdf.Pixmap(page.screenshot(full_page=True, scale="css"))
    scroll_y = page.evaluate("window.scrollY")
    lines = _char_lines(doc["layout"])
    grey = []
    for pg in measured:
        pno, img = pg["page"] - 1, pg["img"]
        sx, sy = img["w"] / pg["w"], img["h"] / pg["h"]
        for key in {b["key"] for b in pg["boxes"]}:
            start, end = doc["spans"][key]
            for p, s, bs in lines:
                for j, b in enumerate(bs):
                    if p != pno or not (start <= s + j < end) or b[2] <= b[0]:
                        continue
                    for fx in (0.25, 0.5, 0.75):
                        for fy in (0.2, 0.5, 0.8):
                            x = img["x"] + (b[0] + fx * (b[2] - b[0])) * sx
                            y = img["y"] + (b[1] + fy * (b[3] - b[1])) * sy + scroll_y
                            px = shot.pixel(int(x), int(y))
                            if max(px[:3]) > 40:
                                grey.append((key, s + j, round(x), round(y), px))
    assert not grey, f"{len(grey)} samples of redacted characters are not black in the preview: {grey[:8]}"


# --- listeners and job progress -----------------------------------------------------------------

COUNT_LISTENERS_JS = """() => {
    // Count the site's listeners in place on the window, the document and #review (added minus removed);
    // Playwright's own (its click checks) are left out by where they come from.
    window.__listeners = {};
    window.__added = 0;
    const ours = () => (new Error().stack || '').includes('/static/js/');
    const where = t => t === window ? 'window' : t === document ? 'document'
                                                : (t && t.id === 'review') ? 'review' : null;
    const count = (t, type, n) => {
        const w = where(t);
        if (w) { window.__listeners[w + ':' + type] = (window.__listeners[w + ':' + type] || 0) + n; }
    };
    const add = EventTarget.prototype.addEventListener, remove = EventTarget.prototype.removeEventListener;
    EventTarget.prototype.addEventListener = function (type, fn, opts) {
        if (ours()) { count(this, type, 1); window.__added += 1; }
        return add.call(this, type, fn, opts);
    };
    EventTarget.prototype.removeEventListener = function (type, fn, opts) {
        if (ours()) { count(this, type, -1); }
        return remove.call(this, type, fn, opts);
    };
}"""


def test_refresh_adds_no_listeners(live: dict[str, Any], page: Any, geometry_doc: dict[str, Any]) -> None:
    page.add_init_script(f"({COUNT_LISTENERS_JS})()")
    open_review(page, live["url"], geometry_doc["file_id"])
    before = page.evaluate("window.__listeners")
    for name in ("window:mousemove", "window:mouseup", "document:selectionchange", "document:keydown"):
        assert before.get(name) == 1, (name, before)
    row = page.locator("li.proposal").first
    key = row.get_attribute("data-key")
    for act, state in (("reject", "keep"), ("accept", "redact")):  # two refreshes; the decisions end as they were
        added = page.evaluate("window.__added")
        page.locator(f"li.proposal[data-key='{key}'] [data-act={act}]").click()
        page.wait_for_selector(f"li.proposal.eff-{state}[data-key='{key}']")
        page.wait_for_function("!document.getElementById('review').hasAttribute('aria-busy')")
        assert page.evaluate("window.__listeners") == before
        assert page.evaluate("window.__added") == added, "a refresh added event listeners"
    # The listeners still work after the refreshes: j selects the next entry.
    page.locator("h1").click()
    page.keyboard.press("j")
    assert page.locator(".proposal.selected").count() == 1


def upload_one(page: Any, url: str, title: str) -> None:
    """The officer uploads the demo complaint as ``title`` through the form, sent for review (the form's
    default), and lands on the new item."""
    login(page, url, "officer")
    page.goto(f"{url}/staff/upload")
    value = page.locator("#folder option", has_text="ผลการพิจารณา").first.get_attribute("value")
    page.select_option("#folder", value=value)
    page.fill("#title", title)
    page.set_input_files("#files", [str(COMPLAINT)])
    assert page.is_checked("#submit_for_review")
    page.click("#upload-form button[type=submit]")
    page.wait_for_url(re.compile(r"/staff/item/"))


def test_link_clicked_while_a_job_ends_is_followed(live: dict[str, Any], page: Any) -> None:
    """The job ends while the user's navigation is under way: the navigation must win (no reload)."""
    url = live["url"]
    done = {"kind": "analyse", "state": "done", "busy": False, "state_text": "เสร็จแล้ว", "phase_text": "",
            "done": 1, "total": 1, "count_text": "หน้า 1/1", "analysed": True}
    polled: list[str] = []

    def job_done(route: Any) -> None:
        polled.append(route.request.url)
        route.fulfill(status=200, content_type="application/json", body=__import__("json").dumps(done))

    held: list[Any] = []
    page.route(re.compile(r"/staff/jobs/\d+\.json"), job_done)
    page.route(re.compile(r"/staff/uploads$"), lambda route: held.append(route))  # the navigation waits
    upload_one(page, url, "แข่งกับการนำทาง")
    assert page.locator(".job-queued, .job-running").count() == 1
    page.click(".staff-nav a[href='/staff/uploads']", no_wait_after=True)
    deadline = time.time() + 10
    while not held or not polled:  # the click went out, and the poller has seen the job end meanwhile
        assert time.time() < deadline, (held, polled)
        page.wait_for_timeout(100)
    page.wait_for_timeout(1500)
    page.unroute(re.compile(r"/staff/uploads$"))
    for route in held:
        try:
            route.continue_()
        except Exception:  # a reload cancelled it: the wait below says so
            pass
    page.wait_for_url(re.compile(r"/staff/uploads$"), timeout=10_000)
    assert page.locator("h1").inner_text() == "เอกสารของฉัน"


def test_job_progress_updates_the_page_in_place(live: dict[str, Any], page: Any) -> None:
    url = live["url"]
    upload_one(page, url, "ติดตามความคืบหน้า")
    page.evaluate("window.__samePage = true")
    assert page.locator("#doc-panel a.button[href*='/staff/review/']").count() == 0
    # The worker analyses the upload; the page shows the end of the job and the review link by itself.
    page.wait_for_selector("#doc-panel a.button[href*='/staff/review/']", timeout=120_000)
    assert page.locator("#doc-panel .job-done").count() == 1
    assert page.evaluate("window.__samePage") is True, "the page was reloaded"


ACTIONS_JS = """() => {
    const visible = sel => {
        const el = document.querySelector(sel);
        if (!el) { return sel + ' missing'; }
        const r = el.getBoundingClientRect();
        if (r.top < 0 || r.bottom > innerHeight || r.left < 0 || r.right > innerWidth) {
            return sel + ' off screen ' + JSON.stringify(r);
        }
        const hit = document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2);
        return hit && (hit === el || el.contains(hit)) ? 'ok'
                                                       : sel + ' covered by ' + (hit && hit.outerHTML.slice(0, 80));
    };
    return [visible('#btn-apply'), visible('#btn-publish')];
}"""


@pytest.mark.parametrize(("width", "ratio"), GEOMETRY_VIEWS)
def test_apply_and_publish_stay_in_view_and_badges_do_not_wrap(live: dict[str, Any], browser: Any,
                                                                geometry_doc: dict[str, Any], width: int,
                                                                ratio: int) -> None:
    ctx = browser.new_context(viewport={"width": width, "height": 900}, device_scale_factor=ratio, locale="th-TH")
    try:
        page = ctx.new_page()
        open_review(page, live["url"], geometry_doc["file_id"])
        assert page.locator("li.proposal").count() >= 20
        assert page.locator(".site-header .who").inner_text() == "Reviewer"  # the display name, not the login
        pane = page.locator(".side-pane")
        if width > 860:  # two columns: the list scrolls in its own pane, the bar stays at its top
            pane.evaluate("p => { p.scrollTop = p.scrollHeight; }")
            page.evaluate("window.scrollTo(0, document.body.scrollHeight / 2)")
        else:  # one column: the bar stays at the top of the window while the list goes by
            page.locator("li.proposal").nth(15).scroll_into_view_if_needed()
        page.wait_for_timeout(100)
        assert page.evaluate(ACTIONS_JS) == ["ok", "ok"]
        if width == GEOMETRY_VIEWS[0][0]:
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SCREENSHOTS / "review-actions.png"))
        # Status words and badges keep to one line, however narrow their column.
        wrapped = page.evaluate("""() => Array.from(document.querySelectorAll('.badge, .p-state'))
            .filter(e => e.getClientRects().length > 1
                         || e.getBoundingClientRect().height > 1.8 * parseFloat(getComputedStyle(e).fontSize))
            .map(e => e.textContent)""")
        assert wrapped == []
    finally:
        ctx.close()


def test_axe_review_screen(live: dict[str, Any], page: Any, axe_source: str, geometry_doc: dict[str, Any]) -> None:
    """The reviewer's screen too: page images with boxes, the sticky action bar, the list."""
    open_review(page, live["url"], geometry_doc["file_id"])
    assert serious_axe_violations(page, axe_source) == []


# --- a DOCX reviewed on the pages LibreOffice lays out ----------------------------------------------


@pytest.fixture(scope="module")
def docx_doc(live: dict[str, Any], tmp_path_factory: pytest.TempPathFactory, libreoffice: None) -> dict[str, Any]:
    """A two-page DOCX (body, table, header and footer on each page, a footnote) uploaded and analysed
    in this process: LibreOffice renders it, and its layout places every proposal on the pages."""
    from tests.fixtures import make_docx_pages

    path = make_docx_pages.build(tmp_path_factory.mktemp("docx-pages") / "letter.docx")
    fid, item_path = submit_for_review(live, path, "หนังสือตอบคำร้อง ฉบับ Word", document_number="ทดสอบ ๐๑๒๓/๔๕๖")
    doc = analysed_doc(live, fid)
    assert doc is not None
    lay = doc["layout"]
    assert lay is not None and len(lay["pages"]) == 2 and not lay.get("pages_notice")
    return {**doc, "path": item_path}


def test_docx_review_on_page_images(live: dict[str, Any], browser: Any, docx_doc: dict[str, Any]) -> None:
    url = live["url"]
    ctx = browser.new_context(viewport={"width": 1366, "height": 900}, locale="th-TH", accept_downloads=True)
    try:
        page = ctx.new_page()
        page.set_default_timeout(30_000)
        open_review(page, url, docx_doc["file_id"])
        assert page.locator("#pages-notice").count() == 0 and page.locator("#unplaced").count() == 0
        measured = page.evaluate(MEASURE_JS)
        assert len(measured) == 2 and all(pg["boxes"] for pg in measured)
        # The header's go-between is boxed on both pages, the footnote's name at the foot of page 1.
        header = next(k for k, t in docx_doc["texts"].items() if "นายหัวเรื่อง" in t)
        note = next(k for k, t in docx_doc["texts"].items() if "นางเชิงอรรถ" in t)
        assert {pg["page"] for pg in measured for b in pg["boxes"] if b["key"] == header} == {1, 2}
        (foot,) = [b for b in measured[0]["boxes"] if b["key"] == note]
        assert foot["y0"] > measured[0]["img"]["y"] + 0.7 * measured[0]["img"]["h"]
        bad, worst = box_misfits(measured, docx_doc)
        assert not bad, f"{len(bad)} misfits, worst offset {worst:.1f} px:\n" + "\n".join(bad[:12])

        # Decided on the page image exactly as on a PDF: click the box, press a.
        page.locator(f'.page[data-page="2"] .box[data-key="{header}"]').click()
        assert page.locator(f'li.proposal.selected[data-key="{header}"]').count() == 1
        page.keyboard.press("a")
        page.wait_for_selector(f'li.proposal.eff-redact[data-key="{header}"]')

        # A box dragged over words of page 2 becomes a manual redaction of those words of the DOCX text.
        word = "โปรดทราบ"
        start = docx_doc["text"].index(word)
        chars = [b for pno, s, boxes, _band in docx_doc["layout"]["lines"] if pno == 1
                 for i, b in enumerate(boxes) if start <= s + i < start + len(word) and b[2] > b[0]]
        x0, y0 = min(b[0] for b in chars), min(b[1] for b in chars)
        x1, y1 = max(b[2] for b in chars), max(b[3] for b in chars)
        fig = page.locator('.page[data-page="2"] img')
        fig.scroll_into_view_if_needed()
        img = fig.bounding_box()
        pw, ph = docx_doc["layout"]["pages"][1]["w"], docx_doc["layout"]["pages"][1]["h"]
        sx, sy = img["width"] / pw, img["height"] / ph
        page.mouse.move(img["x"] + (x1 + 1) * sx, img["y"] + (y0 + 2) * sy)
        page.mouse.down()
        page.mouse.move(img["x"] + (x0 - 1) * sx, img["y"] + (y1 - 2) * sy, steps=5)
        page.mouse.up()
        page.wait_for_selector("li.proposal[data-key^='m:']")
        assert page.locator("li.proposal[data-key^='m:'] .p-context mark").first.inner_text() == word
        mkey = page.locator("li.proposal[data-key^='m:']").first.get_attribute("data-key") or ""
        assert mkey == f"m:{start}-{start + len(word)}"
        with_manual = {**docx_doc, "spans": {**docx_doc["spans"], mkey: (start, start + len(word))}}

        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.evaluate("window.scrollTo(0, 0)")
        page.locator('.page[data-page="1"] img').scroll_into_view_if_needed()
        page.evaluate("window.scrollBy(0, -60)")
        page.screenshot(path=str(SCREENSHOTS / "review-docx.png"))
        page.locator('.page[data-page="1"]').screenshot(path=str(SCREENSHOTS / "review-docx-page1.png"))
        page.locator("h1").click()
        page.keyboard.press("p")
        measured = page.evaluate(MEASURE_JS)
        bad, worst = box_misfits(measured, with_manual)
        assert not bad, f"preview: {len(bad)} misfits, worst offset {worst:.1f} px:\n" + "\n".join(bad[:12])
        page.screenshot(path=str(SCREENSHOTS / "review-docx-preview.png"))
        page.keyboard.press("p")

        # Apply (the worker renders the cleaned DOCX too and verifies that PDF), then publish.
        page.click("#btn-apply")
        wait_verified(page, timeout=180)
        assert page.locator(".clean-preview img").count() == 2
        page.click("#btn-publish")
        page.wait_for_selector("text=เผยแพร่แล้ว")

        # The citizen's page offers the DOCX and its PDF; neither holds what was withheld.
        page.goto(f"{url}/browse{docx_doc['path']}")
        page.wait_for_selector("#download-pdf")
        page.screenshot(path=str(SCREENSHOTS / "public-docx-downloads.png"), full_page=True)
        withheld = [t for k, t in docx_doc["texts"].items() if k == header or "ใจสว่าง" in t or "ทดลองใช้" in t
                    or "นางเชิงอรรถ" in t] + [word]
        with page.expect_download() as dl:
            page.click("#download-pdf")
        assert dl.value.suggested_filename == "หนังสือตอบคำร้อง ฉบับ Word.pdf"
        with pymupdf.open(stream=Path(dl.value.path()).read_bytes(), filetype="pdf") as doc:
            pdf_text = "".join(p.get_text() for p in doc)
        squash = "".join(pdf_text.split())
        assert all("".join(w.split()) not in squash for w in withheld) and "█" in pdf_text
        with page.expect_download() as dl:
            page.click("a.button[download]:not(#download-pdf)")
        assert dl.value.suggested_filename.endswith(".docx")
        docx_xml = docx_text(Path(dl.value.path()).read_bytes())
        assert all(w not in docx_xml for w in withheld)
    finally:
        ctx.close()
