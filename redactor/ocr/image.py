"""Page images before OCR: orientation, deskew, binarisation, speckle removal.

numpy (and Pillow's histogram) on a greyscale array, so that it runs in the worker threads next to
Tesseract (PyMuPDF renders in the calling thread only). Every step is a fixed
function of the pixels: the same page always gives the same image, hence the
same OCR, which verification relies on (see ``redactor.ocr.engine``).

Geometry is tracked as an affine map from the processed image back to the
rendered one (``redactor.ocr.geometry``).
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt
from PIL import Image

from redactor.ocr.geometry import IDENTITY, Affine
from redactor.ocr.tables import Grid, find_grids

Gray = npt.NDArray[np.uint8]
MAX_SKEW_DEG = 5.0
# Below this a scan counts as straight: Tesseract copes, and shearing would
# only blur glyph edges.
MIN_SKEW_DEG = 0.15
# Dark specks of dust and scanner noise: ink with fewer than SPECK_MIN_INK inked
# 2 x 2 blocks in the SPECK_WINDOW x SPECK_WINDOW blocks around it (half
# resolution). The dot of "." or the ring of ํ has more.
SPECK_WINDOW = 5
SPECK_MIN_INK = 6
# Column profile this much more varied than the row profile: turned sideways.
SIDEWAYS_MARGIN = 1.1
# Solid ink this wide (pixels at 300 dpi, about 2 mm) is a box, not a stroke.
SOLID_WINDOW = 26
# An unbroken straight run of ink this long (pixels at 300 dpi, about 1.3 cm)
# is a table ruling or an underline, not part of a letter: no Thai or Latin
# stroke at text sizes is that long.
RULING_RUN = 150
# Share of a run's pixels that must be ink (JPEG noise breaks thin lines).
RULING_FILL = 0.94


def histogram(gray: Gray) -> npt.NDArray[np.float64]:
    """How many pixels have each grey level (256 counts).

    Pillow counts a page in a fifth of the time ``np.bincount`` takes (which
    first widens every byte to a 64-bit index); the counts are the same.
    """
    if not gray.size:
        return np.zeros(256, dtype=np.float64)
    g = np.ascontiguousarray(gray)
    img = Image.frombuffer("L", (g.shape[1], g.shape[0]), g, "raw", "L", 0, 1)
    return np.asarray(img.histogram(), dtype=np.float64)


def otsu_threshold(gray: Gray) -> int:
    hist = histogram(gray)
    total = hist.sum()
    if total == 0:
        return 128
    levels = np.arange(256, dtype=np.float64)
    w0 = np.cumsum(hist)
    m0 = np.cumsum(hist * levels)
    w1 = total - w0
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (m0[-1] * w0 / total - m0) ** 2 / (w0 * w1)
    between[~np.isfinite(between)] = 0
    return int(np.argmax(between))


def ink_mask(gray: Gray) -> npt.NDArray[np.bool_]:
    # Otsu splits paper from ink; on a blank page it would split paper from
    # paper noise, so the threshold never goes above mid-grey.
    return gray <= min(otsu_threshold(gray), 160)


def _shrink(gray: Gray, f: int) -> Gray:
    """Darkest pixel of each f x f block (f a power of two): thin strokes survive the reduction.

    Pairs of rows first (whole rows at a time), then pairs of columns of the half-height result.
    """
    while f > 1:
        h, w = gray.shape
        g = gray[: h - h % 2, : w - w % 2]
        rows = np.minimum(g[0::2], g[1::2])
        gray = np.minimum(rows[:, 0::2], rows[:, 1::2])
        f //= 2
    return gray


def _halve(mask: npt.NDArray[np.bool_], *, every: bool) -> npt.NDArray[np.bool_]:
    """Each 2 x 2 block of a mask: all set (``every``) or any set.

    Rows are paired first; then each pair of neighbouring bytes (columns) is read as one 16-bit word:
    both set is 0x0101 whatever the byte order, any set is non-zero.
    """
    h, w = mask.shape
    m = mask[: h - h % 2, : w - w % 2]
    rows = np.ascontiguousarray(np.logical_and(m[0::2], m[1::2]) if every else np.logical_or(m[0::2], m[1::2]))
    pairs = rows.view(np.uint16)
    return np.asarray(pairs == 0x0101) if every else np.asarray(pairs != 0)


def _double(mask: npt.NDArray[np.bool_], shape: tuple[int, ...]) -> npt.NDArray[np.bool_]:
    """A half-resolution mask back at ``shape`` (odd last row/column: False).

    Each byte becomes two (a 16-bit word with both bytes equal), each row two.
    """
    h, w = mask.shape
    out = np.zeros(shape, dtype=bool)
    cols = (mask.view(np.uint8).astype(np.uint16) * np.uint16(0x0101)).view(np.bool_)  # h x 2w
    out[: 2 * h, : 2 * w] = np.broadcast_to(cols[:, None, :], (h, 2, 2 * w)).reshape(2 * h, 2 * w)
    return out


def _ink_points(small: Gray, threshold: int) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]] | None:
    """Coordinates of the ink pixels, x centred; None when there is too little ink."""
    ys, xs = np.nonzero(small <= threshold)
    if len(ys) < 200:
        return None
    # A fixed stride keeps the sweep fast on dense pages and is deterministic.
    step = max(1, len(ys) // 60000)
    return ys[::step].astype(np.float64), xs[::step].astype(np.float64) - small.shape[1] / 2


def _profile_score(pts: tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]], deg: float) -> float:
    ys, xs = pts
    rows = np.rint(ys - xs * math.tan(math.radians(deg))).astype(np.int64)
    rows -= rows.min()
    prof = np.bincount(rows).astype(np.float64)
    return float((prof * prof).sum())


def estimate_skew(gray: Gray) -> float:
    """Skew of the text lines in degrees (positive: lines fall to the right), by projection profiles.

    A coarse sweep at a quarter of the resolution finds the neighbourhood, a
    fine one at half resolution the angle.
    """
    if min(gray.shape) < 64:
        return 0.0
    half = _shrink(gray, 2)
    quarter = _shrink(half, 2)
    threshold = min(otsu_threshold(half), 160)
    coarse_pts = _ink_points(quarter, threshold)
    fine_pts = _ink_points(half, threshold)
    if coarse_pts is None or fine_pts is None:
        return 0.0
    coarse = np.arange(-MAX_SKEW_DEG, MAX_SKEW_DEG + 1e-9, 0.25)
    best = float(coarse[int(np.argmax([_profile_score(coarse_pts, a) for a in coarse]))])
    fine = np.arange(best - 0.3, best + 0.3 + 1e-9, 0.05)
    best = float(fine[int(np.argmax([_profile_score(fine_pts, a) for a in fine]))])
    return round(best, 2)


def _variation(profile: npt.NDArray[np.int64]) -> float:
    nz = np.flatnonzero(profile)
    if len(nz) < 2:
        return 0.0
    p = profile[nz[0]: nz[-1] + 1].astype(np.float64)
    return float(p.std() / p.mean())


def looks_sideways(gray: Gray) -> bool:
    """True when the ink runs in columns rather than rows: text turned by 90 degrees.

    Lines of text make the row profile alternate between line and gap far more
    than the column profile; on a page turned sideways it is the other way round.
    """
    if min(gray.shape) < 64:
        return False
    quarter = _shrink(_shrink(gray, 2), 2)
    ink = quarter <= min(otsu_threshold(quarter), 160)
    if ink.sum() < 200:
        return False
    return _variation(ink.sum(axis=0)) > SIDEWAYS_MARGIN * _variation(ink.sum(axis=1))


def deskew(gray: Gray, deg: float) -> tuple[Gray, Affine]:
    """Straighten lines by a vertical shear (small angles); the map back to ``gray``'s pixels."""
    if abs(deg) < MIN_SKEW_DEG:
        return gray, IDENTITY
    h, w = gray.shape
    t = math.tan(math.radians(deg))
    shift = np.rint((np.arange(w) - w / 2) * t).astype(np.int64)
    out = np.full((h, w), 255, dtype=np.uint8)
    # Columns with the same shift form runs: a few dozen slice copies.
    edges = np.flatnonzero(np.diff(shift)) + 1
    for c0, c1 in zip(np.r_[0, edges], np.r_[edges, w], strict=True):
        s = int(shift[c0])
        if s >= 0:
            out[: h - s, c0:c1] = gray[s:, c0:c1]
        else:
            out[-s:, c0:c1] = gray[: h + s, c0:c1]
    # out(x, y) = gray(x, y + (x - w/2) * t)
    return out, (1.0, t, 0.0, 1.0, 0.0, -t * w / 2)


