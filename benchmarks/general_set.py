"""A second invented evaluation set, of kinds and wordings unlike benchmarks/probe_set.py.

Every document, name, number and place here is made up for this file (none comes from an
evaluation set). Kinds: an English CV, an English visa-support letter, an English employment
certificate, a university register with student codes and parents, a school board's minutes
on a pupil, a patient transfer form with everyday health wording, a land office notice, a
newborn-grant payment list in Thai digits, a procurement summary (companies, budgets and
officials all stay), a complaint with LINE and Facebook handles, a police daily-record
summary with a motorcycle, a volunteers' list spanning pages with a repeated header row,
a land-and-building tax assessment, a social-security sickness letter, a disability card
request, a PDF form whose values sit in fillable fields, a memo with the printing clerk's user
name in its footer, a judgment summary, a school scholarship list with family incomes, an
English medical certificate, a vehicle record table and a complaints summary table. Some
Word files are also printed to PDF by LibreOffice (narrow cells wrap names and IDs there).

    python benchmarks/general_set.py [--out DIR] [--score ../shared/eval/score.py]

writes DIR/docs/*, DIR/truth.json and, if the scorer is there, scores it with --cmd.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pymupdf

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.probe_kinds import _doc, _entry, _paras, _t, _table  # noqa: E402
from benchmarks.probe_set import add_prints, drop_unfindable, set_parser, write_and_score  # noqa: E402
from tests.fixtures.make_pdf import dashed_id, national_id  # noqa: E402


def english_cv(docs: Path) -> dict:
    d = _doc("Garuda", 12)
    _paras(d, [
        "CURRICULUM VITAE",
        "Position applied for: Environmental Officer, Provincial Office of Natural Resources, Samut Example",
        "Personal Information",
        "Name: Ms. Pimchanok Arunrattanakul",
        "Date of Birth: 9 November 1995",
        "Nationality: Thai    Religion: Islam    Marital status: Single",
        "Address: 145/22 Soi Ramkhamhaeng 53, Phlapphla, Wang Thonglang, Bangkok 10310",
        "Mobile: +66 86 417 2093",
        "Email: pimchanok.arun95@hotmail.com",
        "Facebook: facebook.com/pimchanok.arun",
        "Education",
        "2014-2018 B.Sc. Environmental Science, Kasetsart University, GPA 3.41",
        "Work Experience",
        "2018-2024 Field Assistant, Green Delta Consulting Co., Ltd.; last monthly salary 27,800 Baht",
        "References",
        "Mr. Somkiat Wongprasert, neighbour, tel. 089 552 1408",
        "Assoc. Prof. Dr. Kanya Suwanrat, Faculty of Environment, Kasetsart University",
    ])
    d.save(docs / "g01_english_cv.docx")
    return _entry("g01_english_cv.docx", [
        ("Pimchanok Arunrattanakul", "PERSON"), ("9 November 1995", "DOB"), ("Islam", "OTHER"),
        ("145/22 Soi Ramkhamhaeng 53", "ADDRESS"), ("+66 86 417 2093", "PHONE"),
        ("pimchanok.arun95@hotmail.com", "EMAIL"), ("facebook.com/pimchanok.arun", "OTHER"),
        ("27,800", "OTHER"), ("Somkiat Wongprasert", "PERSON"), ("089 552 1408", "PHONE"),
    ], [
        "Provincial Office of Natural Resources", "Kasetsart University", "Green Delta Consulting Co., Ltd.",
        "Environmental Officer",
    ])


def visa_letter(docs: Path) -> dict:
    pid = "AB4471903"
    d = _doc("Waree", 12)
    _paras(d, [
        "Faculty of Agriculture, Example Rajabhat University",
        "99 Moo 10, Tambon Sakae, Amphoe Mueang, Example 30000  Tel. 0 4401 2345",
        "No. อว 0624.03/1187",
        "3 October 2025",
        "To: The Consul, Embassy of the Federal Republic of Examplia",
        "Subject: Certification for a visa application",
        "This is to certify that Mr. Tanawat Khemthong, holder of passport number " + pid + ", born on "
        "17 February 1998, is a master's student of this faculty, student ID 6612401057. He has been "
        "invited to a training course from 4 to 28 November 2025. His home address is 38 Moo 2, Tambon "
        "Nong Rawiang, and he can be reached at tanawat.kt@gmail.com.",
        "The faculty will cover the course fee of 45,000 Baht.",
        "Yours sincerely,",
        "(Asst. Prof. Dr. Wichai Phromsiri)",
        "Dean, Faculty of Agriculture",
    ])
    d.save(docs / "g02_visa_letter.docx")
    return _entry("g02_visa_letter.docx", [
        ("Tanawat Khemthong", "PERSON"), (pid, "PASSPORT"), ("17 February 1998", "DOB"),
        ("6612401057", "OTHER"), ("38 Moo 2, Tambon Nong Rawiang", "ADDRESS"), ("tanawat.kt@gmail.com", "EMAIL"),
    ], [
        "Example Rajabhat University", "99 Moo 10, Tambon Sakae", "0 4401 2345", "Asst. Prof. Dr. Wichai Phromsiri",
        "Dean, Faculty of Agriculture", "45,000", "3 October 2025", "อว 0624.03/1187",
    ])


def employment_certificate(docs: Path) -> dict:
    d = _doc("Loma", 12)
    _paras(d, [
        "EMPLOYMENT CERTIFICATE",
        "Siam Riverside Logistics Co., Ltd.",
        "Head office: 1200 Rama III Road, Bang Khlo, Bang Kho Laem, Bangkok 10120",
        "Date: 12 August 2025",
        "We hereby certify that MRS. NGUYEN THI LAN, Vietnamese national, passport no. C7281946, "
        "work permit no. 2568-0044712, has been employed by the company as an accounting clerk since "
        "1 June 2021. Her current monthly salary is 21,500 Baht. Her social security number is "
        "on file with the Social Security Office.",
        "This certificate is issued at her request for a bank loan application.",
        "(Mr. Prasit Lertwanich)",
        "Human Resources Manager",
    ])
    d.save(docs / "g03_employment_certificate.docx")
    return _entry("g03_employment_certificate.docx", [
        ("NGUYEN THI LAN", "PERSON"), ("C7281946", "PASSPORT"), ("2568-0044712", "OTHER"), ("21,500", "OTHER"),
    ], [
        "Siam Riverside Logistics Co., Ltd.", "1200 Rama III Road", "Human Resources Manager", "12 August 2025",
    ])


def university_register(docs: Path) -> dict:
    people = [
        ("6510210437", "นายอภิสิทธิ์ ธรรมวงศ์ไพศาล", "นางรัตนา ธรรมวงศ์ไพศาล", "ค้าขาย", "081-330-4519"),
        ("6510210512", "นางสาวกานต์ธิดา ปิ่นแก้วมณี", "นายวีระ ปิ่นแก้วมณี", "รับจ้าง", "092-784-1163"),
        ("6510210538", "นายภูริพัฒน์ เหลืองอร่ามศรี", "นางบุษบา เหลืองอร่ามศรี", "เกษตรกร", "064-219-8870"),
        ("6510210646", "นางสาวชุติมณฑน์ ศรีเมืองปัก", "นายสมบูรณ์ ศรีเมืองปัก", "ข้าราชการบำนาญ", "085-601-2274"),
        ("6510210701", "นายธีรภัทร บุญประคองวงศ์", "นางอัญชลี บุญประคองวงศ์", "แม่บ้าน", "093-442-9051"),
    ]
    rows = [["ที่", "รหัสประจำตัว", "ชื่อ - สกุล", "ผู้ปกครอง", "อาชีพผู้ปกครอง", "โทรศัพท์ผู้ปกครอง"]]
    for i, (sid, name, parent, job, tel) in enumerate(people, 1):
        rows.append([str(i), sid, name, parent, job, tel])
    d = _doc("Kinnari", 13)
    _paras(d, ["มหาวิทยาลัยเทคโนโลยีราชมงคลสมมุติ คณะวิศวกรรมศาสตร์", "ทะเบียนนักศึกษา สาขาวิชาวิศวกรรมโยธา ชั้นปีที่ ๑",
               "ภาคการศึกษาที่ ๑/๒๕๖๕", "อาจารย์ที่ปรึกษา อาจารย์ ดร.ณัฐพงศ์ เรืองชัยสิทธิ์"])
    _table(d, rows)
    _paras(d, ["นักศึกษาที่ยังไม่ชำระค่าธรรมเนียม ๑๘,๕๐๐ บาท ให้ชำระภายในวันที่ ๓๐ มิถุนายน ๒๕๖๕",
               "(รองศาสตราจารย์ ดร.ปกรณ์ วัฒนศิริกุล)", "คณบดีคณะวิศวกรรมศาสตร์"])
    d.save(docs / "g04_university_register.docx")
    redact: list[tuple[str, str]] = []
    for sid, name, parent, _job, tel in people:
        redact += [(sid, "OTHER"), (name, "PERSON"), (parent, "PERSON"), (tel, "PHONE")]
    return _entry("g04_university_register.docx", redact, [
        "มหาวิทยาลัยเทคโนโลยีราชมงคลสมมุติ", "สาขาวิชาวิศวกรรมโยธา", "อาจารย์ ดร.ณัฐพงศ์ เรืองชัยสิทธิ์",
        "๑๘,๕๐๐", "รองศาสตราจารย์ ดร.ปกรณ์ วัฒนศิริกุล", "คณบดีคณะวิศวกรรมศาสตร์", "ค้าขาย", "เกษตรกร",
    ])


def school_minutes(docs: Path) -> dict:
    d = _doc("Sawasdee", 14)
    _paras(d, [
        "รายงานการประชุมคณะกรรมการสถานศึกษาขั้นพื้นฐาน โรงเรียนบ้านหนองสมมุติ",
        "ครั้งที่ ๒/๒๕๖๘ เมื่อวันศุกร์ที่ ๘ สิงหาคม ๒๕๖๘",
        "กรรมการที่มาประชุม",
        "๑. นายเฉลิมพล อุดมทรัพย์ ประธานกรรมการสถานศึกษา",
        "๒. พระครูสุนทรธรรมวิมล ผู้แทนองค์กรศาสนา",
        "๓. นางวาสนา ทิพย์สุวรรณ ผู้อำนวยการโรงเรียนบ้านหนองสมมุติ กรรมการและเลขานุการ",
        "วาระที่ ๓ เรื่องพิจารณาความประพฤตินักเรียน",
        "เด็กชายกิตติพัฒน์ หอมสมบัติ นักเรียนชั้นประถมศึกษาปีที่ ๕ เลขประจำตัวนักเรียน ๐๔๗๑๘ "
        "ขาดเรียนบ่อย ครูประจำชั้นเยี่ยมบ้านพบว่าบิดาคือนายสมศักดิ์ หอมสมบัติ ติดสุราเรื้อรัง "
        "และนักเรียนมีภาวะสมาธิสั้น ต้องรับประทานยาทุกเช้า มารดาแยกทางไปทำงานต่างจังหวัด",
        "มติ ให้ส่งต่อนักเรียนเข้าโครงการดูแลช่วยเหลือนักเรียน และประสานโรงพยาบาลส่งเสริมสุขภาพตำบลหนองสมมุติ",
        "ปิดประชุมเวลา ๑๖.๓๐ น.",
        "(นางวาสนา ทิพย์สุวรรณ) ผู้บันทึกการประชุม",
    ])
    d.save(docs / "g05_school_minutes.docx")
    return _entry("g05_school_minutes.docx", [
        ("เด็กชายกิตติพัฒน์ หอมสมบัติ", "PERSON"), ("๐๔๗๑๘", "OTHER"), ("นายสมศักดิ์ หอมสมบัติ", "PERSON"),
        ("ติดสุราเรื้อรัง", "HEALTH"), ("ภาวะสมาธิสั้น", "HEALTH"),
    ], [
        "โรงเรียนบ้านหนองสมมุติ", "นายเฉลิมพล อุดมทรัพย์", "ประธานกรรมการสถานศึกษา", "พระครูสุนทรธรรมวิมล",
        "นางวาสนา ทิพย์สุวรรณ", "ครั้งที่ ๒/๒๕๖๘", "๘ สิงหาคม ๒๕๖๘", "โรงพยาบาลส่งเสริมสุขภาพตำบลหนองสมมุติ",
    ])


def patient_transfer(docs: Path) -> dict:
    d = _doc("Umpush", 13)
    _paras(d, ["แบบส่งตัวผู้ป่วยเพื่อรับการรักษาต่อ", "โรงพยาบาลชุมชนสมมุติ อำเภอท่าสมมุติ โทร. ๐ ๓๘๖๑ ๒๒๔๐"])
    _table(d, [
        ["ชื่อผู้ป่วย", "นางพรรณราย ชาญศิลป์ประดิษฐ์", "อายุ", "๖๗ ปี"],
        ["HN", "0457712", "AN", "68-009154"],
        ["อาการสำคัญ", "เจ็บแน่นหน้าอก เหนื่อยหอบ ขาบวมทั้งสองข้าง", "สิทธิการรักษา", "บัตรทอง"],
        ["การวินิจฉัย", "หัวใจล้มเหลว ร่วมกับเบาหวาน", "ยาที่ได้รับ", "ฉีดอินซูลินวันละสองครั้ง"],
        ["ประวัติแพ้ยา", "แพ้เพนิซิลลิน", "ผู้ติดต่อ", "นายชัยวัฒน์ ชาญศิลป์ประดิษฐ์ (บุตร) 086-774-3015"],
    ])
    _paras(d, ["ส่งตัวไปยัง โรงพยาบาลศูนย์สมมุติ แผนกอายุรกรรม", "วันที่ส่งตัว ๒๒ กันยายน ๒๕๖๘",
               "แพทย์ผู้ส่ง แพทย์หญิงจิราพร ลิ้มสกุลวงศ์ นายแพทย์ชำนาญการ"])
    d.save(docs / "g06_patient_transfer.docx")
    return _entry("g06_patient_transfer.docx", [
        ("นางพรรณราย ชาญศิลป์ประดิษฐ์", "PERSON"), ("0457712", "OTHER"), ("68-009154", "OTHER"),
        ("เจ็บแน่นหน้าอก", "HEALTH"), ("ขาบวมทั้งสองข้าง", "HEALTH"), ("หัวใจล้มเหลว", "HEALTH"),
        ("เบาหวาน", "HEALTH"), ("ฉีดอินซูลิน", "HEALTH"), ("แพ้เพนิซิลลิน", "HEALTH"),
        ("นายชัยวัฒน์ ชาญศิลป์ประดิษฐ์", "PERSON"), ("086-774-3015", "PHONE"),
    ], [
        "โรงพยาบาลชุมชนสมมุติ", "๐ ๓๘๖๑ ๒๒๔๐", "โรงพยาบาลศูนย์สมมุติ", "แพทย์หญิงจิราพร ลิ้มสกุลวงศ์",
        "นายแพทย์ชำนาญการ", "๒๒ กันยายน ๒๕๖๘", "แผนกอายุรกรรม",
    ])


def land_office_notice(docs: Path) -> dict:
    pid = national_id("350120047736")
    d = _doc("Norasi", 14)
    _paras(d, [
        "ประกาศสำนักงานที่ดินจังหวัดสมมุติ สาขาท่าสมมุติ",
        "เรื่อง ขอออกใบแทนโฉนดที่ดิน",
        "ด้วยนางสาวจันทร์แรม พุ่มพวงทอง เลขประจำตัวประชาชน " + dashed_id(pid) + " อยู่บ้านเลขที่ ๙๑/๔ "
        "หมู่ที่ ๕ ตำบลบางสมมุติ อำเภอท่าสมมุติ ได้ยื่นคำขอรับใบแทนโฉนดที่ดิน เลขที่ ๔๔๑๒๗ "
        "เลขที่ดิน ๒๑๘ ตำบลบางสมมุติ อ้างว่าต้นฉบับสูญหายไปในคราวน้ำท่วม",
        "ผู้ใดจะคัดค้าน ให้ยื่นคำคัดค้านต่อพนักงานเจ้าหน้าที่ภายใน ๓๐ วัน นับแต่วันประกาศ",
        "ประกาศ ณ วันที่ ๔ ธันวาคม ๒๕๖๘",
        "(นายอนุชา ศรีวิเศษกุล)",
        "เจ้าพนักงานที่ดินจังหวัดสมมุติ สาขาท่าสมมุติ",
    ])
    d.save(docs / "g07_land_office_notice.docx")
    return _entry("g07_land_office_notice.docx", [
        ("นางสาวจันทร์แรม พุ่มพวงทอง", "PERSON"), (pid, "NATIONAL_ID"), ("๙๑/๔ หมู่ที่ ๕ ตำบลบางสมมุติ", "ADDRESS"),
        ("๔๔๑๒๗", "LAND_TITLE"),
    ], [
        "สำนักงานที่ดินจังหวัดสมมุติ", "๔ ธันวาคม ๒๕๖๘", "นายอนุชา ศรีวิเศษกุล", "๓๐ วัน",
        "เจ้าพนักงานที่ดินจังหวัดสมมุติ สาขาท่าสมมุติ",
    ])


def newborn_grant(docs: Path) -> dict:
    ids = [national_id(x) for x in ("340990011524", "141020033871", "371050022419", "330170044086")]
    people = [
        ("นางสาวสุกัญญา ผิวผ่อง", "เด็กหญิงพิมพ์ลดา ผิวผ่อง", ids[0], "020-1-44718-3"),
        ("นางเยาวลักษณ์ ดีประจำ", "เด็กชายภาคิน ดีประจำ", ids[1], "020-1-55023-9"),
        ("นางสาวอรอุมา กันหาชาลี", "เด็กหญิงณิชารีย์ กันหาชาลี", ids[2], "020-2-61984-1"),
        ("นางปวีณา สร้อยสังวาลย์", "เด็กชายธนกร สร้อยสังวาลย์", ids[3], "020-2-70365-4"),
    ]
    rows = [["ลำดับ", "ชื่อมารดา", "ชื่อเด็ก", "เลขประจำตัวประชาชนมารดา", "เลขที่บัญชี ธ.ก.ส.", "จำนวนเงิน (บาท)"]]
    for i, (mother, child, pid, acct) in enumerate(people, 1):
        rows.append([_t(str(i)), mother, child, _t(dashed_id(pid)), _t(acct), "๖๐๐"])
    d = _doc("Laksaman", 14)
    _paras(d, ["บัญชีรายชื่อผู้มีสิทธิได้รับเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด",
               "องค์การบริหารส่วนตำบลห้วยสมมุติ ประจำเดือนพฤศจิกายน ๒๕๖๘"])
    _table(d, rows)
    _paras(d, ["รวมเป็นเงินทั้งสิ้น ๒,๔๐๐ บาท", "(นางพัชรินทร์ วงศ์ไพบูลย์)", "ปลัดองค์การบริหารส่วนตำบลห้วยสมมุติ"])
    d.save(docs / "g08_newborn_grant.docx")
    redact: list[tuple[str, str]] = []
    for mother, child, pid, acct in people:
        redact += [(mother, "PERSON"), (child, "PERSON"), (pid, "NATIONAL_ID"), (acct, "BANK_ACCOUNT")]
    return _entry("g08_newborn_grant.docx", redact, [
        "องค์การบริหารส่วนตำบลห้วยสมมุติ", "๒,๔๐๐", "นางพัชรินทร์ วงศ์ไพบูลย์", "ปลัดองค์การบริหารส่วนตำบลห้วยสมมุติ",
    ])


def procurement_summary(docs: Path) -> dict:
    d = _doc("Garuda", 12)
    _paras(d, ["สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือนตุลาคม ๒๕๖๘",
               "สำนักงานสาธารณสุขจังหวัดสมมุติ", "วันที่ ๕ พฤศจิกายน ๒๕๖๘"])
    _table(d, [
        ["ลำดับ", "งานที่จัดซื้อจัดจ้าง", "วงเงินงบประมาณ", "ผู้ได้รับการคัดเลือกและราคา", "เลขที่และวันที่ของสัญญา"],
        ["๑", "จัดซื้อวัสดุวิทยาศาสตร์การแพทย์", "๒๔๘,๐๐๐", "บริษัท เมดิคอลซัพพลายสมมุติ จำกัด ราคา ๒๔๕,๖๐๐ บาท",
         "สัญญาเลขที่ ๑๑/๒๕๖๙ ลงวันที่ ๓ ต.ค. ๒๕๖๘"],
        ["๒", "จ้างซ่อมแซมหลังคาอาคารสำนักงาน", "๑๘๐,๐๐๐", "ห้างหุ้นส่วนจำกัด ช่างดีการช่าง ราคา ๑๗๘,๕๐๐ บาท",
         "สัญญาเลขที่ ๑๒/๒๕๖๙ ลงวันที่ ๑๐ ต.ค. ๒๕๖๘"],
        ["๓", "จัดซื้อน้ำมันเชื้อเพลิง", "๙๕,๐๐๐", "หจก. ปั๊มทองเจริญ ราคา ๙๔,๒๐๐ บาท", "ใบสั่งซื้อเลขที่ ๔๕/๒๕๖๙"],
    ])
    _paras(d, ["คณะกรรมการตรวจรับพัสดุ", "๑. นายแพทย์อดิศักดิ์ ปัญญาวงศ์ นายแพทย์เชี่ยวชาญ ประธานกรรมการ",
               "๒. นางสาวศิริพร คงทนดี นักวิชาการพัสดุชำนาญการ กรรมการ",
               "๓. นายปรีชา มณีโชติ เจ้าพนักงานธุรการ กรรมการ",
               "(นายแพทย์วรวุฒิ ศรีพยัคฆ์เดช)", "นายแพทย์สาธารณสุขจังหวัดสมมุติ"])
    d.save(docs / "g09_procurement_summary.docx")
    return _entry("g09_procurement_summary.docx", [], [
        "บริษัท เมดิคอลซัพพลายสมมุติ จำกัด", "๒๔๕,๖๐๐", "ห้างหุ้นส่วนจำกัด ช่างดีการช่าง", "๑๗๘,๕๐๐",
        "หจก. ปั๊มทองเจริญ", "๙๔,๒๐๐", "๒๔๘,๐๐๐", "๑๘๐,๐๐๐", "๙๕,๐๐๐", "๑๑/๒๕๖๙", "๓ ต.ค. ๒๕๖๘",
        "นายแพทย์อดิศักดิ์ ปัญญาวงศ์", "นายแพทย์เชี่ยวชาญ", "นางสาวศิริพร คงทนดี", "นายปรีชา มณีโชติ",
        "นายแพทย์วรวุฒิ ศรีพยัคฆ์เดช", "นายแพทย์สาธารณสุขจังหวัดสมมุติ", "สำนักงานสาธารณสุขจังหวัดสมมุติ",
    ])


def complaint_handles(docs: Path) -> dict:
    d = _doc("Loma", 14)
    _paras(d, [
        "เรื่อง ขอให้ตรวจสอบร้านคาราโอเกะเปิดเสียงดังเกินเวลา",
        "เรียน ผู้อำนวยการศูนย์ดำรงธรรมจังหวัดสมมุติ",
        "ข้าพเจ้า นายวรพล เจริญสุขสันต์ อายุ ๔๑ ปี บ้านเลขที่ ๓๓/๑๘ ซอยเทศบาล ๗ ถนนศรีสมมุติ "
        "ตำบลในเมือง ขอร้องเรียนว่าร้านคาราโอเกะข้างบ้านเปิดเพลงเสียงดังจนถึงตีสองทุกคืน "
        "ภรรยาของข้าพเจ้าตั้งครรภ์ได้ ๗ เดือน นอนไม่หลับจนความดันขึ้น",
        "หากต้องการข้อมูลเพิ่มเติม ติดต่อข้าพเจ้าได้ทางไลน์ ไอดี worapol.cs หรือเฟซบุ๊ก Worapol Charoensuksan "
        "หรือโทร ๐๘๙ ๖๑๒ ๗๗๔๐",
        "ขอแสดงความนับถือ",
        "วรพล เจริญสุขสันต์",
        "ศูนย์ดำรงธรรมจังหวัดสมมุติ รับเรื่องเลขที่ ๖๘/๐๔๑๒ วันที่ ๑๔ ตุลาคม ๒๕๖๘ สายด่วน ๑๕๖๗",
    ])
    d.save(docs / "g10_complaint_handles.docx")
    return _entry("g10_complaint_handles.docx", [
        ("นายวรพล เจริญสุขสันต์", "PERSON"), ("วรพล เจริญสุขสันต์", "PERSON"),
        ("๓๓/๑๘ ซอยเทศบาล ๗ ถนนศรีสมมุติ", "ADDRESS"), ("ตั้งครรภ์", "HEALTH"), ("worapol.cs", "OTHER"),
        ("Worapol Charoensuksan", "PERSON"), ("๐๘๙ ๖๑๒ ๗๗๔๐", "PHONE"),
    ], [
        "ศูนย์ดำรงธรรมจังหวัดสมมุติ", "๖๘/๐๔๑๒", "๑๔ ตุลาคม ๒๕๖๘", "๑๕๖๗",
    ])


def police_record(docs: Path) -> dict:
    d = _doc("Kinnari", 14)
    _paras(d, [
        "สรุปรายงานประจำวันเกี่ยวกับคดี สถานีตำรวจนครบาลสมมุติ",
        "ลำดับข้อ ๑๒ วันที่ ๒๖ สิงหาคม ๒๕๖๘ เวลา ๒๓.๔๐ น.",
        "ผู้แจ้ง นางสาวปาริชาติ แสงอรุณเลิศ อายุ ๒๔ ปี แจ้งว่ารถจักรยานยนต์ยี่ห้อฮอนด้า สีแดง "
        "หมายเลขทะเบียน ๑กฐ ๕๗๓ กรุงเทพมหานคร หมายเลขเครื่องยนต์ JFK1E-2290471 ถูกลักไปจากหน้าหอพัก",
        "ต่อมาเจ้าหน้าที่ตรวจพบรถคันดังกล่าวอยู่กับนายธนวัฒน์ ใจกล้าหาญ ซึ่งมีใบอนุญาตขับขี่เลขที่ ๕๕๐๐๙๑๒๗ "
        "ผู้ต้องหาให้การรับสารภาพ และเคยถูกจับกุมในข้อหาเสพยาเสพติดมาก่อน",
        "ร้อยตำรวจโทหญิง สุนิสา พรหมวิจิตร รองสารวัตร(สอบสวน) สถานีตำรวจนครบาลสมมุติ ผู้บันทึก",
        "พันตำรวจเอก เกรียงไกร ศักดิ์ดำรงค์ ผู้กำกับการ",
    ])
    d.save(docs / "g11_police_record.docx")
    return _entry("g11_police_record.docx", [
        ("นางสาวปาริชาติ แสงอรุณเลิศ", "PERSON"), ("๑กฐ ๕๗๓", "PLATE"), ("JFK1E-2290471", "OTHER"),
        ("นายธนวัฒน์ ใจกล้าหาญ", "PERSON"), ("๕๕๐๐๙๑๒๗", "OTHER"), ("เคยถูกจับกุมในข้อหาเสพยาเสพติด", "OTHER"),
    ], [
        "สถานีตำรวจนครบาลสมมุติ", "ร้อยตำรวจโทหญิง สุนิสา พรหมวิจิตร", "รองสารวัตร(สอบสวน)",
        "พันตำรวจเอก เกรียงไกร ศักดิ์ดำรงค์", "ผู้กำกับการ", "๒๖ สิงหาคม ๒๕๖๘",
    ])


_VG = ("ละมัย", "บุญทัน", "สมพาน", "คำแปง", "ทองเปลว", "จันทร์เพ็ญ", "สุดารัตน์", "ประยูร", "ผกากรอง", "หนูเล็ก",
       "สมใจ", "เพ็ญนภา", "วิไลลักษณ์", "ถนอม", "รำพึง", "สายสุนีย์", "บุญมี", "คำพัน", "อุดม", "สำลี",
       "ยุพิน", "ชวลิต", "นงลักษณ์", "ทองสุข", "วันเพ็ญ", "ศรีไพร", "ปัญญา", "มาลัย", "สุรินทร์", "บุญส่ง",
       "เยาวภา", "สมหวัง")
_VF = ("อินทร์แปง", "ใจคำปัน", "ปัญญาเหลือ", "ธรรมขันแก้ว", "คำมูลชัย", "ยอดคำปา", "ศรีวงค์ษา", "วงศ์สุภาพ",
       "แก้วมูลคำ", "อุ่นเรือนแก้ว", "สุขเจริญไพร", "ปินตาวงค์", "คำภิโลแก้ว", "ธิวงศ์ษา", "บุญเรืองศรี",
       "จันทร์ตาคำ", "เรือนแก้วมา", "ปัญญาวงค์ษ์", "ไชยวงค์คำ", "ทองศรีนวล", "มณีวงค์ษา", "สิทธิวงค์คำ",
       "อินต๊ะวงศ์", "คำหล้าแก้ว", "ใจยาคำมา", "ศรีทองคำสุข", "ปันทะวงศ์", "ไชยลังกาคำ", "สุยะวงค์ศรี",
       "ทิพย์เมืองแก้ว", "ติ๊บแก้วคำ", "แสนวงค์ษา")


def volunteers(docs: Path) -> dict:
    rows = [["ที่", "ชื่อ-สกุล อสม.", "เลขบัตรประชาชน", "หมู่ที่", "เบอร์โทร", "เลขที่บัญชีออมทรัพย์", "ค่าป่วยการ"]]
    redact: list[tuple[str, str]] = []
    for i in range(32):
        name = f"{'นาง' if i % 3 else 'นาย'}{_VG[i]} {_VF[i]}"
        pid = national_id(f"5{(i * 7919 + 10203) % 10**5:05d}00{(i * 37 + 411) % 10**4:04d}")
        tel = f"08{i % 10}-{(i * 613 + 210) % 1000:03d}-{(i * 4517 + 1004) % 10000:04d}"
        acct = f"{(i * 311 + 142) % 1000:03d}-{i % 9}-{(i * 7331 + 20145) % 100000:05d}-{(i * 3) % 10}"
        rows.append([str(i + 1), name, dashed_id(pid), str(i % 12 + 1), tel, acct, "1,000"])
        redact += [(name, "PERSON"), (pid, "NATIONAL_ID"), (tel, "PHONE"), (acct, "BANK_ACCOUNT")]
    d = _doc("Waree", 12)
    _paras(d, ["หลักฐานการจ่ายเงินค่าป่วยการอาสาสมัครสาธารณสุขประจำหมู่บ้าน (อสม.)",
               "โรงพยาบาลส่งเสริมสุขภาพตำบลดอนสมมุติ ประจำเดือนกันยายน ๒๕๖๘"])
    _table(d, rows, repeat_header=True)
    _paras(d, ["รวมเงินทั้งสิ้น 32,000 บาท", "(นางสาวขวัญใจ ทองอินทร์)", "ผู้อำนวยการโรงพยาบาลส่งเสริมสุขภาพตำบลดอนสมมุติ"])
    d.save(docs / "g12_volunteers.docx")
    return _entry("g12_volunteers.docx", redact, [
        "โรงพยาบาลส่งเสริมสุขภาพตำบลดอนสมมุติ", "32,000", "นางสาวขวัญใจ ทองอินทร์", "ค่าป่วยการ",
    ])


def tax_assessment(docs: Path) -> dict:
    d = _doc("Norasi", 14)
    _paras(d, [
        "หนังสือแจ้งการประเมินภาษีที่ดินและสิ่งปลูกสร้าง (ภ.ด.ส.๖)",
        "เทศบาลเมืองสมมุติ ๑๐๐ ถนนเทศบาลสมมุติ ตำบลในเมือง โทร. ๐ ๕๕๒๔ ๑๑๐๐",
        "ที่ สม ๕๒๓๐๒/๒๕๖๘",
        "เรียน นายบุญยงค์ ศิริมหาสมบัติ",
        "ที่อยู่ผู้เสียภาษี ๑๕๗/๒ หมู่ที่ ๘ ตำบลท่าทองสมมุติ อำเภอเมืองสมมุติ",
        "ตามที่ท่านเป็นเจ้าของที่ดินโฉนดเลขที่ ๗๐๘๑๔ ใช้ประโยชน์เป็นที่อยู่อาศัย "
        "พนักงานประเมินได้ประเมินภาษีประจำปี ๒๕๖๘ เป็นเงิน ๓,๔๑๘.๕๐ บาท และมียอดค้างชำระปีก่อน ๑,๗๔๘ บาท",
        "อัตราภาษีร้อยละ ๐.๐๒ ตามพระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. ๒๕๖๒",
        "(นายสุวัฒน์ เกียรติเกรียงไกร)", "นายกเทศมนตรีเมืองสมมุติ",
    ])
    d.save(docs / "g13_tax_assessment.docx")
    return _entry("g13_tax_assessment.docx", [
        ("นายบุญยงค์ ศิริมหาสมบัติ", "PERSON"), ("๑๕๗/๒ หมู่ที่ ๘ ตำบลท่าทองสมมุติ", "ADDRESS"),
        ("๗๐๘๑๔", "LAND_TITLE"), ("๓,๔๑๘.๕๐", "OTHER"), ("๑,๗๔๘", "OTHER"),
    ], [
        "เทศบาลเมืองสมมุติ", "๑๐๐ ถนนเทศบาลสมมุติ", "๐ ๕๕๒๔ ๑๑๐๐", "สม ๕๒๓๐๒/๒๕๖๘", "ร้อยละ ๐.๐๒",
        "นายสุวัฒน์ เกียรติเกรียงไกร", "นายกเทศมนตรีเมืองสมมุติ",
    ])


def social_security(docs: Path) -> dict:
    pid = national_id("190080027713")
    d = _doc("Umpush", 14)
    _paras(d, [
        "ที่ รง ๐๖๒๗/๘๘๓๑", "สำนักงานประกันสังคมจังหวัดสมมุติ", "๑๙ พฤศจิกายน ๒๕๖๘",
        "เรื่อง แจ้งผลการวินิจฉัยประโยชน์ทดแทนกรณีเจ็บป่วย",
        "เรียน นางสาวมยุรี ทองคำเปลว",
        "ตามที่ท่าน ผู้ประกันตนเลขที่ " + pid + " ลูกจ้างของบริษัท สมมุติการ์เมนต์ จำกัด ได้ยื่นคำขอรับ "
        "เงินทดแทนการขาดรายได้ เนื่องจากหมอนรองกระดูกทับเส้นประสาท ต้องผ่าตัดและพักฟื้น ๖๐ วัน "
        "คณะกรรมการการแพทย์พิจารณาแล้วอนุมัติเงินทดแทนร้อยละ ๕๐ ของค่าจ้าง เป็นเงิน ๑๒,๗๕๐ บาท",
        "จึงเรียนมาเพื่อทราบ",
        "(นางกนกวรรณ ศรีพิทักษ์)", "ประกันสังคมจังหวัดสมมุติ",
    ])
    d.save(docs / "g14_social_security.docx")
    return _entry("g14_social_security.docx", [
        ("นางสาวมยุรี ทองคำเปลว", "PERSON"), (pid, "NATIONAL_ID"), ("หมอนรองกระดูกทับเส้นประสาท", "HEALTH"),
        ("๑๒,๗๕๐", "OTHER"),
    ], [
        "รง ๐๖๒๗/๘๘๓๑", "สำนักงานประกันสังคมจังหวัดสมมุติ", "๑๙ พฤศจิกายน ๒๕๖๘", "บริษัท สมมุติการ์เมนต์ จำกัด",
        "นางกนกวรรณ ศรีพิทักษ์", "ประกันสังคมจังหวัดสมมุติ",
    ])


def disability_request(docs: Path) -> dict:
    pid = national_id("460110038825")
    d = _doc("Garuda", 13)
    _paras(d, ["คำขอมีบัตรประจำตัวคนพิการ", "เขียนที่ สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดสมมุติ"])
    _table(d, [
        ["ชื่อคนพิการ", "นายเอนก ภูมิสุวรรณวงศ์"],
        ["เลขประจำตัวประชาชน", pid],
        ["วันเดือนปีเกิด", "๒ ก.พ. ๒๕๒๙"],
        ["ประเภทความพิการ", "ทางการเห็น ตาบอดสนิททั้งสองข้าง"],
        ["ผู้ดูแล", "นางสาวอำไพ ภูมิสุวรรณวงศ์ (พี่สาว)"],
        ["โทรศัพท์ผู้ดูแล", "๐๘๑ ๒๒๙ ๔๖๕๐"],
    ])
    _paras(d, ["เจ้าหน้าที่ผู้รับคำขอ นางสาวจิตติมา ยอดเพ็ชร นักพัฒนาสังคมปฏิบัติการ",
               "วันที่รับคำขอ ๗ ตุลาคม ๒๕๖๘"])
    d.save(docs / "g15_disability_request.docx")
    return _entry("g15_disability_request.docx", [
        ("นายเอนก ภูมิสุวรรณวงศ์", "PERSON"), (pid, "NATIONAL_ID"), ("๒ ก.พ. ๒๕๒๙", "DOB"),
        ("ตาบอดสนิททั้งสองข้าง", "HEALTH"), ("นางสาวอำไพ ภูมิสุวรรณวงศ์", "PERSON"), ("๐๘๑ ๒๒๙ ๔๖๕๐", "PHONE"),
    ], [
        "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดสมมุติ", "นางสาวจิตติมา ยอดเพ็ชร", "นักพัฒนาสังคมปฏิบัติการ",
        "๗ ตุลาคม ๒๕๖๘",
    ])


def pdf_form(docs: Path) -> dict:
    """A one-page PDF form: the labels are page text, the applicant's values sit in fillable
    text fields (the widget values, not the page text, hold them)."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 60), "Provincial Labour Office - Job Seeker Registration Form", fontsize=13)
    page.insert_text((72, 80), "Office tel. 0 7431 5500   Form JS-01", fontsize=10)
    fields = [("Full name", "applicant_name", "Mr. Kittisak Poonsawat"),
              ("Date of birth", "dob", "14 March 1990"),
              ("Mobile", "mobile", "091-447-2086"),
              ("E-mail", "email", "kittisak.poon@yahoo.com"),
              ("Home address", "address", "72/5 Moo 9, Tambon Khuan Lang")]
    y = 120
    for label, name, value in fields:
        page.insert_text((72, y + 14), label, fontsize=11)
        w = pymupdf.Widget()
        w.field_type = pymupdf.PDF_WIDGET_TYPE_TEXT
        w.field_name = name
        w.field_value = value
        w.rect = pymupdf.Rect(200, y, 520, y + 20)
        w.text_fontsize = 11
        page.add_widget(w)
        y += 34
    page.insert_text((72, y + 30), "Received by: Ms. Orawan Dechakul, Labour Officer", fontsize=11)
    doc.save(docs / "g16_pdf_form.pdf")
    return _entry("g16_pdf_form.pdf", [
        ("Kittisak Poonsawat", "PERSON"), ("14 March 1990", "DOB"), ("091-447-2086", "PHONE"),
        ("kittisak.poon@yahoo.com", "EMAIL"), ("72/5 Moo 9, Tambon Khuan Lang", "ADDRESS"),
    ], [
        "Provincial Labour Office", "0 7431 5500", "Ms. Orawan Dechakul", "Labour Officer",
    ])


