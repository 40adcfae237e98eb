"""OCR progress of a scan in the job's JSON status: "(หน้า n/N)" counts up as the worker reads each
scanned page (issue #15, part 4), and the page shows it from that JSON (tests/webui/test_browser_job_pages.py)."""

from __future__ import annotations

import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from library.models import Content, DocumentFile
from redactor.ocr.tesseract import unavailable_reason
from tests.fixtures import make_scan as ms
from tests.webui.conftest import PASSWORD, make_config

needs_tesseract = pytest.mark.skipif(unavailable_reason() is not None,
                                     reason=f"Tesseract not available: {unavailable_reason()}")


def three_page_scan(tmp: Path, seed: int) -> Path:
    """Three scanned pages; each test its own ``seed``: OCR results are cached by the pixels
    (redactor.ocr.engine), and a scan read before would report its pages all at once."""
    return ms.build_scan(tmp / "three-pages.pdf", [ms.small_letter_lines()] * 3, size=15.0, page=ms.SMALL_PAGE,
                         specks=120, seed=seed)


def upload(client: Any, lib: Any, path: Path, title: str = "บันทึกสแกนสามหน้า") -> int:
    client.post("/login", data={"username": "officer", "password": PASSWORD})
    with lib.session() as s:
        folder = s.scalar(select(Content).where(Content.path == "/oia/s9/s9-1")).id
    r = client.post("/staff/upload", data={"folder": str(folder), "title": title,
                                           "files": [(path.open("rb"), path.name)]},
                    content_type="multipart/form-data")
    assert r.status_code == 302
    with lib.session() as s:
        return int(s.scalar(select(DocumentFile.id).order_by(DocumentFile.id.desc())))


def watch(client: Any, lib: Any, file_id: int, timeout: float = 600) -> list[dict[str, Any]]:
    """The job's JSON status, asked for every 50 ms until the file is analysed: each change once."""
    seen: list[dict[str, Any]] = []
    deadline = time.time() + timeout
    while time.time() < deadline:
        st = client.get(f"/staff/jobs/{file_id}.json").get_json()
        now = {k: st.get(k) for k in ("state", "phase_text", "done", "total", "count_text")}
        if not seen or seen[-1] != now:
            seen.append(now)
        if st["state"] in ("done", "error"):
            return seen
        time.sleep(0.05)
    raise AssertionError(f"the worker did not finish: {seen}")


@needs_tesseract
def test_the_status_counts_the_scanned_pages_as_ocr_reads_them(instance, tmp_path: Path) -> None:
    from webui import create_app
    from webui.messages import JOB_PHASES
    from worker import jobs

    app = create_app(make_config(instance, PHOEI_JOBS="sqlite", PHOEI_JOBS_IMMEDIATE=False,
                                 PHOEI_JOBS_NAME=f"phoei-test-{uuid.uuid4().hex[:8]}"))
    services = app.extensions["phoei"]
    client = app.test_client()
    try:
        fid = upload(client, services.library, three_page_scan(tmp_path, seed=3101))
        consumer = jobs.start_consumer(services.huey, periodic=False)
        try:
            seen = watch(client, services.library, fid)
        finally:
            jobs.stop_consumer(consumer)
    finally:
        services.huey.flush()
        services.library.dispose()
    assert seen[-1]["state"] == "done", seen
    with app.test_request_context():
        ocr_phase = str(JOB_PHASES["ocr"])
    ocr = [st for st in seen if st["phase_text"] == ocr_phase]
    assert ocr and all(st["total"] == 3 for st in ocr), seen
    counts = [st["done"] for st in ocr]
    # It counts up (the last page's "3/3" may give way to the next phase between two polls).
    assert counts == sorted(counts) and len(set(counts)) >= 2 and counts[-1] <= 3, seen
    assert [st["count_text"] for st in ocr] == [f"หน้า {n}/3" for n in counts]
