"""Shared Thai vocabulary: titles, ranks, positions, agency units and document numbers.

One home for words that more than one module reads (the person-name and NER
detectors, the keep rules, OCR cleanup), so a new rank or position is added
once. Sources: the Royal Thai Police and armed forces rank tables (พระราชบัญญัติ
ตำรวจแห่งชาติ, ระเบียบว่าด้วยยศทหาร), the civil-service position and grade
names of the OCSC (สำนักงาน ก.พ.: ประเภท/ระดับ ตำแหน่ง) and the usual Thai
abbreviations of titles (ราชบัณฑิตยสถาน, หลักเกณฑ์การใช้เครื่องหมายวรรคตอน).
Other helpers add person-context words and months here; the lead merges.
"""

from __future__ import annotations

import re

# Thai letters and marks (no digits, no ฯ/ๆ); the same class as detectors.base.TH,
# repeated here so this module imports nothing of the pipeline.
_TH = "\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e"

# -- titles and ranks -------------------------------------------------------

POLICE_RANKS = (
    "พลตำรวจเอก", "พลตำรวจโท", "พลตำรวจตรี", "พันตำรวจเอก", "พันตำรวจโท", "พันตำรวจตรี",
    "ร้อยตำรวจเอก", "ร้อยตำรวจโท", "ร้อยตำรวจตรี", "ดาบตำรวจ", "จ่าสิบตำรวจ", "สิบตำรวจเอก",
    "สิบตำรวจโท", "สิบตำรวจตรี", "พลตำรวจ",
    "พล.ต.อ.", "พล.ต.ท.", "พล.ต.ต.", "พ.ต.อ.", "พ.ต.ท.", "พ.ต.ต.", "ร.ต.อ.", "ร.ต.ท.", "ร.ต.ต.",
    "ด.ต.", "จ.ส.ต.", "ส.ต.อ.", "ส.ต.ท.", "ส.ต.ต.", "พลฯ",
)
MILITARY_RANKS = (
    "พลเอก", "พลโท", "พลตรี", "พันเอก", "พันโท", "พันตรี", "ร้อยเอก", "ร้อยโท", "ร้อยตรี",
    "จ่าสิบเอก", "จ่าสิบโท", "จ่าสิบตรี", "สิบเอก", "สิบโท", "สิบตรี", "พลทหาร",
    "นาวาเอก", "นาวาโท", "นาวาตรี", "เรือเอก", "เรือโท", "เรือตรี", "พันจ่าเอก",
    "นาวาอากาศเอก", "นาวาอากาศโท", "นาวาอากาศตรี", "เรืออากาศเอก", "เรืออากาศโท", "เรืออากาศตรี",
    "พล.อ.", "พล.ท.", "พล.ต.", "พ.อ.", "พ.ท.", "พ.ต.", "ร.อ.", "ร.ท.", "ร.ต.", "จ.ส.อ.", "จ.ส.ท.",
    "ส.อ.", "ส.ท.", "ส.ต.", "น.อ.", "น.ท.", "น.ต.", "ร.ล.",
)
RANKS = POLICE_RANKS + MILITARY_RANKS
ACADEMIC_TITLES = ("ศาสตราจารย์", "รองศาสตราจารย์", "ผู้ช่วยศาสตราจารย์", "ศ.", "รศ.", "ผศ.", "ดร.")
MEDICAL_TITLES = (
    "นายแพทย์", "แพทย์หญิง", "ทันตแพทย์หญิง", "ทันตแพทย์", "เภสัชกรหญิง", "เภสัชกร",
    "นพ.", "พญ.", "ทพ.", "ทพญ.", "ภก.", "ภญ.", "สัตวแพทย์",
)
CHILD_TITLES = ("ด.ช.", "ด.ญ.", "เด็กชาย", "เด็กหญิง")
CIVIL_TITLES = ("นางสาว", "นาง", "นาย", "น.ส.", "คุณ", *CHILD_TITLES,
                "หม่อมราชวงศ์", "หม่อมหลวง", "ม.ร.ว.", "ม.ล.")
# Titles that by themselves say the person holds an office or a profession
# (a rank, an academic or a medical title), as against นาย/นาง/นางสาว.
HONORIFIC_TITLES = frozenset({*RANKS, *ACADEMIC_TITLES, *MEDICAL_TITLES}
                             | {f"ว่าที่{r}" for r in RANKS} | {f"ว่าที่ {r}" for r in RANKS}
                             | {f"{r}หญิง" for r in RANKS})
