"""Character boxes are kept packed (``pdf.Boxes``): 32 bytes a character instead of ~170 (issue 12, memory).

Rule: a ``Boxes`` reads exactly like the tuple of 4-tuples it replaces
(index, negative index, slice, iteration, equality, hash), and extraction
keeps every line's boxes in one.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from redactor.formats import pdf as pdf_format
from tests.fixtures import make_pdf as mk

RAW = [(1.0, 2.0, 3.5, 4.25), (5.0, 6.0, 7.0, 8.0), (-9.5, 10.0, 11.0, 12.125)]


@pytest.mark.parametrize(("read", "expected"), [
    (lambda b: b[0], RAW[0]),
    (lambda b: b[-1], RAW[-1]),
    (lambda b: list(b[1:]), RAW[1:]),
    (lambda b: list(b[:0]), []),
    (lambda b: list(b[5:9]), []),
    (lambda b: list(b[::2]), RAW[::2]),
    (lambda b: list(b), RAW),
    (lambda b: len(b), 3),
    (lambda b: len(b[1:2]), 1),
    (lambda b: max(x[2] for x in b[0:2]), 7.0),
])
def test_boxes_read_like_tuples(read, expected) -> None:  # type: ignore[no-untyped-def]
    assert read(pdf_format.Boxes(RAW)) == expected


@pytest.mark.parametrize("index", [3, -4, 100])
def test_boxes_index_out_of_range(index: int) -> None:
    with pytest.raises(IndexError):
        pdf_format.Boxes(RAW)[index]


def test_boxes_equality_and_hash() -> None:
    a, b = pdf_format.Boxes(RAW), pdf_format.Boxes(list(RAW))
    assert a == b and hash(a) == hash(b) and a == tuple(RAW)
    assert a != pdf_format.Boxes(RAW[:2]) and a != tuple(RAW[:2])
    line = pdf_format.PdfLine(0, a, (0.0, 1.0), True)
    assert line == pdf_format.PdfLine(0, b, (0.0, 1.0), True) and hash(line)


def test_boxes_are_compact() -> None:
    boxes = [(float(i), float(i) + 0.5, float(i) + 1.0, float(i) + 1.5) for i in range(1000)]
    packed = pdf_format.Boxes(boxes)
    as_tuples = sys.getsizeof(tuple(boxes)) + sum(sys.getsizeof(b) + 4 * 24 for b in boxes)
    assert sys.getsizeof(packed._flat) < as_tuples / 4


def test_extraction_keeps_boxes_packed(tmp_path: Path) -> None:
    path = mk.build_lines(tmp_path / "lines.pdf", ["บรรทัดแรกของหนังสือ", "โทร 081-234-5678 ในเวลาราชการ"])
    doc = pdf_format.open_document(path)
    try:
        lines = [s.ref for s in doc.textmap.segments if isinstance(s.ref, pdf_format.PdfLine)]
        assert lines and all(isinstance(ln.boxes, pdf_format.Boxes) for ln in lines)
        assert all(len(ln.boxes) == s.end - s.start for s, ln in
                   ((s, s.ref) for s in doc.textmap.segments if isinstance(s.ref, pdf_format.PdfLine)))
    finally:
        doc.close()
