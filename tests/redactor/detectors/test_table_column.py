"""table_column: table cells read through their column header.

Each case is one table row: ``[(header, cell text), …]``; the expected findings
are ``(cell text, label)`` pairs. All names and numbers are made up.
"""

from __future__ import annotations

import pytest

from redactor.detectors.base import DetectionContext, TableCell, registered
from redactor.lexicon import header_label
from redactor.normalise import normalise

NAME = "table_column"
NAME_HEADER = ("ชื่อ-สกุล", "นางสาวกนกพรรณ ทดลองดี")

Row = list[tuple[str, str]]


def run(rows: list[Row], header_row: bool = True) -> tuple[str, list]:
    """Lay ``rows`` out as a table (one cell per line) and run the detector over it."""
    parts: list[str] = []
    cells: list[TableCell] = []
    pos = 0
    headers = [h for h, _ in rows[0]]
    table_rows: list[list[str]] = ([headers] if header_row else []) + [[v for _, v in r] for r in rows]
    for rno, row in enumerate(table_rows):
        for col, value in enumerate(row):
            value = normalise(value).text
            is_header = header_row and rno == 0
            header = "" if is_header else rows[rno - (1 if header_row else 0)][col][0]
            if value:
                cells.append(TableCell(pos, pos + len(value), 0, rno, col, header, is_header))
            parts.append(value + "\n")
            pos += len(value) + 1
    text = "".join(parts)
    det = registered()[NAME]()
    return text, list(det.detect(DetectionContext(text, cells=cells)))


def found(rows: list[Row]) -> list[tuple[str, str, float]]:
    text, findings = run(rows)
    return sorted((text[f.start:f.end], f.label, f.score) for f in findings)


POS = (0.5, 1.0)
REV = (0.3, 0.5)

