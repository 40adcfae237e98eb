"""More invented document kinds for benchmarks/probe_set.py.

Each builder writes one Word file and returns its truth entry. Every name, number and
place is made up here (see probe_set.py); none comes from an evaluation set. The kinds
are what Thai agencies publish: meeting minutes with attendee lists, procurement awards,
court notices, a Thai CV, student lists, land compensation lists spanning two pages with
a repeated header row, petitions, an everyday complaint letter, a filled form with check
boxes, a bilingual letter, a news release, a village-fund debt list and a salary
certificate. Layouts vary: tables with and without borders, Thai digits, IDs grouped
oddly, names without titles in cells, officials with medical, academic, police and
military titles.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from tests.fixtures.make_pdf import national_id

THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")

# Word files also printed to PDF by LibreOffice (the rest stay Word only).
PDF_TOO = ("p07_minutes", "p08_procurement", "p11_students", "p12_land_compensation", "p13_petition",
           "p15_form_checkbox", "p17_news_release", "p18_village_fund_debts")


def _t(s: str) -> str:
    return s.translate(THAI)


def _doc(font: str = "TH Sarabun New", size: int = 15) -> docx.document.Document:
    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = font
    style.font.size = Pt(size)
    # Thai text needs the complex-script font too, or Word and LibreOffice pick their own.
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    fonts.set(qn("w:cs"), font)
    szcs = OxmlElement("w:szCs")
    szcs.set(qn("w:val"), str(size * 2))
    rpr.append(szcs)
    d.core_properties.author = ""
    return d


def _table(d: docx.document.Document, rows: list[list[str]], borders: bool = True,
           repeat_header: bool = False) -> None:
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    if borders:
        t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            t.cell(r, c).text = cell
    if repeat_header:
        trpr = t.rows[0]._tr.get_or_add_trPr()
        el = OxmlElement("w:tblHeader")
        el.set(qn("w:val"), "true")
        trpr.append(el)


def _paras(d: docx.document.Document, lines: list[str]) -> None:
    for p in lines:
        d.add_paragraph(p)


def _entry(name: str, redact: list[tuple[str, str]], keep: list[str]) -> dict:
    return {"file": f"docs/{name}",
            "must_redact": [{"text": t, "type": ty} for t, ty in redact],
            "must_keep": [{"text": t} for t in keep]}


def minutes(docs: Path) -> dict:
    """Meeting minutes: officials of many kinds attend (kept); a complainant and a villagers'
    representative take part (redacted), with the complainant's house and phone."""
    d = _doc("Laksaman")
    _paras(d, [
        "รายงานการประชุมคณะกรรมการพิจารณาเรื่องร้องเรียนเหตุรำคาญ อำเภอเมืองสมมุติ",
        _t("ครั้งที่ 3/2568 วันพุธที่ 17 กันยายน 2568 เวลา 09.30 น."),
        "ณ ห้องประชุมที่ว่าการอำเภอเมืองสมมุติ",
        "ผู้มาประชุม",
    ])
    _table(d, [
        ["ลำดับ", "ชื่อ - สกุล", "ตำแหน่ง", "หมายเหตุ"],
        ["1", "นายณรงค์ศักดิ์ ทองประเสริฐ", "นายอำเภอเมืองสมมุติ", "ประธาน"],
        ["2", "พ.ต.อ.ไพโรจน์ คงกระพันธ์", "ผู้กำกับการสถานีตำรวจภูธรเมืองสมมุติ", "กรรมการ"],
        ["3", "แพทย์หญิงรัชนีกร วิไลพันธ์", "ผู้อำนวยการโรงพยาบาลสมมุติพัฒนา", "กรรมการ"],
        ["4", "ร.อ.ธนพล แก้วประดิษฐ์", "ผู้บังคับกองร้อยทหารพราน", "กรรมการ"],
        ["5", "รศ.ดร.อัมพิกา ศรีนวลใส", "ผู้ทรงคุณวุฒิ", "กรรมการ"],
        ["6", "นางสาวเบญจวรรณ ปัญญาดี", "นักวิชาการสาธารณสุขชำนาญการ", "กรรมการและเลขานุการ"],
    ], borders=False)
    _paras(d, [
        "ผู้เข้าร่วมประชุม",
        "1. นายสุรเชษฐ์ ลำเพาพงษ์ ผู้ร้องเรียน",
        "2. นางสาวลำดวน ผ่องพรรณราย ผู้แทนชาวบ้านหมู่ที่ 9",
        "เริ่มประชุมเวลา 09.30 น.",
        "ระเบียบวาระที่ 2 เรื่องร้องเรียนกลิ่นเหม็นจากฟาร์มสุกร",
        "นายสุรเชษฐ์ ลำเพาพงษ์ ผู้ร้องเรียน อยู่บ้านเลขที่ 214/7 หมู่ที่ 9 ตำบลโคกสว่าง แจ้งว่า "
        "กลิ่นจากฟาร์มทำให้บุตรสาวอายุ 6 ปี มีอาการหอบเหนื่อยต้องพ่นยาทุกคืน ติดต่อกลับได้ที่ 089-4417-238",
        "ประธานมอบหมายให้ พ.ต.อ.ไพโรจน์ คงกระพันธ์ และสำนักงานสาธารณสุขอำเภอเมืองสมมุติ ลงพื้นที่ตรวจสอบ",
        "มติที่ประชุม รับทราบ และให้รายงานผลภายใน 15 วัน",
        "เลิกประชุมเวลา 12.00 น.",
        "(ลงชื่อ) เบญจวรรณ ปัญญาดี ผู้จดรายงานการประชุม",
        "(นางสาวเบญจวรรณ ปัญญาดี)",
        "นักวิชาการสาธารณสุขชำนาญการ",
    ])
    d.save(docs / "p07_minutes.docx")
    return _entry("p07_minutes.docx", [
        ("นายสุรเชษฐ์ ลำเพาพงษ์", "PERSON"), ("สุรเชษฐ์ ลำเพาพงษ์", "PERSON"),
        ("นางสาวลำดวน ผ่องพรรณราย", "PERSON"), ("214/7 หมู่ที่ 9 ตำบลโคกสว่าง", "ADDRESS"),
        ("หอบเหนื่อยต้องพ่นยา", "HEALTH"), ("089-4417-238", "PHONE"),
    ], [
        "นายณรงค์ศักดิ์ ทองประเสริฐ", "นายอำเภอเมืองสมมุติ", "พ.ต.อ.ไพโรจน์ คงกระพันธ์",
        "แพทย์หญิงรัชนีกร วิไลพันธ์", "ผู้อำนวยการโรงพยาบาลสมมุติพัฒนา", "ร.อ.ธนพล แก้วประดิษฐ์",
        "รศ.ดร.อัมพิกา ศรีนวลใส", "นางสาวเบญจวรรณ ปัญญาดี", "นักวิชาการสาธารณสุขชำนาญการ",
        _t("ครั้งที่ 3/2568"), "09.30 น.", "12.00 น.", "สำนักงานสาธารณสุขอำเภอเมืองสมมุติ",
    ])


