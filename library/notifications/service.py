"""The notification service: dispatch, inbox, preferences and digests (``library.notifications``
re-exports these names lazily; see the package docstring for the flow)."""


from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from library import outbox
from library.config import MailConfig
from library.db import Library
from library.errors import Invalid
from library.models import (
    Content,
    Feedback,
    Notification,
    NotificationDelivery,
    NotificationPreference,
    OutboxMessage,
    User,
    utcnow,
)
from library.notifications.events import EVENTS, USER_EVENTS, Event
from library.notifications.recipients import recipients

log = logging.getLogger("phoei.notifications")

MAX_DISPATCH_ATTEMPTS = 5
# Payload keys that hold a citizen's personal data; dropped from the outbox row once used.
PERSONAL_KEYS = ("email", "answer", "response", "contact_name")
DEFAULT_CHANNELS = {"email": True, "in_app": True}
PREFERENCES_PATH = "/account/notifications/preferences"


# --- preferences ---------------------------------------------------------------------


@dataclass(frozen=True)
class Preferences:
    channels: dict[str, dict[str, bool]]
    digest: bool

    def wants(self, event: str, channel: str) -> bool:
        return bool(self.channels.get(event, DEFAULT_CHANNELS).get(channel, True))


def preferences(session: Session, user_id: int) -> Preferences:
    row = session.get(NotificationPreference, user_id)
    stored = dict(row.channels) if row is not None else {}
    channels = {e.id: {c: bool(stored.get(e.id, {}).get(c, DEFAULT_CHANNELS[c])) for c in DEFAULT_CHANNELS}
                for e in USER_EVENTS}
    return Preferences(channels, bool(row.digest) if row is not None else False)


def set_preferences(session: Session, user_id: int, channels: Mapping[str, Mapping[str, bool]],
                    digest: bool) -> Preferences:
    """Replace a user's choices; unknown events or channels are refused."""
    clean: dict[str, dict[str, bool]] = {}
    for event, chosen in channels.items():
        if event not in EVENTS or not EVENTS[event].to_users:
            raise Invalid(f"unknown notification event {event!r}")
        unknown = set(chosen) - set(DEFAULT_CHANNELS)
        if unknown:
            raise Invalid(f"unknown channel(s) {', '.join(sorted(unknown))}")
        clean[event] = {c: bool(chosen.get(c, DEFAULT_CHANNELS[c])) for c in DEFAULT_CHANNELS}
    row = session.get(NotificationPreference, user_id)
    if row is None:
        row = NotificationPreference(user_id=user_id)
        session.add(row)
    row.channels = clean
    row.digest = bool(digest)
    row.updated_at = utcnow()
    session.flush()
    return preferences(session, user_id)


# --- rendering -----------------------------------------------------------------------


def subject(event: str, params: Mapping[str, Any], lang: str = "th") -> str:
    return EVENTS[event].text("subject", lang, params)


def detail(event: str, params: Mapping[str, Any], lang: str = "th") -> str:
    return EVENTS[event].text("detail", lang, params)


FOOTER_TH = "อีเมลฉบับนี้ส่งโดยอัตโนมัติ กรุณาอย่าตอบกลับ"
FOOTER_EN = "This message was sent automatically; please do not reply."


def email_body(ev: Event, params: Mapping[str, Any], mail: MailConfig, name: str = "") -> str:
    link = mail.link(ev.path(params))
    lines = [f"เรียน {name}" if name else "เรียน ท่านผู้เกี่ยวข้อง", "", ev.text("subject", "th", params)]
    if ev.detail_th:
        lines.append(ev.text("detail", "th", params))
    if link:
        lines += ["", f"ดูรายละเอียด: {link}"]
    lines += ["", "-- English --", ev.text("subject", "en", params)]
    if ev.detail_en:
        lines.append(ev.text("detail", "en", params))
    if link:
        lines.append(f"Details: {link}")
    lines += ["", FOOTER_TH, FOOTER_EN]
    prefs = mail.link(PREFERENCES_PATH)
    if ev.to_users and prefs:
        lines.append(f"ตั้งค่าการแจ้งเตือน / Notification settings: {prefs}")
    return "\n".join(lines) + "\n"


def email_subject(ev: Event, params: Mapping[str, Any]) -> str:
    return f"[Phoei] {ev.text('subject', 'th', params)}"


# --- dispatch ------------------------------------------------------------------------