CASES: list[tuple[Row, list[tuple[str, str]], tuple[float, float] | None]] = [
    # -- dates of birth in every common shape ---------------------------------
    ([NAME_HEADER, ("วันเดือนปีเกิด", "17/09/2531")], [("17/09/2531", "DOB")], POS),
    ([NAME_HEADER, ("วัน/เดือน/ปีเกิด", "๓ พ.ย. ๒๕๒๙")], [("3 พ.ย. 2529", "DOB")], POS),
    ([NAME_HEADER, ("วันเกิด", "1987-04-30")], [("1987-04-30", "DOB")], POS),
    ([NAME_HEADER, ("Date of Birth", "04 FEB 1979")], [("04 FEB 1979", "DOB")], POS),
    ([NAME_HEADER, ("ว.ด.ป. เกิด", "11.12.1984")], [("11.12.1984", "DOB")], POS),
    ([NAME_HEADER, ("ปีเกิด", "2519")], [("2519", "DOB")], POS),
    ([NAME_HEADER, ("วันเดือนปีเกิด", "-")], [], None),
    # a scan's cell: OCR read a stray mark as a short token before the name
    ([("ชื่อ-สกุล", "5 ew เด็กชายทดลอง ใจดี"), ("วันเกิด", "๑๗/๐๓/๒๕๕๗")],
     [("5 ew เด็กชายทดลอง ใจดี", "PERSON"), ("17/03/2557", "DOB")], POS),
    ([("ชื่อ-สกุล", "5 ew")], [], None),
    # ... or a single mark touching the first Thai letter; a cell of digits and Latin only is still no name,
    # and a Thai word with a digit inside it is none either
    ([("ชื่อ-สกุล", "4สางสาว ทดลอง ใจดี"), ("วันเกิด", "๑๗/๐๓/๒๕๓๗")],
     [("4สางสาว ทดลอง ใจดี", "PERSON"), ("17/03/2537", "DOB")], POS),
    ([("ชื่อ-สกุล", "4A")], [], None),
    ([("ชื่อ-สกุล", "นางทดลอง ใจ4ดี"), ("วันเกิด", "๑๗/๐๓/๒๕๓๗")], [("17/03/2537", "DOB")], POS),
    # a player's place in a team under "ตำแหน่ง" is no office: the row is still a private person's
    ([("ชื่อ-สกุล", "เด็กชายทดลอง ใจดี"), ("วันเกิด", "๑๗/๐๓/๒๕๕๗"), ("ตำแหน่ง", "กองหลัง")],
     [("เด็กชายทดลอง ใจดี", "PERSON"), ("17/03/2557", "DOB")], POS),
    # an office under it makes the row an official's: the name is policy's to keep
    ([("ชื่อ-สกุล", "นายทดลอง ใจดี"), ("วันเกิด", "๑๗/๐๓/๒๕๑๗"), ("ตำแหน่ง", "นักวิชาการเงินและบัญชีชำนาญการ")],
     [("17/03/2517", "DOB")], POS),
    # a birth date read in pieces (a scan's narrow cell): withheld in a private person's row ...
    ([NAME_HEADER, ("วันเกิด", "๒๕๐๒๒๐")], [("250220", "DOB")], POS),
    ([NAME_HEADER, ("วันเดือนปีเกิด", "12 มิ.ยย. 25")], [("12 มิ.ยย. 25", "DOB")], POS),
    # ... and only sent to review where no private person is named in the row
    ([("ตำแหน่ง", "ครูชำนาญการ"), ("วันเกิด", "๒๕๐๒๒๐")], [("250220", "DOB")], REV),
    # -- a complainant who gave no name: nothing to withhold, also wrapped over two lines -----
    ([("ผู้ร้องเรียน", "ไม่ประสงค์ออกนาม"), ("ที่อยู่ผู้ร้อง", "-")], [], None),
    ([("ผู้ร้องเรียน", "ไม่ประสงค์\nออกนาม")], [], None),
    ([("ผู้ร้องเรียน", "Anonymous")], [], None),
    ([("ผู้ร้องเรียน", "นายประสงค์ ออกแบบดี")], [("นายประสงค์ ออกแบบดี", "PERSON")], POS),
    ([NAME_HEADER, ("วันเดือนปีเกิด", "ประมาณปี 25")], [], None),
    # -- passports, national and tax IDs --------------------------------------
    ([NAME_HEADER, ("เลขที่หนังสือเดินทาง", "KT 4471903")], [("KT 4471903", "PASSPORT")], POS),
    ([NAME_HEADER, ("Passport No.", "B08817265")], [("B08817265", "PASSPORT")], POS),
    ([NAME_HEADER, ("เลขประจำตัวประชาชน", "๕ ๘๘๐๒ ๗๗๔๑๐ ๓๓ ๖")], [("5 8802 77410 33 6", "NATIONAL_ID")], POS),
    ([NAME_HEADER, ("เลขประจำตัวประชาชน", "3-7712-xxxxx-xx-4")], [("3-7712-xxxxx-xx-4", "NATIONAL_ID")], POS),
    ([NAME_HEADER, ("เลขประจำตัวประชาชน", "58802774103")], [("58802774103", "NATIONAL_ID")], REV),  # 11 digits
    ([("ผู้รับเงิน", "นายโชติวุฒิ สมมุติวงศ์"), ("เลขประจำตัวผู้เสียภาษี", "๔๒๑๐๕๙๙๘๓๓๑๐๗")],
     [("4210599833107", "TAX_ID_PERSON"), ("นายโชติวุฒิ สมมุติวงศ์", "PERSON")], POS),
    # -- names: titled, untitled, Latin ----------------------------------------
    ([("ชื่อ - นามสกุล", "พัชรินทร์ ศรีทดสอบ")], [("พัชรินทร์ ศรีทดสอบ", "PERSON")], POS),
    ([("Name", "MS. LINDQVIST ANNA MARIA")], [("MS. LINDQVIST ANNA MARIA", "PERSON")], POS),
    ([("ชื่อผู้กู้", "นายบุญทัน ทดลองยืม")], [("นายบุญทัน ทดลองยืม", "PERSON")], POS),
    # -- codes, accounts, phones, in a person row -------------------------------
    ([NAME_HEADER, ("รหัสนักศึกษา", "6630512208")], [("6630512208", "PERSONAL_CODE"), (NAME_HEADER[1], "PERSON")],
     POS),
    ([NAME_HEADER, ("HN / AN", "HN 0049921")], [("HN 0049921", "PERSONAL_CODE"), (NAME_HEADER[1], "PERSON")], POS),
    ([NAME_HEADER, ("เลขที่ใบอนุญาตทำงาน", "WP-2566/001873")],
     [("WP-2566/001873", "PERSONAL_CODE"), (NAME_HEADER[1], "PERSON")], POS),
    ([NAME_HEADER, ("เลขที่บัญชี", "207-3-88412-6")], [("207-3-88412-6", "BANK_ACCOUNT"), (NAME_HEADER[1], "PERSON")],
     POS),
    ([NAME_HEADER, ("โทรศัพท์", "๐๘๙-๔๔๑-๗๗๒๓")], [("089-441-7723", "PHONE"), (NAME_HEADER[1], "PERSON")], POS),
    # -- row-dependent labels --------------------------------------------------
    ([NAME_HEADER, ("อายุ", "67")], [("67", "AGE"), (NAME_HEADER[1], "PERSON")], POS),
    ([NAME_HEADER, ("ที่อยู่", "๑๔/๒ ม.๓")], [("14/2 ม.3", "ADDRESS"), (NAME_HEADER[1], "PERSON")], POS),
    ([NAME_HEADER, ("โรคประจำตัว", "เบาหวาน ความดันโลหิตสูง")],
     [("เบาหวาน ความดันโลหิตสูง", "HEALTH"), (NAME_HEADER[1], "PERSON")], POS),
    ([NAME_HEADER, ("เงินเดือน", "18,750")], [("18,750", "INCOME"), (NAME_HEADER[1], "PERSON")], POS),
    # a process server's record: the person served and the one who signed in their place are private
    ([("ผู้รับหมาย", "นางทดลอง ส่งหมายดี"), ("ภูมิลำเนา", "๑๒/๓ หมู่ ๔"), ("ผู้ลงชื่อรับแทน", "นายทดสอบ ส่งหมายดี")],
     [("นางทดลอง ส่งหมายดี", "PERSON"), ("12/3 หมู่ 4", "ADDRESS"), ("นายทดสอบ ส่งหมายดี", "PERSON")], POS),
    ([("ผู้ต้องหา", "นายทดลอง ประกันดี"), ("ผู้ขอประกัน", "นางทดลอง ประกันดี")],
     [("นายทดลอง ประกันดี", "PERSON"), ("นางทดลอง ประกันดี", "PERSON")], POS),
    # a certificate's serial and an applicant's form number single the holder out
    ([NAME_HEADER, ("เลขที่วุฒิบัตร", "กพร.ทด ๐๑๒๓๔")], [("กพร.ทด 01234", "PERSONAL_CODE"), (NAME_HEADER[1], "PERSON")],
     POS),
    ([NAME_HEADER, ("เลขที่ใบสมัคร", "สข๐๐๑๒๓")], [("สข00123", "PERSONAL_CODE"), (NAME_HEADER[1], "PERSON")], POS),
    ([NAME_HEADER, ("เลขที่วุฒิบัตร", "ผ่าน")], [(NAME_HEADER[1], "PERSON")], POS),  # no code in the cell
    # an heir's share of a deceased pensioner's money
    ([NAME_HEADER, ("ส่วนที่ได้รับ (บาท)", "๕๘,๑๐๐")], [("58,100", "INCOME"), (NAME_HEADER[1], "PERSON")], POS),
    ([("ผู้รับจ้าง", "ห้างหุ้นส่วนจำกัด ทดลองโยธา"), ("ส่วนที่ได้รับ (บาท)", "๕๘,๑๐๐")], [], None),  # a company's
    # Several defendants in one cell, one per line, each numbered as a party.
    ([("โจทก์", "ธนาคารตัวอย่าง"), ("จำเลย", "นายประเสริฐ ตัวอย่างนาม ที่ 1\nนางสาวสายใจ ตัวอย่างนาม ที่ 2"),
      ("ทุนทรัพย์ (บาท)", "48,150.00")],
     [("48,150.00", "INCOME"), ("นายประเสริฐ ตัวอย่างนาม ที่ 1\nนางสาวสายใจ ตัวอย่างนาม ที่ 2", "PERSON")], POS),
    ([("จำเลย", "นายประเสริฐ ตัวอย่างนาม ที่ 1 นางสาวสายใจ ตัวอย่างนาม ที่ 2"), ("ทุนทรัพย์ (บาท)", "9,150.00")],
     [("9,150.00", "INCOME"), ("นายประเสริฐ ตัวอย่างนาม ที่ 1 นางสาวสายใจ ตัวอย่างนาม ที่ 2", "PERSON")], POS),
    # A nickname column whose cells are the nickname in brackets and quotes.
    ([NAME_HEADER, ("ชื่อเล่น", "(“ต้นข้าว”)")], [("(“ต้นข้าว”)", "PERSON"), (NAME_HEADER[1], "PERSON")], POS),
    # A court list: the defendant column names the person, the claim amount is their debt.
    ([("โจทก์", "ธนาคารตัวอย่าง"), ("จำเลย", "นายประเสริฐ นภวุฒิ"), ("ทุนทรัพย์ (บาท)", "96,215.40")],
     [("96,215.40", "INCOME"), ("นายประเสริฐ นภวุฒิ", "PERSON")], POS),
    ([NAME_HEADER, ("ศาสนา", "คริสต์")], [("คริสต์", "RELIGION"), (NAME_HEADER[1], "PERSON")], POS),
    # an offence column: a crime is a record; a parking or traffic infraction settled by a fine is not
    ([NAME_HEADER, ("ข้อหา", "ลักทรัพย์ในเวลากลางคืน")], [("ลักทรัพย์ในเวลากลางคืน", "CRIMINAL_RECORD"),
                                                     (NAME_HEADER[1], "PERSON")], POS),
    ([NAME_HEADER, ("ข้อหา", "ขับรถขณะเมาสุรา")], [("ขับรถขณะเมาสุรา", "CRIMINAL_RECORD"), (NAME_HEADER[1], "PERSON")],
     POS),
    ([NAME_HEADER, ("ข้อหา", "จอดในที่ห้ามจอด")], [(NAME_HEADER[1], "PERSON")], POS),
    ([NAME_HEADER, ("ข้อหา", "ฝ่าฝืนสัญญาณไฟจราจร")], [(NAME_HEADER[1], "PERSON")], POS),
    ([NAME_HEADER, ("ฐานความผิด", "ขับรถเร็วเกินกำหนดจนชนผู้อื่นบาดเจ็บ")],
     [("ขับรถเร็วเกินกำหนดจนชนผู้อื่นบาดเจ็บ", "CRIMINAL_RECORD"), (NAME_HEADER[1], "PERSON")], POS),
    # a household's head names the row's person: the household income is theirs
    ([("หัวหน้าครัวเรือน", "นางทดลอง ครัวดี"), ("รายได้ต่อปี (บาท)", "๒๓,๔๐๐")],
     [("23,400", "INCOME"), ("นางทดลอง ครัวดี", "PERSON")], POS),
    # a name with an alias in brackets or quotes; a role column is not a position
    ([("ชื่อ-สกุล / ฉายา", "นายสมมุติ ทดลองนาม (“เสี่ยทดลอง”)"), ("บทบาท", "ผู้ขนส่ง")],
     [("นายสมมุติ ทดลองนาม (“เสี่ยทดลอง”)", "PERSON")], POS),
    # remarks: health information when they name a condition, nothing otherwise
    ([NAME_HEADER, ("หมายเหตุ", "ผ่าตัดไส้ติ่ง ขอเลื่อนชำระ")], [("ผ่าตัดไส้ติ่ง ขอเลื่อนชำระ", "HEALTH")], POS),
    ([NAME_HEADER, ("หมายเหตุ", "น้ำหนักต่ำกว่าเกณฑ์ (๔๒ กก.)")], [("น้ำหนักต่ำกว่าเกณฑ์ (42 กก.)", "HEALTH")], POS),
    ([NAME_HEADER, ("หมายเหตุ", "ขอผ่อนผัน กำลังศึกษา")], [], None),
    ([NAME_HEADER, ("หมายเหตุ", "ย้ายไปต่างจังหวัด")], [], None),
    ([("ชื่อหมู่บ้าน", "บ้านทดลอง"), ("หมายเหตุ", "ผู้ป่วยโรคไข้เลือดออก 3 ราย")], [], None),
    # a personal code column: codes with 4+ digits, and serials of capitals with 3+ digits
    ([NAME_HEADER, ("หมายเลขทะเบียนปืน", "QWZR418")], [("QWZR418", "PERSONAL_CODE")], POS),
    ([NAME_HEADER, ("หมายเลขทะเบียนปืน", "PK-2207-15")], [("PK-2207-15", "PERSONAL_CODE")], POS),
    ([NAME_HEADER, ("หมายเลขทะเบียนปืน", "AB12")], [], None),
    ([NAME_HEADER, ("หมายเลขทะเบียนปืน", "ไม่มี")], [], None),
    # a list of arrears: beside a debt column, the plain amount column is what the person owes
    ([NAME_HEADER, ("ค้างชำระ (เดือน)", "๕"), ("จำนวนเงิน (บาท)", "๑,๒๓๔.๕๐")],
     [("5", "INCOME"), ("1,234.50", "INCOME")], POS),
    ([NAME_HEADER, ("ยอดหนี้คงค้าง", "12,000"), ("Amount", "3,100.00")],
     [("12,000", "INCOME"), ("3,100.00", "INCOME")], POS),
    ([NAME_HEADER, ("จำนวนเงินค้างชำระ", "2,480.00")], [("2,480.00", "INCOME")], POS),
    # a plain amount column without a debt column beside it stays (a grant, a refund, a price)
    ([NAME_HEADER, ("จำนวนเงิน (บาท)", "๓,๐๐๐")], [], None),
    ([NAME_HEADER, ("รายการ", "เงินสงเคราะห์"), ("จำนวนเงิน", "2,000")], [], None),
    # arrears of a shop or company: not a private person's
    ([("ชื่อผู้ใช้น้ำ", "ร้านทดลองการค้า"), ("ค้างชำระ (เดือน)", "3"), ("จำนวนเงิน (บาท)", "965.00")], [], None),
    # without a private person in the row: health and ages are statistics, codes go to review
    ([("โรค", "ไข้เลือดออก"), ("จำนวนผู้ป่วย", "42")], [], None),
    ([("อายุ", "60-69"), ("จำนวน", "118")], [], None),
    ([("รหัสพนักงาน", "EMP-20417"), ("แผนก", "บัญชี")], [("EMP-20417", "PERSONAL_CODE")], REV),
    # a drug screening list: the screening result and the substance used are the person's health
    ([NAME_HEADER, ("สารเสพติดที่ใช้", "ยาบ้า"), ("ผลการคัดกรอง", "ผู้เสพ")],
     [("ผู้เสพ", "HEALTH"), ("ยาบ้า", "HEALTH"), (NAME_HEADER[1], "PERSON")], POS),
    ([("สารเสพติด", "ยาบ้า"), ("จำนวนผู้เสพ (ราย)", "41")], [], None),
    # a patient column with the age after the name, on the same line or the next; an age alone or a
    # word with an age is no name
    ([("ผู้ป่วย", "นางทดลอง ใจดี อายุ ๗๑ ปี"), ("อาการ", "ปวดศีรษะ")],
     [("นางทดลอง ใจดี อายุ 71 ปี", "PERSON"), ("ปวดศีรษะ", "HEALTH")], POS),
    ([("ผู้ป่วย", "นายทดลอง ใจดี\nอายุ ๔ ปี ๓ เดือน")], [("นายทดลอง ใจดี\nอายุ 4 ปี 3 เดือน", "PERSON")], POS),
    ([("ชื่อ-สกุล", "ทดลอง ใจดี (๔๕ ปี)")], [("ทดลอง ใจดี (45 ปี)", "PERSON")], POS),
    ([("ผู้ป่วย", "อายุ ๗๑ ปี")], [], None),
    ([("ผู้ป่วย", "รวม อายุ ๗๑ ปี")], [], None),
    # a water user's or a farmer's row: the name anchors it, so the user number, the farmer number
    # and the address are theirs; a shop's row on the same list is a business's
    ([("เลขที่ผู้ใช้น้ำ", "๐๓-๑๑๒๗๔"), ("ชื่อผู้ใช้น้ำ", "นางทดลอง ประปาดี"), ("ที่อยู่", "๔๑ ถ.ทดลองกิจ")],
     [("03-11274", "PERSONAL_CODE"), ("41 ถ.ทดลองกิจ", "ADDRESS"), ("นางทดลอง ประปาดี", "PERSON")], POS),
    ([("ชื่อเกษตรกร", "นายทดลอง ไร่นาดี"), ("เลขทะเบียนเกษตรกร", "๔๔๑๐๒๐๐๐๓๘๑๗")],
     [("441020003817", "PERSONAL_CODE"), ("นายทดลอง ไร่นาดี", "PERSON")], POS),
    ([("เลขที่ผู้ใช้น้ำ", "๐๓-๑๑๒๗๕"), ("ชื่อผู้ใช้น้ำ", "ร้านทดลองการค้า"), ("ที่อยู่", "๙ ถ.ทดลองกิจ")], [], None),
    # a tenant's register: the tenant, the unit, the outstanding amount; a company tenant's row stays
    ([("ชื่อผู้เช่า", "นายทดลอง เช่าดี"), ("อาคาร/ห้อง", "อาคาร 2 ห้อง 301"), ("ยอดค้าง (บาท)", "3,250")],
     [("นายทดลอง เช่าดี", "PERSON"), ("อาคาร 2 ห้อง 301", "ADDRESS"), ("3,250", "INCOME")], POS),
    ([("ผู้เช่า", "บริษัท ทดลองค้า จำกัด"), ("ห้องเลขที่", "ห้อง 12"), ("ยอดค้าง (บาท)", "3,250")], [], None),
    # a disability card number, an allergy column
    ([NAME_HEADER, ("เลขที่บัตรคนพิการ", "7701-004512"), ("ประวัติการแพ้ยา", "แพ้ยาแอสไพริน")],
     [("7701-004512", "PERSONAL_CODE"), ("แพ้ยาแอสไพริน", "HEALTH")], POS),
    # an election result's votes are public
    ([NAME_HEADER, ("คะแนนเสียง", "1,204")], [(NAME_HEADER[1], "PERSON")], POS),
    # -- negatives: public columns, companies, officials, totals ------------------
    ([("ชื่อผู้เสนอราคา", "บริษัท ทดสอบก่อสร้าง จำกัด"), ("ราคาที่เสนอ", "1,250,000.00")], [], None),
    ([("ชื่อร้านค้า", "ร้านสมมติพาณิชย์"), ("วงเงิน", "48,500")], [], None),
    ([("ร้านค้า", "ทดลองการช่าง"), ("โทรศัพท์", "081-555-0199"), ("เลขที่บัญชี", "123-4-56789-0")], [], None),
    ([("ผู้รับเงิน", "ห้างหุ้นส่วนจำกัด ทดลองวัสดุ"), ("เลขประจำตัวผู้เสียภาษี", "0313561002247")], [], None),
    ([("ชื่อ-สกุล", "นายอัครพล ทดสอบการ"), ("ตำแหน่ง", "ผู้อำนวยการกองคลัง")], [], None),
    ([("ชื่อ-สกุล", "ผู้อำนวยการกองช่าง"), ("หมายเหตุ", "ประธานกรรมการ")], [], None),
    ([("ชื่อ-สกุล", "นางทดลอง ประชุมดี"), ("ตำแหน่ง/หน่วยงาน", "สำนักงานเกษตรอำเภอ")], [], None),
    ([("Name", "Ms. Greta Testmann"), ("Agency", "Provincial Labour Office")], [], None),
    ([("งบประมาณ (บาท)", "2,400,000"), ("วันที่อนุมัติ", "12 ม.ค. 2567")], [], None),
    ([("เลขที่สัญญา", "45/2567"), ("วันที่ลงนาม", "3/04/2567")], [], None),
    ([("ชื่อ-สกุล", "รวม 12 ราย"), ("เงินเดือน", "210,000")], [], None),
    ([("ชื่อโครงการ", "ก่อสร้างถนนคอนกรีต"), ("ที่ตั้งโครงการ", "หมู่ 4")], [], None),
    ([NAME_HEADER, ("ลายมือชื่อ", "สมมติ")], [(NAME_HEADER[1], "PERSON")], POS),
    ([("ชื่อ-สกุล", "12345")], [], None),
    ([("ชื่อวัสดุ", "ปากกาลูกลื่น"), ("ราคาต่อหน่วย", "12")], [], None),
    # a pawnshop's unredeemed pledges: the ticket and the principal are the pawner's; a company's are not
    ([("เลขที่ตั๋วจำนำ", "ก ๐๑๒๓๔๕"), ("ชื่อผู้จำนำ", "นางทดลอง ใจดี"), ("เงินต้น (บาท)", "๔,๕๐๐")],
     [("ก 012345", "PERSONAL_CODE"), ("นางทดลอง ใจดี", "PERSON"), ("4,500", "INCOME")], None),
    ([("เลขที่ตั๋วจำนำ", "ก ๐๑๒๓๔๖"), ("ชื่อผู้จำนำ", "บริษัท ทดลองค้าทอง จำกัด"), ("เงินต้น (บาท)", "๙,๐๐๐")],
     [], None),
    # an alien certificate number and a blood group in a person's row
    ([NAME_HEADER, ("เลขใบสำคัญประจำตัวคนต่างด้าว", "ต.ด. ๐๐๑๒๓๔")], [("ต.ด. 001234", "PERSONAL_CODE")], None),
    ([NAME_HEADER, ("หมู่เลือด", "AB")], [("AB", "HEALTH")], None),
    ([NAME_HEADER, ("หมู่เลือด", "O Rh ลบ")], [("O Rh ลบ", "HEALTH")], None),
    ([NAME_HEADER, ("หมู่เลือด", "-")], [], None),
    ([("หน่วยงาน", "โรงพยาบาลทดลอง"), ("หมู่เลือด", "AB"), ("จำนวน (ยูนิต)", "12")], [], None),
    # a worker's visa, a client's code, medicines, a test result, severance and a prize in a person's row
    ([NAME_HEADER, ("Visa No.", "VS-2571-0099")], [("VS-2571-0099", "PERSONAL_CODE")], None),
    ([NAME_HEADER, ("รหัสผู้รับบริการ", "CL-0077")], [("CL-0077", "PERSONAL_CODE")], None),
    ([NAME_HEADER, ("ยาที่ใช้ประจำ", "ยาขยายหลอดเลือด")], [("ยาขยายหลอดเลือด", "HEALTH")], None),
    ([("Name", "Mr. Testing Sample"), ("RT-PCR", "Detected")],
     [("Mr. Testing Sample", "PERSON"), ("Detected", "HEALTH")], None),
    ([NAME_HEADER, ("ค่าชดเชย (บาท)", "45,000")], [("45,000", "INCOME")], None),
    ([NAME_HEADER, ("เงินรางวัล (บาท)", "๙๙๐,๐๐๐")], [("990,000", "INCOME")], None),
    # the same columns in rows naming no private person: a drug stock, a company's prize, a firm's visas
    ([("ชื่อยา", "ยาขยายหลอดเลือด"), ("ยาที่ใช้ (ขวด)", "๑๒")], [], None),
    ([("ผู้ได้รับรางวัล", "บริษัท ทดลองการค้า จำกัด"), ("เงินรางวัล (บาท)", "50,000")], [], None),
    ([("หน่วยงาน", "สำนักงานทดลอง"), ("ค่าชดเชย (บาท)", "45,000")], [], None),
    # a borrower's loan and its interest; a project's sum stays
    ([NAME_HEADER, ("จำนวนเงินที่กู้ (บาท)", "50,000"), ("ดอกเบี้ย (บาท)", "1,250")],
     [("50,000", "INCOME"), ("1,250", "INCOME")], None),
    ([("ชื่อโครงการ", "ซ่อมถนน"), ("จำนวนเงิน (บาท)", "50,000")], [], None),
    # a pupil's hearing and teeth
    ([NAME_HEADER, ("การได้ยิน", "หูซ้ายได้ยินลดลง"), ("เหา/ฟันผุ", "ฟันผุ ๓ ซี่")],
     [("หูซ้ายได้ยินลดลง", "HEALTH"), ("ฟันผุ 3 ซี่", "HEALTH")], None),
]


