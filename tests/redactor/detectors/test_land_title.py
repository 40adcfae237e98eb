"""land_title: deed numbers after โฉนด / น.ส.3 / น.ส.3 ก. / ส.ป.ก. words."""

from __future__ import annotations

import pytest

NAME = "land_title"
SCORE = (0.8, 0.9)

CASES = [
    ("โฉนดที่ดินเลขที่ 51593", ["51593"], SCORE),
    ("ตั้งอยู่บนที่ดินโฉนดที่ดินเลขที่\n๕๕๑๐๙ เปิดเสียงดัง", ["๕๕๑๐๙"], SCORE),  # line wrap, Thai digits
    ("น.ส.3 ก. เลขที่ 1234", ["1234"], SCORE),
    ("น.ส.๓ ก. เลขที่ ๑๒๓๔", ["๑๒๓๔"], SCORE),
    ("นส.3ก เลขที่ 1234", ["1234"], SCORE),
    ("น.ส.3 เลขที่ 77", ["77"], SCORE),
    ("ส.ป.ก. 4-01 เลขที่ 567", ["567"], SCORE),
    ("โฉนดเลขที่ 1234 เล่ม 13 หน้า 34", ["1234"], SCORE),
    ("โฉนดที่ดินเลขที่ 1234 เนื้อที่ 2 ไร่", ["1234"], SCORE),
    ("หนังสือรับรองการทำประโยชน์ เลขที่ 88", ["88"], SCORE),
    ("โฉนดที่ดินเลขที่ 12/2545", ["12/2545"], SCORE),
    ("ที่ดินของผู้ร้อง เลขที่ดิน ๔๒ หน้าสำรวจ ๑๒๓๔ ตำบลนาโพธิ์", ["๔๒", "๑๒๓๔"], SCORE),
    ("นายสมปอง ดีมาก โฉนดที่ดินเลขที่ 4411 ติดถนนจังหวัด", ["4411"], SCORE),  # จังหวัด is no temple
    # A deed held by a company, a temple or a foundation: review, not redaction.
    ("บริษัท ตัวอย่างพัฒนา จำกัด โฉนดที่ดินเลขที่ 7788", ["7788"], (0.3, 0.45)),
    ("วัดหนองบัวทอง โฉนดที่ดินเลขที่ 3021", ["3021"], (0.3, 0.45)),
    # -- negatives ----------------------------------------------------------------
    ("หน้า 12 ของรายงานการสำรวจ", [], None),
    ("สำนักงานที่ดินจังหวัดขอนแก่น", [], None),
    ("ออกโฉนดที่ดินให้ประชาชน จำนวน 500 แปลง", [], None),
    ("ออกโฉนดที่ดิน 500 แปลง", [], None),  # a count of deeds numbers none
    ("สำเนาโฉนด 5 ฉบับ", [], None),
    ("น.ส.3 ก. ของราษฎร", [], None),
    ("เลขที่ 51593", [], None),  # no land-title word
]


@pytest.mark.parametrize(("text", "expected", "scores"), CASES)
def test_table(check, text, expected, scores) -> None:
    check(NAME, text, expected, scores)


def test_label(detect) -> None:
    _, (f,) = detect(NAME, "โฉนดที่ดินเลขที่ 51593")
    assert (f.label, f.basis) == ("LAND_TITLE", "15(5)")
