"""A twelfth invented evaluation set (issue #11), of document kinds that probe_set.py, probe_kinds.py and
general_set.py, general_set3.py ... general_set11.py do not have.

Every document, name, number and place here is made up for this file (none comes from an evaluation
set). Kinds: a hospital ward's discharge summary list with multi-line diagnosis cells; a funeral-aid
association's member register with beneficiaries; an English state-quarantine release list (passports,
RT-PCR results, dd/mm/yyyy birth dates); a court mediation centre's record of a credit-card debt; an MOU
foreign-worker arrival list in mixed Thai and English (passports, visas, work permits; landscape); a
pension-account change list of retired officials; a lottery prize-claim register; a community
enterprise's share register; a request to add names to a voters' list, scanned with a stamp over the
signature block; a landslide evacuation centre's register with chronic illnesses and medicines; a
witness statement in question-and-answer form (printed and scanned tilted); a labour-dispute settlement
record; a land-boundary certification with neighbours' signatures; a school transcript extract (ปพ.๑);
an English clinical-study reimbursement list; sub-district council minutes where officials speak about a
named complainant; a letter approving compensation for a vaccine's side effect, with a signature block;
a rubber-price aid list on a page rotated 90 degrees; a headman's income certificate typed straight onto
a scan; a refuse-fee arrears notice in two columns; a methadone clinic's dispensing register in tight
rows; an English parental consent for a minor's travel abroad; a list of littering fines paid; an
elderly school's enrolment with emergency contacts; a hospital's road-accident insurance claims
spanning pages with a repeated header; a prison-free community service (งานบริการสังคม) roster of
probationers. Files are Word files in several TLWG fonts (borders and none, landscape, repeated header
rows, multi-line cells, two columns, tight rows), LibreOffice prints of them, "Word-like" PDFs laid out
by HarfBuzz (general_set4.word_like_pdf), image-only scans at 200 and 300 dpi (one tilted, one with a
stamp over text), a page rotated 90 degrees and a scan built directly from text.

Rules this set states (decided by OIA s.15(5) before any output was looked at, and scored):
- Officials named for what they do in office stay with their positions, units and the agency's phones,
  addresses and document numbers: doctors, nurses, pharmacists, mediators, labour and employment
  officers, registrars, land surveyors, teachers, village headmen and kamnan, council members and
  clerks, police inquiry officers, probation officers, municipal and district staff, researchers.
- Private persons go with their identifiers: patients, association members and their beneficiaries,
  travellers, debtors, foreign workers, lottery winners, enterprise members, voters, evacuees,
  witnesses and suspects, employees, land owners and neighbours, pupils and parents, study
  participants, complainants, vaccine recipients, rubber farmers, a certified person's income,
  households in arrears, clients of a methadone clinic, a minor and her parents, litterers, elderly
  students and their contacts, accident victims, probationers: names (PERSON), national IDs, passports,
  phones, house addresses, birth dates, bank accounts, health (diagnoses, test results, side effects,
  illnesses, medicines, doses, injuries), incomes, debts, prize money, shares, wages, settlements, grade
  averages and offences (OTHER), hospital numbers, visas and work permits.
- Companies, banks, hospitals, budgets, document and case numbers, title-deed numbers, dates of
  documents and the agency's own figures stay; aid paid to everyone alike under a public scheme is not
  scored.
- Decided not to score either way: ages, relationship words, retired officials' names beside their
  pension (a pension is public money paid for service in office; the bank account and ID still go),
  study participant codes (pseudonyms), ticket numbers of a prize already drawn.

Measured (39 files, 505 items to withhold, 222 to keep), scored with score.py and
``python -m webui.cli redact {in} -o {out} --accept-all``:
main at f397a6a, before any rule was written for this set: leak 0.099 (50/505: OTHER 30/86, HEALTH 8/57,
NATIONAL_ID 6/71, PERSON 6/166), over-redaction 0.086 (19/222), 1 failed (the 200 dpi scan of the littering
fines: OCR read one row's title as "4สางสาว", the name cell was not taken for a name, and the verifier, reading
the written page, found the title that stayed; no output, all 18 items leaked). The worst besides: columns the
lexicon did not know (a visa number, a clinic's client code, medicines taken, an RT-PCR result, severance and
prize money), a debtor's instalment in a mediation record, a court's conciliator and a record's typist
withheld as private persons.
After the rules written for it (optimistic now: they were written looking at this set's output): leak 0.004
(2/505), over-redaction 0.054 (12/222), 0 failed. Still open: a pupil's grade average (no label states an
education record); a compensation the agency pays a vaccine-injured person (the redactor keeps a one-off
payment the agency orders as its spending; this set's key withholds it, for the harm it measures); a
title-deed number in a boundary certificate (the land_title detector withholds a natural person's deed; this
set's key, like set 11's, keeps deed numbers as public land records); an English principal investigator and
research coordinator, and a prize office's clerk named after "เจ้าหน้าที่จ่ายรางวัล" (read as "paid to");
phones and document numbers on 200/300 dpi scans that OCR reads as unsure Thai digits.

    python benchmarks/general_set12.py [--out DIR] [--score ../shared/eval/score.py]
        [--cmd 'python -m webui.cli redact {in} -o {out} --accept-all']

writes DIR/docs/*, DIR/truth.json and, if the scorer is there, scores it with --cmd.
"""

from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path

import pymupdf
from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.general_set4 import _html_table, _ps, build_set, word_like_pdf  # noqa: E402
from benchmarks.general_set9 import _fours, _landscape, _pid, _spaced  # noqa: E402
from benchmarks.probe_kinds import _doc, _entry, _paras, _t, _table  # noqa: E402
from benchmarks.probe_set import set_parser, to_pdf, to_scan, write_and_score  # noqa: E402
from tests.fixtures.make_pdf import dashed_id, thai_digits  # noqa: E402

Pairs = list[tuple[str, str]]

_GM = ("ธีรเทพ", "ธนวัฒน์", "กิตติศักดิ์", "วัชรพงษ์", "อดิเรก", "สิทธิชัย", "ปรีชา", "จักรพันธ์", "ยุทธนา")
_GF = ("รัตติยา", "พรรณี", "สุดารัตน์", "จิราพร", "บุษบา", "นงลักษณ์", "อรอุมา", "เยาวลักษณ์", "ดารุณี")
_SN = ("คำแหงพล", "ศรีสุวรรณโณ", "บุญญาสิทธิ์", "แสนทวีสุข", "วงศ์คำจันทร์", "ทวีผลสมบูรณ์", "ทองอินทร์ศรี",
       "เจริญสุขวัฒนา", "พึ่งบุญมาก", "สายทองคำ", "นิลวงศ์ภักดี", "รุ่งเรืองผล", "มณีโชติวงศ์")


def _nm(i: int) -> str:
    """A made-up name whose title fits the given name."""
    if i % 2 == 0:
        return f"นาย{_GM[(i // 2) % len(_GM)]} {_SN[(i * 5 + 2) % len(_SN)]}"
    return f"{('นาง', 'นางสาว')[(i // 2) % 2]}{_GF[(i // 2) % len(_GF)]} {_SN[(i * 7 + 4) % len(_SN)]}"


def _acct(i: int) -> str:
    n = f"{(i * 61_402_117 + 205_118_493) % 10**10:010d}"
    return f"{n[:3]}-{n[3]}-{n[4:9]}-{n[9]}"


def _mobile(i: int) -> str:
    n = f"{(i * 3_120_991 + 4_048_317) % 10**7:07d}"
    return f"0{('8', '9', '6')[i % 3]}{(i * 3) % 10}-{n[:3]}-{n[3:]}"


def _tid(seed: int) -> str:
    return thai_digits(dashed_id(_pid(seed)))


def _tight(d) -> None:  # type: ignore[no-untyped-def]
    d.styles["Normal"].paragraph_format.space_after = Pt(0)
    d.styles["Normal"].paragraph_format.line_spacing = 1.0


def _multiline_table(d, rows: list[list[str]]) -> None:  # type: ignore[no-untyped-def]
    """A ruled table whose cells may hold several paragraphs (a cell's text split on newlines)."""
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            parts = text.split("\n")
            cell = t.cell(r, c)
            cell.text = parts[0]
            for p in parts[1:]:
                cell.add_paragraph(p)


def _columns(d, n: int) -> None:  # type: ignore[no-untyped-def]
    sect = d.add_section(WD_SECTION.CONTINUOUS)
    cols = sect._sectPr.xpath("./w:cols")
    el = cols[0] if cols else OxmlElement("w:cols")
    el.set(qn("w:num"), str(n))
    el.set(qn("w:space"), "567")
    if not cols:
        sect._sectPr.append(el)


# --- 1. ward discharge summary list (multi-line cells; printed and scanned) -------------------------------


