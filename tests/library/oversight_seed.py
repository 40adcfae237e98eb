"""A seeded month of activity with known counts, for the oversight figures and the monthly report.

The month is October 2025 (2568-10, Bangkok time); ``NOW`` is 2 November 2025. Everything is made
with the library's own functions where they exist (create, transition at a given time, feedback,
record_download); redaction rows are written as the redaction screen would have left them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from unittest import mock

from sqlalchemy.orm import Session

from library import audit, content, feedback, lifecycle, oversight
from library.models import (
    DocumentFile,
    Feedback,
    FeedbackHistory,
    RedactionDecision,
    RedactionProposal,
    RescanCheck,
    RescanFinding,
    Verification,
)
from library.security import Principal

BKK = 7  # hours ahead of UTC


def bkk(y: int, m: int, d: int, h: int = 10, mi: int = 0) -> datetime:
    """A Bangkok wall-clock time as an aware UTC instant."""
    return datetime(y, m, d, h, mi, tzinfo=UTC) - timedelta(hours=BKK)


NOW = bkk(2025, 11, 2, 9)
MONTH = "2568-10"

# What the seed must produce for October 2025 (asserted by the tests).
EXPECTED: dict[str, Any] = {
    "published": 3,  # A, B, C (D is 1 Nov Bangkok time, E is September)
    "by_category": {"": 1, "s7(4)": 1, "s9(3)": 1},
    "by_folder": {"/news": 1, "/oia/s7/s7-4": 1, "/about/action-plans": 1},
    "trend_sep": 1, "trend_nov_in_oct_report": None,
    "overdue": ["ข่าวเก่ารอทบทวน"],  # A: review-by 1 Oct 2025, 32 days before NOW
    "overdue_days": 32,
    "states": {("internal", "published"): 5, ("internal", "private"): 1, ("internal", "pending"): 1},
    "pending_age_days": 13.0,  # submitted 20 Oct 09:00 Bangkok → 2 Nov 09:00
    "feedback_received": 3, "feedback_by_status": {"new": 1, "in_progress": 0, "resolved": 1, "rejected": 1},
    "feedback_open_now": 2, "feedback_answered": 2, "median_first_response_hours": 6.0,
    "median_close_hours": 30.0,
    "downloads_total": 6, "downloads_items": 2, "downloads_top": [("ข่าวเก่ารอทบทวน", 5), ("ระเบียบการใช้ห้องประชุม", 1)],
    "redactions": 3, "by_basis": {"15(5)": 2, "15(2)": 1}, "by_label": {"PERSON": 1, "SECURITY": 1, "MANUAL": 1},
    "verifications_passed": 1, "verifications_failed": 1,
    # Re-scans: three checks in October (one in September), three findings made in October.
    "rescan_checks": 3, "rescan_findings": 3,
    "rescan_by_status": {"open": 1, "dismissed": 1, "taken_down": 1, "resolved": 0},
    "rescan_by_label": {"PHONE": 2, "NATIONAL_ID": 1},
    "rescan_taken_down": 1,  # item A by a reviewer in October (item D's take-down is November's)
    "rescan_open_now": 2, "rescan_items_open_now": 2,  # one on A (October), one on E (September)
}


def seed_month(s: Session, author: Principal, reviewer: Principal, admin: Principal) -> dict[str, Any]:
    def item(folder: str, type_id: str, title: str, **fields: Any) -> Any:
        return content.create(s, author, content.get(s, folder), type_id, title=title, body="เนื้อหา", **fields)

    def publish(it: Any, when: datetime) -> None:
        lifecycle.transition(s, author, it, "submit", "", now=when - timedelta(hours=1))
        lifecycle.transition(s, reviewer, it, "publish", "", now=when)

    a = item("/news", "news", "ข่าวเก่ารอทบทวน", review_by=date(2025, 10, 1))
    publish(a, bkk(2025, 10, 5))
    b = item("/oia/s7/s7-4", "page", "ระเบียบการใช้ห้องประชุม", review_by=date(2025, 12, 1))
    publish(b, bkk(2025, 10, 10))
    c = item("/about/action-plans", "page", "แผนงานโครงการปีงบประมาณ", oia_category="s9(3)")
    publish(c, bkk(2025, 10, 31, 23, 30))  # last half hour of October in Bangkok
    d = item("/news", "news", "ข่าวต้นเดือนพฤศจิกายน")
    publish(d, bkk(2025, 11, 1, 0, 30))  # already November in Bangkok, still 31 October in UTC
    e = item("/news", "news", "ข่าวเดือนกันยายน")
    publish(e, bkk(2025, 9, 15))
    item("/news", "news", "ร่างข่าวที่ยังไม่ส่ง")  # private
    g = item("/news", "news", "ข่าวรอตรวจสอบ")
    lifecycle.transition(s, author, g, "submit", "", now=bkk(2025, 10, 20, 9))
    s.flush()

    # Feedback: three reports in October, one in September still open.
    def report(on: Any, when: datetime, steps: list[tuple[str, float]]) -> Feedback:
        fb = feedback.submit(s, Principal.anonymous(), on, "ข้อมูลไม่ถูกต้อง กรุณาตรวจสอบ")
        fb.created_at = when
        fb.history[0].at = when
        for action, hours in steps:
            feedback.change(s, admin, fb, action, "ได้แก้ไขข้อมูลแล้ว" if action != "start" else "")
            fb.history[-1].at = when + timedelta(hours=hours)
        return fb

    report(a, bkk(2025, 10, 6), [])  # new, unanswered
    report(b, bkk(2025, 10, 11), [("start", 2), ("resolve", 50)])
    report(c, bkk(2025, 10, 31, 12), [("reject", 10)])
    report(a, bkk(2025, 9, 20), [("start", 5)])  # September: in progress, open now
    s.flush()

    # Downloads: counts per item and day only.
    for day, it, n in ((date(2025, 10, 3), a, 3), (date(2025, 10, 4), a, 2), (date(2025, 10, 31), b, 1),
                       (date(2025, 11, 1), a, 4), (date(2025, 9, 30), b, 7)):
        for _ in range(n):
            oversight.record_download(s, it.id, day)

    # Redactions on a file of item b, as the review screen leaves them.
    f = DocumentFile(item_id=b.id, original_sha256="0" * 64, filename="คำสั่ง.pdf", media_type="application/pdf",
                     format="pdf", size=100, uploaded_by="carl", uploaded_at=bkk(2025, 10, 8))
    s.add(f)
    s.flush()
    for pid, label, basis in (("p1", "PERSON", "15(5)"), ("p2", "PHONE", "15(5)"), ("p3", "SECURITY", "15(2)"),
                              ("p4", "NATIONAL_ID", "15(5)")):
        s.add(RedactionProposal(file_id=f.id, proposal_id=pid, start_offset=0, end_offset=5, text="x", label=label,
                                basis=basis, score=0.9, detector="test", action="redact"))

    def decide(key: str, action: str, when: datetime, **kw: Any) -> None:
        s.add(RedactionDecision(file_id=f.id, key=key, action=action, reviewer_name="rita", decided_at=when,
                                proposal_id=None if key.startswith("m:") else key, **kw))
        s.flush()

    decide("p1", "accept", bkk(2025, 10, 9))
    decide("p2", "accept", bkk(2025, 10, 9))
    decide("p2", "reject", bkk(2025, 10, 9, 11))  # changed its mind: not in force
    decide("p3", "accept", bkk(2025, 10, 9))
    decide("m:10-20", "accept", bkk(2025, 10, 9), manual_start=10, manual_end=20, label="MANUAL", basis="15(5)")
    decide("p4", "accept", bkk(2025, 9, 29))  # September
    for passed, when in ((False, bkk(2025, 10, 9, 12)), (True, bkk(2025, 10, 10, 8)), (False, bkk(2025, 9, 30))):
        s.add(Verification(file_id=f.id, passed=passed, report={}, message="" if passed else "kept text lost",
                           decisions_digest="d" * 64, created_by="system", at=when))
    s.flush()

    # Re-scans of the published library, as library.rescan records them; take-downs are in the audit log.
    def check(it: Any, when: datetime) -> RescanCheck:
        c = RescanCheck(item_id=it.id, source="text", sha256="1" * 64, ruleset="test-2", findings=0, at=when)
        s.add(c)
        s.flush()
        return c

    def finding(c: RescanCheck, label: str, status: str, when: datetime) -> None:
        s.add(RescanFinding(item_id=c.item_id, check_id=c.id, source="text", label=label, basis="15(5)",
                            detector="test", score=0.9, text="x", text_sha256=label.lower() * 4, status=status,
                            created_at=when))
        c.findings += 1
        s.flush()

    ca = check(a, bkk(2025, 10, 12))
    finding(ca, "PHONE", "open", bkk(2025, 10, 12))
    finding(ca, "NATIONAL_ID", "taken_down", bkk(2025, 10, 12))
    finding(check(c, bkk(2025, 10, 31, 22)), "PHONE", "dismissed", bkk(2025, 10, 31, 22))
    check(b, bkk(2025, 10, 20))
    finding(check(e, bkk(2025, 9, 25)), "PHONE", "open", bkk(2025, 9, 25))
    for it, action, when in ((a, "rescan.take_down", bkk(2025, 10, 13)), (d, "rescan.takedown", bkk(2025, 11, 1, 8))):
        with mock.patch.object(audit, "utcnow", lambda when=when: when):
            audit.record(s, reviewer, action, it, finding_ids=[])
    s.flush()
    # keep FeedbackHistory imported for readers: the figures read it
    assert FeedbackHistory.__tablename__
    return {"a": a, "b": b, "c": c, "d": d, "e": e, "g": g, "file": f}
