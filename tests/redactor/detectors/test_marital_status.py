"""marital_status: a person's marital status as a field; not a blank form's options nor general text."""

from __future__ import annotations

from tests.redactor.detectors.tables import table_test

NAME = "marital_status"
FIELD = (0.75, 0.85)

CASES = [
    ("ชื่อ นางทดลอง ใจดี อายุ 45 ปี สถานภาพ หม้าย อาชีพ ค้าขาย", ["หม้าย"], FIELD),
    ("เพศ หญิง  สถานภาพสมรส: หย่า  สัญชาติ ไทย", ["หย่า"], FIELD),
    ("Date of birth: May 2, 1990\nGender: Male\nMarital status: Single\nNationality: Thai", ["Single"], FIELD),
    ("MARITAL STATUS\nMARRIED\nRELIGION BUDDHIST", ["MARRIED"], FIELD),
    # -- negatives -------------------------------------------------------------------
    ("สถานภาพ ☐ โสด ☐ สมรส ☐ หม้าย ☐ หย่า\nชื่อ ....................", [], None),  # a blank form's options
    ("ชื่อ .................. สถานภาพ โสด / สมรส / หย่า", [], None),
    ("สถานภาพทางการเงินของเทศบาลมั่นคง", [], None),  # general text
    ("สถานภาพ โสด", [], None),  # no person's details around it
    ("The bridge was single and married to the road design", [], None),
]


test_table = table_test(NAME, CASES)
