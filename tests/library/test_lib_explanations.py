"""Structured explanations stored with the proposals (issue #13, part 6): the parts of
``redactor.explain.Explanation`` (pattern, checksum, context words, score changes) go into
``RedactionProposal.explanation_parts`` beside the reason text; rows from before keep their text."""

from __future__ import annotations

from pathlib import Path

import pytest

from library import redaction
from library.redaction import explanation_parts
from redactor.explain import ContextHit, Explanation
from tests.fixtures.make_pdf import build_lines, dashed_id, national_id
from tests.library.conftest import make_item

GOOD_ID = dashed_id(national_id("310170045678"))
BAD_ID = GOOD_ID[:-1] + str((int(GOOD_ID[-1]) + 1) % 10)
LINES = ["บันทึกการรับเรื่อง", "ผู้ยื่นคำร้องติดต่อกลับได้ที่ โทร 081-447-2093 ในเวลาราชการ",
         f"สำเนาบัตรประชาชน {GOOD_ID} แนบท้าย", f"เลขประจำตัวประชาชน {BAD_ID} ตามที่กรอกมา"]


def test_analysis_stores_each_proposals_parts(s, who, at, tmp_path: Path) -> None:
    admin = who("admin")
    item = make_item(s, admin, at("/news"), "file", title="บันทึกการรับเรื่อง")
    f = redaction.upload(s, admin, item, build_lines(tmp_path / "memo.pdf", LINES), "memo.pdf")
    redaction.analyse(s, admin, f)
    by_text = {p.text: p for p in f.proposals}
    phone = by_text["081-447-2093"]
    assert phone.explanation == "mobile number; context word 'โทร'"  # the text, as before
    assert phone.explanation_parts is not None
    assert phone.explanation_parts["pattern"] == "th_phone"
    assert [h["word"] for h in phone.explanation_parts["context"]] == ["โทร"]
    assert [c["reason"] for c in phone.explanation_parts["changes"]] == ["context word 'โทร'"]
    assert all(c["delta"] > 0 for c in phone.explanation_parts["changes"])
    good = by_text[GOOD_ID].explanation_parts
    bad = by_text[BAD_ID].explanation_parts
    assert good is not None and good["checksum"] is True
    assert bad is not None and bad["checksum"] is False
    # The parts read back from the database as stored (JSON), not as the redactor's objects.
    s.expire_all()
    assert isinstance(s.get(type(phone), phone.id).explanation_parts, dict)


@pytest.mark.parametrize(("why", "stored", "expected"), [
    # An explanation with parts: they are stored.
    (Explanation("mobile number", pattern="th_phone"), None,
     {"pattern": "th_phone", "checksum": None, "context": [], "changes": [], "notes": []}),
    (Explanation("x", checksum=False), None,
     {"pattern": "", "checksum": False, "context": [], "changes": [], "notes": []}),
    (Explanation("age", pattern="age").with_context(ContextHit("นาย", 12), "age; near นาย", 0.1), None,
     {"pattern": "age", "checksum": None, "context": [{"word": "นาย", "distance": 12}],
      "changes": [{"delta": 0.1, "reason": "context word 'นาย'"}], "notes": []}),
    # An explanation that says nothing beyond its text, plain text, nothing: no parts.
    (Explanation("model says so"), None, None),
    ("plain reason", None, None),
    (None, None, None),
    # A dict of a stored row (as_dict-shaped) carries its parts along.
    ("plain reason", {"pattern": "p", "checksum": True, "context": [], "changes": [], "notes": []},
     {"pattern": "p", "checksum": True, "context": [], "changes": [], "notes": []}),
    ("plain reason", "not a dict", None),
])
def test_which_explanations_have_parts_to_store(why: object, stored: object, expected: object) -> None:
    assert explanation_parts(why, stored) == expected
