"""A ninth invented evaluation set, of agencies and document kinds that probe_set.py, probe_kinds.py and
general_set.py, general_set3.py ... general_set8.py do not have.

Every document, name, number and place here is made up for this file (none comes from an evaluation
set). Kinds: a savings cooperative's loan and dividend list spanning pages; an irrigation water users'
fee arrears list; a forest-encroachment arrest record; a border-pass register with Lao and Khmer names;
a customs seizure record of a Myanmar traveller; an English retirement-extension letter from an
immigration office; a university's exam-cheating decision; a hospital's cataract waiting list with
merged ward cells; a legal-aid application form; a labour inspector's unpaid-wage order; a shelter's
domestic-violence case referral; a house-number request to a SAO; a police daily record of a stolen
motorcycle (plate, chassis and engine numbers); a school's parents' meeting list with LINE IDs; an
electricity meter installation list (customer account numbers); a prison's meal list by religion; a
personal income tax refund list; an English letter to an embassy about a migrant's newborn; a TB
treatment follow-up list; a school's student-aid committee minutes; a municipality's CCTV footage
request log; a job fair's placements with merged company cells; a highland population survey (non-Thai
ID numbers); an election office's vote-buying complaint record; a private-timber transport permit; an
English letter about Lao workers' unpaid wages. Files are Word files in several TLWG fonts (borders and
none, header and footer, landscape, repeated header rows, merged cells), LibreOffice prints of them,
"Word-like" PDFs laid out by HarfBuzz (general_set4.word_like_pdf) and image-only scans at 200 and
300 dpi.

Rules this set states (decided by OIA s.15(5) before any output was looked at, and scored):
- Officials named for what they do in office stay with their positions, units and the agency's phones,
  addresses, e-mails and document numbers: doctors, nurses, forestry, customs, immigration, police,
  labour, social-development, revenue, election, school and university staff, committee members.
- Private persons go with their identifiers: cooperative members, farmers, the accused, travellers,
  retirees, students, patients, applicants, workers, victims and their family, pupils and parents,
  customers, inmates, taxpayers, newborns and parents, complainants and the accused canvasser,
  requesters, job seekers, villagers: names (PERSON), national IDs (in any grouping, Thai digits
  too), non-Thai ID numbers, phones, house addresses, birth dates, e-mails, bank accounts, plates,
  passports, health in everyday words (HEALTH), debts, wages owed, refunds, deposits and incomes,
  member/customer/student/HN/border-pass/chassis codes, LINE IDs, religion of a named inmate, and
  the offence a named person is accused or convicted of (OTHER).
- Companies, shops, cooperatives, hospitals, schools, budgets, document numbers and dates stay.
- Not scored either way: ages, goods seized, plot numbers, dividends, meeting agendas.

Measured (39 files, 402 items to withhold, 261 to keep), scored with score.py and
``python -m webui.cli redact {in} -o {out} --accept-all``: main at eec0dee, before any rule was written
for this set, leak 0.177 (71/402: OTHER 49/99, PERSON 12/124, PHONE 2/49, ADDRESS 2/23, DOB 2/23,
HEALTH 2/24, PLATE 2/6), over-redaction 0.046 (12/261), 0 failed. The worst: a savings cooperative's
member list kept every member whose school was a district education office (the unit beside the name
read as an official's), and its member numbers and loans had no column header the lexicon knew; a
form typed as a two-column table read its first row (ผู้ขออนุญาต | the applicant's name) as column
titles. After the rules it showed missing: leak 0.012 (5/402: OTHER 4/99, PLATE 1/6), over-redaction
0.023 (6/261), 0 failed. Still open: a truck's plate (NN-NNNN) now goes to review, as whether a truck is a
private person's or a company's is a guess (the key withholds this one); a cooperative manager signing
its report (a private body's office: redacted, the key keeps it); a student's act of cheating
(ส่งคำตอบให้กัน, withheld in the key, no rule); an offence in a dotted legal-aid form too far below the
applicant's name; scanned agency numbers and phones OCR reads as unsure digits; and one scan leak that
is the scorer's fuzzy OCR match of the kept "๓,๐๐๐ บาท" for the withheld "๓,๒๐๐ บาท".

    python benchmarks/general_set9.py [--out DIR] [--score ../shared/eval/score.py]
        [--cmd 'python -m webui.cli redact {in} -o {out} --accept-all']

writes DIR/docs/*, DIR/truth.json and, if the scorer is there, scores it with --cmd.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from docx.enum.section import WD_ORIENT
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
    return national_id(f"{lead}{(seed * 7368787 + 1_402_993_117) % 10**11:011d}")


def _spaced(d: str) -> str:
    return f"{d[0]} {d[1:5]} {d[5:10]} {d[10:12]} {d[12]}"


def _fours(d: str) -> str:
    """An odd grouping people type: 4-4-5 (3100 7004 56218)."""
    return f"{d[:4]} {d[4:8]} {d[8:]}"


def _landscape(d) -> None:  # type: ignore[no-untyped-def]
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)


def _merged_table(d, rows: list[list[str]], col: int, spans: list[tuple[int, int]]) -> None:  # type: ignore[no-untyped-def]
    """A ruled table whose column ``col`` is merged over each (first, last) row span; the merged cell
    holds the first row's text."""
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if c == col and any(a < r <= b for a, b in spans):
                continue
            t.cell(r, c).text = cell
    for a, b in spans:
        text = rows[a][col]
        merged = t.cell(a, col).merge(t.cell(b, col))
        for p in merged.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        merged.paragraphs[0].text = text


_MALE = ("สมหมาย", "วิเชียร", "อำนาจ", "บุญส่ง", "ไพศาล", "ทวีศักดิ์", "เสกสรร")
_FEMALE = ("ประภาพร", "สุนันทา", "รัชนีกร", "จันทร์เพ็ญ", "ลำดวน", "กาญจนา", "อุไรวรรณ")
_FAMILY = ("แก้วกาหลง", "ศรีบุญเรือง", "ทองประเสริฐ", "พรหมวิหาร", "นาคสวัสดิ์", "บุญยืนยง", "ชูศรีทอง",
           "มั่นคงดี", "เพชรรัตน์")


def _name(i: int) -> str:
    """A made-up name whose title fits the given name (นาย for a man; นาง or นางสาว for a woman)."""
    if i % 3 == 0:
        return f"นาย{_MALE[(i * 5) % len(_MALE)]} {_FAMILY[(i * 2 + 1) % len(_FAMILY)]}"
    return f"{('นาง', 'นางสาว')[i % 3 - 1]}{_FEMALE[(i * 5) % len(_FEMALE)]} {_FAMILY[(i * 2 + 1) % len(_FAMILY)]}"


# --- 1. savings cooperative loans and dividends (spans pages, repeated header) ----------------------


def cooperative(docs: Path) -> dict:
    rows = [["ลำดับ", "เลขทะเบียนสมาชิก", "ชื่อ-สกุล", "หน่วยงานต้นสังกัด", "ทุนเรือนหุ้น (บาท)", "เงินกู้คงเหลือ (บาท)",
             "เงินปันผล (บาท)"]]
    redact: Pairs = []
    for i in range(36):
        code = _t(f"{4100 + i * 37:06d}")
        name = _name(i)
        loan = _t(f"{(i * 48311 + 92500) % 900000 + 15000:,}")
        rows.append([_t(str(i + 1)), code, name, ("โรงเรียนบ้านหนองแวง", "โรงเรียนวัดศรีโพธิ์", "สพป.ขอนแก่น เขต ๓")[i % 3],
                     _t(f"{(i % 7 + 2) * 10250:,}"), loan, _t(f"{(i % 7 + 2) * 615:,}")])
        if i % 6 == 2:
            redact += [(code, "OTHER"), (name, "PERSON"), (loan, "OTHER")]
    d = _doc("Kinnari", 13)
    d.sections[0].header.paragraphs[0].text = "สหกรณ์ออมทรัพย์ครูขอนแก่นสมมุติ จำกัด ๑๒๓ ถนนมิตรภาพ โทร. ๐ ๔๓๒๒ ๕๕๑๐"
    _paras(d, ["รายงานยอดทุนเรือนหุ้น เงินกู้คงเหลือ และเงินปันผลของสมาชิก ประจำปีบัญชี ๒๕๖๙",
               "เสนอที่ประชุมใหญ่สามัญประจำปี ครั้งที่ ๑/๒๕๗๐ อัตราเงินปันผลร้อยละ ๖.๐๐"])
    _table(d, rows, repeat_header=True)
    _paras(d, ["(นายณรงค์ฤทธิ์ ชัยสิทธิ์) ผู้จัดการสหกรณ์ออมทรัพย์ครูขอนแก่นสมมุติ จำกัด",
               "(นางอัมพร เหล่าวงศ์ษา) ประธานกรรมการดำเนินการ"])
    d.save(docs / "q01_cooperative.docx")
    return _entry("q01_cooperative.docx", redact, [
        "สหกรณ์ออมทรัพย์ครูขอนแก่นสมมุติ จำกัด", "๐ ๔๓๒๒ ๕๕๑๐", "ครั้งที่ ๑/๒๕๗๐", "นายณรงค์ฤทธิ์ ชัยสิทธิ์",
        "นางอัมพร เหล่าวงศ์ษา", "ประธานกรรมการดำเนินการ", "โรงเรียนบ้านหนองแวง"])


# --- 2. irrigation water users' fee arrears (Word-like PDF) ------------------------------------------


