"""Typed text through the redactor: every field of an item that can become public.

Titles, descriptions, keywords, bodies and link targets are public as soon as
the item is. They go through the same detectors and policy as a file's text
(``redactor.plaintext``), and through the same review: the fields are stored as
one JSON blob in the private store and recorded as a ``DocumentFile`` of format
``text`` (never the item's ``current_file``), whose proposals, decisions and
verifications use the same tables, screens and rules as a PDF's.

* ``check`` analyses the fields as they are now (a new text document when they
  changed; decisions in force on proposals that are still there — same place,
  same text, same label — carry over).
* ``apply_text`` masks the accepted redactions (``█``, one per character, so
  offsets and ids of the rest stay), verifies the output fail-closed, writes it
  to the item as a new version (the original stays in the history, for staff),
  and checks the result again.
* ``text_problems``: why the typed text may not be published yet — not checked
  in its current form, a proposal undecided, or an accepted redaction not yet
  applied. Publishing is refused while there is any.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from library import audit, versions
from library import workflow as wf
from library.db import library_of
from library.errors import Invalid, NotReady
from library.models import Content, DocumentFile, RedactionDecision, Verification, utcnow
from library.roles import SYSTEM
from library.security import Principal, require

TEXT_FORMAT = "text"
MEDIA_TYPE = "application/json"
# Every field a citizen can read, in the order the review screen shows them.
TEXT_FIELDS = ("title", "description", "keywords", "body", "remote_url")
KEYWORD_SEPARATOR = "\n"
MASK = "\u2588"


def fields_of(item: Content) -> dict[str, str]:
    """The item's publishable typed text, field by field (keywords one per line)."""
    out: dict[str, str] = {}
    for name in TEXT_FIELDS:
        value = getattr(item, name, None)
        if name == "keywords":
            value = KEYWORD_SEPARATOR.join(value or [])
        out[name] = value or ""
    return out


def blob_of(fields: dict[str, str]) -> bytes:
    return json.dumps(fields, ensure_ascii=False, sort_keys=True).encode("utf-8")


def fields_digest(fields: dict[str, str]) -> str:
    return hashlib.sha256(blob_of(fields)).hexdigest()


def text_documents(session: Session, item: Content) -> list[DocumentFile]:
    return list(session.scalars(select(DocumentFile).where(DocumentFile.item_id == item.id,
                                                           DocumentFile.format == TEXT_FORMAT)
                                .order_by(DocumentFile.id)))


def text_document(session: Session, item: Content) -> DocumentFile | None:
    """The latest check of the item's typed text (whatever the text is now)."""
    return session.scalar(select(DocumentFile).where(DocumentFile.item_id == item.id,
                                                     DocumentFile.format == TEXT_FORMAT)
                          .order_by(DocumentFile.id.desc()).limit(1))


def current_text_document(session: Session, item: Content) -> DocumentFile | None:
    """The check of the typed text exactly as it is now, or None when it changed since."""
    f = text_document(session, item)
    if f is None or f.original_sha256 != fields_digest(fields_of(item)):
        return None
    return f


def load_fields(session: Session, f: DocumentFile) -> dict[str, str]:
    data = json.loads(library_of(session).stores.private.read_bytes(f.original_sha256).decode("utf-8"))
    return {name: data.get(name, "") for name in TEXT_FIELDS}


def canonical_text(session: Session, f: DocumentFile) -> str:
    """The text the proposals' offsets index (for the review screen)."""
    from redactor.plaintext import fields_textmap

    return fields_textmap(load_fields(session, f)).text


