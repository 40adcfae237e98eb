"""th_national_id: 13-digit Thai national IDs with the mod-11 check digit."""

from __future__ import annotations

import random

import pytest

from redactor.detectors.th_national_id import ThaiNationalIdDetector
from tests.redactor.detectors.tables import table_test

NAME = "th_national_id"
VALID = (0.85, 1.0)
REVIEW = (0.3, 0.5)  # checksum fails after an ID label, or an odd grouping: a person decides
UNUSUAL = (0.55, 0.65)  # an unusual grouping without an ID word
WRAPPED = (0.55, 0.65)  # the printed grouping cut at a line end


def with_check_digit(first12: str) -> str:
    """Append the mod-11 check digit (computed here, not by the detector under test)."""
    assert len(first12) == 12 and first12.isdigit()
    total = sum(int(d) * w for d, w in zip(first12, range(13, 1, -1), strict=True))
    return first12 + str((11 - total % 11) % 10)


def wrong_check_digit(first12: str) -> str:
    good = with_check_digit(first12)
    return first12 + str((int(good[-1]) + 1) % 10)


def dashed(i: str) -> str:
    return f"{i[0]}-{i[1:5]}-{i[5:10]}-{i[10:12]}-{i[12]}"


def spaced(i: str) -> str:
    return dashed(i).replace("-", " ")


def thai_digits(s: str) -> str:
    return s.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))


ID_A = with_check_digit("110370207181")
ID_B = with_check_digit("337118120621")
ID_C = with_check_digit("852054780794")
BAD_A = wrong_check_digit("110370207181")
JURISTIC = with_check_digit("010553600000")  # juristic persons' tax IDs start with 0
ZERO_PERSON = with_check_digit("064735847864")  # so do numbers of people without Thai nationality


def test_the_check_digit_helper_agrees_with_known_ids() -> None:
    # Valid IDs made up for this test (check digit by the mod-11 rule): the helper is right.
    assert with_check_digit("337118120621") == "3371181206211"
    assert with_check_digit("333798568814") == "3337985688147"


