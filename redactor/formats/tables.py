"""Table structure of an extracted document: cells, rows, columns and headers.

Most personal data in Thai lists sits in table cells whose meaning only the
column header gives: a bare date under "วันเดือนปีเกิด", a number under
"เลขที่หนังสือเดินทาง", a name without a title under "ชื่อ-สกุล". The format
modules call one function here after building their canonical text; the
result is a list of ``TableCell`` in canonical-text offsets, which the
pipeline maps to the detection view.

* DOCX: ``w:tbl`` rows and cells from the segments' own elements; merged cells
  (``w:gridSpan``, ``w:vMerge``), rows marked as repeated headers
  (``w:tblHeader``), nested tables (a character belongs to its innermost cell).
* PDF: PyMuPDF ``Page.find_tables`` on ruled tables ("lines" strategy); on a
  page without ruled tables, the "text" strategy for borderless tables, kept
  only when its first row reads as a header from the lexicon.

Header rows are recognised by the header lexicon (``redactor/lexicon.py``);
a header row repeated inside a table (a table spanning pages) is marked as a
header again, and a table without a header row that continues the previous
table (same number of columns) inherits that table's headers.
"""

from __future__ import annotations

import logging
from collections.abc import Container, Iterable
from dataclasses import dataclass, field
from typing import Any

from redactor import rx
from redactor.detectors.base import TableCell
from redactor.lexicon import CIVIL_TITLES, ORDINAL_HEAD, fold_header, header_label, literal_alternation
from redactor.normalise import normalised_text
from redactor.types import TextMap

log = logging.getLogger(__name__)

# A cell that holds data rather than a heading: 3+ digits in a row (IDs,
# amounts, dates), in either script.
_DATA_CELL = rx.compile(r"[0-9๐-๙]{3}|[0-9๐-๙][,./:-][0-9๐-๙]")
# At most this many non-space characters (running header/footer, page number)
# between a table and a headerless table that continues it.
_CONTINUATION_GAP = 160
# Pages with more vector paths than this are drawings or maps, not tables.
_MAX_PATHS = 4000
# At most this many leading rows are examined for a header.
_MAX_HEADER_SCAN = 4


@dataclass(slots=True)
class RawCell:
    """A cell before headers are known: its grid place and canonical ranges."""

    row: int
    col: int  # first grid column
    span: int = 1  # grid columns covered
    ranges: list[tuple[int, int]] = field(default_factory=list)
    marked_header: bool = False  # the format says this row is a header (w:tblHeader)


@dataclass(slots=True)
class RawTable:
    cells: list[RawCell]
    ncols: int
    ruled: bool = False  # a PDF table drawn with lines (not read from the text's alignment)

    def rows(self) -> list[list[RawCell]]:
        out: dict[int, list[RawCell]] = {}
        for c in self.cells:
            out.setdefault(c.row, []).append(c)
        return [sorted(out[r], key=lambda c: c.col) for r in sorted(out)]


# Presentation-form (PUA) tone marks and vowels that Word's Thai PDF export writes, and a decomposed
# SARA AM: a header's words hold them ("ผู้ป่วย" as ผ + U+F70B + ู …), so a cell's text is read in
# the normalised form before it is compared with the header lexicon.
_UNNORMAL = rx.compile("[\uf700-\uf71f\u0e4d]")


def _cell_text(text: str, cell: RawCell) -> str:
    out = " ".join(text[s:e] for s, e in cell.ranges).strip()
    return normalised_text(out) if _UNNORMAL.search(out) else out


# A person's titled name filling a cell ("นายทดลอง ใจดี"): a value, never a column heading. A form laid
# out as a table starts "ผู้ขออนุญาต | นาย… …", which would otherwise read as a row of headings.
_TITLED_NAME_CELL = rx.compile(
    r"^\(?(?:" + literal_alternation(CIVIL_TITLES) + r")[ \t]?[\u0e01-\u0e4e]{2,}[ \t]+[\u0e01-\u0e4e]{2,}\)?$")


