"""Visual lines and soft wraps of PDF text (redactor/formats/pdf_lines.py).

Unit tables on synthetic MuPDF lines, then the real thing: a Word file printed to PDF by
LibreOffice, whose spaces between Thai words are separate text objects and whose
paragraphs wrap names and phone numbers across lines.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from redactor.formats.pdf_lines import visual_lines, wrap_separators
from redactor.normalise import LINE_SEPARATOR

W = 6.0  # width of every synthetic glyph


def _line(text: str, x: float, base: float, size: float = 12.0, marks: str = "\u0e48\u0e49\u0e31\u0e34\u0e35"
          ) -> dict[str, Any]:
    chars = []
    for c in text:
        if c in marks and chars:  # a mark sits at its base's end, zero width
            end = chars[-1]["bbox"][2]
            chars.append({"c": c, "bbox": (end, base - size, end, base + 2), "origin": (end, base)})
            continue
        chars.append({"c": c, "bbox": (x, base - size, x + W, base + 2), "origin": (x, base)})
        x += W
    bbox = (chars[0]["bbox"][0], base - size, chars[-1]["bbox"][2], base + 2) if chars else (x, base, x, base)
    return {"dir": (1.0, 0.0), "wmode": 0, "bbox": bbox,
            "spans": [{"size": size, "origin": (bbox[0], base), "chars": chars, "bbox": bbox}]}


def _text(line: dict[str, Any]) -> str:
    return "".join(ch["c"] for sp in line["spans"] for ch in sp["chars"])


def _end(line: dict[str, Any]) -> float:
    return float(line["bbox"][2])


def test_pieces_of_one_visual_line_are_merged_in_place() -> None:
    # A word processor's layout: the words, then the spaces as separate one-character
    # pieces listed first, in a smaller size, on the same baseline.
    w1 = _line("ที่อยู่", 100, 200)
    s1 = _line(" ", _end(w1), 199.6, size=9.0)
    w2 = _line("88/14", _end(s1), 200)
    s2 = _line(" ", _end(w2), 199.6, size=9.0)
    w3 = _line("หมู่", _end(s2), 200)
    out = visual_lines([{"type": 0, "lines": [s1, s2, w1, w2, w3]}])
    assert [_text(ln) for ln in out] == ["ที่อยู่ 88/14 หมู่"]
    # every character keeps its own box, in reading order
    xs = [ch["bbox"][0] for ch in out[0]["spans"][0]["chars"]]
    assert xs == sorted(xs)


def test_cells_of_a_row_stay_apart() -> None:
    # Table cells on one baseline, a cell's padding apart: separate lines, as before.
    a = _line("นางสาวสมมติ ใจงาม", 100, 200)
    b = _line("17/09/2531", _end(a) + 20, 200)
    out = visual_lines([{"type": 0, "lines": [a, b]}])
    assert [_text(ln) for ln in out] == ["นางสาวสมมติ ใจงาม", "17/09/2531"]


@pytest.mark.parametrize(("lines", "expected"), [
    # two lines of one block, one above the other: left as they are
    ([_line("บรรทัดหนึ่ง", 100, 200), _line("บรรทัดสอง", 100, 218)], ["บรรทัดหนึ่ง", "บรรทัดสอง"]),
    # text drawn twice over itself (fake bold): not merged into doubled letters
    ([_line("ตัวหนา", 100, 200), _line("ตัวหนา", 100.4, 200)], ["ตัวหนา", "ตัวหนา"]),
])
def test_what_is_not_merged(lines: list[dict[str, Any]], expected: list[str]) -> None:
    assert [_text(ln) for ln in visual_lines([{"type": 0, "lines": lines}])] == expected


RIGHT = 100 + 50 * W  # the text column's right edge (a full line's end)


def _bases(text: str) -> int:
    return sum(c not in "\u0e48\u0e49\u0e31\u0e34\u0e35" for c in text)


def _para(first: str, second: str, *, x2: float = 100, pitch: float = 18, size2: float = 12.0,
          full: bool = True) -> list[dict[str, Any]]:
    """A full line above, then ``first`` (padded to the column's width when ``full``) and ``second``."""
    above = _line("ก" * 50, 100, 200 - pitch)
    a = _line(("ก" * (50 - _bases(first)) if full else "") + first, 100, 200)
    return [above, a, _line(second, x2, 200 + pitch, size=size2)]


@pytest.mark.parametrize(("lines", "sep"), [
    # a full line, and the next line's first word would not have fitted: a soft wrap,
    # written as nothing where the line ends with the space it broke at ...
    (_para("ตามที่ตรวจพบว่า MR. KYAW ", "ZAW HTET สัญชาติ"), ""),
    (_para("อยู่บ้านเลขที่ 88/14 ", "หมู่ 2 ตำบลหนึ่ง"), ""),
    # ... as LINE SEPARATOR (read as a space) where it does not ...
    (_para("ตามที่ตรวจพบว่า MR. KYAW", "ZAW HTET สัญชาติ"), LINE_SEPARATOR),
    # ... but between Thai letters the line break stays (a wrap and a line ended by hand
    # look alike there; the detectors read Thai across line breaks themselves) ...
    (_para("มีอาการอัมพาตหลังหลอดเลือด", "สมองตีบจนเดินไม่ได้"), "\n"),
    # ... and after a hyphen inside a digit group: one number
    (_para("โทรศัพท์ 081-", "234-5678 ทำงาน"), ""),
    # negatives: the line ended on its own (its next word would have fitted) ...
    (_para("จึงเรียนมาเพื่อทราบ", "ขอแสดงความนับถือ", full=False), "\n"),
    # ... the next line is indented further (a list item, a signature block) ...
    (_para("ตามที่ตรวจพบว่า MR. KYAW ", "ZAW HTET", x2=100 + 30 * W), "\n"),
    # ... a different size (a heading, a footnote) ...
    (_para("ตามที่ตรวจพบว่า MR. KYAW ", "ZAW HTET", size2=8.0), "\n"),
    # ... a contact block's next entry, laid out line by line ...
    (_para("กองคลัง โทร. 0 4321 1234 ต่อ 12", "ไปรษณีย์อิเล็กทรอนิกส์ finance@example.go.th"), "\n"),
    (_para("ฝ่ายบริหารทั่วไป โทร. 0 4321 1234", "E-mail: admin@example.go.th"), "\n"),
    # ... or too far below (a new paragraph after a gap)
    (_para("ตามที่ตรวจพบว่า MR. KYAW ", "ZAW HTET", pitch=40), "\n"),
])
def test_soft_wraps(lines: list[dict[str, Any]], sep: str) -> None:
    assert wrap_separators(lines)[1] == sep


def test_a_ruling_between_rows_is_no_wrap() -> None:
    lines = _para("นางสาวสมมติ ใจงาม", "Mr. Test Person")
    assert wrap_separators(lines)[1] == LINE_SEPARATOR
    rule = (90.0, 206.0, RIGHT + 10, 206.0)  # a table's rule between the two rows
    assert wrap_separators(lines, lambda: [rule])[1] == "\n"


def _libreoffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        pytest.skip("LibreOffice is not installed (Debian libreoffice-writer-nogui; CI installs it)")
    return found


def test_libreoffice_pdf_with_wrapped_name_phone_and_address(tmp_path: Path) -> None:
    """Spaces as separate objects and paragraph wraps in a real LibreOffice PDF: the
    wrapped Latin name, the phone broken after a hyphen and the address are withheld."""
    import docx
    import pymupdf
    from docx.shared import Pt

    from redactor.formats.pdf import recover
    from redactor.normalise import fold_for_match
    from redactor.pipeline import redact

    soffice = _libreoffice()
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(15)
    filler = "ตามที่พนักงานตรวจแรงงานได้ตรวจสอบสถานประกอบการของท่าน พบว่า "
    d.add_paragraph("ที่ รส ๐๑๒๓/๔๕๖")
    d.add_paragraph(filler + "MR. TUN LIN AUNG สัญชาติเมียนมา พักอาศัยอยู่ที่ 45/6 หมู่ 8 ตำบลทดสอบ "
                    "โทรศัพท์ 081-555-0199 " + filler + "MS. DARA KEO สัญชาติกัมพูชา โทรศัพท์ 092-777-0123 "
                    "ทำงานโดยได้รับอนุญาตถูกต้อง")
    d.add_paragraph("(นางสาวทดลอง ใจงาม)")
    d.add_paragraph("จัดหางานจังหวัดทดสอบ")
    src = tmp_path / "letter.docx"
    d.save(str(src))
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'lo'}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(src)], check=True, capture_output=True, timeout=180)
    pdf = tmp_path / "letter.pdf"
    assert pymupdf.open(pdf).page_count >= 1
    result = redact(pdf, tmp_path / "out.pdf")
    assert result.verification.passed
    out = fold_for_match("\n".join(r.text for r in recover(tmp_path / "out.pdf")))
    for withheld in ("TUN LIN AUNG", "DARA KEO", "081-555-0199", "092-777-0123", "45/6 หมู่ 8"):
        assert fold_for_match(withheld) not in out, withheld
    for kept in ("รส ๐๑๒๓/๔๕๖", "จัดหางานจังหวัดทดสอบ", "สัญชาติเมียนมา"):
        assert fold_for_match(kept) in out, kept


