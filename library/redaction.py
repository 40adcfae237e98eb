"""Documents of file items and their redaction records: upload, analyse, decide, apply, verify.

The original goes to the private store and never leaves it except through
``open_original`` (``view_original`` permission, audited). The redactor
(``redactor.pipeline``) analyses a temporary copy; its proposals are stored
with the file; reviewers' decisions are stored row by row (who, when, basis);
``apply`` runs the redactor with those decisions and the agency profile from
the database, and records the verification. Publishing a file item needs a
passed verification made with the decisions now in force
(``verification_problems``).

Audit events carry proposal ids, labels, bases and sha256 digests — never the
withheld text itself.
"""

from __future__ import annotations

import hashlib
import json
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from library import audit, crashpoints, outbox, versions
from library import workflow as wf
from library.content_types import get_type
from library.db import Library, library_of
from library.errors import Forbidden, Invalid, NotFound
from library.models import Content, DocumentFile, RedactionDecision, RedactionProposal, Verification, utcnow
from library.roles import SYSTEM
from library.security import Principal, is_public, may, require

if TYPE_CHECKING:  # pragma: no cover
    from redactor.pipeline import Analysis
    from redactor.profile import AgencyProfile
    from redactor.types import Proposal

MEDIA_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
SUFFIXES = {"pdf": ".pdf", "docx": ".docx"}
DECISION_ACTIONS = ("accept", "reject")


def _require_redact(principal: Principal, item: Content) -> None:
    """Reviewers decide; workers (SYSTEM) may run the mechanical steps for them."""
    if SYSTEM not in principal.roles:
        require(principal, wf.REDACT, item)


def file_of(session: Session, file_id: int) -> DocumentFile:
    f = session.get(DocumentFile, file_id)
    if f is None:
        raise NotFound(f"no document file {file_id}")
    return f


def item_of(session: Session, f: DocumentFile) -> Content:
    item = session.get(Content, f.item_id)
    assert item is not None
    return item


# --- upload --------------------------------------------------------------------------


def sniff_format(head: bytes) -> str:
    from redactor.errors import UnsupportedFormat
    from redactor.formats import sniff_bytes

    try:
        return sniff_bytes(head)
    except UnsupportedFormat:
        raise Invalid("the file is neither a PDF nor a DOCX document") from None


def upload(session: Session, principal: Principal, item: Content, data: bytes | Path, filename: str,
           note: str = "") -> DocumentFile:
    """Store a new original for a file item (private store) and make it the item's current file."""
    require(principal, wf.EDIT_FILE, item)
    if not get_type(item.type).has_file:
        raise Invalid(f"a {item.type} has no document file")
    lib = library_of(session)
    if isinstance(data, Path):
        size = data.stat().st_size
        with data.open("rb") as fh:
            head = fh.read(4096)
    else:
        size, head = len(data), data[:4096]
    if size == 0:
        raise Invalid(f"{filename} is empty (0 bytes)")
    if size > lib.config.max_upload_bytes:
        raise Invalid(f"{filename} is {size / 1e6:.1f} MB, over the limit of "
                      f"{lib.config.max_upload_bytes / 1e6:.0f} MB")
    fmt = sniff_format(head)
    digest = lib.stores.private.put_file(data) if isinstance(data, Path) else lib.stores.private.put_bytes(data)
    name = Path(filename).name[:300] or f"document{SUFFIXES[fmt]}"
    f = DocumentFile(item_id=item.id, original_sha256=digest, filename=name, media_type=MEDIA_TYPES[fmt],
                     format=fmt, size=size, uploaded_by=principal.name, uploaded_at=utcnow(), needs_review=[])
    session.add(f)
    session.flush()
    item.current_file_id = f.id
    item.modified_at = utcnow()
    v = versions.new_version(session, principal, item, note or f"file uploaded: {name}")
    audit.record(session, principal, "file.upload", item, file_id=f.id, sha256=digest, size=size, format=fmt,
                 version=v.number)
    outbox.emit(session, "file.uploaded", item, file_id=f.id)
    return f