@pytest.mark.parametrize(("row", "expected", "scores"), CASES)
def test_table(row: Row, expected: list[tuple[str, str]], scores: tuple[float, float] | None) -> None:
    # The name cell that makes a row personal is checked by its own cases.
    got = [g for g in found([row]) if g[0] != NAME_HEADER[1]]
    want = [(normalise(t).text, lb) for t, lb in expected if t != NAME_HEADER[1]]
    assert sorted((t, lb) for t, lb, _s in got) == sorted(want)
    if scores is not None:
        lo, hi = scores
        for _t, lb, s in got:
            assert lo <= s <= hi, (row, lb, s)


def test_header_row_itself_is_never_a_finding() -> None:
    text, findings = run([[("ชื่อ-สกุล", "นางสมศรี ทดลองใจ"), ("วันเกิด", "1/1/2520")]])
    assert all(f.start > text.index("วันเกิด") for f in findings)
    assert len(findings) == 2


def test_without_cells_nothing_is_found() -> None:
    det = registered()[NAME]()
    assert list(det.detect(DetectionContext("ชื่อ-สกุล\nนางสมศรี ทดลองใจ\n"))) == []


def test_explanation_names_the_header() -> None:
    _text, findings = run([[("เลขที่หนังสือเดินทาง", "KT 4471903")]])
    (f,) = findings
    assert f.label == "PASSPORT" and f.basis == "15(5)" and f.detector == NAME
    assert "เลขที่หนังสือเดินทาง" in f.explanation


