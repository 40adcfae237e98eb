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
  (``phoei audit verify --expect SEQ:HASH`` with a value noted earlier);
* a chain cut back or rewritten after an *anchor*: ``phoei audit anchor`` (and the worker, daily)
  appends the head (sequence number and hash) to a file outside the database, by default
  ``<instance>/audit-anchors.jsonl`` (``PHOEI_AUDIT_ANCHOR`` puts it elsewhere: another disk, a
  write-once mount) and can e-mail it to the site administrators; ``phoei audit verify --anchor
  FILE`` checks that every anchored event is still in the chain with the same hash.

The detail never holds withheld text: redaction events carry proposal ids and
sha256 digests only.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
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


# --- anchors: the head, recorded outside the database ------------------------------------------------


@dataclass(frozen=True)
class Anchor:
    """One line of the anchor file: the chain's head when it was anchored."""

    seq: int
    hash: str
    at: str = ""
    database: str = ""

    def line(self) -> str:
        return json.dumps({"seq": self.seq, "hash": self.hash, "at": self.at, "database": self.database},
                          ensure_ascii=False, sort_keys=True) + "\n"


def read_anchors(path: Path) -> list[Anchor]:
    """Every anchor in the file, oldest first. A missing file is ``Invalid`` (the caller named it); a
    malformed line is ``Invalid`` with its line number, and so is an event anchored with two hashes."""
    from library.errors import Invalid

    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise Invalid(f"no anchor file at {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise Invalid(f"cannot read the anchor file {path}: {exc}") from None
    out: list[Anchor] = []
    seen: dict[int, str] = {}
    for n, raw in enumerate(text.splitlines(), 1):
        if not raw.strip():
            continue
        try:
            data = json.loads(raw)
            seq, digest = data["seq"], data["hash"]
            ok = isinstance(seq, int) and seq >= 0 and isinstance(digest, str) and len(digest) == 64 \
                and all(c in "0123456789abcdef" for c in digest)
        except (ValueError, TypeError, KeyError):
            ok = False
        if not ok:
            raise Invalid(f"{path}, line {n}: not an audit anchor (a JSON object with seq and a sha256 hash)")
        if seen.get(seq, digest) != digest:
            raise Invalid(f"{path}, line {n}: event {seq} is anchored with two different hashes")
        seen[seq] = digest
        out.append(Anchor(seq, digest, str(data.get("at") or ""), str(data.get("database") or "")))
    return out


def anchored(anchors: list[Anchor]) -> dict[int, str]:
    """``verify_chain``'s ``expect``: the anchored heads (the empty chain's head, event 0, is no event)."""
    return {a.seq: a.hash for a in anchors if a.seq > 0}


def write_anchor(session: Session, path: Path, database: str = "") -> tuple[Anchor, ChainReport]:
    """Verify the chain (against the anchors already in ``path``), then append its head to ``path``.

    A chain that fails verification is never anchored (that would bless the tampering): the report
    comes back with its problems and nothing is written. The line is appended with ``O_APPEND`` and
    fsynced; an unchanged head is not written twice."""
    path = Path(path)
    earlier = read_anchors(path) if path.exists() else []
    report = verify_chain(session, anchored(earlier))
    anchor = Anchor(report.head_seq, report.head_hash, utcnow().isoformat(timespec="seconds"), database)
    if not report.ok:
        return anchor, report
    if earlier and (earlier[-1].seq, earlier[-1].hash) == (anchor.seq, anchor.hash):
        return earlier[-1], report
    if not path.parent.exists():
        from library.private_files import private_dir

        private_dir(path.parent)
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, anchor.line().encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    return anchor, report


@dataclass
class AnchorResult:
    anchor: Anchor
    report: ChainReport
    path: Path
    mailed: list[str] = field(default_factory=list)
    mail_error: str = ""


def anchor_now(lib: Any, actor: Principal, *, path: Path | None = None, mail: Any = None) -> AnchorResult:
    """What ``phoei audit anchor`` and the worker's daily task do: verify, append the head to the anchor
    file (``lib.config.anchor_file`` unless ``path``), record that in the log, and e-mail the head to the
    site administrators when ``mail`` (a ``MailConfig``) is enabled. A tampered chain is not anchored
    (the result's report lists the problems; the administrators are told by e-mail)."""
    path = Path(path) if path is not None else lib.config.anchor_file
    with lib.session() as s:
        anchor, report = write_anchor(s, path, lib.config.describe_database())
    result = AnchorResult(anchor, report, path)
    if report.ok:
        with lib.transaction() as s:
            record(s, actor, "audit.anchor", "site", seq=anchor.seq, hash=anchor.hash, file=str(path))
    if mail is not None and getattr(mail, "enabled", False):
        try:
            result.mailed = _mail_anchor(lib, mail, result)
        except Exception as exc:  # the file is written; a mail server that is down is reported, not fatal
            result.mail_error = f"{type(exc).__name__}: {exc}"
    return result


def _mail_anchor(lib: Any, mail: Any, result: AnchorResult) -> list[str]:
    from library.notifications.mail import build_message, smtp_transport
    from library.notifications.recipients import with_global_roles
    from library.roles import SITE_ADMIN

    with lib.session() as s:
        to = sorted({u.email for u in with_global_roles(s, [SITE_ADMIN]) if u.email})
    if not to:
        return []
    a = result.anchor
    if result.report.ok:
        subject = f"[Phoei] หัวบันทึกการตรวจสอบ (audit log head) เหตุการณ์ที่ {a.seq}"
        body = (f"บันทึกการตรวจสอบของระบบเผยผ่านการตรวจสอบ ณ {a.at} (UTC)\n"
                f"เหตุการณ์ล่าสุด: {a.seq}\nค่าแฮช: {a.hash}\n\n"
                "โปรดเก็บอีเมลนี้ไว้ภายนอกระบบ หากมีผู้แก้ไขหรือตัดบันทึกย้อนหลัง คำสั่งต่อไปนี้จะตรวจพบ:\n"
                f"  phoei audit verify --expect {a.seq}:{a.hash}\n\n"
                f"The Phoei audit log was verified at {a.at} UTC. Head: event {a.seq}, hash {a.hash}.\n"
                "Keep this e-mail outside the system: the command above detects a log rewritten or cut back "
                "after this point.\n")
    else:
        subject = "[Phoei] บันทึกการตรวจสอบไม่ผ่านการตรวจสอบ (audit log failed verification)"
        body = ("บันทึกการตรวจสอบของระบบเผยไม่ผ่านการตรวจสอบ ระบบจึงไม่บันทึกหัวบันทึกครั้งนี้\n"
                "The Phoei audit log failed verification; it was not anchored:\n\n"
                + "\n".join(result.report.problems[:20]) + "\n")
    key = f"audit-anchor:{a.seq}:{a.hash}:{a.at}"
    with smtp_transport(mail) as t:
        for address in to:
            t.send(build_message(mail, address, subject, body, f"{key}:{address}"))
    return to
