"""A third invented evaluation set, of kinds, layouts and wordings that neither
benchmarks/probe_set.py, probe_kinds.py nor general_set.py has.

Every document, name, number and place here is made up for this file (none comes from an
evaluation set). Kinds: an elderly and disability allowance list with ages, house numbers,
bank accounts and partly masked IDs; an exam-result announcement with applicant numbers and
scores; a land-expropriation payment order in prose; a towing and traffic-fine list with
digit-first plates; a court summons to a private person; a tax arrears reminder; a birth
registration extract; a death registration extract with the cause of death; a name-change
request; a Word file whose personal data sits in a header, a footer, a text box, a footnote,
a comment, a tracked deletion and the core properties; a two-column newsletter page; a
landscape table printed on a page rotated 90 degrees; a page with a watermark over text; an
English hospital referral; a foreign workers' list with Latin names and work permits; a
hotel guest register; a procurement result whose winner is a natural person. Some Word files
are printed to PDF by LibreOffice and three of the prints are rendered to image-only scans.

Rules this set states (and scores):
- A partly masked national ID (``x-xxxx-xxxxx-12-3``) that leaves at most three digits visible is
  already de-identified by the agency: it is neither scored as a leak nor as a keep (the
  redactor leaves it; with four or more digits visible under an ID header it is redacted).
- A natural person who wins a procurement (a sole trader) is published by law (procurement act
  s.66), so the name is not scored either way (review); their ID, home address and phone are
  personal data and must go. Companies and partnerships stay.
- Names on an exam-result or admission list are private persons: they go with their applicant
  numbers; the schools, the exam and the committee stay. A score left beside a removed name and
  number identifies no one, so scores are not scored either way.
- A vehicle held by a company is no natural person's data: its plate is not scored.

    python benchmarks/general_set3.py [--out DIR] [--score ../shared/eval/score.py]

writes DIR/docs/*, DIR/truth.json and, if the scorer is there, scores it with --cmd.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pymupdf
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.probe_kinds import _doc, _entry, _paras, _t, _table  # noqa: E402
from benchmarks.probe_set import add_prints, drop_unfindable, set_parser, to_pdf, write_and_score  # noqa: E402
from tests.fixtures.make_docx_pages import write_with_footnotes  # noqa: E402
from tests.fixtures.make_pdf import dashed_id, national_id  # noqa: E402

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def elderly_allowance(docs: Path) -> dict:
    """Allowance recipients: untitled names, ages, house numbers under their own header, bank
    accounts, and IDs masked by the agency except the last three digits (left as they are)."""
    people = [("เอื้องฟ้า สายทองคำ", "๗๘", "๑๑๔/๒", "x-xxxx-xxxxx-๔๑-๗", "๓๑๐-๒-๔๕๘๘๑-๖", "ผู้สูงอายุ"),
              ("คำมี ดอกจันทร์หอม", "๘๓", "๕๙", "x-xxxx-xxxxx-๐๘-๒", "๓๑๐-๒-๗๗๐๔๓-๑", "ผู้สูงอายุ"),
              ("สุนทร ผลาผลวงศ์", "๔๗", "๒๐๘/๑๓", "x-xxxx-xxxxx-๖๖-๔", "๓๑๐-๑-๐๙๓๓๕-๘", "คนพิการ"),
              ("ทองพูน มาลัยหอมรื่น", "๙๑", "๓๓", "x-xxxx-xxxxx-๒๕-๙", "๓๑๐-๒-๘๑๖๐๒-๔", "ผู้สูงอายุ")]
    rows = [["ที่", "ชื่อ - สกุล", "อายุ (ปี)", "บ้านเลขที่", "เลขประจำตัวประชาชน", "เลขบัญชีเงินฝาก", "ประเภท",
             "อัตรา (บาท)"]]
    for i, (name, age, house, pid, acct, kind) in enumerate(people, 1):
        rows.append([_t(str(i)), name, age, house, pid, acct, kind, "๘๐๐"])
    d = _doc("Sawasdee", 13)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    _paras(d, ["องค์การบริหารส่วนตำบลนาสมมุติ อำเภอกุดสมมุติ",
               "บัญชีรายละเอียดการจ่ายเงินเบี้ยยังชีพผู้สูงอายุและเบี้ยความพิการ ประจำเดือนธันวาคม ๒๕๖๘",
               "หมู่ที่ ๖ บ้านโนนสมมุติ"])
    _table(d, rows)
    _paras(d, ["รวมจ่ายทั้งสิ้น ๓,๒๐๐ บาท (สามพันสองร้อยบาทถ้วน)",
               "ผู้จ่ายเงิน (นางสาวรัชนก ไพรสณฑ์) นักวิชาการเงินและบัญชีปฏิบัติการ",
               "ผู้ตรวจสอบ (นายไพฑูรย์ ศรีกุลวงศ์) ผู้อำนวยการกองสวัสดิการสังคม"])
    d.save(docs / "h01_elderly_allowance.docx")
    redact: list[tuple[str, str]] = []
    for name, _age, house, _pid, acct, _kind in people:
        redact += [(name, "PERSON"), (acct, "BANK_ACCOUNT")]
        if "/" in house:
            redact.append((house, "ADDRESS"))
    return _entry("h01_elderly_allowance.docx", redact, [
        "องค์การบริหารส่วนตำบลนาสมมุติ", "๓,๒๐๐", "นางสาวรัชนก ไพรสณฑ์", "นักวิชาการเงินและบัญชีปฏิบัติการ",
        "นายไพฑูรย์ ศรีกุลวงศ์", "ผู้อำนวยการกองสวัสดิการสังคม", "ธันวาคม ๒๕๖๘", "เบี้ยยังชีพผู้สูงอายุ",
    ])


def exam_results(docs: Path) -> dict:
    """An admission announcement: applicant numbers, names, scores go; schools and the
    committee stay."""
    people = [("๖๙๐๑๐๐๔๗", "เด็กหญิงพิชชาภา รุ่งอรุณศรี", "โรงเรียนบ้านหนองตะเคียนสมมุติ", "๘๗.๒๕"),
              ("๖๙๐๑๐๑๑๓", "เด็กชายธนภัทร ศิลาเกษมสุข", "โรงเรียนวัดป่าสมมุติวิทยา", "๘๕.๕๐"),
              ("๖๙๐๑๐๒๐๘", "เด็กหญิงอรปรียา คงมั่นวิจิตร", "โรงเรียนอนุบาลสมมุติ", "๘๔.๗๕"),
              ("๖๙๐๑๐๓๖๖", "เด็กชายกฤตภาส จันทร์ประภาพร", "โรงเรียนบ้านหนองตะเคียนสมมุติ", "๘๒.๒๕")]
    rows = [["อันดับ", "เลขประจำตัวผู้สมัคร", "ชื่อ - สกุล", "โรงเรียนเดิม", "คะแนนรวม"]]
    for i, (no, name, school, score) in enumerate(people, 1):
        rows.append([_t(str(i)), no, name, school, score])
    d = _doc("Kinnari", 14)
    _paras(d, ["ประกาศโรงเรียนสมมุติพิทยาคม",
               "เรื่อง รายชื่อผู้ผ่านการคัดเลือกเข้าศึกษาต่อชั้นมัธยมศึกษาปีที่ ๑ ห้องเรียนพิเศษวิทยาศาสตร์ ปีการศึกษา ๒๕๖๙",
               "ตามที่โรงเรียนได้ดำเนินการสอบคัดเลือกเมื่อวันที่ ๑๔ มีนาคม ๒๕๖๙ บัดนี้ได้ผลการสอบแล้ว ดังนี้"])
    _table(d, rows, borders=False)
    _paras(d, ["ให้ผู้ผ่านการคัดเลือกมารายงานตัวในวันที่ ๒๑ มีนาคม ๒๕๖๙ เวลา ๐๘.๓๐ น. ณ หอประชุมโรงเรียน",
               "ประกาศ ณ วันที่ ๑๗ มีนาคม ๒๕๖๙",
               "(นายสุรศักดิ์ พรหมเทพสมมุติ)", "ผู้อำนวยการโรงเรียนสมมุติพิทยาคม"])
    d.save(docs / "h02_exam_results.docx")
    redact: list[tuple[str, str]] = []
    for no, name, _school, _score in people:
        redact += [(no, "OTHER"), (name, "PERSON")]
    return _entry("h02_exam_results.docx", redact, [
        "โรงเรียนสมมุติพิทยาคม", "โรงเรียนบ้านหนองตะเคียนสมมุติ", "โรงเรียนวัดป่าสมมุติวิทยา", "โรงเรียนอนุบาลสมมุติ",
        "นายสุรศักดิ์ พรหมเทพสมมุติ", "๑๗ มีนาคม ๒๕๖๙", "๒๑ มีนาคม ๒๕๖๙",
    ])


def expropriation_order(docs: Path) -> dict:
    """A payment order for expropriated land, in prose: owners, their deeds and home addresses
    go; the project, the agency, the budget line and the officials stay."""
    d = _doc("Laksaman", 15)
    _paras(d, [
        "คำสั่งกรมทางหลวงสมมุติ",
        "ที่ ทล ๔๔๑/๒๕๖๘",
        "เรื่อง การจ่ายเงินค่าทดแทนอสังหาริมทรัพย์ที่ต้องเวนคืน โครงการขยายทางหลวงหมายเลข ๒๓๔๗",
        "ด้วยคณะกรรมการกำหนดราคาเบื้องต้นได้กำหนดค่าทดแทนที่ดินที่ถูกเวนคืนแล้ว จึงให้จ่ายเงินค่าทดแทนแก่เจ้าของ ดังนี้",
        "๑. นายประมวล เหล่าสุวรรณศรี เจ้าของที่ดินโฉนดเลขที่ ๖๑๒๔๘ ภูมิลำเนาบ้านเลขที่ ๑๘/๙ หมู่ที่ ๒ "
        "ตำบลหัวสมมุติ ค่าทดแทนที่ดิน ๔๑๗,๖๐๐ บาท",
        "๒. นางจิราภรณ์ แซ่ตั้งวัฒนา เจ้าของที่ดินโฉนดเลขที่ ๖๑๒๕๓ ภูมิลำเนาบ้านเลขที่ ๒๒๗ ซอยบ้านใหม่สมมุติ "
        "ค่าทดแทนสิ่งปลูกสร้าง ๑๘๙,๓๒๐ บาท",
        "๓. วัดศรีสมมุติธาราม เจ้าของที่ดินโฉนดเลขที่ ๔๗๐๑๒ ค่าทดแทนที่ดิน ๒๕๐,๐๐๐ บาท",
        "ทั้งนี้ ให้เบิกจ่ายจากงบลงทุน ค่าที่ดินและสิ่งก่อสร้าง ปีงบประมาณ พ.ศ. ๒๕๖๙ วงเงิน ๘๕๖,๙๒๐ บาท",
        "สั่ง ณ วันที่ ๒๘ พฤศจิกายน ๒๕๖๘",
        "(นายเกียรติพงษ์ ทวีสุขสมมุติ)", "ผู้อำนวยการแขวงทางหลวงสมมุติ",
    ])
    d.save(docs / "h03_expropriation_order.docx")
    return _entry("h03_expropriation_order.docx", [
        ("นายประมวล เหล่าสุวรรณศรี", "PERSON"), ("๖๑๒๔๘", "LAND_TITLE"), ("๑๘/๙ หมู่ที่ ๒ ตำบลหัวสมมุติ", "ADDRESS"),
        ("นางจิราภรณ์ แซ่ตั้งวัฒนา", "PERSON"), ("๖๑๒๕๓", "LAND_TITLE"), ("๒๒๗ ซอยบ้านใหม่สมมุติ", "ADDRESS"),
    ], [
        "กรมทางหลวงสมมุติ", "ทล ๔๔๑/๒๕๖๘", "วัดศรีสมมุติธาราม", "๔๗๐๑๒", "๘๕๖,๙๒๐", "๒๘ พฤศจิกายน ๒๕๖๘",
        "นายเกียรติพงษ์ ทวีสุขสมมุติ", "ผู้อำนวยการแขวงทางหลวงสมมุติ", "ทางหลวงหมายเลข ๒๓๔๗",
    ])


def towing_list(docs: Path) -> dict:
    """Vehicles towed and fined: plates (some digit-first, some in Thai digits) and owners go;
    the spot, the offence, the fine rate and the officer stay."""
    people = [("1กพ 4721", "นายอรรถพล วิริยะกิจสมมุติ"), ("๒ขค ๕๐๙๓", "นางสาวณัฐณิชา ชลธารสมมุติ"),
              ("ฌข 8834", "นายวสันต์ เพชรรัตน์สมมุติ"), ("๙กธ ๑๑๔๘", "บริษัท สมมุติทรานสปอร์ต จำกัด")]
    rows = [["ลำดับ", "วันที่", "ทะเบียนรถ", "จังหวัด", "ชื่อผู้ครอบครอง", "ข้อหา", "ค่าปรับ (บาท)"]]
    for i, (plate, owner) in enumerate(people, 1):
        rows.append([str(i), _t(f"{i + 3}/11/2568"), plate, "กรุงเทพมหานคร", owner, "จอดในที่ห้ามจอด", "๑,๐๐๐"])
    d = _doc("Loma", 12)
    _paras(d, ["สำนักงานเขตสมมุติ ฝ่ายเทศกิจ",
               "รายงานการเคลื่อนย้ายรถที่จอดกีดขวางการจราจร ถนนสุขุมวิทสมมุติ ประจำเดือนพฤศจิกายน ๒๕๖๘"])
    _table(d, rows)
    _paras(d, ["ค่ายกรถคันละ ๕๐๐ บาท ค่าเก็บรักษาวันละ ๒๐๐ บาท",
               "ผู้รายงาน นายชนะพล ศรีสมมุติวงศ์ เจ้าพนักงานเทศกิจชำนาญงาน โทร. ๐ ๒๓๙๑ ๔๔๐๐"])
    d.save(docs / "h04_towing_list.docx")
    redact: list[tuple[str, str]] = []
    for plate, owner in people:
        if not owner.startswith("บริษัท"):
            redact += [(plate, "PLATE"), (owner, "PERSON")]
    return _entry("h04_towing_list.docx", redact, [
        "สำนักงานเขตสมมุติ", "บริษัท สมมุติทรานสปอร์ต จำกัด", "นายชนะพล ศรีสมมุติวงศ์", "เจ้าพนักงานเทศกิจชำนาญงาน",
        "๐ ๒๓๙๑ ๔๔๐๐", "จอดในที่ห้ามจอด",
    ])


def court_summons(docs: Path) -> dict:
    """A summons to a private defendant in a consumer case: the defendant, the address, the
    card debt and the card number go; the court, the plaintiff company and the date stay."""
    pid = national_id("310200078841")
    d = _doc("Norasi", 14)
    _paras(d, [
        "หมายเรียกและสำเนาคำฟ้องคดีผู้บริโภค",
        "ศาลแขวงสมมุติ",
        "คดีหมายเลขดำที่ ผบ. ๑๙๒๗/๒๕๖๘",
        "ระหว่าง บริษัท บัตรกรุงสมมุติ จำกัด (มหาชน) โจทก์",
        "นางสาวศศิประภา ทองคำพันธุ์สมมุติ จำเลย",
        "ถึง นางสาวศศิประภา ทองคำพันธุ์สมมุติ เลขประจำตัวประชาชน " + pid
        + " ที่อยู่ ๔๐๙/๑๑๗ คอนโดมิเนียมสมมุติทาวเวอร์ ชั้น ๑๒ ถนนรัชดาสมมุติ",
        "ด้วยโจทก์ได้ยื่นฟ้องท่านเรื่องผิดสัญญาบัตรเครดิต หมายเลขบัตร 4512 8830 1947 2206 "
        "เรียกเงินค้างชำระ ๘๗,๔๓๒.๑๕ บาท",
        "ให้ท่านไปศาลเพื่อการไกล่เกลี่ย ให้การ และสืบพยาน ในวันที่ ๙ กุมภาพันธ์ ๒๕๖๙ เวลา ๐๙.๐๐ นาฬิกา",
        "หมายมา ณ วันที่ ๑๐ ธันวาคม ๒๕๖๘",
        "(นางสาวพิมพ์ลภัส วงศ์ตระกูลสมมุติ) เจ้าพนักงานคดี ศาลแขวงสมมุติ",
    ])
    d.save(docs / "h05_court_summons.docx")
    return _entry("h05_court_summons.docx", [
        ("นางสาวศศิประภา ทองคำพันธุ์สมมุติ", "PERSON"), (pid, "NATIONAL_ID"),
        ("๔๐๙/๑๑๗ คอนโดมิเนียมสมมุติทาวเวอร์", "ADDRESS"), ("4512 8830 1947 2206", "OTHER"), ("๘๗,๔๓๒.๑๕", "OTHER"),
    ], [
        "ศาลแขวงสมมุติ", "บริษัท บัตรกรุงสมมุติ จำกัด (มหาชน)", "ผบ. ๑๙๒๗/๒๕๖๘", "๙ กุมภาพันธ์ ๒๕๖๙",
        "นางสาวพิมพ์ลภัส วงศ์ตระกูลสมมุติ", "เจ้าพนักงานคดี", "๑๐ ธันวาคม ๒๕๖๘",
    ])


def tax_reminder(docs: Path) -> dict:
    """A municipal reminder to a private taxpayer: name, taxpayer code, arrears and home go;
    the municipality, its account for payment, its phone and its officers stay."""
    d = _doc("Garuda", 13)
    _paras(d, [
        "ที่ ชบ ๕๓๓๐๗/ว ๒๑๘", "เทศบาลตำบลบางสมมุติ ๙๙ หมู่ ๑ ตำบลบางสมมุติ อำเภอเมืองสมมุติ ๒๐๐๐๐",
        "๒ ธันวาคม ๒๕๖๘", "เรื่อง แจ้งเตือนให้ชำระภาษีป้ายและภาษีที่ดินที่ค้างชำระ (ครั้งที่ ๒)",
        "เรียน นายธีระวัฒน์ โชคอนันต์สมมุติ (รหัสผู้เสียภาษี ๐๑-๐๔๔๗๒)",
        "ตามที่ท่านเป็นผู้มีหน้าที่เสียภาษีสำหรับร้านค้าที่บ้านเลขที่ ๗๖/๓ ซอยประชาร่วมใจสมมุติ บัดนี้ล่วงเลยกำหนดแล้ว "
        "ท่านยังค้างชำระภาษีป้าย ๒,๔๐๐ บาท และภาษีที่ดินและสิ่งปลูกสร้าง ๕,๑๖๗.๒๕ บาท พร้อมเงินเพิ่มร้อยละ ๑ ต่อเดือน",
        "ขอให้ชำระภายใน ๑๕ วัน ที่กองคลัง หรือโอนเข้าบัญชีเทศบาลตำบลบางสมมุติ ธนาคารกรุงไทย เลขที่ ๙๘๑-๖-๐๐๔๑๒-๓",
        "(นายวิชาญ ลือชาสมมุติ)", "นายกเทศมนตรีตำบลบางสมมุติ", "กองคลัง งานพัฒนาและจัดเก็บรายได้ โทร. ๐ ๓๘๔๔ ๑๒๓๔",
    ])
    d.save(docs / "h06_tax_reminder.docx")
    return _entry("h06_tax_reminder.docx", [
        ("นายธีระวัฒน์ โชคอนันต์สมมุติ", "PERSON"), ("๐๑-๐๔๔๗๒", "OTHER"), ("๗๖/๓ ซอยประชาร่วมใจสมมุติ", "ADDRESS"),
        ("๕,๑๖๗.๒๕", "OTHER"),
    ], [
        "ชบ ๕๓๓๐๗/ว ๒๑๘", "เทศบาลตำบลบางสมมุติ", "๙๙ หมู่ ๑ ตำบลบางสมมุติ", "๒ ธันวาคม ๒๕๖๘", "๙๘๑-๖-๐๐๔๑๒-๓",
        "นายวิชาญ ลือชาสมมุติ", "นายกเทศมนตรีตำบลบางสมมุติ", "๐ ๓๘๔๔ ๑๒๓๔", "ร้อยละ ๑",
    ])


def birth_extract(docs: Path) -> dict:
    """A birth registration extract as a two-column form: the child, the parents, their IDs,
    nationalities, the birth date and the house go; the registrar and the office stay."""
    child = national_id("112990045567")
    mother = national_id("341010088210")
    father = national_id("341010077625")
    d = _doc("Umpush", 13)
    _paras(d, ["สำเนาข้อมูลการเกิด (ท.ร. ๑ ตอนหน้า)", "สำนักทะเบียนอำเภอเมืองสมมุติ",
               "ทะเบียนคนเกิด เล่มที่ ๑๒ ฉบับที่ ๔๔๘๑"])
    _table(d, [
        ["ชื่อเด็ก", "เด็กหญิงปัณฑ์ชนิตา ยศสมบูรณ์สมมุติ"],
        ["เลขประจำตัวประชาชนเด็ก", dashed_id(child)],
        ["เกิดวันที่", "๓ พฤศจิกายน ๒๕๖๘ เวลา ๐๔.๑๕ น."],
        ["สถานที่เกิด", "โรงพยาบาลสมมุติราชนครินทร์"],
        ["มารดา", "นางกัลยรัตน์ ยศสมบูรณ์สมมุติ สัญชาติ ไทย เลขประจำตัว " + _t(mother)],
        ["บิดา", "นายณัฐวุฒิ ยศสมบูรณ์สมมุติ สัญชาติ ไทย เลขประจำตัว " + _t(father)],
        ["ที่อยู่ตามทะเบียนบ้าน", "๑๔๒/๘ หมู่ที่ ๑๐ ตำบลนาดีสมมุติ"],
    ], borders=False)
    _paras(d, ["ออกให้ ณ วันที่ ๘ ธันวาคม ๒๕๖๘", "(นายศุภชัย มณีสมมุติ) นายทะเบียนอำเภอเมืองสมมุติ"])
    d.save(docs / "h07_birth_extract.docx")
    return _entry("h07_birth_extract.docx", [
        ("เด็กหญิงปัณฑ์ชนิตา ยศสมบูรณ์สมมุติ", "PERSON"), (child, "NATIONAL_ID"), ("๓ พฤศจิกายน ๒๕๖๘", "DOB"),
        ("นางกัลยรัตน์ ยศสมบูรณ์สมมุติ", "PERSON"), (mother, "NATIONAL_ID"), ("นายณัฐวุฒิ ยศสมบูรณ์สมมุติ", "PERSON"),
        (father, "NATIONAL_ID"), ("๑๔๒/๘ หมู่ที่ ๑๐ ตำบลนาดีสมมุติ", "ADDRESS"),
    ], [
        "สำนักทะเบียนอำเภอเมืองสมมุติ", "นายศุภชัย มณีสมมุติ", "นายทะเบียนอำเภอเมืองสมมุติ", "๘ ธันวาคม ๒๕๖๘",
        "โรงพยาบาลสมมุติราชนครินทร์",
    ])


def death_extract(docs: Path) -> dict:
    """A death notice in prose: the deceased, the cause of death in everyday words, the
    informant and his phone go; the registrar stays."""
    pid = national_id("350080012236")
    d = _doc("Kinnari", 14)
    _paras(d, [
        "หนังสือรับรองการตาย", "เทศบาลนครสมมุติ สำนักทะเบียนท้องถิ่น",
        "ขอรับรองว่า นายสมหมาย กิตติวงศ์สมมุติ อายุ ๖๙ ปี เลขประจำตัวประชาชน " + " ".join(
            [pid[0], pid[1:5], pid[5:10], pid[10:12], pid[12]])
        + " ได้ถึงแก่กรรมเมื่อวันที่ ๑ ธันวาคม ๒๕๖๘ ที่บ้าน สาเหตุการตาย ตับแข็งระยะสุดท้ายจากการดื่มสุราเป็นเวลานาน "
        "มีเลือดออกในกระเพาะอาหาร",
        "ผู้แจ้งการตาย นายภาณุพงศ์ กิตติวงศ์สมมุติ (บุตร) โทร ๐๖๕-๒๙๑-๔๔๗๓",
        "(นางสุพัตรา บุญญาสมมุติ) นายทะเบียนท้องถิ่นเทศบาลนครสมมุติ", "วันที่ ๒ ธันวาคม ๒๕๖๘",
    ])
    d.save(docs / "h08_death_extract.docx")
    return _entry("h08_death_extract.docx", [
        ("นายสมหมาย กิตติวงศ์สมมุติ", "PERSON"), (pid, "NATIONAL_ID"), ("ตับแข็ง", "HEALTH"),
        ("ดื่มสุรา", "HEALTH"), ("เลือดออกในกระเพาะอาหาร", "HEALTH"), ("นายภาณุพงศ์ กิตติวงศ์สมมุติ", "PERSON"),
        ("๐๖๕-๒๙๑-๔๔๗๓", "PHONE"),
    ], [
        "เทศบาลนครสมมุติ", "นางสุพัตรา บุญญาสมมุติ", "นายทะเบียนท้องถิ่นเทศบาลนครสมมุติ", "๒ ธันวาคม ๒๕๖๘",
    ])


def name_change(docs: Path) -> dict:
    """A name-change request: the old and the new name, the reason (a fortune-teller's advice
    after an illness) and the home go; the district office stays."""
    d = _doc("Garuda", 14)
    _paras(d, [
        "คำร้องขอเปลี่ยนชื่อตัว (ช.๑)", "เขียนที่ ที่ว่าการอำเภอบ้านสมมุติ", "วันที่ ๑๖ ตุลาคม ๒๕๖๘",
        "ข้าพเจ้า นางสาวสมพิศ แก่นจันทร์สมมุติ อยู่บ้านเลขที่ ๓๘/๒ หมู่ที่ ๔ ตำบลโพนสมมุติ",
        "มีความประสงค์ขอเปลี่ยนชื่อตัวเป็น ชญาณ์นันท์ เนื่องจากป่วยเป็นโรคซึมเศร้า ผู้ใหญ่แนะนำให้เปลี่ยนชื่อเพื่อความเป็นสิริมงคล",
        "ลงชื่อ สมพิศ แก่นจันทร์สมมุติ ผู้ยื่นคำร้อง",
        "ความเห็นนายทะเบียน อนุญาต",
        "(นายกิตติพัฒน์ ธนสารสมมุติ) ปลัดอำเภอ รักษาราชการแทนนายอำเภอบ้านสมมุติ",
    ])
    d.save(docs / "h09_name_change.docx")
    return _entry("h09_name_change.docx", [
        ("นางสาวสมพิศ แก่นจันทร์สมมุติ", "PERSON"), ("สมพิศ แก่นจันทร์สมมุติ", "PERSON"),
        ("๓๘/๒ หมู่ที่ ๔ ตำบลโพนสมมุติ", "ADDRESS"), ("ชญาณ์นันท์", "PERSON"), ("โรคซึมเศร้า", "HEALTH"),
    ], [
        "ที่ว่าการอำเภอบ้านสมมุติ", "๑๖ ตุลาคม ๒๕๖๘", "นายกิตติพัฒน์ ธนสารสมมุติ", "ปลัดอำเภอ",
    ])


_FOOTNOTES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes xmlns:w="{W}">
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:r><w:t xml:space="preserve">FOOTNOTE_TEXT</w:t></w:r></w:p></w:footnote>
</w:footnotes>"""


