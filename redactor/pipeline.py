"""The pipeline: extract → normalise → detect → resolve/policy → proposals → apply → verify."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import ModuleType
from typing import Any

from redactor.detectors.base import DetectionContext, Detector, enabled_detectors
from redactor.errors import DecisionError, PhoeiError, VerificationFailed
from redactor.formats import DEFAULT_MAX_BYTES, sniff_path
from redactor.formats.base import ExtractedDocument
from redactor.normalise import NormalisedView, normalise
from redactor.policy import decide
from redactor.profile import AgencyProfile
from redactor.types import Proposal, Redaction, VerificationReport, proposal_id, sha256_text


class NeedsReview(PhoeiError):
    """Parts of the document cannot be checked automatically (e.g. scanned pages)."""

    exit_code = 4


@dataclass
class Analysis:
    fmt: ModuleType
    doc: ExtractedDocument
    view: NormalisedView
    proposals: list[Proposal]

    @property
    def needs_review(self) -> list[str]:
        return self.doc.needs_review


@dataclass
class Result:
    analysis: Analysis
    redactions: list[Redaction]
    verification: VerificationReport
    warnings: list[str] = field(default_factory=list)

    def report(self) -> dict[str, Any]:
        tm = self.analysis.doc.textmap
        return {
            "format": self.analysis.doc.kind,
            "redactions": [
                {
                    "proposal_id": r.proposal_id,
                    "where": tm.where(r.start, r.end),
                    "page": tm.page_of(r.start, r.end),
                    "start": r.start,
                    "end": r.end,
                    "label": r.label,
                    "basis": r.basis,
                    "detector": r.detector,
                    "sha256": sha256_text(r.text),
                }
                for r in self.redactions
            ],
            "verification": self.verification.as_dict(),
            "warnings": self.warnings,
        }


def analyse(path: Path, profile: AgencyProfile | None = None,
            detectors: list[Detector] | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Analysis:
    fmt = sniff_path(path, max_bytes)
    doc = fmt.open_document(path)
    try:
        text = doc.textmap.text
        view = normalise(text)
        ctx = DetectionContext(view.text, profile)
        findings = [f for d in (detectors if detectors is not None else enabled_detectors()) for f in d.detect(ctx)]
        from redactor.ocr.review import review_findings  # digit runs OCR could not confirm: to review

        findings += review_findings(doc, view)
        proposals = []
        for d in decide(findings, ctx):
            f = d.finding
            s, e = view.to_orig(f.start, f.end)
            # Never start or end a redaction on whitespace.
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s >= e:
                continue
            proposals.append(Proposal(
                id=proposal_id(s, e, f.label, text[s:e]), start=s, end=e, text=text[s:e], label=f.label,
                score=f.score, basis=f.basis, detector=f.detector, explanation=f.explanation,
                action=d.action, where=doc.textmap.where(s, e), page=doc.textmap.page_of(s, e),
                keep_reason=d.keep_reason,
            ))
    except BaseException:
        doc.close()
        raise
    return Analysis(fmt, doc, view, proposals)


def load_decisions(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DecisionError(f"cannot read decisions file {path}: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("decisions", []), list):
        raise DecisionError("decisions file must be an object with a 'decisions' list")
    return data


def redactions_from(analysis: Analysis, decisions: dict[str, Any] | None) -> list[Redaction]:
    """Accept-all (``decisions is None``) or a reviewer's decisions file.

    Decisions: ``{"decisions": [{"id": "…", "action": "accept"|"reject", "basis": "15(5)"},
    {"manual": {"start": 10, "end": 20}, "label": "PERSON", "basis": "15(5)"}],
    "default": "policy"|"reject", "reviewed_scans": false}``. Proposals without a
    decision follow ``default``: "policy" applies the proposal's own action.
    """
    props = {p.id: p for p in analysis.proposals}
    chosen: dict[str, bool] = {p.id: p.action == "redact" for p in analysis.proposals}
    manual: list[Redaction] = []
    if decisions is not None:
        default = decisions.get("default", "policy")
        if default not in ("policy", "reject"):
            raise DecisionError(f"'default' must be 'policy' or 'reject', not {default!r}")
        if default == "reject":
            chosen = dict.fromkeys(chosen, False)
        text = analysis.doc.textmap.text
        for d in decisions.get("decisions", []):
            if not isinstance(d, dict):
                raise DecisionError("each decision must be an object")
            if "manual" in d:
                m = d["manual"]
                try:
                    s, e = int(m["start"]), int(m["end"])
                except (KeyError, TypeError, ValueError, OverflowError) as exc:
                    raise DecisionError("a manual decision needs integer 'start' and 'end'") from exc
                if not 0 <= s < e <= len(text):
                    raise DecisionError(f"manual redaction {s}-{e} is outside the document's text")
                manual.append(Redaction(s, e, str(d.get("label", "MANUAL")), str(d.get("basis", "15(5)")),
                                        "manual", text[s:e]))
                continue
            pid = d.get("id")
            if not isinstance(pid, str) or pid not in props:
                raise DecisionError(f"decision refers to unknown proposal id {pid!r}")
            if d.get("action") not in ("accept", "reject"):
                raise DecisionError(f"decision for {pid} must be 'accept' or 'reject'")
            chosen[pid] = d["action"] == "accept"
            if d.get("basis"):
                p = props[pid]
                props[pid] = replace(p, basis=str(d["basis"]))
    out = [Redaction(p.start, p.end, p.label, p.basis, p.detector, p.text, p.id)
           for pid, p in props.items() if chosen[pid]]
    return sorted(out + manual, key=lambda r: (r.start, r.end))


def kept_items(analysis: Analysis, redactions: list[Redaction]) -> list[Proposal]:
    """Visible kept proposals that must survive, unless a redaction overlaps them."""
    tm = analysis.doc.textmap
    return [p for p in analysis.proposals
            if p.action == "keep" and tm.is_visible(p.start, p.end)
            and not any(r.start < p.end and p.start < r.end for r in redactions)]


def kept_texts(analysis: Analysis, redactions: list[Redaction]) -> list[tuple[str, str]]:
    """Visible kept items that must survive, unless a redaction overlaps them."""
    return [(p.text, p.keep_reason or "kept") for p in kept_items(analysis, redactions)]


def redact(path: Path, out: Path, *, decisions: dict[str, Any] | None = None,
           profile: AgencyProfile | None = None, label_boxes: bool = False,
           detectors: list[Detector] | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Result:
    """Write a verified cleaned copy to ``out`` or raise; never leaves a partial file."""
    analysis = analyse(path, profile, detectors, max_bytes)
    try:
        if analysis.needs_review and not (decisions or {}).get("reviewed_scans"):
            raise NeedsReview("; ".join(analysis.needs_review))
        redactions = redactions_from(analysis, decisions)
        warnings = [f"{p.label} at {p.where} needs a human decision: {p.explanation}"
                    for p in analysis.proposals if p.action == "review"
                    and not any(r.proposal_id == p.id for r in redactions)]
        out = out.resolve()
        fd, tmp_name = tempfile.mkstemp(prefix=".phoei-", suffix=out.suffix, dir=out.parent)
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            analysis.doc.apply(redactions, tmp, label_boxes=label_boxes)
            report = _verify(analysis, tmp, redactions)
            if not report.passed:
                raise VerificationFailed(_failure_message(report))
            os.replace(tmp, out)
        finally:
            if tmp.exists():
                tmp.unlink()
        return Result(analysis, redactions, report, warnings)
    finally:
        analysis.doc.close()


def _verify(analysis: Analysis, written: Path, redactions: list[Redaction]) -> VerificationReport:
    from redactor.verify import residual_text, surviving_fragments, verify

    tm = analysis.doc.textmap
    if getattr(analysis.doc, "verify_by_ocr", False):
        # OCR text is checked against OCR of the written pages (redactor/ocr/verify.py).
        from redactor.ocr.verify import verify_with_ocr

        return verify_with_ocr(analysis.fmt, written, tm, redactions, kept_items(analysis, redactions))
    return verify(analysis.fmt, written, redactions, kept_texts(analysis, redactions),
                  surviving_fragments(tm, redactions), residual_text(tm, redactions))


def _failure_message(report: VerificationReport) -> str:
    parts = []
    if report.survived:
        where = sorted({w for s in report.survived for w in s["where"]})
        parts.append(f"{len(report.survived)} withheld item(s) still recoverable ({', '.join(where[:5])})")
    if report.lost_keeps:
        parts.append(f"{len(report.lost_keeps)} kept item(s) or text outside the redactions no longer visible")
    return "verification failed: " + "; ".join(parts) + "; no output written"
