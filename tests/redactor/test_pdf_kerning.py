"""A redaction box stops at a kerned neighbour (redactor/formats/pdf.py ``rects_for``).

MuPDF removes every glyph whose box touches a redaction rectangle. In a kerned pair the second
glyph's box starts inside the first one's advance (a typeset book's "Name’s": the quote is pulled
0.4 pt into the n), so a rectangle reaching the end of the withheld word took the quote with it and
verification rightly reported the kept line lost. The rectangle now stops where the kerned neighbour
starts, after it ends on the other side, and still reaches every glyph of the word. The names are
invented; the page is written by hand (tests/fixtures/make_untrusted.raw_pdf).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import pymupdf
import pytest

from redactor.detectors.base import DetectionContext, Detector
from redactor.pipeline import redact
from redactor.types import Finding
from tests.fixtures.make_untrusted import raw_pdf

NAME = "Wichai Khongdee"
_HELV = "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>"


class _Name(Detector):
    name = "test_invented_name"
    label = "PERSON"

    def detect(self, ctx: DetectionContext) -> Iterable[Finding]:
        for m in re.finditer(NAME, ctx.text):
            yield self.finding(m.start(), m.end(), 0.99, "the invented name")


def _page(tmp: Path, before: int, after: int) -> Path:
    """One line: an opening quote kerned ``before``/1000 em into the name, the name, a right quote
    kerned ``after``/1000 em back into its last letter (WinAnsi 0x91 and 0x92), then kept text."""
    line = f"[(The shop of \\221) {before} ({NAME}) {after} (\\222s family opened in 1888; one day)] TJ"
    body = f"BT /F1 11 Tf 72 720 Td {line} ET"
    path = tmp / f"kerned_{before}_{after}.pdf"
    path.write_bytes(raw_pdf([
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        "/Contents 5 0 R >>",
        _HELV,
        f"<< /Length {len(body)} >>\nstream\n{body}\nendstream",
    ]))
    return path


@pytest.mark.parametrize(("before", "after"), [
    (0, 0),        # no kerning: the boxes abut
    (0, 40),       # the right quote pulled 0.44 pt into the name's last letter
    (0, 120),      # and further
    (60, 0),       # the opening quote reaching into the name's first letter
    (60, 80),      # both
    (-200, -200),  # spaced apart: nothing near the boxes
])
def test_kerned_neighbours_stay_and_the_name_goes(before: int, after: int, tmp_path: Path) -> None:
    src = _page(tmp_path, before, after)
    out = tmp_path / "out.pdf"
    result = redact(src, out, detectors=[_Name()])
    assert len(result.redactions) == 1
    assert result.verification.passed, result.verification
    doc = pymupdf.open(str(out))
    text = doc[0].get_text()
    doc.close()
    assert "Khongdee" not in text and "Wichai" not in text
    assert "\u2018" in text and "\u2019s family opened in 1888" in text, text
