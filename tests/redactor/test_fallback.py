"""Per-page raster fallback (redactor/fallback.py) on a crowded table.

MuPDF's text removal is emulated as greedier than our rectangles (every
rectangle grown into the rows above and below, as happens where glyph boxes
overlap the neighbours' ink): the vector redaction then loses kept cells, and
verification names the page and box. With the fallback the page is rasterised
from the original with pixel redaction and an OCR text layer, and verified by
OCR: the kept cells are there, the redacted names are not.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pymupdf
import pytest

from redactor.errors import DecisionError, VerificationFailed
from redactor.pipeline import analyse, redact
from tests.fixtures import make_tables as mt

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs the tesseract program")

VARIANT = mt.Variant("Laksaman.ttf", 16.0, borders=False, tight=False)


@pytest.fixture(scope="module")
def table(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fallback") / "table.pdf"
    mt.make_table(path, VARIANT)
    return path


def _decisions(path: Path, **extra: Any) -> dict[str, Any]:
    """Manual redactions of the name cells only (no detector involved)."""
    return {"decisions": mt.name_cell_decisions(path), "default": "reject", **extra}


@pytest.fixture
def greedy_mupdf(monkeypatch: pytest.MonkeyPatch) -> None:
    real = pymupdf.Page.apply_redactions

    def greedy(self: pymupdf.Page, *args: Any, **kwargs: Any) -> Any:
        for annot in self.annots(types=[pymupdf.PDF_ANNOT_REDACT]):
            r = annot.rect
            annot.set_rect(pymupdf.Rect(r.x0, r.y0 - 9, r.x1, r.y1 + 9))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(pymupdf.Page, "apply_redactions", greedy)


def _ocr_text(path: Path) -> str:
    from redactor.formats.pdf import recover_scans
    from redactor.normalise import fold_for_match

    return fold_for_match(" ".join(s.text for s in recover_scans(path)))


def test_collateral_loss_fails_with_page_and_box_without_fallback(table: Path, tmp_path: Path,
                                                                   greedy_mupdf: None) -> None:
    with pytest.raises(VerificationFailed) as err:
        redact(table, tmp_path / "out.pdf", decisions=_decisions(table), detectors=[], raster_fallback="never")
    assert "page 1 at (" in str(err.value)
    assert not list(tmp_path.iterdir())


def test_table_page_that_used_to_fail_passes_rasterised(table: Path, tmp_path: Path, greedy_mupdf: None) -> None:
    out = tmp_path / "out.pdf"
    result = redact(table, out, decisions=_decisions(table), detectors=[], raster_fallback="auto")
    assert result.verification.passed
    assert result.raster_pages == [1]
    assert any("rasterised" in w and "page 1" in w for w in result.warnings)
    assert result.report()["raster_pages"] == [1]
    with pymupdf.open(str(out)) as doc:
        page = doc[0]
        # Only the image and the invisible OCR layer: no vector text to leak.
        assert all(span["type"] == 3 for span in page.get_texttrace())
    ocr = _ocr_text(out)
    for row in mt.ROWS[1:]:
        assert row[mt.NAME_COL].split()[-1] not in ocr
    # Kept cells next to the names read back (allowing OCR's digit/bracket noise).
    assert "ลำดับ" in ocr and "ปวช" in ocr and "1500" in ocr.replace(",", "")


def test_reviewer_can_choose_raster_pages(table: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    result = redact(table, out, decisions=_decisions(table, raster_pages=[1]), detectors=[])
    assert result.verification.passed and result.raster_pages == [1]


@pytest.mark.parametrize("pages", [[2], "1", [True]])
def test_bad_raster_pages_are_a_decision_error(table: Path, tmp_path: Path, pages: Any) -> None:
    with pytest.raises(DecisionError):
        redact(table, tmp_path / "out.pdf", decisions=_decisions(table, raster_pages=pages), detectors=[])


@pytest.mark.parametrize(("survived", "lost", "pages"), [
    ([], [{"reason": "text outside every redaction", "page": 2}, {"reason": "kept"}], [2]),
    ([], [{"reason": "text outside every redaction", "page": 3}, {"reason": "x", "page": 1}], [1, 3]),
    ([{"label": "PERSON", "where": ["page 1"]}], [{"reason": "x", "page": 1}], None),  # withheld: never
    ([], [{"reason": "kept"}], None),  # no page named
    ([], [{"reason": "x", "page": 1, "ocr": True}], None),  # OCR pages are checked by OCR already
])
def test_pages_to_rasterise(survived: list[dict[str, Any]], lost: list[dict[str, Any]],
                            pages: list[int] | None) -> None:
    from redactor.fallback import pages_to_rasterise
    from redactor.types import VerificationReport

    report = VerificationReport(passed=False, checked_redactions=1, checked_keeps=1, survived=survived,
                                lost_keeps=lost)
    assert pages_to_rasterise(report) == pages


def test_rasterised_page_is_exactly_the_painted_original(table: Path, tmp_path: Path) -> None:
    from redactor.pipeline import redactions_from

    analysis = analyse(table, detectors=[])
    try:
        reds = redactions_from(analysis, _decisions(table))
        out = tmp_path / "out.pdf"
        analysis.doc.apply(reds, out)
        analysis.doc.rasterise_pages(out, reds, [1])
        assert analysis.doc.raster_page_matches(out, 1)
        # Anything a reader would see besides the image breaks the match.
        with pymupdf.open(str(out)) as doc:
            doc[0].draw_rect(pymupdf.Rect(10, 10, 20, 20), color=(0, 0, 0))
            doc.save(str(tmp_path / "tampered.pdf"))
        assert not analysis.doc.raster_page_matches(tmp_path / "tampered.pdf", 1)
    finally:
        analysis.doc.close()
