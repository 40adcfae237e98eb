"""id_card: a national ID card copy read by OCR, its heading and the lines below it, withheld whole."""

from __future__ import annotations

import pytest

from redactor.detectors.base import DetectionContext, registered
from redactor.normalise import normalise

NAME = "id_card"

# (OCR text, lines withheld). All names and numbers are invented.
CASES = [
    # a card read a letter off everywhere: every field line, not the heading, not specks
    ("ขัตรประจำตัวประชาชน Thai National ID Card\nเลขประจำตัวประชาชน 1 1037 02071 81 1\n"
     "ชื่อตัวและรื่องกล นาย สมปอง ทดลองใจ\ntame Mir. Sompong\nLast nane Todlongjai\n"
     "เก็ดวันที่ 4 มี.ค. 2520\nDew of Both 4 Mar. 1977\nแพน\nศาสนา พุทธ",
     ["ขัตรประจำตัวประชาชน Thai National ID Card", "เลขประจำตัวประชาชน 1 1037 02071 81 1",
      "ชื่อตัวและรื่องกล นาย สมปอง ทดลองใจ", "tame Mir. Sompong",
      "Last nane Todlongjai", "เก็ดวันที่ 4 มี.ค. 2520", "Dew of Both 4 Mar. 1977", "ศาสนา พุทธ"]),
    # English heading first, older card's wording
    ("Thai Identification Card บัตรประจำตัวประชาชน\nName Miss Kanda Jaidee\nที่อยู่ 12 หมู่ที่ 3 ต.ทดสอบ",
     ["Thai Identification Card บัตรประจำตัวประชาชน", "Name Miss Kanda Jaidee", "ที่อยู่ 12 หมู่ที่ 3 ต.ทดสอบ"]),
    # the block ends at the page's prose (a long line) and at the next card's heading
    ("บัตรประจำตัวประชาชน Thai National ID Card\nName Mr. Somchai Rakdee\n"
     "ข้าพเจ้าขอรับรองว่าสำเนาบัตรนี้ใช้เพื่อยื่นเสนอราคาต่อองค์การบริหารส่วนตำบลเท่านั้นและไม่ใช้ในการอื่นใดทั้งสิ้น\n"
     "ผู้อำนวยการกองคลัง",
     ["บัตรประจำตัวประชาชน Thai National ID Card", "Name Mr. Somchai Rakdee"]),
    ("บัตรประจำตัวประชาชน Thai National ID Card\nName Mr. Somchai Rakdee\n"
     "บัตรประจำตัวประชาชน Thai National ID Card\nName Mrs. Malee Rakdee",
     ["บัตรประจำตัวประชาชน Thai National ID Card", "Name Mr. Somchai Rakdee",
      "บัตรประจำตัวประชาชน Thai National ID Card", "Name Mrs. Malee Rakdee"]),
    # -- negatives: the words in a document, not a card's heading ------------------------------
    ("สิ่งที่ส่งมาด้วย 1. สำเนาบัตรประจำตัวประชาชน จำนวน 1 ฉบับ\n2. สำเนาทะเบียนบ้าน จำนวน 1 ฉบับ", []),
    ("ผู้เสนอราคาต้องแนบสำเนาบัตรประจำตัวประชาชน\nพร้อมรับรองสำเนาถูกต้อง", []),
    ("Please attach a copy of your national ID card.\nName of applicant", []),
    ("บัตรประจำตัวประชาชน\nนายสมปอง ทดลองใจ", []),  # the Thai words alone: no card heading
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_table(text: str, expected: list[str]) -> None:
    view = normalise(text).text
    found = list(registered()[NAME]().detect(DetectionContext(view, ocr=[(0, len(view))])))
    assert sorted(view[f.start:f.end] for f in found) == sorted(normalise(e).text for e in expected)
    for f in found:
        assert f.label == "ID_CARD" and f.basis == "15(5)" and 0.75 <= f.score <= 0.85 and f.explanation


def test_typed_text_is_no_card() -> None:
    """The heading in a text layer (a form that prints the card's words) is not a scanned card."""
    view = normalise("บัตรประจำตัวประชาชน Thai National ID Card\nName Mr. Somchai Rakdee").text
    assert list(registered()[NAME]().detect(DetectionContext(view))) == []


def test_ocr_block_ends_where_ocr_ends() -> None:
    text = "บัตรประจำตัวประชาชน Thai National ID Card\nName Mr. Somchai Rakdee\nหนังสือรับรองของหน่วยงาน"
    view = normalise(text).text
    cut = view.index("หนังสือ")
    found = list(registered()[NAME]().detect(DetectionContext(view, ocr=[(0, cut)])))
    assert [view[f.start:f.end] for f in found] == ["บัตรประจำตัวประชาชน Thai National ID Card",
                                                    "Name Mr. Somchai Rakdee"]
