"""Who may do what: principals, local roles and the one permission function ``may``.

``may(principal, action, item)`` answers for every action in the system:
the per-state permissions and transitions of ``library.workflow``, and the
folder permissions ``add``, ``manage_roles``, ``configure`` and
``give_feedback``. The web layer, the workers, the CLI and the library's own
service functions all ask it (service functions call ``require``).

A principal's roles on an item are its global roles, plus ``owner`` on items
it created, plus the local roles granted to it on the item's folder and the
folders above, up to the first folder that blocks inheritance (Plone's
"local roles acquisition").

``may`` answers *who*; conditions on *what* (a file item needs a passed
verification before ``publish``) are checked by ``library.lifecycle`` and
reported by ``lifecycle.blockers``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, String, and_, bindparam, cast, exists, false, literal, or_, select, true
from sqlalchemy.orm import Session, aliased, object_session

from library import workflow as wf
from library.errors import Forbidden
from library.models import Content, LocalRole, User, UTCDateTime, utcnow
from library.roles import (
    ANONYMOUS,
    AUTHENTICATED,
    CONTRIBUTOR,
    EXTERNAL_SUBMITTER,
    OWNER,
    SITE_ADMIN,
    SYSTEM,
)

FOLDER_ACTIONS = frozenset({wf.ADD, wf.MANAGE_ROLES, wf.CONFIGURE})
ACTIONS = frozenset(wf.STATE_PERMISSIONS) | FOLDER_ACTIONS | {wf.GIVE_FEEDBACK} | wf.transition_ids()


@dataclass(frozen=True)
class Principal:
    """Who is acting. ``roles`` are the global roles (always including ``anonymous``)."""

    user_id: int | None
    name: str
    roles: frozenset[str]
    agency: str | None = None

    @classmethod
    def anonymous(cls) -> Principal:
        return cls(None, "anonymous", frozenset({ANONYMOUS}))

    @classmethod
    def system(cls, name: str = "system") -> Principal:
        """The scheduler and workers: may fire ``expire``, nothing else by role."""
        return cls(None, name, frozenset({ANONYMOUS, SYSTEM}))

    @classmethod
    def operator(cls, name: str) -> Principal:
        """Someone at the server's command line: a site administrator, recorded by name."""
        return cls(None, name, frozenset({ANONYMOUS, AUTHENTICATED, SITE_ADMIN, SYSTEM}))

    @classmethod
    def of(cls, user: User) -> Principal:
        if not user.active:
            raise Forbidden(f"the account {user.username!r} is disabled")
        return cls(user.id, user.username, frozenset({ANONYMOUS, AUTHENTICATED}) | user.role_names,
                   user.agency)

    @property
    def is_anonymous(self) -> bool:
        return self.user_id is None and SITE_ADMIN not in self.roles and SYSTEM not in self.roles


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    reason: str = ""

    def __bool__(self) -> bool:
        return self.allowed


# --- roles ---------------------------------------------------------------------------


def local_roles(session: Session, principal: Principal, item: Content, *, inherited_only: bool = False
                ) -> frozenset[str]:
    """Local roles of ``principal`` on ``item``: its own grants and those acquired from above."""
    if principal.user_id is None:
        return frozenset()
    chain = [] if inherited_only else [item.id]
    chain += list(reversed(item.ancestor_ids))  # nearest first
    cache: dict[tuple[int, tuple[int, ...], bool], frozenset[str]] = session.info.setdefault("role_cache", {})
    key = (principal.user_id, tuple(chain), item.block_local_roles and not inherited_only)
    if key in cache:
        return cache[key]
    grants: dict[int, set[str]] = {}
    for item_id, role in session.execute(
            select(LocalRole.item_id, LocalRole.role)
            .where(LocalRole.user_id == principal.user_id, LocalRole.item_id.in_(chain))):
        grants.setdefault(item_id, set()).add(role)
    blocking = set(session.scalars(select(Content.id).where(Content.id.in_(chain),
                                                            Content.block_local_roles.is_(True))))
    roles: set[str] = set()
    for item_id in chain:
        roles |= grants.get(item_id, set())
        if item_id in blocking:
            break
    result = frozenset(roles)
    cache[key] = result
    return result


def forget_roles(session: Session) -> None:
    """Drop cached local roles (after a grant, revoke or change of inheritance)."""
    session.info.pop("role_cache", None)


def roles_in(principal: Principal, item: Content) -> frozenset[str]:
    roles = set(principal.roles)
    if principal.user_id is not None and item.owner_id == principal.user_id:
        roles.add(OWNER)
    session = object_session(item)
    if session is not None and item.id is not None:
        roles |= local_roles(session, principal, item)
    return frozenset(roles)


# --- the permission function ---------------------------------------------------------


def is_active(item: Content, now: datetime | None = None) -> bool:
    """Effective and not expired (dates only; the state is checked separately)."""
    now = now or utcnow()
    return (item.effective is None or item.effective <= now) and (item.expires is None or item.expires > now)


