"""Ruled tables on scanned pages: the grid from the rulings, and OCR text by cell.

A scanned list (students, patients, applicants) keeps most of its personal
data in table cells whose meaning only the column header gives. Text-layer
PDFs get their table structure from PyMuPDF; a scan has none, so here the
grid is read from the pixels: the long straight runs that
``redactor.ocr.image`` removes before OCR are grouped into horizontal and
vertical rulings, rulings that cross each other form a table, and their
positions are the row and column edges (``Grid``, in the processed image's
pixels, the frame of the OCR boxes).

``scan_tables(doc)`` then places each OCR character by the centre of its box:
one ``ScanTable`` per grid, with ``ScanCell(row, col, span, ranges,
marked_header)`` in canonical offsets. The shape is the one
``redactor/formats/tables.py`` (the tables work) builds its header-aware
``TableCell`` list from, so OCR tables get column headers the same way.
A cell written over two OCR lines (a name and a nickname below it) gets one
range per line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

# Rulings closer than this (pixels at 300 dpi) are one ruling (thick or doubled lines).
MERGE_PX = 12
# Rulings that come this close to each other's ends still cross (a scanned grid has gaps).
TOUCH_PX = 14
# A grid of fewer cells is a frame (a stamp, a boxed note), not a table.
MIN_CELLS = 2


@dataclass(frozen=True, slots=True)
class Grid:
    rows: tuple[float, ...]  # y of the horizontal rulings, top down
    cols: tuple[float, ...]  # x of the vertical rulings, left to right

    def cell_of(self, x: float, y: float) -> tuple[int, int] | None:
        if not (self.rows[0] <= y <= self.rows[-1] and self.cols[0] <= x <= self.cols[-1]):
            return None
        r = max(i for i, v in enumerate(self.rows[:-1]) if v <= y)
        c = max(i for i, v in enumerate(self.cols[:-1]) if v <= x)
        return r, c


def _segments(mask: npt.NDArray[np.bool_], axis: int) -> list[tuple[float, int, int]]:
    """Rulings of a long-run mask: (position across, start along, end along).

    ``axis`` 1: horizontal rulings (position y, extent in x); 0: vertical.
    """
    m = mask if axis == 1 else mask.T
    counts = m.sum(axis=1)
    lines = np.flatnonzero(counts > 0)
    out: list[tuple[float, int, int]] = []
    if not len(lines):
        return out
    groups: list[list[int]] = [[int(lines[0])]]
    for p in lines[1:]:
        if p - groups[-1][-1] <= MERGE_PX:
            groups[-1].append(int(p))
        else:
            groups.append([int(p)])
    for g in groups:
        along = np.flatnonzero(m[g[0]:g[-1] + 1].any(axis=0))
        # Several rulings on one line (tables side by side): split at gaps.
        start = prev = int(along[0])
        for a in along[1:]:
            a = int(a)
            if a - prev > TOUCH_PX:
                out.append(((g[0] + g[-1]) / 2, start, prev))
                start = a
            prev = a
        out.append(((g[0] + g[-1]) / 2, start, prev))
    return out


def find_grids(horizontal: npt.NDArray[np.bool_], vertical: npt.NDArray[np.bool_]) -> list[Grid]:
    """Tables from the horizontal and vertical long-run masks of a page."""
    hs = _segments(horizontal, 1)
    vs = _segments(vertical, 0)
    if len(hs) < 2 or len(vs) < 2:
        return []
    # Union-find over rulings that cross (within TOUCH_PX).
    parent = list(range(len(hs) + len(vs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, (y, x0, x1) in enumerate(hs):
        for j, (x, y0, y1) in enumerate(vs):
            if x0 - TOUCH_PX <= x <= x1 + TOUCH_PX and y0 - TOUCH_PX <= y <= y1 + TOUCH_PX:
                parent[find(i)] = find(len(hs) + j)
    groups: dict[int, tuple[list[float], list[float]]] = {}
    for i, (y, _x0, _x1) in enumerate(hs):
        groups.setdefault(find(i), ([], []))[0].append(y)
    for j, (x, _y0, _y1) in enumerate(vs):
        groups.setdefault(find(len(hs) + j), ([], []))[1].append(x)
    out = []
    for rows, cols in groups.values():
        if len(rows) < 2 or len(cols) < 2 or (len(rows) - 1) * (len(cols) - 1) < MIN_CELLS:
            continue
        out.append(Grid(tuple(sorted(rows)), tuple(sorted(cols))))
    return sorted(out, key=lambda g: (g.rows[0], g.cols[0]))


@dataclass(slots=True)
class ScanCell:
    row: int
    col: int
    span: int = 1
    ranges: list[tuple[int, int]] = field(default_factory=list)
    marked_header: bool = False


@dataclass(slots=True)
class ScanTable:
    cells: list[ScanCell]
    ncols: int
    page: int  # 1-based

    def rows(self) -> list[list[ScanCell]]:
        out: dict[int, list[ScanCell]] = {}
        for c in self.cells:
            out.setdefault(c.row, []).append(c)
        return [sorted(out[r], key=lambda c: c.col) for r in sorted(out)]


def scan_tables(doc: Any) -> list[ScanTable]:
    """The ruled tables of a document's scans, with their cells' OCR text as canonical ranges."""
    from redactor.ocr.pdf import ScanLine

    scans = getattr(doc, "scans", None) or []
    if not scans:
        return []
    seg_of: dict[int, Any] = {}
    for seg in doc.textmap.segments:
        if isinstance(seg.ref, ScanLine):
            seg_of[id(seg.ref.line)] = seg
    text = doc.textmap.text
    out: list[ScanTable] = []
    for region, result in scans:
        for grid in getattr(result, "grids", ()):
            cells: dict[tuple[int, int], ScanCell] = {}
            for line in result.lines:
                seg = seg_of.get(id(line))
                if seg is None:
                    continue
                for k, (ch, box) in enumerate(zip(line.text, line.boxes, strict=True)):
                    if ch.isspace():
                        continue
                    where = grid.cell_of((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)
                    if where is None:
                        continue
                    cell = cells.setdefault(where, ScanCell(*where))
                    off = seg.start + k
                    if cell.ranges and cell.ranges[-1][1] <= off and not text[cell.ranges[-1][1]:off].strip() \
                            and "\n" not in text[cell.ranges[-1][1]:off]:
                        cell.ranges[-1] = (cell.ranges[-1][0], off + 1)
                    else:
                        cell.ranges.append((off, off + 1))
            if cells:
                out.append(ScanTable(sorted(cells.values(), key=lambda c: (c.row, c.col)), len(grid.cols) - 1,
                                     region.page + 1))
    return out


# --- cells the page's reading skipped ----------------------------------------------------------
# Tesseract's page layout now and then leaves out a whole column of a ruled table (a header cell and
# the cells under it, read by no line at all): the dates of birth under "วันเกิด" stayed without
# their header, and an employer column was never read. Such cells are read again on their own.

# A cell is read again when this many ink pixels (at 300 dpi, rulings already removed) lie inside it
# and no line read covers any of them: a few letters, not specks.
MISSED_CELL_INK = 120
# Inside a cell, this many pixels from its rulings are left out (the rulings' remains).
CELL_INSET = 6
# Cells read again are stacked into one image with this much paper between them.
CELL_GAP = 40
# A line read in a cell again counts at this confidence or above (a cell of noise reads as noise).
MISSED_CELL_CONF = 60.0


def missed_cells(ink: npt.NDArray[np.bool_], grids: list[Grid] | tuple[Grid, ...],
                 boxes: list[tuple[float, float, float, float]]) -> list[tuple[int, int, int, int]]:
    """Cells of ``grids`` (x0, y0, x1, y1 in pixels, inside their rulings) holding ink where no
    character read (``boxes``) has its centre."""
    out: list[tuple[int, int, int, int]] = []
    h, w = ink.shape
    centres = np.array([((b[0] + b[2]) / 2, (b[1] + b[3]) / 2) for b in boxes], dtype=np.float64).reshape(-1, 2)
    for g in grids:
        rows, cols = np.asarray(g.rows), np.asarray(g.cols)
        # Each character's cell, in one pass: the ruling at or above it and at or left of it.
        r = np.searchsorted(rows, centres[:, 1], side="right") - 1
        c = np.searchsorted(cols, centres[:, 0], side="right") - 1
        inside = (r >= 0) & (r < len(rows) - 1) & (c >= 0) & (c < len(cols) - 1)
        read = set(zip(r[inside].tolist(), c[inside].tolist(), strict=True))
        for ri in range(len(rows) - 1):
            for ci in range(len(cols) - 1):
                if (ri, ci) in read:
                    continue
                x0, y0 = max(int(cols[ci]) + CELL_INSET, 0), max(int(rows[ri]) + CELL_INSET, 0)
                x1, y1 = min(int(cols[ci + 1]) - CELL_INSET, w), min(int(rows[ri + 1]) - CELL_INSET, h)
                if x1 - x0 >= 8 and y1 - y0 >= 8 and int(ink[y0:y1, x0:x1].sum()) >= MISSED_CELL_INK:
                    out.append((x0, y0, x1, y1))
    return out


def stack(pieces: list[npt.NDArray[np.uint8]], gap: int, left: int = 0
          ) -> tuple[npt.NDArray[np.uint8], list[tuple[int, int]]]:
    """Grey images stacked top down on white paper, ``gap`` pixels of paper above, between and below
    them and ``left`` on either side, for one Tesseract run over many small pieces; each piece's
    (top, bottom) in the stack."""
    width = max(x.shape[1] for x in pieces) + 2 * left
    height = sum(x.shape[0] + gap for x in pieces) + gap
    canvas = np.full((height, width), 255, np.uint8)
    spans = []
    y = gap
    for x in pieces:
        canvas[y:y + x.shape[0], left:left + x.shape[1]] = x
        spans.append((y, y + x.shape[0]))
        y += x.shape[0] + gap
    return canvas, spans


def stack_cells(gray: npt.NDArray[np.uint8], cells: list[tuple[int, int, int, int]]
                ) -> tuple[npt.NDArray[np.uint8], list[tuple[int, int, int, int]]]:
    """The cells' pixels stacked top down on white paper (``stack``), and each cell's offset from the
    stack to the page (dx, dy) and its (top, bottom) in the stack."""
    canvas, spans = stack([gray[y0:y1, x0:x1] for x0, y0, x1, y1 in cells], CELL_GAP, CELL_GAP)
    places = [(x0 - CELL_GAP, y0 - top, top, bottom)
              for (x0, y0, _x1, _y1), (top, bottom) in zip(cells, spans, strict=True)]
    return canvas, places
