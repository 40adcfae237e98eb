"""How long the monthly report takes for an instance with 10,000 items and 12 months of activity.

Seeds a fresh SQLite instance (the seeded tree, then items spread over the tree's folders, each
with its workflow history over the last 12 months, feedback, daily download counts, redaction
decisions and verifications) with bulk inserts, then times ``monthly_report.make`` for the last
month: the figures (``library.oversight``), the ITA status, the charts and the PDF (Chromium).

    python benchmarks/monthly_report.py [--items 10000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

# Run as a script, this folder comes first on sys.path, and its library.py would hide the package.
ROOT = Path(__file__).resolve().parents[1]
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != ROOT / "benchmarks"]


def seed(lib, n_items: int, now: datetime) -> dict[str, int]:  # type: ignore[no-untyped-def]
    from sqlalchemy import insert, select

    from library.models import (
        Content,
        DocumentFile,
        DownloadCount,
        Feedback,
        FeedbackHistory,
        RedactionDecision,
        RedactionProposal,
        Verification,
        WorkflowHistory,
    )

    rnd = random.Random(17)
    labels = [("PERSON", "15(5)"), ("PHONE", "15(5)"), ("NATIONAL_ID", "15(5)"), ("ADDRESS", "15(5)"),
              ("SECURITY", "15(2)"), ("INFORMANT", "15(4)")]
    counts = {"items": 0, "history": 0, "feedback": 0, "downloads": 0, "decisions": 0, "verifications": 0}
    with lib.transaction() as s:
        folders = list(s.execute(select(Content.id, Content.path, Content.ancestry).where(Content.type == "folder")))
        max_id = max(f.id for f in folders)
        items, history, files, props, decisions, verifs, fbs, fbh = [], [], [], [], [], [], [], []
        downloads: dict[tuple[int, date], int] = {}
        for i in range(n_items):
            f = rnd.choice(folders)
            iid = max_id + 1 + i
            created = now - timedelta(days=rnd.uniform(1, 365))
            state = rnd.choices(["published", "pending", "private", "expired"], [80, 8, 8, 4])[0]
            published = created + timedelta(hours=rnd.uniform(1, 72)) if state in ("published", "expired") else None
            if published and published > now:
                published = now - timedelta(hours=1)
            items.append(dict(id=iid, uid=uuid.uuid4().hex, type=rnd.choice(["news", "page", "file"]),
                              parent_id=f.id, slug=f"item-{i}", path=f"{f.path}/item-{i}",
                              ancestry=f"{f.ancestry}{f.id}/", position=i, flow="internal", state=state,
                              title=f"เอกสารทดสอบลำดับที่ {i}", description="", keywords=[], creator="",
                              language="th", rights="", oia_category=None, accepts_external=False,
                              block_local_roles=False, sort_order="position", version=1,
                              created_at=created, modified_at=published or created, published_at=published,
                              review_by=(created + timedelta(days=rnd.choice([90, 180, 365]))).date()
                              if rnd.random() < 0.5 else None))
            history.append(dict(item_id=iid, action="submit", from_state="private", to_state="pending",
                                actor_name="officer", comment="", at=created + timedelta(minutes=30)))
            if published:
                history.append(dict(item_id=iid, action="publish", from_state="pending", to_state="published",
                                    actor_name="reviewer", comment="", at=published))
                for _ in range(rnd.randint(0, 6)):
                    day = (published + timedelta(days=rnd.uniform(0, max(0.0, (now - published).days)))).date()
                    downloads[(iid, day)] = downloads.get((iid, day), 0) + rnd.randint(1, 5)
            if items[-1]["type"] == "file":
                fid = len(files) + 1
                files.append(dict(id=fid, item_id=iid, original_sha256="0" * 64, filename=f"f{i}.pdf",
                                  media_type="application/pdf", format="pdf", size=1000, uploaded_by="officer",
                                  uploaded_at=created, needs_review=[], reviewed_scans=False))
                for k in range(rnd.randint(1, 8)):
                    lb, basis = rnd.choice(labels)
                    props.append(dict(file_id=fid, proposal_id=f"p{k}", start_offset=k * 10, end_offset=k * 10 + 5,
                                      location="", text="x", label=lb, basis=basis, score=0.9, detector="bench",
                                      explanation="", action="redact"))
                    decisions.append(dict(file_id=fid, key=f"p{k}", proposal_id=f"p{k}", action="accept",
                                          note="", reviewer_name="reviewer", decided_at=created + timedelta(hours=1)))
                verifs.append(dict(file_id=fid, passed=rnd.random() > 0.05, report={}, message="",
                                   redaction_count=1, decisions_digest="d" * 64, created_by="system",
                                   at=created + timedelta(hours=2)))
            if rnd.random() < 0.1:
                at = created + timedelta(days=rnd.uniform(0, 30))
                fb_id = len(fbs) + 1
                status = rnd.choice(["new", "in_progress", "resolved", "rejected"])
                fbs.append(dict(id=fb_id, item_id=iid, kind="incorrect", message="ข้อมูลไม่ถูกต้อง", contact_name="",
                                contact_email="", status=status, response="", handled_by="", created_at=at,
                                updated_at=at))
                fbh.append(dict(feedback_id=fb_id, from_status=None, to_status="new", actor_name="anonymous", note="",
                                at=at))
                if status != "new":
                    fbh.append(dict(feedback_id=fb_id, from_status="new", to_status=status, actor_name="admin",
                                    note="ok", at=at + timedelta(hours=rnd.uniform(1, 96))))
        for table, rows in ((Content, items), (WorkflowHistory, history), (DocumentFile, files),
                            (RedactionProposal, props), (RedactionDecision, decisions), (Verification, verifs),
                            (Feedback, fbs), (FeedbackHistory, fbh)):
            for j in range(0, len(rows), 2000):
                s.execute(insert(table), rows[j:j + 2000])
        dl = [dict(item_id=k[0], day=k[1], count=v) for k, v in downloads.items()]
        for j in range(0, len(dl), 2000):
            s.execute(insert(DownloadCount), dl[j:j + 2000])
        counts.update(items=len(items), history=len(history), feedback=len(fbs), downloads=len(dl),
                      decisions=len(decisions), verifications=len(verifs))
    return counts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", type=int, default=10_000)
    ap.add_argument("--keep", type=Path, help="keep the instance in this folder")
    args = ap.parse_args()

    from library import monthly_report, oversight
    from library.config import load_config
    from library.instance import init, open_library

    tmp = Path(tempfile.mkdtemp(prefix="phoei-bench-report-"))
    inst = args.keep or tmp / "instance"
    inst.mkdir(parents=True, exist_ok=True)
    try:
        config = load_config(instance=inst, database_url=f"sqlite:///{inst / 'phoei.sqlite3'}")
        init(config, actor="bench")
        lib = open_library(config)
        now = datetime.now(UTC)
        t0 = time.perf_counter()
        counts = seed(lib, args.items, now)
        seeded = time.perf_counter() - t0
        period = oversight.previous_month()
        with lib.session() as s:
            t0 = time.perf_counter()
            oversight.compute(s, period)
            figures = time.perf_counter() - t0
        t0 = time.perf_counter()
        files = monthly_report.make(lib, period)
        total = time.perf_counter() - t0
        t0 = time.perf_counter()
        monthly_report.make(lib, period)
        warm = time.perf_counter() - t0
        lib.dispose()
        print(f"instance: {counts['items']:,} items, {counts['history']:,} workflow transitions, "
              f"{counts['feedback']:,} feedback reports, {counts['downloads']:,} daily download counts, "
              f"{counts['decisions']:,} redaction decisions, {counts['verifications']:,} verifications "
              f"(seeded in {seeded:.1f} s)")
        print(f"report for {period.key}: figures alone {figures:.2f} s")
        print(f"monthly report (figures + ITA + charts + PDF + CSV): first {total:.2f} s, again {warm:.2f} s")
        print(f"  {files.pdf} ({files.pdf.stat().st_size:,} bytes), {files.csv.name} "
              f"({files.csv.stat().st_size:,} bytes)")
    finally:
        if args.keep is None:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