def _params(session: Session, msg: OutboxMessage, item: Content | None) -> dict[str, Any]:
    p = dict(msg.payload or {})
    out: dict[str, Any] = {k: p.get(k) for k in ("uid", "path", "actor", "agency", "month", "url", "review_by",
                                                   "status", "target", "reference", "kind") if p.get(k)}
    if p.get("actor_id") is not None:
        actor = session.get(User, int(p["actor_id"]))
        if actor is not None:
            out["actor"] = actor.display_name or actor.username
    if item is not None:
        out.update(uid=item.uid, path=item.path, title=item.title)
        if msg.topic == "submission.received":
            out.setdefault("agency", item.source_agency or "")
        if msg.topic == "link.broken":
            out.setdefault("target", item.remote_url or "")
        if msg.topic == "item.stale" and item.review_by is not None:
            out.setdefault("review_by", item.review_by.isoformat())
    elif p.get("title"):
        out["title"] = p["title"]
    if msg.topic.startswith("feedback.") and not out.get("reference") and p.get("feedback_id") is not None:
        out["reference"] = f"#{p['feedback_id']}"
    return out


def _add_delivery(session: Session, key: str, event: str, user_id: int | None, to: str, subj: str,
                  body: str, now: datetime) -> bool:
    if session.scalar(select(NotificationDelivery.id).where(NotificationDelivery.dedupe_key == key)) is not None:
        return False
    session.add(NotificationDelivery(dedupe_key=key, user_id=user_id, event=event, to_address=to, subject=subj[:500],
                                     body=body, status="pending", attempts=0, next_attempt_at=now, last_error="",
                                     created_at=now))
    return True


def _answer_citizen(session: Session, msg: OutboxMessage, ev: Event, params: dict[str, Any], mail: MailConfig | None,
                    now: datetime) -> int:
    payload = dict(msg.payload or {})
    address = str(payload.get("email") or "").strip()
    answer = str(payload.get("answer") or payload.get("response") or "")
    fb = session.get(Feedback, int(payload["feedback_id"])) if payload.get("feedback_id") is not None else None
    if fb is not None:
        address = address or fb.contact_email
        answer = answer or fb.response
    params = {**params, "answer": answer}
    n = 0
    if address and mail is not None and mail.enabled:
        key = f"event:{msg.id}:to:{hashlib.sha256(address.lower().encode()).hexdigest()[:24]}"
        n = int(_add_delivery(session, key, ev.id, None, address, email_subject(ev, params),
                              email_body(ev, params, mail), now))
    if any(k in payload for k in PERSONAL_KEYS):
        msg.payload = {k: v for k, v in payload.items() if k not in PERSONAL_KEYS}
    return n


def handle(session: Session, msg: OutboxMessage, mail: MailConfig | None, now: datetime | None = None) -> int:
    """Write the notifications (and deliveries) for one outbox message; returns how many were written."""
    now = now or utcnow()
    ev = EVENTS[msg.topic]
    item = session.scalar(select(Content).where(Content.uid == msg.item_uid)) if msg.item_uid else None
    params = _params(session, msg, item)
    if not ev.to_users:
        return _answer_citizen(session, msg, ev, params, mail, now)
    users = recipients(session, ev.id, msg.payload or {}, item)
    prefs = {u.id: preferences(session, u.id) for u in users}
    mail_on = mail is not None and mail.enabled
    n = 0
    for u in users:
        pr = prefs[u.id]
        in_app = pr.wants(ev.id, "in_app")
        mode = "none"
        if mail_on and u.email and pr.wants(ev.id, "email"):
            mode = "digest" if pr.digest else "instant"
        if not in_app and mode == "none":
            continue
        exists = session.scalar(select(Notification.id).where(Notification.outbox_id == msg.id,
                                                              Notification.user_id == u.id))
        if exists is not None:
            continue
        session.add(Notification(user_id=u.id, event=ev.id, outbox_id=msg.id, item_uid=msg.item_uid, params=params,
                                 in_app=in_app, email_mode=mode, created_at=now))
        n += 1
        if mode == "instant":
            assert mail is not None and u.email
            _add_delivery(session, f"event:{msg.id}:user:{u.id}", ev.id, u.id, u.email, email_subject(ev, params),
                          email_body(ev, params, mail, u.display_name or u.username), now)
    return n


