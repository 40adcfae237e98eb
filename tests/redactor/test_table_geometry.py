"""Redacting table cells never takes neighbouring text with it.

Tables from tests/fixtures/make_tables.py (tlwg fonts, 11-16 pt, with and
without borders, rows tighter than their glyph boxes, sideways tables). The
name column is redacted cell by cell; afterwards every character outside the
redactions must still extract from the written file, at its position, and no
redacted character may remain.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from redactor.formats.pdf import PdfDocument
from redactor.types import Redaction
from tests.fixtures import make_tables as mt

VARIANTS = list(mt.variants())


def _chars(path: Path) -> list[tuple[str, float, float]]:
    """Every non-space character of page 1 with its box centre."""
    with pymupdf.open(str(path)) as doc:
        raw = doc[0].get_text("rawdict", flags=pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_PRESERVE_LIGATURES)
    out = []
    for b in raw["blocks"]:
        for ln in b.get("lines", []):
            for sp in ln["spans"]:
                for ch in sp["chars"]:
                    if not ch["c"].isspace():
                        x0, y0, x1, y1 = ch["bbox"]
                        out.append((ch["c"], (x0 + x1) / 2, (y0 + y1) / 2))
    return out


def _cell_redactions(doc: PdfDocument) -> list[Redaction]:
    """One redaction per name cell (the body rows' second column)."""
    text = doc.textmap.text
    out = []
    for row in mt.ROWS[1:]:
        name = row[mt.NAME_COL]
        s = text.find(name)
        assert s >= 0, f"fixture text not extracted as one run: {name!r}"
        out.append(Redaction(s, s + len(name), "PERSON", "15(5)", "test", name))
    return out


@pytest.mark.parametrize("variant", VARIANTS, ids=[v.name for v in VARIANTS])
def test_redacting_cells_leaves_every_other_character(tmp_path: Path, variant: mt.Variant) -> None:
    src, out = tmp_path / "in.pdf", tmp_path / "out.pdf"
    mt.make_table(src, variant)
    before = _chars(src)
    doc = PdfDocument(src)
    try:
        reds = _cell_redactions(doc)
        redacted: set[int] = set()
        for r in reds:
            redacted.update(range(r.start, r.end))
        # Which source characters are inside a redaction, by position.
        gone: list[tuple[str, float, float]] = []
        for seg in doc.textmap.segments:
            for i in range(seg.start, seg.end):
                if i in redacted and hasattr(seg.ref, "boxes"):
                    x0, y0, x1, y1 = seg.ref.boxes[i - seg.start]
                    gone.append((doc.textmap.text[i], (x0 + x1) / 2, (y0 + y1) / 2))
        doc.apply(reds, out)
    finally:
        doc.close()
    after = _chars(out)

    def near(c: str, x: float, y: float, pool: list[tuple[str, float, float]]) -> bool:
        return any(o == c and abs(ox - x) < 0.3 and abs(oy - y) < 0.3 for o, ox, oy in pool)

    kept = [ch for ch in before if not near(*ch, gone)]
    lost = [ch for ch in kept if not near(*ch, after)]
    assert not lost, f"collateral loss: {''.join(c for c, _x, _y in lost)!r}"
    left = [ch for ch in gone if near(*ch, after) and not near(*ch, kept)]
    assert not left, f"redacted characters remain: {''.join(c for c, _x, _y in left)!r}"
    for row in mt.ROWS[1:]:
        assert row[mt.NAME_COL].split()[-1] not in pymupdf.open(str(out))[0].get_text()


@pytest.mark.parametrize("variant", VARIANTS[::4], ids=[v.name for v in VARIANTS[::4]])
def test_table_redaction_verifies_without_fallback(tmp_path: Path, variant: mt.Variant) -> None:
    """The verifier agrees: no kept cell is missing (cells like "(ป.6)" next to "1,500.00" included)."""
    from redactor.pipeline import redact

    src = tmp_path / "in.pdf"
    mt.make_table(src, variant)
    manual = mt.name_cell_decisions(src)
    result = redact(src, tmp_path / "out.pdf", decisions={"decisions": manual, "default": "reject"},
                    detectors=[], raster_fallback="never")
    assert result.verification.passed and result.verification.checked_fragments > 0
    assert result.raster_pages == []


TIGHT = [v for v in VARIANTS if v.tight and not v.sideways][:4] + [v for v in VARIANTS if v.tight and v.sideways][:2]


@pytest.mark.parametrize("variant", TIGHT, ids=[v.name for v in TIGHT])
def test_pixel_boxes_cover_whole_glyphs(tmp_path: Path, variant: mt.Variant) -> None:
    """The raster fallback paints whole glyphs black, even where the vector band is a thin stripe."""
    src = tmp_path / "in.pdf"
    mt.make_table(src, variant)
    doc = PdfDocument(src)
    try:
        for r in _cell_redactions(doc):
            rects = [rect for _p, rect in doc.pixel_rects_for(r.start, r.end)]
            for seg in doc.textmap.segments_in(r.start, r.end):
                a, b = max(r.start, seg.start) - seg.start, min(r.end, seg.end) - seg.start
                for x0, y0, x1, y1 in seg.ref.boxes[a:b]:
                    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
                    if variant.sideways:  # across the line is x
                        covered = any(rx0 <= x0 + 0.01 and x1 <= rx1 + 0.01 and ry0 <= cy <= ry1
                                      for rx0, ry0, rx1, ry1 in rects)
                    else:
                        covered = any(ry0 <= y0 + 0.01 and y1 <= ry1 + 0.01 and rx0 <= cx <= rx1
                                      for rx0, ry0, rx1, ry1 in rects)
                    assert covered, (r.text, (x0, y0, x1, y1), rects)
    finally:
        doc.close()
