"""The worker package runs with Flask unimportable: built from ``library.config`` alone, it analyses
an upload, applies the decisions and renders the pages (huey's SQLite queue, in-process and through
``phoei worker``). Dependencies point webui -> worker -> library -> redactor."""

from __future__ import annotations

import ast
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
COMPLAINT = ROOT / "webui" / "data" / "demo" / "complaint.pdf"
TITLE = "งานเบื้องหลัง"

# Put before any other import: ``import flask`` (or any Flask extension, or the web layer) then fails.
BLOCK_FLASK = textwrap.dedent("""
    import sys
    for name in ("flask", "flask_babel", "flask_login", "flask_wtf", "flask_limiter", "spectree", "werkzeug"):
        sys.modules[name] = None
""")

# One instance with one uploaded, submitted PDF (the library's own calls, no web request).
SETUP = textwrap.dedent("""
    from pathlib import Path
    from library import content, lifecycle, redaction, users
    from library.config import load_config
    from library.instance import init, open_library
    from library.security import Principal

    TITLE = "งานเบื้องหลัง"

    def set_up(instance, pdf):
        config = load_config(instance=instance, database_url=f"sqlite:///{Path(instance) / 'phoei.sqlite3'}")
        init(config, actor="test")
        lib = open_library(config)
        op = Principal.operator("test")
        with lib.transaction() as s:
            officer = users.create_user(s, op, "officer", roles=["officer"])
            users.grant_local(s, op, content.get(s, "/oia"), officer, "contributor")
            users.create_user(s, op, "reviewer", roles=["reviewer"])
        with lib.transaction() as s:
            officer = Principal.of(users.get_user(s, "officer"))
            item = content.create(s, officer, content.get(s, "/oia/s9/s9-1"), "file", title=TITLE)
            f = redaction.upload(s, officer, item, Path(pdf), "c.pdf")
            lifecycle.transition(s, officer, item, "submit", "ส่งตรวจ")
            fid = f.id
        lib.dispose()
        return config, fid
""")


def _run(code: str, tmp_path: Path, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("REDIS_URL", None)
    return subprocess.run([sys.executable, "-c", BLOCK_FLASK + SETUP + textwrap.dedent(code)], cwd=tmp_path,
                          env=env, capture_output=True, text=True, timeout=timeout)


def test_a_job_runs_end_to_end_without_flask(tmp_path: Path) -> None:
    """Analyse, decide, apply and render on SQLite with huey's SQLite queue in immediate mode."""
    code = f"""
        import sys
        config, fid = set_up({str(tmp_path / "instance")!r}, {str(COMPLAINT)!r})
        from worker.runtime import DEFAULTS, open_worker
        from worker import jobs, layout, steps
        from library import redaction, users
        from library.security import Principal

        w = open_worker(config, {{**DEFAULTS, "PHOEI_JOBS": "sqlite", "PHOEI_JOBS_IMMEDIATE": True}})
        assert type(w.huey).__name__ == "SqliteHuey", w.huey
        w.tasks.analyse(fid)
        status = jobs.get_status(w.huey, "analyse", fid)
        assert status["state"] == "done", status
        with w.library.transaction() as s:
            f = redaction.file_of(s, fid)
            assert f.analysed_at is not None
            sha = f.original_sha256
            reviewer = Principal.of(users.get_user(s, "reviewer"))
            accepted = 0
            for p in redaction.undecided_reviews(s, f):
                redaction.decide(s, reviewer, f, p.proposal_id, "accept")
                accepted += 1
        lay = layout.load(steps.layout_path(w.cache, sha))
        assert lay["kind"] == "pdf" and lay["pages"] and lay["lines"], lay and lay.keys()
        assert steps.page_path(w.cache, sha, 0, 1.5).is_file()
        assert steps.text_path(w.cache, sha).read_text(encoding="utf-8").strip()
        result = w.tasks.apply(fid, None).get()
        assert result["passed"], result
        assert result["redactions"] >= 1, result
        assert steps.page_path(w.cache, result["sha"], 0, 1.5).is_file()
        assert jobs.get_status(w.huey, "apply", fid)["state"] == "done"
        loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("flask", "webui", "werkzeug")
                        and sys.modules[m] is not None)
        assert not loaded, loaded
        print("ok", accepted, result["redactions"])
    """
    done = _run(code, tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.startswith("ok "), done.stdout


def test_phoei_worker_runs_queued_jobs_without_flask(tmp_path: Path) -> None:
    """``phoei worker`` (the console script's own ``main``) picks up the waiting upload and analyses it."""
    instance = tmp_path / "instance"
    code = f"""
        set_up({str(instance)!r}, {str(COMPLAINT)!r})
        print("set up", flush=True)
        from webui.cli import main
        sys.exit(main(["worker", "--instance", {str(instance)!r}, "--workers", "1"]))
    """
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PHOEI_INSTANCE": str(instance)}
    env.pop("REDIS_URL", None)
    proc = subprocess.Popen([sys.executable, "-c", BLOCK_FLASK + SETUP + textwrap.dedent(code)], cwd=tmp_path,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.time() + 600
        analysed = False
        while time.time() < deadline and proc.poll() is None and not analysed:
            time.sleep(0.5)
            analysed = _analysed(instance)
        assert analysed, "the worker did not analyse the upload"
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            out, err = proc.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, err = proc.communicate()
    assert "worker: sqlite queue, 1 waiting upload(s) queued again" in out, (out, err[-3000:])
    assert "Traceback" not in err, err[-3000:]


def _analysed(instance: Path) -> bool:
    import sqlite3

    db = instance / "phoei.sqlite3"
    if not db.is_file():
        return False
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        row = con.execute("SELECT count(*) FROM document_files f JOIN content c ON c.current_file_id = f.id "
                          "WHERE c.title = ? AND f.analysed_at IS NOT NULL", (TITLE,)).fetchone()
    except sqlite3.OperationalError:  # not migrated yet
        return False
    finally:
        con.close()
    return bool(row[0])


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_the_worker_imports_neither_the_web_layer_nor_flask() -> None:
    """Read from the source, lazy imports included: the worker may use library and redactor only."""
    offenders = []
    for path in sorted((ROOT / "worker").rglob("*.py")):
        for name in _imports(path):
            top = name.split(".")[0]
            if top in ("webui", "flask", "flask_babel", "flask_login", "flask_wtf", "werkzeug"):
                offenders.append(f"{path.relative_to(ROOT)}: {name}")
    for pkg in ("library", "redactor"):
        for path in sorted((ROOT / pkg).rglob("*.py")):
            for name in _imports(path):
                if name.split(".")[0] in ("worker", "webui"):
                    offenders.append(f"{path.relative_to(ROOT)}: {name}")
    assert not offenders, offenders
