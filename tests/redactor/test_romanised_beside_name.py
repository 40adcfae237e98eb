"""The romanised line next to a withheld Thai name (redactor/romanised_beside_name.py).

Every name here is made up.
"""

from __future__ import annotations

import pytest

from redactor.detectors.base import DetectionContext
from redactor.normalise import normalise
from redactor.romanised_beside_name import romanised_beside_names
from redactor.types import Finding


@pytest.mark.parametrize(("text", "name", "expected"), [
    # a CV's heading and a transcript's: the Thai name, then the same name in Latin letters
    ("ประสบการณ์ทำงาน\nสมมุติ ทดลองดี\nSOMMUT THODLONGDEE\nออกแบบระบบ", "สมมุติ ทดลองดี", ["SOMMUT THODLONGDEE"]),
    ("ชื่อ นางสาวสมมติ ทดลองงาม\nMiss Sommot Thodlongngam\nรหัสวิชา", "นางสาวสมมติ ทดลองงาม",
     ["Miss Sommot Thodlongngam"]),
    # the Latin line above the Thai name
    ("Sommut Thodlongdee\nสมมุติ ทดลองดี\nโทร", "สมมุติ ทดลองดี", ["Sommut Thodlongdee"]),
    # a job title, a heading, an organisation or a place on the next line is no name
    ("สมมุติ ทดลองดี\nWEB DEVELOPER\n", "สมมุติ ทดลองดี", []),
    ("สมมุติ ทดลองดี\nCurriculum Vitae\n", "สมมุติ ทดลองดี", []),
    ("สมมุติ ทดลองดี\nEXPECTED SALARY\n-THB 20,000", "สมมุติ ทดลองดี", []),
    ("0812345678\nสมมุติ ทดลองดี\nMILITARY STATUS\n", "สมมุติ ทดลองดี", []),
    ("สมมุติ ทดลองดี\nKhon Kaen University\n", "สมมุติ ทดลองดี", []),
    ("สมมุติ ทดลองดี\nBangkok Thailand\n", "สมมุติ ทดลองดี", []),
    # one word, four words, a sentence, or a line two lines away: not taken
    ("สมมุติ ทดลองดี\nSommut\n", "สมมุติ ทดลองดี", []),
    ("สมมุติ ทดลองดี\nHe Joined Our Team Later\n", "สมมุติ ทดลองดี", []),
    ("สมมุติ ทดลองดี\nนักออกแบบ\nSommut Thodlongdee\n", "สมมุติ ทดลองดี", []),
    # the Thai name's own line already has Latin letters (a bilingual label line): not this case
    ("Name / ชื่อ สมมุติ ทดลองดี\nAnong Testwong\n", "สมมุติ ทดลองดี", []),
])
def test_the_romanised_line_beside_a_withheld_thai_name(text: str, name: str, expected: list[str]) -> None:
    ctx = DetectionContext(normalise(text).text)
    s = ctx.text.index(name)
    f = Finding(s, s + len(name), "PERSON", 0.9, "15(5)", "test", "test")
    got = romanised_beside_names([f], ctx)
    assert [ctx.text[n.start:n.end] for n in got] == expected
    assert all(n.label == "PERSON" and "Latin letters" in n.explanation for n in got)


def test_a_kept_official_keeps_its_romanisation() -> None:
    from redactor.detectors.base import enabled_detectors
    from redactor.policy import decide

    text = "ขอแสดงความนับถือ\n(นายสมมุติ ทดลองดี)\nSommut Thodlongdee\nผู้อำนวยการกองคลัง\n"
    ctx = DetectionContext(normalise(text).text)
    findings = [x for d in enabled_detectors() for x in d.detect(ctx)]
    actions = {ctx.text[d.finding.start:d.finding.end]: d.action for d in decide(findings, ctx)}
    assert actions.get("Sommut Thodlongdee", "none") in {"keep", "none"}, actions
