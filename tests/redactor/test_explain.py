"""Structured explanations and declared context rules (redactor.explain).

An explanation is the reason text the review screen and stored proposals have always shown,
and carries its parts: the pattern, the checksum verdict, the context words found (with their
distance before the match) and the score changes with their reasons.
"""

from __future__ import annotations

import json
import pickle
import re

import pytest

from redactor.detectors.base import DetectionContext, apply_context, registered
from redactor.explain import ContextHit, ContextRule, Explanation, ScoreChange
from redactor.lexicon import PERSON_NEAR
from redactor.normalise import normalise
from redactor.pipeline import propose
from redactor.types import TextMap


def _thai_id(first12: str) -> str:
    check = (11 - sum(int(d) * (13 - i) for i, d in enumerate(first12)) % 11) % 10
    return first12 + str(check)


def _find(name: str, text: str) -> list:
    view = normalise(text).text
    return list(registered()[name]().detect(DetectionContext(view)))


# (rule, text, where the match starts, expected hit or None)
RULES = [
    (ContextRule(("โทร", "เบอร์"), 30, boost=0.15), "ติดต่อโทร 081", 10, ContextHit("โทร", 4)),
    # Words are tried in order: the first one present is the one reported.
    (ContextRule(("เบอร์", "โทร"), 30, boost=0.15), "โทร เบอร์ 081", 10, ContextHit("เบอร์", 6)),
    # Outside the window: not found.
    (ContextRule(("โทร",), 5, boost=0.15), "โทรศัพท์ของสำนักงาน 081", 20, None),
    (ContextRule(PERSON_NEAR, 40, require=True), "นายสมมุติ ทดลอง อายุ 40 ปี", 16, ContextHit("นาย", 16)),
    (ContextRule(PERSON_NEAR, 40, require=True), "อาคารนี้ อายุ 40 ปี", 9, None),
    (ContextRule(re.compile("ทะเบียน"), 30, boost=0.1), "รถทะเบียน กข 1234", 10, ContextHit("ทะเบียน", 8)),
]


@pytest.mark.parametrize(("rule", "text", "start", "expected"), RULES)
def test_context_rule_finds_the_word_and_its_distance(rule: ContextRule, text: str, start: int,
                                                      expected: ContextHit | None) -> None:
    assert rule.find(DetectionContext(text), start) == expected


def test_context_rule_must_boost_or_require() -> None:
    with pytest.raises(ValueError, match="boosts the score or is required"):
        ContextRule(("โทร",), 30)
    with pytest.raises(ValueError, match="window"):
        ContextRule(("โทร",), 0, require=True)


def test_apply_context_boosts_names_the_word_or_drops_a_required_match() -> None:
    ctx = DetectionContext("โทร 0812345678 และ 0898765432")
    boost = ContextRule(("โทร",), 6, boost=0.15)
    score, why = apply_context(ctx, 4, 0.75, "mobile number", boost)  # type: ignore[misc]
    assert (score, str(why)) == (0.9, "mobile number; context word 'โทร'")
    assert why.context == (ContextHit("โทร", 4),) and why.changes == (ScoreChange(0.15, "context word 'โทร'"),)
    assert apply_context(ctx, 19, 0.75, "mobile number", boost) == (0.75, "mobile number")
    assert apply_context(ctx, 19, 0.75, "mobile number", ContextRule(("โทร",), 6, require=True)) is None


def test_explanation_is_its_text_and_keeps_its_parts() -> None:
    why = Explanation("13 digits (1-4-5-2-1), mod-11 checksum valid", pattern="1-4-5-2-1", checksum=True)
    assert why == "13 digits (1-4-5-2-1), mod-11 checksum valid"
    assert json.dumps({"why": why}, ensure_ascii=False) == '{"why": "13 digits (1-4-5-2-1), mod-11 checksum valid"}'
    more = why + "; classified law-enforcement document"
    assert isinstance(more, Explanation) and more.checksum is True and more.pattern == "1-4-5-2-1"
    assert more.notes == ("classified law-enforcement document",)
    back = pickle.loads(pickle.dumps(more.with_context(ContextHit("บัตร", 7), more + "; context word 'บัตร'", 0.1)))
    assert isinstance(back, Explanation)
    assert back == "13 digits (1-4-5-2-1), mod-11 checksum valid; classified law-enforcement document; " \
                   "context word 'บัตร'"
    assert back.parts() == {"pattern": "1-4-5-2-1", "checksum": True,
                            "context": [{"word": "บัตร", "distance": 7}],
                            "changes": [{"delta": 0.1, "reason": "context word 'บัตร'"}],
                            "notes": ["classified law-enforcement document"]}
    assert Explanation.of(back) is back and Explanation.of("plain").parts()["pattern"] == ""


