"""The pipeline: extract → normalise → detect → resolve/policy → proposals → apply → verify."""

from __future__ import annotations

import bisect
import contextlib
import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import ModuleType
from typing import Any

from redactor import rx
from redactor.detectors.base import DetectionContext, Detector, TableCell, enabled_detectors
from redactor.errors import (
    DecisionError,
    PhoeiError,
    ScanUnconfirmed,
    UndecidedDigitsVisible,
    VerificationFailed,
    WriteError,
)
from redactor.formats import DEFAULT_MAX_BYTES, sniff_path
from redactor.formats.base import ExtractedDocument, Progress
from redactor.gcpolicy import with_fewer_collections
from redactor.intervals import Intervals
from redactor.normalise import NormalisedView, normalise
from redactor.policy import decide
from redactor.profile import AgencyProfile
from redactor.types import Finding, Proposal, Redaction, TextMap, VerificationReport, proposal_id, sha256_text


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

    @property
    def notes(self) -> list[str]:
        """What a reviewer should know that does not stop the file (e.g. pages read by OCR, and why)."""
        return list(getattr(self.doc, "notes", []))


@dataclass
class Result:
    analysis: Analysis
    redactions: list[Redaction]
    verification: VerificationReport
    warnings: list[str] = field(default_factory=list)
    raster_pages: list[int] = field(default_factory=list)  # pages rasterised (1-based), see redactor/fallback.py

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
            "raster_pages": self.raster_pages,
            # Digital signatures left out of the copy (redaction changes what they sign).
            "signatures_removed": getattr(self.analysis.doc, "signatures_removed", 0),
            "warnings": self.warnings,
        }


@with_fewer_collections
def analyse(path: Path, profile: AgencyProfile | None = None,
            detectors: list[Detector] | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
            progress: Progress | None = None) -> Analysis:
    """Extract, detect and propose; ``progress`` hears how the OCR of scanned pages goes
    (``redactor.formats.base.Progress``)."""
    fmt = sniff_path(path, max_bytes)
    doc = fmt.open_document(path, progress)
    try:
        from redactor.ocr.review import review_findings  # digit runs OCR could not confirm: to review

        view = normalise(doc.textmap.text, ocr=ocr_ranges(doc.textmap))
        proposals = propose(doc.textmap, view, profile, detectors, getattr(doc, "tables", []),
                            review_findings(doc, view))
        proposals = _unsure_keeps_reviewed(doc, proposals)
    except BaseException:
        doc.close()
        raise
    return Analysis(fmt, doc, view, proposals)


def ocr_ranges(textmap: TextMap) -> list[tuple[int, int]]:
    """The ranges of the canonical text that OCR read (scanned pages and regions, untrusted text layers)."""
    from redactor.ocr.pdf import ScanLine

    return [(s.start, s.end) for s in textmap.segments if isinstance(s.ref, ScanLine)]


def _unsure_keeps_reviewed(doc: Any, proposals: list[Proposal]) -> list[Proposal]:
    """A keep over a digit run OCR could not read confidently rests on digits nobody can trust (a misread
    mobile looks like an office landline): it goes to a person like the run itself. Except a phone on a
    memo's owner-unit line, and a landline in the lone-zero form offices write theirs in (``_LANDLINE_FORM``),
    which a misread mobile does not take: the keep's context decided it, and the digits do not change it."""
    from redactor.ocr.review import EXPLANATION, review_regions

    unsure = [(r.start, r.end) for r in review_regions(doc)]
    if not unsure:
        return proposals
    text = doc.textmap.text
    return [replace(p, action="review", keep_reason=None, explanation=p.explanation + f" | {EXPLANATION}; "
                    f"kept only if a person confirms it ({p.keep_reason or 'kept'})")
            if p.action == "keep" and any(p.start < e and s < p.end for s, e in unsure)
            and not (p.label == "PHONE" and (_OWNER_UNIT_LINE.match(text, text.rfind("\n", 0, p.start) + 1)
                                             or _LANDLINE_FORM.fullmatch(p.text)))
            else p for p in proposals]


