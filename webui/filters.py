"""Template filters and globals: Buddhist-era dates, titles of states, types, labels and bases."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from flask import Flask, request, url_for
from flask_babel import get_locale

from library import thaidate

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")


def lang() -> str:
    return str(get_locale() or "th")


def be_date(value: date | datetime | None, style: str = "long") -> str:
    """Buddhist-era dates: ``10 พฤษภาคม 2561`` in Thai, ``10 May B.E. 2561 (2018)`` in English."""
    if value is None:
        return ""
    if lang() == "th":
        return thaidate.format_date(value, style)  # type: ignore[arg-type]
    d = thaidate.to_bangkok(value).date() if isinstance(value, datetime) else value
    if style == "short":
        return f"{d.day} {MONTHS_EN[d.month - 1][:3]} {d.year + 543}"
    return f"{d.day} {MONTHS_EN[d.month - 1]} B.E. {d.year + 543} ({d.year})"


def be_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    if lang() == "th":
        return thaidate.format_datetime(value)
    local = thaidate.to_bangkok(value)
    return f"{be_date(local.date(), 'short')}, {local:%H:%M}"


def age(value: datetime | None) -> str:
    """How long ago, in days (hours on the first day), for queues."""
    from flask_babel import gettext as _

    from library.models import utcnow

    if value is None:
        return ""
    delta = utcnow() - value
    if delta.days >= 1:
        return _("%(n)d วัน", n=delta.days)
    return _("%(n)d ชั่วโมง", n=max(0, delta.seconds // 3600))


def iso(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return thaidate.to_bangkok(value).isoformat(timespec="seconds")
    return value.isoformat()


def state_title(item: Any) -> str:
    from library import workflow as wf

    st = wf.state(item.flow, item.state)
    return st.title_th if lang() == "th" else st.title_en


def transition_title(t: Any) -> str:
    return str(t.title_th if lang() == "th" else t.title_en)


def type_title(type_id: str) -> str:
    from library.content_types import TYPES

    t = TYPES.get(type_id)
    if t is None:
        return type_id
    return t.title_th if lang() == "th" else t.title_en


def oia_title(code: str | None) -> str:
    from library.content_types import OIA_CATEGORIES

    if not code:
        return ""
    title = OIA_CATEGORIES.get(code, code)
    if lang() == "th":
        return title
    return f"OIA section {code.replace('s', '', 1)}"


def label_title(label: str | None) -> str:
    """The label's name from the redactor's label table, in the page's language."""
    from redactor.labels import LABELS

    lb = LABELS.get(label or "")
    if lb is None:
        return label or ""
    return lb.thai if lang() == "th" else lb.english[:1].upper() + lb.english[1:]


# The library explains in English why a file may not be published yet
# (library.redaction.verification_problems); the Thai screen says it in Thai.
_PROBLEMS_TH: tuple[tuple[str, str], ...] = (
    (r"no document has been uploaded", "ยังไม่ได้อัปโหลดเอกสาร"),
    (r"the document has not been analysed for redaction", "เอกสารยังไม่ได้ผ่านการตรวจหาข้อมูลที่ต้องปกปิด"),
    (r"(\d+) proposal\(s\) need a reviewer's decision", "ยังมี {0} รายการที่ผู้ตรวจสอบต้องตัดสินใจ"),
    (r"the redactions have not been applied and verified", "ยังไม่ได้ปกปิดจริงและตรวจสอบผล"),
    (r"the last verification failed: (.*)", "การตรวจสอบครั้งล่าสุดไม่ผ่าน: {0}"),
    (r"decisions changed after the last verification; apply them again",
     "มีการเปลี่ยนการตัดสินใจหลังการตรวจสอบครั้งล่าสุด กรุณาปกปิดและตรวจสอบอีกครั้ง"),
    (r"the cleaned copy is missing from the store", "ไม่พบไฟล์ฉบับปกปิดในคลัง กรุณาแจ้งผู้ดูแลระบบ"),
    # library.typed.text_problems
    (r"the typed text \(title, description, keywords, body, link\) has not been checked by the redactor "
     r"in its current form", "ข้อความที่พิมพ์ (ชื่อเรื่อง คำอธิบาย คำสำคัญ เนื้อหา ลิงก์) ฉบับปัจจุบันยังไม่ผ่านการตรวจของระบบ"),
    (r"(\d+) proposal\(s\) in the typed text need a reviewer's decision",
     "ยังมี {0} รายการในข้อความที่พิมพ์ที่ผู้ตรวจสอบต้องตัดสินใจ"),
    (r"(\d+) redaction\(s\) in the typed text are decided but not applied yet",
     "ข้อความที่พิมพ์ยังมี {0} รายการที่ตัดสินให้ปกปิดแล้วแต่ยังไม่ได้ปกปิดจริง"),
)


