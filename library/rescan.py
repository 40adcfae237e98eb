"""Re-scan of the published library (guideline §4.1): what is public, read again with today's rules.

``rescan(lib)`` runs the current detectors, policy and model (``redactor.ruleset``) over
every published copy (the redacted file in the public store, as a citizen downloads it),
the PDF rendition published beside a DOCX (``library.renditions``: a citizen downloads it
too, and LibreOffice's layout is read back as PDF text, not as the DOCX's parts) and every
published text (``library.typed``). What they find there that is to be withheld
or looked at (``redact`` or ``review``) becomes a ``RescanFinding``: a review task for the
reviewers, never a silent change to what is published. The agency setting
``rescan_takedown`` decides what happens meanwhile: off (default), the item stays up and
the finding raises an alert (outbox ``rescan.findings``); on, the item is also retracted
until a reviewer has dealt with it.

Each check is recorded with the ruleset version it used (``RescanCheck``), and every
verification records the version it ran with, so a default run scans only what older
rules checked (``--all``: everything; ``--since-model V``: what version V checked).
The audit log records every run, every finding's item, every take-down and every
reviewer's answer; ``counts`` gives the figures for the dashboard and the monthly report.
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from library import audit, outbox, settings
from library import workflow as wf
from library.db import Library
from library.errors import Invalid, NotFound
from library.models import Content, DocumentFile, RescanCheck, RescanFinding, Verification, utcnow
from library.security import Principal, require

SCANNER = "rescan"
FLAGGED = ("redact", "review")
STATUSES = ("open", "dismissed", "taken_down", "resolved")
RENDITION = "rendition"  # the source of a DOCX item's published PDF rendition (beside "file" and "text")


@dataclass
class RescanReport:
    ruleset: str
    scanned: int = 0  # published copies and texts read again
    skipped: int = 0  # already checked with this ruleset (or not the version asked for)
    findings: int = 0  # new findings
    items_flagged: list[str] = field(default_factory=list)  # paths of items with new findings
    taken_down: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def last_ruleset(session: Session, item: Content, source: str, sha: str) -> str | None:
    """The ruleset that last checked this published copy or text: a re-scan, or the verification that let
    it out."""
    rc = session.scalar(select(RescanCheck.ruleset).where(RescanCheck.item_id == item.id, RescanCheck.source == source,
                                                          RescanCheck.sha256 == sha)
                        .order_by(RescanCheck.id.desc()).limit(1))
    if rc is not None:
        return rc
    if source == RENDITION and item.published_sha256:
        # A rendition is made and verified by the apply that wrote the DOCX it renders: that
        # verification's ruleset checked both.
        sha = item.published_sha256
    # The verified output is content-addressed: a published copy's digest, or the digest of the typed
    # text as masked (library.typed stores it the same way). Text published with nothing to mask has
    # no verification: its first re-scan records one.
    v = session.scalar(select(Verification).join(DocumentFile, DocumentFile.id == Verification.file_id)
                       .where(Verification.redacted_sha256 == sha, Verification.passed,
                              DocumentFile.item_id == item.id)
                       .order_by(Verification.id.desc()).limit(1))
    return (v.report or {}).get("ruleset") if v is not None else None


Targets = list[tuple[int, str, str]]  # (item id, source, sha256)


def targets(session: Session) -> Targets:
    """Every published copy, PDF rendition and published text, as (item id, "file" | "rendition" |
    "text", digest)."""
    from library.typed import fields_digest, fields_of

    out: Targets = []
    rows = session.scalars(select(Content).where(Content.state.in_(wf.PUBLIC_STATES), Content.deleted_at.is_(None))
                           .order_by(Content.id)).all()
    for item in rows:
        if item.published_sha256:
            out.append((item.id, "file", item.published_sha256))
        if item.published_rendition_sha256:
            out.append((item.id, RENDITION, item.published_rendition_sha256))
        if any(fields_of(item).values()):
            out.append((item.id, "text", fields_digest(fields_of(item))))
    return out


def _proposals_of_file(lib: Library, item: Content, sha: str, profile: Any, detectors: Any,
                       fmt: str | None = None) -> list[Any]:
    """The proposals for a published copy (``fmt``: its format, else the published file's)."""
    from library.redaction import SUFFIXES
    from redactor.pipeline import analyse

    f = item.published_file
    suffix = SUFFIXES.get(fmt or (f.format if f is not None else "pdf"), ".pdf")
    with tempfile.TemporaryDirectory(prefix="phoei-rescan-") as tmp:
        path = Path(tmp) / f"published{suffix}"
        path.write_bytes(lib.stores.public.read_bytes(sha))
        analysis = analyse(path, profile, detectors, max_bytes=lib.config.max_upload_bytes)
        try:
            return list(analysis.proposals)
        finally:
            analysis.doc.close()


def _proposals_of_text(item: Content, profile: Any, detectors: Any) -> list[Any]:
    from library.typed import fields_of
    from redactor.plaintext import analyse_fields

    return list(analyse_fields(fields_of(item), profile, detectors).proposals)


def rescan(lib: Library, principal: Principal | None = None, *, everything: bool = False,
           since_ruleset: str | None = None, detectors: Any = None, ruleset: str | None = None,
           progress: Callable[[int, int], None] | None = None) -> RescanReport:
    """Re-scan what is public; one short transaction per item, none held while detecting."""
    from library.agency import agency_profile
    from redactor.ruleset import ruleset_version

    principal = principal or Principal.system(SCANNER)
    version = ruleset or ruleset_version()
    report = RescanReport(version)
    with lib.session() as s:
        todo = targets(s)
        profile = agency_profile(s)
        chosen: Targets = []
        for item_id, source, sha in todo:
            item = s.get(Content, item_id)
            assert item is not None
            last = last_ruleset(s, item, source, sha)
            if everything or (since_ruleset is not None and last == since_ruleset) or (
                    since_ruleset is None and last != version):
                chosen.append((item_id, source, sha))
            else:
                report.skipped += 1
    for n, (item_id, source, sha) in enumerate(chosen):
        if progress is not None:
            progress(n, len(chosen))
        with lib.session() as s:
            item = s.get(Content, item_id)
            if item is None or item.state not in wf.PUBLIC_STATES:
                continue
            try:
                props = (_proposals_of_text(item, profile, detectors) if source == "text"
                         else _proposals_of_file(lib, item, sha, profile, detectors,
                                                 "pdf" if source == RENDITION else None))
            except Exception as exc:  # one unreadable copy must not stop the run; it is reported
                report.errors.append(f"{item.path} ({source}): {type(exc).__name__}: {exc}")
                continue
        flagged = [p for p in props if p.action in FLAGGED]
        with lib.transaction() as s:
            item = s.get(Content, item_id)
            if item is None:
                continue
            new = record(s, principal, item, source, sha, version, flagged)
            report.scanned += 1
            report.findings += len(new)
            if new:
                report.items_flagged.append(item.path)
                if settings.get(s, "rescan_takedown") and item.state in wf.PUBLIC_STATES:
                    take_down(s, principal, item, f"re-scan found {len(new)} item(s) to review")
                    report.taken_down.append(item.path)
    with lib.transaction() as s:
        audit.record(s, principal, "rescan.run", None, ruleset=version, scanned=report.scanned,
                     skipped=report.skipped, findings=report.findings, items=len(report.items_flagged),
                     taken_down=len(report.taken_down), errors=len(report.errors))
    return report


def record(session: Session, principal: Principal, item: Content, source: str, sha: str, version: str,
           flagged: list[Any]) -> list[RescanFinding]:
    """Store one check and its new findings (one already known, open or answered, is not raised again).

    Open findings of this source that the check no longer sees are resolved: the public copy changed.
    """
    check = RescanCheck(item_id=item.id, source=source, sha256=sha, ruleset=version, findings=0, at=utcnow())
    session.add(check)
    session.flush()
    known = {(f.label, f.text_sha256): f for f in session.scalars(
        select(RescanFinding).where(RescanFinding.item_id == item.id, RescanFinding.source == source))}
    seen = set()
    new: list[RescanFinding] = []
    for p in flagged:
        key = (p.label, _sha(p.text))
        seen.add(key)
        if key in known:
            continue
        f = RescanFinding(item_id=item.id, check_id=check.id, source=source, location=p.where or "", page=p.page,
                          label=p.label, basis=p.basis, detector=p.detector, score=float(p.score),
                          explanation=p.explanation or "", text=p.text, text_sha256=key[1], status="open",
                          created_at=utcnow())
        session.add(f)
        known[key] = f
        new.append(f)
    for key, f in known.items():
        if f.status == "open" and key not in seen:
            f.status, f.decided_by, f.decided_at, f.note = "resolved", principal.name, utcnow(), "no longer found"
    check.findings = len(new)
    session.flush()
    if new:
        labels: dict[str, int] = {}
        for f in new:
            labels[f.label] = labels.get(f.label, 0) + 1
        audit.record(session, principal, "rescan.finding", item, source=source, ruleset=version, findings=len(new),
                     labels=labels, finding_ids=[f.id for f in new])
        outbox.emit(session, "rescan.findings", item, source=source, ruleset=version, findings=len(new),
                    labels=labels, finding_ids=[f.id for f in new])
    return new


def take_down(session: Session, principal: Principal, item: Content, reason: str) -> None:
    """Retract the item until a reviewer has looked (the agency's ``rescan_takedown`` setting)."""
    from library import lifecycle

    lifecycle.transition(session, principal, item, "retract", reason)
    _analyse_again(session, item)
    for f in session.scalars(select(RescanFinding).where(RescanFinding.item_id == item.id,
                                                         RescanFinding.status == "open")):
        f.note = "item taken down until reviewed"
    audit.record(session, principal, "rescan.takedown", item, reason=reason)


def _analyse_again(session: Session, item: Content) -> None:
    """The item's original goes back to the worker's backlog, to be analysed with today's rules (its
    reviewers' decisions stay: proposal ids are stable for the same file)."""
    if item.current_file_id is not None:
        f = session.get(DocumentFile, item.current_file_id)
        if f is not None:
            f.analysed_at = None


def open_findings(session: Session, principal: Principal) -> list[RescanFinding]:
    """Open findings on items ``principal`` may review (``view_original``), oldest first."""
    from library.security import may

    rows = session.scalars(select(RescanFinding).where(RescanFinding.status == "open")
                           .order_by(RescanFinding.id)).all()
    out = []
    for f in rows:
        item = session.get(Content, f.item_id)
        if item is not None and item.deleted_at is None and may(principal, wf.VIEW_ORIGINAL, item):
            out.append(f)
    return out


def answer(session: Session, principal: Principal, finding_id: int, action: str, note: str = "") -> RescanFinding:
    """A reviewer's answer: ``dismiss`` (it may stay public) or ``take_down`` (retract the item to redact it)."""
    f = session.get(RescanFinding, finding_id)
    if f is None:
        raise NotFound(f"no re-scan finding {finding_id}")
    item = session.get(Content, f.item_id)
    assert item is not None
    require(principal, wf.VIEW_ORIGINAL, item)
    if action not in ("dismiss", "take_down"):
        raise Invalid(f"an answer is 'dismiss' or 'take_down', not {action!r}")
    if f.status != "open":
        raise Invalid(f"finding {finding_id} is already {f.status}")
    if action == "take_down":
        if item.state in wf.PUBLIC_STATES:
            from library import lifecycle

            lifecycle.transition(session, principal, item, "retract",
                                 note or f"re-scan: {f.label} to redact in the published {f.source}")
            _analyse_again(session, item)
        f.status = "taken_down"
    else:
        f.status = "dismissed"
    f.decided_by, f.decided_at, f.note = principal.name, utcnow(), note
    audit.record(session, principal, f"rescan.{action}", item, finding_id=f.id, label=f.label, source=f.source,
                 note=note)
    return f


def counts(session: Session) -> dict[str, Any]:
    """Figures for the staff dashboard and the monthly report."""
    by_status = dict.fromkeys(STATUSES, 0)
    for status, n in session.execute(select(RescanFinding.status, func.count()).group_by(RescanFinding.status)):
        by_status[status] = int(n)
    by_label = {label: int(n) for label, n in session.execute(
        select(RescanFinding.label, func.count()).group_by(RescanFinding.label).order_by(RescanFinding.label))}
    last = session.scalar(select(RescanCheck.at).order_by(RescanCheck.id.desc()).limit(1))
    return {"findings": by_status, "by_label": by_label,
            "items_with_open_findings": int(session.scalar(
                select(func.count(func.distinct(RescanFinding.item_id))).where(RescanFinding.status == "open")) or 0),
            "checks": int(session.scalar(select(func.count()).select_from(RescanCheck)) or 0),
            "last_check_at": last}


def findings_of(session: Session, item: Content) -> list[RescanFinding]:
    return list(session.scalars(select(RescanFinding).where(RescanFinding.item_id == item.id)
                                .order_by(RescanFinding.id)))


def library_ruleset_summary(session: Session) -> dict[str, int]:
    """How many published copies and texts each ruleset last checked (for ``--since-model``)."""
    out: dict[str, int] = {}
    for item_id, source, sha in targets(session):
        item = session.get(Content, item_id)
        assert item is not None
        v = last_ruleset(session, item, source, sha) or "unknown"
        out[v] = out.get(v, 0) + 1
    return out