def discharges(docs: Path) -> dict:
    cases = [("นายปรีชา แสนทวีสุข", "๖๘-๑๒๐๔๗", "ปอดอักเสบติดเชื้อ\nเบาหวานชนิดที่ ๒", "ทุเลา กลับบ้าน"),
             ("นางพรรณี มณีโชติวงศ์", "๖๙-๐๐๘๑๓", "หัวใจล้มเหลว\nไตวายเรื้อรังระยะที่ ๔", "ส่งต่อโรงพยาบาลศูนย์"),
             ("นายยุทธนา พึ่งบุญมาก", "๗๐-๐๐๓๒๖", "ตับแข็งจากสุรา\nเลือดออกในทางเดินอาหาร", "ไม่สมัครใจอยู่"),
             ("นางสาวดารุณี สายทองคำ", "๗๐-๐๐๔๑๘", "ครรภ์เป็นพิษ\nผ่าตัดคลอด", "ทุเลา กลับบ้าน")]
    rows = [["ที่", "ชื่อ-สกุลผู้ป่วย", "HN", "วันที่รับไว้", "การวินิจฉัยโรค", "สถานะการจำหน่าย"]]
    redact: Pairs = []
    for i, (n, hn, dx, st) in enumerate(cases, 1):
        rows.append([_t(str(i)), n, hn, f"{_t(str(i * 3))} มี.ค. ๒๕๗๐", dx, st])
        redact += [(n, "PERSON"), (hn, "OTHER")] + [(x, "HEALTH") for x in dx.split("\n")]
    d = _doc("Garuda", 13)
    _paras(d, ["โรงพยาบาลชุมแพสมมุติ หอผู้ป่วยอายุรกรรมหญิงและชาย",
               "สรุปรายชื่อผู้ป่วยจำหน่าย ประจำสัปดาห์ที่ ๒ เดือนมีนาคม ๒๕๗๐ (เสนอคณะกรรมการทบทวนเวชระเบียน)"])
    _multiline_table(d, rows)
    _paras(d, ["หัวหน้าหอผู้ป่วย นางนิภาพร แก้วประดิษฐ์ พยาบาลวิชาชีพชำนาญการพิเศษ",
               "แพทย์ผู้ทบทวน นายแพทย์ธีรวัฒน์ เกียรติวงศา นายแพทย์ชำนาญการ โทร. ๐ ๔๓๓๑ ๒๖๐๐ ต่อ ๑๒๔"])
    d.save(docs / "t01_discharges.docx")
    return _entry("t01_discharges.docx", redact, [
        "โรงพยาบาลชุมแพสมมุติ", "นางนิภาพร แก้วประดิษฐ์", "พยาบาลวิชาชีพชำนาญการพิเศษ", "นายแพทย์ธีรวัฒน์ เกียรติวงศา",
        "๐ ๔๓๓๑ ๒๖๐๐", "ส่งต่อโรงพยาบาลศูนย์"])


# --- 2. funeral-aid association member register with beneficiaries (Word-like PDF) ------------------------


def funeral_aid(docs: Path) -> dict:
    rows = [["เลขทะเบียนสมาชิก", "ชื่อ-สกุลสมาชิก", "เลขประจำตัวประชาชน", "ผู้รับเงินสงเคราะห์", "ความเกี่ยวพัน",
             "ค่าบำรุงรายปี (บาท)"]]
    redact: Pairs = []
    for i in range(7):
        mid = f"ฌกส.{_t(f'{410 + i * 13:04d}')}"
        n, pid, ben = _nm(i + 3), _tid(41_000 + i), _nm(i + 60)
        rows.append([mid, n, pid, ben, ("บุตร", "คู่สมรส", "หลาน")[i % 3], "๒๔๐"])
        redact += [(mid, "OTHER"), (n, "PERSON"), (pid, "NATIONAL_ID"), (ben, "PERSON")]
    html = _ps(["สมาคมฌาปนกิจสงเคราะห์ข้าราชการและประชาชนอำเภอน้ำพองสมมุติ",
                "ทะเบียนสมาชิกผู้สมัครใหม่ รุ่นที่ ๑๒ ประจำปี ๒๕๗๐ (นายทะเบียน ศพส. รับรองแล้ว)"]) + _html_table(rows) + \
        _ps(["นายทะเบียนสมาคม นายสุเมธ จันทร์ทองดี ปลัดอำเภอ (เจ้าพนักงานปกครองชำนาญการ) โทร. ๐ ๔๓๔๔ ๑๑๒๕"])
    word_like_pdf(docs / "t02_funeral_aid.pdf", html, size=12)
    return _entry("t02_funeral_aid.pdf", redact, [
        "สมาคมฌาปนกิจสงเคราะห์ข้าราชการและประชาชนอำเภอน้ำพองสมมุติ", "นายสุเมธ จันทร์ทองดี",
        "เจ้าพนักงานปกครองชำนาญการ", "๐ ๔๓๔๔ ๑๑๒๕"])


# --- 3. English state-quarantine release list (dd/mm/yyyy; printed) -----------------------------------------


def quarantine_en(docs: Path) -> dict:
    people = [("MR. SOMPHON KHAMSAEN", "AC4418207", "14/02/1984", "TG 623", "Not detected"),
              ("MS. WARUNEE THONGDEE", "AB9031766", "30/09/1991", "TG 623", "Detected (Ct 31), treated"),
              ("MR. DANIEL HARTMANN", "C7X40LK21", "02/07/1976", "QR 832", "Not detected"),
              ("MRS. ANONG PHIMPHA", "AA1877420", "19/12/1968", "EK 384", "Detected (Ct 27), hospitalised")]
    rows = [["No.", "Name", "Passport No.", "Date of birth", "Flight", "RT-PCR (day 10)"]]
    redact: Pairs = []
    for i, (n, pp, dob, fl, res) in enumerate(people, 1):
        rows.append([str(i), n, pp, dob, fl, res])
        redact += [(n, "PERSON"), (pp, "PASSPORT"), (dob, "DOB")]
        if res.startswith("Detected"):
            redact.append((res, "HEALTH"))
    d = _doc("Loma", 12)
    _paras(d, ["Provincial Communicable Disease Control Committee of Nong Khai (fictitious)",
               "Release list, State Quarantine Facility No. 3, cohort of 21 March 2021",
               "Ref. NK 0033.004/2277"])
    _table(d, rows)
    _paras(d, ["Certified by Dr. Kittipong Saengarun, Medical Officer, Senior Professional Level",
               "Facility office: Tel. 0 4241 1530, e-mail sq3.nongkhai@example.go.th"])
    d.save(docs / "t03_quarantine_en.docx")
    return _entry("t03_quarantine_en.docx", redact, [
        "Provincial Communicable Disease Control Committee of Nong Khai", "NK 0033.004/2277", "Kittipong Saengarun",
        "0 4241 1530", "sq3.nongkhai@example.go.th", "21 March 2021"])


# --- 4. court mediation record: credit-card debt ----------------------------------------------------------


def mediation(docs: Path) -> dict:
    pid = _pid(42_001)
    d = _doc("Sawasdee", 14)
    _paras(d, [
        "ศูนย์ไกล่เกลี่ยข้อพิพาท ศาลแขวงขอนแก่นสมมุติ",
        "บันทึกการไกล่เกลี่ยข้อพิพาท คดีหมายเลขดำที่ ผบ. ๘๘๑/๒๕๗๐",
        "วันที่ ๑๘ เมษายน ๒๕๗๐ เวลา ๑๐.๐๐ น.",
        "โจทก์ ธนาคารกรุงสยามพาณิชย์สมมุติ จำกัด (มหาชน) โดย นายวิทวัส รัตนโกสินทร์สมมุติ ผู้รับมอบอำนาจ",
        f"จำเลย นางสาวรัตติยา คำแหงพล เลขประจำตัวประชาชน {dashed_id(pid)} "
        "อยู่บ้านเลขที่ ๗๗/๔ หมู่ ๖ ตำบลศิลา โทร. ๐๙๒-๕๑๘-๓๓๗๐",
        "ผลการไกล่เกลี่ย คู่ความตกลงกันได้ จำเลยยอมชำระหนี้บัตรเครดิต ๘๖,๔๐๐ บาท ผ่อนชำระเดือนละ ๓,๖๐๐ บาท",
        "ผู้ไกล่เกลี่ย นายอำนวย ศักดิ์สิทธิ์ ผู้ประนีประนอมประจำศาล",
        "เจ้าหน้าที่ศูนย์ นางสาวพิชญา ใจดีงาม นิติกรชำนาญการ โทร. ๐ ๔๓๒๔ ๒๑๙๐"])
    d.save(docs / "t04_mediation.docx")
    return _entry("t04_mediation.docx", [
        ("นางสาวรัตติยา คำแหงพล", "PERSON"), (dashed_id(pid), "NATIONAL_ID"), ("๗๗/๔ หมู่ ๖", "ADDRESS"),
        ("๐๙๒-๕๑๘-๓๓๗๐", "PHONE"), ("๘๖,๔๐๐ บาท", "OTHER"), ("เดือนละ ๓,๖๐๐ บาท", "OTHER")], [
        "ศาลแขวงขอนแก่นสมมุติ", "ผบ. ๘๘๑/๒๕๗๐", "ธนาคารกรุงสยามพาณิชย์สมมุติ จำกัด (มหาชน)", "นายอำนวย ศักดิ์สิทธิ์",
        "ผู้ประนีประนอมประจำศาล", "นางสาวพิชญา ใจดีงาม", "นิติกรชำนาญการ", "๐ ๔๓๒๔ ๒๑๙๐", "๑๘ เมษายน ๒๕๗๐"])


# --- 5. MOU foreign-worker arrivals, Thai and English mixed (landscape; printed) ----------------------------


