"""PERSON recall and precision where documents put names: NER alone, rules alone, both.

    python benchmarks/person_context.py [--set benchmarks/data/person_context.toml] [--json out.json]

Each document of the set (invented letters, committee lists, tables, names after positions, nicknames in
quotes, Latin-script names, signature blocks) becomes a DOCX (tables as real Word tables, so the table
detectors see their cells and headers) and goes through the redactor's extraction and detectors with
three detector sets: ``ner`` alone, every enabled detector but ``ner`` (the rules), and all of them.

Two levels are reported:

* **findings**: PERSON findings of the detectors at redaction strength (score >= 0.5, the policy's
  REDACT_AT), before the policy. A gold name counts as found when these findings cover every one of its
  non-space characters; a finding is correct when it overlaps a gold name.
* **redacted**: what ``analyse`` proposes to redact after the policy (any label). Recall as above; a
  redaction that overlaps no gold name is counted as over-redaction (the set's text outside names is
  positions, agencies, places and numbers that must stay).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from redactor.detectors.base import DetectionContext, Detector, enabled_detectors  # noqa: E402
from redactor.formats import sniff_path  # noqa: E402
from redactor.normalise import normalise  # noqa: E402
from redactor.pipeline import analyse, view_cells  # noqa: E402

MARK = re.compile(r"\[\[(.+?)\]\]")
REDACT_AT = 0.5


@dataclass
class Doc:
    kind: str
    paragraphs: list[str]
    table: list[list[str]]
    names: list[str]


def load_set(path: Path) -> list[Doc]:
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    out = []
    for d in data["doc"]:
        paras = list(d.get("paragraphs", []))
        table = [list(r) for r in d.get("table", [])]
        texts = paras + [c for r in table for c in r]
        names = [m.group(1) for t in texts for m in MARK.finditer(t)]
        out.append(Doc(d["kind"], [MARK.sub(r"\1", p) for p in paras],
                       [[MARK.sub(r"\1", c) for c in r] for r in table], names))
    return out


def write_docx(doc: Doc, path: Path) -> None:
    import docx

    d = docx.Document()
    for p in doc.paragraphs:
        d.add_paragraph(p)
    if doc.table:
        t = d.add_table(rows=len(doc.table), cols=len(doc.table[0]))
        for i, row in enumerate(doc.table):
            for j, cell in enumerate(row):
                t.cell(i, j).text = cell
    d.save(str(path))


def occurrences(text: str, name: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)]


def covered(text: str, span: tuple[int, int], cover: list[tuple[int, int]]) -> bool:
    return all(any(a <= i < b for a, b in cover) for i in range(*span) if not text[i].isspace())


def overlaps(span: tuple[int, int], golds: list[tuple[int, int]]) -> bool:
    return any(span[0] < b and a < span[1] for a, b in golds)


def findings_of(path: Path, detectors: list[Detector]) -> tuple[str, list[tuple[int, int, str]]]:
    fmt = sniff_path(path)
    doc = fmt.open_document(path)
    try:
        view = normalise(doc.textmap.text)
        ctx = DetectionContext(view.text, None, cells=view_cells(getattr(doc, "tables", []), view))
        found = [(f.start, f.end, f.detector) for d in detectors for f in d.detect(ctx)
                 if f.label == "PERSON" and f.score >= REDACT_AT]
        return view.text, found
    finally:
        doc.close()


def measure(docs: list[Doc], name: str, detectors: list[Detector], work: Path) -> dict[str, Any]:
    tally = {"findings": [0, 0, 0, 0], "redacted": [0, 0, 0, 0]}  # names found, names, correct, reported
    misses: dict[str, list[str]] = {"findings": [], "redacted": []}
    wrong: dict[str, list[str]] = {"findings": [], "redacted": []}
    per_kind: dict[str, list[int]] = {}
    for i, doc in enumerate(docs):
        path = work / f"doc{i}.docx"
        write_docx(doc, path)
        text, found = findings_of(path, detectors)
        analysis = analyse(path, None, detectors)
        try:
            otext = analysis.doc.textmap.text
            redacted = [(p.start, p.end, p.detector) for p in analysis.proposals if p.action == "redact"]
        finally:
            analysis.doc.close()
        for level, t, spans in (("findings", text, found), ("redacted", otext, redacted)):
            golds = [o for n in doc.names for o in occurrences(t, n)]
            cover = [(a, b) for a, b, _d in spans]
            for n in doc.names:
                occ = occurrences(t, n)
                if not occ:
                    raise SystemExit(f"name {n!r} not found in the extracted text of document {i}")
                hit = all(covered(t, o, cover) for o in occ)
                tally[level][0] += hit
                tally[level][1] += 1
                if not hit:
                    misses[level].append(f"{doc.kind}: {n}")
                if level == "redacted":
                    per_kind.setdefault(doc.kind, [0, 0])
                    per_kind[doc.kind][0] += hit
                    per_kind[doc.kind][1] += 1
            for a, b, det in spans:
                ok = overlaps((a, b), golds)
                tally[level][2] += ok
                tally[level][3] += 1
                if not ok:
                    wrong[level].append(f"{doc.kind}: {t[a:b]!r} ({det})")
    out: dict[str, Any] = {"detectors": name}
    for level, (hit, total, ok, reported) in tally.items():
        out[level] = {"recall": round(hit / total, 3), "precision": round(ok / reported, 3) if reported else None,
                      "names": total, "found": hit, "reported": reported, "wrong": reported - ok,
                      "missed": misses[level], "false": wrong[level]}
    out["redacted_by_kind"] = {k: f"{h}/{n}" for k, (h, n) in per_kind.items()}
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", type=Path, default=ROOT / "benchmarks" / "data" / "person_context.toml")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    docs = load_set(args.set)
    configs = {
        "NER alone": [d for d in enabled_detectors() if d.name == "ner"],
        "rules alone": enabled_detectors(overrides={"ner": False}),
        "both": enabled_detectors(overrides={"ner": True}),
    }
    results = []
    with tempfile.TemporaryDirectory() as work:
        for name, dets in configs.items():
            results.append(measure(docs, name, dets, Path(work)))
    print(f"{sum(len(d.names) for d in docs)} names in {len(docs)} documents ({args.set.name})\n")
    print("| detectors | findings R | findings P | redacted R | over-redactions |")
    print("|---|---:|---:|---:|---:|")
    for r in results:
        f, d = r["findings"], r["redacted"]
        print(f"| {r['detectors']} | {f['recall']:.3f} ({f['found']}/{f['names']}) | "
              f"{f['precision'] if f['precision'] is not None else '-'} ({f['reported'] - f['wrong']}/{f['reported']})"
              f" | {d['recall']:.3f} ({d['found']}/{d['names']}) | {d['wrong']} |")
    for r in results:
        print(f"\n{r['detectors']}: by kind (redacted) {r['redacted_by_kind']}")
        print(f"  missed (redacted): {r['redacted']['missed']}")
        print(f"  over-redacted: {r['redacted']['false']}")
        print(f"  false findings: {r['findings']['false']}")
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
