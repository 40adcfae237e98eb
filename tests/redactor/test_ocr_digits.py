"""The OCR digit safety net on Thai digits (issue 14 item 2, issue 11): runs with look-alike letters,
Thai-digit runs that two readings agree on, and keeps that rest on unreadable digits.

The letters are invented (tests/fixtures/make_digit_scans.py); the strings in the tables below are
made up for these rules.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pymupdf
import pytest

from redactor.ocr import digits
from redactor.ocr.layout import OcrLine
from redactor.ocr.tesseract import unavailable_reason
from tests.fixtures.make_pdf import national_id

needs_tesseract = pytest.mark.skipif(unavailable_reason() is not None,
                                     reason=f"OCR not available: {unavailable_reason()}")


def _line(text: str, conf: float = 95.0) -> OcrLine:
    return OcrLine(text, tuple([(0.0, 0.0, 1.0, 1.0)] * len(text)), (0.0, 0.0, 1.0, 1.0), conf,
                   tuple([conf] * len(text)))


@pytest.mark.parametrize(("text", "runs"), [
    # Look-alike letters (๖ read as อ, ๗ as ฒ, ๙ as ญ, ๘ as ส) inside a run are digits read wrong ...
    ("โทรศัพท์ ๐ออ-๕๕ อื-ฒ๒๕๒", ["๐ออ-๕๕ อื-ฒ๒๕๒"]),
    ("ผู้ร้อง ๑ญ๕๒๕๒๓๓๓๑๕๕๓๑", ["๑ญ๕๒๕๒๓๓๓๑๕๕๓๑"]),
    ("บัญชีเลขที่ ๕๑๒-๕-๕ออ๕๕-๓๕ ญาติ", ["๕๑๒-๕-๕ออ๕๕-๓๕"]),
    ("๔ นายทดลอง ใจดี ๐ส่๑-๒๓๕-๕๒๓๕", ["๐ส่๑-๒๓๕-๕๒๓๕"]),  # ๘ read as ส, with a tone mark
    ("โทร ๐๕๕-๕๒๓-ส๕๕๐๑", ["๐๕๕-๕๒๓-ส๕๕๐๑"]),
    # (ส ending a word before a number, or starting one after it, is the word's)
    ("โอกาส ๒๕๖๗ สมัคร", ["๒๕๖๗"]),
    ("ปี ๒๕๖๗ ส่งเอกสาร", ["๒๕๖๗"]),
    # ... but a word that starts or ends with one is a word,
    ("อำเภอ ๑๒๓ ออกไป", ["๑๒๓"]),
    ("ราคา ๑๒๓ ออ", ["๑๒๓"]),
    # mostly letters is not a run, and plain runs are as before.
    ("อ ญ ฒ ๑ อ", []),
    ("โทร ๐๘๑ ๐๓๓ ๒๓๕๐ และ 12 คน เลข 1-2345-67890-12-3", ["๐๘๑ ๐๓๓ ๒๓๕๐", "1-2345-67890-12-3"]),
    ("๒๕๖๗ อายุ ๓๕ ปี", ["๒๕๖๗"]),
])
def test_digit_runs_take_in_look_alike_letters(text: str, runs: list[str]) -> None:
    line = _line(text)
    assert [text[r.start:r.end] for r in digits.find_runs([line])] == runs


@pytest.mark.parametrize(("text", "unsure"), [
    ("เลขประจำตัวประชาชน ๓๑๐๐๕๐๑๒๓๔๕๖๗", True),  # Thai digits with a context word: never taken as read
    ("ติดต่อ ๐๘๑๒๓๔๕๖๗๘", True),  # Thai digits of a phone's shape
    (f"เลขประจำตัวประชาชน {national_id('310050123456')}", False),  # Arabic digits, agreed on, a valid ID
    ("ที่ ชม ๐๐๒๓.๔/๑๑๘๗", False),  # a document number
    ("วันที่ ๒๑ มีนาคม ๒๕๖๗", False),  # a date
])
def test_thai_digit_runs_that_both_readings_agree_on_still_need_a_person(text: str, unsure: bool,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Tesseract misreads Thai digits alike in both readings, so agreement proves nothing for them."""
    line = _line(text)
    # The second reading agrees with the first, confidently: only the rule on Thai digits is left to decide.
    monkeypatch.setattr(digits, "reread", lambda _img, lines, runs: [
        (lines[r.line].text[r.start:r.end], 96.0) for r in runs])
    _lines, found = digits.check(np.zeros((4, 4), np.uint8), (line,))
    assert bool(found) is unsure, found
    if unsure:
        assert "Thai digits" in found[0].reason


