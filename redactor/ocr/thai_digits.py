"""A second reader for Thai digits on scans: each glyph matched against rendered templates.

Tesseract's Thai model reads Thai digits badly at 200-300 dpi: ๘, ๙, ๔ and ๖ all come out as ๕
(``๐ ๔๖๒๘ ๙๔๙๐`` as ``๐ ๕๒๒๕ ๕๕๕๐``), and its digits-only re-reading misreads them the same way
(redactor/ocr/digits.py). A phone or an ID read so matches no detector, and a kept document number, budget
or office phone is written into the text layer wrong. The ten Thai digits are distinct shapes, and a
glyph's shape, scaled to a small grid, is close to the same digit rendered in a typeface of the same
family: this module reads them that way.

A run's word (the digits and whatever Tesseract made of them) is cut from the cleaned page, split into
connected components (run-length labelling), and components stacked in one column are joined; digits
that touch are cut apart at their least-ink columns, and a digit drawn in two pieces (Norasi's ๒, a stem
and its loops) is joined back. Each one is then:

* a separator by its size and place: a dash (short, wide, mid-height), a point or comma (small, low), a
  slash (tall, thin and leaning right);
* a digit: the template with the highest correlation on a 24x24 grid, less a penalty for a different
  aspect ratio (``models/thai_digits``: the digits of twelve Thai typefaces, regular and bold).

The reading is used only when every digit is clear: its best template beats the best of any other digit
by ``MIN_MARGIN`` and correlates at least ``MIN_SCORE``; the cut-out word's sides cut no glyph; and no gap
that would read as a space hides a piece cut off below the band (a comma). Otherwise the run stays as
Tesseract read it.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
GRID = 24
DATA = Path(__file__).resolve().parents[1] / "data" / "thai_digits.npz"
# A digit is read when its best template beats every other digit's best by this much ...
MIN_MARGIN = 0.06
# ... and correlates at least this well.
MIN_SCORE = 0.55
# How much a different width-to-height ratio costs (per unit of |log ratio|).
ASPECT_WEIGHT = 0.5


@dataclass(frozen=True, slots=True)
class Glyph:
    char: str
    box: tuple[float, float, float, float]  # pixels of the page image
    margin: float  # 1.0 for separators and spaces


def grid(bits: npt.NDArray[np.bool_]) -> tuple[npt.NDArray[np.float64], float] | None:
    """The glyph's ink cropped, averaged onto GRID x GRID, centred and scaled to unit length; and its
    width-to-height ratio. None for no ink."""
    ys, xs = np.nonzero(bits)
    if len(ys) == 0:
        return None
    b = bits[ys.min():ys.max() + 1, xs.min():xs.max() + 1].astype(np.float64)
    h, w = b.shape
    # Block means from an integral image: row block i is [r0[i], r1[i]), at least one row (a glyph
    # fewer than GRID pixels high repeats rows), likewise the columns.
    edges_y = (np.arange(GRID + 1) * h) // GRID
    edges_x = (np.arange(GRID + 1) * w) // GRID
    r0, r1 = edges_y[:-1], np.minimum(np.maximum(edges_y[1:], edges_y[:-1] + 1), h)
    c0, c1 = edges_x[:-1], np.minimum(np.maximum(edges_x[1:], edges_x[:-1] + 1), w)
    integral = np.zeros((h + 1, w + 1))
    integral[1:, 1:] = b.cumsum(axis=0).cumsum(axis=1)
    sums = (integral[np.ix_(r1, c1)] - integral[np.ix_(r0, c1)] - integral[np.ix_(r1, c0)]
            + integral[np.ix_(r0, c0)])
    out = sums / np.outer(r1 - r0, c1 - c0)
    v = out - out.mean()
    norm = np.linalg.norm(v)
    return (v / norm if norm > 0 else v), w / h


@functools.lru_cache(maxsize=1)
def templates() -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...]]:
    """(vectors, aspect ratios, digits) of the shipped templates."""
    with np.load(DATA) as data:
        vectors = data["vectors"].astype(np.float64)
        aspects = data["aspects"].astype(np.float64)
        digits = tuple(str(d) for d in data["digits"])
    return vectors, aspects, digits


def classify(bits: npt.NDArray[np.bool_]) -> tuple[str, float, float] | None:
    """(digit, score, margin over the best other digit) for one glyph's ink."""
    g = grid(bits)
    if g is None:
        return None
    vec, aspect = g
    vectors, aspects, digits = templates()
    scores = vectors @ vec.ravel() - ASPECT_WEIGHT * np.abs(np.log(aspect / aspects))
    order = np.argsort(-scores)
    best = int(order[0])
    other = next((int(i) for i in order if digits[int(i)] != digits[best]), best)
    return digits[best], float(scores[best]), float(scores[best] - scores[other])