def mou_workers(docs: Path) -> dict:
    workers = [("MR. SOKHA CHHENG", "นายโสภา เชง", "N01842276", "VS-2570-0412", "WP 67-0019843"),
               ("MS. SREYMOM KEO", "นางสาวสรีมม แก้ว", "N02317745", "VS-2570-0413", "WP 67-0019844"),
               ("MR. VANNAK PHAL", "นายวันนัก พล", "N00987521", "VS-2570-0414", "WP 67-0019845"),
               ("MS. CHANTHOU SOK", "นางสาวจันธู สก", "N03550018", "VS-2570-0415", "WP 67-0019846")]
    rows = [["ที่ No.", "ชื่อ-สกุล (Name)", "ชื่อภาษาไทย", "Passport No.", "Visa No.", "ใบอนุญาตทำงาน Work permit",
             "นายจ้าง Employer"]]
    redact: Pairs = []
    for i, (en, th, pp, visa, wp) in enumerate(workers, 1):
        rows.append([str(i), en, th, pp, visa, wp, "บริษัท สยามรับเบอร์สมมุติ จำกัด"])
        redact += [(en, "PERSON"), (th, "PERSON"), (pp, "PASSPORT"), (visa, "OTHER"), (wp, "OTHER")]
    d = _doc("Norasi", 11)
    _landscape(d)
    _paras(d, ["สำนักงานจัดหางานจังหวัดระยองสมมุติ Provincial Employment Office of Rayong (fictitious)",
               "บัญชีรายชื่อแรงงานกัมพูชาที่นำเข้าตาม MOU งวดที่ ๔/๒๕๗๐ ด่านตรวจคนเข้าเมืองคลองลึกสมมุติ"])
    _table(d, rows)
    _paras(d, ["ผู้ตรวจสอบ นายสมบัติ ทองเลิศ นักวิชาการแรงงานชำนาญการ Labour Specialist, Tel. 0 3869 4120"])
    d.save(docs / "t05_mou_workers.docx")
    return _entry("t05_mou_workers.docx", redact, [
        "สำนักงานจัดหางานจังหวัดระยองสมมุติ", "บริษัท สยามรับเบอร์สมมุติ จำกัด", "นายสมบัติ ทองเลิศ",
        "นักวิชาการแรงงานชำนาญการ", "0 3869 4120", "งวดที่ ๔/๒๕๗๐"])


# --- 6. pension-account change list of retired officials ---------------------------------------------------


def pension_accounts(docs: Path) -> dict:
    rows = [["ที่", "ชื่อ-สกุลผู้รับบำนาญ", "เลขประจำตัวประชาชน", "ธนาคารเดิม", "บัญชีใหม่", "เลขที่บัญชีใหม่"]]
    redact: Pairs = []
    banks = ("ธนาคารกรุงไทยสมมุติ", "ธนาคารออมสินสมมุติ", "ธนาคาร ธ.ก.ส. สมมุติ")
    for i in range(6):
        n, pid, acct = _nm(i + 20), _t(_spaced(_pid(43_000 + i))), _t(_acct(i + 430))
        rows.append([_t(str(i + 1)), n, pid, banks[i % 3], banks[(i + 1) % 3], acct])
        redact += [(pid, "NATIONAL_ID"), (acct, "BANK_ACCOUNT")]
    d = _doc("Kinnari", 13)
    _paras(d, ["สำนักงานคลังจังหวัดมหาสารคามสมมุติ",
               "บัญชีผู้รับบำนาญขอเปลี่ยนแปลงบัญชีรับเงินบำนาญ ประจำเดือนเมษายน ๒๕๗๐ ที่ กค ๐๔๒๐.๑/ว ๓๓"])
    _table(d, rows)
    _paras(d, ["ผู้จัดทำ นางสาวลัดดาวัลย์ ชัยศรีสมมุติ นักวิชาการคลังปฏิบัติการ",
               "ผู้ตรวจ นายชยันต์ บุญรอด คลังจังหวัดมหาสารคามสมมุติ โทร. ๐ ๔๓๗๗ ๗๒๑๘"])
    d.save(docs / "t06_pension_accounts.docx")
    return _entry("t06_pension_accounts.docx", redact, [
        "สำนักงานคลังจังหวัดมหาสารคามสมมุติ", "กค ๐๔๒๐.๑/ว ๓๓", "นางสาวลัดดาวัลย์ ชัยศรีสมมุติ", "นายชยันต์ บุญรอด",
        "๐ ๔๓๗๗ ๗๒๑๘", "ธนาคารออมสินสมมุติ"])


# --- 7. lottery prize-claim register (Word-like PDF) ---------------------------------------------------------


def lottery_claims(docs: Path) -> dict:
    rows = [["ที่", "งวดวันที่", "เลขสลาก", "ชื่อ-สกุลผู้ขอรับเงินรางวัล", "เลขประจำตัวประชาชน", "เงินรางวัลสุทธิ (บาท)",
             "โอนเข้าบัญชี"]]
    redact: Pairs = []
    for i in range(5):
        n, pid, acct = _nm(i + 70), _tid(44_000 + i), _t(_acct(i + 440))
        prize = _t(f"{(6 - i) * 990_000 if i < 2 else 49_500:,}")
        rows.append([_t(str(i + 1)), "๑ มี.ค. ๒๕๗๐", _t(f"{(i * 271_937 + 104_455) % 10**6:06d}"), n, pid, prize, acct])
        redact += [(n, "PERSON"), (pid, "NATIONAL_ID"), (prize, "OTHER"), (acct, "BANK_ACCOUNT")]
    html = _ps(["สำนักงานสลากกินแบ่งรัฐบาลสมมุติ ฝ่ายจ่ายรางวัล",
                "ทะเบียนคุมการจ่ายเงินรางวัลสลากกินแบ่งรัฐบาล (รางวัลที่ ๑ ถึงรางวัลที่ ๒) เอกสารเลขที่ สกส. ๒๑๑/๒๕๗๐"]) + \
        _html_table(rows) + _ps(["เจ้าหน้าที่จ่ายรางวัล นางสาวเบญจวรรณ ศรีนวลสมมุติ โทร. ๐ ๒๕๒๘ ๙๙๙๙"])
    word_like_pdf(docs / "t07_lottery_claims.pdf", html, size=11)
    return _entry("t07_lottery_claims.pdf", redact, [
        "สำนักงานสลากกินแบ่งรัฐบาลสมมุติ", "สกส. ๒๑๑/๒๕๗๐", "นางสาวเบญจวรรณ ศรีนวลสมมุติ", "๐ ๒๕๒๘ ๙๙๙๙", "๑ มี.ค. ๒๕๗๐"])


# --- 8. community enterprise share register ----------------------------------------------------------------


def enterprise_shares(docs: Path) -> dict:
    rows = [["ลำดับ", "ชื่อ-สกุลสมาชิก", "เลขประจำตัวประชาชน", "จำนวนหุ้น", "มูลค่าหุ้น (บาท)", "โทรศัพท์"]]
    redact: Pairs = []
    for i in range(8):
        n, pid, tel = _nm(i + 80), dashed_id(_pid(45_000 + i)), _mobile(i + 80)
        shares = 5 + (i * 7) % 20
        rows.append([str(i + 1), n, pid, str(shares), f"{shares * 100:,}", tel])
        redact += [(n, "PERSON"), (pid, "NATIONAL_ID"), (tel, "PHONE")]
    d = _doc("Tlwg Typist", 12)
    _paras(d, ["วิสาหกิจชุมชนกลุ่มทอผ้าไหมบ้านหนองแวงสมมุติ รหัสทะเบียน 4-40-05-12/1-0031",
               "ทะเบียนสมาชิกและหุ้น ณ วันที่ 31/03/2570 (ยื่นต่อสำนักงานเกษตรอำเภอบ้านไผ่สมมุติ)"])
    _table(d, rows, borders=False)
    _paras(d, ["ประธานกลุ่ม (ลงชื่อ) .......................", "เจ้าหน้าที่ผู้รับจดทะเบียน นางสาววิมลรัตน์ โพธิ์ศรีสมมุติ "
               "นักวิชาการส่งเสริมการเกษตรชำนาญการ โทร. 0 4327 2106"])
    d.save(docs / "t08_enterprise_shares.docx")
    return _entry("t08_enterprise_shares.docx", redact, [
        "วิสาหกิจชุมชนกลุ่มทอผ้าไหมบ้านหนองแวงสมมุติ", "4-40-05-12/1-0031", "31/03/2570", "นางสาววิมลรัตน์ โพธิ์ศรีสมมุติ",
        "นักวิชาการส่งเสริมการเกษตรชำนาญการ", "0 4327 2106"])


# --- 9. request to add names to a voters' list (printed; scanned with a stamp over the signatures) ---------


