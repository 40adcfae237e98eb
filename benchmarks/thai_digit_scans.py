"""Thai-digit scans at 200, 300 and 400 dpi: what the OCR digit safety net does (issue 14 item 2, issue 11).

    python benchmarks/thai_digit_scans.py [--dpi 200,300,400] [--pages 2] [--seeds 2568] [--keep DIR]

Builds invented letters (tests/fixtures/make_digit_scans.py: python-docx,
LibreOffice, pdftoppm, blur, grain, specks, JPEG) whose national IDs, phone
numbers and bank accounts are mostly in Thai digits, in sentences and in a
table. For each planted item, by its box on the page:

* redacted: the redaction proposals' boxes cover it (>= 90 % of its area);
* review: only together with the "OCR could not read this digit run"
  review regions (mandatory review) is it covered;
* missed: neither.

Then ``redact`` with nothing decided (review regions are withheld, failing
closed), and the output is checked two ways: its pixels (the item's box at
ink left on uncovered paper, about a digit's worth or more: visible) and plain Tesseract on a 300 dpi rendering (the
item's skeleton read with ratio >= 0.85, as the evaluation scores a leak).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
# Ink pixels (at 300 dpi) of an item left uncovered that make it readable in part: about one digit's strokes.
MIN_VISIBLE_INK = 150
sys.path.insert(0, str(REPO))


def coverage(box: tuple[float, float, float, float], rects: list[tuple[float, float, float, float]]) -> float:
    """Share of ``box`` covered by the union of ``rects`` (on a 0.25 pt grid)."""
    x0, y0, x1, y1 = box
    xs, ys = np.arange(x0, x1, 0.25), np.arange(y0, y1, 0.25)
    if not len(xs) or not len(ys):
        return 0.0
    gx, gy = np.meshgrid(xs, ys)
    hit = np.zeros(gx.shape, bool)
    for a, b, c, d in rects:
        hit |= (gx >= a) & (gx <= c) & (gy >= b) & (gy <= d)
    return float(hit.mean())


def visible_ink(source: np.ndarray, output: np.ndarray, zoom: float, box: tuple[float, float, float, float]) -> int:
    """Ink pixels of the item (in the source scan) that the output still shows on paper.

    Inside the item's box, a column of the glyphs' rows is uncovered when most
    of its pixels are light in the output (a box paints paper and ink alike);
    the item's ink in uncovered columns is still readable.
    """
    x0, y0, x1, y1 = (int(v * zoom) for v in box)
    src, out = source[y0:y1, x0:x1], output[y0:y1, x0:x1]
    ink = src < 128
    rows = np.flatnonzero(ink.any(axis=1))
    if not len(rows):
        return 0
    band = slice(rows[0], rows[-1] + 1)
    uncovered = (out[band] > 128).mean(axis=0) > 0.5
    return int(ink[band][:, uncovered].sum())


def run(dpi: int, pages: int, seed: int, work: Path) -> dict[str, int]:
    import pymupdf

    from redactor.errors import PhoeiError
    from redactor.normalise import fold_for_match
    from redactor.ocr import engine
    from redactor.ocr.fuzzy import best_ratio, skeleton
    from redactor.pipeline import analyse, redact
    from tests.fixtures import make_digit_scans as mds

    with engine._cache_lock:
        engine._cache.clear()
    scan = mds.build(work / f"{dpi}-{seed}", dpi, pages=pages, seed=seed)
    analysis = analyse(scan.path)
    try:
        redact_rects: dict[int, list[tuple[float, float, float, float]]] = {}
        review_rects: dict[int, list[tuple[float, float, float, float]]] = {}
        for p in analysis.proposals:
            if p.action not in ("redact", "review"):
                continue
            target = redact_rects if p.action == "redact" else review_rects
            for pno, rect in analysis.doc.rects_for(p.start, p.end):  # type: ignore[attr-defined]
                target.setdefault(pno, []).append(rect)
        review_items = sum(1 for p in analysis.proposals if p.action == "review")
    finally:
        analysis.doc.close()
    counts = {"planted": len(scan.planted), "redacted": 0, "review": 0, "missed": 0, "review_items": review_items,
              "visible_pixels": 0, "ocr_leak": 0, "failed": 0}
    status = {}
    for item in scan.planted:
        # The middle of the item's height: the printed PDF's glyph boxes reach far above and below the
        # digits (a fallback font's hyphen is 16 pt tall), where OCR's boxes rightly do not.
        x0, y0, x1, y1 = item.box
        body = (x0, y0 + 0.35 * (y1 - y0), x1, y0 + 0.65 * (y1 - y0))
        red = coverage(body, redact_rects.get(item.page, []))
        both = coverage(body, redact_rects.get(item.page, []) + review_rects.get(item.page, []))
        kind = "redacted" if red >= 0.9 else "review" if both >= 0.9 else "missed"
        counts[kind] += 1
        status[item] = kind
    out = work / f"{dpi}-{seed}" / "out.pdf"
    try:
        redact(scan.path, out)
    except PhoeiError as exc:
        counts["failed"] = 1
        print(f"  {dpi} dpi seed {seed}: redact failed: {exc}")
        return counts
    doc = pymupdf.open(str(out))
    source = pymupdf.open(str(scan.path))
    zoom = 300 / 72
    for pno in range(doc.page_count):
        pix = doc[pno].get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), colorspace=pymupdf.csGRAY)
        img = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width)
        spix = source[pno].get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), colorspace=pymupdf.csGRAY)
        simg = np.frombuffer(spix.samples, dtype=np.uint8).reshape(spix.height, spix.width)
        text = subprocess.run(["tesseract", "stdin", "stdout", "-l", "tha+eng"], input=pix.tobytes("png"),
                              capture_output=True, check=True).stdout.decode()
        hay = skeleton(fold_for_match(text))
        for item in scan.planted:
            if item.page != pno:
                continue
            visible = visible_ink(simg, img, zoom, item.box) >= MIN_VISIBLE_INK
            leaked = best_ratio(skeleton(fold_for_match(item.text)), hay) >= 0.85
            counts["visible_pixels"] += visible
            counts["ocr_leak"] += leaked
            if visible or leaked:
                print(f"  {dpi} dpi: {item.label} {item.text!r} ({status[item]}) "
                      f"{'visible in the pixels' if visible else ''} {'read by OCR' if leaked else ''}")
    doc.close()
    source.close()
    return counts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dpi", default="200,300,400")
    ap.add_argument("--pages", type=int, default=2)
    ap.add_argument("--seeds", default="2568")
    ap.add_argument("--keep", type=Path)
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="phoei-digit-bench-"))
    rows = []
    for dpi in (int(d) for d in args.dpi.split(",")):
        total: dict[str, int] = {}
        for seed in (int(s) for s in args.seeds.split(",")):
            for k, v in run(dpi, args.pages, seed, work).items():
                total[k] = total.get(k, 0) + v
        rows.append((dpi, total))
        print(f"{dpi} dpi: {total}", flush=True)
    print("\n dpi  planted  redacted  review  missed  review items  visible in pixels  read by OCR  failed")
    for dpi, t in rows:
        print(f"{dpi:4}  {t['planted']:7}  {t['redacted']:8}  {t['review']:6}  {t['missed']:6}  "
              f"{t['review_items']:12}  {t['visible_pixels']:17}  {t['ocr_leak']:11}  {t['failed']:6}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