def procurement(docs: Path) -> dict:
    """A procurement award: bidders are companies (their juristic tax IDs, prices and premises
    stay), one bidder is a sole trader whose personal ID and home are withheld."""
    trader_id = national_id("360050012347")
    d = _doc("Garuda", 14)
    _paras(d, [
        "ประกาศองค์การบริหารส่วนตำบลหนองสมมุติ",
        "เรื่อง ประกาศผู้ชนะการเสนอราคา จ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ ๔ บ้านโนนงาม "
        "โดยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
        "ตามประกาศองค์การบริหารส่วนตำบลหนองสมมุติ เรื่อง ประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก "
        "ลงวันที่ ๒ มิถุนายน ๒๕๖๘ นั้น มีผู้ยื่นข้อเสนอ ดังนี้",
    ])
    _table(d, [
        ["ที่", "ผู้ยื่นข้อเสนอ", "เลขประจำตัวผู้เสียภาษี", "ราคาที่เสนอ (บาท)", "ผลการพิจารณา"],
        ["1", "ห้างหุ้นส่วนจำกัด ศรีสมบูรณ์การโยธา", "0453561001239", "1,987,000.00", "ผู้ชนะ"],
        ["2", "บริษัท เอกรุ่งคอนสตรัคชั่น จำกัด", "0105559087654", "2,045,500.00", "ไม่ผ่านคุณสมบัติ"],
        ["3", "ร้านชาญชัยวัสดุ โดยนายชาญชัย บุญเลิศฟ้า", trader_id, "2,110,000.00", "เสนอราคาสูงกว่า"],
    ])
    _paras(d, [
        "ผู้ได้รับการคัดเลือก ได้แก่ ห้างหุ้นส่วนจำกัด ศรีสมบูรณ์การโยธา สำนักงานตั้งอยู่เลขที่ ๘๘ "
        "ถนนเลี่ยงเมือง ตำบลในเมือง อำเภอเมืองสมมุติ โดยเสนอราคาเป็นเงินทั้งสิ้น ๑,๙๘๗,๐๐๐.๐๐ บาท "
        "(หนึ่งล้านเก้าแสนแปดหมื่นเจ็ดพันบาทถ้วน) ซึ่งเป็นราคารวมภาษีมูลค่าเพิ่ม",
        "ร้านชาญชัยวัสดุ ยื่นเอกสารแสดงที่อยู่ของผู้ประกอบการเป็นบ้านเลขที่ ๑๗/๓ หมู่ ๖ ตำบลดอนแดง "
        "โทรศัพท์มือถือ ๐๘๓-๕๕๐-๙๑๒๔",
        "ประกาศ ณ วันที่ ๑๘ มิถุนายน ๒๕๖๘",
        "(ว่าที่ร้อยตรีสมเกียรติ ดีพร้อม)",
        "นายกองค์การบริหารส่วนตำบลหนองสมมุติ",
    ])
    d.save(docs / "p08_procurement.docx")
    return _entry("p08_procurement.docx", [
        ("นายชาญชัย บุญเลิศฟ้า", "PERSON"), (trader_id, "TAX_ID_PERSON"),
        ("๑๗/๓ หมู่ ๖ ตำบลดอนแดง", "ADDRESS"), ("๐๘๓-๕๕๐-๙๑๒๔", "PHONE"),
    ], [
        "ห้างหุ้นส่วนจำกัด ศรีสมบูรณ์การโยธา", "0453561001239", "บริษัท เอกรุ่งคอนสตรัคชั่น จำกัด", "0105559087654",
        "1,987,000.00", "2,045,500.00", "2,110,000.00", "๘๘ ถนนเลี่ยงเมือง ตำบลในเมือง", "ร้านชาญชัยวัสดุ",
        "ว่าที่ร้อยตรีสมเกียรติ ดีพร้อม", "นายกองค์การบริหารส่วนตำบลหนองสมมุติ", "๑๘ มิถุนายน ๒๕๖๘",
        "๑,๙๘๗,๐๐๐.๐๐",
    ])


