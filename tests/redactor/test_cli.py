"""The ``phoei detect`` / ``phoei redact`` commands (``webui.cli`` entry point).

Exit codes: 0 ok, 2 bad input, 3 verification failed (tests/redactor/test_pdf.py),
4 needs a human review (a scanned page).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pymupdf
import pytest

from redactor.normalise import fold_for_match
from redactor.pipeline import analyse
from redactor.types import BASES
from tests.fixtures import make_pdf as mk

REPO = Path(__file__).resolve().parents[2]

PROPOSAL_FIELDS = {
    "start": int, "end": int, "page": (int, type(None)), "where": str, "text": str, "label": str,
    "basis": str, "score": float, "detector": str, "explanation": str, "action": str,
}


@pytest.fixture(scope="module")
def letter(tmp_path_factory: pytest.TempPathFactory) -> mk.Letter:
    return mk.build_letter(tmp_path_factory.mktemp("cli") / "letter.pdf")


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return mk.build_scanned(tmp_path_factory.mktemp("scan") / "scan.pdf")


# --- detect ---------------------------------------------------------------------------


def test_detect_json_schema(letter: mk.Letter, phoei) -> None:
    run = phoei("detect", letter.path, "--json")
    assert run.code == 0, run.err
    data = json.loads(run.out)
    assert {"file", "format", "needs_review", "proposals"} <= set(data)
    assert data["format"] == "pdf" and data["needs_review"] == []
    props = data["proposals"]
    assert props
    analysis = analyse(letter.path)
    text = analysis.doc.textmap.text
    analysis.doc.close()
    for p in props:
        for name, typ in PROPOSAL_FIELDS.items():
            assert name in p, name
            assert isinstance(p[name], typ), (name, p[name])
        assert 0 <= p["start"] < p["end"] <= len(text)
        assert p["text"] == text[p["start"]:p["end"]]
        assert p["basis"] in BASES
        assert 0.0 <= p["score"] <= 1.0
        assert p["action"] in ("redact", "keep", "review")
        assert p["explanation"].strip()
        assert p["where"].startswith(("page ", "annotation", "form field", "metadata:", "bookmark"))
        if p["where"].startswith("page "):
            assert p["page"] == int(p["where"].split()[1])
        if p["action"] == "keep":
            assert p["keep_reason"]
    actions = {p["text"]: p["action"] for p in props}
    assert actions[mk.PERSON] == "redact"
    assert actions[mk.PERSON_ID] == "redact"
    assert actions["นายสมศักดิ์ ใจดี"] == "keep"


def test_detect_ids_are_stable(letter: mk.Letter, phoei) -> None:
    first = [p["id"] for p in json.loads(phoei("detect", letter.path, "--json").out)["proposals"]]
    second = [p["id"] for p in json.loads(phoei("detect", letter.path, "--json").out)["proposals"]]
    assert first == second
    assert len(set(first)) == len(first)


def test_detect_text_output_one_line_per_proposal(letter: mk.Letter, phoei) -> None:
    n = len(json.loads(phoei("detect", letter.path, "--json").out)["proposals"])
    run = phoei("detect", letter.path)
    assert run.code == 0
    assert len(run.out.splitlines()) == n
    assert all(re.match(r"[0-9a-f]{12} (redact|keep  |review)", ln) for ln in run.out.splitlines())


# --- redact --report ----------------------------------------------------------------------


def test_report_lists_hashes_not_text(letter: mk.Letter, tmp_path: Path, phoei) -> None:
    out, report = tmp_path / "out.pdf", tmp_path / "report.json"
    run = phoei("redact", letter.path, "-o", out, "--accept-all", "--report", report)
    assert run.code == 0, run.err
    raw = report.read_text(encoding="utf-8")
    data = json.loads(raw)
    assert data["verification"]["passed"] is True
    reds = data["redactions"]
    assert reds
    for r in reds:
        assert "text" not in r
        assert re.fullmatch(r"[0-9a-f]{64}", r["sha256"])
        assert {"proposal_id", "where", "page", "start", "end", "label", "basis", "detector"} <= set(r)
    hashes = {r["sha256"] for r in reds}
    for secret in (mk.PERSON, mk.PERSON_ID, mk.MOBILE, mk.EMAIL):
        assert hashlib.sha256(secret.encode()).hexdigest() in hashes
    folded = fold_for_match(raw)
    for secret in letter.withheld:
        assert secret not in raw
        if len(fold_for_match(secret)) >= 6:
            assert fold_for_match(secret) not in folded, secret
    assert "verified" in run.out and str(out) in run.out


# --- exit 4: scanned pages --------------------------------------------------------------------


def test_scanned_page_needs_review(scanned: Path, tmp_path: Path, phoei) -> None:
    out = tmp_path / "out.pdf"
    run = phoei("redact", scanned, "-o", out, "--accept-all")
    assert run.code == 4
    assert len(run.err.splitlines()) == 1 and "scanned" in run.err and "Traceback" not in run.err
    assert os.listdir(tmp_path) == []


def test_scanned_page_is_reported_by_detect(scanned: Path, phoei) -> None:
    run = phoei("detect", scanned, "--json")
    assert run.code == 0
    data = json.loads(run.out)
    assert data["needs_review"] and "page 1" in data["needs_review"][0]


def test_reviewed_scans_decision_lets_it_through(scanned: Path, tmp_path: Path, phoei) -> None:
    dec = tmp_path / "d.json"
    dec.write_text(json.dumps({"decisions": [], "reviewed_scans": True}), encoding="utf-8")
    out = tmp_path / "out.pdf"
    run = phoei("redact", scanned, "-o", out, "--decisions", dec)
    assert run.code == 0, run.err
    assert out.is_file()


# --- argument errors ------------------------------------------------------------------------


def test_missing_output_argument_is_a_usage_error(letter: mk.Letter, phoei) -> None:
    run = phoei("redact", letter.path, "--accept-all")
    assert run.code == 2 and "Traceback" not in run.err and "-o" in run.err


# --- whole process -------------------------------------------------------------------------------


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=300, check=False)


def test_subprocess_bad_input(tmp_path: Path) -> None:
    bad = mk.random_bytes(tmp_path / "noise.pdf")
    (tmp_path / "out").mkdir()
    proc = _run(["-m", "webui.cli", "redact", str(bad), "-o", str(tmp_path / "out" / "x.pdf"), "--accept-all"],
                tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("phoei: ")
    assert "Traceback" not in proc.stderr
    assert os.listdir(tmp_path / "out") == []


@pytest.mark.parametrize("name", ["-", "/dev/stdin"])
def test_subprocess_input_from_a_pipe(letter: mk.Letter, tmp_path: Path, name: str) -> None:
    """A stream (``-``, ``/dev/stdin``, a pipe) is read, not reported as empty: its declared size
    is 0 and it can be read once, so the command works on a private copy, removed afterwards."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
           "TMPDIR": str(tmp_path)}
    out = tmp_path / "out.pdf"
    proc = subprocess.run([sys.executable, "-m", "webui.cli", "redact", name, "-o", str(out), "--accept-all"],
                          input=letter.path.read_bytes(), cwd=tmp_path, env=env, capture_output=True,
                          timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr
    assert b"verified" in proc.stdout and out.is_file()
    with pymupdf.open(out) as doc:
        text = fold_for_match("".join(page.get_text() for page in doc))
    assert letter.withheld and all(fold_for_match(s) not in text for s in letter.withheld)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]  # no copy left behind
    proc = subprocess.run([sys.executable, "-m", "webui.cli", "detect", name, "--json"],
                          input=letter.path.read_bytes(), cwd=tmp_path, env=env, capture_output=True,
                          timeout=300, check=False)
    assert proc.returncode == 0 and json.loads(proc.stdout)["proposals"]


