"""The audit log: append-only in the database, hash-chained, tampering detected."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import exc, select, text

from library import audit, lifecycle
from library.audit import GENESIS, verify_chain
from library.db import Library
from library.models import AuditEvent, AuditHead
from tests.library.audit_attack import drop_guards, forge_chain
from tests.library.conftest import make_item


def test_chain_of_the_base_state_is_intact(s) -> None:
    report = verify_chain(s)
    assert report.ok, report.problems
    assert report.events > 50
    first = s.scalar(select(AuditEvent).order_by(AuditEvent.seq).limit(1))
    assert first.seq == 1 and first.prev_hash == GENESIS
    head = s.get(AuditHead, 1)
    assert (head.seq, head.hash) == (report.head_seq, report.head_hash)


def test_events_record_actor_action_target(s, who, at) -> None:
    item = make_item(s, who("carl"), at("/news"))
    lifecycle.transition(s, who("carl"), item, "submit", "ตรวจด้วย")
    events = audit.events_for(s, item)
    # Newest first: submitting put the typed text through the redactor (library.typed) first.
    assert [e.action for e in events] == ["workflow.submit", "text.analyse", "item.create"]
    assert events[0].actor_name == "carl" and '"comment":"ตรวจด้วย"' in events[0].detail
    assert verify_chain(s).ok


def test_the_database_refuses_update_and_delete(lib: Library, s) -> None:
    for stmt in ("UPDATE audit_events SET action = 'x' WHERE seq = 1", "DELETE FROM audit_events WHERE seq = 1"):
        with pytest.raises(exc.DBAPIError, match="append-only"), s.begin_nested():
            s.execute(text(stmt))
    assert verify_chain(s).ok


def test_a_changed_row_is_detected(s, backend) -> None:
    drop_guards(s, backend)
    s.execute(text("UPDATE audit_events SET actor_name = 'someone-else' WHERE seq = 5"))
    report = verify_chain(s)
    assert not report.ok
    assert report.problems == ["event 5: contents changed after it was written"]


def test_a_rehashed_row_breaks_the_next_link(s, backend) -> None:
    drop_guards(s, backend)
    ev = s.get(AuditEvent, 5)
    detail = "{\"forged\":true}"
    new_hash = audit.event_hash(ev.seq, ev.at, ev.actor_id, ev.actor_name, ev.action, ev.target, detail,
                                ev.prev_hash)
    s.execute(text("UPDATE audit_events SET detail = :d, hash = :h WHERE seq = 5"), {"d": detail, "h": new_hash})
    s.expire_all()
    report = verify_chain(s)
    assert report.problems == ["event 6: does not chain to the event before it"]


def test_a_removed_row_is_detected(s, backend) -> None:
    drop_guards(s, backend)
    s.execute(text("DELETE FROM audit_events WHERE seq = 7"))
    problems = verify_chain(s).problems
    assert any("expected sequence number 7" in p for p in problems)
    assert any("event 8: does not chain" in p for p in problems)


def test_removed_last_rows_are_detected(s, backend) -> None:
    drop_guards(s, backend)
    head = verify_chain(s).head_seq
    s.execute(text("DELETE FROM audit_events WHERE seq > :n"), {"n": head - 3})
    problems = verify_chain(s).problems
    assert len(problems) == 1 and "events at the end were removed" in problems[0]


def test_a_rewritten_chain_is_caught_by_a_recorded_head(s, backend) -> None:
    report = verify_chain(s)
    noted = {report.head_seq: report.head_hash}
    drop_guards(s, backend)
    # Rewrite the whole chain consistently (and the head): only an outside record catches this.
    forge_chain(s, 3)
    s.expire_all()
    assert verify_chain(s).ok
    assert verify_chain(s, noted).problems == [
        f"event {report.head_seq}: hash differs from the one recorded outside the database"]


def test_concurrent_writers_do_not_fork_the_chain(backend, pg_url_or_none, tmp_path) -> None:
    """Several threads append at once (real commits, separate connections)."""
    from tests.library.conftest import fresh_library

    with fresh_library(backend, tmp_path) as lib:
        from library.security import Principal

        errors: list[BaseException] = []

        def work(n: int) -> None:
            try:
                for i in range(10):
                    with lib.transaction() as s:  # SQLite: BEGIN IMMEDIATE, so writers queue
                        s.execute(select(AuditHead.seq)).all()  # a read first, as real requests do
                        audit.record(s, Principal.system(f"worker-{n}"), "test.concurrent", "site", i=i)
            except BaseException as e:
                errors.append(e)

        threads = [threading.Thread(target=work, args=(n,)) for n in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert not errors
        with lib.session() as s:
            report = verify_chain(s)
            assert report.ok, report.problems
            n = s.scalar(select(text("count(*)")).select_from(AuditEvent).where(AuditEvent.action == "test.concurrent"))
            assert n == 60