@pytest.mark.parametrize(("header", "label"), [
    ("ชื่อ - สกุล", "PERSON"), ("ชื่อ\u00adสกุล", "PERSON"), ("ชื่อบริษัท", "-"), ("ชื่อผู้เสนอราคา", "-"),
    ("เลขประจำตัว\nประชาชน", "NATIONAL_ID"), ("เลขประจำตัวผู้เสียภาษีอากร", "TAX_ID_PERSON"),
    ("ลายมือ\nชื่อ", "-"), ("Full Name", "PERSON"), ("Company Name", "-"), ("HN / AN", "PERSONAL_CODE"),
    ("ที่", "-"), ("หมู่ที่", None), ("วันที่", None), ("สัญชาติ", None), ("Remarks", "-"),
    ("วัน/เดือน/ปี เกิด", "DOB"), ("ค้างชำระ (บาท)", "INCOME"), ("ตำแหน่ง", "-"),
    ("ชื่อ", "PERSON"), ("Name", "PERSON"), ("ชื่อวัสดุ", None), ("ชื่อหลักสูตร", None), ("Product Name", None),
    ("ชื่อ-สกุล / ฉายา", "PERSON"), ("ชื่อผู้ป่วย", "PERSON"), ("ชื่อผู้ขาย", "-"),
    # a parent's or spouse's name column, wrapped in a narrow cell; their phone or address is not a name
    ("ชื่อผู้\nปกครอง", "PERSON"), ("ชื่อ-สกุล ผู้ปกครอง", "PERSON"), ("ชื่อคู่สมรส", "PERSON"),
    ("เบอร์โทรศัพท์\nผู้ปกครอง", "PHONE"), ("ที่อยู่ผู้ปกครอง", "ADDRESS"),
    # a child's, a disabled person's, a caretaker's, an insured person's name column
    ("ชื่อเด็ก", "PERSON"), ("ชื่อ-สกุล เด็ก", "PERSON"), ("ชื่อคนพิการ", "PERSON"), ("ผู้ดูแล", "PERSON"),
    ("ชื่อผู้ประกันตน", "PERSON"), ("เลขที่บัญชีผู้ดูแล", "BANK_ACCOUNT"), ("เด็กแรกเกิด (คน)", None),
    # a hotel's guest register; an exam list's applicant and seat numbers
    ("Name of guest", "PERSON"), ("ชื่อผู้เข้าพัก", "PERSON"), ("Guest", "PERSON"), ("Guest house", None),
    ("Guest house name", None),
    ("เลขประจำตัว\nผู้สมัคร", "PERSONAL_CODE"), ("เลขที่นั่งสอบ", "PERSONAL_CODE"), ("Applicant No.", "PERSONAL_CODE"),
    ("ผู้สมัครสอบ (คน)", None), ("คะแนนรวม", None), ("อันดับ", "-"), ("อันดับที่", "-"),
    # a prison's list, a firearm register, a land-reform list, a health screening, a sentence
    ("ชื่อผู้ต้องขัง", "PERSON"), ("เลขประจำตัว\nผู้ต้องขัง", "PERSONAL_CODE"), ("หมายเลขทะเบียนปืน", "PERSONAL_CODE"),
    ("หมายเลขทะเบียนรถ", "PLATE"), ("เลขที่ ส.ป.ก. ๔-๐๑", "LAND_TITLE"), ("น.ส. ๓ ก. เลขที่", "LAND_TITLE"),
    ("ภาวะโภชนาการ", "HEALTH"), ("สาเหตุการตาย", "HEALTH"), ("กำหนดโทษ", "CRIMINAL_RECORD"),
    ("จำนวนผู้ต้องขัง (คน)", None), ("ผู้ต้องขังทั้งหมด", None),
    # an applicant's or permit holder's name column; the permit's own number or kind is not a name
    ("ชื่อผู้ขอ\nอนุญาต", "PERSON"), ("ชื่อผู้ขอ", "PERSON"), ("ผู้ได้รับอนุญาต", "PERSON"),
    ("ใบอนุญาตเลขที่", None), ("ชนิดใบอนุญาต", None), ("จำนวนผู้ขออนุญาต (ราย)", None),
    # household surveys and relief lists; a vaccine column names the product, not a condition
    ("หัวหน้าครัวเรือน", "PERSON"), ("สมาชิกในครัวเรือน", "PERSON"), ("ชื่อ-สกุลผู้ประสบภัย", "PERSON"),
    ("จำนวนครัวเรือน", None), ("วัคซีน (Lot No.)", "-"), ("เลขรหัสประจำบ้าน", "PERSONAL_CODE"),
    # a header misread by OCR (ชื่อ as ซือ, a dropped mark), matched on its skeleton when nothing
    # matches exactly, and only against phrases of six letters or more
    # utility and farm registers: the user's or farmer's name and number; a count or a usage is neither
    ("ชื่อผู้ใช้น้ำ", "PERSON"), ("ชื่อ-สกุล ผู้ใช้ไฟฟ้า", "PERSON"), ("ชื่อเกษตรกร", "PERSON"),
    ("เลขที่ผู้ใช้น้ำ", "PERSONAL_CODE"), ("เลขทะเบียน\nเกษตรกร", "PERSONAL_CODE"), ("รหัสผู้ใช้ไฟฟ้า", "PERSONAL_CODE"),
    ("จำนวนผู้ใช้น้ำ (ราย)", None), ("จำนวนเกษตรกร (ราย)", None), ("ทะเบียนรถ", "PLATE"),
    # tenants and those living with them; a count of tenants, a rent, a meeting room, a contest
    ("ชื่อผู้เช่า", "PERSON"), ("ผู้เช่า", "PERSON"), ("ผู้พักอาศัยร่วม", "PERSON"), ("จำนวนผู้เช่า (ราย)", None),
    ("ค่าเช่าต่อเดือน (บาท)", None), ("อาคาร/ห้อง", "ADDRESS"), ("ห้องเลขที่", "ADDRESS"), ("ห้องประชุม", None),
    ("ห้องเรียน", None), ("ประวัติแพ้อาหาร/ยา", "HEALTH"), ("Allergies", "HEALTH"), ("ผลการแข่งขัน (ชนะ/แพ้)", None),
    ("ยอดค้าง (บาท)", "INCOME"), ("เลขที่บัตรคนพิการ", "PERSONAL_CODE"), ("เลขประจำตัวทหาร", "PERSONAL_CODE"),
    ("คะแนนเสียง", "-"), ("คะแนนสอบ", None),
    ("ซือ - สกุล", "PERSON"), ("เลขที่บัญซี", "BANK_ACCOUNT"), ("วนเกิด", None), ("ซื้อ", None), ("วิธีซื้อ", "-"),
    # a cooperative's member list, an electricity user's contract account, a border pass, a chat account;
    # a loan, a refund, wages owed; a hospital ward is a place; a contact column holds a phone
    ("เลขทะเบียนสมาชิก", "PERSONAL_CODE"), ("บัญชีแสดงสัญญา (CA)", "PERSONAL_CODE"), ("Contract Account", "PERSONAL_CODE"),
    ("เลขบัตรผ่านแดน", "PERSONAL_CODE"), ("Border Pass No.", "PERSONAL_CODE"), ("LINE ID", "HANDLE"), ("ไลน์", "HANDLE"),
    ("Facebook", "HANDLE"), ("เงินกู้คงเหลือ (บาท)", "INCOME"), ("Loan balance", "INCOME"),
    ("จำนวนเงินคืน (บาท)", "INCOME"), ("Wages owed (THB)", "INCOME"), ("จำนวนเงิน (บาท)", "-"),
    ("หอผู้ป่วย", "-"), ("Ward", "-"), ("ติดต่อ", "PHONE"), ("Contact", "PHONE"), ("Contact person", None),
    ("ผู้ติดต่อ", None), ("เลขทะเบียนรถ", "PLATE"), ("ไลน์การผลิต", None),
    # an alien certificate (longer than the PERSON column "คนต่างด้าว"), a pawnshop's tickets, pawners and
    # principal, a donor register, a blood bank's blood groups; counts and places are none of them
    ("เลขใบสำคัญประจำตัวคนต่างด้าว", "PERSONAL_CODE"), ("ชื่อคนต่างด้าว", "PERSON"), ("เลขที่ตั๋วจำนำ", "PERSONAL_CODE"),
    ("ชื่อผู้จำนำ", "PERSON"), ("เงินต้น (บาท)", "INCOME"), ("ผู้บริจาค", "PERSON"), ("จำนวนผู้บริจาค (ราย)", None),
    ("ยอดเงินบริจาค", None), ("สถานที่จำนำ", None), ("หมู่เลือด", "HEALTH"), ("Blood group", "HEALTH"),
    ("จำนวนผู้จำนำ", None),
    # a visa beside a passport, a clinic's client code; medicines a person takes and a lab test's result;
    # severance and prize money; a visa's kind, a drug stock, a prize's name and the state's compensation
    # for land are none of them
    ("Visa No.", "PERSONAL_CODE"), ("เลขที่วีซ่า", "PERSONAL_CODE"), ("รหัสผู้รับบริการ", "PERSONAL_CODE"),
    ("ยาที่ใช้ประจำ", "HEALTH"), ("ยาประจำตัว", "HEALTH"), ("Medications", "HEALTH"), ("RT-PCR (day 10)", "HEALTH"),
    ("ผล ATK", "HEALTH"), ("ค่าชดเชยที่ตกลง (บาท)", "INCOME"), ("เงินรางวัลสุทธิ (บาท)", "INCOME"),
    ("Severance pay", "INCOME"), ("ประเภทการตรวจลงตรา", "PERSONAL_CODE"), ("ชื่อยา", None), ("ชื่อรางวัล", None),
    ("ค่าทดแทน (บาท)", "-"), ("จำนวนผู้รับบริการ (ราย)", None),
    # a school health check's hearing, sight, teeth and lice; flying (เหาะ) is none of them
    ("การได้ยิน", "HEALTH"), ("การมองเห็น", "HEALTH"), ("ผลตรวจสายตา", "HEALTH"), ("เหา/ฟันผุ", "HEALTH"),
    ("เหา", "HEALTH"), ("Vision", "HEALTH"), ("Hearing test", "HEALTH"), ("เหาะ", None), ("Television", None),
    # visitors, the infected, quarantined, arrested and fined, heirs; a borrowed sum and its interest; a count of
    # them, a sum given alone and a visiting hour are none of them
    ("ชื่อผู้เยี่ยม", "PERSON"), ("ผู้ติดเชื้อ", "PERSON"), ("ผู้ถูกกักตัว", "PERSON"), ("ชื่อผู้ฝ่าฝืน", "PERSON"),
    ("ผู้กระทำผิด", "PERSON"), ("ทายาท", "PERSON"), ("ชื่อ-สกุลทายาท", "PERSON"), ("เลขบัตรผู้พิการ", "PERSONAL_CODE"),
    ("จำนวนเงินที่กู้ (บาท)", "INCOME"), ("ยอดกู้", "INCOME"), ("ดอกเบี้ย (บาท)", "INCOME"), ("จำนวนเงิน", "-"),
    ("จำนวนผู้ติดเชื้อ (ราย)", None), ("เวลาเยี่ยม", None),
])
def test_header_lexicon(header: str, label: str | None) -> None:
    got = header_label(header)
    assert (got[0] if got else None) == label