def _is_header_row(row: list[RawCell], text: str) -> bool:
    """A row of headings: no data-looking cell (digits, a titled name) and at least one known header."""
    texts = [_cell_text(text, c) for c in row]
    filled = [t for t in texts if t]
    if not filled:
        return False
    if any(_DATA_CELL.search(t) and header_label(t) is None for t in filled):
        return False
    if any(_TITLED_NAME_CELL.match(" ".join(t.split())) and header_label(t) is None for t in filled):
        return False
    if any(len(t) > 80 for t in filled):
        return False
    return any(header_label(t) is not None for t in filled)


def _title_row(row: list[RawCell], ncols: int) -> bool:
    """One cell across the whole table (a caption typed into the table)."""
    return ncols > 1 and len([c for c in row if c.ranges]) == 1 and max(c.span for c in row) >= ncols


def _header_rows(table: RawTable, text: str) -> list[int]:
    rows = table.rows()
    marked = [r[0].row for r in rows if any(c.marked_header for c in r)]
    if marked:
        return marked
    out: list[int] = []
    for row in rows[:_MAX_HEADER_SCAN]:
        if not out and _title_row(row, table.ncols):
            continue
        if _is_header_row(row, text):
            out.append(row[0].row)
            continue
        break
    # A second heading row counts only under a merged heading (two-level headers).
    if len(out) > 1:
        first = next(r for r in rows if r[0].row == out[0])
        if not any(c.span > 1 for c in first):
            out = out[:1]
    return out


def build_cells(tables: Iterable[RawTable], text: str) -> list[TableCell]:
    """Headers per column, repeated header rows, continued tables; sorted cells."""
    out: list[TableCell] = []
    prev: tuple[int, dict[int, str], set[tuple[str, ...]], int] | None = None
    for tno, table in enumerate(tables):
        rows = table.rows()
        if _key_value(rows, text):
            out.extend(_key_value_cells(rows, tno, text))
            continue
        hdr_rows = set(_header_rows(table, text))
        columns: dict[int, list[str]] = {}
        signatures: set[tuple[str, ...]] = set()
        for row in rows:
            if row[0].row not in hdr_rows:
                continue
            signatures.add(tuple(fold_header(_cell_text(text, c)) for c in row))
            for c in row:
                t = " ".join(_cell_text(text, c).split())
                if not t:
                    continue
                for col in range(c.col, c.col + c.span):
                    if t not in columns.setdefault(col, []):
                        columns[col].append(t)
        headers = {col: " ".join(ts) for col, ts in columns.items()}
        first = min((s for c in table.cells for s, _e in c.ranges), default=None)
        if (not hdr_rows and prev is not None and prev[0] == table.ncols and first is not None
                and _little_between(text, prev[3], first)):
            # Continues the previous table (a page break or a split table).
            headers, signatures = prev[1], prev[2]
        last = max((e for c in table.cells for _s, e in c.ranges), default=None)
        if headers and last is not None:
            prev = (table.ncols, headers, signatures, last)
        current = headers
        for row in rows:
            is_header = row[0].row in hdr_rows or (
                bool(signatures) and tuple(fold_header(_cell_text(text, c)) for c in row) in signatures)
            if not is_header and row is not rows[0] and _restarts_headers(row, text):
                # A second list stacked under the first in one grid (two Word tables with
                # nothing between them): its own title row heads the rows below it.
                current = {c.col: " ".join(_cell_text(text, c).split()) for c in row if _cell_text(text, c)}
                is_header = True
            elif is_header and row[0].row not in hdr_rows:
                current = headers  # the first list's header repeated (a new page)
            for c in row:
                header = "" if is_header else current.get(c.col, "")
                for s, e in c.ranges:
                    out.append(TableCell(s, e, tno, c.row, c.col, header, is_header))
    out.sort(key=lambda c: (c.start, c.end))
    # Cells must not overlap (one owner per character); drop any that do.
    clean: list[TableCell] = []
    for tc in out:
        if clean and tc.start < clean[-1].end:
            continue
        clean.append(tc)
    return clean


