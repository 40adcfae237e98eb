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
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from library import audit, outbox
from library import workflow as wf
from library.errors import Forbidden, Invalid, NotFound
from library.models import Content, Feedback, FeedbackHistory, utcnow
from library.roles import REVIEWER, SITE_ADMIN
from library.security import Principal, may

STATUSES = ("new", "in_progress", "resolved", "rejected")
OPEN_STATUSES = ("new", "in_progress")
KINDS = ("incorrect", "outdated", "broken", "other")
MAX_MESSAGE = 5000
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


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
    fb = Feedback(item_id=item.id if item else None, kind=kind, message=message,
                  contact_name=(contact_name or "").strip()[:200], contact_email=contact_email, status="new",
                  response="", handled_by="", created_at=now, updated_at=now)
    session.add(fb)
    session.flush()
    fb.history.append(FeedbackHistory(from_status=None, to_status="new", actor_name=principal.name, note="", at=now))
    audit.record(session, principal, "feedback.create", item if item is not None else "site", feedback_id=fb.id,
                 kind=kind)
    outbox.emit(session, "feedback.created", item, feedback_id=fb.id, kind=kind)
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
    fb.handled_by = principal.name
    fb.updated_at = now
    return fb


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
