"""OCR of scanned Thai pages: seconds per page, against plain Tesseract and OCRmyPDF.

    python benchmarks/ocr.py [--pages 20] [--thai-every 2] [--workers 1,2] [--ocrmypdf PATH] [--no-accuracy]
                             [--no-redact]

Generates a scanned Thai letter (tests/fixtures/make_scan.py: HarfBuzz-shaped
Laksaman at 14 pt, ~33 lines a page, rendered at 300 dpi, tilted 0.4-0.6
degrees, grain and specks, JPEG, no text layer; one national ID, one mobile
number, one house number and one titled name per page, in Thai digits on every
``--thai-every``-th page), then times, each with a cold OCR cache:

* phoei OCR: extraction of the scanned PDF (render at 300 dpi, orientation,
  deskew, cleanup, ``tesseract -l tha+eng`` TSV+text, line building, OCR text
  cleanup) with 1 and 2 workers (``PHOEI_OCR_WORKERS``);
* phoei OCR without the digit safety net (``PHOEI_OCR_DIGITS=off``): what
  the second, digits-only reading of digit runs costs;
* phoei redact: the whole ``redact`` (extraction OCR, detection, pixel
  redaction, re-rasterising, the text layer from extraction's reading,
  verification) with the most workers asked for, and how many Tesseract runs
  it made: unchanged pages are never read twice (the OCR cache is keyed by
  pixels); of the redacted pages only the bands of the lines their boxes
  reach (and where their pixels changed) are read again, stacked across pages
  into a few compact images (redactor/ocr/readback.py), compared with the ink
  of the pixels extraction read (the source pages are not rendered again);
  digits-only re-readings only on pages with a digit run whose outcome a
  second reading can change (not Thai-digit IDs and phones, which always go
  to review);
* plain tesseract: ``tesseract page.png stdout -l tha+eng`` on the same pages
  pre-rendered at 300 dpi (rendering not timed), one process at a time with
  Tesseract's own threads, and two processes at a time with one thread each;
* OCRmyPDF (``-l tha+eng --output-type pdf -j N``), if an ``ocrmypdf``
  executable is found (``--ocrmypdf``, or on PATH).

Wall seconds per page and CPU seconds per page (this process and its
children). Target (issue 7): phoei OCR <= 1.5 s/page wall with 2 workers.
The machine is shared: the CPU column says what the work costs whatever the
load; the load average is printed with the results.

With accuracy on (default), it also counts how many of the personal items the
pipeline proposes to redact, with the OCR text cleanup and without it.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

TARGET_S_PER_PAGE = 1.5
TARGET_VS_TESSERACT = 1.2  # issue 12: 2 workers against plain tesseract with 2 processes


def cpu_seconds() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def measure(fn: Callable[[], object]) -> tuple[float, float]:
    c0, t0 = cpu_seconds(), time.perf_counter()
    fn()
    return time.perf_counter() - t0, cpu_seconds() - c0


def cold_cache() -> None:
    from redactor.ocr import engine

    with engine._cache_lock:
        engine._cache.clear()


def phoei_extract(src: Path, workers: int, digit_check: bool = True) -> Callable[[], object]:
    def run() -> object:
        from redactor.formats.pdf import PdfDocument
        from redactor.ocr import engine

        os.environ["PHOEI_OCR_WORKERS"] = str(workers)
        engine.DIGIT_CHECK = digit_check
        cold_cache()
        doc = PdfDocument(src)
        try:
            assert not doc.needs_review, doc.needs_review
            return doc.textmap
        finally:
            doc.close()
            engine.DIGIT_CHECK = True
    return run


class TesseractRuns:
    """Counts Tesseract runs (page readings and digits-only re-readings) while it is installed."""

    def __init__(self) -> None:
        self.pages = 0
        self.digits = 0

    def __enter__(self) -> TesseractRuns:
        from redactor.ocr import tesseract

        self._orig = tesseract.recognise

        def counted(*a: object, **kw: object) -> object:
            if kw.get("whitelist"):
                self.digits += 1
            else:
                self.pages += 1
            return self._orig(*a, **kw)  # type: ignore[arg-type]

        tesseract.recognise = counted  # type: ignore[assignment]
        return self

    def __exit__(self, *exc: object) -> None:
        from redactor.ocr import tesseract

        tesseract.recognise = self._orig


def phoei_redact(src: Path, out: Path, workers: int) -> Callable[[], object]:
    def run() -> object:
        from redactor.pipeline import redact

        os.environ["PHOEI_OCR_WORKERS"] = str(workers)
        cold_cache()
        return redact(src, out)
    return run


def plain_tesseract(pngs: list[Path], parallel: int) -> Callable[[], object]:
    env = dict(os.environ)
    if parallel > 1:
        env["OMP_THREAD_LIMIT"] = "1"

    def one(png: Path) -> str:
        return subprocess.run(["tesseract", str(png), "stdout", "-l", "tha+eng"], capture_output=True, env=env,
                              check=True).stdout.decode()

    def run() -> object:
        with ThreadPoolExecutor(max_workers=parallel) as ex:
            return list(ex.map(one, pngs))
    return run


def ocrmypdf_run(exe: str, src: Path, out: Path, jobs: int) -> Callable[[], object]:
    def run() -> object:
        return subprocess.run([exe, "-l", "tha+eng", "--output-type", "pdf", "-j", str(jobs), "-q", str(src),
                               str(out)], capture_output=True, check=True)
    return run


def accuracy(src: Path, secrets: list[dict[str, str]]) -> dict[str, tuple[int, int]]:
    """Personal items whose pixels a redaction covers, per label: (found, total).

    An item counts as found when a proposed redaction reads like it (skeleton,
    ratio >= 0.85): OCR may have dropped a tone mark, and the box still lands
    on the item's pixels.
    """
    from redactor.normalise import fold_for_match
    from redactor.ocr.fuzzy import best_ratio, skeleton
    from redactor.pipeline import analyse

    cold_cache()
    analysis = analyse(src)
    try:
        found = [skeleton(fold_for_match(p.text)) for p in analysis.proposals if p.action == "redact"]
    finally:
        analysis.doc.close()
    out: dict[str, tuple[int, int]] = {}
    for page in secrets:
        for label, text in page.items():
            key = skeleton(fold_for_match(text))
            hit = any(best_ratio(key, f) >= 0.85 and len(f) <= len(key) * 1.5 for f in found)
            got, total = out.get(label, (0, 0))
            out[label] = (got + int(hit), total + 1)
    return out


def without_cleanup() -> Callable[[], None]:
    """Switch the OCR text cleanup off (for the accuracy comparison); returns the undo."""
    from redactor.ocr import layout

    original = layout.clean_line

    def raw(line: str) -> tuple[str, list[tuple[int, int]]]:
        text = line.strip()
        lead = len(line) - len(line.lstrip())
        return text, [(lead + i, lead + i + 1) for i in range(len(text))]

    layout.clean_line = raw  # type: ignore[assignment]

    def undo() -> None:
        layout.clean_line = original
    return undo


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=20)
    ap.add_argument("--thai-every", type=int, default=2, help="every k-th page has its numbers in Thai digits")
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts for phoei OCR")
    ap.add_argument("--ocrmypdf", help="path of an ocrmypdf executable (default: on PATH)")
    ap.add_argument("--no-accuracy", action="store_true")
    ap.add_argument("--no-redact", action="store_true")
    ap.add_argument("--keep", type=Path, help="keep the generated files in this folder")
    ap.add_argument("--quick", action="store_true",
                    help="only the rows the 1.2x target compares: phoei OCR and redact with the most workers, "
                         "plain tesseract with 2 processes (no digit-less run, no 1-process tesseract)")
    args = ap.parse_args()

    from redactor.ocr.tesseract import unavailable_reason
    from tests.fixtures import make_scan as ms

    reason = unavailable_reason()
    if reason:
        print(f"cannot benchmark: {reason}")
        return 1
    workers = [int(w) for w in args.workers.split(",") if w.strip()]
    work = args.keep or Path(tempfile.mkdtemp(prefix="phoei-ocr-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    pages, secrets = ms.letter_pages(args.pages, thai_every=args.thai_every)
    src = ms.build_scan(work / "letter-scan.pdf", pages)
    import pymupdf

    doc = pymupdf.open(str(src))
    pngs = []
    for pno in range(doc.page_count):
        png = work / f"page-{pno + 1:02d}.png"
        doc[pno].get_pixmap(dpi=300, colorspace=pymupdf.csGRAY).save(str(png))
        pngs.append(png)
    doc.close()
    n = len(pngs)

    rows: list[tuple[str, float, float]] = []

    def row(name: str, fn: Callable[[], object]) -> None:
        wall, cpu = measure(fn)
        rows.append((name, wall / n, cpu / n))
        print(f"  {name:44} {wall / n:6.2f} s/page wall  {cpu / n:6.2f} s/page CPU", flush=True)

    print(f"{n} scanned pages (300 dpi, A4), {os.cpu_count()} CPUs, load average before: "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for w in workers:
        row(f"phoei OCR, {w} worker{'s' if w > 1 else ''}", phoei_extract(src, w))
    w = max(workers)
    if not args.quick:
        row(f"phoei OCR, {w} workers, no digit re-reading", phoei_extract(src, w, digit_check=False))
    if not args.no_redact:
        with TesseractRuns() as runs:
            row(f"phoei redact (whole pipeline), {w} workers", phoei_redact(src, work / "redacted.pdf", w))
        print(f"  redact ran Tesseract {runs.pages} times on pages (extraction {n}, then the redacted pages' "
              "bands, stacked) "
              f"and {runs.digits} times for digits-only re-readings")
    if not args.quick:
        row("plain tesseract, 1 process (its own threads)", plain_tesseract(pngs, 1))
    row("plain tesseract, 2 processes (1 thread each)", plain_tesseract(pngs, 2))
    exe = args.ocrmypdf or shutil.which("ocrmypdf")
    if exe:
        for j in sorted({1, max(workers)}):
            row(f"ocrmypdf -j {j}", ocrmypdf_run(exe, src, work / f"ocrmypdf-j{j}.pdf", j))
    else:
        print("  ocrmypdf: not found (pip install ocrmypdf, or pass --ocrmypdf PATH)")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")

    best = {name: wall for name, wall, _cpu in rows}
    two = next((wall for name, wall in best.items() if name.startswith("phoei OCR, 2")), None)
    if two is not None:
        verdict = "meets" if two <= TARGET_S_PER_PAGE else "misses"
        print(f"phoei OCR with 2 workers: {two:.2f} s/page, {verdict} the target of {TARGET_S_PER_PAGE} s/page")
    # Issue 12: a multi-page scan with 2 workers within 1.2x of plain Tesseract with 2 processes.
    plain2 = {name: (wall, cpu) for name, wall, cpu in rows}.get("plain tesseract, 2 processes (1 thread each)")
    if plain2:
        for name, wall, cpu in rows:
            if name.startswith("phoei") and name.endswith(f"{w} workers"):
                ratio_w, ratio_c = wall / plain2[0], cpu / plain2[1]
                # CPU time is what the work costs whatever else the machine runs; wall time only on an idle one.
                verdict = "meets" if ratio_c <= TARGET_VS_TESSERACT else "misses"
                print(f"{name} / plain tesseract 2 processes: {ratio_w:.2f}x wall, {ratio_c:.2f}x CPU "
                      f"({verdict} the target of {TARGET_VS_TESSERACT}x, on CPU time)")

    if not args.no_accuracy:
        print("\npersonal items proposed for redaction (found/total):")
        with_clean = accuracy(src, secrets)
        undo = without_cleanup()
        try:
            raw = accuracy(src, secrets)
        finally:
            undo()
            cold_cache()
        for label in sorted(with_clean):
            g1, t1 = with_clean[label]
            g0, _t0 = raw.get(label, (0, t1))
            print(f"  {label:12} with OCR cleanup {g1:3}/{t1}   without {g0:3}/{t1}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
