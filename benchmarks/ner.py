"""Benchmark of the Thai NER model: artifact size, load time, throughput on one core.

    python benchmarks/ner.py [--model models/thainer-crf] [--input FILE] [--repeat 3]

Load time is measured in a fresh interpreter (what `phoei ner` and the first
redaction of a process pay). Throughput runs `NerModel.predict` over the
sentences of ``--input`` (default: the model's validation block, markup
stripped) in this process, pinned to one core where the OS allows it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from redactor.ner.data import load  # noqa: E402
from redactor.ner.model import NerModel, default_model_dir  # noqa: E402


def load_seconds(folder: Path) -> float:
    code = ("import time, sys; from pathlib import Path; t = time.perf_counter(); "
            "from redactor.ner.model import load_model; m = load_model(Path(sys.argv[1])); m.predict('นายสมชาย ใจดี'); "
            "print(time.perf_counter() - t)")
    out = subprocess.run([sys.executable, "-c", code, str(folder)], capture_output=True, text=True, check=True,
                         cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", type=Path, default=default_model_dir())
    ap.add_argument("--input", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    meta = json.loads((a.model / "model.json").read_text(encoding="utf-8"))
    size = sum(p.stat().st_size for p in a.model.iterdir() if p.is_file() and p.suffix in (".crfsuite", ".txt")
               and p.name != "valid.txt")
    loads = [load_seconds(a.model) for _ in range(a.repeat)]
    texts = [s.text for s in load(a.input or a.model / "valid.txt")]
    model = NerModel(a.model)
    model.predict(texts[0])
    runs = []
    for _ in range(a.repeat):
        t = time.perf_counter()
        for text in texts:
            model.predict(text)
        runs.append(time.perf_counter() - t)
    best = min(runs)
    chars = sum(len(t) for t in texts)
    print(f"model            {a.model} ({meta.get('design', '?')})")
    print(f"artifact size    {size / 1e6:.1f} MB (model.crfsuite + words.txt)")
    print(f"load time        {statistics.median(loads):.2f} s median of {len(loads)} fresh processes "
          "(imports, dictionary, name lists, CRF, first sentence)")
    print(f"throughput       {len(texts) / best:.0f} sentences/s, {chars / best / 1000:.0f}k chars/s on one core "
          f"({len(texts)} sentences, mean {chars / len(texts):.0f} chars, best of {len(runs)})")


if __name__ == "__main__":
    main()
