"""The OCR of a scan reports its pages as it reads them (``redactor.formats.base.Progress``), so the
job page can say "(หน้า n/N)" while a long scan is read; pages with a text layer are not counted."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from redactor.ocr.tesseract import unavailable_reason
from redactor.pipeline import analyse
from tests.fixtures import make_scan as ms

needs_tesseract = pytest.mark.skipif(unavailable_reason() is not None,
                                     reason=f"Tesseract not available: {unavailable_reason()}")


def _text_page_then_scans(tmp: Path, scans: int) -> Path:
    """A typed cover page (a text layer, nothing to OCR), then ``scans`` scanned pages (pixels of their own:
    OCR results are cached by the pixels, and a scan read before would report its pages all at once)."""
    scan = ms.build_scan(tmp / "scan.pdf", [ms.small_letter_lines()] * scans, size=15.0, page=ms.SMALL_PAGE,
                         specks=120, seed=3100)
    out = pymupdf.open()
    cover = out.new_page(width=ms.SMALL_PAGE[0], height=ms.SMALL_PAGE[1])
    cover.insert_text((40, 60), "Cover sheet: scanned letters follow", fontsize=11)
    with pymupdf.open(scan) as src:
        out.insert_pdf(src)
    path = tmp / "cover-and-scans.pdf"
    out.save(path)
    out.close()
    return path


@needs_tesseract
def test_each_scanned_page_is_reported_once_read(tmp_path: Path) -> None:
    heard: list[tuple[str, int, int]] = []
    analysis = analyse(_text_page_then_scans(tmp_path, 3), progress=lambda *a: heard.append(a))
    try:
        assert heard == [("ocr", 0, 3), ("ocr", 1, 3), ("ocr", 2, 3), ("ocr", 3, 3)]
        assert "Cover sheet" in analysis.doc.textmap.text
        assert sorted(region.page for region, _result in analysis.doc.scans) == [1, 2, 3]  # 0-based: not the cover
    finally:
        analysis.doc.close()


def test_a_document_without_scans_reports_nothing(tmp_path: Path) -> None:
    path = tmp_path / "typed.pdf"
    with pymupdf.open() as doc:
        doc.new_page().insert_text((72, 72), "Typed text only", fontsize=11)
        doc.save(path)
    heard: list[tuple[str, int, int]] = []
    analysis = analyse(path, progress=lambda *a: heard.append(a))
    analysis.doc.close()
    assert heard == []