CASES = [
    # -- positives: every written form ----------------------------------------
    (ID_A, [ID_A], VALID),
    (dashed(ID_A), [dashed(ID_A)], VALID),
    (spaced(ID_A), [spaced(ID_A)], VALID),
    (f"{ID_A[0]}.{ID_A[1:5]}.{ID_A[5:10]}.{ID_A[10:12]}.{ID_A[12]}", [(0, 17)], VALID),
    (thai_digits(ID_B), [ID_B], VALID),
    (thai_digits(dashed(ID_B)), [dashed(ID_B)], VALID),
    (f"เลขประจำตัวประชาชน {dashed(ID_C)} อยู่บ้าน", [dashed(ID_C)], VALID),
    # A space beside a dash (a forced line break inside a Word cell reads as a space).
    (f"เลขประจำตัวประชาชน {dashed(ID_C)[:6]} {dashed(ID_C)[6:]} อยู่บ้าน",
     [f"{dashed(ID_C)[:6]} {dashed(ID_C)[6:]}"], VALID),
    # glued to Thai letters on either side (no word spaces in Thai)
    (f"ประชาชน{ID_A}", [ID_A], VALID),
    (f"บัตรประชาชนเลขที่{ID_B}ออกให้ ณ", [ID_B], VALID),
    (f"ID {ID_C}", [ID_C], VALID),
    # two IDs in one sentence
    (f"ผู้ร้อง {ID_A} และผู้ถูกร้อง {dashed(ID_B)}", [ID_A, dashed(ID_B)], VALID),
    # -- checksum failure: nothing without context, a low score with it --------
    (BAD_A, [], None),
    (dashed(BAD_A), [], None),
    (f"เลขประจำตัวประชาชน {BAD_A}", [BAD_A], REVIEW),
    (f"บัตรประจำตัวเลขที่ {dashed(BAD_A)}", [dashed(BAD_A)], REVIEW),
    # -- juristic IDs (first digit 0) are public: never reported -----------------
    (JURISTIC, [], None),
    (dashed(JURISTIC), [], None),
    ("บริษัท ตัวอย่าง จำกัด เลขทะเบียน " + JURISTIC, [], None),
    (f"ห้างหุ้นส่วนจำกัด เลขประจำตัว {dashed(JURISTIC)}", [], None),
    (f"ตามที่บริษัท ก จำกัด บัตรประจำตัวประชาชน {JURISTIC}", [], None),  # a juristic word before
    # -- first digit 0 after a label naming a person's card: a person without Thai nationality
    (f"เลขประจำตัวคนซึ่งไม่มีสัญชาติไทย {dashed(ZERO_PERSON)} ใบอนุญาต", [dashed(ZERO_PERSON)], VALID),
    (f"บัตรประจำตัวคนซึ่งไม่มี\nสัญชาติไทยเลขที่ {ZERO_PERSON}", [ZERO_PERSON], VALID),
    (f"เลขประจำตัวประชาชน {JURISTIC}", [JURISTIC], VALID),
    # -- any other grouping, and OCR's stray spaces --------------------------------------
    (f"{ID_A[0]} {ID_A[1:5]} {ID_A[5:10]} {ID_A[10:12]}{ID_A[12]}", [(0, 16)], VALID),
    (f"{ID_B[:2]} {ID_B[2:6]} {ID_B[6:10]} {ID_B[10:]}", [(0, 16)], UNUSUAL),
    (f"{ID_B[:2]} {ID_B[2:4]} {ID_B[4:6]} {ID_B[6:10]} {ID_B[10:]}", [(0, 17)], REVIEW),  # 5 groups, no ID word
    (f"บัตร {ID_B[:2]} {ID_B[2:4]} {ID_B[4:6]} {ID_B[6:10]} {ID_B[10:]}", [(5, 22)], VALID),
    (f"เลขบัตร {ID_C[:7]} {ID_C[7:]} ออกให้", [f"{ID_C[:7]} {ID_C[7:]}"], VALID),
    (thai_digits(f"ประชาชน{ID_A[:3]}-{ID_A[3:8]}-{ID_A[8:]}นาย"), [f"{ID_A[:3]}-{ID_A[3:8]}-{ID_A[8:]}"], VALID),
    (f"{BAD_A[:4]} {BAD_A[4:9]} {BAD_A[9:]}", [], None),  # other grouping, checksum fails, no label
    (" ".join(ID_A), [], None),  # 13 single digits: a row of small numbers, no label
    (f"เลขประจำตัวประชาชน {' '.join(ID_A)}", [" ".join(ID_A)], VALID),  # ...but with a label it is the ID
    ("จำนวน 1 2 3 4 5 6 7 8 9 1 0 1 1 คน", [], None),
    (with_check_digit("915431779216"), [], None),  # first digit 9 is not issued
    # -- a narrow table cell wrapped the check digit away (1-4-5-2 grouping at a line end) -----
    (f"ม.5\n{spaced(ID_A)[:-2]}\n-\n600", [spaced(ID_A)[:-2]], WRAPPED),
    (f"{dashed(ID_B)[:-2]}-\nนาย", [dashed(ID_B)[:-2]], WRAPPED),
    (f"{spaced(ID_C)[:-2]}\n{ID_C[-1]}\nนาย", [f"{spaced(ID_C)[:-2]}\n{ID_C[-1]}"], VALID),  # digit on the next line
    (f"{dashed(ID_C)[:-3]}\nนาย", [dashed(ID_C)[:-3]], WRAPPED),  # cut after the fourth group's first digit
    (f"{dashed(ID_C)[:-4]}\nนาย", [dashed(ID_C)[:-5]], WRAPPED),  # cut after the third group and its dash
    (f"{dashed(ID_C)[:-5]}\nนาย", [dashed(ID_C)[:-5]], WRAPPED),  # cut after the third group
    (f"{dashed(ID_C)[:-7]}\nนาย", [], None),  # too little left
    (f"{ID_A[:12]}\n", [], None),  # a flat 12-digit run is not the printed grouping
    # -- the printed groups one per line (a form's comb boxes) ----------------------------------
    (f"อายุ 47 ปี\n{dashed(ID_B).replace('-', chr(10))}\nค้าขาย", [dashed(ID_B).replace("-", "\n")], VALID),
    (f"{dashed(BAD_A).replace('-', chr(10))}\nค้าขาย", [], None),  # the checksum decides
    (f"{spaced(ID_C)[:2]}\n\n{spaced(ID_C)[2:]}", [], None),  # a blank line between groups: other cells
    (f"{spaced(ID_A)[:-2]} บาท", [], None),  # not at a line end
    ("เลขประจำตัวผู้เสียภาษี 0-0339-40217-93-0", [], None),
    # -- wrong lengths -----------------------------------------------------------
    (ID_A[:12], [], None),  # 12 digits
    (ID_A + "4", [], None),  # 14 digits
    ("1-1037-02071-81", [], None),  # 12 digits, grouped
    # -- inside longer digit runs -------------------------------------------------
    ("99" + ID_A, [], None),
    (ID_A + "12", [], None),
    (f"{dashed(ID_A)}-2", [], None),
    (f"5-{dashed(ID_A)}", [], None),
    (f"34807384149{ID_A}", [], None),
    # -- other numbers in letters ---------------------------------------------------
    ("เลขที่โครงการ 34807384149", [], None),
    ("เป็นเงิน 1,234,567,890,123 บาท", [], None),
    ("โทร. 0 4331 7831", [], None),
    # -- one digit per box of a form's comb, the value printed apart from its label ----------
    (f"เลขประจำตัวประชาชน {'.' * 80}\nชากพง\n{' '.join(ID_A)}\n", [" ".join(ID_A)], (0.75, 0.85)),
    (f"คะแนนรายข้อ {' '.join(ID_A)}", [], None),  # no ID label anywhere: a row of small numbers
    (f"เลขประจำตัวประชาชน\n{' '.join(ID_A[:12] + str((int(ID_A[12]) + 1) % 10))}",
     [" ".join(ID_A[:12] + str((int(ID_A[12]) + 1) % 10))], REVIEW),  # checksum fails after the label
    (f"เลขประจำตัวประชาชน\n{' '.join(ID_A[:12])}", [], None),  # 12 boxes
]


