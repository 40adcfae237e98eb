"""Pages whose OCR reading is not words (issue 12, item 1: false stops on pdf.js bug911034 and issue12810).

Rule: a page read by OCR as a whole (a scan, an untrusted text layer, text drawn as outlines) whose
OCR reading would not be trusted as a text layer (under ``TRUST_WORDS`` of at least
``MIN_OCR_LETTERS`` letters form Thai or English words, under ``UNSURE_TRUST_WORDS`` when OCR was
unsure of it: a script Tesseract's languages do not hold, a drawing's hatching) needs a person
(exit 4): neither detection nor verification can rely on what OCR read there. Where a reviewer
goes ahead (``reviewed_scans``), the text outside the boxes on such a page is not held to being
read again (it reads as different nonsense each time), while withheld items are checked on it as
everywhere: one still on the page stops the file (exit 3).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pymupdf
import pytest

from redactor.errors import VerificationFailed
from redactor.formats import textlayer
from redactor.ocr.tesseract import unavailable_reason
from tests.fixtures import make_scan as ms

needs_tesseract = pytest.mark.skipif(unavailable_reason() is not None,
                                     reason=f"Tesseract not usable: {unavailable_reason()}")


# Word-shaped Latin tokens among Thai letters that form no words (about 74% of its letters in "words").
LATIN_GARBAGE = ("pha io He hee al He Ho ig Ho Qo ae Ho fo ac ole Re oil soit fie she fe lo cz ie etre He Waa"
                 " ฬฆฌฎฏฐฑ ษฤฦฬฮฆฌ ฎฏฐฑฒณ")


@pytest.mark.parametrize(("text", "conf", "nonsense"), [
    # Readings that are words: Thai prose, English prose, Thai with digits.
    ("สำนักงานเขตได้รับเรื่องร้องเรียนของประชาชนและส่งให้เจ้าหน้าที่พิจารณาตามระเบียบ", 92.0, False),
    ("The committee received the request and sent it to the officer in charge for review", 95.0, False),
    ("หนังสือที่ ๑๒๓/๒๕๖๗ ลงวันที่ ๕ มีนาคม ๒๕๖๗ เรื่อง ขอความอนุเคราะห์ข้อมูล", 60.0, False),
    # Too few letters to judge by words: digits, a stamp, a short garbled line.
    ("๐๘๑-๒๓๔-๕๖๗๘ 12/3 ๑๒๓๔๕", 50.0, False),
    ("ะรอะรจ๓ร2บ๑", 50.0, False),
    # Nonsense: Thai letters that form no words, Latin that is no words.
    ("ะรอะรจ๓ร2บ๑ ชาดวชรซ์โต๊รณต ฬฆฌฎฏฐฑ ษฤฦฬฮฆฌ ฎฏฐฑฒณ ญฆฌฎ ฏฐฑ ฒณฬฮ ฤฦษฆ", 90.0, True),
    # Word-shaped Latin garbage: passes when OCR was sure of it, not when it was unsure.
    (LATIN_GARBAGE, 90.0, False),
    (LATIN_GARBAGE, 60.0, True),
    ("Xqzt Hjkw Vv Vv Pqrs Tkvm Zxcv Bnml Qwrt Ypsd Fghj Klzx Cvbn Mqwx Zrtp", 90.0, True),
])
def test_ocr_nonsense_table(text: str, conf: float, nonsense: bool) -> None:
    assert (textlayer.ocr_nonsense(text, conf) is not None) is nonsense


def _korean_scan(path: Path) -> Path:
    """A scanned page of Korean prose: a script the Thai and English OCR languages do not hold."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    # Lines that do not repeat one another (a reading of one is not found again in another by chance).
    syllables = "정부보공개법률에따라행기관은를해야합니다시민청원서류검토결과통지"
    rng = np.random.default_rng(7)
    lines = [" ".join("".join(rng.choice(list(syllables), 3)) for _ in range(8)) for _ in range(30)]
    page.insert_textbox(pymupdf.Rect(50, 50, 545, 800), "\n".join(lines), fontname="korea", fontsize=14)
    pix = page.get_pixmap(dpi=300, colorspace=pymupdf.csGRAY)
    img = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width)
    return ms.image_pdf(path, [img], page=(595, 842))


@needs_tesseract
def test_scan_in_a_script_ocr_cannot_read_needs_a_person(tmp_path: Path, phoei) -> None:
    src = _korean_scan(tmp_path / "korean.pdf")
    out = tmp_path / "out.pdf"
    run = phoei("redact", src, "-o", out, "--accept-all")
    assert run.code == 4, run.err
    assert "page 1 was read by OCR, but only" in run.err and "Thai or English words" in run.err
    assert not out.exists()


@needs_tesseract
def test_thai_scan_is_not_taken_for_nonsense(tmp_path: Path) -> None:
    from redactor.formats import pdf

    scan = ms.build_small_scan(tmp_path / "scan.pdf")
    doc = pdf.open_document(scan.path)
    try:
        assert not doc.needs_review
        assert all(textlayer.ocr_nonsense(result.text, result.conf) is None for _r, result in doc.scans)
    finally:
        doc.close()


@needs_tesseract
@pytest.mark.parametrize("painted", [True, False])
def test_reviewed_nonsense_page_still_fails_closed_on_withheld_text(painted: bool, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A reviewer redacts part of such a page: boxes painted -> verified, with a note naming the page;
    the box left off (the written page is the source) -> the withheld text is still read there: exit 3."""
    from redactor import pipeline
    from redactor.formats.pdf import PdfDocument

    src = _korean_scan(tmp_path / "korean.pdf")
    analysis = pipeline.analyse(src)
    try:
        text = analysis.doc.textmap.text
        # The longest OCR line: whatever OCR read there, it is what the reviewer boxes.
        seg = max(analysis.doc.textmap.segments, key=lambda s: s.end - s.start)
        start, end = seg.start, seg.start + min(12, seg.end - seg.start)
        assert len(text[start:end].strip()) >= 8
    finally:
        analysis.doc.close()
    decisions = {"reviewed_scans": True, "default": "reject",
                 "decisions": [{"manual": {"start": start, "end": end}, "label": "PERSON", "basis": "15(5)"}]}
    if not painted:
        monkeypatch.setattr(PdfDocument, "apply", lambda self, reds, out, **kw: shutil.copyfile(src, out))
    out = tmp_path / "out.pdf"
    if painted:
        result = pipeline.redact(src, out, decisions=decisions)
        assert result.verification.passed
        assert any("page 1: only" in n and "not checked by OCR again" in n for n in result.verification.notes)
    else:
        with pytest.raises(VerificationFailed, match="withheld item"):
            pipeline.redact(src, out, decisions=decisions)
        assert not out.exists()