def is_public(item: Content, now: datetime | None = None) -> bool:
    """What an anonymous citizen sees: published, effective, not expired, not deleted, and so are its folders."""
    if item.deleted_at is not None or item.state not in wf.PUBLIC_STATES or not is_active(item, now):
        return False
    ids = item.ancestor_ids
    if not ids:
        return True
    session = object_session(item)
    if session is None:
        raise RuntimeError("is_public needs an item attached to a session to check its folders")
    now = now or utcnow()
    hidden = session.scalar(
        select(Content.id).where(Content.id.in_(ids), or_(
            Content.deleted_at.is_not(None), Content.state.not_in(wf.PUBLIC_STATES),
            and_(Content.effective.is_not(None), Content.effective > now),
            and_(Content.expires.is_not(None), Content.expires <= now))).limit(1))
    return hidden is None


def authorize(principal: Principal, action: str, item: Content, *, now: datetime | None = None) -> Verdict:
    """``may`` with the reason when the answer is no."""
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    if item.deleted_at is not None:
        if action in (wf.VIEW, wf.VIEW_HISTORY, wf.VIEW_ORIGINAL) and SITE_ADMIN in principal.roles:
            return Verdict(True)
        return Verdict(False, "the item has been deleted")
    roles = roles_in(principal, item)

    if action in FOLDER_ACTIONS:
        if not item.is_folder:
            return Verdict(False, f"{action} applies to folders only")
        if action == wf.ADD:
            if roles & {CONTRIBUTOR, SITE_ADMIN}:
                return Verdict(True)
            if EXTERNAL_SUBMITTER in roles and item.accepts_external and is_public(item, now):
                return Verdict(True)
            return Verdict(False, "adding here needs the contributor role on this folder")
        return Verdict(SITE_ADMIN in roles, "" if SITE_ADMIN in roles else "site administrators only")

    state = wf.state(item.flow, item.state)
    if action == wf.GIVE_FEEDBACK:
        return authorize(principal, wf.VIEW, item, now=now)

    if action in wf.STATE_PERMISSIONS:
        granted = roles & state.roles_for(action)
        if not granted:
            return Verdict(False, f"{action} is not allowed while the item is {state.title_en}")
        if action == wf.VIEW and state.public and not granted - {ANONYMOUS, AUTHENTICATED}:
            # Allowed only as a member of the public: dates and folders decide.
            if not (roles & wf.INACTIVE_VIEWERS) and not is_public(item, now):
                return Verdict(False, "not yet effective, expired, or inside a folder that is not public")
        return Verdict(True)

    transition = wf.find_transition(item.flow, item.state, action)
    if transition is None:
        return Verdict(False, f"no {action!r} transition from {state.title_en} in the {item.flow} flow")
    if not roles & transition.roles:
        return Verdict(False, f"{action} needs one of the roles: {', '.join(sorted(transition.roles))}")
    return Verdict(True)


def may(principal: Principal, action: str, item: Content, *, now: datetime | None = None) -> bool:
    """May ``principal`` do ``action`` on ``item``? The one question everything asks."""
    return authorize(principal, action, item, now=now).allowed


def require(principal: Principal, action: str, item: Content, *, now: datetime | None = None) -> None:
    verdict = authorize(principal, action, item, now=now)
    if not verdict.allowed:
        raise Forbidden(f"{principal.name} may not {action} {item.path}: {verdict.reason}")


# --- the same rules as SQL, for listings ---------------------------------------------


def _active_clause(now: datetime) -> ColumnElement[bool]:
    return and_(or_(Content.effective.is_(None), Content.effective <= now),
                or_(Content.expires.is_(None), Content.expires > now))


def _view_clause(roles: frozenset[str], user_id: int | None, now: datetime) -> ColumnElement[bool]:
    """SQL form of ``authorize(view)`` for children whose roles are ``roles`` (+ owner).

    States are grouped by how they are visible ("all", "active", "owner") so that
    the clause is a few ``state IN (...)`` tests an index can serve; a flow test is
    added only where the same state id behaves differently in the two flows.
    """
    modes: dict[tuple[str, str], set[str]] = {}  # (state, mode) -> flows
    for flow, states in wf.STATES.items():
        for st in states.values():
            allowed = st.roles_for(wf.VIEW)
            granted = roles & allowed
            if granted:
                restricted = st.public and not granted - {ANONYMOUS, AUTHENTICATED} and not roles & wf.INACTIVE_VIEWERS
                mode = "active" if restricted else "all"
            elif OWNER in allowed and user_id is not None:
                mode = "owner"
            else:
                continue
            modes.setdefault((st.id, mode), set()).add(flow)
    by_mode: dict[str, list[ColumnElement[bool]]] = {}
    plain: dict[str, list[str]] = {}
    for (state_id, mode), flows in sorted(modes.items()):
        everywhere = {f for f, states in wf.STATES.items() if state_id in states}
        if flows == everywhere:
            plain.setdefault(mode, []).append(state_id)
        else:
            by_mode.setdefault(mode, []).append(and_(Content.state == state_id, Content.flow.in_(sorted(flows))))
    parts: list[ColumnElement[bool]] = []
    for mode in ("all", "active", "owner"):
        tests = list(by_mode.get(mode, []))
        if plain.get(mode):
            tests.insert(0, Content.state.in_(plain[mode]))
        if not tests:
            continue
        selector = or_(*tests) if len(tests) > 1 else tests[0]
        if mode == "active":
            active = _active_clause(now)
            if user_id is not None:  # owners see their own items before and after the dates
                active = or_(active, Content.owner_id == user_id)
            selector = and_(selector, active)
        elif mode == "owner":
            selector = and_(selector, Content.owner_id == user_id)
        parts.append(selector)
    return or_(*parts) if parts else false()