def _wrapped(rows: list[list[tuple[str, list[str]]]]) -> tuple[str, list]:
    """Rows whose cells a narrow PDF column wrapped: each cell given as its lines, each line one
    TableCell piece of the same (table, row, column), as the PDF extractor gives them."""
    parts: list[str] = []
    cells: list[TableCell] = []
    pos = 0
    for col, (head, _lines) in enumerate(rows[0]):
        cells.append(TableCell(pos, pos + len(head), 0, 0, col, "", True))
        parts.append(head + "\n")
        pos += len(head) + 1
    for rno, row in enumerate(rows, 1):
        for col, (head, lines) in enumerate(row):
            for line in lines:
                cells.append(TableCell(pos, pos + len(line), 0, rno, col, head, False))
                parts.append(line + "\n")
                pos += len(line) + 1
    text = "".join(parts)
    return text, list(registered()[NAME]().detect(DetectionContext(text, cells=cells)))


@pytest.mark.parametrize(("cell", "label", "found"), [
    # a code wrapped over two lines fits once its lines are joined
    (["MF88402", "71"], "PASSPORT", True),
    (["1-2345-67890-", "12-3"], "NATIONAL_ID", True),
    (["123-4-", "56789-0"], "BANK_ACCOUNT", True),
    # lines that do not make a code when joined stay as they were (review or nothing)
    (["MF", "ไม่มี"], "PASSPORT", False),
    (["12", "34"], "BANK_ACCOUNT", False),
])
def test_a_code_wrapped_in_a_narrow_cell(cell: list[str], label: str, found: bool) -> None:
    header = {"PASSPORT": "หนังสือเดินทาง", "NATIONAL_ID": "เลขประจำตัวประชาชน", "BANK_ACCOUNT": "เลขที่บัญชี"}[label]
    text, findings = _wrapped([[("ชื่อ-สกุล", ["นายทดลอง สมมุติ"]), (header, cell)]])
    hits = [f for f in findings if f.label == label and f.score >= 0.5]
    assert bool(hits) == found, [(text[f.start:f.end], f.score, f.explanation) for f in findings]
    if found:
        assert {text[f.start:f.end] for f in hits} == set(cell)