def _add_footnote(path: Path, text: str) -> None:
    """Add word/footnotes.xml with one footnote (python-docx cannot write footnotes)."""
    write_with_footnotes(path.read_bytes(), path, _FOOTNOTES.replace("FOOTNOTE_TEXT", text), rel_id="rIdFn1")


def hidden_parts(docs: Path) -> dict:
    """Personal data in every place a Word file can hide it: the header, the footer, a text
    box, a footnote, a comment, a tracked deletion and the core properties."""
    pid = national_id("570330019984")
    d = _doc("Loma", 14)
    d.core_properties.author = "sirinthip.kaew"
    d.core_properties.last_modified_by = "Sirinthip Kaewmanee"
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "สำนักงานพัฒนาชุมชนอำเภอสมมุติ  เรื่องของ นางอัมพร สิทธิโชคสมมุติ"
    sec.footer.paragraphs[0].text = "ผู้จัดทำ สิรินทิพย์ แก้วมณีสมมุติ โทร ๐๙๑-๗๒๖-๓๓๘๐"
    _paras(d, [
        "บันทึกข้อความ",
        "ส่วนราชการ สำนักงานพัฒนาชุมชนอำเภอสมมุติ โทร. ๐ ๔๒๑๗ ๘๘๐๐",
        "ที่ นพ ๐๐๒๗/๙๑๔ วันที่ ๒๐ พฤศจิกายน ๒๕๖๘",
        "เรื่อง การช่วยเหลือครัวเรือนยากจนตามโครงการพัฒนาคุณภาพชีวิต",
    ])
    p = d.add_paragraph("ตามที่ นางอัมพร สิทธิโชคสมมุติ ได้ยื่นคำขอรับการช่วยเหลือ")
    # A tracked deletion: the ID typed and then deleted with change tracking on.
    dele = etree.fromstring(
        f'<w:del xmlns:w="{W}" w:id="91" w:author="sirinthip.kaew" w:date="2025-11-20T09:00:00Z"><w:r>'
        f'<w:delText xml:space="preserve"> เลขประจำตัวประชาชน {pid}</w:delText></w:r></w:del>')
    p._p.append(dele)
    r = p.add_run(" คณะทำงานได้ลงพื้นที่ตรวจสอบแล้ว พบว่ามีรายได้ไม่เกินเกณฑ์")
    d.add_comment(r, text="ผู้ขอมีหนี้นอกระบบ ๑๘๗,๕๐๐ บาท กับ นายเฉลียว ร่มโพธิ์สมมุติ", author="sirinthip.kaew",
                  initials="SK")
    # A footnote reference in the body, and a text box beside it.
    fp = d.add_paragraph("เห็นควรช่วยเหลือเป็นเงิน ๓,๐๐๐ บาท")
    fp._p.append(etree.fromstring(f'<w:r xmlns:w="{W}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                                  f'<w:footnoteReference w:id="1"/></w:r>'))
    tb = d.add_paragraph()
    tb._p.append(etree.fromstring(
        f'<w:r xmlns:w="{W}" xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
        f'<v:shape id="tb1" type="#_x0000_t202" style="width:300pt;height:40pt"><v:textbox><w:txbxContent>'
        f'<w:p><w:r><w:t>ติดต่อผู้ขอ ซอยร่มเย็นสมมุติ ๕ บ้านเลขที่ ๒๑๗/๔๔ โทร ๐๘๗-๓๓๐-๑๙๒๕</w:t></w:r></w:p>'
        f'</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))
    _paras(d, ["จึงเรียนมาเพื่อโปรดพิจารณา", "(นางสาวสิรินทิพย์ แก้วมณีสมมุติ)", "นักวิชาการพัฒนาชุมชนปฏิบัติการ"])
    path = docs / "h10_hidden_parts.docx"
    d.save(path)
    _add_footnote(path, "ผู้ขอป่วยเป็นวัณโรคปอด ตรวจพบเมื่อเดือนกันยายน")
    return _entry("h10_hidden_parts.docx", [
        ("นางอัมพร สิทธิโชคสมมุติ", "PERSON"), (pid, "NATIONAL_ID"), ("นายเฉลียว ร่มโพธิ์สมมุติ", "PERSON"),
        ("๑๘๗,๕๐๐", "OTHER"), ("๒๑๗/๔๔", "ADDRESS"), ("๐๘๗-๓๓๐-๑๙๒๕", "PHONE"), ("วัณโรคปอด", "HEALTH"),
    ], [
        "สำนักงานพัฒนาชุมชนอำเภอสมมุติ", "นพ ๐๐๒๗/๙๑๔", "๒๐ พฤศจิกายน ๒๕๖๘", "๐ ๔๒๑๗ ๘๘๐๐", "๓,๐๐๐",
        "นักวิชาการพัฒนาชุมชนปฏิบัติการ",
    ])


def newsletter(docs: Path) -> dict:
    """A two-column newsletter page: a story about a villager who found a wallet, beside
    news of officials at work."""
    d = _doc("Garuda", 12)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "567")
    d.sections[0]._sectPr.append(cols)
    _paras(d, [
        "จดหมายข่าวเทศบาลเมืองสมมุติ ฉบับที่ ๑๑ ประจำเดือนพฤศจิกายน ๒๕๖๘",
        "นายกฯ ประชุมเตรียมรับมืออุทกภัย",
        "เมื่อวันที่ ๔ พฤศจิกายน ๒๕๖๘ นายอำนาจ ศรีสุขสมมุติ นายกเทศมนตรีเมืองสมมุติ เป็นประธานการประชุมเตรียมความพร้อม "
        "รับมืออุทกภัย ร่วมกับ นางสาวปวีณ์ธิดา ชัยมงคลสมมุติ ปลัดเทศบาลเมืองสมมุติ และหัวหน้าส่วนราชการ",
        "คนดีศรีชุมชน",
        "นายบุญช่วย ภูผาเงินสมมุติ อายุ ๕๗ ปี อาชีพขับรถจักรยานยนต์รับจ้าง อาศัยอยู่บ้านเลขที่ ๖๖/๒๑ ซอยวัดกลางสมมุติ "
        "เก็บกระเป๋าสตางค์ที่มีเงินสด ๒๓,๐๐๐ บาท ได้ และนำส่งคืนเจ้าของ แม้ตนเองจะมีภาระค่ารักษาภรรยาที่ป่วยเป็นมะเร็งเต้านม",
        "เทศบาลมอบเกียรติบัตรยกย่อง ณ ห้องประชุมเทศบาล",
        "กองสาธารณสุขฯ ฉีดพ่นหมอกควัน",
        "นายธวัชชัย บุญมาสมมุติ หัวหน้าฝ่ายบริการสาธารณสุข นำเจ้าหน้าที่ฉีดพ่นหมอกควันกำจัดยุงลายในชุมชน ๑๒ ชุมชน "
        "สอบถามเพิ่มเติม กองสาธารณสุขและสิ่งแวดล้อม โทร ๐ ๕๖๒๒ ๓๓๔๔",
    ])
    d.save(docs / "h11_newsletter.docx")
    return _entry("h11_newsletter.docx", [
        ("นายบุญช่วย ภูผาเงินสมมุติ", "PERSON"), ("๖๖/๒๑ ซอยวัดกลางสมมุติ", "ADDRESS"), ("มะเร็งเต้านม", "HEALTH"),
    ], [
        "นายอำนาจ ศรีสุขสมมุติ", "นายกเทศมนตรีเมืองสมมุติ", "นางสาวปวีณ์ธิดา ชัยมงคลสมมุติ", "ปลัดเทศบาลเมืองสมมุติ",
        "นายธวัชชัย บุญมาสมมุติ", "หัวหน้าฝ่ายบริการสาธารณสุข", "๐ ๕๖๒๒ ๓๓๔๔", "๔ พฤศจิกายน ๒๕๖๘",
        "เทศบาลเมืองสมมุติ",
    ])


def referral_en(docs: Path) -> dict:
    """An English referral letter: HN, blood group, everyday-word health, the patient's
    relative; the two hospitals and the doctors in office stay."""
    d = _doc("Waree", 11)
    _paras(d, [
        "REFERRAL LETTER",
        "Example Crown Prince Hospital, 88 Moo 3, Mittraphap Road, Example 30000, Tel. 0 4424 7000",
        "Ref. No. 0032.301/2291",
        "Date: 6 December 2025",
        "To: Director, Example Regional Hospital",
        "Patient: Mrs. Saowanee Thongkhamsuk, aged 58, HN 68-017733, blood group AB Rh negative",
        "History: she fell off a ladder at home and broke her left hip; she also has sugar in her blood "
        "and a weak heart, and she lost the sight of her right eye two years ago.",
        "Reason for referral: hip replacement surgery not available at this hospital.",
        "Next of kin: Mr. Anurak Thongkhamsuk (husband), mobile 081 904 5521",
        "(Dr. Chayanin Phetcharat)",
        "Orthopaedic Surgeon, Example Crown Prince Hospital",
    ])
    d.save(docs / "h12_referral_en.docx")
    return _entry("h12_referral_en.docx", [
        ("Saowanee Thongkhamsuk", "PERSON"), ("68-017733", "OTHER"), ("AB Rh negative", "HEALTH"),
        ("broke her left hip", "HEALTH"), ("sugar in her blood", "HEALTH"), ("weak heart", "HEALTH"),
        ("lost the sight of her right eye", "HEALTH"), ("Anurak Thongkhamsuk", "PERSON"), ("081 904 5521", "PHONE"),
    ], [
        "Example Crown Prince Hospital", "0 4424 7000", "Example Regional Hospital", "Dr. Chayanin Phetcharat",
        "Orthopaedic Surgeon", "6 December 2025", "0032.301/2291",
    ])


def foreign_workers(docs: Path) -> dict:
    """A list of migrant workers: Latin names with MR./MS./MISS, nationalities, passports,
    work permits and dates of birth go; the employer company and the office stay."""
    people = [("MR. AUNG KO LATT", "เมียนมา", "MF8840271", "WP 2568-114520", "12/04/1994"),
              ("MISS NANG HSENG NOON", "เมียนมา", "ME3317905", "WP 2568-114521", "03/09/2000"),
              ("MR. SOK VISAL", "กัมพูชา", "N04471228", "WP 2568-114522", "21/01/1989"),
              ("MS. KHAMPHOU VONGSA", "ลาว", "P2290147", "WP 2568-114523", "30/06/1996")]
    rows = [["ลำดับ", "ชื่อ - สกุล", "สัญชาติ", "หนังสือเดินทาง", "ใบอนุญาตทำงาน", "วันเกิด", "นายจ้าง"]]
    for i, (name, nat, pp, wp, dob) in enumerate(people, 1):
        rows.append([str(i), name, nat, pp, wp, dob, "บริษัท สมมุติฟู้ดโปรดักส์ จำกัด"])
    d = _doc("Loma", 12)
    _paras(d, ["สำนักงานจัดหางานจังหวัดสมมุติ", "ที่ รง ๐๓๑๘/๗๗๔๑",
               "บัญชีรายชื่อคนต่างด้าวที่ได้รับอนุญาตทำงาน ตามมาตรา ๕๙ ประจำเดือนตุลาคม ๒๕๖๘"])
    _table(d, rows)
    _paras(d, ["(นางสาวธิดารัตน์ โพธิ์ทองสมมุติ)", "จัดหางานจังหวัดสมมุติ"])
    d.save(docs / "h13_foreign_workers.docx")
    redact: list[tuple[str, str]] = []
    for name, _nat, pp, wp, dob in people:
        redact += [(name.split(" ", 1)[1], "PERSON"), (pp, "PASSPORT"), (wp, "OTHER"), (dob, "DOB")]
    return _entry("h13_foreign_workers.docx", redact, [
        "สำนักงานจัดหางานจังหวัดสมมุติ", "รง ๐๓๑๘/๗๗๔๑", "บริษัท สมมุติฟู้ดโปรดักส์ จำกัด",
        "นางสาวธิดารัตน์ โพธิ์ทองสมมุติ", "จัดหางานจังหวัดสมมุติ",
    ])


def hotel_register(docs: Path) -> dict:
    """A hotel's guest register sent to immigration (TM.30 style): guests' Latin names without
    titles, passports, nationalities, rooms and arrival dates; the hotel stays."""
    guests = [("HAVERKAMP, Lukas Peter", "C4RJ71X29", "GERMAN"), ("TANAKA Haruki", "TK8830415", "JAPANESE"),
              ("O'BRIEN Siobhan Mary", "PA4471902", "IRISH"), ("NGUYEN Van Hoang", "B9912047", "VIETNAMESE")]
    rows = [["No.", "Name of guest", "Nationality", "Passport No.", "Room", "Arrival"]]
    for i, (name, pp, nat) in enumerate(guests, 1):
        rows.append([str(i), name, nat, pp, str(400 + i * 7), f"{i + 10}/11/2025"])
    d = _doc("Waree", 11)
    _paras(d, ["Notification of residence of foreigners (for the house master, owner or hotel manager)",
               "To: Immigration Division 4, Example Province Immigration Office",
               "Hotel: Riverside Example Hotel Co., Ltd., 19 Charoen Example Road, Tel. 0 5320 1188"])
    _table(d, rows)
    _paras(d, ["Reported by: Front Office Manager, Riverside Example Hotel Co., Ltd.", "Date: 15 November 2025"])
    d.save(docs / "h14_hotel_register.docx")
    redact: list[tuple[str, str]] = []
    for name, pp, _nat in guests:
        redact += [(name, "PERSON"), (pp, "PASSPORT")]
    return _entry("h14_hotel_register.docx", redact, [
        "Riverside Example Hotel Co., Ltd.", "Example Province Immigration Office", "0 5320 1188",
        "Front Office Manager", "15 November 2025",
    ])


def procurement_person(docs: Path) -> dict:
    """A procurement award whose winner is a natural person trading under his own name: the
    name is published by law (not scored); his ID, home and phone go; the price, the budget,
    the committee and the companies stay."""
    pid = national_id("341990034417")
    d = _doc("Sawasdee", 14)
    _paras(d, [
        "ประกาศองค์การบริหารส่วนตำบลโคกสมมุติ",
        "เรื่อง ประกาศผู้ชนะการเสนอราคา จ้างเหมาซ่อมแซมท่อระบายน้ำ หมู่ที่ ๓ โดยวิธีเฉพาะเจาะจง",
        "ตามที่องค์การบริหารส่วนตำบลโคกสมมุติ ได้มีโครงการจ้างเหมาซ่อมแซมท่อระบายน้ำ วงเงินงบประมาณ ๙๘,๐๐๐ บาท นั้น",
        "ผู้ได้รับการคัดเลือก ได้แก่ นายสุชาติ ดวงดีสมมุติ (ผู้ประกอบการบุคคลธรรมดา) เลขประจำตัวผู้เสียภาษี " + pid
        + " ที่อยู่ ๕๑ หมู่ที่ ๘ ตำบลโคกสมมุติ โทร. ๐๘๙-๕๐๒-๗๗๑๖ เสนอราคาเป็นเงินทั้งสิ้น ๙๗,๕๐๐ บาท",
        "ผู้เสนอราคารายอื่น ได้แก่ ห้างหุ้นส่วนจำกัด โคกสมมุติก่อสร้าง เสนอราคา ๙๙,๘๐๐ บาท",
        "ประกาศ ณ วันที่ ๒๕ พฤศจิกายน ๒๕๖๘",
        "(นายไพโรจน์ แสงทองสมมุติ)", "นายกองค์การบริหารส่วนตำบลโคกสมมุติ",
    ])
    d.save(docs / "h15_procurement_person.docx")
    return _entry("h15_procurement_person.docx", [
        (pid, "TAX_ID_PERSON"), ("๕๑ หมู่ที่ ๘ ตำบลโคกสมมุติ", "ADDRESS"), ("๐๘๙-๕๐๒-๗๗๑๖", "PHONE"),
    ], [
        "องค์การบริหารส่วนตำบลโคกสมมุติ", "๙๘,๐๐๐", "๙๗,๕๐๐", "ห้างหุ้นส่วนจำกัด โคกสมมุติก่อสร้าง", "๙๙,๘๐๐",
        "๒๕ พฤศจิกายน ๒๕๖๘", "นายไพโรจน์ แสงทองสมมุติ", "นายกองค์การบริหารส่วนตำบลโคกสมมุติ",
    ])


def watermarked(docs: Path) -> dict:
    """A PDF letter with a grey diagonal watermark drawn over the text: a scholarship-fund
    reply naming a student's family debts."""
    src = docs / "h16_watermark_src.docx"
    d = _doc("Norasi", 15)
    _paras(d, [
        "ที่ ศธ ๐๔๑๑๗/๒๐๓๓", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาสมมุติ เขต ๒", "๑ ธันวาคม ๒๕๖๘",
        "เรื่อง แจ้งผลการพิจารณาทุนการศึกษา",
        "เรียน นางบุญเรียม พึ่งทองสมมุติ",
        "ตามที่ท่านขอทุนการศึกษาให้แก่ เด็กชายพีรพัฒน์ พึ่งทองสมมุติ นักเรียนชั้นประถมศึกษาปีที่ ๔ "
        "ซึ่งบิดาต้องโทษจำคุกอยู่ในเรือนจำกลางสมมุติ และครอบครัวมีหนี้สินกับธนาคาร ๒๑๔,๓๐๐ บาท",
        "คณะกรรมการพิจารณาแล้ว อนุมัติทุนการศึกษา จำนวน ๕,๐๐๐ บาท",
        "(นายชัยวัฒน์ รุ่งฟ้าสมมุติ)", "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาสมมุติ เขต ๒",
    ])
    d.save(src)
    pdf = to_pdf(src, docs)
    src.unlink()
    out = docs / "h16_watermark.pdf"
    if pdf is None:
        return {}
    doc = pymupdf.open(pdf)
    font = "/usr/share/fonts/truetype/tlwg/Garuda-Bold.ttf"
    for page in doc:
        r = page.rect
        page.insert_font(fontname="wm", fontfile=font)
        # Diagonal, light grey, over the text (overlay): the way copies are stamped.
        page.insert_text(pymupdf.Point(r.width * 0.12, r.height * 0.16), "สำเนาเพื่อการเผยแพร่", fontname="wm",
                         fontsize=54, color=(0.78, 0.78, 0.78), morph=(pymupdf.Point(r.width * 0.12, r.height * 0.16),
                                                                        pymupdf.Matrix(-35)), fill_opacity=0.5)
    doc.save(out)
    doc.close()
    pdf.unlink()
    return _entry("h16_watermark.pdf", [
        ("นางบุญเรียม พึ่งทองสมมุติ", "PERSON"), ("เด็กชายพีรพัฒน์ พึ่งทองสมมุติ", "PERSON"),
        ("ต้องโทษจำคุก", "OTHER"), ("๒๑๔,๓๐๐", "OTHER"),
    ], [
        "ศธ ๐๔๑๑๗/๒๐๓๓", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาสมมุติ เขต ๒", "๑ ธันวาคม ๒๕๖๘", "๕,๐๐๐",
        "นายชัยวัฒน์ รุ่งฟ้าสมมุติ",
    ])


def rotated_table(docs: Path) -> dict:
    """A landscape register printed on portrait paper: the page is rotated 90 degrees, as a
    scanner or a printer driver leaves it. Student loan borrowers in arrears."""
    people = [("นายปกรณ์ เลิศวิริยะสมมุติ", "๓-๔๔๐๑-๐๐๒๑๗", "๔๘,๒๑๐.๐๐"),
              ("นางสาวเกศินี อุดมพรสมมุติ", "๓-๔๔๐๑-๐๐๓๘๕", "๑๒,๙๙๕.๕๐"),
              ("นายชาญวิทย์ ขจรเกียรติสมมุติ", "๓-๔๔๐๒-๐๑๑๔๙", "๗๖,๔๔๐.๐๐")]
    rows = [["ลำดับ", "ชื่อผู้กู้ยืม", "เลขที่สัญญา", "ยอดหนี้ค้างชำระ (บาท)", "ผู้ค้ำประกัน"]]
    guarantors = ["นางมยุรา เลิศวิริยะสมมุติ", "นายสมเกียรติ อุดมพรสมมุติ", "นางวิไล ขจรเกียรติสมมุติ"]
    for i, ((name, contract, debt), g) in enumerate(zip(people, guarantors, strict=True), 1):
        rows.append([_t(str(i)), name, contract, debt, g])
    src = docs / "h17_rotated_src.docx"
    d = _doc("Garuda", 12)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    _paras(d, ["มหาวิทยาลัยราชภัฏสมมุติ งานกองทุนเงินให้กู้ยืมเพื่อการศึกษา",
               "รายชื่อผู้กู้ยืมที่ค้างชำระหนี้เกินกว่า ๒ ปี ณ วันที่ ๓๐ กันยายน ๒๕๖๘"])
    _table(d, rows)
    _paras(d, ["(ผู้ช่วยศาสตราจารย์ ดร.วนิดา สุขเกษมสมมุติ)", "ผู้อำนวยการกองพัฒนานักศึกษา"])
    d.save(src)
    pdf = to_pdf(src, docs)
    src.unlink()
    if pdf is None:
        return {}
    out = docs / "h17_rotated.pdf"
    doc = pymupdf.open(pdf)
    for page in doc:
        page.set_rotation(90)
    doc.save(out)
    doc.close()
    pdf.unlink()
    redact: list[tuple[str, str]] = []
    for (name, contract, debt), g in zip(people, guarantors, strict=True):
        redact += [(name, "PERSON"), (contract, "OTHER"), (debt, "OTHER"), (g, "PERSON")]
    return _entry("h17_rotated.pdf", redact, [
        "มหาวิทยาลัยราชภัฏสมมุติ", "ผู้ช่วยศาสตราจารย์ ดร.วนิดา สุขเกษมสมมุติ", "ผู้อำนวยการกองพัฒนานักศึกษา",
        "๓๐ กันยายน ๒๕๖๘",
    ])


BUILDERS = (elderly_allowance, exam_results, expropriation_order, towing_list, court_summons, tax_reminder,
            birth_extract, death_extract, name_change, hidden_parts, newsletter, referral_en, foreign_workers,
            hotel_register, procurement_person, watermarked, rotated_table)
# Word files also printed to PDF by LibreOffice.
PDF_TOO = ("h01_elderly_allowance", "h02_exam_results", "h04_towing_list", "h07_birth_extract", "h09_name_change",
           "h11_newsletter", "h12_referral_en", "h13_foreign_workers", "h14_hotel_register", "h06_tax_reminder")
# LibreOffice prints also rendered to image-only scans (dpi).
SCANS = {"h04_towing_list": 300, "h09_name_change": 200, "h13_foreign_workers": 250}


def build(out: Path) -> list[dict]:
    docs = out / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    truth = [e for e in (b(docs) for b in BUILDERS) if e]
    add_prints(out, truth, PDF_TOO, SCANS)
    drop_unfindable(out, truth)
    return truth


def main() -> int:
    args = set_parser(__doc__).parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="phoei-general3-"))
    write_and_score(out, build(out), args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
