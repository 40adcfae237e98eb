"""address: the house-level part of an address; district, province and postcode stay."""

from __future__ import annotations

import pytest

NAME = "address"
ANCHORED = (0.8, 0.9)  # after บ้านเลขที่ / อยู่ / ที่อยู่ / ภูมิลำเนา
BARE = (0.65, 0.75)  # number + two or more components, no address word

CASES = [
    # the span starts at the house number and stops before อำเภอ / จังหวัด
    ("บ้านเลขที่ 235/9 ถนนศรีจันทร์ ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น",
     ["235/9 ถนนศรีจันทร์ ตำบลในเมือง"], ANCHORED),
    ("อยู่บ้านเลขที่ ๒๓๕/๙ ถนนศรีจันทร์ ตำบลในเมือง อำเภอเมืองขอนแก่น", ["๒๓๕/๙ ถนนศรีจันทร์ ตำบลในเมือง"], ANCHORED),
    ("118/3 หมู่ที่ 5 ตำบลท่าวัง", ["118/3 หมู่ที่ 5 ตำบลท่าวัง"], BARE),
    ("บ้านเลขที่ 77 หมู่ 12 ตำบลพันดอน)", ["77 หมู่ 12 ตำบลพันดอน"], ANCHORED),
    ("อยู่บ้านเลขที่ 77\nหมู่ 12 ตำบลพันดอน", ["77\nหมู่ 12 ตำบลพันดอน"], ANCHORED),  # PDF line wrap
    ("เลขที่ 99 ม.3 ต.บ้านเป็ด อ.เมือง จ.ขอนแก่น", ["99 ม.3 ต.บ้านเป็ด"], ANCHORED),
    ("ภูมิลำเนาอยู่ 45 ซอยสุขุมวิท 21 แขวงคลองเตยเหนือ เขตวัฒนา", ["45 ซอยสุขุมวิท 21 แขวงคลองเตยเหนือ"], ANCHORED),
    ("ที่อยู่ 12/345 หมู่บ้านสุขใจ ถนนมิตรภาพ", ["12/345 หมู่บ้านสุขใจ ถนนมิตรภาพ"], ANCHORED),
    ("อาคารพาณิชย์เลขที่ 44/12\nถนนโพศรี", ["44/12\nถนนโพศรี"], ANCHORED),
    # -- negatives ----------------------------------------------------------------
    ("ถนนหน้าศูนย์ราชการ", [], None),  # a road name alone
    ("ศาลากลางจังหวัดขอนแก่น ถนนหน้าศูนย์ราชการ ขก 40000", [], None),  # agency address
    ("ที่ ขก 0017.1/2215", [], None),  # document number
    ("คำสั่งอำเภอเมืองมหาสารคาม ที่ 217/2567", [], None),
    ("คำสั่งที่ 217/2567 ตำบลในเมือง", [], None),
    ("12 ถนนมิตรภาพ", [], None),  # one component and no address word
    ("หมู่ 12 ตำบลพันดอน", [], None),  # no house number
    ("ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น", [], None),  # jurisdiction only
    ("ครั้งที่ 1/2567 ณ ห้องประชุม", [], None),
    # a year or a count before the components is no house number
    ("ปีงบประมาณ 2567 ตำบลท่าวัง หมู่ 5", [], None),
    ("จำนวน 500 ตำบล ตำบลละ 10,000 บาท", [], None),
]


@pytest.mark.parametrize(("text", "expected", "scores"), CASES)
def test_table(check, text, expected, scores) -> None:
    check(NAME, text, expected, scores)


def test_district_and_province_stay_outside_the_span(detect) -> None:
    view, (f,) = detect(NAME, "อยู่บ้านเลขที่ 235/9 ถนนศรีจันทร์ ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000")
    found = view[f.start : f.end]
    assert found.startswith("235/9")
    assert "อำเภอ" not in found and "จังหวัด" not in found and "40000" not in found
    assert (f.label, f.basis) == ("ADDRESS", "15(5)")
    assert "address word" in f.explanation