def footer_username(docs: Path) -> dict:
    """A memo whose footer holds the user name of the clerk who printed it and whose header
    holds the agency; the body names a private applicant."""
    d = _doc("Loma", 14)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "สำนักงานเขตสมมุติ ฝ่ายทะเบียน"
    sec.footer.paragraphs[0].text = "พิมพ์โดย: kanokwan.s วันที่พิมพ์ 03/11/2568 หน้า 1"
    _paras(d, [
        "บันทึกข้อความ",
        "ส่วนราชการ ฝ่ายทะเบียน สำนักงานเขตสมมุติ โทร. ๐ ๒๒๔๕ ๖๖๗๐",
        "ที่ กท ๗๒๐๔/๒๒๘๑ วันที่ ๓ พฤศจิกายน ๒๕๖๘",
        "เรื่อง ขอเพิ่มชื่อเข้าทะเบียนบ้าน",
        "ด้วยนายสิทธิชัย ประเสริฐวงศ์ไทย ได้ยื่นคำร้องขอเพิ่มชื่อเด็กชายปุณณวิช ประเสริฐวงศ์ไทย "
        "บุตรซึ่งเกิดในต่างประเทศ เข้าทะเบียนบ้านเลขที่ ๔๔/๑๐๙ ซอยสุขใจ ๑๒ แขวงบางสมมุติ "
        "โดยแสดงสูติบัตรต่างประเทศและหนังสือเดินทางของเด็กเลขที่ AC8812047",
        "เห็นควรอนุญาต",
        "(นางสาวกนกวรรณ สายสุด)", "นักวิชาการทะเบียนชำนาญการ",
    ])
    d.save(docs / "g17_footer_username.docx")
    return _entry("g17_footer_username.docx", [
        ("kanokwan.s", "OTHER"), ("นายสิทธิชัย ประเสริฐวงศ์ไทย", "PERSON"), ("เด็กชายปุณณวิช ประเสริฐวงศ์ไทย", "PERSON"),
        ("๔๔/๑๐๙ ซอยสุขใจ ๑๒", "ADDRESS"), ("AC8812047", "PASSPORT"),
    ], [
        "สำนักงานเขตสมมุติ", "๐ ๒๒๔๕ ๖๖๗๐", "กท ๗๒๐๔/๒๒๘๑", "นางสาวกนกวรรณ สายสุด", "นักวิชาการทะเบียนชำนาญการ",
    ])


