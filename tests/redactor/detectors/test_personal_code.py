"""personal_code: patient, student, employee, member, work-permit, social-security and policy numbers."""

from __future__ import annotations

from redactor.detectors.base import DetectionContext, TableCell, registered
from tests.redactor.detectors.tables import table_test

NAME = "personal_code"
SCORE = (0.8, 0.9)
CELL = (0.55, 0.65)

CASES = [
    ("ผู้ป่วย HN 12345/67 นอนพักรักษา", ["12345/67"], SCORE),
    ("admitted under HN 66-012345.", ["66-012345"], SCORE),
    ("โรงพยาบาลชุมชน HN\n65-0012345\n", ["65-0012345"], SCORE),
    ("AN 6612345 เข้ารับการรักษา", ["6612345"], SCORE),
    ("เลขประจำตัวผู้ป่วย: 0012345", ["0012345"], SCORE),
    ("รหัสนักศึกษา 640123456-7 คณะ", ["640123456-7"], SCORE),
    ("รหัสนักศึกษา\n\n640123456-7\n\nคณะ", ["640123456-7"], SCORE),  # label and value cells in one row
    ("รหัสนักศึกษา: ๖๔๐๑๒๓๔๕๖๗๘๙", ["๖๔๐๑๒๓๔๕๖๗๘๙"], SCORE),
    ("รหัสประจำตัวนักเรียน ๑๒๓๔๕", ["๑๒๓๔๕"], SCORE),
    ("Student ID: 6512345678", ["6512345678"], SCORE),
    ("รหัสพนักงาน EMP-00123 แผนก", ["EMP-00123"], SCORE),
    ("เลขสมาชิก 0045678 กองทุน", ["0045678"], SCORE),
    ("เลขที่ใบอนุญาตทำงาน : WP-01234567", ["WP-01234567"], SCORE),
    ("ใบอนุญาต\nทำงานเลขที่ 1234/66/001234 ลงวันที่", ["1234/66/001234"], SCORE),
    ("เลขประกันสังคม 1 2345 67890 12 3", ["1 2345 67890 12 3"], SCORE),
    ("เลขที่ผู้ประกันตน 3100512345678", ["3100512345678"], SCORE),
    ("กรมธรรม์เลขที่ 6601-234-56789 คุ้มครอง", ["6601-234-56789"], SCORE),
    # a foreign worker's visa beside the work permit; a visa not yet issued has no number
    ("passport No. N0123456, visa No. VS-2570-0412, work permit No. WP 67-0011223",
     ["VS-2570-0412", "WP 67-0011223"], SCORE),
    ("วีซ่าเลขที่ 1234567 ของนายทดลอง", ["1234567"], SCORE),
    ("Visa number: not yet issued", [], None),
    # -- a flattened table: the header stands alone on its line, the column's cells follow ----
    ("ชื่อ\n\nใบอนุญาตทำงาน\n\nสัญชาติ\n\nMR. A B\n\n1234/66/000123\n\nลาว\n\n22/07/1997\n\n0712/2345\n",
     ["1234/66/000123"], CELL),
    ("รหัสนักศึกษา\n\nชื่อ\n\n640123456-7\n\nนาย ก\n\n2567\n", ["640123456-7"], CELL),
    ("ชื่อ\n\nรหัสนักศึกษา\n\nคณะ\n\nนาย ก\n\n640123456-7\n\nครุศาสตร์\n", ["640123456-7"], CELL),
    ("ใบอนุญาตทำงานของคนต่างด้าว\n\n1234/66/000123\n", [], None),  # a title line, not a header
    # -- an identity number with no kind named, on transcripts and certificates ---------------
    ("ชื่อ นายสมมุติ ทดสอบ\nรหัสประจำตัว 651234567-8 วันที่เข้าศึกษา", ["651234567-8"], SCORE),
    ("NAME : MR. TEST SAMPLE\nID. NO. 651234567-8\nADMISSION", ["651234567-8"], SCORE),
    ("Student name: A B, ID No. 6512345678", ["6512345678"], SCORE),
    ("เลขประจำตัว ๖๕๑๒๓๔๕๖๗๘", ["๖๕๑๒๓๔๕๖๗๘"], SCORE),
    # ... but a taxpayer's number named so is a tax ID (its own detector), and a year is no code
    ("เลขประจำตัวผู้เสียภาษีอากร 0105559087654", [], None),
    ("รหัสประจำตัวผู้เสียภาษี เลขที่ 0105559087654", [], None),
    ("Tax ID No. 0105559087654", [], None),
    ("รหัสประจำตัว 2568", [], None),
    ("IDENTIFICATION NUMBER : 1234", [], None),
    # -- negatives ------------------------------------------------------------------------
    ("JOHN 12345", [], None),  # HN inside a word
    ("hn 12345", [], None),  # an abbreviation in capitals only
    ("ใบอนุญาตทำงานสิ้นอายุวันที่ 28 เมษายน 2569", [], None),
    # a local tax office's taxpayer code, an applicant's number
    ("เรียน นายทดลอง ใจดี (รหัสผู้เสียภาษี ๐๑-๐๔๔๗๒)", ["๐๑-๐๔๔๗๒"], SCORE),
    ("เลขประจำตัวผู้สมัคร 69010047 สอบได้ลำดับที่ 3", ["69010047"], SCORE),
    # the house registration code (ทะเบียนบ้าน)
    ("เลขรหัสประจำบ้าน ๓๔๐๑-๐๒๒๑๘-๑๗ บ้านเลขที่ ๑๒", ["๓๔๐๑-๐๒๒๑๘-๑๗"], SCORE),
    # a disability card's number and a reservist's military number
    ("เลขที่บัตรคนพิการ 7702-005318 ประเภทความพิการทางการเห็น", ["7702-005318"], SCORE),
    ("เลขประจำตัวทหาร ๑๒๓๔๕๖๗๘๙๐ สังกัดกองพันทดลอง", ["๑๒๓๔๕๖๗๘๙๐"], SCORE),
    ("ยื่นขอมีบัตรประจำตัวคนพิการ 2568", [], None),  # a year
    ("รหัสประจำบ้าน 2568", [], None),  # a year
    ("รหัสผู้เสียภาษี 2568", [], None),  # a year
    ("เลขประจำตัวผู้เสียภาษี 0105559087654", [], None),  # the 13-digit tax ID is not a local code
    # a bare "ID" beside the "Name" line of a record's header (a transcript), either order
    ("Name  Mr. Tanawat Srisuk\nID  610512345\nFaculty Engineering", ["610512345"], (0.7, 0.8)),
    ("ID 6405123456 Date of Birth March 3, 2001\nName Miss Kanda Boonmee", ["6405123456"], (0.7, 0.8)),
    ("NAME : MR. TEST PERSON\nID: 640123456-7", ["640123456-7"], (0.7, 0.8)),
    # ... not an ID with no name line beside it, nor a short number, a LINE ID, a card's mention
    ("Document ID 30000051297\nIssued date 17 January 2022", [], None),
    ("Name Mr. Tanawat Srisuk\nID 6101", [], None),
    ("Name Mr. Tanawat Srisuk\nLINE ID 610512345", [], None),
    ("Name Mr. Tanawat Srisuk\n\nID 610512345", [], None),
    ("Company name ACME\nID card 610512345 was lost", [], None),
    # a company's letterhead: 13 digits opening with 0 are a juristic person's tax ID, public
    ("บริษัท ทดลองขนส่ง จำกัด เลขที่ผู้เสียภาษี 0405559012345 โทร 043-123456", [], None),
    ("เลขที่ผู้เสียภาษี ๐๔๐๕๕๕๙๐๑๒๓๔๕", [], None),
    # ... a person's 13 digits (not opening with 0), and a short local code, after the same label stay
    ("เลขที่ผู้เสียภาษี 3401234567891", ["3401234567891"], SCORE),
    ("เลขที่ผู้เสียภาษี 04-00123", ["04-00123"], SCORE),
    ("ใบอนุญาตทำงาน 2 ปี", [], None),
    ("รหัสนักศึกษา 2567", [], None),  # a year
    ("สำนักงานประกันสังคม โทร 1506", [], None),
    ("HN 12/05/2567", [], None),  # a date
    ("เลขสมาชิกของสหกรณ์มีจำนวนมาก", [], None),
    # -- civil-registration records: birth, death and marriage certificates' numbers ----------
    ("สูติบัตรเลขที่ 1234/2531 ออกให้ ณ", ["1234/2531"], SCORE),
    ("มรณบัตรเลขที่ 0123456 ของผู้ตาย", ["0123456"], SCORE),
    ("ทะเบียนสมรสเลขที่ 00123/2560", ["00123/2560"], SCORE),
    # a tour guide's licence and an alien's certificate are one person's; a tour company's licence is not
    ("นายทดลอง ใจดี ผู้ได้รับใบอนุญาตเป็นมัคคุเทศก์ เลขที่ ๑๑-๐๙๙๙๙ อยู่บ้านเลขที่", ["๑๑-๐๙๙๙๙"], SCORE),
    ("ถือใบสำคัญประจำตัวคนต่างด้าว เลขที่ ๐๐๙๙๙๙", ["๐๐๙๙๙๙"], SCORE),
    ("ใบอนุญาตประกอบธุรกิจนำเที่ยว เลขที่ ๑๑/๐๙๙๙๙", [], None),
    ("Birth Certificate No. 27-0012345", ["27-0012345"], SCORE),
    ("CERTIFICATE OF BIRTH\nName of child: Anna Example\nCertificate No. 0045-2019-77812", ["0045-2019-77812"], SCORE),
    ("Marriage registration\nCertificate number: MR 2019/004512", ["MR 2019/004512"], SCORE),
    # ... a certificate with no kind named, on anything else, is not a person's record
    ("ISO 9001 Certificate No. TH-12345678 valid until 2027", [], None),
    ("บริษัท ทดลองก่อสร้าง จำกัด Certificate No. 0012345 (ISO 14001)", [], None),
    ("ผ่านการอบรม หลักสูตรการดับเพลิง Certificate No. 2025/00123", [], None),
    ("Birth rate statistics 2566", [], None),  # no label
    ("สูติบัตร 2 ฉบับ", [], None),  # a count
]


test_table = table_test(NAME, CASES)


def test_under_a_column_header_and_the_kind_is_explained() -> None:
    text = "ใบอนุญาตทำงาน\nลาว\n1234/66/004321"
    cells = [TableCell(0, 13, 0, 0, 0, is_header=True), TableCell(18, 32, 0, 1, 0, header="ใบอนุญาตทำงาน")]
    (f,) = registered()[NAME]().detect(DetectionContext(text, cells=cells))
    assert text[f.start:f.end] == "1234/66/004321"
    assert "work permit" in f.explanation and "header" in f.explanation