def _visible_ink(source: np.ndarray, output: np.ndarray, zoom: float, box: tuple[float, float, float, float]) -> int:
    """The item's ink (in the source scan) in columns the output still shows as paper."""
    x0, y0, x1, y1 = (int(v * zoom) for v in box)
    ink = source[y0:y1, x0:x1] < 128
    rows = np.flatnonzero(ink.any(axis=1))
    if not len(rows):
        return 0
    band = slice(rows[0], rows[-1] + 1)
    uncovered = (output[y0:y1, x0:x1][band] > 128).mean(axis=0) > 0.5
    return int(ink[band][:, uncovered].sum())


def _gray(doc: pymupdf.Document, pno: int, zoom: float) -> np.ndarray:
    pix = doc[pno].get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), colorspace=pymupdf.csGRAY)
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width)


@needs_tesseract
def test_a_200_dpi_thai_digit_scan_leaks_no_planted_number(tmp_path: Path) -> None:
    """A LibreOffice letter scanned at 200 dpi, IDs, phones and accounts mostly in Thai digits: with nobody
    deciding (unsure runs withheld, failing closed), none of them is left readable in the output's pixels."""
    if not (shutil.which("soffice") or shutil.which("libreoffice")) or not shutil.which("pdftoppm"):
        pytest.skip("LibreOffice and poppler-utils are needed (CI installs them)")
    from redactor.pipeline import analyse, redact
    from tests.fixtures import make_digit_scans as mds

    scan = mds.build(tmp_path / "scan", 200, pages=1)
    analysis = analyse(scan.path)
    try:
        unsure = [p for p in analysis.proposals if p.action == "review"]
        assert any(p.detector == "ocr_digits" for p in unsure)
        assert not any(p.action == "keep" and p.label in ("PHONE", "NATIONAL_ID") and
                       any(c in "๐๑๒๓๔๕๖๗๘๙" for c in p.text) for p in analysis.proposals)
    finally:
        analysis.doc.close()
    out = tmp_path / "out.pdf"
    result = redact(scan.path, out)
    assert result.verification.passed
    zoom = 300 / 72
    src, dst = pymupdf.open(str(scan.path)), pymupdf.open(str(out))
    try:
        for item in scan.planted:
            seen = _visible_ink(_gray(src, item.page, zoom), _gray(dst, item.page, zoom), zoom, item.box)
            assert seen < 150, (item.label, item.text, seen)
    finally:
        src.close()
        dst.close()


_ID = national_id("310050123456")  # an invented, valid ID
_ID_BAD = _ID[:-1] + str((int(_ID[-1]) + 1) % 10)  # the same with a wrong check digit


@pytest.mark.parametrize(("run", "label"), [
    # An ID read with a digit too many or too few, or with one digit wrong, in any grouping ...
    (_ID + "7", "NATIONAL_ID"),
    (_ID[:-1], "NATIONAL_ID"),
    (_ID[:5] + "99" + _ID[5:], "NATIONAL_ID"),
    (f"{_ID[0]}-{_ID[1:5]}-{_ID[5:10]}8-{_ID[10:12]}-{_ID[12]}", "NATIONAL_ID"),
    (f"{_ID[0]} {_ID[1:5]} {_ID[5:9]} {_ID[10:12]} {_ID[12]}", "NATIONAL_ID"),
    (_ID_BAD, "NATIONAL_ID"),
    # ... a phone number with a digit too many or too few,
    ("081-234-56789", "PHONE"),
    ("081-234-567", "PHONE"),
    ("0 2123 45", "PHONE"),
    ("๐๘๑ ๒๓๔ ๕๖๗๘๙", "PHONE"),
    # ... Thai and Arabic digits mixed in one number: one of them was misread.
    ("๐๘1-234-5678", "PHONE"),
    (_ID[:6] + "".join("๐๑๒๓๔๕๖๗๘๙"[int(c)] for c in _ID[6:]), "NATIONAL_ID"),
    ("๑๒๓456", "PERSONAL_CODE"),
    # Not misread shapes: valid IDs and phones in one script, short numbers, years, postcodes,
    (_ID, None),
    ("".join("๐๑๒๓๔๕๖๗๘๙"[int(c)] for c in _ID), None),
    ("081-234-5678", None),
    ("053 123 456", None),
    ("2567", None),
    ("52000", None),
    ("1250000", None),
    ("๑๒ 34", None),
    # a company's tax number (13 digits from 0), document numbers and dates.
    ("0105536012345", None),
    ("๐๐๒๓.๔/๑๑๘๗", None),
    ("12/03/2567", None),
    ("1.2345.67890.12.34", None),
])
def test_runs_shaped_like_a_misread_id_or_phone(run: str, label: str | None) -> None:
    assert digits.misread_shape(run) == label


