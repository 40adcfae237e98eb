"""Labelled DOCX masks: each redaction's mask ends in its legal basis, ``███[ม.15(5)]``."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from redactor.formats.docx import _mask, mask_label
from redactor.pipeline import analyse, redact
from tests.fixtures.make_pdf import build_docx, national_id

NID = national_id("350120033441")
PHONE = "089-314-2267"
NAME = "นายสุรเชษฐ์ ทองนพคุณ"


@pytest.mark.parametrize(("text", "cuts", "labels", "expected"), [
    ("abc 0123456789 xyz", [(4, 14)], {(4, 14): "[ม.15(5)]"}, "abc █[ม.15(5)] xyz"),          # 10 → 1 █ + label
    ("ab 0123456789012345 z", [(3, 19)], {(3, 19): "[ม.15(5)]"}, "ab ███████[ม.15(5)] z"),      # 16 → 7 █
    ("x 12 y", [(2, 4)], {(2, 4): "[ม.15(2)]"}, "x █[ม.15(2)] y"),                              # never below one █
    ("a 11 b 22 c", [(2, 4), (7, 9)], {(2, 4): "[L1]", (7, 9): "[L2]"}, "a █[L1] b █[L2] c"),    # right to left
    ("a 11 b 22 c", [(2, 4), (7, 9)], {}, "a ██ b ██ c"),                                       # unlabelled
])
def test_mask_with_labels(text: str, cuts: list[tuple[int, int]], labels: dict[tuple[int, int], str],
                          expected: str) -> None:
    assert _mask(text, cuts, labels) == expected


def _runs(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    return "\n".join("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p)) for p in xml.split("</w:p>"))


@pytest.mark.parametrize("labelled", [True, False])
def test_docx_masks_carry_the_basis_and_still_verify(tmp_path: Path, labelled: bool) -> None:
    src = build_docx(tmp_path / "letter.docx", [
        "บันทึกข้อความ เรื่อง ขอรับเงินช่วยเหลือ",
        f"ผู้ยื่นคำร้อง {NAME} เลขประจำตัวประชาชน {NID} โทร {PHONE}",
        "จึงเรียนมาเพื่อโปรดพิจารณา",
    ])
    analysis = analyse(src)
    try:
        phone = next(p for p in analysis.proposals if p.label == "PHONE")
    finally:
        analysis.doc.close()
    decisions = {"default": "policy", "decisions": [{"id": phone.id, "action": "accept", "basis": "15(2)"}]}
    out = tmp_path / "out.docx"
    result = redact(src, out, decisions=decisions, label_boxes=labelled)
    assert result.verification.passed
    text = _runs(out)
    assert NID not in text and PHONE not in text and "ทองนพคุณ" not in text
    assert "บันทึกข้อความ เรื่อง ขอรับเงินช่วยเหลือ" in text and "จึงเรียนมาเพื่อโปรดพิจารณา" in text
    if labelled:
        assert f"เลขประจำตัวประชาชน {'█' * (13 - len(mask_label('15(5)')))}{mask_label('15(5)')} โทร" in text
        assert text.count("[ม.15(5)]") == 2 and text.count("[ม.15(2)]") == 1  # the reviewer's basis
    else:
        assert "[ม." not in text
