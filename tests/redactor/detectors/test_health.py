"""health: a health clause tied to a person; health words in general text are not personal."""

from __future__ import annotations

import pytest

NAME = "health"
SCORE = (0.7, 0.8)

CASES = [
    # a person, then the clause from the trigger word on
    ("ทำให้ภรรยา\nของผู้ร้องมีภาวะนอนไม่หลับเรื้อรังและความดันโลหิตสูงจนต้องพบแพทย์\nจังหวัดพิจารณาแล้ว",
     ["มีภาวะนอนไม่หลับเรื้อรังและความดันโลหิตสูงจนต้องพบแพทย์"], SCORE),
    ("นางทองเพชร แสนโคตร ซึ่งสูงอายุและป่วยเป็นโรคเบาหวานและตาบอดข้างหนึ่ง ครอบครัวมีรายได้ไม่เพียงพอ",
     ["ป่วยเป็นโรคเบาหวานและตาบอดข้างหนึ่ง"], SCORE),
    ("ผู้ต้องหาติดยาเสพติดมานาน", ["ติดยาเสพติดมานาน"], SCORE),
    ("บุตรของผู้ร้องได้รับการวินิจฉัยว่าเป็นโรคซึมเศร้า",
     ["ได้รับการวินิจฉัยว่าเป็นโรคซึมเศร้า", "เป็นโรคซึมเศร้า"], SCORE),
    # a PDF line wrap inside the clause does not end it
    ("นายสมชาย ใจดี ป่วยเป็นโรค\nเบาหวาน และขอรับความช่วยเหลือ", ["ป่วยเป็นโรค\nเบาหวาน"], SCORE),
    # two triggers in one clause: both reported, overlap resolution merges them later
    ("เด็กชายอนุชา แสนโคตร อายุ 7 ปี เป็นเด็กพิการทางสติปัญญาและมีโรคลมชัก อาศัยอยู่กับยาย",
     ["เป็นเด็กพิการทางสติปัญญาและมีโรคลมชัก", "มีโรคลมชัก"], SCORE),
    # -- negatives: health programmes, laws, statistics -------------------------------
    ("โครงการคัดกรองประชาชนที่ป่วยเป็นโรคเบาหวาน ประจำปี 2567", [], None),
    ("โครงการซึ่งมุ่งลดจำนวนผู้ป่วยเป็นโรคไข้เลือดออก", [], None),
    ("ตามพระราชบัญญัติโรคติดต่อ พ.ศ. 2558 ผู้ที่ติดเชื้อต้องแจ้งเจ้าพนักงาน", [], None),
    ("ส่งเสริมสุขภาพผู้สูงอายุที่มีภาวะพึ่งพิง", [], None),
    ("พระราชบัญญัติการสาธารณสุข พ.ศ. ๒๕๓๕", [], None),
    ("มอบหมายโรงพยาบาลกุมภวาปีติดตามการรักษา", [], None),
]


@pytest.mark.parametrize(("text", "expected", "scores"), CASES)
def test_table(check, text, expected, scores) -> None:
    check(NAME, text, expected, scores)


def test_explanation_names_the_trigger(detect) -> None:
    _, (f,) = detect(NAME, "นายสมชาย ใจดี ป่วยเป็นโรคเบาหวาน")
    assert (f.label, f.basis) == ("HEALTH", "15(5)")
    assert "ป่วยเป็น" in f.explanation and "person" in f.explanation


def test_a_person_too_far_before_does_not_count(detect) -> None:
    text = "นายสมชาย ใจดี " + "ก" * 130 + " ป่วยเป็นโรคเบาหวาน"
    assert detect(NAME, text)[1] == []
