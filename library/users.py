"""Users, their global roles and local role grants on folders. Every change is audited."""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from library import audit
from library import workflow as wf
from library.errors import Forbidden, Invalid, NotFound
from library.models import Content, LocalRole, User, UserRole, utcnow
from library.roles import EXTERNAL_SUBMITTER, GLOBAL_ROLES, LOCAL_ROLES, SITE_ADMIN
from library.security import Principal, forget_roles, require

USERNAME = re.compile(r"^[a-z0-9][a-z0-9._@-]{1,99}$")


def _require_admin(principal: Principal) -> None:
    if SITE_ADMIN not in principal.roles:
        raise Forbidden("only a site administrator manages users and roles")


def get_user(session: Session, ref: int | str) -> User:
    user = session.get(User, ref) if isinstance(ref, int) else session.scalar(
        select(User).where(User.username == ref.lower()))
    if user is None:
        raise NotFound(f"no user {ref!r}")
    return user


def list_users(session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(User.username)))


def create_user(session: Session, principal: Principal, username: str, *, display_name: str = "",
                email: str | None = None, roles: Iterable[str] = (), agency: str | None = None,
                password_hash: str | None = None) -> User:
    _require_admin(principal)
    username = username.strip().lower()
    if not USERNAME.match(username):
        raise Invalid(f"a username is 2–100 lowercase letters, digits, '.', '_', '@' or '-' (not {username!r})")
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise Invalid(f"the user {username!r} already exists")
    roles = _check_roles(roles)
    if EXTERNAL_SUBMITTER in roles and not (agency or "").strip():
        raise Invalid("an external submitter needs the agency it submits for")
    if EXTERNAL_SUBMITTER in roles and len(roles) > 1:
        raise Invalid("an external submitter holds no other role")
    user = User(username=username, display_name=display_name or username, email=email,
                agency=(agency or "").strip() or None, password_hash=password_hash, active=True, created_at=utcnow())
    user.roles = [UserRole(role=r) for r in sorted(roles)]
    session.add(user)
    session.flush()
    audit.record(session, principal, "user.create", f"user:{username}", roles=sorted(roles), agency=user.agency)
    return user


def _check_roles(roles: Iterable[str]) -> set[str]:
    out = set(roles)
    unknown = out - set(GLOBAL_ROLES)
    if unknown:
        raise Invalid(f"unknown role(s) {', '.join(sorted(unknown))} (global roles: {', '.join(GLOBAL_ROLES)})")
    return out


def set_password(session: Session, principal: Principal, user: User, password_hash: str) -> None:
    """The user itself or a site administrator sets a (hashed) password; audited without the hash.

    Hashing is the caller's business (the web layer uses Argon2id); the library only stores the hash.
    """
    if principal.user_id != user.id and SITE_ADMIN not in principal.roles:
        raise Forbidden("only the user or a site administrator sets a password")
    user.password_hash = password_hash
    audit.record(session, principal, "user.password", f"user:{user.username}")


def grant_role(session: Session, principal: Principal, user: User, role: str) -> bool:
    _require_admin(principal)
    _check_roles([role])
    if role in user.role_names:
        return False
    if EXTERNAL_SUBMITTER in user.role_names | {role} and user.role_names - {role}:
        raise Invalid("an external submitter holds no other role")
    user.roles.append(UserRole(role=role))
    session.flush()
    audit.record(session, principal, "role.grant", f"user:{user.username}", role=role)
    return True


def revoke_role(session: Session, principal: Principal, user: User, role: str) -> bool:
    _require_admin(principal)
    if role not in user.role_names:
        return False
    if role == SITE_ADMIN and principal.user_id == user.id:
        raise Invalid("you cannot remove your own site administrator role")
    user.roles = [r for r in user.roles if r.role != role]
    session.flush()
    audit.record(session, principal, "role.revoke", f"user:{user.username}", role=role)
    return True


def set_active(session: Session, principal: Principal, user: User, active: bool) -> None:
    _require_admin(principal)
    if user.active != active:
        user.active = active
        audit.record(session, principal, "user.activate" if active else "user.deactivate", f"user:{user.username}")


def grant_local(session: Session, principal: Principal, folder: Content, user: User, role: str) -> bool:
    """Give ``user`` ``role`` inside ``folder`` and everything below it."""
    require(principal, wf.MANAGE_ROLES, folder)
    if role not in LOCAL_ROLES:
        raise Invalid(f"unknown local role {role!r} (one of {', '.join(LOCAL_ROLES)})")
    if EXTERNAL_SUBMITTER in user.role_names:
        raise Invalid("external submitters get no local roles; they submit to folders that accept them")
    exists = session.scalar(select(LocalRole.id).where(LocalRole.item_id == folder.id, LocalRole.user_id == user.id,
                                                       LocalRole.role == role))
    if exists is not None:
        return False
    session.add(LocalRole(item_id=folder.id, user_id=user.id, role=role, granted_by=principal.name,
                          granted_at=utcnow()))
    session.flush()
    forget_roles(session)
    audit.record(session, principal, "local_role.grant", folder, user=user.username, role=role)
    return True


def revoke_local(session: Session, principal: Principal, folder: Content, user: User, role: str) -> bool:
    require(principal, wf.MANAGE_ROLES, folder)
    grant = session.scalar(select(LocalRole).where(LocalRole.item_id == folder.id, LocalRole.user_id == user.id,
                                                   LocalRole.role == role))
    if grant is None:
        return False
    session.delete(grant)
    session.flush()
    forget_roles(session)
    audit.record(session, principal, "local_role.revoke", folder, user=user.username, role=role)
    return True


def local_grants(session: Session, folder: Content) -> list[LocalRole]:
    return list(session.scalars(select(LocalRole).where(LocalRole.item_id == folder.id)
                                .order_by(LocalRole.user_id, LocalRole.role)))


def grants_of(session: Session, user: User) -> list[LocalRole]:
    return list(session.scalars(select(LocalRole).where(LocalRole.user_id == user.id).order_by(LocalRole.item_id)))