def voter_list(docs: Path) -> dict:
    rows = [["ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันเดือนปีเกิด", "บ้านเลขที่", "เหตุที่ขอเพิ่มชื่อ"]]
    redact: Pairs = []
    for i in range(5):
        n, pid = _nm(i + 90), _tid(46_000 + i)
        dob = f"{_t(str(i * 5 + 2))} {('มกราคม', 'มิถุนายน', 'ตุลาคม')[i % 3]} {_t(str(2510 + i * 6))}"
        house = f"{_t(str(14 + i * 9))} หมู่ {_t(str(i + 2))}"
        rows.append([_t(str(i + 1)), n, pid, dob, house, "ย้ายเข้าก่อนวันเลือกตั้งเกิน ๙๐ วัน"])
        redact += [(n, "PERSON"), (pid, "NATIONAL_ID"), (dob, "DOB"), (house, "ADDRESS")]
    d = _doc("Laksaman", 14)
    _paras(d, ["ที่ ขก ๐๘๑๒.๔/๓๕๑", "สำนักทะเบียนอำเภอพระยืนสมมุติ",
               "เรื่อง ผลการพิจารณาคำร้องขอเพิ่มชื่อในบัญชีรายชื่อผู้มีสิทธิเลือกตั้ง การเลือกตั้งนายกองค์การบริหารส่วนตำบล"])
    _table(d, rows)
    _paras(d, ["จึงเรียนมาเพื่อโปรดทราบ", "(ลงชื่อ) นายทะเบียนอำเภอ", "(นายประจักษ์ วงษ์สุวรรณ)",
               "นายอำเภอพระยืนสมมุติ", "งานทะเบียน โทร. ๐ ๔๓๒๖ ๖๐๑๘"])
    d.save(docs / "t09_voter_list.docx")
    return _entry("t09_voter_list.docx", redact, [
        "ขก ๐๘๑๒.๔/๓๕๑", "สำนักทะเบียนอำเภอพระยืนสมมุติ", "นายประจักษ์ วงษ์สุวรรณ", "นายอำเภอพระยืนสมมุติ", "๐ ๔๓๒๖ ๖๐๑๘"])


# --- 10. landslide evacuation centre register (Word-like PDF) -------------------------------------------------


def evacuees(docs: Path) -> dict:
    rows = [["ที่", "ชื่อ-สกุล", "อายุ", "โรคประจำตัว", "ยาที่ใช้ประจำ", "เบอร์ติดต่อญาติ"]]
    people = [("นางบุษบา ศรีสุวรรณโณ", "๖๗", "ความดันโลหิตสูง", "แอมโลดิปีน ๕ มก.", "๐๘๑-๔๔๐-๒๓๑๗"),
              ("นายอดิเรก วงศ์คำจันทร์", "๗๒", "โรคปอดอุดกั้นเรื้อรัง", "ยาพ่นขยายหลอดลม", "๐๙๘-๒๑๗-๖๖๐๕"),
              ("นางสาวจิราพร ทวีผลสมบูรณ์", "๓๔", "ตั้งครรภ์ ๓๒ สัปดาห์", "ยาบำรุงครรภ์", "๐๖๒-๓๓๐-๘๑๔๙"),
              ("นายจักรพันธ์ นิลวงศ์ภักดี", "๕๘", "โรคลมชัก", "ฟีนิโทอิน", "๐๘๗-๙๐๒-๑๑๓๖")]
    redact: Pairs = []
    for i, (n, age, dis, med, tel) in enumerate(people, 1):
        rows.append([_t(str(i)), n, age, dis, med, tel])
        redact += [(n, "PERSON"), (dis, "HEALTH"), (med, "HEALTH"), (tel, "PHONE")]
    html = _ps(["ศูนย์พักพิงชั่วคราวผู้ประสบภัยดินโคลนถล่ม โรงเรียนบ้านห้วยน้ำรินสมมุติ",
                "บัญชีผู้อพยพที่ต้องดูแลเป็นพิเศษ วันที่ ๑๒ สิงหาคม ๒๕๖๙ (ส่งหน่วยแพทย์ รพ.สต.ห้วยน้ำรินสมมุติ)"]) + \
        _html_table(rows) + _ps(["ผู้ประสานงานศูนย์ นายวีระพล ขันแก้ว ปลัดองค์การบริหารส่วนตำบล โทร. ๐ ๕๕๔๑ ๙๐๒๒",
                                 "พยาบาลประจำศูนย์ นางสาวกมลชนก อินทะวงศ์ พยาบาลวิชาชีพปฏิบัติการ"])
    word_like_pdf(docs / "t10_evacuees.pdf", html, size=12)
    return _entry("t10_evacuees.pdf", redact, [
        "โรงเรียนบ้านห้วยน้ำรินสมมุติ", "นายวีระพล ขันแก้ว", "๐ ๕๕๔๑ ๙๐๒๒", "นางสาวกมลชนก อินทะวงศ์",
        "พยาบาลวิชาชีพปฏิบัติการ", "๑๒ สิงหาคม ๒๕๖๙"])


# --- 11. witness statement, questions and answers (printed; tilted scan) --------------------------------------


def witness(docs: Path) -> dict:
    pid = _pid(47_001)
    d = _doc("Umpush", 14)
    _paras(d, [
        "บันทึกคำให้การของพยาน", "สถานีตำรวจภูธรน้ำพองสมมุติ คดีอาญาที่ ๒๑๔/๒๕๗๐",
        "วันที่ ๙ เมษายน ๒๕๗๐",
        "ข้าพเจ้า นายธนวัฒน์ บุญญาสิทธิ์ อายุ ๔๑ ปี อาชีพ ค้าขาย",
        f"เลขประจำตัวประชาชน {dashed_id(pid)} อยู่บ้านเลขที่ ๑๙๘ หมู่ ๒ ตำบลม่วงหวาน โทร. ๐๘๕-๓๔๑-๗๗๒๐",
        "ถาม เห็นเหตุการณ์อย่างไร",
        "ตอบ เห็นนายสิทธิชัย รุ่งเรืองผล ใช้มีดฟันผู้เสียหายที่แขนซ้ายหน้าร้านของข้าพเจ้า",
        "ถาม ผู้เสียหายได้รับบาดเจ็บอย่างไร",
        "ตอบ ผู้เสียหาย คือ นางนงลักษณ์ ทองอินทร์ศรี มีแผลฉีกขาดยาวประมาณ ๘ เซนติเมตร เลือดออกมาก",
        "พนักงานสอบสวน พ.ต.ท.ชัยณรงค์ ศรีวิเศษ สารวัตรสอบสวน", "ผู้พิมพ์ ส.ต.อ.หญิง อัญชลี ดวงดี"])
    d.save(docs / "t11_witness.docx")
    return _entry("t11_witness.docx", [
        ("นายธนวัฒน์ บุญญาสิทธิ์", "PERSON"), (dashed_id(pid), "NATIONAL_ID"), ("๑๙๘ หมู่ ๒", "ADDRESS"),
        ("๐๘๕-๓๔๑-๗๗๒๐", "PHONE"), ("นายสิทธิชัย รุ่งเรืองผล", "PERSON"), ("นางนงลักษณ์ ทองอินทร์ศรี", "PERSON"),
        ("แผลฉีกขาดยาวประมาณ ๘ เซนติเมตร", "HEALTH")], [
        "สถานีตำรวจภูธรน้ำพองสมมุติ", "๒๑๔/๒๕๗๐", "พ.ต.ท.ชัยณรงค์ ศรีวิเศษ", "สารวัตรสอบสวน", "ส.ต.อ.หญิง อัญชลี ดวงดี",
        "๙ เมษายน ๒๕๗๐"])


# --- 12. labour-dispute settlement record ----------------------------------------------------------------------


def labour_settlement(docs: Path) -> dict:
    rows = [["ที่", "ชื่อ-สกุลลูกจ้าง", "ค่าจ้างเดือนสุดท้าย (บาท)", "ค่าชดเชยที่ตกลง (บาท)", "ลงชื่อ"]]
    redact: Pairs = []
    for i in range(5):
        n = _nm(i + 100)
        wage, comp = f"{12_000 + i * 850:,}", f"{(12_000 + i * 850) * (3 + i % 3):,}"
        rows.append([str(i + 1), n, wage, comp, ""])
        redact += [(n, "PERSON"), (wage, "OTHER"), (comp, "OTHER")]
    d = _doc("Laksaman", 14)
    _paras(d, ["สำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัดปทุมธานีสมมุติ",
               "บันทึกข้อตกลงเกี่ยวกับสภาพการจ้าง (การประนอมข้อพิพาทแรงงาน) ที่ ปท 0039/2570 ลงวันที่ 11/04/2570",
               "ระหว่าง บริษัท ปทุมอิเล็กทรอนิกส์พาร์ทสมมุติ จำกัด (นายจ้าง) กับลูกจ้างผู้ถูกเลิกจ้าง ดังรายชื่อต่อไปนี้"])
    _table(d, rows)
    _paras(d, ["พนักงานประนอมข้อพิพาทแรงงาน นายเอกพงษ์ สุวรรณรัตน์ นักวิชาการแรงงานชำนาญการพิเศษ โทร. 0 2581 6640",
               "ผู้แทนนายจ้าง นางสาวกัลยา มั่นคงสมมุติ ผู้จัดการฝ่ายบุคคล"])
    d.save(docs / "t12_labour_settlement.docx")
    return _entry("t12_labour_settlement.docx", redact, [
        "บริษัท ปทุมอิเล็กทรอนิกส์พาร์ทสมมุติ จำกัด", "ปท 0039/2570", "11/04/2570", "นายเอกพงษ์ สุวรรณรัตน์",
        "นักวิชาการแรงงานชำนาญการพิเศษ", "0 2581 6640"])


