"""Build redactor/data/thai_digits.npz: the Thai digit templates of redactor/ocr/thai_digits.py.

    python models/thai_digits/build.py [--fonts DIR]

Each of the ten Thai digits is rendered with PyMuPDF at 120 pt in every typeface of FONTS found in DIR
(Debian's fonts-thai-tlwg: /usr/share/fonts/truetype/tlwg), thresholded, and reduced to the reader's
24x24 grid (``thai_digits.grid``). The file holds the vectors (float16), their width-to-height ratios
and the digit of each. See README.md beside this script for the sources and licence.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
FONTS = ("Laksaman", "Garuda", "Norasi", "Sawasdee", "Loma", "Kinnari", "Umpush", "Waree", "TlwgTypo",
         "TlwgTypist", "TlwgMono", "Purisa")
STYLES = ("", "-Bold")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--fonts", type=Path, default=Path("/usr/share/fonts/truetype/tlwg"))
    args = ap.parse_args()
    sys.path.insert(0, str(REPO))
    import pymupdf

    from redactor.ocr.thai_digits import DATA, THAI_DIGITS, grid

    vectors, aspects, digits = [], [], []
    for family in FONTS:
        for style in STYLES:
            path = args.fonts / f"{family}{style}.ttf"
            if not path.exists():
                print(f"missing {path}", file=sys.stderr)
                return 1
            doc = pymupdf.open()
            for d in THAI_DIGITS:
                page = doc.new_page(width=200, height=200)
                page.insert_font(fontname="F", fontfile=str(path))
                page.insert_text((20, 150), d, fontname="F", fontsize=120)
                pix = page.get_pixmap(dpi=72, colorspace=pymupdf.csGRAY)
                img = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width)
                got = grid(img < 128)
                assert got is not None
                vectors.append(got[0].ravel())
                aspects.append(got[1])
                digits.append(d)
            doc.close()
    np.savez_compressed(DATA, vectors=np.array(vectors, dtype=np.float16), aspects=np.array(aspects, dtype=np.float32),
                        digits=np.array(digits))
    print(f"{len(digits)} templates ({len(FONTS)} typefaces x {len(STYLES)} styles) written to {DATA}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