def court_notice(docs: Path) -> dict:
    """A court's notice to a defendant who cannot be found: the defendant, his address and
    the debt are withheld; the court, the plaintiff bank and the hearing date stay."""
    d = _doc()
    _paras(d, [
        "ประกาศศาลจังหวัดสมมุติ",
        "คดีหมายเลขดำที่ ผบ ๒๒๑๘/๒๕๖๘",
        "ระหว่าง ธนาคารสมมุติเพื่อเกษตรกร โจทก์",
        "นายประจวบ ศรีสมัครใจ จำเลย",
        "เรื่อง กู้ยืมเงิน",
        "ด้วยโจทก์ได้ยื่นฟ้องจำเลยให้ชำระหนี้เงินกู้จำนวน ๓๔๗,๒๑๘.๔๕ บาท พร้อมดอกเบี้ย "
        "และศาลได้ส่งหมายเรียกและสำเนาคำฟ้องไปยังจำเลย ณ ภูมิลำเนาบ้านเลขที่ ๕๕/๑๒ หมู่ที่ ๒ "
        "ตำบลหนองไผ่ล้อม อำเภอเมืองสมมุติ แต่ไม่พบตัวจำเลย",
        "จึงประกาศให้จำเลยทราบว่า ศาลนัดพิจารณาในวันที่ ๒๐ มกราคม ๒๕๖๙ เวลา ๐๙.๐๐ นาฬิกา",
        "ประกาศ ณ วันที่ ๑๒ พฤศจิกายน ๒๕๖๘",
        "นายธีรวัฒน์ อินทรประเสริฐ ผู้พิพากษา",
    ])
    d.save(docs / "p09_court_notice.docx")
    return _entry("p09_court_notice.docx", [
        ("นายประจวบ ศรีสมัครใจ", "PERSON"), ("๓๔๗,๒๑๘.๔๕", "OTHER"),
        ("๕๕/๑๒ หมู่ที่ ๒ ตำบลหนองไผ่ล้อม", "ADDRESS"),
    ], [
        "ศาลจังหวัดสมมุติ", "ธนาคารสมมุติเพื่อเกษตรกร", "๒๐ มกราคม ๒๕๖๙", "นายธีรวัฒน์ อินทรประเสริฐ",
        "ผู้พิพากษา", "๑๒ พฤศจิกายน ๒๕๖๘",
    ])


def cv(docs: Path) -> dict:
    """A job application in Thai: labelled fields, a nickname, parents, a driving licence."""
    pid = national_id("110370045612")
    d = _doc("Norasi", 14)
    _paras(d, [
        "ใบสมัครงาน สำนักงานเทศบาลเมืองสมมุติ",
        "ตำแหน่งที่สมัคร นักวิชาการคอมพิวเตอร์ปฏิบัติการ",
        "ประวัติส่วนตัว",
        "ชื่อ-นามสกุล นายกฤษณะ พึ่งบุญมา  ชื่อเล่น ตั้ม",
        f"เลขประจำตัวประชาชน {pid[0]}-{pid[1:5]}-{pid[5:10]}-{pid[10:12]}-{pid[12]}",
        "เกิดวันที่ 4 เมษายน 2540  อายุ 28 ปี  สัญชาติ ไทย  ศาสนา คริสต์",
        "ส่วนสูง 172 ซม. น้ำหนัก 68 กก. หมู่โลหิต บี",
        "สถานภาพ สมรส  ชื่อคู่สมรส นางจันทร์เพ็ญ พึ่งบุญมา",
        "ที่อยู่ปัจจุบัน 301/45 หมู่บ้านพฤกษาวิลล์ ซอย 8 ถนนบายพาส ตำบลบ้านเป็ด",
        "โทรศัพท์ 06-1234-9087  E-mail kritsana.pbm@gmail.com",
        "ใบอนุญาตขับขี่รถยนต์ เลขที่ 62004518",
        "ชื่อบิดา นายสำราญ พึ่งบุญมา อาชีพ ค้าขาย  ชื่อมารดา นางทองม้วน พึ่งบุญมา อาชีพ ค้าขาย",
        "การศึกษา ปริญญาตรี วิทยาการคอมพิวเตอร์ มหาวิทยาลัยขอนแก่น เกรดเฉลี่ย 3.27",
        "ประสบการณ์ทำงาน บริษัท ดาต้าเวิร์คส์ จำกัด ตำแหน่งโปรแกรมเมอร์ 2562-2567 เงินเดือนสุดท้าย 32,500 บาท",
        "ข้าพเจ้าขอรับรองว่าข้อความข้างต้นเป็นความจริง",
        "ลงชื่อ กฤษณะ พึ่งบุญมา ผู้สมัคร",
    ])
    d.save(docs / "p10_cv_thai.docx")
    return _entry("p10_cv_thai.docx", [
        ("นายกฤษณะ พึ่งบุญมา", "PERSON"), ("กฤษณะ พึ่งบุญมา", "PERSON"), (pid, "NATIONAL_ID"),
        ("4 เมษายน 2540", "DOB"), ("คริสต์", "OTHER"), ("นางจันทร์เพ็ญ พึ่งบุญมา", "PERSON"),
        ("301/45 หมู่บ้านพฤกษาวิลล์ ซอย 8", "ADDRESS"), ("06-1234-9087", "PHONE"),
        ("kritsana.pbm@gmail.com", "EMAIL"), ("62004518", "OTHER"), ("นายสำราญ พึ่งบุญมา", "PERSON"),
        ("นางทองม้วน พึ่งบุญมา", "PERSON"), ("32,500", "OTHER"),
    ], [
        "สำนักงานเทศบาลเมืองสมมุติ", "นักวิชาการคอมพิวเตอร์ปฏิบัติการ", "บริษัท ดาต้าเวิร์คส์ จำกัด",
    ])


