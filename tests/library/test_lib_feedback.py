"""Feedback on wrong or outdated information (guideline §4.2): submit, queue, handle, respond."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from library import feedback, lifecycle
from library.errors import Forbidden, Invalid, NotFound
from library.models import AuditEvent, OutboxMessage
from tests.library.conftest import make_item


@pytest.fixture
def public_item(s, who, at):
    item = make_item(s, who("admin"), at("/news"), title="ประกาศวันหยุดราชการ")
    lifecycle.transition(s, who("admin"), item, "publish")
    return item


def test_lifecycle(s, who, public_item) -> None:
    fb = feedback.submit(s, who("anonymous"), public_item, "วันที่ในประกาศไม่ตรงกับปฏิทิน", kind="incorrect",
                         contact_name="นางสาวแจ้ง ข้อมูล", contact_email="citizen@example.com")
    assert fb.status == "new"
    eddie = who("eddie")
    assert [f.id for f in feedback.queue(s, eddie)] == [fb.id]
    feedback.change(s, eddie, fb, "start")
    assert fb.status == "in_progress"
    with pytest.raises(Invalid, match="response"):
        feedback.change(s, eddie, fb, "resolve")
    feedback.change(s, eddie, fb, "resolve", "แก้ไขวันที่แล้ว ขอบคุณที่แจ้ง")
    assert (fb.status, fb.response, fb.handled_by) == ("resolved", "แก้ไขวันที่แล้ว ขอบคุณที่แจ้ง", "eddie")
    assert feedback.queue(s, eddie) == []
    feedback.change(s, eddie, fb, "reopen")
    feedback.change(s, who("rita"), fb, "reject", "ตรวจสอบแล้ว ข้อมูลถูกต้อง")
    assert [(h.from_status, h.to_status) for h in fb.history] == [
        (None, "new"), ("new", "in_progress"), ("in_progress", "resolved"), ("resolved", "in_progress"),
        ("in_progress", "rejected")]
    assert feedback.counts(s)["rejected"] == 1
    with pytest.raises(Invalid):
        feedback.change(s, eddie, fb, "start")  # not from rejected


def test_contact_details_stay_out_of_the_audit_log_and_outbox(s, who, public_item) -> None:
    fb = feedback.submit(s, who("anonymous"), public_item, "ลิงก์เสีย", kind="broken",
                         contact_name="นายผู้แจ้ง ทดสอบ", contact_email="reporter@example.com")
    for ev in s.scalars(select(AuditEvent).where(AuditEvent.action.like("feedback.%"))):
        assert "reporter@example.com" not in ev.detail and "ผู้แจ้ง" not in ev.detail
    msg = s.scalar(select(OutboxMessage).where(OutboxMessage.topic == "feedback.received"))
    assert msg.payload["feedback_id"] == fb.id and "reporter" not in str(msg.payload)


def test_who_may_do_what(s, who, at, public_item) -> None:
    fb = feedback.submit(s, who("ext2"), public_item, "ข้อมูลเก่า", kind="outdated")
    for name in ("anonymous", "oscar", "carl", "ext1"):  # carl is a contributor, not an editor
        with pytest.raises(Forbidden):
            feedback.change(s, who(name), fb, "start")
        with pytest.raises(NotFound):
            feedback.get(s, who(name), fb.id)
    assert feedback.get(s, who("lara"), fb.id) is fb
    private = make_item(s, who("carl"), at("/news"))
    with pytest.raises(Forbidden):
        feedback.submit(s, who("anonymous"), private, "เห็นได้อย่างไร")
    site = feedback.submit(s, who("anonymous"), None, "เว็บไซต์ช้า", kind="other")
    assert site in feedback.queue(s, who("rita")) and site not in feedback.queue(s, who("eddie"))


@pytest.mark.parametrize(("message", "kind", "email", "error"), [
    ("", "incorrect", "", "describe"),
    ("x" * 5001, "incorrect", "", "longer"),
    ("ok", "rude", "", "kind"),
    ("ok", "other", "not-an-email", "e-mail"),
])
def test_validation(s, who, public_item, message, kind, email, error) -> None:
    with pytest.raises(Invalid, match=error):
        feedback.submit(s, who("anonymous"), public_item, message, kind=kind, contact_email=email)


# --- the citizens' feedback loop (issue #17 part 5) ---------------------------------------

def _topics(s, topic):
    return [m.payload for m in s.scalars(select(OutboxMessage).where(OutboxMessage.topic == topic)
                                         .order_by(OutboxMessage.id))]


def test_references_are_numbered_per_buddhist_year_and_tokens_are_not_stored(s, who, public_item) -> None:
    import re
    from datetime import UTC, datetime

    from library.models import Feedback

    first = feedback.file_report(s, who("anonymous"), public_item, "ข้อมูลผิดหนึ่ง")
    second = feedback.file_report(s, who("anonymous"), None, "ข้อมูลผิดสอง")
    year = first.feedback.ref_year
    assert re.fullmatch(rf"FB-{year}-\d{{6}}", first.reference)
    assert second.feedback.ref_number == first.feedback.ref_number + 1
    assert year >= 2568  # the Buddhist era, not CE
    assert first.token != second.token and len(first.token) >= 20
    assert first.token not in (first.feedback.token_hash or "")
    # a report filed at 23:30 UTC on 31 December is the next BE year's (Bangkok is UTC+7)
    fb = Feedback(kind="other", message="x", status="new", response="", handled_by="")
    feedback._number(s, fb, datetime(2019, 12, 31, 23, 30, tzinfo=UTC))
    assert fb.reference == "FB-2563-000001"


@pytest.mark.parametrize(("mangle", "found"), [
    (lambda ref, tok: (ref, tok), True),
    (lambda ref, tok: (ref.lower(), tok), True),
    (lambda ref, tok: (ref, tok[:-1] + ("A" if tok[-1] != "A" else "B")), False),
    (lambda ref, tok: (ref, ""), False),
    (lambda ref, tok: (ref[:-1] + str((int(ref[-1]) + 5) % 10), tok), False),
    (lambda ref, tok: ("FB-25x8-000001", tok), False),
    (lambda ref, tok: ("", tok), False),
])
def test_status_needs_the_reference_and_its_token(s, who, public_item, mangle, found) -> None:
    r = feedback.file_report(s, who("anonymous"), public_item, "ข้อมูลเก่า")
    ref, tok = mangle(r.reference, r.token)
    if found:
        assert feedback.status_of(s, ref, tok) is r.feedback
    else:
        with pytest.raises(NotFound):
            feedback.status_of(s, ref, tok)


def test_received_and_answered_events_carry_ids_not_content(s, who, at, public_item) -> None:
    from library import currency, users

    currency.set_responsible(s, who("admin"), at("/news"), users.get_user(s, "eddie"))
    r = feedback.file_report(s, who("anonymous"), public_item, "เนื้อหาลับของผู้แจ้ง",
                             contact_email="reply@example.org")
    [got] = _topics(s, "feedback.received")
    assert got["feedback_id"] == r.feedback.id and got["reference"] == r.reference and got["wants_answer"] is True
    assert got["responsible_user_id"] == users.get_user(s, "eddie").id  # the item's folder officer is told
    assert "เนื้อหาลับ" not in str(got) and "reply@" not in str(got)
    eddie = who("eddie")
    feedback.change(s, eddie, r.feedback, "start")
    assert _topics(s, "feedback.answered") == []  # no answer recorded yet
    feedback.change(s, eddie, r.feedback, "resolve", "แก้ไขแล้ว")
    [ans] = _topics(s, "feedback.answered")
    assert ans["feedback_id"] == r.feedback.id and ans["status"] == "resolved"
    assert "แก้ไขแล้ว" not in str(ans) and "reply@" not in str(ans)
    assert r.feedback.answered_at is not None and r.feedback.closed_at is not None
    feedback.change(s, eddie, r.feedback, "reopen")
    assert r.feedback.closed_at is None


def test_purge_deletes_content_of_closed_reports_past_retention(s, who, public_item) -> None:
    from datetime import timedelta

    from library.models import utcnow

    eddie = who("eddie")
    old = feedback.file_report(s, who("anonymous"), public_item, "ข้อความเก่า", contact_name="นายเก่า ทดสอบ",
                               contact_email="old@example.org").feedback
    feedback.change(s, eddie, old, "resolve", "คำตอบเก่า")
    recent = feedback.file_report(s, who("anonymous"), public_item, "ข้อความใหม่").feedback
    feedback.change(s, eddie, recent, "reject", "คำตอบใหม่")
    still_open = feedback.file_report(s, who("anonymous"), public_item, "ยังค้างอยู่").feedback
    old.closed_at = utcnow() - timedelta(days=40)
    still_open.created_at = still_open.updated_at = utcnow() - timedelta(days=400)
    s.flush()
    assert feedback.purge(s, 30, dry_run=True) == [old.reference]
    assert old.message == "ข้อความเก่า"  # a dry run changes nothing
    assert feedback.purge(s, 30) == [old.reference]
    assert (old.message, old.contact_name, old.contact_email, old.response) == ("", "", "", "")
    assert all(h.note == "" for h in old.history) and old.purged_at is not None
    assert (old.reference, old.status, old.kind) != (None, None, None) and old.status == "resolved"
    assert recent.message == "ข้อความใหม่" and still_open.message == "ยังค้างอยู่"
    assert feedback.purge(s, 30) == []  # once
    with pytest.raises(Invalid):
        feedback.purge(s, 0)


@pytest.mark.parametrize(("env", "days"), [({}, 365), ({"PHOEI_FEEDBACK_RETENTION_DAYS": "90"}, 90),
                                           ({"PHOEI_FEEDBACK_RETENTION_DAYS": " 1 "}, 1),
                                           ({"PHOEI_FEEDBACK_RETENTION_DAYS": "0"}, None),
                                           ({"PHOEI_FEEDBACK_RETENTION_DAYS": "-5"}, None),
                                           ({"PHOEI_FEEDBACK_RETENTION_DAYS": "a year"}, None)])
def test_retention_setting(env, days) -> None:
    if days is None:
        with pytest.raises(Invalid, match="PHOEI_FEEDBACK_RETENTION_DAYS"):
            feedback.retention_days(env)
    else:
        assert feedback.retention_days(env) == days