def irrigation(docs: Path) -> dict:
    people = [("นายเจริญ พุ่มพวง", "๒๓๔", "๓,๒๔๐", "๐๘๑-๗๗๒-๔๑๐๓"), ("นางสำรวย อินทร์แก้ว", "๒๔๑", "๑,๘๕๐", "๐๘๖-๑๑๙-๕๐๒๗"),
              ("นายบุญมา คงกระพัน", "๒๕๙", "๔,๑๒๐", "๐๙๐-๓๔๕-๘๘๖๑"), ("นางสาวพิกุล ทองมา", "๒๖๐", "๙๗๕", "๐๖๒-๕๕๓-๑๙๘๔")]
    rows = [["ที่", "ชื่อ-สกุลสมาชิก", "แปลงที่", "ค่าบำรุงค้างชำระ (บาท)", "โทรศัพท์"]]
    for i, (n, plot, due, tel) in enumerate(people, 1):
        rows.append([_t(str(i)), n, plot, due, tel])
    html = _ps(["โครงการส่งน้ำและบำรุงรักษาท่าโบสถ์สมมุติ สำนักงานชลประทานที่ ๑๒",
                "ที่ กษ ๐๓๓๒.๐๗/๔๑๘ วันที่ ๑๙ มกราคม ๒๕๗๐",
                "บัญชีสมาชิกกลุ่มผู้ใช้น้ำคลองส่งน้ำสาย ๔ ขวา ที่ค้างชำระค่าบำรุงรักษาคลอง ฤดูนาปรัง ๒๕๖๙"]) + \
        _html_table(rows) + _ps([
            "ประธานกลุ่มผู้ใช้น้ำ นายสวัสดิ์ ใจเย็น ผู้ตรวจสอบ นายธีระวัฒน์ ศรีสมบูรณ์ หัวหน้าฝ่ายส่งน้ำและบำรุงรักษาที่ ๓",
            "ติดต่อ ฝ่ายส่งน้ำฯ โทร. ๐ ๕๖๒๔ ๗๓๓๐"])
    word_like_pdf(docs / "q02_irrigation.pdf", html, size=12)
    redact: Pairs = []
    for n, _plot, due, tel in people:
        redact += [(n, "PERSON"), (due, "OTHER"), (tel, "PHONE")]
    return _entry("q02_irrigation.pdf", redact, [
        "โครงการส่งน้ำและบำรุงรักษาท่าโบสถ์สมมุติ", "กษ ๐๓๓๒.๐๗/๔๑๘", "นายธีระวัฒน์ ศรีสมบูรณ์",
        "หัวหน้าฝ่ายส่งน้ำและบำรุงรักษาที่ ๓", "๐ ๕๖๒๔ ๗๓๓๐", "๑๙ มกราคม ๒๕๗๐"])


# --- 3. forest-encroachment arrest record -------------------------------------------------------------


def forest_arrest(docs: Path) -> dict:
    a, b = _pid(31), _pid(32)
    d = _doc("Norasi", 14)
    _paras(d, [
        "บันทึกการจับกุม", "หน่วยป้องกันรักษาป่าที่ นน.๑๔ (ห้วยน้ำสมมุติ) สำนักบริหารพื้นที่อนุรักษ์ที่ ๑๓",
        "ที่ ทส ๑๖๒๐.๔/๐๘๘ วันที่ ๒๓ มกราคม ๒๕๗๐",
        "ผู้จับกุม นายอนุชา พิทักษ์ไพร หัวหน้าหน่วยป้องกันรักษาป่าที่ นน.๑๔ พร้อมด้วย นายวีระ ดงดิบ พนักงานพิทักษ์ป่า",
        f"ผู้ถูกจับกุม ๑. นายคำผาย บุญเหลือ เลขประจำตัวประชาชน {thai_digits(_spaced(a))} "
        "อยู่บ้านเลขที่ ๕๖ หมู่ ๙ ตำบลบ่อเกลือใต้",
        f"๒. นายสุพจน์ แสงจันทร์ เลขประจำตัวประชาชน {_fours(b)} อยู่บ้านเลขที่ ๑๑๐/๒ หมู่ ๓ ตำบลบ่อเกลือใต้",
        "ข้อกล่าวหา ร่วมกันบุกรุกแผ้วถางป่าสงวนแห่งชาติ และตัดไม้สักโดยไม่ได้รับอนุญาต",
        "ของกลาง เลื่อยโซ่ยนต์ ๑ เครื่อง ไม้สักท่อน ๑๒ ท่อน",
        "ผู้ถูกจับกุมให้การรับสารภาพ ได้นำตัวส่งพนักงานสอบสวน สถานีตำรวจภูธรบ่อเกลือ",
        "(ลงชื่อ) นายอนุชา พิทักษ์ไพร ผู้จับกุม", "โทร. ๐ ๕๔๗๗ ๘๐๒๑"])
    d.save(docs / "q03_forest_arrest.docx")
    return _entry("q03_forest_arrest.docx", [
        ("นายคำผาย บุญเหลือ", "PERSON"), (thai_digits(_spaced(a)), "NATIONAL_ID"), ("๕๖ หมู่ ๙", "ADDRESS"),
        ("นายสุพจน์ แสงจันทร์", "PERSON"), (_fours(b), "NATIONAL_ID"), ("๑๑๐/๒ หมู่ ๓", "ADDRESS"),
        ("บุกรุกแผ้วถางป่าสงวนแห่งชาติ", "OTHER")], [
        "หน่วยป้องกันรักษาป่าที่ นน.๑๔", "ทส ๑๖๒๐.๔/๐๘๘", "นายอนุชา พิทักษ์ไพร", "นายวีระ ดงดิบ",
        "พนักงานพิทักษ์ป่า", "สถานีตำรวจภูธรบ่อเกลือ", "๐ ๕๔๗๗ ๘๐๒๑", "๒๓ มกราคม ๒๕๗๐"])


# --- 4. border pass register (Lao and Khmer names, landscape) --------------------------------------


def border_pass(docs: Path) -> dict:
    people = [("Mr. Souksavanh Keodouangdy", "ลาว", "BP-KK 0417732", "๑๔๕ บ้านนาซายทอง แขวงเวียงจันทน์"),
              ("Ms. Vilayphone Sisouk", "ลาว", "BP-KK 0417790", "๒๓ บ้านโพนสะอาด แขวงเวียงจันทน์"),
              ("Mr. Sokha Chhim", "กัมพูชา", "CB 220581", "๒๘๐ ภูมิโอสมัคร จังหวัดอุดรมีชัย"),
              ("Mrs. Sreymom Keo", "กัมพูชา", "CB 220597", "๑๑๒ ภูมิโอสมัคร จังหวัดอุดรมีชัย")]
    rows = [["วันที่", "ชื่อ-สกุล", "สัญชาติ", "เลขบัตรผ่านแดน", "ที่อยู่ในประเทศต้นทาง", "วัตถุประสงค์", "เจ้าหน้าที่"]]
    for n, nat, bp, addr in people:
        rows.append(["๔ ก.พ. ๒๕๗๐", n, nat, bp, addr, "ค้าขาย", "ส.ต.อ.ภานุวัฒน์ ศรีชัย"])
    d = _doc("Umpush", 12)
    _landscape(d)
    d.sections[0].footer.paragraphs[0].text = "ด่านตรวจคนเข้าเมืองช่องสะงำสมมุติ โทร. ๐ ๔๕๘๑ ๖๖๔๐"
    _paras(d, ["ทะเบียนผู้เดินทางผ่านแดนโดยใช้บัตรผ่านแดน (Border Pass) จุดผ่านแดนถาวรช่องสะงำสมมุติ",
               "ตรวจแล้ว พ.ต.ท.อดิศักดิ์ มณีวงศ์ สารวัตรด่านตรวจคนเข้าเมืองช่องสะงำสมมุติ"])
    _table(d, rows)
    d.save(docs / "q04_border_pass.docx")
    redact: Pairs = []
    for n, _nat, bp, addr in people:
        house = addr.split(" แขวง")[0].split(" จังหวัด")[0]
        redact += [(n.split(". ", 1)[1], "PERSON"), (bp, "OTHER"), (house, "ADDRESS")]
    return _entry("q04_border_pass.docx", redact, [
        "ด่านตรวจคนเข้าเมืองช่องสะงำสมมุติ", "๐ ๔๕๘๑ ๖๖๔๐", "ส.ต.อ.ภานุวัฒน์ ศรีชัย", "พ.ต.ท.อดิศักดิ์ มณีวงศ์",
        "สารวัตรด่านตรวจคนเข้าเมืองช่องสะงำสมมุติ"])


# --- 5. customs seizure record ---------------------------------------------------------------------


def customs(docs: Path) -> dict:
    d = _doc("Garuda", 14)
    _paras(d, [
        "บันทึกการตรวจค้นและยึดของกลาง", "ด่านศุลกากรแม่สอดสมมุติ สำนักงานศุลกากรภาคที่ ๓",
        "ที่ กค ๐๕๑๙(๓๑)/๒๐๔ วันที่ ๒ กุมภาพันธ์ ๒๕๗๐",
        "เจ้าหน้าที่ผู้ตรวจค้น นายปิยะพงษ์ รักษ์ศุลกากร นักวิชาการศุลกากรชำนาญการ และ นางสาวกนกพร อินทร์ทอง "
        "เจ้าพนักงานศุลกากรปฏิบัติงาน",
        "ได้ตรวจค้นสัมภาระของ Mr. Aung Kyaw Moe สัญชาติเมียนมา หนังสือเดินทางเลขที่ MF0382915 "
        "เกิดวันที่ ๑๗ สิงหาคม ๒๕๒๙ ที่อยู่ในประเทศไทย ๓๓/๑๒ ซอยอินทรคีรี ๕ อำเภอแม่สอด โทร. ๐๙๕-๔๔๗-๒๑๘๓",
        "พบบุหรี่ไม่ผ่านพิธีการศุลกากร ๔๐ คอตตอน จึงยึดไว้เป็นของกลาง ผู้ต้องหาขอระงับคดีในชั้นศุลกากร "
        "ชำระค่าปรับ ๒๘,๕๐๐ บาท",
        "(นายปิยะพงษ์ รักษ์ศุลกากร) ผู้ตรวจค้น",
        "ทราบ (นายเกรียงไกร ทองสุวรรณ) นายด่านศุลกากรแม่สอดสมมุติ โทร. ๐ ๕๕๕๖ ๓๐๐๘"])
    d.save(docs / "q05_customs.docx")
    return _entry("q05_customs.docx", [
        ("Aung Kyaw Moe", "PERSON"), ("MF0382915", "PASSPORT"), ("๑๗ สิงหาคม ๒๕๒๙", "DOB"),
        ("๓๓/๑๒ ซอยอินทรคีรี ๕", "ADDRESS"), ("๐๙๕-๔๔๗-๒๑๘๓", "PHONE")], [
        "ด่านศุลกากรแม่สอดสมมุติ", "กค ๐๕๑๙(๓๑)/๒๐๔", "นายปิยะพงษ์ รักษ์ศุลกากร", "นักวิชาการศุลกากรชำนาญการ",
        "นางสาวกนกพร อินทร์ทอง", "นายเกรียงไกร ทองสุวรรณ", "๐ ๕๕๕๖ ๓๐๐๘", "๒ กุมภาพันธ์ ๒๕๗๐"])