def students(docs: Path) -> dict:
    """A scholarship list: student IDs (#########-#), untitled names, parents and their phones,
    in a table without borders; faculties, the amount and the signing dean stay."""
    rows = [["ที่", "รหัสนักศึกษา", "ชื่อ - สกุล", "คณะ", "ชื่อผู้ปกครอง", "เบอร์โทรศัพท์ผู้ปกครอง"]]
    people = [
        ("663040112-5", "ปิยวัฒน์ ชมภูแก้ว", "วิศวกรรมศาสตร์", "สมหมาย ชมภูแก้ว", "081-552-7306"),
        ("663050287-1", "ณัฐธิดา อ่อนละมัย", "พยาบาลศาสตร์", "บุญส่ง อ่อนละมัย", "0935718240"),
        ("653170034-9", "ศุภกร แสงมณีวงศ์", "เกษตรศาสตร์", "ละเอียด แสงมณีวงศ์", "086 904 3317"),
        ("673120459-3", "ธิดารัตน์ คำภูเมือง", "ศึกษาศาสตร์", "เพ็ญศรี คำภูเมือง", "๐๙๘-๑๗๐-๔๔๖๒"),
    ]
    for i, (sid, name, fac, parent, tel) in enumerate(people, 1):
        rows.append([str(i), sid if i != 4 else _t(sid), name, fac, parent, tel])
    d = _doc("Loma", 13)
    _paras(d, ["ประกาศมหาวิทยาลัยสมมุติ", "เรื่อง รายชื่อนักศึกษาผู้ได้รับทุนการศึกษาประเภทขาดแคลน ปีการศึกษา ๒๕๖๘",
               "ทุนละ ๑๕,๐๐๐ บาท จำนวน ๔ ทุน ดังรายชื่อต่อไปนี้"])
    _table(d, rows, borders=False)
    _paras(d, ["ประกาศ ณ วันที่ ๓๐ กรกฎาคม ๒๕๖๘", "(ผู้ช่วยศาสตราจารย์ ดร.ชนินทร์ วัฒนกุลชัย)",
               "รองอธิการบดีฝ่ายกิจการนักศึกษา"])
    d.save(docs / "p11_students.docx")
    redact: list[tuple[str, str]] = []
    for sid, name, _fac, parent, tel in people:
        redact += [(sid, "OTHER"), (name, "PERSON"), (parent, "PERSON"), (tel, "PHONE")]
    return _entry("p11_students.docx", redact, [
        "มหาวิทยาลัยสมมุติ", "วิศวกรรมศาสตร์", "พยาบาลศาสตร์", "๑๕,๐๐๐", "ผู้ช่วยศาสตราจารย์ ดร.ชนินทร์ วัฒนกุลชัย",
        "รองอธิการบดีฝ่ายกิจการนักศึกษา", "๓๐ กรกฎาคม ๒๕๖๘",
    ])


_GIVEN = ("สมจิตร", "บุญชู", "คำปุ่น", "ทองหล่อ", "บัวลอย", "สุพัตรา", "ประเสริฐ", "วันดี", "หนูพิน", "เสถียร",
          "อุไรวรรณ", "ไสว", "บุญยืน", "จำรัส", "สังวาลย์", "ทวีศักดิ์", "พิศมัย", "ชูชาติ", "มณีรัตน์", "สุวิทย์",
          "ประไพ", "อำนวย", "ลำไย", "เกษม", "บุญเหลือล้น", "สมบัติ")
_FAMILY = ("โพธิ์ทองคำ", "นาคสุวรรณ", "สิงห์คำป้อง", "ชาญนาวา", "ปัททุมมา", "ลาดบัวขาว", "อุทัยเรือง", "ศรีบุญเรือง",
           "ทองมาลัยพร", "พันธ์ศรีทัต", "แสนโคตรวงศ์", "ไชยสิทธิ์นอก", "ดวงจันทร์ขาว", "ภูผาพันธ์", "มูลสิงห์แก้ว",
           "จันทร์หอมกลิ่น", "คงสมปองไทย", "วงศ์ปัญญาดี", "สุขประเสริฐวงศ์", "ทิพย์มณฑา", "บุญมาเลิศชัย",
           "อินทร์ตาแสง", "พรมวงศ์ษา", "นิลสุวรรณ์", "แก้วโกมลชัย", "ศรีสว่างแดน")


