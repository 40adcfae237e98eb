"""address: the house-level part of an address; district, province and postcode stay."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.redactor.detectors.tables import table_test

NAME = "address"
ANCHORED = (0.8, 0.9)  # after บ้านเลขที่ / อยู่ / ที่อยู่ / ภูมิลำเนา
BARE = (0.65, 0.75)  # number + two or more components, no address word

CASES = [
    # the span starts at the house number and stops before อำเภอ / จังหวัด
    ("บ้านเลขที่ 232/1 ถนนศรีจันทร์ ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น",
     ["232/1 ถนนศรีจันทร์ ตำบลในเมือง"], ANCHORED),
    ("อยู่บ้านเลขที่ ๒๓๒/๑ ถนนศรีจันทร์ ตำบลในเมือง อำเภอเมืองขอนแก่น", ["๒๓๒/๑ ถนนศรีจันทร์ ตำบลในเมือง"], ANCHORED),
    ("102/9 หมู่ที่ 1 ตำบลท่าวัง", ["102/9 หมู่ที่ 1 ตำบลท่าวัง"], BARE),
    # หมุ่ typed with sara u for sara uu
    ("45/12 หมุ่ 3 ซอย 7 หมู่บ้านสุขใจ", ["45/12 หมุ่ 3 ซอย 7 หมู่บ้านสุขใจ"], BARE),
    ("บ้านเลขที่ 91 หมู่ 58 ตำบลพันดอน)", ["91 หมู่ 58 ตำบลพันดอน"], ANCHORED),
    ("อยู่บ้านเลขที่ 77\nหมู่ 12 ตำบลพันดอน", ["77\nหมู่ 12 ตำบลพันดอน"], ANCHORED),  # PDF line wrap
    ("เลขที่ 99 ม.3 ต.บ้านเป็ด อ.เมือง จ.ขอนแก่น", ["99 ม.3 ต.บ้านเป็ด"], ANCHORED),
    ("ภูมิลำเนาอยู่ 45 ซอยสุขุมวิท 21 แขวงคลองเตยเหนือ เขตวัฒนา", ["45 ซอยสุขุมวิท 21 แขวงคลองเตยเหนือ"], ANCHORED),
    ("ที่อยู่ 12/345 หมู่บ้านสุขใจ ถนนมิตรภาพ", ["12/345 หมู่บ้านสุขใจ ถนนมิตรภาพ"], ANCHORED),
    ("อาคารพาณิชย์เลขที่ 44/12\nถนนโพศรี", ["44/12\nถนนโพศรี"], ANCHORED),
    # หมู่ with its marks in either order, a village name after หมู่
    ("อยู่บ้านเลขที่ 5 \u0e2b\u0e21\u0e48\u0e39ที่ 3 ตำบลโนนสูง", ["5 \u0e2b\u0e21\u0e48\u0e39ที่ 3 ตำบลโนนสูง"], ANCHORED),
    ("45 ม.2 บ้านหนองแก ตำบลโนนสูง", ["45 ม.2 บ้านหนองแก ตำบลโนนสูง"], BARE),
    # a table cell read as text: a house number and its หมู่ alone on a line
    ("นางคำ ดีใจ\n๕๗๓ ม.๖\n086-000-0000", ["๕๗๓ ม.๖"], (0.55, 0.65)),
    ("นายแดง ใจดี\n15/2 หมู่ 3\n800", ["15/2 หมู่ 3"], (0.55, 0.65)),
    # a room number before the house number, and a residence word further on the line
    ("residing at Green Park Condominium, Room 804, 12/7 Soi Ruamchai 2, Bangkok",
     ["Room 804, 12/7 Soi Ruamchai 2"], (0.8, 0.9)),
    ("She lives in Baan Rim Nam Apartments, Unit B12, 33 Soi Watpa 5", ["Unit B12, 33 Soi Watpa 5"], (0.8, 0.9)),
    # English home addresses: district, province and postcode stay outside the span
    ("House No. 12/3 Moo 4, Tambon Nong Bua, Amphoe Mueang, Udon Thani 41000",
     ["12/3 Moo 4, Tambon Nong Bua"], ANCHORED),
    ("Address: 45 Soi Ari 2, Phaya Thai, Bangkok 10400", ["45 Soi Ari 2"], ANCHORED),
    ("residing at 9/1 Moo 2, Ban Rai Sub-district, Sawi District", ["9/1 Moo 2, Ban Rai Sub-district"], ANCHORED),
    ("88 Sukhumvit Road, Soi 21, Khlong Toei District, Bangkok 10110", ["88 Sukhumvit Road, Soi 21"], BARE),
    # several people living at one address ("The parents live at …"); a programme run live at a venue is not
    ("The parents live at 6/2 Moo 8, Tha Tadlong, and may be reached", ["6/2 Moo 8"], ANCHORED),
    ("The concert went live at 8 pm, Moo 3 stage", [], None),
    # a soi named after its road ("Sukhumvit Soi 11"), after a residence word or label
    ("He resides at 88 Sukhumvit Soi 11, Bangkok 10110.", ["88 Sukhumvit Soi 11"], ANCHORED),
    ("Home address: 7/2 Ramkhamhaeng Soi 24, Hua Mak, Bangkapi", ["7/2 Ramkhamhaeng Soi 24"], ANCHORED),
    ("15 Phahonyothin Soi 7, Moo 3, Tambon Khlong Nueng", ["15 Phahonyothin Soi 7, Moo 3, Tambon Khlong Nueng"],
     BARE),
    # a house number and its หมู่ before a comma: the places follow without ตำบล/อำเภอ
    ("ติดต่อ\n12 หมู่ 7 บ้านทดลอง, ทดลองใต้,\nสมมุติบุรี, 60000", ["12 หมู่ 7 บ้านทดลอง"], BARE),
    ("45/1 ม.3, โนนสมมุติ, ขอนแก่น 40000", ["45/1 ม.3"], BARE),
    # -- negatives ----------------------------------------------------------------
    ("ทั้ง 15 หมู่ 2,000 ครัวเรือน", [], None),  # a count of villages, then a number
    ("ปี 2567 หมู่ 5, ตำบลท่าวัง", [], None),  # a year
    ("ถนนหน้าศูนย์ราชการ", [], None),  # a road name alone
    ("ศาลากลางจังหวัดขอนแก่น ถนนหน้าศูนย์ราชการ ขก 40000", [], None),  # agency address
    ("ที่ ขก 0168.1/4338", [], None),  # document number
    ("คำสั่งอำเภอเมืองตัวอย่าง ที่ 348/2566", [], None),
    ("คำสั่งที่ 217/2567 ตำบลในเมือง", [], None),
    ("12 ถนนมิตรภาพ", [], None),  # one component and no address word
    ("หมู่ 12 ตำบลพันดอน", [], None),  # no house number
    ("ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น", [], None),  # jurisdiction only
    ("ครั้งที่ 1/2567 ณ ห้องประชุม", [], None),
    # a short English address: house number, place, country; the place stays
    ("somchai.k@example.com\n221 Khon Kaen, Thailand", ["221"], BARE),
    ("Address:\n17/4 mueang Loei, Thailand", ["17/4"], BARE),
    ("Address: 5 Hat Yai, Thailand", ["5"], BARE),
    # a Thai house number (N/N) after an "Address:" label, however the rest of the line is written
    ("Date of Birth : 1 May 2000. Address :Example Apartment,28/1-2Somewhere, Bang Sue, Bangkok 10800",
     ["28/1-2"], (0.7, 0.8)),
    ("Address: 77/12 Baan Suan, Mueang Chonburi", ["77/12"], (0.7, 0.8)),
    ("Office address: Example Co., Ltd. 99/1 Tower", [], None),  # an organisation's
    ("Address: see order 12/2567", [], None),  # a number over a year (an order, a document)
    ("2019 Chiang Mai, Thailand", [], None),  # a year and where something happened
    ("Kasetsart University\n50 Chatuchak, Bangkok, Thailand", [], None),  # an organisation's own address
    ("The office of Example Co., Ltd. is at 9 Lat Phrao, Thailand", [], None),
    ("Ranked 3 Asia, Thailand included", [], None),
    ("Room 12 is reserved for the meeting on 5 Soi", [], None),  # a room number with no house number after it
    # a year or a count before the components is no house number
    ("ปีงบประมาณ 2567 ตำบลท่าวัง หมู่ 5", [], None),
    ("จำนวน 500 ตำบล ตำบลละ 10,000 บาท", [], None),
    # a house number with no component after it, where บ้านเลขที่ or ที่อยู่ says it is a home
    ("ติดต่อผู้ขอ ซอยทดลอง ๕ บ้านเลขที่ ๒๑๗/๔๔ โทร ๐๘๗-๓๓๐-๑๙๒๕", ["๒๑๗/๔๔"], ANCHORED),
    ("ที่อยู่ 409/117 คอนโดมิเนียมทดลองทาวเวอร์ ชั้น 12 ถนนสมมุติ", ["409/117 คอนโดมิเนียมทดลองทาวเวอร์ ชั้น 12 ถนนสมมุติ"],
     ANCHORED),
    ("ที่อยู่: 58", ["58"], ANCHORED),
    ("สถานที่อยู่ 3 แห่ง", [], None),  # inside a longer word
    ("ที่อยู่ 2 ครัวเรือน", [], None),  # a count
    ("เลขที่ 45/2568", [], None),  # a document number
    ("บ้านเลขที่ 12.5 ล้านบาท", [], None),
    ("นักเรียนชั้น ม.3 จำนวน 40 คน", [], None),  # a school grade
    ("ห้องเรียน ม.3\nอายุ 15", [], None),
    ("Ratchadamnoen Road, Phra Nakhon District", [], None),  # no house number
    ("On 12 March the road was closed", [], None),
    ("Room 5, 2 Moo", [], None),
    ("Our office moved to 99 Sukhumvit Soi 3 last year", [], None),  # one part, no residence word
    ("The 2 Sukhumvit Soi shops were closed", [], None),
    ("Mobile: 081 234 5678. Home: 45/6 Soi Ari 3, Phaya Thai, Bangkok 10400.", ["45/6 Soi Ari 3"], ANCHORED),
    ("Home 2 Soi 4 won the match", [], None),  # no colon: not a home address label
    # a form's dotted leader between the label and the number
    # (the detection view reads the leaders as spaces: the หมู่ after the number is a component)
    ("อยู่บ้านเลขที่......๗๒/๓......หมู่ที่.....๖.....", ["๗๒/๓......หมู่ที่.....๖"], ANCHORED),
    ("ที่อยู่………๑๕/๒………", ["๑๕/๒"], ANCHORED),
    ("บ้านเลขที่ 12.5 ไร่", [], None),  # a decimal, not a leader
    # a street before its house number, right after a residence word (postcode and city stay)
    ("Mr. Tester Example, residing at Goethestrasse 14, 20095 Hamburg, has been admitted",
     ["Goethestrasse 14"], ANCHORED),
    ("Home address: Maple Street 12b, Springfield", ["Maple Street 12b"], ANCHORED),
    ("The office is at Goethestrasse 14, 20095 Hamburg", [], None),  # no one lives there
    ("residing at Chiang Mai for 3 years", [], None),  # no house number after a street
    # an English address over the lines of a contact block: the house-level lines go, the line with
    # the district, the province or the postcode stays
    ("kanit.w@example.com\n081-234-5678\n12/34 Baan Suan Ville 7 Rim\nKhlong Road , Nong Bon\n,Prawet Bangkok 10250",
     ["12/34 Baan Suan Ville 7 Rim\nKhlong Road , Nong Bon"], (0.65, 0.75)),
    ("Personal Details\nTESTER EXAMPLE\n55 Example Apartment,Room 204\nSoi Somewhere Road\nSub-district Samsen\n"
     "Dusit District\nBangkok Thailand 10300\nTel: 08-1234-5678",
     ["55 Example Apartment,Room 204\nSoi Somewhere Road\nSub-district Samsen"], (0.65, 0.75)),
    ("Email: a.tester@example.com\n7 Moo 3 Ban Nong, Mueang District, Loei 42000", ["7 Moo 3 Ban Nong"], None),
    # ... not an organisation's letterhead, a year, a long sentence, a block with no contact or no postcode
    ("Example Trading Co., Ltd.\n99/1 Sukhumvit Road, Khlong Toei\nBangkok 10110\nTel. 02-123-4567", [], None),
    ("2019 Chiang Mai Road Run\nChiang Mai 50200\nphone 081-234-5678", [], None),
    ("12 Students from the village joined the road safety campaign this year\nBangkok 10400\nTel 081-234-5678",
     [], None),
    ("15/2 Green Village Road\nBangkok 10400", [], None),
    ("a.tester@example.com\n15/2 Green Village Road\nBangkok", [], None),
]


test_table = table_test(NAME, CASES)


def test_district_and_province_stay_outside_the_span(detect) -> None:
    view, (f,) = detect(NAME, "อยู่บ้านเลขที่ 232/1 ถนนศรีจันทร์ ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000")
    found = view[f.start : f.end]
    assert found.startswith("232/1")
    assert "อำเภอ" not in found and "จังหวัด" not in found and "40000" not in found
    assert (f.label, f.basis) == ("ADDRESS", "15(5)")
    assert "address word" in f.explanation


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        # A table cell ends the address: the next cell's "ถนน…" is a complaint's subject.
        (["12/3 ม.4", "ถนนชำรุด"], ["12/3 ม.4"]),
        (["12/3 หมู่ 4 ตำบลดงเย็น", "ถนนชำรุด"], ["12/3 หมู่ 4 ตำบลดงเย็น"]),
        # Within one cell nothing changes.
        (["12/3 หมู่ 4 ถนนมิตรภาพ"], ["12/3 หมู่ 4 ถนนมิตรภาพ"]),
    ],
)
def test_an_address_stops_at_its_cell(cells: list[str], expected: list[str]) -> None:
    from redactor.detectors.address import AddressDetector
    from redactor.detectors.base import DetectionContext, TableCell

    text = "\n".join(cells)
    spans, pos = [], 0
    for col, c in enumerate(cells):
        spans.append(TableCell(pos, pos + len(c), 0, 1, col))
        pos += len(c) + 1
    found = [text[f.start:f.end] for f in AddressDetector().detect(DetectionContext(text, cells=spans))]
    assert found == expected


@pytest.mark.parametrize("part", [
    "Moo 4", "MU. 12", "Soi Ari 3", "soi 7", "Sukhumvit Road", "Rama Rd.", "Baker Street", "Main St.",
    "Green Lane", "Park Avenue", "Fifth Ave.", "Tambon Nai Mueang", "KHWAENG Bang Rak", "Mueang Sub-district",
    "Nong Khai Subdistrict", "Ban Na Village",
])
def test_every_english_address_part_holds_one_of_the_words_the_pre_check_looks_for(part: str) -> None:
    # AddressDetector skips the English address scan on a text holding none of _EN_PART_WORDS (any
    # case): each kind of part the pattern knows must hold one.
    from redactor.detectors.address import _EN_PART, _EN_PART_WORDS
    from redactor.rx import ascii_folded

    assert re.fullmatch(_EN_PART, part)
    assert any(w in ascii_folded(part) for w in _EN_PART_WORDS)


# --- _address_spans: ADDRESS_RE's matches, found from its digit-first core -----------------------

_PIECES = ["บ้านเลขที่", "เลขที่", "อยู่", "ที่อยู่", "อยู่บ้าน", "บ้าน", "ที่", " ", "  ", "\n", "\t", "\u00a0", "12", "3",
           "/", "45/6", "123456", "หมู่", "หมู่ที่", "ม.", "ซอย", "ถนน", "ตำบล", "ต.", "ห้อง", "ชั้น", "นา", "สุข", "x", ","]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=24).map("".join))
def test_address_spans_are_the_address_patterns_matches(text: str) -> None:
    from redactor.detectors.address import ADDRESS_RE, _address_spans

    assert list(_address_spans(text)) == [(m.start(), m.start(1), m.end(1)) for m in ADDRESS_RE.finditer(text)]


@pytest.mark.parametrize("text", [
    "อยู่บ้านเลขที่ 12 หมู่ 3 ตำบลนา", "เลขที่อยู่ 12 หมู่ 3", "12/3 4 หมู่ 5", "123456 หมู่ 7", "ที่อยู่12 ม.3 ถนนสุข",
    "1 หมู่ 2 3 หมู่ 4", "บ้านเลขที่\n 9 ซอยสุข 3 ถนนนา",
    "1 ถนนอยู่ 5 หมู่ 3",  # the label "อยู่" ends a match before it: no match starts inside another
])
def test_address_spans_on_a_table_of_cases(text: str) -> None:
    from redactor.detectors.address import ADDRESS_RE, _address_spans

    assert list(_address_spans(text)) == [(m.start(), m.start(1), m.end(1)) for m in ADDRESS_RE.finditer(text)]


@pytest.mark.parametrize(("text", "ocr", "expected"), [
    # OCR made noise of หมู่ที่ (and of the labels before the number): the number and its ตำบล still go
    ("Vide UIULAUV 27/8 UNV 3 ตำบลท่าช้าง โทร.", True, ["27/8 UNV 3 ตำบลท่าช้าง"]),
    ("ที่อยู่ บ้านเลขที่ 150/2 VAN oo ตำบลดอนแก้ว", True, None),  # anchored: the ordinary rule's, found once
    ("nog 45/1 หมท 12 ถนนมิตรภาพ", True, ["45/1 หมท 12 ถนนมิตรภาพ"]),
    # typed text is as written: no such rule there
    ("Vide UIULAUV 27/8 UNV 3 ตำบลท่าช้าง", False, []),
    # a document number or a date, then Thai words before ตำบล: not a garbled หมู่
    ("ที่ 27/2569 เรื่อง ขอ ตำบลโนนสูง", True, []),
    ("เมื่อ 12/8/2569 ณ ตำบลโนนสูง", True, []),
    # no slash: a count or a year
    ("จำนวน 500 UNV ตำบลโนนสูง", True, []),
])
def test_house_number_with_a_garbled_moo_on_ocr_text(text: str, ocr: bool, expected: list[str] | None) -> None:
    from redactor.detectors.base import DetectionContext, registered
    from redactor.normalise import normalise

    view = normalise(text).text
    ctx = DetectionContext(view, ocr=[(0, len(view))] if ocr else [])
    found = registered()[NAME]().detect(ctx)
    garbled = [view[f.start:f.end] for f in found if "OCR made of" in f.explanation]
    if expected is None:
        assert not garbled and len(found) == 1
    else:
        assert garbled == expected
