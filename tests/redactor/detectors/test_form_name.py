"""form_name: a given name and a family name in a form's labelled fields; not labels or blanks."""

from __future__ import annotations

import pytest

from redactor.detectors.base import DetectionContext, registered
from redactor.normalise import normalise
from tests.redactor.detectors.tables import table_test

NAME = "form_name"
FIELD = (0.75, 0.85)

CASES = [
    # title check boxes apart from the name
    ("ข้าพเจ้า ☐ นาย ☑ นาง ☐ นางสาว ชื่อ บุญเรือง นามสกุล ทองคำแท้", ["บุญเรือง", "ทองคำแท้"], FIELD),
    ("ชื่อ: อารีรัตน์   นามสกุล: ชัยภูมิใจ", ["อารีรัตน์", "ชัยภูมิใจ"], FIELD),
    # the title written into the name field
    ("ชื่อ นายวสันต์ สกุล ศรีพรหมมา อายุ 41 ปี", ["วสันต์", "ศรีพรหมมา"], FIELD),
    # the family-name label on the next line of a PDF
    ("ชื่อตัว ปรีชา\nนามสกุล แก่นจันทร์หอม", ["ปรีชา", "แก่นจันทร์หอม"], FIELD),
    # the next field's label glued on by a joined PDF line
    ("ชื่อ สายสุนีย์ นามสกุล ทองทดลองเกิดวันที่ 3", ["สายสุนีย์", "ทองทดลอง"], FIELD),
    # -- negatives ------------------------------------------------------------------
    ("ชื่อ .................. นามสกุล ..................", [], None),  # a blank form
    # a blank row of a student list: given name, family name and code fields, leaders as blanks
    ("1. ชื่อ          นามสกุล          รหัส          \n", [], None),
    ("ชื่อ\tนามสกุล\tคณะ\tสาขาวิชา", [], None),
    ("1. ชื่อ วิไลวรรณ นามสกุล ทดลองดี รหัส 6412345", ["วิไลวรรณ", "ทดลองดี"], FIELD),
    ("ชื่อ นามสกุล อายุ ที่อยู่", [], None),  # labels only
    ("ชื่อบิดา นายสมหวัง ใจงาม อาชีพ ค้าขาย", [], None),  # a longer label, no family-name label
    ("ชื่อโครงการ พัฒนาแหล่งน้ำ สกุลเงิน บาท", [], None),
    # a whole-name label (an ID card's ชื่อตัวและชื่อสกุล, ชื่อ-สกุล): the name after it is one finding,
    # and the label's own words (และชื่อ) are no given name
    ("ชื่อตัวและชื่อสกุล นาย  สมปอง   ทดลองใจ", ["สมปอง   ทดลองใจ"], FIELD),
    ("ชื่อ-สกุล นางสาวกมลา ศรีทดสอบ อายุ 30 ปี", ["กมลา ศรีทดสอบ"], FIELD),
    ("ชื่อและนามสกุล: วีระ ใจทดลอง", ["วีระ ใจทดลอง"], FIELD),
    ("ชื่อ-สกุล ................ ตำแหน่ง ................", [], None),
    ("ชื่อ-สกุล ตำแหน่ง สังกัด", [], None),  # a table's header row
]


test_table = table_test(NAME, CASES)


# On OCR text the ID card's whole-name label may be read a letter or two off, and the large bold
# name after it as anything: the rest of the line after the label is the holder's name.
OCR_CASES = [
    ("ชื่อตัวแฉะชื่อสกุล UIE สมปอง Lanse\nName Mr. Sompong", ["UIE สมปอง Lanse"]),
    ("ว ชื่อตัวและชื่อสกุล นาย สมปอง ทดลองใจ เกิดวันที่ 1 ม.ค. 2500", ["นาย สมปอง ทดลองใจ"]),
    # not a different label, not a label with nothing after it, not typed text
    ("ชื่อบิดาและมารดา สมปอง ทดลองใจ", []),
    ("ชื่อตัวแฉะชื่อสกุล\nName", []),
]


@pytest.mark.parametrize(("text", "expected"), OCR_CASES)
def test_misread_card_label_on_ocr(text: str, expected: list[str]) -> None:
    view = normalise(text).text
    found = registered()[NAME]().detect(DetectionContext(view, ocr=[(0, len(view))]))
    got = sorted(view[f.start:f.end] for f in found if "ID card" in f.explanation)
    assert got == sorted(expected)


def test_misread_label_needs_ocr_text() -> None:
    view = normalise("ชื่อตัวแฉะชื่อสกุล UIE สมปอง Lanse").text
    assert not [f for f in registered()[NAME]().detect(DetectionContext(view)) if "ID card" in f.explanation]
