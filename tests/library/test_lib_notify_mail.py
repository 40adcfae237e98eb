"""Notification e-mails through a real SMTP server on this machine (aiosmtpd): Thai subjects and
bodies arrive intact, a refusal is retried with backoff, a permanent refusal is not."""

from __future__ import annotations

import email
from datetime import timedelta
from email.header import decode_header, make_header
from email.policy import compat32

import pytest
from sqlalchemy import select

from library import lifecycle, notifications, outbox, users
from library.config import MailConfig, load_mail_config
from library.errors import Invalid
from library.models import NotificationDelivery, utcnow
from library.notifications import mail as mailer
from tests.library.conftest import make_item
from tests.smtp_sink import free_port, smtp_sink


@pytest.fixture
def sink():
    with smtp_sink() as s:
        yield s


def config_for(sink) -> MailConfig:
    return MailConfig(host=sink.host, port=sink.port, security="none", sender="ศูนย์ข้อมูลข่าวสาร <phoei@example.org>",
                      timeout=5, site_url="https://phoei.example.org/")


def review_request(lib, s, who, at, mail: MailConfig, title: str = "ประกาศผลการคัดเลือกพนักงานราชการ") -> str:
    users.get_user(s, "rita").email = "rita@example.org"
    item = make_item(s, who("admin"), at("/about/history"), title=title)
    lifecycle.transition(s, who("admin"), item, "submit")
    s.commit()
    notifications.dispatch(lib, mail)
    return item.uid


def delivery(s) -> NotificationDelivery:
    s.commit()
    s.expire_all()  # sessions keep loaded objects across commits (expire_on_commit=False)
    return s.scalar(select(NotificationDelivery))


def test_thai_mail_is_caught_by_the_sink(lib, s, who, at, sink) -> None:
    mail = config_for(sink)
    uid = review_request(lib, s, who, at, mail)
    report = mailer.send_due(lib, mail)
    assert (report.sent, report.retried, report.failed) == (1, 0, 0)
    assert len(sink.messages) == 1
    m = sink.messages[0]
    assert m["Subject"] == "[Phoei] มีเรื่องรอตรวจสอบ: ประกาศผลการคัดเลือกพนักงานราชการ"
    assert m["To"] == "rita@example.org" and sink.envelopes[0] == ("phoei@example.org", ["rita@example.org"])
    # RFC 2047 joins adjacent encoded words without the folding space; Python's address-header
    # parser keeps it (a CPython quirk), so the raw header is decoded by the RFC's rule.
    raw_from = email.message_from_bytes(sink.raw[0], policy=compat32)["From"]
    assert str(make_header(decode_header(raw_from))) == "ศูนย์ข้อมูลข่าวสาร <phoei@example.org>"
    raw = sink.raw[0].decode("ascii")  # headers and body travel 7-bit: Thai is encoded, never raw bytes
    assert "=?utf-8?" in raw.lower() and m.get_content_charset() == "utf-8"
    assert m["Auto-Submitted"] == "auto-generated" and m["Message-ID"].endswith("@example.org>")
    body = m.get_content()
    assert body.startswith("เรียน Rita\n")
    assert f"ดูรายละเอียด: https://phoei.example.org/staff/item/{uid}" in body
    assert "Review requested: ประกาศผลการคัดเลือกพนักงานราชการ" in body
    d = delivery(s)
    assert (d.status, d.attempts, d.last_error) == ("sent", 1, "") and d.sent_at is not None
    assert mailer.send_due(lib, mail).attempted == 0  # nothing sent twice


def test_a_refusal_is_retried_after_the_backoff(lib, s, who, at, sink) -> None:
    mail = config_for(sink)
    review_request(lib, s, who, at, mail)
    sink.refusals.append("451 4.3.0 Mailbox busy, try again later")
    t0 = utcnow()
    report = mailer.send_due(lib, mail, now=t0)
    assert (report.sent, report.retried) == (0, 1) and sink.raw == []
    d = delivery(s)
    assert (d.status, d.attempts) == ("pending", 1) and "451" in d.last_error
    assert d.next_attempt_at == t0 + mailer.backoff(1)
    assert mailer.send_due(lib, mail, now=t0 + timedelta(seconds=30)).attempted == 0  # not due yet
    report = mailer.send_due(lib, mail, now=t0 + mailer.backoff(1) + timedelta(seconds=1))
    assert report.sent == 1
    assert [m["Subject"] for m in sink.messages] == ["[Phoei] มีเรื่องรอตรวจสอบ: ประกาศผลการคัดเลือกพนักงานราชการ"]
    d = delivery(s)
    assert (d.status, d.attempts) == ("sent", 2)


