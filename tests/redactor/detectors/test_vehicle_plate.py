"""vehicle_plate: Thai plates with a province after them or a registration word before."""

from __future__ import annotations

from tests.redactor.detectors.tables import table_test

NAME = "vehicle_plate"
PROVINCE = (0.8, 0.9)
PROVINCE_CTX = (0.9, 1.0)
CTX_ONLY = (0.7, 0.8)
OCR_LATIN = (0.75, 0.85)

CASES = [
    # a plate with its province: the province is part of the span
    ("กข 1234 บุรีรัมย์", ["กข 1234 บุรีรัมย์"], PROVINCE),
    ("2ขค 1219 อุดรธานี", ["2ขค 1219 อุดรธานี"], PROVINCE),
    ("ฒร 9034 ขอนแก่น", ["ฒร 9034 ขอนแก่น"], PROVINCE),
    ("๒ขค ๑๒๑๙ อุดรธานี", ["๒ขค ๑๒๑๙ อุดรธานี"], PROVINCE),
    ("กข-1234 กรุงเทพมหานคร", ["กข-1234 กรุงเทพมหานคร"], PROVINCE),
    ("กข 1234 จังหวัดบุรีรัมย์", ["กข 1234 จังหวัดบุรีรัมย์"], PROVINCE),
    ("2ขค 1219\nอุดรธานี", ["2ขค 1219\nอุดรธานี"], PROVINCE),  # table cell wrap
    ("หมายเลขทะเบียน กข 6330 มหาสารคาม ได้รับความเสียหาย", ["กข 6330 มหาสารคาม"], PROVINCE_CTX),
    # after ทะเบียน the province may be missing
    ("รถยนต์ทะเบียน กข 1234", ["กข 1234"], CTX_ONLY),
    ("ทะเบียน 1กก 5555 สีขาว", ["1กก 5555"], CTX_ONLY),
    ("ทะเบียนรถ\n2ขค 1219", ["2ขค 1219"], CTX_ONLY),
    # OCR of a scan: a stray period and a line break between letters and digits
    ("ทะเบียน กธ.\n8400 นครศรีธรรมราช", ["กธ.\n8400 นครศรีธรรมราช"], PROVINCE_CTX),
    # OCR read the Thai letters as Latin capitals: needs the province and a registration word
    ("หมายเลขทะเบียน NS.\n8400 นครศรีธรรมราช ได้สูญหาย", ["NS.\n8400 นครศรีธรรมราช"], OCR_LATIN),
    ("รถยนต์ทะเบียน AB 1234 กรุงเทพมหานคร", ["AB 1234 กรุงเทพมหานคร"], OCR_LATIN),
    ("ทะเบียน 2Aข 1219 อุดรธานี", ["2Aข 1219 อุดรธานี"], OCR_LATIN),
    # -- negatives: document and reference numbers use the same letters ----------
    ("รุ่น XY 200 ขอนแก่น", [], None),  # Latin letters without a registration word
    ("AB 1234 กรุงเทพมหานคร", [], None),
    ("ได้รับการรับรองทะเบียน ISO 9001 ขอนแก่น", [], None),  # three letters: not a plate
    ("เลขทะเบียน 0105559001234 ขอนแก่น", [], None),  # a juristic registration number
    # -- a leading digit, with and without a province -----------------------------------
    ("3กข 1234 เชียงใหม่", ["3กข 1234 เชียงใหม่"], PROVINCE),
    ("1กก-123 กรุงเทพมหานคร", ["1กก-123 กรุงเทพมหานคร"], PROVINCE),
    ("ทะเบียน 1กก-123 ชนท้าย", ["1กก-123"], CTX_ONLY),
    # -- motorcycle plates copied row by row: letters, province, number -------------------
    ("หมายเลขทะเบียน 1กข เชียงใหม่ 532 ซึ่งเช่ามา", ["1กข เชียงใหม่ 532"], PROVINCE_CTX),
    ("จักรยานยนต์ คฉน ลำพูน 820 จอดอยู่", ["คฉน ลำพูน 820"], PROVINCE),
    ("กข\nนครราชสีมา\n๑๒๓", ["กข\nนครราชสีมา\n๑๒๓"], PROVINCE),
    ("ถนน เชียงใหม่ 12", [], None),
    ("ทะเบียน รย.1 / รถยนต์นั่ง", [], None),  # a registration type code
    ("ประเภททะเบียน รย.12", [], None),  # a street word, not plate letters
    ("ซอย ลำพูน 3", [], None),
    ("จังหวัดขอนแก่น 40000", [], None),
    # -- agency document numbers: two letters, digits with . and / ---------------------
    ("ตช ๐๐๑๒.๓๔/๕๖๗", [], None),
    ("ที่ รส ๐๑๒๓/๔๕๖๗ ลงวันที่ ๓ มกราคม ๒๕๖๗", [], None),
    ("หนังสือที่ นม ๐๐๒๓.๓/ว ๑๒๓ เรื่องทะเบียนรถ", [], None),
    ("ทะเบียนหนังสือ ตช ๐๐๑๒.๓๔/๕๖๗", [], None),
    ("ที่ กค 0412.5/1234 ลงวันที่ 1 มีนาคม 2567 ขอนแก่น", [], None),
    ("ที่ ขก 0168.1/4338", [], None),
    ("ขก 0168.1/4338", [], None),
    ("ที่ มท 0309/ว 123", [], None),
    ("ที่ มท 0309/ว123", [], None),
    ("ที่ มท 0309.2/1234 ลงวันที่ 4 มีนาคม 2567", [], None),
    ("ศาลากลางจังหวัดขอนแก่น ถนนหน้าศูนย์ราชการ ขก 40000", [], None),  # postcode
    ("กข 1234", [], None),  # no province, no registration word
    ("ข้อ 12 ขอนแก่น", [], None),  # a clause number before a place name
    ("จำนวน 12 ราย", [], None),
    ("หมู่ 12 ตำบลพันดอน", [], None),
    ("ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น", [], None),
    # -- a plate's number never has a leading zero: form codes and file numbers -------------
    ("ยื่นแบบคำร้องขอลงทะเบียน (แบบ ดร.01)", [], None),
    ("ทะเบียนแฟ้ม กค 0401", [], None),
    ("กข 0123 ขอนแก่น", [], None),
    ("ทะเบียน กข 1023 ขอนแก่น", ["กข 1023 ขอนแก่น"], PROVINCE_CTX),
    # -- three letters in the usual order (a motorcycle's newer plates): letters, number, province ----------
    ("รถจักรยานยนต์ ทะเบียน ขทษ ๕๑๘ สระบุรี ถูกขูดขีด", ["ขทษ ๕๑๘ สระบุรี"], PROVINCE_CTX),
    ("คพธ 742 นครนายก", ["คพธ 742 นครนายก"], PROVINCE),
    ("ทะเบียน ฆกษ 204", [], None),  # three letters need the province: a register's code looks the same
    ("ถนน 12 นครนายก", [], None),  # a street word, not three plate letters
    ("ซอย 5 สระบุรี", [], None),
    ("ทะเบียนคุมหนังสือ สพฐ 1234", [], None),  # three letters without a province: a register's code
    # -- trucks, buses and taxis: NN-NNNN, which needs its province -----------------------------------------
    # (often a company's: found for review, below policy's redact threshold)
    ("รถบรรทุกหกล้อ ทะเบียน ๗๖-๓๑๘๒ พิษณุโลก", ["๗๖-๓๑๘๒ พิษณุโลก"], (0.4, 0.49)),
    ("รถโดยสาร 15-2294 กรุงเทพมหานคร", ["15-2294 กรุงเทพมหานคร"], (0.4, 0.49)),
    ("โทร. 02-1234 ต่อ 5", [], None),
    ("เลขที่ 81-4270", [], None),  # no province: any number
    ("ทะเบียนเลขที่ 81-4270/2567 พิษณุโลก", [], None),  # a file number runs on into "/"
]


test_table = table_test(NAME, CASES)


def test_explanation_names_the_province(detect) -> None:
    _, (f,) = detect(NAME, "ฒร 9034 ขอนแก่น")
    assert (f.label, f.basis) == ("PLATE", "15(5)")
    assert "ขอนแก่น" in f.explanation


def test_a_commercial_plate_goes_to_review() -> None:
    from redactor.detectors.base import DetectionContext, enabled_detectors
    from redactor.normalise import normalise
    from redactor.policy import decide

    view = normalise("นายทดลอง ใจดี ขับรถบรรทุก ทะเบียน ๗๖-๓๑๘๒ พิษณุโลก และรถยนต์ ทะเบียน กข ๑๒๓๔ พิษณุโลก").text
    ctx = DetectionContext(view)
    found = {view[d.finding.start:d.finding.end]: d.action for d in decide(
        [x for d in enabled_detectors() for x in d.detect(ctx)], ctx) if d.finding.label == "PLATE"}
    assert found[normalise("๗๖-๓๑๘๒ พิษณุโลก").text] == "review"
    assert found[normalise("กข ๑๒๓๔ พิษณุโลก").text] == "redact"
