"""``phoei train-ner --cv K``: K-fold cross-validation of a model recipe over ThaiNER's train.txt.

A single validation block flattered the model (issue #18): the last 600
sentences scored F1 0.835 where the held-out split scored 0.805. Every
recipe choice is therefore made on the mean over K folds. The folds are
contiguous blocks of train.txt (the corpus is ordered by source document, so a
block keeps its documents out of training, as a held-out split does). Each
fold runs the whole recipe (``train.fit``): the segmentation dictionary and
the augmentations are derived from that fold's training part only.

Candidate settings are screened with ``--set section.key=value`` (for
example ``crf.max_iterations=100`` to make screening cheaper) without
editing ``config.toml``. The ThaiNER test split is never read here.
"""

from __future__ import annotations

import copy
import json
import math
import multiprocessing
import tempfile
import time
import tomllib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from redactor.ner.data import Sentence, load

Log = Callable[[str], None]


def fold_bounds(n: int, k: int) -> list[tuple[int, int]]:
    """``k`` contiguous ``[start, end)`` blocks covering ``range(n)``, sizes differing by at most one."""
    if k < 2 or k > n:
        raise ValueError(f"cannot cut {n} sentences into {k} folds")
    out = []
    start = 0
    for i in range(k):
        end = start + n // k + (1 if i < n % k else 0)
        out.append((start, end))
        start = end
    return out


def apply_overrides(cfg: dict[str, Any], settings: Sequence[str]) -> dict[str, Any]:
    """``cfg`` with ``section.key=value`` settings applied; values are read as TOML (``100``, ``0.1``, ``"x"``)."""
    out = copy.deepcopy(cfg)
    for item in settings:
        key, sep, raw = item.partition("=")
        if not sep or not key.strip():
            raise ValueError(f"setting {item!r} is not section.key=value")
        try:
            value = tomllib.loads(f"v = {raw.strip()}")["v"]
        except tomllib.TOMLDecodeError:
            value = raw.strip()
        *path, last = key.strip().split(".")
        node = out
        for part in path:
            node = node.setdefault(part, {})
        node[last] = value
    return out


def _fold(args: tuple[int, list[Sentence], list[Sentence], dict[str, Any], int]) -> dict[str, Any]:
    from redactor.ner.train import fit, score, unseen_recall

    index, train_set, test_set, cfg, seed = args
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix=f"phoei-cv{index}-") as work:
        fitted = fit(train_set, cfg, Path(work), seed, lambda _m: None)
        predicted = [[e for e, _c in fitted.tagger.predict(s.text)] for s in test_set]
    scores = score(test_set, predicted)
    scores["unseen_person"] = unseen_recall(train_set, test_set, predicted)
    scores["seconds"] = round(time.perf_counter() - t0, 1)
    scores["crf_seconds"] = round(fitted.crf_seconds, 1)
    return scores


def _mean_sd(values: Sequence[float]) -> dict[str, float]:
    m = sum(values) / len(values)
    sd = math.sqrt(sum((v - m) ** 2 for v in values) / (len(values) - 1)) if len(values) > 1 else 0.0
    return {"mean": round(m, 4), "sd": round(sd, 4)}


def summarise(folds: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Mean and sample standard deviation over folds: overall P/R/F1, each label's, unseen-PERSON recall.

    A label absent from a fold's gold and predictions counts as missing there, not as zero.
    """
    out: dict[str, Any] = {m: _mean_sd([f["overall"][m] for f in folds]) for m in ("p", "r", "f1")}
    labels: dict[str, Any] = {}
    names = sorted({lab for f in folds for lab in f["labels"]},
                   key=lambda lab: -sum(f["labels"].get(lab, {}).get("gold", 0) for f in folds))
    for lab in names:
        present = [f["labels"][lab] for f in folds if lab in f["labels"]]
        labels[lab] = {"gold": sum(x["gold"] for x in present), "folds": len(present),
                       **{m: _mean_sd([x[m] for x in present]) for m in ("p", "r", "f1")}}
    out["labels"] = labels
    out["unseen_person_recall"] = _mean_sd([f["unseen_person"]["recall"] for f in folds])
    return out


def cross_validate(folder: Path, k: int, data: Path | None = None, settings: Sequence[str] = (),
                   jobs: int = 1, log: Log = print) -> dict[str, Any]:
    """Run the recipe in ``folder/config.toml`` (with ``settings``) on ``k`` contiguous folds of train.txt."""
    with (folder / "config.toml").open("rb") as fh:
        cfg = apply_overrides(tomllib.load(fh), settings)
    seed = int(cfg.get("seed", 0))
    train_file = data or (folder / cfg["data"]["train"]).resolve()
    sentences = [s for s in load(train_file) if s.text.strip()]
    bounds = fold_bounds(len(sentences), k)
    tasks = [(i, sentences[:a] + sentences[b:], sentences[a:b], cfg, seed) for i, (a, b) in enumerate(bounds)]
    log(f"{train_file}: {len(sentences)} sentences, {k} contiguous folds of about {len(sentences) // k}; "
        f"settings {list(settings) or 'as in config.toml'}")
    t0 = time.perf_counter()
    results: list[dict[str, Any]] = []
    if jobs > 1:
        with multiprocessing.get_context("fork").Pool(min(jobs, k)) as pool:
            for i, res in enumerate(pool.imap(_fold, tasks)):
                results.append(res)
                log(f"fold {i + 1}/{k}: F1 {res['overall']['f1']:.4f} PERSON "
                    f"{res['labels'].get('PERSON', {}).get('f1', 0.0):.4f} ({res['seconds']}s)")
    else:
        for task in tasks:
            res = _fold(task)
            results.append(res)
            log(f"fold {task[0] + 1}/{k}: F1 {res['overall']['f1']:.4f} PERSON "
                f"{res['labels'].get('PERSON', {}).get('f1', 0.0):.4f} ({res['seconds']}s)")
    summary = summarise(results)
    return {"k": k, "sentences": len(sentences), "folds": [list(b) for b in bounds], "settings": list(settings),
            "seed": seed, "crf": cfg["crf"], "augment": cfg.get("augment", {}),
            "seconds": round(time.perf_counter() - t0, 1), "summary": summary, "per_fold": results}


def format_summary(result: dict[str, Any]) -> str:
    """A Markdown table of mean ± sd per label."""
    s = result["summary"]
    lines = [f"{result['k']}-fold CV, settings: {', '.join(result['settings']) or 'config.toml'}",
             "", "| label | gold (all folds) | P | R | F1 |", "|---|---:|---:|---:|---:|"]
    for lab, v in s["labels"].items():
        lines.append(f"| {lab} | {v['gold']} | {v['p']['mean']:.3f} ± {v['p']['sd']:.3f} | "
                     f"{v['r']['mean']:.3f} ± {v['r']['sd']:.3f} | {v['f1']['mean']:.3f} ± {v['f1']['sd']:.3f} |")
    lines.append(f"| **overall** | | {s['p']['mean']:.3f} ± {s['p']['sd']:.3f} | {s['r']['mean']:.3f} ± "
                 f"{s['r']['sd']:.3f} | **{s['f1']['mean']:.3f} ± {s['f1']['sd']:.3f}** |")
    u = s["unseen_person_recall"]
    lines += ["", f"unseen-PERSON recall {u['mean']:.3f} ± {u['sd']:.3f}; {result['seconds']:.0f} s"]
    return "\n".join(lines)


def write(result: dict[str, Any], path: Path) -> None:
    path.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