# (detector, text, reason text as before, pattern, checksum, context words)
DETECTIONS = [
    ("phone", "ติดต่อ โทร 081-234-5678", "mobile number; context word 'โทร'", "th_phone", None, ["โทร"]),
    ("phone", "หมายเลข 02-123-4567 ต่อ 12", "landline number; context word 'หมายเลข'", "th_phone", None, ["หมายเลข"]),
    ("phone", "ติดต่อกลับที่ 0812345678", "mobile number; context word 'ติดต่อ'", "th_phone", None, ["ติดต่อ"]),
    ("bank_account", "โอนเข้าบัญชีธนาคาร 123-4-56789-0", "pattern dashed_3_1_5_1; context word 'บัญชี'",
     "dashed_3_1_5_1", None, ["บัญชี"]),
    ("th_national_id", f"สำเนาบัตร {_thai_id('110170012345')}",
     "13 digits (flat), mod-11 checksum valid; context word", "flat", True, ["บัตร"]),
    ("th_national_id", f"รายการ {_thai_id('310170012345')}", "13 digits (flat), mod-11 checksum valid", "flat",
     True, []),
    ("date_of_birth", "นางสาวทดลอง สมมุติ อายุ 34 ปี", "age within 80 chars after a person", "age", None, ["นางสาว"]),
    ("vehicle_plate", "รถยนต์ทะเบียน กข 1234 ขอนแก่น", "plate with province 'ขอนแก่น'", "plate", None, ["ทะเบียน"]),
    ("vehicle_plate", "รถยนต์ กข 1234 ขอนแก่น", "plate with province 'ขอนแก่น'", "plate", None, []),
    ("religion", "นายทดลอง สมมุติ นับถือศาสนาพุทธ", "a person's stated faith", "statement", None, ["นาย"]),
]


@pytest.mark.parametrize(("name", "text", "reason", "pattern", "checksum", "words"), DETECTIONS)
def test_findings_carry_their_parts_and_read_as_before(name: str, text: str, reason: str, pattern: str,
                                                       checksum: bool | None, words: list[str]) -> None:
    findings = _find(name, text)
    assert len(findings) == 1, findings
    why = findings[0].explanation
    assert isinstance(why, Explanation)
    assert why == reason
    assert (why.pattern, why.checksum, [h.word for h in why.context]) == (pattern, checksum, words)
    view = normalise(text).text
    for hit in why.context:
        # The distance counts back to the word's first character from where the rule looked
        # (the match's start, which may lie before the finding's own start).
        assert hit.word in view[:findings[0].start] and hit.distance >= len(hit.word)


def test_a_checksum_failure_after_a_label_says_so() -> None:
    good = _thai_id("110170012345")
    bad = good[:-1] + str((int(good[-1]) + 1) % 10)
    (f,) = _find("th_national_id", f"เลขประจำตัวประชาชน {bad}")
    assert f.explanation.checksum is False and f.score == 0.45  # type: ignore[attr-defined]


def test_proposals_keep_the_parts_through_policy() -> None:
    text = f"ผู้ร้อง นายทดลอง สมมุติ โทร 081-234-5678 บัตรประชาชน {_thai_id('110170012345')}"
    tm = TextMap(text, [])
    proposals = {p.label: p for p in propose(tm, normalise(text))}
    phone, pid = proposals["PHONE"], proposals["NATIONAL_ID"]
    assert isinstance(phone.explanation, Explanation) and phone.explanation.context[0].word == "โทร"
    assert isinstance(pid.explanation, Explanation) and pid.explanation.checksum is True
    assert phone.as_dict()["explanation"] == str(phone.explanation)