def rotate(gray: Gray, degrees_cw: int) -> tuple[Gray, Affine]:
    """Rotate by a multiple of 90 degrees clockwise; the map back to ``gray``'s pixels."""
    h, w = gray.shape
    k = (degrees_cw // 90) % 4
    if k == 0:
        return gray, IDENTITY
    if k == 1:  # clockwise: out(x, y) = gray(y, h - x)
        return np.ascontiguousarray(np.rot90(gray, -1)), (0.0, -1.0, 1.0, 0.0, 0.0, float(h))
    if k == 2:
        return np.ascontiguousarray(gray[::-1, ::-1]), (-1.0, 0.0, 0.0, -1.0, float(w), float(h))
    # counter-clockwise: out(x, y) = gray(w - y, x)
    return np.ascontiguousarray(np.rot90(gray, 1)), (0.0, 1.0, -1.0, 0.0, float(w), 0.0)


def _box_sum(mask: npt.NDArray[np.bool_], k: int) -> npt.NDArray[np.unsignedinteger]:
    """How many pixels are set in the k x k window centred on each pixel (same shape as ``mask``;
    outside the image counts as unset).

    Separable: k shifted adds along each axis, in bytes while the count fits (k <= 15), else in
    16 bits (k * k < 65536). A quarter of the CPU of cumulative sums, and the same counts.
    """
    if k % 2 == 0:
        raise ValueError("the window must have a centre (odd k)")
    dtype = np.uint8 if k * k <= 255 else np.uint16
    r = k // 2
    h, w = mask.shape
    p = np.zeros((h + 2 * r, w + 2 * r), dtype=dtype)
    p[r:r + h, r:r + w] = mask
    rows = p[:, :w].copy()
    for i in range(1, k):
        rows += p[:, i:i + w]
    out = rows[:h].copy()
    for i in range(1, k):
        out += rows[i:i + h]
    return out


def solid_areas(ink: npt.NDArray[np.bool_]) -> npt.NDArray[np.bool_]:
    """Pixels of solid ink areas a few millimetres wide: redaction boxes, not letters.

    Tesseract takes a black box for a picture and drops the words beside it;
    a box holds no text, so OCR is better off seeing paper there.
    """
    half = _halve(ink, every=True)
    k = SOLID_WINDOW // 2
    core = _box_sum(half, k) >= int(k * k * 0.97)
    if not core.any():
        return np.zeros_like(ink)
    # Every pixel of a solid window, and the antialiased edge just outside.
    return _double(_box_sum(core, k + 4) > 0, ink.shape)


# Rows (or columns) are first screened by ink counts in blocks of this many pixels.
_RUN_BLOCK = 16


def _long_runs(mask: npt.NDArray[np.bool_], k: int, axis: int) -> npt.NDArray[np.bool_]:
    """Pixels inside a window of ``k`` pixels along ``axis`` that is (almost) all ink.

    Only the rows (columns) that can hold such a window are scanned pixel by
    pixel: a window of ``k`` lies within ``ceil(k / B) + 1`` consecutive
    blocks of ``B`` pixels, so where no such run of blocks holds enough ink,
    no window does (exact, and a text page has few candidate rows).
    """
    need = int(k * RULING_FILL)
    n = mask.shape[axis]
    out = np.zeros_like(mask)
    if n < k:
        return out
    m = mask if axis == 1 else mask.T
    nb = n // _RUN_BLOCK
    span = -(-k // _RUN_BLOCK) + 1
    if axis == 1 and m.flags.c_contiguous and _RUN_BLOCK == 16:
        # The 16 bytes (0 or 1) of a block as two words, each word's bytes added up into its top byte by
        # one multiplication (no carries: at most 8). The strided rows of the other axis sum well as they are.
        words = np.ascontiguousarray(m[:, : nb * _RUN_BLOCK]).view(np.uint64)
        tops = (words * np.uint64(0x0101010101010101)) >> np.uint64(56)
        counts = (tops[:, 0::2] + tops[:, 1::2]).astype(np.int32)
    else:
        counts = m[:, : nb * _RUN_BLOCK].reshape(m.shape[0], nb, _RUN_BLOCK).sum(axis=2, dtype=np.int32)
    if n % _RUN_BLOCK:  # the tail, as one more (short) block
        counts = np.concatenate([counts, m[:, nb * _RUN_BLOCK:].sum(axis=1, dtype=np.int32)[:, None]], axis=1)
    if counts.shape[1] <= span:
        candidates = np.flatnonzero(counts.sum(axis=1) >= need)
    else:
        c = np.pad(counts, ((0, 0), (1, 0))).cumsum(axis=1)
        candidates = np.flatnonzero(((c[:, span:] - c[:, :-span]) >= need).any(axis=1))
    if not len(candidates):
        return out
    rows = np.ascontiguousarray(m[candidates])
    c = np.pad(rows.astype(np.int32), ((0, 0), (1, 0))).cumsum(axis=1, dtype=np.int32)
    full = (c[:, k:] - c[:, :-k]) >= need  # window starting at x is a run
    # A pixel is covered when a full window starts within k - 1 pixels before it.
    g = np.pad(full.astype(np.int32), ((0, 0), (k, k - 1))).cumsum(axis=1, dtype=np.int32)
    covered = (g[:, k:] - g[:, :-k]) > 0
    if axis == 1:
        out[candidates] = covered
    else:
        out[:, candidates] = covered.T
    return out


def rulings(ink: npt.NDArray[np.bool_]) -> npt.NDArray[np.bool_]:
    """Pixels of long straight horizontal and vertical lines (table rulings, underlines), with their edges.

    Tesseract reads rulings as ``|``, ``[``, ``-`` or ``_`` and lets them
    join the words of neighbouring table cells; without them it reads the
    cells' text alone. Found at full resolution: at half resolution the
    strokes of neighbouring lines' glyphs join into long vertical runs.
    """
    return _grow(_long_runs(ink, RULING_RUN, 1) | _long_runs(ink, RULING_RUN, 0))


def _grow(lines: npt.NDArray[np.bool_]) -> npt.NDArray[np.bool_]:
    """One pixel more on every side: the antialiased edge."""
    if not lines.any():
        return lines
    grown = lines.copy()
    grown[1:, :] |= lines[:-1, :]
    grown[:-1, :] |= lines[1:, :]
    grown[:, 1:] |= lines[:, :-1]
    grown[:, :-1] |= lines[:, 1:]
    return grown


def clean(gray: Gray) -> Gray:
    """Black text on white: binarised, with specks, solid boxes and rulings removed."""
    return clean_and_grids(gray)[0]


def clean_and_grids(gray: Gray) -> tuple[Gray, list[Grid]]:
    """``clean``, and the ruled tables its rulings form (``redactor.ocr.tables``).

    Both filters run at half resolution: a speck is ink with almost no ink
    around it (a 10 x 10 pixel neighbourhood at 300 dpi), which no stroke, dot
    or tone mark is.
    """
    ink = ink_mask(gray)
    near = _box_sum(_halve(ink, every=False), SPECK_WINDOW) >= SPECK_MIN_INK
    solid = solid_areas(ink)
    keep = ink & _double(near, ink.shape) & ~solid
    # A page with redaction boxes keeps its rulings: the rims of the boxes are
    # long straight runs too, and removing them changes how Tesseract reads
    # the kept text beside the boxes, which verification compares with what
    # extraction read. (Extraction reads pages before redaction, boxes are
    # rare there; a page already redacted reads as it always did.)
    grids: list[Grid] = []
    if not solid.any():
        horizontal, vertical = _long_runs(ink, RULING_RUN, 1), _long_runs(ink, RULING_RUN, 0)
        keep &= ~_grow(horizontal | vertical)
        grids = find_grids(horizontal, vertical)
    # Ink black (0), the rest paper (255).
    return (~keep).view(np.uint8) * np.uint8(255), grids


def ink_fraction(gray: Gray) -> float:
    return np.count_nonzero(gray < 128) / gray.size if gray.size else 0.0


def to_pgm(gray: Gray) -> bytes:
    h, w = gray.shape
    return f"P5\n{w} {h}\n255\n".encode("ascii") + np.ascontiguousarray(gray).tobytes()


def to_pbm(gray: Gray) -> bytes:
    """A black-and-white image (pixels 0 or 255, as ``clean`` makes them) as a binary PBM, one bit a pixel.

    Tesseract reads it exactly as it reads the same pixels in a PGM (the same TSV and text, on every
    page, band and digit image of benchmarks/ocr.py), but skips thresholding a greyscale image: 8% less
    CPU a page. (Any other grey would be cut at mid-grey here, unlike Tesseract's own threshold.)
    """
    h, w = gray.shape
    return f"P4\n{w} {h}\n".encode("ascii") + np.packbits(gray < 128, axis=1).tobytes()