def upload_files(session: Session, principal: Principal, folder: Content, files: Iterable[tuple[bytes | Path, str]],
                 title: str, *, submit_comment: str | None = None, **fields: Any
                 ) -> list[tuple[Content, DocumentFile]]:
    """One file item per file in ``folder``, each with its original (``upload``): with several files
    the title is numbered "title (n/total)". With ``submit_comment`` each item the principal may
    submit goes to review with that comment. All or nothing, as the caller's transaction is."""
    from library import content, lifecycle

    files = list(files)
    out: list[tuple[Content, DocumentFile]] = []
    for n, (data, filename) in enumerate(files, 1):
        item = content.create(session, principal, folder, "file",
                              title=title if len(files) == 1 else f"{title} ({n}/{len(files)})", **fields)
        f = upload(session, principal, item, data, filename)
        if submit_comment is not None and may(principal, "submit", item):
            lifecycle.transition(session, principal, item, "submit", submit_comment)
        out.append((item, f))
    return out


# --- analysis ------------------------------------------------------------------------


def record_analysis(session: Session, f: DocumentFile, proposals: Iterable[Any], needs_review: Iterable[str] = (),
                    text_length: int | None = None) -> int:
    """Store the redactor's proposals (``Proposal`` objects or their ``as_dict()``), replacing earlier ones.

    Decisions refer to proposal ids, which are stable for the same file, so
    they survive a re-analysis.
    """
    session.execute(delete(RedactionProposal).where(RedactionProposal.file_id == f.id))
    n = 0
    for p in proposals:
        d = p.as_dict() if hasattr(p, "as_dict") else dict(p)
        session.add(RedactionProposal(
            file_id=f.id, proposal_id=d["id"], start_offset=d["start"], end_offset=d["end"], page=d.get("page"),
            location=d.get("where") or "", text=d["text"], label=d["label"], basis=d["basis"],
            score=float(d["score"]), detector=d["detector"], explanation=str(d.get("explanation") or ""),
            explanation_parts=explanation_parts(d.get("explanation"), d.get("explanation_parts")),
            action=d["action"], keep_reason=d.get("keep_reason")))
        n += 1
    f.needs_review = list(needs_review)
    f.analysed_at = utcnow()
    if text_length is not None:
        f.text_length = text_length
    session.flush()
    session.expire(f, ["proposals"])
    return n


def explanation_parts(why: object, stored: object = None) -> dict[str, Any] | None:
    """The parts of a proposal's explanation to store (``redactor.explain.Explanation.parts()``), or
    ``stored`` (a dict's ``explanation_parts``, e.g. a copy of a stored row); None when the reason is
    plain text or says nothing beyond its text."""
    from redactor.explain import Explanation

    if isinstance(why, Explanation):
        parts = why.parts()
        return parts if parts["pattern"] or parts["checksum"] is not None or parts["context"] or \
            parts["changes"] or parts["notes"] else None
    return stored if isinstance(stored, dict) else None


Progress = Callable[[str, int, int], None]
"""``progress(phase, done, total)``: the analysis reports ``("extract", 0, pages)`` before it starts, then
``("ocr", n, scanned pages)`` as the redactor reads each scanned page (``redactor.formats.base.Progress``)."""
OnDocument = Callable[[Path, "Analysis"], None]
"""Called with the temporary copy of the original and the redactor's analysis, before both go away."""


@dataclass(frozen=True)
class AnalysisJob:
    """What the analysis of one file needs from the database, read in a short session."""

    file_id: int
    sha256: str
    format: str
    profile: AgencyProfile


@dataclass(frozen=True)
class AnalysisOutcome:
    """The redactor's findings for one file, to be stored by ``store_analysis``."""

    proposals: list[Proposal]
    needs_review: list[str]
    text_length: int


def prepare_analysis(session: Session, principal: Principal, f: DocumentFile) -> AnalysisJob:
    """Check the principal may analyse ``f`` and read what ``run_analysis`` needs (the agency profile)."""
    from library.agency import agency_profile

    _require_redact(principal, item_of(session, f))
    return AnalysisJob(f.id, f.original_sha256, f.format, agency_profile(session))


