"""Run ``phoei redact --accept-all`` on every file of a public corpus (issue #12, acceptance).

    python benchmarks/corpus.py FOLDER_OR_FILE... [--timeout 120]
        [--jsonl results.jsonl] [--resume] [--only-failed results.jsonl]

Each file runs in its own process, ``nice -n 10 python -m webui.cli redact IN
-o OUT --accept-all`` (scan/OCR on, the default; OUT in a temporary folder,
emptied between files), one file at a time, with a
wall-clock timeout (120 s by default). Per file it records the exit code, the
wall and child CPU time and the tail of stderr, appending one JSON line to
``--jsonl`` as it goes (so a long run can be watched and resumed). At the end
it prints a table: files, counts per exit code, timeouts, and the list of
exit 1 (traceback), timeouts and exit 3 (verification stopped) with the last
line of stderr as the cause, and the slowest files with wall and CPU time side by
side (wall time ten times the CPU time means the process waited for the machine:
on a shared host a run can sit paused or starved for minutes).

Nothing is skipped silently: files that are neither ``.pdf`` nor ``.docx``
(e.g. pdf.js's ``.link`` files, which name a URL and hold no document) are
counted and listed under "not run". The corpus itself stays outside the
repository: the PDFs of mozilla/pdf.js ``test/pdfs`` and the DOCX files of
apache/poi ``test-data/document`` and CenterForOpenScience/pydocx, taken from
their git trees (``git ls-tree -r HEAD`` / ``git cat-file blob``) into a folder.
``--only-failed`` re-runs what failed in an earlier run, e.g. after a fix.

Building the corpus (deterministic, so two runs see the same files)::

    python benchmarks/corpus.py --build /work/corpus \
        --pdfjs GITDIR --poi GITDIR --pydocx GITDIR [--pdfjs-sample 360]

takes, from each bare git directory's ``HEAD`` tree (``ls-tree -r`` then
``cat-file blob``): the pdf.js ``test/pdfs/*.pdf`` files ordered by the hex MD5
of their file name (``hashlib.md5(name.encode()).hexdigest()``), the first
``--pdfjs-sample`` of them (360 by default; the sample of the issue #12 runs);
every ``*.docx`` under apache/poi ``test-data/document``; every ``*.docx`` of
pydocx. Files go to ``DIR/pdfjs``, ``DIR/poi`` and ``DIR/pydocx`` and a
``MANIFEST.tsv`` records repository, commit, path and blob id of each. Blobs
absent from a partial mirror are listed as missing, never silently dropped.

Acceptance: no exit 1, no timeout, and exit 3 only where a withheld item
really survived.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SUFFIXES = (".pdf", ".docx")
TIMEOUT = 120.0
STDERR_TAIL = 1200
SLOWEST = 8
WAITED_FACTOR = 10.0


def collect(paths: list[Path]) -> tuple[list[Path], list[Path]]:
    """Files to run (sorted, de-duplicated) and files not run (wrong suffix)."""
    run: list[Path] = []
    other: list[Path] = []
    for p in paths:
        items = sorted(q for q in p.rglob("*") if q.is_file()) if p.is_dir() else [p]
        for q in items:
            (run if q.suffix.lower() in SUFFIXES else other).append(q)
    seen: set[Path] = set()
    unique = [q for q in run if not (q in seen or seen.add(q))]  # type: ignore[func-returns-value]
    return unique, other


PDFJS_SAMPLE = 360


def pdfjs_sample(names: list[str], n: int = PDFJS_SAMPLE) -> list[str]:
    """The first ``n`` names in the order of the hex MD5 of their base name (ties: the name)."""
    def key(name: str) -> tuple[str, str]:
        base = name.rsplit("/", 1)[-1]
        return hashlib.md5(base.encode("utf-8")).hexdigest(), name
    return sorted(names, key=key)[:n]


def _tree(gitdir: Path, under: str | None = None) -> tuple[str, list[tuple[str, str]]]:
    """(commit, [(blob id, path)]) of HEAD, optionally below one folder."""
    commit = subprocess.run(["git", "--git-dir", str(gitdir), "rev-parse", "HEAD"],
                            check=True, capture_output=True, text=True).stdout.strip()
    cmd = ["git", "--git-dir", str(gitdir), "ls-tree", "-r", "HEAD"] + ([under] if under else [])
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    rows = []
    for ln in out.splitlines():
        meta, path = ln.split("\t", 1)
        _mode, kind, blob = meta.split()
        if kind == "blob":
            rows.append((blob, path))
    return commit, rows


def build(dest: Path, pdfjs: Path, poi: Path, pydocx: Path, sample: int = PDFJS_SAMPLE) -> int:
    """Write the corpus into ``dest`` (see the module doc); returns the number of missing blobs."""
    picks: list[tuple[str, Path, str, str, str]] = []  # (subdir, gitdir, commit, blob, path)
    commit, rows = _tree(pdfjs, "test/pdfs")
    by_path = {p: b for b, p in rows if p.lower().endswith(".pdf")}
    picks += [("pdfjs", pdfjs, commit, by_path[p], p) for p in pdfjs_sample(list(by_path), sample)]
    commit, rows = _tree(poi, "test-data/document")
    picks += [("poi", poi, commit, b, p) for b, p in sorted(rows, key=lambda r: r[1])
              if p.lower().endswith(".docx")]
    commit, rows = _tree(pydocx)
    picks += [("pydocx", pydocx, commit, b, p) for b, p in sorted(rows, key=lambda r: r[1])
              if p.lower().endswith(".docx")]
    missing = 0
    manifest = ["subdir\trepository\tcommit\tpath\tblob\tstatus"]
    for sub, gitdir, commit, blob, path in picks:
        target = dest / sub / path.rsplit("/", 1)[-1]
        if target.exists():  # two DOCX of one repository with one base name: keep both
            target = target.with_name(f"{blob[:8]}-{target.name}")
        target.parent.mkdir(parents=True, exist_ok=True)
        got = subprocess.run(["git", "--git-dir", str(gitdir), "cat-file", "blob", blob], capture_output=True)
        status = "ok" if got.returncode == 0 else "missing"
        if status == "ok":
            target.write_bytes(got.stdout)
        else:
            missing += 1
        manifest.append(f"{sub}\t{gitdir}\t{commit}\t{path}\t{blob}\t{status}")
    (dest / "MANIFEST.tsv").write_text("\n".join(manifest) + "\n")
    print(f"{len(picks) - missing} files written to {dest}, {missing} missing", file=sys.stderr)
    return missing


def cause(stderr: str, code: int | None) -> str:
    """One line saying why a file stopped: the exception line of a traceback, else the last line."""
    lines = [ln.strip() for ln in stderr.splitlines() if ln.strip()]
    if not lines:
        return "(no stderr)" if code is not None else "(timeout, no stderr)"
    if code == 1:
        for ln in reversed(lines):
            if not ln.startswith(("File ", "^", "~")) and ":" in ln:
                return ln[:300]
    return lines[-1][:300]


def run_one(src: Path, outdir: Path, timeout: float, python: str) -> dict[str, object]:
    out = outdir / f"out{src.suffix.lower()}"
    for leftover in outdir.iterdir():
        leftover.unlink()
    cmd = ["nice", "-n", "10", python, "-m", "webui.cli", "redact", str(src), "-o", str(out), "--accept-all"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True, env=os.environ.copy())
    timed_out = False
    try:
        stdout_b, stderr_b = proc.communicate(timeout=timeout)
        code: int | None = proc.returncode
    except subprocess.TimeoutExpired:
        timed_out = True
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            stdout_b, stderr_b = proc.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            stdout_b, stderr_b = proc.communicate()
        code = None
    wall = time.monotonic() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    stderr = stderr_b.decode("utf-8", "replace")
    stdout = stdout_b.decode("utf-8", "replace")
    leftovers = sorted(p.name for p in outdir.iterdir() if p.name != out.name)
    return {
        "file": str(src),
        "size": src.stat().st_size,
        "code": code,
        "timeout": timed_out,
        "wall_s": round(wall, 2),
        "cpu_s": round((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), 2),
        "stdout": stdout.strip().splitlines()[-1][:300] if stdout.strip() else "",
        "stderr_tail": stderr[-STDERR_TAIL:],
        "cause": cause(stderr, code),
        "leftovers": leftovers,
    }


def table(results: list[dict[str, object]], not_run: list[Path]) -> str:
    codes = Counter("timeout" if r["timeout"] else str(r["code"]) for r in results)
    lines = [f"files run: {len(results)}   not run (not .pdf/.docx): {len(not_run)}"]
    by_kind = Counter(Path(str(r["file"])).suffix.lower() for r in results)
    lines.append("by type: " + ", ".join(f"{k} {v}" for k, v in sorted(by_kind.items())))
    lines.append("exit code   files")
    for k in sorted(codes, key=lambda c: (c == "timeout", c)):
        lines.append(f"  {k:<9} {codes[k]:>5}")
    walls = sorted(float(r["wall_s"]) for r in results)  # type: ignore[arg-type]
    if walls:
        lines.append(f"wall s: median {walls[len(walls) // 2]:.1f}, max {walls[-1]:.1f}, total {sum(walls):.0f}")
    # Wall time beside CPU time: a file whose wall time is many times its CPU time waited for the
    # machine (a shared host's load, a paused process), not for the pipeline.
    slow = sorted(results, key=lambda r: -float(r["wall_s"]))[:SLOWEST]  # type: ignore[arg-type]
    if slow:
        lines.append(f"slowest {len(slow)} by wall time (wall s / CPU s):")
        for r in slow:
            wall, cpu = float(r["wall_s"]), float(r.get("cpu_s") or 0.0)  # type: ignore[arg-type]
            waited = "  (waited for the machine)" if wall > WAITED_FACTOR * max(cpu, 1.0) else ""
            lines.append(f"  {Path(str(r['file'])).name}: {wall:.1f} / {cpu:.1f}{waited}")
    for title, pick in (("exit 1 (traceback)", lambda r: r["code"] == 1),
                        ("timeouts", lambda r: r["timeout"]),
                        ("exit 3 (verification stopped)", lambda r: r["code"] == 3),
                        ("left partial output behind", lambda r: bool(r["leftovers"]))):
        hits = [r for r in results if pick(r)]
        lines.append(f"{title}: {len(hits)}")
        for r in hits:
            lines.append(f"  {Path(str(r['file'])).name}: {r['cause']}")
    if not_run:
        lines.append("not run: " + ", ".join(sorted({p.suffix or p.name for p in not_run})))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--build", type=Path, metavar="DIR", help="write the corpus into DIR and stop")
    ap.add_argument("--pdfjs", type=Path, metavar="GITDIR", help="mozilla/pdf.js git directory (--build)")
    ap.add_argument("--poi", type=Path, metavar="GITDIR", help="apache/poi git directory (--build)")
    ap.add_argument("--pydocx", type=Path, metavar="GITDIR", help="pydocx git directory (--build)")
    ap.add_argument("--pdfjs-sample", type=int, default=PDFJS_SAMPLE)
    ap.add_argument("--timeout", type=float, default=TIMEOUT)
    ap.add_argument("--jsonl", type=Path, help="append one JSON line per file (default: a temporary file)")
    ap.add_argument("--resume", action="store_true", help="skip files already in --jsonl, keep their results")
    ap.add_argument("--only-failed", type=Path, metavar="JSONL",
                    help="run only the files that had exit 1, exit 3 or a timeout in this earlier run")
    ap.add_argument("--python", default=sys.executable)
    args = ap.parse_args(argv)
    if args.build:
        if not (args.pdfjs and args.poi and args.pydocx):
            ap.error("--build needs --pdfjs, --poi and --pydocx")
        return 1 if build(args.build, args.pdfjs, args.poi, args.pydocx, args.pdfjs_sample) else 0
    if not args.paths:
        ap.error("name a folder or file to run")

    files, not_run = collect(args.paths)
    if args.only_failed:
        bad = {json.loads(ln)["file"] for ln in args.only_failed.read_text().splitlines() if ln.strip()
               if (lambda r: r["code"] in (1, 3) or r["timeout"])(json.loads(ln))}
        files = [f for f in files if str(f) in bad]
    jsonl = args.jsonl or Path(tempfile.mkstemp(prefix="corpus-", suffix=".jsonl")[1])
    done: dict[str, dict[str, object]] = {}
    if args.resume and jsonl.exists():
        for ln in jsonl.read_text().splitlines():
            if ln.strip():
                r = json.loads(ln)
                done[r["file"]] = r
    elif jsonl.exists() and not args.resume:
        jsonl.write_text("")
    results: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="phoei-corpus-") as tmp, jsonl.open("a") as log:
        outdir = Path(tmp)
        for i, f in enumerate(files, 1):
            if str(f) in done:
                results.append(done[str(f)])
                continue
            r = run_one(f, outdir, args.timeout, args.python)
            results.append(r)
            log.write(json.dumps(r, ensure_ascii=False) + "\n")
            log.flush()
            print(f"[{i}/{len(files)}] {r['code'] if not r['timeout'] else 'timeout'} "
                  f"{r['wall_s']:>6}s {f.name}", file=sys.stderr, flush=True)
    print(table(results, not_run))
    print(f"(results: {jsonl})")
    bad_run = any(r["code"] == 1 or r["timeout"] for r in results)
    return 1 if bad_run else 0


if __name__ == "__main__":
    sys.exit(main())