def test_a_permanent_refusal_is_not_retried(lib, s, who, at, sink) -> None:
    mail = config_for(sink)
    review_request(lib, s, who, at, mail)
    sink.refusals.append("554 5.7.1 Message rejected")
    assert mailer.send_due(lib, mail).failed == 1
    d = delivery(s)
    assert d.status == "failed" and "554" in d.last_error


def test_no_server_means_retry_then_give_up(lib, s, who, at) -> None:
    mail = MailConfig(host="127.0.0.1", port=free_port(), security="none", sender="phoei@example.org", timeout=2)
    review_request(lib, s, who, at, mail)
    now = utcnow()
    for attempt in range(1, mailer.MAX_ATTEMPTS + 1):
        report = mailer.send_due(lib, mail, now=now)
        assert report.attempted == 1
        d = delivery(s)
        assert d.attempts == attempt and "Connection" in d.last_error
        now = d.next_attempt_at + timedelta(seconds=1)
    assert d.status == "failed"


def test_backoff_grows_and_is_capped() -> None:
    waits = [mailer.backoff(n).total_seconds() for n in range(1, 12)]
    assert waits == sorted(waits) and waits[0] == 60 and waits[-1] == 12 * 3600


def test_the_citizens_answer_arrives_and_leaves_no_address_behind(lib, s, sink) -> None:
    mail = config_for(sink)
    outbox.emit(s, "feedback.answered", None, feedback_id=31, reference="FB-2568-00031",
                email="citizen@example.net", answer="ได้ปรับปรุงวันที่ในประกาศแล้ว")
    s.commit()
    notifications.dispatch(lib, mail)
    assert mailer.send_due(lib, mail).sent == 1
    m = sink.messages[0]
    assert m["Subject"] == "[Phoei] ผลการพิจารณาเรื่องที่ท่านแจ้ง เลขที่ FB-2568-00031"
    assert m["To"] == "citizen@example.net" and "ได้ปรับปรุงวันที่ในประกาศแล้ว" in m.get_content()
    assert "Notification settings" not in m.get_content()  # not a user: no settings to change
    d = delivery(s)
    assert (d.status, d.to_address, d.body) == ("sent", "", "")


def test_digest_mail(lib, s, who, at, sink) -> None:
    mail = config_for(sink)
    rita = users.get_user(s, "rita")
    notifications.set_preferences(s, rita.id, {}, True)
    review_request(lib, s, who, at, mail, title="เรื่องแรก")
    review_request(lib, s, who, at, mail, title="เรื่องที่สอง")
    assert mailer.send_due(lib, mail).attempted == 0  # held for the digest
    assert notifications.build_digests(lib, mail) == 1
    assert mailer.send_due(lib, mail).sent == 1
    m = sink.messages[0]
    assert m["Subject"] == "[Phoei] สรุปการแจ้งเตือนประจำวัน (2 รายการ)"
    assert "• มีเรื่องรอตรวจสอบ: เรื่องแรก" in m.get_content() and "• Review requested: เรื่องที่สอง" in m.get_content()


# (environment, expected (host, port, security, sender, enabled) or the error)
CONFIG_CASES = [
    ({}, ("", 587, "starttls", "", False)),
    ({"PHOEI_SMTP_HOST": "mail.example.go.th", "PHOEI_SMTP_FROM": "noreply@example.go.th"},
     ("mail.example.go.th", 587, "starttls", "noreply@example.go.th", True)),
    ({"PHOEI_SMTP_HOST": "m", "PHOEI_SMTP_SECURITY": "SSL", "PHOEI_SMTP_FROM": "a@b"}, ("m", 465, "ssl", "a@b", True)),
    ({"PHOEI_SMTP_HOST": "m", "PHOEI_SMTP_SECURITY": "none", "PHOEI_SMTP_PORT": "2525", "PHOEI_SMTP_FROM": "a@b"},
     ("m", 2525, "none", "a@b", True)),
    ({"PHOEI_SMTP_SECURITY": "tls13"}, "PHOEI_SMTP_SECURITY"),
    ({"PHOEI_SMTP_PORT": "smtp"}, "PHOEI_SMTP_PORT"),
    ({"PHOEI_SMTP_PORT": "70000"}, "out of range"),
]


@pytest.mark.parametrize(("env", "expected"), CONFIG_CASES)
def test_mail_config(env, expected) -> None:
    if isinstance(expected, str):
        with pytest.raises(Invalid, match=expected):
            load_mail_config(env)
        return
    c = load_mail_config(env)
    assert (c.host, c.port, c.security, c.sender, c.enabled) == expected


def test_password_is_not_in_the_repr() -> None:
    c = load_mail_config({"PHOEI_SMTP_HOST": "m", "PHOEI_SMTP_PASSWORD": "hunter2-long", "PHOEI_SMTP_FROM": "a@b"})
    assert c.password == "hunter2-long" and "hunter2-long" not in repr(c)
