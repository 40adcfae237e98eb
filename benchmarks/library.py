"""The library at agency scale: ``phoei init``, 10,000 items across the tree, a folder page of 50.

    python benchmarks/library.py [--items 10000] [--runs 30] [--database-url postgresql://…] [--keep DIR]

Steps, each through the library's own API (permission checks, versions, audit
chain, outbox — no bulk shortcuts):

1. ``phoei init`` on an empty instance (migrations + seeded tree), in-process;
2. create ``--items`` items across the seeded folders (news gets the largest
   share, as on a real provincial site), publishing four in five of them,
   in transactions of 500;
3. list one page of 50 of the largest folder, median of ``--runs``: as an
   anonymous citizen (first page and a deep page) and as an editor with a
   local role (who also sees private items). Target: <= 50 ms on SQLite.

Prints a report; exits 1 when the anonymous first page misses the target.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

TARGET_MS = 50.0
TYPES = ("news", "announcement", "file", "link", "page")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--items", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--database-url", help="default: SQLite in the instance folder")
    ap.add_argument("--keep", type=Path, help="use (and keep) this instance folder")
    args = ap.parse_args(argv)

    from library import content, lifecycle, users
    from library.config import load_config
    from library.db import Library
    from library.instance import init
    from library.security import Principal

    tmp = None
    if args.keep:
        inst = args.keep
    else:
        tmp = tempfile.TemporaryDirectory(prefix="phoei-bench-")
        inst = Path(tmp.name) / "instance"
    cfg = load_config(instance=inst, database_url=args.database_url, env={})
    print(f"database: {cfg.describe_database()}")

    t0 = time.perf_counter()
    report = init(cfg, actor="benchmark")
    init_ms = (time.perf_counter() - t0) * 1000
    print(f"phoei init: {init_ms:,.0f} ms ({len(report.created)} folders seeded)")

    lib = Library.open(cfg)
    admin = Principal.operator("benchmark")
    rng = random.Random(2540)
    with lib.transaction() as s:
        folders = [item for _, item in content.tree(s, admin, depth=10) if item.is_folder]
        leaves = [f for f in folders if not any(g.parent_id == f.id for g in folders)]
        news = content.get(s, "/news")
        editor = users.create_user(s, admin, "bench-editor", roles=["officer"])
        users.grant_local(s, admin, news, editor, "editor")
        editor_principal = Principal.of(editor)
        leaf_ids, news_id = [f.id for f in leaves], news.id

    # News takes 30% (the folder listed below); the rest spread over the other leaves.
    n_news = int(args.items * 0.3)
    plan = [news_id] * n_news + [rng.choice(leaf_ids) for _ in range(args.items - n_news)]
    rng.shuffle(plan)
    base = datetime.now(UTC) - timedelta(days=3 * 365)
    t0 = time.perf_counter()
    for start in range(0, len(plan), 500):
        with lib.transaction() as s:
            cache: dict[int, object] = {}
            for i, folder_id in enumerate(plan[start:start + 500], start):
                folder = cache.get(folder_id) or content.get(s, folder_id)
                cache[folder_id] = folder
                type_id = "news" if folder_id == news_id else rng.choice(TYPES[:2] + TYPES[3:])
                fields = {"title": f"รายการที่ {i + 1:,} ประจำปีงบประมาณ {2566 + i % 3}",
                          "description": "ข้อมูลข่าวสารเพื่อการเผยแพร่", "keywords": ["ทดสอบ", "ประสิทธิภาพ"]}
                if type_id == "link":
                    fields["remote_url"] = f"https://www.example.go.th/{i}"
                item = content.create(s, admin, folder, type_id, **fields)  # type: ignore[arg-type]
                if rng.random() < 0.8:
                    lifecycle.transition(s, admin, item, "publish",
                                         now=base + timedelta(minutes=157 * i))
        print(f"\r  created {min(start + 500, len(plan)):,}/{len(plan):,}", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    create_s = time.perf_counter() - t0
    print(f"create {len(plan):,} items (with versions, audit, 80% published): {create_s:,.1f} s "
          f"({len(plan) / create_s:,.0f} items/s)")

    def timed(principal: Principal, page: int) -> tuple[float, int]:
        times = []
        total = 0
        for _ in range(args.runs):
            with lib.session() as s:
                t = time.perf_counter()
                folder = content.get(s, "/news")
                listing = content.list_folder(s, principal, folder, page=page, per_page=50)
                rows = [(c.path, c.title, c.effective) for c in listing.items]
                times.append((time.perf_counter() - t) * 1000)
                total = listing.total
                assert 0 < len(rows) <= 50
        return statistics.median(times), total

    anon = Principal.anonymous()
    first, visible = timed(anon, 1)
    deep_page = max(1, min(40, -(-visible // 50)))
    deep, _ = timed(anon, deep_page)
    staff, staff_total = timed(editor_principal, 1)
    print(f"list /news ({plan.count(news_id):,} children), page of 50, median of {args.runs}:")
    print(f"  anonymous, page 1:  {first:6.1f} ms  ({visible:,} visible)   target <= {TARGET_MS:.0f} ms")
    print(f"  anonymous, page {deep_page}: {deep:6.1f} ms")
    print(f"  local editor, page 1: {staff:6.1f} ms  ({staff_total:,} visible incl. private)")
    lib.dispose()
    if tmp is not None:
        tmp.cleanup()
    ok = first <= TARGET_MS
    print("OK" if ok else "SLOWER THAN TARGET")
    return 0 if ok else 1


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