def land_list(docs: Path) -> dict:
    """A land compensation register over two pages with a repeated header row: private owners
    and their title deed numbers are withheld; a temple and a company, their parcels, the
    places, the areas and the project stay."""
    rows = [["ลำดับ", "ชื่อผู้ถือกรรมสิทธิ์", "ประเภทเอกสารสิทธิ์", "เลขที่", "เลขที่ดิน", "ตำบล",
             "เนื้อที่ (ไร่-งาน-ตร.วา)", "ค่าทดแทน (บาท)"]]
    redact: list[tuple[str, str]] = []
    keep = ["โครงการก่อสร้างอ่างเก็บน้ำห้วยสมมุติ", "กรมชลประทาน", "ตำบลหนองกุง", "ตำบลโนนสะอาด"]
    n = 0
    for i in range(26):
        n += 1
        if i == 9:
            rows.append([str(n), "วัดโพธิ์ศรีสมมุติ", "โฉนดที่ดิน", "18402", "77", "หนองกุง", "3-1-20", "412,500"])
            keep += ["วัดโพธิ์ศรีสมมุติ", "18402"]
            n += 1
        if i == 4:
            rows.append([str(n), "บริษัท เกษตรรุ่งโรจน์ จำกัด", "โฉนดที่ดิน", "20917", "102", "โนนสะอาด", "12-0-00",
                         "1,500,000"])
            keep += ["บริษัท เกษตรรุ่งโรจน์ จำกัด", "20917"]
            n += 1
        name = f"{_GIVEN[i]} {_FAMILY[i]}"
        doc_kind = "โฉนดที่ดิน" if i % 3 else "น.ส.3ก"
        number = str(31250 + i * 37) if i % 3 else f"{1200 + i * 11}"
        rows.append([str(n), name, doc_kind, number, str(40 + i), "หนองกุง" if i % 2 else "โนนสะอาด",
                     f"{i % 5}-{i % 4}-{(i * 7) % 100:02d}", f"{(i + 2) * 13_750:,}"])
        redact.append((name, "PERSON"))
        if i % 3:
            redact.append((number, "LAND_TITLE"))
    d = _doc("TH Sarabun New", 14)
    # A wide register is printed in landscape.
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    _paras(d, ["ประกาศกรมชลประทาน",
               "เรื่อง บัญชีรายชื่อผู้มีสิทธิได้รับเงินค่าทดแทนที่ดิน โครงการก่อสร้างอ่างเก็บน้ำห้วยสมมุติ",
               "ที่ดินตั้งอยู่ในเขตตำบลหนองกุง และตำบลโนนสะอาด อำเภอเมืองสมมุติ รายละเอียดดังนี้"])
    _table(d, rows, repeat_header=True)
    _paras(d, ["หากผู้ใดเห็นว่ารายการไม่ถูกต้อง ให้ยื่นคำร้องภายใน ๓๐ วัน", "(นายวิโรจน์ ศักดิ์ชลธาร)",
               "ผู้อำนวยการโครงการชลประทานสมมุติ"])
    d.save(docs / "p12_land_compensation.docx")
    keep += ["นายวิโรจน์ ศักดิ์ชลธาร", "ผู้อำนวยการโครงการชลประทานสมมุติ"]
    return _entry("p12_land_compensation.docx", redact, keep)


def petition(docs: Path) -> dict:
    """Villagers' petition with a signature list: untitled names, house numbers under their
    own header, signatures written as names; the lead petitioner's phone."""
    signers = [("เสาร์ คำมาวงศ์", "112/4"), ("บุญเพ็ง ไชยมงคลพร", "87"), ("คำผาย ศรีโคตรภูมิ", "15/2"),
               ("หอมจันทร์ นามวงษ์ศรี", "203"), ("สุดใจ พลอยหอมกลิ่น", "64/11")]
    rows = [["ลำดับ", "ชื่อ - นามสกุล", "บ้านเลขที่", "หมู่ที่", "ลายมือชื่อ"]]
    for i, (name, house) in enumerate(signers, 1):
        rows.append([str(i), name, house, "7", name.split()[0]])
    d = _doc("Garuda", 14)
    _paras(d, [
        "เรื่อง ขอให้ซ่อมแซมถนนและท่อระบายน้ำ",
        "เรียน นายกองค์การบริหารส่วนตำบลบ้านสมมุติ",
        "พวกข้าพเจ้าชาวบ้านหมู่ที่ ๗ บ้านหนองโก ได้รับความเดือดร้อนจากถนนชำรุดและน้ำท่วมขังมาเป็นเวลานาน "
        "จึงขอให้องค์การบริหารส่วนตำบลบ้านสมมุติพิจารณาซ่อมแซม โดยมีผู้ลงชื่อท้ายหนังสือนี้",
        "ผู้ประสานงาน นายเสาร์ คำมาวงศ์ โทร ๐๘๗ ๒๒๓ ๔๕๖๑",
    ])
    _table(d, rows)
    d.save(docs / "p13_petition.docx")
    redact: list[tuple[str, str]] = [("นายเสาร์ คำมาวงศ์", "PERSON"), ("๐๘๗ ๒๒๓ ๔๕๖๑", "PHONE")]
    for name, _house in signers:
        redact.append((name, "PERSON"))
    redact += [("112/4", "ADDRESS"), ("15/2", "ADDRESS"), ("64/11", "ADDRESS")]
    return _entry("p13_petition.docx", redact, [
        "นายกองค์การบริหารส่วนตำบลบ้านสมมุติ", "หมู่ที่ ๗ บ้านหนองโก", "องค์การบริหารส่วนตำบลบ้านสมมุติ"])


