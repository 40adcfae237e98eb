"""Reading a written scan back for verification without reading all of it again.

A redacted scanned page differs from the page extraction read only inside
its redaction boxes; everywhere else its pixels are the same scan. So the
written page is not OCRed whole (the second-slowest step of a scanned file,
after extraction's own OCR). Instead, fail closed:

1. The written page is rendered and compared with the pixels extraction
   read (their ink per block, kept with its reading: ``PageInk``; a fresh
   rendering of the source page where there is none), ink against ink in
   small blocks (``CHANGE_BLOCK``), outside the boxes and a margin around
   them. A block whose ink differs by more than re-compression noise counts
   as changed.
2. Every box must be solid dark on the written page (``MIN_BOX_DARK``).
3. What is read again by OCR: every line extraction read that a box reaches
   (one of its glyph boxes, not merely its band: Thai bands overlap their
   neighbours'), every line a changed block touches, and the bands of the
   boxes and changes themselves. Those bands are cut from the written page
   straightened as extraction straightened it, and the bands of all redacted
   pages are stacked into a few compact images (``MAX_BATCH_HEIGHT``), each
   read by one Tesseract run: no whole-page preprocessing or layout analysis
   of a mostly blank page, and one run for many pages.
4. The page's text for the checks of ``redactor.ocr.verify`` is that new
   reading plus extraction's reading of the lines away from every box and
   every change, whose pixels are shown to be unchanged.

Where the comparison cannot be made (the page's size or orientation changed,
too much of the page differs, a box is not solid), the whole page is OCRed
as before. Pages without boxes are read as before too, which costs nothing:
their pixels are the ones extraction read, and OCR results are cached by
pixels (``redactor.ocr.engine``).
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from redactor.ocr import geometry as geo
from redactor.ocr import image as im
from redactor.ocr.geometry import Box
from redactor.ocr.tables import stack

if TYPE_CHECKING:  # pragma: no cover
    from redactor.ocr.engine import OcrResult, Rendered

# Pixels (at 300 dpi) below this grey level are ink, for the comparison.
INK_LEVEL = 128
# Ink is compared in blocks of this many pixels square; a block is changed when
# its ink count differs by more than CHANGE_MIN_INK pixels (JPEG re-compression
# moves a stroke's edge by a pixel, not a stroke).
CHANGE_BLOCK = 8
CHANGE_MIN_INK = 12
# Around each box, pixels the box's antialiased edge and the image's
# re-compression ringing may touch (pixels at 300 dpi).
BOX_MARGIN = 6
# More changed blocks than this share of the page: read the whole page.
MAX_CHANGED = 0.01
# A box is solid when this share of its inner pixels is dark (box labels are white text on it).
MIN_BOX_DARK = 0.8
# Around what is read again, this many pixels of context for Tesseract (above and below a line: fewer).
READ_PAD = 12
LINE_PAD = 4


@dataclass(frozen=True, slots=True)
class Readback:
    text: str
    partial: bool  # only parts of the page were read again (False: the whole page)
    why_whole: str = ""


def _inverse(m: geo.Affine) -> geo.Affine:
    a, b, c, d, e, f = m
    det = a * d - b * c
    ia, ib, ic, id_ = d / det, -b / det, -c / det, a / det
    return ia, ib, ic, id_, -(e * ia + f * ic), -(e * ib + f * id_)


def _pixel_rect(m: geo.Affine, box: Box, shape: tuple[int, int], pad: float = 0.0) -> tuple[int, int, int, int]:
    x0, y0, x1, y1 = geo.map_rect(m, box)
    h, w = shape
    return (max(int(x0 - pad), 0), max(int(y0 - pad), 0), min(int(np.ceil(x1 + pad)), w),
            min(int(np.ceil(y1 + pad)), h))


def _block_ink(ink: npt.NDArray[np.bool_]) -> npt.NDArray[np.int32]:
    h, w = ink.shape
    b = CHANGE_BLOCK
    hb, wb = -(-h // b), -(-w // b)
    padded = np.zeros((hb * b, wb * b), dtype=np.uint8)
    padded[:h, :w] = ink
    if b == 8:
        # The 8 bytes (0 or 1) of a block's row as one word: multiplying by 0x0101..01 adds them all up
        # into its top byte (no carries: each partial sum is at most 8). Five times numpy's reshape-sum.
        rows = (padded.view(np.uint64) * np.uint64(0x0101010101010101)) >> np.uint64(56)
        return rows.reshape(hb, b, wb).sum(axis=1, dtype=np.int32)
    return padded.reshape(hb, b, wb, b).sum(axis=(1, 3), dtype=np.int32)


@dataclass(frozen=True, slots=True)
class PageInk:
    """The ink of the pixels extraction read, per ``CHANGE_BLOCK`` block: what a written page is compared with.

    Kept with extraction's reading (``OcrResult.page_ink``), so verification need not render the
    source page again, and compares the written page with the very pixels extraction read. About
    10 kB a page (the counts, compressed): a long scan does not keep its pages' pixels.
    """

    width: int
    height: int
    to_page: geo.Affine
    blocks: bytes  # zlib of the uint8 counts, rows of blocks top down

    def counts(self) -> npt.NDArray[np.int32]:
        hb, wb = -(-self.height // CHANGE_BLOCK), -(-self.width // CHANGE_BLOCK)
        return np.frombuffer(zlib.decompress(self.blocks), dtype=np.uint8).reshape(hb, wb).astype(np.int32)


def page_ink(img: Rendered) -> PageInk:
    gray = np.frombuffer(img.gray, dtype=np.uint8).reshape(img.height, img.width)
    counts = _block_ink(gray < INK_LEVEL).astype(np.uint8)  # at most CHANGE_BLOCK ** 2 = 64
    return PageInk(img.width, img.height, img.to_page, zlib.compress(counts.tobytes(), 1))


def changed_blocks(written: npt.NDArray[np.uint8], original: npt.NDArray[np.uint8] | npt.NDArray[np.int32],
                   boxes: Sequence[tuple[int, int, int, int]]) -> npt.NDArray[np.bool_]:
    """Blocks (``CHANGE_BLOCK`` pixels square) whose ink differs between the two, outside the boxes.

    ``original``: the source's pixels, or already its ink per block (``PageInk.counts``)."""
    before = original if original.dtype == np.int32 else _block_ink(original < INK_LEVEL)
    diff = np.abs(_block_ink(written < INK_LEVEL) - before) > CHANGE_MIN_INK
    b = CHANGE_BLOCK
    for x0, y0, x1, y1 in boxes:
        diff[max(y0 - BOX_MARGIN, 0) // b: -(-(y1 + BOX_MARGIN) // b), max(x0 - BOX_MARGIN, 0) // b:
             -(-(x1 + BOX_MARGIN) // b)] = False
    return np.asarray(diff)


def box_dark(gray: npt.NDArray[np.uint8], rect: tuple[int, int, int, int]) -> float:
    """Share of dark pixels inside a box, a couple of pixels in from its edges."""
    x0, y0, x1, y1 = rect
    inner = gray[y0 + 2: y1 - 2, x0 + 2: x1 - 2]
    return float((inner < INK_LEVEL).mean()) if inner.size else 1.0


@dataclass(frozen=True, slots=True)
class Strips:
    """A redacted page prepared for reading: extraction's lines that stay, and the bands to read again."""

    kept: list[str]
    bands: list[npt.NDArray[np.uint8]]  # straightened pixels, full width, one per merged band


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(ranges):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def prepare_strips(written: Rendered, original: Rendered | PageInk, result: OcrResult,
                   boxes: Sequence[Box]) -> Strips | str:
    """What of a redacted page must be read again (see the module doc); a reason to read it whole instead.

    ``original``: the source page's pixels, or the ink of those extraction read (``OcrResult.page_ink``)."""
    if (written.width, written.height, written.to_page) != (original.width, original.height, original.to_page):
        return "the page's size or orientation changed"
    shape = (written.height, written.width)
    w = np.frombuffer(written.gray, dtype=np.uint8).reshape(shape)
    o = original.counts() if isinstance(original, PageInk) else \
        np.frombuffer(original.gray, dtype=np.uint8).reshape(shape)
    to_px = _inverse(written.to_page)
    px_boxes = [_pixel_rect(to_px, b, shape) for b in boxes]
    for r in px_boxes:
        if box_dark(w, r) < MIN_BOX_DARK:
            return "a redaction box is not solid on the written page"
    changed = changed_blocks(w, o, px_boxes)
    if changed.mean() > MAX_CHANGED:
        return f"{changed.mean():.1%} of the page changed outside the boxes"
    # Everything from here is in extraction's processed frame (turned and straightened the same way),
    # where its lines and character boxes are.
    rotated, _ = im.rotate(w, result.rotation)
    straight, _ = im.deskew(rotated, result.skew)
    to_straight = _inverse(result.to_page)
    px_to_straight = geo.compose(written.to_page, to_straight)
    sh = straight.shape[0]
    # What a box or a change may have reached: the boxes with their antialiased margin, the changed blocks.
    reach = [geo.map_rect(to_straight, b) for b in boxes]
    reach = [(x0 - BOX_MARGIN, y0 - BOX_MARGIN, x1 + BOX_MARGIN, y1 + BOX_MARGIN) for x0, y0, x1, y1 in reach]
    b = CHANGE_BLOCK
    changes = [geo.map_rect(px_to_straight, (bx * b - READ_PAD, by * b - READ_PAD, (bx + 1) * b + READ_PAD,
                                             (by + 1) * b + READ_PAD))
               for by, bx in zip(*np.nonzero(changed), strict=True)]

    def meets(r: Box, rects: Sequence[Box]) -> bool:
        return any(r[0] < x1 and x0 < r[2] and r[1] < y1 and y0 < r[3] for x0, y0, x1, y1 in rects)

    ranges: list[tuple[int, int]] = []
    kept: list[str] = []
    for line in result.lines:
        if not line.text.strip():
            continue
        glyphs = [bx for bx, c in zip(line.boxes, line.text, strict=False) if not c.isspace()]
        x0 = min(g[0] for g in glyphs)
        x1 = max(g[2] for g in glyphs)
        whole = (x0, min(line.band[1], *(g[1] for g in glyphs)), x1, max(line.band[3], *(g[3] for g in glyphs)))
        # A line is read again when a box reaches one of its glyphs (a box over a neighbour's band that
        # misses this line's glyphs took none of its ink), or a change reaches any of it.
        if any(meets(g, reach) for g in glyphs) or meets(whole, changes):
            ranges.append((int(whole[1]) - LINE_PAD, int(np.ceil(whole[3])) + LINE_PAD))
        else:
            kept.append(line.text)
    # The boxes and changes themselves are read too, in whatever band they sit.
    ranges += [(int(y0) - READ_PAD, int(np.ceil(y1)) + READ_PAD) for _x0, y0, _x1, y1 in [*reach, *changes]]
    bands = [straight[max(a, 0):min(c, sh)] for a, c in _merge(ranges) if min(c, sh) > max(a, 0)]
    return Strips(kept, bands)


# Bands of several pages are read in one image up to about this height (pixels, about four redacted
# pages' bands): few Tesseract runs, but the first starts while later pages are still being rendered
# and prepared. At 3,000 px the first waited for eight pages and the 20-page benchmark's read-back took
# 3.6 s; at 1,500 px, 3.2 s, for 0.4 s more CPU in Tesseract's start-ups.
MAX_BATCH_HEIGHT = 1500
BATCH_GAP = 30
# The bands left at the end are cut into one run per worker, but no run shorter than this (pixels): a
# Tesseract run costs its start-up (loading the languages) whatever it reads.
MIN_RUN_HEIGHT = 1000
# Tesseract's single column of lines of varying size (psm 4): a band that holds a signature block or
# table cells side by side is not read as one uniform block (psm 6 ran such columns together, and kept
# text beside a box looked lost on the dev set's scanned order), nor re-laid out as a page (psm 3 did
# the same on a 200 dpi Thai-digit letter, benchmarks/thai_digit_scans.py).
BANDS_PSM = 4


def read_bands(bands: Sequence[npt.NDArray[np.uint8]]) -> list[str]:
    """OCR of straightened bands stacked in one image: the text read in each band."""
    from redactor.ocr import tesseract
    from redactor.ocr.layout import build_lines

    if not bands:
        return []
    canvas, spans = stack(list(bands), BATCH_GAP)
    # Cleaned as extraction cleans a page: boxes (solid ink) and specks become paper.
    raw = tesseract.recognise(im.to_pbm(im.clean(canvas)), dpi=geo.DPI, psm=BANDS_PSM)
    out: list[list[str]] = [[] for _ in bands]
    for line in build_lines(raw.tsv, raw.txt):
        cy = (line.band[1] + line.band[3]) / 2
        # A line between two bands (it should not be) goes with the nearer one: nothing read is dropped.
        k = min(range(len(spans)), key=lambda i: 0 if spans[i][0] <= cy < spans[i][1]
                else min(abs(cy - spans[i][0]), abs(cy - spans[i][1])))
        out[k].append(line.text)
    return ["\n".join(t) for t in out]


def balanced_runs(heights: Sequence[int], parts: int) -> list[list[int]]:
    """``heights`` cut, in order, into at most ``parts`` runs of about the same total height (indices).

    A run ends once it reaches its share of what is left, so one tall band never starves the runs
    after it, and no run is empty."""
    runs: list[list[int]] = []
    left = sum(heights)
    i = 0
    for k in range(parts, 0, -1):
        if i == len(heights):
            break
        share = left / k
        run, got = [i], heights[i]
        i += 1
        # A band joins the run while the run stays nearer its share with it than without it.
        while i < len(heights) and len(heights) - i >= k and abs(got + heights[i] - share) <= abs(got - share):
            got += heights[i]
            run.append(i)
            i += 1
        left -= got
        runs.append(run)
    if i < len(heights):
        runs[-1].extend(range(i, len(heights)))
    return runs


class BandReader:
    """Bands of many redacted pages, read in stacked batches (``read_bands``) on threads of their own.

    A batch starts as soon as it reaches ``MAX_BATCH_HEIGHT``, while the caller is still rendering and
    preparing later pages (those preparations run on the OCR pool: a batch never queues in front of
    them). At ``texts()``, what has not started yet is cut into one run per worker, of equal height
    (``MIN_RUN_HEIGHT`` at least), so the last runs end together instead of one batch running alone.
    """

    def __init__(self, workers: int) -> None:
        self.workers = max(1, workers)
        self._executor = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="phoei-bands")
        self._bands: list[npt.NDArray[np.uint8]] = []
        self._batches: list[tuple[Future[list[str]], list[int]]] = []
        self._open: list[int] = []
        self._open_height = 0

    def add(self, band: npt.NDArray[np.uint8]) -> int:
        """Queue one band; its number in ``texts()``."""
        if self._open and self._open_height + band.shape[0] > MAX_BATCH_HEIGHT:
            self._submit(self._open)
            self._open, self._open_height = [], 0
        n = len(self._bands)
        self._bands.append(band)
        self._open.append(n)
        self._open_height += band.shape[0] + BATCH_GAP
        return n

    def _submit(self, ids: list[int]) -> None:
        self._batches.append((self._executor.submit(read_bands, [self._bands[i] for i in ids]), ids))

    def texts(self) -> list[str]:
        """The text read in each band, by its number (waits for every batch)."""
        rest = list(self._open)
        started = []
        for fut, ids in self._batches:
            if fut.cancel():
                rest += ids
            else:
                started.append((fut, ids))
        self._batches, self._open, self._open_height = started, [], 0
        rest.sort()
        heights = [self._bands[i].shape[0] + BATCH_GAP for i in rest]
        total = sum(heights)
        parts = min(self.workers * max(1, -(-total // (self.workers * MAX_BATCH_HEIGHT))),
                    max(1, total // MIN_RUN_HEIGHT))
        for run in balanced_runs(heights, parts):
            self._submit([rest[j] for j in run])
        out = [""] * len(self._bands)
        for fut, ids in self._batches:
            for i, text in zip(ids, fut.result(), strict=True):
                out[i] = text
        return out

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)


def read_redacted_page(written: Rendered, original: Rendered | PageInk, result: OcrResult,
                       boxes: Sequence[Box]) -> Readback:
    """The written page's text, read again only where it may differ from ``result`` (see the module doc)."""
    from redactor.ocr.engine import recognise

    got = prepare_strips(written, original, result, boxes)
    if isinstance(got, str):
        return Readback(recognise(written, check_digits=False).text, False, got)
    return Readback("\n".join([*got.kept, *read_bands(got.bands)]), True)
