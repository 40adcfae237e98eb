"""Template filters: publishing blockers worded in the page's language."""

from __future__ import annotations

from typing import Any

import pytest

from webui.filters import problem_text

# Every blocker library.redaction.verification_problems words (with sample numbers and details).
BLOCKERS = [
    ("no document has been uploaded", "ยังไม่ได้อัปโหลดเอกสาร"),
    ("the document has not been analysed for redaction", "เอกสารยังไม่ได้ผ่านการตรวจหาข้อมูลที่ต้องปกปิด"),
    ("3 proposal(s) need a reviewer's decision", "ยังมี 3 รายการที่ผู้ตรวจสอบต้องตัดสินใจ"),
    ("the redactions have not been applied and verified", "ยังไม่ได้ปกปิดจริงและตรวจสอบผล"),
    ("the last verification failed: see its report", "การตรวจสอบครั้งล่าสุดไม่ผ่าน: see its report"),
    ("decisions changed after the last verification; apply them again",
     "มีการเปลี่ยนการตัดสินใจหลังการตรวจสอบครั้งล่าสุด กรุณาปกปิดและตรวจสอบอีกครั้ง"),
    ("the cleaned copy is missing from the store", "ไม่พบไฟล์ฉบับปกปิดในคลัง กรุณาแจ้งผู้ดูแลระบบ"),
]


@pytest.mark.parametrize(("english", "thai"), BLOCKERS)
def test_blockers_in_thai_and_english(app: Any, english: str, thai: str) -> None:
    with app.test_request_context("/"):
        assert problem_text(english) == thai
    with app.test_request_context("/", headers={"Cookie": "lang=en"}):
        assert problem_text(english) == english


def test_every_library_blocker_has_a_thai_wording(app: Any) -> None:
    import inspect
    import re

    from library import redaction

    source = inspect.getsource(redaction.verification_problems)
    worded = re.findall(r'(?:return \[|problems\.append\()f?"([^"{]+)', source)
    assert len(worded) >= 5
    with app.test_request_context("/"):
        for text in worded:
            sample = text if "proposal(s)" not in text else "2 " + text.strip()
            sample = sample if not sample.endswith(": ") else sample + "x"
            assert problem_text(sample.strip()) != sample.strip(), text