# --- 13. land-boundary certification with neighbours (two-column signature blocks) ----------------------------


def boundary(docs: Path) -> dict:
    owner, opid = "นางเยาวลักษณ์ เจริญสุขวัฒนา", _pid(48_001)
    neighbours = [("ทิศเหนือ", "นายวัชรพงษ์ คำแหงพล"), ("ทิศใต้", "นางสาวอรอุมา พึ่งบุญมาก"),
                  ("ทิศตะวันออก", "ทางสาธารณประโยชน์"), ("ทิศตะวันตก", "นายธีรเทพ สายทองคำ")]
    d = _doc("Waree", 13)
    _paras(d, ["สำนักงานที่ดินจังหวัดขอนแก่นสมมุติ สาขาชุมแพ",
               "หนังสือรับรองแนวเขตที่ดิน โฉนดที่ดินเลขที่ ๒๔๔๑๘ เลขที่ดิน ๑๗๒ ตำบลโนนหัน",
               f"ผู้ขอรังวัด {owner} เลขประจำตัวประชาชน {_t(dashed_id(opid))} บ้านเลขที่ ๕๕ หมู่ ๙ ตำบลโนนหัน",
               "ข้าพเจ้าผู้ปกครองที่ดินข้างเคียงได้ตรวจดูหลักเขตแล้ว ไม่คัดค้าน"])
    _columns(d, 2)
    redact: Pairs = [(owner, "PERSON"), (_t(dashed_id(opid)), "NATIONAL_ID"), ("๕๕ หมู่ ๙", "ADDRESS")]
    for side, who in neighbours:
        d.add_paragraph(f"{side} ติดที่ดินของ {who}")
        d.add_paragraph("ลงชื่อ ....................... ผู้ปกครองข้างเคียง")
        if who.startswith("นา"):
            redact.append((who, "PERSON"))
    last = d.add_section(WD_SECTION.CONTINUOUS)
    cols = last._sectPr.xpath("./w:cols")
    if cols:
        cols[0].set(qn("w:num"), "1")
    _paras(d, ["ช่างรังวัด นายณรงค์ศักดิ์ พรมมา นายช่างรังวัดชำนาญงาน",
               "ผู้ใหญ่บ้าน นายสมศักดิ์ ไชยบุตร ผู้ใหญ่บ้านหมู่ที่ ๙ (พยาน)", "โทร. สำนักงาน ๐ ๔๓๓๑ ๑๒๒๙"])
    d.save(docs / "t13_boundary.docx")
    return _entry("t13_boundary.docx", redact, [
        "สำนักงานที่ดินจังหวัดขอนแก่นสมมุติ", "๒๔๔๑๘", "ทางสาธารณประโยชน์", "นายณรงค์ศักดิ์ พรมมา", "นายช่างรังวัดชำนาญงาน",
        "นายสมศักดิ์ ไชยบุตร", "๐ ๔๓๓๑ ๑๒๒๙"])


# --- 14. school transcript extract (ปพ.๑) ------------------------------------------------------------------------


def transcript(docs: Path) -> dict:
    pid = _pid(49_001, "1")
    d = _doc("Garuda", 13)
    _paras(d, [
        "ระเบียนแสดงผลการเรียนหลักสูตรแกนกลางการศึกษาขั้นพื้นฐาน ระดับมัธยมศึกษาตอนต้น (ปพ.๑ : บ)",
        "โรงเรียนศรีกระนวนวิทยาสมมุติ สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาขอนแก่นสมมุติ",
        "ชื่อ เด็กหญิงสุดารัตน์ ทองอินทร์ศรี เลขประจำตัวนักเรียน ๓๖๒๐๕",
        f"เลขประจำตัวประชาชน {_t(_spaced(pid))} วันเกิด ๑๔ พฤศจิกายน ๒๕๕๖",
        "ชื่อ-ชื่อสกุลบิดา นายกิตติศักดิ์ ทองอินทร์ศรี ชื่อ-ชื่อสกุลมารดา นางดารุณี ทองอินทร์ศรี",
        "ผลการเรียนเฉลี่ยตลอดหลักสูตร ๓.๔๗ วันที่อนุมัติการจบ ๓๑ มีนาคม ๒๕๗๐",
        "นายทะเบียน นางสาวปวีณา สีดาสมมุติ ครูชำนาญการ",
        "ผู้อำนวยการโรงเรียน นายไพโรจน์ แสงทอง ผู้อำนวยการสถานศึกษาชำนาญการพิเศษ"])
    d.save(docs / "t14_transcript.docx")
    return _entry("t14_transcript.docx", [
        ("เด็กหญิงสุดารัตน์ ทองอินทร์ศรี", "PERSON"), ("๓๖๒๐๕", "OTHER"), (_t(_spaced(pid)), "NATIONAL_ID"),
        ("๑๔ พฤศจิกายน ๒๕๕๖", "DOB"), ("นายกิตติศักดิ์ ทองอินทร์ศรี", "PERSON"), ("นางดารุณี ทองอินทร์ศรี", "PERSON"),
        ("เฉลี่ยตลอดหลักสูตร ๓.๔๗", "OTHER")], [
        "โรงเรียนศรีกระนวนวิทยาสมมุติ", "นางสาวปวีณา สีดาสมมุติ", "ครูชำนาญการ", "นายไพโรจน์ แสงทอง",
        "ผู้อำนวยการสถานศึกษาชำนาญการพิเศษ", "๓๑ มีนาคม ๒๕๗๐"])


# --- 15. English clinical-study reimbursement list (Word-like PDF) ---------------------------------------------


def study_en(docs: Path) -> dict:
    people = [("KK-017", "Mr. Anucha Phromsri", "081-902-4417", "Krungthai Bank", "982-3-11450-7", "HIV-positive"),
              ("KK-022", "Mrs. Lamduan Srisuk", "086-557-0932", "Government Savings Bank", "020-1-88734-2",
               "HIV-positive"),
              ("KK-031", "Ms. Patcharee Wongsa", "092-114-6628", "Bangkok Bank", "431-0-27791-5", "HIV-positive, TB")]
    rows = [["Code", "Participant", "Mobile", "Bank", "Account No.", "Cohort", "Amount (THB)"]]
    redact: Pairs = []
    for code, n, tel, bank, acct, cohort in people:
        rows.append([code, n, tel, bank, acct, cohort, "1,500"])
        redact += [(n, "PERSON"), (tel, "PHONE"), (acct, "BANK_ACCOUNT"), (cohort, "HEALTH")]
    html = _ps(["Faculty of Medicine, Khon Kaen University (fictitious), Infectious Disease Unit",
                "Study KKU-ID-2027-04: travel reimbursement for visit 6, batch of 15 April 2027",
                "Approved budget line: research grant 2570/118, total 4,500 baht"]) + _html_table(rows) + \
        _ps(["Principal investigator: Assoc. Prof. Dr. Nattapong Sriwattana, Tel. 0 4336 3200",
             "Prepared by Ms. Kanokwan Intharasak, research coordinator"])
    word_like_pdf(docs / "t15_study_en.pdf", html, size=11)
    return _entry("t15_study_en.pdf", redact, [
        "Khon Kaen University", "KKU-ID-2027-04", "2570/118", "4,500 baht", "Nattapong Sriwattana", "0 4336 3200",
        "Kanokwan Intharasak", "Krungthai Bank"])


# --- 16. sub-district council minutes: officials speak, a complainant is named (printed) -------------------------


def council_minutes(docs: Path) -> dict:
    d = _doc("Loma", 14)
    _paras(d, [
        "รายงานการประชุมสภาองค์การบริหารส่วนตำบลโคกสีสมมุติ สมัยสามัญ สมัยที่ ๒ ครั้งที่ ๑/๒๕๗๐",
        "วันที่ ๒๒ พฤษภาคม ๒๕๗๐ ณ ห้องประชุมสภา อบต.โคกสีสมมุติ",
        "ผู้มาประชุม นายบุญเลิศ ทาสีดำ ประธานสภา อบต. นางสาวจันทร์ฉาย มีสุข เลขานุการสภา อบต.",
        "ระเบียบวาระที่ ๓ เรื่องร้องเรียนกลิ่นเหม็นจากบ่อขยะ",
        "นายชัยวัฒน์ ดวงจันทร์ ปลัด อบต. ชี้แจงว่า ได้รับหนังสือร้องเรียนจาก นางอรอุมา นิลวงศ์ภักดี "
        "บ้านเลขที่ ๓๑๒ หมู่ ๕ โทร. ๐๙๔-๗๒๘-๑๕๕๐ ว่ามีกลิ่นเหม็นรบกวน ผู้ร้องมีโรคหอบหืดกำเริบ",
        "นายมนตรี ศรีวงศ์ นายก อบต. กล่าวว่า จะจัดงบประมาณ ๓๕๐,๐๐๐ บาท ปรับปรุงบ่อขยะ",
        "ที่ประชุม มีมติเห็นชอบ", "ปิดประชุมเวลา ๑๒.๐๐ น.",
        "(ลงชื่อ) นางสาวจันทร์ฉาย มีสุข ผู้จดรายงานการประชุม"])
    d.save(docs / "t16_council_minutes.docx")
    return _entry("t16_council_minutes.docx", [
        ("นางอรอุมา นิลวงศ์ภักดี", "PERSON"), ("๓๑๒ หมู่ ๕", "ADDRESS"), ("๐๙๔-๗๒๘-๑๕๕๐", "PHONE"),
        ("โรคหอบหืดกำเริบ", "HEALTH")], [
        "องค์การบริหารส่วนตำบลโคกสีสมมุติ", "นายบุญเลิศ ทาสีดำ", "ประธานสภา", "นางสาวจันทร์ฉาย มีสุข",
        "นายชัยวัฒน์ ดวงจันทร์", "นายมนตรี ศรีวงศ์", "๓๕๐,๐๐๐ บาท", "๒๒ พฤษภาคม ๒๕๗๐"])


