"""``phoei ner --jsonl`` (the scorer's interface) and ``phoei train-ner``'s refusals."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

LINES = [
    "ผู้สื่อข่าวรายงานว่า นายสมชาย ใจดี เดินทางไปจังหวัดเชียงใหม่เมื่อวันที่ 5 ธ.ค. 2561",
    "",
    "ข้อความที่มี\rอักขระ carriage return อยู่กลางบรรทัด",
    "   ",
    "\ufeffกรมควบคุมโรคเตือนประชาชน",
]


def feed(monkeypatch: pytest.MonkeyPatch, lines: list[str]) -> None:
    data = "".join(line + "\n" for line in lines).encode("utf-8")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_ner_jsonl_echoes_every_line_with_offsets(phoei: Callable[..., Any],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    feed(monkeypatch, LINES)
    res = phoei("ner", "--jsonl")
    assert res.code == 0, res.err
    out = [json.loads(x) for x in res.out.splitlines()]
    assert [o["text"] for o in out] == LINES
    for o in out:
        for e in o["entities"]:
            assert set(e) == {"start", "end", "label"}
            assert 0 <= e["start"] < e["end"] <= len(o["text"])
            assert o["text"][e["start"]:e["end"]] == o["text"][e["start"]:e["end"]].strip()
    first = {(LINES[0][e["start"]:e["end"]], e["label"]) for e in out[0]["entities"]}
    assert ("นายสมชาย ใจดี", "PERSON") in first
    assert out[1]["entities"] == [] and out[3]["entities"] == []


def test_ner_plain_output(phoei: Callable[..., Any], monkeypatch: pytest.MonkeyPatch) -> None:
    feed(monkeypatch, LINES[:1])
    res = phoei("ner")
    assert res.code == 0
    assert "นายสมชาย ใจดี [PERSON" in res.out


def test_ner_without_a_model_is_an_error(phoei: Callable[..., Any], monkeypatch: pytest.MonkeyPatch,
                                         tmp_path: Path) -> None:
    feed(monkeypatch, LINES[:1])
    res = phoei("ner", "--jsonl", "--model", tmp_path)
    assert res.code == 1 and "no trained NER model" in res.err


def test_train_ner_refuses_a_folder_without_config(phoei: Callable[..., Any], tmp_path: Path) -> None:
    res = phoei("train-ner", "--model", tmp_path)
    assert res.code == 1 and "config.toml" in res.err
    (tmp_path / "config.toml").write_text("", encoding="utf-8")
    res = phoei("train-ner", "--model", tmp_path, "--data", tmp_path / "missing.txt")
    assert res.code == 1 and "not found" in res.err


def test_train_ner_names_missing_training_data(phoei: Callable[..., Any], tmp_path: Path) -> None:
    """An installed wheel ships the model but not data/train.txt: a clear error, nothing written."""
    (tmp_path / "config.toml").write_text('[data]\ntrain = "data/train.txt"\nvalid_size = 5\n', encoding="utf-8")
    res = phoei("train-ner", "--model", tmp_path)
    assert res.code == 1 and "training data" in res.err and "clone" in res.err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config.toml"]


def test_packaged_model_folder_holds_the_vendored_training_data() -> None:
    """A clone retrains offline: config.toml's train file is in the repository, with its licence."""
    import tomllib

    from redactor.ner.model import default_model_dir

    folder = default_model_dir()
    cfg = tomllib.loads((folder / "config.toml").read_text(encoding="utf-8"))
    train = folder / cfg["data"]["train"]
    assert train.is_file() and train.resolve().is_relative_to(Path(__file__).resolve().parents[3])
    assert (train.parent / "LICENSE").is_file() and "CC BY 3.0" in (train.parent / "ATTRIBUTION.md").read_text()
    assert "test" not in train.name
