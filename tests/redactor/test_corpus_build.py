"""benchmarks/corpus.py --build: the issue #12 corpus taken from bare git mirrors, deterministically.

Rule: pdf.js PDFs are the first N of ``test/pdfs/*.pdf`` ordered by the hex MD5 of their file name;
every DOCX under apache/poi ``test-data/document`` and every DOCX of pydocx; other files are not
taken; each file's repository, commit, path and blob are in MANIFEST.tsv.
"""

from __future__ import annotations

import hashlib
import importlib.util
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _corpus_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("corpus_bench", ROOT / "benchmarks" / "corpus.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _repo(path: Path, files: dict[str, bytes]) -> Path:
    """A bare-ish git directory holding ``files`` at HEAD (built with plain git, no network)."""
    work = path.with_suffix(".work")
    work.mkdir(parents=True)
    for name, data in files.items():
        (work / name).parent.mkdir(parents=True, exist_ok=True)
        (work / name).write_bytes(data)
    env = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org", "HOME": str(path.parent)}
    subprocess.run(["git", "init", "-q", str(work)], check=True, env=env)
    subprocess.run(["git", "-C", str(work), "add", "-A"], check=True, env=env)
    subprocess.run(["git", "-C", str(work), "commit", "-qm", "fixture"], check=True, env=env)
    return work / ".git"


def test_sample_is_ordered_by_the_md5_of_the_name() -> None:
    mod = _corpus_module()
    names = [f"test/pdfs/f{i}.pdf" for i in range(20)]
    want = sorted(names, key=lambda n: hashlib.md5(n.rsplit("/", 1)[1].encode()).hexdigest())[:5]
    assert mod.pdfjs_sample(names, 5) == want
    assert mod.pdfjs_sample(list(reversed(names)), 5) == want  # the order given does not matter


def test_build_takes_what_the_rule_says(tmp_path: Path) -> None:
    mod = _corpus_module()
    pdfjs = _repo(tmp_path / "pdfjs", {**{f"test/pdfs/p{i}.pdf": b"%PDF-1.4 " + bytes([i]) for i in range(6)},
                                       "test/pdfs/x.link": b"https://example.org/x.pdf",
                                       "src/other.pdf": b"%PDF-1.4 not a test file"})
    poi = _repo(tmp_path / "poi", {"test-data/document/a.docx": b"PK a", "test-data/document/b.doc": b"ole",
                                   "test-data/spreadsheet/c.docx": b"PK c"})
    pydocx = _repo(tmp_path / "pydocx", {"tests/fixtures/d.docx": b"PK d", "docs/e.txt": b"e"})
    dest = tmp_path / "corpus"
    assert mod.build(dest, pdfjs, poi, pydocx, sample=3) == 0
    names = [f"test/pdfs/p{i}.pdf" for i in range(6)]
    assert sorted(p.name for p in (dest / "pdfjs").iterdir()) == sorted(
        n.rsplit("/", 1)[1] for n in mod.pdfjs_sample(names, 3))
    assert [p.name for p in (dest / "poi").iterdir()] == ["a.docx"]
    assert [p.name for p in (dest / "pydocx").iterdir()] == ["d.docx"]
    assert (dest / "pydocx" / "d.docx").read_bytes() == b"PK d"
    manifest = (dest / "MANIFEST.tsv").read_text().splitlines()
    assert len(manifest) == 1 + 3 + 1 + 1 and all(row.endswith("\tok") for row in manifest[1:])


def _result(name: str, wall: float, cpu: float, code: int = 0) -> dict[str, object]:
    return {"file": f"/c/{name}", "code": code, "timeout": False, "wall_s": wall, "cpu_s": cpu,
            "cause": "", "leftovers": []}


@pytest.mark.parametrize(("wall", "cpu", "waited"), [
    (107.8, 0.4, True),   # a paused or starved process: the machine, not the pipeline
    (30.0, 2.0, True),
    (28.4, 11.4, False),  # a slow file that worked all along
    (5.0, 0.3, False),    # short runs: under ten seconds of wall time is never called waiting
    (9.0, 8.5, False),
])
def test_table_tells_waiting_for_the_machine_from_slow_work(wall: float, cpu: float, waited: bool) -> None:
    mod = _corpus_module()
    out = mod.table([_result("a.pdf", wall, cpu), _result("b.docx", 1.0, 0.9)], [])
    line = next(ln for ln in out.splitlines() if ln.strip().startswith("a.pdf:"))
    assert f"{wall:.1f} / {cpu:.1f}" in line
    assert ("waited for the machine" in line) is waited
    assert out.index("a.pdf:") < out.index("b.docx:")  # slowest first
