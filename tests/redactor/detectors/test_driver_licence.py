"""driver_licence: licence numbers after ใบอนุญาตขับขี่/ใบอนุญาตขับรถ/ใบขับขี่ or under such a header."""

from __future__ import annotations

from redactor.detectors.base import DetectionContext, TableCell, registered
from tests.redactor.detectors.tables import table_test

NAME = "driver_licence"
SCORE = (0.8, 0.9)

CASES = [
    ("ใบอนุญาตขับขี่เลขที่ 61012345 ออกให้", ["61012345"], SCORE),
    ("ใบอนุญาตขับรถ 59004321 / โทร 081-234-5678", ["59004321"], SCORE),
    ("ใบอนุญาตขับรถยนต์ส่วนบุคคลเลขที่ 63001234 ส่วน", ["63001234"], SCORE),
    ("ใบอนุญาตขับรถจักรยานยนต์ชนิดตลอดชีพ เลขที่ ๕๐๐๑๒๓๔๕", ["๕๐๐๑๒๓๔๕"], SCORE),
    ("ใบขับขี่: 58/123456", ["58/123456"], SCORE),
    ("ใบอนุญาต\nขับขี่ 62001234", ["62001234"], SCORE),  # label wrapped
    ("Driving licence no. 60012345", ["60012345"], SCORE),
    # -- a flattened table: the header alone on its line (wrapped too), the cells below -------
    ("ผู้ขับขี่\nใบอนุญาตขับ\nขี่\nนาย ก\n51004321\n(ส่วนบุคคล)\nนาย ข\n62001234\n", ["51004321", "62001234"],
     (0.55, 0.65)),
    ("ใบอนุญาตขับขี่\nนาย ก\n2567\n12/05/2567\n", [], None),
    # -- negatives --------------------------------------------------------------------
    ("ผู้ขับขี่ไม่มีใบอนุญาตขับรถ", [], None),
    ("ใบขับขี่หมดอายุ 12/05/2567", [], None),
    ("ใบอนุญาตขับขี่ 2 ใบ", [], None),
    ("ใบอนุญาตขับรถ 12/05/2567", [], None),  # a date, not a number
    ("เลขที่ 61012345", [], None),  # no licence word
]


test_table = table_test(NAME, CASES)


def test_under_a_column_header() -> None:
    text = "ใบอนุญาตขับขี่\n51004321"
    cells = [TableCell(0, 14, 0, 0, 0, is_header=True), TableCell(15, 23, 0, 1, 0, header="ใบอนุญาตขับ\nขี่")]
    (f,) = registered()[NAME]().detect(DetectionContext(text, cells=cells))
    assert text[f.start:f.end] == "51004321"