# --- 6. English retirement-extension letter (Word-like PDF) --------------------------------------


def retirement_en(docs: Path) -> dict:
    html = _ps([
        "Chiang Mai Immigration Office (Sample), 71 Moo 3 Airport Road, Chiang Mai 50200",
        "No. 0029.861/1182  &nbsp; 9 February 2027",
        "Subject: Extension of temporary stay on the basis of retirement",
        "To: Manager, Bangkok Sample Bank Public Company Limited, Nimman Branch",
        "The applicant, Mr. Gerhard Wilhelm Brandt, German national, passport number C4TK71950, "
        "born 3 May 1958, residing at Room 1207, Sample Residence Condominium, 14/88 Nimmanhaemin Soi 9, "
        "has applied to extend his stay for one year. He states that his savings account no. 412-6-08733-5 "
        "holds a balance of 812,460.55 baht and that he receives a monthly pension of EUR 2,150.",
        "Please confirm the balance and the date the account was opened.",
        "Pol. Lt. Col. Thanakrit Boonsom, Inspector, Sub-Division 2, Chiang Mai Immigration Office",
        "Tel. 0 5320 1755, e-mail: extension.cm@immigration.example.go.th"])
    word_like_pdf(docs / "q06_retirement_en.pdf", html, size=11)
    return _entry("q06_retirement_en.pdf", [
        ("Gerhard Wilhelm Brandt", "PERSON"), ("C4TK71950", "PASSPORT"), ("3 May 1958", "DOB"),
        ("14/88 Nimmanhaemin Soi 9", "ADDRESS"), ("412-6-08733-5", "BANK_ACCOUNT"), ("812,460.55", "OTHER"),
        ("EUR 2,150", "OTHER")], [
        "Chiang Mai Immigration Office", "71 Moo 3 Airport Road", "0029.861/1182", "Thanakrit Boonsom",
        "Inspector, Sub-Division 2", "0 5320 1755", "extension.cm@immigration.example.go.th", "9 February 2027",
        "Bangkok Sample Bank Public Company Limited"])


# --- 7. university exam-cheating decision ----------------------------------------------------------


def cheating(docs: Path) -> dict:
    d = _doc("Sawasdee", 14)
    _paras(d, [
        "คำสั่งมหาวิทยาลัยราชภัฏลุ่มน้ำปิงสมมุติ", "ที่ ๐๔๑๒/๒๕๗๐",
        "เรื่อง ลงโทษนักศึกษาที่ทุจริตในการสอบปลายภาค ภาคเรียนที่ ๒/๒๕๖๙",
        "ด้วยคณะกรรมการสอบข้อเท็จจริง ซึ่งมี รองศาสตราจารย์ ดร.ศิริพร เกียรติก้อง เป็นประธานกรรมการ "
        "อาจารย์ปรีชา วงศ์ใหญ่ และ ผู้ช่วยศาสตราจารย์ ดร.มานพ สิทธิโชค เป็นกรรมการ ได้สอบข้อเท็จจริงแล้ว ปรากฏว่า",
        "นายกฤษดา พลอยประดับ รหัสนักศึกษา ๖๖๑๒๑๐๔๐๓๗ และ นางสาวธิดารัตน์ โคตรวงศ์ รหัสนักศึกษา ๖๖๑๒๑๐๔๑๑๕ "
        "สาขาวิชาการบัญชี คณะวิทยาการจัดการ ได้นำโทรศัพท์เข้าห้องสอบและส่งคำตอบให้กัน อันเป็นการทุจริตในการสอบ",
        "จึงให้ได้ระดับคะแนน F ทุกรายวิชาที่ลงทะเบียนในภาคเรียนนี้ และพักการเรียน ๑ ภาคการศึกษา",
        "สั่ง ณ วันที่ ๑๖ กุมภาพันธ์ ๒๕๗๐",
        "(รองศาสตราจารย์ ดร.ชาตรี บุญญาธิการ) อธิการบดีมหาวิทยาลัยราชภัฏลุ่มน้ำปิงสมมุติ",
        "กองพัฒนานักศึกษา โทร. ๐ ๕๕๗๑ ๒๔๐๐ ต่อ ๑๑๓๒"])
    d.save(docs / "q07_cheating.docx")
    return _entry("q07_cheating.docx", [
        ("นายกฤษดา พลอยประดับ", "PERSON"), ("๖๖๑๒๑๐๔๐๓๗", "OTHER"), ("นางสาวธิดารัตน์ โคตรวงศ์", "PERSON"),
        ("๖๖๑๒๑๐๔๑๑๕", "OTHER"), ("ส่งคำตอบให้กัน", "OTHER")], [
        "มหาวิทยาลัยราชภัฏลุ่มน้ำปิงสมมุติ", "ที่ ๐๔๑๒/๒๕๗๐", "ดร.ศิริพร เกียรติก้อง", "อาจารย์ปรีชา วงศ์ใหญ่",
        "ดร.มานพ สิทธิโชค", "ดร.ชาตรี บุญญาธิการ", "อธิการบดีมหาวิทยาลัยราชภัฏลุ่มน้ำปิงสมมุติ", "๐ ๕๕๗๑ ๒๔๐๐",
        "๑๖ กุมภาพันธ์ ๒๕๗๐"])


# --- 8. cataract surgery waiting list (merged ward cells) ------------------------------------------


def cataract(docs: Path) -> dict:
    people = [("อายุรกรรมชาย", "นายทองสุข ปานแดง", "HN ๖๔๐๐๗๑๒", "ต้อกระจกตาขวา ร่วมกับเบาหวาน", "๐๘๙-๔๑๒-๗๗๐๕"),
              ("อายุรกรรมชาย", "นายแสวง บุญมาก", "HN ๖๑๐๒๒๓๘", "ต้อกระจกทั้งสองข้าง มองเห็นเลือนราง", "๐๘๑-๓๓๗-๙๐๑๘"),
              ("อายุรกรรมชาย", "นายจันทร์ ศรีวงษ์", "HN ๕๙๐๓๓๔๑", "ต้อกระจกตาซ้าย ความดันโลหิตสูง", "๐๖๔-๒๒๐-๑๕๙๓"),
              ("ศัลยกรรมหญิง", "นางบัวเรียน ทองศรี", "HN ๖๓๐๐๕๒๗", "ต้อกระจกตาขวา เคยผ่าตัดต้อหินตาซ้าย", "๐๘๗-๖๖๕-๔๐๒๑"),
              ("ศัลยกรรมหญิง", "นางคำปุ่น ไชยเดช", "HN ๕๘๐๔๔๑๖", "ต้อกระจกตาซ้าย ไตวายเรื้อรัง", "๐๙๒-๕๑๔-๗๗๓๘")]
    rows = [["หอผู้ป่วย", "ชื่อ-สกุล", "HN", "การวินิจฉัย", "โทรศัพท์ญาติ", "วันนัดผ่าตัด"]]
    for ward, n, hn, dx, tel in people:
        rows.append([ward, n, hn, dx, tel, "๑๒ มี.ค. ๒๕๗๐"])
    d = _doc("Loma", 12)
    _paras(d, ["โรงพยาบาลสมเด็จพระยุพราชด่านซ้ายสมมุติ กลุ่มงานจักษุวิทยา",
               "รายชื่อผู้ป่วยรอผ่าตัดต้อกระจก โครงการผ่าตัดต้อกระจกเคลื่อนที่ เดือนมีนาคม ๒๕๗๐"])
    _merged_table(d, rows, 0, [(1, 3), (4, 5)])
    _paras(d, ["จักษุแพทย์ผู้ผ่าตัด แพทย์หญิงวรรณวิสา ธนสาร นายแพทย์ชำนาญการพิเศษ",
               "ผู้ประสานงาน นางจิราภรณ์ แสงทอง พยาบาลวิชาชีพชำนาญการ โทร. ๐ ๔๒๘๙ ๑๒๗๔ ต่อ ๒๒๐"])
    d.save(docs / "q08_cataract.docx")
    redact: Pairs = []
    for _w, n, hn, dx, tel in people:
        redact += [(n, "PERSON"), (hn.split(" ")[1], "OTHER"), (dx, "HEALTH"), (tel, "PHONE")]
    return _entry("q08_cataract.docx", redact, [
        "โรงพยาบาลสมเด็จพระยุพราชด่านซ้ายสมมุติ", "แพทย์หญิงวรรณวิสา ธนสาร", "นายแพทย์ชำนาญการพิเศษ",
        "นางจิราภรณ์ แสงทอง", "พยาบาลวิชาชีพชำนาญการ", "๐ ๔๒๘๙ ๑๒๗๔", "อายุรกรรมชาย"])


