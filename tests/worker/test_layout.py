"""The page layout kept for the review screen (worker/layout.py): char boxes, line bands, rectangles."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from tests.fixtures import make_pdf


@pytest.fixture(scope="module")
def tight(tmp_path_factory: pytest.TempPathFactory) -> tuple[object, dict]:
    """A page set tighter than its glyph boxes (leading 1.15), so the boxes of adjacent lines overlap."""
    from redactor.formats.pdf import open_document
    from worker import layout

    make_pdf.require_fonts()
    path = make_pdf.build_lines(tmp_path_factory.mktemp("layout") / "tight.pdf",
                                ["ผู้ร้อง นางสาวทดสอบ ใจดี", "เลขประจำตัวประชาชน 1-1037-02071-81-1",
                                 "ที่อยู่ ๑๒/๓ ถนนจอมพล"])
    doc = open_document(Path(path))
    return doc, layout.build(doc, [])


def test_each_pdf_line_keeps_its_band(tight) -> None:
    _doc, lay = tight
    assert len(lay["lines"]) == 3
    bands = [band for _p, _s, _boxes, band in lay["lines"]]
    for (_p, _s, boxes, band) in lay["lines"]:
        assert band is not None and band[0] < band[1]
        assert min(b[1] for b in boxes) <= band[0] and band[1] <= max(b[3] for b in boxes)
    for above, below in itertools.pairwise(bands):
        assert above[1] <= below[0]  # the bands do not overlap ...
    for (_p, _s, upper, _b), (_q, _t, lower, _c) in itertools.pairwise(lay["lines"]):
        assert max(b[3] for b in upper) > min(b[1] for b in lower)  # ... where the glyph boxes do


def test_rects_for_a_manual_span_are_the_redactions_rects(tight) -> None:
    from worker import layout

    doc, lay = tight
    text = doc.textmap.text
    start = text.index("1-1037")
    end = start + len("1-1037-02071-81-1")
    ours = layout.rects_for(lay, start, end)
    theirs = doc.rects_for(start, end)
    assert len(ours) == len(theirs) == 1
    (page, x0, y0, x1, y1), (tpage, (tx0, ty0, tx1, ty1)) = ours[0], theirs[0]
    assert page == tpage
    assert (y0, y1) == pytest.approx((ty0, ty1), abs=0.01)
    assert (x0, x1) == pytest.approx((tx0, tx1), abs=0.1)  # the redactor keeps a hair (_EPS) off the edges
