"""Executing the workflow table: transitions with their history, audit event, outbox message and files.

``transition(session, principal, item, "publish", comment)``:

1. ``may`` (roles and state, ``library.security``), then the transition's
   comment rule and named conditions (``CONDITIONS``);
2. the state changes and a ``workflow_history`` row records action, actor,
   comment and time; an audit event records the same;
3. entering a public state copies the verified cleaned file to the public
   store and writes ``item.published`` to the outbox; leaving one writes
   ``item.retracted`` / ``item.expired`` and, after commit, removes the public
   copy unless another public item still uses it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from library import audit, crashpoints, outbox
from library import workflow as wf
from library.content_types import get_type
from library.db import after_commit, library_of
from library.errors import Forbidden, Invalid, InvalidTransition, NotReady
from library.models import Content, WorkflowHistory, utcnow
from library.security import Principal, authorize, may


def _publishable(session: Session, item: Content, now: datetime) -> list[str]:
    from library.redaction import verification_problems

    problems = []
    if not (item.title or "").strip():
        problems.append("the item has no title")
    if item.expires is not None and item.expires <= now:
        problems.append("the expiry date has passed; set a later one first")
    if item.effective and item.expires and item.expires <= item.effective:
        problems.append("the expiry date is before the effective date")
    ctype = get_type(item.type)
    if ctype.has_file:
        problems += verification_problems(session, item)
    from library.typed import text_problems

    problems += text_problems(session, item)
    if item.type == "link" and not item.remote_url:
        problems.append("a link needs its address")
    if item.flow == wf.EXTERNAL and not item.source_agency:
        problems.append("the requesting agency (source agency) is not recorded")
    if item.parent_id is not None:
        parent = session.get(Content, item.parent_id)
        if parent is not None and parent.state not in wf.PUBLIC_STATES:
            problems.append(f"its folder {parent.path} is not published")
    return problems


# Entering these states puts an item before a reviewer: its typed text is checked then.
TEXT_CHECK_STATES = frozenset({"pending", "submitted"})


def _has_source_agency(session: Session, item: Content, now: datetime) -> list[str]:
    return [] if item.source_agency else ["the requesting agency (source agency) is not recorded"]


CONDITIONS: dict[str, Callable[[Session, Content, datetime], list[str]]] = {
    "publishable": _publishable,
    "has_source_agency": _has_source_agency,
}


def available(principal: Principal, item: Content) -> list[wf.Transition]:
    """Transitions ``principal`` may fire now (conditions not checked: see ``blockers``)."""
    return [t for t in wf.transitions_from(item.flow, item.state) if may(principal, t.id, item)]


def blockers(session: Session, item: Content, action: str, now: datetime | None = None) -> list[str]:
    """Why the transition's conditions are unmet (empty when it can go ahead)."""
    t = wf.find_transition(item.flow, item.state, action)
    if t is None:
        return [f"no {action!r} transition from {item.state}"]
    now = now or utcnow()
    return [p for c in t.conditions for p in CONDITIONS[c](session, item, now)]


def transition(session: Session, principal: Principal, item: Content, action: str, comment: str = "",
               *, now: datetime | None = None) -> WorkflowHistory:
    now = now or utcnow()
    if action not in wf.transition_ids():  # a name from a form or the API, not a programming error
        raise InvalidTransition(f"no workflow transition {action!r} "
                                f"(transitions: {', '.join(sorted(wf.transition_ids()))})")
    verdict = authorize(principal, action, item, now=now)
    t = wf.find_transition(item.flow, item.state, action)
    if t is None:
        raise InvalidTransition(f"{item.path}: no {action!r} transition from {item.state} "
                                f"(possible: {', '.join(x.id for x in wf.transitions_from(item.flow, item.state))})")
    if not verdict:
        raise Forbidden(f"{principal.name} may not {action} {item.path}: {verdict.reason}")
    comment = (comment or "").strip()
    if t.comment_required and not comment:
        raise Invalid(f"{action} needs a reason (comment)")
    if action == "publish" or t.target in TEXT_CHECK_STATES:
        # Typed text goes through the redactor before anyone is asked to review or publish it.
        from library.typed import check

        check(session, principal, item)
    problems = [p for c in t.conditions for p in CONDITIONS[c](session, item, now)]
    if problems:
        raise NotReady(f"cannot {action} {item.path}: " + "; ".join(problems))

    source = wf.state(item.flow, item.state)
    target = wf.state(item.flow, t.target)
    item.state = t.target
    if target.public:
        _enter_public(session, item, now)
    elif source.public:
        _leave_public(session, item, "item.expired" if action == "expire" else "item.retracted")
    entry = WorkflowHistory(item_id=item.id, action=action, from_state=source.id, to_state=target.id,
                            actor_id=principal.user_id, actor_name=principal.name, comment=comment, at=now)
    session.add(entry)
    audit.record(session, principal, f"workflow.{action}", item, from_state=source.id, to_state=target.id,
                 comment=comment)
    _notify(session, principal, item, action, target.id)
    return entry


