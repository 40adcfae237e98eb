"""Does the pipeline stay linear in document size? (issue #12, item 5)

    python benchmarks/scaling.py [--big] [--no-ner] [--docx 1000,10000] [--pdf 100,1000]

Runs ``redactor.pipeline.redact(..., decisions=None)`` (accept all, verified)
on generated documents of growing size and prints, per size, the time per
unit (paragraph or page) and the peak resident memory. Time per unit is CPU
time of the run (``time.process_time``), since wall time on a shared machine
says more about the neighbours than about us; wall time is shown beside it. Each size runs in a
fresh process pinned to one core, after a small warm-up document of the same
kind, so imports and model loading are not counted and the peak memory
(``resource.getrusage``) is that size's own. Target: time per unit flat
within 1.5x from the smallest to the largest size.

* DOCX: N paragraphs of Thai text (~120 chars each); every fourth holds a
  personal item (titled name, national ID, mobile, e-mail).
* PDF: N pages of the pipeline benchmark's document (~1,800 Thai chars and
  seven personal items per page, ``tests/fixtures/make_pdf.build_bench``).

Defaults: DOCX 1,000 and 10,000 paragraphs, PDF 100 and 1,000 pages;
``--big`` adds DOCX 50,000 and PDF 10,000 (generating the 10,000-page PDF
alone takes a few minutes: ``CHUNK_PAGES``).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TARGET_SPREAD = 1.5


def build_docx(path: Path, paragraphs: int, seed: int = 2540) -> Path:
    import docx

    from tests.fixtures.make_pdf import _FIRST, _LAST, _LATIN, _TITLES, _WORDS, dashed_id, national_id

    rng = random.Random(seed)
    d = docx.Document()
    for i in range(paragraphs):
        phrases = ["".join(rng.choice(_WORDS) for _ in range(rng.randrange(2, 5))) for _ in range(6)]
        if i % 4 == 0:
            kind = (i // 4) % 4
            if kind == 0:
                item = f"ผู้ร้อง {rng.choice(_TITLES)}{rng.choice(_FIRST)} {rng.choice(_LAST)}"
            elif kind == 1:
                digits = str(rng.randrange(1, 9)) + "".join(str(rng.randrange(10)) for _ in range(11))
                item = "เลขประจำตัวประชาชน " + dashed_id(national_id(digits))
            elif kind == 2:
                item = f"โทรศัพท์มือถือ 08{rng.randrange(10)}-{rng.randrange(100, 1000)}-{rng.randrange(1000, 10000)}"
            else:
                item = f"อีเมล {rng.choice(_LATIN)}.{i}@gmail.com"
            phrases.insert(rng.randrange(len(phrases)), item)
        d.add_paragraph(" ".join(phrases))
    d.save(str(path))
    return path


# Pages are drawn into documents of this many pages, which are then joined: drawing into one
# growing document slows down with every page it already holds (PyMuPDF looks up the font and
# walks the page's resources each time), so 10,000 pages took 37 minutes that way; joined
# chunks take a few. Each chunk has its own random seed and its own copy of the font, as a
# document merged from many files has.
CHUNK_PAGES = 250


def build_pdf(path: Path, pages: int, seed: int = 2540) -> Path:
    """``build_bench``'s pages, every one different; a page whose generated line is too wide is drawn
    again with the next lines."""
    import pymupdf

    from tests.fixtures.make_pdf import BENCH_SIZE, bench_lines, new_page, require_fonts, save, write_lines

    require_fonts()
    out = pymupdf.open()
    for first in range(0, pages, CHUNK_PAGES):
        rng = random.Random(seed + first)
        chunk = pymupdf.open()
        for pno in range(first, min(first + CHUNK_PAGES, pages)):
            while True:
                lines, _pii = bench_lines(pno, rng)
                page = new_page(chunk)
                try:
                    write_lines(page, lines, y=60, size=BENCH_SIZE, leading=1.3)
                    break
                except ValueError:
                    chunk.delete_page(-1)
        out.insert_pdf(chunk)
        chunk.close()
    save(out, path, merge_duplicates=False)  # duplicate merging's time grows with the square of the objects
    return path


def build(kind: str, size: int, path: Path) -> Path:
    return build_docx(path, size) if kind == "docx" else build_pdf(path, size)


def run_one(kind: str, size: int, path: Path, warm: Path, no_ner: bool) -> dict[str, float]:
    """In this process: warm up, then time one accept-all run; print a JSON line."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {0})
    from redactor.detectors.base import enabled_detectors
    from redactor.pipeline import redact

    def dets() -> list[object] | None:
        return list(enabled_detectors(overrides={"ner": False})) if no_ner else None

    with tempfile.TemporaryDirectory(prefix="phoei-scaling-") as tmp:
        redact(warm, Path(tmp) / f"warm.{kind}", decisions=None, detectors=dets())  # type: ignore[arg-type]
        t = time.perf_counter()
        c = time.process_time()
        result = redact(path, Path(tmp) / f"out.{kind}", decisions=None, detectors=dets())  # type: ignore[arg-type]
        cpu = time.process_time() - c
        secs = time.perf_counter() - t
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    return {"seconds": secs, "cpu_seconds": cpu, "peak_rss_mb": rss / 1024, "redactions": len(result.redactions),
            "passed": float(result.verification.passed)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docx", default="1000,10000", help="paragraph counts (comma-separated; '' for none)")
    ap.add_argument("--pdf", default="100,1000", help="page counts (comma-separated; '' for none)")
    ap.add_argument("--big", action="store_true", help="add DOCX 50,000 paragraphs and PDF 10,000 pages")
    ap.add_argument("--no-ner", action="store_true", help="rules only: every enabled detector but NER")
    ap.add_argument("--one", nargs=4, metavar=("KIND", "SIZE", "PATH", "WARM"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    sys.path.insert(0, str(REPO))
    if args.one:
        kind, size, path, warm = args.one
        print(json.dumps(run_one(kind, int(size), Path(path), Path(warm), args.no_ner)))
        return 0

    plan = {"docx": [int(x) for x in args.docx.split(",") if x], "pdf": [int(x) for x in args.pdf.split(",") if x]}
    if args.big:
        plan["docx"] = sorted({*plan["docx"], 50_000})
        plan["pdf"] = sorted({*plan["pdf"], 10_000})
    unit = {"docx": "paragraph", "pdf": "page"}
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH")) if p)}
    print(f"python {sys.version.split()[0]}; {'rules only (NER off)' if args.no_ner else 'all detectors (NER on)'}; "
          f"one process per size, pinned to one core; load average {os.getloadavg()[0]:.2f}\n")
    worst = 1.0
    with tempfile.TemporaryDirectory(prefix="phoei-scaling-") as tmpdir:
        tmp = Path(tmpdir)
        for kind, sizes in plan.items():
            if not sizes:
                continue
            warm = build(kind, 20 if kind == "docx" else 2, tmp / f"warm.{kind}")
            print(f"{kind.upper():5} {unit[kind] + 's':>11} {'gen s':>7} {'wall s':>8} {'cpu s':>8} "
                  f"{'cpu ms/' + unit[kind]:>17} "
                  f"{'peak RSS MB':>12} {'redactions':>10}  verified")
            per_unit: list[float] = []
            peaks: list[float] = []
            for size in sizes:
                t = time.perf_counter()
                path = build(kind, size, tmp / f"doc-{size}.{kind}")
                gen = time.perf_counter() - t
                cmd = [sys.executable, str(Path(__file__).resolve()), "--one", kind, str(size), str(path), str(warm)]
                if args.no_ner:
                    cmd.append("--no-ner")
                proc = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, check=False)
                if proc.returncode != 0:
                    raise SystemExit(f"{kind} {size}: exited {proc.returncode}: {proc.stderr.strip()[-2000:]}")
                r = json.loads(proc.stdout.strip().splitlines()[-1])
                ms = 1000 * r["cpu_seconds"] / size
                per_unit.append(ms)
                peaks.append(r["peak_rss_mb"])
                print(f"{'':5} {size:>11,} {gen:7.1f} {r['seconds']:8.2f} {r['cpu_seconds']:8.2f} {ms:17.3f} "
                      f"{r['peak_rss_mb']:12.0f} "
                      f"{int(r['redactions']):>10}  {'yes' if r['passed'] else 'NO'}")
                path.unlink()
            # Growth is what quadratic steps show; a smaller time per unit at the larger size is
            # the per-document fixed cost (cold caches, the file's own parts) spread thinner.
            growth = max(per_unit) / per_unit[0]
            worst = max(worst, growth)
            print(f"      time per {unit[kind]}: largest size / smallest {per_unit[-1] / per_unit[0]:.2f}x, "
                  f"max / min {max(per_unit) / min(per_unit):.2f}x; growth over the smallest size "
                  f"{growth:.2f}x (target <= {TARGET_SPREAD:g}x: {'OK' if growth <= TARGET_SPREAD else 'MISSED'})")
            if len(sizes) > 1:
                # What each further unit costs in memory: the peak's slope between the smallest and largest size.
                slope = 1024 * (peaks[-1] - peaks[0]) / (sizes[-1] - sizes[0])
                print(f"      peak RSS per further {unit[kind]}: {slope:.0f} KiB "
                      f"({peaks[0]:.0f} MB at {sizes[0]:,}, {peaks[-1]:.0f} MB at {sizes[-1]:,})")
            print()
    return 0 if worst <= TARGET_SPREAD else 1


if __name__ == "__main__":
    sys.exit(main())
