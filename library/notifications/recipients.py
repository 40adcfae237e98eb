"""Who receives each notification event (the rules, one function per event).

Only active users are chosen. Local roles follow ``library.security.local_roles``: a grant on the
item or on a folder above it counts, up to the first folder that blocks inheritance. An event that
finds nobody goes to the site administrators, so that nothing is silently lost.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from library.models import Content, DocumentFile, LocalRole, User, UserRole
from library.roles import EDITOR, REVIEWER, SITE_ADMIN

# The executive role is the report's reader (issue #17); named by string so this module does not
# depend on when ``library.roles`` gains it.
EXECUTIVE = "executive"

Payload = Mapping[str, Any]
Rule = Callable[[Session, Payload, Content | None], list[User]]


def with_global_roles(session: Session, roles: Iterable[str]) -> list[User]:
    ids = select(UserRole.user_id).where(UserRole.role.in_(list(roles)))
    return list(session.scalars(select(User).where(User.active.is_(True), User.id.in_(ids)).order_by(User.id)))


def with_local_roles(session: Session, item: Content, roles: Iterable[str]) -> list[User]:
    """Users holding one of ``roles`` on ``item`` through a grant on it or on a folder above."""
    chain = [item.id, *reversed(item.ancestor_ids)]  # nearest first
    blocking = set(session.scalars(select(Content.id).where(Content.id.in_(chain),
                                                            Content.block_local_roles.is_(True))))
    effective: list[int] = []
    for item_id in chain:
        effective.append(item_id)
        if item_id in blocking:
            break
    ids = select(LocalRole.user_id).where(LocalRole.item_id.in_(effective), LocalRole.role.in_(list(roles)))
    return list(session.scalars(select(User).where(User.active.is_(True), User.id.in_(ids)).order_by(User.id)))


def user_by_id(session: Session, user_id: Any) -> list[User]:
    try:
        u = session.get(User, int(user_id))
    except (TypeError, ValueError):
        return []
    return [u] if u is not None and u.active else []


def user_by_name(session: Session, username: Any) -> list[User]:
    if not username:
        return []
    u = session.scalar(select(User).where(User.username == str(username)))
    return [u] if u is not None and u.active else []


def reviewers_of(session: Session, item: Content) -> list[User]:
    return with_global_roles(session, [REVIEWER]) + with_local_roles(session, item, [REVIEWER])


def _review_requested(session: Session, payload: Payload, item: Content | None) -> list[User]:
    return reviewers_of(session, item) if item is not None else []


def _verification_failed(session: Session, payload: Payload, item: Content | None) -> list[User]:
    if item is None:
        return []
    uploader = payload.get("uploaded_by")
    if not uploader and payload.get("file_id") is not None:
        f = session.get(DocumentFile, int(payload["file_id"]))
        uploader = f.uploaded_by if f is not None else None
    return user_by_name(session, uploader) + reviewers_of(session, item)


def _feedback_received(session: Session, payload: Payload, item: Content | None) -> list[User]:
    return with_global_roles(session, [SITE_ADMIN]) + user_by_id(session, payload.get("responsible_user_id"))


def _item_stale(session: Session, payload: Payload, item: Content | None) -> list[User]:
    if payload.get("responsible_user_id") is not None:
        named = user_by_id(session, payload["responsible_user_id"])
        if named:
            return named
    if item is None:
        return []
    owner = user_by_id(session, item.owner_id) if item.owner_id is not None else []
    return owner + with_local_roles(session, item, [EDITOR])


def _submission_received(session: Session, payload: Payload, item: Content | None) -> list[User]:
    """Those who screen a submission: site administrators, and editors and reviewers of its folder."""
    users = with_global_roles(session, [SITE_ADMIN])
    if item is not None:
        users += with_local_roles(session, item, [EDITOR, REVIEWER])
    return users


def _report_ready(session: Session, payload: Payload, item: Content | None) -> list[User]:
    return with_global_roles(session, [EXECUTIVE])


RULES: dict[str, Rule] = {
    "review.requested": _review_requested,
    "verification.failed": _verification_failed,
    "feedback.received": _feedback_received,
    "item.stale": _item_stale,
    "submission.received": _submission_received,
    "report.ready": _report_ready,
    "link.broken": _item_stale,  # the same people keep a link current
}

# Events whose actor is not told about their own action (a reviewer who submits does not need a
# note about it). A failed verification is news to whoever applied it, so it is told.
SKIP_ACTOR = frozenset({"review.requested", "submission.received", "feedback.received"})
# Items in these events must still exist (not deleted) for anyone to be told.
ITEM_EVENTS = frozenset({"review.requested", "verification.failed", "item.stale", "submission.received",
                         "link.broken"})


def recipients(session: Session, event: str, payload: Payload, item: Content | None) -> list[User]:
    """The users to tell, each once, in a stable order; site administrators when the rule finds nobody."""
    if event in ITEM_EVENTS and (item is None or item.deleted_at is not None):
        return []
    users = RULES[event](session, payload, item)
    actor = payload.get("actor_id")
    if event in SKIP_ACTOR and actor is not None:
        users = [u for u in users if u.id != actor]
    if not users:
        users = [u for u in with_global_roles(session, [SITE_ADMIN])
                 if not (event in SKIP_ACTOR and u.id == actor)]
    seen: set[int] = set()
    out = []
    for u in users:
        if u.id not in seen:
            seen.add(u.id)
            out.append(u)
    return out
