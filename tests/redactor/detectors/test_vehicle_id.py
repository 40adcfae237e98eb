"""vehicle_id: VINs by shape, chassis and engine numbers after their label or header."""

from __future__ import annotations

from redactor.detectors.base import DetectionContext, TableCell, registered
from redactor.detectors.vehicle_id import looks_like_vin, vin_check_digit_ok
from tests.redactor.detectors.tables import table_test

NAME = "vehicle_id"
ANY = (0.75, 0.95)
LABELLED = (0.85, 0.95)

CASES = [
    # -- VIN shape, anywhere ------------------------------------------------------------
    ("1M8GDM9AXKP042788", ["1M8GDM9AXKP042788"], (0.85, 0.95)),  # check digit X holds
    ("รถกระบะ หมายเลข MRHGM1234KT567890 สีขาว", ["MRHGM1234KT567890"], ANY),
    ("ตัวถัง MNTBB7A15J6012345", ["MNTBB7A15J6012345"], ANY),
    ("MLHJC5410K\n5123456", ["MLHJC5410K\n5123456"], ANY),  # wrapped in a narrow cell
    # -- labelled chassis and engine numbers ----------------------------------------------
    ("เลขเครื่องยนต์ KF21E-5123456 สีดำ", ["KF21E-5123456"], LABELLED),
    ("หมายเลขเครื่องยนต์: 4JJ1-AB1234", ["4JJ1-AB1234"], LABELLED),
    ("เลขเครื่อง 2NR-F123456", ["2NR-F123456"], LABELLED),
    ("เลขตัวถัง ๕๑๒๓๔๕๖๗", ["๕๑๒๓๔๕๖๗"], LABELLED),
    ("Engine No. G3R2E-0123456", ["G3R2E-0123456"], LABELLED),
    ("chassis number: KDH222-0012345", ["KDH222-0012345"], LABELLED),
    ("เลขตัว\nรถ JT1234567", ["JT1234567"], LABELLED),  # label wrapped
    # -- an engine number right after the VIN in a vehicle row ---------------------------------
    ("TOYOTA MR053REH100412345\n2NR-F123456\nนาย", ["MR053REH100412345", "2NR-F123456"], ANY),
    ("MLHJF6421M5112345 JF64E-2112345 สีแดง", ["MLHJF6421M5112345", "JF64E-2112345"], (0.7, 0.95)),
    ("MLHJF6421M5112345 AB-12 สีแดง", ["MLHJF6421M5112345"], ANY),  # too short for an engine number
    ("รุ่น KF21E-5123456", [], None),  # the engine shape alone is not enough
    # -- negatives ------------------------------------------------------------------------
    ("ABCDEFGHJKLMNPRST", [], None),  # no digits
    ("12345678901234567", [], None),  # digits only (e-GP-like numbers)
    ("1M8GDM9AXKP04278O", [], None),  # letter O is not a VIN character
    ("1M8GDM9AXKP042788Z", [], None),  # 18 characters
    ("เลขเครื่องยนต์ 2 เครื่อง", [], None),
    ("เลขเครื่องยนต์ ยังไม่ได้ตรวจสอบ", [], None),
    ("เครื่องยนต์ขนาด 2400 ซีซี", [], None),
    ("ABCD1234\nสวัสดี", [], None),
]


test_table = table_test(NAME, CASES)


def test_vin_helpers() -> None:
    assert vin_check_digit_ok("1M8GDM9AXKP042788")
    assert vin_check_digit_ok("11111111111111111")
    assert not vin_check_digit_ok("1M8GDM9A1KP042788")
    assert looks_like_vin("MRHGM1234KT567890")
    assert not looks_like_vin("MRHGM1234KT5678AB")  # the serial at the end is numeric


def test_engine_number_under_a_column_header() -> None:
    text = "เลขเครื่องยนต์\nสีขาว\nAB12C-123456"
    cells = [TableCell(0, 14, 0, 0, 0, is_header=True), TableCell(21, 33, 0, 1, 0, header="เลขเครื่องยนต์")]
    (f,) = registered()[NAME]().detect(DetectionContext(text, cells=cells))
    assert text[f.start:f.end] == "AB12C-123456" and "header" in f.explanation