test_table = table_test(NAME, CASES)


_rng = random.Random(2540)
RANDOM_PREFIXES = [str(_rng.randint(1, 8)) + "".join(str(_rng.randint(0, 9)) for _ in range(11)) for _ in range(25)]


@pytest.mark.parametrize("first12", RANDOM_PREFIXES)
def test_any_valid_id_is_found_and_any_wrong_check_digit_is_not(check, first12) -> None:
    good, bad = with_check_digit(first12), wrong_check_digit(first12)
    check(NAME, good, [good], VALID)
    check(NAME, spaced(good), [spaced(good)], VALID)
    check(NAME, bad, [], None)


def test_explanation_names_the_pattern_and_the_checksum(detect) -> None:
    _, (f,) = detect(NAME, f"เลขประจำตัวประชาชน {dashed(ID_A)}")
    assert f.label == ThaiNationalIdDetector.label == "NATIONAL_ID"
    assert f.basis == "15(5)"
    assert "grouped" in f.explanation and "checksum valid" in f.explanation
    assert "context word" in f.explanation
    _, (weak,) = detect(NAME, f"เลขประจำตัวประชาชน {BAD_A}")
    assert "checksum fails" in weak.explanation and "review" in weak.explanation


def test_thai_digit_offsets_are_the_view_offsets(detect) -> None:
    text = f"ชื่อ นาย ก. เลข {thai_digits(dashed(ID_B))} ท้าย"
    view, (f,) = detect(NAME, text)
    assert view[f.start : f.end] == dashed(ID_B)
    assert text[f.start : f.end] == thai_digits(dashed(ID_B))  # digit folding keeps lengths


# --- a blank OCR read inside a group of the printed dashed grouping ------------------------------

def _gap(i: str, at: int) -> str:
    """``dashed(i)`` with a blank put after its ``at``-th character (a gap OCR read between two digits)."""
    d = dashed(i)
    return d[:at] + " " + d[at:]


@pytest.mark.parametrize(("text", "ocr", "score"), [
    # on a scan: the printed grouping with one group split by a blank, no ID word near: redacted
    (f"5. นายสมชาย ใจดี เลขประ ะจำตัว {_gap(ID_A, 9)}", True, VALID),
    (f"{_gap(ID_B, 4)} โทร", True, VALID),
    # two blanks in two groups: still the printed grouping
    (f"x {_gap(ID_C, 9)[:4] + ' ' + _gap(ID_C, 9)[4:]}", True, VALID),
    # typed text: an unusual grouping without an ID word stays for review
    (f"5. นายสมชาย ใจดี {_gap(ID_A, 9)}", False, REVIEW),
    # no dash sets the groups: the blanks are not taken out (an unusual grouping as before)
    (f"{ID_A[:3]} {ID_A[3:6]} {ID_A[6:9]} {ID_A[9:11]} {ID_A[11]} {ID_A[12]}", True, REVIEW),
])
def test_a_blank_ocr_read_inside_a_group(text: str, ocr: bool, score: tuple[float, float]) -> None:
    from redactor.detectors.base import DetectionContext

    ctx = DetectionContext(text, ocr=[(0, len(text))] if ocr else [])
    found = list(ThaiNationalIdDetector().detect(ctx))
    assert len(found) == 1
    assert score[0] <= found[0].score <= score[1], found[0].explanation


def test_a_blank_inside_a_group_never_passes_a_failed_check_digit() -> None:
    from redactor.detectors.base import DetectionContext

    text = f"x {_gap(BAD_A, 9)} y"
    assert list(ThaiNationalIdDetector().detect(DetectionContext(text, ocr=[(0, len(text))]))) == []