def check(session: Session, principal: Principal, item: Content) -> DocumentFile:
    """Analyse the typed text as it is now (idempotent: an unchanged text is not analysed again)."""
    from library.agency import agency_profile
    from library.redaction import current_decisions, record_analysis
    from redactor.plaintext import analyse_fields

    fields = fields_of(item)
    digest = fields_digest(fields)
    previous = text_document(session, item)
    if previous is not None and previous.original_sha256 == digest and previous.analysed_at is not None:
        return previous
    lib = library_of(session)
    blob = blob_of(fields)
    sha = lib.stores.private.put_bytes(blob)
    assert sha == digest
    analysis = analyse_fields(fields, agency_profile(session))
    f = DocumentFile(item_id=item.id, original_sha256=sha, filename="typed-text.json", media_type=MEDIA_TYPE,
                     format=TEXT_FORMAT, size=len(blob), uploaded_by=principal.name, uploaded_at=utcnow(),
                     needs_review=[])
    session.add(f)
    session.flush()
    n = record_analysis(session, f, analysis.proposals, (), len(analysis.textmap.text))
    carried = 0
    if previous is not None:
        # A decision holds for the same text at the same place with the same label, where the only
        # change is redactions applied inside it (a kept passage around a masked number).
        old = {p.proposal_id: p for p in previous.proposals}
        by_place = {(p.start_offset, p.end_offset, p.label): p for p in previous.proposals}
        decided = current_decisions(session, previous)
        for p in analysis.proposals:
            was = old.get(p.id) or by_place.get((p.start, p.end, p.label))
            d = decided.get(was.proposal_id) if was is not None else None
            if was is None or d is None or d.proposal_id is None or not _same_but_masked(was.text, p.text):
                continue
            session.add(RedactionDecision(
                file_id=f.id, key=p.id, proposal_id=p.id, label=d.label, action=d.action, basis=d.basis,
                note=d.note or "carried over from the previous check", reviewer_id=d.reviewer_id,
                reviewer_name=d.reviewer_name, decided_at=d.decided_at))
            carried += 1
        session.flush()
    counts: dict[str, int] = {}
    for p in analysis.proposals:
        counts[p.action] = counts.get(p.action, 0) + 1
    audit.record(session, principal, "text.analyse", item, file_id=f.id, sha256=sha, proposals=n,
                 carried_decisions=carried, **{f"action_{k}": v for k, v in sorted(counts.items())})
    return f


def authors(session: Session, item: Content) -> set[str]:
    """Who wrote the item's typed text as it is now: for each non-empty field, whoever last changed it
    in a version (the creator for what is unchanged since). Masking applied redactions (``apply_text``)
    is no writing: the field keeps its author. Four-eyes (``library.redaction.four_eyes_problem``)
    keeps them from approving the redactions of what they wrote."""
    from library.models import Version

    author: dict[str, str] = {}
    before = dict.fromkeys(TEXT_FIELDS, "")
    for v in session.scalars(select(Version).where(Version.item_id == item.id).order_by(Version.number)):
        now = {name: _field_text(v.data.get(name)) for name in TEXT_FIELDS}
        for name in TEXT_FIELDS:
            if now[name] != before[name] and not (name in author and _same_but_masked(before[name], now[name])):
                author[name] = v.actor_name
        before = now
    current = fields_of(item)
    return {author[name] for name in TEXT_FIELDS if current[name] and name in author}


def _field_text(value: Any) -> str:
    if isinstance(value, list):
        return KEYWORD_SEPARATOR.join(str(v) for v in value)
    return "" if value is None else str(value)


def _same_but_masked(before: str, after: str) -> bool:
    """``after`` is ``before`` with some characters masked (``█``) and nothing else changed."""
    return len(before) == len(after) and all(a == b or a == MASK for b, a in zip(before, after, strict=True))


def _analysis_of(session: Session, f: DocumentFile) -> Any:
    """The redactor's view of a stored check (proposals as stored, not re-detected)."""
    from redactor.plaintext import FieldsAnalysis, fields_textmap
    from redactor.types import Proposal

    fields = load_fields(session, f)
    tm = fields_textmap(fields)
    props = [Proposal(p.proposal_id, p.start_offset, p.end_offset, p.text, p.label, p.score, p.basis, p.detector,
                      p.explanation, p.action, p.location, p.page, p.keep_reason)  # type: ignore[arg-type]
             for p in f.proposals]
    from redactor.normalise import normalise

    return FieldsAnalysis(fields, tm, normalise(tm.text), props)


def pending_redactions(session: Session, f: DocumentFile) -> list[Any]:
    """Redactions the decisions in force (and policy, where nobody decided) ask for in this check's text."""
    from library.redaction import decisions_document
    from redactor.plaintext import redactions_for

    doc = decisions_document(session, f)
    return [r for r in redactions_for(_analysis_of(session, f), doc)
            if any(c != MASK and not c.isspace() for c in r.text)]