# --- 9. legal-aid application (dotted form) --------------------------------------------------------


def legal_aid(docs: Path) -> dict:
    pid = _pid(91)
    d = _doc("Laksaman", 15)
    _paras(d, [
        "แบบคำขอรับความช่วยเหลือทางกฎหมาย (ยธ.ช.๑)", "สำนักงานยุติธรรมจังหวัดสุรินทร์สมมุติ",
        "เขียนที่ ศาลากลางจังหวัด วันที่ ๕ กุมภาพันธ์ ๒๕๗๐",
        "ข้าพเจ้า........นางสาวอรอุมา ชาญณรงค์........อายุ....๓๑....ปี",
        f"เลขประจำตัวประชาชน...{thai_digits(dashed_id(pid))}...",
        "ที่อยู่ปัจจุบัน...๑๗/๔ หมู่ ๑๒ ตำบลนอกเมือง...โทรศัพท์...๐๖๓ ๘๘๑ ๔๐๒๗...",
        "อาชีพ...รับจ้างทั่วไป...รายได้ต่อเดือน...๗,๕๐๐...บาท",
        "เรื่องที่ขอความช่วยเหลือ ถูกฟ้องเป็นจำเลยในคดีลักทรัพย์นายจ้าง ขอทนายความและเงินประกันตัว",
        "ผู้รับคำขอ.....นายภูมิพัฒน์ ทองย้อย.....นิติกรชำนาญการ",
        "ความเห็นยุติธรรมจังหวัด ....เห็นควรให้ความช่วยเหลือ.... (นางพรรณี สุขประเสริฐ) ยุติธรรมจังหวัดสุรินทร์สมมุติ"])
    d.save(docs / "q09_legal_aid.docx")
    return _entry("q09_legal_aid.docx", [
        ("นางสาวอรอุมา ชาญณรงค์", "PERSON"), (thai_digits(dashed_id(pid)), "NATIONAL_ID"), ("๑๗/๔ หมู่ ๑๒", "ADDRESS"),
        ("๐๖๓ ๘๘๑ ๔๐๒๗", "PHONE"), ("๗,๕๐๐", "OTHER"), ("คดีลักทรัพย์นายจ้าง", "OTHER")], [
        "สำนักงานยุติธรรมจังหวัดสุรินทร์สมมุติ", "นายภูมิพัฒน์ ทองย้อย", "นิติกรชำนาญการ", "นางพรรณี สุขประเสริฐ",
        "ยุติธรรมจังหวัดสุรินทร์สมมุติ", "๕ กุมภาพันธ์ ๒๕๗๐"])


# --- 10. labour inspector's unpaid-wage order --------------------------------------------------------


def wage_order(docs: Path) -> dict:
    workers = [("นางสาวมณีรัตน์ คำภา", "๐๘๒-๕๔๑-๗๗๓๖", "๑๘,๙๐๐"), ("นายอดุลย์ เสาร์แก้ว", "๐๙๑-๗๐๒-๓๓๑๘", "๒๔,๓๖๐"),
               ("Mr. Zaw Min Htet", "๐๖๔-๘๘๓-๐๑๕๒", "๑๒,๖๐๐")]
    d = _doc("Garuda", 14)
    _paras(d, ["คำสั่งพนักงานตรวจแรงงาน (แบบ คร.๘)", "ที่ ๐๑๗/๒๕๗๐", "สำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัดสมุทรสาครสมมุติ",
               "ถึง บริษัท ซีฟู้ดแพ็คสมมุติ จำกัด สถานประกอบกิจการตั้งอยู่เลขที่ ๙๙/๑ หมู่ ๔ ถนนพระราม ๒ ตำบลนาดี",
               "ตามที่ลูกจ้างได้ยื่นคำร้อง (แบบ คร.๗) ว่านายจ้างไม่จ่ายค่าจ้างค้างจ่าย พนักงานตรวจแรงงานได้สอบข้อเท็จจริงแล้ว "
               "จึงมีคำสั่งให้นายจ้างจ่ายเงินแก่ลูกจ้างดังนี้"])
    _table(d, [["ลูกจ้าง", "โทรศัพท์", "ค่าจ้างค้างจ่าย (บาท)"]] + [list(w) for w in workers])
    _paras(d, ["ให้นายจ้างนำเงินไปจ่าย ณ สำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัด ภายใน ๓๐ วัน",
               "สั่ง ณ วันที่ ๘ กุมภาพันธ์ ๒๕๗๐",
               "(นายชยพล วงศ์เกษมสุข) นักวิชาการแรงงานชำนาญการ พนักงานตรวจแรงงาน โทร. ๐ ๓๔๔๑ ๐๗๒๘"])
    d.save(docs / "q10_wage_order.docx")
    redact: Pairs = []
    for n, tel, owed in workers:
        redact += [(n.replace("Mr. ", ""), "PERSON"), (tel, "PHONE"), (owed, "OTHER")]
    return _entry("q10_wage_order.docx", redact, [
        "บริษัท ซีฟู้ดแพ็คสมมุติ จำกัด", "๙๙/๑ หมู่ ๔ ถนนพระราม ๒", "ที่ ๐๑๗/๒๕๗๐", "นายชยพล วงศ์เกษมสุข",
        "นักวิชาการแรงงานชำนาญการ", "๐ ๓๔๔๑ ๐๗๒๘", "๘ กุมภาพันธ์ ๒๕๗๐"])


# --- 11. domestic-violence shelter referral ----------------------------------------------------------


def shelter(docs: Path) -> dict:
    d = _doc("Kinnari", 15)
    _paras(d, [
        "ที่ พม ๐๔๖๗.๑/๑๒๓", "บ้านพักเด็กและครอบครัวจังหวัดชัยภูมิสมมุติ", "๑๐ กุมภาพันธ์ ๒๕๗๐",
        "เรื่อง ส่งต่อผู้ประสบปัญหาความรุนแรงในครอบครัวเพื่อรับการรักษาและฟื้นฟู",
        "เรียน ผู้อำนวยการโรงพยาบาลชัยภูมิสมมุติ (ศูนย์พึ่งได้)",
        "ด้วยบ้านพักฯ ได้รับแจ้งเหตุว่า นางรัตนาภรณ์ ศรีภูมิ ถูกสามีคือ นายชูชาติ ศรีภูมิ ทำร้ายร่างกาย "
        "มีรอยฟกช้ำที่ใบหน้าและกระดูกซี่โครงหัก นายชูชาติเคยต้องคำพิพากษาจำคุกในคดีทำร้ายร่างกายเมื่อปี ๒๕๖๖",
        "นางรัตนาภรณ์มีบุตร ๑ คน คือ เด็กชายภูริช ศรีภูมิ เกิดวันที่ ๒ พฤศจิกายน ๒๕๖๑ ซึ่งมีอาการหวาดกลัว นอนไม่หลับ",
        "จึงขอส่งต่อเพื่อตรวจรักษาและประเมินสภาพจิตใจ ทั้งนี้ ได้จัดที่พักชั่วคราวให้แล้ว",
        "ขอแสดงความนับถือ", "(นางสาววิภาวรรณ สุขสวัสดิ์)", "นักสังคมสงเคราะห์ชำนาญการ",
        "ผู้ปกครองบ้านพักเด็กและครอบครัวจังหวัดชัยภูมิสมมุติ", "โทร. ๐ ๔๔๘๑ ๑๖๖๒ สายด่วน ๑๓๐๐"])
    d.save(docs / "q11_shelter.docx")
    return _entry("q11_shelter.docx", [
        ("นางรัตนาภรณ์ ศรีภูมิ", "PERSON"), ("นายชูชาติ ศรีภูมิ", "PERSON"), ("รอยฟกช้ำที่ใบหน้า", "HEALTH"),
        ("กระดูกซี่โครงหัก", "HEALTH"), ("ต้องคำพิพากษาจำคุกในคดีทำร้ายร่างกาย", "OTHER"),
        ("เด็กชายภูริช ศรีภูมิ", "PERSON"), ("๒ พฤศจิกายน ๒๕๖๑", "DOB"), ("นอนไม่หลับ", "HEALTH")], [
        "พม ๐๔๖๗.๑/๑๒๓", "บ้านพักเด็กและครอบครัวจังหวัดชัยภูมิสมมุติ", "ผู้อำนวยการโรงพยาบาลชัยภูมิสมมุติ",
        "นางสาววิภาวรรณ สุขสวัสดิ์", "นักสังคมสงเคราะห์ชำนาญการ", "๐ ๔๔๘๑ ๑๖๖๒", "๑๐ กุมภาพันธ์ ๒๕๗๐"])


# --- 12. house-number request to a SAO ---------------------------------------------------------------