@pytest.mark.parametrize(("data", "message"), [
    (b"", "stdin is empty (0 bytes)"),
    (b"plain words, not a document\n", "stdin is neither a PDF nor a DOCX file"),
])
def test_subprocess_bad_stream(tmp_path: Path, data: bytes, message: str) -> None:
    proc = subprocess.run([sys.executable, "-m", "webui.cli", "redact", "-", "-o", str(tmp_path / "o.pdf"),
                           "--accept-all"], input=data, cwd=tmp_path, capture_output=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(REPO)}, check=False)
    assert proc.returncode == 2 and proc.stderr.decode().strip() == f"phoei: {message}"
    assert not (tmp_path / "o.pdf").exists()


def test_subprocess_redact_without_flask(letter: mk.Letter, tmp_path: Path) -> None:
    """``phoei redact`` as a whole process never imports Flask (webui/cli.py docstring), nor the
    database layer (SQLAlchemy, about 0.25 s of CPU at start-up) nor, on a text PDF, numpy (only
    scanned pages need it): start-up is part of the whole-process speed target (issue #11)."""
    out = tmp_path / "out.pdf"
    code = ("import sys; from webui.cli import main; rc = main(sys.argv[1:]); "
            "heavy = sorted({'flask', 'sqlalchemy', 'numpy'} & set(sys.modules)); "
            "assert not heavy, f'imported {heavy}'; sys.exit(rc)")
    proc = _run(["-c", code, "redact", str(letter.path), "-o", str(out), "--accept-all"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert out.is_file() and "verified" in proc.stdout
    proc = _run(["-m", "webui.cli", "detect", str(letter.path), "--json"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["proposals"]