def run_analysis(lib: Library, job: AnalysisJob, *, progress: Progress | None = None,
                 on_document: OnDocument | None = None) -> AnalysisOutcome:
    """Run the redactor's analysis on a temporary copy of the original; no database needed.

    Workers call this outside any transaction (an analysis with OCR takes
    minutes) between ``prepare_analysis`` and ``store_analysis``; ``analyse``
    does all three in the caller's session.
    """
    from redactor.pipeline import analyse as analyse_document

    with tempfile.TemporaryDirectory(prefix="phoei-analyse-") as tmp:
        path = Path(tmp) / f"original{SUFFIXES[job.format]}"
        lib.stores.private.copy_to(job.sha256, path)
        if progress is not None:
            progress("extract", 0, page_count(path, job.format))
        # The redactor reports the OCR of scanned pages as ("ocr", pages read, pages to read).
        analysis = analyse_document(path, job.profile, max_bytes=lib.config.max_upload_bytes, progress=progress)
        try:
            outcome = AnalysisOutcome(list(analysis.proposals), list(analysis.needs_review),
                                      len(analysis.doc.textmap.text))
            if on_document is not None:
                on_document(path, analysis)
        finally:
            analysis.doc.close()
    return outcome


def store_analysis(session: Session, principal: Principal, f: DocumentFile, outcome: AnalysisOutcome) -> int:
    """Store an analysis's proposals (``record_analysis``) and audit it; returns the number of proposals."""
    item = item_of(session, f)
    _require_redact(principal, item)
    n = record_analysis(session, f, outcome.proposals, outcome.needs_review, outcome.text_length)
    counts: dict[str, int] = {}
    for p in outcome.proposals:
        counts[p.action] = counts.get(p.action, 0) + 1
    audit.record(session, principal, "file.analyse", item, file_id=f.id, proposals=n,
                 needs_review=len(outcome.needs_review), **{f"action_{k}": v for k, v in sorted(counts.items())})
    return n


def analyse(session: Session, principal: Principal, f: DocumentFile, *, progress: Progress | None = None,
            on_document: OnDocument | None = None) -> int:
    """Run the redactor's analysis on the original with the agency profile from the database.

    ``progress`` and ``on_document`` are passed to ``run_analysis``. The caller's
    session stays open throughout: a worker that must not hold a transaction that
    long calls ``prepare_analysis``, ``run_analysis`` and ``store_analysis`` itself.
    """
    job = prepare_analysis(session, principal, f)
    outcome = run_analysis(library_of(session), job, progress=progress, on_document=on_document)
    return store_analysis(session, principal, f, outcome)


def page_count(path: Path, fmt: str) -> int:
    """Pages of a PDF, for progress reports (0 for other formats, or when it cannot be opened)."""
    if fmt != "pdf":
        return 0
    from redactor.formats.pdf import page_count as pdf_pages

    try:
        return pdf_pages(path)
    except Exception:  # the analysis reports the real problem
        return 0


def files_awaiting_analysis(session: Session) -> list[DocumentFile]:
    """Current files of live items that were uploaded and never analysed (the worker's backlog), oldest first."""
    return list(session.scalars(
        select(DocumentFile).join(Content, Content.current_file_id == DocumentFile.id)
        .where(DocumentFile.analysed_at.is_(None), Content.deleted_at.is_(None))
        .order_by(DocumentFile.id)))


def proposals(session: Session, principal: Principal, f: DocumentFile) -> list[RedactionProposal]:
    """The proposals with their text: for those who may see the original only."""
    require(principal, wf.VIEW_ORIGINAL, item_of(session, f))
    return list(f.proposals)


# --- decisions -----------------------------------------------------------------------


def _basis(basis: str | None) -> str | None:
    from redactor.types import BASES

    if basis is not None and basis not in BASES:
        raise Invalid(f"unknown legal basis {basis!r} (one of {', '.join(BASES)})")
    return basis