def house_number(docs: Path) -> dict:
    pid = _pid(121)
    grouped = f"{pid[:1]}-{pid[1:3]}{pid[3:5]}-{pid[5:10]}-{pid[10:]}"  # 1-2345-67890-123: last groups joined
    d = _doc("Purisa", 13)
    _paras(d, [
        "คำร้องขอเลขหมายประจำบ้าน (ท.ร.๙)", "เรียน นายทะเบียนท้องถิ่นองค์การบริหารส่วนตำบลโคกสูงสมมุติ",
        f"ข้าพเจ้า นายประยุทธ แสนทวีสุข เลขประจำตัวประชาชน {grouped} โทร. ๐๘๓ ๙๐๒ ๕๕๖๑",
        "ได้ปลูกสร้างบ้านใหม่บนที่ดินของบิดา ในหมู่ที่ ๗ บ้านหนองไผ่ ตำบลโคกสูง แล้วเสร็จเมื่อเดือนธันวาคม ๒๕๖๙",
        "ขอให้กำหนดเลขหมายประจำบ้าน",
        "ความเห็นเจ้าหน้าที่ ได้ตรวจสอบแล้ว เห็นควรกำหนดบ้านเลขที่ ๒๒๑/๔ หมู่ที่ ๗",
        "(นางสาวสุกัญญา จันทร์หอม) เจ้าพนักงานธุรการชำนาญงาน ผู้ช่วยนายทะเบียนท้องถิ่น",
        "อนุมัติ (นายสุเมธ ปัญญาดี) นายกองค์การบริหารส่วนตำบลโคกสูงสมมุติ นายทะเบียนท้องถิ่น",
        "สำนักงานทะเบียนท้องถิ่น อบต.โคกสูงสมมุติ โทร. ๐ ๔๔๓๕ ๗๐๑๒"])
    d.save(docs / "q12_house_number.docx")
    return _entry("q12_house_number.docx", [
        ("นายประยุทธ แสนทวีสุข", "PERSON"), (grouped, "NATIONAL_ID"), ("๐๘๓ ๙๐๒ ๕๕๖๑", "PHONE"),
        ("บ้านเลขที่ ๒๒๑/๔ หมู่ที่ ๗", "ADDRESS")], [
        "องค์การบริหารส่วนตำบลโคกสูงสมมุติ", "นางสาวสุกัญญา จันทร์หอม", "เจ้าพนักงานธุรการชำนาญงาน",
        "นายสุเมธ ปัญญาดี", "นายกองค์การบริหารส่วนตำบลโคกสูงสมมุติ", "๐ ๔๔๓๕ ๗๐๑๒"])


# --- 13. police daily record: stolen motorcycle --------------------------------------------------------


def stolen_bike(docs: Path) -> dict:
    d = _doc("Norasi", 14)
    _paras(d, [
        "รายงานประจำวันเกี่ยวกับคดี", "สถานีตำรวจภูธรนครชัยศรีสมมุติ", "ข้อ ๑๔ เวลา ๐๙.๓๐ น. วันที่ ๑๑ กุมภาพันธ์ ๒๕๗๐",
        "ผู้แจ้ง นายวรพล แก้วมณี อายุ ๒๖ ปี อยู่บ้านเลขที่ ๘๘/๓ หมู่ ๕ ตำบลห้วยพลู โทร. ๐๙๘-๑๕๖-๓๓๔๗",
        "แจ้งว่า รถจักรยานยนต์ยี่ห้อฮอนด้า สีแดง ทะเบียน ๑กข ๘๘๒๑ นครปฐม หมายเลขตัวถัง MLHJC5120K5104397 "
        "หมายเลขเครื่องยนต์ JC51E-5117702 ซึ่งจอดไว้หน้าร้านสะดวกซื้อ ได้หายไป",
        "ร้อยตำรวจโท ธนพล รัตนพันธ์ รองสารวัตร (สอบสวน) รับแจ้งไว้เป็นหลักฐาน",
        "(ลงชื่อ) ร.ต.ท.ธนพล รัตนพันธ์ ผู้รับแจ้ง",
        "งานสอบสวน สภ.นครชัยศรีสมมุติ โทร. ๐ ๓๔๓๓ ๑๐๑๙"])
    d.save(docs / "q13_stolen_bike.docx")
    return _entry("q13_stolen_bike.docx", [
        ("นายวรพล แก้วมณี", "PERSON"), ("๘๘/๓ หมู่ ๕", "ADDRESS"), ("๐๙๘-๑๕๖-๓๓๔๗", "PHONE"),
        ("๑กข ๘๘๒๑", "PLATE"), ("MLHJC5120K5104397", "OTHER"), ("JC51E-5117702", "OTHER")], [
        "สถานีตำรวจภูธรนครชัยศรีสมมุติ", "ธนพล รัตนพันธ์", "รองสารวัตร (สอบสวน)", "๐ ๓๔๓๓ ๑๐๑๙",
        "๑๑ กุมภาพันธ์ ๒๕๗๐"])


# --- 14. parents' meeting list with LINE IDs (Word-like PDF) ---------------------------------------


def parents_line(docs: Path) -> dict:
    people = [("นางสุพัตรา อินทรวงศ์", "ด.ญ.ปาริชาติ อินทรวงศ์", "๐๘๖-๔๑๗-๒๒๙๐", "supat.in"),
              ("นายชาตรี มีบุญ", "ด.ช.ธีรเดช มีบุญ", "๐๙๒-๖๖๘-๑๐๔๓", "@chatree2519"),
              ("นางสาวนิภา พรหมมา", "ด.ญ.ณัฐณิชา พรหมมา", "๐๖๑-๒๐๙-๘๘๑๔", "nipa_pm")]
    rows = [["ที่", "ชื่อผู้ปกครอง", "ชื่อนักเรียน", "โทรศัพท์", "LINE ID", "ลงชื่อ"]]
    for i, (p, c, tel, line) in enumerate(people, 1):
        rows.append([_t(str(i)), p, c, tel, line, ""])
    html = _ps(["โรงเรียนบ้านดอนแก้วสมมุติ สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต ๒",
                "บัญชีลงเวลาการประชุมผู้ปกครองนักเรียน ชั้นประถมศึกษาปีที่ ๔/๑ วันที่ ๒๑ ก.พ. ๒๕๗๐"]) + \
        _html_table(rows) + _ps(["ครูประจำชั้น นางมาลัย ศรีสวัสดิ์ ครูชำนาญการพิเศษ LINE กลุ่มห้อง: @donkaew41",
                                 "ผู้อำนวยการโรงเรียน นายเกษม ทองคำ โทร. ๐ ๕๓๑๑ ๒๒๔๐"])
    word_like_pdf(docs / "q14_parents_line.pdf", html, size=12)
    redact: Pairs = []
    for p, c, tel, line in people:
        redact += [(p, "PERSON"), (c, "PERSON"), (tel, "PHONE"), (line, "OTHER")]
    return _entry("q14_parents_line.pdf", redact, [
        "โรงเรียนบ้านดอนแก้วสมมุติ", "นางมาลัย ศรีสวัสดิ์", "ครูชำนาญการพิเศษ", "นายเกษม ทองคำ", "๐ ๕๓๑๑ ๒๒๔๐"])


# --- 15. electricity meter installation list --------------------------------------------------------


def meters(docs: Path) -> dict:
    rows = [["ลำดับ", "เลขที่คำร้อง", "ชื่อผู้ใช้ไฟฟ้า", "บัญชีแสดงสัญญา (CA)", "สถานที่ติดตั้ง", "ขนาดมิเตอร์", "โทรศัพท์"],
            ["๑", "๖๙-๐๑๔๒", "นายสุริยา ดวงแก้ว", "๐๒๐๐๐๔๑๗๗๒๑๕", "๕๕/๒ หมู่ ๖ ตำบลป่าแดด", "๕(๑๕) แอมป์", "๐๘๘-๒๑๗-๔๙๐๓"],
            ["๒", "๖๙-๐๑๔๓", "บริษัท ไร่ภูฟ้าสมมุติ จำกัด", "๐๒๐๐๐๔๑๗๗๒๒๓", "ถนนสายเอเชีย ตำบลป่าแดด", "๓๐(๑๐๐) แอมป์",
             "๐ ๕๓๗๑ ๘๐๐๐"],
            ["๓", "๖๙-๐๑๔๕", "นางเพ็ญแข บุญเรือง", "๐๒๐๐๐๔๑๗๗๓๐๙", "๑๒ หมู่ ๒ ตำบลป่าแดด", "๕(๑๕) แอมป์", "๐๙๕-๗๓๓-๒๑๘๖"]]
    d = _doc("Waree", 12)
    _landscape(d)
    _paras(d, ["การไฟฟ้าส่วนภูมิภาคอำเภอแม่สรวยสมมุติ", "ทะเบียนคำร้องขอติดตั้งมิเตอร์ไฟฟ้ารายใหม่ ประจำเดือนมกราคม ๒๕๗๐"])
    _table(d, rows)
    _paras(d, ["ผู้สำรวจ นายเอกชัย มณีจันทร์ ช่างชำนาญงาน แผนกบริการลูกค้า โทร. ๐ ๕๓๗๘ ๖๑๑๐",
               "ผู้อนุมัติ นายพีรพงศ์ สายทองคำ ผู้จัดการการไฟฟ้าส่วนภูมิภาคอำเภอแม่สรวยสมมุติ"])
    d.save(docs / "q15_meters.docx")
    return _entry("q15_meters.docx", [
        ("นายสุริยา ดวงแก้ว", "PERSON"), ("๐๒๐๐๐๔๑๗๗๒๑๕", "OTHER"), ("๕๕/๒ หมู่ ๖", "ADDRESS"), ("๐๘๘-๒๑๗-๔๙๐๓", "PHONE"),
        ("นางเพ็ญแข บุญเรือง", "PERSON"), ("๐๒๐๐๐๔๑๗๗๓๐๙", "OTHER"), ("๑๒ หมู่ ๒ ตำบลป่าแดด", "ADDRESS"),
        ("๐๙๕-๗๓๓-๒๑๘๖", "PHONE")], [
        "การไฟฟ้าส่วนภูมิภาคอำเภอแม่สรวยสมมุติ", "บริษัท ไร่ภูฟ้าสมมุติ จำกัด", "ถนนสายเอเชีย", "๐ ๕๓๗๑ ๘๐๐๐",
        "นายเอกชัย มณีจันทร์", "๐ ๕๓๗๘ ๖๑๑๐", "นายพีรพงศ์ สายทองคำ"])


# --- 16. prison meal list by religion ---------------------------------------------------------------


