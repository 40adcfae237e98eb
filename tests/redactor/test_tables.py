"""Table structure from PDF and DOCX (redactor/formats/tables.py) and what the
table-column detector makes of it end to end.

Fixtures are generated here: ruled and borderless PDF tables drawn with PyMuPDF
in a Thai TLWG font, DOCX tables from python-docx with a repeated header row
spanning two pages, a two-level merged header and a vertically merged cell.
All names and numbers are made up.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pymupdf
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from redactor.detectors.base import TableCell
from redactor.formats import docx as docx_format
from redactor.formats import pdf as pdf_format
from redactor.pipeline import analyse

FONT = Path("/usr/share/fonts/truetype/tlwg/Garuda.ttf")
needs_font = pytest.mark.skipif(not FONT.is_file(), reason="fonts-thai-tlwg is not installed")

HEADER = ["ที่", "ชื่อ-สกุล", "วันเดือนปีเกิด", "เลขที่หนังสือเดินทาง", "ตำแหน่ง"]
PEOPLE = [
    ["1", "นางสาวกนกพรรณ ทดลองดี", "17/09/2531", "KT 4471903", ""],
    ["2", "พัชรินทร์ ศรีทดสอบ", "3 พ.ย. 2529", "B08817265", ""],
    ["3", "MR. JOHAN LINDQVIST", "04 FEB 1979", "PX 0081726", ""],
]
OFFICIAL = ["4", "นายอัครพล ทดสอบการ", "", "", "ผู้อำนวยการกองคลัง"]
COMPANY_HEADER = ["ที่", "ชื่อผู้เสนอราคา", "ราคาที่เสนอ (บาท)", "วันที่ลงนาม"]
COMPANY_ROW = ["1", "บริษัท ทดสอบก่อสร้าง จำกัด", "1,250,000.00", "12 ม.ค. 2567"]


def flat(s: str) -> str:
    # One space between words; the PDF font draws "-" as U+2010.
    return " ".join(s.split()).replace("\u2010", "-")


def cells_by_text(text: str, cells: list[TableCell]) -> dict[str, TableCell]:
    return {flat(text[c.start:c.end]): c for c in cells}


# -- PDF -------------------------------------------------------------------------


def _draw_table(page: pymupdf.Page, top: float, rows: list[list[str]], widths: list[float], ruled: bool) -> float:
    x0, h = 40.0, 22.0
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    y = top
    for row in rows:
        for i, val in enumerate(row):
            if val:
                page.insert_text((xs[i] + 3, y + 15), val, fontsize=9, fontname="garuda", fontfile=str(FONT))
        if ruled:
            page.draw_line((xs[0], y), (xs[-1], y))
        y += h
    if ruled:
        page.draw_line((xs[0], y), (xs[-1], y))
        for x in xs:
            page.draw_line((x, top), (x, y))
    return y


def make_pdf(path: Path, ruled: bool) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=842, height=595)
    page.insert_text((40, 40), "บัญชีรายชื่อผู้ยื่นคำขอ", fontsize=12, fontname="garuda", fontfile=str(FONT))
    widths = [30.0, 190.0, 110.0, 150.0, 170.0]
    y = _draw_table(page, 60, [HEADER, *PEOPLE, OFFICIAL], widths, ruled)
    if ruled:
        _draw_table(page, y + 30, [COMPANY_HEADER, COMPANY_ROW], [30.0, 220.0, 130.0, 130.0], ruled)
    doc.save(path)
    doc.close()
    return path


@needs_font
def _pdf_tables(path: Path) -> list[object]:
    """The tables extraction finds in the PDF at ``path``."""
    d = pdf_format.open_document(path)
    try:
        return list(d.tables)
    finally:
        d.close()


def test_pdf_ruled_table_cells_get_their_column_header(tmp_path: Path) -> None:
    d = pdf_format.open_document(make_pdf(tmp_path / "ruled.pdf", ruled=True))
    try:
        text = d.textmap.text
        cells = cells_by_text(text, d.tables)
        assert cells["ชื่อ-สกุล"].is_header
        assert flat(cells["พัชรินทร์ ศรีทดสอบ"].header) == "ชื่อ-สกุล"
        assert cells["04 FEB 1979"].header == "วันเดือนปีเกิด"
        assert cells["KT 4471903"].header == "เลขที่หนังสือเดินทาง"
        assert cells["KT 4471903"].row == cells["นางสาวกนกพรรณ ทดลองดี"].row
        assert cells["ผู้อำนวยการกองคลัง"].header == "ตำแหน่ง"
        assert cells["1,250,000.00"].header == "ราคาที่เสนอ (บาท)"
        assert cells["1,250,000.00"].table != cells["KT 4471903"].table
        assert not any(c.is_header for c in d.tables if "ทดลอง" in text[c.start:c.end])
    finally:
        d.close()


@needs_font
def test_pdf_borderless_table_is_found_by_its_header(tmp_path: Path) -> None:
    d = pdf_format.open_document(make_pdf(tmp_path / "borderless.pdf", ruled=False))
    try:
        cells = cells_by_text(d.textmap.text, d.tables)
        assert cells["B08817265"].header == "เลขที่หนังสือเดินทาง"
        assert cells["17/09/2531"].header == "วันเดือนปีเกิด"
    finally:
        d.close()


@needs_font
def test_pdf_plain_text_page_has_no_table(tmp_path: Path) -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    for i, line in enumerate(["ตามที่ท่านได้ยื่นคำขอรับเงินอุดหนุน ลงวันที่ 3 มีนาคม 2567",
                              "สำนักงานได้พิจารณาแล้ว เห็นควรอนุมัติตามระเบียบ",
                              "จึงเรียนมาเพื่อโปรดทราบ"]):
        page.insert_text((60, 80 + 20 * i), line, fontsize=11, fontname="garuda", fontfile=str(FONT))
    doc.save(tmp_path / "letter.pdf")
    doc.close()
    assert _pdf_tables(tmp_path / "letter.pdf") == []


@needs_font
def test_pdf_end_to_end_findings_and_negatives(tmp_path: Path) -> None:
    a = analyse(make_pdf(tmp_path / "ruled.pdf", ruled=True))
    try:
        redacted = {" ".join(p.text.split()): p.label for p in a.proposals if p.action == "redact"}
        assert redacted.get("17/09/2531") == "DOB"
        assert redacted.get("04 FEB 1979") == "DOB"
        assert redacted.get("KT 4471903") == "PASSPORT"
        assert redacted.get("B08817265") == "PASSPORT"
        assert redacted.get("พัชรินทร์ ศรีทดสอบ") == "PERSON"
        for public in ("ผู้อำนวยการกองคลัง", "บริษัท ทดสอบก่อสร้าง จำกัด", "1,250,000.00", "12 ม.ค. 2567",
                       "นายอัครพล ทดสอบการ"):
            assert not any(public in t or t in public for t in redacted), public
    finally:
        a.doc.close()


# -- DOCX ------------------------------------------------------------------------


def _mark_header(row) -> None:  # type: ignore[no-untyped-def]
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def make_docx(path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("บัญชีรายชื่อผู้ขอรับเงินช่วยเหลือ")
    # A long list that spans two pages, its header row repeated by Word (w:tblHeader).
    t = d.add_table(rows=1, cols=4)
    for i, h in enumerate(["ที่", "ชื่อ - นามสกุล", "เลขประจำตัวประชาชน", "โรคประจำตัว"]):
        t.rows[0].cells[i].text = h
    _mark_header(t.rows[0])
    for n in range(1, 46):
        row = t.add_row().cells
        row[0].text = str(n)
        row[1].text = f"นายทดสอบ{chr(0x0E01 + n % 30)} สมมติวงศ์"
        row[2].text = f"9 {n:04d} 77410 33 {n % 10}"
        row[3].text = "ไม่มี" if n % 3 else "หอบหืด"
    # A two-level header: a merged heading over two sub-headings, and a
    # vertically merged cell.
    d.add_paragraph("สรุปหนี้ค้างชำระ")
    t2 = d.add_table(rows=4, cols=3)
    top = t2.rows[0].cells
    top[0].merge(t2.rows[1].cells[0])
    top[0].text = "ชื่อผู้กู้"
    top[1].merge(top[2])
    t2.rows[0].cells[1].text = "ข้อมูลเงินกู้"
    t2.rows[1].cells[1].text = "ยอดหนี้"
    t2.rows[1].cells[2].text = "หมายเหตุ"
    t2.rows[2].cells[0].text = "นางสาวปิยะนุช ทดลองยืม"
    t2.rows[2].cells[1].text = "12,500.50"
    t2.rows[2].cells[2].text = "ขอผ่อนผัน"
    t2.rows[3].cells[0].text = "รวม"
    t2.rows[3].cells[1].text = "12,500.50"
    # A committee table: officials with positions stay.
    d.add_paragraph("คณะกรรมการตรวจรับ")
    t3 = d.add_table(rows=2, cols=2)
    t3.rows[0].cells[0].text = "ชื่อ-สกุล"
    t3.rows[0].cells[1].text = "ตำแหน่ง"
    t3.rows[1].cells[0].text = "นายอัครพล ทดสอบการ"
    t3.rows[1].cells[1].text = "ประธานกรรมการ"
    d.save(path)
    return path


def test_docx_cells_headers_merged_and_repeated(tmp_path: Path) -> None:
    d = docx_format.open_document(make_docx(tmp_path / "t.docx"))
    try:
        text = d.textmap.text
        cells = cells_by_text(text, d.tables)
        assert cells["ชื่อ - นามสกุล"].is_header
        row45 = [c for c in d.tables if c.table == 0 and c.row == 45]
        assert {c.header for c in row45} == {"ที่", "ชื่อ - นามสกุล", "เลขประจำตัวประชาชน", "โรคประจำตัว"}
        # two-level header: the merged heading and the sub-heading both name the column
        assert cells["12,500.50"].header == "ข้อมูลเงินกู้ ยอดหนี้"
        assert cells["ขอผ่อนผัน"].header == "ข้อมูลเงินกู้ หมายเหตุ"
        assert cells["นางสาวปิยะนุช ทดลองยืม"].header == "ชื่อผู้กู้"
        assert cells["ประธานกรรมการ"].header == "ตำแหน่ง"
        # cells are sorted and never overlap
        assert all(a.end <= b.start for a, b in zip(d.tables, d.tables[1:], strict=False))
    finally:
        d.close()


def test_docx_end_to_end_findings_and_negatives(tmp_path: Path) -> None:
    a = analyse(make_docx(tmp_path / "t.docx"))
    try:
        redacted = {p.text: p.label for p in a.proposals if p.action == "redact"}
        assert redacted.get("9 0045 77410 33 5") == "NATIONAL_ID"
        assert redacted.get("หอบหืด") == "HEALTH"
        assert redacted.get("12,500.50") == "INCOME"
        assert "นางสาวปิยะนุช ทดลองยืม" in redacted
        assert "ไม่มี" not in redacted
        assert "ประธานกรรมการ" not in redacted and "นายอัครพล ทดสอบการ" not in redacted
        assert "รวม" not in redacted
    finally:
        a.doc.close()


FORM = [
    ["ชื่อ-สกุล", "นางสาวสมมุติ ทดลองฟอร์ม", "เลขประจำตัวประชาชน", "9-8765-43210-12-3"],
    ["ที่อยู่", "77/3 หมู่ 2 ตำบลทดสอบ", "โทรศัพท์", "081-234-5678"],
    ["อาชีพ", "ค้าขาย", "รายได้ต่อเดือน", "9,500"],
]


def make_form_docx(path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("แบบคำขอรับเงินอุดหนุน")
    t = d.add_table(rows=len(FORM), cols=4)
    for r, row in enumerate(FORM):
        for c, val in enumerate(row):
            t.rows[r].cells[c].text = val
    d.save(path)
    return path


def test_docx_form_table_values_take_the_label_on_their_left(tmp_path: Path) -> None:
    d = docx_format.open_document(make_form_docx(tmp_path / "form.docx"))
    try:
        cells = cells_by_text(d.textmap.text, d.tables)
        assert cells["ชื่อ-สกุล"].is_header and cells["รายได้ต่อเดือน"].is_header
        assert cells["นางสาวสมมุติ ทดลองฟอร์ม"].header == "ชื่อ-สกุล"
        assert cells["9-8765-43210-12-3"].header == "เลขประจำตัวประชาชน"
        assert cells["9,500"].header == "รายได้ต่อเดือน"
        assert not cells["9,500"].is_header
    finally:
        d.close()
    a = analyse(tmp_path / "form.docx")
    try:
        redacted = {p.text: p.label for p in a.proposals if p.action == "redact"}
        assert redacted.get("9-8765-43210-12-3") == "NATIONAL_ID"
        assert redacted.get("081-234-5678") == "PHONE"
        # one person's form: the name on the first row makes every row personal
        assert redacted.get("9,500") == "INCOME"
        assert "ค้าขาย" not in redacted and "รายได้ต่อเดือน" not in redacted
    finally:
        a.doc.close()


def test_docx_split_table_continues_its_header_but_a_distant_table_does_not(tmp_path: Path) -> None:
    d = docx.Document()
    first = d.add_table(rows=2, cols=3)
    for i, h in enumerate(["ที่", "ชื่อ-สกุล", "วันเกิด"]):
        first.rows[0].cells[i].text = h
    for i, v in enumerate(["1", "นางทดลอง แบ่งหน้า", "2 ม.ค. 2520"]):
        first.rows[1].cells[i].text = v
    d.add_page_break()
    d.add_paragraph("- 2 -")
    cont = d.add_table(rows=1, cols=3)
    for i, v in enumerate(["2", "นายทดลอง ต่อหน้า", "5 ก.พ. 2521"]):
        cont.rows[0].cells[i].text = v
    d.add_paragraph("ข้อความอธิบายยาวต่อจากตาราง " * 12)
    other = d.add_table(rows=1, cols=3)
    for i, v in enumerate(["9", "สรุปผลการดำเนินงาน", "12 มี.ค. 2567"]):
        other.rows[0].cells[i].text = v
    d.save(tmp_path / "split.docx")
    doc = docx_format.open_document(tmp_path / "split.docx")
    try:
        cells = cells_by_text(doc.textmap.text, doc.tables)
        assert cells["5 ก.พ. 2521"].header == "วันเกิด"
        assert cells["นายทดลอง ต่อหน้า"].header == "ชื่อ-สกุล"
        assert cells["12 มี.ค. 2567"].header == ""
    finally:
        doc.close()


@needs_font
@pytest.mark.parametrize("repeat_header", [True, False])
def test_pdf_table_spanning_two_pages(tmp_path: Path, repeat_header: bool) -> None:
    doc = pymupdf.open()
    widths = [30.0, 190.0, 110.0, 150.0, 170.0]
    _draw_table(doc.new_page(width=842, height=595), 60, [HEADER, *PEOPLE], widths, ruled=True)
    page2 = doc.new_page(width=842, height=595)
    page2.insert_text((400, 30), "- 2 -", fontsize=10, fontname="garuda", fontfile=str(FONT))
    rows2 = [["4", "นางทดลอง สองหน้า", "9/9/2509", "LT 5512094", ""]]
    _draw_table(page2, 60, ([HEADER] if repeat_header else []) + rows2, widths, ruled=True)
    doc.save(tmp_path / "two.pdf")
    doc.close()
    d = pdf_format.open_document(tmp_path / "two.pdf")
    try:
        cells = cells_by_text(d.textmap.text, d.tables)
        assert cells["LT 5512094"].header == "เลขที่หนังสือเดินทาง"
        assert cells["9/9/2509"].header == "วันเดือนปีเกิด"
        heads = [c for c in d.tables if c.is_header and flat(d.textmap.text[c.start:c.end]) == "วันเดือนปีเกิด"]
        assert len(heads) == (2 if repeat_header else 1)
    finally:
        d.close()


@pytest.mark.parametrize(
    ("rows", "key_value"),
    [
        # a form laid out as a table: label, value on each row
        ([["ชื่อ - สกุล", "นายสมปอง ใจดี"], ["เลขประจำตัวประชาชน", "1234567890123"], ["ที่อยู่", "5 หมู่ 2"]], True),
        # a list with a row of column titles whose even columns repeat a label-like value in
        # every row (โฉนดที่ดิน under ประเภทเอกสารสิทธิ์): still a list, not a form
        ([["ลำดับ", "ชื่อผู้ถือกรรมสิทธิ์", "ประเภทเอกสารสิทธิ์", "เลขที่", "ตำบล"],
          ["1", "บุญมี ทองดี", "โฉนดที่ดิน", "31001", "หนองกุง"],
          ["2", "สมพร ทองทาบ", "โฉนดที่ดิน", "31002", "หนองกุง"],
          ["3", "คำปุ่น ศรีสุข", "โฉนดที่ดิน", "31003", "โนนสูง"]], False),
    ],
)
def test_key_value_form_or_list(rows: list[list[str]], key_value: bool) -> None:
    from redactor.formats.tables import RawCell, _key_value

    text = ""
    raw: list[list[RawCell]] = []
    for r, row in enumerate(rows):
        cells = []
        for c, value in enumerate(row):
            cells.append(RawCell(r, c, 1, [(len(text), len(text) + len(value))]))
            text += value + "\t"
        raw.append(cells)
    assert _key_value(raw, text) is key_value


def _draw_wrapped(page: pymupdf.Page, top: float, rows: list[list[list[str]]], lefts: list[float]) -> float:
    """A borderless list whose cells hold one or more lines (text wrapped in a narrow column)."""
    y = top
    for row in rows:
        depth = max(len(c) for c in row)
        for i, lines in enumerate(row):
            for k, line in enumerate(lines):
                page.insert_text((lefts[i], y + 14 * k), line, fontsize=10, fontname="garuda", fontfile=str(FONT))
        y += 14 * depth + 6
    return y


@needs_font
def test_pdf_borderless_list_with_wrapped_cells_found_from_alignment(tmp_path: Path) -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((40, 50), "รายชื่อผู้ได้รับทุน ประจำปี ๒๕๖๘", fontsize=12, fontname="garuda", fontfile=str(FONT))
    lefts = [40.0, 80.0, 170.0, 300.0]
    rows = [
        [["ที่"], ["รหัส", "นักศึกษา"], ["ชื่อ - สกุล"], ["โทรศัพท์"]],
        [["1"], ["64123456", "7-1"], ["พรรณวดี", "ทองทดลอง"], ["081-000-", "1234"]],
        [["2"], ["64123457", "0-9"], ["กิตติพัฒน์", "แสนทดสอบ"], ["092-000-", "5678"]],
    ]
    y = _draw_wrapped(page, 80, rows, lefts)
    # running text below the list: it crosses the column edges and ends the table
    page.insert_text((40, y + 20), "ทั้งนี้ ให้ผู้ได้รับทุนติดต่อรับเงินที่กองกิจการนักศึกษา ภายในวันที่ ๓๐ กันยายน ๒๕๖๘",
                     fontsize=10, fontname="garuda", fontfile=str(FONT))
    doc.save(tmp_path / "wrapped.pdf")
    doc.close()
    d = pdf_format.open_document(tmp_path / "wrapped.pdf")
    try:
        text = d.textmap.text
        cells = cells_by_text(text, d.tables)
        assert flat(cells["ทองทดลอง"].header) == "ชื่อ - สกุล"
        assert cells["ทองทดลอง"].row == cells["พรรณวดี"].row == cells["7-1"].row
        assert cells["7-1"].header.split() == ["รหัส", "นักศึกษา"]
        assert cells["5678"].header == "โทรศัพท์" and cells["5678"].row != cells["1234"].row
        assert not any("ภายใน" in text[c.start:c.end] for c in d.tables)
    finally:
        d.close()
    a = analyse(tmp_path / "wrapped.pdf")
    try:
        redacted = {flat(p.text) for p in a.proposals if p.action == "redact"}
        assert {"พรรณวดี", "ทองทดลอง", "64123456", "7-1", "081-000-", "1234"} <= redacted
    finally:
        a.doc.close()


@needs_font
def test_pdf_aligned_lines_without_known_headers_are_no_table(tmp_path: Path) -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    _draw_wrapped(page, 80, [[["วาระที่"], ["เรื่อง"], ["ผู้เสนอ"]], [["1"], ["รับรองรายงาน"], ["ฝ่ายเลขานุการ"]]],
                  [40.0, 120.0, 300.0])
    doc.save(tmp_path / "agenda.pdf")
    doc.close()
    assert _pdf_tables(tmp_path / "agenda.pdf") == []


def _grid(rows: list[list[str]]) -> tuple[str, list]:
    """A text of one cell a line, and the raw cells of a plain grid over it (one line each)."""
    from redactor.formats.tables import RawCell

    text = ""
    cells = []
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cells.append(RawCell(r, c, 1, [(len(text), len(text) + len(value))]))
            text += value + "\n"
    return text, cells


def test_a_second_list_stacked_in_one_grid_gets_its_own_headers() -> None:
    from redactor.formats.tables import RawTable, build_cells

    rows = [["ที่", "ชื่อ - นามสกุล", "ค่าจ้างรายเดือน (บาท)"], ["1", "นางสาวทดลอง ใจดี", "9,350"],
            ["ที่", "ชื่อ", "ตำแหน่ง"], ["1", "นายทดสอบ สมมุติ", "ประธานกรรมการ"]]
    text, cells = _grid(rows)
    got = {text[c.start:c.end]: c for c in build_cells([RawTable(cells, 3)], text)}
    assert got["9,350"].header == "ค่าจ้างรายเดือน (บาท)"
    assert got["ตำแหน่ง"].is_header and got["ประธานกรรมการ"].header == "ตำแหน่ง"
    assert got["นายทดสอบ สมมุติ"].header == "ชื่อ"


# Word's Thai PDF export writes tone marks and upper vowels as presentation forms (PUA): the header
# row "ผู้ป่วย / อาการ / ที่อยู่" is recognised through them, as is the same row typed plainly; a row of
# words none of which is a known header stays data.
_PUA = str.maketrans({"\u0e49": "\uf70b", "\u0e48": "\uf70a", "\u0e4c": "\uf70e"})


@pytest.mark.parametrize(("header", "headed"), [
    (["เวลา", "ผู้ป่วย".translate(_PUA), "อาการ", "ที่อยู่".translate(_PUA)], True),
    (["เวลา", "ผู้ป่วย", "อาการ", "ที่อยู่"], True),
    (["ก่อน".translate(_PUA), "บ้านไม้".translate(_PUA), "ต้นน้ำ".translate(_PUA), "ผ่าน".translate(_PUA)], False),
])
def test_header_row_read_through_presentation_forms(header: list[str], headed: bool) -> None:
    from redactor.formats.tables import RawTable, build_cells

    rows = [header, ["๑๗.๒๐", "นางทดลอง ใจดี", "ปวดท้อง", "๑๒/๔ หมู่ ๙"]]
    text, cells = _grid(rows)
    got = {text[c.start:c.end]: c for c in build_cells([RawTable(cells, 4)], text)}
    patient = got["นางทดลอง ใจดี"]
    assert (patient.header == "ผู้ป่วย" and got[header[0]].is_header) is headed
    assert not patient.is_header


@pytest.mark.parametrize(
    ("pieces", "value"),
    [
        (["สมหญิง ทอง", "ทดลอง"], "สมหญิง ทองทดลอง"),  # a surname cut inside the word
        (["สมหญิง ", "ทองทดลอง"], "สมหญิง ทองทดลอง"),  # a wrap between the two names
        (["สมหญิง"], "สมหญิง"),
    ],
)
def test_cell_value_joins_the_pieces_of_a_wrapped_cell(pieces: list[str], value: str) -> None:
    from redactor.detectors.base import DetectionContext

    text = ""
    cells = []
    for k, piece in enumerate(pieces):
        cells.append(TableCell(len(text), len(text) + len(piece), 0, 1, 1, "ชื่อ"))
        text += piece + "\n" + ("081-000-\n" if k == 0 else "")  # another cell of the row in between
    ctx = DetectionContext(text, cells=sorted(cells, key=lambda c: c.start))
    assert ctx.cell_value(cells[0].start) == value
    assert ctx.cell_value(len(text) + 5) is None


@pytest.mark.parametrize(("first_row", "headed"), [
    # a form typed as a two-column table starts with the applicant and the applicant's titled name: data
    (["ผู้ขออนุญาต", "นายทดลอง ใจดีมาก"], False),
    (["ผู้ขออนุญาต", "(นางสาวทดลอง มีสุข)"], False),
    # column titles, one of which names whose column it is: headings
    (["ผู้ขออนุญาต", "ที่อยู่"], True),
    (["ชื่อ-สกุล", "นายจ้าง"], True),  # นายจ้าง (employer) starts like a title but is one word, a heading
])
def test_a_titled_name_is_never_a_heading(first_row: list[str], headed: bool) -> None:
    from redactor.formats.tables import RawTable, build_cells

    rows = [first_row, ["ชนิดไม้", "ไม้สักสวนป่า"], ["พาหนะ", "รถบรรทุก"]]
    text, cells = _grid(rows)
    got = {text[c.start:c.end]: c for c in build_cells([RawTable(cells, 2)], text)}
    assert got[first_row[0]].is_header is headed
    assert not got["ชนิดไม้"].is_header