def decide(session: Session, principal: Principal, f: DocumentFile, proposal_id: str, action: str,
           basis: str | None = None, note: str = "") -> RedactionDecision:
    """Accept or reject one proposal (the latest decision on a proposal is the one in force)."""
    item = item_of(session, f)
    require(principal, wf.REDACT, item)
    if action not in DECISION_ACTIONS:
        raise Invalid(f"a decision is 'accept' or 'reject', not {action!r}")
    prop = session.scalar(select(RedactionProposal).where(RedactionProposal.file_id == f.id,
                                                          RedactionProposal.proposal_id == proposal_id))
    if prop is None:
        raise NotFound(f"no proposal {proposal_id!r} for this file")
    d = RedactionDecision(file_id=f.id, key=proposal_id, proposal_id=proposal_id, label=prop.label, action=action,
                          basis=_basis(basis), note=note, reviewer_id=principal.user_id,
                          reviewer_name=principal.name, decided_at=utcnow())
    session.add(d)
    session.flush()
    audit.record(session, principal, "redaction.decide", item, file_id=f.id, proposal_id=proposal_id,
                 label=prop.label, action=action, basis=basis or prop.basis)
    return d


def add_manual(session: Session, principal: Principal, f: DocumentFile, start: int, end: int, label: str,
               basis: str, note: str = "") -> RedactionDecision:
    """A region the detectors missed, by character offsets into the document's text."""
    item = item_of(session, f)
    require(principal, wf.REDACT, item)
    if not (0 <= start < end) or (f.text_length is not None and end > f.text_length):
        raise Invalid(f"manual region {start}-{end} is outside the document's text")
    if not _basis(basis):
        raise Invalid("a manual redaction needs its legal basis")
    d = RedactionDecision(file_id=f.id, key=f"m:{start}-{end}", manual_start=start, manual_end=end,
                          label=label or "MANUAL", action="accept", basis=basis, note=note,
                          reviewer_id=principal.user_id, reviewer_name=principal.name, decided_at=utcnow())
    session.add(d)
    session.flush()
    audit.record(session, principal, "redaction.manual", item, file_id=f.id, start=start, end=end, label=d.label,
                 basis=basis)
    return d


def remove_manual(session: Session, principal: Principal, f: DocumentFile, start: int, end: int,
                  note: str = "") -> RedactionDecision:
    item = item_of(session, f)
    require(principal, wf.REDACT, item)
    key = f"m:{start}-{end}"
    if key not in current_decisions(session, f):
        raise NotFound(f"no manual region {start}-{end}")
    d = RedactionDecision(file_id=f.id, key=key, manual_start=start, manual_end=end, action="reject", note=note,
                          reviewer_id=principal.user_id, reviewer_name=principal.name, decided_at=utcnow())
    session.add(d)
    session.flush()
    audit.record(session, principal, "redaction.manual_removed", item, file_id=f.id, start=start, end=end)
    return d


def confirm_scans_reviewed(session: Session, principal: Principal, f: DocumentFile, note: str = "") -> None:
    """A reviewer has checked the pages the redactor cannot read (scans) by eye."""
    item = item_of(session, f)
    require(principal, wf.REDACT, item)
    f.reviewed_scans = True
    audit.record(session, principal, "redaction.scans_reviewed", item, file_id=f.id, note=note)


def four_eyes_problem(session: Session, principal: Principal, item: Content, action: str,
                      f: DocumentFile | None = None) -> str | None:
    """The four-eyes rule for redacting (deciding, applying) and publishing an item.

    It looks at who made what is checked, not at the item's owner:

    * a file: whoever uploaded the item's *current* file may neither decide its redactions, apply
      them nor publish it;
    * typed text (``library.typed``: title, body, description, …): whoever wrote the text as it is
      now (``typed.authors``) may neither decide nor apply its redactions, and, when the text holds
      anything to withhold or review, may not publish it either.

    Publishing also needs the decisions in force to come from someone other than that uploader or
    those authors (decisions made while the rule was off do not count as checked). ``f`` is the
    document being decided (a file, or a typed-text check); without it, the item's current file.
    ``None`` when the action may go ahead. Whether the rule is in force is the caller's setting
    (``PHOEI_FOUR_EYES`` in the web layer).
    """
    from library import typed

    if f is not None and f.format == typed.TEXT_FORMAT:
        writers = typed.authors(session, item)
        if principal.name in writers:
            return f"{principal.name} wrote the typed text of this item and may not also {action} its redactions"
        return None
    current = session.get(DocumentFile, item.current_file_id) if item.current_file_id is not None else None
    if current is not None:
        uploader = current.uploaded_by
        if principal.name == uploader:
            return f"{uploader} uploaded the current file and may not also {action} it"
        if action == "publish":
            own = sorted({d.key for d in current_decisions(session, current).values() if d.reviewer_name == uploader})
            if own:
                return (f"{len(own)} redaction decision(s) in force were made by {uploader}, who uploaded the "
                        "current file; someone else must decide them")
    if action == "publish":
        # Any check of the typed text that found something to withhold or review (a masked text checks
        # clean afterwards, but its redactions were still approved for it).
        checks = typed.text_documents(session, item)
        decided = [d for t in checks for d in current_decisions(session, t).values()]
        if decided or any(p.action in ("redact", "review") for t in checks for p in t.proposals):
            writers = typed.authors(session, item)
            if principal.name in writers:
                return (f"{principal.name} wrote the typed text of this item, which holds redactions to approve, "
                        "and may not also publish it")
            own = sorted({d.key for d in decided if d.reviewer_name in writers})
            if own:
                return (f"{len(own)} redaction decision(s) on the typed text were made by its author; "
                        "someone else must decide them")
    return None