def text_problems(session: Session, item: Content) -> list[str]:
    """Why the item's typed text may not be published yet (empty: it may)."""
    from library.redaction import undecided_reviews

    fields = fields_of(item)
    if not any(fields.values()):
        return []
    f = current_text_document(session, item)
    if f is None:
        return ["the typed text (title, description, keywords, body, link) has not been checked by the redactor "
                "in its current form"]
    problems = []
    undecided = undecided_reviews(session, f)
    if undecided:
        problems.append(f"{len(undecided)} proposal(s) in the typed text need a reviewer's decision")
    pending = pending_redactions(session, f)
    if pending:
        problems.append(f"{len(pending)} redaction(s) in the typed text are decided but not applied yet")
    return problems


def apply_text(session: Session, principal: Principal, f: DocumentFile) -> Verification:
    """Mask the accepted redactions in the item's fields, verify, store as a new version, check again."""
    from library.redaction import decisions_digest, decisions_document, item_of, record_verification
    from redactor.plaintext import redact_fields
    from redactor.ruleset import ruleset_version

    item = item_of(session, f)
    if SYSTEM not in principal.roles:
        require(principal, wf.REDACT, item)
    if f.format != TEXT_FORMAT:
        raise Invalid("not a typed-text check")
    current = current_text_document(session, item)
    if current is None or current.id != f.id:
        raise NotReady("the typed text changed after this check; check it again")
    from library.redaction import undecided_reviews

    undecided = undecided_reviews(session, f)
    if undecided:
        raise NotReady(f"{len(undecided)} proposal(s) in the typed text need a reviewer's decision")
    doc = decisions_document(session, f)
    digest = decisions_digest(doc)
    analysis = _analysis_of(session, f)
    redactions = pending_redactions(session, f)
    out, report = redact_fields(analysis, redactions)
    if not report.passed:
        return record_verification(session, principal, f, passed=False, report={"verification": report.as_dict()},
                                   redacted=None, digest_of_decisions=digest,
                                   message="verification of the typed text failed")
    v = record_verification(session, principal, f, passed=True,
                            report={"format": TEXT_FORMAT, "verification": report.as_dict(),
                                    "ruleset": ruleset_version(),
                                    "redactions": [{"proposal_id": r.proposal_id, "label": r.label, "basis": r.basis,
                                                    "where": analysis.textmap.where(r.start, r.end)}
                                                   for r in redactions]},
                            redacted=blob_of(out), digest_of_decisions=digest, redaction_count=len(redactions))
    if redactions:
        changed = []
        for name in TEXT_FIELDS:
            new: Any = out[name]
            if name == "keywords":
                new = [k for k in new.split(KEYWORD_SEPARATOR) if k]
            if getattr(item, name) != new and not (getattr(item, name) is None and new == ""):
                setattr(item, name, new)
                changed.append(name)
        item.modified_at = utcnow()
        ver = versions.new_version(session, principal, item,
                                   f"redactions applied to the typed text ({len(redactions)})")
        audit.record(session, principal, "text.apply", item, file_id=f.id, redactions=len(redactions), fields=changed,
                     version=ver.number)
        check(session, principal, item)
    return v


def review_queue(session: Session, principal: Principal) -> list[tuple[Content, DocumentFile | None]]:
    """Typed text before a reviewer: items awaiting review whose text has a proposal to decide or a
    redaction to apply, and every external request without a file (its text is all it has).

    ``(item, check)``: the check is None while the text has not been checked in its current form.
    """
    from library.content import REVIEW_STATES
    from library.content_types import TYPES
    from library.redaction import undecided_reviews
    from library.security import may

    fileless = [t.id for t in TYPES.values() if not t.has_file and not t.folderish]
    rows = session.scalars(select(Content).where(Content.deleted_at.is_(None), Content.state.in_(REVIEW_STATES))
                           .order_by(Content.modified_at)).all()
    out: list[tuple[Content, DocumentFile | None]] = []
    for item in rows:
        if not may(principal, wf.REDACT, item):
            continue
        f = current_text_document(session, item)
        external_request = item.flow == wf.EXTERNAL and item.type in fileless and item.state != "private"
        needs = f is not None and (bool(undecided_reviews(session, f)) or bool(pending_redactions(session, f)))
        if external_request or needs or (f is None and item.state in ("pending", "submitted")
                                         and item.type in fileless):
            out.append((item, f))
    return out