def judgment_summary(docs: Path) -> dict:
    d = _doc("Norasi", 14)
    _paras(d, [
        "สรุปคำพิพากษา ศาลจังหวัดสมมุติ",
        "คดีหมายเลขแดงที่ อ ๑๑๔๗/๒๕๖๘",
        "พนักงานอัยการจังหวัดสมมุติ โจทก์ นายเกียรติศักดิ์ บุญล้อม จำเลย",
        "จำเลยขับรถกระบะทะเบียน บต ๒๒๑๙ สมมุติ ในขณะเมาสุรา ชนนางสาวรัตติยา มีชัย ผู้เสียหาย "
        "ได้รับบาดเจ็บสาหัส ม้ามฉีกขาด ต้องผ่าตัดม้ามออก จำเลยเคยต้องคำพิพากษาให้จำคุก ๖ เดือน "
        "ฐานขับรถขณะเมาสุรามาก่อน",
        "ศาลพิพากษาจำคุก ๒ ปี ปรับ ๔๐,๐๐๐ บาท และเพิกถอนใบอนุญาตขับขี่",
        "นายอดิเรก ชัยสุวรรณ ผู้พิพากษา",
    ])
    d.save(docs / "g18_judgment_summary.docx")
    return _entry("g18_judgment_summary.docx", [
        ("นายเกียรติศักดิ์ บุญล้อม", "PERSON"), ("บต ๒๒๑๙", "PLATE"), ("นางสาวรัตติยา มีชัย", "PERSON"),
        ("ม้ามฉีกขาด", "HEALTH"), ("เคยต้องคำพิพากษาให้จำคุก ๖ เดือน", "OTHER"),
    ], [
        "ศาลจังหวัดสมมุติ", "อ ๑๑๔๗/๒๕๖๘", "พนักงานอัยการจังหวัดสมมุติ", "นายอดิเรก ชัยสุวรรณ", "ผู้พิพากษา",
    ])


