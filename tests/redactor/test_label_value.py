"""label_value: label words tolerant of wraps and case, the connector, label_before."""

from __future__ import annotations

import re

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
    ("เลขสมาชิก number is 12345", "12345"),  # running English
    ("เลขสมาชิก was 12345", "12345"),
    ("เลขสมาชิก island 12345", None),  # "is" only as a word
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


def _labels_in_use() -> list[tuple[str, ...]]:
    from redactor import lexicon

    found = [v for k, v in vars(lexicon).items() if k.endswith("LABELS") and isinstance(v, tuple)
             and v and all(isinstance(x, str) for x in v)]
    assert len(found) >= 5
    return found


def _as_written(labels: tuple[str, ...]) -> str:
    """The label alternation as one longest-first list of per-label patterns (before the trie)."""
    from redactor.label_value import _label_body

    return "|".join(_label_body(lb) for lb in sorted(set(labels), key=len, reverse=True))


@pytest.mark.parametrize("labels", _labels_in_use())
def test_label_trie_matches_as_the_longest_first_list(labels: tuple[str, ...]) -> None:
    import random

    from redactor.label_value import CONNECTOR, label_regex_text

    rng = random.Random(2540)
    pieces = [*labels, "\n", " ", "  ", ":", "เลขที่ ", "No. ", "12345678", "AB1234567", "นาย", "ก"]
    value = r"[A-Z0-9]{4,12}"
    for after in ("", CONNECTOR + f"(?P<value>{value})"):
        old = re.compile(f"(?:{_as_written(labels)}){after}")
        new = re.compile(f"(?:{label_regex_text(labels)}){after}")
        for _ in range(200):
            parts = [rng.choice(pieces) for _ in range(rng.randint(1, 12))]
            # wrap a label somewhere, as a PDF line end does
            text = "".join(p if rng.random() < 0.8 or len(p) < 3 else p[:2] + "\n" + p[2:] for p in parts)
            assert [(m.span(), m.groups()) for m in old.finditer(text)] == \
                   [(m.span(), m.groups()) for m in new.finditer(text)], text


def test_header_line_ends_are_those_of_the_line_anchored_pattern() -> None:
    # bare_cells_under_header_line finds header lines with a pattern that opens with the line break
    # (a string search) plus the first line on its own; the ends must be those of the plain
    # (?m)^...$ pattern on every arrangement of header lines, values, blanks and wrapped labels.
    import random

    from redactor.label_value import _header_line_regex, header_line_ends

    labels = ("เลขที่หนังสือเดินทาง", "Passport No.", "รหัส")
    pieces = ["เลขที่หนังสือเดินทาง", "เลขที่หนังสือ\nเดินทาง", "Passport No.", "passport no", "รหัส", "รหัส:",
              " ", "\t", "\n", "\n\n", "AB1234567", "12", "ชื่อ", " / Passport", "x"]
    rng = random.Random(3)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        assert header_line_ends(text, labels) == [m.end() for m in _header_line_regex(labels).finditer(text)], text
