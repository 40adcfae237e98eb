"""law_enforcement: raid date/time, force size and target premises, only in operational texts."""

from __future__ import annotations

import pytest

from tests.redactor.detectors.tables import table_test

NAME = "law_enforcement"
SCORE = (0.8, 0.9)

SECRET_PLAN = """ลับ
บันทึกข้อความ
เรื่อง  ขออนุมัติแผนการจับกุมเครือข่ายการพนันออนไลน์
แผนการปฏิบัติ: เข้าตรวจค้นอาคารพาณิชย์เลขที่ ๗๐/๕๘
ถนนโพศรี ในวันที่ ๒๖ กุมภาพันธ์ ๒๕๖๕ เวลา ๐๖.๐๐ น. ใช้กำลังพล
๓๑ นาย รถยนต์ ๔ คัน โดยมีด.ต.ปรีชา แก้วบุญสาย แฝงตัวเป็นลูกค้าก่อน
ลับ"""

# Not classified, but plainly an operation plan (three or more operational words).
OPERATION = """ชุดสืบสวนวางแผนปฏิบัติการล่อซื้อ แล้วเข้าจับกุม
ตรวจค้นบ้านเลขที่ 9/1 หมู่ที่ 4 ตำบลหนองบัว ในวันที่ 1 มีนาคม 2567 เวลา 05.30 น. ตำรวจ 12 นาย"""

# An ordinary letter: dates with times, vehicles and staff, one arrest word.
NORMAL = """ด้วยเทศบาลจะจัดประชุมประจำเดือน ในวันที่ 28 กุมภาพันธ์ 2567 เวลา 09.00 น.
ณ อาคารเลขที่ 12 ถนนหน้าเมือง ใช้รถยนต์ 2 คัน และเจ้าหน้าที่ 10 นาย ในการจับกุมสุนัขจรจัด"""

CASES = [
    (SECRET_PLAN,
     ["วันที่ ๒๖ กุมภาพันธ์ ๒๕๖๕ เวลา ๐๖.๐๐ น.", "กำลังพล\n๓๑ นาย รถยนต์ ๔ คัน", "อาคารพาณิชย์เลขที่ ๗๐/๕๘\nถนนโพศรี"],
     SCORE),
    (OPERATION,
     ["วันที่ 1 มีนาคม 2567 เวลา 05.30 น.", "ตำรวจ 12 นาย", "บ้านเลขที่ 9/1 หมู่ที่ 4 ตำบลหนองบัว"],
     SCORE),
    ("ลับ\nเป้าหมายคือ ห้องพักเลขที่ 305 ชั้น 3", ["ห้องพักเลขที่ 305 ชั้น 3"], SCORE),
    # -- negatives ------------------------------------------------------------------
    (NORMAL, [], None),
    ("ลับ\nเรื่อง นัดประชุม วันที่ 1 มีนาคม 2567 เวลา 09.00 น. ใช้รถยนต์ 2 คัน", [], None),  # classified, no operation
    ("ขอเชิญประชุม วันที่ 1 มีนาคม 2567 เวลา 09.00 น.", [], None),
]


test_table = table_test(NAME, CASES)


def test_basis_and_explanations(detect) -> None:
    _, found = detect(NAME, SECRET_PLAN)
    assert {(f.label, f.basis) for f in found} == {("SECURITY", "15(2)")}
    whys = {f.explanation for f in found}
    assert any("date and time" in w for w in whys)
    assert any("force" in w for w in whys)
    assert any("target premises" in w for w in whys)


# A classified letter planning a raid on a named bar: the weekday form of the date,
# teams counted with their total and the undercover buyer, the muster point and time.
NAMED_BAR = """ลับ
สถานีตำรวจได้สืบสวนพบว่ามีการค้ายาเสพติดในร้านเหล้า“ลมหนาวเฮาส์” ริมถนนสายเอเชีย ตำบลหนองแก อำเภอเมือง
จึงกำหนดเข้าตรวจค้นในวันศุกร์ที่ ๑๔ มิถุนายน ๒๕๖๘ เวลา ๐๑.๑๕ น. โดยใช้กำลังชุดจับกุม ๓ ชุด รวม ๒๒ นาย
และสายลับ ๒ นาย นัดรวมพล ณ ลานวัดหนองแก เวลา ๒๓.๓๐ น. ของวันก่อนหน้า"""

NEW_CASES = [
    (NAMED_BAR,
     ["วันศุกร์ที่ ๑๔ มิถุนายน ๒๕๖๘ เวลา ๐๑.๑๕ น.", "กำลังชุดจับกุม ๓ ชุด รวม ๒๒ นาย\nและสายลับ ๒ นาย",
      "ลานวัดหนองแก เวลา ๒๓.๓๐ น.", "“ลมหนาวเฮาส์” ริมถนนสายเอเชีย ตำบลหนองแก"],
     SCORE),
    # Not operational: a shop named in quotes in a festival notice, a meeting point with a time.
    ("ขอเชิญร่วมงานเทศกาลที่ร้านกาแฟ“บ้านสวน” ถนนพหลโยธิน ตำบลในเมือง นัดพบ ณ หน้าอำเภอ เวลา 08.00 น.", [], None),
]


@pytest.mark.parametrize(("text", "expected", "scores"), NEW_CASES)
def test_weekday_teams_muster_and_named_premises(check, text, expected, scores) -> None:
    check(NAME, text, expected, scores)


# A record of a search already made (not classified): its date and force go to review; the searched house
# stays withheld.
RECORD = """บันทึกการตรวจค้น
วันที่ ๒๑ มีนาคม ๒๕๗๐ เวลา ๐๖.๓๐ น. ตามหมายค้นของศาลจังหวัดทดลอง ใช้ตำรวจ ๘ นาย
ได้ทำการตรวจค้นบ้านเลขที่ ๒๐๓ หมู่ ๑๑ ของนายทดลอง ใจดี ผลการตรวจค้นพบของกลาง"""


def test_a_record_of_a_search_already_made(detect) -> None:
    from tests.redactor.detectors.tables import run_detector

    view, findings = run_detector(NAME, RECORD)
    got = {view[f.start:f.end]: f.score for f in findings}
    assert got == {"วันที่ 21 มีนาคม 2570 เวลา 06.30 น.": 0.4, "ตำรวจ 8 นาย": 0.4, "บ้านเลขที่ 203 หมู่ 11": 0.85}, got
    # classified, the same record is an operational document
    view, findings = run_detector(NAME, "ลับ\n" + RECORD)
    assert all(f.score == 0.85 for f in findings) and len(findings) == 3
