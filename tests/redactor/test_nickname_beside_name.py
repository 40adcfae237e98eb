"""A bracketed nickname right after a withheld name (redactor/nickname_beside_name.py).

Every name and nickname here is made up.
"""

from __future__ import annotations

import pytest

from redactor.detectors.base import DetectionContext
from redactor.nickname_beside_name import nicknames_beside_names
from redactor.normalise import normalise
from redactor.types import Finding


@pytest.mark.parametrize(("text", "name", "expected"), [
    # a CV's or a form's nickname in Thai or in Latin letters, a loanword or an everyday word
    ("ชื่อ: สมมุติ ทดสอบดี (แบงค์)\nวันเกิด", "สมมุติ ทดสอบดี", ["แบงค์"]),
    ("นางสาวสมมติ ทดลองดี ( ฝน ) ชั้นปีที่ 2", "นางสาวสมมติ ทดลองดี", ["ฝน"]),
    ("Name: Anong Testwong (Nok)\nAge: 23", "Anong Testwong", ["Nok"]),
    # roles, positions, statuses and kin in brackets are no nickname
    ("นายสมมุติ ทดสอบดี (ผู้ร้อง) แจ้งว่า", "นายสมมุติ ทดสอบดี", []),
    ("นายสมมุติ ทดสอบดี (ลา)", "นายสมมุติ ทดสอบดี", []),
    ("นายสมมุติ ทดสอบดี (ลาป่วย)", "นายสมมุติ ทดสอบดี", []),
    ("นายสมมุติ ทดสอบดี (ประธานกรรมการ)", "นายสมมุติ ทดสอบดี", []),
    ("นางสมมติ ทดลองดี (บุตรสาว)", "นางสมมติ ทดลองดี", []),
    ("Mr. Peter Example (Retired)", "Mr. Peter Example", []),
    # a copy's "signed" mark and a form's instructions in brackets are no nickname
    ("สมมุติ ทดสอบดี (ลงนาม)\n(นายสมมุติ ทดสอบดี)", "สมมุติ ทดสอบดี", []),
    ("ชื่อ - สกุล นาย นาง นางสาว (โปรดระบุ)", "นาย นาง นางสาว", []),
    ("นายสมมุติ ทดสอบดี (ตัวบรรจง)", "นายสมมุติ ทดสอบดี", []),
    ("นายสมมุติ ทดสอบดี (ต้น) ลงนาม", "นายสมมุติ ทดสอบดี", ["ต้น"]),
    # more than one word, a number, or nothing in brackets right after the name
    ("นายสมมุติ ทดสอบดี (อายุ 40 ปี)", "นายสมมุติ ทดสอบดี", []),
    ("นายสมมุติ ทดสอบดี (2567)", "นายสมมุติ ทดสอบดี", []),
    ("นายสมมุติ ทดสอบดี อาศัยอยู่ (บ้านเช่า)", "นายสมมุติ ทดสอบดี", []),
])
def test_a_bracketed_nickname_after_a_withheld_name(text: str, name: str, expected: list[str]) -> None:
    ctx = DetectionContext(normalise(text).text)
    s = ctx.text.index(name)
    f = Finding(s, s + len(name), "PERSON", 0.9, "15(5)", "test", "test")
    got = nicknames_beside_names([f], ctx)
    assert [ctx.text[n.start:n.end] for n in got] == expected
    assert all(n.label == "PERSON" and "nickname" in n.explanation for n in got)
