"""Append-only audit log, hash-chained so that a changed, removed or inserted row is detectable.

Each event's ``hash`` is the sha256 of its canonical form *including the
previous event's hash*; the first event chains from ``GENESIS``. The
``audit_head`` row holds the last sequence number and hash and is updated in
the same transaction as each append; updating it *first* takes the write lock
(PostgreSQL row lock, SQLite write lock), so concurrent writers queue instead
of forking the chain. Database triggers (see the migration) refuse UPDATE and
DELETE on ``audit_events``, so tampering needs someone who can drop triggers —
and ``verify`` still finds it:

* a changed row: its hash no longer matches its contents;
* a removed row: a gap in ``seq`` and a broken ``prev_hash`` link;
* removed last rows: the chain ends before ``audit_head``;
* a rewritten chain: a hash differs from one recorded outside the database
  (``phoei audit verify --expect SEQ:HASH`` with a value noted earlier).

The detail never holds withheld text: redaction events carry proposal ids and
sha256 digests only.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from library.models import AuditEvent, AuditHead, Content, utcnow

if TYPE_CHECKING:
    from library.security import Principal

GENESIS = "0" * 64


def canonical_json(data: Mapping[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def event_hash(seq: int, at: datetime, actor_id: int | None, actor_name: str, action: str, target: str,
               detail: str, prev_hash: str) -> str:
    body = canonical_json({"seq": seq, "at": at.isoformat(timespec="microseconds"), "actor_id": actor_id,
                           "actor": actor_name, "action": action, "target": target, "detail": detail,
                           "prev": prev_hash})
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def target_of(obj: Content | str | None) -> str:
    if obj is None:
        return ""
    if isinstance(obj, Content):
        return f"item:{obj.uid}"
    return obj


def record(session: Session, actor: Principal, action: str, target: Content | str | None = None, /,
           **detail: Any) -> AuditEvent:
    """Append one event in the caller's transaction."""
    # Take the lock first: UPDATE the head row, then read it.
    # Core statements (no ORM synchronisation: the identity map may hold thousands of objects).
    head = session.execute(update(AuditHead).where(AuditHead.id == 1).values(seq=AuditHead.seq + 1)
                           .returning(AuditHead.seq, AuditHead.hash)
                           .execution_options(synchronize_session=False)).one_or_none()
    if head is None:  # the very first event
        session.add(AuditHead(id=1, seq=1, hash=GENESIS))
        session.flush()
        seq, prev = 1, GENESIS
    else:
        seq, prev = int(head.seq), head.hash
    if isinstance(target, Content):
        detail.setdefault("path", target.path)
    at = utcnow()
    detail_json = canonical_json(detail)
    tgt = target_of(target)
    digest = event_hash(seq, at, actor.user_id, actor.name, action, tgt, detail_json, prev)
    event = AuditEvent(seq=seq, at=at, actor_id=actor.user_id, actor_name=actor.name, action=action,
                       target=tgt, detail=detail_json, prev_hash=prev, hash=digest)
    session.add(event)
    session.execute(update(AuditHead).where(AuditHead.id == 1).values(hash=digest)
                    .execution_options(synchronize_session=False))
    return event


@dataclass
class ChainReport:
    events: int = 0
    head_seq: int = 0
    head_hash: str = GENESIS
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_chain(session: Session, expect: Mapping[int, str] | None = None, batch: int = 5000) -> ChainReport:
    """Walk the whole chain from the genesis; report every inconsistency found."""
    report = ChainReport()
    expect = dict(expect or {})
    prev = GENESIS
    expected_seq = 1
    for ev in _iter_events(session, batch):
        report.events += 1
        if ev.seq != expected_seq:
            report.problems.append(f"event {ev.seq}: expected sequence number {expected_seq} "
                                   f"(events {expected_seq}–{ev.seq - 1} missing or renumbered)")
        if ev.prev_hash != prev:
            report.problems.append(f"event {ev.seq}: does not chain to the event before it")
        digest = event_hash(ev.seq, ev.at, ev.actor_id, ev.actor_name, ev.action, ev.target, ev.detail,
                            ev.prev_hash)
        if digest != ev.hash:
            report.problems.append(f"event {ev.seq}: contents changed after it was written")
        if ev.seq in expect and expect.pop(ev.seq) != ev.hash:
            report.problems.append(f"event {ev.seq}: hash differs from the one recorded outside the database")
        prev = ev.hash
        expected_seq = ev.seq + 1
        report.head_seq, report.head_hash = ev.seq, ev.hash
    for seq in expect:
        report.problems.append(f"event {seq}: recorded outside the database but no longer present")
    head = session.get(AuditHead, 1)
    if head is not None and (head.seq != report.head_seq or head.hash != report.head_hash):
        report.problems.append(f"the log ends at event {report.head_seq} but its head records event {head.seq}: "
                               "events at the end were removed, or the head was changed")
    if head is None and report.events:
        report.problems.append("the audit head row is missing")
    return report


def _iter_events(session: Session, batch: int) -> Iterator[Any]:
    # Plain rows, not ORM objects: a long log must not fill the identity map.
    cols = (AuditEvent.seq, AuditEvent.at, AuditEvent.actor_id, AuditEvent.actor_name, AuditEvent.action,
            AuditEvent.target, AuditEvent.detail, AuditEvent.prev_hash, AuditEvent.hash)
    last = 0
    while True:
        rows = session.execute(select(*cols).where(AuditEvent.seq > last).order_by(AuditEvent.seq)
                               .limit(batch)).all()
        if not rows:
            return
        yield from rows
        last = rows[-1].seq


def events_for(session: Session, target: Content | str, limit: int = 200) -> list[AuditEvent]:
    return list(session.scalars(select(AuditEvent).where(AuditEvent.target == target_of(target))
                                .order_by(AuditEvent.seq.desc()).limit(limit)))


def recent(session: Session, limit: int = 50, action: str | None = None) -> list[AuditEvent]:
    q = select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(limit)
    if action:
        q = q.where(AuditEvent.action == action)
    return list(session.scalars(q))
