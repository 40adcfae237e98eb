"""How long a re-scan of the published library takes on one worker (issue #14: 1,000 text PDFs).

    python benchmarks/rescan.py [--items 1000] [--pages 1] [--planted 10]

Builds a fresh SQLite instance with ``--items`` published file items, each a one-page
Thai text PDF (Laksaman, ~1,800 characters of invented official prose, already redacted:
no personal data left) put straight into the public store and marked published — the
benchmark times the re-scan, not publishing. ``--planted`` of them carry a locker code
that only a test detector added for the run finds (the "detector change"). Then one
process, one thread, runs ``library.rescan.rescan(lib, everything=True)`` with the
current detectors and NER model plus that detector, and prints the wall time, the time
per item and the findings (which must be exactly the planted items).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--items", type=int, default=1000)
    ap.add_argument("--pages", type=int, default=1)
    ap.add_argument("--planted", type=int, default=10)
    args = ap.parse_args()

    import pymupdf

    from library import content
    from library.config import Config
    from library.db import Library
    from library.instance import init
    from library.models import DocumentFile, utcnow
    from library.rescan import rescan
    from library.security import Principal
    from redactor.detectors.base import DetectionContext, Detector, enabled_detectors
    from tests.fixtures import make_pdf as mp
    from tests.fixtures.locker_code import LockerCode

    mp.require_fonts()
    rng = random.Random(2568)
    with tempfile.TemporaryDirectory(prefix="phoei-bench-rescan-") as tmp:
        inst = Path(tmp) / "instance"
        config = Config(instance=inst, database_url=f"sqlite:///{inst / 'phoei.sqlite3'}")
        init(config, actor="bench")
        lib = Library.open(config)
        op = Principal.operator("bench")
        t0 = time.perf_counter()
        planted = set(rng.sample(range(args.items), args.planted))
        with lib.transaction() as s:
            folder = content.get(s, "/news")
            for i in range(args.items):
                doc = pymupdf.open()
                for pno in range(args.pages):
                    page = mp.new_page(doc)
                    lines = [ln for ln in mp.bench_lines(pno + i, rng)[0]
                             if not re.search(r"\d{3}|@|นาย|นาง", ln)][:30]  # prose only, nothing personal
                    if i in planted and pno == 0:
                        lines.insert(3, f"ฝากของไว้ที่ตู้ รหัสตู้ LK-{10000 + i}-{i % 10} ติดต่อประชาสัมพันธ์")
                    mp.write_lines(page, lines, size=mp.BENCH_SIZE)
                data = doc.tobytes(garbage=4, deflate=True)
                doc.close()
                item = content.create(s, op, folder, "file", title=f"ประกาศฉบับที่ {i + 1}")
                sha = lib.stores.public.put_bytes(data)
                f = DocumentFile(item_id=item.id, original_sha256=sha, filename=f"{i}.pdf",
                                 media_type="application/pdf", format="pdf", size=len(data), uploaded_by="bench",
                                 uploaded_at=utcnow(), needs_review=[])
                s.add(f)
                s.flush()
                item.current_file_id = item.published_file_id = f.id
                item.published_sha256 = sha
                item.state, item.published_at, item.effective = "published", utcnow(), utcnow()
        print(f"setup: {args.items} published {args.pages}-page PDFs in {time.perf_counter() - t0:.1f} s")
        detectors = [*enabled_detectors(), LockerCode()]
        for d in detectors:  # models load lazily, once per process: not part of the re-scan's time
            if d.name == "ner":
                list(d.detect(DetectionContext("นายสมชาย ใจดี")))
        def run(label: str, dets: list[Detector], version: str) -> tuple[object, float]:
            t0, c0 = time.perf_counter(), time.process_time()
            report = rescan(lib, Principal.system("bench"), everything=True, detectors=dets, ruleset=version)
            took, cpu = time.perf_counter() - t0, time.process_time() - c0
            print(f"{label}: {report.scanned} copies and texts re-scanned in {took:.1f} s wall, {cpu:.1f} s CPU "
                  f"({took / max(report.scanned, 1) * 1000:.0f} ms wall each; one process, one thread); "
                  f"{report.findings} new finding(s) on {len(report.items_flagged)} item(s), "
                  f"{len(report.errors)} error(s)")
            return report, took

        # Today's rules first (the copies here skipped publication's redaction, so what they find
        # is what today's policy would withhold), then the detector change: only new findings.
        base = [d for d in detectors if d.name != LockerCode.name]
        run("rescan, today's rules", base, "r-bench-1")
        report, _took = run("rescan after the detector change", detectors, "r-bench-2")
        found = [f for f in report.items_flagged]  # type: ignore[attr-defined]
        print(f"planted: {len(planted)}; new findings on {len(found)} item(s): "
              + ("all and only the planted ones" if len(found) == len(planted) == report.findings  # type: ignore[attr-defined]
                 else "MISMATCH"))
        lib.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
