"""form_name: a given name and a family name in a form's labelled fields; not labels or blanks."""

from __future__ import annotations

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
]


test_table = table_test(NAME, CASES)