def school_scholarship(docs: Path) -> dict:
    people = [("๐๓๒๗๖", "เด็กหญิงนันทิชา แก้วบุญเรือง", "นางสมร แก้วบุญเรือง", "๑๘,๔๒๐"),
              ("๐๓๒๘๙", "เด็กชายวรเมธ ทองประไพ", "นายเสน่ห์ ทองประไพ", "๒๔,๗๓๐"),
              ("๐๓๓๔๗", "เด็กหญิงกัญญาวีร์ ศรีอ่อน", "นางบังอร ศรีอ่อน", "๒๑,๓๙๐")]
    rows = [["ที่", "เลขประจำตัวนักเรียน", "ชื่อ - สกุล", "ชื่อผู้ปกครอง", "รายได้ครอบครัวต่อปี (บาท)"]]
    for i, (sid, child, parent, inc) in enumerate(people, 1):
        rows.append([_t(str(i)), sid, child, parent, inc])
    d = _doc("Kinnari", 14)
    _paras(d, ["ประกาศโรงเรียนชุมชนวัดสมมุติ", "เรื่อง นักเรียนผู้ได้รับทุนการศึกษาปัจจัยพื้นฐานนักเรียนยากจน",
               "ภาคเรียนที่ ๒ ปีการศึกษา ๒๕๖๘ ทุนละ ๑,๕๐๐ บาท"])
    _table(d, rows)
    _paras(d, ["(นายชาตรี ผลพานิช)", "ผู้อำนวยการโรงเรียนชุมชนวัดสมมุติ"])
    d.save(docs / "g19_school_scholarship.docx")
    redact: list[tuple[str, str]] = []
    for sid, child, parent, inc in people:
        redact += [(sid, "OTHER"), (child, "PERSON"), (parent, "PERSON"), (inc, "OTHER")]
    return _entry("g19_school_scholarship.docx", redact, [
        "โรงเรียนชุมชนวัดสมมุติ", "๑,๕๐๐", "นายชาตรี ผลพานิช", "ผู้อำนวยการโรงเรียนชุมชนวัดสมมุติ",
    ])


