"""tax_id_person: a natural person's tax ID (their national ID) after a tax context word."""

from __future__ import annotations

from tests.redactor.detectors.tables import table_test

NAME = "tax_id_person"
SCORE = (0.9, 1.0)


def with_check_digit(first12: str) -> str:
    """Append the mod-11 check digit (computed here, not by the detector under test)."""
    total = sum(int(d) * w for d, w in zip(first12, range(13, 1, -1), strict=True))
    return first12 + str((11 - total % 11) % 10)


PERSON = with_check_digit("370741540145")
PERSON_DASHED = f"{PERSON[0]}-{PERSON[1:5]}-{PERSON[5:10]}-{PERSON[10:12]}-{PERSON[12]}"
JURISTIC = with_check_digit("020563672474")
JURISTIC_DASHED = f"{JURISTIC[0]}-{JURISTIC[1:5]}-{JURISTIC[5:10]}-{JURISTIC[10:12]}-{JURISTIC[12]}"

CASES = [
    # after the tax context word, in every written form
    (f"เลขประจำตัวผู้เสียภาษี {PERSON}", [PERSON], SCORE),
    (f"เลขประจำตัวผู้เสียภาษี {PERSON_DASHED} เสนอราคา", [PERSON_DASHED], SCORE),
    (f"เลขประจำตัวผู้เสียภาษีอากร ๓-๗๐๗๔-๑๕๔๐๑-๔๕-{'๐๑๒๓๔๕๖๗๘๙'[int(PERSON[-1])]}", [PERSON_DASHED], SCORE),
    (f"เลขประจำตัว\nผู้เสียภาษี {PERSON_DASHED}", [PERSON_DASHED], SCORE),  # PDF line wrap
    (f"ผู้เสียภาษี{PERSON}", [PERSON], SCORE),  # glued
    (f"Tax ID {PERSON}", [PERSON], SCORE),
    # the shop owner is a natural person: reported even when the checksum fails
    ("เลขประจำตัวผู้เสียภาษี 3-7074-15401-45-0", ["3-7074-15401-45-0"], SCORE),
    # any grouping, OCR's stray spaces, Thai digits glued to the word
    (f"เลขประจำตัวผู้เสียภาษี {PERSON[:4]} {PERSON[4:9]} {PERSON[9:]}", [f"{PERSON[:4]} {PERSON[4:9]} {PERSON[9:]}"],
     SCORE),
    ("ผู้เสียภาษี" + PERSON.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")), [PERSON], SCORE),
    (f"TIN: {PERSON_DASHED}", [PERSON_DASHED], SCORE),
    (f"เลขประจำตัวผู้เสียภาษี {' '.join(PERSON)}", [], None),  # 13 single digits: not one number
    # no tax context: the national-ID detector's business, not this one's
    (PERSON, [], None),
    (f"เลขประจำตัวประชาชน {PERSON_DASHED}", [], None),
    # juristic persons (first digit 0) are published on purpose
    (f"เลขประจำตัวผู้เสียภาษี {JURISTIC}", [], None),
    (f"เลขประจำตัวผู้เสียภาษี {JURISTIC_DASHED}", [], None),
    ("เลขประจำตัว\nผู้เสียภาษี 0-0339-40217-93-0 โดยเสนอราคา", [], None),
    ("เลขประจำตัวผู้เสียภาษี 0 9940 00160 37 1", [], None),
    # not 13 digits
    (f"เลขประจำตัวผู้เสียภาษี {PERSON[:12]}", [], None),
    (f"เลขประจำตัวผู้เสียภาษี {PERSON}9", [], None),
    # context too far away (more than 60 characters before)
    ("เลขประจำตัวผู้เสียภาษี" + " ก" * 40 + f" {PERSON}", [], None),
]


test_table = table_test(NAME, CASES)


def test_label_and_explanation(detect) -> None:
    _, (f,) = detect(NAME, f"เลขประจำตัวผู้เสียภาษี {PERSON_DASHED}")
    assert f.label == "TAX_ID_PERSON"
    assert f.basis == "15(5)"
    assert "not juristic" in f.explanation and "checksum valid" in f.explanation
