"""passport: numbers named by a passport word, bare cells in a passport table, whole MRZs."""

from __future__ import annotations

from redactor.detectors.base import DetectionContext, TableCell, registered
from redactor.detectors.passport import mrz_check_digit, td3_checks
from tests.redactor.detectors.tables import table_test

NAME = "passport"
LABELLED = (0.85, 0.95)
CELL = (0.55, 0.65)
MRZ = (0.95, 1.0)


def cd(field: str) -> str:
    """ICAO 9303 check digit, computed here independently of the detector."""
    vals = {**{str(d): d for d in range(10)}, **{chr(65 + i): 10 + i for i in range(26)}, "<": 0}
    return str(sum(vals[c] * (7, 3, 1)[i % 3] for i, c in enumerate(field)) % 10)


def td3(number: str, nat: str, dob: str, sex: str, exp: str, surname: str, given: str) -> str:
    line1 = f"P<{nat}{surname}<<{given}".ljust(44, "<")
    num = number.ljust(9, "<")
    personal = "<" * 14
    body = f"{num}{cd(num)}{nat}{dob}{cd(dob)}{sex}{exp}{cd(exp)}{personal}{cd(personal)}"
    composite = body[0:10] + body[13:20] + body[21:43]
    return f"{line1}\n{body}{cd(composite)}"


MRZ_A = td3("ZX9012345", "MMR", "900215", "M", "300101", "TUNAUNG", "KYAW<MIN")
MRZ_B = td3("K77120458", "KHM", "851130", "F", "281231", "SOKHA", "CHANTHOU")

CASES = [
    # -- labelled: each country's shape, every connector ---------------------------
    ("หนังสือเดินทางเลขที่ P1234567", ["P1234567"], LABELLED),
    ("สัญชาติลาว หนังสือเดินทางเลขที่ P1234567 ข้อมูลดังกล่าว", ["P1234567"], LABELLED),
    ("หนังสือเดินทาง MC 123456 เข้าประเทศ", ["MC 123456"], LABELLED),  # Myanmar, spaced
    ("พาสปอร์ต เลขที่ N1234567", ["N1234567"], LABELLED),  # Cambodia
    ("Passport No. C9876543", ["C9876543"], LABELLED),  # Vietnam
    ("passport no: E12345678", ["E12345678"], LABELLED),  # China
    ("หนังสือเดินทาง / Passport No.: 312456789", ["312456789"], LABELLED),  # digits only
    ("หนังสือเดินทางเลขที่ C2H7K91LX นั่งซ้อนท้าย", ["C2H7K91LX"], LABELLED),  # 9 letters and digits
    ("หนังสือเดินทาง\nเลขที่ P1234567", ["P1234567"], LABELLED),  # line wrap
    ("หนังสือเดิน\nทางเลขที่ AB1234567", ["AB1234567"], LABELLED),  # wrap inside the word
    ("เลขที่หนังสือเดินทาง : MD-998877", ["MD-998877"], LABELLED),
    ("ถือหนังสือเดินทาง (Passport) P7654321 เดินทางเข้า", ["P7654321"], LABELLED),
    ("His passport number is A12345678 and he arrived by air.", ["A12345678"], LABELLED),  # running English
    # -- a flattened passport column: bare cells after the header ---------------------
    ("ชื่อ\n\nหนังสือเดินทาง\n\nสัญชาติ\n\nMR. A B\n\nMH448100\n\nลาว\n\nMS. C D\n\nPA 0712345\n\nลาว",
     ["MH448100", "PA 0712345"], CELL),
    ("ชื่อ / Name\n\nหนังสือเดินทาง / Passport No.\n\nวันเกิด\n\nMR. A B\n\n312456789\n\n1990-01-01\n",
     ["312456789"], CELL),  # under a header line of its own: digits-only numbers too
    ("ถือหนังสือเดินทางเข้ามา\n\n312456789\n", [], None),  # digits only need a header line
    # -- negatives -------------------------------------------------------------------
    ("P1234567", [], None),  # no passport word anywhere
    ("รหัสพัสดุ EF123456789TH", [], None),
    ("หนังสือเดินทางเลขที่ p1234567", [], None),  # lower case
    ("หนังสือเดินทางเลขที่ P12345", [], None),  # 5 digits
    ("หนังสือเดินทางเลขที่ ABC12345678", [], None),  # 11 characters
    ("หนังสือเดินทางเลขที่ XP8170900Z", [], None),
    ("หนังสือเดินทาง" + "ก" * 45 + " P1234567", [], None),  # not this label's value
    ("ยื่นหนังสือเดินทาง 2 ฉบับ เมื่อ 12/05/2567", [], None),
    ("หนังสือเดินทางหมดอายุวันที่ 20250101", [], None),
    ("ครุภัณฑ์รหัส\n\nAB1234567\n\n", [], None),  # a bare cell without any passport word
    # -- machine-readable zones ----------------------------------------------------------
    (f"ข้อมูลหน้าหนังสือเดินทาง\n{MRZ_A}\nจบ", [MRZ_A], MRZ),
    (MRZ_B, [MRZ_B], MRZ),
    ("P<MMRBROKEN<<LINE<<<<<<<<<<<<<<<<<<<<<<<<<<<\nnot a second line", [], None),
]


test_table = table_test(NAME, CASES)


def test_the_mrz_check_digits_follow_icao_9303() -> None:
    # ICAO 9303 Part 3 worked example: document number L898902C3 has check digit 6.
    assert mrz_check_digit("L898902C3") == 6
    assert td3_checks(MRZ_A.split("\n")[1]) == 3
    broken = MRZ_A.split("\n")[1]
    broken = broken[:9] + str((int(broken[9]) + 1) % 10) + broken[10:]
    assert td3_checks(broken) == 2


def test_a_mrz_with_a_broken_check_digit_is_still_redacted_but_said_so(detect) -> None:
    line1, line2 = MRZ_A.split("\n")
    bad = line2[:9] + str((int(line2[9]) + 1) % 10) + line2[10:19] + str((int(line2[19]) + 1) % 10) + line2[20:]
    _, (f,) = detect(NAME, f"{line1}\n{bad}")
    assert 0.75 <= f.score < 0.95 and "not confirmed" in f.explanation


def test_a_value_under_a_passport_column_header() -> None:
    text = "Passport No.\n903743272\nK7712045"
    cells = [TableCell(0, 12, 0, 0, 0, is_header=True),
             TableCell(13, 22, 0, 1, 0, header="Passport No."),
             TableCell(23, 31, 0, 2, 0, header="Passport No.")]
    found = list(registered()[NAME]().detect(DetectionContext(text, cells=cells)))
    spans = {text[f.start:f.end] for f in found}
    assert spans == {"903743272", "K7712045"}
    assert any("column header" in f.explanation for f in found)


def test_explanation_names_the_context_word(detect) -> None:
    _, (f,) = detect(NAME, "หนังสือเดินทางเลขที่ P1234567")
    assert (f.label, f.basis) == ("PASSPORT", "15(5)")
    assert "หนังสือเดินทาง" in f.explanation