# --- 17. letter approving compensation for a vaccine side effect (signature block) ---------------------------


def vaccine_letter(docs: Path) -> dict:
    html = _ps([
        "ที่ สธ ๐๐๓๒.๐๒/๔๑๗ &nbsp; สำนักงานหลักประกันสุขภาพแห่งชาติ เขต ๗ ขอนแก่นสมมุติ",
        "๒๘ มิถุนายน ๒๕๗๐",
        "เรื่อง แจ้งผลการพิจารณาเงินช่วยเหลือเบื้องต้น กรณีได้รับความเสียหายจากการรับวัคซีน",
        "เรียน นายวัชรพงษ์ เจริญสุขวัฒนา",
        "ตามที่ท่าน (อยู่บ้านเลขที่ ๑๒๐/๓ ถนนมิตรภาพสมมุติ ตำบลในเมือง โทร. ๐๘๙-๖๔๐-๒๒๑๘) ได้ยื่นคำร้อง "
        "เมื่อวันที่ 03/05/2570 ว่าหลังรับวัคซีนเกิดกลุ่มอาการกิลแลง-บาร์เร แขนขาอ่อนแรง",
        "คณะอนุกรรมการพิจารณาแล้ว มีมติจ่ายเงินช่วยเหลือเบื้องต้นแก่ท่าน จำนวน ๒๔๐,๐๐๐ บาท",
        "ขอแสดงความนับถือ",
        "(นางสุนิสา พรหมวัฒนาสมมุติ)",
        "ผู้อำนวยการสำนักงานหลักประกันสุขภาพแห่งชาติ เขต ๗ ขอนแก่นสมมุติ",
        "กลุ่มงานคุ้มครองสิทธิ โทร. ๐ ๔๓๓๖ ๕๒๐๐"])
    word_like_pdf(docs / "t17_vaccine_letter.pdf", html, size=14)
    return _entry("t17_vaccine_letter.pdf", [
        ("นายวัชรพงษ์ เจริญสุขวัฒนา", "PERSON"), ("๑๒๐/๓ ถนนมิตรภาพสมมุติ", "ADDRESS"), ("๐๘๙-๖๔๐-๒๒๑๘", "PHONE"),
        ("กลุ่มอาการกิลแลง-บาร์เร", "HEALTH"), ("แขนขาอ่อนแรง", "HEALTH"), ("๒๔๐,๐๐๐ บาท", "OTHER")], [
        "สธ ๐๐๓๒.๐๒/๔๑๗", "๒๘ มิถุนายน ๒๕๗๐", "นางสุนิสา พรหมวัฒนาสมมุติ", "๐ ๔๓๓๖ ๕๒๐๐", "03/05/2570"])


# --- 18. rubber-price aid list, a landscape print on a page rotated 90 degrees ----------------------------------


def rubber_aid(docs: Path) -> dict:
    rows = [["ลำดับ", "ชื่อ-สกุลเกษตรกร", "เลขทะเบียนเกษตรกร", "พื้นที่กรีด (ไร่)", "เงินช่วยเหลือ (บาท)", "เลขที่บัญชี ธ.ก.ส."]]
    redact: Pairs = []
    for i in range(6):
        n, acct = _nm(i + 110), _acct(i + 510)
        reg = f"{_pid(50_000 + i)[:12]}"
        rai = 3 + (i * 4) % 12
        rows.append([str(i + 1), n, reg, str(rai), f"{rai * 1_800:,}", acct])
        redact += [(n, "PERSON"), (reg, "OTHER"), (acct, "BANK_ACCOUNT")]
    src = docs / "t18_rubber_src.docx"
    d = _doc("Norasi", 12)
    _landscape(d)
    _paras(d, ["การยางแห่งประเทศไทยสมมุติ สาขาบึงกาฬ",
               "บัญชีรายชื่อเกษตรกรชาวสวนยางที่ได้รับเงินช่วยเหลือ (ไร่ละ ๑,๘๐๐ บาท ไม่เกิน ๑๕ ไร่) งวดที่ ๒/๒๕๗๐"])
    _table(d, rows)
    _paras(d, ["ผู้อำนวยการการยางแห่งประเทศไทยสาขาบึงกาฬสมมุติ นายกฤตภาส ยอดดำเนิน โทร. ๐ ๔๒๔๙ ๑๖๗๗"])
    d.save(src)
    pdf = to_pdf(src, docs)
    src.unlink()
    if pdf is None:
        return _entry("t18_rubber_aid.pdf", [], [])
    out = docs / "t18_rubber_aid.pdf"
    with pymupdf.open(pdf) as doc:
        for page in doc:
            page.set_rotation(90)
        doc.save(out)
    pdf.unlink()
    return _entry("t18_rubber_aid.pdf", redact, [
        "การยางแห่งประเทศไทยสมมุติ", "นายกฤตภาส ยอดดำเนิน", "๐ ๔๒๔๙ ๑๖๗๗", "งวดที่ ๒/๒๕๗๐"])


# --- 19. a headman's income certificate, typed straight onto a scan ---------------------------------------------


def income_certificate(docs: Path) -> dict:
    from tests.fixtures.make_scan import build_scan

    pid = _pid(51_001)
    lines = ["หนังสือรับรองรายได้ครอบครัว (ประกอบการขอกู้ยืมเงิน กยศ.)",
             "ที่ทำการผู้ใหญ่บ้าน หมู่ที่ 7 บ้านโนนทองสมมุติ ตำบลหนองสองห้อง",
             "วันที่ 15 พฤษภาคม 2570",
             "ข้าพเจ้า นายบุญชู แสนสุขสมมุติ ตำแหน่ง ผู้ใหญ่บ้านหมู่ที่ 7",
             "ขอรับรองว่า นางสาวนงลักษณ์ รุ่งเรืองผล",
             f"เลขประจำตัวประชาชน {dashed_id(pid)}",
             "บ้านเลขที่ 88/2 หมู่ 7 ตำบลหนองสองห้อง",
             "บิดาประกอบอาชีพรับจ้างทั่วไป มีรายได้ปีละ 84,000 บาท",
             "มารดาประกอบอาชีพเกษตรกรรม มีรายได้ปีละ 36,000 บาท",
             "(ลงชื่อ) นายบุญชู แสนสุขสมมุติ ผู้ใหญ่บ้าน", "โทร. 0 4341 0221"]
    build_scan(docs / "t19_income_scan.pdf", [lines], size=14.0, dpi=300, skew_deg=0.4, specks=250, seed=1219)
    return _entry("t19_income_scan.pdf", [
        ("นางสาวนงลักษณ์ รุ่งเรืองผล", "PERSON"), (dashed_id(pid), "NATIONAL_ID"), ("88/2 หมู่ 7", "ADDRESS"),
        ("มีรายได้ปีละ 84,000 บาท", "OTHER"), ("มีรายได้ปีละ 36,000 บาท", "OTHER")], [
        "นายบุญชู แสนสุขสมมุติ", "15 พฤษภาคม 2570"])


# --- 20. refuse-fee arrears notice in two columns ------------------------------------------------------------------


def refuse_fees(docs: Path) -> dict:
    d = _doc("Tlwg Typo", 12)
    _paras(d, ["ประกาศเทศบาลตำบลเมืองเพียสมมุติ",
               "เรื่อง รายชื่อผู้ค้างชำระค่าธรรมเนียมเก็บขนมูลฝอย ปีงบประมาณ ๒๕๖๙ (ชำระภายใน ๓๐ มิถุนายน ๒๕๗๐)"])
    _columns(d, 2)
    redact: Pairs = []
    for i in range(14):
        n = _nm(i + 120)
        house = f"{_t(str(40 + i * 7))}/{_t(str(i % 5 + 1))} ม.{_t(str(i % 6 + 1))}"
        owe = _t(f"{240 + (i % 4) * 120:,}")
        d.add_paragraph(f"{_t(str(i + 1))}. {n} บ้านเลขที่ {house} ค้าง {owe} บาท")
        if i % 3 == 0:
            redact += [(n, "PERSON"), (house, "ADDRESS")]
    last = d.add_section(WD_SECTION.CONTINUOUS)
    cols = last._sectPr.xpath("./w:cols")
    if cols:
        cols[0].set(qn("w:num"), "1")
    _paras(d, ["ประกาศ ณ วันที่ ๒ พฤษภาคม ๒๕๗๐", "(นายสุรพล บุญมาสมมุติ) นายกเทศมนตรีตำบลเมืองเพียสมมุติ",
               "กองคลัง งานพัฒนาและจัดเก็บรายได้ โทร. ๐ ๔๓๔๓ ๙๐๑๗"])
    d.save(docs / "t20_refuse_fees.docx")
    return _entry("t20_refuse_fees.docx", redact, [
        "เทศบาลตำบลเมืองเพียสมมุติ", "นายสุรพล บุญมาสมมุติ", "๐ ๔๓๔๓ ๙๐๑๗", "๒ พฤษภาคม ๒๕๗๐"])