def test_on_a_page_of_short_lines_the_longest_is_not_a_full_line() -> None:
    a = _line("ABC ต่อท้าย นายสมมติ ทดสอบ", 60, 200)
    b = _line("บรรทัดล่าง ปู่ย่า ตั้งใจ", 60, 218)
    # With the page's width, the right edge is at least the width minus the left margin ...
    assert wrap_separators([a, b], page_width=595)[0] == "\n"
    # ... and without it, the right edge must be reached by two lines or more.
    assert wrap_separators([a, b])[0] == "\n"


# -- values a program wrote over a form's blanks -------------------------------------------------

def _form_line() -> dict[str, Any]:
    return _line("ชื่อ" + "." * 20 + "เกิดวันที่" + "." * 10, 100, 300)


def test_values_written_over_a_forms_blanks_are_read_in_their_place() -> None:
    form = _form_line()
    xs = [ch["bbox"][0] for ch in form["spans"][0]["chars"] if ch["c"] == "."]
    name = _line("สมมติ ใจดี", xs[4] + 1, 298)  # over the first leader run, a little above its baseline
    day = _line("14", xs[23] + 1, 298)  # over the second
    out = visual_lines([{"type": 0, "lines": [form]}, {"type": 0, "lines": [name]}, {"type": 0, "lines": [day]}])
    assert [_text(ln) for ln in out] == ["ชื่อ" + "." * 5 + "สมมติ ใจดี" + "." * 15 + "เกิดวันที่" + "." * 4 + "14"
                                         + "." * 6]
    # every character keeps its own box
    assert sum(len(sp["chars"]) for ln in out for sp in ln["spans"]) == len(_text(out[0]))


