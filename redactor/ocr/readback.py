"""Reading a written scan back for verification without reading all of it again.

A redacted scanned page differs from the page extraction read only inside
its redaction boxes; everywhere else its pixels are the same scan. So the
written page is not OCRed whole (the second-slowest step of a scanned file,
after extraction's own OCR). Instead, fail closed:

1. The written page is rendered and compared with a fresh rendering of the
   source page, ink against ink in small blocks (``CHANGE_BLOCK``), outside
   the boxes and a margin around them. A block whose ink differs by more than
   re-compression noise counts as changed.
2. Every box must be solid dark on the written page (``MIN_BOX_DARK``).
3. What is read again by OCR: every line extraction read that a box touches,
   every line (or bare area) with a changed block, and the boxes themselves;
   the rest of the page is painted white and the page read with the
   orientation extraction found.
4. The page's text for the checks of ``redactor.ocr.verify`` is that new
   reading plus extraction's reading of the lines away from every box and
   every change, whose pixels are shown to be unchanged.

Where the comparison cannot be made (the page's size or orientation changed,
too much of the page differs, a box is not solid), the whole page is OCRed
as before. Pages without boxes are read as before too, which costs nothing:
their pixels are the ones extraction read, and OCR results are cached by
pixels (``redactor.ocr.engine``).

This module works on pixels; opening the PDFs, rendering their pages and
choosing what to read is ``redactor.formats.pdf_readback.read_back``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from redactor.ocr import geometry as geo
from redactor.ocr.engine import OcrResult, Rendered, recognise
from redactor.ocr.geometry import Box

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
    padded = np.zeros((hb * b, wb * b), dtype=bool)
    padded[:h, :w] = ink
    return padded.reshape(hb, b, wb, b).sum(axis=(1, 3), dtype=np.int32)


def changed_blocks(written: npt.NDArray[np.uint8], original: npt.NDArray[np.uint8],
                   boxes: Sequence[tuple[int, int, int, int]]) -> npt.NDArray[np.bool_]:
    """Blocks (``CHANGE_BLOCK`` pixels square) whose ink differs between the two, outside the boxes."""
    diff = np.abs(_block_ink(written < INK_LEVEL) - _block_ink(original < INK_LEVEL)) > CHANGE_MIN_INK
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


def read_redacted_page(written: Rendered, original: Rendered, result: OcrResult,
                       boxes: Sequence[Box]) -> Readback:
    """The written page's text, read again only where it may differ from ``result`` (see the module doc)."""
    def whole(why: str) -> Readback:
        return Readback(recognise(written, check_digits=False).text, False, why)

    if (written.width, written.height, written.to_page) != (original.width, original.height, original.to_page):
        return whole("the page's size or orientation changed")
    shape = (written.height, written.width)
    w = np.frombuffer(written.gray, dtype=np.uint8).reshape(shape)
    o = np.frombuffer(original.gray, dtype=np.uint8).reshape(shape)
    to_px = _inverse(written.to_page)
    px_boxes = [_pixel_rect(to_px, b, shape) for b in boxes]
    for r in px_boxes:
        if box_dark(w, r) < MIN_BOX_DARK:
            return whole("a redaction box is not solid on the written page")
    changed = changed_blocks(w, o, px_boxes)
    if changed.mean() > MAX_CHANGED:
        return whole(f"{changed.mean():.1%} of the page changed outside the boxes")

    keep = np.zeros(shape, dtype=bool)
    b = CHANGE_BLOCK
    for x0, y0, x1, y1 in px_boxes:
        keep[max(y0 - READ_PAD, 0): y1 + READ_PAD, max(x0 - READ_PAD, 0): x1 + READ_PAD] = True
    for by, bx in zip(*np.nonzero(changed), strict=True):
        keep[max(by * b - READ_PAD, 0): (by + 1) * b + READ_PAD, max(bx * b - READ_PAD, 0): (bx + 1) * b + READ_PAD] \
            = True
    page_lines = [(line, _pixel_rect(to_px, result.page_box(line, 0, len(line.text)), shape)) for line in result.lines
                  if line.text.strip()]
    # A line any part of which is read again is read again whole. Only the
    # lines the boxes and changes reach: Thai lines' bands overlap their
    # neighbours', and taking in the lines those reach would take the page.
    seed = keep.copy()
    again = [bool(seed[y0:y1, x0:x1].any()) for _line, (x0, y0, x1, y1) in page_lines]
    for (_line, (x0, y0, x1, y1)), a in zip(page_lines, again, strict=True):
        if a:
            keep[max(y0 - LINE_PAD, 0): y1 + LINE_PAD, max(x0 - READ_PAD, 0): x1 + READ_PAD] = True
    masked = np.where(keep, w, np.uint8(255))
    fresh = recognise(Rendered(masked.tobytes(), written.width, written.height, written.to_page),
                      check_digits=False, rotation=result.rotation)
    unchanged = [line.text for (line, _r), a in zip(page_lines, again, strict=True) if not a]
    return Readback("\n".join([*unchanged, fresh.text]), True)
