"""security_mark: a classification mark alone on its line (the mark itself is kept)."""

from __future__ import annotations

from redactor.detectors.security_mark import is_classified
from tests.redactor.detectors.tables import table_test

NAME = "security_mark"
SCORE = (1.0, 1.0)

CASES = [
    ("ลับ", ["ลับ"], SCORE),
    ("ลับมาก", ["ลับมาก"], SCORE),
    ("ลับที่สุด", ["ลับที่สุด"], SCORE),
    ("  ลับมาก  ", ["ลับมาก"], SCORE),  # centred with spaces
    ("ลับ\nบันทึกข้อความ\nส่วนราชการ", ["ลับ"], SCORE),
    ("บันทึกข้อความ\nลับที่สุด\nเรื่อง ขออนุมัติ", ["ลับที่สุด"], SCORE),
    ("ลับ\nเนื้อหา\nลับ", [(0, 3), (12, 15)], SCORE),  # header and footer
    # -- negatives: the word ลับ inside a sentence ------------------------------------
    ("เอกสารนี้เป็นความลับ", [], None),
    ("ข้อมูลลับของทางราชการ", [], None),
    ("แผนจับกุมพนันออนไลน์ (ลับ)", [], None),
    ("ให้เก็บเป็นความลับ\nลับแล", [], None),  # ลับแล is a district
    ("เรื่อง การรักษาความปลอดภัยแห่งชาติ ชั้นลับ", [], None),
]


test_table = table_test(NAME, CASES)


def test_basis_and_document_flag(detect) -> None:
    _, (f,) = detect(NAME, "ลับมาก\nบันทึกข้อความ")
    assert (f.label, f.basis) == ("SECURITY_MARK", "15(2)")
    assert "ลับมาก" in f.explanation
    assert is_classified("ลับ\nบันทึกข้อความ")
    assert not is_classified("เอกสารนี้เป็นความลับ")
