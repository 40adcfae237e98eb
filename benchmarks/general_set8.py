"""An eighth invented evaluation set, of document kinds that probe_set.py, probe_kinds.py and
general_set.py, general_set3.py ... general_set7.py do not have.

Every document, name, number and place here is made up for this file (none comes from an
evaluation set). Kinds: a hospital's unpaid-fees notice with a hospital number; a wild-elephant crop
damage compensation list spanning pages with a repeated header row; a rabies-exposure follow-up list;
a demolition order to a building owner; an English consular notification about an injured migrant
worker; an English invitation to a visiting researcher; a citizens' ordinance-initiative signature
list; a school's list of pupils without Thai nationality (G codes); a community psychiatric follow-up
list; a vocational-training graduates list; a farmer debt-restructuring list; a youth sports squad
with birth dates; water-supply committee minutes in two columns; a police summons to an accused
(หมายเรียกผู้ต้องหา); a home for the elderly admission letter; a fishing-boat register; an
administrative appeal decision; a motorcycle-taxi driver register with licence numbers and plates;
a school-van pupils list; an English death notification of a foreign tourist to an embassy; an
officials' child-education allowance list; a visitors' log at a district office; a complaint reply
about a pig farm; a police request for a post-mortem examination; an informal-workers' social
security (มาตรา ๔๐) register in landscape; an English list of foreign language-course students; a
groundwater well permit register. Files are Word files in several TLWG fonts (borders and none,
header and footer, two columns, landscape, repeated header rows), LibreOffice prints of them,
"Word-like" PDFs laid out by HarfBuzz (general_set4.word_like_pdf) and image-only scans at 200 and
300 dpi.

Rules this set states (decided by OIA s.15(5) before any output was looked at, and scored):
- Officials named for what they do in office stay with their positions, units and the agency's
  phones, addresses and document numbers: doctors, nurses, police, building-control, district,
  social-development, labour, school and consular staff, professors. An official's own child is a
  private person: the child's name and birth date go; the official's name and the allowance stay.
- Private persons go with their identifiers: patients and debtors, farmers, persons bitten, building
  owners, workers, researchers and tourists (names, passports, birth dates, foreign home addresses),
  signers of a petition, pupils and parents, trainees, athletes, accused persons, the elderly and
  relatives, boat owners, appellants, drivers, visitors, complainants and the owner complained of,
  the deceased: names (PERSON), national IDs, phones, house addresses, birth dates, bank accounts,
  health in everyday words (injuries, wounds, symptoms, medicines, causes of death: HEALTH), debts,
  incomes and fees owed, hospital numbers, G codes, licence numbers, the offence an accused is
  summoned for (OTHER) and private plates (PLATE).
- Companies, shops, farms named as businesses, temples, schools, hospitals, banks as creditors,
  budgets, amounts the agency pays under its tariff, document dates and sites stay.
- Not scored either way: ages, weights and heights, boat names, visitors' purposes, training courses
  and grades without a name.

Measured (39 files, 333 items to withhold, 261 to keep), scored with score.py and
``python -m webui.cli redact {in} -o {out} --accept-all``: main at 85c8ade, before any rule was written
for this set, leak 0.036 (12/333: OTHER 9/28, HEALTH 3/34), over-redaction 0.107 (28/261), 0 failed;
after the rules it showed missing, leak 0.000 (0/333), over-redaction 0.042 (11/261), 0 failed (one
earlier leak was the 4-digit "๑,๒๔๐" matching digits of the Word file's theme markup, a scoring
artefact: the item is now "๑,๒๔๐ บาท"). Still open: a youth squad's coach named after "ผู้ฝึกสอน"
(a guess whether he acts in office: redacted), two scans whose agency document number and phone OCR
reads as unsure Thai digits (withheld until someone decides), and school names a scan's narrow cell
wraps over three lines, which the scorer's OCR cannot find as one string (visible in the output).

    python benchmarks/general_set8.py [--out DIR] [--score ../shared/eval/score.py]

writes DIR/docs/*, DIR/truth.json and, if the scorer is there, scores it with --cmd.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.general_set4 import _html_table, _ps, build_set, word_like_pdf  # noqa: E402
from benchmarks.probe_kinds import _doc, _entry, _paras, _t, _table  # noqa: E402
from benchmarks.probe_set import set_parser, write_and_score  # noqa: E402
from tests.fixtures.make_pdf import dashed_id, national_id, thai_digits  # noqa: E402

Pairs = list[tuple[str, str]]


def _pid(seed: int, lead: str = "3") -> str:
    """A made-up national ID with a valid check digit (``lead`` is its first digit)."""
    return national_id(f"{lead}{(seed * 7919 + 40213) % 10**11:011d}")


def _two_columns(d) -> None:  # type: ignore[no-untyped-def]
    cols = d.sections[0]._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        d.sections[0]._sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "567")


# --- 1. hospital unpaid fees notice ---------------------------------------------------------------------


def unpaid_fees(docs: Path) -> dict:
    d = _doc("Garuda", 14)
    _paras(d, [
        "ที่ สธ ๐๒๓๓.๒๐๑/๑๑๘", "โรงพยาบาลบ้านไร่ อำเภอบ้านไร่ จังหวัดอุทัยธานี ๖๑๑๔๐", "๒๒ มกราคม ๒๕๗๐",
        "เรื่อง ขอให้ชำระค่ารักษาพยาบาลค้างชำระ",
        "เรียน นายประจวบ ทองทวี",
        "ตามที่ท่านเข้ารับการรักษาเป็นผู้ป่วยใน เลขที่ผู้ป่วย HN 62-014733 ระหว่างวันที่ ๓ ถึง ๙ ตุลาคม ๒๕๖๙ "
        "ด้วยอาการไข้สูง ไอเป็นเลือด และผลเอกซเรย์พบฝ้าขาวที่ปอดด้านขวา โดยท่านใช้สิทธิชำระเงินเอง "
        "มีค่ารักษาพยาบาลค้างชำระ จำนวน ๓๒,๔๘๐ บาท",
        "ที่อยู่ตามเวชระเบียน บ้านเลขที่ ๗๔ หมู่ ๑๑ ตำบลหนองบ่มกล้วย",
        "จึงขอให้ท่านติดต่อชำระที่งานการเงิน โรงพยาบาลบ้านไร่ ภายใน ๓๐ วัน หรือขอผ่อนชำระได้",
        "ขอแสดงความนับถือ", "(นายแพทย์ธนภัทร วงศ์สุวรรณ)", "ผู้อำนวยการโรงพยาบาลบ้านไร่",
        "งานการเงินและบัญชี โทร. ๐ ๕๖๕๓ ๙๐๑๔ ต่อ ๑๐๔"])
    d.save(docs / "n01_unpaid_fees.docx")
    return _entry("n01_unpaid_fees.docx", [
        ("นายประจวบ ทองทวี", "PERSON"), ("62-014733", "OTHER"), ("ไอเป็นเลือด", "HEALTH"),
        ("ฝ้าขาวที่ปอดด้านขวา", "HEALTH"), ("๓๒,๔๘๐", "OTHER"), ("๗๔ หมู่ ๑๑", "ADDRESS")], [
        "สธ ๐๒๓๓.๒๐๑/๑๑๘", "โรงพยาบาลบ้านไร่", "นายแพทย์ธนภัทร วงศ์สุวรรณ", "ผู้อำนวยการโรงพยาบาลบ้านไร่",
        "๐ ๕๖๕๓ ๙๐๑๔", "๒๒ มกราคม ๒๕๗๐"])


# --- 2. wild elephant crop damage (spans pages, repeated header) --------------------------------------


_GIVEN = ("บุญเลื่อน", "สมพงษ์", "ทองใบ", "เพ็ญศรี", "ชาญวิทย์", "อรุณี", "สังวาลย์", "เฉลิมชัย", "บัวลี",
          "ไพโรจน์", "สายทอง", "จำลอง", "นงนุช")
_FAMILY = ("ดอนเมืองไพร", "ศรีสำราญ", "ทองดีนอก", "ประจันตะเสน", "วงษ์ชาลี", "บุญประคอง", "เกตุแก้ว",
           "พลอยงาม")


def elephant_damage(docs: Path) -> dict:
    rows = [["ลำดับ", "ชื่อ-สกุลเกษตรกร", "เลขประจำตัวประชาชน", "ที่อยู่", "พืชที่เสียหาย", "พื้นที่ (ไร่)",
             "เงินช่วยเหลือ (บาท)", "เลขที่บัญชี ธ.ก.ส."]]
    redact: Pairs = []
    for i in range(30):
        name = f"{('นาย', 'นาง', 'นางสาว')[i % 3]}{_GIVEN[i % len(_GIVEN)]} {_FAMILY[(i * 3) % len(_FAMILY)]}"
        pid = thai_digits(_pid(100 + i, "3"))
        addr = thai_digits(f"{10 + i * 3}/{i % 4 + 1} หมู่ {i % 9 + 1}")
        acct = thai_digits(f"0{20 + i}-2-{(48000 + i * 713) % 100000:05d}-{i % 10}")
        rows.append([_t(str(i + 1)), name, pid, addr, ("มันสำปะหลัง", "อ้อย", "ข้าวโพด")[i % 3], _t(str(i % 5 + 1)),
                     _t(f"{(i % 5 + 1) * 1113:,}"), acct])
        if i % 5 == 0:
            redact += [(name, "PERSON"), (pid, "NATIONAL_ID"), (addr, "ADDRESS"), (acct, "BANK_ACCOUNT")]
    d = _doc("Norasi", 13)
    d.sections[0].header.paragraphs[0].text = "สำนักงานเกษตรอำเภอท่าตะเกียบ จังหวัดฉะเชิงเทรา"
    d.sections[0].footer.paragraphs[0].text = "งบประมาณกองทุนช่วยเหลือผู้ได้รับผลกระทบจากสัตว์ป่า ปี ๒๕๗๐"
    _paras(d, ["บัญชีรายชื่อเกษตรกรผู้ได้รับความเสียหายจากช้างป่าออกหากินนอกพื้นที่อนุรักษ์",
               "ตามมติคณะกรรมการให้ความช่วยเหลือผู้ประสบภัยพิบัติกรณีฉุกเฉิน ครั้งที่ ๔/๒๕๗๐"])
    _table(d, rows, repeat_header=True)
    _paras(d, ["ผู้ตรวจสอบ (นายวัชระ แก้วประดิษฐ์) เกษตรอำเภอท่าตะเกียบ โทร. ๐ ๓๘๕๘ ๑๑๓๙",
               "ผู้รับรอง (นายศุภชัย มหาวงศ์) นายอำเภอท่าตะเกียบ"])
    d.save(docs / "n02_elephant_damage.docx")
    return _entry("n02_elephant_damage.docx", redact, [
        "สำนักงานเกษตรอำเภอท่าตะเกียบ", "ครั้งที่ ๔/๒๕๗๐", "นายวัชระ แก้วประดิษฐ์", "เกษตรอำเภอท่าตะเกียบ",
        "๐ ๓๘๕๘ ๑๑๓๙", "นายศุภชัย มหาวงศ์", "นายอำเภอท่าตะเกียบ"])


# --- 3. rabies exposure follow-up (Word-like PDF) -------------------------------------------------------


def rabies(docs: Path) -> dict:
    people = [("นายธวัชชัย ปิ่นแก้ว", "๐๘๗-๒๑๔-๖๖๓๐", "ถูกสุนัขกัดที่น่องขาซ้าย แผลลึกมีเลือดออก"),
              ("เด็กหญิงกัญญาณัฐ สีดา", "๐๖๔-๙๘๑-๒๒๔๗", "ถูกแมวข่วนที่หลังมือขวา"),
              ("นางละเอียด จันทร์แดง", "๐๙๑-๓๓๐-๕๑๘๘", "ถูกสุนัขกัดที่ข้อเท้า เป็นแผลถลอก")]
    rows = [["ที่", "ชื่อ-สกุล", "โทรศัพท์", "ลักษณะการสัมผัส", "วัคซีนเข็มที่", "วันนัดครั้งต่อไป"]]
    for i, (n, p, h) in enumerate(people, 1):
        rows.append([_t(str(i)), n, p, h, _t(str(i)), "๑๘ ก.พ. ๒๕๗๐"])
    html = _ps(["โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านคลองน้ำใส อำเภออรัญประเทศ",
                "ทะเบียนติดตามผู้สัมผัสโรคพิษสุนัขบ้า ประจำเดือนกุมภาพันธ์ ๒๕๗๐"]) + _html_table(rows) + _ps([
                "ผู้รายงาน นางสาวพิมพ์ชนก รัตนวงศ์ พยาบาลวิชาชีพชำนาญการ โทร. ๐ ๓๗๒๓ ๑๕๐๘",
                "ผู้อำนวยการ รพ.สต. นายกิตติศักดิ์ ชัยมงคล"])
    word_like_pdf(docs / "n03_rabies.pdf", html, size=12)
    redact: Pairs = []
    for n, p, h in people:
        redact += [(n, "PERSON"), (p, "PHONE"), (h, "HEALTH")]
    return _entry("n03_rabies.pdf", redact, [
        "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านคลองน้ำใส", "นางสาวพิมพ์ชนก รัตนวงศ์", "พยาบาลวิชาชีพชำนาญการ",
        "๐ ๓๗๒๓ ๑๕๐๘", "นายกิตติศักดิ์ ชัยมงคล"])


# --- 4. demolition order --------------------------------------------------------------------------------


def demolition(docs: Path) -> dict:
    pid = _pid(4, "1")
    d = _doc("Loma", 15)
    _paras(d, [
        "คำสั่งเจ้าพนักงานท้องถิ่นเทศบาลเมืองบ้านสวน", "ที่ ๒๑๗/๒๕๗๐",
        "เรื่อง ให้รื้อถอนอาคารที่ก่อสร้างโดยไม่ได้รับอนุญาต",
        f"ด้วยนางวิไลวรรณ สุขเจริญผล เลขประจำตัวประชาชน {dashed_id(pid)} อยู่บ้านเลขที่ ๑๙/๒๓ ถนนพระยาสัจจา "
        "ตำบลบ้านสวน ได้ก่อสร้างอาคารพาณิชย์ ค.ส.ล. สูง ๓ ชั้น ที่ดินโฉนดเลขที่ ๔๔๑๒๙ โดยไม่ได้รับอนุญาต "
        "ตามมาตรา ๒๑ แห่งพระราชบัญญัติควบคุมอาคาร พ.ศ. ๒๕๒๒",
        "จึงอาศัยอำนาจตามมาตรา ๔๒ ให้ผู้ก่อสร้างรื้อถอนอาคารดังกล่าวให้แล้วเสร็จภายใน ๖๐ วัน",
        "หากไม่ปฏิบัติตาม ต้องระวางโทษจำคุกไม่เกินสามเดือน หรือปรับไม่เกินหกหมื่นบาท",
        "สั่ง ณ วันที่ ๑๔ กุมภาพันธ์ ๒๕๗๐",
        "(นายสุรพล ตันติวงศ์) นายกเทศมนตรีเมืองบ้านสวน",
        "กองช่าง ฝ่ายควบคุมอาคาร โทร. ๐ ๓๘๒๗ ๔๔๑๐ ผู้ตรวจ นายพิทักษ์ ศรีเมือง นายช่างโยธาชำนาญงาน"])
    d.save(docs / "n04_demolition.docx")
    return _entry("n04_demolition.docx", [
        ("นางวิไลวรรณ สุขเจริญผล", "PERSON"), (dashed_id(pid), "NATIONAL_ID"), ("๑๙/๒๓ ถนนพระยาสัจจา", "ADDRESS")], [
        "เทศบาลเมืองบ้านสวน", "ที่ ๒๑๗/๒๕๗๐", "นายสุรพล ตันติวงศ์", "นายกเทศมนตรีเมืองบ้านสวน", "๐ ๓๘๒๗ ๔๔๑๐",
        "นายพิทักษ์ ศรีเมือง", "นายช่างโยธาชำนาญงาน", "๑๔ กุมภาพันธ์ ๒๕๗๐"])


# --- 5. English consular notification -------------------------------------------------------------------


def consular_en(docs: Path) -> dict:
    d = _doc("Loma", 12)
    _paras(d, [
        "Provincial Labour Office of Samut Sakhon", "No. RS 0417/2291", "9 March 2027",
        "To: Labour Attaché, Royal Embassy of Cambodia, Bangkok",
        "Subject: Notification of a workplace injury of a Cambodian national",
        "We wish to inform you that Mr. Sok Dara Chhim, born 14 June 1996, holder of Cambodian passport "
        "No. N01784523 and work permit No. WP6603-118842, employed by Siam Seafood Processing Co., Ltd., "
        "was injured at work on 2 March 2027. He suffered a crushed right hand and two broken fingers and "
        "underwent surgery at Samut Sakhon Hospital on the same day.",
        "His wife, Mrs. Srey Mom Keo, mobile +66 92 418 7730, is staying with him at 55/8 Moo 4, "
        "Tha Chin Sub-district.",
        "Compensation will be paid from the Workmen's Compensation Fund under case No. SK 3/2570.",
        "Yours sincerely,", "(Mr. Anucha Phromsuwan)", "Provincial Labour Officer of Samut Sakhon",
        "Tel. 0 3441 1286, e-mail samutsakhon@mol.go.th"])
    d.save(docs / "n05_consular_en.docx")
    return _entry("n05_consular_en.docx", [
        ("Sok Dara Chhim", "PERSON"), ("14 June 1996", "DOB"), ("N01784523", "PASSPORT"), ("WP6603-118842", "OTHER"),
        ("crushed right hand", "HEALTH"), ("two broken fingers", "HEALTH"), ("Srey Mom Keo", "PERSON"),
        ("+66 92 418 7730", "PHONE"), ("55/8 Moo 4", "ADDRESS")], [
        "Provincial Labour Office of Samut Sakhon", "RS 0417/2291", "Siam Seafood Processing Co., Ltd.",
        "Samut Sakhon Hospital", "Anucha Phromsuwan", "Provincial Labour Officer of Samut Sakhon", "0 3441 1286",
        "samutsakhon@mol.go.th", "9 March 2027"])


# --- 6. English invitation to a visiting researcher --------------------------------------------------


def invitation_en(docs: Path) -> dict:
    d = _doc("Garuda", 11)
    _paras(d, [
        "Faculty of Agro-Industry, Northern Valley University", "239 Huay Kaew Road, Mueang, Chiang Mai 50200",
        "Ref. NVU 0823.4/1706", "12 January 2027",
        "To whom it may concern",
        "Re: Invitation for a research visit",
        "The Faculty of Agro-Industry is pleased to invite Dr. Henrike Vogelsang, a postdoctoral researcher of "
        "the University of Kassel, Germany, to work with our food-safety laboratory from 1 February to "
        "30 April 2027.",
        "Date of birth: 3 November 1990", "Passport No.: C4RT7LM02",
        "Home address: Wilhelmshöher Allee 118, 34119 Kassel, Germany",
        "Her costs of living will be covered by the project grant No. NRCT-2569-044 (budget 480,000 baht).",
        "Assoc. Prof. Dr. Kritsada Boonyarat", "Dean, Faculty of Agro-Industry",
        "Tel. +66 5394 8211  E-mail: agro.dean@nvu.ac.th"])
    d.save(docs / "n06_invitation_en.docx")
    return _entry("n06_invitation_en.docx", [
        ("Henrike Vogelsang", "PERSON"), ("3 November 1990", "DOB"), ("C4RT7LM02", "PASSPORT"),
        ("Wilhelmshöher Allee 118", "ADDRESS")], [
        "Faculty of Agro-Industry", "Northern Valley University", "239 Huay Kaew Road", "NVU 0823.4/1706",
        "University of Kassel", "NRCT-2569-044", "480,000", "Kritsada Boonyarat", "+66 5394 8211",
        "agro.dean@nvu.ac.th"])


# --- 7. ordinance initiative signature list (Word-like PDF) ------------------------------------------


def initiative(docs: Path) -> dict:
    people = [("นายอำนาจ พิมพ์ดี", _pid(71), "๒๓ ม.๕"), ("นางสาวสุกัญญา แดงงาม", _pid(72), "๑๐๘/๒ ม.๕"),
              ("นางบังอร ชื่นใจ", _pid(73), "๔๔ ม.๗"), ("นายเสถียร คงมั่น", _pid(74), "๙/๑ ม.๒")]
    rows = [["ลำดับ", "ชื่อ - นามสกุล", "เลขประจำตัวประชาชน", "บ้านเลขที่", "ลายมือชื่อ"]]
    for i, (n, p, a) in enumerate(people, 1):
        rows.append([str(i), n, p, a, ""])
    html = _ps(["แบบ ข.ท.๒ บัญชีรายชื่อผู้เข้าชื่อเสนอข้อบัญญัติท้องถิ่น",
                "เรื่อง ร่างข้อบัญญัติองค์การบริหารส่วนตำบลวังน้ำเขียว ว่าด้วยการควบคุมการเลี้ยงสัตว์ พ.ศ. ...",
                "ผู้แทนการเข้าชื่อ ได้ยื่นต่อประธานสภาองค์การบริหารส่วนตำบลวังน้ำเขียว"]) + _html_table(rows) + _ps([
                "ผู้ตรวจสอบรายชื่อ นางจารุวรรณ ศักดิ์เจริญ ปลัดองค์การบริหารส่วนตำบลวังน้ำเขียว",
                "โทร. ๐ ๔๔๒๒ ๘๑๓๗"])
    word_like_pdf(docs / "n07_initiative.pdf", html, size=12)
    redact: Pairs = []
    for n, p, a in people:
        redact += [(n, "PERSON"), (p, "NATIONAL_ID"), (a, "ADDRESS")]
    return _entry("n07_initiative.pdf", redact, [
        "องค์การบริหารส่วนตำบลวังน้ำเขียว", "นางจารุวรรณ ศักดิ์เจริญ", "ปลัดองค์การบริหารส่วนตำบลวังน้ำเขียว",
        "๐ ๔๔๒๒ ๘๑๓๗"])


# --- 8. pupils without Thai nationality (G codes) ----------------------------------------------------


def g_code_pupils(docs: Path) -> dict:
    rows = [["ที่", "รหัสประจำตัว (G)", "ชื่อ-สกุลนักเรียน", "วันเกิด", "สัญชาติ", "ชื่อบิดา/มารดา", "ชั้น"],
            ["1", "G631200457812", "เด็กชายหม่อง จ่อ", "4 มี.ค. 2559", "เมียนมา", "นายซอ ทุน", "ป.3"],
            ["2", "G631200457830", "เด็กหญิงนันดา อู", "21 ส.ค. 2560", "เมียนมา", "นางมิ มิ ซาน", "ป.2"],
            ["3", "G641200460115", "เด็กชายสมบัติ ไม่มีนามสกุล", "9 ม.ค. 2558", "ไม่ได้รับการพิสูจน์สัญชาติ",
             "นางหล้า คำ", "ป.4"]]
    d = _doc("Kinnari", 13)
    _paras(d, ["โรงเรียนบ้านห้วยผึ้ง สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต ๒",
               "รายชื่อนักเรียนที่ไม่มีหลักฐานทางทะเบียนราษฎร ปีการศึกษา ๒๕๖๙ (ขอรับเงินอุดหนุนรายหัว)"])
    _table(d, rows, borders=False)
    _paras(d, ["ลงชื่อ นายเอกชัย บุญโต ผู้อำนวยการโรงเรียนบ้านห้วยผึ้ง",
               "ครูผู้รับผิดชอบ นางสาวอรอุมา ทิพย์มณี ครูชำนาญการ โทร. ๐ ๕๕๕๐ ๘๙๒๑"])
    d.save(docs / "n08_g_code_pupils.docx")
    return _entry("n08_g_code_pupils.docx", [
        ("G631200457812", "OTHER"), ("เด็กชายหม่อง จ่อ", "PERSON"), ("4 มี.ค. 2559", "DOB"), ("นายซอ ทุน", "PERSON"),
        ("G631200457830", "OTHER"), ("เด็กหญิงนันดา อู", "PERSON"), ("21 ส.ค. 2560", "DOB"), ("นางมิ มิ ซาน", "PERSON"),
        ("G641200460115", "OTHER"), ("เด็กชายสมบัติ ไม่มีนามสกุล", "PERSON"), ("9 ม.ค. 2558", "DOB"),
        ("นางหล้า คำ", "PERSON")], [
        "โรงเรียนบ้านห้วยผึ้ง", "นายเอกชัย บุญโต", "ผู้อำนวยการโรงเรียนบ้านห้วยผึ้ง", "นางสาวอรอุมา ทิพย์มณี",
        "ครูชำนาญการ", "๐ ๕๕๕๐ ๘๙๒๑"])


# --- 9. community psychiatric follow-up --------------------------------------------------------------


def psychiatric(docs: Path) -> dict:
    rows = [["ที่", "ชื่อ-สกุลผู้ป่วย", "อายุ", "อาการ/ปัญหาที่พบ", "ผู้ดูแล", "โทรศัพท์ผู้ดูแล"],
            ["๑", "นายสุนทร ปานทอง", "๔๒", "หูแว่ว นอนไม่หลับ ไม่ยอมกินยา", "นางสายใจ ปานทอง", "๐๘๔-๖๒๗-๑๙๐๓"],
            ["๒", "นางสาวดารุณี เอี่ยมสอาด", "๒๘", "ซึมเศร้า เคยทำร้ายตนเอง", "นายวินัย เอี่ยมสอาด", "๐๙๗-๑๐๓-๔๘๘๖"],
            ["๓", "นายบุญชู แก้วคำ", "๕๕", "ดื่มสุราเรื้อรัง มือสั่น ก้าวร้าว", "นางทองม้วน แก้วคำ", "๐๖๒-๗๗๘-๓๐๑๔"]]
    d = _doc("Garuda", 12)
    _paras(d, ["โรงพยาบาลพระยืน กลุ่มงานจิตเวชและยาเสพติด",
               "สรุปผลการเยี่ยมบ้านผู้ป่วยจิตเวชในชุมชน ไตรมาสที่ ๒ ปีงบประมาณ ๒๕๗๐"])
    _table(d, rows)
    _paras(d, ["ทีมเยี่ยมบ้าน นางนิภาพร สุวรรณศรี พยาบาลวิชาชีพชำนาญการพิเศษ และ นายแพทย์อนุสรณ์ คำภูเงิน จิตแพทย์",
               "รายงานต่อ นายแพทย์สาธารณสุขจังหวัดขอนแก่น"])
    d.save(docs / "n09_psychiatric.docx")
    return _entry("n09_psychiatric.docx", [
        ("นายสุนทร ปานทอง", "PERSON"), ("หูแว่ว", "HEALTH"), ("ไม่ยอมกินยา", "HEALTH"), ("นางสายใจ ปานทอง", "PERSON"),
        ("๐๘๔-๖๒๗-๑๙๐๓", "PHONE"), ("นางสาวดารุณี เอี่ยมสอาด", "PERSON"), ("ซึมเศร้า", "HEALTH"),
        ("เคยทำร้ายตนเอง", "HEALTH"), ("นายวินัย เอี่ยมสอาด", "PERSON"), ("๐๙๗-๑๐๓-๔๘๘๖", "PHONE"),
        ("นายบุญชู แก้วคำ", "PERSON"), ("ดื่มสุราเรื้อรัง", "HEALTH"), ("นางทองม้วน แก้วคำ", "PERSON"),
        ("๐๖๒-๗๗๘-๓๐๑๔", "PHONE")], [
        "โรงพยาบาลพระยืน", "กลุ่มงานจิตเวชและยาเสพติด", "นางนิภาพร สุวรรณศรี", "พยาบาลวิชาชีพชำนาญการพิเศษ",
        "นายแพทย์อนุสรณ์ คำภูเงิน", "จิตแพทย์", "นายแพทย์สาธารณสุขจังหวัดขอนแก่น"])


# --- 10. vocational training graduates (Word-like PDF) ------------------------------------------------


def training(docs: Path) -> dict:
    people = [("นายจักรพันธ์ หอมจันทร์", "086 551 2094"), ("นางสาวปิยธิดา ทองนาค", "089 730 4412"),
              ("นายอภิชาติ สุขแสง", "063 118 9075"), ("นางเยาวลักษณ์ ประทุมวัน", "098 224 6630")]
    rows = [["ที่", "ชื่อ-สกุล", "หมายเลขโทรศัพท์", "ผลการประเมิน"]]
    for i, (n, p) in enumerate(people, 1):
        rows.append([str(i), n, p, ("ผ่าน", "ผ่านดีมาก")[i % 2]])
    html = _ps(["สถาบันพัฒนาฝีมือแรงงาน ๑๑ สุราษฎร์ธานี",
                "ประกาศรายชื่อผู้ผ่านการฝึกอบรม หลักสูตรช่างซ่อมรถจักรยานยนต์ รุ่นที่ ๒/๒๕๗๐",
                "ระหว่างวันที่ ๖ - ๓๑ มกราคม ๒๕๗๐ ณ ศูนย์ฝึกอบรม อำเภอพุนพิน"]) + _html_table(rows) + _ps([
                "วิทยากร นายชาญณรงค์ ยอดแก้ว ครูฝึกฝีมือแรงงานชำนาญงาน",
                "(นายประสิทธิ์ แสงอุทัย) ผู้อำนวยการสถาบันพัฒนาฝีมือแรงงาน ๑๑ สุราษฎร์ธานี โทร. ๐ ๗๗๒๐ ๐๕๔๑"])
    word_like_pdf(docs / "n10_training.pdf", html, size=13)
    redact: Pairs = []
    for n, p in people:
        redact += [(n, "PERSON"), (p, "PHONE")]
    return _entry("n10_training.pdf", redact, [
        "สถาบันพัฒนาฝีมือแรงงาน ๑๑ สุราษฎร์ธานี", "รุ่นที่ ๒/๒๕๗๐", "นายชาญณรงค์ ยอดแก้ว",
        "ครูฝึกฝีมือแรงงานชำนาญงาน", "นายประสิทธิ์ แสงอุทัย", "๐ ๗๗๒๐ ๐๕๔๑"])


# --- 11. farmer debt restructuring -----------------------------------------------------------------


def farmer_debt(docs: Path) -> dict:
    rows = [["ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "เจ้าหนี้", "ยอดหนี้เงินต้น (บาท)", "หลักประกัน"],
            ["1", "นายสมาน บัวลอย", dashed_id(_pid(111)), "ธนาคารกรุงไทย", "412,600",
             "โฉนดที่ดิน"],
            ["2", "นางอุไร ศรีวิชัย", dashed_id(_pid(112)), "สหกรณ์การเกษตรพานทอง จำกัด", "187,350", "บุคคลค้ำประกัน"],
            ["3", "นายสายัณห์ พรมมา", dashed_id(_pid(113)), "ธนาคารออมสิน", "96,000", "น.ส.๓ ก."]]
    d = _doc("Umpush", 12)
    _paras(d, ["สำนักงานกองทุนฟื้นฟูและพัฒนาเกษตรกร สาขาจังหวัดชลบุรี",
               "รายชื่อเกษตรกรสมาชิกที่ผ่านการพิจารณาให้จัดการหนี้แทน ครั้งที่ ๓/๒๕๗๐",
               "วงเงินจัดการหนี้รวม ๒๔,๕๐๐,๐๐๐ บาท"])
    _table(d, rows)
    _paras(d, ["(นางสาวกาญจนา โพธิ์ทอง) หัวหน้าสำนักงานกองทุนฟื้นฟูและพัฒนาเกษตรกร สาขาจังหวัดชลบุรี",
               "โทร. ๐ ๓๘๒๘ ๗๑๔๖"])
    d.save(docs / "n11_farmer_debt.docx")
    return _entry("n11_farmer_debt.docx", [
        ("นายสมาน บัวลอย", "PERSON"), (dashed_id(_pid(111)), "NATIONAL_ID"), ("412,600", "OTHER"),
        ("นางอุไร ศรีวิชัย", "PERSON"), (dashed_id(_pid(112)), "NATIONAL_ID"), ("187,350", "OTHER"),
        ("นายสายัณห์ พรมมา", "PERSON"), (dashed_id(_pid(113)), "NATIONAL_ID"), ("96,000", "OTHER")], [
        "ธนาคารกรุงไทย", "สหกรณ์การเกษตรพานทอง จำกัด", "ธนาคารออมสิน",
        "ครั้งที่ ๓/๒๕๗๐", "๒๔,๕๐๐,๐๐๐", "นางสาวกาญจนา โพธิ์ทอง", "๐ ๓๘๒๘ ๗๑๔๖"])


# --- 12. youth sports squad with birth dates ------------------------------------------------------


def sports_squad(docs: Path) -> dict:
    rows = [["ที่", "ชื่อ-สกุล", "วัน/เดือน/ปีเกิด", "โรงเรียน", "น้ำหนัก (กก.)", "ตำแหน่ง"],
            ["๑", "เด็กชายภูมิพัฒน์ ศรีอ่อน", "๑๗/๐๓/๒๕๕๗", "โรงเรียนกีฬาจังหวัดนครนายก", "๔๘", "ผู้รักษาประตู"],
            ["๒", "เด็กชายณัฐวุฒิ แก่นจันทร์", "๐๔/๑๑/๒๕๕๖", "โรงเรียนบ้านนาหินลาด", "๕๑", "กองหลัง"],
            ["๓", "นายธนกร ยิ้มละมัย", "๒๙/๐๖/๒๕๕๖", "โรงเรียนนครนายกวิทยาคม", "๕๕", "กองกลาง"]]
    d = _doc("Waree", 12)
    _paras(d, ["สำนักงานการท่องเที่ยวและกีฬาจังหวัดนครนายก",
               "ประกาศรายชื่อนักกีฬาฟุตบอลเยาวชนรุ่นอายุไม่เกิน ๑๔ ปี เข้าร่วมการแข่งขันกีฬาเยาวชนแห่งชาติ ครั้งที่ ๔๑"])
    _table(d, rows)
    _paras(d, ["ผู้ฝึกสอน นายเกรียงไกร พานทอง", "(นายศักดิ์ชัย วงศ์ใหญ่) ท่องเที่ยวและกีฬาจังหวัดนครนายก"])
    d.save(docs / "n12_sports_squad.docx")
    return _entry("n12_sports_squad.docx", [
        ("เด็กชายภูมิพัฒน์ ศรีอ่อน", "PERSON"), ("๑๗/๐๓/๒๕๕๗", "DOB"), ("เด็กชายณัฐวุฒิ แก่นจันทร์", "PERSON"),
        ("๐๔/๑๑/๒๕๕๖", "DOB"), ("นายธนกร ยิ้มละมัย", "PERSON"), ("๒๙/๐๖/๒๕๕๖", "DOB")], [
        "สำนักงานการท่องเที่ยวและกีฬาจังหวัดนครนายก", "โรงเรียนกีฬาจังหวัดนครนายก", "โรงเรียนบ้านนาหินลาด",
        "โรงเรียนนครนายกวิทยาคม", "นายเกรียงไกร พานทอง", "นายศักดิ์ชัย วงศ์ใหญ่", "ท่องเที่ยวและกีฬาจังหวัดนครนายก"])


# --- 13. water-supply committee minutes in two columns --------------------------------------------


def water_minutes(docs: Path) -> dict:
    d = _doc("Sawasdee", 12)
    _two_columns(d)
    _paras(d, [
        "รายงานการประชุมคณะกรรมการบริหารกิจการประปาหมู่บ้าน บ้านโนนสะอาด หมู่ที่ ๖",
        "ครั้งที่ ๒/๒๕๗๐ วันที่ ๕ มีนาคม ๒๕๗๐ ณ ศาลาประชาคมหมู่บ้าน",
        "ผู้มาประชุม ๑. นายทองสุข ภูมิลำเนา ผู้ใหญ่บ้าน ประธาน ๒. นางสาววนิดา โคตรบุญ นักวิชาการสุขาภิบาล "
        "องค์การบริหารส่วนตำบลโนนสะอาด ๓. นายประมวล ศรีบุญ เหรัญญิก",
        "ผู้ไม่มาประชุม นายเฉลิม ดวงดี กรรมการ (ลาป่วย ผ่าตัดไส้ติ่ง)",
        "วาระที่ ๑ เรื่องค่าน้ำค้างชำระ เหรัญญิกแจ้งว่ามีผู้ใช้น้ำค้างชำระเกิน ๓ เดือน ได้แก่ นางสมหมาย ทับทิมทอง "
        "ค้าง ๑,๒๔๐ บาท และนายอุดม เรืองศรี ค้าง ๘๗๐ บาท ที่ประชุมมีมติให้แจ้งเตือนเป็นหนังสือก่อนงดจ่ายน้ำ",
        "วาระที่ ๒ เรื่องซ่อมท่อเมนหน้าบ้านเลขที่ ๓๓ ใช้งบประมาณ ๑๘,๕๐๐ บาท จากเงินสะสมของกิจการประปา",
        "วาระที่ ๓ เรื่องอื่น ๆ นายอุดม เรืองศรี ขอผ่อนชำระเนื่องจากตกงาน รายได้ไม่แน่นอน ที่ประชุมอนุมัติ",
        "ปิดประชุมเวลา ๑๖.๓๐ น.", "ผู้จดรายงานการประชุม นางสาววนิดา โคตรบุญ"])
    d.save(docs / "n13_water_minutes.docx")
    return _entry("n13_water_minutes.docx", [
        ("ผ่าตัดไส้ติ่ง", "HEALTH"), ("นางสมหมาย ทับทิมทอง", "PERSON"), ("๑,๒๔๐ บาท", "OTHER"), ("นายอุดม เรืองศรี", "PERSON"),
        ("๘๗๐ บาท", "OTHER"), ("ตกงาน รายได้ไม่แน่นอน", "OTHER")], [
        "บ้านโนนสะอาด", "นายทองสุข ภูมิลำเนา", "ผู้ใหญ่บ้าน", "นางสาววนิดา โคตรบุญ", "นักวิชาการสุขาภิบาล",
        "นายประมวล ศรีบุญ", "นายเฉลิม ดวงดี", "๑๘,๕๐๐", "๕ มีนาคม ๒๕๗๐"])


# --- 14. police summons to an accused --------------------------------------------------------------


def police_summons(docs: Path) -> dict:
    pid = _pid(14, "1")
    d = _doc("Norasi", 15)
    _paras(d, [
        "หมายเรียกผู้ต้องหา", "สถานีตำรวจภูธรบางปลาม้า", "ที่ ๔๗/๒๕๗๐", "วันที่ ๑๑ มีนาคม ๒๕๗๐",
        "ถึง นายณรงค์ฤทธิ์ มณีโชติ",
        f"เลขประจำตัวประชาชน {pid} อยู่บ้านเลขที่ ๒๐๕ หมู่ ๓ ตำบลบางใหญ่ อำเภอบางปลาม้า จังหวัดสุพรรณบุรี",
        "ด้วยท่านต้องหาว่า ขับรถโดยประมาทเป็นเหตุให้ผู้อื่นได้รับอันตรายสาหัส "
        "ตามคดีอาญาที่ ๑๑๘/๒๕๗๐ ของสถานีตำรวจภูธรบางปลาม้า",
        "จึงให้ท่านมาพบพนักงานสอบสวน ในวันที่ ๒๐ มีนาคม ๒๕๗๐ เวลา ๑๐.๐๐ น.",
        "(ลงชื่อ) พ.ต.ท.สุรเชษฐ์ นาคสวัสดิ์ พนักงานสอบสวน (สบ ๒) สถานีตำรวจภูธรบางปลาม้า",
        "โทร. ๐ ๓๕๕๘ ๗๑๙๑"])
    d.save(docs / "n14_police_summons.docx")
    return _entry("n14_police_summons.docx", [
        ("นายณรงค์ฤทธิ์ มณีโชติ", "PERSON"), (pid, "NATIONAL_ID"), ("๒๐๕ หมู่ ๓", "ADDRESS"),
        ("ขับรถโดยประมาทเป็นเหตุให้ผู้อื่นได้รับอันตรายสาหัส", "OTHER")], [
        "สถานีตำรวจภูธรบางปลาม้า", "ที่ ๔๗/๒๕๗๐", "พ.ต.ท.สุรเชษฐ์ นาคสวัสดิ์", "พนักงานสอบสวน", "๐ ๓๕๕๘ ๗๑๙๑",
        "๒๐ มีนาคม ๒๕๗๐"])


# --- 15. home for the elderly admission ------------------------------------------------------------


def elderly_home(docs: Path) -> dict:
    pid = _pid(15)
    d = _doc("Kinnari", 15)
    _paras(d, [
        "ที่ พม ๐๖๐๕.๓/๘๘๑", "ศูนย์พัฒนาการจัดสวัสดิการสังคมผู้สูงอายุบ้านบางแค", "๘ มกราคม ๒๕๗๐",
        "เรื่อง แจ้งผลการพิจารณารับผู้สูงอายุเข้ารับการอุปการะ",
        "เรียน นางสาวจันทร์เพ็ญ ศรีสุข",
        f"ตามที่ท่านขอให้รับนางทองคำ ศรีสุข เลขประจำตัวประชาชน {pid} มารดาของท่าน เข้ารับการอุปการะ "
        "ในสถานสงเคราะห์ โดยแจ้งว่ามารดาช่วยเหลือตัวเองไม่ได้ แขนขาซีกขวาอ่อนแรงหลังเส้นเลือดในสมองตีบ "
        "และมีแผลกดทับที่ก้นกบ",
        "คณะกรรมการพิจารณาแล้ว อนุมัติให้เข้ารับการอุปการะประเภทพักค้าง ตั้งแต่วันที่ ๑ กุมภาพันธ์ ๒๕๗๐",
        "หากมีข้อสงสัย ติดต่อ นางสาวรัตติยา มีสมบูรณ์ นักสังคมสงเคราะห์ชำนาญการ โทร. ๐ ๒๔๑๓ ๓๐๕๒",
        "ขอแสดงความนับถือ", "(นางพรทิพย์ อินทรวงศ์)", "ผู้อำนวยการศูนย์พัฒนาการจัดสวัสดิการสังคมผู้สูงอายุบ้านบางแค",
        "สำเนาถึง ผู้ขอ โทรศัพท์ ๐๘๑ ๙๒๒ ๔๕๑๗"])
    d.save(docs / "n15_elderly_home.docx")
    return _entry("n15_elderly_home.docx", [
        ("นางสาวจันทร์เพ็ญ ศรีสุข", "PERSON"), ("นางทองคำ ศรีสุข", "PERSON"), (pid, "NATIONAL_ID"),
        ("ช่วยเหลือตัวเองไม่ได้", "HEALTH"), ("แขนขาซีกขวาอ่อนแรง", "HEALTH"), ("เส้นเลือดในสมองตีบ", "HEALTH"),
        ("แผลกดทับ", "HEALTH"), ("๐๘๑ ๙๒๒ ๔๕๑๗", "PHONE")], [
        "พม ๐๖๐๕.๓/๘๘๑", "ศูนย์พัฒนาการจัดสวัสดิการสังคมผู้สูงอายุบ้านบางแค", "นางสาวรัตติยา มีสมบูรณ์",
        "นักสังคมสงเคราะห์ชำนาญการ", "๐ ๒๔๑๓ ๓๐๕๒", "นางพรทิพย์ อินทรวงศ์", "๘ มกราคม ๒๕๗๐"])


# --- 16. fishing boat register (Word-like PDF) ---------------------------------------------------------


def fishing_boats(docs: Path) -> dict:
    rows = [["ที่", "ชื่อเรือ", "เลขทะเบียนเรือ", "ขนาด (ตันกรอส)", "ชื่อเจ้าของ", "โทรศัพท์"],
            ["๑", "ศรีสมุทร ๓", "๕๖๐๑-๐๐๔๒๒", "๑๘.๕", "นายไพศาล ทะเลทอง", "๐๘๙-๔๐๑-๗๗๖๒"],
            ["๒", "โชคอนันต์", "๕๖๐๑-๐๐๗๑๘", "๒๔.๐", "บริษัท อันดามันฟิชเชอรี่ จำกัด", "๐ ๗๖๒๑ ๓๓๘๐"],
            ["๓", "เจ้าแม่ทับทิม ๗", "๕๖๐๓-๐๑๑๐๙", "๙.๘", "นางอรทัย หาดทราย", "๐๙๕-๒๑๗-๖๖๔๐"]]
    html = _ps(["สำนักงานประมงจังหวัดพังงา",
                "ทะเบียนเรือประมงพาณิชย์ที่ได้รับใบอนุญาตทำการประมง ปีการประมง ๒๕๗๐"]) + _html_table(rows) + _ps([
                "(นายวิวัฒน์ เลิศทะเล) ประมงจังหวัดพังงา", "ศูนย์ควบคุมการแจ้งเข้าออกเรือประมง โทร. ๐ ๗๖๔๑ ๒๐๗๓"])
    word_like_pdf(docs / "n16_fishing_boats.pdf", html, size=12)
    return _entry("n16_fishing_boats.pdf", [
        ("นายไพศาล ทะเลทอง", "PERSON"), ("๐๘๙-๔๐๑-๗๗๖๒", "PHONE"), ("นางอรทัย หาดทราย", "PERSON"),
        ("๐๙๕-๒๑๗-๖๖๔๐", "PHONE")], [
        "สำนักงานประมงจังหวัดพังงา", "บริษัท อันดามันฟิชเชอรี่ จำกัด", "๐ ๗๖๒๑ ๓๓๘๐", "นายวิวัฒน์ เลิศทะเล",
        "ประมงจังหวัดพังงา", "๐ ๗๖๔๑ ๒๐๗๓"])


# --- 17. administrative appeal decision -----------------------------------------------------------


def appeal(docs: Path) -> dict:
    d = _doc("Laksaman", 15)
    _paras(d, [
        "ที่ มท ๐๓๑๘.๑/๔๔๐๒", "ศาลากลางจังหวัดลพบุรี ถนนนารายณ์มหาราช", "๒๗ กุมภาพันธ์ ๒๕๗๐",
        "เรื่อง แจ้งผลการพิจารณาอุทธรณ์คำสั่งไม่อนุญาตให้ประกอบกิจการ",
        "เรียน นายกิตติพงษ์ อ่อนละมัย",
        "อ้างถึง หนังสืออุทธรณ์ของท่าน ลงวันที่ ๑๐ มกราคม ๒๕๗๐",
        "ตามที่ท่านอุทธรณ์คำสั่งเทศบาลเมืองเขาสามยอด ที่ไม่อนุญาตให้ประกอบกิจการโรงงานอัดก้อนน้ำแข็ง "
        "ในที่ดินของท่าน บ้านเลขที่ ๓๘/๕ ซอยเทศบาล ๑๒ ตำบลเขาสามยอด โดยอ้างว่าท่านมีหนี้สินจากการกู้ยืม "
        "ประมาณ ๒,๓๐๐,๐๐๐ บาท และจะได้รับความเสียหาย นั้น",
        "ผู้ว่าราชการจังหวัดลพบุรีพิจารณาแล้ว เห็นว่าคำสั่งชอบด้วยกฎหมาย จึงให้ยกอุทธรณ์",
        "ขอแสดงความนับถือ", "(นายธีรวัฒน์ สุนทรเวช)", "รองผู้ว่าราชการจังหวัด ปฏิบัติราชการแทน",
        "ผู้ว่าราชการจังหวัดลพบุรี", "กลุ่มงานกฎหมาย โทร. ๐ ๓๖๔๑ ๑๔๔๙"])
    d.save(docs / "n17_appeal.docx")
    return _entry("n17_appeal.docx", [
        ("นายกิตติพงษ์ อ่อนละมัย", "PERSON"), ("๓๘/๕ ซอยเทศบาล ๑๒", "ADDRESS"), ("๒,๓๐๐,๐๐๐", "OTHER")], [
        "มท ๐๓๑๘.๑/๔๔๐๒", "ถนนนารายณ์มหาราช", "เทศบาลเมืองเขาสามยอด", "นายธีรวัฒน์ สุนทรเวช",
        "รองผู้ว่าราชการจังหวัด", "๐ ๓๖๔๑ ๑๔๔๙", "๒๗ กุมภาพันธ์ ๒๕๗๐"])


# --- 18. motorcycle-taxi driver register ---------------------------------------------------------------


def moto_taxi(docs: Path) -> dict:
    rows = [["ลำดับ", "ชื่อผู้ขับ", "เลขที่ใบอนุญาตขับรถ", "ทะเบียนรถ", "วินประจำ", "เสื้อเบอร์"],
            ["1", "นายสำราญ เพชรดี", "65012774", "1กข 4471 กรุงเทพมหานคร", "วินปากซอยลาดพร้าว 101", "7"],
            ["2", "นายอนันต์ ใจกล้า", "63009418", "2กพ 1380 กรุงเทพมหานคร", "วินปากซอยลาดพร้าว 101", "12"],
            ["3", "นางสาวพรรณา เสือเหลือง", "66021553", "งม 928 กรุงเทพมหานคร", "วินหน้าตลาดบางกะปิ", "3"]]
    d = _doc("Tlwg Typo", 11)
    _paras(d, ["กรมการขนส่งทางบก สำนักงานขนส่งกรุงเทพมหานครพื้นที่ ๓",
               "บัญชีรายชื่อผู้ขับรถจักรยานยนต์สาธารณะที่ได้รับอนุญาต เขตบางกะปิ ประจำปี ๒๕๗๐"])
    _table(d, rows)
    _paras(d, ["(นางสาวศิริรัตน์ กมลชัย) นักวิชาการขนส่งชำนาญการ หัวหน้างานทะเบียนรถ โทร. ๐ ๒๒๗๑ ๘๔๔๓"])
    d.save(docs / "n18_moto_taxi.docx")
    return _entry("n18_moto_taxi.docx", [
        ("นายสำราญ เพชรดี", "PERSON"), ("65012774", "OTHER"), ("1กข 4471", "PLATE"), ("นายอนันต์ ใจกล้า", "PERSON"),
        ("63009418", "OTHER"), ("2กพ 1380", "PLATE"), ("นางสาวพรรณา เสือเหลือง", "PERSON"), ("66021553", "OTHER"),
        ("งม 928", "PLATE")], [
        "สำนักงานขนส่งกรุงเทพมหานครพื้นที่ ๓", "นางสาวศิริรัตน์ กมลชัย", "นักวิชาการขนส่งชำนาญการ", "๐ ๒๒๗๑ ๘๔๔๓"])


# --- 19. school-van pupils list --------------------------------------------------------------------


def school_van(docs: Path) -> dict:
    rows = [["ที่", "ชื่อนักเรียน", "ชั้น", "จุดรับ-ส่ง", "ผู้ปกครอง", "เบอร์ติดต่อ"],
            ["1", "ด.ญ.ขวัญข้าว ทองมา", "อ.2", "หน้าบ้านเลขที่ 61 หมู่ 4", "นางบุปผา ทองมา", "0812290476"],
            ["2", "ด.ช.พีรพัฒน์ ลือชา", "ป.1", "หน้าบ้านเลขที่ 7/3 หมู่ 4", "นายเอนก ลือชา", "0935571208"],
            ["3", "ด.ญ.อันนา มั่นคง", "ป.4", "ศาลาริมทางบ้านโคกกลาง", "นางวรรณา มั่นคง", "0648810352"]]
    d = _doc("Loma", 12)
    _paras(d, ["โรงเรียนบ้านโคกกลาง (ประชาสามัคคี) รายชื่อนักเรียนที่ใช้บริการรถรับ-ส่งนักเรียน ภาคเรียนที่ ๒/๒๕๖๙",
               "รถตู้ทะเบียน นข 4417 ขอนแก่น ของ ห้างหุ้นส่วนจำกัด โคกกลางทรานสปอร์ต ตามสัญญาจ้างเลขที่ 3/2569",
               "พนักงานขับรถ นายสมพร อุ่นเรือน (ลูกจ้างของห้างฯ)"])
    _table(d, rows)
    _paras(d, ["ครูเวร นางสาวกมลวรรณ ศรีจันทร์ ครูผู้ช่วย โทร. ๐ ๔๓๓๑ ๐๒๗๗"])
    d.save(docs / "n19_school_van.docx")
    return _entry("n19_school_van.docx", [
        ("ด.ญ.ขวัญข้าว ทองมา", "PERSON"), ("61 หมู่ 4", "ADDRESS"), ("นางบุปผา ทองมา", "PERSON"), ("0812290476", "PHONE"),
        ("ด.ช.พีรพัฒน์ ลือชา", "PERSON"), ("7/3 หมู่ 4", "ADDRESS"), ("นายเอนก ลือชา", "PERSON"), ("0935571208", "PHONE"),
        ("ด.ญ.อันนา มั่นคง", "PERSON"), ("นางวรรณา มั่นคง", "PERSON"), ("0648810352", "PHONE")], [
        "โรงเรียนบ้านโคกกลาง", "ห้างหุ้นส่วนจำกัด โคกกลางทรานสปอร์ต", "3/2569", "บ้านโคกกลาง",
        "นางสาวกมลวรรณ ศรีจันทร์", "ครูผู้ช่วย", "๐ ๔๓๓๑ ๐๒๗๗"])


# --- 20. English death notification of a tourist -------------------------------------------------


def death_en(docs: Path) -> dict:
    d = _doc("Norasi", 12)
    _paras(d, [
        "Tourist Police Division, Phuket Tourist Police Station", "Ref. 0029.611/0448", "18 December 2026",
        "To: Consular Section, Embassy of the Republic of Finland, Bangkok",
        "Subject: Death of a Finnish national",
        "We regret to inform you that MS Aino Kristiina Lehtonen, a Finnish national born 27 July 1984, "
        "passport No. PX8140276, was found unconscious in the sea off Kata Beach on 16 December 2026 at about "
        "17.20 hrs. She was pronounced dead at Vachira Phuket Hospital. The preliminary cause of death is "
        "drowning with a head injury.",
        "Her travel companion, MR Jukka Pekka Salonen, telephone +358 40 771 2093, has been informed.",
        "Her belongings are kept at the station under property record No. 88/2569.",
        "Pol. Lt. Col. Wiroj Saengthong", "Deputy Superintendent, Phuket Tourist Police Station",
        "Tel. 076 355 015, Tourist Police hotline 1155"])
    d.save(docs / "n20_death_en.docx")
    return _entry("n20_death_en.docx", [
        ("Aino Kristiina Lehtonen", "PERSON"), ("27 July 1984", "DOB"), ("PX8140276", "PASSPORT"),
        ("drowning with a head injury", "HEALTH"), ("Jukka Pekka Salonen", "PERSON"), ("+358 40 771 2093", "PHONE")], [
        "Phuket Tourist Police Station", "0029.611/0448", "Embassy of the Republic of Finland", "Kata Beach",
        "Vachira Phuket Hospital", "Wiroj Saengthong", "076 355 015", "18 December 2026"])


# --- 21. officials' child-education allowance ---------------------------------------------------------


def child_allowance(docs: Path) -> dict:
    rows = [["ที่", "ชื่อผู้มีสิทธิ", "ตำแหน่ง", "ชื่อบุตร", "วันเกิดบุตร", "สถานศึกษา", "จำนวนเงิน (บาท)"],
            ["๑", "นางสาวสุดารัตน์ ผลเจริญ", "นักวิชาการเงินและบัญชีชำนาญการ", "เด็กหญิงปาลิตา ผลเจริญ",
             "๓ พ.ค. ๒๕๕๘", "โรงเรียนอนุบาลสุโขทัย", "๓,๒๐๐"],
            ["๒", "นายธนวัฒน์ ใจเพียร", "นายช่างโยธาอาวุโส", "นายปกรณ์ ใจเพียร", "๑๙ ต.ค. ๒๕๔๙",
             "มหาวิทยาลัยนเรศวร", "๒๕,๐๐๐"]]
    html = _ps(["สำนักงานโยธาธิการและผังเมืองจังหวัดสุโขทัย",
                "รายละเอียดการเบิกเงินสวัสดิการเกี่ยวกับการศึกษาของบุตร ภาคเรียนที่ ๒/๒๕๖๙"]) + _html_table(rows) + _ps([
                "ผู้ตรวจสอบ นางกรรณิการ์ สีทอง นักวิชาการเงินและบัญชีชำนาญการพิเศษ"])
    word_like_pdf(docs / "n21_child_allowance.pdf", html, size=12)
    return _entry("n21_child_allowance.pdf", [
        ("เด็กหญิงปาลิตา ผลเจริญ", "PERSON"), ("๓ พ.ค. ๒๕๕๘", "DOB"), ("นายปกรณ์ ใจเพียร", "PERSON"),
        ("๑๙ ต.ค. ๒๕๔๙", "DOB")], [
        "สำนักงานโยธาธิการและผังเมืองจังหวัดสุโขทัย", "นางสาวสุดารัตน์ ผลเจริญ", "นักวิชาการเงินและบัญชีชำนาญการ",
        "นายธนวัฒน์ ใจเพียร", "นายช่างโยธาอาวุโส", "๓,๒๐๐", "๒๕,๐๐๐", "นางกรรณิการ์ สีทอง"])


# --- 22. district office visitors' log ---------------------------------------------------------------


def visitors(docs: Path) -> dict:
    people = [("นายพงศกร ดีมาก", _pid(221), "๐๘๒-๙๑๔-๓๓๗๐"), ("นางเรณู ศรีประเสริฐ", _pid(222), "๐๘๖-๔๔๐-๑๒๕๙"),
              ("นางสาวชลธิชา วงศ์ทอง", _pid(223), "๐๙๓-๖๖๑-๘๒๐๔")]
    rows = [["วันที่", "ชื่อผู้มาติดต่อ", "เลขประจำตัวประชาชน", "โทรศัพท์", "เรื่องที่ติดต่อ", "เจ้าหน้าที่ผู้รับเรื่อง"]]
    for (n, p, t), what in zip(people, ("ขอคัดสำเนาทะเบียนบ้าน", "แจ้งเกิด", "ร้องเรียนเสียงดัง"), strict=True):
        rows.append(["๓ มี.ค. ๖๙", n, p, t, what, "นางสาวมาลิณี ทองสุก"])
    d = _doc("Umpush", 12)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    _paras(d, ["ทะเบียนผู้มาติดต่อราชการ ที่ว่าการอำเภอเมืองกาฬสินธุ์ (ศูนย์บริการร่วม)"])
    _table(d, rows)
    _paras(d, ["หัวหน้าศูนย์บริการร่วม นายสิทธิชัย พลราชม ปลัดอำเภอ (เจ้าพนักงานปกครองชำนาญการ)"])
    d.save(docs / "n22_visitors.docx")
    redact: Pairs = []
    for n, p, t in people:
        redact += [(n, "PERSON"), (p, "NATIONAL_ID"), (t, "PHONE")]
    return _entry("n22_visitors.docx", redact, [
        "ที่ว่าการอำเภอเมืองกาฬสินธุ์", "นางสาวมาลิณี ทองสุก", "นายสิทธิชัย พลราชม", "ปลัดอำเภอ"])


# --- 23. complaint reply about a pig farm ------------------------------------------------------------


def complaint_reply(docs: Path) -> dict:
    d = _doc("Sawasdee", 14)
    _paras(d, [
        "ที่ นม ๘๓๔๐๑/ว ๐๒๑", "องค์การบริหารส่วนตำบลหนองระเวียง", "๑ มีนาคม ๒๕๗๐",
        "เรื่อง ผลการตรวจสอบเรื่องร้องเรียนกลิ่นเหม็นจากฟาร์มสุกร",
        "เรียน นางพัชรี ลาภมาก",
        "อ้างถึง เรื่องร้องเรียนของท่าน ผ่านศูนย์ดำรงธรรมจังหวัดนครราชสีมา ลงวันที่ ๒ กุมภาพันธ์ ๒๕๗๐",
        "ตามที่ท่าน ซึ่งอยู่บ้านเลขที่ ๑๔๒ หมู่ ๘ ร้องเรียนว่าฟาร์มสุกรของนายสมชาย บุญทวี ซึ่งตั้งอยู่ติดกับบ้านของท่าน "
        "ส่งกลิ่นเหม็น ทำให้บุตรของท่านมีอาการหอบหืดกำเริบ นั้น",
        "เจ้าหน้าที่ได้ตรวจสอบแล้ว พบว่าฟาร์มมีบ่อบำบัดน้ำเสียไม่เพียงพอ จึงออกคำสั่งให้ปรับปรุงภายใน ๓๐ วัน "
        "ส่วนฟาร์มของ บริษัท เอสพีฟาร์ม จำกัด ที่อยู่ใกล้เคียง ตรวจแล้วเป็นไปตามมาตรฐาน",
        "ขอแสดงความนับถือ", "(นายวีรพงษ์ ชาญเชี่ยว)", "นายกองค์การบริหารส่วนตำบลหนองระเวียง",
        "กองสาธารณสุขและสิ่งแวดล้อม โทร. ๐ ๔๔๐๐ ๙๑๒๖"])
    d.save(docs / "n23_complaint_reply.docx")
    return _entry("n23_complaint_reply.docx", [
        ("นางพัชรี ลาภมาก", "PERSON"), ("๑๔๒ หมู่ ๘", "ADDRESS"), ("นายสมชาย บุญทวี", "PERSON"),
        ("หอบหืดกำเริบ", "HEALTH")], [
        "นม ๘๓๔๐๑/ว ๐๒๑", "องค์การบริหารส่วนตำบลหนองระเวียง", "ศูนย์ดำรงธรรมจังหวัดนครราชสีมา",
        "บริษัท เอสพีฟาร์ม จำกัด", "นายวีรพงษ์ ชาญเชี่ยว", "๐ ๔๔๐๐ ๙๑๒๖", "๑ มีนาคม ๒๕๗๐"])


# --- 24. police request for a post-mortem ------------------------------------------------------------


def post_mortem(docs: Path) -> dict:
    pid = _pid(24)
    d = _doc("Garuda", 14)
    _paras(d, [
        "ที่ ตช ๐๐๑๙.๗๓(๑๒)/๓๓๔", "สถานีตำรวจภูธรเมืองพิจิตร", "๗ มกราคม ๒๕๗๐",
        "เรื่อง ขอให้ตรวจพิสูจน์ศพเพื่อหาสาเหตุการตาย",
        "เรียน ผู้อำนวยการโรงพยาบาลพิจิตร",
        f"ด้วยเมื่อวันที่ ๖ มกราคม ๒๕๗๐ พบศพนายเด่น สุวรรณรัตน์ อายุ ๓๘ ปี เลขประจำตัวประชาชน {pid} "
        "ในสวนมะม่วงท้ายหมู่บ้าน หมู่ที่ ๔ ตำบลท่าฬ่อ สภาพศพมีบาดแผลถูกของมีคมที่ลำคอและมีรอยช้ำที่แขนทั้งสองข้าง",
        "จึงขอให้แพทย์นิติเวชตรวจพิสูจน์ศพโดยละเอียด ตามประมวลกฎหมายวิธีพิจารณาความอาญา มาตรา ๑๕๐",
        "ญาติผู้ตาย นางสาวจิราพร สุวรรณรัตน์ โทร. ๐๙๘ ๓๔๑ ๗๒๒๖",
        "ขอแสดงความนับถือ", "พ.ต.อ.ชัยวัฒน์ รุ่งเรืองศรี", "ผู้กำกับการสถานีตำรวจภูธรเมืองพิจิตร",
        "งานสอบสวน โทร. ๐ ๕๖๖๑ ๑๐๕๕"])
    d.save(docs / "n24_post_mortem.docx")
    return _entry("n24_post_mortem.docx", [
        ("นายเด่น สุวรรณรัตน์", "PERSON"), (pid, "NATIONAL_ID"), ("บาดแผลถูกของมีคมที่ลำคอ", "HEALTH"),
        ("รอยช้ำที่แขนทั้งสองข้าง", "HEALTH"), ("นางสาวจิราพร สุวรรณรัตน์", "PERSON"), ("๐๙๘ ๓๔๑ ๗๒๒๖", "PHONE")], [
        "ตช ๐๐๑๙.๗๓(๑๒)/๓๓๔", "สถานีตำรวจภูธรเมืองพิจิตร", "ผู้อำนวยการโรงพยาบาลพิจิตร",
        "พ.ต.อ.ชัยวัฒน์ รุ่งเรืองศรี", "ผู้กำกับการสถานีตำรวจภูธรเมืองพิจิตร", "๐ ๕๖๖๑ ๑๐๕๕", "๗ มกราคม ๒๕๗๐"])


# --- 25. informal workers' social security register (landscape, spans pages) ------------------------


def section40(docs: Path) -> dict:
    rows = [["ที่", "เลขประจำตัวประชาชน", "ชื่อ-สกุล", "วันเดือนปีเกิด", "อาชีพ", "รายได้ต่อเดือน", "ทางเลือก",
             "โทรศัพท์"]]
    redact: Pairs = []
    for i in range(26):
        pid = _pid(250 + i, "5")
        name = f"{('นาง', 'นาย')[i % 2]}{_GIVEN[(i * 2) % len(_GIVEN)]} {_FAMILY[(i + 3) % len(_FAMILY)]}"
        dob = f"{i % 28 + 1} {('ม.ค.', 'เม.ย.', 'ก.ค.', 'ต.ค.')[i % 4]} {2500 + i}"
        income = f"{6000 + i * 250:,}"
        phone = f"09{i % 10}{(4412000 + i * 31337) % 10000000:07d}"
        rows.append([str(i + 1), pid, name, dob, ("ค้าขาย", "รับจ้างทั่วไป", "เกษตรกร")[i % 3], income,
                     str(i % 3 + 1), phone])
        if i % 6 == 1:
            redact += [(pid, "NATIONAL_ID"), (name, "PERSON"), (dob, "DOB"), (income, "OTHER"), (phone, "PHONE")]
    d = _doc("Waree", 11)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.header.paragraphs[0].text = "สำนักงานประกันสังคมจังหวัดอ่างทอง"
    _paras(d, ["ทะเบียนผู้สมัครเป็นผู้ประกันตนตามมาตรา ๔๐ ผ่านหน่วยบริการเคลื่อนที่ เดือนกุมภาพันธ์ ๒๕๗๐"])
    _table(d, rows, repeat_header=True)
    _paras(d, ["ผู้รับสมัคร นายอรรถพล ขำวิจิตร นักวิชาการแรงงานปฏิบัติการ โทร. ๐ ๓๕๖๑ ๑๒๘๐"])
    d.save(docs / "n25_section40.docx")
    return _entry("n25_section40.docx", redact, [
        "สำนักงานประกันสังคมจังหวัดอ่างทอง", "นายอรรถพล ขำวิจิตร", "นักวิชาการแรงงานปฏิบัติการ", "๐ ๓๕๖๑ ๑๒๘๐"])


# --- 26. English list of foreign language-course students --------------------------------------------


def course_en(docs: Path) -> dict:
    rows = [["No.", "Name", "Nationality", "Passport No.", "Date of Birth", "E-mail"],
            ["1", "Mr. Tomasz Wieczorek", "Polish", "EK4417093", "02/09/1995", "t.wieczorek95@mailbox.pl"],
            ["2", "Ms. Haruka Nishimoto", "Japanese", "TZ1188420", "15/01/1999", "haruka.n@kmail.jp"],
            ["3", "Mr. Nguyen Van Thanh", "Vietnamese", "C7730415", "30/12/1992", "thanhnv92@vmail.vn"]]
    html = _ps(["Language Institute, Southern Gulf Rajabhat University",
                "List of students enrolled in Thai for Foreigners, Level 2 (Term 2/2026)",
                "Ref. SGRU 0541.12/077 - submitted to Immigration Division 4 for visa extension"]) + \
        _html_table(rows) + _ps(["Course coordinator: Asst. Prof. Dr. Warunee Jaidee, Language Institute",
                                 "Tel. 0 7735 5490  E-mail: thaiforforeigners@sgru.ac.th"])
    word_like_pdf(docs / "n26_course_en.pdf", html, size=11)
    return _entry("n26_course_en.pdf", [
        ("Tomasz Wieczorek", "PERSON"), ("EK4417093", "PASSPORT"), ("02/09/1995", "DOB"),
        ("t.wieczorek95@mailbox.pl", "EMAIL"), ("Haruka Nishimoto", "PERSON"), ("TZ1188420", "PASSPORT"),
        ("15/01/1999", "DOB"), ("haruka.n@kmail.jp", "EMAIL"), ("Nguyen Van Thanh", "PERSON"), ("C7730415", "PASSPORT"),
        ("30/12/1992", "DOB"), ("thanhnv92@vmail.vn", "EMAIL")], [
        "Southern Gulf Rajabhat University", "SGRU 0541.12/077", "Immigration Division 4", "Warunee Jaidee",
        "0 7735 5490", "thaiforforeigners@sgru.ac.th"])


# --- 27. groundwater well permit register -----------------------------------------------------------


def wells(docs: Path) -> dict:
    rows = [["ที่", "เลขที่ใบอนุญาต", "ผู้รับอนุญาต", "ที่ตั้งบ่อ", "ปริมาณน้ำ (ลบ.ม./วัน)", "ติดต่อ"],
            ["๑", "๓๔-๐๐๑๒๗/๒๕๗๐", "นายบรรจง ทองหล่อ", "บ้านเลขที่ ๙๑ หมู่ ๒ ตำบลโนนผึ้ง", "๑๐", "๐๖๑-๕๐๔-๓๓๑๒"],
            ["๒", "๓๔-๐๐๑๒๘/๒๕๗๐", "บริษัท อุบลไอซ์ จำกัด", "ถนนชยางกูร ตำบลขามใหญ่", "๑๘๐", "๐ ๔๕๒๔ ๘๘๐๐"],
            ["๓", "๓๔-๐๐๑๓๑/๒๕๗๐", "นางมยุรี แสนสุข", "บ้านเลขที่ ๒๗/๑ หมู่ ๖ ตำบลโนนผึ้ง", "๕", "๐๘๙-๒๓๔-๗๑๑๕"]]
    d = _doc("Laksaman", 14)
    d.sections[0].footer.paragraphs[0].text = "ทสจ.อุบลราชธานี กลุ่มงานทรัพยากรน้ำบาดาล โทร. ๐ ๔๕๓๑ ๔๔๘๗"
    _paras(d, ["สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดอุบลราชธานี",
               "ประกาศรายชื่อผู้ได้รับใบอนุญาตใช้น้ำบาดาล ประจำเดือนมีนาคม ๒๕๗๐"])
    _table(d, rows)
    _paras(d, ["(นายจิรศักดิ์ ปัญญาวงศ์) ผู้อำนวยการสำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดอุบลราชธานี"])
    d.save(docs / "n27_wells.docx")
    return _entry("n27_wells.docx", [
        ("๙๑ หมู่ ๒", "ADDRESS"), ("๐๖๑-๕๐๔-๓๓๑๒", "PHONE"), ("๒๗/๑ หมู่ ๖", "ADDRESS"), ("๐๘๙-๒๓๔-๗๑๑๕", "PHONE")], [
        "๓๔-๐๐๑๒๗/๒๕๗๐", "บริษัท อุบลไอซ์ จำกัด", "ถนนชยางกูร", "๐ ๔๕๒๔ ๘๘๐๐", "นายจิรศักดิ์ ปัญญาวงศ์",
        "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดอุบลราชธานี", "๐ ๔๕๓๑ ๔๔๘๗"])


BUILDERS = (unpaid_fees, elephant_damage, rabies, demolition, consular_en, invitation_en, initiative, g_code_pupils,
            psychiatric, training, farmer_debt, sports_squad, water_minutes, police_summons, elderly_home,
            fishing_boats, appeal, moto_taxi, school_van, death_en, child_allowance, visitors, complaint_reply,
            post_mortem, section40, course_en, wells)
# Word files also printed to PDF by LibreOffice.
PDF_TOO = ("n02_elephant_damage", "n04_demolition", "n09_psychiatric", "n12_sports_squad", "n13_water_minutes",
           "n14_police_summons", "n22_visitors", "n05_consular_en")
# LibreOffice prints also rendered to image-only scans (dpi).
SCANS = {"n04_demolition": 300, "n09_psychiatric": 200, "n12_sports_squad": 200, "n14_police_summons": 300}


def build(out: Path) -> list[dict]:
    return build_set(out, BUILDERS, PDF_TOO, SCANS)


def main() -> int:
    args = set_parser(__doc__).parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="phoei-general8-"))
    write_and_score(out, build(out), args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
