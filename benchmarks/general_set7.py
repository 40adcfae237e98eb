"""A seventh invented evaluation set, of document kinds that probe_set.py, probe_kinds.py and
general_set.py, general_set3.py ... general_set6.py do not have.

Every document, name, number and place here is made up for this file (none comes from an
evaluation set). Kinds: a municipal market-stall rental register spanning pages with a repeated
header row; a signboard-tax arrears demand letter; a dog and cat registration list; a Hajj pilgrims'
list with passports; an abandoned-vehicle notice with chassis numbers; a child development centre
enrolment list with allergies; a workmen's compensation (กองทุนเงินทดแทน) decision letter; an
officials' retirement list with birth dates; an English translation of a birth certificate; an
English tourist incident report from the marine police; a lumpy-skin-disease livestock compensation
list; a public-housing rent arrears list; a lost-and-found property notice; a public-hearing summary
with citizens' opinions; a house-repair list for poor households; a mass-ordination participants'
list; an official-housing allocation with private car plates; an English no-objection letter for a
foreign teacher; a newsletter page in two columns with photo captions; a COVID-19 contact-tracing
list; a reservist call-up notice (หมายเรียกพลทหารกองหนุน) on a dotted form; a list of disabled
lottery vendors; a sub-district council's meeting allowances; a village-headman election result.
Files are Word files (borders and none, header and footer, two columns), LibreOffice prints of
them, "Word-like" PDFs laid out by HarfBuzz (general_set4.word_like_pdf) and four image-only scans.

Rules this set states (decided by OIA s.15(5) before any output was looked at, and scored):
- Officials named for what they do in office stay with their positions, units and the agency's
  phones and addresses: market, revenue, health, police, military-district, registrar, school and
  council staff; elected local councillors and their meeting allowances (public money); officials
  allocated a state house (the allocation is an act of the agency) and the house numbers of state
  housing. An official's birth date, national ID and own bank account are personal and go.
- Private persons go with their identifiers: stall tenants, taxpayers in arrears, pet owners,
  pilgrims, children and their parents, injured workers, a newborn and its parents, tourists,
  farmers, public-housing tenants, finders and owners of lost property, citizens at a hearing, poor
  households, ordinands, an official's spouse, a foreign teacher, a fire victim, contacts of a case,
  reservists, disabled vendors: names (PERSON), IDs (NATIONAL_ID), passports, phones, house
  addresses and public-housing units (ADDRESS), birth dates (DOB), bank accounts, debts, arrears,
  wages and compensation paid for an injury (OTHER), health including allergies, injuries,
  disabilities and test results (HEALTH), plates and chassis numbers of private vehicles (PLATE /
  OTHER), personal codes (birth certificate, military, disability-card numbers: OTHER).
- A market stall's monthly rent is the municipality's tariff (a fee of the agency): it stays.
- Candidates in a village-headman election and their votes are published by the election law: they
  stay.
- Companies, shops named on a sign, temples, schools, hospitals, the agency's document numbers,
  budgets, dates of the documents and places named as sites stay.
- Not scored either way: ages, animals' names, livestock counts, relief amounts per household, the
  opinions a citizen gave at a hearing, grades and occupations without a name.

Measured (35 files, 275 items to withhold, 248 to keep): main at ece4ed0 leak 0.171 (47/275, 14 of them in
one failed file), over-redaction 0.056 (14/248), 1 failed; after the rules it showed missing 0.055 (15/275,
14 in the failed file), 0.044 (11/248, 5 in the failed file), 1 failed. The failed file is the 200-dpi scan
of the child-centre list: OCR reads its narrow cells in pieces and the verifier, reading the written page
again, still finds a five-digit piece of a birth date at ratio 0.89, so it fails closed (exit 3) on main
and here alike. Still open: a birth certificate's number under the English label "Certificate No." (no rule
ties a bare certificate number to a person), a state enterprise office's manager signing a notice
(ผู้จัดการ… is no listed position), the agency's phone in three scans whose Thai digits OCR cannot read
with confidence (withheld as unsure), and a two-column LibreOffice page whose text is read line by line
across both columns (MuPDF's sort=True), which parts a caption's name from its position.

    python benchmarks/general_set7.py [--out DIR] [--score ../shared/eval/score.py]

writes DIR/docs/*, DIR/truth.json and, if the scorer is there, scores it with --cmd.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.general_set4 import _html_table, _ps, build_set, word_like_pdf  # noqa: E402
from benchmarks.probe_kinds import _doc, _entry, _paras, _t, _table  # noqa: E402
from benchmarks.probe_set import set_parser, write_and_score  # noqa: E402
from tests.fixtures.make_pdf import dashed_id, national_id  # noqa: E402

Pairs = list[tuple[str, str]]

# --- 1. market stall register (spans pages, repeated header) -----------------------------------------------

_GIVEN = ("สมจิต", "บุญเลิศ", "วาสนา", "ประยูร", "ลำใย", "ทวีป", "สุนีย์", "คำแปง", "อำไพ", "เกษม", "ดวงใจ",
          "ไพฑูรย์")
_FAMILY = ("ทองประเสริฐ", "แก้วมณีวงศ์", "ศรีบุญเรือง", "พรหมจันทร์", "สุขสมบูรณ์", "อินทร์แก้ว", "จันทร์หอม")


def market_stalls(docs: Path) -> dict:
    rows = [["แผงที่", "ชื่อผู้เช่า", "เลขประจำตัวประชาชน", "ประเภทสินค้า", "ค่าเช่าต่อเดือน (บาท)", "โทรศัพท์"]]
    redact: Pairs = []
    for i in range(34):
        title = ("นาง", "นาย", "นางสาว")[i % 3]
        name = f"{title}{_GIVEN[i % len(_GIVEN)]} {_FAMILY[(i * 5) % len(_FAMILY)]}"
        pid = national_id(f"35099{i:02d}{(i * 37) % 100:02d}871"[:12])
        phone = f"08{(i * 7) % 10}-{300 + i * 11:03d}-{(4100 + i * 97) % 10000:04d}"
        rows.append([f"ก-{i + 1:02d}", name, pid, ("ผักสด", "เนื้อหมู", "ผลไม้", "อาหารแห้ง")[i % 4],
                     "๑,๒๐๐", phone])
        if i % 4 == 0:
            redact += [(name, "PERSON"), (pid, "NATIONAL_ID"), (phone, "PHONE")]
    d = _doc("TH Sarabun New", 15)
    d.sections[0].header.paragraphs[0].text = "งานตลาด กองสาธารณสุขและสิ่งแวดล้อม เทศบาลตำบลบ้านโป่งงาม"
    _paras(d, ["ทะเบียนผู้เช่าแผงจำหน่ายสินค้า ตลาดสดเทศบาลตำบลบ้านโป่งงาม ประจำปีงบประมาณ ๒๕๗๐",
               "ตามสัญญาเช่าเลขที่ ตล.๑๔/๒๕๖๙ ระยะเวลาเช่า ๑ ตุลาคม ๒๕๖๙ ถึง ๓๐ กันยายน ๒๕๗๐"])
    _table(d, rows, repeat_header=True)
    _paras(d, ["ผู้จัดทำ (นางสาวกนกวรรณ ใจเพียร) เจ้าพนักงานธุรการชำนาญงาน",
               "ผู้ตรวจ (นายอดุลย์ ศักดิ์ศรี) ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม โทร. ๐ ๕๓๙๑ ๔๔๒๐"])
    d.save(docs / "m01_market_stalls.docx")
    return _entry("m01_market_stalls.docx", redact, [
        "เทศบาลตำบลบ้านโป่งงาม", "ตล.๑๔/๒๕๖๙", "๑,๒๐๐", "นางสาวกนกวรรณ ใจเพียร", "เจ้าพนักงานธุรการชำนาญงาน",
        "นายอดุลย์ ศักดิ์ศรี", "ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม", "๐ ๕๓๙๑ ๔๔๒๐"])


# --- 2. signboard tax arrears demand ----------------------------------------------------------------------


def signboard_tax(docs: Path) -> dict:
    d = _doc("TH SarabunPSK", 16)
    _paras(d, [
        "ที่ ชม ๕๒๐๐๑/๒๘๘๗", "เทศบาลนครเชียงใหม่", "ถนนวังสิงห์คำ ตำบลช้างม่อย",
        "๑๕ มกราคม ๒๕๗๐",
        "เรื่อง แจ้งเตือนให้ชำระภาษีป้ายค้างชำระ (ครั้งที่ ๒)",
        "เรียน นางสาวพรรณี วัฒนาไพศาล",
        "ตามที่ท่านเป็นเจ้าของป้าย \"ร้านข้าวซอยลุงคำ\" ติดตั้ง ณ เลขที่ ๒๑๔/๗ ถนนเจริญราษฎร์ ตำบลวัดเกต "
        "ตามแบบแสดงรายการภาษีป้าย (ภ.ป.๑) เลขที่ ๐๓๓๑/๒๕๖๘ นั้น",
        "ปรากฏว่าท่านยังมิได้ชำระภาษีป้ายประจำปี ๒๕๖๘ และ ๒๕๖๙ รวมเป็นเงินค้างชำระ ๑๘,๖๔๐ บาท "
        "พร้อมเงินเพิ่มร้อยละ ๒ ต่อเดือน เป็นเงิน ๒,๙๘๓ บาท",
        "จึงขอให้ท่านชำระภายใน ๑๕ วัน ณ ฝ่ายพัฒนารายได้ สำนักการคลัง มิฉะนั้นจะดำเนินการยึดอายัดทรัพย์สิน "
        "ตามมาตรา ๔๔ แห่งพระราชบัญญัติภาษีป้าย พ.ศ. ๒๕๑๐",
        "ที่อยู่ผู้เสียภาษี ๕๕ ซอย ๓ ถนนทุ่งโฮเต็ล ตำบลวัดเกต โทรศัพท์ ๐๘๙-๕๕๑-๒๐๔๗",
        "ขอแสดงความนับถือ", "(นายชาตรี บุญญาศิริ)", "ผู้อำนวยการสำนักการคลัง",
        "ฝ่ายพัฒนารายได้ โทร. ๐ ๕๓๒๕ ๙๐๘๘"])
    d.save(docs / "m02_signboard_tax.docx")
    return _entry("m02_signboard_tax.docx", [
        ("นางสาวพรรณี วัฒนาไพศาล", "PERSON"), ("๑๘,๖๔๐", "OTHER"), ("๒,๙๘๓", "OTHER"),
        ("๕๕ ซอย ๓ ถนนทุ่งโฮเต็ล", "ADDRESS"), ("๐๘๙-๕๕๑-๒๐๔๗", "PHONE")], [
        "ชม ๕๒๐๐๑/๒๘๘๗", "เทศบาลนครเชียงใหม่", "ถนนวังสิงห์คำ", "ร้านข้าวซอยลุงคำ", "๐๓๓๑/๒๕๖๘",
        "นายชาตรี บุญญาศิริ", "ผู้อำนวยการสำนักการคลัง", "๐ ๕๓๒๕ ๙๐๘๘", "๑๕ มกราคม ๒๕๗๐"])


# --- 3. dog and cat registration (Word-like PDF) -------------------------------------------------------------


def pet_registry(docs: Path) -> dict:
    people = [("นายวิรัตน์ สายบุญมา", "๑๒/๔ หมู่ ๖", "๐๘๖-๔๔๑-๒๗๓๐", "เจ้าดำ", "สุนัข พันธุ์ไทย"),
              ("นางนิตยา ปัญญาสิทธิ์", "๘๘ หมู่ ๒", "๐๙๒-๗๑๐-๕๕๖๔", "มะลิ", "แมว พันธุ์เปอร์เซีย"),
              ("นายธีระ วงค์คำจันทร์", "๑๔๐/๓ หมู่ ๖", "๐๖๑-๒๓๓-๘๐๑๙", "บ๊อบบี้", "สุนัข พันธุ์พุดเดิ้ล")]
    rows = [["ที่", "ชื่อเจ้าของ", "ที่อยู่", "โทรศัพท์", "ชื่อสัตว์", "ชนิด/พันธุ์", "ฉีดวัคซีนพิษสุนัขบ้า"]]
    for i, (n, a, p, pet, kind) in enumerate(people, 1):
        rows.append([_t(str(i)), n, a, p, pet, kind, "๑๒ มี.ค. ๒๕๖๙"])
    html = _ps(["องค์การบริหารส่วนตำบลแม่แฝกใหม่ อำเภอสันทราย",
                "ทะเบียนการขึ้นทะเบียนสุนัขและแมว ตามโครงการสัตว์ปลอดโรค คนปลอดภัย ปี ๒๕๖๙"]) + _html_table(rows) + _ps([
                "ผู้บันทึก นายสุรศักดิ์ ต๊ะวงศ์ นักวิชาการสาธารณสุขปฏิบัติการ โทร. ๐ ๕๓๑๐ ๔๘๘๒"])
    word_like_pdf(docs / "m03_pet_registry.pdf", html, size=12)
    redact: Pairs = []
    for n, a, p, _pet, _k in people:
        redact += [(n, "PERSON"), (a, "ADDRESS"), (p, "PHONE")]
    return _entry("m03_pet_registry.pdf", redact, [
        "องค์การบริหารส่วนตำบลแม่แฝกใหม่", "นายสุรศักดิ์ ต๊ะวงศ์", "นักวิชาการสาธารณสุขปฏิบัติการ", "๐ ๕๓๑๐ ๔๘๘๒"])


# --- 4. Hajj pilgrims (borderless Word table) ----------------------------------------------------------------


def hajj(docs: Path) -> dict:
    rows = [["ลำดับ", "ชื่อ - สกุล", "วันเดือนปีเกิด", "เลขที่หนังสือเดินทาง", "กิจการฮัจย์"],
            ["1", "นายอิสมาแอ ดอเลาะ", "4 ก.พ. 2502", "AC4417820", "บริษัท อัลฮุดาทัวร์ จำกัด"],
            ["2", "นางแวนอ สาและ", "19 ส.ค. 2505", "AC4419033", "บริษัท อัลฮุดาทัวร์ จำกัด"],
            ["3", "นายมูหะมัด ยูโซะ", "1 ม.ค. 2510", "AB9902716", "ห้างหุ้นส่วนจำกัด นูรุลอีมานทราเวล"]]
    d = _doc("TH Sarabun New", 15)
    _paras(d, ["สำนักงานคณะกรรมการอิสลามประจำจังหวัดปัตตานี",
               "บัญชีรายชื่อผู้ประสงค์จะเดินทางไปประกอบพิธีฮัจย์ ประจำปี ฮ.ศ. ๑๔๔๘",
               "ที่ ปน ๐๐๑๘/๓๓๐"])
    _table(d, rows, borders=False)
    _paras(d, ["(นายอับดุลรอมัน หะยีสาและ) ประธานคณะกรรมการอิสลามประจำจังหวัดปัตตานี",
               "ศูนย์ประสานงานกิจการฮัจย์ โทร. ๐ ๗๓๓๓ ๖๐๑๒"])
    d.save(docs / "m04_hajj.docx")
    return _entry("m04_hajj.docx", [
        ("นายอิสมาแอ ดอเลาะ", "PERSON"), ("4 ก.พ. 2502", "DOB"), ("AC4417820", "PASSPORT"),
        ("นางแวนอ สาและ", "PERSON"), ("19 ส.ค. 2505", "DOB"), ("AC4419033", "PASSPORT"),
        ("นายมูหะมัด ยูโซะ", "PERSON"), ("1 ม.ค. 2510", "DOB"), ("AB9902716", "PASSPORT")], [
        "สำนักงานคณะกรรมการอิสลามประจำจังหวัดปัตตานี", "ปน ๐๐๑๘/๓๓๐", "บริษัท อัลฮุดาทัวร์ จำกัด",
        "ห้างหุ้นส่วนจำกัด นูรุลอีมานทราเวล", "นายอับดุลรอมัน หะยีสาและ", "๐ ๗๓๓๓ ๖๐๑๒"])


# --- 5. abandoned vehicles notice (Word-like PDF) ------------------------------------------------------------


def abandoned_vehicles(docs: Path) -> dict:
    rows = [["ที่", "ยี่ห้อ/สี", "หมายเลขทะเบียน", "หมายเลขตัวรถ", "สถานที่พบ"],
            ["๑", "โตโยต้า สีเทา", "๓กท ๕๑๘๘ กรุงเทพมหานคร", "MR053REH204417786", "ใต้ทางด่วนถนนพระรามที่ ๓"],
            ["๒", "ฮอนด้า สีขาว", "ขน ๒๒๗๐ นนทบุรี", "MRHGM2650CP011543", "ลานจอดสวนสาธารณะวชิรเบญจทัศ"],
            ["๓", "รถจักรยานยนต์ ยามาฮ่า สีแดง", "๑กก ๘๑๓ ปทุมธานี", "MLESE0510K0088132", "ซอยพหลโยธิน ๔๘"]]
    html = _ps(["ประกาศสำนักงานเขตจตุจักร",
                "เรื่อง ให้เจ้าของรถยนต์และรถจักรยานยนต์ที่จอดทิ้งไว้ในที่สาธารณะมาติดต่อขอรับคืน",
                "ตามพระราชบัญญัติรักษาความสะอาดและความเป็นระเบียบเรียบร้อยของบ้านเมือง พ.ศ. ๒๕๓๕"]) + _html_table(
        rows) + _ps(["หากไม่มาติดต่อภายใน ๓๐ วัน รถจะตกเป็นของกรุงเทพมหานคร",
                     "ติดต่อฝ่ายเทศกิจ สำนักงานเขตจตุจักร โทร. ๐ ๒๕๑๓ ๓๙๓๕",
                     "ประกาศ ณ วันที่ ๙ กุมภาพันธ์ ๒๕๗๐ (นายพงษ์ศักดิ์ เกียรติวงศ์) ผู้อำนวยการเขตจตุจักร"])
    word_like_pdf(docs / "m05_abandoned_vehicles.pdf", html, size=12)
    return _entry("m05_abandoned_vehicles.pdf", [
        ("๓กท ๕๑๘๘", "PLATE"), ("MR053REH204417786", "OTHER"), ("ขน ๒๒๗๐", "PLATE"),
        ("MRHGM2650CP011543", "OTHER"), ("๑กก ๘๑๓", "PLATE"), ("MLESE0510K0088132", "OTHER")], [
        "สำนักงานเขตจตุจักร", "ถนนพระรามที่ ๓", "สวนสาธารณะวชิรเบญจทัศ", "ซอยพหลโยธิน ๔๘", "๐ ๒๕๑๓ ๓๙๓๕",
        "นายพงษ์ศักดิ์ เกียรติวงศ์", "ผู้อำนวยการเขตจตุจักร", "๙ กุมภาพันธ์ ๒๕๗๐"])


# --- 6. child development centre enrolment ---------------------------------------------------------------


def child_centre(docs: Path) -> dict:
    rows = [["ที่", "ชื่อเด็ก", "วันเกิด", "ชื่อผู้ปกครอง", "โทรศัพท์ผู้ปกครอง", "ประวัติแพ้อาหาร/ยา"],
            ["๑", "เด็กหญิงปุณยวีร์ แสงอรุณ", "๑๒ มิ.ย. ๒๕๖๖", "นางอัมพร แสงอรุณ", "๐๘๑-๓๓๒-๗๔๐๕", "แพ้นมวัว"],
            ["๒", "เด็กชายธีรเทพ ดอกไม้งาม", "๓ ก.ย. ๒๕๖๖", "นายสมเกียรติ ดอกไม้งาม", "๐๙๕-๖๑๒-๘๘๔๓", "แพ้ยาเพนิซิลลิน"],
            ["๓", "เด็กหญิงชญานิศ ขันแก้ว", "๒๘ ธ.ค. ๒๕๖๕", "นางสาวรุ่งนภา ขันแก้ว", "๐๖๓-๒๔๗-๑๐๙๘", "ไม่มี"]]
    d = _doc("TH Sarabun New", 14)
    _paras(d, ["ศูนย์พัฒนาเด็กเล็กบ้านหนองบัว สังกัดองค์การบริหารส่วนตำบลหนองบัว",
               "บัญชีรายชื่อเด็กเข้าใหม่ ปีการศึกษา ๒๕๖๙"])
    _table(d, rows)
    _paras(d, ["ครูผู้ดูแลเด็ก นางสาวจิราภรณ์ พรมสาร", "หัวหน้าศูนย์ นางบุษบา ทองสุข ครู ค.ศ.๒",
               "โทร. ศูนย์ ๐ ๔๔๘๖ ๑๒๐๓"])
    d.save(docs / "m06_child_centre.docx")
    return _entry("m06_child_centre.docx", [
        ("เด็กหญิงปุณยวีร์ แสงอรุณ", "PERSON"), ("๑๒ มิ.ย. ๒๕๖๖", "DOB"), ("นางอัมพร แสงอรุณ", "PERSON"),
        ("๐๘๑-๓๓๒-๗๔๐๕", "PHONE"), ("แพ้นมวัว", "HEALTH"), ("เด็กชายธีรเทพ ดอกไม้งาม", "PERSON"),
        ("๓ ก.ย. ๒๕๖๖", "DOB"), ("นายสมเกียรติ ดอกไม้งาม", "PERSON"), ("๐๙๕-๖๑๒-๘๘๔๓", "PHONE"),
        ("แพ้ยาเพนิซิลลิน", "HEALTH"), ("เด็กหญิงชญานิศ ขันแก้ว", "PERSON"), ("๒๘ ธ.ค. ๒๕๖๕", "DOB"),
        ("นางสาวรุ่งนภา ขันแก้ว", "PERSON"), ("๐๖๓-๒๔๗-๑๐๙๘", "PHONE")], [
        "ศูนย์พัฒนาเด็กเล็กบ้านหนองบัว", "องค์การบริหารส่วนตำบลหนองบัว", "นางสาวจิราภรณ์ พรมสาร",
        "นางบุษบา ทองสุข", "๐ ๔๔๘๖ ๑๒๐๓"])


# --- 7. workmen's compensation decision ----------------------------------------------------------------------


def compensation(docs: Path) -> dict:
    pid = national_id("141020033587")
    d = _doc("TH Sarabun New", 15)
    _paras(d, [
        "ที่ รง ๐๖๒๙/ท.๔๔๑๒", "สำนักงานประกันสังคมจังหวัดระยอง", "๑๐ มีนาคม ๒๕๗๐",
        "เรื่อง แจ้งคำวินิจฉัยกองทุนเงินทดแทน",
        "เรียน นายชยพล ศรีสมุทร",
        f"ตามที่ท่าน เลขประจำตัวประชาชน {pid} ลูกจ้างของบริษัท อีสเทิร์นสตีลเวิร์คส์ จำกัด "
        "ประสบอันตรายเนื่องจากการทำงานเมื่อวันที่ ๒ มกราคม ๒๕๗๐ ถูกเครื่องปั๊มโลหะทับมือขวา "
        "นิ้วชี้และนิ้วกลางขาด ต้องหยุดงาน ๔๕ วัน",
        "สำนักงานฯ วินิจฉัยให้จ่ายค่าทดแทนรายเดือนร้อยละ ๗๐ ของค่าจ้าง ๑๒,๕๐๐ บาท เป็นเงิน ๘,๗๕๐ บาท "
        "และค่าทดแทนกรณีสูญเสียอวัยวะ ๑๑๒,๐๐๐ บาท",
        "นายจ้าง บริษัท อีสเทิร์นสตีลเวิร์คส์ จำกัด ๗๗ หมู่ ๔ นิคมอุตสาหกรรมมาบตาพุด",
        "(นางสาวปาณิสรา ชัยมงคล)", "ประกันสังคมจังหวัดระยอง", "กลุ่มงานเงินทดแทน โทร. ๐ ๓๘๖๑ ๐๘๓๔"])
    d.save(docs / "m07_compensation.docx")
    return _entry("m07_compensation.docx", [
        ("นายชยพล ศรีสมุทร", "PERSON"), (pid, "NATIONAL_ID"), ("นิ้วชี้และนิ้วกลางขาด", "HEALTH"),
        ("๑๒,๕๐๐", "OTHER"), ("๘,๗๕๐", "OTHER"), ("๑๑๒,๐๐๐", "OTHER")], [
        "รง ๐๖๒๙/ท.๔๔๑๒", "สำนักงานประกันสังคมจังหวัดระยอง", "บริษัท อีสเทิร์นสตีลเวิร์คส์ จำกัด",
        "นิคมอุตสาหกรรมมาบตาพุด", "นางสาวปาณิสรา ชัยมงคล", "ประกันสังคมจังหวัดระยอง", "๐ ๓๘๖๑ ๐๘๓๔"])


# --- 8. officials' retirement list (Word-like PDF) ------------------------------------------------------------


def retirement(docs: Path) -> dict:
    people = [("นายสมนึก ทองเจริญ", "ผู้อำนวยการโรงเรียนบ้านห้วยทราย", "๑๔ มีนาคม ๒๕๑๒"),
              ("นางพิมพา ศรีวิไล", "ครู วิทยฐานะครูเชี่ยวชาญ", "๒ สิงหาคม ๒๕๑๑"),
              ("นายประเวศ คงมั่น", "นักวิชาการศึกษาชำนาญการพิเศษ", "๒๐ ธันวาคม ๒๕๑๑")]
    rows = [["ที่", "ชื่อ - สกุล", "ตำแหน่ง", "วันเดือนปีเกิด", "เกษียณ"]]
    for i, (n, pos, dob) in enumerate(people, 1):
        rows.append([_t(str(i)), n, pos, dob, "๓๐ ก.ย. ๒๕๗๐"])
    html = _ps(["สำนักงานเขตพื้นที่การศึกษาประถมศึกษาสกลนคร เขต ๒",
                "ประกาศรายชื่อข้าราชการครูและบุคลากรทางการศึกษาผู้เกษียณอายุราชการ ปีงบประมาณ ๒๕๗๐"]) + \
        _html_table(rows) + _ps(["(นายวีระยุทธ แสนทวีสุข) ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาสกลนคร เขต ๒"])
    word_like_pdf(docs / "m08_retirement.pdf", html, size=12)
    return _entry("m08_retirement.pdf", [(dob, "DOB") for _n, _p, dob in people], [
        *(n for n, _p, _d in people), "ผู้อำนวยการโรงเรียนบ้านห้วยทราย", "นักวิชาการศึกษาชำนาญการพิเศษ",
        "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาสกลนคร เขต ๒", "นายวีระยุทธ แสนทวีสุข"])


# --- 9. English birth certificate translation ---------------------------------------------------------------


def birth_en(docs: Path) -> dict:
    d = _doc("Times New Roman", 12)
    _paras(d, [
        "TRANSLATION",
        "Birth Certificate (Tor.Ror. 1 Part 1)",
        "Registration Office: Bang Kruai District, Nonthaburi Province",
        "Certificate No. 0144/2569",
        "Name of child: Master Pawin Rattanachai",
        "Sex: Male    Date of birth: 27 January 2026, 04.15 hrs.",
        "Place of birth: Bang Kruai Hospital",
        "Mother: Mrs. Suchada Rattanachai, nationality Thai, age 31",
        "Father: Mr. Kittisak Rattanachai, nationality Thai, age 34",
        "Address of parents: 45/219 Moo 8, Soi Wat Chalo, Bang Kruai, Nonthaburi 11130",
        "Registrar: Mr. Thanawat Boonmee, Assistant District Registrar",
        "Translated by the Translation Unit, Department of Consular Affairs, Tel. +66 2 572 8442",
        "Certified correct translation, 5 February 2026"])
    d.save(docs / "m09_birth_en.docx")
    return _entry("m09_birth_en.docx", [
        ("0144/2569", "OTHER"), ("Pawin Rattanachai", "PERSON"), ("27 January 2026", "DOB"),
        ("Suchada Rattanachai", "PERSON"), ("Kittisak Rattanachai", "PERSON"), ("45/219 Moo 8", "ADDRESS")], [
        "Bang Kruai District", "Bang Kruai Hospital", "Thanawat Boonmee", "Assistant District Registrar",
        "Department of Consular Affairs", "+66 2 572 8442", "5 February 2026"])


# --- 10. English tourist incident report -------------------------------------------------------------------


def tourist_incident(docs: Path) -> dict:
    d = _doc("Arial", 11)
    _paras(d, [
        "Marine Police Division, Phuket Marine Police Station",
        "Incident Report No. MP-PK 118/2026",
        "Date of incident: 14 April 2026, approx. 15:40",
        "Location: Kata Noi Beach, Karon, Mueang Phuket",
        "Persons involved:",
        "1. Mr. Jonas Lindqvist Berg, Swedish, passport no. 91284473, staying at Kata Sands Resort, room 412, "
        "mobile +46 70 318 2291. Injury: deep cut on the left calf and suspected fracture of the left ankle "
        "after a jet-ski collision.",
        "2. Ms. Hannah Clare Whitford, British, passport no. 533218807. Injury: bruises to the chest, "
        "treated and discharged.",
        "The jet-ski operator, Andaman Wave Sports Co., Ltd., holds permit No. 22/2565 of Phuket Province.",
        "Both were taken to Vachira Phuket Hospital by the rescue team.",
        "Reporting officer: Pol. Capt. Somchai Kaewmanee, Inspector, Phuket Marine Police Station, "
        "Tel. +66 76 211 886"])
    d.save(docs / "m10_tourist_incident.docx")
    return _entry("m10_tourist_incident.docx", [
        ("Jonas Lindqvist Berg", "PERSON"), ("91284473", "PASSPORT"), ("+46 70 318 2291", "PHONE"),
        ("suspected fracture of the left ankle", "HEALTH"), ("deep cut on the left calf", "HEALTH"),
        ("Hannah Clare Whitford", "PERSON"), ("533218807", "PASSPORT"), ("bruises to the chest", "HEALTH")], [
        "Phuket Marine Police Station", "MP-PK 118/2026", "Kata Noi Beach", "Andaman Wave Sports Co., Ltd.",
        "22/2565", "Vachira Phuket Hospital", "Somchai Kaewmanee", "+66 76 211 886", "14 April 2026"])


# --- 11. lumpy skin disease compensation (Word-like PDF, Thai digits) ------------------------------------


def lumpy_skin(docs: Path) -> dict:
    ids = [national_id(x) for x in ("340120017754", "340120029918", "340129900431")]
    people = [("นายคำพัน บุญทวี", _t(dashed_id(ids[0])), "โคเนื้อ ๒ ตัว", "๐๒๐-๑-๗๗๔๕๑-๓", "๒๘,๐๐๐"),
              ("นางสมัย พิมพ์ศรี", _t(dashed_id(ids[1])), "กระบือ ๑ ตัว", "๐๒๐-๒-๑๑๘๓๐-๖", "๒๒,๐๐๐"),
              ("นายจันทา ดวงศรี", _t(dashed_id(ids[2])), "โคนม ๑ ตัว", "๐๒๐-๑-๙๐๓๒๗-๔", "๓๕,๐๐๐")]
    rows = [["ที่", "ชื่อเกษตรกร", "เลขประจำตัวประชาชน", "สัตว์ที่ตาย", "เลขที่บัญชี ธ.ก.ส.", "ค่าชดเชย (บาท)"]]
    for i, p in enumerate(people, 1):
        rows.append([_t(str(i)), *p])
    html = _ps(["สำนักงานปศุสัตว์อำเภอเดชอุดม จังหวัดอุบลราชธานี",
                "บัญชีรายชื่อเกษตรกรผู้ได้รับเงินชดเชยสัตว์ตายจากโรคลัมปี สกิน งวดที่ ๓/๒๕๖๙"]) + _html_table(rows) + _ps([
                "รวม ๘๕,๐๐๐ บาท", "(นายสัตวแพทย์ธนากร วงศ์ภักดี) ปศุสัตว์อำเภอเดชอุดม โทร. ๐ ๔๕๓๖ ๑๐๙๒"])
    word_like_pdf(docs / "m11_lumpy_skin.pdf", html, size=12)
    redact: Pairs = []
    for n, pid, _a, acct, _amt in people:
        redact += [(n, "PERSON"), (pid, "NATIONAL_ID"), (acct, "BANK_ACCOUNT")]
    return _entry("m11_lumpy_skin.pdf", redact, [
        "สำนักงานปศุสัตว์อำเภอเดชอุดม", "๓/๒๕๖๙", "๘๕,๐๐๐", "นายสัตวแพทย์ธนากร วงศ์ภักดี", "ปศุสัตว์อำเภอเดชอุดม",
        "๐ ๔๕๓๖ ๑๐๙๒"])


# --- 12. public housing rent arrears (borderless Word table) -----------------------------------------


def housing_arrears(docs: Path) -> dict:
    rows = [["ลำดับ", "ผู้เช่า", "อาคาร/ห้อง", "ค้างชำระ (เดือน)", "ยอดค้าง (บาท)"],
            ["1", "นายสุทธิพงษ์ ปานเพชร", "อาคาร 3 ห้อง 402", "5", "7,450"],
            ["2", "นางมาลี แก้วสุวรรณ", "อาคาร 7 ห้อง 115", "8", "11,920"],
            ["3", "นางสาวเบญจวรรณ อุ่นใจ", "อาคาร 12 ห้อง 508", "3", "4,470"]]
    d = _doc("Angsana New", 16)
    _paras(d, ["การเคหะแห่งชาติ สำนักงานเคหะชุมชนร่มเกล้า",
               "ประกาศรายชื่อผู้เช่าค้างชำระค่าเช่าเกิน ๓ เดือน (ครั้งสุดท้าย) ที่ ชร. ๐๔๑/๒๕๗๐"])
    _table(d, rows, borders=False)
    _paras(d, ["ให้ผู้เช่าชำระภายใน ๗ วัน มิฉะนั้นจะบอกเลิกสัญญาเช่า",
               "(นายวรพล รัตนพันธ์) ผู้จัดการเคหะชุมชนร่มเกล้า โทร. ๐ ๒๑๗๐ ๗๐๙๕"])
    d.save(docs / "m12_housing_arrears.docx")
    return _entry("m12_housing_arrears.docx", [
        ("นายสุทธิพงษ์ ปานเพชร", "PERSON"), ("อาคาร 3 ห้อง 402", "ADDRESS"), ("7,450", "OTHER"),
        ("นางมาลี แก้วสุวรรณ", "PERSON"), ("อาคาร 7 ห้อง 115", "ADDRESS"), ("11,920", "OTHER"),
        ("นางสาวเบญจวรรณ อุ่นใจ", "PERSON"), ("อาคาร 12 ห้อง 508", "ADDRESS"), ("4,470", "OTHER")], [
        "การเคหะแห่งชาติ", "สำนักงานเคหะชุมชนร่มเกล้า", "ชร. ๐๔๑/๒๕๗๐", "นายวรพล รัตนพันธ์",
        "ผู้จัดการเคหะชุมชนร่มเกล้า", "๐ ๒๑๗๐ ๗๐๙๕"])


# --- 13. lost and found notice (Word-like PDF) ----------------------------------------------------------


def lost_found(docs: Path) -> dict:
    pid = national_id("110370044981")
    html = _ps([
        "สถานีตำรวจนครบาลลุมพินี",
        "ประกาศ เรื่อง ทรัพย์สินที่มีผู้เก็บได้ ฉบับที่ ๑๒/๒๕๗๐",
        "ด้วยเมื่อวันที่ ๓ มีนาคม ๒๕๗๐ นางสาวกมลชนก ธรรมวงศ์ โทร. ๐๘๔-๙๑๗-๒๓๓๖ ได้เก็บกระเป๋าสตางค์สีน้ำตาล "
        "ได้ที่ป้ายรถประจำทางหน้าสวนลุมพินี ถนนราชดำริ ภายในมีเงินสด ๓,๔๐๐ บาท และบัตรประจำตัวประชาชนของ "
        f"นายเอกชัย ศรีสวัสดิ์วงศ์ เลขประจำตัวประชาชน {pid}",
        "ผู้เป็นเจ้าของโปรดนำหลักฐานมาติดต่อขอรับคืนภายใน ๑ ปี ที่งานธุรการ โทร. ๐ ๒๒๕๒ ๖๘๘๘",
        "(พ.ต.อ.ณัฐวุฒิ เรืองชัย) ผู้กำกับการสถานีตำรวจนครบาลลุมพินี"])
    word_like_pdf(docs / "m13_lost_found.pdf", html, size=13)
    return _entry("m13_lost_found.pdf", [
        ("นางสาวกมลชนก ธรรมวงศ์", "PERSON"), ("๐๘๔-๙๑๗-๒๓๓๖", "PHONE"), ("นายเอกชัย ศรีสวัสดิ์วงศ์", "PERSON"),
        (pid, "NATIONAL_ID")], [
        "สถานีตำรวจนครบาลลุมพินี", "๑๒/๒๕๗๐", "ถนนราชดำริ", "๐ ๒๒๕๒ ๖๘๘๘", "พ.ต.อ.ณัฐวุฒิ เรืองชัย",
        "ผู้กำกับการสถานีตำรวจนครบาลลุมพินี", "๓ มีนาคม ๒๕๗๐"])


# --- 14. public hearing summary (header and footer) ------------------------------------------------------


def public_hearing(docs: Path) -> dict:
    d = _doc("TH Sarabun New", 15)
    d.sections[0].header.paragraphs[0].text = "สรุปผลการรับฟังความคิดเห็น โครงการก่อสร้างโรงไฟฟ้าชีวมวล"
    d.sections[0].footer.paragraphs[0].text = "องค์การบริหารส่วนตำบลโคกสะอาด โทร. ๐ ๔๒๘๑ ๗๓๐๖"
    _paras(d, [
        "วันที่ ๒๒ พฤศจิกายน ๒๕๖๙ ณ หอประชุมองค์การบริหารส่วนตำบลโคกสะอาด",
        "ผู้ดำเนินการ บริษัท กรีนพาวเวอร์ไบโอแมส จำกัด และที่ปรึกษา บริษัท เอ็นไวรอนเทค คอนซัลแทนท์ จำกัด",
        "ประธาน นายสุชาติ บุญเพ็ง นายกองค์การบริหารส่วนตำบลโคกสะอาด",
        "ความคิดเห็นของผู้เข้าร่วม",
        "๑. นายบุญชู คำภู (บ้านเลขที่ ๑๑ หมู่ ๕ โทร. ๐๘๗-๒๒๓-๙๑๔๐) กังวลเรื่องฝุ่นและเสียงจากรถบรรทุก",
        "๒. นางสาวอรัญญา สีดาคำ (โทร. ๐๙๓-๔๔๐-๗๗๑๒) ขอให้จ้างแรงงานในพื้นที่",
        "๓. นายไพรัช วงศ์ชาลี ผู้ใหญ่บ้านหมู่ที่ ๕ ขอให้ตั้งกองทุนพัฒนาหมู่บ้าน",
        "ผู้แทนบริษัทชี้แจงว่าจะติดตั้งระบบบำบัดฝุ่น งบประมาณ ๑๒,๕๐๐,๐๐๐ บาท"])
    d.save(docs / "m14_public_hearing.docx")
    return _entry("m14_public_hearing.docx", [
        ("นายบุญชู คำภู", "PERSON"), ("๑๑ หมู่ ๕", "ADDRESS"), ("๐๘๗-๒๒๓-๙๑๔๐", "PHONE"),
        ("นางสาวอรัญญา สีดาคำ", "PERSON"), ("๐๙๓-๔๔๐-๗๗๑๒", "PHONE")], [
        "องค์การบริหารส่วนตำบลโคกสะอาด", "บริษัท กรีนพาวเวอร์ไบโอแมส จำกัด", "บริษัท เอ็นไวรอนเทค คอนซัลแทนท์ จำกัด",
        "นายสุชาติ บุญเพ็ง", "นายไพรัช วงศ์ชาลี", "ผู้ใหญ่บ้านหมู่ที่ ๕", "๑๒,๕๐๐,๐๐๐", "๐ ๔๒๘๑ ๗๓๐๖",
        "๒๒ พฤศจิกายน ๒๕๖๙"])


# --- 15. house repair for poor households -----------------------------------------------------------------


def house_repair(docs: Path) -> dict:
    ids = [national_id(x) for x in ("330050021146", "330050037719")]
    rows = [["ที่", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "ที่อยู่", "รายได้ครัวเรือน/ปี", "สภาพครอบครัว"],
            ["๑", "นางทองม้วน ศรีพรม", ids[0], "๔๔ หมู่ ๗ ต.กระโพ", "๒๓,๕๐๐", "ดูแลสามีเป็นผู้ป่วยติดเตียง"],
            ["๒", "นายเหลา จันทร์งาม", ids[1], "๑๐๘ หมู่ ๓ ต.กระโพ", "๑๘,๐๐๐", "ตาบอดทั้งสองข้าง อยู่ลำพัง"]]
    d = _doc("TH SarabunPSK", 16)
    _paras(d, ["โครงการซ่อมแซมบ้านผู้ยากไร้ ประจำปีงบประมาณ ๒๕๗๐",
               "ที่ทำการปกครองอำเภอท่าตูม จังหวัดสุรินทร์",
               "งบประมาณหลังละ ๒๐,๐๐๐ บาท รวม ๔๐,๐๐๐ บาท"])
    _table(d, rows)
    _paras(d, ["ผู้สำรวจ นายเอกพงษ์ ทรงศรี พัฒนาการอำเภอท่าตูม", "โทร. ๐ ๔๔๕๙ ๑๐๒๗"])
    d.save(docs / "m15_house_repair.docx")
    return _entry("m15_house_repair.docx", [
        ("นางทองม้วน ศรีพรม", "PERSON"), (ids[0], "NATIONAL_ID"), ("๔๔ หมู่ ๗", "ADDRESS"), ("๒๓,๕๐๐", "OTHER"),
        ("ผู้ป่วยติดเตียง", "HEALTH"), ("นายเหลา จันทร์งาม", "PERSON"), (ids[1], "NATIONAL_ID"),
        ("๑๐๘ หมู่ ๓", "ADDRESS"), ("๑๘,๐๐๐", "OTHER"), ("ตาบอดทั้งสองข้าง", "HEALTH")], [
        "ที่ทำการปกครองอำเภอท่าตูม", "๒๐,๐๐๐", "๔๐,๐๐๐", "นายเอกพงษ์ ทรงศรี", "พัฒนาการอำเภอท่าตูม",
        "๐ ๔๔๕๙ ๑๐๒๗"])


# --- 16. mass ordination participants (Word-like PDF) ------------------------------------------------


def ordination(docs: Path) -> dict:
    ids = [national_id(x) for x in ("160040028813", "160040033140", "160990017762")]
    people = [("นายภูมิพัฒน์ ใจกล้า", ids[0], "๕ พ.ค. ๒๕๔๗"), ("นายวัชรพล สิงห์ทอง", ids[1], "๓๐ ต.ค. ๒๕๔๖"),
              ("นายกฤษดา บุญประเสริฐ", ids[2], "๑๑ ก.พ. ๒๕๔๘")]
    rows = [["ที่", "ชื่อ - สกุล", "เลขประจำตัวประชาชน", "วันเกิด", "วัดที่บรรพชา"]]
    for i, (n, pid, dob) in enumerate(people, 1):
        rows.append([_t(str(i)), n, pid, dob, "วัดพระศรีรัตนมหาธาตุ"])
    html = _ps(["สำนักงานพระพุทธศาสนาจังหวัดลพบุรี",
                "รายชื่อผู้เข้าร่วมโครงการบรรพชาอุปสมบทเฉลิมพระเกียรติ ประจำปี ๒๕๖๙"]) + _html_table(rows) + _ps([
                "ผู้ประสานงาน นางสาวชุติมา นาคสวัสดิ์ นักวิชาการศาสนาชำนาญการ โทร. ๐ ๓๖๔๑ ๑๕๕๐"])
    word_like_pdf(docs / "m16_ordination.pdf", html, size=12)
    redact: Pairs = []
    for n, pid, dob in people:
        redact += [(n, "PERSON"), (pid, "NATIONAL_ID"), (dob, "DOB")]
    return _entry("m16_ordination.pdf", redact, [
        "สำนักงานพระพุทธศาสนาจังหวัดลพบุรี", "วัดพระศรีรัตนมหาธาตุ", "นางสาวชุติมา นาคสวัสดิ์",
        "นักวิชาการศาสนาชำนาญการ", "๐ ๓๖๔๑ ๑๕๕๐"])


# --- 17. official housing allocation with car plates ----------------------------------------------------


def official_housing(docs: Path) -> dict:
    rows = [["บ้านพักเลขที่", "ผู้เข้าพัก", "ตำแหน่ง", "ผู้พักอาศัยร่วม", "ทะเบียนรถยนต์ส่วนตัว"],
            ["บพ. ๑/๓", "นายอนุวัฒน์ ศรีชัย", "ปลัดอำเภอ", "นางศศิธร ศรีชัย (คู่สมรส)", "กต ๑๒๗๔ ร้อยเอ็ด"],
            ["บพ. ๑/๔", "นางสาวปาริชาติ ดีมาก", "เจ้าพนักงานปกครองปฏิบัติงาน", "-", "๒ขก ๘๐๓๑ ขอนแก่น"],
            ["บพ. ๒/๑", "นายธวัช แก่นจันทร์", "ท้องถิ่นอำเภอ", "นางกัลยา แก่นจันทร์ (คู่สมรส)", "บท ๔๐๕ ร้อยเอ็ด"]]
    d = _doc("TH Sarabun New", 15)
    _paras(d, ["คำสั่งอำเภอเสลภูมิ ที่ ๓๑๒/๒๕๖๙", "เรื่อง อนุญาตให้ข้าราชการเข้าพักอาศัยในบ้านพักของทางราชการ"])
    _table(d, rows)
    _paras(d, ["สั่ง ณ วันที่ ๔ ตุลาคม ๒๕๖๙", "(นายชัยวัฒน์ รัตนโกศล) นายอำเภอเสลภูมิ"])
    d.save(docs / "m17_official_housing.docx")
    return _entry("m17_official_housing.docx", [
        ("นางศศิธร ศรีชัย", "PERSON"), ("กต ๑๒๗๔", "PLATE"), ("๒ขก ๘๐๓๑", "PLATE"), ("นางกัลยา แก่นจันทร์", "PERSON"),
        ("บท ๔๐๕", "PLATE")], [
        "๓๑๒/๒๕๖๙", "บพ. ๑/๓", "นายอนุวัฒน์ ศรีชัย", "ปลัดอำเภอ", "นางสาวปาริชาติ ดีมาก", "เจ้าพนักงานปกครองปฏิบัติงาน",
        "นายธวัช แก่นจันทร์", "ท้องถิ่นอำเภอ", "นายชัยวัฒน์ รัตนโกศล", "นายอำเภอเสลภูมิ"])


# --- 18. English no-objection letter for a foreign teacher -----------------------------------------------


def teacher_en(docs: Path) -> dict:
    d = _doc("Calibri", 11)
    _paras(d, [
        "Chiang Rai Municipal School 5 (Ban Rong Suea Ten)",
        "99 Phahonyothin Road, Wiang, Mueang Chiang Rai, Chiang Rai 57000. Tel. 053 711 420",
        "Ref. CR 52005/0417", "12 May 2026",
        "To: The Director, Chiang Rai Employment Office",
        "Subject: Letter of no objection for a work permit",
        "The school has employed Ms. Maricel Dela Cruz Santos, a Filipino national, born 3 September 1994, "
        "holder of passport no. P7742108B, as an English teacher from 16 May 2026 to 31 March 2027 at a "
        "monthly salary of 32,000 baht.",
        "Her home address is 1127 Mabini Street, Barangay San Roque, Marikina City, Philippines, and her "
        "mobile number in Thailand is 098 552 1470.",
        "The school has no objection to her application for a work permit.",
        "Yours faithfully,", "Mrs. Wilaiwan Sitthichai", "Director, Chiang Rai Municipal School 5"])
    d.save(docs / "m18_teacher_en.docx")
    return _entry("m18_teacher_en.docx", [
        ("Maricel Dela Cruz Santos", "PERSON"), ("3 September 1994", "DOB"), ("P7742108B", "PASSPORT"),
        ("32,000", "OTHER"), ("1127 Mabini Street", "ADDRESS"), ("098 552 1470", "PHONE")], [
        "Chiang Rai Municipal School 5", "99 Phahonyothin Road", "053 711 420", "CR 52005/0417", "12 May 2026",
        "Chiang Rai Employment Office", "Wilaiwan Sitthichai"])


# --- 19. newsletter in two columns with photo captions --------------------------------------------------


def newsletter(docs: Path) -> dict:
    d = _doc("TH Sarabun New", 14)
    _paras(d, ["จดหมายข่าวเทศบาลตำบลปากพลี ฉบับที่ ๓ ประจำเดือนมีนาคม ๒๕๗๐"])
    sect = d.add_section(0)
    cols = sect._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sect._sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    _paras(d, [
        "มอบถุงยังชีพผู้ประสบอัคคีภัย",
        "ภาพ: นายจรัญ มีสุขศรี นายกเทศมนตรีตำบลปากพลี มอบเงินช่วยเหลือ ๑๐,๐๐๐ บาท แก่นางสำรวย เพ็งพิน "
        "ผู้ประสบอัคคีภัย บ้านเลขที่ ๗๗/๒ หมู่ ๓ ซึ่งบ้านถูกไฟไหม้ทั้งหลัง เมื่อวันที่ ๔ มีนาคม ๒๕๗๐",
        "ตรวจสุขภาพผู้สูงอายุ",
        "ภาพ: นางสาวปิยะนุช แก้วมา พยาบาลวิชาชีพชำนาญการ โรงพยาบาลส่งเสริมสุขภาพตำบลปากพลี "
        "ตรวจวัดความดันให้ผู้สูงอายุ ณ ศาลาหมู่บ้าน",
        "ประชาสัมพันธ์ชำระภาษีที่ดินและสิ่งปลูกสร้างภายใน ๓๐ เมษายน ๒๕๗๐ ที่กองคลัง โทร. ๐ ๓๗๓๙ ๙๑๐๔"])
    sect2 = d.add_section(0)
    cols2 = sect2._sectPr.find(qn("w:cols"))
    if cols2 is not None:
        cols2.set(qn("w:num"), "1")
    _paras(d, ["งานประชาสัมพันธ์ สำนักปลัดเทศบาล"])
    d.save(docs / "m19_newsletter.docx")
    return _entry("m19_newsletter.docx", [("นางสำรวย เพ็งพิน", "PERSON"), ("๗๗/๒ หมู่ ๓", "ADDRESS")], [
        "เทศบาลตำบลปากพลี", "นายจรัญ มีสุขศรี", "นายกเทศมนตรีตำบลปากพลี", "นางสาวปิยะนุช แก้วมา",
        "พยาบาลวิชาชีพชำนาญการ", "โรงพยาบาลส่งเสริมสุขภาพตำบลปากพลี", "๐ ๓๗๓๙ ๙๑๐๔", "๔ มีนาคม ๒๕๗๐"])


# --- 20. COVID-19 contact tracing list (Word-like PDF) ------------------------------------------------


def contact_tracing(docs: Path) -> dict:
    rows = [["ที่", "ชื่อผู้สัมผัส", "ความสัมพันธ์กับผู้ป่วย", "เบอร์ติดต่อ", "ระดับความเสี่ยง", "ผล ATK/RT-PCR"],
            ["๑", "นายศุภชัย ทองพูล", "เพื่อนร่วมงาน", "๐๘๒-๕๑๖-๓๓๐๗", "สูง", "พบเชื้อ"],
            ["๒", "นางสาวดารุณี ชัยเดช", "เพื่อนร่วมงาน", "๐๙๑-๘๘๒-๔๐๕๖", "สูง", "ไม่พบเชื้อ"],
            ["๓", "นางละเอียด ทองพูล", "มารดา", "๐๘๙-๓๗๗-๑๒๔๕", "สูง", "พบเชื้อ"]]
    html = _ps(["สำนักงานสาธารณสุขอำเภอบ้านบึง",
                "รายงานการสอบสวนโรคติดเชื้อไวรัสโคโรนา ๒๐๑๙ ผู้ป่วยรายที่ ๒๑๔ (พนักงานบริษัท ชลบุรีฟู้ดแพค จำกัด)",
                "รายชื่อผู้สัมผัสใกล้ชิด"]) + _html_table(rows) + _ps([
                "ทีมสอบสวนโรค นายแพทย์ชาตรี เลิศวงศ์ นายแพทย์ชำนาญการ และนายปรีชา บุญเย็น นักวิชาการสาธารณสุขชำนาญการ",
                "ศูนย์ปฏิบัติการฉุกเฉิน โทร. ๐ ๓๘๔๔ ๓๑๖๗"])
    word_like_pdf(docs / "m20_contact_tracing.pdf", html, size=12)
    return _entry("m20_contact_tracing.pdf", [
        ("นายศุภชัย ทองพูล", "PERSON"), ("๐๘๒-๕๑๖-๓๓๐๗", "PHONE"), ("นางสาวดารุณี ชัยเดช", "PERSON"),
        ("๐๙๑-๘๘๒-๔๐๕๖", "PHONE"), ("นางละเอียด ทองพูล", "PERSON"), ("๐๘๙-๓๗๗-๑๒๔๕", "PHONE")], [
        "สำนักงานสาธารณสุขอำเภอบ้านบึง", "บริษัท ชลบุรีฟู้ดแพค จำกัด", "นายแพทย์ชาตรี เลิศวงศ์", "นายแพทย์ชำนาญการ",
        "นายปรีชา บุญเย็น", "นักวิชาการสาธารณสุขชำนาญการ", "๐ ๓๘๔๔ ๓๑๖๗"])


# --- 21. reservist call-up on a dotted form ---------------------------------------------------------------


def reservist(docs: Path) -> dict:
    pid = national_id("340990055218")
    d = _doc("TH Sarabun New", 16)
    _paras(d, [
        "หมายเรียกพลทหารกองหนุน (แบบ สด.๓๕)",
        "ที่ทำการสัสดีอำเภอวารินชำราบ จังหวัดอุบลราชธานี",
        "ที่ ๐๒๑/๒๕๗๐",
        "ถึง ........นายณัฐวุฒิ พิมพ์ทอง........",
        f"เลขประจำตัวประชาชน ........{_t(pid)}........",
        "เลขประจำตัวทหาร ........๑๔๐๘๗๗๓๑๖๒........",
        "ที่อยู่ ........๒๓๘ หมู่ ๑๒ ตำบลคำน้ำแซบ........ อำเภอวารินชำราบ",
        "ด้วยทางราชการมีความจำเป็นต้องเรียกพลทหารกองหนุนเข้ารับการฝึกวิชาทหาร ให้ท่านไปรายงานตัว "
        "ณ กองพันทหารราบที่ ๒ กรมทหารราบที่ ๖ ในวันที่ ๑ พฤษภาคม ๒๕๗๐ เวลา ๐๘.๐๐ น.",
        "(ร้อยตรีสมพงษ์ ไชยมงคล) สัสดีอำเภอวารินชำราบ โทร. ๐ ๔๕๓๒ ๑๔๐๗"])
    d.save(docs / "m21_reservist.docx")
    return _entry("m21_reservist.docx", [
        ("นายณัฐวุฒิ พิมพ์ทอง", "PERSON"), (_t(pid), "NATIONAL_ID"), ("๑๔๐๘๗๗๓๑๖๒", "OTHER"),
        ("๒๓๘ หมู่ ๑๒", "ADDRESS")], [
        "ที่ทำการสัสดีอำเภอวารินชำราบ", "๐๒๑/๒๕๗๐", "กองพันทหารราบที่ ๒", "ร้อยตรีสมพงษ์ ไชยมงคล",
        "สัสดีอำเภอวารินชำราบ", "๐ ๔๕๓๒ ๑๔๐๗", "๑ พฤษภาคม ๒๕๗๐"])


# --- 22. disabled lottery vendors -------------------------------------------------------------------------


def lottery_vendors(docs: Path) -> dict:
    ids = [national_id(x) for x in ("365080011329", "365080024407", "365990031185")]
    rows = [["ลำดับ", "ชื่อ - นามสกุล", "เลขประจำตัวประชาชน", "เลขที่บัตรคนพิการ", "ประเภทความพิการ", "โควตา (เล่ม)"],
            ["1", "นายสมศักดิ์ จันทร์ศรี", ids[0], "6508-001187", "ความพิการทางการเคลื่อนไหว (ขาขวาขาด)", "5"],
            ["2", "นางคำผอง วิเศษแสง", ids[1], "6508-002236", "ความพิการทางการเห็น", "5"],
            ["3", "นายวิชัย สุขประเสริฐ", ids[2], "6508-004419", "ความพิการทางการได้ยิน", "5"]]
    d = _doc("TH Sarabun New", 14)
    _paras(d, ["สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดพิษณุโลก",
               "บัญชีรายชื่อคนพิการผู้ได้รับจัดสรรสลากกินแบ่งรัฐบาล งวดเดือนเมษายน ๒๕๗๐"])
    _table(d, rows)
    _paras(d, ["(นางรัชดา พึ่งทอง) พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดพิษณุโลก โทร. ๐ ๕๕๒๕ ๘๗๑๓"])
    d.save(docs / "m22_lottery_vendors.docx")
    return _entry("m22_lottery_vendors.docx", [
        ("นายสมศักดิ์ จันทร์ศรี", "PERSON"), (ids[0], "NATIONAL_ID"), ("6508-001187", "OTHER"),
        ("ความพิการทางการเคลื่อนไหว (ขาขวาขาด)", "HEALTH"), ("นางคำผอง วิเศษแสง", "PERSON"), (ids[1], "NATIONAL_ID"),
        ("6508-002236", "OTHER"), ("ความพิการทางการเห็น", "HEALTH"), ("นายวิชัย สุขประเสริฐ", "PERSON"),
        (ids[2], "NATIONAL_ID"), ("6508-004419", "OTHER"), ("ความพิการทางการได้ยิน", "HEALTH")], [
        "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดพิษณุโลก", "นางรัชดา พึ่งทอง", "๐ ๕๕๒๕ ๘๗๑๓"])


# --- 23. sub-district council meeting allowances -------------------------------------------------------


def council_allowances(docs: Path) -> dict:
    rows = [["ที่", "ชื่อ - สกุล", "ตำแหน่ง", "ค่าตอบแทน (บาท)", "เลขที่บัญชีรับโอน"],
            ["๑", "นายเฉลิม บุญมาก", "ประธานสภาองค์การบริหารส่วนตำบล", "๙,๓๖๐", "๑๒๓-๔-๕๖๗๘๑-๐"],
            ["๒", "นางสมคิด ใจดี", "รองประธานสภาองค์การบริหารส่วนตำบล", "๗,๖๖๐", "๑๒๓-๔-๕๒๒๓๓-๘"],
            ["๓", "นายสุวรรณ ทองคำ", "สมาชิกสภาองค์การบริหารส่วนตำบล หมู่ที่ ๒", "๗,๒๐๐", "๑๒๓-๔-๘๘๐๑๒-๕"]]
    html = _ps(["องค์การบริหารส่วนตำบลหนองหิน อำเภอหนองหิน จังหวัดเลย",
                "รายละเอียดการเบิกจ่ายค่าตอบแทนสมาชิกสภาองค์การบริหารส่วนตำบล ประจำเดือนมกราคม ๒๕๗๐"]) + \
        _html_table(rows) + _ps(["รวม ๒๔,๒๒๐ บาท", "ผู้เบิก (นางสาวณิชา พรมวัง) นักวิชาการเงินและบัญชีชำนาญการ"])
    word_like_pdf(docs / "m23_council_allowances.pdf", html, size=12)
    return _entry("m23_council_allowances.pdf", [
        ("๑๒๓-๔-๕๖๗๘๑-๐", "BANK_ACCOUNT"), ("๑๒๓-๔-๕๒๒๓๓-๘", "BANK_ACCOUNT"), ("๑๒๓-๔-๘๘๐๑๒-๕", "BANK_ACCOUNT")], [
        "องค์การบริหารส่วนตำบลหนองหิน", "นายเฉลิม บุญมาก", "ประธานสภาองค์การบริหารส่วนตำบล", "๙,๓๖๐",
        "นางสมคิด ใจดี", "๗,๖๖๐", "นายสุวรรณ ทองคำ", "๗,๒๐๐", "๒๔,๒๒๐", "นางสาวณิชา พรมวัง",
        "นักวิชาการเงินและบัญชีชำนาญการ"])


# --- 24. village headman election result ------------------------------------------------------------------


def headman_election(docs: Path) -> dict:
    rows = [["หมายเลข", "ชื่อผู้สมัคร", "คะแนนเสียง"],
            ["๑", "นายบุญยืน ศรีทอง", "๔๑๒"],
            ["๒", "นายประดิษฐ์ แก้วกาญจนา", "๓๘๗"],
            ["๓", "นางสาวอัญชลี บุญมี", "๑๐๕"]]
    d = _doc("TH Sarabun New", 16)
    _paras(d, ["ประกาศอำเภอบ้านแพง",
               "เรื่อง ผลการเลือกผู้ใหญ่บ้าน หมู่ที่ ๙ บ้านนาทราย ตำบลไผ่ล้อม",
               "ตามที่ได้จัดให้มีการเลือกผู้ใหญ่บ้าน เมื่อวันที่ ๘ กุมภาพันธ์ ๒๕๗๐ ผลการนับคะแนนปรากฏดังนี้"])
    _table(d, rows)
    _paras(d, ["ผู้มีสิทธิเลือก ๑,๐๘๒ คน มาใช้สิทธิ ๙๒๑ คน บัตรเสีย ๑๗ ใบ",
               "ผู้ได้รับเลือกคือ นายบุญยืน ศรีทอง",
               "ประกาศ ณ วันที่ ๙ กุมภาพันธ์ ๒๕๗๐", "(นายวิโรจน์ สมบัติทอง) นายอำเภอบ้านแพง"])
    d.save(docs / "m24_headman_election.docx")
    return _entry("m24_headman_election.docx", [], [
        "อำเภอบ้านแพง", "บ้านนาทราย", "นายบุญยืน ศรีทอง", "นายประดิษฐ์ แก้วกาญจนา", "นางสาวอัญชลี บุญมี", "๔๑๒", "๓๘๗",
        "๑,๐๘๒", "นายวิโรจน์ สมบัติทอง", "นายอำเภอบ้านแพง", "๘ กุมภาพันธ์ ๒๕๗๐"])


BUILDERS = (market_stalls, signboard_tax, pet_registry, hajj, abandoned_vehicles, child_centre, compensation,
            retirement, birth_en, tourist_incident, lumpy_skin, housing_arrears, lost_found, public_hearing,
            house_repair, ordination, official_housing, teacher_en, newsletter, contact_tracing, reservist,
            lottery_vendors, council_allowances, headman_election)
# Word files also printed to PDF by LibreOffice.
PDF_TOO = ("m01_market_stalls", "m02_signboard_tax", "m06_child_centre", "m10_tourist_incident", "m15_house_repair",
           "m19_newsletter", "m21_reservist")
# LibreOffice prints also rendered to image-only scans (dpi).
SCANS = {"m02_signboard_tax": 300, "m06_child_centre": 200, "m15_house_repair": 250, "m21_reservist": 300}


def build(out: Path) -> list[dict]:
    return build_set(out, BUILDERS, PDF_TOO, SCANS)


def main() -> int:
    args = set_parser(__doc__).parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="phoei-general7-"))
    write_and_score(out, build(out), args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
