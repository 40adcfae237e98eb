"""Feedback from the public (seed §4.2): anyone may report wrong or outdated information.

Reports queue with a status; staff who may handle feedback on the item
(``manage_feedback``) move them along this table, and a resolution or
rejection needs a response::

    new ──start──► in_progress ──resolve──► resolved
     │                 │       ──reject───► rejected
     ├──resolve / reject (directly)
    resolved / rejected ──reopen──► in_progress

Contact details are personal data: they are stored for the reply, shown to
staff only, and never written to the audit log (which cannot be erased).

The citizen gets a reference, ``FB-<BE year>-<six digits>`` (human friendly, sequential per
year), and a secret token: the status page is ``/feedback/status/<reference>/<token>``. Only
the token's sha256 is stored, so the database cannot rebuild the address. The status page
shows the status, dates and the agency's answer, never the report's content.

Retention: ``purge`` deletes the content (message, contact details, answer, history notes) of
reports closed longer ago than the retention period; the row stays (reference, kind, status,
dates) for the figures. Outbox topics: ``feedback.received`` on submission (with the item's
``responsible_user_id``, library.currency) and
``feedback.answered`` when staff record an answer (the notifier reads the e-mail from the row).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from library import audit, outbox
from library import workflow as wf
from library.errors import Forbidden, Invalid, NotFound
from library.models import Content, Feedback, FeedbackHistory, utcnow
from library.roles import REVIEWER, SITE_ADMIN
from library.security import Principal, may
from library.thaidate import be_year, to_bangkok

STATUSES = ("new", "in_progress", "resolved", "rejected")
OPEN_STATUSES = ("new", "in_progress")
KINDS = ("incorrect", "outdated", "broken", "other")
MAX_MESSAGE = 5000
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
CLOSED_STATUSES = ("resolved", "rejected")
REFERENCE = re.compile(r"^FB-(\d{4})-(\d{6,})$")
DEFAULT_RETENTION_DAYS = 365
PURGED = ""  # what purged text fields hold


@dataclass(frozen=True)
class Receipt:
    """What the citizen takes away: the reference and the status page's secret token (shown once)."""

    feedback: Feedback
    reference: str
    token: str


@dataclass(frozen=True)
class FeedbackTransition:
    id: str
    sources: tuple[str, ...]
    target: str
    response_required: bool


FEEDBACK_TRANSITIONS = (
    FeedbackTransition("start", ("new",), "in_progress", False),
    FeedbackTransition("resolve", ("new", "in_progress"), "resolved", True),
    FeedbackTransition("reject", ("new", "in_progress"), "rejected", True),
    FeedbackTransition("reopen", ("resolved", "rejected"), "in_progress", False),
)


def submit(session: Session, principal: Principal, item: Content | None, message: str, *, kind: str = "incorrect",
           contact_name: str = "", contact_email: str = "") -> Feedback:
    """File a report on ``item`` (or on the site as a whole when ``None``)."""
    return file_report(session, principal, item, message, kind=kind, contact_name=contact_name,
                       contact_email=contact_email).feedback


def file_report(session: Session, principal: Principal, item: Content | None, message: str, *,
                kind: str = "incorrect", contact_name: str = "", contact_email: str = "") -> Receipt:
    """``submit``, returning the reference and the status token for the citizen."""
    if item is not None and not may(principal, wf.GIVE_FEEDBACK, item):
        raise Forbidden("feedback can only be given on an item you can see")
    message = (message or "").strip()
    if not message:
        raise Invalid("please describe what is wrong or outdated")
    if len(message) > MAX_MESSAGE:
        raise Invalid(f"the message is longer than {MAX_MESSAGE} characters")
    if kind not in KINDS:
        raise Invalid(f"unknown kind {kind!r} (one of {', '.join(KINDS)})")
    contact_email = (contact_email or "").strip()
    if contact_email and not EMAIL.match(contact_email):
        raise Invalid("the e-mail address does not look right")
    now = utcnow()
    token = secrets.token_urlsafe(18)
    fb = Feedback(item_id=item.id if item else None, kind=kind, message=message,
                  contact_name=(contact_name or "").strip()[:200], contact_email=contact_email, status="new",
                  response="", handled_by="", created_at=now, updated_at=now, token_hash=_digest(token))
    _number(session, fb, now)
    fb.history.append(FeedbackHistory(from_status=None, to_status="new", actor_name=principal.name, note="", at=now))
    assert fb.reference is not None
    audit.record(session, principal, "feedback.create", item if item is not None else "site", feedback_id=fb.id,
                 kind=kind, reference=fb.reference)
    from library.currency import responsible_for

    who = responsible_for(session, item) if item is not None else None
    outbox.emit(session, "feedback.received", item, feedback_id=fb.id, reference=fb.reference, kind=kind,
                wants_answer=bool(contact_email), responsible_user_id=who.user.id if who else None)
    return Receipt(fb, fb.reference, token)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _number(session: Session, fb: Feedback, now: datetime, attempts: int = 5) -> None:
    """Give ``fb`` the next reference of its BE year (Bangkok date). Two writers that pick the same
    number meet the unique constraint; the loser takes the next one (inside a savepoint)."""
    year = be_year(to_bangkok(now).date())
    for attempt in range(attempts):
        last = session.scalar(select(func.max(Feedback.ref_number)).where(Feedback.ref_year == year)) or 0
        fb.ref_year, fb.ref_number = year, last + 1
        fb.reference = f"FB-{year}-{last + 1:06d}"
        try:
            with session.begin_nested():
                session.add(fb)
                session.flush()
            return
        except IntegrityError:
            if attempt == attempts - 1:
                raise


