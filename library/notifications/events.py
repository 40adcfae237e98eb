"""The notification events as one table: what each is called, what its message says (Thai first,
English second) and where its link points. Who receives each is decided in
``library.notifications.recipients``; the outbox topics are the event ids.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

LANGS = ("th", "en")


@dataclass(frozen=True)
class Event:
    id: str
    title_th: str            # for the preferences page
    title_en: str
    subject_th: str          # ``str.format`` templates over the notification's params
    subject_en: str
    detail_th: str = ""      # a second line (e-mail body, inbox)
    detail_en: str = ""
    link: str = ""           # a site path template; "" for none
    to_users: bool = True    # False: an e-mail to an address that is not a user (a citizen)

    def text(self, part: str, lang: str, params: Mapping[str, Any]) -> str:
        template = getattr(self, f"{part}_{lang if lang in LANGS else 'th'}")
        return render(template, params, lang)

    def path(self, params: Mapping[str, Any]) -> str:
        if params.get("url"):
            return str(params["url"])
        return render(self.link, params, "th") if self.link else ""


EVENTS: dict[str, Event] = {e.id: e for e in (
    Event("review.requested", "มีเรื่องส่งมาให้ตรวจสอบ", "A review is requested",
          "มีเรื่องรอตรวจสอบ: {title}", "Review requested: {title}",
          "{actor} ส่งเรื่องนี้ให้ตรวจสอบและอนุมัติเผยแพร่", "{actor} asks for review and approval to publish",
          "/staff/item/{uid}"),
    Event("verification.failed", "การตรวจสอบผลการปกปิดข้อมูลไม่ผ่าน", "Redaction verification failed",
          "การตรวจสอบผลการปกปิดข้อมูลไม่ผ่าน: {title}", "Redaction verification failed: {title}",
          "ระบบไม่บันทึกไฟล์ที่ปกปิดแล้ว กรุณาตรวจสอบการปกปิดข้อมูลอีกครั้ง",
          "The redacted copy was not kept; please check the redactions again", "/staff/item/{uid}"),
    Event("feedback.received", "มีเรื่องแจ้งจากประชาชน", "Feedback from the public",
          "มีเรื่องแจ้งจากประชาชน: {title}", "Feedback received: {title}",
          "เลขที่อ้างอิง {reference}", "Reference {reference}", "/staff/feedback"),
    Event("feedback.answered", "ตอบกลับผู้แจ้ง", "Answer to a citizen",
          "ผลการพิจารณาเรื่องที่ท่านแจ้ง เลขที่ {reference}", "The answer to your report {reference}",
          "{answer}", "{answer}", "", to_users=False),
    Event("item.stale", "ข้อมูลถึงกำหนดทบทวน", "An item is due for review",
          "ข้อมูลถึงกำหนดทบทวนความเป็นปัจจุบัน: {title}", "Item due for review: {title}",
          "กำหนดทบทวน {review_by}", "Review by {review_by}", "/staff/item/{uid}"),
    Event("submission.received", "หน่วยงานภายนอกขอเผยแพร่", "An outside agency submitted",
          "หน่วยงานภายนอกขอเผยแพร่: {title}", "Submission from an outside agency: {title}",
          "จาก {agency} รอการกลั่นกรอง", "From {agency}, awaiting screening", "/staff/item/{uid}"),
    Event("report.ready", "รายงานประจำเดือนพร้อมแล้ว", "The monthly report is ready",
          "รายงานประจำเดือน {month} พร้อมแล้ว", "The monthly report for {month} is ready",
          "", "", "/staff/"),
    Event("link.broken", "ลิงก์เสีย", "A link is broken",
          "ลิงก์เสีย: {title}", "Broken link: {title}",
          "{target} ({status})", "{target} ({status})", "/staff/item/{uid}"),
)}

# Words used when a param is empty, per language.
FALLBACKS: dict[str, dict[str, str]] = {
    "th": {"title": "ทั้งเว็บไซต์", "actor": "เจ้าหน้าที่", "agency": "หน่วยงานภายนอก", "status": "เปิดไม่ได้"},
    "en": {"title": "the whole site", "actor": "A member of staff", "agency": "an outside agency",
           "status": "unreachable"},
}

# Settings a user may choose (events that go to users).
USER_EVENTS = tuple(e for e in EVENTS.values() if e.to_users)


class _Params(dict[str, Any]):
    def __init__(self, params: Mapping[str, Any], lang: str) -> None:
        super().__init__(params)
        self.lang = lang

    def __missing__(self, key: str) -> str:
        return FALLBACKS.get(self.lang, {}).get(key, "")


def render(template: str, params: Mapping[str, Any], lang: str) -> str:
    """``template`` with ``{name}`` filled from ``params``; empty or missing names take the language's
    fallback word (never a KeyError). Only plain names: no attribute or index lookups."""
    values = _Params({k: v for k, v in params.items() if v not in (None, "")}, lang)
    out = []
    for literal, name, _spec, _conv in string.Formatter().parse(template):
        out.append(literal)
        if name is not None:
            out.append(str(values[name]) if name.isidentifier() else "")
    return "".join(out).strip()
