"""Forms leave long blanks after their labels (spaces, tabs, dots, underscores). A detector whose
regex can split such a run in many ways backtracks polynomially or worse where no value follows
(a date-of-birth label then 400 spaces took minutes). Every detector must stay linear on them."""

from __future__ import annotations

import time

import pytest

from redactor.detectors.base import DetectionContext, enabled_detectors
from redactor.normalise import normalise

# Invented form labels of every kind a detector keys on, each followed by a blank.
LABELS = [
    "รายได้",
    "เงินเดือน",
    "ข้าพเจ้า",
    "ชื่อ",
    "นาย",
    "เลขประจำตัวประชาชน",
    "โทร",
    "ที่อยู่",
    "วันเกิด",
    "เกิดวันที่",
    "รหัสนักศึกษา",
    "บ้านเลขที่",
    "หนี้",
    "ค้างชำระ",
    "อายุ",
    "ป่วย",
    "email",
    "เลขที่บัญชี",
    "ทะเบียนรถ",
    "HN",
    "ตำแหน่ง",
    "ลงชื่อ",
    "หนังสือเดินทางเลขที่",
    "Date of birth",
]
BLANKS = [" ", "\t", ".", "_", " .", "\u2026", " \n", "  0"]


def _form(unit: str, width: int) -> str:
    fill = unit * (width // len(unit))
    return "".join(label + fill for label in LABELS) + "x"


@pytest.mark.parametrize("unit", BLANKS)
def test_no_detector_backtracks_on_long_blanks(unit: str) -> None:
    ctx = DetectionContext(normalise(_form(unit, 600)).text, None, cells=[])
    slow = []
    for d in enabled_detectors():
        if d.name == "ner":
            continue  # a model, not a regex; timed by its own tests
        start = time.process_time()
        list(d.detect(ctx))
        spent = time.process_time() - start
        if spent > 2.0:
            slow.append(f"{d.name}: {spent:.1f}s")
    assert not slow, slow


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Positive: the values still follow their labels across spaces, a colon and a line break.
        ("เกิดวันที่   :   12 มีนาคม 2530", "12 มีนาคม 2530"),
        ("วันเกิด (ว/ด/ป)  \n  3/4/2531", "3/4/2531"),
        ("เกิดวันที่\n5 ม.ค. 2540", "5 ม.ค. 2540"),
        ("นายสมมติ ทดสอบ มีรายได้เดือนละ   ประมาณ   12,000 บาท", "12,000 บาท"),
        ("รหัสนักศึกษา :   \n 6512345678", "6512345678"),
        ("HN (ผู้ป่วย)  :  67-001234", "67-001234"),
    ],
)
def test_values_after_blanks_still_found(text: str, found: str) -> None:
    ctx = DetectionContext(normalise(text).text, None, cells=[])
    values = {ctx.text[f.start : f.end] for d in enabled_detectors() if d.name != "ner" for f in d.detect(ctx)}
    assert found in values


@pytest.mark.parametrize(
    "text",
    [
        # Negative: a blank with no value after it stays unmatched.
        "เกิดวันที่" + " " * 300 + "เดือน",
        "มีรายได้เดือนละ" + " " * 300 + "บาท",
        "รหัสนักศึกษา" + " " * 300,
    ],
)
def test_blank_without_value_gives_nothing_of_its_label(text: str) -> None:
    ctx = DetectionContext(normalise(text).text, None, cells=[])
    labels = {f.label for d in enabled_detectors() if d.name != "ner" for f in d.detect(ctx)}
    assert not labels & {"DOB", "INCOME", "PERSONAL_CODE"}