# --- 21. methadone clinic dispensing register (tight rows) ------------------------------------------------------


def methadone(docs: Path) -> dict:
    rows = [["วันที่", "รหัสผู้รับบริการ", "ชื่อ-สกุล", "ขนาดเมทาโดน (มก./วัน)", "ผลตรวจปัสสาวะ", "ผู้จ่ายยา"]]
    cases = [("นายอดิเรก มณีโชติวงศ์", "MMT-0412", "๖๐", "พบมอร์ฟีน"),
             ("นายปรีชา เจริญสุขวัฒนา", "MMT-0418", "๘๕", "ไม่พบสารเสพติด"),
             ("นางสาวพรรณี คำแหงพล", "MMT-0433", "๔๐", "พบแอมเฟตามีน"),
             ("นายสิทธิชัย พึ่งบุญมาก", "MMT-0440", "๑๒๐", "พบมอร์ฟีน")]
    redact: Pairs = []
    for i, (n, code, dose, urine) in enumerate(cases):
        rows.append([f"{_t(str(i + 2))}/๐๔/๒๕๗๐", code, n, dose, urine, "ภก.ธนากร"])
        redact += [(n, "PERSON"), (code, "OTHER"), (urine, "HEALTH")]
    d = _doc("Tlwg Typist", 10)
    _tight(d)
    _paras(d, ["คลินิกบำบัดรักษาผู้ติดยาเสพติดด้วยเมทาโดนระยะยาว โรงพยาบาลธัญญารักษ์สมมุติ",
               "ทะเบียนการจ่ายเมทาโดน ประจำสัปดาห์ที่ ๑ เดือนเมษายน ๒๕๗๐ (ยาเสพติดให้โทษประเภท ๒ บัญชี ย.ส.๕)"])
    _table(d, rows)
    _paras(d, ["เภสัชกรผู้รับผิดชอบ ภก.ธนากร ประเสริฐวงศ์ เภสัชกรชำนาญการ โทร. ๐ ๕๓๒๙ ๗๗๐๐ ต่อ ๓๐๑"])
    d.save(docs / "t21_methadone.docx")
    return _entry("t21_methadone.docx", redact, [
        "โรงพยาบาลธัญญารักษ์สมมุติ", "ภก.ธนากร ประเสริฐวงศ์", "เภสัชกรชำนาญการ", "๐ ๕๓๒๙ ๗๗๐๐"])


# --- 22. English parental consent for a minor's travel, certified by a district office (printed) -----------------


def travel_consent_en(docs: Path) -> dict:
    d = _doc("Garuda", 12)
    _paras(d, [
        "Letter of Consent for a Minor to Travel Abroad",
        "Certified at Mueang Udon Thani District Office (fictitious), No. UD 0318/4412, 7 May 2027",
        "I, Mrs. Jiraporn Sangthong, holder of passport No. AA7731942, residing at 215/6 Moo 4, "
        "Nong Bua subdistrict, Tel. 089-330-4517, mother of Miss Pimchanok Sangthong, born on 12/08/2015, "
        "passport No. AC0912237,",
        "hereby consent to my daughter travelling to Japan from 01/07/2027 to 20/07/2027 with her father, "
        "Mr. Somkiat Sangthong, passport No. AB5520813.",
        "Signed before me: Mr. Thanakorn Phetsuwan, Deputy District Officer, Registrar, Tel. 0 4222 1350"])
    d.save(docs / "t22_travel_consent_en.docx")
    return _entry("t22_travel_consent_en.docx", [
        ("Jiraporn Sangthong", "PERSON"), ("AA7731942", "PASSPORT"), ("215/6 Moo 4", "ADDRESS"),
        ("089-330-4517", "PHONE"), ("Pimchanok Sangthong", "PERSON"), ("12/08/2015", "DOB"), ("AC0912237", "PASSPORT"),
        ("Somkiat Sangthong", "PERSON"), ("AB5520813", "PASSPORT")], [
        "Mueang Udon Thani District Office", "UD 0318/4412", "7 May 2027", "Thanakorn Phetsuwan",
        "Deputy District Officer", "0 4222 1350"])


# --- 23. littering fines paid (printed; scanned at 200 dpi) ---------------------------------------------------------


def littering(docs: Path) -> dict:
    rows = [["ที่", "วันเดือนปี", "ชื่อ-สกุลผู้กระทำผิด", "เลขประจำตัวประชาชน", "ข้อหา", "ค่าปรับ (บาท)", "ใบเสร็จเลขที่"]]
    offences = ("ทิ้งขยะมูลฝอยในที่สาธารณะ", "ถ่ายปัสสาวะในที่สาธารณะ", "ขีดเขียนกำแพงสาธารณะ")
    redact: Pairs = []
    for i in range(6):
        n, pid = _nm(i + 130), _t(_fours(_pid(52_000 + i)))
        rows.append([_t(str(i + 1)), f"{_t(str(i + 4))}/๐๕/๒๕๗๐", n, pid, offences[i % 3], _t(str(500 + i % 3 * 500)),
                     f"บร.{_t(str(3301 + i))}/๒๕๗๐"])
        redact += [(n, "PERSON"), (pid, "NATIONAL_ID"), (offences[i % 3], "OTHER")]
    d = _doc("Sawasdee", 12)
    _paras(d, ["เทศบาลนครอุดรธานีสมมุติ ฝ่ายเทศกิจ",
               "รายงานการเปรียบเทียบปรับตามพระราชบัญญัติรักษาความสะอาดฯ ประจำเดือนพฤษภาคม ๒๕๗๐"])
    _table(d, rows)
    _paras(d, ["พนักงานเจ้าหน้าที่ผู้เปรียบเทียบปรับ นายวรวุฒิ แก่นจันทร์ หัวหน้าฝ่ายเทศกิจ โทร. ๐ ๔๒๓๒ ๕๕๑๑"])
    d.save(docs / "t23_littering.docx")
    return _entry("t23_littering.docx", redact, [
        "เทศบาลนครอุดรธานีสมมุติ", "นายวรวุฒิ แก่นจันทร์", "หัวหน้าฝ่ายเทศกิจ", "๐ ๔๒๓๒ ๕๕๑๑", "บร.๓๓๐๑/๒๕๗๐"])


# --- 24. elderly school enrolment with emergency contacts -----------------------------------------------------------


def elderly_school(docs: Path) -> dict:
    rows = [["ที่", "ชื่อ-สกุลนักเรียน", "อายุ", "โรคประจำตัว", "ผู้ติดต่อกรณีฉุกเฉิน", "โทรศัพท์ผู้ติดต่อ"]]
    people = [("นางบุษบา คำแหงพล", "๖๘", "เบาหวาน ความดันโลหิตสูง", "นายยุทธนา คำแหงพล (บุตร)", "๐๘๒-๔๔๑-๗๗๐๓"),
              ("นายปรีชา สายทองคำ", "๗๔", "ข้อเข่าเสื่อม", "นางสาวรัตติยา สายทองคำ (หลาน)", "๐๙๑-๒๐๖-๕๕๑๘"),
              ("นางพรรณี วงศ์คำจันทร์", "๖๒", "-", "นายธนวัฒน์ วงศ์คำจันทร์ (สามี)", "๐๖๓-๘๘๐-๑๒๔๙")]
    redact: Pairs = []
    for i, (n, age, dis, contact, tel) in enumerate(people, 1):
        rows.append([_t(str(i)), n, age, dis, contact, tel])
        redact += [(n, "PERSON"), (contact.split(" (")[0], "PERSON"), (tel, "PHONE")]
        if dis != "-":
            redact.append((dis, "HEALTH"))
    d = _doc("Kinnari", 14)
    _paras(d, ["โรงเรียนผู้สูงอายุตำบลบ้านเป็ดสมมุติ (ดำเนินการโดยเทศบาลตำบลบ้านเป็ดสมมุติ)",
               "ทะเบียนนักเรียนรุ่นที่ ๕ ปีการศึกษา ๒๕๗๐"])
    _table(d, rows)
    _paras(d, ["ผู้อำนวยการโรงเรียนผู้สูงอายุ นางสาวศิริลักษณ์ ปานทอง นักพัฒนาชุมชนชำนาญการ โทร. ๐ ๔๓๐๐ ๒๔๗๑"])
    d.save(docs / "t24_elderly_school.docx")
    return _entry("t24_elderly_school.docx", redact, [
        "โรงเรียนผู้สูงอายุตำบลบ้านเป็ดสมมุติ", "นางสาวศิริลักษณ์ ปานทอง", "นักพัฒนาชุมชนชำนาญการ", "๐ ๔๓๐๐ ๒๔๗๑"])


# --- 25. hospital's road-accident insurance claims (spans pages, repeated header) ------------------------------------


