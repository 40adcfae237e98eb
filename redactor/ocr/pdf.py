"""Where OCR text sits in a PDF: the scanned regions of a page and the locators of OCR lines.

Plain data, no PyMuPDF: finding the regions, rendering them, the text layer and the read-back are
``redactor.formats.pdf_scan`` (PyMuPDF only behind ``redactor/formats/``). Detectors, policy,
review and verification know an OCR line by its ``ScanLine``.
"""

from __future__ import annotations

from dataclasses import dataclass

from redactor.ocr import geometry as geo
from redactor.ocr.geometry import Box
from redactor.ocr.layout import OcrLine


@dataclass(frozen=True, slots=True)
class ScanRegion:
    page: int
    clip: Box | None  # page coordinates (unrotated); None = the whole page
    full_page: bool  # the page has no text layer at all
    outlines: bool = False  # the page draws its text as vector outlines


@dataclass(frozen=True, slots=True)
class ScanLine:
    """Locator of one OCR line: its page, the recognised line and the map to page coordinates."""

    page: int
    line: OcrLine
    to_page: geo.Affine

    def rect(self, start: int, end: int) -> Box:
        return geo.map_rect(self.to_page, self.line.span_box(start, end))

    def glyph(self, i: int) -> Box:
        """The box OCR gave the line's character ``i`` (its glyph), in page coordinates."""
        return geo.map_rect(self.to_page, self.line.boxes[i])

    def box(self, start: int, end: int) -> Box:
        """The redaction box of [start, end) in page coordinates (``OcrLine.redaction_box``)."""
        return geo.map_rect(self.to_page, self.line.redaction_box(start, end))


@dataclass(frozen=True, slots=True)
class ScanText:
    page: int  # 1-based, like Segment.page
    text: str
    # The page's pixels were shown to be the source's outside its boxes (redactor/ocr/readback.py).
    unchanged_outside_boxes: bool = False
