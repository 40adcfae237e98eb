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
    msg = s.scalar(select(OutboxMessage).where(OutboxMessage.topic == "feedback.created"))
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
