"""A personal code written beside a withheld name without a label (redactor/code_beside_name.py).

Invented names and numbers in the shapes of class lists, registers and report cover pages."""

from __future__ import annotations

import pytest

from redactor.code_beside_name import codes_beside_names
from redactor.detectors.base import DetectionContext
from redactor.policy import decide
from redactor.types import Finding


def _codes(text: str, name: str) -> list[str]:
    ctx = DetectionContext(text, None, cells=[])
    s = text.index(name)
    person = Finding(s, s + len(name), "PERSON", 0.9, "15(5)", "test", "a private person")
    return [text[f.start : f.end] for f in codes_beside_names([person], ctx)]


NAME = "นางสาวสมมติ ทดลองดี"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # Positive: after the name (a report's cover page), before it (a list row), with a check digit,
        # a letter prefix, a separator, and alone on the line above or below (a table read cell by cell).
        (f"จัดทำโดย\n{NAME} 61234567\nเสนอ", "61234567"),
        (f"จัดทำโดย\n{NAME}  650123456-7\n", "650123456-7"),
        (f"B6512345 {NAME}\n", "B6512345"),
        (f"12  M6412345 {NAME}\n", "M6412345"),
        (f"3 | 640987654-3 | {NAME}\n", "640987654-3"),
        (f"{NAME}, 6512345678\n", "6512345678"),
        (f"{NAME} รหัส 6298765432\n", "6298765432"),
        (f"1\n650123456-7\n{NAME}\nวิศวกรรมศาสตร์", "650123456-7"),
        (f"{NAME}\n6412345678\nคณะวิทยาศาสตร์", "6412345678"),
        # alone on the document's first line, the name below after other fields of the heading
        (f"   6012345678\nDATE OF ADMISSION  June 1, 2020\n   {NAME}\nFACULTY", "6012345678"),
        (f"6012345678\n{NAME}\n", "6012345678"),
    ],
)
def test_code_beside_name_found(text: str, code: str) -> None:
    assert _codes(text, NAME) == [code]


@pytest.mark.parametrize(
    "text",
    [
        # Negative: an amount, a count, a phone (the phone detector's), a date, a document number,
        # a figure in a longer number, too few digits, a repeated digit, a code two lines away.
        f"{NAME} 1500000 บาท",
        f"{NAME} 12000000 ราย",
        f"{NAME} 0812345678",
        f"{NAME} 12/03/2567",
        f"{NAME} ที่ ศธ 0512.3/1234567",
        f"{NAME} 1,234,567",
        f"{NAME} 123456",
        f"{NAME} 0000000000",
        f"{NAME} 12345678.50",
        f"6512345678\nอาจารย์ที่ปรึกษา\n{NAME}",
        f"6012345678\nDATE OF ADMISSION  June 1, 2020\nFACULTY 2\nPROGRAM 3\nMAJOR 4\n{NAME}",  # too far below
        f"ใบรับรอง\n6012345678\nวันที่ 1 มิถุนายน 2567\n{NAME}",  # not the first line
        f"{NAME} ปี 2567 ครั้งที่ 12345678x",
    ],
)
def test_no_code_beside_name(text: str) -> None:
    assert _codes(text, NAME) == []


def test_policy_withholds_code_beside_a_withheld_name_only() -> None:
    # A private person's name is withheld and the code beside it goes too; an official's kept
    # name (a position under it) keeps what stands beside it.
    text = f"จัดทำโดย\n{NAME} 61234567\n"
    ctx = DetectionContext(text, None, cells=[])
    s = text.index(NAME)
    decided = decide([Finding(s, s + len(NAME), "PERSON", 0.9, "15(5)", "test", "name")], ctx)
    assert [(text[d.finding.start : d.finding.end], d.action) for d in decided] == [
        (NAME, "redact"),
        ("61234567", "redact"),
    ]
    review = decide([Finding(s, s + len(NAME), "PERSON", 0.4, "15(5)", "test", "weak name")], ctx)
    assert [text[d.finding.start : d.finding.end] for d in review] == [NAME]