def prison_meals(docs: Path) -> dict:
    people = [("นายอับดุลเลาะ สาและ", "อิสลาม", "ยาเสพติด (จำหน่ายยาบ้า)"), ("นายสมศักดิ์ ทองเนื้อดี", "พุทธ", "ลักทรัพย์"),
              ("Mr. Min Thu Aung", "พุทธ", "หลบหนีเข้าเมือง"), ("นายยูซุฟ มะแซ", "อิสลาม", "ทำร้ายร่างกาย"),
              ("นายปีเตอร์ สมิธสัน", "คริสต์", "ฉ้อโกง")]
    rows = [["ที่", "ชื่อ-สกุลผู้ต้องขัง", "แดน", "ศาสนา", "ฐานความผิด", "อาหาร"]]
    for i, (n, rel, off) in enumerate(people, 1):
        rows.append([_t(str(i)), n, _t(str(i % 3 + 1)), rel, off, "ฮาลาล" if rel == "อิสลาม" else "ทั่วไป"])
    d = _doc("Sawasdee", 13)
    _paras(d, ["เรือนจำจังหวัดปัตตานีสมมุติ ฝ่ายสวัสดิการผู้ต้องขัง",
               "บัญชีผู้ต้องขังแรกรับ จัดอาหารตามหลักศาสนา ประจำเดือนกุมภาพันธ์ ๒๕๗๐ (งบประมาณ ๒๔๐,๐๐๐ บาท)"])
    _table(d, rows, borders=False)
    _paras(d, ["ผู้จัดทำ นายอิสมาแอ ดอเลาะ นักทัณฑวิทยาปฏิบัติการ",
               "ผู้บัญชาการเรือนจำ นายวิฑูรย์ ศักดิ์ดี โทร. ๐ ๗๓๓๔ ๘๑๗๗"])
    d.save(docs / "q16_prison_meals.docx")
    redact: Pairs = []
    for n, _rel, off in people:
        redact += [(n.replace("Mr. ", ""), "PERSON"), (off, "OTHER")]
    redact += [("อิสลาม", "OTHER")]
    return _entry("q16_prison_meals.docx", redact, [
        "เรือนจำจังหวัดปัตตานีสมมุติ", "๒๔๐,๐๐๐", "นายอิสมาแอ ดอเลาะ", "นักทัณฑวิทยาปฏิบัติการ", "นายวิฑูรย์ ศักดิ์ดี",
        "๐ ๗๓๓๔ ๘๑๗๗"])


# --- 17. personal income tax refund list (Thai digits) --------------------------------------------


def tax_refund(docs: Path) -> dict:
    rows = [["ลำดับ", "เลขประจำตัวผู้เสียภาษีอากร", "ชื่อผู้มีเงินได้", "ปีภาษี", "จำนวนเงินคืน (บาท)", "โอนเข้าบัญชีเลขที่"]]
    redact: Pairs = []
    for i in range(8):
        tin = thai_digits(_pid(170 + i, "1"))
        name = _name(i + 3)
        refund = _t(f"{(i * 7717 + 2350) % 30000 + 1200:,}.{i * 13 % 100:02d}")
        acct = thai_digits(f"{(i * 311 + 120) % 1000:03d}-{i % 9}-{(i * 90211 + 44130) % 100000:05d}-{i % 10}")
        rows.append([_t(str(i + 1)), tin, name, "๒๕๖๘", refund, acct])
        if i % 2 == 0:
            redact += [(tin, "TAX_ID_PERSON"), (name, "PERSON"), (refund, "OTHER"), (acct, "BANK_ACCOUNT")]
    d = _doc("Garuda", 12)
    d.sections[0].header.paragraphs[0].text = "สำนักงานสรรพากรพื้นที่ลำปางสมมุติ"
    _paras(d, ["ที่ กค ๐๗๑๘.๐๑/๐๔๕๕", "บัญชีรายชื่อผู้ขอคืนภาษีเงินได้บุคคลธรรมดาที่ได้รับอนุมัติคืนเงิน รอบวันที่ ๓ มีนาคม ๒๕๗๐"])
    _table(d, rows)
    _paras(d, ["ผู้ตรวจสอบ นางสาวศศิธร คงเจริญ นักวิชาการภาษีชำนาญการ",
               "ผู้อนุมัติ นายอำนาจ ศรีรัตนา สรรพากรพื้นที่ลำปางสมมุติ โทร. ๐ ๕๔๒๒ ๔๑๑๖"])
    d.save(docs / "q17_tax_refund.docx")
    return _entry("q17_tax_refund.docx", redact, [
        "สำนักงานสรรพากรพื้นที่ลำปางสมมุติ", "กค ๐๗๑๘.๐๑/๐๔๕๕", "นางสาวศศิธร คงเจริญ", "นักวิชาการภาษีชำนาญการ",
        "นายอำนาจ ศรีรัตนา", "๐ ๕๔๒๒ ๔๑๑๖"])


# --- 18. English letter to an embassy: a migrant's newborn -------------------------------------------


def newborn_en(docs: Path) -> dict:
    d = _doc("Loma", 12)
    _paras(d, [
        "Mae Sot Sample Hospital, 3 Intharakiri Road, Mae Sot, Tak 63110", "Ref. TK 0033.203/0917",
        "14 February 2027",
        "Subject: Notification of the birth of a child to Myanmar nationals",
        "To: Consul, Consulate of the Republic of the Union of Myanmar (Sample), Chiang Mai",
        "We wish to inform you that Ms. Nan Ei Phyu, holder of passport MH772019 and work permit no. "
        "WP-63-0044817, gave birth at this hospital to a baby girl, Ma Hnin Wai Lwin, on 9 February 2027 at 03:40 hrs "
        "(hospital number HN 70-004512). The father is Mr. Ko Thet Naing Oo, passport MH802766, employed by "
        "Golden Sample Garment Co., Ltd., Mae Sot.",
        "The birth was premature at 33 weeks; the baby needed oxygen and phototherapy for jaundice and is now stable. "
        "The parents live at 51/7 Moo 2, Tha Sai Luat, and may be reached on 086 441 3097.",
        "Please issue the child's identity document so that the birth can be registered.",
        "Yours faithfully,", "Dr. Prasert Wongchai, M.D.", "Director, Mae Sot Sample Hospital",
        "Tel. 0 5553 1224 ext. 1105, e-mail: saraban@maesot-sample.go.th"])
    d.save(docs / "q18_newborn_en.docx")
    return _entry("q18_newborn_en.docx", [
        ("Nan Ei Phyu", "PERSON"), ("MH772019", "PASSPORT"), ("WP-63-0044817", "OTHER"), ("Ma Hnin Wai Lwin", "PERSON"),
        ("9 February 2027", "DOB"), ("70-004512", "OTHER"), ("Ko Thet Naing Oo", "PERSON"), ("MH802766", "PASSPORT"),
        ("phototherapy for jaundice", "HEALTH"), ("51/7 Moo 2, Tha Sai Luat", "ADDRESS"), ("086 441 3097", "PHONE")], [
        "Mae Sot Sample Hospital", "3 Intharakiri Road", "TK 0033.203/0917", "14 February 2027",
        "Golden Sample Garment Co., Ltd.", "Prasert Wongchai", "0 5553 1224", "saraban@maesot-sample.go.th"])


# --- 19. TB treatment follow-up (Word-like PDF) -------------------------------------------------------


def tb_followup(docs: Path) -> dict:
    people = [("นายสมบัติ ทองอินทร์", "๕๗-๐๐๘๑๓", "ไอเรื้อรังเกินสองสัปดาห์ เสมหะพบเชื้อ", "๐๘๔-๓๓๑-๙๐๗๒"),
              ("นางอำไพ จันทร์ศรี", "๖๒-๐๑๑๔๗", "น้ำหนักลด มีไข้ตอนกลางคืน ติดเชื้อเอชไอวีร่วม", "๐๖๕-๗๑๒-๔๔๐๘"),
              ("Mr. Khin Maung Win", "๖๘-๐๐๒๙๙", "ไอเป็นเลือด ขาดยาต่อเนื่อง ๒ สัปดาห์", "๐๙๗-๒๒๕-๖๑๓๐")]
    rows = [["ที่", "ชื่อ-สกุล", "HN", "อาการ/ปัญหา", "โทรศัพท์", "ผู้ติดตาม (DOT)"]]
    for i, (n, hn, sx, tel) in enumerate(people, 1):
        rows.append([_t(str(i)), n, hn, sx, tel, "อสม.ประจำหมู่บ้าน"])
    html = _ps(["คลินิกวัณโรค โรงพยาบาลแม่ระมาดสมมุติ",
                "ทะเบียนติดตามการกินยาต่อหน้าผู้ป่วยวัณโรค (DOT) ไตรมาสที่ ๒ ปีงบประมาณ ๒๕๗๐"]) + \
        _html_table(rows) + _ps(["ผู้รับผิดชอบ นางสาวปวีณา เรืองศรี พยาบาลวิชาชีพชำนาญการ โทร. ๐ ๕๕๕๘ ๑๐๒๓ ต่อ ๑๑๘",
                                 "แพทย์ผู้ดูแล นายแพทย์กิตติพัฒน์ อ่อนละมัย"])
    word_like_pdf(docs / "q19_tb_followup.pdf", html, size=12)
    redact: Pairs = []
    for n, hn, sx, tel in people:
        redact += [(n.replace("Mr. ", ""), "PERSON"), (hn, "OTHER"), (sx, "HEALTH"), (tel, "PHONE")]
    return _entry("q19_tb_followup.pdf", redact, [
        "โรงพยาบาลแม่ระมาดสมมุติ", "นางสาวปวีณา เรืองศรี", "พยาบาลวิชาชีพชำนาญการ", "๐ ๕๕๕๘ ๑๐๒๓",
        "นายแพทย์กิตติพัฒน์ อ่อนละมัย"])


# --- 20. school student-aid committee minutes -----------------------------------------------------------