TITLES: list[str] = sorted(
    {*RANKS, *ACADEMIC_TITLES, *MEDICAL_TITLES, *CIVIL_TITLES}
    | {f"ว่าที่{r}" for r in RANKS} | {f"ว่าที่ {r}" for r in RANKS}
    # Women officers write their rank with หญิง (ร.ต.อ.หญิง, พันตำรวจโทหญิง).
    | {f"{r}หญิง" for r in RANKS},
    key=len, reverse=True,
)
TITLE_RE = "(?:" + "|".join(re.escape(t) for t in TITLES) + ")"

# Abbreviations of agencies and funds that end like a title (กยศ. ends in ศ.,
# a rank or degree abbreviation may hide in others): never a title and a name.
AGENCY_ABBREVIATIONS = (
    "กยศ.", "กรอ.", "สพฐ.", "สพป.", "สพม.", "สอศ.", "สกศ.", "สกอ.", "อว.", "อบต.", "อบจ.", "อปท.", "สสจ.",
    "สสอ.", "รพ.สต.", "กศน.", "ปปช.", "ป.ป.ช.", "ป.ป.ส.", "ปปง.", "สตง.", "ก.พ.", "ก.พ.ร.", "สปสช.", "สปส.",
    "ธ.ก.ส.", "ธกส.", "กฟภ.", "กปภ.", "สภ.", "สน.", "บก.", "บช.", "ตชด.", "อส.", "อสม.", "อพม.", "ศธ.",
    "มท.", "ตช.", "สธ.", "กษ.", "พม.", "รง.", "ยธ.", "คค.", "กค.", "ทส.", "กต.", "ดศ.", "วธ.", "ทก.",
)

# Kin words Thai writers put before a given name or a nickname (ยายบัว, น้อง “ต้นกล้า”).
KIN_WORDS = ("ยาย", "ตา", "ย่า", "ปู่", "ลุง", "ป้า", "น้า", "อา", "พี่", "น้อง", "แม่", "พ่อ", "เจ๊", "เฮีย",
             "บัง", "ก๋ง", "อาม่า", "อากง", "หลาน")

# Roles of private parties in a case or an application; a name after one is a private person's.
PRIVATE_ROLE_WORDS = (
    "ผู้ร้อง", "ผู้ร้องเรียน", "ผู้ถูกร้อง", "ผู้ถูกร้องเรียน", "ผู้เสียหาย", "ผู้ต้องหา", "ผู้ถูกกล่าวหา",
    "ผู้กล่าวหา", "ผู้แจ้ง", "ผู้ยื่นคำขอ", "ผู้ยื่นคำร้อง", "ผู้ขอ", "ผู้ป่วย", "ผู้ตาย", "ผู้ขับขี่", "จำเลย",
    "ผู้ประกอบการ", "ผู้สมัคร", "ผู้รับทุน", "ผู้กู้", "ผู้ค้ำประกัน", "ผู้เช่า", "ผู้ปกครอง", "บิดา", "มารดา",
    "บุตร", "ภรรยา", "สามี", "ญาติ", "พยาน", "ลูกจ้าง", "คนต่างด้าว", "ผู้ใช้รถ", "ผู้ครอบครอง",
)

# -- positions --------------------------------------------------------------

# Civil-service grades (OCSC): a word ending in one of these names a position.
GRADE_WORDS = ("ชำนาญการพิเศษ", "ชำนาญการ", "ชำนาญงาน", "ปฏิบัติการ", "ปฏิบัติงาน", "เชี่ยวชาญ",
               "ทรงคุณวุฒิ", "อาวุโส", "ทักษะพิเศษ")
# What a graded position name starts with (นักวิชาการ…, นายช่าง…, พยาบาลวิชาชีพ…): a verb
# glued to a grade word (ร่วมปฏิบัติการ, joined the operation) is no position.
GRADE_STEMS = ("นัก", "เจ้าพนักงาน", "เจ้าหน้าที่", "นายช่าง", "นายแพทย์", "แพทย์", "ทันตแพทย์", "เภสัชกร",
               "พยาบาล", "ครู", "นิติกร", "วิศวกร", "สถาปนิก", "โภชนากร", "เศรษฐกร", "บุคลากร", "พนักงาน", "ช่าง",
               "อาจารย์", "สัตวแพทย์", "ผู้", "ปลัด", "วิทยาจารย์", "นายสัตวแพทย์", "ทันตาภิบาล", "จพ.", "นวก.")
