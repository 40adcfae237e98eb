"""Redaction boxes of OCR text carved around the neighbouring lines' glyphs (redactor/ocr/carve.py).

Table: a box cut back where another line's glyph reaches into it, from the top or the bottom, never
uncovering the span's own glyphs; a box nothing reaches into stays whole. Then a tight register scan
(line height 1.0, 14 pt, 300 dpi; benchmarks/scan_stress.py, every name and number made up) that
stopped at exit 4 before: its boxes took the bottom of the line above's text. It is now written,
verified, with every withheld item gone and the kept ones there.
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest

from redactor.ocr.carve import MARGIN, carve

BOX = (100.0, 50.0, 200.0, 62.0)
OWN = [(102.0, 50.0, 120.0, 62.0), (150.0, 51.0, 198.0, 62.0)]


@pytest.mark.parametrize(("others", "expected"), [
    # nothing reaches in: one rectangle
    ([], [BOX]),
    # a glyph of the line above reaching down into the gap between the span's glyphs: cut back there only
    ([(125.0, 40.0, 140.0, 54.0)],
     [(100.0, 50.0, 125.0, 62.0), (125.0, 54.0 + MARGIN, 140.0, 62.0), (140.0, 50.0, 200.0, 62.0)]),
    # a glyph of the line below reaching up: cut from the bottom
    ([(125.0, 58.0, 140.0, 70.0)],
     [(100.0, 50.0, 125.0, 62.0), (125.0, 50.0, 140.0, 58.0 - MARGIN), (140.0, 50.0, 200.0, 62.0)]),
    # a neighbour's glyph over one of the span's own: the own glyph stays covered (a leak is worse)
    ([(105.0, 40.0, 115.0, 55.0)], [BOX]),
])
def test_carve(others: list[tuple[float, float, float, float]],
               expected: list[tuple[float, float, float, float]]) -> None:
    got = carve(BOX, OWN, others, pad=0.0)
    assert [tuple(round(v, 6) for v in r) for r in got] == [tuple(round(v, 6) for v in r) for r in expected]


def test_carved_boxes_cover_the_own_glyphs() -> None:
    others = [(110.0, 40.0, 160.0, 57.0), (170.0, 56.0, 190.0, 75.0)]
    rects = carve(BOX, OWN, others, pad=1.0)
    for gx0, gy0, gx1, gy1 in OWN:
        for x in (gx0 + 0.5, (gx0 + gx1) / 2, gx1 - 0.5):
            column = [r for r in rects if r[0] <= x <= r[2]]
            assert column and min(r[1] for r in column) <= gy0 and max(r[3] for r in column) >= gy1


def test_a_tight_register_scan_is_written_and_verified(tmp_path: Path) -> None:
    pytest.importorskip("pymupdf")
    repo = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(repo / "benchmarks"))
    try:
        import scan_stress
    finally:
        sys.path.remove(str(repo / "benchmarks"))
    src = tmp_path / "register.pdf"
    _what, withheld, kept = scan_stress.build(src, random.Random(6), ("Garuda", 14.0, 1.0, 300, False))
    out = tmp_path / "register.out.pdf"
    run = subprocess.run([sys.executable, "-m", "webui.cli", "redact", str(src), "-o", str(out), "--accept-all"],
                         capture_output=True, text=True, cwd=repo)
    assert run.returncode == 0, run.stderr
    import pymupdf

    with pymupdf.open(out) as doc:
        text = "".join(page.get_text() for page in doc)
    ids = [w["text"] for w in withheld if w["type"] in ("NATIONAL_ID", "PHONE")]
    assert ids and not [i for i in ids if i in text]
    assert [k["text"] for k in kept if k["text"] in text]
