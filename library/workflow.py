"""The workflow: ONE declarative table of states, transitions and per-state permissions.

Two flows share the table (Plone's ``simple_publication_workflow`` plus the
provincial guideline's §3.1 (2) flow for items that another agency asks us to
publish):

* ``internal``: private → pending → published, with withdraw, reject (reason
  required), retract (reason required) and expire.
* ``external``: draft → submitted → (screened by the office) pending →
  published, or returned with a reason; recall and resubmit by the submitter.

Each state lists which roles hold which permission while an item is in it;
each transition lists its source states, target, the roles that may fire it,
whether a comment (the reason) is required, and named conditions that the
item must meet (checked in ``library.lifecycle``). Nothing here touches the
database: ``library.security.may`` reads this table, ``library.lifecycle``
executes it, ``docs/workflow.md`` documents it and a test checks that every
transition appears there.
"""

from __future__ import annotations

from dataclasses import dataclass

from library.roles import (
    ANONYMOUS,
    CONTRIBUTOR,
    EDITOR,
    OWNER,
    REVIEWER,
    SITE_ADMIN,
    SYSTEM,
)

INTERNAL = "internal"
EXTERNAL = "external"
FLOWS = (INTERNAL, EXTERNAL)

# Permissions that depend on the item's state.
VIEW = "view"                        # see the item, its metadata and its public copy
EDIT = "edit"                        # change metadata (creates a version); revert
EDIT_FILE = "edit_file"              # upload or revert the document file
VIEW_ORIGINAL = "view_original"      # download the unredacted original (audited)
REDACT = "redact"                    # record redaction decisions, apply and verify
DELETE = "delete"                    # soft-delete the item
CONFIRM_CURRENT = "confirm_current"  # "still current": move the review-by date (seed §4.1)
MANAGE_FEEDBACK = "manage_feedback"  # handle citizens' reports on the item (seed §4.2)
VIEW_HISTORY = "view_history"        # workflow history, versions, audit trail of the item
STATE_PERMISSIONS = (VIEW, EDIT, EDIT_FILE, VIEW_ORIGINAL, REDACT, DELETE, CONFIRM_CURRENT,
                     MANAGE_FEEDBACK, VIEW_HISTORY)

# Permissions on folders, the same in every state (see ``library.security``).
ADD = "add"                          # add content inside this folder
MANAGE_ROLES = "manage_roles"        # grant and revoke local roles on this folder
CONFIGURE = "configure"              # folder settings (external submissions, sort, inheritance)
GIVE_FEEDBACK = "give_feedback"      # report wrong or outdated information (anyone who can see it)

# Role sets, named once so the table reads as a table.
STAFF = frozenset({OWNER, CONTRIBUTOR, EDITOR, REVIEWER, SITE_ADMIN})
AUTHORS = frozenset({OWNER, EDITOR, SITE_ADMIN})
CHECKERS = frozenset({REVIEWER, SITE_ADMIN})
ORIGINAL_READERS = frozenset({OWNER, EDITOR, REVIEWER, SITE_ADMIN})
HANDLERS = frozenset({EDITOR, REVIEWER, SITE_ADMIN})
ADMIN = frozenset({SITE_ADMIN})
NOBODY: frozenset[str] = frozenset()
EVERYONE = frozenset({ANONYMOUS})

# Who may see an item that is published but not yet effective or already
# past its expiry date (Plone's "Access inactive portal content").
INACTIVE_VIEWERS = frozenset({OWNER, CONTRIBUTOR, EDITOR, REVIEWER, SITE_ADMIN})


@dataclass(frozen=True)
class State:
    id: str
    title_th: str
    title_en: str
    public: bool
    permissions: dict[str, frozenset[str]]

    def roles_for(self, permission: str) -> frozenset[str]:
        return self.permissions.get(permission, NOBODY)


@dataclass(frozen=True)
class Transition:
    id: str
    title_th: str
    title_en: str
    sources: tuple[str, ...]
    target: str
    roles: frozenset[str]
    comment_required: bool = False
    conditions: tuple[str, ...] = ()


def _perms(view: frozenset[str], edit: frozenset[str], edit_file: frozenset[str], redact: frozenset[str],
           delete: frozenset[str], confirm: frozenset[str] = NOBODY) -> dict[str, frozenset[str]]:
    return {VIEW: view, EDIT: edit, EDIT_FILE: edit_file, VIEW_ORIGINAL: ORIGINAL_READERS, REDACT: redact,
            DELETE: delete, CONFIRM_CURRENT: confirm, MANAGE_FEEDBACK: HANDLERS, VIEW_HISTORY: STAFF}


# The table. -------------------------------------------------------------------------
#                                         view      edit     edit_file  redact            delete   confirm
_PUBLISHED = State("published", "เผยแพร่แล้ว", "published", True,
                   _perms(EVERYONE, ADMIN, NOBODY, NOBODY, NOBODY, ORIGINAL_READERS))
_EXPIRED = State("expired", "หมดอายุ", "expired", False,
                 _perms(STAFF, ADMIN, NOBODY, NOBODY, ADMIN))
