"""A fourth invented evaluation set, of kinds and layouts that probe_set.py, probe_kinds.py,
general_set.py and general_set3.py do not have.

Every document, name, number and place here is made up for this file (none comes from an
evaluation set). Kinds: a school scholarship list with parents' occupations and family
incomes; a village health volunteer (อสม.) roster; a complaint-handling report naming the
complainant and the official complained of; a disciplinary order with a private witness; a
flood-relief payment list with bank accounts and Thai-digit IDs; a business licence
announcement (sole traders and companies); meeting minutes with officials, a citizen speaker
and a member on sick leave; a job applicant list with degrees and grade points; a procurement
evaluation committee order; a vaccination list with birth dates and underlying conditions; a
probation office letter; an English visa-support letter; a house registration (ทะเบียนบ้าน)
extract; a letter with Thai-digit phones and IDs in running text; a table with merged and
multi-line cells; a form with dotted leader lines. Files are Word files, LibreOffice prints of
them, "Word-like" PDFs laid out by HarfBuzz (PUA tone marks and a decomposed SARA AM in the
text layer, HTML tables with ruled cells) and three image-only scans.

Rules this set states (and scores):
- Village health volunteers (อสม.) are private persons who volunteer; they are not state
  officials under the OIA (s.4), but a roster that names them for their public health role is
  published on purpose. Their names are therefore not scored either way (review); their
  national IDs, mobile phones and bank accounts are personal data and must go. The health
  centre, its director and the villages stay.
- A complaint report: the complainant is a private person (name, address, phone, LINE ID go).
  The official complained of is named for acts in office, but an unproven allegation against
  him is his personal matter: his name is not scored either way (review). The investigating
  officials stay.
- A disciplinary order: the penalised official is named in his official capacity and the
  penalty is an act of the agency, so his name, position and penalty are not scored; his
  national ID and home address are personal and must go. A private witness named in it goes.
- A sole trader's name on a business licence announcement is published by the licensing law
  (not scored); the trader's home phone and ID go. Companies and shop names stay.
- Names on scholarship, applicant and vaccination lists are private persons and go with their
  applicant numbers, IDs, birth dates, family incomes and health. A grade point or an
  occupation left beside a removed name identifies no one and is not scored.
- A community representative (ผู้แทนประชาคม) named in a committee order sits on it in a public
  role: the name is not scored either way; the representative's mobile number goes.
- A foreign home address keeps its postcode and city visible, as a Thai one keeps its district and
  province: the street and house number go.
- Officials acting in office (committee members, signers, registrars, probation officers),
  the agency's own address and phone, document numbers, budgets and dates stay.

    python benchmarks/general_set4.py [--out DIR] [--score ../shared/eval/score.py]

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
from tests.fixtures.make_pdf import LAKSAMAN, TLWG, dashed_id, national_id  # noqa: E402


def _spaced(d: str) -> str:
    return f"{d[0]} {d[1:5]} {d[5:10]} {d[10:12]} {d[12]}"


def word_like_pdf(path: Path, html: str, size: float = 14.0) -> Path:
    """A PDF laid out by MuPDF's HTML engine (HarfBuzz shaping, as Word's Thai export gives:
    PUA tone marks and NIKHAHIT + SARA AA in the text layer), tables with ruled cells."""
    css = (f"@font-face {{font-family: lak; src: url({LAKSAMAN.name});}} "
           f"body {{font-family: lak; font-size: {size}pt; line-height: 1.25;}} "
           "table {border-collapse: collapse;} "
           "td, th {border: 0.6pt solid black; padding: 1pt 3pt; vertical-align: top;} "
           "p {margin: 0 0 3pt 0;}")
    story = pymupdf.Story(html=html, user_css=css, archive=pymupdf.Archive(str(TLWG)))
    writer = pymupdf.DocumentWriter(str(path))
    media = pymupdf.paper_rect("a4")
    where = pymupdf.Rect(media.x0 + 56, media.y0 + 56, media.x1 - 42, media.y1 - 50)
    more = True
    while more:
        dev = writer.begin_page(media)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
    writer.close()
    return path


def _html_table(rows: list[list[str]]) -> str:
    head = "".join(f"<th>{c}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:])
    return f"<table><tr>{head}</tr>{body}</table>"


def _ps(lines: list[str]) -> str:
    return "".join(f"<p>{s}</p>" for s in lines)


# --- 1. scholarship list -------------------------------------------------------------------


def scholarship(docs: Path) -> dict:
    """Pupils granted a scholarship, with a parent, the parent's occupation and the family
    income: pupils, parents and incomes go; the school, fund and committee stay."""
    people = [("เด็กหญิงกานต์ธิดา ยอดสุวรรณ", "นางแววตา ยอดสุวรรณ", "รับจ้างทั่วไป", "๔,๗๓๐"),
              ("เด็กชายภูริณัฐ แสงอุทัยวงศ์", "นายสำราญ แสงอุทัยวงศ์", "ทำนา", "๓,๖๕๐"),
              ("เด็กหญิงณัฐณิชา บุญค้ำชู", "นางสาวเพ็ญแข บุญค้ำชู", "ค้าขายเล็กน้อย", "๕,๒๔๐"),
              ("เด็กชายวรวุฒิ ทองนพคุณ", "นายจันทร์ดี ทองนพคุณ", "กรีดยาง", "๖,๑๗๐")]
    rows = [["ที่", "ชื่อ - สกุลนักเรียน", "ชั้น", "ชื่อผู้ปกครอง", "อาชีพผู้ปกครอง", "รายได้ครอบครัว/เดือน (บาท)"]]
    for i, (pupil, parent, job, income) in enumerate(people, 1):
        rows.append([_t(str(i)), pupil, "ป.๕", parent, job, income])
    d = _doc("Loma", 14)
    _paras(d, ["ประกาศโรงเรียนบ้านห้วยทรายขาวสมมุติ",
               "เรื่อง ผลการพิจารณาทุนการศึกษามูลนิธิข้าวกล้าสมมุติ ประจำปีการศึกษา ๒๕๖๙",
               "คณะกรรมการพิจารณาทุนได้ประชุมเมื่อวันที่ ๙ มิถุนายน ๒๕๖๙ มีมติให้ทุนแก่นักเรียนที่มีฐานะยากจน "
               "ทุนละ ๒,๐๐๐ บาท รวม ๔ ทุน เป็นเงิน ๘,๐๐๐ บาท ดังรายชื่อต่อไปนี้"])
    _table(d, rows)
    _paras(d, ["ประกาศ ณ วันที่ ๑๒ มิถุนายน ๒๕๖๙", "(นางวิไลวรรณ ทิพย์มณฑา)",
               "ผู้อำนวยการโรงเรียนบ้านห้วยทรายขาวสมมุติ"])
    d.save(docs / "k01_scholarship.docx")
    redact: list[tuple[str, str]] = []
    for pupil, parent, _job, income in people:
        redact += [(pupil, "PERSON"), (parent, "PERSON"), (income, "OTHER")]
    return _entry("k01_scholarship.docx", redact, [
        "โรงเรียนบ้านห้วยทรายขาวสมมุติ", "มูลนิธิข้าวกล้าสมมุติ", "๘,๐๐๐", "๒,๐๐๐", "นางวิไลวรรณ ทิพย์มณฑา",
        "๙ มิถุนายน ๒๕๖๙", "๑๒ มิถุนายน ๒๕๖๙"])


# --- 2. village health volunteers (Word-like PDF) --------------------------------------------


def vhv_roster(docs: Path) -> dict:
    """อสม. roster: names not scored, IDs and mobiles go, villages and the health centre stay."""
    ids = [national_id(x) for x in ("340170045512", "340170061238", "540220013377", "340179902214")]
    people = [("นางทองม้วน พิมพ์ทอง", ids[0], "๐๘๗-๓๓๒-๑๙๐๔", "บ้านโคกกลางสมมุติ หมู่ที่ ๒"),
              ("นายเหลาสิงห์ ศรีชมภู", dashed_id(ids[1]), "๐๙๒-๕๕๖-๗๗๔๑", "บ้านโคกกลางสมมุติ หมู่ที่ ๒"),
              ("นางสาวอุไรพร จันทร์หอมกลิ่น", dashed_id(ids[2]), "๐๖๑-๒๒๙-๘๓๕๐", "บ้านหนองบัวแดงสมมุติ หมู่ที่ ๕"),
              ("นางคำพอง ไชยมงคลศรี", ids[3], "๐๘๑-๙๔๐-๕๕๖๒", "บ้านหนองบัวแดงสมมุติ หมู่ที่ ๕")]
    rows = [["ลำดับ", "ชื่อ - สกุล", "เลขประจำตัวประชาชน", "โทรศัพท์มือถือ", "หมู่บ้านที่รับผิดชอบ"]]
    for i, (name, pid, phone, village) in enumerate(people, 1):
        rows.append([_t(str(i)), name, _t(pid), phone, village])
    html = _ps(["โรงพยาบาลส่งเสริมสุขภาพตำบลโคกกลางสมมุติ",
                "ทะเบียนอาสาสมัครสาธารณสุขประจำหมู่บ้าน (อสม.) ที่ผ่านการอบรมฟื้นฟู ปีงบประมาณ ๒๕๖๙",
                "ค่าป่วยการ อสม. คนละ ๑,๐๐๐ บาทต่อเดือน"]) + _html_table(rows) + _ps([
                "ผู้รับรองข้อมูล (นายเกียรติศักดิ์ บัวบานสมมุติ)",
                "ผู้อำนวยการโรงพยาบาลส่งเสริมสุขภาพตำบลโคกกลางสมมุติ",
                "โทร. ๐ ๔๓๒๕ ๑๑๗๐"])
    word_like_pdf(docs / "k02_vhv_roster.pdf", html)
    redact: list[tuple[str, str]] = []
    for _name, pid, phone, _v in people:
        redact += [(pid, "NATIONAL_ID"), (phone, "PHONE")]
    return _entry("k02_vhv_roster.pdf", redact, [
        "โรงพยาบาลส่งเสริมสุขภาพตำบลโคกกลางสมมุติ", "บ้านโคกกลางสมมุติ", "บ้านหนองบัวแดงสมมุติ", "๑,๐๐๐",
        "นายเกียรติศักดิ์ บัวบานสมมุติ", "๐ ๔๓๒๕ ๑๑๗๐"])


# --- 3. complaint-handling report --------------------------------------------------------------


def complaint_report(docs: Path) -> dict:
    d = _doc("TH Sarabun New", 15)
    _paras(d, [
        "บันทึกข้อความ",
        "ส่วนราชการ ศูนย์ดำรงธรรมอำเภอเขาพนมสมมุติ โทร. ๐ ๗๕๖๖ ๐๒๑๔",
        "ที่ กบ ๐๓๑๘/๒๒๗  วันที่ ๓ กรกฎาคม ๒๕๖๙",
        "เรื่อง รายงานผลการดำเนินการเรื่องร้องเรียน",
        "เรียน นายอำเภอเขาพนมสมมุติ",
        "ตามที่นางสาวรุ่งทิวา เพชรน้ำเงิน อยู่บ้านเลขที่ ๔๑/๗ หมู่ที่ ๓ ตำบลพรุเตียวสมมุติ "
        "หมายเลขโทรศัพท์ ๐๘๓-๖๑๗-๒๐๔๕ ไลน์ไอดี rungtiwa.pn ได้ร้องเรียนว่า นายชัยพร อินทรสกุลสมมุติ "
        "เจ้าพนักงานธุรการ เรียกรับเงินในการออกหนังสือรับรอง นั้น",
        "คณะกรรมการตรวจสอบข้อเท็จจริงซึ่งประกอบด้วย นายวิโรจน์ ทองประสมสมมุติ ปลัดอำเภอ "
        "และนางสาวศศิธร แก้วลายทอง นิติกรปฏิบัติการ ได้สอบข้อเท็จจริงแล้ว ไม่พบพยานหลักฐานว่ามีการเรียกรับเงิน",
        "จึงเรียนมาเพื่อโปรดทราบ",
        "(นายวิโรจน์ ทองประสมสมมุติ)", "ปลัดอำเภอ หัวหน้าศูนย์ดำรงธรรมอำเภอเขาพนมสมมุติ"])
    d.save(docs / "k03_complaint_report.docx")
    return _entry("k03_complaint_report.docx", [
        ("นางสาวรุ่งทิวา เพชรน้ำเงิน", "PERSON"), ("๔๑/๗ หมู่ที่ ๓ ตำบลพรุเตียวสมมุติ", "ADDRESS"),
        ("๐๘๓-๖๑๗-๒๐๔๕", "PHONE"), ("rungtiwa.pn", "OTHER")], [
        "ศูนย์ดำรงธรรมอำเภอเขาพนมสมมุติ", "๐ ๗๕๖๖ ๐๒๑๔", "กบ ๐๓๑๘/๒๒๗", "นายวิโรจน์ ทองประสมสมมุติ",
        "นางสาวศศิธร แก้วลายทอง", "นิติกรปฏิบัติการ", "๓ กรกฎาคม ๒๕๖๙"])


# --- 4. disciplinary order -------------------------------------------------------------------------


def disciplinary_order(docs: Path) -> dict:
    pid = national_id("360080034417")
    d = _doc("TH Sarabun New", 15)
    _paras(d, [
        "คำสั่งเทศบาลเมืองบางน้ำผึ้งสมมุติ",
        "ที่ ๔๑๗/๒๕๖๙",
        "เรื่อง ลงโทษตัดเงินเดือนพนักงานเทศบาล",
        "ด้วยนายอนุพงษ์ ศรีวิราชสมมุติ ตำแหน่งนักวิชาการพัสดุชำนาญการ เลขประจำตัวประชาชน "
        f"{dashed_id(pid)} ที่อยู่ ๑๒๘/๔ ซอยเพชรเกษม ๑๙ ตำบลคลองขวาง ได้กระทำผิดวินัยไม่ร้ายแรง "
        "ฐานประมาทเลินเล่อในหน้าที่ราชการ ตามที่คณะกรรมการสอบสวนรายงาน โดยมีนายธงชัย กลิ่นจันทร์หอม "
        "ผู้รับจ้าง เป็นพยาน",
        "จึงให้ลงโทษตัดเงินเดือน ร้อยละ ๒ เป็นเวลา ๑ เดือน",
        "สั่ง ณ วันที่ ๒๐ สิงหาคม ๒๕๖๙",
        "(นายประเสริฐ วงศ์ปัญญาสมมุติ)", "นายกเทศมนตรีเมืองบางน้ำผึ้งสมมุติ"])
    d.save(docs / "k04_disciplinary_order.docx")
    return _entry("k04_disciplinary_order.docx", [
        (pid, "NATIONAL_ID"), ("๑๒๘/๔ ซอยเพชรเกษม ๑๙ ตำบลคลองขวาง", "ADDRESS"),
        ("นายธงชัย กลิ่นจันทร์หอม", "PERSON")], [
        "เทศบาลเมืองบางน้ำผึ้งสมมุติ", "นายประเสริฐ วงศ์ปัญญาสมมุติ", "นายกเทศมนตรีเมืองบางน้ำผึ้งสมมุติ",
        "ร้อยละ ๒", "๒๐ สิงหาคม ๒๕๖๙", "๔๑๗/๒๕๖๙"])


# --- 5. flood relief payments --------------------------------------------------------------------


def flood_relief(docs: Path) -> dict:
    ids = [national_id(x) for x in ("510030012245", "510030098871", "351010044420", "510039901156")]
    people = [("นายสมบูรณ์ ฟองจันทร์สมมุติ", _t(ids[0]), "๑๗๔", "๐๒๑-๓-๔๔๗๘๐-๕", "๕,๐๐๐"),
              ("นางบัวลอย แดงประไพ", _t(dashed_id(ids[1])), "๘๘/๒", "๐๒๑-๓-๘๘๑๐๙-๒", "๕,๐๐๐"),
              ("นายศักดิ์ชัย อุ่นเรือนงาม", _t(_spaced(ids[2])), "๒๐๓", "๐๒๑-๑-๕๖๓๓๗-๘", "๓,๐๐๐"),
              ("นางสาวพิกุล สายน้ำผึ้ง", _t(ids[3]), "๙๑/๑๕", "๐๒๑-๑-๒๔๘๐๖-๑", "๕,๐๐๐")]
    rows = [["ที่", "ชื่อ-นามสกุลผู้ประสบภัย", "เลขประจำตัวประชาชน", "บ้านเลขที่", "เลขที่บัญชี ธ.ก.ส.", "จำนวนเงิน"]]
    for i, p in enumerate(people, 1):
        rows.append([_t(str(i)), *p])
    d = _doc("Sawasdee", 13)
    _paras(d, ["บัญชีรายชื่อผู้ประสบอุทกภัยที่ได้รับเงินช่วยเหลือ ตามระเบียบกระทรวงการคลังว่าด้วยเงินทดรองราชการ",
               "อำเภอป่าซางสมมุติ จังหวัดลำพูน เหตุการณ์วันที่ ๒๘ กันยายน ๒๕๖๘", "หมู่ที่ ๘ บ้านสันป่ายางสมมุติ"])
    _table(d, rows)
    _paras(d, ["รวมเป็นเงินทั้งสิ้น ๑๘,๐๐๐ บาท",
               "(ลงชื่อ) นายพงศกร ธนาวุฒิสมมุติ ปลัดอำเภอ ผู้จ่ายเงิน",
               "(ลงชื่อ) นางจิราพร สุขแสนสมมุติ เจ้าพนักงานปกครองชำนาญงาน พยาน"])
    d.save(docs / "k05_flood_relief.docx")
    redact: list[tuple[str, str]] = []
    for name, pid, house, acct, _amt in people:
        redact += [(name, "PERSON"), (pid, "NATIONAL_ID"), (acct, "BANK_ACCOUNT")]
        if "/" in house:
            redact.append((house, "ADDRESS"))
    return _entry("k05_flood_relief.docx", redact, [
        "อำเภอป่าซางสมมุติ", "บ้านสันป่ายางสมมุติ", "๑๘,๐๐๐", "นายพงศกร ธนาวุฒิสมมุติ", "นางจิราพร สุขแสนสมมุติ",
        "๒๘ กันยายน ๒๕๖๘"])


# --- 6. business licence announcement -----------------------------------------------------------


def business_licences(docs: Path) -> dict:
    pid = national_id("170990021334")
    rows = [["ที่", "ผู้ได้รับใบอนุญาต", "ชื่อสถานประกอบการ", "ประเภทกิจการ", "เลขที่ใบอนุญาต"],
            ["๑", "บริษัท ไทยรุ่งโรจน์ฟู้ดส์สมมุติ จำกัด", "ครัวรุ่งโรจน์", "สะสมอาหาร", "๐๑๒/๒๕๖๙"],
            ["๒", "นายอำนาจ พลอยประดับสมมุติ", "ร้านอำนาจการช่าง", "ซ่อมรถจักรยานยนต์", "๐๑๓/๒๕๖๙"],
            ["๓", "ห้างหุ้นส่วนจำกัด ทรัพย์เจริญวัสดุสมมุติ", "ทรัพย์เจริญวัสดุ", "จำหน่ายวัสดุก่อสร้าง", "๐๑๔/๒๕๖๙"]]
    d = _doc("Garuda", 12)
    _paras(d, ["ประกาศองค์การบริหารส่วนตำบลท่าช้างสมมุติ",
               "เรื่อง รายชื่อผู้ได้รับใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ ประจำเดือนมกราคม ๒๕๖๙"])
    _table(d, rows, borders=False)
    _paras(d, ["หมายเหตุ ผู้ได้รับใบอนุญาตลำดับที่ ๒ ติดต่อได้ที่ ๐๘๖ ๖๑๔ ๒๒๙๐ "
               f"(เลขประจำตัวประชาชน {pid})",
               "สอบถามเพิ่มเติม กองสาธารณสุขและสิ่งแวดล้อม โทร. ๐ ๓๗๒๑ ๘๘๔๕",
               "ประกาศ ณ วันที่ ๓๑ มกราคม ๒๕๖๙", "(นายทวีศักดิ์ ประทุมวันสมมุติ)",
               "นายกองค์การบริหารส่วนตำบลท่าช้างสมมุติ"])
    d.save(docs / "k06_business_licences.docx")
    return _entry("k06_business_licences.docx", [("๐๘๖ ๖๑๔ ๒๒๙๐", "PHONE"), (pid, "NATIONAL_ID")], [
        "บริษัท ไทยรุ่งโรจน์ฟู้ดส์สมมุติ จำกัด", "ห้างหุ้นส่วนจำกัด ทรัพย์เจริญวัสดุสมมุติ", "ครัวรุ่งโรจน์",
        "ร้านอำนาจการช่าง", "ทรัพย์เจริญวัสดุ", "๐ ๓๗๒๑ ๘๘๔๕", "นายทวีศักดิ์ ประทุมวันสมมุติ", "๓๑ มกราคม ๒๕๖๙",
        "๐๑๓/๒๕๖๙"])


# --- 7. meeting minutes (Word-like PDF) --------------------------------------------------------------


def minutes(docs: Path) -> dict:
    attendees = [["ที่", "ชื่อ - สกุล", "ตำแหน่ง"],
                 ["๑", "นายไพโรจน์ ดวงมณีสมมุติ", "ปลัดเทศบาล ประธาน"],
                 ["๒", "นางสาวกมลวรรณ ศิริโชคสมมุติ", "ผู้อำนวยการกองช่าง"],
                 ["๓", "ว่าที่ร้อยตรีสิทธิชัย บุญยืนสมมุติ", "หัวหน้าสำนักปลัด"],
                 ["๔", "นางอรอุมา เทพรักษาสมมุติ", "ผู้อำนวยการกองคลัง เลขานุการ"]]
    html = _ps(["รายงานการประชุมคณะกรรมการชุมชนเทศบาลตำบลหนองปลิงสมมุติ ครั้งที่ ๓/๒๕๖๙",
                "วันที่ ๑๕ พฤษภาคม ๒๕๖๙ ณ ห้องประชุมเทศบาล", "ผู้มาประชุม"]) + _html_table(attendees) + _ps([
                "ผู้ไม่มาประชุม นายวสันต์ คำแหงสมมุติ ผู้อำนวยการกองสาธารณสุข ลาป่วยเนื่องจากผ่าตัดนิ่วในถุงน้ำดี",
                "ระเบียบวาระที่ ๓ นายประจวบ หอมจันทร์ดี ประชาชนบ้านเลขที่ ๖๖/๒ ชุมชนตลาดเก่า โทร. ๐๘๐-๗๒๓-๕๑๖๘ "
                "ขอให้เทศบาลซ่อมท่อระบายน้ำหน้าบ้าน ที่ประชุมมอบกองช่างสำรวจ งบประมาณ ๔๕,๐๐๐ บาท",
                "ปิดประชุมเวลา ๑๖.๓๐ น.", "(นางอรอุมา เทพรักษาสมมุติ) ผู้จดรายงานการประชุม"])
    word_like_pdf(docs / "k07_minutes.pdf", html)
    return _entry("k07_minutes.pdf", [
        ("ผ่าตัดนิ่วในถุงน้ำดี", "HEALTH"), ("นายประจวบ หอมจันทร์ดี", "PERSON"), ("๖๖/๒ ชุมชนตลาดเก่า", "ADDRESS"),
        ("๐๘๐-๗๒๓-๕๑๖๘", "PHONE")], [
        "นายไพโรจน์ ดวงมณีสมมุติ", "นางสาวกมลวรรณ ศิริโชคสมมุติ", "ว่าที่ร้อยตรีสิทธิชัย บุญยืนสมมุติ",
        "นางอรอุมา เทพรักษาสมมุติ", "นายวสันต์ คำแหงสมมุติ", "ผู้อำนวยการกองสาธารณสุข", "๔๕,๐๐๐",
        "๑๕ พฤษภาคม ๒๕๖๙", "เทศบาลตำบลหนองปลิงสมมุติ"])


# --- 8. job applicants --------------------------------------------------------------------------------


def job_applicants(docs: Path) -> dict:
    people = [("๖๙๐๓๑๐๑๒", "นางสาวธิดารัตน์ ใจสว่างวงศ์", "บัญชีบัณฑิต", "มหาวิทยาลัยราชภัฏสมมุติ", "๓.๔๒"),
              ("๖๙๐๓๑๐๒๗", "นายคณิน รัตนวิไลสมมุติ", "วิทยาศาสตรบัณฑิต (คอมพิวเตอร์)", "มหาวิทยาลัยเทคโนโลยีสมมุติ", "๒.๙๘"),
              ("๖๙๐๓๒๐๓๓", "Mr. Daniel Okafor", "Bachelor of Business Administration", "University of Lagos", "3.10"),
              ("๖๙๐๓๒๐๔๑", "นางพรรษา วงศ์ใหญ่สมมุติ", "รัฐประศาสนศาสตรบัณฑิต", "มหาวิทยาลัยรามคำแหง", "๓.๐๕")]
    rows = [["เลขประจำตัวสอบ", "ชื่อ - สกุล", "วุฒิการศึกษา", "สถาบัน", "เกรดเฉลี่ย"]]
    rows += [list(p) for p in people]
    d = _doc("Kinnari", 14)
    _paras(d, ["ประกาศสำนักงานสาธารณสุขจังหวัดสมมุติ",
               "เรื่อง รายชื่อผู้มีสิทธิเข้ารับการประเมินสมรรถนะ ตำแหน่งนักวิชาการเงินและบัญชี (พนักงานราชการ)",
               "ตามประกาศรับสมัครลงวันที่ ๑ เมษายน ๒๕๖๙ อัตราค่าตอบแทน ๑๘,๐๐๐ บาท ผู้มีสิทธิได้แก่"])
    _table(d, rows)
    _paras(d, ["กำหนดสอบสัมภาษณ์วันที่ ๒๕ เมษายน ๒๕๖๙ ณ ห้องประชุมสำนักงานสาธารณสุขจังหวัดสมมุติ",
               "(นายแพทย์ธีรวัฒน์ ศรีสุขสมมุติ)", "นายแพทย์สาธารณสุขจังหวัดสมมุติ"])
    d.save(docs / "k08_job_applicants.docx")
    redact: list[tuple[str, str]] = []
    for no, name, *_ in people:
        redact += [(no, "OTHER"), (name.replace("Mr. ", ""), "PERSON")]
    return _entry("k08_job_applicants.docx", redact, [
        "สำนักงานสาธารณสุขจังหวัดสมมุติ", "นักวิชาการเงินและบัญชี", "๑๘,๐๐๐", "๒๕ เมษายน ๒๕๖๙",
        "นายแพทย์ธีรวัฒน์ ศรีสุขสมมุติ", "นายแพทย์สาธารณสุขจังหวัดสมมุติ", "มหาวิทยาลัยราชภัฏสมมุติ"])


# --- 9. procurement evaluation committee order ------------------------------------------------------


def committee_order(docs: Path) -> dict:
    d = _doc("TH Sarabun New", 15)
    _paras(d, [
        "คำสั่งกรมส่งเสริมการเกษตรสมมุติ", "ที่ ๑๒๓๔/๒๕๖๙",
        "เรื่อง แต่งตั้งคณะกรรมการพิจารณาผลการประกวดราคาจ้างก่อสร้างอาคารศูนย์เรียนรู้ ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
        "วงเงินงบประมาณ ๘,๗๕๐,๐๐๐ บาท เลขที่โครงการ ๖๙๐๔๗๗๑๒๓๐๘",
        "๑. นายอภิชาติ รุ่งเรืองศรีสมมุติ ผู้อำนวยการกองคลัง ประธานกรรมการ",
        "๒. นางสาวปิยะนุช ธาราพิสุทธิ์สมมุติ นักวิชาการพัสดุชำนาญการพิเศษ กรรมการ",
        "๓. รศ.ดร.สุรชัย เพ็ชรรัตน์สมมุติ ผู้ทรงคุณวุฒิด้านวิศวกรรมโยธา กรรมการ",
        "๔. นายกิตติพันธ์ แก้วมณีวงศ์สมมุติ วิศวกรโยธาปฏิบัติการ กรรมการและเลขานุการ",
        "ทั้งนี้ ผู้แทนประชาคม นางมาลัย พวงมะลิวัลย์ โทรศัพท์มือถือ ๐๘๔-๖๖๐-๑๓๙๒ เข้าร่วมสังเกตการณ์",
        "สั่ง ณ วันที่ ๗ ตุลาคม ๒๕๖๘", "(นายชาตรี บุญประคองสมมุติ)", "อธิบดีกรมส่งเสริมการเกษตรสมมุติ"])
    d.save(docs / "k09_committee_order.docx")
    return _entry("k09_committee_order.docx", [("๐๘๔-๖๖๐-๑๓๙๒", "PHONE")], [
        "นายอภิชาติ รุ่งเรืองศรีสมมุติ", "นางสาวปิยะนุช ธาราพิสุทธิ์สมมุติ", "รศ.ดร.สุรชัย เพ็ชรรัตน์สมมุติ",
        "นายกิตติพันธ์ แก้วมณีวงศ์สมมุติ", "๘,๗๕๐,๐๐๐", "๖๙๐๔๗๗๑๒๓๐๘", "นายชาตรี บุญประคองสมมุติ",
        "นักวิชาการพัสดุชำนาญการพิเศษ", "๗ ตุลาคม ๒๕๖๘", "๑๒๓๔/๒๕๖๙"])


# --- 10. vaccination list -------------------------------------------------------------------------


def vaccination(docs: Path) -> dict:
    ids = [national_id(x) for x in ("310150043318", "310159900276", "110070055613")]
    people = [("นางประยูร ศักดิ์สิทธิ์สมมุติ", ids[0], "๑๔/๐๗/๒๔๘๙", "เบาหวาน ความดันโลหิตสูง"),
              ("นายเฉลิม บุญส่งสมมุติ", ids[1], "๐๒/๑๑/๒๔๙๓", "ไตวายเรื้อรังระยะที่ ๓"),
              ("นางสาวจันทร์เพ็ญ ทองคำสมมุติ", dashed_id(ids[2]), "๒๓/๐๔/๒๕๓๑", "ตั้งครรภ์ ๒๘ สัปดาห์")]
    rows = [["ที่", "ชื่อ-สกุล", "เลขบัตรประชาชน", "ว/ด/ป เกิด", "กลุ่มเสี่ยง / โรคร่วม", "วัคซีน (Lot No.)"]]
    for i, p in enumerate(people, 1):
        rows.append([_t(str(i)), *p, "ไข้หวัดใหญ่ (FLU6902A)"])
    d = _doc("Norasi", 13)
    _paras(d, ["โรงพยาบาลชุมชนห้วยแถลงสมมุติ", "รายงานผู้รับวัคซีนป้องกันโรคไข้หวัดใหญ่ตามฤดูกาล ประจำวันที่ ๖ มิถุนายน ๒๕๖๙"])
    _table(d, rows)
    _paras(d, ["ผู้ให้บริการ นางสาวนิภาพร ดอกไม้งามสมมุติ พยาบาลวิชาชีพชำนาญการ",
               "ได้รับการจัดสรรวัคซีนจากสำนักงานหลักประกันสุขภาพแห่งชาติ จำนวน ๓๐๐ โดส"])
    d.save(docs / "k10_vaccination.docx")
    redact: list[tuple[str, str]] = []
    for name, pid, dob, risk in people:
        redact += [(name, "PERSON"), (pid, "NATIONAL_ID"), (dob, "DOB"), (risk, "HEALTH")]
    return _entry("k10_vaccination.docx", redact, [
        "โรงพยาบาลชุมชนห้วยแถลงสมมุติ", "FLU6902A", "นางสาวนิภาพร ดอกไม้งามสมมุติ", "พยาบาลวิชาชีพชำนาญการ",
        "๖ มิถุนายน ๒๕๖๙", "๓๐๐"])


# --- 11. probation letter ---------------------------------------------------------------------------


def probation_letter(docs: Path) -> dict:
    d = _doc("TH Sarabun New", 15)
    _paras(d, [
        "ที่ ยธ ๐๘๑๒.๐๔/๓๓๐๕", "สำนักงานคุมประพฤติจังหวัดสมมุติ ถนนหน้าเมือง ตำบลในเมือง โทร. ๐ ๔๔๕๑ ๗๗๐๒",
        "๒๒ กุมภาพันธ์ ๒๕๖๙",
        "เรื่อง ขอความร่วมมือรับผู้ถูกคุมความประพฤติทำงานบริการสังคม",
        "เรียน ผู้อำนวยการโรงเรียนวัดบ้านดงสมมุติ",
        "ด้วยศาลจังหวัดสมมุติมีคำพิพากษาให้นายอดิศร พรมวิหารสมมุติ อายุ ๒๓ ปี ซึ่งกระทำความผิดฐานขับรถขณะเมาสุรา "
        "รอการลงโทษไว้ และให้คุมความประพฤติ ๑ ปี โดยให้ทำงานบริการสังคม ๒๔ ชั่วโมง "
        "ผู้ถูกคุมความประพฤติพักอาศัยอยู่บ้านเลขที่ ๒๗ หมู่ที่ ๑๑ ตำบลหนองกินเพลสมมุติ",
        "จึงเรียนมาเพื่อโปรดพิจารณาให้ความร่วมมือ",
        "ขอแสดงความนับถือ", "(นางสาวเบญจวรรณ ศรีประเสริฐสมมุติ)", "พนักงานคุมประพฤติชำนาญการ"])
    d.save(docs / "k11_probation_letter.docx")
    return _entry("k11_probation_letter.docx", [
        ("นายอดิศร พรมวิหารสมมุติ", "PERSON"), ("กระทำความผิดฐานขับรถขณะเมาสุรา", "OTHER"),
        ("๒๗ หมู่ที่ ๑๑ ตำบลหนองกินเพลสมมุติ", "ADDRESS")], [
        "ยธ ๐๘๑๒.๐๔/๓๓๐๕", "สำนักงานคุมประพฤติจังหวัดสมมุติ", "๐ ๔๔๕๑ ๗๗๐๒", "๒๒ กุมภาพันธ์ ๒๕๖๙",
        "นางสาวเบญจวรรณ ศรีประเสริฐสมมุติ", "พนักงานคุมประพฤติชำนาญการ", "โรงเรียนวัดบ้านดงสมมุติ"])


# --- 12. English visa-support letter ------------------------------------------------------------------


def visa_letter(docs: Path) -> dict:
    d = _doc("Liberation Serif", 12)
    _paras(d, [
        "Office of International Relations, Example Rajabhat University",
        "99 Moo 1, Phahonyothin Road, Tambon Tha Sai, Example 57100  Tel. +66 5377 6000",
        "Ref. No. อว 0621.12/1487", "14 November 2025",
        "To: The Consular Section, Royal Thai Embassy, Berlin",
        "Subject: Request for a Non-Immigrant Visa (Category ED)",
        "This is to certify that Mr. Lukas Johannes Brandt, born 3 February 1998 in Hamburg, Germany, "
        "holder of passport No. C4RT7XK21, residing at Goethestrasse 14, 20095 Hamburg, has been admitted "
        "to the Master of Arts in Thai Studies programme for the academic year 2026.",
        "His emergency contact is his mother, Mrs. Sabine Brandt, phone +49 170 5562 318.",
        "Tuition fees of 45,000 Baht per semester have been paid in full.",
        "Yours sincerely,", "Asst. Prof. Dr. Wanida Kaewkhao", "Director, Office of International Relations"])
    d.save(docs / "k12_visa_letter_en.docx")
    return _entry("k12_visa_letter_en.docx", [
        ("Lukas Johannes Brandt", "PERSON"), ("3 February 1998", "DOB"), ("C4RT7XK21", "PASSPORT"),
        ("Goethestrasse 14", "ADDRESS"), ("Sabine Brandt", "PERSON"), ("+49 170 5562 318", "PHONE")], [
        "Example Rajabhat University", "+66 5377 6000", "อว 0621.12/1487", "14 November 2025",
        "Asst. Prof. Dr. Wanida Kaewkhao", "Director, Office of International Relations", "45,000"])


# --- 13. house registration extract (Word-like PDF) -------------------------------------------------------


def house_registration(docs: Path) -> dict:
    ids = [national_id(x) for x in ("370050021167", "370050021981", "137050044102")]
    rows = [["ลำดับ", "ชื่อตัว - ชื่อสกุล", "เลขประจำตัวประชาชน", "เกิดวันที่", "ชื่อบิดา / มารดา", "สถานภาพ"],
            ["๑", "นายสุริยา ปานเพชรสมมุติ", _t(dashed_id(ids[0])), "๑๘ ส.ค. ๒๕๑๖", "นายเปลี่ยน / นางแป้น", "เจ้าบ้าน"],
            ["๒", "นางวาสนา ปานเพชรสมมุติ", _t(dashed_id(ids[1])), "๐๙ ม.ค. ๒๕๒๐", "นายทองดี / นางสาย", "ผู้อาศัย"],
            ["๓", "เด็กหญิงปาริชาติ ปานเพชรสมมุติ", _t(dashed_id(ids[2])), "๒๗ มี.ค. ๒๕๕๙", "นายสุริยา / นางวาสนา",
             "ผู้อาศัย"]]
    html = _ps(["สำเนาทะเบียนบ้าน (ท.ร.๑๔) สำนักทะเบียนอำเภอกบินทร์บุรีสมมุติ",
                "เลขรหัสประจำบ้าน ๒๕๐๓-๐๑๑๔๗-๘๘", "บ้านเลขที่ ๑๓๓/๕ หมู่ที่ ๔ ตำบลเมืองเก่าสมมุติ",
                "รายการบุคคลในบ้าน"]) + _html_table(rows) + _ps([
                "ขอรับรองว่าเป็นรายการที่ถูกต้อง ออกให้ ณ วันที่ ๔ มีนาคม ๒๕๖๙",
                "(นายศุภชัย รัตนโกมลสมมุติ) นายทะเบียนอำเภอ"])
    word_like_pdf(docs / "k13_house_registration.pdf", html)
    return _entry("k13_house_registration.pdf", [
        ("๒๕๐๓-๐๑๑๔๗-๘๘", "OTHER"), ("๑๓๓/๕ หมู่ที่ ๔ ตำบลเมืองเก่าสมมุติ", "ADDRESS"),
        ("นายสุริยา ปานเพชรสมมุติ", "PERSON"), ("นางวาสนา ปานเพชรสมมุติ", "PERSON"),
        ("เด็กหญิงปาริชาติ ปานเพชรสมมุติ", "PERSON"), (_t(ids[0]), "NATIONAL_ID"), (_t(ids[1]), "NATIONAL_ID"),
        (_t(ids[2]), "NATIONAL_ID"), ("๑๘ ส.ค. ๒๕๑๖", "DOB"), ("๐๙ ม.ค. ๒๕๒๐", "DOB"), ("๒๗ มี.ค. ๒๕๕๙", "DOB")], [
        "สำนักทะเบียนอำเภอกบินทร์บุรีสมมุติ", "นายศุภชัย รัตนโกมลสมมุติ", "นายทะเบียนอำเภอ", "๔ มีนาคม ๒๕๖๙"])


# --- 14. letter with Thai digits in running text --------------------------------------------------------


def thai_digit_letter(docs: Path) -> dict:
    pid = national_id("141020011893")
    d = _doc("TH Sarabun New", 16)
    _paras(d, [
        "ที่ สข ๗๑๐๐๑/๘๙๒", "องค์การบริหารส่วนตำบลคลองหอยโข่งสมมุติ อำเภอคลองหอยโข่ง จังหวัดสงขลา ๙๐๒๓๐",
        "๑๙ มกราคม ๒๕๖๙",
        "เรื่อง แจ้งผลการพิจารณาคำขอรับเงินสงเคราะห์",
        "เรียน นายรุสดี หะยีสาแมสมมุติ",
        f"ตามที่ท่าน เลขประจำตัวประชาชน {_t(_spaced(pid))} ได้ยื่นคำขอรับเงินสงเคราะห์ผู้ป่วยเอดส์ "
        "และแจ้งหมายเลขโทรศัพท์ติดต่อ ๐๙๔ ๕๑๒ ๗๗๓๘ นั้น องค์การบริหารส่วนตำบลพิจารณาแล้ว อนุมัติเงินสงเคราะห์ "
        "เดือนละ ๕๐๐ บาท",
        "จึงเรียนมาเพื่อทราบ", "ขอแสดงความนับถือ", "(นายอับดุลเลาะ มะลีสมมุติ)",
        "นายกองค์การบริหารส่วนตำบลคลองหอยโข่งสมมุติ", "กองสวัสดิการสังคม โทร. ๐ ๗๔๒๙ ๑๔๔๐"])
    d.save(docs / "k14_thai_digit_letter.docx")
    return _entry("k14_thai_digit_letter.docx", [
        ("นายรุสดี หะยีสาแมสมมุติ", "PERSON"), (pid, "NATIONAL_ID"), ("๐๙๔ ๕๑๒ ๗๗๓๘", "PHONE"),
        ("ผู้ป่วยเอดส์", "HEALTH")], [
        "สข ๗๑๐๐๑/๘๙๒", "๑๙ มกราคม ๒๕๖๙", "นายอับดุลเลาะ มะลีสมมุติ", "๐ ๗๔๒๙ ๑๔๔๐", "๕๐๐"])


# --- 15. merged and multi-line cells ------------------------------------------------------------------------


def merged_cells(docs: Path) -> dict:
    """A household survey: the village cell spans two rows, a cell holds two members on two lines."""
    d = _doc("TH Sarabun New", 14)
    _paras(d, ["แบบสรุปข้อมูลครัวเรือนยากจนเป้าหมาย (TPMAP) ตำบลนาโพธิ์สมมุติ ปี ๒๕๖๙"])
    t = d.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    head = ["หมู่บ้าน", "หัวหน้าครัวเรือน", "สมาชิกในครัวเรือน", "รายได้ต่อปี (บาท)"]
    for c, h in enumerate(head):
        t.cell(0, c).text = h
    t.cell(1, 0).merge(t.cell(2, 0)).text = "บ้านนาโพธิ์สมมุติ หมู่ ๓"
    t.cell(3, 0).text = "บ้านดอนแดงสมมุติ หมู่ ๗"
    data = [("นางสมหมาย ชัยฤทธิ์รุ่งสมมุติ", "นายเอกชัย ชัยฤทธิ์รุ่งสมมุติ (บุตร)\nเด็กหญิงน้ำฝน ชัยฤทธิ์รุ่งสมมุติ (หลาน)", "๒๔,๖๘๐"),
            ("นายบุญมา คำสอนสมมุติ", "นางสุภาพ คำสอนสมมุติ (ภรรยา) พิการทางการเคลื่อนไหว", "๑๗,๙๒๐"),
            ("นางเยาวลักษณ์ ศรีบุญเรืองสมมุติ", "-", "๒๙,๕๔๐")]
    for r, (head_, members, income) in enumerate(data, 1):
        t.cell(r, 1).text = head_
        t.cell(r, 2).text = members
        t.cell(r, 3).text = income
    _paras(d, ["ผู้รวบรวมข้อมูล นางสาวศิริลักษณ์ บุญมีสมมุติ นักพัฒนาชุมชนปฏิบัติการ",
               "สำนักงานพัฒนาชุมชนอำเภอนาโพธิ์สมมุติ"])
    d.save(docs / "k15_merged_cells.docx")
    return _entry("k15_merged_cells.docx", [
        ("นางสมหมาย ชัยฤทธิ์รุ่งสมมุติ", "PERSON"), ("นายเอกชัย ชัยฤทธิ์รุ่งสมมุติ", "PERSON"), ("เด็กหญิงน้ำฝน ชัยฤทธิ์รุ่งสมมุติ", "PERSON"),
        ("นายบุญมา คำสอนสมมุติ", "PERSON"), ("นางสุภาพ คำสอนสมมุติ", "PERSON"), ("พิการทางการเคลื่อนไหว", "HEALTH"),
        ("นางเยาวลักษณ์ ศรีบุญเรืองสมมุติ", "PERSON"), ("๒๔,๖๘๐", "OTHER"), ("๑๗,๙๒๐", "OTHER"), ("๒๙,๕๔๐", "OTHER")], [
        "บ้านนาโพธิ์สมมุติ", "บ้านดอนแดงสมมุติ", "นางสาวศิริลักษณ์ บุญมีสมมุติ", "นักพัฒนาชุมชนปฏิบัติการ",
        "สำนักงานพัฒนาชุมชนอำเภอนาโพธิ์สมมุติ"])


# --- 16. form with dotted leaders -------------------------------------------------------------------------


def dotted_form(docs: Path) -> dict:
    pid = national_id("560040077125")
    d = _doc("TH Sarabun New", 15)
    _paras(d, [
        "แบบคำร้องขอรับการสงเคราะห์ค่าจัดการศพผู้สูงอายุ", "เขียนที่...........เทศบาลตำบลแม่ใจสมมุติ...........",
        "วันที่.....๕.....เดือน.....ธันวาคม.....พ.ศ. ....๒๕๖๘....",
        "ข้าพเจ้า.........นางสาววรรณา ดวงคำสมมุติ.........อายุ.....๔๖.....ปี",
        f"เลขประจำตัวประชาชน.........{pid}.........",
        "อยู่บ้านเลขที่......๗๒/๓......หมู่ที่.....๖.....ตำบล.....ศรีถ้อยสมมุติ.....",
        "โทรศัพท์.........๐๘๙-๑๕๖-๓๓๒๗.........",
        "เกี่ยวข้องเป็น.....บุตร.....ของผู้สูงอายุที่ถึงแก่กรรม ชื่อ.........นายแก้ว ดวงคำสมมุติ.........",
        "ถึงแก่กรรมเมื่อวันที่ ๒ ธันวาคม ๒๕๖๘ ด้วยสาเหตุ.........มะเร็งปอดระยะสุดท้าย.........",
        "ขอรับเงินค่าจัดการศพ จำนวน ๓,๐๐๐ บาท",
        "ผู้รับคำร้อง นายอนันต์ ใจกล้าสมมุติ นักพัฒนาชุมชนชำนาญการ"])
    d.save(docs / "k16_dotted_form.docx")
    return _entry("k16_dotted_form.docx", [
        ("นางสาววรรณา ดวงคำสมมุติ", "PERSON"), (pid, "NATIONAL_ID"), ("๗๒/๓", "ADDRESS"),
        ("๐๘๙-๑๕๖-๓๓๒๗", "PHONE"), ("นายแก้ว ดวงคำสมมุติ", "PERSON"), ("มะเร็งปอดระยะสุดท้าย", "HEALTH")], [
        "เทศบาลตำบลแม่ใจสมมุติ", "๓,๐๐๐", "นายอนันต์ ใจกล้าสมมุติ", "นักพัฒนาชุมชนชำนาญการ"])


BUILDERS = (scholarship, vhv_roster, complaint_report, disciplinary_order, flood_relief, business_licences,
            minutes, job_applicants, committee_order, vaccination, probation_letter, visa_letter,
            house_registration, thai_digit_letter, merged_cells, dotted_form)
# Word files also printed to PDF by LibreOffice.
PDF_TOO = ("k01_scholarship", "k04_disciplinary_order", "k05_flood_relief", "k08_job_applicants",
           "k10_vaccination", "k12_visa_letter_en", "k14_thai_digit_letter", "k15_merged_cells", "k16_dotted_form")
# LibreOffice prints also rendered to image-only scans (dpi).
SCANS = {"k05_flood_relief": 300, "k14_thai_digit_letter": 300, "k16_dotted_form": 250}


def drop_in_markup(out: Path, truth: list[dict]) -> None:
    """A Word file's XML carries numbers of its own (theme sizes, column widths, revision IDs) that the
    scorer also searches: an item to withhold that such markup holds would count as a leak whatever
    the redactor does, so it is left out of that file's truth."""
    import re
    import zipfile

    from benchmarks.probe_set import _fold

    for entry in truth:
        if not entry["file"].endswith(".docx"):
            continue
        with zipfile.ZipFile(out / entry["file"]) as z:
            # Everything but the text between tags: tag names, attribute values, other parts' markup.
            markup = _fold("".join(re.sub(r">[^<]*<", "><", z.read(n).decode("utf-8", "ignore"))
                                   for n in z.namelist()))
        gone = [i["text"] for i in entry["must_redact"] if _fold(i["text"]) in markup]
        for text in gone:
            print(f"note: {entry['file']}: '{text}' also sits in the file's markup; not scored")
        entry["must_redact"] = [i for i in entry["must_redact"] if i["text"] not in gone]


def build_set(out: Path, builders: tuple, pdf_too: tuple[str, ...], scans: dict[str, int]) -> list[dict]:
    """The documents of ``builders`` under out/docs, their prints and scans, and the truth scored."""
    docs = out / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    truth = [b(docs) for b in builders]
    add_prints(out, truth, pdf_too, scans)
    drop_unfindable(out, truth)
    drop_in_markup(out, truth)
    return truth


def build(out: Path) -> list[dict]:
    return build_set(out, BUILDERS, PDF_TOO, SCANS)


def main() -> int:
    args = set_parser(__doc__).parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="phoei-general4-"))
    write_and_score(out, build(out), args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