# Positions of officials: a name followed by one of these acts in office.
# Ambiguous occupations (ครู, พยาบาล) are here too; policy sends a stated
# occupation (อาชีพ…) to review instead.
POSITION_WORDS = (
    "ผู้ว่าราชการ", "ปลัด", "นายอำเภอ", "นายกเทศมนตรี", "นายกองค์การบริหารส่วน", "นายกองคการบริหารสวน",
    "นายกรัฐมนตรี", "ประธาน", "อนุกรรมการ", "กรรมการ", "เลขานุการ", "ผู้อำนวยการ", "ผู้บังคับการ",
    "ผู้บังคับบัญชา", "ผู้บังคับกองร้อย", "ผู้บังคับกองพัน", "ผู้บังคับหมู่", "ผู้บังคับหมวด", "ผู้บัญชาการ",
    "ผู้กำกับการ", "ผู้กำกับ", "สารวัตร", "หัวหน้า", "เจ้าพนักงาน", "เจ้าหน้าที่", "นักวิชาการ", "นักพัฒนา",
    "นักจัดการ", "นักวิเคราะห์", "นักทรัพยากรบุคคล", "นักประชาสัมพันธ์", "นักบริหาร", "นักสังคมสงเคราะห์",
    "นักการ", "นักทัณฑวิทยา", "นักสืบสวน", "นักวิทยาศาสตร์", "นิติกร", "พนักงานสอบสวน", "พนักงาน",
    "อัยการ", "ผู้พิพากษา", "ตุลาการ", "ผู้บันทึก", "ผู้ตรวจราชการ", "ผู้ตรวจ", "ร้อยเวร",
    "ผู้ใหญ่บ้าน", "กำนัน", "ครู", "อาจารย์", "แพทย์", "พยาบาล", "ทันตแพทย์", "เภสัชกร", "นายแพทย์",
    "นายช่าง", "ตำแหน่ง", "ปฏิบัติราชการแทน", "รักษาราชการแทน", "ปฏิบัติหน้าที่", "ทำการแทน",
    "ผู้จดรายงาน", "ผู้ตรวจรายงาน", "ผู้รับเรื่อง", "ผู้ควบคุม", "ผู้สั่ง", "ผู้อนุมัติ", "ผู้ปฏิบัติงาน",
    "ผู้ประสานงาน", "ผู้ช่วยเลขานุการ", "สมาชิกสภา", "ผู้แทน", "ข้าราชการ", "ลูกจ้างประจำ", "พนักงานราชการ",
    "เทศมนตรี", "ที่ปรึกษา", "เลขาธิการ", "อธิบดี", "อธิการบดี", "คณบดี", "ผู้ตรวจการ", "สัสดี",
    "ธุรการ", "ครูผู้ช่วย", "ครูประจำชั้น",
)
# Heads of provincial and district offices are named after the office
# (สาธารณสุขจังหวัด…, ขนส่งจังหวัด…, พัฒนาการอำเภอ…).
DEPARTMENT_HEADS = (
    "สาธารณสุข", "พัฒนาสังคมและความมั่นคงของมนุษย์", "ขนส่ง", "เกษตร", "ปศุสัตว์", "ประมง", "ท้องถิ่น",
    "แรงงาน", "พาณิชย์", "คลัง", "ศึกษาธิการ", "อุตสาหกรรม", "ประชาสัมพันธ์", "สรรพากร", "สรรพสามิต",
    "โยธาธิการและผังเมือง", "พัฒนาการ", "พัฒนาชุมชน", "สถิติ", "วัฒนธรรม", "การท่องเที่ยวและกีฬา",
    "ทรัพยากรธรรมชาติและสิ่งแวดล้อม", "พลังงาน", "ยุติธรรม", "คุมประพฤติ", "สหกรณ์", "ป่าไม้", "สัสดี",
    "จ่า", "ปลัด", "อัยการ", "ที่ดิน", "ป้องกันและบรรเทาสาธารณภัย", "ตรวจบัญชีสหกรณ์", "บังคับคดี",
    "จัดหางาน", "สวัสดิการและคุ้มครองแรงงาน", "ประกันสังคม", "พัฒนาฝีมือแรงงาน", "สำนักงานจังหวัด",
)
# Positions that are also private occupations: a civil title + one of these
# alone (no unit, no grade) is a guess.
OCCUPATION_WORDS = ("ครู", "อาจารย์", "แพทย์", "พยาบาล", "ทันตแพทย์", "เภสัชกร", "นายแพทย์", "พนักงาน",
                    "เจ้าหน้าที่", "ที่ปรึกษา", "นายช่าง", "ประธาน", "กรรมการ", "เลขานุการ", "หัวหน้า")


def _wrappable(word: str) -> str:
    """A regex for ``word`` that also matches it broken by a PDF line wrap."""
    return r"[ \t]*(?:\n[ \t]*)?".join(re.escape(c) for c in word) if len(word) >= 6 else re.escape(word)


