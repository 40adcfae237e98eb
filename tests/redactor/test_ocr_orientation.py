"""The upside-down trial of a weak OCR reading is decided on one band of the page (issue 12, item 2).

Rule: a page whose upright reading is weak (few characters or low confidence) is read whole a
second time turned round only when its densest band, read turned round, reads clearly more surely
(``SAMPLE_GAIN`` points) than the upright reading read that band; a thin reading is tried whole as
before. A page in a script Tesseract's languages do not hold reads unsurely either way round and is
read once (it cost a dense two-page form in Cyrillic 24 s of CPU for a second, worse reading).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pymupdf
import pytest

from redactor.ocr import engine, tesseract
from redactor.ocr.tesseract import unavailable_reason
from tests.fixtures import make_scan as ms

needs_tesseract = pytest.mark.skipif(unavailable_reason() is not None,
                                     reason=f"Tesseract not usable: {unavailable_reason()}")
IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _gray(page: pymupdf.Page) -> np.ndarray:
    pix = page.get_pixmap(dpi=300, colorspace=pymupdf.csGRAY)
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width).copy()


def _foreign_page(font: str, line: str) -> np.ndarray:
    """A page of text in a script neither Thai nor English OCR reads (PyMuPDF's built-in CJK fonts)."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_textbox(pymupdf.Rect(50, 50, 545, 800), "\n".join(line[i % 5:] for i in range(30)),
                        fontname=font, fontsize=14)
    return _gray(page)


def _thai_scan(tmp_path: Path, turns: int) -> np.ndarray:
    scan = ms.build_small_scan(tmp_path / "scan.pdf")
    return np.ascontiguousarray(np.rot90(_gray(pymupdf.open(str(scan.path))[0]), turns))


CASES = [
    # (case, page builder, turned round?)
    ("Thai letter upside down", lambda tmp: _thai_scan(tmp, 2), True),
    ("Korean page upright", lambda tmp: _foreign_page(
        "korea", "정부 정보 공개 법률에 따라 행정 기관은 정보를 공개해야 합니다"), False),
    ("Japanese kana page upright", lambda tmp: _foreign_page(
        "japan", "せいふのじょうほうこうかいについてのほうりつにもとづきこうかいする"), False),
]


@needs_tesseract
@pytest.mark.parametrize(("case", "build", "turned"), CASES, ids=[c[0] for c in CASES])
def test_band_decides_the_upside_down_trial(case: str, build, turned: bool, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    gray = build(tmp_path)
    first = engine._recognise(gray, IDENTITY, 0, False)
    assert first.chars < engine.WEAK_CHARS or first.conf < engine.WEAK_CONF  # a weak reading either way
    assert engine._may_be_upside_down(gray, first) is turned
    # The whole page: read twice (and turned round) only where the band said so; else once and a band.
    runs: list[int] = []
    real = tesseract.recognise

    def counting(image: bytes, **kw: object):  # type: ignore[no-untyped-def]
        width, height = image.split(b"\n", 2)[1].split()  # PBM or PGM: "P4\nW H\n..." (pixels, not bytes)
        runs.append(int(width) * int(height))
        return real(image, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(tesseract, "recognise", counting)
    result = engine._oriented(gray, IDENTITY, False)
    assert result.rotation == (180 if turned else 0)
    full = sum(1 for n in runs if n > gray.size * 0.9)
    assert full == (2 if turned else 1), runs


def test_a_thin_reading_is_tried_whole_without_a_band() -> None:
    """Too few characters to compare a band by: the page is tried turned round, as before."""
    gray = np.full((400, 300), 255, np.uint8)
    first = engine.OcrResult((), IDENTITY, 0.0, 0, 0.0)
    assert engine._may_be_upside_down(gray, first) is True
