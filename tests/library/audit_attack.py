"""What an attacker with the database owner's rights does to the audit log, for the tests that catch it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, text

from library import audit
from library.audit import GENESIS
from library.models import AuditEvent


def drop_guards(conn: Any, backend: str) -> None:
    """Drop the triggers that refuse UPDATE and DELETE on the audit events (``conn``: a session or connection)."""
    if backend == "postgresql":
        conn.execute(text("DROP TRIGGER audit_events_no_update ON audit_events"))  # UPDATE and DELETE
    else:
        conn.execute(text("DROP TRIGGER audit_events_no_update"))
        conn.execute(text("DROP TRIGGER audit_events_no_delete"))


def forge_chain(conn: Any, seq: int, actor: str = "mallory") -> None:
    """Event ``seq`` credited to ``actor``, and the whole hash chain and its head rewritten to match: a
    consistent chain that only a record kept outside the database can catch. Guards must be dropped first."""
    prev = GENESIS
    cols = (AuditEvent.seq, AuditEvent.at, AuditEvent.actor_id, AuditEvent.actor_name, AuditEvent.action,
            AuditEvent.target, AuditEvent.detail)  # typed columns: ``at`` as the model reads it
    for r in conn.execute(select(*cols).order_by(AuditEvent.seq)).all():
        name = actor if r.seq == seq else r.actor_name
        h = audit.event_hash(r.seq, r.at, r.actor_id, name, r.action, r.target, r.detail, prev)
        conn.execute(text("UPDATE audit_events SET actor_name = :a, prev_hash = :p, hash = :h WHERE seq = :n"),
                     {"a": name, "p": prev, "h": h, "n": r.seq})
        prev = h
    conn.execute(text("UPDATE audit_head SET hash = :h"), {"h": prev})
