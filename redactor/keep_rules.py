"""Context rules that keep public facts visible, with no agency profile needed.

Over-redaction is a failure too: officials named with their position or in a
signature block, the agency's own landlines, e-mails and address, government
vehicles and juristic persons stay in the published copy. Each rule returns
``KeepSpan`` objects in the normalised view's offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from redactor.detectors.base import TH, DetectionContext
from redactor.detectors.person_name import TITLE_RE, split_name
from redactor.types import Finding


@dataclass(frozen=True, slots=True)
class KeepSpan:
    start: int
    end: int
    reason: str


# Positions of officials. A name followed by one of these acts in office.
POSITION_RE = re.compile(
    r"(?:รอง|ผู้ช่วย)?(?:ผู้ว่าราชการ|ปลัด|นายอำเภอ|นายกเทศมนตรี|นายกองค์การบริหารส่วน|ประธาน|กรรมการ|เลขานุการ"
    r"|ผู้อำนวยการ|ผู้บังคับการ|ผู้บังคับบัญชา|ผู้กำกับ|สารวัตร|หัวหน้า|เจ้าพนักงาน|เจ้าหน้าที่|นักวิชาการ|นักพัฒนา"
    r"|นักจัดการ|นักวิเคราะห์|นักทรัพยากรบุคคล|นักประชาสัมพันธ์|นักบริหาร|นักสังคมสงเคราะห์|นักการ|นิติกร"
    r"|พนักงาน|พัฒนาการ|ท้องถิ่น|สาธารณสุข|เกษตร|ปศุสัตว์|ศึกษาธิการ|คลังจังหวัด|อัยการ|ผู้พิพากษา|ผู้บันทึก"
    r"|ผู้ตรวจ|ร้อยเวร|พนักงานสอบสวน|ผู้ใหญ่บ้าน|กำนัน|ครู|อาจารย์|แพทย์|พยาบาล|ตำแหน่ง|ปฏิบัติราชการแทน"
    r"|รักษาราชการแทน|ปฏิบัติหน้าที่|ทำการแทน|ผู้จดรายงาน|ผู้ตรวจรายงาน|ผู้รับเรื่อง|ผู้ควบคุม|ผู้สั่ง|ผู้อนุมัติ"
    r"|สมาชิกสภา|ผู้แทน|ข้าราชการ|ลูกจ้างประจำ|พนักงานราชการ|เทศมนตรี|ที่ปรึกษา|เลขาธิการ|อธิบดี|รองอธิบดี"
    r"|ผู้ตรวจราชการ|ผู้บัญชาการ|ผู้บังคับหมู่|ผู้บังคับกองร้อย|ผู้กำกับการ|รองผู้กำกับการ|สัสดี|จ่าจังหวัด|ธุรการ)"
)
# Between a name and its position: a closing parenthesis (signature block),
# a line break, or an empty paragraph and a table-cell break (committee tables).
_AFTER_NAME = re.compile(r"[ \t]*\)?[ \t]*(?:\n[ \t]*){0,3}\(?[ \t]*")

AGENCY_WORDS = re.compile(
    r"ส่วนราชการ|ศาลากลาง|ที่ว่าการ|สำนักงาน|เทศบาล|องค์การบริหารส่วน|โรงเรียน|โรงพยาบาล|สถานีตำรวจ|ศูนย์|กอง|กลุ่มงาน"
    r"|งาน[{TH}]*|กรม|กระทรวง|มหาวิทยาลัย|สำนัก|ฝ่าย|แผนก|หน่วย|อำเภอ|จังหวัด|ตำรวจภูธร|ศาล".replace("{TH}", TH)
)
PRIVATE_PHONE_CUES = re.compile(r"บ้าน|ส่วนตัว|มือถือ|ผู้ร้อง|ติดต่อบุตร|บุตร|ญาติ|ภรรยา|สามี|ของผู้|ผู้ต้องหา|หมายเลข")
GOV_EMAIL = re.compile(r"@(?:[A-Za-z0-9\-]+\.)*(?:go\.th|mi\.th|ac\.th|police\.go\.th|or\.th)$", re.I)
FREEMAIL = re.compile(r"@(?:gmail|hotmail|outlook|live|yahoo|icloud|proton(?:mail)?)\.", re.I)
ROLE_LOCAL = re.compile(r"^(?:saraban|sarabun|info|contact|pr|admin|webmaster|helpdesk|e-service|office)@", re.I)
GOV_VEHICLE = re.compile(
    r"ส่วนกลาง|รถราชการ|รถยนต์ราชการ|ของทางราชการ|ประจำตำแหน่ง|ครุภัณฑ์|รถยนต์ของ(?:สำนักงาน|ที่ว่าการ|เทศบาล)"
)
_RESIDENCE = re.compile(r"บ้านเลขที่|อยู่บ้าน|อาศัยอยู่|ภูมิลำเนา|ที่อยู่ตามบัตร|ผู้ร้อง")


def _official(f: Finding, ctx: DetectionContext) -> KeepSpan | None:
    text = ctx.text
    m = _AFTER_NAME.match(text, f.end)
    nxt = m.end() if m else f.end
    pos = POSITION_RE.match(text, nxt)
    if pos:
        return KeepSpan(f.start, f.end, f"official acting in office (followed by position '{pos.group()}')")
    ls, le = ctx.line_of(f.start)
    line = text[ls:le].strip()
    if line.startswith("(") and line.endswith(")") and f.end - f.start >= len(line) - 4:
        return KeepSpan(f.start, f.end, "signature block (name in parentheses above a position)")
    return None


def keep_spans(findings: list[Finding], ctx: DetectionContext) -> list[KeepSpan]:
    text = ctx.text
    out: list[KeepSpan] = []
    official_names: set[str] = set()
    for f in findings:
        if f.label == "PERSON":
            k = _official(f, ctx)
            if k:
                out.append(k)
                _t, first, last = split_name(text[f.start:f.end])
                if first and last:
                    official_names.add(f"{first} {last}")
        elif f.label == "PHONE" and "landline" in f.explanation:
            ls, _ = ctx.line_of(f.start)
            left = text[max(ls, f.start - 40):f.start]
            if not PRIVATE_PHONE_CUES.search(left):
                out.append(KeepSpan(f.start, f.end, "landline in an agency context (owner-unit block, letterhead)"))
        elif f.label == "EMAIL":
            addr = text[f.start:f.end]
            if (GOV_EMAIL.search(addr) or ROLE_LOCAL.search(addr)) and not FREEMAIL.search(addr):
                out.append(KeepSpan(f.start, f.end, "agency e-mail (government domain or role account)"))
        elif f.label == "PLATE":
            if GOV_VEHICLE.search(ctx.before(f.start, 60)):
                out.append(KeepSpan(f.start, f.end, "government vehicle"))
        elif f.label == "ADDRESS":
            # The agency's name on the same line or the line above (letterhead).
            near = "\n".join(ctx.before(f.start, 80).split("\n")[-2:])
            if AGENCY_WORDS.search(near) and not _RESIDENCE.search(near):
                out.append(KeepSpan(f.start, f.end, "agency address"))
    # An official kept once is kept everywhere in the document.
    for name in official_names:
        first, last = name.split(" ", 1)
        for m in re.finditer(rf"(?:{TITLE_RE}\s*)?" + re.escape(first) + r"\s*" + re.escape(last), text):
            out.append(KeepSpan(m.start(), m.end(), f"same official as named in office ({name})"))
    if ctx.profile is not None:
        from redactor.normalise import normalise

        for value, reason in ctx.profile.keep_strings():
            value = normalise(value).text
            if sum(not c.isspace() for c in value) < 3:
                continue
            for m in re.finditer(flex_pattern(value), text):
                out.append(KeepSpan(m.start(), m.end(), reason))
    return out


def flex_pattern(value: str) -> str:
    """A regex source matching ``value`` with any whitespace between its characters
    (PDF line wraps, double spaces, a name split across table cells)."""
    return r"\s*".join(re.escape(c) for c in value if not c.isspace())