# A memo's owner-unit line (บันทึกข้อความ: "ส่วนราชการ <unit> โทร. <number>"): by the form, its number is
# the unit's, whatever digits OCR made of it. Marks optional: OCR drops them.
_OWNER_UNIT_LINE = rx.compile(r"[ \t]*ส[่]?วนราชการ")
# A landline in the form Thai offices write theirs (a lone zero, then two groups of four: ๐ ๕๓๘๘ ๑๒๓๔).
# The gaps are blank pixels, which OCR reads reliably; a mobile is written ๐๘๑-๒๓๔-๕๖๗๘ or ๐๘ ๑๒๓๔ ๕๖๗๘,
# and a digit OCR misread there (๘ as ๕) does not give it this form.
_LANDLINE_FORM = rx.compile(r"[0๐] [0-9๐-๙]{4} [0-9๐-๙]{4}")


def propose(textmap: TextMap, view: NormalisedView, profile: AgencyProfile | None = None,
            detectors: list[Detector] | None = None, cells: list[TableCell] | None = None,
            extra: list[Finding] | None = None) -> list[Proposal]:
    """Detect, resolve and apply policy over one canonical text: the proposals, in canonical offsets.

    Every text that can become public goes through here, a file's text as well as
    typed fields (``redactor.plaintext``), so both see the same detectors and policy.
    """
    text = textmap.text
    ctx = DetectionContext(view.text, profile, cells=view_cells(cells or [], view),
                           ocr=view_ranges(ocr_ranges(textmap), view))
    findings = [f for d in (detectors if detectors is not None else enabled_detectors()) for f in d.detect(ctx)]
    findings += extra or []
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
            action=d.action, where=textmap.where(s, e), page=textmap.page_of(s, e),
            keep_reason=d.keep_reason,
        ))
    return proposals


def view_ranges(ranges: list[tuple[int, int]], view: NormalisedView) -> list[tuple[int, int]]:
    """Canonical ranges moved to the normalised view's offsets (empty ones dropped)."""
    out = []
    for s, e in ranges:
        vs, ve = bisect.bisect_left(view.starts, s), bisect.bisect_left(view.starts, e)
        if vs < ve:
            out.append((vs, ve))
    return out


def view_cells(cells: list[TableCell], view: NormalisedView) -> list[TableCell]:
    """Table cells moved from canonical offsets to the normalised view's offsets."""
    out = []
    headers: dict[str, str] = {}
    for c in cells:
        if c.header not in headers:
            headers[c.header] = normalise(c.header).text
        # The first view character that starts at or after each canonical bound.
        s = bisect.bisect_left(view.starts, c.start)
        e = bisect.bisect_left(view.starts, c.end)
        if s < e:
            out.append(replace(c, start=s, end=e, header=headers[c.header]))
    return out


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
    withheld = Intervals((r.start, r.end) for r in redactions)
    return [p for p in analysis.proposals
            if p.action == "keep" and tm.is_visible(p.start, p.end) and not withheld.overlaps(p.start, p.end)]


def kept_texts(analysis: Analysis, redactions: list[Redaction]) -> list[tuple[str, str]]:
    """Visible kept items that must survive, unless a redaction overlaps them."""
    return [(p.text, p.keep_reason or "kept") for p in kept_items(analysis, redactions)]