def accident_claims(docs: Path) -> dict:
    rows = [["ที่", "ชื่อ-สกุลผู้ประสบภัย", "เลขประจำตัวประชาชน", "วันเกิดเหตุ", "การบาดเจ็บ", "บริษัทประกันภัย",
             "ยอดเรียกเก็บ (บาท)"]]
    injuries = ("กระดูกต้นขาขวาหัก", "แผลถลอกตามร่างกาย", "ศีรษะกระแทก สมองบวมเล็กน้อย", "ข้อมือซ้ายหัก")
    insurers = ("บริษัท กลางคุ้มครองผู้ประสบภัยจากรถสมมุติ จำกัด", "บริษัท วิริยะประกันภัยสมมุติ จำกัด (มหาชน)")
    redact: Pairs = []
    for i in range(30):
        n, pid = _nm(i + 150), _tid(53_000 + i)
        inj = injuries[i % 4]
        rows.append([_t(str(i + 1)), n, pid, f"{_t(str(i % 28 + 1))} มี.ค. ๗๐", inj, insurers[i % 2],
                     _t(f"{(i % 5 + 1) * 6_500:,}")])
        if i % 5 == 0:
            redact += [(n, "PERSON"), (pid, "NATIONAL_ID"), (inj, "HEALTH")]
    d = _doc("Umpush", 12)
    _landscape(d)
    _paras(d, ["โรงพยาบาลกาฬสินธุ์สมมุติ งานประกันสุขภาพ",
               "รายการเรียกเก็บค่ารักษาพยาบาลผู้ประสบภัยจากรถ ตาม พ.ร.บ.คุ้มครองผู้ประสบภัยจากรถ เดือนมีนาคม ๒๕๗๐"])
    _table(d, rows, repeat_header=True)
    _paras(d, ["ผู้รับผิดชอบ นายเจษฎา ศรีบุญเรือง นักวิชาการเงินและบัญชีชำนาญการ โทร. ๐ ๔๓๘๑ ๑๐๒๐ ต่อ ๒๒๒"])
    d.save(docs / "t25_accident_claims.docx")
    return _entry("t25_accident_claims.docx", redact, [
        "โรงพยาบาลกาฬสินธุ์สมมุติ", insurers[0], insurers[1], "นายเจษฎา ศรีบุญเรือง", "๐ ๔๓๘๑ ๑๐๒๐"])


# --- 26. community service roster of probationers (Word-like PDF) -----------------------------------------------------


def community_service(docs: Path) -> dict:
    rows = [["ที่", "ชื่อ-สกุลผู้ถูกคุมความประพฤติ", "คดีหมายเลขแดงที่", "ฐานความผิด", "ชั่วโมงที่ต้องทำ", "สถานที่ทำงานบริการสังคม"]]
    cases = [("นายกิตติศักดิ์ ศรีสุวรรณโณ", "อ.๑๒๑๗/๒๕๖๙", "ขับรถขณะเมาสุรา", "๒๔"),
             ("นายธีรเทพ ทวีผลสมบูรณ์", "อ.๑๓๐๒/๒๕๖๙", "เสพเมทแอมเฟตามีน", "๔๘"),
             ("นางสาวสุดารัตน์ บุญญาสิทธิ์", "อ.๔๑/๒๕๗๐", "ลักทรัพย์ในร้านสะดวกซื้อ", "๓๖")]
    redact: Pairs = []
    for i, (n, case, off, hours) in enumerate(cases, 1):
        rows.append([_t(str(i)), n, case, off, hours, "วัดโพธิ์ศรีสมมุติ" if i % 2 else "โรงพยาบาลสมเด็จสมมุติ"])
        redact += [(n, "PERSON"), (off, "OTHER")]
    html = _ps(["สำนักงานคุมประพฤติจังหวัดร้อยเอ็ดสมมุติ",
                "ตารางการทำงานบริการสังคมหรือสาธารณประโยชน์ ประจำเดือนมิถุนายน ๒๕๗๐ ที่ ยธ ๐๖๒๓/๘๑๙"]) + \
        _html_table(rows) + _ps(["พนักงานคุมประพฤติ นางสาวอัมพิกา เรืองศรี พนักงานคุมประพฤติชำนาญการ โทร. ๐ ๔๓๕๑ ๘๘๔๖"])
    word_like_pdf(docs / "t26_community_service.pdf", html, size=12)
    return _entry("t26_community_service.pdf", redact, [
        "สำนักงานคุมประพฤติจังหวัดร้อยเอ็ดสมมุติ", "ยธ ๐๖๒๓/๘๑๙", "อ.๑๒๑๗/๒๕๖๙", "วัดโพธิ์ศรีสมมุติ",
        "นางสาวอัมพิกา เรืองศรี", "พนักงานคุมประพฤติชำนาญการ", "๐ ๔๓๕๑ ๘๘๔๖"])


BUILDERS = (discharges, funeral_aid, quarantine_en, mediation, mou_workers, pension_accounts, lottery_claims,
            enterprise_shares, voter_list, evacuees, witness, labour_settlement, boundary, transcript, study_en,
            council_minutes, vaccine_letter, rubber_aid, income_certificate, refuse_fees, methadone, travel_consent_en,
            littering, elderly_school, accident_claims, community_service)
# Word files also printed to PDF by LibreOffice.
PDF_TOO = ("t01_discharges", "t03_quarantine_en", "t05_mou_workers", "t09_voter_list", "t11_witness",
           "t16_council_minutes", "t22_travel_consent_en", "t23_littering", "t13_boundary")
# LibreOffice prints also rendered to image-only scans (dpi).
SCANS = {"t01_discharges": 300, "t23_littering": 200}
# LibreOffice prints also rendered to tilted, grainy scans (dpi, degrees).
TILTED = {"t11_witness": (300, -0.8)}
# LibreOffice prints scanned with an office stamp drawn over the lower part of the last page (dpi).
STAMPED = {"t09_voter_list": 300}


def _stamp(page: pymupdf.Page) -> None:
    """A round office stamp in blue ink over the signature block (the lowest text on the page)."""
    blocks = [b for b in page.get_text("blocks") if b[4].strip()]
    y = max(b[3] for b in blocks) - 40 if blocks else page.rect.height / 2
    centre = pymupdf.Point(page.rect.width * 0.45, y)
    page.draw_circle(centre, 42, color=(0.1, 0.2, 0.7), width=2.5, fill=None, stroke_opacity=0.8)
    page.draw_circle(centre, 34, color=(0.1, 0.2, 0.7), width=1.0, fill=None, stroke_opacity=0.8)
    page.insert_text(pymupdf.Point(centre.x - 26, centre.y + 4), "OFFICIAL", fontsize=11, color=(0.1, 0.2, 0.7))


def _extra_scans(out: Path, truth: list[dict]) -> None:
    from tests.fixtures.make_scan import image_pdf, scan_image

    for entry in list(truth):
        stem = Path(entry["file"]).stem.removesuffix("_lo")
        if not entry["file"].endswith("_lo.pdf"):
            continue
        if stem in TILTED:
            dpi, deg = TILTED[stem]
            rng = random.Random(stem)
            with pymupdf.open(out / entry["file"]) as src:
                images = [scan_image(p, dpi=dpi, skew_deg=deg, rng=rng, specks=200, grain=3.0) for p in src]
                page = (src[0].rect.width, src[0].rect.height)
            name = f"docs/{stem}_tilted.pdf"
            image_pdf(out / name, images, page=page)
            truth.append({**entry, "file": name})
        if stem in STAMPED:
            stamped = out / f"docs/{stem}_stamped_src.pdf"
            with pymupdf.open(out / entry["file"]) as src:
                _stamp(src[-1])
                src.save(stamped)
            name = f"docs/{stem}_stamped.pdf"
            to_scan(stamped, out / name, dpi=STAMPED[stem])
            stamped.unlink()
            truth.append({**entry, "file": name})


def drop_in_joined_values(out: Path, truth: list[dict]) -> None:
    """The scorer also reads a Word file's attribute values one after another with no space between them
    (revision IDs "00034616", "0006063C" read together hold "61600"): an item to withhold that only such a
    run of values holds would count as a leak whatever the redactor does, so it is left out of the truth
    (as general_set4.drop_in_markup does for markup read as text)."""
    import zipfile

    from lxml import etree

    from benchmarks.probe_set import _fold

    for entry in truth:
        if not entry["file"].endswith(".docx"):
            continue
        runs = []
        with zipfile.ZipFile(out / entry["file"]) as z:
            for name in z.namelist():
                if not name.endswith((".xml", ".rels")):
                    continue
                root = etree.fromstring(z.read(name), etree.XMLParser(recover=True, resolve_entities=False))
                if root is None:
                    continue
                runs.append("".join(v for el in root.iter() if isinstance(el.tag, str)
                                    for v in el.attrib.values() if v and not v.startswith("{")))
        values = _fold("".join(runs))
        gone = [i["text"] for i in entry["must_redact"] if _fold(i["text"]) in values]
        for text in gone:
            print(f"note: {entry['file']}: '{text}' also sits in the file's attribute values; not scored")
        entry["must_redact"] = [i for i in entry["must_redact"] if i["text"] not in gone]


def build(out: Path) -> list[dict]:
    truth = build_set(out, BUILDERS, PDF_TOO, SCANS)
    drop_in_joined_values(out, truth)
    _extra_scans(out, truth)
    return truth


def main() -> int:
    args = set_parser(__doc__).parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="phoei-general12-"))
    write_and_score(out, build(out), args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