def medical_certificate_en(docs: Path) -> dict:
    d = _doc("Waree", 12)
    _paras(d, [
        "MEDICAL CERTIFICATE",
        "Example Provincial Hospital, 45 Hospital Road, Mueang District, Example 50000",
        "Date: 14 July 2025",
        "This is to certify that Mr. Daniel Okonkwo-Reyes, aged 36, passport no. P44718263, was examined "
        "at this hospital on 12 July 2025. He was diagnosed with acute appendicitis and underwent "
        "an appendectomy. He is advised to rest for 14 days.",
        "Hospital number: HN 2201584",
        "(Dr. Supaporn Kittikul)",
        "Attending Physician, Department of Surgery",
    ])
    d.save(docs / "g20_medical_certificate_en.docx")
    return _entry("g20_medical_certificate_en.docx", [
        ("Daniel Okonkwo-Reyes", "PERSON"), ("P44718263", "PASSPORT"), ("acute appendicitis", "HEALTH"),
        ("appendectomy", "HEALTH"), ("2201584", "OTHER"),
    ], [
        "Example Provincial Hospital", "45 Hospital Road", "Dr. Supaporn Kittikul", "Department of Surgery",
        "14 July 2025",
    ])


def vehicle_record(docs: Path) -> dict:
    d = _doc("Garuda", 13)
    _paras(d, ["ที่ สป ๐๐๓๘/๕๑๗", "สำนักงานขนส่งจังหวัดสมมุติ", "๒๙ ตุลาคม ๒๕๖๘",
               "เรื่อง ตอบข้อหารือการโอนกรรมสิทธิ์รถยนต์",
               "เรียน ผู้จัดการบริษัท สมมุติประกันภัย จำกัด (มหาชน)",
               "ตามที่บริษัทขอทราบข้อมูลรถยนต์ที่เอาประกันภัยไว้ ปรากฏข้อมูลตามทะเบียนดังนี้"])
    _table(d, [
        ["เลขทะเบียน", "๗กศ ๓๓๑๘ กรุงเทพมหานคร"],
        ["เลขตัวรถ", "MNTBB7A96K6012345"],
        ["เลขเครื่องยนต์", "QR25-771205A"],
        ["ผู้ถือกรรมสิทธิ์", "นางเพ็ญศรี วัฒนากุลชัย"],
        ["ผู้ครอบครอง", "นายณรงค์ วัฒนากุลชัย"],
        ["ใบอนุญาตขับรถส่วนบุคคลผู้ครอบครอง", "๖๔๐๑๒๒๗๘"],
    ])
    _paras(d, ["จึงเรียนมาเพื่อโปรดทราบ", "(นายพิชิต อุ่นใจยิ่ง)", "ขนส่งจังหวัดสมมุติ",
               "กลุ่มทะเบียนรถ โทร. ๐ ๕๓๒๑ ๔๕๖๗"])
    d.save(docs / "g21_vehicle_record.docx")
    return _entry("g21_vehicle_record.docx", [
        ("๗กศ ๓๓๑๘", "PLATE"), ("MNTBB7A96K6012345", "OTHER"), ("QR25-771205A", "OTHER"),
        ("นางเพ็ญศรี วัฒนากุลชัย", "PERSON"), ("นายณรงค์ วัฒนากุลชัย", "PERSON"), ("๖๔๐๑๒๒๗๘", "OTHER"),
    ], [
        "สป ๐๐๓๘/๕๑๗", "สำนักงานขนส่งจังหวัดสมมุติ", "บริษัท สมมุติประกันภัย จำกัด (มหาชน)", "นายพิชิต อุ่นใจยิ่ง",
        "ขนส่งจังหวัดสมมุติ", "๐ ๕๓๒๑ ๔๕๖๗",
    ])