@with_fewer_collections
def redact(path: Path, out: Path, *, decisions: dict[str, Any] | None = None,
           profile: AgencyProfile | None = None, label_boxes: bool = False,
           detectors: list[Detector] | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
           raster_fallback: str = "never") -> Result:
    """Write a verified cleaned copy to ``out`` or raise; never leaves a partial file.

    ``raster_fallback="auto"``: a page whose only verification failure is
    kept text lost next to a redaction is rasterised with pixel redaction and
    an OCR text layer, and the file verified again (redactor/fallback.py).
    Decisions may name pages to rasterise in any case: ``"raster_pages": [N, …]``.
    """
    from redactor import fallback

    if raster_fallback not in fallback.MODES:
        raise DecisionError(f"raster fallback must be one of {', '.join(fallback.MODES)}, not {raster_fallback!r}")
    analysis = analyse(path, profile, detectors, max_bytes)
    try:
        if analysis.needs_review and not (decisions or {}).get("reviewed_scans"):
            raise NeedsReview("; ".join(analysis.needs_review))
        redactions = redactions_from(analysis, decisions)
        decided = {r.proposal_id for r in redactions}
        redactions, ocr_warnings = _undecided_ocr_regions(analysis, decisions, redactions)
        undecided = {sha256_text(r.text) for r in redactions if r.proposal_id not in decided}
        chosen_pages = _raster_pages(analysis, decisions)
        warnings = [f"{p.label} at {p.where} needs a human decision: {p.explanation}"
                    for p in analysis.proposals if p.action == "review"
                    and not any(r.proposal_id == p.id for r in redactions)]
        warnings += analysis.notes + ocr_warnings
        out = out.resolve()
        fd, tmp_name = tempfile.mkstemp(prefix=".phoei-", suffix=out.suffix, dir=out.parent)
        os.close(fd)
        tmp = Path(tmp_name)
        raster: list[int] = []
        try:
            with _write_boundary(path, out):
                analysis.doc.apply(redactions, tmp, label_boxes=label_boxes)
            # What writing changed beyond the redactions (damaged objects left out, signatures removed).
            warnings += getattr(analysis.doc, "write_notes", [])
            if chosen_pages:
                raster = chosen_pages
                with _write_boundary(path, out):
                    report = fallback.rasterise_and_verify(analysis, tmp, redactions, raster)
            else:
                report = _verify(analysis, tmp, redactions)
                report = _retry_uncleaned(analysis, path, out, tmp, redactions, report, label_boxes)
            retry = fallback.pages_to_rasterise(report) if raster_fallback == "auto" and not raster else None
            if retry:
                why_not = fallback.can_rasterise(analysis)
                if why_not is None:
                    first = _failure_message(report, analysis.doc.textmap.text)
                    detail = first.removeprefix("verification failed: ").removesuffix("; no output written")
                    raster = retry
                    with _write_boundary(path, out):
                        report = fallback.rasterise_and_verify(analysis, tmp, redactions, raster)
                    warnings.append(f"page(s) {', '.join(map(str, raster))} rasterised (pixel redaction with an "
                                    f"OCR text layer) because vector redaction removed kept text: "
                                    f"{detail}")
                else:
                    report.notes.append(f"raster fallback not possible: {why_not}")
            if not report.passed:
                message = _failure_message(report, analysis.doc.textmap.text)
                if only_undecided_survived(report, undecided):
                    raise UndecidedDigitsVisible(
                        message.removesuffix("; no output written") + "; needs review: what survived is only "
                        "digit runs OCR could not read confidently, withheld because nobody decided them, and "
                        "readable elsewhere on the page; decide each one; no output written")
                if only_scan_keeps_unconfirmed(report):
                    raise ScanUnconfirmed(message.removesuffix("; no output written") + "; needs review: nothing "
                                          "withheld was read back, but OCR of the written scan could not confirm "
                                          "the kept text there; no output written")
                raise VerificationFailed(message)
            os.replace(tmp, out)
        finally:
            if tmp.exists():
                tmp.unlink()
        return Result(analysis, redactions, report, warnings, raster)
    finally:
        analysis.doc.close()


OCR_REVIEW_DETECTOR = "ocr_digits"


def _undecided_ocr_regions(analysis: Analysis, decisions: dict[str, Any] | None, redactions: list[Redaction]
                           ) -> tuple[list[Redaction], list[str]]:
    """Digit runs on scans that OCR could not read confidently (``redactor.ocr.review``) need a person.

    With a reviewer's decisions, one left undecided stops the file (``NeedsReview``, exit 4):
    verification only checks what was decided, so it cannot pass a region nobody looked at.
    Accepting everything (no decisions) withholds them, failing closed, and says so.
    """
    from redactor.ocr.review import review_regions

    # A detector's own review proposal (an ID whose checksum fails) may win the overlap over the OCR
    # region it sits in: it is the same unreadable digit run, so it needs a person all the same.
    unsure = [(r.start, r.end) for r in review_regions(analysis.doc)]
    regions = [p for p in analysis.proposals if p.action == "review" and (
        p.detector == OCR_REVIEW_DETECTOR or any(p.start < e and s < p.end for s, e in unsure))]
    if not regions:
        return redactions, []
    if decisions is not None:
        decided = {d.get("id") for d in decisions.get("decisions", []) if isinstance(d, dict)}
        open_ = [p for p in regions if p.id not in decided]
        if open_:
            pages = sorted({p.page for p in open_ if p.page is not None})
            raise NeedsReview(f"{len(open_)} digit run(s) OCR could not read confidently are undecided"
                              + (f" (page {', '.join(map(str, pages))})" if pages else "")
                              + ": mark each one redact or keep")
        return redactions, []
    taken = {r.proposal_id for r in redactions}
    fresh = [p for p in regions if p.id not in taken]
    extra = [Redaction(p.start, p.end, p.label, p.basis, p.detector, p.text, p.id) for p in fresh]
    warnings = [f"{p.label} at {p.where}: withheld because OCR could not read this digit run confidently "
                "and nobody decided it" for p in fresh]
    copies = _copies_of_undecided(analysis.doc.textmap, fresh, redactions + extra)
    if copies:
        warnings.append(f"{len(copies)} other copy(ies) of those digit runs in the scanned text withheld as well")
    return sorted(redactions + extra + copies, key=lambda r: (r.start, r.end)), warnings


