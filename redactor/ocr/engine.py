"""OCR of rendered page images: orientation, deskew, cleanup, Tesseract, lines.

The caller renders (PyMuPDF is used from one thread only) and hands over the
grey pixels with the map from pixels to page coordinates; everything after
that runs in a worker thread, one Tesseract process per page at a time, so
pages are recognised in parallel across cores.

Results are cached by the pixels: the same image always gives the same
result. Verification renders each written page again: a page without boxes
has identical pixels, so it is not read a second time; a redacted page is read
again only around its boxes (``redactor.ocr.readback``).
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from typing import TypeVar

import numpy as np

from redactor.ocr import digits, missed, tesseract
from redactor.ocr import geometry as geo
from redactor.ocr import image as im
from redactor.ocr import tables as ocr_tables
from redactor.ocr.layout import Box, OcrLine, boxes_to_ink, build_lines, snap_to_ink
from redactor.ocr.readback import PageInk, page_ink
from redactor.ocr.tables import Grid

T = TypeVar("T")

# Part of the cache key: bump when preprocessing or cleanup changes output.
PIPELINE_VERSION = "16"
# A reading this thin or unsure, of a page with ink, may be of a page upside down.
WEAK_CHARS = 20
WEAK_CONF = 70.0
MIN_INK = 0.002
# The second, digits-only reading of digit runs (PHOEI_OCR_DIGITS=off skips it).
DIGIT_CHECK = os.environ.get("PHOEI_OCR_DIGITS", "").strip().lower() not in ("0", "off", "no", "false")


@dataclass(frozen=True, slots=True)
class Rendered:
    """Greyscale pixels (one byte each, rows top down) and the map pixel -> page."""

    gray: bytes
    width: int
    height: int
    to_page: geo.Affine


@dataclass(frozen=True, slots=True)
class OcrResult:
    lines: tuple[OcrLine, ...]
    to_page: geo.Affine  # processed-image pixel -> page coordinates
    skew: float
    rotation: int
    ink: float
    # Digit runs a second, digits-only reading could not confirm (redactor/ocr/digits.py).
    uncertain: tuple[digits.Uncertain, ...] = ()
    # Ruled tables found in the processed image (redactor/ocr/tables.py), same frame as the lines.
    grids: tuple[Grid, ...] = ()
    # The ink of the image read, per block: what verification compares a redacted copy with
    # (redactor/ocr/readback.py), without rendering the source page again.
    page_ink: PageInk | None = field(default=None, compare=False)

    @property
    def chars(self) -> int:
        return sum(sum(1 for c in ln.text if not c.isspace()) for ln in self.lines)

    @property
    def conf(self) -> float:
        """Mean confidence of the lines, weighted by their characters."""
        weights = [sum(1 for c in ln.text if not c.isspace()) for ln in self.lines]
        n = sum(weights)
        return sum(ln.conf * w for ln, w in zip(self.lines, weights, strict=True)) / n if n else 0.0

    @property
    def text(self) -> str:
        return "\n".join(ln.text for ln in self.lines)

    def page_box(self, line: OcrLine, start: int, end: int) -> Box:
        return geo.map_rect(self.to_page, line.span_box(start, end))


def _recognise(gray: im.Gray, to_page: geo.Affine, rotation: int, check_digits: bool = True) -> OcrResult:
    rotated, back_rot = im.rotate(gray, rotation)
    # Redaction boxes are solid ink in long rows: left in, they pull the skew
    # estimate towards their edges (a redacted page read 5 degrees off).
    solid = im.solid_areas(im.ink_mask(rotated))
    skew = im.estimate_skew(np.where(solid, np.uint8(255), rotated) if solid.any() else rotated)
    straight, back_skew = im.deskew(rotated, skew)
    cleaned, grids = im.clean_and_grids(straight)
    raw = tesseract.recognise(im.to_pbm(cleaned), dpi=geo.DPI)
    ink = cleaned == 0
    found = build_lines(raw.tsv, raw.txt)
    if grids:
        found += _read_missed_cells(cleaned, ink, grids, found)
    for line in _read_missed_lines(cleaned, ink, found):
        found.insert(_reading_place(found, line), line)
    lines = tuple(boxes_to_ink(snap_to_ink(ln, ink), ink) for ln in found)
    uncertain: tuple[digits.Uncertain, ...] = ()
    if DIGIT_CHECK and check_digits:
        lines, uncertain = digits.check(cleaned, lines)
    back = geo.compose(geo.compose(back_skew, back_rot), to_page)
    return OcrResult(lines, back, skew, rotation, im.ink_fraction(cleaned), uncertain, tuple(grids))


def _read_stacked(gray: im.Gray, rects: list[tuple[int, int, int, int]]) -> list[OcrLine]:
    """Lines read in ``rects`` of ``gray`` (stacked into one image, one Tesseract run), moved back into
    the frame of ``gray``; only lines of a fair confidence with letters or digits in them."""
    canvas, places = ocr_tables.stack_cells(gray, rects)
    raw = tesseract.recognise(im.to_pbm(canvas), dpi=geo.DPI, psm=6)
    out = []
    half = ocr_tables.CELL_GAP / 2
    for line in build_lines(raw.tsv, raw.txt):
        cy = (line.band[1] + line.band[3]) / 2
        k = next((i for i, (_dx, _dy, top, bottom) in enumerate(places) if top - half <= cy < bottom + half), None)
        if k is None or line.conf < ocr_tables.MISSED_CELL_CONF or not any(ch.isalnum() for ch in line.text):
            continue
        dx, dy = places[k][0], places[k][1]

        def moved(b: Box, dx: int = dx, dy: int = dy) -> Box:
            return b[0] + dx, b[1] + dy, b[2] + dx, b[3] + dy

        out.append(replace(line, boxes=tuple(moved(b) for b in line.boxes), band=moved(line.band)))
    return out


def _reading_place(lines: list[OcrLine], line: OcrLine) -> int:
    """Where ``line`` goes among ``lines`` in reading order: after the line on its row just to its left
    (the start of a line the page's reading cut short), else after the lowest line above it that shares
    some of its width (the line before it in its column), else after the lowest line above it, else first."""
    x0, y0, x1, y1 = line.band
    mid = (y0 + y1) / 2
    # Close on its left: within two line heights (farther is the next column's line, not the same line's).
    gap = 2 * (y1 - y0)
    left = [i for i, ln in enumerate(lines) if ln.band[1] <= mid <= ln.band[3] and x0 - gap <= ln.band[2] <= x0 + 8]
    if left:
        return max(left, key=lambda i: lines[i].band[2]) + 1
    above = [i for i, ln in enumerate(lines) if (ln.band[1] + ln.band[3]) / 2 < y0]
    under = [i for i in above if lines[i].band[0] < x1 and x0 < lines[i].band[2]] or above
    return max(under, key=lambda i: (lines[i].band[1], i)) + 1 if under else 0


def _read_missed_lines(cleaned: im.Gray, ink: np.ndarray, lines: list[OcrLine]) -> list[OcrLine]:
    """Lines of text the page's reading skipped (``redactor.ocr.missed``), read with what was read blanked."""
    covered = missed.covered_mask(cleaned.shape, [ln.band for ln in lines])
    rects = missed.missed_bands(ink, covered)
    if not rects:
        return []
    return _read_stacked(np.where(covered, np.uint8(255), cleaned), rects)


def _read_missed_cells(cleaned: im.Gray, ink: np.ndarray, grids: list[Grid], lines: list[OcrLine]) -> list[OcrLine]:
    """Lines read in the ruled-table cells the page's reading left out (``redactor.ocr.tables.missed_cells``),
    all such cells of the page stacked into one image and read in one Tesseract run, in the page's frame."""
    boxes = [b for ln in lines for b, ch in zip(ln.boxes, ln.text, strict=False) if not ch.isspace()]
    cells = ocr_tables.missed_cells(ink, grids, boxes)
    if not cells:
        return []
    return _read_stacked(cleaned, cells)


# Each result with whether its digit runs were checked: a checked result also
# serves a request that does not need the check (the text is the same).
_cache: OrderedDict[str, tuple[OcrResult, bool]] = OrderedDict()
_cache_lock = threading.Lock()
_CACHE_SIZE = 256  # results are small (text and boxes); a long scan fits


def recognise(img: Rendered, check_digits: bool = True, rotation: int | None = None) -> OcrResult:
    """OCR one rendered image (cached by its pixels). Raises ``tesseract.OcrError``.

    ``check_digits`` runs the digit safety net (``redactor.ocr.digits``):
    detection needs it; the text layer and verification of a written page
    only need the text, so they skip it and reuse any cached reading.
    ``rotation``: the image's orientation when already known (a part of a
    page read before), instead of finding it.
    """
    h = hashlib.sha256(img.gray)
    h.update(repr((img.width, img.height, img.to_page, tesseract.LANG, PIPELINE_VERSION, rotation)).encode())
    key = h.hexdigest()
    with _cache_lock:
        if key in _cache and (_cache[key][1] or not check_digits):
            _cache.move_to_end(key)
            return _cache[key][0]
    gray = np.frombuffer(img.gray, dtype=np.uint8).reshape(img.height, img.width)
    result = _recognise(gray, img.to_page, rotation, check_digits) if rotation is not None \
        else _oriented(gray, img.to_page, check_digits)
    result = replace(result, page_ink=page_ink(img))
    with _cache_lock:
        _cache[key] = (result, check_digits or not DIGIT_CHECK)
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return result


def _oriented(gray: im.Gray, to_page: geo.Affine, check_digits: bool) -> OcrResult:
    # Turned pages: a page whose ink runs in columns is read both ways round;
    # a thin or unsure reading of an upright-looking page is tried upside down.
    # Whichever reads more, more surely, wins. (Cheaper than Tesseract's OSD,
    # which costs as much as a reading and needs plenty of text to answer.)
    if im.looks_sideways(gray):
        tries = [_recognise(gray, to_page, 90, check_digits), _recognise(gray, to_page, 270, check_digits)]
    else:
        tries = [_recognise(gray, to_page, 0, check_digits)]
        first = tries[0]
        if (first.chars < WEAK_CHARS or first.conf < WEAK_CONF) and im.ink_fraction(gray) > MIN_INK \
                and _may_be_upside_down(gray, first):
            tries.append(_recognise(gray, to_page, 180, check_digits))
    return max(tries, key=lambda r: r.chars * r.conf)


# The upside-down trial of a weak reading first reads one band of the page turned round
# (a ``SAMPLE_SHARE`` of its height, where its ink is densest): a page in a script Tesseract's
# languages do not hold reads as unsure either way round, and reading all of it a second time
# cost a dense two-page form 24 s of CPU for nothing. Upside-down text read the right way up
# reads far more surely (a Thai letter: 49 against 94), so the band must gain SAMPLE_GAIN points.
SAMPLE_SHARE = 0.2
SAMPLE_GAIN = 10.0
# A reading with this many characters in the band is enough to compare; a thinner band decides nothing.
SAMPLE_MIN_CHARS = 8


def _weighted_conf(lines: list[OcrLine] | tuple[OcrLine, ...]) -> tuple[float, int]:
    weights = [sum(1 for c in ln.text if not c.isspace()) for ln in lines]
    n = sum(weights)
    return (sum(ln.conf * w for ln, w in zip(lines, weights, strict=True)) / n if n else 0.0), n


def _may_be_upside_down(gray: im.Gray, first: OcrResult) -> bool:
    """Whether the band of ``gray`` with the most ink reads clearly more surely turned round than
    ``first`` (the upright reading) read it. Small pages and thin readings are tried whole, as before."""
    h = gray.shape[0]
    band = max(int(h * SAMPLE_SHARE), 1)
    if first.chars < WEAK_CHARS or band * 3 > h:
        return True
    rows = (gray < 128).sum(axis=1, dtype=np.int64)
    sums = np.convolve(rows, np.ones(band, dtype=np.int64), mode="valid")
    y0 = int(np.argmax(sums))
    # The upright reading's lines in that band (its own frame is the page's, turned by 0 and straightened by
    # a fraction of a degree: the rows match to within a line).
    upright = [ln for ln in first.lines if y0 <= (ln.band[1] + ln.band[3]) / 2 < y0 + band]
    conf0, n0 = _weighted_conf(upright)
    crop = np.ascontiguousarray(np.rot90(gray[y0:y0 + band], 2))
    raw = tesseract.recognise(im.to_pbm(im.clean(crop)), dpi=geo.DPI)
    conf180, n180 = _weighted_conf(build_lines(raw.tsv, raw.txt))
    if n0 < SAMPLE_MIN_CHARS and n180 < SAMPLE_MIN_CHARS:
        return True  # the band says nothing: read the page both ways, as before
    return conf180 >= conf0 + SAMPLE_GAIN


def default_workers() -> int:
    env = os.environ.get("PHOEI_OCR_WORKERS", "").strip()
    if env.isdigit() and int(env) > 0:
        return int(env)
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, 8))


class OcrPool:
    """Pages in parallel: ``submit`` as each page is rendered, collect the futures."""

    def __init__(self, workers: int | None = None) -> None:
        self.workers = workers or default_workers()
        self._executor = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="phoei-ocr")

    def submit(self, img: Rendered, check_digits: bool = True) -> Future[OcrResult]:
        return self._executor.submit(recognise, img, check_digits)

    def run(self, fn: Callable[..., T], *args: object) -> Future[T]:
        """Any other OCR work on the pool's workers (e.g. reading back part of a written page)."""
        return self._executor.submit(fn, *args)

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> OcrPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
