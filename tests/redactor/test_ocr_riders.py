"""OCR verification: a line read from the marks above or below its neighbour is that neighbour's marks.

Tesseract now and then reads a Thai line's tone marks and upper vowels (or its lower vowels) as a line of
their own, a thin band of letter salad riding on the line. Such a line is not kept text to read again
next to a box (``redactor.ocr.verify.is_rider``). Lines of text of their own, small print included, are.
Coordinates are pixels at 300 dpi; all text is made up.
"""

from __future__ import annotations

import pytest

from redactor.ocr.layout import OcrLine
from redactor.ocr.verify import is_rider


def _line(text: str, x0: float, y0: float, y1: float, glyph_y: tuple[float, float] | None = None,
          step: float = 30.0) -> OcrLine:
    gy0, gy1 = glyph_y or (y0, y1)
    boxes = []
    x = x0
    for ch in text:
        boxes.append((x, y0, x + step, y1) if ch == " " else (x, gy0, x + step, gy1))
        x += step
    return OcrLine(text, tuple(boxes), (x0, y0, x, y1), 90.0, tuple(90.0 for _ in text))


# The neighbour: a body line 68 px high (band 956-1024), 1,500 px wide.
BODY = _line("อยู่บ้านเลขที่ ๑๒/๓ ถนนสายกลาง โทร. ๐๘๖ ๕๓๐ ๒๗๑๘ เกี่ยวพัน", 380, 956, 1024, step=30)


@pytest.mark.parametrize(("rider", "expected"), [
    # marks above the line read as salad with digits: a thin band whose glyphs reach into the line's top
    (_line("cy, a 6๕๐ a ๑ ๕", 455, 929, 956, glyph_y=(929, 972), step=90), True),
    # lower vowels under the line read as a line of their own
    (_line("ุ ู . ๑ ,", 500, 1024, 1046, glyph_y=(1020, 1050), step=150), True),
    # the same salad far above the line (another part of the page)
    (_line("cy, a 6๕๐ a ๑ ๕", 455, 700, 727, step=90), False),
    # a line of small print right above, separated by its own spacing, reading as words
    (_line("หมายเหตุ ข้อมูลปรับปรุง", 455, 900, 930, step=40), False),
    # small print inside the zone that still reads as words is text of its own
    (_line("ลงชื่อ ผู้รับ", 455, 930, 956, glyph_y=(930, 960), step=60), False),
    # a thin line over only a sliver of the neighbour's width
    (_line("๑ ๕", 1850, 929, 956, glyph_y=(929, 972), step=200), False),
    # a band as tall as the neighbour's: a line, not marks
    (_line("๑ ๕ a", 455, 900, 960, step=200), False),
])
def test_is_rider(rider: OcrLine, expected: bool) -> None:
    assert is_rider(rider, [BODY, rider]) is expected


def test_a_line_is_never_its_own_rider() -> None:
    thin = _line("๑ ๕ a", 455, 929, 956, step=200)
    assert not is_rider(thin, [thin])


# Three body lines 68 px high, one under the other, and the list's numbers beside them.
_ROWS = [_line("นางสาวสมใจ ใจดี เลขประจำตัวประชาชน", 230, y, y + 68, step=40) for y in (300, 370, 440)]


@pytest.mark.parametrize(("column", "expected"), [
    # the list's numbers down the margin read as one noisy line three lines high
    (_line("Do Sd. ธ Bo So.", 150, 290, 520, step=5), True),
    # the same noise holding the middle of one line only: a line of its own
    (_line("Do Sd. ธ Bo So.", 150, 290, 400, step=5), False),
    # a column that reads as words (a label column set as one tall block) is text
    (_line("ชื่อ ที่อยู่ โทรศัพท์", 150, 290, 520, step=5), False),
    # a line of noise as high as the lines beside it
    (_line("Do Sd.", 150, 300, 368, step=5), False),
])
def test_is_column_block(column: OcrLine, expected: bool) -> None:
    from redactor.ocr.verify import is_column_block

    assert is_column_block(column, [*_ROWS, column]) is expected


@pytest.mark.parametrize(("rects", "under"), [
    # the text-layer redaction of an ID covers the OCR reading of the ID: those characters are redacted
    ([(78.0, 0.0, 142.0, 40.0)], "๑๐๓๗๐๒"),
    # half a glyph under the box counts; less does not
    ([(95.0, 0.0, 100.0, 40.0)], "๐"),
    ([(96.0, 0.0, 100.0, 40.0)], ""),
    # a box above the line (another line's) covers none of it
    ([(0.0, -60.0, 400.0, -5.0)], ""),
])
def test_ocr_characters_under_a_text_layer_redaction(rects: list[tuple[float, float, float, float]],
                                                     under: str) -> None:
    """An OCR reading of text the text layer redacted is that text, not kept text (verify._under_boxes)."""
    from redactor.ocr import geometry as geo
    from redactor.ocr.pdf import ScanLine
    from redactor.ocr.verify import _outside, _under_boxes
    from redactor.types import Segment, TextMap

    line = _line("เลขบัตร ๑๐๓๗๐๒ ของ", 0, 0, 40, step=10)
    text = line.text + "\n"
    seg = Segment(0, len(line.text), "page 1", True, ScanLine(0, line, geo.IDENTITY), 1)
    drop = _under_boxes(TextMap(text, [seg]), seg, rects)
    assert "".join(text[i] for i in sorted(drop)) == under
    kept = "".join(text[s:e] for s, e in _outside([(0, len(line.text))], drop))
    assert kept == "".join(c for i, c in enumerate(line.text) if i not in drop)


@pytest.mark.parametrize(("text", "touched", "hay", "read"), [
    # the one word a box touches reads back whole; the noise OCR made of the words beside it does not matter
    ("Nay บ้านเลขที่ VAN โทร.", {"บ้านเลขที่"}, "log บ้านเลขที่ Ins. โทร", True),
    # the touched word is not read back: lost
    ("Nay บ้านเลขที่ VAN โทร.", {"บ้านเลขที่"}, "log บ้าน Ins. โทร", False),
    # touched words too short to judge alone: the whole line decides
    ("Nay บ้านเลขที่ VAN โทร.", {"VAN"}, "log บ้านเลขที่ VAN โทร", False),
    # two touched words, read back together
    ("ผู้ตรวจสอบ นายสมชาย ใจดี นักวิชาการ", {"ผู้ตรวจสอบ", "นักวิชาการ"}, "ผู้ตรวจสอบ นักวิชาการ", True),
])
def test_touched_words_of_a_kept_line_read_back(text: str, touched: set[str], hay: str, read: bool) -> None:
    from redactor.normalise import fold_for_match
    from redactor.ocr.fuzzy import skeleton
    from redactor.ocr.verify import _touched_words_read

    def clear(a: int, b: int) -> bool:
        return text[a:b] not in touched

    assert _touched_words_read(text, [(0, len(text))], clear, skeleton(fold_for_match(hay))) is read
