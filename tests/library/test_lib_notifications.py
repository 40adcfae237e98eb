"""Notifications (issue #17 part 4): who is told of each event, preferences, the inbox, idempotent
dispatch from the outbox, digests and the wiring of the events into the workflow and redaction."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from library import content, lifecycle, notifications, outbox, redaction, users
from library.config import MailConfig
from library.errors import Invalid
from library.models import Notification, NotificationDelivery, OutboxMessage, User, UserRole, utcnow
from library.notifications.events import EVENTS, render
from tests.library.conftest import make_item

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "webui" / "data" / "demo" / "complaint.pdf"
MAIL = MailConfig(host="127.0.0.1", port=2525, security="none", sender="Phoei <phoei@example.org>",
                  site_url="https://phoei.example.org")


def _names(s, event: str) -> set[str]:
    ids = s.scalars(select(Notification.user_id).where(Notification.event == event)).all()
    return {s.get(User, i).username for i in ids}


def _run(lib, s, mail=MAIL) -> int:
    s.commit()
    n = notifications.dispatch(lib, mail)
    s.expire_all()
    return n


def _give_emails(s, *names: str) -> None:
    for name in names:
        users.get_user(s, name).email = f"{name}@example.org"


# --- who is told ----------------------------------------------------------------------

# (folder, who submits, expected recipients): reviewers of the item's folder and global reviewers,
# never the one who asked.
REVIEW_CASES = [
    ("/news", "admin", {"rita", "lara"}),          # lara reviews /news locally
    ("/oia/s9/s9-1", "carl", {"rita", "lara"}),    # acquired from /oia
    ("/about/history", "admin", {"rita"}),         # no local reviewer there
]


@pytest.mark.parametrize(("folder", "actor", "expected"), REVIEW_CASES)
def test_review_requested_goes_to_the_folders_reviewers(lib, s, who, at, folder, actor, expected) -> None:
    item = make_item(s, who(actor), at(folder))
    lifecycle.transition(s, who(actor), item, "submit")
    assert _run(lib, s) == 1
    assert _names(s, "review.requested") == expected


def test_a_folder_that_blocks_inheritance_keeps_its_parents_reviewers_out(lib, s, who, at) -> None:
    sub = make_item(s, who("admin"), at("/news"), "folder", title="ข่าวภายใน")
    content.configure_folder(s, who("admin"), sub, block_local_roles=True)
    item = make_item(s, who("admin"), sub)
    lifecycle.transition(s, who("admin"), item, "submit")
    _run(lib, s)
    assert _names(s, "review.requested") == {"rita"}


def test_inactive_users_and_the_actor_are_not_told(lib, s, who, at) -> None:
    users.get_user(s, "lara").active = False
    item = make_item(s, who("admin"), at("/news"))
    lifecycle.transition(s, who("admin"), item, "submit")
    _run(lib, s)
    assert _names(s, "review.requested") == {"rita"}


def test_nobody_found_falls_back_to_site_admins(lib, s, who, at) -> None:
    for name in ("rita", "lara"):
        users.get_user(s, name).active = False
    item = make_item(s, who("carl"), at("/news"))
    lifecycle.transition(s, who("carl"), item, "submit")
    _run(lib, s)
    assert _names(s, "review.requested") == {"admin"}


def test_submission_received_goes_to_those_who_screen(lib, s, who, at) -> None:
    item = make_item(s, who("ext1"), at("/news"), title="ข่าวเกษตรจังหวัด")
    lifecycle.transition(s, who("ext1"), item, "send")
    msg = s.scalar(select(OutboxMessage).where(OutboxMessage.topic == "submission.received"))
    assert msg.payload["agency"] == "สำนักงานเกษตรจังหวัดบุรีรัมย์" and msg.item_uid == item.uid
    _run(lib, s)
    assert _names(s, "submission.received") == {"admin", "eddie", "lara"}
    n = s.scalar(select(Notification).where(Notification.event == "submission.received"))
    assert "สำนักงานเกษตรจังหวัดบุรีรัมย์" in notifications.detail("submission.received", n.params)


def test_verification_failed_goes_to_the_uploader_and_reviewers(lib, s, who, at) -> None:
    carl = who("carl")
    item = make_item(s, carl, at("/oia/s9/s9-1"), "file", title="ผลการพิจารณา")
    f = redaction.upload(s, carl, item, DEMO.read_bytes(), "doc.pdf")
    redaction.record_verification(s, who("rita"), f, passed=True, report={}, redacted=None, digest_of_decisions="x")
    assert s.scalar(select(func.count()).select_from(OutboxMessage)
                    .where(OutboxMessage.topic == "verification.failed")) == 0  # a pass is no news
    redaction.record_verification(s, who("rita"), f, passed=False, report={}, redacted=None, digest_of_decisions="x",
                                  message="kept text lost on page 1")
    _run(lib, s)
    assert _names(s, "verification.failed") == {"carl", "rita", "lara"}


@pytest.mark.parametrize(("payload", "expected"), [
    ({}, {"admin"}),                                   # site administrators
    ({"responsible_user_id": "oscar"}, {"admin", "oscar"}),  # and the folder's responsible officer
])
def test_feedback_received(lib, s, who, at, payload, expected) -> None:
    item = make_item(s, who("admin"), at("/news"))
    if "responsible_user_id" in payload:
        payload = {"responsible_user_id": users.get_user(s, payload["responsible_user_id"]).id}
    outbox.emit(s, "feedback.received", item, feedback_id=7, **payload)
    _run(lib, s)
    assert _names(s, "feedback.received") == expected
    n = s.scalar(select(Notification).where(Notification.event == "feedback.received"))
    assert n.params["reference"] == "#7" and n.params["title"] == item.title


@pytest.mark.parametrize(("responsible", "expected"), [
    ("oscar", {"oscar"}),          # the named responsible officer only
    (None, {"carl", "eddie"}),     # else the owner and the folder's editors
])
def test_item_stale(lib, s, who, at, responsible, expected) -> None:
    item = make_item(s, who("carl"), at("/news"))
    extra = {"responsible_user_id": users.get_user(s, responsible).id} if responsible else {}
    outbox.emit(s, "item.stale", item, **extra)
    _run(lib, s)
    assert _names(s, "item.stale") == expected


def test_report_ready_goes_to_executives(lib, s, who) -> None:
    outbox.emit(s, "report.ready", None, month="2568-10", url="/staff/")
    _run(lib, s)
    assert _names(s, "report.ready") == {"admin"}  # no executive yet: the site administrators
    boss = users.get_user(s, "oscar")
    s.add(UserRole(user_id=boss.id, role="executive"))  # the role the report adds (by string here)
    outbox.emit(s, "report.ready", None, month="2568-11")
    _run(lib, s)
    rows = s.execute(select(User.username, Notification.params).join(User, User.id == Notification.user_id)
                     .where(Notification.event == "report.ready").order_by(Notification.id)).all()
    assert [(u, p["month"]) for u, p in rows] == [("admin", "2568-10"), ("oscar", "2568-11")]


def test_events_on_a_deleted_item_tell_nobody(lib, s, who, at) -> None:
    item = make_item(s, who("carl"), at("/news"))
    outbox.emit(s, "item.stale", item)
    item.deleted_at = utcnow()
    _run(lib, s)
    assert _names(s, "item.stale") == set()


# --- dispatch -------------------------------------------------------------------------


def test_dispatch_leaves_other_consumers_messages_and_is_idempotent(lib, s, who, at) -> None:
    item = make_item(s, who("admin"), at("/news"))
    lifecycle.transition(s, who("admin"), item, "publish")  # item.published: the search indexer's
    lifecycle.transition(s, who("admin"), item, "retract", "ผิดเรื่อง")
    lifecycle.transition(s, who("admin"), item, "submit")
    _give_emails(s, "rita", "lara")
    assert _run(lib, s) == 1
    left = {m.topic for m in outbox.pending(s, 1000)}
    assert {"item.published", "item.retracted"} <= left and not left & set(outbox.NOTIFICATION_TOPICS)
    counts = (s.scalar(select(func.count()).select_from(Notification)),
              s.scalar(select(func.count()).select_from(NotificationDelivery)))
    assert counts == (2, 2)
    # The same message handled again (a worker that died before marking it done) adds nothing.
    msg = s.scalar(select(OutboxMessage).where(OutboxMessage.topic == "review.requested"))
    assert notifications.handle(s, msg, MAIL) == 0
    s.flush()
    assert (s.scalar(select(func.count()).select_from(Notification)),
            s.scalar(select(func.count()).select_from(NotificationDelivery))) == counts
    assert _run(lib, s) == 0


def test_a_broken_message_is_retried_then_set_aside(lib, s, who) -> None:
    outbox.emit(s, "feedback.answered", None, feedback_id="not-a-number", email="a@example.org")
    outbox.emit(s, "report.ready", None, month="2568-10")
    s.commit()
    for attempt in range(1, notifications.MAX_DISPATCH_ATTEMPTS + 1):
        handled = notifications.dispatch(lib, MAIL)
        assert handled == (1 if attempt == 1 else 0)  # the good message goes through at once
    s.commit()
    s.expire_all()
    bad = s.scalar(select(OutboxMessage).where(OutboxMessage.topic == "feedback.answered"))
    assert bad.attempts == notifications.MAX_DISPATCH_ATTEMPTS and bad.processed_at is not None
    assert "ValueError" in bad.last_error
    assert notifications.dispatch(lib, MAIL) == 0


def test_without_smtp_notifications_are_in_app_only(lib, s, who, at) -> None:
    _give_emails(s, "rita")
    item = make_item(s, who("admin"), at("/about/history"))
    lifecycle.transition(s, who("admin"), item, "submit")
    _run(lib, s, mail=MailConfig())
    n = s.scalar(select(Notification).where(Notification.event == "review.requested"))
    assert (n.in_app, n.email_mode) == (True, "none")
    assert s.scalar(select(func.count()).select_from(NotificationDelivery)) == 0


def test_feedback_answered_mails_the_citizen_and_keeps_no_address(lib, s) -> None:
    outbox.emit(s, "feedback.answered", None, feedback_id=12, reference="FB-2568-00012",
                email="citizen@example.net", answer="แก้ไขข้อมูลแล้ว ขอบคุณที่แจ้ง")
    _run(lib, s)
    d = s.scalar(select(NotificationDelivery))
    assert (d.user_id, d.to_address, d.event) == (None, "citizen@example.net", "feedback.answered")
    assert "FB-2568-00012" in d.subject and "แก้ไขข้อมูลแล้ว ขอบคุณที่แจ้ง" in d.body
    msg = s.scalar(select(OutboxMessage).where(OutboxMessage.topic == "feedback.answered"))
    assert "email" not in msg.payload and "answer" not in msg.payload and msg.payload["feedback_id"] == 12
    assert s.scalar(select(func.count()).select_from(Notification)) == 0  # not a user: no inbox


def test_feedback_answered_reads_the_address_from_the_feedback(lib, s, who, at) -> None:
    from library import feedback

    item = make_item(s, who("admin"), at("/news"))
    lifecycle.transition(s, who("admin"), item, "publish")
    fb = feedback.submit(s, who("anonymous"), item, "วันที่ผิด", contact_email="someone@example.net")
    feedback.change(s, who("admin"), fb, "resolve", "แก้ไขวันที่แล้ว")
    outbox.emit(s, "feedback.answered", item, feedback_id=fb.id)
    _run(lib, s)
    d = s.scalar(select(NotificationDelivery))
    assert d.to_address == "someone@example.net" and "แก้ไขวันที่แล้ว" in d.body
    assert fb.reference and fb.reference in d.subject


# --- preferences and digests ------------------------------------------------------------

# (in_app, email, digest) chosen for review.requested → (inbox row?, email_mode, instant e-mail?)
PREF_CASES = [
    ((True, True, False), (True, "instant", True)),
    ((True, False, False), (True, "none", False)),
    ((False, True, False), (False, "instant", True)),
    ((False, False, False), (None, None, False)),     # nothing at all
    ((True, True, True), (True, "digest", False)),    # held for the digest
]


@pytest.mark.parametrize(("choice", "expected"), PREF_CASES)
def test_preferences(lib, s, who, at, choice, expected) -> None:
    in_app, email, digest = choice
    rita = users.get_user(s, "rita")
    rita.email = "rita@example.org"
    notifications.set_preferences(s, rita.id, {"review.requested": {"in_app": in_app, "email": email}}, digest)
    item = make_item(s, who("admin"), at("/about/history"))
    lifecycle.transition(s, who("admin"), item, "submit")
    _run(lib, s)
    n = s.scalar(select(Notification).where(Notification.user_id == rita.id))
    got = (n.in_app, n.email_mode) if n else (None, None)
    mails = s.scalar(select(func.count()).select_from(NotificationDelivery)
                     .where(NotificationDelivery.user_id == rita.id))
    assert (*got, mails == 1) == expected
    assert notifications.unread_count(s, rita.id) == (1 if expected[0] else 0)


def test_preferences_refuse_unknown_events_and_channels(s, who) -> None:
    rita = users.get_user(s, "rita")
    with pytest.raises(Invalid, match="event"):
        notifications.set_preferences(s, rita.id, {"no.such.event": {"email": False}}, False)
    with pytest.raises(Invalid, match="event"):
        notifications.set_preferences(s, rita.id, {"feedback.answered": {"email": False}}, False)  # not a user's
    with pytest.raises(Invalid, match="channel"):
        notifications.set_preferences(s, rita.id, {"item.stale": {"sms": True}}, False)
    p = notifications.preferences(s, rita.id)
    assert p.wants("item.stale", "email") and p.wants("item.stale", "in_app") and not p.digest  # defaults


def test_daily_digest_gathers_one_mail_per_user(lib, s, who, at) -> None:
    rita = users.get_user(s, "rita")
    rita.email = "rita@example.org"
    notifications.set_preferences(s, rita.id, {}, True)
    titles = ["รายงานการประชุม", "ประกาศรับสมัคร", "คำสั่งแต่งตั้ง"]
    for t in titles:
        item = make_item(s, who("admin"), at("/about/history"), title=t)
        lifecycle.transition(s, who("admin"), item, "submit")
    _run(lib, s)
    assert s.scalar(select(func.count()).select_from(NotificationDelivery)) == 0
    assert notifications.build_digests(lib, MAIL) == 1
    assert notifications.build_digests(lib, MAIL) == 0  # everything already gathered
    s.commit()
    s.expire_all()
    d = s.scalar(select(NotificationDelivery))
    assert d.dedupe_key.startswith(f"digest:{rita.id}:") and "3 รายการ" in d.subject
    for t in titles:
        assert f"มีเรื่องรอตรวจสอบ: {t}" in d.body
    assert "https://phoei.example.org/staff/item/" in d.body


# --- the inbox -------------------------------------------------------------------------


def test_inbox_read_and_unread(lib, s, who, at) -> None:
    rita = users.get_user(s, "rita")
    for t in ("หนึ่ง", "สอง", "สาม"):
        item = make_item(s, who("admin"), at("/about/history"), title=t)
        lifecycle.transition(s, who("admin"), item, "submit")
    _run(lib, s)
    rows = notifications.inbox(s, rita.id)
    assert [r.params["title"] for r in rows] == ["สาม", "สอง", "หนึ่ง"]  # newest first
    assert notifications.unread_count(s, rita.id) == 3
    assert notifications.mark_read(s, rita.id, rows[0].id)
    assert notifications.unread_count(s, rita.id) == 2
    lara = users.get_user(s, "lara")
    assert not notifications.mark_read(s, lara.id, rows[1].id)  # not hers
    assert notifications.unread_count(s, rita.id) == 2
    assert [r.params["title"] for r in notifications.inbox(s, rita.id, unread_only=True)] == ["สอง", "หนึ่ง"]
    assert notifications.mark_all_read(s, rita.id) == 2
    assert notifications.unread_count(s, rita.id) == 0


# --- texts -----------------------------------------------------------------------------

RENDER_CASES = [
    ("มีเรื่อง: {title}", {"title": "ก"}, "th", "มีเรื่อง: ก"),
    ("มีเรื่อง: {title}", {}, "th", "มีเรื่อง: ทั้งเว็บไซต์"),           # fallback word
    ("Feedback: {title}", {"title": ""}, "en", "Feedback: the whole site"),
    ("{unknown} x", {}, "th", "x"),                                      # missing and no fallback
    ("{title.__class__} {0}", {"title": "ก"}, "th", ""),                 # no attribute or index lookups
    ("{{literal}} {title}", {"title": "ก"}, "en", "{literal} ก"),
]


@pytest.mark.parametrize(("template", "params", "lang", "expected"), RENDER_CASES)
def test_render(template, params, lang, expected) -> None:
    assert render(template, params, lang) == expected


def test_every_event_is_an_outbox_topic_with_both_languages() -> None:
    assert set(EVENTS) == set(outbox.NOTIFICATION_TOPICS)
    for ev in EVENTS.values():
        assert ev.title_th and ev.title_en and ev.subject_th and ev.subject_en
        assert render(ev.subject_th, {}, "th") and render(ev.subject_en, {}, "en")


def test_email_body_is_thai_first_with_links(lib, s, who, at) -> None:
    item = make_item(s, who("admin"), at("/news"), title="ประกาศผลการคัดเลือก")
    body = notifications.email_body(EVENTS["review.requested"], {"uid": item.uid, "title": item.title,
                                                                 "actor": "สมศรี"}, MAIL, "ริต้า")
    lines = body.splitlines()
    assert lines[0] == "เรียน ริต้า" and lines[2] == "มีเรื่องรอตรวจสอบ: ประกาศผลการคัดเลือก"
    assert f"https://phoei.example.org/staff/item/{item.uid}" in body
    assert body.index("มีเรื่องรอตรวจสอบ") < body.index("Review requested: ประกาศผลการคัดเลือก")
    assert "https://phoei.example.org/account/notifications/preferences" in body
    no_site = notifications.email_body(EVENTS["review.requested"], {"uid": item.uid}, MailConfig(host="x"))
    assert "http" not in no_site  # no site address configured: no half link


def test_notifications_go_with_their_user(lib, s, who, at) -> None:
    item = make_item(s, who("admin"), at("/about/history"))
    lifecycle.transition(s, who("admin"), item, "submit")
    _run(lib, s)
    rita = users.get_user(s, "rita")
    assert notifications.unread_count(s, rita.id) == 1
    s.delete(rita)
    s.flush()
    assert s.scalar(select(func.count()).select_from(Notification)) == 0


def test_timestamps_are_utc(lib, s, who, at) -> None:
    item = make_item(s, who("admin"), at("/about/history"))
    lifecycle.transition(s, who("admin"), item, "submit")
    before = utcnow()
    _run(lib, s)
    n = s.scalar(select(Notification))
    assert before - timedelta(seconds=5) <= n.created_at <= utcnow()