def status_of(session: Session, reference: str, token: str) -> Feedback:
    """The report for its status page, when ``token`` is the one handed out with ``reference``.

    An unknown reference and a wrong token are the same ``NotFound``: the page does not tell
    whether a reference exists."""
    reference = (reference or "").strip().upper()
    if not REFERENCE.match(reference) or not token:
        raise NotFound("no such feedback")
    fb = session.scalar(select(Feedback).where(Feedback.reference == reference))
    if fb is None or fb.token_hash is None or not hmac.compare_digest(fb.token_hash, _digest(token)):
        raise NotFound("no such feedback")
    return fb


def may_manage(principal: Principal, fb: Feedback) -> bool:
    if fb.item is not None:
        return may(principal, wf.MANAGE_FEEDBACK, fb.item)
    return bool(principal.roles & {SITE_ADMIN, REVIEWER})


def get(session: Session, principal: Principal, feedback_id: int) -> Feedback:
    fb = session.get(Feedback, feedback_id)
    if fb is None or not may_manage(principal, fb):
        raise NotFound(f"no feedback {feedback_id}")
    return fb


def change(session: Session, principal: Principal, fb: Feedback, action: str, response: str = "") -> Feedback:
    if not may_manage(principal, fb):
        raise Forbidden(f"{principal.name} may not handle this feedback")
    t = next((t for t in FEEDBACK_TRANSITIONS if t.id == action and fb.status in t.sources), None)
    if t is None:
        raise Invalid(f"cannot {action} feedback that is {fb.status}")
    response = (response or "").strip()
    if t.response_required and not response:
        raise Invalid(f"{action} needs a response to the person who reported it")
    now = utcnow()
    fb.history.append(FeedbackHistory(from_status=fb.status, to_status=t.target, actor_name=principal.name,
                                      note=response, at=now))
    audit.record(session, principal, f"feedback.{action}", fb.item if fb.item is not None else "site",
                 feedback_id=fb.id, from_status=fb.status, to_status=t.target)
    fb.status = t.target
    if response:
        fb.response = response
        fb.answered_at = now
    fb.closed_at = now if t.target in CLOSED_STATUSES else None
    fb.handled_by = principal.name
    fb.updated_at = now
    if response:
        outbox.emit(session, "feedback.answered", fb.item, feedback_id=fb.id, reference=fb.reference,
                    status=fb.status, wants_answer=bool(fb.contact_email))
    return fb


def retention_days(env: dict[str, str] | None = None) -> int:
    """``PHOEI_FEEDBACK_RETENTION_DAYS`` (default 365): whole days, at least 1."""
    import os

    raw = (os.environ if env is None else env).get("PHOEI_FEEDBACK_RETENTION_DAYS", "").strip()
    if not raw:
        return DEFAULT_RETENTION_DAYS
    try:
        days = int(raw)
    except ValueError:
        raise Invalid(f"PHOEI_FEEDBACK_RETENTION_DAYS must be a whole number of days, not {raw!r}") from None
    if days < 1:
        raise Invalid("PHOEI_FEEDBACK_RETENTION_DAYS must be at least 1")
    return days


def purge(session: Session, days: int, now: datetime | None = None, *, dry_run: bool = False,
          actor: Principal | None = None) -> list[str]:
    """Delete the content of reports closed more than ``days`` ago; return their references.

    Kept: reference, item, kind, status, dates, who handled it (the dashboard's figures).
    Deleted: the message, the contact details, the answer and the notes of the history."""
    if days < 1:
        raise Invalid("the retention period must be at least one day")
    now = now or utcnow()
    cutoff = now - timedelta(days=days)
    rows = list(session.scalars(select(Feedback).where(Feedback.status.in_(CLOSED_STATUSES),
                                                       Feedback.purged_at.is_(None),
                                                       func.coalesce(Feedback.closed_at, Feedback.updated_at)
                                                       < cutoff).order_by(Feedback.id)))
    refs = [fb.reference or f"#{fb.id}" for fb in rows]
    if dry_run or not rows:
        return refs
    ids = [fb.id for fb in rows]
    for fb in rows:
        fb.message = PURGED
        fb.contact_name = PURGED
        fb.contact_email = PURGED
        fb.response = PURGED
        fb.token_hash = None
        fb.purged_at = now
    session.execute(update(FeedbackHistory).where(FeedbackHistory.feedback_id.in_(ids)).values(note=PURGED)
                    .execution_options(synchronize_session="fetch"))
    audit.record(session, actor or Principal.system("retention"), "feedback.purge", "site", count=len(ids),
                 days=days, references=refs[:200])
    return refs


def queue(session: Session, principal: Principal, statuses: tuple[str, ...] = OPEN_STATUSES,
          limit: int = 200) -> list[Feedback]:
    """Reports this principal may handle, oldest first."""
    unknown = set(statuses) - set(STATUSES)
    if unknown:
        raise Invalid(f"unknown status(es): {', '.join(sorted(unknown))}")
    rows = session.scalars(select(Feedback).where(Feedback.status.in_(statuses))
                           .order_by(Feedback.created_at, Feedback.id))
    out = []
    for fb in rows:
        if may_manage(principal, fb):
            out.append(fb)
            if len(out) >= limit:
                break
    return out


def counts(session: Session) -> dict[str, int]:
    out = dict.fromkeys(STATUSES, 0)
    for status, n in session.execute(select(Feedback.status, func.count()).group_by(Feedback.status)):
        out[status] = n
    return out
