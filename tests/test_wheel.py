"""The wheel carries the NER model: build it offline, install it into a fresh venv outside the checkout, run it.

Nothing downloads: the wheel is built with ``--no-build-isolation --no-index`` from this environment's
setuptools and wheel, and installed with ``--no-deps --no-index``. The fresh venv sees this environment's
installed dependencies (PyMuPDF, nlpo3, python-crfsuite, spaCy …) through a ``.pth`` line naming its
site-packages, and nothing of the checkout: no PYTHONPATH, a working directory in a temporary folder,
and a path line is not processed for ``.pth`` files, so an editable install of the checkout stays invisible.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MODEL_FILES = ("config.toml", "model.json", "model.crfsuite", "words.txt", "README.md")
# Invented: an untitled name in running text and a titled one.
LINES = ["ด้วยผู้สื่อข่าวรายงานว่า สมหญิง ทองมาก ได้เดินทางไปพบเจ้าหน้าที่เมื่อวานนี้",
         "ผู้ร้องเรียน นายวิรัตน์ แสงทองคำ ได้มาให้ถ้อยคำเพิ่มเติม"]


def _clean_env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "PHOEI_", "VIRTUAL_ENV"))}
    env["HOME"] = str(tmp)
    return env


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv (outside the checkout) with the wheel built from this checkout installed; its bin folder."""
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    src.mkdir()
    def ignore(folder: str, names: list[str]) -> set[str]:
        # The training data is not needed to build (and must not land in) the wheel.
        skip = {"data", "experiments"} if Path(folder).parent.name == "models" else set()
        return {n for n in names if n in skip or n == "__pycache__" or n.endswith(".pyc")}

    for name in ("redactor", "library", "worker", "webui", "models"):
        shutil.copytree(ROOT / name, src / name, symlinks=True, ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    out = tmp / "dist"
    env = _clean_env(tmp)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
                    "-q", "-w", str(out), str(src)], check=True, cwd=tmp, env=env, capture_output=True)
    (wheel,) = out.glob("phoei-*.whl")
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, env=env)
    py = venv / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(py), "install", "--no-deps", "--no-index", "-q",
                    str(wheel)], check=True, cwd=tmp, env=env, capture_output=True)
    site = Path(subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               check=True, capture_output=True, text=True, env=env).stdout.strip())
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site / "zz_phoei_test_deps.pth").write_text("".join(p + "\n" for p in sorted(deps)), encoding="utf-8")
    return venv / "bin"


def test_wheel_holds_the_model_and_not_its_training_data(installed: Path) -> None:
    (wheel,) = (installed.parents[1] / "dist").glob("phoei-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for f in MODEL_FILES:
        assert f"redactor/ner/models/thainer-crf/{f}" in names, f
    assert not [n for n in names if "/data/train" in n or n.endswith("valid.txt") or "/experiments/" in n]
    eps = next(n for n in names if n.endswith("entry_points.txt"))
    assert "phoei_thai_ner = redactor.ner.spacy_pipe:make_phoei_thai_ner" in zipfile.ZipFile(wheel).read(eps).decode()


def test_installed_package_loads_the_model_from_itself(installed: Path) -> None:
    tmp = installed.parents[1]
    code = ("import redactor, redactor.ner.model as m; print(redactor.__file__); print(m.default_model_dir())")
    res = subprocess.run([str(installed / "python"), "-c", code], capture_output=True, text=True, cwd=tmp,
                         env=_clean_env(tmp), check=True)
    pkg, model_dir = res.stdout.splitlines()
    venv = str(installed.parent)
    assert pkg.startswith(venv) and model_dir.startswith(venv), res.stdout
    assert not pkg.startswith(str(ROOT))


def test_installed_phoei_ner_finds_names(installed: Path) -> None:
    tmp = installed.parents[1]
    res = subprocess.run([str(installed / "phoei"), "ner", "--jsonl"], input="\n".join(LINES) + "\n",
                         capture_output=True, text=True, cwd=tmp, env=_clean_env(tmp), timeout=300)
    assert res.returncode == 0, res.stderr
    rows = [json.loads(x) for x in res.stdout.splitlines()]
    found = {r["text"][e["start"]:e["end"]] for r in rows for e in r["entities"] if e["label"] == "PERSON"}
    assert {"สมหญิง ทองมาก", "นายวิรัตน์ แสงทองคำ"} <= found, rows


def test_installed_phoei_detect_runs_the_ner_detector(installed: Path) -> None:
    import docx

    tmp = installed.parents[1]
    path = tmp / "letter.docx"
    doc = docx.Document()
    for line in LINES:
        doc.add_paragraph(line)
    doc.save(str(path))
    res = subprocess.run([str(installed / "phoei"), "detect", str(path), "--json"], capture_output=True, text=True,
                         cwd=tmp, env=_clean_env(tmp), timeout=300)
    assert res.returncode == 0, res.stderr
    by_text = {p["text"]: p for p in json.loads(res.stdout)["proposals"]}
    assert by_text["สมหญิง ทองมาก"]["detector"] == "ner" and by_text["สมหญิง ทองมาก"]["action"] == "redact"
    # --no-ner: the rules alone; the NER detector does not run.
    res = subprocess.run([str(installed / "phoei"), "detect", str(path), "--json", "--no-ner"], capture_output=True,
                         text=True, cwd=tmp, env=_clean_env(tmp), timeout=300)
    assert res.returncode == 0, res.stderr
    props = json.loads(res.stdout)["proposals"]
    assert props and all(p["detector"] != "ner" for p in props)


def test_installed_spacy_entry_point(installed: Path) -> None:
    """spaCy finds the factory by name through the wheel's entry point, with nothing of Phoei imported first."""
    tmp = installed.parents[1]
    code = ("import sys, spacy\n"
            "assert 'redactor' not in sys.modules\n"
            "nlp = spacy.blank('th'); nlp.add_pipe('phoei_thai_ner')\n"
            f"doc = nlp({LINES[1]!r})\n"
            "print(sys.modules['redactor'].__file__)\n"
            "print([(e.text, e.label_) for e in doc.ents])\n")
    res = subprocess.run([str(installed / "python"), "-c", code], capture_output=True, text=True, cwd=tmp,
                         env=_clean_env(tmp), timeout=300)
    assert res.returncode == 0, res.stderr
    where, ents = res.stdout.splitlines()
    assert where.startswith(str(installed.parent))
    assert "('นายวิรัตน์ แสงทองคำ', 'PERSON')" in ents