def aid_minutes(docs: Path) -> dict:
    d = _doc("Tlwg Typo", 13)
    _paras(d, [
        "รายงานการประชุมคณะกรรมการพิจารณาทุนช่วยเหลือนักเรียนยากจน โรงเรียนบ้านโนนสว่างสมมุติ",
        "ครั้งที่ ๒/๒๕๗๐ วันที่ ๑๘ กุมภาพันธ์ ๒๕๗๐ ณ ห้องประชุมโรงเรียน",
        "ผู้มาประชุม ๑. นายวิโรจน์ กองแก้ว ผู้อำนวยการโรงเรียน ประธานกรรมการ "
        "๒. นางสาวอรพรรณ ใจดี ครูชำนาญการ กรรมการ ๓. นายสมพร ศรีสุข ผู้แทนคณะกรรมการสถานศึกษา กรรมการ",
        "ระเบียบวาระที่ ๓ พิจารณาทุนปัจจัยพื้นฐานนักเรียนยากจนพิเศษ งบประมาณ ๓๖,๐๐๐ บาท",
        "ครูประจำชั้นรายงานว่า เด็กหญิงสุภาวดี คำหอมดี นักเรียนชั้น ป.๕ อาศัยอยู่กับยาย เนื่องจากบิดา "
        "คือ นายบุญชัย คำหอมดี ถูกจำคุกคดียาเสพติด มารดาป่วยเป็นโรคไตต้องฟอกเลือดสัปดาห์ละ ๒ ครั้ง "
        "ครอบครัวมีรายได้เดือนละประมาณ ๓,๒๐๐ บาท",
        "เด็กชายอนุวัฒน์ ภูมิสุข ชั้น ป.๖ บิดามารดาไปทำงานต่างจังหวัด ยายพิการขาขาด ไม่สามารถประกอบอาชีพได้",
        "มติ เห็นชอบให้ทุนรายละ ๓,๐๐๐ บาท",
        "ปิดประชุมเวลา ๑๕.๓๐ น. นางสาวอรพรรณ ใจดี ผู้จดรายงานการประชุม"])
    d.save(docs / "q20_aid_minutes.docx")
    return _entry("q20_aid_minutes.docx", [
        ("เด็กหญิงสุภาวดี คำหอมดี", "PERSON"), ("นายบุญชัย คำหอมดี", "PERSON"), ("ถูกจำคุกคดียาเสพติด", "OTHER"),
        ("โรคไตต้องฟอกเลือด", "HEALTH"), ("๓,๒๐๐ บาท", "OTHER"), ("เด็กชายอนุวัฒน์ ภูมิสุข", "PERSON"),
        ("ยายพิการขาขาด", "HEALTH")], [
        "โรงเรียนบ้านโนนสว่างสมมุติ", "ครั้งที่ ๒/๒๕๗๐", "นายวิโรจน์ กองแก้ว", "นางสาวอรพรรณ ใจดี", "นายสมพร ศรีสุข",
        "ผู้แทนคณะกรรมการสถานศึกษา", "๓๖,๐๐๐", "๑๘ กุมภาพันธ์ ๒๕๗๐"])


# --- 21. municipality's CCTV footage request log (landscape) ---------------------------------------------


def cctv(docs: Path) -> dict:
    people = [("นายธีรพงษ์ สุขใจ", _pid(211), "๐๘๑-๕๕๐-๗๓๑๒", "รถยนต์ ทะเบียน ๒ขก ๔๔๑๗ กรุงเทพมหานคร ถูกชนแล้วหนี"),
              ("นางสาวปิยะนุช ดาวเรือง", _pid(212), "๐๙๓-๔๑๘-๖๐๒๕", "กระเป๋าสตางค์หายบริเวณตลาดสด"),
              ("นางจุฑามาศ ทองดี", _pid(213), "๐๖๒-๗๗๑-๓๐๘๔", "รถจักรยานยนต์ ทะเบียน กพษ ๕๑๒ ราชบุรี ถูกขูดขีด")]
    rows = [["วันที่ขอ", "ชื่อผู้ขอ", "เลขประจำตัวประชาชน", "โทรศัพท์", "เหตุที่ขอ", "กล้องที่", "ผลการตรวจ"]]
    for n, pid, tel, why in people:
        rows.append(["๑๔ ก.พ. ๗๐", n, _spaced(pid), tel, why, "CAM-๐๗", "ส่งสำเนาให้พนักงานสอบสวน"])
    d = _doc("Umpush", 12)
    _landscape(d)
    _paras(d, ["ทะเบียนคำขอตรวจดูภาพจากกล้องโทรทัศน์วงจรปิด (CCTV) เทศบาลเมืองราชบุรีสมมุติ",
               "ศูนย์ควบคุมกล้อง CCTV ฝ่ายป้องกันและบรรเทาสาธารณภัย โทร. ๐ ๓๒๓๑ ๙๘๐๐"])
    _table(d, rows)
    _paras(d, ["ผู้ควบคุมทะเบียน นายศักดิ์ชัย พรหมทอง เจ้าพนักงานป้องกันและบรรเทาสาธารณภัยชำนาญงาน"])
    d.save(docs / "q21_cctv.docx")
    redact: Pairs = [("๒ขก ๔๔๑๗", "PLATE"), ("กพษ ๕๑๒", "PLATE")]
    for n, pid, tel, _why in people:
        redact += [(n, "PERSON"), (_spaced(pid), "NATIONAL_ID"), (tel, "PHONE")]
    return _entry("q21_cctv.docx", redact, [
        "เทศบาลเมืองราชบุรีสมมุติ", "๐ ๓๒๓๑ ๙๘๐๐", "นายศักดิ์ชัย พรหมทอง",
        "เจ้าพนักงานป้องกันและบรรเทาสาธารณภัยชำนาญงาน"])


# --- 22. job fair placements (merged company cells) -------------------------------------------------------


def job_fair(docs: Path) -> dict:
    rows = [["สถานประกอบการ", "ตำแหน่ง", "ชื่อ-สกุลผู้สมัคร", "โทรศัพท์", "อีเมล", "ผล"],
            ["บริษัท สยามออโต้พาร์ทสมมุติ จำกัด", "ช่างซ่อมบำรุง", "นายณัฐวุฒิ แสงอรุณ", "๐๘๖-๒๒๔-๑๙๐๗",
             "natthawut.sa@mailbox.co.th", "บรรจุ"],
            ["", "พนักงานคลังสินค้า", "นางสาวชุติมา บุญรอด", "๐๙๕-๓๑๘-๔๖๒๐", "chutima.br@webmail.co.th", "บรรจุ"],
            ["", "พนักงานคลังสินค้า", "นายสิทธิพร จันทร์ดี", "๐๘๐-๖๖๔-๗๗๑๙", "sittiporn.cd@mailbox.co.th", "สำรอง"],
            ["ห้างหุ้นส่วนจำกัด ทรัพย์ทวีก่อสร้างสมมุติ", "โฟร์แมน", "นายวิทยา พรมเทพา", "๐๘๒-๙๑๐-๓๓๔๕",
             "wittaya.ps@webmail.co.th", "บรรจุ"],
            ["", "ธุรการ", "นางสาวกัลยา เกตุแก้ว", "๐๖๓-๔๒๗-๘๘๑๐", "kanlaya.kk@mailbox.co.th", "บรรจุ"]]
    d = _doc("Kinnari", 13)
    _paras(d, ["สำนักงานจัดหางานจังหวัดระยองสมมุติ", "สรุปผลการบรรจุงานในงานนัดพบแรงงาน ครั้งที่ ๓/๒๕๗๐ ณ ศาลากลางจังหวัด"])
    _merged_table(d, rows, 0, [(1, 3), (4, 5)])
    _paras(d, ["ผู้รายงาน นางวราภรณ์ ศรีสุวรรณ นักวิชาการแรงงานชำนาญการ e-mail: rayong-sample@doe.example.go.th",
               "จัดหางานจังหวัดระยองสมมุติ นายประสิทธิ์ ทองมา"])
    d.save(docs / "q22_job_fair.docx")
    redact: Pairs = []
    for r in rows[1:]:
        redact += [(r[2], "PERSON"), (r[3], "PHONE"), (r[4], "EMAIL")]
    return _entry("q22_job_fair.docx", redact, [
        "สำนักงานจัดหางานจังหวัดระยองสมมุติ", "บริษัท สยามออโต้พาร์ทสมมุติ จำกัด", "ห้างหุ้นส่วนจำกัด ทรัพย์ทวีก่อสร้างสมมุติ",
        "นางวราภรณ์ ศรีสุวรรณ", "rayong-sample@doe.example.go.th", "นายประสิทธิ์ ทองมา", "ครั้งที่ ๓/๒๕๗๐"])


# --- 23. highland population survey (non-Thai ID numbers) -----------------------------------------------