POSITION_RE = re.compile(
    # Any word ending in a civil-service grade (นายช่างรังวัดชำนาญงาน, นายแพทย์ชำนาญการพิเศษ);
    # first, so that the whole position is matched, not the title-like word it starts with.
    rf"(?:{'|'.join(GRADE_STEMS)})[{_TH}]{{0,40}}?(?:" + "|".join(GRADE_WORDS) + rf")(?![{_TH}]|\.)"
    # Heads of provincial and district offices (สาธารณสุขจังหวัด…), then the listed positions.
    + "|(?:" + "|".join(_wrappable(d) for d in DEPARTMENT_HEADS) + r")[ \t]*(?:\n[ \t]*)?(?:จังหวัด|อำเภอ)"
    + r"|(?:รอง|ผู้ช่วย)?(?:" + "|".join(_wrappable(p) for p in sorted(POSITION_WORDS, key=len, reverse=True)) + ")"
)
# Positions in English (bilingual letters): ", Consul", "Governor of …".
EN_POSITION_RE = re.compile(
    r"(?:Vice[ -]|Deputy |Assistant |Acting |Honorary )?(?:Consul|Ambassador|Governor|Director|Chief|Head|Minister"
    r"|Secretary|Officer|Inspector|Superintendent|Commander|Mayor|Chairman|Chairperson|President|Dean|Professor"
    r"|Lecturer|Attaché|Counsellor|Counselor|First Secretary|Registrar|Commissioner|Spokesperson|Permanent Secretary)\b"
)

# Occupations in English that officials and private people share (", orthopaedic surgeon").
EN_OCCUPATION_RE = re.compile(
    r"(?:[a-z]+[ \t]+){0,2}(?:surgeon|physician|doctor|nurse|dentist|pharmacist|teacher|lecturer|engineer"
    r"|veterinarian|midwife)\b"
)

# -- agencies and units -----------------------------------------------------

# Words that begin the name of a government agency or one of its units.
UNIT_WORDS = (
    "ส่วนราชการ", "ศาลากลาง", "ที่ว่าการ", "สำนักงาน", "เทศบาล", "องค์การบริหารส่วน", "โรงเรียน",
    "โรงพยาบาล", "สถานีตำรวจ", "ศูนย์", "กองร้อย", "กองพัน", "กองพล", "กองบังคับการ", "กองบัญชาการ", "กอง",
    "กลุ่มงาน", "กลุ่ม", "กรม", "กระทรวง", "มหาวิทยาลัย", "คณะ", "วิทยาลัย", "สำนัก", "ฝ่าย", "แผนก",
    "หน่วย", "ตำรวจภูธร", "ตำรวจภูธรจังหวัด", "ศาล", "สภ.", "สน.", "บก.", "บช.", "กก.", "ตชด.", "มทบ.",
    "รพ.", "รพ.สต.", "อบต.", "อบจ.", "สพป.", "สพม.", "สสจ.", "สสอ.",
)
UNIT_RE = re.compile("|".join(re.escape(w) for w in sorted(UNIT_WORDS, key=len, reverse=True))
                     + rf"|งาน[{_TH}]+")
# Units where private people are served as much as staff work (a pupil's school,
# a patient's hospital): a civil title + such a unit alone is a guess.
SERVICE_UNITS = ("โรงเรียน", "โรงพยาบาล", "มหาวิทยาลัย", "วิทยาลัย", "คณะ", "รพ.", "รพ.สต.")

# Words naming a juristic person (a company, a partnership, a shop, a foundation).
JURISTIC_RE = re.compile(
    r"บริษัท|ห้างหุ้นส่วน|หจก\.|บจก\.|บมจ\.|ร้าน|สหกรณ์|มูลนิธิ|สมาคม|ธนาคาร|โรงงาน|โรงแรม|กิจการร่วมค้า"
)

# -- document numbers -------------------------------------------------------

# An agency's document number: a two-letter Thai agency prefix (ตช, มท, ศธ, …),
# an optional dot, then a unit code that starts with 0 (plates never do), its
# sub-units after dots, and the running number after a slash (ว for circulars).
DOC_NUMBER_RE = re.compile(
    rf"(?<![{_TH}])[ก-ฮ]{{2}}\.?[ \t]*0[0-9]{{2,5}}(?:\.[0-9]{{1,4}})*"
    r"(?:[ \t]*/[ \t]*(?:ว\.?[ \t]*)?[0-9]{1,6})?(?![0-9])"
)
