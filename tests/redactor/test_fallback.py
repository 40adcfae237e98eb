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


def _watermarked_letter(path: Path) -> tuple[Path, str, str]:
    """A letter to a citizen (a name and an ID on lines the watermark crosses), signed by an official,
    with a pale diagonal watermark drawn over it, as copies are stamped before publication."""
    from tests.fixtures.make_pdf import GARUDA, build_lines, dashed_id, national_id

    pid = dashed_id(national_id("320070045612"))
    src = build_lines(path.with_name("plain.pdf"), [
        "ที่ มท ๐๓๑๗.๔/๒๒๑", "สำนักงานที่ดินจังหวัดสมมุติ",
        "เรื่อง แจ้งผลการรังวัดที่ดิน",
        "เรียน นางสาวจันทร์เพ็ญ ทองหล่อสมมุติ",
        f"ตามที่ท่าน เลขประจำตัวประชาชน {pid} ขอรังวัดที่ดิน",
        "สำนักงานได้ดำเนินการเสร็จแล้ว จึงเรียนมาเพื่อทราบ",
        "(นายประเสริฐ วงศ์ใหญ่สมมุติ)", "เจ้าพนักงานที่ดินจังหวัดสมมุติ",
    ], leading=2.4)  # a paragraph a line, as Word and LibreOffice print a letter
    mark = "สำเนาเพื่อการเผยแพร่"
    with pymupdf.open(str(src)) as plain:
        bottoms = {ln: b["bbox"][3] for b in plain[0].get_text("dict")["blocks"] for ln in
                   ("".join(s["text"] for s in line["spans"]) for line in b.get("lines", []))}
    low, high = bottoms["(นายประเสริฐ วงศ์ใหญ่สมมุติ)"], bottoms["เจ้าพนักงานที่ดินจังหวัดสมมุติ"]
    # Placed so that its box ends between the signature and the position: MuPDF's reading
    # order (blocks by their bottom edge) then puts it between the two, as on real stamped copies.
    for top in range(20, 400, 2):
        doc = pymupdf.open(str(src))
        page = doc[0]
        page.insert_font(fontname="wm", fontfile=str(GARUDA))
        at = pymupdf.Point(page.rect.width * 0.1, top)
        page.insert_text(at, mark, fontname="wm", fontsize=28, color=(0.8, 0.8, 0.8),
                         morph=(at, pymupdf.Matrix(-35)), fill_opacity=0.5)
        wm = [b["bbox"][3] for b in page.get_text("dict")["blocks"] if mark in
              "".join(s["text"] for line in b.get("lines", []) for s in line["spans"])]
        if wm and low < wm[0] < high:
            doc.save(str(path))
            doc.close()
            return path, pid, mark
        doc.close()
    raise AssertionError("no place for the watermark between the signature and the position")


def test_a_diagonal_watermark_comes_after_the_page_text(tmp_path: Path) -> None:
    from redactor.formats.pdf import open_document

    path, _pid, mark = _watermarked_letter(tmp_path / "letter.pdf")
    doc = open_document(path)
    try:
        text = doc.textmap.text
        # Sorted by position the watermark fell inside the letter; the signature and the
        # position it signs for stay one after the other.
        assert "(นายประเสริฐ วงศ์ใหญ่สมมุติ)\nเจ้าพนักงานที่ดิน" in text
        assert text.index(mark) > text.index("เจ้าพนักงานที่ดินจังหวัดสมมุติ")
    finally:
        doc.close()


def test_a_watermark_crossing_withheld_words_does_not_stop_the_copy(tmp_path: Path) -> None:
    """Boxes over the citizen's name and ID must cover the watermark where it crosses them; the
    rest of it is the original's pixels, so the pale slanted text OCR cannot read is not 'lost'.
    Withheld items are still checked on the rasterised page."""
    path, pid, _mark = _watermarked_letter(tmp_path / "letter.pdf")
    out = tmp_path / "out.pdf"
    result = redact(path, out, decisions=None, raster_fallback="auto")
    assert result.verification.passed and result.raster_pages == [1]
    ocr_and_text = _ocr_text(out) if result.raster_pages else ""
    with pymupdf.open(str(out)) as doc:
        visible = doc[0].get_text()
    for gone in ("จันทร์เพ็ญ", pid, pid.replace("-", "")):
        assert gone not in visible and gone not in ocr_and_text
    # The signing official stays (OCR reads the page: the watermark crosses the name, so its
    # surname and position are what is asserted).
    assert "ใหญ่สมมุติ" in visible and "เจ้าพนักงาน" in visible


@pytest.mark.parametrize(("text", "expected"), [
    ("ข้าพเจ้า.......................เกิดวันที่......", "ข้าพเจ้าเกิดวันที่"),
    ("ลงชื่อ ____________ (…………………)", "ลงชื่อ ()"),
    ("ชื่อ - สกุล", "ชื่อ - สกุล"),  # one dash between words is text
    ("ราคา 1.50 บาท", "ราคา 1.50 บาท"),
    ("ตัวเลือก ก. ข. ค.", "ตัวเลือก ก. ข. ค."),
])
def test_leaders_are_layout_not_text(text: str, expected: str) -> None:
    from redactor.fallback import without_leaders

    assert without_leaders(text) == expected


def test_a_value_typed_over_a_dotted_line_does_not_stop_the_copy(tmp_path: Path) -> None:
    """A filled form: the private person's name is typed over the dotted blank after the label, so
    its box takes dots with it. The dots are layout; the page is rasterised and the label and the
    rest of the line are read back; the name is gone."""
    from tests.fixtures.make_pdf import GARUDA

    path = tmp_path / "form.pdf"
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_font(fontname="th", fontfile=str(GARUDA))
    lines = ["แบบคำร้องขอรับสวัสดิการ", "ข้าพเจ้า" + "." * 70 + "อายุ.........ปี",
             "ขอรับรองว่าข้อความข้างต้นเป็นความจริงทุกประการ"]
    for i, line in enumerate(lines):
        page.insert_text((60, 100 + 40 * i), line, fontname="th", fontsize=15)
    x = 60 + pymupdf.Font(fontfile=str(GARUDA)).text_length("ข้าพเจ้า" + "." * 12, fontsize=15)
    page.insert_text((x, 138), "นางสาวมะลิวัลย์ สมมุติทดลอง", fontname="th", fontsize=15)
    doc.save(str(path))
    doc.close()
    out = tmp_path / "out.pdf"
    result = redact(path, out, decisions=None, raster_fallback="auto")
    assert result.verification.passed
    with pymupdf.open(str(out)) as written:
        visible = written[0].get_text()
    ocr = _ocr_text(out) if result.raster_pages else ""
    assert "มะลิวัลย์" not in visible and "มะลิวัลย์" not in ocr
    assert "ขอรับรอง" in visible  # the OCR text layer of the rasterised page
