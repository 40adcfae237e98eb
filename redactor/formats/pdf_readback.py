"""Reading a written PDF's scans back for verification: the PyMuPDF side of ``redactor.ocr.readback``.

Redacted full-page scans are read again only where they may differ from extraction's reading
(``read_redacted_page``); every other scan region is OCRed as ``pdf_scan.recover_scans`` does.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future
from pathlib import Path

from redactor.formats.pdf_open import open_consistent, open_pdf
from redactor.formats.pdf_scan import render, scan_regions, visible_char_centres
from redactor.ocr.engine import OcrPool, OcrResult
from redactor.ocr.geometry import Box
from redactor.ocr.pdf import ScanRegion, ScanText
from redactor.ocr.readback import Readback, read_redacted_page


def read_back(written: Path, source: Path, scans: Sequence[tuple[ScanRegion, OcrResult]],
              boxes: Mapping[int, Sequence[Box]], pool: OcrPool | None = None,
              notes: list[str] | None = None) -> list[ScanText]:
    """OCR of the written file's scans (``redactor.formats.pdf_scan.recover_scans``), redacted full-page scans read
    again only where they may differ from extraction's reading. ``boxes``: page-space redaction
    rectangles per 0-based page; ``scans``: extraction's regions and readings."""
    known = {region.page: result for region, result in scans if region.clip is None}
    doc = open_pdf(written)
    src = None
    own = pool is None
    pool = pool or OcrPool()
    pending: deque[tuple[int, Future[OcrResult] | Future[Readback]]] = deque()
    out: list[ScanText] = []
    partial = 0

    def collect() -> None:
        nonlocal partial
        page, fut = pending.popleft()
        got = fut.result()
        if isinstance(got, Readback):
            partial += got.partial
            if not got.partial and notes is not None:
                notes.append(f"page {page + 1} read whole by OCR: {got.why_whole}")
        out.append(ScanText(page + 1, got.text, isinstance(got, Readback) and got.partial))

    try:
        for pno in range(doc.page_count):
            for region in scan_regions(doc[pno], pno, visible_char_centres(doc[pno])):
                if len(pending) >= 2 * pool.workers:
                    collect()
                result = known.get(pno) if region.clip is None else None
                if result is not None and boxes.get(pno):
                    if src is None:
                        src = open_consistent(source)[0]
                    job: Callable[..., Readback] = read_redacted_page
                    pending.append((pno, pool.run(job, render(doc[pno]), render(src[pno]), result,
                                                  list(boxes[pno]))))
                else:
                    pending.append((pno, pool.submit(render(doc[pno], region.clip), False)))
        while pending:
            collect()
    finally:
        doc.close()
        if src is not None:
            src.close()
        if own:
            pool.close()
    if notes is not None and partial:
        notes.append(f"{partial} redacted scanned page(s) read again by OCR around their boxes and wherever "
                     "their pixels differ from the source; the rest of each is the source's pixels")
    return out
