"""Personal API tokens: a member of staff makes tokens for their own scripts, and revokes them.

A token is 32 random bytes (``secrets.token_urlsafe``) behind the prefix ``phoei_``. Only its
SHA-256 is stored: a token has 256 bits of entropy, so a fast hash is enough (no password-style
stretching is needed against guessing), and the lookup is one indexed equality. The token is shown
once, when it is made. Each has an expiry (at most ``MAX_DAYS``), a last-used time (written at most
once per ``LAST_USED_EVERY``, so that a busy script does not take the write lock on every call), and
can be revoked by its owner or a site administrator. Making and revoking are audited.

A request with a token acts as the token's user (``Principal.of``): the same permission checks,
workflow and four-eyes rule as that user's web session.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from library import audit
from library.errors import Forbidden, Invalid, NotFound
from library.models import ApiToken, User, utcnow
from library.roles import SITE_ADMIN
from library.security import Principal

PREFIX = "phoei_"
DEFAULT_DAYS = 90
MAX_DAYS = 365
MAX_ACTIVE = 20  # live tokens per user
LAST_USED_EVERY = timedelta(minutes=5)


def digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def is_live(token: ApiToken) -> bool:
    return token.revoked_at is None and token.expires_at > utcnow()


def tokens_of(session: Session, user_id: int) -> list[ApiToken]:
    """A user's tokens, newest first (revoked and expired ones included: their history)."""
    return list(session.scalars(select(ApiToken).where(ApiToken.user_id == user_id)
                                .order_by(ApiToken.created_at.desc(), ApiToken.id.desc())))


def create(session: Session, principal: Principal, name: str, days: int = DEFAULT_DAYS) -> tuple[str, ApiToken]:
    """A new token for the principal's own account: ``(the token, its row)``. The token is not kept."""
    if principal.user_id is None:
        raise Forbidden("only a signed-in user makes a personal API token")
    name = " ".join((name or "").split())
    if not name or len(name) > 100:
        raise Invalid("a token needs a name of 1–100 characters")
    if not 1 <= days <= MAX_DAYS:
        raise Invalid(f"a token lasts 1–{MAX_DAYS} days")
    live = [t for t in tokens_of(session, principal.user_id) if is_live(t)]
    if len(live) >= MAX_ACTIVE:
        raise Invalid(f"at most {MAX_ACTIVE} live tokens per user: revoke one first")
    token = PREFIX + secrets.token_urlsafe(32)
    now = utcnow()
    row = ApiToken(user_id=principal.user_id, name=name, token_sha256=digest(token), prefix=token[:12],
                   created_at=now, expires_at=now + timedelta(days=days))
    session.add(row)
    session.flush()
    audit.record(session, principal, "api_token.create", f"user:{principal.name}", token_id=row.id,
                 name=name, prefix=row.prefix, expires_at=row.expires_at.isoformat())
    return token, row


def revoke(session: Session, principal: Principal, token_id: int) -> ApiToken:
    """Revoke a token: its owner or a site administrator. Revoking twice changes nothing."""
    row = session.get(ApiToken, token_id)
    if row is None:
        raise NotFound(f"no API token {token_id}")
    if principal.user_id != row.user_id and SITE_ADMIN not in principal.roles:
        raise NotFound(f"no API token {token_id}")  # another user's tokens are not even named
    if row.revoked_at is None:
        row.revoked_at = utcnow()
        audit.record(session, principal, "api_token.revoke", f"user:{row.user.username}", token_id=row.id,
                     name=row.name, prefix=row.prefix)
    return row


def find(session: Session, token: str) -> ApiToken | None:
    """The live token row for ``token`` whose user is active, or None (unknown, revoked, expired,
    or its user disabled): the caller answers all of these alike."""
    if not token.startswith(PREFIX) or len(token) > 200:
        return None
    row = session.scalar(select(ApiToken).where(ApiToken.token_sha256 == digest(token)))
    if row is None or not is_live(row):
        return None
    user = session.get(User, row.user_id)
    if user is None or not user.active:
        return None
    return row


def last_used_is_stale(row: ApiToken) -> bool:
    return row.last_used_at is None or utcnow() - row.last_used_at >= LAST_USED_EVERY


def mark_used(session: Session, token_id: int) -> None:
    """Note the token's use now (the caller commits)."""
    row = session.get(ApiToken, token_id)
    if row is not None:
        row.last_used_at = utcnow()