def complaint(docs: Path) -> dict:
    """A complaint in everyday words: nicknames in quotes, relatives, a house in a soi."""
    d = _doc()
    _paras(d, [
        "เรื่อง ร้องเรียนเพื่อนบ้านเปิดเพลงเสียงดังและจอดรถขวางทาง",
        "เรียน ผู้อำนวยการเขตสมมุติ",
        "ดิฉันนางพเยาว์ ศรีจันทร์แดง อยู่บ้านเลขที่ ๕๖/๘ ซอยร่วมใจพัฒนา ๓ ถนนเพชรเกษม "
        "แขวงบางแคเหนือ ขอร้องเรียนว่า นาย \"เปี๊ยก\" ลูกชายของป้าสายทอง ซึ่งเช่าบ้านติดกัน "
        "เปิดเพลงเสียงดังทุกคืนจนถึงตีสอง และชอบนำรถกระบะทะเบียน บฉ ๗๒๑๔ กรุงเทพมหานคร มาจอดขวางหน้าบ้าน",
        "สามีของดิฉันชื่อนายไพบูลย์ ศรีจันทร์แดง เป็นโรคหัวใจ นอนไม่หลับ ต้องไปหาหมอบ่อยครั้ง "
        "ดิฉันเคยไปคุยกับ \"เจ๊หน่อย\" เจ้าของบ้านเช่าแล้วแต่ไม่ได้ผล",
        "หากมีข้อสงสัยติดต่อดิฉันได้ที่ 08-1963-4472 หรือไลน์ payao.sj",
        "ขอแสดงความนับถือ",
        "พเยาว์ ศรีจันทร์แดง",
    ])
    d.save(docs / "p14_complaint.docx")
    return _entry("p14_complaint.docx", [
        ("นางพเยาว์ ศรีจันทร์แดง", "PERSON"), ("พเยาว์ ศรีจันทร์แดง", "PERSON"),
        ("๕๖/๘ ซอยร่วมใจพัฒนา ๓ ถนนเพชรเกษม", "ADDRESS"), ("เปี๊ยก", "PERSON"), ("ป้าสายทอง", "PERSON"),
        ("บฉ ๗๒๑๔", "PLATE"), ("นายไพบูลย์ ศรีจันทร์แดง", "PERSON"), ("โรคหัวใจ", "HEALTH"),
        ("เจ๊หน่อย", "PERSON"), ("08-1963-4472", "PHONE"), ("payao.sj", "OTHER"),
    ], ["ผู้อำนวยการเขตสมมุติ"])


def form(docs: Path) -> dict:
    """A disability allowance request with check boxes: the title is a ticked box apart from
    the name, the ID is written in digit groups, the disability type is a ticked box."""
    pid = national_id("340990071235")
    d = _doc("TH Sarabun New", 15)
    _paras(d, [
        "แบบคำขอลงทะเบียนรับเงินเบี้ยความพิการ",
        "เขียนที่ องค์การบริหารส่วนตำบลท่าสมมุติ",
        _t("วันที่ 9 ตุลาคม 2568"),
        "ข้าพเจ้า ☐ นาย ☑ นาง ☐ นางสาว  ชื่อ ละมุล  นามสกุล ประทุมทิพย์",
        f"เกิดวันที่ {_t('14')} เดือน กุมภาพันธ์ พ.ศ. {_t('2502')}  อายุ {_t('66')} ปี  สัญชาติ ไทย",
        "เลขประจำตัวประชาชน " + " ".join([pid[0], pid[1:5], pid[5:10], pid[10:12], pid[12]]).translate(THAI),
        "ที่อยู่ตามทะเบียนบ้าน เลขที่ " + _t("71") + " หมู่ที่ " + _t("3") + " ตำบลท่าสมมุติ",
        "สถานภาพ ☐ โสด ☑ สมรส ☐ หม้าย  อาชีพ ทำนา  รายได้ต่อเดือน " + _t("4,650") + " บาท",
        "ประเภทความพิการ ☐ ทางการเห็น ☐ ทางการได้ยิน ☑ ทางการเคลื่อนไหวหรือทางร่างกาย",
        "ขอรับเงินโดยวิธี ☑ โอนเข้าบัญชีเงินฝากธนาคาร ธนาคารสมมุติเพื่อเกษตรกร "
        "เลขที่บัญชี 0201-5-48817-3",
        "โทรศัพท์ ๐๙๕-๖๔๘-๓๓๑๗",
        "ลงชื่อ ละมุล ประทุมทิพย์ ผู้ยื่นคำขอ",
        "สำหรับเจ้าหน้าที่ ได้ตรวจสอบแล้ว ☑ คุณสมบัติครบถ้วน",
        "(นางสาวสุนิสา เรืองศรีสมมุติ)",
        "นักพัฒนาชุมชนปฏิบัติการ",
    ])
    d.save(docs / "p15_form_checkbox.docx")
    return _entry("p15_form_checkbox.docx", [
        ("ละมุล", "PERSON"), ("ประทุมทิพย์", "PERSON"), (pid, "NATIONAL_ID"),
        ("๗๑ หมู่ที่ ๓", "ADDRESS"), ("0201-5-48817-3", "BANK_ACCOUNT"), ("๐๙๕-๖๔๘-๓๓๑๗", "PHONE"),
        ("ทางการเคลื่อนไหวหรือทางร่างกาย", "HEALTH"), ("๔,๖๕๐", "OTHER"),
    ], ["องค์การบริหารส่วนตำบลท่าสมมุติ", "นางสาวสุนิสา เรืองศรีสมมุติ", "นักพัฒนาชุมชนปฏิบัติการ",
        "ธนาคารสมมุติเพื่อเกษตรกร", "๙ ตุลาคม ๒๕๖๘"])