MIN_COPY_DIGITS = 6


def _copies_of_undecided(textmap: TextMap, fresh: list[Proposal], withheld: list[Redaction]) -> list[Redaction]:
    """Other copies, in OCR text, of the digit runs withheld because nobody decided them: the same digits
    read confidently elsewhere (a table's header row repeated on the next page) would show what the
    withheld copy hides, and a number withheld in one place and shown in another is no decision. Only
    numbers of ``MIN_COPY_DIGITS`` digits or more: a shorter one (a year, an amount) recurs across a page
    as other things, and its copies are other text."""
    from redactor.ocr.digits import RUN_RE, digits_of

    keys = {d: p for p in fresh if len(d := digits_of(p.text)) >= MIN_COPY_DIGITS}
    if not keys:
        return []
    taken = Intervals((r.start, r.end) for r in withheld)
    out = []
    for s, e in ocr_ranges(textmap):
        for m in RUN_RE.finditer(textmap.text, s, e):
            p = keys.get(digits_of(m.group()))
            if p is not None and not taken.overlaps(m.start(), m.end()):
                out.append(Redaction(m.start(), m.end(), p.label, p.basis, p.detector, m.group(), p.id))
    return out


@contextlib.contextmanager
def _write_boundary(path: Path, out: Path) -> Iterator[None]:
    """One boundary for apply, scrub, save and rasterise: library errors become redactor errors."""
    try:
        yield
    except PhoeiError:
        raise
    except OSError as exc:  # the output folder, not the input: not exit 2
        raise PhoeiError(f"cannot write {out.name}: {exc.strerror or exc}") from exc
    except Exception as exc:  # PyMuPDF/lxml/zipfile raise their own trees
        raise WriteError(f"{path.name}: cannot write the redacted copy: {type(exc).__name__}: {exc}") from exc


def _retry_uncleaned(analysis: Analysis, path: Path, out: Path, tmp: Path, redactions: list[Redaction],
                     report: VerificationReport, label_boxes: bool) -> VerificationReport:
    """Kept text lost from a cleaned PDF: write it again without MuPDF's clean step, and keep that if it verifies.

    The clean step rewrites every content stream and on some files drops
    text; the verification that just ran is what notices it (it reads every
    page back). Only on that failure is the file written a second time.
    """
    again = getattr(analysis.doc, "reapply", None)
    if again is None or report.passed or report.survived or not report.lost_keeps:
        return report
    lost = sorted({int(k["page"]) for k in report.lost_keeps if k.get("page") is not None})
    with _write_boundary(path, out):
        again(redactions, tmp, label_boxes=label_boxes, clean=False, lost_pages=lost)
    second = _verify(analysis, tmp, redactions)
    if second.passed or (not second.survived and len(second.lost_keeps) < len(report.lost_keeps)):
        return second
    # Not the clean step's doing (e.g. a box that takes its neighbours): the
    # cleaned copy again, for the raster fallback to work on.
    with _write_boundary(path, out):
        again(redactions, tmp, label_boxes=label_boxes, clean=True, lost_pages=[])
    return report


def _raster_pages(analysis: Analysis, decisions: dict[str, Any] | None) -> list[int]:
    """A reviewer's ``"raster_pages"``: 1-based page numbers to rasterise whatever verification says."""
    pages = (decisions or {}).get("raster_pages", [])
    if not isinstance(pages, list) or not all(isinstance(p, int) and not isinstance(p, bool) for p in pages):
        raise DecisionError("'raster_pages' must be a list of page numbers")
    if not pages:
        return []
    count = max((s.page or 0 for s in analysis.doc.textmap.segments), default=0)
    count = getattr(getattr(analysis.doc, "doc", None), "page_count", count)
    bad = [p for p in pages if not 1 <= p <= count]
    if bad:
        raise DecisionError(f"'raster_pages' names page(s) {bad} outside the document (1-{count})")
    from redactor import fallback

    why_not = fallback.can_rasterise(analysis)
    if why_not is not None:
        raise DecisionError(f"'raster_pages' cannot be honoured: {why_not}")
    return sorted(set(pages))


