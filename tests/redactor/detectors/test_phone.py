"""phone: Thai mobiles (06/08/09), landlines (02-07) and +66 forms, with any separators."""

from __future__ import annotations

import pytest

from tests.redactor.detectors.tables import table_test

NAME = "phone"
BARE = (0.7, 0.8)  # pattern alone
CTX = (0.85, 0.95)  # after โทร / เบอร์ / มือถือ ...
ANY = (0.7, 0.95)

MOBILES = [
    "0812345678",
    "081-234-5678",
    "08 1234 5678",
    "๐๘ ๙๐๖๓ ๖๒๖๒",
    "+66 86 694 1587",
    "+66-81-234-5678",
    "+66812345678",
    "+66 (0) 81 234 5678",
    "062-164-0737",
    "093.461.2917",
    "099 - 017 - 4426",  # spaced dashes (a CV's contact line)
    "081 -234- 5678",
]
LANDLINES = [
    "0 4331 7831",
    "02-123-4567",
    "๐ ๔๓๑๑ ๘๘๗๑",
    "021234567",
    "0-4331-7831",
    "+66 2 123 4567",
]

CASES = [
    # -- other countries' numbers: a country code and 7-13 digits --------------------------
    ("ญาติ (mother) +49 170 1234 567", ["+49 170 1234 567"], BARE),
    ("ล่าม +95 9 421 234 567", ["+95 9 421 234 567"], BARE),
    ("+855 12 345 678", ["+855 12 345 678"], BARE),
    ("โทร +856 20 5512 3456", ["+856 20 5512 3456"], CTX),
    ("+84 (0) 912 345 678", ["+84 (0) 912 345 678"], BARE),
    ("Tel. +1 (202) 555-0142", ["+1 (202) 555-0142"], CTX),
    ("ราคา +5 %", [], None),
    ("+1 234", [], None),  # too short
    ("1+1=2 +12", [], None),
    # -- a mobile cut at a line end by a narrow table cell -----------------------------------
    ("095-123-456\n600", ["095-123-456"], (0.55, 0.65)),
    ("08 1234 567\nนาย", ["08 1234 567"], (0.55, 0.65)),
    ("095-123-45\n", ["095-123-45"], (0.55, 0.65)),
    ("095-123-456 บาท", [], None),  # not at a line end
    ("095-12\n", [], None),  # too little left to be a number
    ("02 123 456\n", [], None),  # a short landline-like run is not a mobile
    # -- a landline with its area code in brackets ----------------------------------------
    ("(02) 123 4567", ["(02) 123 4567"], BARE),
    ("โทร (053) 123 456", ["(053) 123 456"], CTX),
    *[(m, [m], BARE) for m in MOBILES],
    *[(n, [n], BARE) for n in LANDLINES],
    # context words raise the score; the span stays the number
    ("โทร. 0915807810", ["0915807810"], CTX),
    ("โทรศัพท์ +66 86 694 1587 ไปรษณีย์อิเล็กทรอนิกส์", ["+66 86 694 1587"], CTX),
    ("ติดต่อบุตรสาว ๐๘ ๙๐๖๓ ๖๒๖๒", ["๐๘ ๙๐๖๓ ๖๒๖๒"], CTX),
    ("มือถือ081-234-5678", ["081-234-5678"], CTX),  # glued to Thai letters
    ("Tel: 02-123-4567", ["02-123-4567"], CTX),
    ("โทร. 0 4331 7831  โทรสาร 0 4318 9830", ["0 4331 7831", "0 4318 9830"], CTX),
    # a range of lines: the suffix belongs to the number
    ("โทร. 0 4331 7831-5", ["0 4331 7831-5"], CTX),
    ("โทร 02-123-4567-8", ["02-123-4567-8"], CTX),
    ("081-234-5678/9", ["081-234-5678/9"], BARE),
    # Ten digits after a phone word without a mobile prefix: a misread (OCR) or mistyped mobile.
    ("ติดต่อได้ที่บ้าน หรือมื่อถือ\n051 520 3312 ในเวลาราชการ", ["051 520 3312"], (0.55, 0.8)),
    ("มือถือ 041-725-6630", ["041-725-6630"], (0.55, 0.8)),
    # -- negatives ------------------------------------------------------------
    ("เลขที่หนังสือ 051 520 3312", [], None),  # ten digits with no phone word
    ("34807384149", [], None),  # 11-digit e-GP project number
    ("เลขที่โครงการ 34807384149 นั้น", [], None),
    ("1103702071811", [], None),  # 13-digit ID
    ("3-3711-81206-21-1", [], None),
    ("0105536000000", [], None),  # juristic ID, flat
    ("0-0339-40217-93-0", [], None),  # juristic ID, dashed
    ("เลขประจำตัวผู้เสียภาษี 0 9940 00160 37 1", [], None),  # juristic ID, spaced
    ("ค่าเสียหายประมาณ ๕๘๕,๑๐๐ บาท", [], None),
    ("585,100", [], None),
    ("12/10/2539", [], None),
    ("เกิดวันที่ 12/10/2539", [], None),
    ("02-123-4567-89", [], None),  # not a one-digit range suffix
    ("081-234-5678-1-2", [], None),
    ("0212345678", [], None),  # 10 digits but 02: neither mobile nor landline
    ("0112345678", [], None),
    ("081234567", [], None),  # 9 digits starting 08: too short for a mobile
    ("ที่ ขก 0168.1/4338", [], None),
    ("เลขที่บัญชี 014-9-19147-1", [], None),
    ("A0812345678", [], None),  # part of a code
    # spaced dashes join digit groups only: a range of years or of pages is no number
    ("2563 - 2565", [], None),
    ("หน้า 01 - 12 - 2565", [], None),
    ("0 - 9940 - 00160 - 37 - 1", [], None),  # a juristic ID: too many digits for a phone
    ("ข้อ 08 - 1234 - 56", [], None),  # too few digits
]


test_table = table_test(NAME, CASES)


@pytest.mark.parametrize(
    ("text", "kind"),
    [(m, "mobile") for m in MOBILES] + [(n, "landline") for n in LANDLINES] + [("โทร. 0 4331 7831-5", "landline")],
)
def test_explanation_says_mobile_or_landline(detect, text, kind) -> None:
    # Policy keeps the agency's own landlines, so the explanation must say which.
    _, (f,) = detect(NAME, text)
    assert f.label == "PHONE"
    assert f.explanation.startswith(f"{kind} number")
    assert ("mobile" in f.explanation) != ("landline" in f.explanation)
