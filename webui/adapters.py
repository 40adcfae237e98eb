"""Thin adapters over ``library/`` for what the web layer needs and the library does not offer yet.

Each of these belongs in ``library/`` (listed in the issue #5 report for the
lead to move); they use only the library's models, ``security`` and ``audit``,
never Flask.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from library import audit
from library import workflow as wf
from library.models import Content, DocumentFile, User, utcnow
from library.roles import SITE_ADMIN
from library.security import Principal, is_public


def set_password(session: Session, principal: Principal, user: User, password_hash: str) -> None:
    """The user itself or a site administrator sets a (hashed) password; audited without the hash.

    → ``library.users.set_password``.
    """
    from library.errors import Forbidden

    if principal.user_id != user.id and SITE_ADMIN not in principal.roles:
        raise Forbidden("only the user or a site administrator sets a password")
    user.password_hash = password_hash
    audit.record(session, principal, "user.password", f"user:{user.username}")


def _public_candidates(now: datetime) -> list[object]:
    return [Content.state.in_(wf.PUBLIC_STATES), Content.deleted_at.is_(None),
            or_(Content.effective.is_(None), Content.effective <= now),
            or_(Content.expires.is_(None), Content.expires > now)]


def public_items(session: Session, *, types: Iterable[str] | None = None, folders: bool = False,
                 oia_category: str | None = None, limit: int = 20, offset: int = 0,
                 order: str = "-published") -> list[Content]:
    """Public items anywhere in the tree, newest first (what a citizen may see: ``is_public``).

    → ``library.content.public_items`` (with the folder check in SQL, like ``visible_children_clause``).
    """
    now = utcnow()
    q = select(Content).where(*_public_candidates(now))
    if types:
        q = q.where(Content.type.in_(list(types)))
    elif not folders:
        q = q.where(Content.type != "folder")
    if oia_category:
        q = q.where(Content.oia_category == oia_category)
    if order == "-published":
        q = q.order_by(func.coalesce(Content.effective, Content.published_at).desc(), Content.id.desc())
    else:
        q = q.order_by(Content.path)
    out: list[Content] = []
    batch_offset = offset
    while len(out) < limit:
        rows = session.scalars(q.limit(limit * 2).offset(batch_offset)).all()
        if not rows:
            break
        batch_offset += len(rows)
        out.extend(r for r in rows if is_public(r, now))
    return out[:limit]


def count_public(session: Session, oia_category: str) -> int:
    now = utcnow()
    rows = session.scalars(select(Content).where(*_public_candidates(now), Content.type != "folder",
                                                 Content.oia_category == oia_category)).all()
    return sum(1 for r in rows if is_public(r, now))


def files_awaiting_analysis(session: Session) -> list[DocumentFile]:
    """Current files of live items that were uploaded and never analysed (the worker's backlog)."""
    return list(session.scalars(
        select(DocumentFile).join(Content, Content.current_file_id == DocumentFile.id)
        .where(DocumentFile.analysed_at.is_(None), Content.deleted_at.is_(None))
        .order_by(DocumentFile.id)))


def review_queue(session: Session, principal: Principal) -> list[Content]:
    """Items with a document waiting for a reviewer (pending, or screened external), oldest first.

    → ``library.content.review_queue``.
    """
    from library.security import may

    rows = session.scalars(select(Content).where(Content.deleted_at.is_(None), Content.type == "file",
                                                 Content.state.in_(("pending", "submitted", "private")),
                                                 Content.current_file_id.is_not(None))
                           .order_by(Content.modified_at)).all()
    return [r for r in rows if may(principal, wf.REDACT, r)]


def uploads_of(session: Session, principal: Principal, limit: int = 200) -> list[Content]:
    """What this user created (my uploads / my requests), newest first."""
    if principal.user_id is None:
        return []
    return list(session.scalars(select(Content).where(Content.owner_id == principal.user_id,
                                                      Content.deleted_at.is_(None))
                                .order_by(Content.created_at.desc()).limit(limit)))
