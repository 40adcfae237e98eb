"""Reading a written PDF's scans back for verification: the PyMuPDF side of ``redactor.ocr.readback``.

Redacted full-page scans are read again only where they may differ from extraction's reading:
the bands of the lines a box reaches and of the changes, stacked across pages into a few
images (``redactor.ocr.readback``); every other scan region is OCRed as
``pdf_scan.recover_scans`` does.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future
from pathlib import Path

from redactor.formats.pdf_open import open_consistent, open_pdf
from redactor.formats.pdf_scan import render, scan_regions, visible_char_centres
from redactor.ocr.engine import OcrPool, OcrResult, Rendered
from redactor.ocr.geometry import Box
from redactor.ocr.pdf import ScanRegion, ScanText
from redactor.ocr.readback import BandReader, PageInk, Strips, prepare_strips


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
    bands = BandReader(pool.workers)
    # Pages in reading: (page, whole reading) or (page, preparation of a redacted page, its written pixels).
    pending: deque[tuple[int, Future[OcrResult] | Future[Strips | str], Rendered | None]] = deque()
    out: list[ScanText] = []
    # Redacted pages read in part: their kept lines, and their bands' numbers in ``bands``.
    parts: list[tuple[int, list[str], list[int]]] = []

    def collect() -> None:
        page, fut, pixels = pending.popleft()
        got = fut.result()
        if isinstance(got, Strips):
            parts.append((page, got.kept, [bands.add(band) for band in got.bands]))
        elif isinstance(got, str):
            if notes is not None:
                notes.append(f"page {page + 1} read whole by OCR: {got}")
            assert pixels is not None
            pending.append((page, pool.submit(pixels, False), None))
        else:
            out.append(ScanText(page + 1, got.text))

    try:
        for pno in range(doc.page_count):
            for region in scan_regions(doc[pno], pno, visible_char_centres(doc[pno])):
                if len(pending) >= 2 * pool.workers:
                    collect()
                result = known.get(pno) if region.clip is None else None
                if result is not None and boxes.get(pno):
                    # Compared with the ink of the pixels extraction read; rendered again only without it.
                    original: Rendered | PageInk | None = result.page_ink
                    if original is None:
                        if src is None:
                            src = open_consistent(source)[0]
                        original = render(src[pno])
                    pixels = render(doc[pno])
                    job: Callable[..., Strips | str] = prepare_strips
                    pending.append((pno, pool.run(job, pixels, original, result, list(boxes[pno])), pixels))
                else:
                    pending.append((pno, pool.submit(render(doc[pno], region.clip), False), None))
        while pending:
            collect()
        read = bands.texts()
    finally:
        doc.close()
        if src is not None:
            src.close()
        bands.close()
        if own:
            pool.close()
    for page, kept, ids in parts:
        out.append(ScanText(page + 1, "\n".join([*kept, *(read[i] for i in ids)]), True))
    if notes is not None and parts:
        notes.append(f"{len(parts)} redacted scanned page(s) read again by OCR around their boxes and wherever "
                     "their pixels differ from the source; the rest of each is the source's pixels")
    return out
