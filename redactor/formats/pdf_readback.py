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
    # Image regions of pages with a text layer, read on their own (``ScanRegion.clip``).
    clipped: dict[int, list[tuple[Box, OcrResult]]] = {}
    for region, result in scans:
        if region.clip is not None:
            clipped.setdefault(region.page, []).append((region.clip, result))
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
    redacted: set[int] = set()

    def collect() -> None:
        page, fut, pixels = pending.popleft()
        got = fut.result()
        if isinstance(got, Strips):
            parts.append((page, got.kept, [bands.add(band) for band in got.bands]))
        elif isinstance(got, str):
            if notes is not None and page in redacted:
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
                clip, reading = (None, known.get(pno)) if region.clip is None else \
                    same_region(region.clip, clipped.get(pno, []))
                inside = [b for b in boxes.get(pno, ()) if clip is None or _meets(b, clip)]
                if inside:
                    redacted.add(pno)
                if reading is not None:
                    # A scan without boxes too: written again as an image (an untrusted text layer is
                    # written as one whatever was redacted on it), its pixels are no longer the very
                    # ones extraction read, and OCR's cache would not know them; compared, they are.
                    # Compared with the ink of the pixels extraction read; rendered again only without it.
                    original: Rendered | PageInk | None = reading.page_ink
                    if original is None:
                        if src is None:
                            src = open_consistent(source)[0]
                        original = render(src[pno], clip)
                    pixels = render(doc[pno], clip)
                    job: Callable[..., Strips | str] = prepare_strips
                    pending.append((pno, pool.run(job, pixels, original, reading, inside), pixels))
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
    read_in_part = {page for page, _kept, _ids in parts}
    if notes is not None and read_in_part & redacted:
        notes.append(f"{len(read_in_part & redacted)} redacted scanned page(s) read again by OCR around their "
                     "boxes and wherever their pixels differ from the source; the rest of each is the source's "
                     "pixels")
    if notes is not None and read_in_part - redacted:
        notes.append(f"{len(read_in_part - redacted)} scanned page(s) without boxes compared with the pixels "
                     "extraction read, and read again by OCR only where they differ")
    return out


# An image region of the written page is the source's when its corners are this close (points): the
# written image is drawn where the source's was.
SAME_CLIP = 0.5


def same_region(clip: Box, regions: Sequence[tuple[Box, OcrResult]]) -> tuple[Box | None, OcrResult | None]:
    """The source's image region (its clip and extraction's reading) where the written page has ``clip``;
    (None, None) where the source had none there."""
    for src_clip, result in regions:
        if all(abs(a - b) <= SAME_CLIP for a, b in zip(clip, src_clip, strict=True)):
            return src_clip, result
    return None, None


def _meets(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
