"""passport: 1-2 capital letters + 6-8 digits, only after a passport context word."""

from __future__ import annotations

import pytest

NAME = "passport"
SCORE = (0.8, 0.9)

CASES = [
    ("หนังสือเดินทางเลขที่ P2219054", ["P2219054"], SCORE),
    ("สัญชาติลาว หนังสือเดินทางเลขที่ P2219054 ข้อมูลดังกล่าว", ["P2219054"], SCORE),
    ("หนังสือเดินทาง AA1234567", ["AA1234567"], SCORE),
    ("พาสปอร์ต เลขที่ N12345678", ["N12345678"], SCORE),
    ("Passport No. P2219054", ["P2219054"], SCORE),
    ("หนังสือเดินทาง\nเลขที่ P2219054", ["P2219054"], SCORE),  # line wrap
    # -- negatives ------------------------------------------------------------
    ("P2219054", [], None),  # no context
    ("รหัสพัสดุ EF123456789TH", [], None),
    ("หนังสือเดินทางเลขที่ p2219054", [], None),  # lower case is not a passport number
    ("หนังสือเดินทางเลขที่ P22190", [], None),  # 5 digits
    ("หนังสือเดินทางเลขที่ ABC1234567", [], None),  # 3 letters
    ("หนังสือเดินทาง" + "ก" * 45 + " P2219054", [], None),  # context too far away
    ("หนังสือเดินทางเลขที่ XP2219054Z", [], None),
]


@pytest.mark.parametrize(("text", "expected", "scores"), CASES)
def test_table(check, text, expected, scores) -> None:
    check(NAME, text, expected, scores)


def test_explanation_names_the_context_word(detect) -> None:
    _, (f,) = detect(NAME, "หนังสือเดินทางเลขที่ P2219054")
    assert (f.label, f.basis) == ("PASSPORT", "15(5)")
    assert "หนังสือเดินทาง" in f.explanation