def bilingual(docs: Path) -> dict:
    """A Thai-English letter about a foreign resident: name, passport, date of birth and the
    condominium address go; the immigration office, its officers and its address stay."""
    d = _doc("Loma", 13)
    _paras(d, [
        "ด่านตรวจคนเข้าเมืองจังหวัดสมมุติ / Example Province Immigration Checkpoint",
        "๑๒๓ หมู่ ๑ ถนนมิตรภาพ ตำบลในเมือง / 123 Moo 1 Mittraphap Road, Nai Mueang",
        "ที่ ตช ๐๐๒๙.๘๓/๔๔๑๗",
        "เรื่อง ผลการพิจารณาคำขออยู่ต่อ / Re: Application for extension of stay",
        "ตามที่ Mr. Gareth Alan Whitmore สัญชาติอังกฤษ หนังสือเดินทางเลขที่ 552198734 "
        "เกิดวันที่ 3 พฤษภาคม 2521 ได้ยื่นคำขออยู่ต่อในราชอาณาจักรเพื่อพำนักกับคู่สมรส นางวรรณา วิทมอร์",
        "Mr. Gareth Alan Whitmore, British, passport no. 552198734, born 3 May 1978, residing at "
        "Baan Suan Condominium, Room 1507, 45/9 Soi Chokchai 4, has applied for an extension of stay "
        "to live with his Thai wife, Mrs. Wanna Whitmore.",
        "The application is approved until 2 December 2026.",
        "(Pol.Col. Anucha Sirimongkol)",
        "Superintendent, Example Province Immigration Checkpoint",
        "(พันตำรวจเอก อนุชา ศิริมงคล)",
        "ผู้กำกับการด่านตรวจคนเข้าเมืองจังหวัดสมมุติ",
    ])
    d.save(docs / "p16_bilingual.docx")
    return _entry("p16_bilingual.docx", [
        ("Gareth Alan Whitmore", "PERSON"), ("552198734", "PASSPORT"), ("3 พฤษภาคม 2521", "DOB"),
        ("นางวรรณา วิทมอร์", "PERSON"), ("3 May 1978", "DOB"), ("Room 1507, 45/9 Soi Chokchai 4", "ADDRESS"),
        ("Wanna Whitmore", "PERSON"),
    ], ["Pol.Col. Anucha Sirimongkol", "Superintendent, Example Province Immigration Checkpoint",
        "พันตำรวจเอก อนุชา ศิริมงคล", "ตช ๐๐๒๙.๘๓/๔๔๑๗", "2 December 2026",
        "๑๒๓ หมู่ ๑ ถนนมิตรภาพ ตำบลในเมือง", "123 Moo 1 Mittraphap Road"])


def news_release(docs: Path) -> dict:
    """A news release: officials visit a fire victim; the victim, her age, house, illness
    and grandchild are withheld, the officials and the aid stay."""
    d = _doc("Garuda", 14)
    _paras(d, [
        "ข่าวประชาสัมพันธ์ สำนักงานประชาสัมพันธ์จังหวัดสมมุติ",
        "ผู้ว่าฯ ลงพื้นที่เยี่ยมให้กำลังใจผู้ประสบอัคคีภัย",
        "วันที่ ๒๑ สิงหาคม ๒๕๖๘ นายเฉลิมชัย วรวงศ์ไพศาล ผู้ว่าราชการจังหวัดสมมุติ "
        "พร้อมด้วย นายแพทย์สุรพงษ์ ธนากิจเจริญ นายแพทย์สาธารณสุขจังหวัดสมมุติ และนางสาวอรอนงค์ มีชัยศรี "
        "พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดสมมุติ ลงพื้นที่เยี่ยมนางบัวเผื่อน แสงสุริยาวงศ์ อายุ ๖๘ ปี "
        "ผู้ประสบอัคคีภัย บ้านเลขที่ ๙๑ หมู่ที่ ๑๑ ตำบลดอนตูม ซึ่งป่วยเป็นอัมพฤกษ์ครึ่งซีกและอาศัยอยู่กับ "
        "ด.ญ.ปิยธิดา แสงสุริยาวงศ์ หลานสาว อายุ ๙ ปี",
        "ทั้งนี้ จังหวัดได้มอบเงินช่วยเหลือจำนวน ๓๐,๐๐๐ บาท และถุงยังชีพ",
        "ภาพ/ข่าว : กลุ่มงานประชาสัมพันธ์",
    ])
    d.save(docs / "p17_news_release.docx")
    return _entry("p17_news_release.docx", [
        ("นางบัวเผื่อน แสงสุริยาวงศ์", "PERSON"), ("อายุ ๖๘ ปี", "DOB"), ("๙๑ หมู่ที่ ๑๑ ตำบลดอนตูม", "ADDRESS"),
        ("อัมพฤกษ์ครึ่งซีก", "HEALTH"), ("ด.ญ.ปิยธิดา แสงสุริยาวงศ์", "PERSON"),
    ], ["นายเฉลิมชัย วรวงศ์ไพศาล", "ผู้ว่าราชการจังหวัดสมมุติ", "นายแพทย์สุรพงษ์ ธนากิจเจริญ",
        "นายแพทย์สาธารณสุขจังหวัดสมมุติ", "นางสาวอรอนงค์ มีชัยศรี",
        "พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดสมมุติ", "๓๐,๐๐๐", "๒๑ สิงหาคม ๒๕๖๘"])