def complaint_table_minutes(docs: Path) -> dict:
    d = _doc("Sawasdee", 13)
    _paras(d, ["สรุปเรื่องร้องเรียนประจำเดือนกันยายน ๒๕๖๘", "องค์การบริหารส่วนจังหวัดสมมุติ"])
    _table(d, [
        ["ลำดับ", "ผู้ร้องเรียน", "ที่อยู่ผู้ร้อง", "เรื่อง", "ผู้รับผิดชอบ", "ผลการดำเนินการ"],
        ["๑", "นายประจักษ์ ทองเนื้อดี", "๑๒/๓ ม.๔ ต.ดงสมมุติ", "ถนนชำรุด", "กองช่าง", "ซ่อมแซมแล้ว"],
        ["๒", "นางละออ จันทร์เจริญศรี", "๗๗ ม.๑ ต.บึงสมมุติ", "ไฟฟ้าสาธารณะดับ", "นายวิทยา ปัญญาสูงเนิน วิศวกรไฟฟ้า",
         "อยู่ระหว่างดำเนินการ"],
        ["๓", "ไม่ประสงค์ออกนาม", "-", "เจ้าหน้าที่เรียกรับเงิน", "นางสาวอรทัย ชุ่มชื่น นิติกรชำนาญการ", "ตั้งกรรมการสอบ"],
    ])
    _paras(d, ["(นายวีระศักดิ์ รุ่งเรืองศรี)", "ปลัดองค์การบริหารส่วนจังหวัดสมมุติ"])
    d.save(docs / "g22_complaint_table.docx")
    return _entry("g22_complaint_table.docx", [
        ("นายประจักษ์ ทองเนื้อดี", "PERSON"), ("๑๒/๓ ม.๔ ต.ดงสมมุติ", "ADDRESS"), ("นางละออ จันทร์เจริญศรี", "PERSON"),
        ("๗๗ ม.๑ ต.บึงสมมุติ", "ADDRESS"),
    ], [
        "องค์การบริหารส่วนจังหวัดสมมุติ", "กองช่าง", "นายวิทยา ปัญญาสูงเนิน", "วิศวกรไฟฟ้า", "นางสาวอรทัย ชุ่มชื่น",
        "นิติกรชำนาญการ", "นายวีระศักดิ์ รุ่งเรืองศรี", "ปลัดองค์การบริหารส่วนจังหวัดสมมุติ", "ถนนชำรุด",
    ])


BUILDERS = (english_cv, visa_letter, employment_certificate, university_register, school_minutes,
            patient_transfer, land_office_notice, newborn_grant, procurement_summary, complaint_handles,
            police_record, volunteers, tax_assessment, social_security, disability_request, pdf_form, footer_username,
            judgment_summary, school_scholarship, medical_certificate_en, vehicle_record, complaint_table_minutes)
# Word files also printed to PDF by LibreOffice.
PDF_TOO = ("g01_english_cv", "g04_university_register", "g06_patient_transfer", "g08_newborn_grant",
           "g09_procurement_summary", "g11_police_record", "g12_volunteers", "g18_judgment_summary",
           "g19_school_scholarship", "g21_vehicle_record", "g22_complaint_table")


def build(out: Path) -> list[dict]:
    docs = out / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    truth = [b(docs) for b in BUILDERS]
    add_prints(out, truth, PDF_TOO)
    drop_unfindable(out, truth)
    return truth


def main() -> int:
    args = set_parser(__doc__).parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="phoei-general-"))
    write_and_score(out, build(out), args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
