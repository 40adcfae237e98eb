"""Borderless name lists as Word prints them to PDF (real public lists of students and trainees).

Three layouts that lost their names: the running-number and name headings printed as one piece
("ลำดับ ชื่อ"); headings centred over their columns, so a name starts left of its heading; and a
list printed on over several pages with its header row only on the first. Fixtures are drawn here
with invented names.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from redactor.formats import pdf as pdf_format
from redactor.lexicon import header_label
from redactor.pipeline import analyse

FONT = Path("/usr/share/fonts/truetype/tlwg/Garuda.ttf")
needs_font = pytest.mark.skipif(not FONT.is_file(), reason="fonts-thai-tlwg is not installed")

PEOPLE = [("ทดลองชัย", "สมมุติกุล", "โรงเรียนทดสอบวิทยา"), ("ปรีดาลองดี", "ตัวอย่างงาม", "โรงเรียนสมมุติศึกษา"),
          ("กมลทดสอบ", "ชื่อสมมุติ", "โรงเรียนทดสอบวิทยา"), ("วิภาลองใจ", "แต่งขึ้นมา", "โรงเรียนตัวอย่างพัฒนา")]
MORE = [("สุดาทดลอง", "สมมุติยิ่ง", "โรงเรียนทดสอบวิทยา"), ("อนันต์ลองดู", "ตัวอย่างดี", "โรงเรียนสมมุติศึกษา"),
        ("ชนิดาทดสอบ", "แต่งเติมใจ", "โรงเรียนตัวอย่างพัฒนา")]


@pytest.mark.parametrize(
    ("header", "label"),
    [
        ("ลำดับ ชื่อ", "PERSON"),  # number and name headings printed as one piece
        ("ลำดับที่ นามสกุล", "PERSON"),
        ("No. Name", "PERSON"),
        ("นำมสกุล", "PERSON"),  # a font mapping SARA AA to SARA AM
        ("ลำดับ", "-"),  # the running number alone stays a public column
        ("ลำดับ ตำแหน่ง", "-"),  # a number with a public column: still public
        ("ลำดับ โรงเรียน", "-"),  # a number with a column the lexicon does not know: the number's
        ("ชื่อบริษัท", "-"),
    ],
)
def test_heading_read_through_a_leading_number_heading(header: str, label: str | None) -> None:
    got = header_label(header)
    assert (got[0] if got else None) == label


def _line(page: pymupdf.Page, x: float, y: float, s: str) -> None:
    page.insert_text((x, y), s, fontsize=10, fontname="garuda", fontfile=str(FONT))


def _width(s: str) -> float:
    return pymupdf.Font(fontfile=str(FONT)).text_length(s, fontsize=10)


def _list_page(page: pymupdf.Page, top: float, heads: list[tuple[float, str]] | None,
               rows: list[tuple[str, ...]], lefts: list[float], start_no: int = 1) -> float:
    y = top
    if heads is not None:
        for x, h in heads:
            _line(page, x, y, h)
        y += 20
    for k, row in enumerate(rows):
        _line(page, lefts[0], y, str(start_no + k))
        for x, val in zip(lefts[1:], row, strict=True):
            _line(page, x, y, val)
        y += 16
    return y


def _redacted(path: Path) -> set[str]:
    a = analyse(path)
    try:
        return {" ".join(p.text.split()) for p in a.proposals if p.action == "redact"}
    finally:
        a.doc.close()


def _headers(path: Path) -> dict[str, str]:
    d = pdf_format.open_document(path)
    try:
        t = d.textmap.text
        return {" ".join(t[c.start:c.end].split()): c.header for c in d.tables}
    finally:
        d.close()


@needs_font
def test_number_and_name_headings_in_one_piece(tmp_path: Path) -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    _line(page, 60, 50, "ประกาศรายชื่อผู้มีสิทธิ์เข้าร่วมโครงการ")
    _list_page(page, 90, [(60, "ลำดับ ชื่อ"), (220, "นามสกุล"), (330, "โรงเรียน")], PEOPLE, [66, 100, 220, 330])
    doc.save(tmp_path / "one_piece.pdf")
    doc.close()
    heads = _headers(tmp_path / "one_piece.pdf")
    assert heads["ทดลองชัย"] == "ลำดับ ชื่อ" and heads["สมมุติกุล"] == "นามสกุล"
    red = _redacted(tmp_path / "one_piece.pdf")
    assert {"ทดลองชัย", "สมมุติกุล", "วิภาลองใจ", "แต่งขึ้นมา"} <= red
    assert not {"1", "2", "โรงเรียนทดสอบวิทยา"} & red  # the running number and the school stay


@needs_font
def test_headings_centred_over_their_columns(tmp_path: Path) -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    lefts = [64.0, 90.0, 150.0, 250.0, 350.0]
    spans = [(60.0, 85.0), (86.0, 146.0), (147.0, 246.0), (247.0, 346.0), (347.0, 500.0)]
    titles = ["ลำดับ", "คำนำหน้า", "ชื่อ", "นามสกุล", "โรงเรียน"]
    heads = [((a + b) / 2 - _width(t) / 2, t) for (a, b), t in zip(spans, titles, strict=True)]
    rows = [("นางสาว", *p) for p in PEOPLE]
    y = _list_page(page, 90, heads, rows, lefts)
    # running text below the list ends it
    _line(page, 60, y + 20, "ขอให้ผู้มีรายชื่อข้างต้นยืนยันสิทธิ์ภายในวันที่ ๓๐ เมษายน ๒๕๖๙ มิฉะนั้นถือว่าสละสิทธิ์")
    doc.save(tmp_path / "centred.pdf")
    doc.close()
    heads_of = _headers(tmp_path / "centred.pdf")
    assert heads_of["ทดลองชัย"] == "ชื่อ" and heads_of["สมมุติกุล"] == "นามสกุล"
    assert not any("ยืนยัน" in k for k in heads_of)
    red = _redacted(tmp_path / "centred.pdf")
    assert {"ทดลองชัย", "สมมุติกุล", "ปรีดาลองดี", "ตัวอย่างงาม"} <= red
    assert "โรงเรียนสมมุติศึกษา" not in red


def _two_pages(path: Path, page2: str) -> None:
    doc = pymupdf.open()
    lefts = [66.0, 100.0, 220.0, 330.0]
    p1 = doc.new_page()
    _line(p1, 60, 50, "ประกาศรายชื่อผู้มีสิทธิ์เข้าร่วมโครงการ")
    _list_page(p1, 700, [(60, "ลำดับ"), (100, "ชื่อ"), (220, "นามสกุล"), (330, "โรงเรียน")], PEOPLE, lefts)
    p2 = doc.new_page()
    if page2 == "continued":
        _list_page(p2, 60, None, MORE, lefts, start_no=5)
    elif page2 == "text":
        _line(p2, 60, 60, "สำหรับผู้ที่มีรายชื่อตามประกาศข้างต้น ให้ยืนยันสิทธิ์ทางอีเมลภายในวันที่กำหนด")
        _line(p2, 60, 76, "สุดาทดลอง คณะทำงานโครงการ")
    doc.save(path)
    doc.close()


@needs_font
def test_list_continued_on_the_next_page_without_its_header(tmp_path: Path) -> None:
    _two_pages(tmp_path / "cont.pdf", "continued")
    heads = _headers(tmp_path / "cont.pdf")
    assert heads["สุดาทดลอง"] == "ชื่อ" and heads["แต่งเติมใจ"] == "นามสกุล"
    red = _redacted(tmp_path / "cont.pdf")
    assert {"สุดาทดลอง", "สมมุติยิ่ง", "ชนิดาทดสอบ", "แต่งเติมใจ"} <= red
    assert "โรงเรียนตัวอย่างพัฒนา" not in red


@needs_font
def test_running_text_after_a_list_is_no_continuation(tmp_path: Path) -> None:
    _two_pages(tmp_path / "text.pdf", "text")
    heads = _headers(tmp_path / "text.pdf")
    assert not any("ยืนยัน" in k or "คณะทำงาน" in k for k in heads)
