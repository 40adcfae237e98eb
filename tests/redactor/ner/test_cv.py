"""``phoei train-ner --cv K``: contiguous folds, settings overrides, mean ± sd, and the whole run on a tiny sample."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from redactor.ner.cv import apply_overrides, cross_validate, fold_bounds, summarise
from tests.redactor.ner.test_train import tiny_recipe


@pytest.mark.parametrize(("n", "k", "expected"), [
    (10, 5, [(0, 2), (2, 4), (4, 6), (6, 8), (8, 10)]),
    (11, 5, [(0, 3), (3, 5), (5, 7), (7, 9), (9, 11)]),
    (5096, 5, [(0, 1020), (1020, 2039), (2039, 3058), (3058, 4077), (4077, 5096)]),
    (3, 3, [(0, 1), (1, 2), (2, 3)]),
])
def test_folds_are_contiguous_blocks_covering_everything(n: int, k: int, expected: list[tuple[int, int]]) -> None:
    assert fold_bounds(n, k) == expected


@pytest.mark.parametrize(("n", "k"), [(10, 1), (10, 0), (3, 4)])
def test_impossible_fold_counts_are_refused(n: int, k: int) -> None:
    with pytest.raises(ValueError):
        fold_bounds(n, k)


@pytest.mark.parametrize(("setting", "path", "value"), [
    ("crf.max_iterations=100", ("crf", "max_iterations"), 100),
    ("crf.c1=0.1", ("crf", "c1"), 0.1),
    ("augment.document_fragments=500", ("augment", "document_fragments"), 500),
    ('crf.algorithm="l2sgd"', ("crf", "algorithm"), "l2sgd"),
    ("crf.algorithm=lbfgs", ("crf", "algorithm"), "lbfgs"),
])
def test_overrides_are_read_as_toml_values(setting: str, path: tuple[str, str], value: object) -> None:
    cfg = {"crf": {"max_iterations": 300, "c1": 0.05, "algorithm": "lbfgs"}}
    out = apply_overrides(cfg, [setting])
    assert out[path[0]][path[1]] == value
    assert cfg["crf"]["max_iterations"] == 300  # the original is not changed


@pytest.mark.parametrize("setting", ["crf.max_iterations", "=3", ""])
def test_malformed_overrides_are_refused(setting: str) -> None:
    with pytest.raises(ValueError):
        apply_overrides({}, [setting])


def _fold(f1: float, person: float | None) -> dict[str, Any]:
    labels = {"DATE": {"gold": 2, "p": f1, "r": f1, "f1": f1}}
    if person is not None:
        labels["PERSON"] = {"gold": 3, "p": person, "r": person, "f1": person}
    return {"overall": {"p": f1, "r": f1, "f1": f1}, "labels": labels, "unseen_person": {"recall": 0.5}}


def test_summary_is_mean_and_sample_sd_and_skips_absent_labels() -> None:
    s = summarise([_fold(0.8, 0.9), _fold(0.6, None), _fold(0.7, 0.7)])
    assert s["f1"] == {"mean": 0.7, "sd": 0.1}
    assert s["labels"]["PERSON"]["folds"] == 2 and s["labels"]["PERSON"]["f1"]["mean"] == 0.8
    assert s["labels"]["PERSON"]["f1"]["sd"] == pytest.approx(0.1414, abs=1e-4)
    assert s["labels"]["DATE"]["gold"] == 6
    assert s["unseen_person_recall"] == {"mean": 0.5, "sd": 0.0}


def _tiny(tmp_path: Path) -> Path:
    return tiny_recipe(tmp_path, "letter_sentences = 3\ndocument_fragments = 3\n")


def test_cross_validation_on_a_tiny_sample(tmp_path: Path) -> None:
    folder = _tiny(tmp_path)
    before = sorted(p.name for p in folder.iterdir())
    res = cross_validate(folder, 3, settings=["crf.max_iterations=10"], log=lambda _m: None)
    assert res["folds"] == [[0, 10], [10, 20], [20, 30]] and res["crf"]["max_iterations"] == 10
    assert len(res["per_fold"]) == 3
    assert 0.0 <= res["summary"]["f1"]["mean"] <= 1.0 and "PERSON" in res["summary"]["labels"]
    assert sorted(p.name for p in folder.iterdir()) == before  # the model folder is left alone


def test_cli_cv_prints_the_table_and_writes_json(phoei: Callable[..., Any], tmp_path: Path) -> None:
    folder = _tiny(tmp_path)
    out = tmp_path / "cv.json"
    res = phoei("train-ner", "--model", folder, "--cv", "3", "--set", "crf.max_iterations=5", "--jobs", "2",
                "--out", out)
    assert res.code == 0, res.err
    assert "| PERSON |" in res.out and "**overall**" in res.out
    assert json.loads(out.read_text(encoding="utf-8"))["k"] == 3


@pytest.mark.parametrize("argv", [["--cv", "1"], ["--cv", "31"], ["--set", "crf.c1=1"], ["--out", "x.json"]])
def test_cli_cv_refusals(phoei: Callable[..., Any], tmp_path: Path, argv: list[str]) -> None:
    folder = _tiny(tmp_path)
    res = phoei("train-ner", "--model", folder, *argv)
    assert res.code == 1 and res.err.strip()
    assert not (folder / "model.json").exists()