def dispatch(lib: Library, mail: MailConfig | None = None, *, limit: int = 200, now: datetime | None = None) -> int:
    """Handle the pending notification messages; returns how many messages were handled.

    A message whose handling fails is rolled back alone (a savepoint), counted in ``attempts`` and
    tried again on the next run; after ``MAX_DISPATCH_ATTEMPTS`` it is set aside (processed, with
    its ``last_error``) so that it cannot block the queue.
    """
    handled = 0
    while True:
        failures = 0
        with lib.transaction() as s:
            msgs = outbox.pending(s, limit, topics=outbox.NOTIFICATION_TOPICS)
            for m in msgs:
                tried = m.attempts
                try:
                    with s.begin_nested():
                        handle(s, m, mail, now)
                    outbox.mark_done(s, [m.id], now)
                    handled += 1
                except Exception as exc:
                    failures += 1
                    log.exception("notification message %s (%s) failed", m.id, m.topic)
                    outbox.mark_failed(s, m.id, f"{type(exc).__name__}: {exc}")
                    if tried + 1 >= MAX_DISPATCH_ATTEMPTS:
                        s.execute(update(OutboxMessage).where(OutboxMessage.id == m.id)
                                  .values(processed_at=now or utcnow()))
        if failures or len(msgs) < limit:
            return handled


def build_digests(lib: Library, mail: MailConfig | None, *, now: datetime | None = None) -> int:
    """One e-mail per user with the notifications held for the digest; returns the number of e-mails."""
    now = now or utcnow()
    made = 0
    with lib.transaction() as s:
        rows = list(s.scalars(select(Notification).where(Notification.email_mode == "digest",
                                                         Notification.digested_at.is_(None))
                              .order_by(Notification.user_id, Notification.id)))
        by_user: dict[int, list[Notification]] = {}
        for n in rows:
            by_user.setdefault(n.user_id, []).append(n)
        for user_id, notes in by_user.items():
            user = s.get(User, user_id)
            if user is not None and user.active and user.email and mail is not None and mail.enabled:
                key = f"digest:{user_id}:{notes[-1].id}"
                made += int(_add_delivery(s, key, "digest", user_id, user.email, digest_subject(len(notes)),
                                          digest_body(notes, mail, user.display_name or user.username), now))
            for n in notes:
                n.digested_at = now
    return made


def digest_subject(count: int) -> str:
    return f"[Phoei] สรุปการแจ้งเตือนประจำวัน ({count} รายการ)"


def digest_body(notes: Iterable[Notification], mail: MailConfig, name: str) -> str:
    notes = list(notes)
    th = [f"เรียน {name}", "", f"การแจ้งเตือนของท่าน {len(notes)} รายการ:", ""]
    en = ["-- English --", f"Your {len(notes)} notification(s):", ""]
    for n in notes:
        ev = EVENTS.get(n.event)
        if ev is None:
            continue
        link = mail.link(ev.path(n.params))
        th.append(f"• {ev.text('subject', 'th', n.params)}" + (f"\n  {link}" if link else ""))
        en.append(f"• {ev.text('subject', 'en', n.params)}")
    lines = [*th, "", *en, "", FOOTER_TH, FOOTER_EN]
    prefs = mail.link(PREFERENCES_PATH)
    if prefs:
        lines.append(f"ตั้งค่าการแจ้งเตือน / Notification settings: {prefs}")
    return "\n".join(lines) + "\n"


# --- the in-app inbox ----------------------------------------------------------------


def unread_count(session: Session, user_id: int) -> int:
    return int(session.scalar(select(func.count(Notification.id)).where(
        Notification.user_id == user_id, Notification.in_app.is_(True), Notification.read_at.is_(None))) or 0)


def inbox(session: Session, user_id: int, *, unread_only: bool = False, limit: int = 50,
          offset: int = 0) -> list[Notification]:
    q = select(Notification).where(Notification.user_id == user_id, Notification.in_app.is_(True))
    if unread_only:
        q = q.where(Notification.read_at.is_(None))
    return list(session.scalars(q.order_by(Notification.id.desc()).limit(limit).offset(offset)))


def mark_read(session: Session, user_id: int, notification_id: int, now: datetime | None = None) -> bool:
    """Mark one of the user's own notifications read; False when it is not theirs (or not there)."""
    r = session.execute(update(Notification).where(Notification.id == notification_id,
                                                   Notification.user_id == user_id, Notification.read_at.is_(None))
                        .values(read_at=now or utcnow()).execution_options(synchronize_session="fetch"))
    if r.rowcount:  # type: ignore[attr-defined]
        return True
    return session.scalar(select(Notification.id).where(Notification.id == notification_id,
                                                        Notification.user_id == user_id)) is not None


def mark_all_read(session: Session, user_id: int, now: datetime | None = None) -> int:
    r = session.execute(update(Notification).where(Notification.user_id == user_id, Notification.read_at.is_(None))
                        .values(read_at=now or utcnow()).execution_options(synchronize_session="fetch"))
    return int(r.rowcount)  # type: ignore[attr-defined]


__all__ = ["EVENTS", "Preferences", "build_digests", "detail", "dispatch", "handle", "inbox", "mark_all_read",
           "mark_read", "preferences", "set_preferences", "subject", "unread_count"]
