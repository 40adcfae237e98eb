"""informant: the name after a source or complaint phrase, basis 15(4)."""

from __future__ import annotations

import pytest

NAME = "informant"
SCORE = (0.85, 0.92)
ANONYMOUS = (0.93, 1.0)  # the document records a request not to be named

CASES = [
    ("ได้รับข้อมูลจาก นายเอกพล ศรีบุญเรือง", ["นายเอกพล ศรีบุญเรือง"], SCORE),
    ("ข้อมูลดังกล่าวได้รับจาก\nนายเอกพล ศรีบุญเรือง อดีตพนักงานของเครือข่าย", ["นายเอกพล ศรีบุญเรือง"], SCORE),
    ("ได้รับเรื่องร้องเรียนจาก\nนายวีรยุทธ พลศักดิ์ขวา เลขประจำตัวประชาชน", ["นายวีรยุทธ พลศักดิ์ขวา"], SCORE),
    ("ผู้แจ้งเบาะแส คือ นางสาวสมศรี ใจดี", ["นางสาวสมศรี ใจดี"], SCORE),
    ("ได้รับเบาะแสจากด.ต.สมบัติ ภูมิพันธ์", ["ด.ต.สมบัติ ภูมิพันธ์"], SCORE),
    ("ผู้ร้องเรียนนายสมชาย", ["นายสมชาย"], SCORE),
    ("ได้รับการประสานจากนางบุญหลาย ศรีสุข อาสาสมัคร\nอสม. ขอไม่ให้เปิดเผยชื่อ", ["นางบุญหลาย ศรีสุข"], ANONYMOUS),
    # -- negatives ------------------------------------------------------------------
    ("ได้รับข้อมูลจากสำนักงานเขต", [], None),  # an office, not a person
    ("ได้รับจากนายอำเภอเมือง", [], None),  # a position: นายอำเภอ
    ("ได้รับแจ้งจากนายกเทศมนตรีตำบลเกาะคา", [], None),
    ("นายเอกพล ศรีบุญเรือง อดีตพนักงาน", [], None),  # a name without a source phrase
    ("ได้รับข้อมูลจากการตรวจสอบ", [], None),
]


@pytest.mark.parametrize(("text", "expected", "scores"), CASES)
def test_table(check, text, expected, scores) -> None:
    check(NAME, text, expected, scores)


def test_basis_is_15_4(detect) -> None:
    # 15(4): disclosure endangers the person; policy never keeps it as an official.
    _, (f,) = detect(NAME, "ได้รับข้อมูลจาก นายเอกพล ศรีบุญเรือง")
    assert (f.label, f.basis) == ("INFORMANT", "15(4)")
    assert "ได้รับข้อมูลจาก" in f.explanation