def components(ink: npt.NDArray[np.bool_]) -> list[tuple[int, int, int, int, list[tuple[int, int, int]]]]:
    """8-connected components by run-length labelling: (x0, y0, x1, y1, runs), runs as (row, start, end)."""
    parent: list[int] = []

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    runs: list[tuple[int, int, int]] = []
    prev: list[int] = []  # indices into runs of the previous row
    for y in range(ink.shape[0]):
        row = ink[y].astype(np.int8)
        edges = np.flatnonzero(np.diff(np.concatenate(([0], row, [0]))))
        cur = []
        j = 0  # both rows' runs go left to right: one sweep
        for s, e in zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True):
            k = len(runs)
            runs.append((y, s, e))
            parent.append(k)
            while j < len(prev) and runs[prev[j]][2] < s:
                j += 1
            q = j
            while q < len(prev) and runs[prev[q]][1] <= e:  # 8-connected: touching diagonally counts
                ra, rb = find(prev[q]), find(k)
                if ra != rb:
                    parent[rb] = ra
                q += 1
            cur.append(k)
        prev = cur
    groups: dict[int, list[tuple[int, int, int]]] = {}
    for k, r in enumerate(runs):
        groups.setdefault(find(k), []).append(r)
    out = []
    for rs in groups.values():
        out.append((min(r[1] for r in rs), min(r[0] for r in rs), max(r[2] for r in rs), max(r[0] for r in rs) + 1,
                    rs))
    return out


