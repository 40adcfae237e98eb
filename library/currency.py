"""Keeping information current (seed §4.1): a named responsible officer per folder, and notices for
items past their review-by date.

The responsible officer is a column of the folder (``Content.responsible_id``), not a local role:
it names one accountable person and grants nothing. Everything below a folder has that folder's
officer unless a folder nearer to it names its own (nearest wins). An officer whose account was
disabled is passed over, so the notice goes to the next folder up that names someone.

``notify_stale`` emits ``item.stale`` (payload ``review_by``, ``responsible_user_id``, ``title``) once per
item and review-by date: confirming the item current sets a new date, and a new notice follows
only when that one passes too. The notifier (issue #17 part 4) delivers it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from library import audit, outbox
from library import workflow as wf
from library.content import due_for_review
from library.errors import Invalid
from library.models import Content, StaleNotice, User, utcnow
from library.roles import OFFICER, REVIEWER, SITE_ADMIN
from library.security import Principal, require

STAFF_ROLES = frozenset({OFFICER, REVIEWER, SITE_ADMIN})


@dataclass(frozen=True)
class Responsible:
    user: User
    folder: Content      # the folder that names the officer
    inherited: bool      # named on a folder above the item, not on the item itself


def set_responsible(session: Session, principal: Principal, folder: Content, user: User | None) -> None:
    """Name ``user`` (or nobody) as responsible for ``folder`` and what is below it (site administrators)."""
    if not folder.is_folder:
        raise Invalid("a responsible officer is named on a folder")
    require(principal, wf.CONFIGURE, folder)
    if user is not None:
        if not user.active:
            raise Invalid(f"the account {user.username!r} is disabled")
        if not user.role_names & STAFF_ROLES:
            raise Invalid(f"{user.username!r} is not staff (officer, reviewer or site administrator)")
    new = user.id if user is not None else None
    if folder.responsible_id == new:
        return
    folder.responsible_id = new
    audit.record(session, principal, "folder.responsible", folder, user=user.username if user else None)


def responsible_for(session: Session, item: Content) -> Responsible | None:
    """The officer responsible for ``item``: named on it (a folder) or on the nearest folder above."""
    chain = [item.id, *reversed(item.ancestor_ids)]  # nearest first
    rows = session.execute(select(Content.id, Content.responsible_id)
                           .where(Content.id.in_(chain), Content.responsible_id.is_not(None))).all()
    named = dict(rows)
    for cid in chain:
        uid = named.get(cid)
        if uid is None:
            continue
        user = session.get(User, uid)
        if user is None or not user.active:
            continue
        folder = item if cid == item.id else session.get(Content, cid)
        assert folder is not None
        return Responsible(user, folder, cid != item.id)
    return None


def staff_candidates(session: Session) -> list[User]:
    """Active staff who may be named responsible."""
    users = session.scalars(select(User).where(User.active.is_(True)).order_by(User.display_name, User.username))
    return [u for u in users if u.role_names & STAFF_ROLES]


def notify_stale(session: Session, today: date | None = None) -> list[tuple[Content, int | None]]:
    """Emit ``item.stale`` for each public item past its review-by date not yet notified for that date.

    Returns the items notified with the responsible officer's user id (``None``: nobody is named;
    the notifier then tells the site administrators)."""
    out: list[tuple[Content, int | None]] = []
    due = due_for_review(session, today)
    if not due:
        return out
    done = {(r[0], r[1]) for r in session.execute(select(StaleNotice.item_id, StaleNotice.review_by)
                                                  .where(StaleNotice.item_id.in_([i.id for i in due])))}
    now = utcnow()
    for item in due:
        assert item.review_by is not None
        if (item.id, item.review_by) in done:
            continue
        who = responsible_for(session, item)
        uid = who.user.id if who else None
        session.add(StaleNotice(item_id=item.id, review_by=item.review_by, responsible_id=uid, notified_at=now))
        outbox.emit(session, "item.stale", item, review_by=item.review_by, responsible_user_id=uid, title=item.title,
                    responsible_folder=who.folder.path if who else None)
        out.append((item, uid))
    session.flush()
    return out
