"""Typed text (titles, descriptions, keywords, bodies, link targets) through the same pipeline as files.

A library item's publishable fields become one canonical text, field after
field, each a segment whose ``where`` is ``field:NAME``, so proposals carry
offsets into that text and name their field; ``field_offsets`` turns them
into offsets inside the field. Detection, resolution and policy are
``redactor.pipeline.propose``: the same as for a file's text.

``redact_fields`` masks each redaction with one ``█`` per character (so the
text keeps its length and every other proposal keeps its offsets and id),
then verifies the result fail-closed as files are verified: no withheld text
may survive anywhere in the fields under the normalised matching key, and
every kept item and every character outside the redactions must be unchanged.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from redactor.detectors.base import Detector
from redactor.errors import DecisionError
from redactor.normalise import NormalisedView, normalise
from redactor.profile import AgencyProfile
from redactor.types import Proposal, Redaction, Segment, TextMap, VerificationReport, sha256_text

MASK = "\u2588"
# Between two fields: a paragraph break, so no detector reads across a field's end.
SEPARATOR = "\n\n"
WHERE_PREFIX = "field:"


@dataclass(frozen=True, slots=True)
class FieldRef:
    name: str


@dataclass
class FieldsAnalysis:
    fields: dict[str, str]
    textmap: TextMap
    view: NormalisedView
    proposals: list[Proposal]


def fields_textmap(fields: Mapping[str, str]) -> TextMap:
    """One canonical text of the non-empty fields, in the given order, one segment per field."""
    parts: list[str] = []
    segments: list[Segment] = []
    pos = 0
    for name, value in fields.items():
        if not isinstance(value, str):
            raise DecisionError(f"field {name!r} must be text")
        if not value:
            continue
        if parts:
            parts.append(SEPARATOR)
            pos += len(SEPARATOR)
        segments.append(Segment(pos, pos + len(value), f"{WHERE_PREFIX}{name}", True, FieldRef(name)))
        parts.append(value)
        pos += len(value)
    return TextMap("".join(parts), segments)


def field_offsets(textmap: TextMap, start: int, end: int) -> tuple[str, int, int] | None:
    """``(field, start, end)`` inside the field for a span of the canonical text (None: between fields)."""
    seg = textmap.segment_at(start)
    if seg is None or end > seg.end:
        return None
    return seg.ref.name, start - seg.start, end - seg.start


def analyse_fields(fields: Mapping[str, str], profile: AgencyProfile | None = None,
                   detectors: list[Detector] | None = None) -> FieldsAnalysis:
    from redactor.pipeline import propose

    tm = fields_textmap(fields)
    view = normalise(tm.text)
    # A proposal never spans two fields: the separator is whitespace, and propose trims it,
    # but a finding that reads across it would still cover both; cut it at the field's end.
    props = []
    for p in propose(tm, view, profile, detectors):
        if field_offsets(tm, p.start, p.end) is not None:
            props.append(p)
            continue
        for seg in tm.segments_in(p.start, p.end):
            s, e = max(p.start, seg.start), min(p.end, seg.end)
            while s < e and tm.text[s].isspace():
                s += 1
            while e > s and tm.text[e - 1].isspace():
                e -= 1
            if s < e:
                from redactor.types import proposal_id

                props.append(Proposal(proposal_id(s, e, p.label, tm.text[s:e]), s, e, tm.text[s:e], p.label,
                                      p.score, p.basis, p.detector, p.explanation, p.action, seg.where, None,
                                      p.keep_reason))
    return FieldsAnalysis(dict(fields), tm, view, props)


def mask(value: str, spans: list[tuple[int, int]]) -> str:
    """``value`` with every non-space character in ``spans`` replaced by ``MASK`` (length kept)."""
    chars = list(value)
    for s, e in spans:
        for i in range(s, e):
            if not chars[i].isspace():
                chars[i] = MASK
    return "".join(chars)


def redact_fields(analysis: FieldsAnalysis, redactions: list[Redaction]) -> tuple[dict[str, str],
                                                                                   VerificationReport]:
    """The fields with ``redactions`` masked, and the verification of that output (fail closed)."""
    tm = analysis.textmap
    spans: dict[str, list[tuple[int, int]]] = {}
    for r in redactions:
        segs = tm.segments_in(r.start, r.end)
        if not segs:
            raise DecisionError(f"redaction {r.start}-{r.end} is outside the typed text")
        for seg in segs:
            s, e = max(r.start, seg.start), min(r.end, seg.end)
            if s < e:
                spans.setdefault(seg.ref.name, []).append((s - seg.start, e - seg.start))
    out = {name: mask(value, spans.get(name, [])) if isinstance(value, str) else value
           for name, value in analysis.fields.items()}
    return out, verify_fields(analysis, redactions, out)


def verify_fields(analysis: FieldsAnalysis, redactions: list[Redaction], written: Mapping[str, str]
                  ) -> VerificationReport:
    """Read the written fields back: withheld text gone (exactly, under the matching key), the rest intact."""
    from redactor.intervals import Intervals
    from redactor.verify import MIN_KEY, fold_many

    tm = analysis.textmap
    written_tm = fields_textmap({k: written.get(k, "") for k in analysis.fields})
    report = VerificationReport(passed=True, checked_redactions=0, checked_keeps=0)
    # Characters outside the redactions are the same, field by field.
    withheld = [False] * len(tm.text)
    for r in redactions:
        for i in range(r.start, r.end):
            withheld[i] = True
    for seg in tm.segments:
        name = seg.ref.name
        before, after = tm.text[seg.start:seg.end], written.get(name, "")
        report.checked_fragments += 1
        if len(before) != len(after) or any(
                (a != b) if not withheld[seg.start + i] else not (a == MASK or (b.isspace() and a == b))
                for i, (b, a) in enumerate(zip(before, after, strict=False))):
            report.lost_keeps.append({"where": seg.where, "reason": "text outside the redactions changed"})
    # No withheld text anywhere in the written fields.
    hay = fold_many([written_tm.text])[0]
    keys = fold_many([r.text for r in redactions])
    for r, key in zip(redactions, keys, strict=True):
        report.checked_redactions += 1
        if len(key) < MIN_KEY:
            report.notes.append(f"{r.label} at {tm.where(r.start, r.end)}: too short to search for")
            continue
        if key in hay:
            report.survived.append({"label": r.label, "sha256": sha256_text(r.text),
                                    "where": [tm.where(r.start, r.end)]})
    # Kept items still there.
    written_keys = hay
    gone = Intervals((r.start, r.end) for r in redactions)
    kept = [p for p in analysis.proposals if p.action == "keep" and not gone.overlaps(p.start, p.end)]
    for p, key in zip(kept, fold_many([p.text for p in kept]), strict=True):
        report.checked_keeps += 1
        if key and key not in written_keys:
            report.lost_keeps.append({"where": p.where, "reason": p.keep_reason or "kept"})
    report.passed = not report.survived and not report.lost_keeps
    return report


class _AsAnalysis:
    """The two attributes ``redactor.pipeline.kept_items`` reads."""

    def __init__(self, analysis: FieldsAnalysis) -> None:
        self.proposals = analysis.proposals
        self.doc = _Doc(analysis.textmap)


class _Doc:
    def __init__(self, textmap: TextMap) -> None:
        self.textmap = textmap


def redactions_for(analysis: FieldsAnalysis, decisions: dict[str, object] | None) -> list[Redaction]:
    """The redactions a decisions document (``redactor.pipeline.redactions_from``) asks for in typed text."""
    from redactor.pipeline import redactions_from

    return redactions_from(_AsAnalysis(analysis), decisions)  # type: ignore[arg-type]
