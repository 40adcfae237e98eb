"""A personal code written beside a withheld name, without a label (PERSONAL_CODE).

Registers, class lists and the cover page of a student's report put a person's
code right beside the name: "B6406325 นาย… …", "นางสาว… … 620710291",
"1  650123456-7  นาย… …" (a list row), or the code alone on the line above or
below the name (a table read one cell per line), or alone on the document's first line
with the name a few lines below (a transcript headed by the student's number). OIA s.4 counts such a number
(รหัส, เลขหมาย) as personal data: it is the key to that person's record.

Only beside a name the policy withholds (a private person); an official's name
keeps what stands beside it. The code must look like one: 7 to 13 digits in one
run, an optional capital prefix of one or two letters (B, M, D, S, U, …) and an
optional check digit after a dash. Never an amount (a currency or a unit after
it), a date, a phone number (0 then 8-9 digits: the phone detector's) or part of
a longer number with separators.
"""

from __future__ import annotations

from collections.abc import Iterable

from redactor import rx
from redactor.detectors.base import DetectionContext
from redactor.types import Finding

_CODE = r"(?:[A-Z]{1,2}[ \-]?)?[0-9]{7,13}(?:-[0-9]{1,2})?"
# Nothing of a longer number or word may touch the code.
_EDGE_L = r"(?<![A-Za-z0-9/.,\-])"
_EDGE_R = r"(?![A-Za-z0-9/,\-]|\.[0-9])"
# After the code: no unit or currency (an amount or a count, not a code).
_NOT_UNIT = r"(?![ \t]*(?:บาท|ราย|คน|ปี|เดือน|วัน|ครั้ง|หน่วย|ชิ้น|%|(?i:baht|thb)))"
# Between a name and a code on one line: spaces, a separator, a "code" word.
_GAP = r"[ \t]*(?:[,;:|]|รหัส(?:นักศึกษา|ประจำตัว|นักเรียน)?|(?i:id)\.?)?[ \t]*"
# Right after a name: the code (the cover page of a report, a row read left to right).
AFTER_NAME = rx.compile(rf"{_GAP}{_EDGE_L}({_CODE}){_EDGE_R}{_NOT_UNIT}")
# The code alone on the line just below the name (a table read one cell per line).
LINE_BELOW = rx.compile(rf"[ \t]*\n[ \t]*({_CODE}){_EDGE_R}{_NOT_UNIT}[ \t]*(?=\n|$)")
# Right before a name: a row number may open the line ("1  650123456-7  นาย…").
BEFORE_NAME = rx.compile(rf"{_EDGE_L}({_CODE})[ \t]*(?:[,;:|][ \t]*)?$")
# The code alone on the line just above the name (after an optional row number).
LINE_ABOVE = rx.compile(rf"(?:^|\n)[ \t]*(?:[0-9]{{1,4}}\.?[ \t]+)?({_CODE})[ \t]*\n[ \t]*$")
# The code alone on the document's first line: a transcript or a record headed by its holder's
# number, the name a line or two below (a two-column heading read across: "DATE OF ADMISSION …").
HEAD_LINE = rx.compile(rf"[ \t\n]*({_CODE}){_EDGE_R}{_NOT_UNIT}[ \t]*\n")
_HEAD_LINES = 3  # the name within this many lines below it
# A phone number (0 then 8-9 digits, as written without separators): the phone detector's, kept or not.
_PHONE = rx.compile(r"0[0-9]{8,9}")


def _fields_between(lines: str) -> bool:
    """Lines between a heading code and the name are other fields of the heading, each with its
    value ("DATE OF ADMISSION August 18, 2015"), not a caption naming whose the name below is
    ("อาจารย์ที่ปรึกษา": the name is the advisor's)."""
    return all(any(c.isdigit() for c in line) for line in lines.split("\n") if line.strip())


def _code_ok(code: str) -> bool:
    digits = "".join(c for c in code if c.isdigit())
    return not _PHONE.fullmatch(code) and len(set(digits)) > 1


def codes_beside_names(names: Iterable[Finding], ctx: DetectionContext) -> list[Finding]:
    """PERSONAL_CODE findings for codes written beside the withheld ``names`` (PERSON findings)."""
    text = ctx.text
    out: list[Finding] = []
    seen: set[int] = set()
    head = HEAD_LINE.match(text)
    for f in names:
        found = []
        if head is not None and f.start > head.end(1) and text.count("\n", head.end(1), f.start) <= _HEAD_LINES \
                and _fields_between(text[head.end():text.rfind("\n", 0, f.start) + 1]):
            found.append((head.start(1), head.end(1), "alone on the document's first line, above the name"))
        if (m := AFTER_NAME.match(text, f.end)) is not None:
            found.append((m.start(1), m.end(1), "right after the name"))
        elif (m := LINE_BELOW.match(text, f.end)) is not None:
            found.append((m.start(1), m.end(1), "alone on the line below the name"))
        line_start = text.rfind("\n", 0, f.start) + 1
        if (m := BEFORE_NAME.search(text, line_start, f.start)) is not None:
            found.append((m.start(1), m.end(1), "right before the name"))
        elif line_start > 0 and not text[line_start : f.start].strip():
            above_start = text.rfind("\n", 0, line_start - 1) + 1
            if (m := LINE_ABOVE.search(text[above_start : f.start])) is not None:
                found.append((above_start + m.start(1), above_start + m.end(1), "alone on the line above the name"))
        for s, e, where in found:
            if s in seen or not _code_ok(text[s:e]):
                continue
            seen.add(s)
            out.append(
                Finding(
                    s,
                    e,
                    "PERSONAL_CODE",
                    0.8,
                    "15(5)",
                    "code_beside_name",
                    f"code {where} of a withheld person ('{text[f.start : f.end][:30]}'): "
                    "a student, member or staff number",
                )
            )
    return out
