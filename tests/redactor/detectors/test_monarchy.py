"""monarchy: lines touching the monarchy are flagged for a human (s.14), never auto-applied."""

from __future__ import annotations

from tests.redactor.detectors.tables import table_test

NAME = "monarchy"
LOW = (0.3, 0.5)  # a flag for review, below any auto-apply threshold

CASES = [
    ("เนื่องในโอกาสวันเฉลิมพระชนมพรรษา พระบาทสมเด็จพระเจ้าอยู่หัว\nบรรทัดถัดไป",
     ["เนื่องในโอกาสวันเฉลิมพระชนมพรรษา พระบาทสมเด็จพระเจ้าอยู่หัว"], LOW),
    ("ผู้ต้องหาถูกกล่าวหาตามมาตรา 112 แห่งประมวลกฎหมายอาญา", ["ผู้ต้องหาถูกกล่าวหาตามมาตรา 112 แห่งประมวลกฎหมายอาญา"], LOW),
    ("ความผิดฐานหมิ่นพระบรมเดชานุภาพ", ["ความผิดฐานหมิ่นพระบรมเดชานุภาพ"], LOW),
    ("ถวายแด่สถาบันพระมหากษัตริย์", ["ถวายแด่สถาบันพระมหากษัตริย์"], LOW),
    # -- negatives ------------------------------------------------------------------
    ("เทศบาลจัดประชุมประจำเดือน", [], None),
    ("ตามมาตรา 11 แห่งพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540", [], None),
    ("พระราชบัญญัติการพนัน พุทธศักราช 2478", [], None),
]


test_table = table_test(NAME, CASES)


def test_basis_14_and_low_score(detect) -> None:
    _, (f,) = detect(NAME, "พระบาทสมเด็จพระเจ้าอยู่หัว")
    assert (f.label, f.basis) == ("MONARCHY", "14")
    assert f.score < 0.5
    assert "human" in f.explanation
