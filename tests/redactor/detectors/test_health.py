"""health: a health clause tied to a person; health words in general text are not personal."""

from __future__ import annotations

import pytest

NAME = "health"
SCORE = (0.7, 0.8)

FAR = (0.55, 0.65)

CASES = [
    # a person, then the clause; it starts after the person word and runs to the clause's end
    ("ทำให้ภรรยา\nของผู้ร้องมีภาวะนอนไม่หลับเรื้อรังและความดันโลหิตสูงจนต้องพบแพทย์\nจังหวัดพิจารณาแล้ว",
     ["มีภาวะนอนไม่หลับเรื้อรังและความดันโลหิตสูงจนต้องพบแพทย์"], SCORE),
    ("นางทองเพชร แสนโคตร ซึ่งสูงอายุและป่วยเป็นโรคเบาหวานและตาบอดข้างหนึ่ง ครอบครัวมีรายได้ไม่เพียงพอ",
     ["ซึ่งสูงอายุและป่วยเป็นโรคเบาหวานและตาบอดข้างหนึ่ง"], SCORE),
    ("ผู้ต้องหาติดยาเสพติดมานาน", ["ติดยาเสพติดมานาน"], SCORE),
    ("บุตรของผู้ร้องได้รับการวินิจฉัยว่าเป็นโรคซึมเศร้า", ["ได้รับการวินิจฉัยว่าเป็นโรคซึมเศร้า"], SCORE),
    # a PDF line wrap inside the clause does not end it
    ("นายสมชาย ใจดี ป่วยเป็นโรค\nเบาหวาน และขอรับความช่วยเหลือ", ["ป่วยเป็นโรค\nเบาหวาน"], SCORE),
    ("เด็กชายอนุชา แสนโคตร อายุ 7 ปี เป็นเด็กพิการทางสติปัญญาและมีโรคลมชัก อาศัยอยู่กับยาย",
     ["เป็นเด็กพิการทางสติปัญญาและมีโรคลมชัก"], SCORE),
    # everyday words, no โรค: injuries, bleeding, paralysis, dialysis, pregnancy, rash, asthma
    ("นายวิชัย กล้าหาญ ขาขวาหักและมีแผลฉีกขาดที่ศีรษะ ต่อมาได้กลับบ้าน",
     ["ขาขวาหักและมีแผลฉีกขาดที่ศีรษะ"], SCORE),
    ("นางมาลี ศรีสุข กระดูกสะโพกร้าว อยู่ระหว่างพักฟื้น", ["กระดูกสะโพกร้าว"], SCORE),
    ("ผู้เสียหายมีเลือดออกในช่องท้อง", ["มีเลือดออกในช่องท้อง"], SCORE),
    ("ตาของผู้ร้องเป็นอัมพาตครึ่งซีกหลังหลอดเลือดสมองแตก จนต้อง\nนอนติดเตียง",
     ["เป็นอัมพาตครึ่งซีกหลังหลอดเลือดสมองแตก จนต้อง\nนอนติดเตียง"], SCORE),
    ("ยายแก้ว\nล้างไตทางหน้าท้องวันละสี่ครั้ง", ["ล้างไตทางหน้าท้องวันละสี่ครั้ง"], SCORE),
    # a health word cut by a line wrap is still found, and the clause spans the wrap
    ("ยายบุญเส้นเลือดใน\nสมองตีบจนเดินไม่ได้", ["บุญเส้นเลือดใน\nสมองตีบจนเดินไม่ได้"], SCORE),
    ("ภรรยาของผู้ร้องอยู่ระหว่างตั้งครรภ์ได้ ๗ เดือน และว่างงาน", ["อยู่ระหว่างตั้งครรภ์ได้ ๗ เดือน"], SCORE),
    ("บุตรสาวมีผื่นแดงทั่วตัวและหอบหืดกำเริบบ่อย", ["มีผื่นแดงทั่วตัวและหอบหืดกำเริบบ่อย"], SCORE),
    ("นายสมบัติ ดีงาม ทุพพลภาพร้อยละ 60 จากอุบัติเหตุ", ["ทุพพลภาพร้อยละ 60"], SCORE),
    ("ผู้ต้องขังรายนี้ผลตรวจหาเชื้อเป็นบวก", ["รายนี้ผลตรวจหาเชื้อเป็นบวก"], SCORE),
    ("นางสาวจันทร์ ใจงาม ลาคลอดบุตรตั้งแต่เดือนมีนาคม", ["ลาคลอดบุตรตั้งแต่เดือนมีนาคม"], SCORE),
    # a form: the person stands far before, after an ID and an address
    ("ข้าพเจ้า นายดำ ขำคม เลขประจำตัวประชาชน 1-2345-67890-12-1 อยู่บ้านเลขที่ 10 หมู่ที่ 2 ตำบลหนึ่ง "
     "อำเภอสอง จังหวัดสาม รหัสไปรษณีย์ 40000 โทรศัพท์ 081-000-0000 อีเมล dam@example.com "
     "เป็นคนพิการทางการมองเห็น", ["เป็นคนพิการทางการมองเห็น"], FAR),
    # a list row read as text: the person's ID number stands further back than a name would
    ("3-1234-56789-01-2\nปลูกข้าว\n" + "งวด 1 ชำระแล้ว\n" * 12 + "ป่วยมะเร็งลำไส้ ขอพักชำระ",
     ["ป่วยมะเร็งลำไส้"], FAR),
    # English sentences: from the verb to the last health word
    ("Mr. Tom Hall sustained a broken wrist and a head injury in the crash.",
     ["sustained a broken wrist and a head injury"], SCORE),
    ("His daughter was diagnosed with asthma last year.", ["was diagnosed with asthma"], SCORE),
    # -- negatives: health programmes, laws, statistics, groups -------------------------
    ("โครงการคัดกรองประชาชนที่ป่วยเป็นโรคเบาหวาน ประจำปี 2567", [], None),
    ("โครงการซึ่งมุ่งลดจำนวนผู้ป่วยเป็นโรคไข้เลือดออก", [], None),
    ("ตามพระราชบัญญัติโรคติดต่อ พ.ศ. 2558 ผู้ที่ติดเชื้อต้องแจ้งเจ้าพนักงาน", [], None),
    ("ส่งเสริมสุขภาพผู้สูงอายุที่มีภาวะพึ่งพิง", [], None),
    ("พระราชบัญญัติการสาธารณสุข พ.ศ. ๒๕๓๕", [], None),
    ("มอบหมายโรงพยาบาลกุมภวาปีติดตามการรักษา", [], None),
    ("ในเดือนนี้ประชาชนป่วยเป็นไข้เลือดออก 25 ราย", [], None),
    ("นายอำเภอแจ้งว่ามีผู้บาดเจ็บ 4 ราย จากเหตุอัคคีภัย", [], None),
    ("แผนปรับสภาพที่อยู่อาศัยคนพิการ ปี 2567", [], None),
    ("ผู้ป่วยทั้งหมดมีอาการไข้สูง", [], None),
    ("รายงานการระบาดของโรคมือเท้าปากเป็นกลุ่มก้อนในโรงเรียน นายก ใจดี", [], None),
    ("Three residents were injured in the storm.", [], None),
    ("รหัสโครงการ 1234567890123 ป่วยเป็นโรคเบาหวาน 200 ราย", [], None),
]


@pytest.mark.parametrize(("text", "expected", "scores"), CASES)
def test_table(check, text, expected, scores) -> None:
    check(NAME, text, expected, scores)


def test_explanation_names_the_trigger(detect) -> None:
    _, (f,) = detect(NAME, "นายสมชาย ใจดี ป่วยเป็นโรคเบาหวาน")
    assert (f.label, f.basis) == ("HEALTH", "15(5)")
    assert "ป่วยเป็น" in f.explanation and "person" in f.explanation


def test_a_person_too_far_before_does_not_count(detect) -> None:
    text = "นายสมชาย ใจดี " + "ก" * 260 + " ป่วยเป็นโรคเบาหวาน"
    assert detect(NAME, text)[1] == []
