"""name_column: names OCR read as a block under a name column's heading (invented names)."""

from __future__ import annotations

import pytest

from redactor.detectors.base import DetectionContext, registered
from redactor.normalise import normalise

NAME = "name_column"

CASES = [
    # family names under their heading, given names with titles in the block before
    ("ชื่อ\nนายทดลอง\nนางสาวสมมุติ\nนามสกุล\nใจทดสอบ\nแซ่ลอง\nสมมุติงาม\nโรงเรียน\nทดสอบวิทยา",
     ["ใจทดสอบ", "แซ่ลอง", "สมมุติงาม"]),
    # a short line of OCR debris inside the run is passed over
    ("นามสกุล\nลองดีมาก\nณฆ ๕\nทดสอบยิ่ง\nสมมุติกุล\n", ["ลองดีมาก", "ทดสอบยิ่ง", "สมมุติกุล"]),
    # a column of schools after the names, without its own heading: the repeat ends the run
    ("นามสกุล\nลองดีมาก\nทดสอบยิ่ง\nสมมุติกุล\nพัฒนาทดลอง\nพัฒนาทดลอง\nพัฒนาทดลอง", ["ลองดีมาก", "ทดสอบยิ่ง", "สมมุติกุล"]),
    # a running sentence ends the run
    ("ชื่อ-สกุล\nทดลอง ใจดี\nสมมุติ ลองงาม\nปรีดา ทดสอบ\nขอให้ผู้มีรายชื่อรายงานตัวภายในวันที่ 3 พฤษภาคม", ["ทดลอง ใจดี",
     "สมมุติ ลองงาม", "ปรีดา ทดสอบ"]),
    # negatives: fewer than three values
    ("นามสกุล\nลองดีมาก\nทดสอบยิ่ง\nได้ดำเนินการคัดเลือกเสร็จสิ้นแล้ว จึงขอประกาศ", []),
    # a public column's heading
    ("ตำแหน่ง\nผู้อำนวยการ\nรองผู้อำนวยการ\nหัวหน้างาน", []),
    # agencies and organisations under a name heading are not names
    ("ชื่อ\nสำนักงานทดสอบ\nมูลนิธิทดลอง\nกองทดลองงาน", []),
    # a heading inside a sentence is no column heading
    ("โปรดกรอกชื่อและนามสกุลให้ครบถ้วน\nทดลอง\nสมมุติ\nปรีดา", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_names_under_a_heading_on_ocr(text: str, expected: list[str]) -> None:
    view = normalise(text).text
    found = registered()[NAME]().detect(DetectionContext(view, ocr=[(0, len(view))]))
    assert [view[f.start:f.end] for f in found] == expected


def test_text_layer_lists_are_left_to_the_table_reader() -> None:
    view = normalise("นามสกุล\nลองดีมาก\nทดสอบยิ่ง\nสมมุติกุล").text
    assert registered()[NAME]().detect(DetectionContext(view)) == []