def problem_text(problem: str) -> str:
    """A publishing blocker in the page's language (the library words it in English)."""
    if lang() != "th":
        return problem
    import re

    for pattern, thai in _PROBLEMS_TH:
        m = re.fullmatch(pattern, problem)
        if m:
            return thai.format(*m.groups())
    return problem


def score_percent(score: float | None) -> str:
    """A finding's score as the reviewer reads it: whole percent, rounded down (``redactor.policy.percent``)."""
    from redactor.policy import percent

    return "" if score is None else f"{percent(score)}%"


def confidence_note(row: Any) -> str:
    """What the score meant for the policy, in plain words: the same number the policy compared."""
    from flask_babel import gettext as _

    from redactor.labels import FLAG_LABELS
    from redactor.policy import REDACT_AT, REVIEW_AT, percent

    at, review = f"{percent(REDACT_AT)}%", f"{percent(REVIEW_AT)}%"
    if row.label in FLAG_LABELS:
        return str(_("ข้อมูลประเภทนี้ผู้ตรวจสอบต้องตัดสินเองทุกครั้ง ไม่ขึ้นกับความมั่นใจ") if row.policy == "review"
                   else _("ข้อมูลประเภทนี้คงไว้ให้เห็นเสมอ ไม่ขึ้นกับความมั่นใจ"))
    if row.policy == "keep":
        return str(_("ระบบพบข้อมูลนี้ แต่นโยบายคงไว้ตามเหตุผลด้านล่าง"))
    if row.policy == "review" and row.keep_reason:
        return str(_("กฎของนโยบายส่งรายการนี้ให้ผู้ตรวจสอบตัดสิน ความมั่นใจจึงถูกจำกัดไว้ต่ำกว่า %(at)s", at=at))
    if row.policy == "review":
        return str(_("ต่ำกว่า %(at)s ระบบไม่ปกปิดเอง ตั้งแต่ %(review)s ขึ้นไปจึงส่งให้ผู้ตรวจสอบตัดสิน",
                     at=at, review=review))
    return str(_("ตั้งแต่ %(at)s ขึ้นไป ระบบเสนอให้ปกปิด", at=at))


def basis_title(basis: str | None) -> str:
    from webui.messages import BASES

    return str(BASES.get(basis or "", basis or ""))


def size(n: int | None) -> str:
    if not n:
        return "0 KB"
    if n < 1_000_000:
        return f"{max(1, round(n / 1000))} KB"
    return f"{n / 1_000_000:.1f} MB"


def item_url(item: Any) -> str:
    return url_for("public.browse", path=item.path.strip("/"))


def staff_url(item: Any) -> str:
    return url_for("staff.item", uid=item.uid)


def lang_url(code: str) -> str:
    path = request.full_path if request.query_string else request.path
    return url_for("public.set_language", code=code, next=path)


def register(app: Flask) -> None:
    from webui import messages

    app.jinja_env.filters.update(be_date=be_date, be_datetime=be_datetime, iso=iso, age=age, state_title=state_title,
                                 type_title=type_title, oia_title=oia_title, label_title=label_title,
                                 basis_title=basis_title, size=size, transition_title=transition_title,
                                 problem_text=problem_text, score_percent=score_percent,
                                 confidence_note=confidence_note)
    app.jinja_env.globals.update(item_url=item_url, staff_url=staff_url, lang_url=lang_url, current_lang=lang,
                                 msgs=messages)

    @app.context_processor
    def inject() -> dict[str, Any]:
        from webui.services import principal

        p = principal()
        from flask_login import current_user

        from library.roles import EXECUTIVE, EXTERNAL_SUBMITTER, OFFICER, REVIEWER, SITE_ADMIN

        return {
            "me": p,
            # The header greets people by the name they are known by; the login name is only a fallback.
            "my_name": (getattr(current_user, "display_name", "") or p.name) if p.user_id is not None else "",
            "is_staff": bool(p.roles & {OFFICER, REVIEWER, SITE_ADMIN}),
            "is_reviewer": bool(p.roles & {REVIEWER, SITE_ADMIN}),
            "is_admin": SITE_ADMIN in p.roles and p.user_id is not None,
            "is_overseer": bool(p.roles & {SITE_ADMIN, EXECUTIVE}) and p.user_id is not None,
            "is_external": EXTERNAL_SUBMITTER in p.roles,
            "agency": _agency_name(),
        }


def _agency_name() -> str:
    from flask import g

    if "agency_name" not in g:
        from library.models import AgencyProfileRow
        from webui.services import db

        row = db().get(AgencyProfileRow, 1)
        g.agency_name = (row.name_en if lang() == "en" and row and row.name_en else (row.name if row else "")) or ""
    return str(g.agency_name)
