"""Redaction boxes of OCR text shaped around the neighbouring lines' glyphs.

A redaction box of an OCR line is as tall as the line's band, and Thai lines' bands are cut halfway
through their overlap (``layout._separate_bands``). In tight rows (line height 1.0-1.15) the line above
reaches below that cut with its lower vowels and digits' bottoms, the line below above it with its tone
marks: a box as tall as the band took the bottom third of the digits above it, and the page could not
be verified (exit 4, ``benchmarks/scan_stress.py``). So where another line's glyph reaches into a box,
the box is cut back in that glyph's columns to clear it by ``MARGIN``, never so far that one of the
span's own glyphs is left uncovered (leaving the neighbour's glyph clipped is the lesser loss: a
withheld glyph shown is a leak). A box no glyph reaches into stays one rectangle.
"""

from __future__ import annotations

import itertools

from redactor.ocr.geometry import Box
from redactor.ocr.pdf import ScanLine
from redactor.types import TextMap

# How far (points) a box is kept from another line's glyph: beyond verification's TOUCH_MARGIN, and a white gap
# OCR of the written page (a reader's, too) needs to see the kept line apart from the box under it.
MARGIN = 1.2


class PageGlyphs:
    """The glyph boxes of every OCR line of a document in page coordinates, by page and line."""

    def __init__(self, textmap: TextMap) -> None:
        self._pages: dict[int, list[tuple[int, float, float, list[Box]]]] = {}
        seen: set[int] = set()
        for seg in textmap.segments:
            ref = seg.ref
            if not isinstance(ref, ScanLine) or id(ref.line) in seen:
                continue
            seen.add(id(ref.line))
            glyphs = [ref.glyph(i) for i, c in enumerate(ref.line.text) if not c.isspace()]
            if glyphs:
                top, bottom = min(g[1] for g in glyphs), max(g[3] for g in glyphs)
                self._pages.setdefault(ref.page, []).append((id(ref.line), top, bottom, glyphs))

    def others(self, page: int, box: Box, line_id: int) -> list[Box]:
        """Glyphs of lines other than ``line_id`` on ``page`` that reach into ``box``."""
        x0, y0, x1, y1 = box
        out: list[Box] = []
        for lid, top, bottom, glyphs in self._pages.get(page, []):
            if lid == line_id or bottom <= y0 or top >= y1:
                continue
            out.extend(g for g in glyphs if g[0] < x1 and g[2] > x0 and g[1] < y1 and g[3] > y0)
        return out


def carve(box: Box, own: list[Box], others: list[Box], pad: float, margin: float = MARGIN) -> list[Box]:
    """``box`` cut back, column by column, to clear each glyph of ``others`` by ``margin``: from the top for
    a glyph whose middle lies above the box's, from the bottom otherwise; every glyph of ``own`` (widened
    by ``pad`` at its sides) stays covered in the box's height. Adjacent columns of one height merge."""
    if not others:
        return [box]
    x0, y0, x1, y1 = box
    mid = (y0 + y1) / 2
    edges = {x0, x1}
    for g in others:
        edges.update((min(max(g[0], x0), x1), min(max(g[2], x0), x1)))
    for g in own:
        edges.update((min(max(g[0] - pad, x0), x1), min(max(g[2] + pad, x0), x1)))
    xs = sorted(edges)
    slices: list[Box] = []
    for xa, xb in itertools.pairwise(xs):
        if xb - xa <= 1e-6:
            continue
        cx = (xa + xb) / 2
        top, bottom = y0, y1
        for g in others:
            if g[0] <= cx <= g[2]:
                if (g[1] + g[3]) / 2 < mid:
                    top = max(top, g[3] + margin)
                else:
                    bottom = min(bottom, g[1] - margin)
        for g in own:
            if g[0] - pad <= cx <= g[2] + pad:
                top = min(top, max(g[1], y0))
                bottom = max(bottom, min(g[3], y1))
        if top < bottom:
            if slices and slices[-1][1] == top and slices[-1][3] == bottom and abs(slices[-1][2] - xa) <= 1e-6:
                slices[-1] = (slices[-1][0], top, xb, bottom)
            else:
                slices.append((xa, top, xb, bottom))
    return slices


def scan_rects(ref: ScanLine, start: int, end: int, index: PageGlyphs | None) -> list[Box]:
    """The redaction rectangles of [start, end) of an OCR line in page coordinates: its box
    (``ScanLine.box``), carved around the other lines' glyphs when ``index`` is given."""
    box = ref.box(start, end)
    if index is None:
        return [box]
    own = [ref.glyph(i) for i in range(start, end) if not ref.line.text[i].isspace()]
    return carve(box, own, index.others(ref.page, box, id(ref.line)), 0.08 * (box[3] - box[1]))
