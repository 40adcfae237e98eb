"""Reading back an image region of a page that also has a text layer (redactor/formats/pdf_readback.py).

A scan pasted into a typed page (an appendix, a copy of an ID card in a letter) is read by OCR as an
image region of its own (``ScanRegion.clip``). After redaction, that region is read again only around
its boxes, as a whole scanned page is: its pixels outside the boxes are shown to be the source's, so a
kept line no box touches is there as it was, however OCR reads it a second time. The letter is
tests/fixtures/make_scan.py's invented one.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from redactor.formats.pdf_readback import same_region
from redactor.ocr.pdf import ScanText
from redactor.ocr.tesseract import unavailable_reason
from tests.fixtures import make_scan as ms

needs_tesseract = pytest.mark.skipif(unavailable_reason() is not None,
                                     reason=f"OCR not available: {unavailable_reason()}")

SOURCE = (60.0, 120.0, 480.0, 420.0)


@pytest.mark.parametrize(("clip", "found"), [
    (SOURCE, True),
    ((60.2, 119.7, 480.4, 420.0), True),       # the written image drawn where the source's was
    ((60.0, 120.0, 480.0, 421.0), False),      # a corner a point away: another region
    ((0.0, 0.0, 600.0, 500.0), False),         # the whole page
    ((300.0, 120.0, 480.0, 420.0), False),     # a part of it
])
def test_same_region_matches_the_source_region_by_its_corners(clip, found: bool) -> None:  # type: ignore[no-untyped-def]
    reading = object()
    got_clip, got = same_region(clip, [((1.0, 1.0, 50.0, 50.0), None), (SOURCE, reading)])  # type: ignore[list-item]
    assert (got is reading) == found
    assert got_clip == (SOURCE if found else None)


def _scan_in_typed_page(tmp: Path) -> Path:
    scan = ms.build_small_scan(tmp / "scan.pdf")
    src = pymupdf.open(str(scan.path))
    xref = src[0].get_images()[0][0]
    jpeg = src.extract_image(xref)["image"]
    src.close()
    doc = pymupdf.open()
    page = doc.new_page(width=600, height=500)
    page.insert_text((60, 60), "Appendix 3: copy of the daily record", fontsize=14)
    page.insert_image(pymupdf.Rect(*SOURCE), stream=jpeg)
    page.insert_text((60, 460), "Filed with the case papers", fontsize=12)
    path = tmp / "typed_with_scan.pdf"
    doc.save(str(path))
    doc.close()
    return path


@needs_tesseract
def test_a_scan_in_a_typed_page_is_read_again_only_around_its_boxes(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from redactor.formats import pdf_readback
    from redactor.pipeline import redact

    src = _scan_in_typed_page(tmp_path)
    got: list[list[ScanText]] = []
    real = pdf_readback.read_back

    def kept(*a, **kw):  # type: ignore[no-untyped-def]
        got.append(real(*a, **kw))
        return got[-1]

    monkeypatch.setattr(pdf_readback, "read_back", kept)
    result = redact(src, tmp_path / "out.pdf")
    assert result.redactions, "the letter's ID, phone and name are withheld"
    assert result.verification.passed, result.verification
    assert any("read again by OCR around their boxes" in n for n in result.verification.notes)
    assert got and all(s.unchanged_outside_boxes for s in got[-1]), got


@pytest.mark.parametrize(("scans", "texts", "proven"), [
    ([], {}, set()),
    ([ScanText(1, "a", True)], {1: "a"}, {1}),
    ([ScanText(1, "a", False)], {1: "a"}, set()),
    # Two image regions of one page: both texts, proven only when both are.
    ([ScanText(2, "a", True), ScanText(2, "b", True)], {2: "a\nb"}, {2}),
    ([ScanText(2, "a", True), ScanText(2, "b", False)], {2: "a\nb"}, set()),
    ([ScanText(1, "a", True), ScanText(3, "c", False)], {1: "a", 3: "c"}, {1}),
])
def test_scans_by_page_joins_a_pages_regions(scans: list[ScanText], texts: dict[int, str],
                                             proven: set[int]) -> None:
    from redactor.ocr.verify import scans_by_page

    assert scans_by_page(scans) == (texts, proven)


# --- a written scan without boxes (redactor/formats/pdf_readback.py) ------------------------------------


def _rewritten(src: Path, out: Path, quality: int, bar: bool) -> Path:
    """The scan written again as a JPEG of another quality (as an untrusted page is written as an image),
    optionally with a black bar drawn away from any box (a change)."""
    from redactor.formats.pdf_scan import raster_pixmap, replace_by_image

    doc = pymupdf.open(str(src))
    page = doc[0]
    if bar:
        page.draw_rect(pymupdf.Rect(300, 262, 360, 270), color=(0, 0, 0), fill=(0, 0, 0))
    pix, _colour, rect = raster_pixmap(page)
    replace_by_image(page, pix.tobytes("jpg", jpg_quality=quality), rect)
    doc.save(str(out))
    doc.close()
    return out


@needs_tesseract
@pytest.mark.parametrize(("quality", "bar", "runs", "proven"), [
    (95, False, 0, True),   # the same pixels, compressed again: extraction's reading stands
    (70, False, 0, True),
    (95, True, 1, True),    # a change away from the boxes: its band is read again
])
def test_a_scan_without_boxes_is_compared_not_read_again(quality: int, bar: bool, runs: int, proven: bool,
                                                         tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from redactor.formats.pdf_readback import read_back
    from redactor.formats.pdf_scan import render
    from redactor.ocr import engine, tesseract
    from redactor.ocr.pdf import ScanRegion

    scan = ms.build_small_scan(tmp_path / "scan.pdf")
    doc = pymupdf.open(str(scan.path))
    reading = engine.recognise(render(doc[0]))
    doc.close()
    written = _rewritten(scan.path, tmp_path / "written.pdf", quality, bar)
    with engine._cache_lock:
        engine._cache.clear()
    calls: list[int] = []
    real = tesseract.recognise

    def counted(image: bytes, **kw: object) -> tesseract.RawOcr:
        calls.append(len(image))
        return real(image, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(tesseract, "recognise", counted)
    notes: list[str] = []
    got = read_back(written, scan.path, [(ScanRegion(0, None, True), reading)], {}, notes=notes)
    assert len(calls) == runs, calls
    assert [s.unchanged_outside_boxes for s in got] == [proven]
    assert "ขอให้ตรวจสอบเรื่องนี้โดยเร็ว" in got[0].text or reading.text in got[0].text
    assert any("without boxes compared with the pixels" in n for n in notes), notes


@pytest.mark.parametrize(("images", "vector", "dpi"), [
    ([], False, 300),                # no image at all: DPI
    ([(80, 15)], False, 150),        # a small logo: the floor for a page of small images
    ([(80, 15)], True, 300),         # text drawn as vectors: what extraction read
    ([(4000, 5600)], True, 600),     # a finer image stays finer (600 dpi at most)
    ([(4000, 5600)], False, 600),
])
def test_a_vector_page_is_written_at_least_at_the_dpi_extraction_read(images: list[tuple[int, int]], vector: bool,
                                                                      dpi: int) -> None:
    from redactor.formats.pdf_scan import raster_pixmap

    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((72, 72), "Quarterly review", fontsize=12)
    for w, h in images:
        pix = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, w, h), False)
        pix.clear_with(200)
        page.insert_image(pymupdf.Rect(100, 100, 100 + 480 * w / max(w, h), 100 + 480 * h / max(w, h)), pixmap=pix)
    got, _colour, _rect = raster_pixmap(page, vector=vector)
    assert round(got.width / 595 * 72) == pytest.approx(dpi, abs=2)
    doc.close()
