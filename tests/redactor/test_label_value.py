"""label_value: label words tolerant of wraps and case, the connector, label_before."""

from __future__ import annotations

import pytest

from redactor.detectors.base import DetectionContext
from redactor.label_value import label_before, label_regex, labelled_values

VALUE = r"[0-9]{5,}"


@pytest.mark.parametrize(("labels", "text", "found"), [
    (("ใบอนุญาตทำงาน",), "ใบอนุญาต\nทำงาน", True),  # a PDF wrap inside a Thai label
    (("ใบอนุญาตทำงาน",), "ใบอนุญาต ทำงาน", True),
    (("passport",), "PASSPORT", True),  # Latin labels in any case
    (("HN",), "HN", True),
    (("HN",), "hn", False),  # capital abbreviations are case-sensitive
    (("HN",), "JOHN", False),  # not inside a word
    (("user name",), "User\nName", True),
])
def test_label_regex(labels, text, found) -> None:
    assert bool(label_regex(labels).search(text)) is found


@pytest.mark.parametrize(("text", "value"), [
    ("เลขสมาชิก 12345", "12345"),
    ("เลขสมาชิก: 12345", "12345"),
    ("เลขสมาชิก\n12345", "12345"),
    ("เลขสมาชิก\n\n12345", "12345"),  # the next cell of a flattened row
    ("เลขสมาชิก (ถ้ามี) 12345", "12345"),
    ("เลขสมาชิก / Member No.: 12345", "12345"),
    ("เลขสมาชิกสหกรณ์ออมทรัพย์เลขที่ 12345", "12345"),
    ("เลขสมาชิก No. 12345", "12345"),
    ("เลขสมาชิกหมดอายุวันที่ 12345", None),  # Thai words must end in เลขที่/หมายเลข/เลข
    ("เลขสมาชิก\n\n\n\n12345", None),  # too far
])
def test_connector(text, value) -> None:
    got = [text[v.start:v.end] for v in labelled_values(DetectionContext(text), ("เลขสมาชิก",), VALUE)]
    assert got == ([value] if value else [])


def test_label_before_needs_no_digit_in_between() -> None:
    ctx = DetectionContext("บัตรประชาชน 12 ฉบับ 1234567890123")
    assert label_before(ctx, ctx.text.index("1234567890123"), ("บัตรประชาชน",)) is None
    ctx = DetectionContext("บัตร\nประชาชนเลขที่ 1234567890123")
    assert label_before(ctx, ctx.text.index("1234567890123"), ("บัตรประชาชน",)) == "บัตรประชาชน"