def _restarts_headers(row: list[RawCell], text: str) -> bool:
    """A row of column titles inside a table: no data, two or more known column headers."""
    return _is_header_row(row, text) and sum(_label_cell(_cell_text(text, c)) for c in row) >= 2


def _little_between(text: str, end: int, start: int) -> bool:
    """Only a page's running header, footer or number between two tables (a split table)."""
    return start >= end and sum(not ch.isspace() for ch in text[end:start]) <= _CONTINUATION_GAP


def _label_cell(text: str) -> bool:
    t = " ".join(text.split())
    return 0 < len(t) <= 40 and header_label(t) is not None and not _DATA_CELL.search(t)


def _column_titles(row: list[RawCell], text: str) -> bool:
    """A first row of three or more cells, no data, with known headers in both an even and an
    odd grid column: a row of column titles (a form's label cells sit in even columns only,
    each followed by its value)."""
    labelled = [c for c in row if _label_cell(_cell_text(text, c))]
    return len([c for c in row if c.ranges]) >= 3 and _is_header_row(row, text) \
        and any(c.col % 2 == 0 for c in labelled) and any(c.col % 2 == 1 for c in labelled)


def _key_value(rows: list[list[RawCell]], text: str) -> bool:
    """A form laid out as a table: a label cell, then its value, on each row.

    Most rows have a known label in an even grid column and no label among
    the cells right of it; the first row is not a header row of column titles.
    """
    filled = [r for r in rows if any(c.ranges for c in r)]
    if len(filled) < 2:
        return False
    if any(c.marked_header for r in filled for c in r) or _column_titles(filled[0], text):
        return False  # a list with a row of column titles, whatever its cells repeat
    labelled = 0
    for row in filled:
        by_col = {c.col: c for c in row}
        pairs = [(c, by_col.get(c.col + c.span)) for c in row if c.col % 2 == 0]
        ok = [(k, v) for k, v in pairs if v is not None and _label_cell(_cell_text(text, k))]
        if ok and not any(_label_cell(_cell_text(text, v)) for _k, v in ok):
            labelled += 1
    return labelled >= max(2, 0.6 * len(filled))


def _key_value_cells(rows: list[list[RawCell]], tno: int, text: str) -> list[TableCell]:
    """Each value's header is the label cell on its left; label cells are headers."""
    out: list[TableCell] = []
    for row in rows:
        by_col = {c.col: c for c in row}
        labels: set[int] = set()
        for c in row:
            v = by_col.get(c.col + c.span)
            if c.col % 2 == 0 and v is not None and _label_cell(_cell_text(text, c)):
                labels.add(c.col)
        for c in row:
            left = next((k for k in row if k.col + k.span == c.col and k.col in labels), None)
            header = " ".join(_cell_text(text, left).split()) if left is not None else ""
            for s, e in c.ranges:
                out.append(TableCell(s, e, tno, c.row, c.col, header, c.col in labels))
    return out


