"""bank_account: the 3-1-5-1 dashed layout anywhere, plain digits only after a bank word."""

from __future__ import annotations

from tests.redactor.detectors.tables import table_test

NAME = "bank_account"
DASHED = (0.75, 0.85)
DASHED_CTX = (0.9, 1.0)
PLAIN_CTX = (0.8, 0.9)

CASES = [
    # dashed 3-1-5-1: found without context, raised with it
    ("014-9-19147-1", ["014-9-19147-1"], DASHED),
    ("๓๘๙-๖-๙๒๗๘๐-๗", ["๓๘๙-๖-๙๒๗๘๐-๗"], DASHED),
    ("ธ.ก.ส. สาขากุมภวาปี 014-9-19147-1", ["014-9-19147-1"], DASHED_CTX),
    ("โดยใช้บัญชีม้า เลขที่\n412-7-44447-1 และ 389-6-92780-7 รับโอนเงิน", ["412-7-44447-1", "389-6-92780-7"],
     DASHED_CTX),
    ("บัญชีเลขที่412-7-44447-1", ["412-7-44447-1"], DASHED_CTX),  # glued
    # plain and spaced digits: only after บัญชี / ธนาคาร / ...
    ("เลขที่บัญชี 0149191471", ["0149191471"], PLAIN_CTX),
    ("ธนาคารกรุงไทย 1234567890", ["1234567890"], PLAIN_CTX),
    ("บัญชีออมทรัพย์ ธนาคารออมสิน 020123456789", ["020123456789"], PLAIN_CTX),  # 12 digits
    ("เลขที่บัญชี 014 9 19147 1", ["014 9 19147 1"], PLAIN_CTX),
    ("บัญชี 0812345678", ["0812345678"], PLAIN_CTX),  # after บัญชี a 08 number is an account
    # any other grouping after a bank word (3-1-6, 4-4-4, OCR's stray spaces), bank names as context
    ("บัญชีเลขที่ 123-4-567890", ["123-4-567890"], PLAIN_CTX),
    ("ธ.ก.ส. เลขที่บัญชี 0201 2345 6789", ["0201 2345 6789"], PLAIN_CTX),
    ("ธนาคารกรุงไทย 12 3456789 0", ["12 3456789 0"], PLAIN_CTX),
    ("เลขที่บัญชี 0 1 4 9 1 9 1 4 7 1", ["0 1 4 9 1 9 1 4 7 1"], PLAIN_CTX),
    ("account no. 123-456789-0", ["123-456789-0"], PLAIN_CTX),
    ("KBank ๑๒๓๔๕๖๗๘๙๐", ["๑๒๓๔๕๖๗๘๙๐"], PLAIN_CTX),
    ("KBank 123-4-56789-0", ["123-4-56789-0"], DASHED_CTX),
    # -- negatives ------------------------------------------------------------
    ("ธนาคาร 12/05/2567", [], None),
    ("บัญชี 1,234,567,890 บาท", [], None),
    ("ธนาคารออมสิน สาขา โทร 02 123 4567", [], None),  # 9 digits: a landline
    ("ธนาคาร 12 34 56 78 90 12 34", [], None),  # 14 digits
    ("0149191471", [], None),
    # payment cards: four groups of four passing the Luhn check, or any 16 digits after a card word
    ("ชำระด้วยบัตร 4539 1488 0343 6467 แล้ว", ["4539 1488 0343 6467"], (0.75, 1.0)),
    ("card 5500-0055-5555-5559", ["5500-0055-5555-5559"], (0.75, 1.0)),
    ("หมายเลขบัตร 4512 8830 1947 2206", ["4512 8830 1947 2206"], (0.7, 1.0)),
    ("บัตรเครดิตเลขที่ 4512883019472206", ["4512883019472206"], (0.7, 1.0)),
    ("เลขอ้างอิง 4539 1488 0343 6468", [], None),  # four groups failing the Luhn check, no card word
    ("เลขอ้างอิงการชำระ 4539148803436467", [], None),  # 16 plain digits without a card word
    ("เลขบัตรประชาชน 4512 8830 1947 2206", [], None),  # an ID card word is not a payment card's
    ("รหัส 4539 1488 0343 6467 0001", [], None),  # part of a longer run of groups
    ("014 9 19147 1", [], None),
    ("1234567890", [], None),
    ("โอนเงิน 0812345678", [], None),  # a mobile next to โอนเงิน is the phone detector's
    ("ธนาคาร 1103702071811", [], None),  # 13 digits: an ID
    ("ธนาคาร 123456789", [], None),  # 9 digits
    ("014-9-19147-1-2", [], None),  # longer dashed run
    ("9-014-9-19147-1", [], None),
    ("0-0339-40217-93-0", [], None),
    ("ค่าเสียหาย 585,100 บาท", [], None),
    # e-GP: กรมบัญชีกลาง is an agency, the number after it a project number
    ("ประกาศในระบบ e-GP ของกรมบัญชีกลาง เลขที่โครงการ 34807384149", [], None),
    ("ผ่านระบบของกรมบัญชีกลาง 34807384149", [], None),
    ("บัญชีรายการครุภัณฑ์ เลขที่โครงการ 34807384149", [], None),
]


test_table = table_test(NAME, CASES)


def test_explanation_names_the_form_and_the_context(detect) -> None:
    _, (f,) = detect(NAME, "เลขที่บัญชี 0149191471")
    assert (f.label, f.basis) == ("BANK_ACCOUNT", "15(5)")
    assert "plain" in f.explanation and "บัญชี" in f.explanation
    _, (g,) = detect(NAME, "014-9-19147-1")
    assert "dashed_3_1_5_1" in g.explanation
