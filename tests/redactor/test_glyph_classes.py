"""Glyph classes of real PDF text layers, end to end.

PDFs are laid out here by MuPDF's HTML engine (HarfBuzz shaping) with the TLWG
Thai fonts, which write what Word and LibreOffice exports also contain: PUA
tone marks before the lower vowel (หมู่ as ม + PUA MAI EK + SARA UU),
decomposed SARA AM, and Latin ligatures (oﬃce). Detection must read through
all of them and the redaction must land on the characters in the file.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from redactor.normalise import fold_for_match
from redactor.pipeline import analyse, redact

FONTS = Path("/usr/share/fonts/truetype/tlwg")

# Made-up data.
HOUSE = "45/3 หมู่ที่ 7"
TEXT = (
    "<p>ผู้ร้องเรียน นายสมมติ ทดสอบดี อยู่บ้านเลขที่ " + HOUSE + " ตำบลบ้านใหม่ อำเภอเมือง จังหวัดสมมติ</p>"
    "<p>ติดต่อกลับทาง somsak.officer@example.com</p>"
)


def _shaped_pdf(path: Path, font: str) -> Path:
    if not (FONTS / f"{font}.ttf").exists():
        pytest.skip(f"{font} not installed")
    css = f"@font-face {{font-family: T; src: url({font}.ttf);}} body {{font-family: T; font-size: 14pt}}"
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_htmlbox(pymupdf.Rect(36, 36, 560, 800), TEXT, css=css, archive=pymupdf.Archive(str(FONTS)))
    doc.save(str(path))
    return path


@pytest.mark.parametrize("font", ["Garuda", "Loma", "Kinnari"])
def test_house_number_before_a_pua_shaped_mu_is_redacted(font: str, tmp_path: Path) -> None:
    src = _shaped_pdf(tmp_path / "in.pdf", font)
    analysis = analyse(src)
    try:
        text = analysis.doc.textmap.text
        # The text layer really holds the glyph-order forms.
        assert "\uf70a\u0e39" in text
        assert fold_for_match(HOUSE) in fold_for_match(text)
        addresses = [p for p in analysis.proposals if p.label == "ADDRESS"]
        assert any(fold_for_match(HOUSE) in fold_for_match(p.text) for p in addresses), addresses
    finally:
        analysis.doc.close()
    out = tmp_path / "out.pdf"
    result = redact(src, out)
    assert result.verification.passed
    written = fold_for_match(pymupdf.open(str(out))[0].get_text())
    assert fold_for_match(HOUSE) not in written
    assert fold_for_match("จังหวัดสมมติ") in written


def test_email_set_with_ligatures_is_found(tmp_path: Path) -> None:
    src = _shaped_pdf(tmp_path / "in.pdf", "Loma")
    analysis = analyse(src)
    try:
        assert "\ufb03" in analysis.doc.textmap.text  # the layer holds the ligature
        emails = [p for p in analysis.proposals if p.label == "EMAIL"]
        assert [fold_for_match(p.text) for p in emails] == [fold_for_match("somsak.officer@example.com")]
        assert "\ufb03" in emails[0].text  # and the redaction covers it
    finally:
        analysis.doc.close()