def _merge_ranges(ranges: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Join ranges separated only by whitespace (paragraph breaks inside a cell)."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(ranges):
        if out and not text[out[-1][1]:s].strip():
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


# ---------------------------------------------------------------------------
# DOCX


def docx_tables(textmap: TextMap, is_w: Any, w_child: Any, w_attr: Any) -> list[TableCell]:
    """Cells of every ``w:tbl`` whose text is in ``textmap``.

    ``is_w(el, local)``, ``w_child(el, local)`` and ``w_attr(el, local)`` are the
    DOCX module's namespace-tolerant helpers (strict and transitional OOXML).
    """
    try:
        return _docx_tables(textmap, is_w, w_child, w_attr)
    except Exception as exc:  # structure is a hint for detection: never fail extraction over it
        log.warning("table structure not read: %s", exc)
        return []


def _docx_tables(textmap: TextMap, is_w: Any, w_child: Any, w_attr: Any) -> list[TableCell]:
    text = textmap.text
    owner: dict[Any, Any] = {}  # element -> innermost w:tc (or None)
    by_tc: dict[Any, list[tuple[int, int]]] = {}
    order: list[Any] = []  # tables in order of first text
    for seg in textmap.segments:
        el = getattr(seg.ref, "element", None)
        if el is None:
            continue
        if el not in owner:
            tc = next((a for a in ([el, *el.iterancestors()]) if is_w(a, "tc")), None)
            owner[el] = tc
        tc = owner[el]
        if tc is None:
            continue
        by_tc.setdefault(tc, []).append((seg.start, seg.end))
        tbl = next((a for a in tc.iterancestors() if is_w(a, "tbl")), None)
        if tbl is not None and tbl not in order:
            order.append(tbl)

    def children(el: Any, local: str, stop: str) -> list[Any]:
        # Direct structural children, looking through w:sdt / w:customXml wrappers.
        found = []
        for ch in el:
            if not isinstance(ch.tag, str):
                continue
            if is_w(ch, local):
                found.append(ch)
            elif not is_w(ch, stop) and not is_w(ch, "tbl"):
                found.extend(children(ch, local, stop))
        return found

    tables: list[RawTable] = []
    for tbl in order:
        cells: list[RawCell] = []
        ncols = 0
        for rno, tr in enumerate(children(tbl, "tr", "tc")):
            trpr = w_child(tr, "trPr")
            marked = trpr is not None and w_child(trpr, "tblHeader") is not None and \
                (w_attr(w_child(trpr, "tblHeader"), "val") or "1") not in ("0", "false", "off")
            col = 0
            if trpr is not None and w_child(trpr, "gridBefore") is not None:
                col = int(w_attr(w_child(trpr, "gridBefore"), "val") or 0)
            for tc in children(tr, "tc", "tr"):
                tcpr = w_child(tc, "tcPr")
                span = 1
                if tcpr is not None and w_child(tcpr, "gridSpan") is not None:
                    span = max(1, int(w_attr(w_child(tcpr, "gridSpan"), "val") or 1))
                ranges = _merge_ranges(by_tc.get(tc, []), text)
                cells.append(RawCell(rno, col, span, ranges, marked))
                col += span
            ncols = max(ncols, col)
        tables.append(RawTable(cells, ncols))
    return build_cells(tables, text)


# ---------------------------------------------------------------------------
# PDF


def pdf_tables(doc: Any, textmap: TextMap, scanned: Iterable[Any] = (),
               no_drawings: Container[int] = ()) -> list[TableCell]:
    """Cells of the tables PyMuPDF finds on each page, in canonical offsets.

    ``no_drawings``: pages known to draw no vector graphics (``textlayer.read_page``), whose
    drawings need not be listed to know they hold no ruled table.

    ``scanned`` adds the ruled tables OCR found on scanned pages
    (``redactor.ocr.tables.scan_tables``: same shape as ``RawTable``, with a
    1-based ``page``); all tables are read in page order, so a table continued
    from a text page onto a scan keeps its headers.
    """
    try:
        found = _pdf_tables(doc, textmap, no_drawings)
        found += [(t.page - 1, t) for t in scanned]
        found.sort(key=lambda pt: pt[0])
        return build_cells([t for _p, t in found], textmap.text)
    except Exception as exc:  # structure is a hint for detection: never fail extraction over it
        log.warning("table structure not read: %s", exc)
        return []


@dataclass(slots=True)
class _Page:
    lines: list[str] = field(default_factory=list)
    boxed: list[tuple[int, Any]] = field(default_factory=list)  # (segment start, its character boxes)

    @property
    def chars(self) -> list[tuple[int, float, float]]:
        """(offset, centre x, centre y) of each visible character; only pages with a table need them."""
        return [(start + k, (x0 + x1) / 2, (y0 + y1) / 2)
                for start, boxes in self.boxed for k, (x0, y0, x1, y1) in enumerate(boxes)]


def _pages(textmap: TextMap) -> dict[int, _Page]:
    """Per page index: the visible lines' texts, and their characters' boxes."""
    out: dict[int, _Page] = {}
    for seg in textmap.segments:
        ref = seg.ref
        boxes = getattr(ref, "boxes", None)
        if not seg.visible or boxes is None or len(boxes) != seg.end - seg.start:
            continue
        page = out.setdefault(ref.page, _Page())
        page.lines.append(textmap.text[seg.start:seg.end])
        page.boxed.append((seg.start, boxes))
    return out


def _may_hold_borderless_table(lines: list[str]) -> bool:
    """Cheap test before PyMuPDF's costly "text" strategy: 2+ short lines that are
    known column headers, one of them personal."""
    labels = [hl[0] for ln in lines if (hl := _headerish(ln)) is not None]
    return len(labels) >= 2 and any(lb != "-" for lb in labels)


def _headerish(line: str) -> tuple[str, str] | None:
    """The lexicon entry of a line that is mostly a column header (not a sentence using the word)."""
    m = ORDINAL_HEAD.match(line)
    if len(fold_header(line[m.end():] if m else line)) > 30:
        return None  # too long to be a header with or without the number's heading (most lines: no lookup)
    hl = header_label(line)
    if m and hl is not None and hl[0] != "-":
        line = line[m.end():]  # "ลำดับ ชื่อ": the name heading after the number's
    folded = fold_header(line)
    if not folded or len(folded) > 30:
        return None
    if hl is None or 2 * len(hl[1].replace(" ", "")) < len(folded):
        return None
    return hl


def _pdf_tables(doc: Any, textmap: TextMap, no_drawings: Container[int] = ()) -> list[tuple[int, Any]]:
    import pymupdf

    # find_tables otherwise prints an advertisement to stdout, which breaks
    # ``phoei detect --json``.
    pymupdf.no_recommend_layout()
    text = textmap.text
    tables: list[tuple[int, Any]] = []
    pages = _pages(textmap)
    for pno, info in sorted(pages.items()):
        page = doc[pno]
        # A ruled table needs vector lines; most letters have none or a few.
        paths = 0 if pno in no_drawings else len(page.get_cdrawings())
        found = list(page.find_tables(strategy="lines").tables) if 4 <= paths <= _MAX_PATHS else []
        ruled = bool(found)
        borderless = not ruled and _may_hold_borderless_table(info.lines)
        if borderless:
            found = list(page.find_tables(strategy="text").tables)
        chars = info.chars if found else []
        kept = 0
        if not ruled and tables and tables[-1][0] == pno - 1 and not tables[-1][1].ruled:
            # A borderless list printed on from the previous page without its header row:
            # the previous page's columns, read from where its cells' text sits.
            prev_page = pages.get(pno - 1)
            geom = _column_extents(tables[-1][1], prev_page) if prev_page is not None else None
            cont = _continued_table(info, text, geom) if geom else None
            if cont is not None:
                tables.append((pno, cont))
        for tb in found:
            raw = _pdf_table(tb, chars, text)
            if raw is None:
                continue
            raw.ruled = ruled
            if not ruled and not _borderless_ok(raw, text):
                continue
            tables.append((pno, raw))
            kept += 1
        if borderless and not kept:
            # PyMuPDF's text strategy reads Thai marks as rows of their own; the columns of a
            # borderless list are found from its header line instead.
            aligned = [t for t in aligned_tables(info, text) if _borderless_ok(t, text)]
            tables.extend((pno, t) for t in aligned)
    return tables


def _column_extents(table: RawTable, info: _Page) -> list[tuple[float, float] | None] | None:
    """Per grid column, the left and right edge of its data cells' characters (None: empty column)."""
    xs: dict[int, tuple[float, float]] = {}
    for start, boxes in info.boxed:
        for k, (x0, _y0, x1, _y1) in enumerate(boxes):
            xs[start + k] = (x0, x1)
    hdr = min((c.row for c in table.cells), default=0)
    ext: list[tuple[float, float] | None] = [None] * table.ncols
    for c in table.cells:
        if c.row == hdr or c.span != 1 or not 0 <= c.col < table.ncols:
            continue
        for s, e in c.ranges:
            for off in range(s, e):
                if off not in xs:
                    continue
                x0, x1 = xs[off]
                cur = ext[c.col]
                ext[c.col] = (x0, x1) if cur is None else (min(cur[0], x0), max(cur[1], x1))
    filled = [e for e in ext if e is not None]
    return ext if len(filled) >= 2 else None


def _continued_table(info: _Page, text: str, ext: list[tuple[float, float] | None]) -> RawTable | None:
    """The rows at the top of a page that sit in the columns ``ext`` (a list continued from the page
    before, its header not repeated). Up to two leading lines that do not fit (a running head or page
    number) are passed over; the rows end at the first line that does not fit or after a wide gap.
    Two rows at least, in two columns at least."""
    lines = _visual_lines(_segments(info, text))
    cols = [(k, e) for k, e in enumerate(ext) if e is not None]

    def column(sg: _Seg) -> int | None:
        tol = max(2.0, 0.3 * sg.h)
        for k, (x0, x1) in cols:
            if x0 - tol <= sg.x0 <= x1 + tol and sg.x1 <= _next_left(k) + tol:
                return k
        return None

    def _next_left(k: int) -> float:
        return min((e[0] for j, e in cols if j > k), default=float("inf"))

    rows: list[dict[int, list[_Seg]]] = []
    anchor: int | None = None
    prev_cy: float | None = None
    skipped = 0
    for ln in lines:
        placed = [column(sg) for sg in ln]
        fits = all(c is not None for c in placed) and (len(ln) >= 2 or bool(rows))
        if prev_cy is not None and ln[0].cy - prev_cy > 3.0 * ln[0].h:
            break
        if not fits:
            if rows or skipped >= 2:
                break
            skipped += 1
            continue
        if anchor is None:
            anchor = min(c for c in placed if c is not None)
        if not rows or anchor in placed:
            rows.append({})
        for sg, c in zip(ln, placed, strict=True):
            rows[-1].setdefault(c, []).append(sg)  # type: ignore[arg-type]
        prev_cy = ln[0].cy
    if len(rows) < 2 or len({c for row in rows for c in row}) < 2:
        return None
    cells = [RawCell(r, k, 1, [(sg.start, sg.end) for sg in segs])
             for r, row in enumerate(rows) for k, segs in sorted(row.items())]
    return RawTable(cells, len(ext))


@dataclass(slots=True)
class _Seg:
    start: int
    end: int
    x0: float
    x1: float
    cy: float
    h: float


def _segments(info: _Page, text: str) -> list[_Seg]:
    out = []
    for start, boxes in info.boxed:
        ink = [(k, b) for k, b in enumerate(boxes) if not text[start + k].isspace()]
        if not ink:
            continue
        ys = sorted((b[1] + b[3]) / 2 for _k, b in ink)
        hs = sorted(b[3] - b[1] for _k, b in ink)
        first, last = ink[0][0], ink[-1][0]
        out.append(_Seg(start + first, start + last + 1, min(b[0] for _k, b in ink), max(b[2] for _k, b in ink),
                        ys[len(ys) // 2], max(hs[len(hs) // 2], 1.0)))
    return out


def _visual_lines(segs: list[_Seg]) -> list[list[_Seg]]:
    """Segments on one baseline, left to right; lines top to bottom."""
    lines: list[list[_Seg]] = []
    for sg in sorted(segs, key=lambda s: (s.cy, s.x0)):
        if lines and abs(sg.cy - lines[-1][0].cy) < 0.4 * sg.h:
            lines[-1].append(sg)
        else:
            lines.append([sg])
    return [sorted(ln, key=lambda s: s.x0) for ln in lines]


def aligned_tables(info: _Page, text: str) -> list[RawTable]:
    """Borderless lists found from their alignment (a Word table without borders printed to PDF).

    The header line holds three or more short pieces and no data, two or more of them known
    column headers (one personal); each piece's left edge starts a column. Header cells may
    wrap onto the next lines. Below, every line whose pieces start at or right of a column's
    edge and stay inside their column belongs to the table; a new row
    starts where the first filled column of the first data line has text again (the running
    number), other lines continue the row (a name or a number wrapped inside its cell). The
    table ends at a line that crosses a column edge (a paragraph) or after a wide gap.
    """
    lines = _visual_lines(_segments(info, text))
    out: list[RawTable] = []
    i = 0
    while i < len(lines):
        heads = [sg for sg in lines[i] if _headerish(text[sg.start:sg.end]) is not None]
        labels = [_headerish(text[sg.start:sg.end]) for sg in heads]
        pieces = [text[sg.start:sg.end] for sg in lines[i]]
        if len(heads) < 2 or len(pieces) < 3 or any(len(t) > 30 or _DATA_CELL.search(t) for t in pieces) \
                or not any(lb and lb[0] != "-" for lb in labels):
            i += 1
            continue
        table, j = _aligned_table(lines, i, text)
        if table is None:
            # Headings centred over their columns: a cell may start left of its heading.
            table, j = _aligned_table(lines, i, text, centred=True)
        i = j
        if table is not None:
            out.append(table)
    return out


def _aligned_table(lines: list[list[_Seg]], top: int, text: str,
                   centred: bool = False) -> tuple[RawTable | None, int]:
    """One borderless table under the header line ``lines[top]``. A piece belongs to the column
    whose heading starts at or left of it; with ``centred``, to the column whose heading's middle is
    nearest its own middle (headings centred over their columns), as long as it does not reach past
    the next heading's middle (running text)."""
    head = lines[top]
    h = head[0].h
    lefts = [sg.x0 for sg in head]
    mids = [(sg.x0 + sg.x1) / 2 for sg in head]
    tol = max(2.0, 0.3 * h)

    def column(sg: _Seg) -> int | None:
        if centred:
            mid = (sg.x0 + sg.x1) / 2
            near = min(range(len(mids)), key=lambda k: abs(mids[k] - mid))
            if (near + 1 < len(mids) and sg.x1 > mids[near + 1]) or (near > 0 and sg.x0 < mids[near - 1]):
                return None
            return near
        col = max((k for k, x in enumerate(lefts) if x - tol <= sg.x0), default=None)
        if col is None:
            return None
        if col + 1 < len(lefts) and sg.x1 > lefts[col + 1] - tol:
            return None  # crosses into the next column: running text, not a cell
        return col

    header_cells: dict[int, list[_Seg]] = {k: [sg] for k, sg in enumerate(head)}
    j = top + 1
    # Header cells wrapped onto the next lines: no data, every piece inside a header's column.
    while j < len(lines) and j - top <= 3:
        ln = lines[j]
        cols = [column(sg) for sg in ln]
        if any(c is None for c in cols) or any(_DATA_CELL.search(text[sg.start:sg.end]) for sg in ln) \
                or ln[0].cy - lines[j - 1][0].cy > 2.2 * h or len(ln) >= len(head):
            break
        for sg, c in zip(ln, cols, strict=True):
            header_cells[c].append(sg)  # type: ignore[index]
        j += 1
    rows: list[dict[int, list[_Seg]]] = []
    anchor: int | None = None
    prev_cy = lines[j - 1][0].cy
    while j < len(lines):
        ln = lines[j]
        cols = [column(sg) for sg in ln]
        if any(c is None for c in cols) or ln[0].cy - prev_cy > 3.0 * h:
            break
        if anchor is None:
            anchor = min(c for c in cols if c is not None)
        if not rows or anchor in cols:
            rows.append({})
        for sg, c in zip(ln, cols, strict=True):
            rows[-1].setdefault(c, []).append(sg)  # type: ignore[arg-type]
        prev_cy = ln[0].cy
        j += 1
    if len(rows) < 1:
        return None, max(j, top + 1)
    cells = [RawCell(0, k, 1, [(sg.start, sg.end) for sg in segs]) for k, segs in header_cells.items()]
    for r, row in enumerate(rows, 1):
        cells.extend(RawCell(r, k, 1, [(sg.start, sg.end) for sg in segs]) for k, segs in sorted(row.items()))
    return RawTable(cells, len(lefts)), j


def _pdf_table(tb: Any, chars: list[tuple[int, float, float]], text: str) -> RawTable | None:
    boxes: list[tuple[int, tuple[float, float, float, float]]] = []
    for rno, row in enumerate(tb.rows):
        for bbox in row.cells:
            if bbox is not None:
                boxes.append((rno, tuple(bbox)))
    if not boxes:
        return None
    edges = sorted({round(b[0], 1) for _, b in boxes})

    def col_of(x: float) -> int:
        return min(range(len(edges)), key=lambda i: abs(edges[i] - x))

    owner: dict[int, int] = {}
    members: list[list[int]] = [[] for _ in boxes]
    # Rows first, then the cells of the matching rows: far fewer box tests.
    by_row: dict[int, list[int]] = {}
    for i, (rno, _b) in enumerate(boxes):
        by_row.setdefault(rno, []).append(i)
    bands = [(min(boxes[i][1][1] for i in ids), max(boxes[i][1][3] for i in ids), ids) for ids in by_row.values()]
    tx0, ty0, tx1, ty1 = tb.bbox
    for off, cx, cy in chars:
        if not (tx0 - 1 <= cx <= tx1 + 1 and ty0 - 1 <= cy <= ty1 + 1):
            continue
        hit = next((i for y0, y1, ids in bands if y0 - 0.5 <= cy <= y1 + 0.5 for i in ids
                    if boxes[i][1][0] - 0.5 <= cx <= boxes[i][1][2] + 0.5
                    and boxes[i][1][1] - 0.5 <= cy <= boxes[i][1][3] + 0.5), None)
        if hit is not None:
            owner[off] = hit
            members[hit].append(off)
    cells: list[RawCell] = []
    for i, (rno, (x0, _y0, x1, _y1)) in enumerate(boxes):
        c0 = col_of(x0)
        span = max(1, sum(1 for e in edges if x0 - 0.5 <= e < x1 - 0.5))
        cells.append(RawCell(rno, c0, span, _runs(sorted(members[i]), i, owner, text)))
    return RawTable(cells, len(edges))


def _runs(offsets: list[int], me: int, owner: dict[int, int], text: str) -> list[tuple[int, int]]:
    """Contiguous canonical ranges of one cell's characters.

    Two characters of the cell stay in one range when nothing between them
    belongs to another cell or is visible text outside the table.
    """
    out: list[tuple[int, int]] = []
    for off in offsets:
        if out:
            s, e = out[-1]
            gap = range(e, off)
            if all(owner.get(k, me) == me and (k in owner or text[k].isspace()) for k in gap):
                out[-1] = (s, off + 1)
                continue
        out.append((off, off + 1))
    return out


def _borderless_ok(table: RawTable, text: str) -> bool:
    """A borderless table counts when its header row names 2+ known columns, one personal."""
    rows = table.rows()
    if len(rows) < 2 or table.ncols < 2:
        return False
    for row in rows[:2]:
        labels = [header_label(_cell_text(text, c)) for c in row]
        known = [lb for lb in labels if lb is not None]
        if len(known) >= 2 and any(lb[0] != "-" for lb in known) and _is_header_row(row, text):
            return True
    return False
