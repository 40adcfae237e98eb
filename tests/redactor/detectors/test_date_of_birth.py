"""date_of_birth: dates after a birth word (DOB), and ages tied to a person (AGE)."""

from __future__ import annotations

import pytest

NAME = "date_of_birth"
DOB = (0.85, 0.95)
AGE = (0.65, 0.75)

CASES = [
    # -- birth dates: the span is the date only ---------------------------------
    ("เกิดวันที่ 12 ตุลาคม 2539", ["12 ตุลาคม 2539"], DOB),
    ("เกิดเมื่อ ๑ ม.ค. ๒๕๒๐", ["๑ ม.ค. ๒๕๒๐"], DOB),
    ("เกิดวันที่ 12 ตุลาคม พ.ศ. 2539", ["12 ตุลาคม พ.ศ. 2539"], DOB),
    ("วันเดือนปีเกิด 12/10/2539", ["12/10/2539"], DOB),
    ("วัน/เดือน/ปีเกิด ๓ มีนาคม ๒๕๓๐", ["๓ มีนาคม ๒๕๓๐"], DOB),
    ("วันเกิด: 1 มกราคม 2520", ["1 มกราคม 2520"], DOB),
    ("ผู้ต้องหาเกิดวันที่ 3 มีนาคม 2530", ["3 มีนาคม 2530"], DOB),
    # -- ages: only near a person -----------------------------------------------
    ("เด็กชายอนุชา แสนโคตร อายุ ๗ ปี", ["อายุ ๗ ปี"], AGE),
    ("นายสมชาย ใจดี อายุ 45 ปี 3 เดือน", ["อายุ 45 ปี 3 เดือน"], AGE),
    ("ผู้ต้องหา อายุ 30 ปี", ["อายุ 30 ปี"], AGE),
    ("อาศัยอยู่กับยาย อายุ 80 ปี", ["อายุ 80 ปี"], AGE),
    ("ผศ.ดร.สมชาย ใจดี อายุ 50 ปี", ["อายุ 50 ปี"], AGE),
    # -- negatives ----------------------------------------------------------------
    ("ลงวันที่ 12 ตุลาคม 2539", [], None),  # the letter's date
    ("เกิดเหตุวันที่ 12 ตุลาคม 2539", [], None),  # the incident, not a birth
    ("ประกาศ ณ วันที่ 19 มีนาคม พ.ศ. 2567", [], None),
    ("อายุ 7 ปี", [], None),  # no person
    ("โครงการนี้มีอายุ 7 ปี", [], None),
    ("อาคารอายุ 30 ปี", [], None),
    # the ศ. of พ.ศ. is not a professor, ยาย inside ขยาย is not a grandmother
    ("ตามระเบียบ พ.ศ. 2560 ใบอนุญาตมีอายุ 5 ปี", [], None),
    ("ขยายสัญญาเช่า ให้มีอายุ 3 ปี", [], None),
]


@pytest.mark.parametrize(("text", "expected", "scores"), CASES)
def test_table(check, text, expected, scores) -> None:
    check(NAME, text, expected, scores)


def test_labels(detect) -> None:
    _, (dob,) = detect(NAME, "เกิดวันที่ 12 ตุลาคม 2539")
    _, (age,) = detect(NAME, "เด็กชายอนุชา แสนโคตร อายุ ๗ ปี")
    assert (dob.label, age.label) == ("DOB", "AGE")
    assert dob.basis == age.basis == "15(5)"
    assert "birth" in dob.explanation and "person" in age.explanation