@pytest.mark.parametrize(("lines", "health"), [
    # a remark whose health phrase a narrow cell broke between two Thai letters
    (["น้ำหนักต่ำ", "กว่าเกณฑ์ (๔๐ กก.)"], True),
    (["เป็นโรคหอบ", "หืด ขอผ่อนผัน"], True),
    (["ไต", "วายเรื้อรัง"], True),
    # the same phrase whole, for comparison
    (["น้ำหนักต่ำกว่าเกณฑ์"], True),
    # lines that make no health phrase joined, or that broke at a space (two words, not one)
    (["ขอผ่อนผัน ", "กำลังศึกษา"], False),
    (["ย้ายภูมิลำเนา", "ไปต่างจังหวัด"], False),
    (["ยื่นเรื่องหอบ ", "หืดไม่มี"], False),
    (["ส่งต่อ ไต", " วายเรื้อรัง"], False),
])
def test_a_remark_wrapped_in_a_narrow_cell(lines: list[str], health: bool) -> None:
    """A remark in a row about a private person is health information when it names a condition,
    also when the PDF cell wrapped the condition's words over two lines with no space between them."""
    text, findings = _wrapped([[("ชื่อ-สกุล", ["นายทดลอง สมมุติ"]), ("หมายเหตุ", lines)]])
    hits = [f for f in findings if f.label == "HEALTH"]
    assert bool(hits) == health, [(text[f.start:f.end], f.label, f.explanation) for f in findings]
    if health:
        assert {text[f.start:f.end] for f in hits} == {line.strip() for line in lines}