def current_decisions(session: Session, f: DocumentFile) -> dict[str, RedactionDecision]:
    """The decision in force for each proposal or manual region (the latest row per key)."""
    rows = session.scalars(select(RedactionDecision).where(RedactionDecision.file_id == f.id)
                           .order_by(RedactionDecision.id)).all()
    out: dict[str, RedactionDecision] = {}
    for d in rows:
        out[d.key] = d
    return out


def decisions_document(session: Session, f: DocumentFile) -> dict[str, Any]:
    """The decisions in the redactor's format (``redactor.pipeline.redactions_from``)."""
    decisions: list[dict[str, Any]] = []
    for _key, d in sorted(current_decisions(session, f).items(), key=lambda kv: kv[0]):
        if d.proposal_id is not None:
            entry: dict[str, Any] = {"id": d.proposal_id, "action": d.action}
            if d.basis:
                entry["basis"] = d.basis
            decisions.append(entry)
        elif d.action == "accept":
            decisions.append({"manual": {"start": d.manual_start, "end": d.manual_end},
                              "label": d.label or "MANUAL", "basis": d.basis or "15(5)"})
    return {"default": "policy", "decisions": decisions, "reviewed_scans": bool(f.reviewed_scans)}


def decisions_digest(doc: Mapping[str, Any]) -> str:
    return hashlib.sha256(json.dumps(doc, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def undecided_reviews(session: Session, f: DocumentFile) -> list[RedactionProposal]:
    """Proposals that policy leaves to a human (``review``) and nobody has decided yet."""
    decided = current_decisions(session, f)
    return [p for p in f.proposals if p.action == "review" and p.proposal_id not in decided]


# --- apply and verify ----------------------------------------------------------------


def record_verification(session: Session, principal: Principal, f: DocumentFile, *, passed: bool,
                        report: Mapping[str, Any], redacted: bytes | Path | None, digest_of_decisions: str,
                        message: str = "", redaction_count: int = 0) -> Verification:
    """Store a verification (and the cleaned copy, in the private store until publication)."""
    item = item_of(session, f)
    sha = None
    if redacted is not None:
        if not passed:
            raise Invalid("a cleaned copy that failed verification is never stored")
        stores = library_of(session).stores
        sha = stores.private.put_file(redacted) if isinstance(redacted, Path) else stores.private.put_bytes(redacted)
    v = Verification(file_id=f.id, passed=passed, report=dict(report), message=message, redacted_sha256=sha,
                     redaction_count=redaction_count, decisions_digest=digest_of_decisions,
                     created_by=principal.name, at=utcnow())
    session.add(v)
    session.flush()
    session.expire(f, ["verifications"])
    audit.record(session, principal, "redaction.apply", item, file_id=f.id, passed=passed, redacted_sha256=sha,
                 redactions=redaction_count, message=message)
    outbox.mark_done(session, [m.id for m in outbox.pending(session, 1000, topics=["file.apply"])
                               if m.payload.get("file_id") == f.id])
    if not passed:
        outbox.emit(session, "verification.failed", item, file_id=f.id, verification_id=v.id,
                    actor_id=principal.user_id, uploaded_by=f.uploaded_by)
    return v


def request_apply(session: Session, principal: Principal, f: DocumentFile) -> None:
    """Note, in the caller's transaction, that the decisions on ``f`` are to be applied by the worker
    (``file.apply`` in the outbox until a verification is recorded): a job lost with a killed worker
    is queued again from it (``applies_awaiting``)."""
    _require_redact(principal, item_of(session, f))
    outbox.emit(session, "file.apply", item_of(session, f), file_id=f.id, user_id=principal.user_id)


def applies_awaiting(session: Session) -> list[tuple[int, int | None]]:
    """(file id, who asked) of every apply asked for and not yet recorded, oldest first, one per file."""
    out: dict[int, int | None] = {}
    for m in outbox.pending(session, 1000, topics=["file.apply"]):
        fid = m.payload.get("file_id")
        if isinstance(fid, int):
            out[fid] = m.payload.get("user_id")
    return list(out.items())


def apply(session: Session, principal: Principal, f: DocumentFile, *, label_boxes: bool | None = None
          ) -> Verification:
    """Apply the decisions in force with the redactor and record its verification (passed or not).

    ``label_boxes`` (default: the agency's ``label_boxes`` setting, on unless switched off) puts the
    legal basis on every PDF box and at the end of every DOCX mask."""
    from library.agency import agency_profile
    from redactor.errors import PhoeiError
    from redactor.pipeline import redact

    if f.format == "text":  # an item's typed fields (library.typed)
        from library.typed import apply_text

        return apply_text(session, principal, f)
    item = item_of(session, f)
    _require_redact(principal, item)
    if label_boxes is None:
        from library import settings

        label_boxes = bool(settings.get(session, "label_boxes"))
    lib = library_of(session)
    doc = decisions_document(session, f)
    digest = decisions_digest(doc)
    with tempfile.TemporaryDirectory(prefix="phoei-apply-") as tmp:
        src = Path(tmp) / f"original{SUFFIXES[f.format]}"
        out = Path(tmp) / f"clean{SUFFIXES[f.format]}"
        lib.stores.private.copy_to(f.original_sha256, src)
        try:
            result = redact(src, out, decisions=doc, profile=agency_profile(session), label_boxes=label_boxes)
        except PhoeiError as exc:  # verification failed, needs review, bad decisions, corrupt file
            return record_verification(session, principal, f, passed=False, report={"error": type(exc).__name__},
                                       redacted=None, digest_of_decisions=digest, message=str(exc))
        from redactor.ruleset import ruleset_version

        report = {**result.report(), "warnings": result.warnings, "ruleset": ruleset_version()}
        if f.format == "docx":  # a verified PDF rendition beside the DOCX, or why there is none
            from library import renditions

            try:
                pdf, report[renditions.KEY] = renditions.make(out, result, Path(tmp))
            except renditions.RenditionLeak as exc:  # fail closed: no cleaned copy at all
                return record_verification(session, principal, f, passed=False,
                                           report={"error": "RenditionLeak"}, redacted=None,
                                           digest_of_decisions=digest, message=str(exc))
            if pdf is not None:
                report[renditions.KEY]["sha256"] = lib.stores.private.put_file(pdf)
        v = record_verification(session, principal, f, passed=result.verification.passed,
                                report=report, redacted=out,
                                digest_of_decisions=digest, redaction_count=len(result.redactions))
        crashpoints.reach("apply.recorded")  # the cleaned copy stored, the transaction not yet committed
        return v


def latest_verification(session: Session, f: DocumentFile) -> Verification | None:
    return session.scalar(select(Verification).where(Verification.file_id == f.id)
                          .order_by(Verification.id.desc()).limit(1))


def verification_problems(session: Session, item: Content) -> list[str]:
    """Why the item's current file may not be published yet (empty: it may)."""
    if item.current_file_id is None:
        return ["no document has been uploaded"]
    f = file_of(session, item.current_file_id)
    if f.analysed_at is None:
        return ["the document has not been analysed for redaction"]
    problems = []
    undecided = undecided_reviews(session, f)
    if undecided:
        problems.append(f"{len(undecided)} proposal(s) need a reviewer's decision")
    v = latest_verification(session, f)
    if v is None:
        problems.append("the redactions have not been applied and verified")
    elif not v.passed:
        problems.append(f"the last verification failed: {v.message or 'see its report'}")
    elif v.decisions_digest != decisions_digest(decisions_document(session, f)):
        problems.append("decisions changed after the last verification; apply them again")
    elif not v.redacted_sha256 or not library_of(session).stores.private.exists(v.redacted_sha256):
        problems.append("the cleaned copy is missing from the store")
    return problems


def passed_verification(session: Session, item: Content) -> Verification | None:
    if item.current_file_id is None or verification_problems(session, item):
        return None
    return latest_verification(session, file_of(session, item.current_file_id))


# --- reading -------------------------------------------------------------------------


def open_original(session: Session, principal: Principal, f: DocumentFile, reason: str = "") -> bytes:
    """The unredacted original, for staff who may see it. Every call is audited."""
    item = item_of(session, f)
    require(principal, wf.VIEW_ORIGINAL, item)
    data = library_of(session).stores.private.read_bytes(f.original_sha256)
    audit.record(session, principal, "original.download", item, file_id=f.id, sha256=f.original_sha256,
                 reason=reason)
    return data


def record_original_view(session: Session, principal: Principal, f: DocumentFile, where: str) -> None:
    """Someone saw the unredacted original on screen (page images, its text): audited like a download."""
    item = item_of(session, f)
    require(principal, wf.VIEW_ORIGINAL, item)
    audit.record(session, principal, "original.view", item, file_id=f.id, sha256=f.original_sha256, where=where)


@dataclass(frozen=True)
class PublicCopy:
    sha256: str
    media_type: str
    filename: str          # ASCII, from the item's slug: the download URL's last segment
    path: Path
    size: int
    display_name: str = ""  # what the saved file is called: the item's title or document number


# Characters no file system or browser takes in a file name, and controls.
_UNSAFE_NAME = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")  # zero-width, bidi
_NAME_BYTES = 200  # UTF-8 bytes before the suffix (Thai takes 3 a letter): file systems allow 255


def download_name(item: Content, suffix: str) -> str:
    """A safe, readable file name for the published copy: the item's title, else its document
    number, else its slug; NFC, without characters that file systems refuse, path separators,
    control and bidi characters, or leading dots; cut at a word boundary."""
    for source in (item.title, item.document_number, item.slug):
        name = unicodedata.normalize("NFC", source or "")
        name = _UNSAFE_NAME.sub(" ", _INVISIBLE.sub("", name))
        name = " ".join(name.split()).strip(" .")
        if len(name.encode()) > _NAME_BYTES:
            fits = len(name.encode()[:_NAME_BYTES].decode("utf-8", "ignore"))
            cut = name.rfind(" ", 0, fits)
            name = name[: cut if cut > fits // 2 else fits].rstrip(" .")
        if name:
            return name + suffix
    return "document" + suffix


def public_copy(session: Session, principal: Principal, item: Content) -> PublicCopy:
    """The published cleaned copy, checksum verified. The filename comes from the item's id, never
    from the uploaded name (which may itself hold a name or an ID number)."""
    if not may(principal, wf.VIEW, item):
        raise Forbidden(f"{item.path} is not available")
    if not item.published_sha256 or item.published_file_id is None:
        raise NotFound(f"{item.path} has no published document")
    f = file_of(session, item.published_file_id)
    store = library_of(session).stores.public
    from library.errors import StorageCorrupted

    try:
        # The store's file (a folder store), or a verified copy in this machine's cache (S3).
        path = store.local_copy(item.published_sha256)
    except StorageCorrupted:
        raise StorageCorrupted(f"public copy of {item.path} is missing or does not match its checksum") from None
    suffix = SUFFIXES.get(f.format, "")
    return PublicCopy(item.published_sha256, f.media_type, f"{item.slug}{suffix}", path, path.stat().st_size,
                      download_name(item, suffix))


def is_downloadable(item: Content) -> bool:
    return bool(item.published_sha256) and is_public(item)
