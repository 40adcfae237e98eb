"""E-mail over SMTP: building the message (UTF-8, Thai subject encoded per RFC 2047) and sending
the deliveries that are due, with retries and backoff.

Sending is at-least-once: a delivery is *claimed* (its ``next_attempt_at`` moved past a lease, in a
committed transaction) before the message goes out, so two workers never send it at the same time;
a worker that dies between sending and recording the result leaves the claim to expire, and the
message goes again with the same ``Message-ID`` (receiving servers use it to drop the copy).
"""

from __future__ import annotations

import hashlib
import logging
import smtplib
import ssl
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import formatdate, parseaddr
from typing import Protocol

from sqlalchemy import select, update

from library.config import MailConfig
from library.db import Library
from library.models import NotificationDelivery, utcnow

log = logging.getLogger("phoei.notifications")

# Seconds to wait after the n-th failed attempt; after MAX_ATTEMPTS the delivery is given up.
BACKOFF = (60, 5 * 60, 15 * 60, 60 * 60, 3 * 3600, 6 * 3600, 12 * 3600)
MAX_ATTEMPTS = 8
LEASE = timedelta(minutes=10)


def backoff(attempts: int) -> timedelta:
    """The wait after ``attempts`` failed attempts (1 → one minute, growing to 12 hours)."""
    return timedelta(seconds=BACKOFF[min(max(attempts, 1), len(BACKOFF)) - 1])


class Permanent(Exception):
    """The server refused for good (5xx): trying again would not help."""


def build_message(mail: MailConfig, to: str, subject: str, body: str, dedupe_key: str) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = subject
    msg["From"] = mail.sender
    msg["To"] = to
    msg["Date"] = formatdate(usegmt=True)
    domain = parseaddr(mail.sender)[1].rpartition("@")[2] or "localhost"
    msg["Message-ID"] = f"<phoei.{hashlib.sha256(dedupe_key.encode()).hexdigest()[:32]}@{domain}>"
    msg["Auto-Submitted"] = "auto-generated"  # RFC 3834: no vacation replies to us
    msg["Content-Language"] = "th"
    msg.set_content(body, charset="utf-8")
    return msg


class Transport(Protocol):
    def send(self, msg: EmailMessage) -> None: ...


class SmtpTransport:
    """One SMTP connection for a batch, opened lazily and reopened after an error."""

    def __init__(self, mail: MailConfig) -> None:
        self.mail = mail
        self.conn: smtplib.SMTP | None = None

    def _open(self) -> smtplib.SMTP:
        m = self.mail
        context = ssl.create_default_context()
        conn: smtplib.SMTP
        if m.security == "ssl":
            conn = smtplib.SMTP_SSL(m.host, m.port, timeout=m.timeout, context=context)
        else:
            conn = smtplib.SMTP(m.host, m.port, timeout=m.timeout)
            conn.ehlo()
            if m.security == "starttls":
                conn.starttls(context=context)
                conn.ehlo()
        if m.user:
            conn.login(m.user, m.password)
        return conn

    def send(self, msg: EmailMessage) -> None:
        if self.conn is None:
            self.conn = self._open()
        try:
            self.conn.send_message(msg)
        except smtplib.SMTPRecipientsRefused as exc:
            self.close()
            codes = [code for code, _ in exc.recipients.values()]
            if codes and all(500 <= c < 600 for c in codes):
                raise Permanent(f"recipient refused: {exc.recipients}") from exc
            raise
        except smtplib.SMTPResponseException as exc:
            self.close()
            if 500 <= exc.smtp_code < 600:
                raise Permanent(f"{exc.smtp_code} {exc.smtp_error!r}") from exc
            raise
        except Exception:
            self.close()
            raise

    def close(self) -> None:
        if self.conn is not None:
            try:
                self.conn.quit()
            except Exception:  # already gone
                pass
            self.conn = None


@contextmanager
def smtp_transport(mail: MailConfig) -> Iterator[Transport]:
    t = SmtpTransport(mail)
    try:
        yield t
    finally:
        t.close()


@dataclass
class SendReport:
    sent: int = 0
    retried: int = 0
    failed: int = 0

    @property
    def attempted(self) -> int:
        return self.sent + self.retried + self.failed


def _claim(lib: Library, now: datetime, limit: int) -> list[NotificationDelivery]:
    with lib.transaction() as s:
        due = s.execute(select(NotificationDelivery.id, NotificationDelivery.next_attempt_at)
                        .where(NotificationDelivery.status == "pending", NotificationDelivery.next_attempt_at <= now)
                        .order_by(NotificationDelivery.next_attempt_at, NotificationDelivery.id)
                        .limit(limit)).all()
        claimed = []
        for did, at in due:
            r = s.execute(update(NotificationDelivery)
                          .where(NotificationDelivery.id == did, NotificationDelivery.status == "pending",
                                 NotificationDelivery.next_attempt_at == at)
                          .values(next_attempt_at=now + LEASE, attempts=NotificationDelivery.attempts + 1)
                          .execution_options(synchronize_session=False))
            if r.rowcount == 1:  # type: ignore[attr-defined]
                claimed.append(did)
        rows = list(s.scalars(select(NotificationDelivery).where(NotificationDelivery.id.in_(claimed))
                              .order_by(NotificationDelivery.id))) if claimed else []
        for r_ in rows:
            s.expunge(r_)
        return rows


def send_due(lib: Library, mail: MailConfig, *, now: datetime | None = None, limit: int = 200,
             transport: Callable[[MailConfig], AbstractContextManager[Transport]] | None = None) -> SendReport:
    """Send the deliveries that are due (one batch); returns what happened."""
    report = SendReport()
    if not mail.enabled:
        return report
    now = now or utcnow()
    batch = _claim(lib, now, limit)
    if not batch:
        return report
    opener = transport or smtp_transport
    with opener(mail) as t:
        for d in batch:
            error, permanent = "", False
            try:
                t.send(build_message(mail, d.to_address, d.subject, d.body, d.dedupe_key))
            except Permanent as exc:
                error, permanent = str(exc), True
            except Exception as exc:  # connection refused, 4xx, timeouts: try again later
                error = f"{type(exc).__name__}: {exc}"
            with lib.transaction() as s:
                values: dict[str, object]
                if not error:
                    values = {"status": "sent", "sent_at": utcnow(), "last_error": ""}
                    if d.user_id is None:
                        # A citizen's address and the answer are personal data: not kept once sent.
                        values.update(to_address="", body="")
                    report.sent += 1
                elif permanent or d.attempts >= MAX_ATTEMPTS:
                    values = {"status": "failed", "last_error": error[:2000]}
                    report.failed += 1
                    log.warning("e-mail delivery %s given up: %s", d.id, error)
                else:
                    values = {"next_attempt_at": now + backoff(d.attempts), "last_error": error[:2000]}
                    report.retried += 1
                    log.info("e-mail delivery %s will be retried: %s", d.id, error)
                s.execute(update(NotificationDelivery).where(NotificationDelivery.id == d.id).values(**values)
                          .execution_options(synchronize_session=False))
    return report
