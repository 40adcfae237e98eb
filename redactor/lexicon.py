"""Shared vocabulary: the words that name an identifier before its value.

Several detectors need the same label words (a national-ID label also tells
the tax-ID detector that a number is personal; a bank word tells the phone
detector to step aside), so they live here once. Spaces inside a label match
any whitespace, including a PDF line wrap (see
``redactor.detectors.identifier_context.label_regex``); labels written in
capitals only (``HN``, ``AN``, ``VIN``) match case-sensitively, other Latin
labels in any case.

Sources: the field names on Thai official forms (บัตรประจำตัวประชาชน,
ทะเบียนรถ, ใบอนุญาตทำงาน, hospital OPD cards, university records), the ICAO
9303 passport wording and the everyday English of bilingual letters.
"""

from __future__ import annotations

PASSPORT_LABELS: tuple[str, ...] = (
    "หนังสือเดินทาง", "พาสปอร์ต", "พาสสปอร์ต", "passport", "pass port", "PP No",
    "travel document", "เอกสารเดินทาง",
)

# Labels naming a person's 13-digit identification number (Thai citizens and
# people without Thai nationality, whose numbers may start with 0).
NATIONAL_ID_LABELS: tuple[str, ...] = (
    "เลขประจำตัวประชาชน", "บัตรประจำตัวประชาชน", "บัตรประชาชน", "เลขบัตรประชาชน", "ประจำตัวประชาชน",
    "เลขประจำตัวคนซึ่งไม่มีสัญชาติไทย", "บัตรประจำตัวคนซึ่งไม่มีสัญชาติไทย", "คนซึ่งไม่มีสัญชาติไทย",
    "บัตรสีชมพู", "บัตรประจำตัวผู้ไม่มีสถานะทางทะเบียน", "เลขประจำตัว 13 หลัก", "เลขประจำตัว",
    "บัตรประจำตัว", "national id", "id card", "identification no", "identity card", "citizen id",
)

# Words that make a 13-digit number a juristic person's registration or tax ID
# (public: companies in a procurement result are published).
JURISTIC_WORDS: tuple[str, ...] = (
    "นิติบุคคล", "บริษัท", "บจก", "ห้างหุ้นส่วน", "หจก", "มูลนิธิ", "สมาคม", "สหกรณ์", "ร้าน",
    "จำกัด", "องค์กร", "Co.", "Ltd", "company",
)

TAX_LABELS: tuple[str, ...] = ("ผู้เสียภาษี", "ภาษีอากร", "tax id", "taxpayer", "TIN")

BANK_WORDS: tuple[str, ...] = (
    "บัญชี", "ธนาคาร", "ธ.ก.ส.", "ธกส", "ออมทรัพย์", "กระแสรายวัน", "ฝากประจำ", "โอนเงิน", "พร้อมเพย์",
    "account", "A/C", "acct", "bank",
    # Bank names and their usual abbreviations, as written in payment details.
    "กรุงไทย", "กสิกร", "ไทยพาณิชย์", "กรุงศรี", "ออมสิน", "ทหารไทยธนชาต", "ttb", "ธอส", "ธ.อ.ส.",
    "KBank", "SCB", "BBL", "KTB", "GSB", "BAAC", "ธ.กรุงไทย", "ธ.กรุงเทพ", "ธ.กสิกรไทย",
)

VEHICLE_ID_LABELS: tuple[str, ...] = (
    "เลขตัวรถ", "เลขตัวถัง", "หมายเลขตัวถัง", "หมายเลขตัวรถ", "เลขคัสซี", "คัสซี", "เลขถัง",
    "เลขเครื่องยนต์", "หมายเลขเครื่องยนต์", "เลขเครื่อง", "chassis", "VIN", "frame no", "engine no",
    "engine number",
)

DRIVER_LICENCE_LABELS: tuple[str, ...] = (
    "ใบอนุญาตขับขี่", "ใบอนุญาตขับรถ", "ใบขับขี่", "ใบขับรถ", "driving licence", "driving license",
    "driver's licence", "driver's license", "driver licence", "driver license",
)

# Personal codes: a label and the kind of code it names (for the explanation).
PERSONAL_CODE_LABELS: dict[str, str] = {
    "HN": "hospital number", "AN": "admission number", "เลขประจำตัวผู้ป่วย": "patient number",
    "เลขที่ผู้ป่วย": "patient number", "เลขผู้ป่วย": "patient number", "รหัสผู้ป่วย": "patient number",
    "เวชระเบียน": "medical record number", "hospital number": "hospital number",
    "patient id": "patient number", "medical record": "medical record number",
    "รหัสนักศึกษา": "student ID", "รหัสประจำตัวนักศึกษา": "student ID", "เลขประจำตัวนักศึกษา": "student ID",
    "รหัสประจำตัวนักเรียน": "student ID", "เลขประจำตัวนักเรียน": "student ID", "รหัสนักเรียน": "student ID",
    "student id": "student ID", "student no": "student ID",
    "รหัสพนักงาน": "employee number", "เลขประจำตัวพนักงาน": "employee number",
    "รหัสประจำตัวพนักงาน": "employee number", "employee id": "employee number", "employee no": "employee number",
    "staff id": "employee number",
    "เลขสมาชิก": "member number", "หมายเลขสมาชิก": "member number", "รหัสสมาชิก": "member number",
    "เลขที่สมาชิก": "member number", "member no": "member number", "member id": "member number",
    "ใบอนุญาตทำงาน": "work permit number", "work permit": "work permit number",
    "เลขประกันสังคม": "social security number", "ประกันสังคมเลขที่": "social security number",
    "เลขที่ผู้ประกันตน": "social security number", "เลขผู้ประกันตน": "social security number",
    "social security": "social security number",
    "กรมธรรม์": "insurance policy number", "policy no": "insurance policy number",
}

HANDLE_LABELS: tuple[str, ...] = (
    "Line ID", "LineID", "ไลน์ไอดี", "ไอดีไลน์", "user name", "username", "user id", "ชื่อผู้ใช้",
    "ชื่อบัญชีผู้ใช้", "login",
)
# Words that name an account only when a colon follows them: social networks are also
# named in prose ("ทางเพจเฟซบุ๊ก"), short words are ordinary words ("line 3"), and a
# browser prints "Printed by Mozilla Firefox".
HANDLE_LABELS_WITH_COLON: tuple[str, ...] = (
    "Line", "ไลน์", "FB", "IG", "ไอดี", "Facebook", "เฟซบุ๊ก", "เฟสบุ๊ค", "เฟซบุ๊ค", "เฟสบุ๊ก", "Instagram",
    "ไอจี", "TikTok", "ติ๊กต็อก", "Twitter", "Telegram", "WeChat", "WhatsApp",
    "พิมพ์โดย", "ผู้พิมพ์", "printed by", "บันทึกโดย", "ผู้บันทึกข้อมูล",
)

# Shared accounts that name a role or a system, not a person.
ROLE_ACCOUNTS: frozenset[str] = frozenset({
    "admin", "administrator", "system", "root", "guest", "user", "operator", "staff", "officer",
    "webmaster", "support", "info", "service", "sysadmin", "superuser", "test",
})
