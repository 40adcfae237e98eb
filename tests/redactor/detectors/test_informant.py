"""informant: the name after a source or complaint phrase, basis 15(4)."""

from __future__ import annotations

from tests.redactor.detectors.tables import table_test

NAME = "informant"
SCORE = (0.85, 0.92)
ANONYMOUS = (0.93, 1.0)  # the document records a request not to be named

CASES = [
    ("ได้รับข้อมูลจาก นายจักราวิชช์ พุทธรักษา", ["นายจักราวิชช์ พุทธรักษา"], SCORE),
    ("ข้อมูลดังกล่าวได้รับจาก\nนายจักราวิชช์ พุทธรักษา อดีตพนักงานของเครือข่าย", ["นายจักราวิชช์ พุทธรักษา"], SCORE),
    ("ได้รับเรื่องร้องเรียนจาก\nนายจรรยาธรณ์ แก้วสายพร เลขประจำตัวประชาชน", ["นายจรรยาธรณ์ แก้วสายพร"], SCORE),
    ("ผู้แจ้งเบาะแส คือ นางสาวสมศรี ใจดี", ["นางสาวสมศรี ใจดี"], SCORE),
    ("ได้รับเบาะแสจากด.ต.ปรีชา แก้วบุญสาย", ["ด.ต.ปรีชา แก้วบุญสาย"], SCORE),
    ("ผู้ร้องเรียนนายสมชาย", ["นายสมชาย"], SCORE),
    ("ได้รับการประสานจากนางปวีนันท์ แก้วนอก อาสาสมัคร\nอสม. ขอไม่ให้เปิดเผยชื่อ", ["นางปวีนันท์ แก้วนอก"], ANONYMOUS),
    # -- negatives ------------------------------------------------------------------
    ("ได้รับข้อมูลจากสำนักงานเขต", [], None),  # an office, not a person
    ("ได้รับจากนายอำเภอเมือง", [], None),  # a position: นายอำเภอ
    ("ได้รับแจ้งจากนายกเทศมนตรีตำบลเกาะคา", [], None),
    ("นายจักราวิชช์ พุทธรักษา อดีตพนักงาน", [], None),  # a name without a source phrase
    ("ได้รับข้อมูลจากการตรวจสอบ", [], None),
]


test_table = table_test(NAME, CASES)


def test_basis_is_15_4(detect) -> None:
    # 15(4): disclosure endangers the person; policy never keeps it as an official.
    _, (f,) = detect(NAME, "ได้รับข้อมูลจาก นายจักราวิชช์ พุทธรักษา")
    assert (f.label, f.basis) == ("INFORMANT", "15(4)")
    assert "ได้รับข้อมูลจาก" in f.explanation