@pytest.mark.parametrize(("text", "label"), [
    (f"ผู้รับเงิน นายสมมติ ทดลอง {_ID}4 แล้ว", "NATIONAL_ID"),  # no context word, one digit too many
    (f"ผู้รับเงิน นายสมมติ ทดลอง {_ID} แล้ว", None),  # the same, valid
    ("ส่งเอกสารถึง ๐๘1-234-5678 แล้ว", "PHONE"),  # Thai and Arabic digits mixed
    ("ปีงบประมาณ 2567 จำนวน 52000 บาท", None),
])
def test_misread_shapes_go_to_review_even_when_both_readings_agree(text: str, label: str | None,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A number that lost or gained a digit matches no detector: two readings that agree on it confidently
    still do not let it through."""
    line = _line(text)
    monkeypatch.setattr(digits, "reread", lambda _img, lines, runs: [
        (lines[r.line].text[r.start:r.end], 96.0) for r in runs])
    _lines, found = digits.check(np.zeros((4, 4), np.uint8), (line,))
    assert [u.label for u in found] == ([label] if label else [])


@pytest.mark.parametrize(("text", "region"), [
    # An ID of which OCR read five digits and the rest as Latin letters and signs: the region takes in
    # the rest of the number, up to the next Thai word ...
    ("เลขประจำตัวประชาชน ๒ ๕๒๓๓ Mxae&r ad ๒ ตามบัตร", "๒ ๕๒๓๓ Mxae&r ad ๒"),
    ("โทรศัพท์ ๐๘๑ ๒๓ Ww Q", "๐๘๑ ๒๓ Ww Q"),
    # ... and a word that is mostly number though OCR read Thai letters in it (the middle of an ID read
    # as letters, its end as digits) ...
    ("เลขประจำตัวประชาชน ๖-๒๙๐๙ -เญ่อ6๕ณ๓๕-๐๑-๓ ที่อยู่", "๖-๒๙๐๙ -เญ่อ6๕ณ๓๕-๐๑-๓"),
    ("โทรศัพท์ ๐๘๑ เ๒ณ๓-๔๕๖๗ ครับ", "๐๘๑ เ๒ณ๓-๔๕๖๗"),
    # ... but not a word of letters with a short number glued on, nor one with few digits
    ("เลขประจำตัวประชาชน ๖-๒๙๐๙ ซอยสุขใจ๑๒๓ ตำบล", "๖-๒๙๐๙"),
    ("เลขประจำตัวประชาชน ๖-๒๙๐๙ หมู่ที่๑๒ ตำบล", "๖-๒๙๐๙"),
    ("โทรศัพท์ ๐๘๑ ๒๓ ม.6/1 ครับ", "๐๘๑ ๒๓"),
    ("โทรศัพท์ ๐๘๑ ๒๓ อายุ๔๕ปี", "๐๘๑ ๒๓"),
    # ... and the start of the number misread before the run, back to the context word
    ("โทรศัพท์ ode ๕๕๐๒.๕๑๒ จึงขออนุมัติ", "ode ๕๕๐๒.๕๑๒"),
    ("โทรศัพท์ o8 ๑ ๕๕๐๒๕๑๒ ครับ", "o8 ๑ ๕๕๐๒๕๑๒"),
    # ... but not a label, a long word, or more than two words
    ("โทรศัพท์ Tel: ๕๕๐๒.๕๑๒ ครับ", "๕๕๐๒.๕๑๒"),
    ("โทรศัพท์ mobile ๕๕๐๒.๕๑๒ ครับ", "๕๕๐๒.๕๑๒"),
    ("โทรศัพท์ a b c ๕๕๐๒.๕๑๒ ครับ", "b c ๕๕๐๒.๕๑๒"),
    # ... and, with all its digits read, the number's first digit read as a sign and split off before a dash
    ("เลขประจำตัวประชาชน @- ๑๕๐๕- ๕๕๒๒อ๒- ๘๒-๑ 4", "@- ๑๕๐๕- ๕๕๒๒อ๒- ๘๒-๑ 4"),
    ("เลขประจำตัวประชาชน @- ๑๕๐๕-๕๕๒๒๕๒-๘๒-๑", "@- ๑๕๐๕-๕๕๒๒๕๒-๘๒-๑"),
    # ... but not a word without the dash, nor a second word
    ("เลขประจำตัวประชาชน @ ๑๕๐๕-๕๕๒๒๕๒-๘๒-๑", "๑๕๐๕-๕๕๒๒๕๒-๘๒-๑"),
    ("เลขประจำตัวประชาชน x- @- ๑๕๐๕-๕๕๒๒๕๒-๘๒-๑", "@- ๑๕๐๕-๕๕๒๒๕๒-๘๒-๑"),
    # ... but a number read with all its digits stays as read.
    (f"เลขประจำตัวประชาชน {_ID_BAD} Mxae ad", _ID_BAD),
    ("โทรศัพท์ ๐๘๑๒๓๔๕๖๗๘๙ ext", "๐๘๑๒๓๔๕๖๗๘๙"),
])
def test_a_number_short_of_its_digits_takes_in_the_misread_rest(text: str, region: str,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    line = _line(text)
    monkeypatch.setattr(digits, "reread", lambda _img, lines, runs: [
        (lines[r.line].text[r.start:r.end], 96.0) for r in runs])
    _lines, found = digits.check(np.zeros((4, 4), np.uint8), (line,))
    assert [text[u.start:u.end] for u in found] == [region]


@pytest.mark.parametrize(("text", "read_again", "unsure"), [
    # Runs whose outcome a second reading could change are read again: Arabic digits of a valid number ...
    (f"เลขประจำตัวประชาชน {_ID}", [_ID], False),
    ("โทร 081-234-5678", ["081-234-5678"], False),
    ("ผู้ติดต่อ 0812345678 ครับ", ["0812345678"], False),
    # ... and not those a rule sends to a person whatever it says: Thai digits with a context word or
    # of an ID's or a phone's length, letters among the digits, an invalid number after its context
    # word, a misread shape.
    ("เลขประจำตัวประชาชน ๓๑๐๐๕๐๑๒๓๔๕๖๗", [], True),
    ("ติดต่อ ๐๘๑๒๓๔๕๖๗๘", [], True),
    ("โทรศัพท์ ๐ออ-๕๕ อื-ฒ๒๕๒", [], True),
    (f"เลขประจำตัวประชาชน {_ID_BAD}", [], True),
    ("ผู้ติดต่อ 081-234-56789 ครับ", [], True),
    # Document numbers and dates are not considered at all.
    ("ที่ ชม ๐๐๒๓.๔/๑๑๘๗", [], False),
])
def test_only_runs_a_second_reading_can_decide_are_read_again(text: str, read_again: list[str], unsure: bool,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    line = _line(text)
    asked: list[str] = []

    def agree(_img: np.ndarray, lines: tuple[OcrLine, ...], runs: list) -> list[tuple[str, float]]:  # type: ignore[type-arg]
        asked.extend(lines[r.line].text[r.start:r.end] for r in runs)
        return [(lines[r.line].text[r.start:r.end], 96.0) for r in runs]

    monkeypatch.setattr(digits, "reread", agree)
    _lines, found = digits.check(np.zeros((4, 4), np.uint8), (line,))
    assert asked == read_again
    assert bool(found) is unsure, found


def test_a_run_read_again_that_disagrees_is_unsure(monkeypatch: pytest.MonkeyPatch) -> None:
    line = _line(f"เลขประจำตัวประชาชน {_ID}")
    monkeypatch.setattr(digits, "reread", lambda _img, lines, runs: [("1" + _ID[1:], 96.0) for _r in runs])
    _lines, found = digits.check(np.zeros((4, 4), np.uint8), (line,))
    assert [u.reason.split(" (")[0] for u in found] == ["two readings disagree"]


@pytest.mark.parametrize(("run", "counting"), [
    # a schedule's week numbers, a table's column numbers, counting up or down, in either script
    ("1 2 3 4 5 6 7 8 9 10 11 12", True),
    ("๑๒ ๑๓ ๑๔ ๑๕", True),
    ("9 8 7 6", True),
    # too few to be a count, a gap, a repeat, a phone or an ID in groups
    ("1 2 3", False),
    ("1 2 4 5 6", False),
    ("3 3 3 3", False),
    ("081 234 5678", False),
    ("1 2345 67890 12 3", False),
    ("12345", False),
])
def test_numbers_counting_by_one(run: str, counting: bool) -> None:
    assert digits.counting_run(run) is counting


@pytest.mark.parametrize(("text", "unsure"), [
    # week numbers over a Gantt chart, read with low confidence: no one's number, not to review
    ("กิจกรรม สัปดาห์ที่ 1 2 3 4 5 6 7 8 9 10 11 12", False),
    # the same digits grouped unlike a count are as long as an ID: to review
    ("กิจกรรม 1 2 3 4 5 6 7 8 9 10 11 21", True),
    # a count after a context word is still checked
    ("รหัส 1 2 3 4 5 6 7 8 9 10", True),
])
def test_counting_runs_are_not_sent_to_review(text: str, unsure: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    line = _line(text, conf=40.0)
    monkeypatch.setattr(digits, "reread", lambda _img, lines, runs: [
        (lines[r.line].text[r.start:r.end], 40.0) for r in runs])
    _lines, found = digits.check(np.zeros((4, 4), np.uint8), (line,))
    assert bool(found) is unsure, found


@pytest.mark.parametrize(("before", "run", "year"), [
    ("ผลการจัดซื้อจัดจ้าง ปี ", "2568", True),
    ("ประจำปีงบประมาณ พ.ศ. ", "๒๕๖๘", True),
    ("ปีการศึกษา ", "2566", True),
    ("ค.ศ. ", "2025", True),
    # not a year: no year word, a year word far before, not four digits, not a plausible year
    ("รหัส ", "2568", False),
    ("ปี 2568 รหัส ", "4471", False),
    ("ปี ", "25681", False),
    ("ปี ", "7345", False),
])
def test_year_runs(before: str, run: str, year: bool) -> None:
    assert digits.year_run(before, run) is year


@pytest.mark.parametrize(("text", "unsure"), [
    # a budget table's year header under a misread context word (จัดซื้อ as จัดชื่อ): not to review
    ("ผลการจัดชื่อจัดจ้าง ปี 2568 (บาท)", False),
    # a birth year after its birth word is still checked
    ("เกิด ปี 2568", True),
    # four digits after a context word without a year word are still checked
    ("รหัส 2568", True),
])
def test_years_are_not_sent_to_review(text: str, unsure: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    line = _line(text, conf=40.0)
    monkeypatch.setattr(digits, "reread", lambda _img, lines, runs: [
        ("1" + lines[r.line].text[r.start:r.end], 40.0) for r in runs])
    _lines, found = digits.check(np.zeros((4, 4), np.uint8), (line,))
    assert bool(found) is unsure, found


def test_copies_of_an_undecided_run_in_ocr_text_are_withheld_with_it() -> None:
    """Accepting everything withholds a digit run nobody decided; its other copies in OCR text go with it
    (the same digits, in either script), copies in a text layer and other numbers do not."""
    from redactor.ocr.pdf import ScanLine
    from redactor.pipeline import _copies_of_undecided
    from redactor.types import Proposal, Redaction, Segment, TextMap

    scan = "รหัส 4471 0923 ส่ง\nแถวซ้ำ 4471 0923 และ ๔๔๗๑ ๐๙๒๓ กับ 4471 0924"
    layer = "\nข้อความ 4471 0923"
    text = scan + layer
    ref = ScanLine(0, _line(scan), None)  # type: ignore[arg-type]
    tm = TextMap(text, [Segment(0, len(scan), "page 1", True, ref, 1),
                        Segment(len(scan) + 1, len(text), "page 1", True, None, 1)])
    first = scan.index("4471")
    p = Proposal("p1", first, first + 9, "4471 0923", "PERSONAL_CODE", 0.4, "15(5)", "ocr_digits", "", "review",
                 "page 1", 1)
    own = Redaction(p.start, p.end, p.label, p.basis, p.detector, p.text, p.id)
    copies = _copies_of_undecided(tm, [p], [own])
    assert [text[c.start:c.end] for c in copies] == ["4471 0923", "๔๔๗๑ ๐๙๒๓"]
    assert all(c.start >= first + 9 for c in copies)
    # a short number (a year in a table's header) has no copies withheld: its copies are other text
    years = "งบปี 2568 แผน 2568 ผล 2568"
    tm = TextMap(years, [Segment(0, len(years), "page 1", True, ScanLine(0, _line(years), None), 1)])  # type: ignore[arg-type]
    p = Proposal("p2", 4, 8, "2568", "PERSONAL_CODE", 0.4, "15(5)", "ocr_digits", "", "review", "page 1", 1)
    own = Redaction(p.start, p.end, p.label, p.basis, p.detector, p.text, p.id)
    assert _copies_of_undecided(tm, [p], [own]) == []


@pytest.mark.parametrize(("text", "action"), [
    # a memo's owner-unit line: its number is the unit's, however unsure its digits
    ("ส่วนราชการ กองคลัง สำนักงานทดลอง โทร. ๐ ๕๓๘๘ ๑๒๓๔", "keep"),
    ("สวนราชการ กองคลัง โทร. ๐ ๕๓๘๘ ๑๒๓๔", "keep"),  # OCR dropped the mark
    # a landline kept elsewhere in the lone-zero form offices write theirs in: a misread mobile never has it
    ("ติดต่อ กองคลัง โทร. ๐ ๕๓๘๘ ๑๒๓๔", "keep"),
    ("ติดต่อ กองคลัง โทร. 0 5388 1234", "keep"),
    # in other forms a person confirms it (a mobile ๐๘๓-… misread as ๐๕๓-… looks like a landline)
    ("ติดต่อ กองคลัง โทร. ๐๕๓-๘๘๑-๒๓๔", "review"),
    ("ติดต่อ กองคลัง โทร. ๐๕๓ ๘๘๑ ๒๓๔", "review"),
    ("ติดต่อ กองคลัง โทร. ๐๕ ๓๘๘๑ ๒๓๔๕", "review"),
    ("เรื่อง ส่วนราชการ ขอความร่วมมือ โทร. ๐๕๓-๘๘๑-๒๓๔", "review"),
])
def test_unsure_digits_of_a_kept_phone(text: str, action: str) -> None:
    from types import SimpleNamespace

    from redactor.ocr.geometry import IDENTITY
    from redactor.ocr.pdf import ScanLine
    from redactor.pipeline import _unsure_keeps_reviewed
    from redactor.types import Proposal, Segment, TextMap

    line = _line(text)
    start = min(i for i in (text.find("๐"), text.find("0")) if i >= 0)
    unsure = digits.Uncertain(0, start, len(text), "PHONE", "Thai digits", text[start:], "")
    result = SimpleNamespace(lines=(line,), uncertain=(unsure,))
    doc = SimpleNamespace(scans=[(None, result)],
                          textmap=TextMap(text, [Segment(0, len(text), "page 1", True,
                                                         ScanLine(0, line, IDENTITY), 1)]))
    keep = Proposal("p1", start, len(text), text[start:], "PHONE", 0.9, "15(5)", "phone", "landline", "keep",
                    "page 1", 1, "landline in an agency context")
    assert [p.action for p in _unsure_keeps_reviewed(doc, [keep])] == [action]