def _hidden_itself(c: type[Content], now: datetime) -> ColumnElement[bool]:
    """``c`` (``Content`` or an alias) fails ``is_public``'s own test: deleted, not public, or out of its dates."""
    return or_(c.deleted_at.is_not(None), c.state.not_in(sorted(wf.PUBLIC_STATES)),
               and_(c.effective.is_not(None), c.effective > now),
               and_(c.expires.is_not(None), c.expires <= now))


def _shown_itself(c: type[Content], now: datetime) -> ColumnElement[bool]:
    """The same test, positive: what an index on ``state`` can serve."""
    return and_(c.deleted_at.is_(None), c.state.in_(sorted(wf.PUBLIC_STATES)),
                or_(c.effective.is_(None), c.effective <= now), or_(c.expires.is_(None), c.expires > now))


def public_clause(now: datetime | None = None) -> ColumnElement[bool]:
    """A WHERE clause on ``Content`` anywhere in the tree: exactly ``is_public(item, now)``.

    The item itself must pass (not deleted, public state, effective, not expired)
    and none of its ancestors (``ancestry``) may fail the same test. Only rows that
    have children can be ancestors, so those few hidden containers are collected
    once (a materialised CTE) and each candidate is checked against them.

    Without ``now`` (the current time, as every page asks) the clause is built once per process
    and the time is read when the statement runs: building the aliases and the CTE cost more than
    running the query (most of a home page's render in a profile).
    """
    global _PUBLIC_NOW
    if now is not None:
        return _public_clause(now)
    if _PUBLIC_NOW is None:
        _PUBLIC_NOW = _public_clause(bindparam("public_now", callable_=lambda: utcnow(), type_=UTCDateTime))
    return _PUBLIC_NOW


_PUBLIC_NOW: ColumnElement[bool] | None = None


def _public_clause(now: Any) -> ColumnElement[bool]:
    folder, child = aliased(Content, name="hidden_folder"), aliased(Content, name="hidden_child")
    hidden_folders = (select(folder.id.label("id"))
                      .where(_hidden_itself(folder, now), exists().where(child.parent_id == folder.id))
                      .cte("hidden_folders").prefix_with("MATERIALIZED"))
    pattern = literal("%/", String) + cast(hidden_folders.c.id, String) + literal("/%", String)
    return and_(_shown_itself(Content, now),
                ~exists(select(hidden_folders.c.id).where(Content.ancestry.like(pattern))))


def visible_children_clause(session: Session, principal: Principal, folder: Content,
                            now: datetime | None = None) -> ColumnElement[bool]:
    """A WHERE clause selecting the children of ``folder`` that ``may(principal, view, child)``.

    The caller has checked that the principal may view ``folder`` itself.
    """
    now = now or utcnow()
    global_roles = frozenset(principal.roles)
    inherited = global_roles | local_roles(session, principal, folder)
    clause: ColumnElement[bool]
    if inherited == global_roles:
        clause = _view_clause(global_roles, principal.user_id, now)
    else:
        clause = or_(and_(Content.block_local_roles.is_(False), _view_clause(inherited, principal.user_id, now)),
                     and_(Content.block_local_roles.is_(True), _view_clause(global_roles, principal.user_id, now)))
    if principal.user_id is not None:
        # Child folders with grants of their own: decide those few exactly.
        granted_ids = session.scalars(
            select(LocalRole.item_id).join(Content, Content.id == LocalRole.item_id)
            .where(LocalRole.user_id == principal.user_id, Content.parent_id == folder.id)).all()
        extra = [c.id for c in session.scalars(select(Content).where(Content.id.in_(set(granted_ids))))
                 if may(principal, wf.VIEW, c, now=now)]
        if extra:
            clause = or_(clause, Content.id.in_(extra))
    return and_(Content.deleted_at.is_(None), clause if clause is not None else true())
