"""Minimal reproduction: surviving glyphs move after ``Page.apply_redactions()``.

Kept ready for an upstream report (issue #13). Run with the PyMuPDF under test:

    python docs/upstream/pymupdf_redact_shift.py

It writes one line of text with a Base-14 font (and, if a TLWG font is installed,
one with an embedded Thai TrueType font), redacts a word in the middle with
``images=PDF_REDACT_IMAGE_NONE`` and no fill, and compares the box of every
surviving character before and after, as ``rawdict`` reads them. PyMuPDF 1.28.2
moves nothing; exit status 1 and the list of moved glyphs mean the defect.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pymupdf

TOL = 0.01  # pt
THAI_FONT = Path("/usr/share/fonts/truetype/tlwg/Laksaman.ttf")


def chars(page: pymupdf.Page) -> list[tuple[str, float, float, float]]:
    out = []
    for block in page.get_text("rawdict")["blocks"]:
        for line in block.get("lines", []):
            for span in line["spans"]:
                for ch in span["chars"]:
                    if not ch["c"].isspace():
                        x0, y0, x1, _ = ch["bbox"]
                        out.append((ch["c"], round(x0, 3), round(x1, 3), round(y0, 3)))
    return out


def case(fontname: str, fontfile: str | None, line: str, word: str) -> list[str]:
    doc = pymupdf.open()
    page = doc.new_page(width=400, height=200)
    if fontfile:
        page.insert_font(fontname=fontname, fontfile=fontfile)
    page.insert_text((20, 100), line, fontname=fontname, fontsize=14)
    before = chars(page)
    hit = page.search_for(word)[0]
    page.add_redact_annot(hit, fill=False)
    page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_NONE)
    after = chars(page)
    survivors = [c for c in before if not (hit.x0 - TOL <= (c[1] + c[2]) / 2 <= hit.x1 + TOL)]
    problems = []
    if [c[0] for c in survivors] != [c[0] for c in after]:
        problems.append(f"text changed: {''.join(c[0] for c in survivors)!r} -> {''.join(c[0] for c in after)!r}")
    for b, a in zip(survivors, after, strict=False):
        if b[0] == a[0] and max(abs(b[1] - a[1]), abs(b[2] - a[2]), abs(b[3] - a[3])) > TOL:
            problems.append(f"{b[0]!r} moved x {b[1]}..{b[2]} -> {a[1]}..{a[2]}, y {b[3]} -> {a[3]}")
    return problems


def main() -> int:
    print("PyMuPDF", pymupdf.VersionBind, "MuPDF", pymupdf.VersionFitz)
    cases = [("helv", None, "ABC Secretname XYZ tail", "Secretname")]
    if THAI_FONT.exists():
        cases.append(("laksaman", str(THAI_FONT), "ABC นายสมมติ XYZ ต่อท้าย", "นายสมมติ"))
    failed = False
    for fontname, fontfile, line, word in cases:
        problems = case(fontname, fontfile, line, word)
        print(f"{fontname}: {'OK' if not problems else 'SHIFTED'}")
        for p in problems:
            print("   ", p)
        failed |= bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
