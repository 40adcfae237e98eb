"""Verification, fail closed: reopen the written file and look for what must be gone.

Everything recoverable (the same scope as extraction plus raw objects, XML
parts, metadata and annotations) is compared under the normalised matching key.
A withheld string still present, or a kept string no longer visible, fails the
output; the caller then deletes it.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from redactor.normalise import fold_for_match
from redactor.types import Redaction, TextMap, VerificationReport, sha256_text

# Below this many characters (after folding) a string also occurs by chance
# inside unrelated words; such items are reported, not matched.
MIN_KEY = 3


def surviving_fragments(textmap: TextMap, redactions: list[Redaction]) -> list[tuple[int | None, str]]:
    """The visible text that no redaction touches, per segment: (page, text)."""
    spans = sorted((r.start, r.end) for r in redactions)
    out: list[tuple[int | None, str]] = []
    j = 0
    for seg in textmap.segments:
        if not seg.visible:
            continue
        while j < len(spans) and spans[j][1] <= seg.start:
            j += 1
        pos = seg.start
        k = j
        while k < len(spans) and spans[k][0] < seg.end:
            if spans[k][0] > pos:
                out.append((seg.page, textmap.text[pos:spans[k][0]]))
            pos = max(pos, spans[k][1])
            k += 1
        if pos < seg.end:
            out.append((seg.page, textmap.text[pos:seg.end]))
    return out


def verify(fmt: ModuleType, out_path: Path, redactions: list[Redaction],
           keeps: list[tuple[str, str]],
           fragments: list[tuple[int | None, str]] = ()) -> VerificationReport:  # type: ignore[assignment]
    """Check the written file. ``fragments`` is the visible text that must survive."""
    recovered = fmt.recover(out_path)
    everything = fold_for_match("\n".join(r.text for r in recovered))
    visible = fold_for_match("\n".join(r.text for r in recovered if r.visible))
    by_page = {r.where: fold_for_match(r.text) for r in recovered if r.visible and r.where.startswith("page ")}
    report = VerificationReport(passed=True, checked_redactions=0, checked_keeps=0)
    for r in redactions:
        key = fold_for_match(r.text)
        if len(key) < MIN_KEY:
            report.notes.append(f"{r.label} of {len(key)} chars too short to check by text")
            continue
        report.checked_redactions += 1
        if key in everything:
            where = [x.where for x in recovered if key in fold_for_match(x.text)]
            report.survived.append({"label": r.label, "sha256": sha256_text(r.text), "where": where[:5]})
    for text, reason in keeps:
        key = fold_for_match(text)
        if len(key) < MIN_KEY:
            continue
        report.checked_keeps += 1
        if key not in visible:
            report.lost_keeps.append({"sha256": sha256_text(text), "reason": reason, "chars": len(key)})
    # Collateral damage: text next to a redaction (or on the line above or
    # below) that the apply step removed or moved.
    for page, frag in fragments:
        key = fold_for_match(frag)
        if len(key) < MIN_KEY:
            continue
        report.checked_fragments += 1
        hay = by_page.get(f"page {page}", visible) if page is not None else visible
        if key not in hay:
            report.lost_keeps.append({"sha256": sha256_text(frag), "reason": "text outside every redaction",
                                      "page": page, "chars": len(key)})
    report.passed = not report.survived and not report.lost_keeps
    return report
