"""DOCX on real pages (redactor/formats/docx_render.py): LibreOffice's rendering, and the alignment
of the rendered PDF's characters with the DOCX canonical text.

The first half builds renderings by hand, so each rule of the alignment is tested on its own;
the second renders a real DOCX (tests/fixtures/make_docx_pages.py) with LibreOffice and checks
every box against where PyMuPDF itself finds the same words on the rendered page (2 pt).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pymupdf
import pytest

from redactor.formats import docx as docx_format
from redactor.formats import docx_render as dr
from redactor.formats.base import TextBuilder
from redactor.types import Redaction, TextMap

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from fixtures import make_docx_pages as pages_fixture

BODY, HEADER, FOOTER, NOTES = "word/document.xml", "word/header1.xml", "word/footer1.xml", "word/footnotes.xml"


def textmap(parts: list[tuple[str, str]]) -> TextMap:
    """(part, paragraph) pairs, in canonical order, each paragraph ending in a line break."""
    tb = TextBuilder()
    for part, para in parts:
        tb.add(para, part, True)
        tb.sep("\n")
    return tb.build()


class Page:
    """Lines of a made-up rendering: every character 6 pt wide, lines 20 pt apart."""

    def __init__(self, rendering: dr.Rendering, h: float = 800.0) -> None:
        self.r = rendering
        self.no = len(rendering.pages)
        rendering.pages.append({"w": 600.0, "h": h})

    def line(self, text: str, y: float, x: float = 50.0) -> None:
        line_no = (self.r.chars[-1].line + 1) if self.r.chars else 1
        for i, ch in enumerate(text):
            self.r.chars.append(dr.PdfChar(self.no, line_no, (x + 6 * i, y, x + 6 * i + 6, y + 14), ch))


def boxes_of(al: dr.Alignment, tm: TextMap, needle: str, nth: int = 0) -> list[tuple[int, float, float]]:
    """(page, x0, y0) of the first box of each placement of the ``nth`` occurrence of ``needle``."""
    start = -1
    for _ in range(nth + 1):
        start = tm.text.index(needle, start + 1)
    out = []
    for page, s, boxes, _band in dr.layout_lines(al):
        if s <= start < s + len(boxes):
            b = boxes[start - s]
            out.append((page, b[0], b[1]))
    return sorted(out)


# --- matching keys --------------------------------------------------------------------------


@pytest.mark.parametrize(("ch", "key"), [
    (" ", ""), ("\u00a0", ""), ("\t", ""), ("\u200b", ""), ("\u00ad", ""),
    ("ก", "ก"), ("\u0e48", ""), ("\u0e31", ""),            # tone mark and MAI HAN-AKAT: marks drop out
    ("\u0e33", "\u0e32"),                                  # SARA AM folds as NIKHAHIT + SARA AA; the mark drops
    ("๕", "5"), ("５", "5"), ("A", "a"),
    ("\u2011", "-"), ("\u2013", "-"), ("-", "-"),
    ("\uf70a", ""),                                        # a PUA tone mark (Windows Thai shaping) is a mark too
])
def test_fold_char(ch: str, key: str) -> None:
    assert dr.fold_char(ch) == key


# --- alignment rules on hand-made renderings ---------------------------------------------------


def test_body_paragraphs_in_order_with_thai_marks_reordered_and_sara_am_decomposed() -> None:
    tm = textmap([(BODY, "เรื่อง ขอรับข้อมูล"), (BODY, "ผู้ร้อง นายน้ำใจ ทดสอบ")])
    r = dr.Rendering([], [])
    p = Page(r)
    p.line("เรอง ขอรบขอมูล".replace("เรอง", "เ\u0e49\u0e37\u0e48รอง"), 100)   # marks in another order
    p.line("ผู้ร้อง นายน\u0e4d\u0e32ใจ ทดสอบ", 120)                        # SARA AM as NIKHAHIT + SARA AA
    al = dr.align(tm, r)
    assert al.coverage == 1.0
    start = tm.text.index("นายน้ำใจ")
    assert dr.placement(al, start, start + len("นายน้ำใจ")) == "full"
    assert boxes_of(al, tm, "นายน้ำใจ") == [(0, 50 + 6 * len("ผู้ร้อง "), 120)]


def test_header_and_footer_are_placed_on_every_page_in_their_margin_bands_only() -> None:
    tm = textmap([(BODY, "ข้อความหลักของหน้าแรก"), (BODY, "สำนักงานทดสอบ ข้อความหน้าสอง"),
                  (HEADER, "สำนักงานทดสอบ"), (FOOTER, "โทร 02-000-1111")])
    r = dr.Rendering([], [])
    for n, body in enumerate(("ข้อความหลักของหน้าแรก", "สำนักงานทดสอบ ข้อความหน้าสอง")):
        p = Page(r)
        p.line("สำนักงานทดสอบ", 30)
        p.line(body, 100 + n)
        p.line("โทร 02-000-1111", 760)
    al = dr.align(tm, r)
    header = boxes_of(al, tm, "สำนักงานทดสอบ", nth=1)
    assert header == [(0, 50, 30), (1, 50, 30)]
    # The body's own copy of the same words (page 2, mid-page) is the body's, not the header's.
    assert boxes_of(al, tm, "สำนักงานทดสอบ", nth=0) == [(1, 50, 101)]
    assert boxes_of(al, tm, "02-000-1111") == [(0, 50 + 6 * 4, 760), (1, 50 + 6 * 4, 760)]


def test_a_footnote_is_found_where_it_is_rendered_after_the_body_claimed_its_own_text() -> None:
    tm = textmap([(BODY, "ตามคำให้การของพยาน"), (BODY, "จึงเรียนมาเพื่อทราบ"), (NOTES, "คำให้การของพยาน นายพยาน ลับ")])
    r = dr.Rendering([], [])
    p = Page(r)
    p.line("ตามคำให้การของพยาน1", 100)
    p.line("จึงเรียนมาเพื่อทราบ", 120)
    p.line("1 คำให้การของพยาน นายพยาน ลับ", 700)
    al = dr.align(tm, r)
    assert boxes_of(al, tm, "นายพยาน") == [(0, 50 + 6 * len("1 คำให้การของพยาน "), 700)]
    assert al.coverage == 1.0


def test_table_cells_short_paragraphs_and_a_changed_field_are_aligned_between_anchors() -> None:
    # Cells too short to anchor ("ชื่อ", "1"), and a date field LibreOffice rendered with another value.
    tm = textmap([(BODY, "รายชื่อผู้ร้องเรียนประจำเดือน"), (BODY, "ชื่อ"), (BODY, "ลำดับ"), (BODY, "นายเอ บีซี"),
                  (BODY, "1"), (BODY, "พิมพ์เมื่อ 01/02/2567 เวลา 10:00"), (BODY, "ท้ายเอกสารฉบับนี้")])
    r = dr.Rendering([], [])
    p = Page(r)
    p.line("รายชื่อผู้ร้องเรียนประจำเดือน", 100)
    p.line("ชื่อ", 120)
    p.line("ลำดับ", 120, x=300)
    p.line("นายเอ บีซี", 140)
    p.line("1", 140, x=300)
    p.line("พิมพ์เมื่อ 05/12/2569 เวลา 10:00", 160)
    p.line("ท้ายเอกสารฉบับนี้", 180)
    al = dr.align(tm, r)
    assert boxes_of(al, tm, "นายเอ") == [(0, 50, 140)]
    assert boxes_of(al, tm, "ลำดับ") == [(0, 300, 120)]
    start = tm.text.index("01/02/2567")
    assert dr.placement(al, start, start + 10) == "partial"   # the digits that differ have no box
    assert al.coverage < 1.0


def test_text_the_rendering_does_not_show_is_unplaced_not_guessed() -> None:
    tm = textmap([(BODY, "ย่อหน้าแรกของเอกสารทดสอบ"), (BODY, "นายหายไป จากหน้า"), (BODY, "ย่อหน้าสุดท้ายของเอกสาร")])
    r = dr.Rendering([], [])
    p = Page(r)
    p.line("ย่อหน้าแรกของเอกสารทดสอบ", 100)
    p.line("ย่อหน้าสุดท้ายของเอกสาร", 120)
    al = dr.align(tm, r)
    start = tm.text.index("นายหายไป")
    assert dr.placement(al, start, start + len("นายหายไป")) == "none"
    assert boxes_of(al, tm, "นายหายไป") == []


def test_a_comment_takes_no_part_in_the_alignment() -> None:
    # A comment is seen in Word's margin, but the rendition prints none: its text is never matched
    # against the page (a comment quoting the body would otherwise claim the body's boxes).
    tm = textmap([(BODY, "ย่อหน้าแรกของเอกสารทดสอบ"), ("word/comments.xml", "ย่อหน้าแรกของเอกสารทดสอบ")])
    assert [u.part for u in dr.units_of(tm)] == [BODY]
    r = dr.Rendering([], [])
    Page(r).line("ย่อหน้าแรกของเอกสารทดสอบ", 100)
    al = dr.align(tm, r)
    assert al.coverage == 1.0
    assert len(boxes_of(al, tm, "ย่อหน้าแรก", nth=0)) == 1 and boxes_of(al, tm, "ย่อหน้าแรก", nth=1) == []


# --- LibreOffice --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory, libreoffice: None) -> tuple[TextMap, Path, dict, dr.Alignment]:
    tmp = tmp_path_factory.mktemp("docx-pages")
    src = pages_fixture.build(tmp / "letter.docx")
    doc = docx_format.open_document(src)
    try:
        pdf = dr.to_pdf(src, tmp / "letter.pdf")
        layout, al = dr.page_layout(doc.textmap, pdf, dr.story_roles(doc))
        return doc.textmap, pdf, layout, al
    finally:
        doc.close()


def _rects(layout: dict, start: int, end: int) -> list[tuple[int, list[float]]]:
    out = []
    for page, s, boxes, _band in layout["lines"]:
        sel = [b for b in boxes[max(start, s) - s:max(0, min(end, s + len(boxes)) - s)] if b[2] > b[0]]
        if sel:
            out.append((page, [min(b[0] for b in sel), min(b[1] for b in sel), max(b[2] for b in sel),
                               max(b[3] for b in sel)]))
    return out


NEEDLES = [
    ("body, Thai marks", "นางสาวจันทร์เพ็ญ ใจสว่าง", 1),
    ("body phone", "081-234-9876", 1),
    ("table name", "นายสมปอง ทดลองใช้", 1),
    ("table ID", "1-1020-30405-06-7", 1),
    ("table phone", "081-555-6677", 1),
    ("table, SARA AM and MAI HAN-AKAT", "จำลองดี", 1),
    ("second page", "นายศักดิ์ชัย ทดสอบหน้าสอง", 1),
    ("header, every page", "นายหัวเรื่อง", 2),
    ("footer, every page", "02-765-4321", 2),
    ("footnote", "นางเชิงอรรถ ทดลองดู", 1),
]


@pytest.mark.parametrize(("what", "needle", "pages"), NEEDLES, ids=[n[0] for n in NEEDLES])
def test_rendered_boxes_sit_on_the_words_pymupdf_finds_on_the_rendered_page(rendered, what, needle, pages) -> None:
    tm, pdf, layout, al = rendered
    start = tm.text.index(needle)
    end = start + len(needle)
    assert dr.placement(al, start, end) == "full"
    mine = _rects(layout, start, end)
    with pymupdf.open(str(pdf)) as doc:
        truth = [(p.number, list(r)) for p in doc for r in p.search_for(needle)]
    assert len({p for p, _ in truth}) == pages
    # PyMuPDF may cut one phrase into several rectangles: compare the union per page and line.
    for page in {p for p, _ in truth}:
        t = [r for p, r in truth if p == page]
        m = [r for p, r in mine if p == page]
        assert m, f"{what}: nothing placed on page {page + 1}"
        tu = [min(r[0] for r in t), min(r[1] for r in t), max(r[2] for r in t), max(r[3] for r in t)]
        mu = [min(r[0] for r in m), min(r[1] for r in m), max(r[2] for r in m), max(r[3] for r in m)]
        assert all(abs(a - b) <= 2.0 for a, b in zip(tu, mu, strict=True)), (what, page, tu, mu)


def test_whole_fixture_is_placed_and_pages_are_reported(rendered) -> None:
    _tm, _pdf, layout, _al = rendered
    assert len(layout["pages"]) == 2
    assert layout["coverage"] >= 0.99
    assert all(set(p) == {"w", "h"} for p in layout["pages"])


def test_rendition_of_a_redacted_docx_is_checked_by_the_pdf_verifier(tmp_path: Path, rendered) -> None:
    src = pages_fixture.build(tmp_path / "letter.docx")
    doc = docx_format.open_document(src)
    try:
        text = doc.textmap.text
        needles = ["นายหัวเรื่อง", "นางเชิงอรรถ ทดลองดู", "1-1020-30405-06-7", "นางสาวจันทร์เพ็ญ ใจสว่าง"]
        reds = []
        for n in needles:
            s = text.index(n)
            reds.append(Redaction(s, s + len(n), "PERSON", "15(5)", "test", n))
        out = tmp_path / "clean.docx"
        doc.apply(reds, out)
        tm = doc.textmap
    finally:
        doc.close()
    clean_pdf = dr.to_pdf(out, tmp_path / "clean.pdf")
    assert dr.verify_rendition(clean_pdf, reds, tm).passed
    # The same check on a rendition of the original finds every withheld string.
    leaked = dr.verify_rendition(dr.to_pdf(src, tmp_path / "orig.pdf"), reds, tm)
    assert not leaked.passed and len(leaked.survived) == len(needles)


def test_missing_libreoffice_timeout_and_garbage_are_rendition_errors(tmp_path: Path, monkeypatch, libreoffice) -> None:
    src = pages_fixture.build(tmp_path / "letter.docx")
    monkeypatch.setenv("PHOEI_SOFFICE", str(tmp_path / "no-such-soffice"))
    assert dr.available() == "unavailable"
    with pytest.raises(dr.RenditionError) as exc:
        dr.to_pdf(src, tmp_path / "x.pdf")
    assert exc.value.reason == "unavailable"
    monkeypatch.delenv("PHOEI_SOFFICE")
    with pytest.raises(dr.RenditionError) as exc:
        dr.to_pdf(src, tmp_path / "x.pdf", timeout=0.05)
    assert exc.value.reason == "timeout"
    garbage = tmp_path / "garbage.docx"
    garbage.write_bytes(os.urandom(2048))
    with pytest.raises(dr.RenditionError) as exc:
        dr.to_pdf(garbage, tmp_path / "y.pdf")
    assert exc.value.reason == "failed"
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "y.pdf").exists()


def test_a_line_band_reaches_the_ink_of_thai_marks_stacked_above_the_font_box(rendered) -> None:
    tm, pdf, layout, _al = rendered
    start = tm.text.index("นางสาวจันทร์เพ็ญ")  # SARA I + THANTHAKHAT, MAITAIKHU: marks over the letters
    (line,) = [ln for ln in layout["lines"] if ln[1] <= start < ln[1] + len(ln[2])]
    page, _s, boxes, band = line
    font_top = min(b[1] for b in boxes if b[2] > b[0])
    with pymupdf.open(str(pdf)) as doc:
        flags = pymupdf.TEXTFLAGS_RAWDICT | pymupdf.TEXT_ACCURATE_BBOXES
        ink_top = min(c["bbox"][1] for b in doc[page].get_text("rawdict", flags=flags)["blocks"]
                      for ln in b.get("lines", []) for sp in ln["spans"] for c in sp["chars"]
                      if c["c"] in "\u0e34\u0e4c\u0e47" and abs(c["origin"][1] - boxes[0][3]) < 6)
    assert ink_top < font_top - 1  # the font box alone would leave the marks uncovered
    assert band[0] <= ink_top + 0.01 and band[1] >= max(b[3] for b in boxes if b[2] > b[0])