def read(ink: npt.NDArray[np.bool_], x0: int, y0: int, min_ink: int = 4) -> list[Glyph] | None:
    """The glyphs of a cut-out word of digits (``ink``: True where ink; its top-left at (x0, y0) on the
    page), or None where a glyph is no clear digit or separator."""
    rows = ink.shape[0]
    tall_guess = rows * 0.5
    # Pieces cut off at the crop's top or bottom edge are the neighbouring lines' marks.
    every = [c for c in components(ink) if sum(r[2] - r[1] for r in c[4]) >= min_ink]
    comps = [c for c in every if not ((c[1] == 0 or c[3] == rows) and c[3] - c[1] < tall_guess)]
    # Pieces at the bottom edge left out: a comma reaching below the band may be one of them.
    cut_below = [(c[0], c[2]) for c in every if c[3] == rows and c[1] > 0 and c[3] - c[1] < tall_guess]
    if not comps:
        return None
    comps.sort(key=lambda c: c[0])
    merged: list[list] = []
    for c in comps:
        if merged:
            m = merged[-1]
            overlap = min(m[2], c[2]) - max(m[0], c[0])
            if overlap > 0.5 * min(m[2] - m[0], c[2] - c[0]):
                merged[-1] = [min(m[0], c[0]), min(m[1], c[1]), max(m[2], c[2]), max(m[3], c[3]), m[4] + c[4]]
                continue
        merged.append(list(c))
    heights = sorted(m[3] - m[1] for m in merged)
    tall = heights[(len(heights) * 2) // 3]
    base = max(m[3] for m in merged if m[3] - m[1] >= 0.55 * tall)
    widths = sorted(m[2] - m[0] for m in merged if m[3] - m[1] >= 0.55 * tall and m[2] - m[0] >= 0.5 * tall)
    digit_w = widths[len(widths) // 2] if widths else tall
    out: list[Glyph] = []
    prev_end: int | None = None
    i = 0
    while i < len(merged):
        cx0, cy0, cx1, cy1, runs = merged[i]
        box = (float(x0 + cx0), float(y0 + cy0), float(x0 + cx1), float(y0 + cy1))
        if prev_end is not None and cx0 - prev_end > 0.5 * tall:
            if any(prev_end <= a and b <= cx0 for a, b in cut_below):
                return None  # a gap with a piece cut off below it: a comma or a mark, not a space
            out.append(Glyph(" ", (float(x0 + prev_end), box[1], box[0], box[3]), 1.0))
        glyphs = _one_or_touching(_bits(cx0, cy0, cx1, cy1, runs), x0 + cx0, y0 + cy0, tall, base - cy0, digit_w)
        if glyphs is None and out and out[-1].char == "/" and i > 0 and cx0 - merged[i - 1][2] <= 0.25 * tall:
            # A digit whose stroke stands apart (Norasi's ๒: a stem, then the loops) was read as a slash
            # and the rest: the two as one.
            px0, py0, _px1, py1, pruns = merged[i - 1]
            both = (px0, min(cy0, py0), cx1, max(cy1, py1), pruns + runs)
            glyphs = _one_or_touching(_bits(*both), x0 + px0, y0 + both[1], tall, base - both[1], digit_w)
            if glyphs is not None:
                out.pop()
        if glyphs is None and i + 1 < len(merged) and merged[i + 1][0] - cx1 <= 0.1 * tall:
            # A glyph drawn in two pieces close together (a thin joint lost to the scan): the two as one.
            _nx0, ny0, nx1, ny1, nruns = merged[i + 1]
            both = (cx0, min(cy0, ny0), nx1, max(cy1, ny1), runs + nruns)
            glyphs = _one_or_touching(_bits(*both), x0 + cx0, y0 + both[1], tall, base - both[1], digit_w)
            if glyphs is not None:
                cx1 = nx1
                i += 1
        if glyphs is None:
            return None
        prev_end = cx1
        out.extend(glyphs)
        i += 1
    return out


def _bits(cx0: int, cy0: int, cx1: int, cy1: int, runs: list[tuple[int, int, int]]) -> npt.NDArray[np.bool_]:
    bits = np.zeros((cy1 - cy0, cx1 - cx0), dtype=bool)
    for ry, rs, re_ in runs:
        bits[ry - cy0, rs - cx0:re_ - cx0] = True
    return bits


def _glyph(bits: npt.NDArray[np.bool_], gx: int, gy: int, tall: float, base: float) -> Glyph | None:
    """One glyph's ink (its top-left at (gx, gy) on the page; ``base``: the digits' bottom, in its rows):
    a separator by its size and place, or a clear digit; None if neither."""
    cols = np.flatnonzero(bits.any(axis=0))
    rows = np.flatnonzero(bits.any(axis=1))
    if len(cols) == 0:
        return None
    w, h = int(cols[-1] - cols[0] + 1), int(rows[-1] - rows[0] + 1)
    bottom = int(rows[-1]) + 1
    box = (float(gx + cols[0]), float(gy + rows[0]), float(gx + cols[-1] + 1), float(gy + rows[-1] + 1))
    top = int(rows[0])
    if h < 0.55 * tall or (top >= base - 0.45 * tall and w <= 0.5 * tall):
        if w > 1.3 * h and bottom < base - 0.15 * tall:
            return Glyph("-", box, 1.0)
        if bottom >= base - 0.15 * tall and w <= 0.5 * tall:
            return Glyph("," if h > 1.4 * w else ".", box, 1.0)
        return None
    if h >= 0.8 * tall and w < 0.7 * h and _leans_right(bits[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1]):
        return Glyph("/", box, 1.0)
    got = classify(bits)
    if got is None or got[1] < MIN_SCORE or got[2] < MIN_MARGIN:
        return None
    return Glyph(got[0], box, got[2])


def _leans_right(bits: npt.NDArray[np.bool_]) -> bool:
    """A slash: the ink of its top quarter stands right of the ink of its bottom quarter by a third of its
    width or more (no Thai digit leans so)."""
    h, w = bits.shape
    q = max(h // 4, 1)
    top, bottom = np.flatnonzero(bits[:q].any(axis=0)), np.flatnonzero(bits[h - q:].any(axis=0))
    if len(top) == 0 or len(bottom) == 0:
        return False
    return float(top.mean() - bottom.mean()) >= w / 3


def _one_or_touching(bits: npt.NDArray[np.bool_], gx: int, gy: int, tall: float, base: float,
                     digit_w: float) -> list[Glyph] | None:
    """A component as one glyph, or else as glyphs touching each other (at 200 dpi or in a bold face
    neighbouring digits, a digit and a dash or a slash touch), cut at the columns of least ink into as
    many pieces as its width holds digits, give or take one: the first cut whose every piece is a clear
    glyph. None when no cut gives that."""
    one = _glyph(bits, gx, gy, tall, base)
    w = bits.shape[1]
    if one is not None:
        return [one]
    guess = max(2, round(w / digit_w))
    for k in dict.fromkeys((guess, guess + 1, guess - 1)):
        if k < 2 or k > MAX_TOUCHING:
            continue
        pieces = _cuts(bits, k)
        if pieces is None:
            continue
        glyphs = [_glyph(bits[:, a:b], gx + a, gy, tall, base) for a, b in pieces]
        # Cut pieces must be digits, with at most one separator touching them.
        digits = sum(1 for g in glyphs if g is not None and g.char in THAI_DIGITS)
        if all(g is not None for g in glyphs) and digits >= k - 1:
            return [g for g in glyphs if g is not None]
    return None


# At most this many glyphs are cut out of one component; more would be a guess.
MAX_TOUCHING = 4
# Each cut falls where the fewest ink pixels stand, within this share of a piece's width of where it is due.
CUT_SLACK = 0.3


def _cuts(bits: npt.NDArray[np.bool_], k: int) -> list[tuple[int, int]] | None:
    """Column ranges of ``k`` pieces of a component, cut at the columns of least ink."""
    w = bits.shape[1]
    ink = bits.sum(axis=0)
    slack = round(CUT_SLACK * w / k)
    cuts = [0]
    for i in range(1, k):
        due = round(i * w / k)
        lo, hi = max(cuts[-1] + 2, due - slack), min(w - 2, due + slack)
        if lo >= hi:
            return None
        cuts.append(lo + int(np.argmin(ink[lo:hi])))
    cuts.append(w)
    return list(itertools.pairwise(cuts))


def reread_line(ink: npt.NDArray[np.bool_], line_text: str, boxes: tuple[tuple[float, float, float, float], ...],
                band: tuple[float, float, float, float], start: int, end: int) -> list[Glyph] | None:
    """The glyphs of [start, end) of an OCR line (its characters' ``boxes``, its ``band``), read from the
    page's ``ink`` between the neighbouring characters; None where they are no clear Thai digits."""
    chosen = [b for b, c in zip(boxes[start:end], line_text[start:end], strict=True) if not c.isspace()]
    if not chosen:
        return None
    height = band[3] - band[1]
    pad = 0.15 * height
    x0 = min(b[0] for b in chosen) - pad
    x1 = max(b[2] for b in chosen) + pad
    prv = next((i for i in range(start - 1, -1, -1) if not line_text[i].isspace()), None)
    nxt = next((i for i in range(end, len(line_text)) if not line_text[i].isspace()), None)
    if prv is not None:
        x0 = max(x0, boxes[prv][2])
    if nxt is not None:
        x1 = min(x1, boxes[nxt][0])
    ix0, ix1 = max(int(x0), 0), min(round(x1), ink.shape[1])
    iy0, iy1 = max(int(band[1]), 0), min(round(band[3]), ink.shape[0])
    if ix1 - ix0 < 4 or iy1 - iy0 < 4:
        return None
    crop = ink[iy0:iy1, ix0:ix1]
    if crop[:, 0].any() or crop[:, -1].any():
        return None  # the crop cuts through a glyph at its side: a part of a digit reads as another
    glyphs = read(crop, ix0, iy0)
    if not glyphs or glyphs[0].char in ".,-/ " or glyphs[-1].char in ".,-/ ":
        return None
    if sum(1 for g in glyphs if g.char in THAI_DIGITS) < 3:
        return None
    return glyphs