def _verify(analysis: Analysis, written: Path, redactions: list[Redaction]) -> VerificationReport:
    from redactor.verify import fragments_and_residual, surviving_spans, verify

    if not redactions:
        # Nothing was withheld, so nothing can have survived; and no box was
        # drawn that could take neighbouring text with it.
        return VerificationReport(passed=True, checked_redactions=0, checked_keeps=0,
                                  notes=["no redactions accepted: the copy is only cleaned of metadata, "
                                         "annotations, form fields and attachments"])
    tm = analysis.doc.textmap
    if getattr(analysis.doc, "verify_by_ocr", False):
        # OCR text is checked against OCR of the written pages (redactor/ocr/verify.py).
        from redactor.ocr.pdf import ScanLine
        from redactor.ocr.verify import verify_with_ocr

        report = verify_with_ocr(analysis.fmt, written, tm, redactions, kept_items(analysis, redactions),
                                 analysis.doc)
        # Its exact part indexes the fragments of the text that is not OCR.
        exact = TextMap(tm.text, [s for s in tm.segments if not isinstance(s.ref, ScanLine)])
        _locate_lost(analysis, report, surviving_spans(exact, redactions))
        return report
    spans, folded, residual = fragments_and_residual(tm, redactions)
    report = verify(analysis.fmt, written, redactions, kept_texts(analysis, redactions),
                    [(p, tm.text[s:e]) for p, s, e in spans], residual, folded_fragments=folded)
    _locate_lost(analysis, report, spans)
    return report


def _locate_lost(analysis: Analysis, report: VerificationReport, spans: list[tuple[int | None, int, int]]) -> None:
    """Say where lost text was: its place in the text, page and bounding box (PDF points)."""
    rects_for = getattr(analysis.doc, "rects_for", None)
    for item in report.lost_keeps:
        idx = item.pop("fragment", None)
        if idx is None:
            continue
        _page, s, e = spans[idx]
        item["where"] = analysis.doc.textmap.where(s, e)
        item["start"], item["end"] = s, e
        if rects_for is not None:
            rects = rects_for(s, e)
            if rects:
                pno = rects[0][0]
                same = [r for p, r in rects if p == pno]
                item["bbox"] = [round(min(r[0] for r in same), 1), round(min(r[1] for r in same), 1),
                                round(max(r[2] for r in same), 1), round(max(r[3] for r in same), 1)]
                item["page"] = pno + 1


def only_scan_keeps_unconfirmed(report: VerificationReport) -> bool:
    """A failed verification whose only failures are kept text that OCR of written scanned pages
    did not read back: no withheld item survived anywhere (``ScanUnconfirmed``, needs review)."""
    return not report.passed and not report.survived and bool(report.lost_keeps) \
        and all(item.get("ocr") for item in report.lost_keeps)


def only_undecided_survived(report: VerificationReport, undecided: set[str]) -> bool:
    """A failed verification where every withheld item that survived is a digit run withheld only
    because nobody decided it (its sha256 in ``undecided``), and any kept text lost was on scanned
    pages (OCR): a person decides those runs (``UndecidedDigitsVisible``, needs review)."""
    return not report.passed and bool(report.survived) \
        and all(item.get("sha256") in undecided for item in report.survived) \
        and all(item.get("ocr") for item in report.lost_keeps)


def _failure_message(report: VerificationReport, text: str = "") -> str:
    parts = []
    if report.survived:
        where = sorted({w for s in report.survived for w in s["where"]})
        parts.append(f"{len(report.survived)} withheld item(s) still recoverable ({', '.join(where[:5])})")
    if report.lost_keeps:
        lost = []
        for item in report.lost_keeps[:5]:
            place = f"page {item['page']}" if item.get("page") is not None else str(item.get("where", "?"))
            if "bbox" in item:
                place += " at ({}, {}, {}, {})".format(*item["bbox"])
            # Kept text is what a reader sees anyway; quoting it tells the
            # reviewer what went missing (never the withheld text).
            what = repr(text[item["start"]:item["end"]].strip()[:40]) if "start" in item and text else item["reason"]
            lost.append(f"{what} on {place}")
        more = f" and {len(report.lost_keeps) - 5} more" if len(report.lost_keeps) > 5 else ""
        parts.append(f"{len(report.lost_keeps)} kept item(s) or text outside the redactions no longer visible: "
                     + "; ".join(lost) + more)
    return "verification failed: " + "; ".join(parts) + "; no output written"