@pytest.mark.parametrize(("value", "name"), [
    ("นางสาวมาลี ทองดี", True),
    ("บุญประเสริฐกุล", True),  # a long family name joins a few words, none a function word
    ("มาลี ทองประเสริฐวงศ์", True),
    # a result or a comment written without spaces: a sentence, not a name
    ("ผลคะแนนประเมินรวมอยู่ในเกณฑ์ดี (4.33)", False),
    ("นักศึกษามีความพึงพอใจโดยรวมอยู่ในระดับดี", False),
])
def test_a_sentence_without_spaces_is_no_name(value: str, name: bool) -> None:
    from redactor.detectors.table_column import _looks_like_name

    assert _looks_like_name(value) is name


MEMBER = ("ชื่อ-สกุล", "นางทดลอง สมมุติดี")


@pytest.mark.parametrize(("row", "expected"), [
    # a savings cooperative's member: the school beside the name is where she works; the member number and
    # the loan are hers
    ([MEMBER, ("หน่วยงานต้นสังกัด", "สพป.ทดลอง เขต 2"), ("เลขทะเบียนสมาชิก", "004417"),
      ("เงินกู้คงเหลือ", "215,400")],
     [(MEMBER[1], "PERSON"), ("004417", "PERSONAL_CODE"), ("215,400", "INCOME")]),
    # an official's roster: the unit makes the row an official's, and nothing of a private affair is in it
    ([MEMBER, ("หน่วยงาน", "สพป.ทดลอง เขต 2"), ("เบอร์โทร", "081 234 5678")], []),
    # an officials' payroll: the salary of the post is public; a loan is the official's own affair
    ([MEMBER, ("ตำแหน่ง", "นักวิชาการศึกษาชำนาญการ"), ("เงินเดือน", "32,150")], []),
    ([MEMBER, ("Position", "Policy Analyst"), ("Salary (THB)", "32,150")], []),
    ([MEMBER, ("ตำแหน่ง", "นักวิชาการศึกษาชำนาญการ"), ("เงินกู้คงเหลือ", "215,400")],
     [(MEMBER[1], "PERSON"), ("215,400", "INCOME")]),
    # a chat account and a foreign mobile in a contact list
    ([MEMBER, ("LINE ID", "tadlong_99"), ("Contact", "+856 20 5512 8874")],
     [(MEMBER[1], "PERSON"), ("tadlong_99", "HANDLE"), ("+856 20 5512 8874", "PHONE")]),
    ([MEMBER, ("LINE ID", "ไม่มี"), ("ติดต่อ", "ผ่านผู้ใหญ่บ้าน")], [(MEMBER[1], "PERSON")]),
    ([MEMBER, ("LINE ID", "ทดลอง สมมุติ")], [(MEMBER[1], "PERSON")]),  # a name, not an account
    # a company's account row stays
    ([("ชื่อผู้ใช้ไฟฟ้า", "บริษัท ทดลองไฟฟ้า จำกัด"), ("บัญชีแสดงสัญญา (CA)", "020000417722")], []),
])
def test_private_affairs_and_contact_columns(row: Row, expected: list[tuple[str, str]]) -> None:
    assert sorted((t, lb) for t, lb, _s in found([row])) == sorted((normalise(t).text, lb) for t, lb in expected)
