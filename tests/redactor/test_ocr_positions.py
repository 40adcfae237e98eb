"""A position misread by OCR under a scanned signature (redactor/ocr/positions.py) and the signature
rule that uses it on OCR text only (redactor/keep_rules.py ``_signature_line``).

Every name and unit here is made up.
"""

from __future__ import annotations

import pytest

from redactor.detectors.base import DetectionContext, enabled_detectors
from redactor.normalise import normalise
from redactor.ocr.positions import has_word, position_misread
from redactor.policy import decide

MISREAD = [
    # a look-alike consonant (ค read as จ), an upper vowel changed, a tone mark lost
    ("จณบดีคณะวิทยาการทดลอง", "คณบดี"),
    ("อธิการบติ", "อธิการบดี"),
    ("ผู้อำนวยกาธโรงเรียนบ้านทดลอง", "ผู้อำนวยการ"),
    ("หัวหน่าสำนักงานปลัด", "หัวหน้า"),
    ("นักวิซาการศึกษาชำนาญการ", "นักวิชาการ"),
    # a head of a provincial office, two letters off in a long word
    ("สาธารณสุซจังหวีดทดลอง", "สาธารณสุขจังหวัด"),
    # a deputy, OCR splitting the word at a wide letter, ink specks before it
    ("รองอธิการบดิฝ่ายวิชาการ", "อธิการบดี"),
    ("ผู้อำนวย การกองคลัง", "ผู้อำนวยการ"),
    ("'. ผู้อำนวยกาธกองคลัง", "ผู้อำนวยการ"),
]

NOT_MISREAD = [
    # real words one letter from a position are those words: a labourer, farmers, villagers
    "กรรมกรโรงงานทดลอง",
    "เกษตรกรหมู่ที่ ๓",
    "ชาวบ้านตำบลทดลอง",
    "ผู้ยื่นคำขอ",
    "ผู้ปกครองนักเรียน",
    "ประชาชนทั่วไป",
    "นักศึกษาชั้นปีที่ ๒",
    # a name: positions that begin like a title are tried only when long
    "นายชาญ ทดลองดี",
    "นางสาวสมมุติ ใจดี",
    # too short to tell from noise
    "ครู",
    "ปลัต",
    "",
    "ก^ ๆ",
]


@pytest.mark.parametrize(("line", "position"), MISREAD)
def test_position_misread(line: str, position: str) -> None:
    assert position_misread(line) == position


@pytest.mark.parametrize("line", NOT_MISREAD)
def test_not_a_misread_position(line: str) -> None:
    assert position_misread(line) is None


@pytest.mark.parametrize(("text", "word"), [
    ("สำนักงาน", True), ("ก่อนหน้า กัน", True), ("ก^ กัน'ๆ", False), ("ฑฆฌฬ ฎฏฐ", False), ("", False)])
def test_has_word(text: str, word: bool) -> None:
    assert has_word(text) is word


def _action(text: str, name: str, *, ocr: bool) -> str:
    view = normalise(text)
    ctx = DetectionContext(view.text, ocr=[(0, len(view.text))] if ocr else [])
    findings = [x for d in enabled_detectors() for x in d.detect(ctx)]
    spans = [(view.text[d.finding.start:d.finding.end], d.action) for d in decide(findings, ctx)]
    hits = [action for found, action in spans if name in found or (found in name and len(found) > 3)]
    return hits[0] if hits else "none"


SIGNATURES = [
    # (text, name, action on OCR text, action on a text layer)
    # a misread position under a scanned signature: kept on OCR text, never on a text layer
    ("จึงเรียนมาเพื่อโปรดพิจารณา\n(นางสาวทดลอง มีสุขดี)\nจณบดีคณะวิทยาการทดลอง", "ทดลอง มีสุขดี", "keep",
     "review"),
    ("จึงเรียนมาเพื่อทราบ\n(นายสมมุติ ใจงามดี)\nผู้อำนวยกาธกองคลัง", "สมมุติ ใจงามดี", "keep", "review"),
    # ink read as letter salad, three short lines of it, then the position
    ("จึงเรียนมาเพื่อทราบ\n(นายสมมุติ ใจงามดี)\nกัน^ ก'ๆ\nฑฆ ฌ\n~ -\nผู้อำนวยการกองคลัง", "สมมุติ ใจงามดี",
     "keep", "review"),
    # a private signer stays a private signer, misread or not
    ("ลงชื่อ\n(นายสมมุติ ใจงามดี)\nผู้ยื่นคำขอ", "สมมุติ ใจงามดี", "redact", "redact"),
    # a real word one letter from a position: not an official
    ("ลงชื่อ\n(นายสมมุติ ใจงามดี)\nกรรมกรโรงงานทดลอง", "สมมุติ ใจงามดี", "review", "review"),
    # a text line with words between the name and the position: not ink, the name is not tied to it
    ("(นายสมมุติ ใจงามดี)\nได้รับเงินเรียบร้อยแล้ว\nผู้อำนวยการกองคลัง", "สมมุติ ใจงามดี", "review", "review"),
]


@pytest.mark.parametrize(("text", "name", "on_ocr", "on_text"), SIGNATURES)
def test_scanned_signature(text: str, name: str, on_ocr: str, on_text: str) -> None:
    assert _action(text, name, ocr=True) == on_ocr
    assert _action(text, name, ocr=False) == on_text