def highland(docs: Path) -> dict:
    rows = [["ที่", "ชื่อ-สกุล", "เลขประจำตัว", "วันเดือนปีเกิด", "ชาติพันธุ์", "บ้านเลขที่"]]
    redact: Pairs = []
    names = ("นายจายหลาว แสงคำ", "นางนางหอม ลุงต๊ะ", "นายอาโย เบเชกู่", "นางสาวหมี่ซอ จะแฮ", "นายจะคะ มาเยอะ",
             "นางนาจ๊ะ อาซอ")
    for i, n in enumerate(names):
        pid = thai_digits(dashed_id(_pid(230 + i, ("6", "0", "7")[i % 3])))
        dob = _t(f"{i * 4 + 2}/{i % 12 + 1:02d}/{2520 + i * 5}")
        house = _t(f"{40 + i * 11}/{i + 1}")
        rows.append([_t(str(i + 1)), n, pid, dob, ("ไทใหญ่", "อาข่า", "ลีซู")[i % 3], house])
        redact += [(n, "PERSON"), (pid, "NATIONAL_ID"), (dob, "DOB")]
    d = _doc("Laksaman", 14)
    _paras(d, ["ที่ ชร ๐๓๑๘/ว ๑๐๗", "ที่ว่าการอำเภอแม่ฟ้าหลวงสมมุติ",
               "บัญชีสำรวจบุคคลบนพื้นที่สูง บ้านห้วยน้ำขุ่นสมมุติ หมู่ที่ ๑๔ ตำบลเทอดไทย (ผู้ไม่มีสัญชาติไทย)"])
    _table(d, rows)
    _paras(d, ["ผู้สำรวจ นายวิชัย อินต๊ะ ปลัดอำเภอ (เจ้าพนักงานปกครองปฏิบัติการ) โทร. ๐ ๕๓๗๖ ๗๐๐๑",
               "ผู้ใหญ่บ้าน นายอาแซ มาเยอะ ผู้ใหญ่บ้านหมู่ที่ ๑๔"])
    d.save(docs / "q23_highland.docx")
    return _entry("q23_highland.docx", redact, [
        "ชร ๐๓๑๘/ว ๑๐๗", "ที่ว่าการอำเภอแม่ฟ้าหลวงสมมุติ", "นายวิชัย อินต๊ะ", "ปลัดอำเภอ", "๐ ๕๓๗๖ ๗๐๐๑"])


# --- 24. election office's vote-buying complaint record ------------------------------------------------


def vote_buying(docs: Path) -> dict:
    pid = _pid(241)
    d = _doc("Garuda", 14)
    _paras(d, [
        "บันทึกการรับคำร้องคัดค้านการเลือกตั้ง", "สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดยโสธรสมมุติ",
        "ที่ ลต ๐๐๓๑/๒๑๖ วันที่ ๒๕ กุมภาพันธ์ ๒๕๗๐",
        "การเลือกตั้งสมาชิกสภาองค์การบริหารส่วนตำบลสงเปือยสมมุติ เขตเลือกตั้งที่ ๔",
        f"ผู้ร้อง นายสมคิด ภูผาลี เลขประจำตัวประชาชน {pid} อยู่บ้านเลขที่ ๖๑ หมู่ ๔ โทร. ๐๘๔ ๗๑๐ ๕๓๒๘",
        "ร้องว่า เมื่อวันที่ ๒๑ กุมภาพันธ์ ๒๕๗๐ เวลากลางคืน นายเสน่ห์ บุญล้อมมี หัวคะแนน ได้แจกเงินคนละ ๕๐๐ บาท "
        "ให้ผู้มีสิทธิเลือกตั้งในหมู่ที่ ๔ โดยมี นางทองใส ดีพร้อม เป็นพยานเห็นเหตุการณ์",
        "ผู้รับคำร้อง นางสาวชนากานต์ วิเศษศรี พนักงานการเลือกตั้งปฏิบัติการ",
        "(นายไพฑูรย์ แสนสุข) ผู้อำนวยการสำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดยโสธรสมมุติ โทร. ๐ ๔๕๗๑ ๓๓๒๖"])
    d.save(docs / "q24_vote_buying.docx")
    return _entry("q24_vote_buying.docx", [
        ("นายสมคิด ภูผาลี", "PERSON"), (pid, "NATIONAL_ID"), ("๖๑ หมู่ ๔", "ADDRESS"), ("๐๘๔ ๗๑๐ ๕๓๒๘", "PHONE"),
        ("นายเสน่ห์ บุญล้อมมี", "PERSON"), ("นางทองใส ดีพร้อม", "PERSON")], [
        "สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดยโสธรสมมุติ", "ลต ๐๐๓๑/๒๑๖", "นางสาวชนากานต์ วิเศษศรี",
        "พนักงานการเลือกตั้งปฏิบัติการ", "นายไพฑูรย์ แสนสุข", "๐ ๔๕๗๑ ๓๓๒๖", "๒๕ กุมภาพันธ์ ๒๕๗๐"])


# --- 25. private-timber transport permit (form table) -----------------------------------------------------


def timber(docs: Path) -> dict:
    pid = _pid(251)
    rows = [["ผู้ขออนุญาต", "นายบุญเรือง ต๊ะวงศ์"],
            ["เลขประจำตัวประชาชน", thai_digits(_fours(pid))],
            ["ที่อยู่", "๒๐๔ หมู่ ๘ ตำบลแม่ทะ อำเภอแม่ทะ จังหวัดลำปาง"],
            ["ชนิดไม้", "ไม้สักสวนป่า ๔๘ ท่อน ปริมาตร ๖.๒๑ ลบ.ม."],
            ["พาหนะ", "รถบรรทุกหกล้อ ทะเบียน ๘๑-๔๒๗๐ ลำปาง"],
            ["ผู้ขับขี่", "นายอุดม คำปัน โทร. ๐๘๗-๑๙๐-๒๒๔๕"],
            ["ผู้ออกใบเบิกทาง", "นายชำนาญ ไม้งาม นักวิชาการป่าไม้ชำนาญการ"]]
    d = _doc("Norasi", 14)
    _paras(d, ["ใบเบิกทางนำเคลื่อนที่ไม้ (แบบ ส.ป.๑๓)", "ศูนย์ป่าไม้ลำปางสมมุติ สำนักจัดการทรัพยากรป่าไม้ที่ ๓",
               "เลขที่ ลป ๑๔๗/๒๕๗๐ ออกให้ ณ วันที่ ๒๗ กุมภาพันธ์ ๒๕๗๐"])
    _table(d, rows)
    _paras(d, ["ด่านป่าไม้ทุกแห่งที่ผ่านให้ตรวจประทับ โทร. ศูนย์ป่าไม้ ๐ ๕๔๒๑ ๗๐๔๓"])
    d.save(docs / "q25_timber.docx")
    return _entry("q25_timber.docx", [
        ("นายบุญเรือง ต๊ะวงศ์", "PERSON"), (thai_digits(_fours(pid)), "NATIONAL_ID"), ("๒๐๔ หมู่ ๘", "ADDRESS"),
        ("๘๑-๔๒๗๐ ลำปาง", "PLATE"), ("นายอุดม คำปัน", "PERSON"), ("๐๘๗-๑๙๐-๒๒๔๕", "PHONE")], [
        "ศูนย์ป่าไม้ลำปางสมมุติ", "ลป ๑๔๗/๒๕๗๐", "นายชำนาญ ไม้งาม", "นักวิชาการป่าไม้ชำนาญการ", "๐ ๕๔๒๑ ๗๐๔๓",
        "๒๗ กุมภาพันธ์ ๒๕๗๐"])


# --- 26. English letter: Lao workers' unpaid wages (Word-like PDF) --------------------------------------


def lao_wages_en(docs: Path) -> dict:
    rows = [["No.", "Name", "Passport No.", "Period", "Wages owed (THB)", "Contact"],
            ["1", "Mr. Khamphone Sayavong", "P2280417", "Oct-Dec 2026", "27,450", "+856 20 5512 8874"],
            ["2", "Ms. Noy Inthavong", "P2291033", "Nov-Dec 2026", "18,300", "+856 20 9943 1026"],
            ["3", "Mr. Bounmy Keomanivong", "P2217760", "Dec 2026", "9,150", "081 227 4590"]]
    html = _ps(["Udon Thani Provincial Labour Protection and Welfare Office (Sample)",
                "Provincial Hall, Pho Si Road, Udon Thani 41000  No. UD 0316/0218",
                "20 February 2027",
                "To: Consul General, Consulate General of the Lao PDR (Sample), Khon Kaen",
                "Subject: Outstanding wages of Lao workers employed by Northeast Sample Poultry Co., Ltd.",
                "Following complaints filed on 12 January 2027, the labour inspector ordered the employer to pay the "
                "following workers, who have since returned home:"]) + _html_table(rows) + _ps([
                "The employer has deposited the full amount with this office. Please help us reach the workers.",
                "Mr. Kittipong Saengsawang, Labour Inspector, Senior Professional Level",
                "Tel. 0 4224 5581, e-mail: udonthani-sample@labour.example.go.th"])
    word_like_pdf(docs / "q26_lao_wages_en.pdf", html, size=11)
    redact: Pairs = []
    for r in rows[1:]:
        redact += [(r[1].split(". ", 1)[1], "PERSON"), (r[2], "PASSPORT"), (r[4], "OTHER"), (r[5], "PHONE")]
    return _entry("q26_lao_wages_en.pdf", redact, [
        "Udon Thani Provincial Labour Protection and Welfare Office", "UD 0316/0218", "20 February 2027",
        "Northeast Sample Poultry Co., Ltd.", "Kittipong Saengsawang", "0 4224 5581",
        "udonthani-sample@labour.example.go.th"])


BUILDERS = (cooperative, irrigation, forest_arrest, border_pass, customs, retirement_en, cheating, cataract, legal_aid,
            wage_order, shelter, house_number, stolen_bike, parents_line, meters, prison_meals, tax_refund, newborn_en,
            tb_followup, aid_minutes, cctv, job_fair, highland, vote_buying, timber, lao_wages_en)
# Word files also printed to PDF by LibreOffice.
PDF_TOO = ("q01_cooperative", "q03_forest_arrest", "q07_cheating", "q08_cataract", "q10_wage_order", "q13_stolen_bike",
           "q18_newborn_en", "q20_aid_minutes", "q23_highland")
# LibreOffice prints also rendered to image-only scans (dpi).
SCANS = {"q03_forest_arrest": 300, "q13_stolen_bike": 300, "q20_aid_minutes": 200, "q23_highland": 200}


def build(out: Path) -> list[dict]:
    return build_set(out, BUILDERS, PDF_TOO, SCANS)


def main() -> int:
    args = set_parser(__doc__).parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="phoei-general9-"))
    write_and_score(out, build(out), args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