# Entering these states asks someone to act: the outbox gets a notification event
# (``library.notifications`` decides who is told).
NOTIFY_ON_ENTER = {"pending": "review.requested", "submitted": "submission.received"}


def _notify(session: Session, principal: Principal, item: Content, action: str, target: str) -> None:
    topic = NOTIFY_ON_ENTER.get(target)
    if topic is None:
        return
    extra = {"agency": item.source_agency or principal.agency or ""} if topic == "submission.received" else {}
    outbox.emit(session, topic, item, action=action, actor_id=principal.user_id, actor=principal.name, **extra)


def _enter_public(session: Session, item: Content, now: datetime) -> None:
    if item.effective is None:
        item.effective = now
    item.published_at = now
    if get_type(item.type).has_file:
        from library.redaction import passed_verification

        ver = passed_verification(session, item)
        assert ver is not None and ver.redacted_sha256  # checked by the publishable condition
        stores = library_of(session).stores
        digest = stores.public.put_bytes(stores.private.read_bytes(ver.redacted_sha256))
        item.published_file_id = item.current_file_id
        item.published_sha256 = digest
        from library import renditions

        renditions.publish(session, item, ver)  # the DOCX's PDF rendition, when it has one
    session.flush()
    outbox.emit(session, "item.published", item, **outbox.item_payload(item))
    crashpoints.reach("publish.stored")  # the public copy in place, the transaction not yet committed


def _leave_public(session: Session, item: Content, topic: str) -> None:
    digest = item.published_sha256
    rendition = item.published_rendition_sha256
    item.published_file_id = None
    item.published_sha256 = None
    item.published_rendition_sha256 = None
    outbox.emit(session, topic, item, subtree=item.is_folder)
    if digest or rendition:
        lib = library_of(session)

        def remove_public_copy() -> None:
            # After commit, in a fresh session: is any public item still using them?
            with lib.session() as s:
                for column, sha in ((Content.published_sha256, digest),
                                    (Content.published_rendition_sha256, rendition)):
                    if sha and s.scalar(select(Content.id).where(column == sha).limit(1)) is None:
                        lib.stores.public.delete(sha)

        after_commit(session, remove_public_copy)


def history(session: Session, item: Content) -> list[WorkflowHistory]:
    """Oldest first."""
    return list(session.scalars(select(WorkflowHistory).where(WorkflowHistory.item_id == item.id)
                                .order_by(WorkflowHistory.id)))


def expire_due(session: Session, principal: Principal | None = None, now: datetime | None = None,
               limit: int = 1000) -> list[Content]:
    """The periodic job: published items past their expiry date become ``expired``."""
    principal = principal or Principal.system()
    now = now or utcnow()
    due = session.scalars(select(Content).where(Content.state.in_(wf.PUBLIC_STATES), Content.deleted_at.is_(None),
                                                Content.expires.is_not(None), Content.expires <= now)
                          .order_by(Content.expires, Content.id).limit(limit)).all()
    for item in due:
        transition(session, principal, item, "expire", "expiry date reached", now=now)
    return list(due)