@pytest.mark.parametrize(("other", "expected"), [
    # over the form's words, not its blanks: a stamp or a note, left where it is
    (_line("อนุมัติ", 100, 300), ["ชื่อ" + "." * 20 + "เกิดวันที่" + "." * 10, "อนุมัติ"]),
    # on the next line down
    (_line("สมมติ", 100 + 6 * W, 320), ["ชื่อ" + "." * 20 + "เกิดวันที่" + "." * 10, "สมมติ"]),
    # longer than a value
    (_line("ก" * 45, 100 + 5 * W, 300, size=3.0), ["ชื่อ" + "." * 20 + "เกิดวันที่" + "." * 10, "ก" * 45]),
])
def test_what_is_no_value_in_a_blank(other: dict[str, Any], expected: list[str]) -> None:
    out = visual_lines([{"type": 0, "lines": [_form_line()]}, {"type": 0, "lines": [other]}])
    assert [_text(ln) for ln in out] == expected


def test_a_line_of_blanks_alone_takes_no_value() -> None:
    blanks = _line("." * 30, 100, 300)
    value = _line("สมมติ", 100 + 5 * W, 300)
    out = visual_lines([{"type": 0, "lines": [blanks]}, {"type": 0, "lines": [value]}])
    assert [_text(ln) for ln in out] == ["." * 30, "สมมติ"]


def test_a_line_without_a_blank_to_fill_takes_no_value() -> None:
    # a short line over the spaces of a line with no leaders (a table's gap): left where it is
    spaced = _line("ลำดับ" + " " * 20 + "หมายเหตุ", 100, 300)
    short = _line("สมมติ", 100 + 8 * W, 300)
    out = visual_lines([{"type": 0, "lines": [spaced]}, {"type": 0, "lines": [short]}])
    assert [_text(ln) for ln in out] == ["ลำดับ" + " " * 20 + "หมายเหตุ", "สมมติ"]