def debts(docs: Path) -> dict:
    """A village fund's list of overdue borrowers without borders: borrowers, guarantors and
    their debts go; the fund, the total and the committee stay."""
    rows = [["ที่", "ชื่อผู้กู้", "สัญญาเลขที่", "เงินต้นคงค้าง", "ดอกเบี้ยค้างชำระ", "ผู้ค้ำประกัน"],
            ["1", "นายทองสุข บุญประคอง", "๐๔๕/๒๕๖๖", "๒๘,๕๐๐", "๑,๗๑๐.๕๐", "นายบุญทัน ปัญญาไว"],
            ["2", "นางคำแพง ศรีวิลัยรัตน์", "๐๕๒/๒๕๖๖", "๑๕,๒๒๐", "๙๑๓.๒๐", "นางสาวจุฑามาศ ดวงประทีป"],
            ["3", "นายวิเชียร มูลทองสุข", "๐๖๗/๒๕๖๗", "๔๐,๒๕๐", "๒,๔๓๕.๗๕", "นายเกรียงไกร สีหาราชเดช"]]
    d = _doc("Laksaman", 15)
    _paras(d, ["ประกาศกองทุนหมู่บ้านโนนสมมุติ", "เรื่อง รายชื่อสมาชิกผู้ค้างชำระเงินกู้ ณ วันที่ ๓๐ กันยายน ๒๕๖๘"])
    _table(d, rows, borders=False)
    _paras(d, ["รวมเงินต้นคงค้างทั้งสิ้น ๘๓,๙๗๐ บาท", "ขอให้ผู้กู้ติดต่อชำระภายในวันที่ ๓๑ ตุลาคม ๒๕๖๘",
               "(นายสมพร ชัยมงคลสุข)", "ประธานคณะกรรมการกองทุนหมู่บ้านโนนสมมุติ"])
    d.save(docs / "p18_village_fund_debts.docx")
    return _entry("p18_village_fund_debts.docx", [
        ("นายทองสุข บุญประคอง", "PERSON"), ("๒๘,๕๐๐", "OTHER"), ("๑,๗๑๐.๕๐", "OTHER"), ("นายบุญทัน ปัญญาไว", "PERSON"),
        ("นางคำแพง ศรีวิลัยรัตน์", "PERSON"), ("๑๕,๒๒๐", "OTHER"), ("๙๑๓.๒๐", "OTHER"),
        ("นางสาวจุฑามาศ ดวงประทีป", "PERSON"), ("นายวิเชียร มูลทองสุข", "PERSON"), ("๔๐,๒๕๐", "OTHER"),
        ("๒,๔๓๕.๗๕", "OTHER"), ("นายเกรียงไกร สีหาราชเดช", "PERSON"),
    ], ["กองทุนหมู่บ้านโนนสมมุติ", "๘๓,๙๗๐", "๓๑ ตุลาคม ๒๕๖๘", "นายสมพร ชัยมงคลสุข",
        "ประธานคณะกรรมการกองทุนหมู่บ้านโนนสมมุติ"])


def salary_certificate(docs: Path) -> dict:
    """A salary certificate for a loan: the employee's name, ID and pay are withheld (a
    private matter of hers, not an act in office); the signing head of office stays."""
    pid = national_id("350120034218")
    d = _doc()
    _paras(d, [
        "หนังสือรับรองเงินเดือน",
        "ที่ ชม ๐๐๓๒.๑/๕๕๘",
        "สำนักงานที่ดินจังหวัดสมมุติ",
        "๕ ธันวาคม ๒๕๖๘",
        "หนังสือฉบับนี้ให้ไว้เพื่อรับรองว่า นางสาวกมลชนก ทองดีประเสริฐ เลขประจำตัวประชาชน "
        f"{pid[0]} {pid[1:5]} {pid[5:10]} {pid[10:12]} {pid[12]} เป็นข้าราชการ ตำแหน่งนักวิชาการที่ดินปฏิบัติการ "
        "สังกัดสำนักงานที่ดินจังหวัดสมมุติ ได้รับเงินเดือนเดือนละ ๒๘,๓๕๐ บาท และเงินเพิ่มค่าครองชีพ ๑,๕๐๐ บาท "
        "ปัจจุบันมีหนี้เงินกู้สหกรณ์ออมทรัพย์คงเหลือ ๑๒๔,๐๐๐ บาท",
        "ให้ไว้เพื่อใช้ประกอบการขอสินเชื่อเพื่อที่อยู่อาศัยกับธนาคารออมสิน",
        "(นายชยพล ศรีวิเศษสมมุติ)",
        "เจ้าพนักงานที่ดินจังหวัดสมมุติ",
    ])
    d.save(docs / "p19_salary_certificate.docx")
    return _entry("p19_salary_certificate.docx", [
        ("นางสาวกมลชนก ทองดีประเสริฐ", "PERSON"), (pid, "NATIONAL_ID"), ("๒๘,๓๕๐", "OTHER"),
        ("๑๒๔,๐๐๐", "OTHER"),
    ], ["ชม ๐๐๓๒.๑/๕๕๘", "สำนักงานที่ดินจังหวัดสมมุติ", "นายชยพล ศรีวิเศษสมมุติ", "เจ้าพนักงานที่ดินจังหวัดสมมุติ",
        "๕ ธันวาคม ๒๕๖๘", "ธนาคารออมสิน"])


BUILDERS = (minutes, procurement, court_notice, cv, students, land_list, petition, complaint, form, bilingual,
            news_release, debts, salary_certificate)


def build_more(docs: Path) -> list[dict]:
    return [b(docs) for b in BUILDERS]