_PENDING = State("pending", "รอตรวจสอบ", "pending review", False,
                 _perms(STAFF, CHECKERS, CHECKERS, CHECKERS, ADMIN))

STATES: dict[str, dict[str, State]] = {
    INTERNAL: {s.id: s for s in (
        State("private", "ร่าง (ส่วนตัว)", "private", False,
              _perms(STAFF, AUTHORS, AUTHORS, ORIGINAL_READERS, AUTHORS)),
        _PENDING,
        _PUBLISHED,
        _EXPIRED,
    )},
    EXTERNAL: {s.id: s for s in (
        State("draft", "ร่างคำขอ", "draft request", False,
              _perms(frozenset({OWNER, SITE_ADMIN}), frozenset({OWNER, SITE_ADMIN}),
                     frozenset({OWNER, SITE_ADMIN}), NOBODY, frozenset({OWNER, SITE_ADMIN}))),
        State("submitted", "ยื่นคำขอแล้ว รอกลั่นกรอง", "submitted, awaiting screening", False,
              _perms(STAFF, frozenset({EDITOR, SITE_ADMIN}), frozenset({EDITOR, SITE_ADMIN}), HANDLERS, ADMIN)),
        _PENDING,
        State("returned", "ส่งคืนผู้ขอ", "returned to the submitter", False,
              _perms(ORIGINAL_READERS, frozenset({OWNER, SITE_ADMIN}), frozenset({OWNER, SITE_ADMIN}), NOBODY,
                     frozenset({OWNER, SITE_ADMIN}))),
        _PUBLISHED,
        _EXPIRED,
    )},
}

INITIAL_STATE = {INTERNAL: "private", EXTERNAL: "draft"}

TRANSITIONS: dict[str, tuple[Transition, ...]] = {
    INTERNAL: (
        Transition("submit", "ส่งตรวจสอบ", "submit for review", ("private",), "pending", AUTHORS),
        Transition("withdraw", "ถอนเรื่องกลับมาแก้ไข", "withdraw the submission", ("pending",), "private", AUTHORS),
        Transition("publish", "อนุมัติเผยแพร่", "publish", ("private", "pending", "expired"), "published",
                   CHECKERS, conditions=("publishable",)),
        Transition("reject", "ส่งกลับแก้ไข", "reject", ("pending",), "private", CHECKERS, comment_required=True),
        Transition("retract", "ถอนการเผยแพร่", "retract", ("published", "expired"), "private", CHECKERS | {SYSTEM},
                   comment_required=True),
        Transition("expire", "สิ้นสุดการเผยแพร่ (หมดอายุ)", "expire", ("published",), "expired",
                   CHECKERS | {SYSTEM}),
    ),
    EXTERNAL: (
        Transition("send", "ส่งคำขอเผยแพร่", "send the request", ("draft",), "submitted",
                   frozenset({OWNER, SITE_ADMIN}), conditions=("has_source_agency",)),
        Transition("recall", "เรียกคืนคำขอ", "recall the request", ("submitted",), "draft",
                   frozenset({OWNER, SITE_ADMIN})),
        Transition("screen", "ผ่านการกลั่นกรองของสำนักงาน", "screened by the office", ("submitted",), "pending",
                   HANDLERS),
        Transition("return", "ส่งคืนพร้อมเหตุผล", "return with a reason", ("submitted", "pending"), "returned",
                   HANDLERS, comment_required=True),
        Transition("resubmit", "ยื่นคำขออีกครั้ง", "resubmit", ("returned",), "submitted",
                   frozenset({OWNER, SITE_ADMIN}), conditions=("has_source_agency",)),
        Transition("publish", "อนุมัติเผยแพร่", "publish", ("pending", "expired"), "published", CHECKERS,
                   conditions=("publishable",)),
        Transition("retract", "ถอนการเผยแพร่", "retract", ("published", "expired"), "returned",
                   CHECKERS | {SYSTEM}, comment_required=True),
        Transition("expire", "สิ้นสุดการเผยแพร่ (หมดอายุ)", "expire", ("published",), "expired",
                   CHECKERS | {SYSTEM}),
    ),
}

# Leaving these states takes the item off the public site: the outbox gets a
# message in the same transaction (see ``library.lifecycle``).
PUBLIC_STATES = frozenset(s.id for flow in STATES.values() for s in flow.values() if s.public)


def state(flow: str, state_id: str) -> State:
    try:
        return STATES[flow][state_id]
    except KeyError:
        raise KeyError(f"no state {state_id!r} in the {flow!r} flow") from None


def transitions_from(flow: str, state_id: str) -> list[Transition]:
    return [t for t in TRANSITIONS[flow] if state_id in t.sources]


def find_transition(flow: str, state_id: str, action: str) -> Transition | None:
    for t in TRANSITIONS[flow]:
        if t.id == action and state_id in t.sources:
            return t
    return None


def transition_ids() -> set[str]:
    return {t.id for ts in TRANSITIONS.values() for t in ts}


def states_where(flow: str, permission: str, roles: frozenset[str] | set[str]) -> list[str]:
    """States of ``flow`` in which any of ``roles`` holds ``permission`` (for SQL filters)."""
    return [s.id for s in STATES[flow].values() if s.roles_for(permission) & roles]
