"""PDF: extraction from PyMuPDF ``rawdict`` characters, true redaction, recovery.

Geometry comes from each character's own box, never from ``search_for``
(its dehyphenation shifts hits on Thai lines with marks). Thai fonts' glyph
boxes are taller than the line pitch, so every redaction rectangle is clipped
to its own line's band; otherwise ``apply_redactions`` wipes parts of the
lines above and below.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import struct
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from itertools import chain
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

from redactor import rx
from redactor.errors import EncryptedDocument, ExtractionError, PhoeiError, WriteError
from redactor.formats import pdf_lines, pdf_repair, textlayer
from redactor.formats.base import Progress, Recovered, TextBuilder
from redactor.formats.pdf_open import fitz as _fitz
from redactor.formats.pdf_open import open_consistent as _open_consistent
from redactor.formats.pdf_open import open_pdf
from redactor.formats.pdf_scan import (
    MIN_READABLE_CHARS,
    InvisibleText,
    add_text_layer,
    covered_chars,
    ocr_regions,
    raster_pixmap,
    replace_by_image,
    scan_jpeg,
    scan_regions,
)
from redactor.formats.tables import pdf_tables
from redactor.ocr.carve import PageGlyphs, scan_rects
from redactor.ocr.pdf import ScanLine, ScanRegion, ScanText
from redactor.ocr.tesseract import unavailable_reason as ocr_unavailable_reason
from redactor.types import Redaction, TextMap

log = logging.getLogger(__name__)

if TYPE_CHECKING:  # pragma: no cover
    import pymupdf

    from redactor.ocr.engine import OcrResult



def sniff(head: bytes) -> bool:
    # The header may follow up to 1 KiB of junk (the PDF spec tolerates it).
    return b"%PDF-" in head[:1024]


class Boxes(Sequence[tuple[float, float, float, float]]):
    """Character boxes packed four doubles each in one array: 32 bytes a character.

    A tuple of tuples of floats costs about 170 bytes a character, and every
    line of every page keeps its boxes until the copy is written: 0.3 MB a
    page of dense Thai text. Reads give the same tuples back.
    """

    __slots__ = ("_flat",)

    def __init__(self, boxes: Iterable[Sequence[float]] = (), *, flat: array[float] | None = None) -> None:
        if flat is None:
            flat = array("d")
            for b in boxes:
                flat.extend(b[:4])
        self._flat = flat

    @classmethod
    def of_chars(cls, chars: list[dict[str, Any]]) -> Boxes:
        """The boxes of MuPDF ``rawdict`` characters (each ``bbox`` four numbers)."""
        # Packed in one call (a third faster than filling the array from the iterator).
        flat = array("d")
        flat.frombytes(struct.pack(f"{4 * len(chars)}d", *chain.from_iterable(map(_BBOX, chars))))
        return cls(flat=flat)

    def __len__(self) -> int:
        return len(self._flat) // 4

    @overload
    def __getitem__(self, i: int) -> tuple[float, float, float, float]: ...
    @overload
    def __getitem__(self, i: slice) -> Boxes: ...

    def __getitem__(self, i: int | slice) -> tuple[float, float, float, float] | Boxes:
        if isinstance(i, slice):
            start, stop, step = i.indices(len(self))
            if step != 1:
                return Boxes(list(self)[i])
            return Boxes(flat=self._flat[4 * start:4 * max(start, stop)])
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("box index out of range")
        f = self._flat
        return (f[4 * i], f[4 * i + 1], f[4 * i + 2], f[4 * i + 3])

    def __iter__(self) -> Iterator[tuple[float, float, float, float]]:
        f = self._flat
        for k in range(0, len(f), 4):
            yield (f[k], f[k + 1], f[k + 2], f[k + 3])

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Boxes):
            return self._flat == other._flat
        if isinstance(other, Sequence):
            return list(self) == [tuple(b) for b in other]
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._flat.tobytes())

    def __repr__(self) -> str:
        return f"Boxes({list(self)!r})"


_BBOX = itemgetter("bbox")
_C = itemgetter("c")


@dataclass(frozen=True, slots=True)
class PdfLine:
    """Locator of one extracted line: page index, char boxes and the line band."""

    page: int
    boxes: Sequence[tuple[float, float, float, float]]  # Boxes when extracted; any sequence of 4-tuples works
    band: tuple[float, float]  # y0, y1 of the line's own band, in its own frame (see _axis)
    horizontal: bool
    axis: int | None = 0  # the line's direction (see _axis); None: rectangles are the boxes' union


@dataclass(frozen=True, slots=True)
class PdfMeta:
    key: str


@dataclass(frozen=True, slots=True)
class PdfAnnot:
    page: int
    xref: int
    field: str


def precheck_pdf(data: bytes, name: str = "document") -> int:
    """The pages of an uploaded PDF, after the cheap checks (``redactor.formats.precheck``):
    ``ExtractionError`` when MuPDF cannot open it, finds no pages, cannot read the first page's
    text, or had to repair a file that is cut short (the rule ``open_pdf`` applies:
    ``pdf_repair.repair_accepted``); ``EncryptedDocument`` when it has a password."""
    fitz = _fitz()
    try:
        doc = fitz.open(stream=data, filetype="pdf")
    except Exception as exc:  # PyMuPDF raises several unrelated types here
        raise ExtractionError(f"{name} is not a readable PDF: {exc}") from None
    try:
        if doc.needs_pass:
            raise EncryptedDocument(f"{name} is password-protected; remove the password first")
        try:
            if doc.page_count == 0 and pdf_repair.has_page_tree(doc):
                pdf_repair.fix_page_counts(doc)  # a /Count MuPDF cannot use, as open_pdf repairs it
            if doc.page_count == 0:
                raise ExtractionError(f"{name} has no pages")
            if not pdf_repair.repair_accepted(doc, data[-pdf_repair.EOF_WINDOW:]):
                raise ExtractionError(f"{name} is damaged (truncated or broken cross-references); "
                                      "save it again from the source application")
            doc[0].get_text("text")
        except PhoeiError:
            raise
        except Exception as exc:
            raise ExtractionError(f"{name} is not a readable PDF: {exc}") from None
        return int(doc.page_count)
    finally:
        doc.close()


# Text in a table or on a rotated page runs in one of four directions. Bands
# and redaction rectangles are computed in the line's own frame (text runs
# along +x, the glyphs' tops point to -y) and mapped back to the page, so a
# vertical line is clipped between its neighbours just as a horizontal one.
Box4 = tuple[float, float, float, float]


def _axis(direction: tuple[float, float]) -> int | None:
    """0: left to right, 1: bottom to top, 2: upside down, 3: top to bottom; None: any other angle."""
    dx, dy = direction
    if abs(dy) < 1e-3:
        return 0 if dx > 0 else 2
    if abs(dx) < 1e-3:
        return 1 if dy < 0 else 3
    return None


def _to_local(axis: int, b: Box4) -> Box4:
    x0, y0, x1, y1 = b
    if axis == 1:
        return (-y1, x0, -y0, x1)
    if axis == 2:
        return (-x1, -y1, -x0, -y0)
    if axis == 3:
        return (y0, -x1, y1, -x0)
    return b


def _from_local(axis: int, b: Box4) -> Box4:
    a0, b0, a1, b1 = b
    if axis == 1:
        return (b0, -a1, b1, -a0)
    if axis == 2:
        return (-a1, -b1, -a0, -b0)
    if axis == 3:
        return (-b1, a0, -b0, a1)
    return b


def _local_y(axis: int, point: tuple[float, float]) -> float:
    x, y = point
    return (y, x, -y, -x)[axis]


def _line_bands(lines: list[dict[str, Any]]) -> list[tuple[float, float]]:
    """A band per line (in the line's own frame, see ``_axis``) that touches no glyph box of a neighbour.

    MuPDF removes every character whose box overlaps a redaction rectangle. A
    Thai font's glyph box spans ascender to descender (about 1.65 em) while the
    line pitch is often 1.2-1.5 em, so the boxes of adjacent lines overlap each
    other; the band is what is left between the lines above and below. Lines
    at other angles keep their box (their rectangles are the boxes' union).
    """
    info = []
    for ln in lines:
        spans = ln["spans"]
        size = max((s["size"] for s in spans), default=10.0)
        axis = _axis(tuple(ln["dir"]))
        box = _to_local(axis, tuple(ln["bbox"])) if axis is not None else tuple(ln["bbox"])
        base = _local_y(axis, tuple(spans[0]["origin"])) if spans and axis is not None else box[3]
        info.append((axis, box, base, size))
    if not info:
        return []
    top, bot = _band_limits(info)
    bands = []
    for i, (axis, (_x0, by0, _x1, by1), lbase, lsize) in enumerate(info):
        if axis is None:
            bands.append((by0, by1))
            continue
        t, b = top[i], bot[i]
        if b - t < 0.15 * lsize:
            # Lines packed tighter than their glyph boxes: a thin band through
            # the middle of the x-height, the part only this line occupies.
            mid = lbase - 0.35 * lsize
            t, b = mid - 0.07 * lsize, mid + 0.07 * lsize
        bands.append((t, b))
    return bands


def _band_limits(info: list[tuple[int | None, tuple[float, ...], float, float]]) -> tuple[list[float], list[float]]:
    """For each line (axis, local box, baseline, size): how far its band may reach up and down.

    A neighbour of line i shares its direction, overlaps it across (x) and sits on another baseline
    (at least 0.3 of i's size away). The band's top is the lowest bottom edge (+0.05) of a neighbour
    above, but never above i's own box; its bottom likewise from the neighbours below. Lines of one
    direction are sorted by baseline and walked outwards from i; a walk stops as soon as no line
    further out can move the limit (a running maximum of bottoms above, minimum of tops below), so a
    page costs about n log n instead of comparing every pair of lines, with the same result. Plain
    Python: numpy here cost 0.1 s of start-up for every text PDF (issue #11).
    """
    top = [b[1] for _a, b, _base, _s in info]
    bot = [b[3] for _a, b, _base, _s in info]
    groups: dict[int, list[int]] = {}
    for i, (axis, _b, _base, _s) in enumerate(info):
        if axis is not None:
            groups.setdefault(axis, []).append(i)
    inf = float("inf")
    for idx in groups.values():
        idx.sort(key=lambda k: info[k][2])
        bases = [info[k][2] for k in idx]
        x0 = [info[k][1][0] for k in idx]
        x1 = [info[k][1][2] for k in idx]
        y0 = [info[k][1][1] for k in idx]
        y1 = [info[k][1][3] for k in idx]
        m = len(idx)
        up = [0.0] * m  # up[k]: the largest bottom edge among lines 0..k (by baseline)
        run = -inf
        for k in range(m):
            run = max(run, y1[k])
            up[k] = run
        down = [0.0] * m  # down[k]: the smallest top edge among lines k..m-1
        run = inf
        for k in range(m - 1, -1, -1):
            run = min(run, y0[k])
            down[k] = run
        for pos in range(m):
            base, size = bases[pos], info[idx[pos]][3]
            lo, hi, gap = x0[pos], x1[pos], 0.3 * size
            best = y0[pos]
            k = bisect_left(bases, base) - 1
            while k >= 0 and up[k] + 0.05 > best:
                if x1[k] > lo and x0[k] < hi and abs(bases[k] - base) >= gap:
                    best = max(best, y1[k] + 0.05)
                k -= 1
            top[idx[pos]] = best
            best = y1[pos]
            k = bisect_right(bases, base)
            while k < m and down[k] - 0.05 < best:
                if x1[k] > lo and x0[k] < hi and abs(bases[k] - base) >= gap:
                    best = min(best, y0[k] - 0.05)
                k += 1
            bot[idx[pos]] = best
    return top, bot


class _Centres(Sequence[tuple[float, float]]):
    """The centres of a page's visible, non-space characters, computed only if asked for.

    ``scan_regions`` needs their number on every page but the centres
    themselves only on pages with images.
    """

    def __init__(self) -> None:
        self._lines: list[list[dict[str, Any]]] = []
        self._count = 0
        self._centres: list[tuple[float, float]] | None = None

    def add(self, chars: list[dict[str, Any]], text: str) -> None:
        """One line's characters and their text (``"".join`` of their ``c``)."""
        self._lines.append(chars)
        self._count += sum(map(len, text.split()))  # the characters that are not str.isspace()
        self._centres = None

    def __len__(self) -> int:
        return self._count

    def _all(self) -> list[tuple[float, float]]:
        if self._centres is None:
            self._centres = [((ch["bbox"][0] + ch["bbox"][2]) / 2, (ch["bbox"][1] + ch["bbox"][3]) / 2)
                             for chars in self._lines for ch in chars if not ch["c"].isspace()]
        return self._centres

    @overload
    def __getitem__(self, i: int) -> tuple[float, float]: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[tuple[float, float]]: ...

    def __getitem__(self, i: int | slice) -> tuple[float, float] | Sequence[tuple[float, float]]:
        return self._all()[i]

    def __iter__(self) -> Iterator[tuple[float, float]]:
        return iter(self._all())


# Saving drops every object nothing references (garbage collection: what removes the redacted content
# streams and the replaced scan images). Merging duplicate objects as well (garbage 3 and 4) compares
# objects with each other, the one step of writing whose time grows faster than the file (benchmarks/
# scaling.py: 3 s at 1,000 pages, 51 s at 10,000). Beyond this many objects only the unreferenced
# ones are dropped (garbage 2); below it (about 350 pages of dense text) duplicates merge too.
MERGE_DUPLICATES_MAX_OBJECTS = 10_000


def save_garbage(doc: pymupdf.Document) -> int:
    """The ``garbage`` level for saving ``doc``: 4 (drop unreferenced objects, merge duplicates), or 2 (drop
    unreferenced objects only) for a document of more than ``MERGE_DUPLICATES_MAX_OBJECTS`` objects."""
    return 4 if doc.xref_length() <= MERGE_DUPLICATES_MAX_OBJECTS else 2


class PdfDocument:
    kind = "pdf"

    def __init__(self, path: Path, progress: Progress | None = None) -> None:
        self.path = path
        self._progress = progress  # reports the OCR of scanned pages (formats.base.Progress)
        self.doc, dropped, repaired = _open_consistent(path)
        self.needs_review: list[str] = []
        # Scanned pages and image regions, and what OCR read from them.
        self.scans: list[tuple[ScanRegion, OcrResult]] = []
        # Pages drawn as vector outlines: their redactions also remove the paths.
        self.outline_pages: set[int] = set()
        self._where = ""  # the apply step under way, for error messages
        self.clean_dropped: list[int] = []  # pages MuPDF's clean step would have lost text on (saved uncleaned)
        # After rasterise_pages: the painted boxes, per 1-based page.
        self.raster_boxes: dict[int, list[tuple[float, float, float, float]]] = {}
        # Pages whose text layer was not believed (redactor/formats/textlayer.py): read and written as scans.
        self.untrusted: dict[int, str] = {}
        # Pages that draw no vector graphics at all (found while reading their text): no table
        # rulings or outlines to look for there.
        self.no_drawings: set[int] = set()
        self.notes: list[str] = []
        # What writing the copy changed beyond the redactions (damaged objects dropped, a rebuilt file).
        self.write_notes: list[str] = []
        self._rebuilt_doc: pymupdf.Document | None = None
        if repaired:
            self.notes.append("the file's cross-reference table was broken; MuPDF rebuilt it")
            if not pdf_repair.ends_complete(path):
                self.notes.append("the file has no end-of-file marker (%%EOF); it was accepted because MuPDF "
                                  "read every page of it without an error or a warning")
        if dropped:
            many = "or more " if len(dropped) >= pdf_repair.MAX_UNREADABLE_LISTED else ""
            self.notes.append(f"{len(dropped)} {many}object(s) the file lists but MuPDF cannot read "
                              f"(e.g. object {dropped[0]}) were left out; what the pages show is unchanged")
        if pdf_repair.break_field_cycles(self.doc):
            self.notes.append("form fields that were their own parents were untangled")
        self.signatures_removed = _signatures(self.doc)
        if self.signatures_removed:
            self.notes.append(f"the PDF carries {self.signatures_removed} digital signature(s); redaction changes "
                              "what they sign, so the redacted copy leaves them out (signature fields, "
                              "/Perms and /DSS)")
        self.textmap = self._extract()
        scanned = []
        if self.scans:  # (the grid reader needs numpy: loaded only for a document with scanned pages)
            from redactor.ocr.tables import scan_tables

            try:
                scanned = scan_tables(self)
            except Exception as exc:  # table structure is a hint for detection; never fail extraction over it
                log.warning("table structure of scanned pages not read: %s", exc)
        self.tables = pdf_tables(self.doc, self.textmap, scanned, no_drawings=self.no_drawings)

    @property
    def verify_by_ocr(self) -> bool:
        """Whether verification must also read the written pages' pixels (see redactor/ocr/verify.py)."""
        return bool(self.scans)

    def _extract(self) -> TextMap:
        fitz = _fitz()
        tb = TextBuilder()
        flags = fitz.TEXT_PRESERVE_WHITESPACE | fitz.TEXT_PRESERVE_LIGATURES
        try:
            # Pass 1: each page's text lines, and the scans to OCR. OCR runs in
            # parallel while the remaining pages are read.
            pages: list[list[tuple[str, str, bool, PdfLine] | str]] = []
            regions: list[ScanRegion] = []
            for pno in range(self.doc.page_count):
                page = self.doc[pno]
                raw, cut = textlayer.read_page(page, flags)
                if cut is not None:
                    self.needs_review.append(textlayer.incomplete_note(pno, cut))
                    pages.append([])
                    continue
                if raw["vectors"] == 0:
                    self.no_drawings.add(pno)
                mupdf_lines = [ln for b in raw["blocks"] if b.get("type", 0) == 0 for ln in b["lines"]]
                # One line per visual line, and soft wraps inside paragraphs (pdf_lines).
                lines = pdf_lines.visual_lines(raw["blocks"])
                line_chars = [list(chain.from_iterable(sp["chars"] for sp in ln["spans"])) for ln in lines]
                line_texts = list(map(pdf_lines.line_text, lines))
                seps = pdf_lines.wrap_separators(lines, partial(pdf_lines.horizontal_rulings, page),
                                                 page_width=_page_width(page), texts=line_texts)
                bands = _line_bands(lines)
                annot_rects = [a.rect for a in page.annots() or []] if pdf_repair.has_annots(self.doc, pno) else []
                # Invisible text (render mode 3) over a scan is some other
                # program's OCR, often poor for Thai: it is kept as text a
                # reader cannot see, and the scan is read again as well.
                hidden = InvisibleText(page if page.get_images() else None)
                items: list[tuple[str, str, bool, PdfLine] | str] = []
                centres = _Centres()
                has_text = False
                for ln, chars, line_text, band, sep in zip(lines, line_chars, line_texts, bands, seps, strict=True):
                    if not chars:
                        continue
                    has_text = True
                    invisible = _drawn_invisibly(chars, hidden)
                    if not invisible:
                        centres.add(chars, line_text)
                    horizontal = abs(ln["dir"][1]) < 1e-3 and ln["dir"][0] > 0
                    # Text drawn by annotations (FreeText, stamps) shows up in
                    # the page's text but goes away with the annotations:
                    # split such characters into segments of their own.
                    for in_annot, group in _split_by_annots(chars, annot_rects):
                        text = line_text if group is chars else "".join(map(_C, group))
                        boxes = Boxes.of_chars(group)
                        ref = PdfLine(pno, boxes, band, horizontal, _axis(tuple(ln["dir"])))  # type: ignore[arg-type]
                        where = f"annotation p{pno + 1}" if in_annot else \
                            f"page {pno + 1} (invisible text)" if invisible else f"page {pno + 1}"
                        items.append((text, where, not in_annot and not invisible, ref))
                    items.append(sep)
                verdict = textlayer.judge_page(page, mupdf_lines) if has_text else textlayer.Verdict(True)
                if not verdict.trusted:  # read from the pixels; the text layer only helps detection
                    self.untrusted[pno] = verdict.reason
                    self.notes.append(textlayer.untrusted_note(pno, verdict.reason))
                    where = f"page {pno + 1} (untrusted text layer)"
                    items = [it if isinstance(it, str) else (it[0], where, False, it[3]) for it in items]
                pages.append(items)
                found = [ScanRegion(pno, None, True)] if not verdict.trusted else \
                    scan_regions(page, pno, centres, has_text, drawings=pno not in self.no_drawings)
                if found and any(r.outlines for r in found):
                    self.outline_pages.add(pno)
                regions.extend(found)
            ocr = self._ocr(regions)
            # Pass 2: the canonical text, page by page.
            for pno in range(self.doc.page_count):
                for item in pages[pno]:
                    if isinstance(item, str):
                        if item:
                            tb.sep(item)
                    else:
                        tb.add(*item, page=pno + 1)
                for _region, result in ocr.get(pno, []):
                    for i, sep in pdf_lines.ocr_lines_order(result):
                        line = result.lines[i]
                        tb.add(line.text, f"page {pno + 1} (OCR)", True, ScanLine(pno, line, result.to_page), pno + 1)
                        if sep:
                            tb.sep(sep)
                if not pdf_repair.has_annots(self.doc, pno):
                    continue
                page = self.doc[pno]
                for annot in page.annots() or []:
                    info = annot.info
                    for fld in ("content", "title", "subject"):
                        val = info.get(fld) or ""
                        if val.strip():
                            tb.add(val, f"annotation p{pno + 1}", False, PdfAnnot(pno, annot.xref, fld), pno + 1)
                            tb.sep("\n")
                for w in page.widgets() or []:
                    for val in (w.field_name, w.field_value, w.field_label):
                        if isinstance(val, str) and val.strip():
                            tb.add(val, f"form field p{pno + 1}", False, None, pno + 1)
                            tb.sep("\n")
            for key, val in (self.doc.metadata or {}).items():
                if isinstance(val, str) and val.strip() and key not in ("format", "encryption"):
                    tb.add(val, f"metadata:{key}", False, PdfMeta(key))
                    tb.sep("\n")
            xmp = _xmp(self.doc)
            if xmp.strip():
                tb.add(xmp, "metadata:xmp", False, PdfMeta("xmp"))
                tb.sep("\n")
            for entry in self.doc.get_toc(simple=True):
                tb.add(str(entry[1]), "bookmark", False)
                tb.sep("\n")
        except ExtractionError:
            raise
        except Exception as exc:  # MuPDF raises its own error tree (FzErrorBase)
            raise ExtractionError(f"{self.path.name}: cannot extract text: {exc}") from exc
        return tb.build()

    def _ocr(self, regions: list[ScanRegion]) -> dict[int, list[tuple[ScanRegion, OcrResult]]]:
        """OCR the scans, or say why a person must look at them instead."""
        if not regions:
            return {}
        reason = ocr_unavailable_reason()
        if reason is not None:
            for r in regions:
                what = ("has a text layer that is not trustworthy" if r.page in self.untrusted
                        else "is a scanned image without a text layer" if r.full_page
                        else "shows text drawn as outlines" if r.outlines
                        else "is a scanned image its text layer does not cover" if r.clip is None
                        else "has a scanned image region without a text layer")
                self.needs_review.append(f"page {r.page + 1} {what}: OCR is not available here ({reason}), "
                                         "so a person must review it")
            return {}
        from redactor.ocr.engine import OcrPool

        out: dict[int, list[tuple[ScanRegion, OcrResult]]] = {}
        with OcrPool() as pool:
            done = ocr_regions(self.doc, regions, pool, after=self._page_counter(regions))
        for region, result in done:
            if isinstance(result, Exception):
                self.needs_review.append(f"page {region.page + 1}: OCR of the scanned image failed ({result}), "
                                         "so a person must review it")
                continue
            if region.full_page and result.chars < MIN_READABLE_CHARS:
                self.needs_review.append(f"page {region.page + 1} is a scanned image but OCR read almost no text "
                                         "from it (blank, a photo, handwriting?), so a person must review it")
            elif region.clip is None and (judged := textlayer.ocr_nonsense(result.text, result.conf)) is not None:
                # What OCR read there is not words: neither detection nor verification can rely on it.
                self.needs_review.append(f"page {region.page + 1} was read by OCR, but only {judged[0]:.0%} of the "
                                         f"{judged[1]} letters it read form Thai or English words (a script or a "
                                         "drawing OCR cannot read?), so a person must review it")
            out.setdefault(region.page, []).append((region, result))
            self.scans.append((region, result))
        return out

    def _page_counter(self, regions: list[ScanRegion]) -> Callable[[ScanRegion], None] | None:
        """What ``ocr_regions`` calls as each region is read: ``progress("ocr", pages, total)`` once
        every region of a page is in (a page may hold several scanned images)."""
        report = self._progress
        if report is None:
            return None
        left: dict[int, int] = {}
        for r in regions:
            left[r.page] = left.get(r.page, 0) + 1
        total = len(left)
        report("ocr", 0, total)
        pages_done = 0

        def region_read(region: ScanRegion) -> None:
            nonlocal pages_done
            left[region.page] -= 1
            if left[region.page] == 0:
                pages_done += 1
                report("ocr", pages_done, total)

        return region_read

    # -- apply -------------------------------------------------------------

    def rects_for(self, start: int, end: int, *,
                  carve: bool = True) -> list[tuple[int, tuple[float, float, float, float]]]:
        """Page-space rectangles covering the original characters [start, end). An OCR line's box is
        carved around the neighbouring lines' glyphs (``redactor.ocr.carve``) unless ``carve`` is off."""
        out: list[tuple[int, tuple[float, float, float, float]]] = []
        for seg in self.textmap.segments_in(start, end):
            ref = seg.ref
            a = max(start, seg.start) - seg.start
            b = min(end, seg.end) - seg.start
            if isinstance(ref, ScanLine):
                out.extend((ref.page, r) for r in scan_rects(ref, a, b, self.glyph_index() if carve else None))
                continue
            if not isinstance(ref, PdfLine):
                continue
            axis = ref.axis
            if axis is None:
                # A line at an odd angle: the union of its characters' boxes.
                sel = ref.boxes[a:b]
                out.append((ref.page, (min(bx[0] for bx in sel), min(bx[1] for bx in sel),
                                       max(bx[2] for bx in sel), max(bx[3] for bx in sel))))
                continue
            # In the line's own frame: text runs along +x, the band is its y range.
            n = len(ref.boxes)
            boxes = list(ref.boxes[a:b]) if axis == 0 else [_to_local(axis, bx) for bx in ref.boxes[a:b]]
            nxt = None if b >= n else ref.boxes[b] if axis == 0 else _to_local(axis, ref.boxes[b])
            # MuPDF removes every glyph whose box touches the rectangle, and a
            # combining mark's box has zero width at its base letter's right
            # edge: start just inside our first letter so the previous
            # letter's marks stay, and stop short of a letter that abuts ours.
            x0 = boxes[0][0] + _EPS
            prv = None if a == 0 else ref.boxes[a - 1] if axis == 0 else _to_local(axis, ref.boxes[a - 1])
            if prv is not None and x0 < prv[2] < boxes[0][2] - 2 * _EPS and \
                    not self.textmap.text[seg.start + a - 1].isspace():
                # A kerned pair the other way round: the glyph before ours reaches into our first one
                # ("L’Name", an opening quote): start after it, still inside our first glyph.
                x0 = prv[2] + _EPS
            x1 = max(bx[2] for bx in boxes)
            # A trailing mark's box is empty at the letter's end edge; reach
            # just past it where nothing follows closely.
            if nxt is None or nxt[0] > x1 + 3 * _EPS:
                x1 += _EPS
            if nxt is not None:
                if nxt[0] <= x1 + _EPS:
                    following = self.textmap.text[seg.start + b:seg.start + b + 1]
                    if _ends_in_mark(self.textmap.text, seg.start + b) and _LEADER_OR_CLOSE.match(following):
                        # A name ending in an upper or lower vowel right before a leader dot or a
                        # closing bracket ("…สมมุติ....", "(…มีสุขติ)"): the mark's empty box sits on
                        # that glyph's edge, and the rectangle reaches just past it so that the mark
                        # does not float over the box. At worst the dot or the bracket goes with it
                        # (no kept text; in tests/redactor/test_pdf.py both stay).
                        x1 += _EPS
                    elif not seg_text_is_space(self.textmap.text, seg.start + b):
                        x1 -= _EPS
                        if nxt[0] < x1 and nxt[0] - _EPS > boxes[-1][0] + _EPS:
                            # A kerned pair: the next glyph starts inside our last one's advance
                            # (a right quote after a name, "Name’s"). Stop where it starts: MuPDF takes
                            # our last glyph by the part of its box left under the rectangle.
                            x1 = nxt[0] - _EPS
                elif nxt[0] <= x1 + 0.6 * (ref.band[1] - ref.band[0]):
                    # LibreOffice draws the า of ำ as a glyph of its own that
                    # belongs to no character: reach to the next letter's edge.
                    x1 = nxt[0] - _EPS
            y0, y1 = ref.band
            if x1 <= x0:
                x1 = x0 + _EPS
            out.append((ref.page, _from_local(axis, (x0, y0, x1, y1))))
        return out

    def glyph_index(self) -> PageGlyphs:
        """The OCR lines' glyph boxes by page, built on first use (``redactor.ocr.carve``)."""
        index = getattr(self, "_glyphs", None)
        if index is None:
            index = self._glyphs = PageGlyphs(self.textmap)
        return index

    def char_boxes(self, start: int, end: int) -> list[tuple[float, float, float, float]]:
        """The glyph boxes (page space) of the text-layer characters in [start, end)."""
        out: list[tuple[float, float, float, float]] = []
        for seg in self.textmap.segments_in(start, end):
            if isinstance(seg.ref, PdfLine):
                a = max(start, seg.start) - seg.start
                b = min(end, seg.end) - seg.start
                out.extend(seg.ref.boxes[a:b])
        return out

    def pixel_rects_for(self, start: int, end: int) -> list[tuple[int, tuple[float, float, float, float]]]:
        """Rectangles to paint black in a page's pixels: ``rects_for`` grown across the line to the glyph boxes.

        A vector rectangle may be a thin band (MuPDF removes every glyph it
        touches); painted pixels only hide the ink inside them, so across the
        line they reach from the characters' ascenders to their descenders.
        """
        out = []
        for seg in self.textmap.segments_in(start, end):
            ref = seg.ref
            a = max(start, seg.start) - seg.start
            b = min(end, seg.end) - seg.start
            rects = self.rects_for(max(start, seg.start), min(end, seg.end))
            if not isinstance(ref, PdfLine) or ref.axis is None:
                out.extend(rects)
                continue
            local = [_to_local(ref.axis, bx) for bx in ref.boxes[a:b]]
            top, bot = min(bx[1] for bx in local), max(bx[3] for bx in local)
            for pno, rect in rects:
                x0, y0, x1, y1 = _to_local(ref.axis, rect)
                out.append((pno, _from_local(ref.axis, (x0, min(y0, top), x1, max(y1, bot)))))
        return out

    def apply(self, redactions: list[Redaction], out_path: Path, *, label_boxes: bool = False) -> None:
        """Redact, scrub and save; MuPDF's own errors become ``WriteError`` naming the step and page."""
        self._where = "redaction"
        try:
            self._apply(redactions, out_path, label_boxes=label_boxes)
        except PhoeiError:
            raise
        except Exception as exc:  # MuPDF raises its own tree (FzErrorBase, RuntimeError, ...)
            raise WriteError(f"{self.path.name}: cannot write the redacted copy ({self._where}): "
                             f"{type(exc).__name__}: {exc}") from exc

    def _note(self, where: str) -> None:
        self._where = where

    def _scrubbed(self, doc: pymupdf.Document, *, clean: bool = True) -> pymupdf.Document:
        """``doc`` scrubbed in place or, where that fails on a damaged structure, a scrubbed copy of its pages."""
        try:
            unreadable = _scrub(doc, self._note, clean=clean)
        except Exception as exc:
            failed = f"{self._where}: {type(exc).__name__}: {exc}"
            log.warning("%s: scrubbing in place failed (%s); rebuilding from the pages", self.path.name, failed)
            self._note("rebuilding the file from its pages")
            try:
                doc = _rebuilt(doc)
            except Exception as again:
                raise WriteError(f"{self.path.name}: cannot write the redacted copy: scrubbing failed ({failed}) "
                                 f"and so did rebuilding the file from its pages ({type(again).__name__}: "
                                 f"{again})") from again
            self._rebuilt_doc = doc
            try:
                unreadable = _scrub(doc, self._note, clean=clean)
            except Exception as again:
                raise WriteError(f"{self.path.name}: cannot write the redacted copy: scrubbing failed ({failed}), "
                                 f"and again on the file rebuilt from its pages ({self._where}: "
                                 f"{type(again).__name__}: {again})") from again
            self.write_notes.append("the file's structure is damaged (scrubbing it failed: "
                                    f"{failed}), so the copy was rebuilt from its pages alone")
        if unreadable:
            self.write_notes.append(f"{len(unreadable)} object(s) MuPDF could not read while scrubbing "
                                    f"(e.g. object {unreadable[0]}) were left out of the copy")
        return doc

    def _apply(self, redactions: list[Redaction], out_path: Path, *, label_boxes: bool = False,
               clean: bool = True) -> None:
        fitz = _fitz()
        doc = self.doc
        # A form field's value is drawn by its widget, and text extraction
        # reads it as page text (a reader sees it). _scrub removes every
        # widget, so first bake the widgets into the page content: kept values
        # stay visible as ordinary text, and redactions reach withheld ones.
        self._note("flattening form fields")
        _bake_widgets(doc)
        # Rectangles by page; each page is then loaded once, marked and redacted, and let go
        # (MuPDF slows down adding annotations while many pages are held open).
        by_page: dict[int, list[tuple[float, float, float, float]]] = {}
        labels: list[tuple[int, tuple[float, float, float, float], str]] = []
        for r in redactions:
            for pno, rect in self.rects_for(r.start, r.end):
                by_page.setdefault(pno, []).append(rect)
                if label_boxes:
                    labels.append((pno, rect, _box_label(r.basis)))
        touched = set(by_page)
        # A full-page scan with boxes becomes an image of how it looks after redaction (_finish_scans):
        # the boxes painted over its image are all that image needs. Redacting the image's own pixels
        # first (decoding and re-encoding a 300 dpi page) changed no pixel of that copy and cost the main
        # thread 80 ms a page while the OCR workers waited.
        rasterised = {region.page for region, _result in self.scans if region.full_page}
        for pno in sorted(by_page):
            self._note(f"marking redactions on page {pno + 1}")
            page = doc[pno]
            for rect in by_page[pno]:
                page.add_redact_annot(fitz.Rect(rect), fill=(0, 0, 0), cross_out=False)
            self._note(f"applying redactions on page {pno + 1}")
            options = dict(
                images=fitz.PDF_REDACT_IMAGE_NONE if pno in rasterised else fitz.PDF_REDACT_IMAGE_PIXELS,
                # Text drawn as outlines is paths: those under a box go too.
                graphics=fitz.PDF_REDACT_LINE_ART_REMOVE_IF_TOUCHED if pno in self.outline_pages
                else fitz.PDF_REDACT_LINE_ART_NONE,
                # An untrusted page becomes an image of itself (_finish_scans): its boxes only need
                # to paint, and removing its glyphs by their (often page-sized Type3) boxes takes others.
                text=fitz.PDF_REDACT_TEXT_NONE if pno in self.untrusted else fitz.PDF_REDACT_TEXT_REMOVE,
            )
            try:
                page.apply_redactions(**options)
            except Exception:  # a form XObject drawing itself sends MuPDF into endless recursion
                if not pdf_repair.break_xobject_cycles(doc, pno):
                    raise
                doc[pno].apply_redactions(**options)
            del page
        if labels:
            self._note("drawing box labels")
            _draw_labels(doc, labels)
        touched |= set(self.untrusted)  # written as images whatever was redacted on them
        if self.scans:
            self._note("re-reading scanned pages")
            self._finish_scans(touched, redactions)
        doc = self._scrubbed(doc, clean=clean)
        tmp = out_path.with_name(out_path.name + ".part")
        self._note("saving")
        try:
            # MuPDF's clean step (_scrub, page by page) rewrites every content
            # stream, and on some files it drops text (e.g. text shown through
            # a damaged resource dictionary). Verification reads every page
            # back and fails on any lost text outside the redactions; the
            # pipeline then writes the file again with ``clean=False``
            # (``reapply``), so the common case saves once. Saving with
            # ``clean=True`` would run the same filter over the same pages again:
            # a tenth of the time of writing the copy, for nothing but the
            # numbers in TJ arrays reprinted (-6088.002 as -6088.0026).
            doc.save(str(tmp), garbage=save_garbage(doc), deflate=True, clean=False, incremental=False,
                     encryption=fitz.PDF_ENCRYPT_NONE)
            with tmp.open("rb") as fh:
                os.fsync(fh.fileno())
            os.replace(tmp, out_path)
        finally:
            if tmp.exists():
                tmp.unlink()

    def reapply(self, redactions: list[Redaction], out_path: Path, *, label_boxes: bool = False,
                clean: bool = False, lost_pages: list[int] | None = None) -> None:
        """Write the redacted copy again from the source file, by default without MuPDF's clean step.

        For a file whose cleaned copy lost text outside the redactions
        (``lost_pages``: 1-based pages where verification found it missing;
        kept as ``clean_dropped`` when ``clean`` is off). The first apply
        changed the document in memory, so the source is read again.
        """
        self.doc.close()
        self.doc = open_pdf(self.path)
        pdf_repair.break_field_cycles(self.doc)
        self.clean_dropped = [] if clean else sorted(set(lost_pages or []))
        self._where = "redaction"
        try:
            self._apply(redactions, out_path, label_boxes=label_boxes, clean=clean)
        except PhoeiError:
            raise
        except Exception as exc:  # MuPDF raises its own tree (FzErrorBase, RuntimeError, ...)
            raise WriteError(f"{self.path.name}: cannot write the redacted copy ({self._where}): "
                             f"{type(exc).__name__}: {exc}") from exc

    def rasterise_pages(self, written: Path, redactions: list[Redaction], pages: list[int]) -> dict[int, str]:
        """Replace pages (1-based) of the written file by pixel-redacted images of the *original* pages.

        The fallback for a page whose vector redaction took neighbouring text
        with it (see redactor/fallback.py): the source page is drawn as it
        looks (form fields flattened, annotations left out: _scrub removes
        them anyway), every redaction box on it is painted black in the pixels,
        and the image replaces the written page's content; nothing of the
        page's text or drawing stays. An invisible text layer from OCR of that
        image makes it searchable again. Returns each page's OCR text, which
        verification reads against the original text.
        """
        from redactor.formats.pdf_scan import add_text_layer, render
        from redactor.ocr.engine import OcrPool

        fitz = _fitz()
        boxes: dict[int, list[tuple[float, float, float, float]]] = {}
        for r in redactions:
            for pno, rect in self.pixel_rects_for(r.start, r.end):  # 0-based here
                boxes.setdefault(pno, []).append(rect)
        self.raster_boxes = {pno + 1: rects for pno, rects in boxes.items()}
        src = _open_consistent(self.path)[0]
        out = open_pdf(written)
        texts: dict[int, str] = {}
        try:
            self._where = "rasterising pages"
            _bake_widgets(src)
            for n in pages:
                pno = n - 1
                self._where = f"rasterising page {n}"
                opage = out[pno]
                png = _painted_pixmap(src[pno], boxes.get(pno, [])).tobytes("png")
                xref = out.get_new_xref()
                out.update_object(xref, "<<>>")
                out.update_stream(xref, b" ")
                out.xref_set_key(opage.xref, "Contents", f"{xref} 0 R")
                out.xref_set_key(opage.xref, "Resources", "<<>>")
                opage.insert_image(opage.rect * opage.derotation_matrix, stream=png, rotate=opage.rotation)
            self._where = "reading rasterised pages by OCR"
            with OcrPool() as pool:
                futures = [(n, pool.submit(render(out[n - 1]))) for n in pages]
                results = [(n, f.result()) for n, f in futures]
            for n, result in results:
                add_text_layer(out[n - 1], result)
                texts[n] = result.text
            tmp = written.with_name(written.name + ".part")
            self._where = "saving rasterised pages"
            try:
                out.save(str(tmp), garbage=save_garbage(out), deflate=True, clean=False, incremental=False,
                         encryption=fitz.PDF_ENCRYPT_NONE)
                with tmp.open("rb") as fh:
                    os.fsync(fh.fileno())
                out.close()
                os.replace(tmp, written)
            finally:
                if tmp.exists():
                    tmp.unlink()
        finally:
            src.close()
            if not out.is_closed:
                out.close()
        return texts

    def raster_page_matches(self, written: Path, n: int) -> bool:
        """Whether written page ``n`` (1-based) is exactly the original page's pixels with the boxes painted.

        One image and nothing else a reader sees (no vector drawing, only
        invisible text); the image's pixels equal a fresh rendering of the
        source page with the same boxes painted. Then every pixel outside the
        boxes is the original's, whatever OCR makes of it.
        """
        fitz = _fitz()
        src = _open_consistent(self.path)[0]
        out = open_pdf(written)
        try:
            _bake_widgets(src)
            page = out[n - 1]
            images = page.get_images(full=True)
            if len(images) != 1 or page.get_drawings() or any(sp.get("type") != 3 for sp in page.get_texttrace()):
                return False
            got = fitz.Pixmap(out, images[0][0])
            want = _painted_pixmap(src[n - 1], self.raster_boxes.get(n, []))
            return (got.width, got.height, got.n) == (want.width, want.height, want.n) and got.samples == want.samples
        finally:
            src.close()
            out.close()

    def _finish_scans(self, touched: set[int], redactions: list[Redaction]) -> None:
        """Re-rasterise redacted scans, then give every OCRed part a text layer: the extraction's reading
        minus the withheld characters (no second OCR; verification reads the written pixels)."""
        withheld: dict[int, list[tuple[int, int]]] = {}  # id(OcrLine) -> withheld spans in its text
        boxes: dict[int, list[tuple[float, float, float, float]]] = {}
        for r in redactions:
            for seg in self.textmap.segments_in(r.start, r.end):
                if isinstance(seg.ref, ScanLine):
                    withheld.setdefault(id(seg.ref.line), []).append(
                        (max(r.start, seg.start) - seg.start, min(r.end, seg.end) - seg.start))
            for pno, rect in self.rects_for(r.start, r.end):
                boxes.setdefault(pno, []).append(rect)

        def finish(region: ScanRegion, result: OcrResult, jpeg: tuple[Future[bytes], Box4 | None] | None) -> None:
            page = self.doc[region.page]
            if jpeg is not None:
                self._note(f"re-rasterising page {region.page + 1}")
                replace_by_image(page, jpeg[0].result(), jpeg[1])
            cut = {n: withheld[id(line)] for n, line in enumerate(result.lines) if id(line) in withheld}
            # Whatever OCR read under a box goes too, whichever text the box was drawn for
            # (an untrusted text layer's item that OCR read differently).
            for n, span in covered_chars(result, boxes.get(region.page, [])).items():
                cut.setdefault(n, []).extend(span)
            add_text_layer(page, result, cut)

        # A redacted scan's JPEG is encoded (Pillow, off the GIL) while the next page renders; pages are
        # finished in order, one behind, so the file is built in the same order as one page at a time.
        behind: tuple[ScanRegion, OcrResult, tuple[Future[bytes], Box4 | None] | None] | None = None
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="phoei-jpeg") as encoder:
            for region, result in self.scans:
                jpeg = None
                if region.full_page and region.page in touched:
                    self._note(f"re-rasterising page {region.page + 1}")
                    pix, colour, where = raster_pixmap(self.doc[region.page], vector=region.page in self.untrusted
                                                       or region.page in self.outline_pages)
                    jpeg = (encoder.submit(scan_jpeg, pix, colour), where)
                if behind is not None:
                    finish(*behind)
                behind = (region, result, jpeg)
            if behind is not None:
                finish(*behind)

    def read_back_scans(self, written: Path, redactions: list[Redaction], notes: list[str]) -> list[ScanText]:
        """OCR of the written file's scans for verification, redacted pages read again only around their
        boxes and wherever their pixels changed (redactor/formats/pdf_readback.py)."""
        from redactor.formats.pdf_readback import read_back  # loads the OCR engine: only when there are scans

        boxes: dict[int, list[tuple[float, float, float, float]]] = {}
        for r in redactions:
            for pno, rect in self.rects_for(r.start, r.end):
                boxes.setdefault(pno, []).append(rect)
        return read_back(written, self.path, self.scans, boxes, notes=notes)

    def close(self) -> None:
        if self._rebuilt_doc is not None and not self._rebuilt_doc.is_closed:
            self._rebuilt_doc.close()
        self.doc.close()

    def layout(self) -> PdfLayout:
        """Where the text sits on the pages, for the review screen (``worker.layout``): the page
        sizes, and each visible line's character boxes with its band (text layer lines) or the
        rectangles ``rects_for`` gives each of its characters (OCR lines)."""
        pages = [(float(self.doc[pno].rect.width), float(self.doc[pno].rect.height))
                 for pno in range(self.doc.page_count)]
        lines: list[LineLayout] = []
        for seg in self.textmap.segments:
            if seg.page is None or not seg.visible:
                continue
            ref = seg.ref
            boxes: list[Box4 | None]
            band: tuple[float, float] | None = None
            if isinstance(ref, PdfLine):
                boxes = list(ref.boxes)
                pno = ref.page
                if ref.horizontal:
                    band = ref.band
            else:  # OCR lines and anything else that rects_for understands: one box per character
                boxes = []
                pno = seg.page - 1
                for i in range(seg.start, seg.end):
                    rects = self.rects_for(i, i + 1, carve=False)
                    boxes.append(rects[0][1] if rects else None)
                    if rects:
                        pno = rects[0][0]
            if len(boxes) != seg.end - seg.start:
                continue
            lines.append(LineLayout(pno, seg.start, boxes, band))
        return PdfLayout(pages, lines)


@dataclass(frozen=True, slots=True)
class LineLayout:
    """One visible line of the canonical text on its page (``PdfDocument.layout``)."""

    page: int  # counted from 0
    start: int  # offset of its first character in the canonical text
    boxes: list[Box4 | None]  # one per character, PDF points, origin top-left; None: no rectangle
    band: tuple[float, float] | None  # y0, y1 only this line occupies (horizontal text layer lines)


@dataclass(frozen=True, slots=True)
class PdfLayout:
    pages: list[tuple[float, float]]  # width, height in PDF points
    lines: list[LineLayout]


_EPS = 0.05


# What a name's last mark may take with it: one leader character, or a closing bracket or quote.
_LEADER_OR_CLOSE = rx.compile(r"[.\u2026_\u00b7)\]\u201d\"']")


def _ends_in_mark(text: str, offset: int) -> bool:
    """Whether the character before ``offset`` is a combining mark (a Thai upper or lower vowel, a tone)."""
    return offset > 0 and unicodedata.category(text[offset - 1]) == "Mn"


def seg_text_is_space(text: str, offset: int) -> bool:
    return offset < len(text) and text[offset].isspace()


def _box_label(basis: str) -> str:
    return f"ม.{basis}"


# A Thai-capable font for box labels: MuPDF's built-in Helvetica has no Thai
# glyphs (the label would print as "?.15(5)"). Debian's fonts-thai-tlwg.
_THAI_FONTS = (
    "/usr/share/fonts/truetype/tlwg/Garuda.ttf",
    "/usr/share/fonts/truetype/tlwg/Laksaman.ttf",
    "/usr/share/fonts/opentype/tlwg/Garuda.otf",
    "/usr/share/fonts/opentype/tlwg/Laksaman.otf",
)


def _draw_labels(doc: pymupdf.Document, labels: list[tuple[int, tuple[float, float, float, float], str]]) -> None:
    """White legal-basis labels on the black boxes, after the text is gone."""
    fontfile = next((f for f in _THAI_FONTS if Path(f).exists()), None)
    fitz = _fitz()
    pages_with_font: set[int] = set()
    for pno, (x0, y0, x1, y1), label in labels:
        page = doc[pno]
        text = label if fontfile else label.replace("ม.", "s.")
        fontname = "phoeilabel" if fontfile else "helv"
        if fontfile and pno not in pages_with_font:
            page.insert_font(fontname=fontname, fontfile=fontfile)
            pages_with_font.add(pno)
        size = min(7.0, max(3.0, (y1 - y0) * 0.6))
        font = fitz.Font(fontfile=fontfile) if fontfile else fitz.Font("helv")
        if font.text_length(text, fontsize=size) > (x1 - x0) - 1:
            continue  # a box too narrow for its label stays plain
        page.insert_text((x0 + 0.5, (y0 + y1) / 2 + size * 0.35), text, fontname=fontname,
                         fontsize=size, color=(1, 1, 1))


def _scrub(doc: pymupdf.Document, note: Callable[[str], None] = lambda _w: None, *,
           clean: bool = True) -> list[int]:
    """Remove everything that can carry text besides the page content (``note`` hears which step runs).

    ``clean``: also rewrite every page's content stream through MuPDF's sanitising filter.

    Each step is done object by object, and a step MuPDF cannot do on a
    damaged object (an xref entry pointing nowhere, a broken object stream, a
    syntax error: pdf.js and other producers write such files) falls back to
    a blunter step that reaches the same end: a page's /Annots goes whole, the
    catalog's entries are cut. An object MuPDF cannot read at all is replaced
    by null, so nothing of it can reach the copy. Returns those objects'
    numbers. Whatever still fails raises, and the caller rebuilds the file
    from its pages (``_rebuilt``).
    """
    for pno in range(doc.page_count):
        note(f"removing fields, annotations and links on page {pno + 1}")
        page = doc[pno]
        if _annot_count(doc, page.xref) <= MANY_ANNOTS:
            _try_each(page.widgets, page.delete_widget)
            _try_each(page.annots, page.delete_annot)
            _try_each(page.get_links, page.delete_link)
        # else: PyMuPDF lists a page's links and deletes each annotation by
        # walking the whole /Annots array every time, so one by one is quadratic
        # (16,000 links: minutes). They all go with the page's list below, the
        # catalog's /AcroForm goes further down, and saving with garbage
        # collection drops the objects nothing refers to any more.
        # Whatever could not be deleted one by one (an annotation bound to no
        # page, a popup listed twice) goes with the page's list of them.
        if doc.xref_get_key(page.xref, "Annots")[0] != "null":
            doc.xref_set_key(page.xref, "Annots", "null")
        # /AF: a page's associated files (PDF/A-3), named as the attachments are (see the catalog's below).
        for key in ("AA", "Thumb", "AF"):
            if doc.xref_get_key(page.xref, key)[0] != "null":
                doc.xref_set_key(page.xref, key, "null")
    if clean:
        _clean_contents(doc, note)
    note("removing attachments and bookmarks")
    # The catalog's /Names and /Outlines are cut below whether or not these work.
    _try_each(doc.embfile_names, doc.embfile_del)
    with contextlib.suppress(Exception):
        doc.set_toc([])
    note("removing metadata")
    try:
        doc.set_metadata({})
    except Exception:  # a damaged /Info dictionary: the trailer forgets it
        doc.xref_set_key(-1, "Info", "null")
    with contextlib.suppress(Exception):  # /Metadata objects are emptied one by one below
        doc.del_xml_metadata()
    note("scrubbing scripts and metadata object by object")
    unreadable = _scrub_objects(doc)
    note("removing the catalog's actions and names")
    # Entries whose objects are gone or scrubbed: /OpenAction -> JavaScript,
    # /Names -> EmbeddedFiles and JavaScript, /AA, form, outline.
    cat = doc.pdf_catalog()
    # /Perms (DocMDP, usage rights) and /DSS (validation data) belong to signatures the copy cannot keep.
    # /StructTreeRoot: a tagged PDF's structure elements repeat the page's words in /T, /E, /Alt and
    # /ActualText strings (a browser-printed CV carries every heading and line there), so a withheld
    # name stays readable in them; the copy goes untagged rather than rewriting each element.
    # /AF: a PDF/A-3 file's associated files. Their file specifications outlive the attachments
    # removed above and keep the attachment's name, which an e-document system makes of the person's
    # number ("<batch>_<student number>_sign.xml" on a transcript).
    for key in ("OpenAction", "AA", "Names", "AcroForm", "Outlines", "Perms", "DSS", "StructTreeRoot",
                "MarkInfo", "AF"):
        if doc.xref_get_key(cat, key)[0] != "null":
            doc.xref_set_key(cat, key, "null")
    if doc.xref_get_key(cat, "PageMode")[0] != "null":
        doc.xref_set_key(cat, "PageMode", "/UseNone")
    # Setting a key to null leaves "/Key null" in the written object.
    for xref in (cat, *(doc[p].xref for p in range(doc.page_count))):
        src = doc.xref_object(xref, compressed=False)
        cleaned = re.sub(r"\n\s*/[A-Za-z]+ null(?=\s)", "", src)
        if cleaned != src:
            doc.update_object(xref, cleaned)
    return unreadable


# Pages cleaned a batch at a time (``_clean_contents``).
CLEAN_BATCH = 250


def _clean_contents(doc: pymupdf.Document, note: Callable[[str], None]) -> None:
    """Rewrite every page's content stream through MuPDF's sanitising filter.

    The pages are loaded a batch at a time, then cleaned: rewriting a page's contents makes MuPDF
    forget its map from page numbers to pages, and loading the next page by its number rebuilds
    that map from the whole page tree. Page by page, each load cost time in proportion to the
    file's pages, so the step grew with the square of them (4,000 pages: 1.15 ms a page over the
    first thousand, 1.52 over the last; in batches 0.8 throughout; on benchmarks/scaling.py's document).
    """
    for first in range(0, doc.page_count, CLEAN_BATCH):
        batch = [doc[pno] for pno in range(first, min(first + CLEAN_BATCH, doc.page_count))]
        for pno, page in enumerate(batch, first):
            note(f"cleaning the contents of page {pno + 1}")
            with contextlib.suppress(Exception):  # a content stream MuPDF cannot rewrite stays as written
                page.clean_contents()
        del batch


_REF = rx.compile(r"(\d+) 0 R")
MAX_FIELDS = 20_000  # a form tree larger than this is not walked further (a hostile file)


def _signatures(doc: pymupdf.Document) -> int:
    """How many digital signatures the file carries: signed signature fields in the form's field tree
    (a signature need not be on any page), or at least one if the catalog holds signature
    permissions (/Perms) or validation data (/DSS)."""
    try:
        cat = doc.pdf_catalog()
        catalog_signed = any(doc.xref_get_key(cat, key)[0] != "null" for key in ("Perms", "DSS"))
        kind, fields = doc.xref_get_key(cat, "AcroForm/Fields")
        todo = [(int(x), None) for x in _REF.findall(fields)] if kind == "array" else []
        seen: set[int] = set()
        count = 0
        while todo and len(seen) < MAX_FIELDS:
            xref, inherited = todo.pop()
            if xref in seen:
                continue
            seen.add(xref)
            ft = doc.xref_get_key(xref, "FT")
            field_type = ft[1] if ft[0] != "null" else inherited
            if field_type == "/Sig" and doc.xref_get_key(xref, "V")[0] != "null":
                count += 1
            kids_kind, kids = doc.xref_get_key(xref, "Kids")
            if kids_kind == "array":
                todo += [(int(x), field_type) for x in _REF.findall(kids)]
        return max(count, int(catalog_signed))
    except Exception:  # a damaged form: whatever it held, _scrub removes the fields and /Perms
        return 0


# Above this many annotations on a page they are not deleted one by one (see _scrub).
MANY_ANNOTS = 500


def _annot_count(doc: pymupdf.Document, page_xref: int) -> int:
    """How many entries the page's /Annots array lists, read without loading them (0 when it has none)."""
    try:
        kind, value = doc.xref_get_key(page_xref, "Annots")
        if kind == "xref":
            value = doc.xref_object(int(value.split()[0]), compressed=True)
        elif kind != "array":
            return 0
    except Exception:  # a damaged entry: the page's list goes whole in any case
        return 0
    return value.count(" R")


def _try_each(items: Callable[[], Any], delete: Callable[[Any], Any]) -> None:
    """``delete`` each of ``items()``, going on past the ones MuPDF refuses (their owner removes them)."""
    try:
        found = list(items() or [])
    except Exception:
        return
    for item in found:
        with contextlib.suppress(Exception):
            delete(item)


def _scrub_objects(doc: pymupdf.Document) -> list[int]:
    """Empty JavaScript actions and XMP streams, cut /Metadata links; null what cannot be read.

    What PyMuPDF's ``Document.scrub`` does for scripts and XML metadata, but
    one object at a time: ``scrub`` stops at the first object it cannot load.
    Reading a damaged object can make MuPDF repair the cross-reference table,
    which may change its length: the loop reads it again each time round.
    """
    unreadable: list[int] = []
    xref = 1
    length = pdf_repair.xref_length(doc)
    while xref < length():
        try:
            _scrub_object(doc, xref)
        except Exception:  # missing, in a broken object stream, or not PDF syntax
            doc.update_object(xref, "null")  # raises if even that fails: the caller rebuilds the file
            unreadable.append(xref)
        xref += 1
    return unreadable


def _scrub_object(doc: pymupdf.Document, xref: int) -> None:
    obj = doc.xref_object(xref, compressed=True)
    if not obj:
        return  # a free entry
    # An object's printed source names every key and name it holds: one that lacks "JavaScript"
    # is no JavaScript action, one that lacks "Metadata" neither is nor points to metadata, so
    # only those are asked for their keys (PyMuPDF's scrub asks every object for three).
    if "JavaScript" in obj and doc.xref_get_key(xref, "S")[1] == "/JavaScript":
        doc.update_object(xref, "<</S/JavaScript/JS()>>")
        return
    if "Metadata" not in obj:
        return
    if doc.xref_get_key(xref, "Type")[1] == "/Metadata":
        doc.update_object(xref, "<<>>")
        doc.update_stream(xref, b"deleted", new=True)
        return
    if doc.xref_get_key(xref, "Metadata")[0] != "null":
        doc.xref_set_key(xref, "Metadata", "null")


def _rebuilt(doc: pymupdf.Document) -> pymupdf.Document:
    """A new document holding only ``doc``'s pages as drawn (no annotations, links, fields or catalog entries).

    The fallback when scrubbing the document in place fails: only the pages'
    contents and resources are copied, so whatever the damaged catalog or
    object table held stays behind.
    """
    fitz = _fitz()
    new = fitz.open()
    try:
        new.insert_pdf(doc, links=False, annots=False, widgets=False, show_progress=0, final=1)
    except Exception:
        new.close()
        raise
    return new


RASTER_DPI = 300


def _painted_pixmap(page: pymupdf.Page, boxes: list[tuple[float, float, float, float]]) -> pymupdf.Pixmap:
    """The page as displayed at RASTER_DPI (annotations left out), the boxes painted black."""
    fitz = _fitz()
    zoom = RASTER_DPI / 72
    pix = page.get_pixmap(matrix=fitz.Matrix(zoom, zoom), colorspace=fitz.csRGB, alpha=False, annots=False)
    # Boxes are in unrotated page space; the pixmap shows the page as displayed.
    to_pix = page.rotation_matrix * fitz.Matrix(zoom, zoom)
    for rect in boxes:
        ir = (fitz.Rect(rect) * to_pix).irect
        # One pixel of margin: antialiased glyph edges must not stay.
        ir = fitz.IRect(ir.x0 - 1, ir.y0 - 1, ir.x1 + 1, ir.y1 + 1) & pix.irect
        if not ir.is_empty:
            pix.set_rect(ir, (0, 0, 0))
    return pix


def _page_width(page: pymupdf.Page) -> float:
    """The page's width as displayed. On a rotated page the text may be read in another frame; a
    width that is too large only makes soft wraps rarer (``pdf_lines.wrap_separators``)."""
    return float(page.rect.width)


def _drawn_invisibly(chars: list[dict[str, Any]], hidden: InvisibleText) -> bool:
    """Whether a line is text drawn in render mode 3, judged by its base characters.

    Text extraction and the text trace place combining marks at different
    origins, so marks follow their line; a line mixing modes goes by the majority.
    """
    if not hidden:
        return False
    bases = [ch for ch in chars if not ch["c"].isspace() and not unicodedata.combining(ch["c"])
             and unicodedata.category(ch["c"]) != "Mn"]
    return bool(bases) and 2 * sum(tuple(ch["origin"]) in hidden for ch in bases) >= len(bases)


def _split_by_annots(chars: list[dict[str, Any]], rects: list[Any]) -> list[tuple[bool, list[dict[str, Any]]]]:
    if not rects:
        return [(False, chars)]
    groups: list[tuple[bool, list[dict[str, Any]]]] = []
    for ch in chars:
        x0, y0, x1, y1 = ch["bbox"]
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        inside = any(r.x0 <= cx <= r.x1 and r.y0 <= cy <= r.y1 for r in rects)
        if groups and groups[-1][0] == inside:
            groups[-1][1].append(ch)
        else:
            groups.append((inside, [ch]))
    return groups


def _bake_widgets(doc: pymupdf.Document) -> None:
    """Flatten every form field into its page as a reader (and text extraction) sees it.

    Where the form asks viewers to draw the fields themselves (the AcroForm's
    /NeedAppearances is true) or a widget has no appearance stream, MuPDF
    draws the field with an appearance it makes when the page is loaded, and
    text extraction reads that. The made appearance lives only while the page
    is loaded, so ``bake`` alone would flatten the stale (often empty) stream
    and the kept value would vanish from the copy. Those widgets get their
    appearance written into the document first.
    """
    try:
        told = doc.xref_get_key(doc.pdf_catalog(), "AcroForm/NeedAppearances")[1] == "true"
    except Exception:  # a damaged catalog: decide widget by widget
        told = False
    found = False
    for pno in range(doc.page_count):
        if not pdf_repair.has_annots(doc, pno):
            continue
        page = doc[pno]
        for w in page.widgets() or []:
            found = True
            try:
                stale = told or doc.xref_get_key(w.xref, "AP/N")[0] == "null"
                if stale:
                    w.update()
            except Exception:  # a widget MuPDF cannot redraw keeps the appearance it has
                log.debug("%s: widget %s keeps its appearance stream", doc.name, w.xref)
        del page
    if found:
        doc.bake(annots=False, widgets=True)


def open_document(path: Path, progress: Progress | None = None) -> PdfDocument:
    """The PDF opened and its text extracted; ``progress`` hears of the OCR of its scanned pages."""
    return PdfDocument(path, progress)


def page_count(path: Path) -> int:
    """The number of pages (``open_pdf``'s checks and errors)."""
    doc = open_pdf(path)
    try:
        return int(doc.page_count)
    finally:
        doc.close()


def render_pages(path: Path, zoom: float, skip: Callable[[int], bool] = lambda _pno: False
                 ) -> Iterator[tuple[int, bytes | None]]:
    """Each page in order (counted from 0) as a PNG image at ``zoom`` pixels per PDF point, without
    extracting anything (page images for the review screen); ``None`` for a page ``skip`` says
    need not be drawn."""
    fitz = _fitz()
    doc = open_pdf(path)
    try:
        for pno in range(doc.page_count):
            if skip(pno):
                yield pno, None
                continue
            yield pno, doc[pno].get_pixmap(matrix=fitz.Matrix(zoom, zoom), alpha=False).tobytes("png")
    finally:
        doc.close()


def _xmp(doc: pymupdf.Document) -> str:
    """The XMP packet, or "" when /Metadata is not a stream: no reader gets XMP from it, and its
    strings are still read object by object (``recover``)."""
    try:
        return str(doc.get_xml_metadata())
    except Exception:  # MuPDF: "object is not a stream"
        return ""


def visual_text(path: Path, pages: Iterable[int]) -> dict[int, str]:
    """The text of some pages (1-based) of a written PDF read as extraction reads them: MuPDF's
    lines with the pieces of one visual line merged in left-to-right order (``pdf_lines.visual_lines``),
    one line each.

    ``recover`` reads a page in the order its content draws it, which is what a copy-paste gets;
    extraction merges the pieces of one visual line by position. Where a page draws a line's right
    piece before its left one, the kept line is in the written file, but not in that order:
    verification looks here before it calls such a line lost.
    """
    fitz = _fitz()
    doc = open_pdf(path)
    flags = fitz.TEXT_PRESERVE_WHITESPACE | fitz.TEXT_PRESERVE_LIGATURES
    out: dict[int, str] = {}
    try:
        for pno in sorted(set(pages)):
            if not 1 <= pno <= doc.page_count:
                continue
            raw, _cut = textlayer.read_page(doc[pno - 1], flags)
            out[pno] = "\n".join(map(pdf_lines.line_text, pdf_lines.visual_lines(raw["blocks"])))
    finally:
        doc.close()
    return out


def recover(path: Path) -> list[Recovered]:
    """Everything recoverable from a written PDF, for verification."""
    fitz = _fitz()
    doc = open_pdf(path)
    out: list[Recovered] = []
    try:
        flags = fitz.TEXT_PRESERVE_WHITESPACE | fitz.TEXT_PRESERVE_LIGATURES
        for pno in range(doc.page_count):
            page = doc[pno]
            # Without TEXT_MEDIABOX_CLIP: text off the page or under boxes is
            # still recoverable, so it counts. Line order does not matter:
            # verification compares line fragments, never across lines.
            out.append(Recovered(f"page {pno + 1}", page.get_text("text", flags=flags), True))
            for annot in page.annots() or []:
                out.append(Recovered(f"annotation p{pno + 1}", " ".join(str(v) for v in annot.info.values()), False))
            for w in page.widgets() or []:
                out.append(Recovered(f"form field p{pno + 1}", f"{w.field_name} {w.field_value}", False))
            for link in page.get_links():
                out.append(Recovered(f"link p{pno + 1}", str(link.get("uri") or ""), False))
        out.append(Recovered("metadata", " ".join(str(v) for v in (doc.metadata or {}).values()), False))
        out.append(Recovered("metadata:xmp", _xmp(doc), False))
        out.append(Recovered("bookmarks", " ".join(str(e[1]) for e in doc.get_toc()), False))
        for name in doc.embfile_names():
            out.append(Recovered("attachment", name, False))
        # Raw strings in every object: catches orphaned or hidden objects.
        for xref in range(1, doc.xref_length()):
            try:
                obj = doc.xref_object(xref, compressed=False)
            except Exception:
                continue
            out.append(Recovered(f"object {xref}", _pdf_strings(obj), False))
    finally:
        doc.close()
    return out


def recover_scans(path: Path) -> list[ScanText]:
    """OCR of the written file's pages that show scans, for verification."""
    from redactor.formats.pdf_scan import recover_scans as ocr_written

    doc = open_pdf(path)
    try:
        return ocr_written(doc)
    finally:
        doc.close()


def _pdf_strings(obj: str) -> str:
    """Decode literal and hex strings found in a PDF object's source."""
    import re

    parts = []
    for m in re.finditer(r"<(FEFF[0-9A-Fa-f]*)>", obj):
        try:
            parts.append(bytes.fromhex(m.group(1)).decode("utf-16-be", "ignore"))
        except ValueError:
            pass
    for m in re.finditer(r"\(((?:\\.|[^\\)])*)\)", obj):
        parts.append(m.group(1))
    return " ".join(parts)
