"""PDF: extraction from PyMuPDF ``rawdict`` characters, true redaction, recovery.

Geometry comes from each character's own box, never from ``search_for``
(its dehyphenation shifts hits on Thai lines with marks). Thai fonts' glyph
boxes are taller than the line pitch, so every redaction rectangle is clipped
to its own line's band; otherwise ``apply_redactions`` wipes parts of the
lines above and below.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from redactor.errors import EncryptedDocument, ExtractionError
from redactor.formats.base import Recovered, TextBuilder
from redactor.ocr.pdf import (
    MIN_READABLE_CHARS,
    InvisibleText,
    ScanLine,
    ScanRegion,
    ScanText,
    add_text_layer,
    ocr_regions,
    rerasterise,
    scan_regions,
)
from redactor.ocr.tesseract import unavailable_reason as ocr_unavailable_reason
from redactor.types import Redaction, TextMap

if TYPE_CHECKING:  # pragma: no cover
    import pymupdf

    from redactor.ocr.engine import OcrResult



def sniff(head: bytes) -> bool:
    # The header may follow up to 1 KiB of junk (the PDF spec tolerates it).
    return b"%PDF-" in head[:1024]


@dataclass(frozen=True, slots=True)
class PdfLine:
    """Locator of one extracted line: page index, char boxes and the line band."""

    page: int
    boxes: tuple[tuple[float, float, float, float], ...]
    band: tuple[float, float]  # y0, y1 of the line's own band
    horizontal: bool


@dataclass(frozen=True, slots=True)
class PdfMeta:
    key: str


@dataclass(frozen=True, slots=True)
class PdfAnnot:
    page: int
    xref: int
    field: str


def _fitz() -> Any:
    import pymupdf

    pymupdf.TOOLS.mupdf_display_errors(False)
    pymupdf.TOOLS.mupdf_display_warnings(False)
    return pymupdf


def _open(path: Path) -> pymupdf.Document:
    fitz = _fitz()
    try:
        doc = fitz.open(str(path), filetype="pdf")
    except Exception as exc:  # PyMuPDF raises several unrelated types here
        raise ExtractionError(f"{path.name} is not a readable PDF: {exc}") from exc
    if doc.needs_pass:
        doc.close()
        raise EncryptedDocument(f"{path.name} is password-protected; remove the password first")
    if doc.page_count == 0:
        doc.close()
        raise ExtractionError(f"{path.name} has no pages")
    if doc.is_repaired:
        # MuPDF rebuilt a broken cross-reference table (a truncated or damaged
        # file): what it recovered may be blank pages that verify trivially.
        doc.close()
        raise ExtractionError(f"{path.name} is damaged (truncated or broken cross-references); "
                              "save it again from the source application")
    return doc


def _line_bands(lines: list[dict[str, Any]]) -> list[tuple[float, float]]:
    """A band per line that touches no glyph box of a neighbouring line.

    MuPDF removes every character whose box overlaps a redaction rectangle. A
    Thai font's glyph box spans ascender to descender (about 1.65 em) while the
    line pitch is often 1.2-1.5 em, so the boxes of adjacent lines overlap each
    other; the band is what is left between the lines above and below.
    """
    info = []
    for ln in lines:
        spans = ln["spans"]
        size = max((s["size"] for s in spans), default=10.0)
        base = spans[0]["origin"][1] if spans else ln["bbox"][3]
        info.append((ln["bbox"], base, size))
    bands = []
    for i, ((x0, y0, x1, y1), base, size) in enumerate(info):
        top, bot = y0, y1
        for j, ((ox0, oy0, ox1, oy1), obase, _os) in enumerate(info):
            if i == j or ox1 <= x0 or ox0 >= x1 or abs(obase - base) < 0.3 * size:
                continue
            if obase < base:
                top = max(top, oy1 + 0.05)
            else:
                bot = min(bot, oy0 - 0.05)
        if bot - top < 0.15 * size:
            # Lines packed tighter than their glyph boxes: a thin band through
            # the middle of the x-height, the part only this line occupies.
            mid = base - 0.35 * size
            top, bot = mid - 0.07 * size, mid + 0.07 * size
        bands.append((top, bot))
    return bands


class PdfDocument:
    kind = "pdf"

    def __init__(self, path: Path) -> None:
        self.path = path
        self.doc = _open(path)
        self.needs_review: list[str] = []
        # Scanned pages and image regions, and what OCR read from them.
        self.scans: list[tuple[ScanRegion, OcrResult]] = []
        # Pages drawn as vector outlines: their redactions also remove the paths.
        self.outline_pages: set[int] = set()
        self.textmap = self._extract()

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
            pages: list[list[tuple[str, str, bool, PdfLine] | None]] = []
            regions: list[ScanRegion] = []
            for pno in range(self.doc.page_count):
                page = self.doc[pno]
                raw = page.get_text("rawdict", flags=flags, sort=True)
                lines = [ln for b in raw["blocks"] if b.get("type", 0) == 0 for ln in b["lines"]]
                bands = _line_bands(lines)
                annot_rects = [a.rect for a in page.annots() or []]
                # Invisible text (render mode 3) over a scan is some other
                # program's OCR, often poor for Thai: it is kept as text a
                # reader cannot see, and the scan is read again as well.
                hidden = InvisibleText(page if page.get_images() else None)
                items: list[tuple[str, str, bool, PdfLine] | None] = []
                centres: list[tuple[float, float]] = []
                has_text = False
                for ln, band in zip(lines, bands, strict=True):
                    chars = [ch for sp in ln["spans"] for ch in sp["chars"]]
                    if not chars:
                        continue
                    has_text = True
                    invisible = _drawn_invisibly(chars, hidden)
                    if not invisible:
                        centres.extend(((ch["bbox"][0] + ch["bbox"][2]) / 2, (ch["bbox"][1] + ch["bbox"][3]) / 2)
                                       for ch in chars if not ch["c"].isspace())
                    horizontal = abs(ln["dir"][1]) < 1e-3 and ln["dir"][0] > 0
                    # Text drawn by annotations (FreeText, stamps) shows up in
                    # the page's text but goes away with the annotations:
                    # split such characters into segments of their own.
                    for in_annot, group in _split_by_annots(chars, annot_rects):
                        text = "".join(ch["c"] for ch in group)
                        boxes = tuple(tuple(ch["bbox"]) for ch in group)
                        ref = PdfLine(pno, boxes, band, horizontal)  # type: ignore[arg-type]
                        where = f"annotation p{pno + 1}" if in_annot else \
                            f"page {pno + 1} (invisible text)" if invisible else f"page {pno + 1}"
                        items.append((text, where, not in_annot and not invisible, ref))
                    items.append(None)
                pages.append(items)
                found = scan_regions(page, pno, centres, has_text)
                if found and any(r.outlines for r in found):
                    self.outline_pages.add(pno)
                regions.extend(found)
            ocr = self._ocr(regions)
            # Pass 2: the canonical text, page by page.
            for pno in range(self.doc.page_count):
                page = self.doc[pno]
                for item in pages[pno]:
                    if item is None:
                        tb.sep("\n")
                    else:
                        tb.add(*item, page=pno + 1)
                for _region, result in ocr.get(pno, []):
                    for line in result.lines:
                        tb.add(line.text, f"page {pno + 1} (OCR)", True, ScanLine(pno, line, result.to_page), pno + 1)
                        tb.sep("\n")
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
            xmp = self.doc.get_xml_metadata()
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
                what = ("is a scanned image without a text layer" if r.full_page
                        else "shows text drawn as outlines" if r.outlines
                        else "is a scanned image its text layer does not cover" if r.clip is None
                        else "has a scanned image region without a text layer")
                self.needs_review.append(f"page {r.page + 1} {what}: OCR is not available here ({reason}), "
                                         "so a person must review it")
            return {}
        from redactor.ocr.engine import OcrPool

        out: dict[int, list[tuple[ScanRegion, OcrResult]]] = {}
        with OcrPool() as pool:
            done = ocr_regions(self.doc, regions, pool)
        for region, result in done:
            if isinstance(result, Exception):
                self.needs_review.append(f"page {region.page + 1}: OCR of the scanned image failed ({result}), "
                                         "so a person must review it")
                continue
            if region.full_page and result.chars < MIN_READABLE_CHARS:
                self.needs_review.append(f"page {region.page + 1} is a scanned image but OCR read almost no text "
                                         "from it (blank, a photo, handwriting?), so a person must review it")
            out.setdefault(region.page, []).append((region, result))
            self.scans.append((region, result))
        return out

    # -- apply -------------------------------------------------------------

    def rects_for(self, start: int, end: int) -> list[tuple[int, tuple[float, float, float, float]]]:
        """Page-space rectangles covering the original characters [start, end)."""
        out = []
        for seg in self.textmap.segments_in(start, end):
            ref = seg.ref
            a = max(start, seg.start) - seg.start
            b = min(end, seg.end) - seg.start
            if isinstance(ref, ScanLine):
                out.append((ref.page, ref.rect(a, b)))
                continue
            if not isinstance(ref, PdfLine):
                continue
            boxes = ref.boxes[a:b]
            # MuPDF removes every glyph whose box touches the rectangle, and a
            # combining mark's box has zero width at its base letter's right
            # edge: start just inside our first letter so the previous
            # letter's marks stay, and stop short of a letter that abuts ours.
            x0 = boxes[0][0] + _EPS
            x1 = max(bx[2] for bx in boxes)
            if b < len(ref.boxes):
                nxt = ref.boxes[b]
                if nxt[0] <= x1 + _EPS:
                    if not seg_text_is_space(self.textmap.text, seg.start + b):
                        x1 -= _EPS
                elif nxt[0] <= x1 + 0.6 * (ref.band[1] - ref.band[0]):
                    # LibreOffice draws the า of ำ as a glyph of its own that
                    # belongs to no character: reach to the next letter's edge.
                    x1 = nxt[0] - _EPS
            if ref.horizontal:
                y0, y1 = ref.band
            else:
                y0 = min(bx[1] for bx in boxes)
                y1 = max(bx[3] for bx in boxes)
                x0 = min(x0, *(bx[0] for bx in boxes))
            if x1 <= x0:
                x1 = x0 + _EPS
            out.append((ref.page, (x0, y0, x1, y1)))
        return out

    def apply(self, redactions: list[Redaction], out_path: Path, *, label_boxes: bool = False) -> None:
        fitz = _fitz()
        doc = self.doc
        touched: set[int] = set()
        labels: list[tuple[int, tuple[float, float, float, float], str]] = []
        for r in redactions:
            for pno, rect in self.rects_for(r.start, r.end):
                doc[pno].add_redact_annot(fitz.Rect(rect), fill=(0, 0, 0), cross_out=False)
                touched.add(pno)
                if label_boxes:
                    labels.append((pno, rect, _box_label(r.basis)))
        for pno in sorted(touched):
            doc[pno].apply_redactions(
                images=fitz.PDF_REDACT_IMAGE_PIXELS,
                # Text drawn as outlines is paths: those under a box go too.
                graphics=fitz.PDF_REDACT_LINE_ART_REMOVE_IF_TOUCHED if pno in self.outline_pages
                else fitz.PDF_REDACT_LINE_ART_NONE,
                text=fitz.PDF_REDACT_TEXT_REMOVE,
            )
        if labels:
            _draw_labels(doc, labels)
        if self.scans:
            self._finish_scans(touched)
        _scrub(doc)
        tmp = out_path.with_name(out_path.name + ".part")
        try:
            doc.save(
                str(tmp),
                garbage=4,
                deflate=True,
                clean=True,
                incremental=False,
                encryption=fitz.PDF_ENCRYPT_NONE,
            )
            with tmp.open("rb") as fh:
                os.fsync(fh.fileno())
            os.replace(tmp, out_path)
        finally:
            if tmp.exists():
                tmp.unlink()

    def _finish_scans(self, touched: set[int]) -> None:
        """Re-rasterise redacted scans, then give every OCRed part a text layer read from the redacted pixels."""
        from redactor.ocr.engine import OcrPool

        def prepare(region: ScanRegion) -> None:
            if region.full_page and region.page in touched:
                rerasterise(self.doc[region.page])

        with OcrPool() as pool:
            done = ocr_regions(self.doc, [region for region, _ in self.scans], pool, before=prepare,
                               check_digits=False)
        for region, result in done:
            # Without OCR of the redacted page there is no text layer to add;
            # the page itself is redacted, and verification reads it again.
            if not isinstance(result, Exception):
                add_text_layer(self.doc[region.page], result)

    def close(self) -> None:
        self.doc.close()


_EPS = 0.05


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


def _scrub(doc: pymupdf.Document) -> None:
    """Remove everything that can carry text besides the page content."""
    for pno in range(doc.page_count):
        page = doc[pno]
        for w in list(page.widgets() or []):
            page.delete_widget(w)
        for annot in list(page.annots() or []):
            page.delete_annot(annot)
        for link in page.get_links():
            page.delete_link(link)
    for name in doc.embfile_names():
        doc.embfile_del(name)
    doc.set_toc([])
    doc.scrub(
        attached_files=True,
        clean_pages=True,
        embedded_files=True,
        hidden_text=False,
        javascript=True,
        metadata=True,
        redactions=False,
        remove_links=True,
        reset_fields=True,
        reset_responses=True,
        thumbnails=True,
        xml_metadata=True,
    )
    doc.set_metadata({})
    doc.del_xml_metadata()
    # scrub() empties scripts and attachments but leaves their entries in the
    # catalog (/OpenAction -> JavaScript, /Names -> EmbeddedFiles, /AA).
    cat = doc.pdf_catalog()
    for key in ("OpenAction", "AA", "Names", "AcroForm", "Outlines"):
        if doc.xref_get_key(cat, key)[0] != "null":
            doc.xref_set_key(cat, key, "null")
    if doc.xref_get_key(cat, "PageMode")[0] != "null":
        doc.xref_set_key(cat, "PageMode", "/UseNone")
    for pno in range(doc.page_count):
        xref = doc[pno].xref
        if doc.xref_get_key(xref, "AA")[0] != "null":
            doc.xref_set_key(xref, "AA", "null")
    # Setting a key to null leaves "/Key null" in the written object.
    for xref in (cat, *(doc[p].xref for p in range(doc.page_count))):
        src = doc.xref_object(xref, compressed=False)
        cleaned = re.sub(r"\n\s*/[A-Za-z]+ null(?=\s)", "", src)
        if cleaned != src:
            doc.update_object(xref, cleaned)


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


def open_document(path: Path) -> PdfDocument:
    return PdfDocument(path)


def recover(path: Path) -> list[Recovered]:
    """Everything recoverable from a written PDF, for verification."""
    fitz = _fitz()
    doc = _open(path)
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
        out.append(Recovered("metadata:xmp", doc.get_xml_metadata(), False))
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
    from redactor.ocr.pdf import recover_scans as ocr_written

    return ocr_written(path)


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
