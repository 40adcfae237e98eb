"""Context rules that keep public facts visible, with no agency profile needed.

Over-redaction is a failure too: officials named with their position or in a
signature block, the agency's own landlines, e-mails and address, government
vehicles and juristic persons stay in the published copy. Each rule returns
``KeepSpan`` objects in the normalised view's offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from redactor import lexicon, rx
from redactor.detectors.base import TH, DetectionContext, TableCell
from redactor.detectors.person_name import TITLE_RE, TITLES, name_lists, title_is_not_a_name
from redactor.ocr.positions import has_word, position_misread
from redactor.rx import compile_scan
from redactor.types import Finding


@dataclass(frozen=True, slots=True)
class KeepSpan:
    """A span whose findings stay visible (``action`` "keep") or go to a person ("review").

    ``any_overlap``: the rule covers every finding that touches the span (a
    document number: a name detector's "ที่ ตช" overlaps it by a few letters only).
    """

    start: int
    end: int
    reason: str
    action: Literal["keep", "review"] = "keep"
    any_overlap: bool = False


# Positions, units and titles live in redactor/lexicon.py.
POSITION_RE = lexicon.POSITION_RE
# Between a name and its position: a closing parenthesis (signature block),
# a line break, or an empty paragraph and a table-cell break (committee tables).
_AFTER_NAME = rx.compile(r"[ \t]*\)?[ \t]*(?:\n[ \t]*){0,3}\(?[ \t]*")
# The rest of a surname the name detector did not take: a PDF line wrap inside it
# (วิเศษสุวรรณ\nกุล) or a surname the model left out ("ร.ต.อ.หญิง ศศิประภา" + surname).
_SURNAME_TAIL = rx.compile(rf"[ \t]*\n?[ \t]*[{TH}]{{1,25}}(?=[ \t)\n])")
# Words before a name that make its bearer a private party, whatever follows.
_PRIVATE_ROLE = rx.compile(
    r"(?:ผู้ร้อง(?:เรียน)?|ผู้เสียหาย|ผู้ต้องหา|ผู้ถูกกล่าวหา|ผู้กล่าวหา|จำเลย|ผู้ป่วย|ผู้ขอ|ผู้ยื่นคำ\S*|ผู้สมัคร"
    r"|ผู้รับทุน|นักเรียน|นักศึกษา|บิดา|มารดา|บุตร|ภรรยา|สามี|ญาติ|ผู้ปกครอง|ผู้ตาย|ผู้ขับขี่|ผู้แจ้ง)"
    # "บิดาชื่อ", "ผู้ร้องชื่อ-สกุล": the role, then the word for name.
    r"(?:ที่[ \t]*[0-9]+)?[ \t:]*(?:ชื่อ(?:[ \t]*-?[ \t]*(?:นาม)?สกุล)?[ \t:]*)?$"
)
# Words a surname never starts with: what follows a name in running text (ร่วมกับ, เป็น, ได้ …).
_FUNCTION_START = ("เป็น", "ได้", "ร่วม", "และ", "กับ", "ซึ่ง", "ที่", "ให้", "ไป", "มา", "จึง", "ว่า", "โดย", "เพื่อ",
                   "จาก", "ใน", "อยู่", "ขอ", "มี", "ไม่", "ก็", "จะ", "แล้ว", "ผู้", "นำ", "พร้อม", "หรือ", "อายุ",
                   # a signature line's label, also as OCR misreads it (ช read as ซ, the tone mark lost)
                   "ลงชื่อ", "ลงชือ", "ลงซื่อ", "ลงซือ", "ลงนาม",
                   "เลข", "บ้าน", "โทร", "ตำแหน่ง", "อดีต")
# "… เป็น กรรมการ": a meeting's record naming who sits on a committee in which role; "ข้าพเจ้า … เป็น
# อาจารย์ หัวหน้าโครงการ": a memo's writer giving the office he writes in. The position after เป็น is
# judged as one right after the name is (a community group's or a firm's role is no office).
# Lists come out of PDFs a column a line, so a line break may stand on either side of เป็น.
_AS_ROLE = rx.compile(r"[ \t]*\n?[ \t]*เป็น[ \t]*\n?[ \t]*")
_OCCUPATION_CUE = compile_scan(r"[ \t]*(?:มี|ประกอบ)?อาชีพ[ \t]*")
# A name followed by a family tie in brackets ("นางสมศรี ใจดี (คู่สมรส)", "(ภรรยา)"): a relative of
# someone listed, a private person whatever position stands elsewhere in the row.
_KIN_AFTER = rx.compile(r"[ \t]*\([ \t]*(?:คู่สมรส|ภรรยา|ภริยา|สามี|บุตร|บิดา|มารดา|ญาติ|พี่|น้อง|หลาน"
                        r"|(?i:spouse|wife|husband|son|daughter|child|relative))[^)\n]{0,20}\)")
# A position a narrow column or a caption wraps inside its word ("นายก\nเทศมนตรีตำบล…"): the wrap falls
# between Thai letters within the first words after the name.
_WRAP_IN_WORD = rx.compile(rf"(?<=[{TH}])[ \t]*\n[ \t]*(?=[{TH}])")
# An election's result: a column of votes beside the candidates, or the winner announced in prose.
# Candidates and their votes are published under the election law; exam scores (คะแนน alone) are not.
_VOTES_HEADER = rx.compile(r"คะแนนเสียง|คะแนนที่ได้รับเลือก|จำนวนเสียง|(?i:votes)")
_ELECTED_BEFORE = rx.compile(r"(?:ผู้ได้รับเลือก(?:ตั้ง)?(?:เป็น[ก-๛]{2,30})?|ผู้ชนะการเลือกตั้ง)[ \t]*(?:คือ|ได้แก่)?[ \t]*$")
_ELECTION_DOC = compile_scan(r"การเลือกตั้ง|ผลการเลือก(?:ผู้ใหญ่บ้าน|กำนัน|ตั้ง)|(?i:election)")
_GOV_EMAIL_AFTER = compile_scan(r"[ \t]*\n?[ \t]*<[^>\s]+@(?:[A-Za-z0-9\-]+\.)*(?:go\.th|mi\.th|ac\.th)>", re.I)

AGENCY_WORDS = compile_scan(
    r"ส่วนราชการ|ศาลากลาง|ที่ว่าการ|สำนักงาน|เทศบาล|องค์การบริหารส่วน|โรงเรียน|โรงพยาบาล|สถานีตำรวจ|ศูนย์|กอง|กลุ่มงาน"
    r"|งาน[{TH}]*|กรม|กระทรวง|มหาวิทยาลัย|สำนัก|ฝ่าย|แผนก|หน่วย|อำเภอ|จังหวัด|ตำรวจภูธร|ศาล".replace("{TH}", TH)
    # The same in the English line of a bilingual letterhead.
    + r"|\b(?:Office|Checkpoint|Hospital|School|University|College|Ministry|Department|Municipality|Police Station"
    r"|Court|Administrative Organi[sz]ation|City Hall|Provincial Hall|Bureau|Division|Cent(?:er|re))\b"
)
# บ้าน as a home (โทรศัพท์บ้าน, บ้านเลขที่, บ้านพัก), not as the first word of a place's name that an
# agency carries (สถานีตำรวจภูธรบ้าน…, โรงเรียนบ้าน…), where a Thai letter follows it.
PRIVATE_PHONE_CUES = rx.compile(r"บ้าน(?:เลขที่|พัก)?(?![ก-๛])|ส่วนตัว|มือถือ|ผู้ร้อง|ติดต่อบุตร|บุตร|ญาติ|ภรรยา|สามี"
                                r"|ของผู้|ผู้ต้องหา|หมายเลข")
GOV_EMAIL = rx.compile(r"@(?:[A-Za-z0-9\-]+\.)*(?:go\.th|mi\.th|ac\.th|police\.go\.th|or\.th)$", re.I)
FREEMAIL = rx.compile(r"@(?:gmail|hotmail|outlook|live|yahoo|icloud|proton(?:mail)?)\.", re.I)
# A mailbox named for its function, not a person: an agency's or a firm's team (a vendor's dev@,
# support@ in a local administration's letter to it).
ROLE_LOCAL = rx.compile(r"^(?:saraban|sarabun|info|contact|pr|admin|webmaster|helpdesk|e-service|office|support"
                        r"|sales|service|services|dev|it|hr|noreply|no-reply|marketing|billing|enquiry|enquiries"
                        r"|inquiry|jobs|careers|booking|reservations?)@", re.I)
# Role accounts of foreign missions and offices: a role word as one part of the local part
# (bkk.consular@…, embassy-info@…); people do not name their own mailbox so.
ROLE_PART = rx.compile(r"^(?:[^@]*[._-])?(?:consular|consulate|embassy|secretariat|registry|visa|protocol|press"
                       r"|saraban|sarabun)(?:[._-][^@]*)?@", re.I)
# A role word closing a short glued prefix (an organisation's initials: idofficer@, abuinfo@,
# abcsupport@): a team's mailbox, not a person's; a given name is longer than six letters or ends
# otherwise.
ROLE_SUFFIX = rx.compile(r"^[a-z]{1,6}(?:officer|office|info|contact|support|admin|sales|service|saraban|sarabun)@",
                         re.I)
# A contact block of an agency's unit: a unit at the start of the line (or of the line above)
# with a phone number, where a free-mail address may be the unit's mailbox -- or a clerk's own.
_UNIT_CONTACT = rx.compile(r"(?:^|\n)[ \t]*(?:กอง|สำนัก|ฝ่าย|กลุ่มงาน|งาน|ศูนย์|ส่วน|แผนก)[^\n]*(?:โทร|ต่อ)")
# "สอบถาม(ได้)ทางโทรศัพท์หมายเลข …", "ติดต่อ … ได้ที่ <unit> … โทรศัพท์หมายเลข …": หมายเลข after
# the word for telephone is part of how an announcement gives its own office's number.
_PHONE_NUMBER_WORD = rx.compile(
    r"(?:(?:โทรศัพท์|โทรสาร|โทร\.?)[ \t]*หมายเลข|หมายเลข[ \t]*(?:โทรศัพท์|โทรสาร))[ \t:]*$")


def _agency_enquiry_line(text: str, start: int, left: str) -> bool:
    """A landline after 'โทรศัพท์หมายเลข' where the text before names an agency unit (and, the
    caller checks, no person): the office's number for enquiries, not a private line ('หมายเลข'
    alone is a private cue)."""
    if _PHONE_NUMBER_WORD.search(left) is None:
        return False
    before = text[max(0, start - 160):start]
    wider = before[:len(before) - len(left)] + left[:_PHONE_NUMBER_WORD.search(left).start()]  # type: ignore[union-attr]
    return AGENCY_WORDS.search(before) is not None and PRIVATE_PHONE_CUES.search(wider) is None


GOV_VEHICLE = rx.compile(
    r"ส่วนกลาง|รถราชการ|รถยนต์ราชการ|ของทางราชการ|ประจำตำแหน่ง|ครุภัณฑ์|รถยนต์ของ(?:สำนักงาน|ที่ว่าการ|เทศบาล)"
    # Emergency and patrol units (a rescue unit, an ambulance, a fire engine, a patrol car) name the
    # service's vehicle, not a private person's.
    r"|กู้ชีพ|กู้ภัย|รถพยาบาล|รถฉุกเฉิน|รถดับเพลิง|รถสายตรวจ|รถตำรวจ|รถกระเช้า"
)
_PERSON_RECORD = rx.compile(r"อายุ[ \t]*[0-9]{1,3}[ \t]*ปี|อาชีพ|เลขประจำตัวประชาชน|บัตรประจำตัวประชาชน|สัญชาติ")
# "บัญชี(เงินฝาก…)(ชื่อ)(ของ) <agency or company>": the account a payment goes to is named
# after its holder; an agency's or a company's account is not personal data.
# The holder may stand in quotes (บัญชีชื่อ “กองทุน…”).
_ACCOUNT_OF = rx.compile(r"บัญชี(?:เงินฝาก)?(?:ออมทรัพย์|กระแสรายวัน|ประจำ)?[ \t]*(?:ชื่อ(?:บัญชี)?)?[ \t:]*(?:ของ)?[ \t]*"
                         r"[\"“‘'«]?[ \t]*")
# Holders that are juristic persons without an agency word: a village or community fund, a cooperative,
# a foundation, an association, a temple.
# Not a bank: "บัญชีธนาคาร…" names where the account is, never who holds it.
_FUND_HOLDER = rx.compile(rf"(?:กองทุน(?:หมู่บ้าน|ชุมชน|สวัสดิการ|พัฒนา)|สหกรณ์|มูลนิธิ|สมาคม|วัด(?=[{TH}]))[{TH}]*")
# The number on the line after its holder: the line holds no more than a number word before it.
_NUMBER_WORD_ONLY = rx.compile(r"[ \t]*(?:เลขที่(?:บัญชี)?|เลขบัญชี|หมายเลข)?[ \t:]*")
# "ในระหว่างลาจะติดต่อข้าพเจ้าได้ที่ …" (the leave form's line): where an official on leave can be
# reached is their own address, whatever agency the line above names.
_RESIDENCE = compile_scan(r"บ้านเลขที่|อยู่บ้าน|อาศัยอยู่|พักอาศัย|ภูมิลำเนา|ที่อยู่ตามบัตร|ผู้ร้อง|(?<!ตั้ง)อยู่เลขที่"
                          r"|(?<!ตั้ง)(?<!ที่)อยู่ที่|ระหว่างลา")


_TITLE_AT = rx.compile(TITLE_RE)
# Members named together before their one role ("อาจารย์ก… และ ผู้ช่วยศาสตราจารย์ ดร.ข… เป็นกรรมการ"): each is
# named as that role; at most three more titled names, joined by และ or a comma.
_WITH_OTHERS_AS_ROLE = rx.compile(
    rf"(?:[ \t]*(?:และ|,)[ \t]*(?:{TITLE_RE}[ \t]*)+[{TH}]+(?:[ \t]+[{TH}]+)?){{1,3}}"
    + _AS_ROLE.pattern)
# Agency units that may follow an official's name (the generic งาน… of addresses is too loose here).
# A unit word followed by a vowel sign is another word (แผนก in แผนการ, ศาล in ศาลา).
# Nor are words that merely start like a unit (กองทุน a fund, กองขยะ a heap, กรมธรรม์ a policy),
# a party's side (ฝ่ายโจทก์), or a court acting on the person (นาย… ศาลพิพากษา…).
_UNIT_AFTER_NAME = compile_scan(
    "(?!กองทุน|กองขยะ|กองไฟ|กองดิน|กองทราย|กองไม้|กองหิน|กองฟาง|กรมธรรม|ศาล|หน่วยกิต|ฝ่ายเดียว|ฝ่ายโจทก์"
    # A side of a marriage or a contract (ฝ่ายชาย the groom, ฝ่ายหนึ่ง one party) is no unit.
    "|ฝ่ายจำเลย|ฝ่ายผู้|ฝ่ายค้าน|ฝ่ายชาย|ฝ่ายหญิง|ฝ่ายหนึ่ง|ฝ่ายแรก|คณะบุคคล)"
    "(?:" + "|".join(re.escape(w) for w in sorted(lexicon.UNIT_WORDS, key=lambda w: (-len(w), w))) + ")"
    "(?![\u0e30-\u0e3a\u0e47-\u0e4e])"
)
# A position in a private body (ประธานกลุ่ม…, กรรมการชมรม…): a community or business role.
_PRIVATE_BODY = rx.compile(
    r"[ \t]*(?:กลุ่ม(?!งาน)|ชมรม|สหกรณ์|วิสาหกิจ|บริษัท|ห้าง|ร้าน|มูลนิธิ|สมาคม|กองทุน|ชาวบ้าน|ราษฎร"
    r"|ประชาชน|ผู้ร้อง|ผู้ประกอบการ|นักเรียน|ผู้ปกครอง|นิติบุคคล|ครอบครัว|ครัวเรือน|แก๊ง|ขบวนการ|เครือข่าย"
    r"|วงดนตรี|คณะผู้ชุมนุม|ผู้ชุมนุม|บำนาญ|เกษียณ)"
)
# Also on the next line: a signature's name, then its position below it.
# Between an English name and its position: a comma, a line break, "the", and the degrees a signature
# puts after the name ("Dr. … Wongchai, M.D." over "Director, … Hospital").
_POST_NOMINALS = r"(?:M\.?D\.?|Ph\.?D\.?|M\.?Sc\.?|M\.?P\.?H\.?|FRCS\w*|MRCP\w*|D\.?D\.?S\.?|LL\.?[BM]\.?)"
_EN_AFTER_NAME = rx.compile(rf"(?:[ \t]*,?[ \t]*{_POST_NOMINALS}(?![A-Za-z]))*"
                            r"[ \t]*,?[ \t]*(?:\n[ \t]*)?(?:the[ \t]+)?")


_BLANKS = rx.compile(r"[ \t]*")


# A position word that goes on into a field of study names the field, not an office
# (พยาบาลศาสตร์, ครุศาสตร์, นิติศาสตร์ …: a faculty or a degree).
# A field of study that starts like a position: พยาบาลศาสตร์, ครุศาสตร์, วิศวกรรม (after วิศวกร).
_DISCIPLINE = rx.compile(r"ศาสตร(?:์|บัณฑิต|มหาบัณฑิต|ดุษฎีบัณฑิต)|ศึกษาศาสตร์|รม")


def _position_at(text: str, pos: int) -> re.Match[str] | None:
    """A position starting at ``pos`` -- unless it is the title of the next person's name
    (a list "นายก ข\nนายแพทย์ค ง": นายแพทย์ there is a title, not the first one's position)."""
    m = POSITION_RE.match(text, pos)
    if m is None or _DISCIPLINE.match(text, m.end()):
        return None
    t = _TITLE_AT.match(text, pos)
    if t is not None and m.end() <= t.end():
        first = _BLANKS.match(text, t.end()).end()  # type: ignore[union-attr]
        if title_is_not_a_name(text, pos, t.end(), first) is None:
            return None
    return m


# Roles of private signers, on the "ลงชื่อ …… ผู้ยื่นคำขอ" line above a parenthesised
# name or on the line below it.
_PRIVATE_SIGNER = rx.compile(
    r"ผู้ยื่น|ผู้ร้อง|ผู้ขอ|ผู้แจ้ง|ผู้ให้ถ้อยคำ|ผู้กล่าวหา|ผู้ต้องหา|ผู้ถูก|พยาน|ผู้รับเงิน|ผู้มอบอำนาจ"
    r"|ผู้รับมอบอำนาจ|ผู้เสียหาย|ผู้ปกครอง|ผู้สมัคร|ผู้กู้|ผู้ค้ำ|ผู้เช่า|ผู้ซื้อ|ผู้ขาย|ผู้ประกอบการ|ผู้ป่วย"
    r"|ญาติ|ชาวบ้าน|ราษฎร|ผู้รับรองรายชื่อ|ผู้รับทุน|ผู้รับการ|ผู้ใช้สิทธิ"
)


# Under a signature, a line naming a provincial or district office is the signer's
# position (จัดหางานจังหวัด…, the head named after the office).
_OFFICE_LINE = rx.compile(rf"[{TH}]{{2,40}}?(?:จังหวัด|อำเภอ)[{TH}]*[ \t]*(?=\n|$)")


_SIGN_LINE = rx.compile(r"ลงชื่อ|ลงนาม|\.{4,}|…|_{4,}")
# A line of template placeholders, and the blanks after it.
_PLACEHOLDER_LINE = rx.compile(r"[ \t]*(?:\{[A-Za-z][A-Za-z0-9_]*\}[ \t]*)+\n[ \t\n]*")


_INK_BEFORE_BRACKET = rx.compile(r"^[^\s(]{1,2}[ \t]+(?=\()")
_SPECK_BEFORE = rx.compile(r"[.,:;'`~\-_*|]{1,2}[ \t]+(?=[A-Z])")
_INK_LINES = 2
# On OCR text, ink read as letters: up to three short lines.
_INK_LINES_OCR = 3
_INK_CHARS = 24
# Three Thai letters in a row: a line holding none is no text line (signature ink, a stamp's edge).
_THAI_RUN = rx.compile(f"[{TH}]{{3,}}")
# Nor is a line with a Latin word in it ink (an English position: "Dean of the Faculty of …").
_LATIN_RUN = rx.compile(r"[A-Za-z]{3,}")


def _ink_line(text: str, start: int, end: int, ocr: bool) -> bool:
    """Whether the line [start, end) between a signed name and its position is the signature's ink.

    A line with three Thai letters in a row is text, unless OCR read it and it is short and holds no
    dictionary word of four letters (ink read as letter salad, "กัน^ ก'ๆ") and no position, even a
    misread one.
    """
    if end == start or _LATIN_RUN.search(text, start, end) or _position_at(text, start):
        return False
    if not _THAI_RUN.search(text, start, end):
        return True
    line = text[start:end]
    return ocr and len(line.strip()) <= _INK_CHARS and not has_word(line) and position_misread(line) is None


def _signer_role(text: str, line_start: int) -> re.Match[str] | None:
    """A private signer's role at the end of the "ลงชื่อ …… ผู้ยื่นคำขอ" line above a signature."""
    prev = text[text.rfind("\n", 0, max(line_start - 1, 0)) + 1:max(line_start - 1, 0)]
    if not _SIGN_LINE.search(prev):
        return None
    return _PRIVATE_SIGNER.search(prev[-30:])


def _signature_line(f: Finding, ctx: DetectionContext) -> KeepSpan | None:
    """A name inside a parenthesised line (a signature block).

    With an official's position on the next line it is kept; signed as a
    private party (ผู้ยื่นคำขอ on the ลงชื่อ line above, ผู้ร้อง below) it is not;
    alone, with neither, it goes to review.
    """
    text = ctx.text
    cell = ctx.cell_at(f.start)
    if cell is not None and cell.header:
        # In a column of names, a parenthesised line is a nickname or alias, not a signature.
        hl = lexicon.header_label(cell.header)
        if hl is not None and hl[0] == "PERSON":
            return None
    ls, le = ctx.line_of(f.start)
    # OCR of a scanned signature may leave a letter or two of the signature's ink before the bracket.
    line = _INK_BEFORE_BRACKET.sub("", text[ls:le].strip())
    # OCR reads a signature's closing bracket as a brace or a square bracket now and then.
    if not (line.startswith("(") and line.endswith((")", "}", "]"))):
        return None
    # Signatures side by side come out as parenthesised lines one under the other,
    # their positions below them all.
    below = le
    for _ in range(4):
        nxt = re.match(r"\n[ \t\n]*", text[below:below + 20])
        if nxt is None:
            break
        below += nxt.end()
        if not text.startswith("(", below):
            break
        below = ctx.line_of(below)[1]
    # An e-document system's template fields left in the text layer ("{PersonName}",
    # "{PositionName1}", drawn in white) stand between a signature and its position.
    while below > le and (ph := _PLACEHOLDER_LINE.match(text, below)) is not None:
        below = ph.end()
    # OCR of a scanned memo reads the signature's ink and handwritten notes as lines of marks with no
    # Thai word in them ("ๆ^ ^ ก^ ก™'ไง") between the name and its position.
    ocr = ctx.is_ocr(f.start)
    for _ in range(_INK_LINES_OCR if ocr else _INK_LINES):
        if below <= le:
            break
        ink_end = text.find("\n", below)
        ink_end = len(text) if ink_end < 0 else ink_end
        if not _ink_line(text, below, ink_end, ocr):
            break
        nxt = re.match(r"\n[ \t\n]*", text[ink_end:ink_end + 20])
        if nxt is None:
            break
        below = ink_end + nxt.end()
    if _signer_role(text, ls) or _PRIVATE_SIGNER.match(text, below):
        return None
    pos = _position_at(text, below) if below > le else None
    if pos and not _PRIVATE_BODY.match(text, pos.end()):
        return KeepSpan(f.start, f.end, f"signature block (position '{pos.group()}' below the name)")
    if pos is None and below > le and ocr and ctx.is_ocr(below):
        read = text[below:ctx.line_of(below)[1]]
        misread = position_misread(read)
        if misread is not None:
            return KeepSpan(f.start, f.end, f"signature block (OCR read '{read.strip()[:30]}' below the name: "
                            f"the position '{misread}' a letter off)")
    # OCR may read a speck of the signature's ink as a dot or a dash before an English position (". Registrar").
    speck = _SPECK_BEFORE.match(text, below) if below > le else None
    if below > le and f.end > f.start and text[f.start].isascii() \
            and (en := lexicon.EN_POSITION_RE.match(text, speck.end() if speck else below)) is not None:
        return KeepSpan(f.start, f.end, f"signature block (English position '{en.group()}' below the name)")
    office = _OFFICE_LINE.match(text, below) if below > le else None
    if office:
        return KeepSpan(f.start, f.end, f"signature block (an office of a province or district below: "
                        f"'{office.group().strip()}')")
    if f.end - f.start >= len(line) - 4:
        return KeepSpan(f.start, f.end, "signature block without a position: an official or a private signer?",
                        action="review")
    return None


# A titled name at the start of a table cell (title, given name, family name), then blanks.
_CELL_NAME_POSITION = rx.compile(rf"[ \t\n]*{TITLE_RE}[ \t]*[{TH}]+[ \t\n]+[{TH}]+[ \t\n]+")


def _official(f: Finding, ctx: DetectionContext) -> KeepSpan | None:
    """Is the named person an official acting in office?

    A titled name followed -- on the same line, the next line, the next table
    cell, after a signature block's closing parenthesis -- by a position or a
    unit of an agency is an official in office. A child's title never is; a
    name introduced by a private party's role (ผู้ร้อง, ผู้ต้องหา) or followed by
    a stated occupation (อาชีพครู) goes to review instead of a silent keep.
    """
    text = ctx.text
    name = text[f.start:f.end]
    t = _TITLE_AT.match(name.lstrip("("))
    title = t.group() if t else ""
    if title in lexicon.CHILD_TITLES:
        return None
    own_cell = ctx.cell_at(f.start)
    if _KIN_AFTER.match(text, f.end):
        return None
    if own_cell is not None and not own_cell.is_header \
            and any(w in "".join(own_cell.header.split()) for w in lexicon.PRIVATE_ROLE_WORDS):
        # Under a private party's column (ผู้ร้องเรียน, ผู้ป่วย …) the name is that party's, whatever
        # position follows it or another cell of the row names.
        return None
    if own_cell is not None and not own_cell.is_header and (staff_col := _staff_column(own_cell.header)):
        return KeepSpan(f.start, f.end, f"official: named under the column '{staff_col}' (the agency's staff)")
    ls, _le = ctx.line_of(f.start)
    role = _PRIVATE_ROLE.search(text[max(ls, f.start - 30):f.start])
    if text[ls:f.start].strip() == "(" and (signer := _signer_role(text, ls)) is not None \
            and signer.group() != "พยาน":
        # Signed as the applicant, the complainant …: a private party. A witness (พยาน) is one only
        # without an office: an agency's staff witness its contracts, named with their position.
        return None
    ends = [f.end]
    # Look past one more word only where the detector may have cut the name short:
    # no surname in the span, or a line wrap inside it or right after it.
    tail = _SURNAME_TAIL.match(text, f.end)
    short = len(name[len(title):].split()) < 2 or "\n" in name.strip()
    word = tail.group().strip() if tail else ""
    wrapped = tail is not None and tail.group().lstrip(" \t").startswith("\n")
    if tail is not None and (short or wrapped) and not word.startswith(_FUNCTION_START) \
            and not _position_at(text, tail.end() - len(tail.group().lstrip())) \
            and (wrapped or word not in name_lists()[2]):
        ends.append(tail.end())
    for end in ends:
        nxt = _AFTER_NAME.match(text, end).end()  # type: ignore[union-attr]
        occ = _OCCUPATION_CUE.match(text, nxt)
        if occ and _position_at(text, occ.end()):
            return KeepSpan(f.start, end, "a stated occupation (อาชีพ…) may be a private person's, not an office",
                            action="review")
        pos = _position_at(text, nxt)
        if pos is None and not role and own_cell is None and (wrapped_pos := _wrapped_position(text, nxt)):
            return KeepSpan(f.start, end, f"official acting in office (followed by position '{wrapped_pos}', "
                            "wrapped over a line)")
        if pos is None and ((as_role := _AS_ROLE.match(text, end)) is not None
                            or (as_role := _WITH_OTHERS_AS_ROLE.match(text, end)) is not None):
            nxt = as_role.end()
            pos = _position_at(text, nxt)
        if pos and (pc := ctx.cell_at(nxt)) is not None and pc is not ctx.cell_at(f.start) \
                and not roster_column(pc.header):
            pos = None  # the next cell is a faculty, an occupation …: its header says so
        if pos and own_cell is not None and ctx.cell_at(nxt) is None:
            pos = None  # the last cell of a table, then the text below it: that line is someone else's
        if pos and pos.group() == "ตำแหน่ง" and not re.match(rf"[ \t:]*[{TH}]", text[pos.end():pos.end() + 5]):
            pos = None  # a form's empty "ตำแหน่ง ……" field names no office
        if pos and _PRIVATE_BODY.match(text, pos.end()):
            return None  # ประธานกลุ่ม…, ผู้แทนชาวบ้าน: a role in a community group or a business, not an office
        if pos:
            if role and "\n" in text[end:nxt]:
                return None  # a private party's name ends its line; the next line is someone else's
            if role:
                return KeepSpan(f.start, end, f"named as '{role.group().strip()}' but followed by position "
                                f"'{pos.group()}': private party or official?", action="review")
            return KeepSpan(f.start, end, f"official acting in office (followed by position '{pos.group()}')")
        unit = _UNIT_AFTER_NAME.match(text, nxt)
        if unit and not role and own_cell is not None and private_affairs_row(ctx, f.start):
            unit = None  # a member's or a debtor's row: the unit is where the person works, not an act of office
        if unit and not role:
            if title in lexicon.HONORIFIC_TITLES:
                return KeepSpan(f.start, end, f"titled official followed by an agency unit ('{unit.group()}')")
            if unit.group() not in lexicon.SERVICE_UNITS:
                return KeepSpan(f.start, end, f"official followed by an agency unit ('{unit.group()}')")
        if _GOV_EMAIL_AFTER.match(text, end) and not role:
            return KeepSpan(f.start, end, "official named with a government e-mail address")
        en = _EN_AFTER_NAME.match(text, end)
        if name[:1].isascii() and en and en.end() > end and lexicon.EN_POSITION_RE.match(text, en.end()):
            return KeepSpan(f.start, end, "official acting in office (English position follows)")
        if name[:1].isascii() and en and en.end() > end and "," in text[end:en.end()] and not role \
                and (unit_en := lexicon.EN_UNIT_RE.match(text, en.end())) is not None:
            titled = name.startswith(("Dr", "Prof")) or lexicon.EN_HONORIFIC_BEFORE.search(text, max(0, f.start - 30),
                                                                                         f.start) is not None
            if titled or not unit_en.group().endswith(lexicon.EN_SERVICE_UNITS):
                return KeepSpan(f.start, end, f"official followed by an agency unit in English ('{unit_en.group()}')")
        if name[:1].isascii() and en and en.end() > end and lexicon.EN_OCCUPATION_RE.match(text, en.end()):
            return KeepSpan(f.start, end, "an occupation in English follows: an official or a private professional?",
                            action="review")
    # A narrow cell wraps the name and the position after it over several lines, which the
    # text reads apart: the cell's own text, joined, names the position after the name.
    if not role and own_cell is not None and (whole := ctx.cell_value(f.start)) is not None:
        m = _CELL_NAME_POSITION.match(whole)
        if m and (pos := _position_at(whole, m.end())) and not _PRIVATE_BODY.match(whole, pos.end()):
            return KeepSpan(f.start, f.end, f"official acting in office (position '{pos.group()}' after the "
                            "name in the same table cell)")
    # Committee tables and duty rosters: a position in another cell of the name's row.
    # A narrow position cell wraps inside a word (ผู้อำนวย|การกองคลัง): read each cell whole.
    if not role and not layout_row(ctx, ctx.row_cells(f.start)):
        own = ctx.cell_at(f.start)
        seen: set[int] = set()
        for c in ctx.row_cells(f.start):
            if c is own or not roster_column(c.header):
                continue
            lead = c.start + len(text[c.start:c.end]) - len(text[c.start:c.end].lstrip())
            whole = ""
            if own is not None and c.col != own.col and c.col not in seen:
                seen.add(c.col)
                whole = (ctx.cell_value(c.start) or "").lstrip()
            if (lead < c.end and _position_at(text, lead)) or (whole and _position_at(whole, 0)):
                return KeepSpan(f.start, f.end, "official in a committee or roster table (position in the same row)")
    if not role and own_cell is not None and (below := _position_below(f, ctx, own_cell)) is not None:
        return below
    before = _position_before(f, ctx) if not role else None
    if before is not None:
        return before
    if not role and (staff := _staff_list(f, ctx)) is not None:
        return staff
    return _signature_line(f, ctx)


def _staff_column(header: str) -> str | None:
    """The header when it names a position or the agency's staff who acted ("เจ้าหน้าที่ผู้รับเรื่อง",
    "ผู้ตรวจสอบ", "กรรมการ"): the names under it are officials in office. Not a position in a private
    body (หัวหน้าครอบครัว, ประธานกลุ่ม…), nor a header the lexicon reads as a private party's."""
    folded = header.strip()
    if not folded:
        return None
    hl = lexicon.header_label(folded)
    if hl is not None and hl[0] != "-":
        return None
    pos = _position_at(folded, 0)
    if pos is None or pos.group() == "ตำแหน่ง" or _PRIVATE_BODY.match(folded, pos.end()):
        return None
    return folded


def _wrapped_position(text: str, at: int) -> str | None:
    """A position starting at ``at`` that a line wrap cuts inside its word ("นายก\nเทศมนตรีตำบล…"),
    read with the wrap joined; None unless the joined position runs over the wrap."""
    window = text[at:at + 80]
    wrap = _WRAP_IN_WORD.search(window)
    if wrap is None or wrap.start() > 30 or "\n" in window[:wrap.start()]:
        return None
    joined = window[:wrap.start()] + window[wrap.end():]
    pos = _position_at(joined, 0)
    if pos is None or pos.end() <= wrap.start() or _PRIVATE_BODY.match(joined, pos.end()):
        return None
    return pos.group()


def _position_below(f: Finding, ctx: DetectionContext, own: TableCell) -> KeepSpan | None:
    """An organisation chart or a signature grid lays a name out in a cell of its own with the position
    in the cell right below it, same column (the text reads the row of names before the row of
    positions). A cell holding only the name, above a cell that opens with a position, names an
    official. A list's name column has another name below, never a position."""
    if own.is_header:
        return None
    if (ctx.cell_value(f.start) or "").strip() != ctx.text[f.start:f.end].strip():
        return None
    below = next((c for c in ctx.cells if c.table == own.table and c.col == own.col and c.row == own.row + 1), None)
    whole = (ctx.cell_value(below.start) or "").strip() if below is not None else ""
    if not whole or (pos := _position_at(whole, 0)) is None or _PRIVATE_BODY.match(whole, pos.end()):
        return None
    return KeepSpan(f.start, f.end, f"official acting in office (position '{pos.group()}' in the cell below the name)")


def _election_candidate(f: Finding, ctx: DetectionContext) -> KeepSpan | None:
    """A candidate in an election's published result: in a table with a column of votes, or
    announced as the one elected, in a document about an election."""
    if any(_VOTES_HEADER.search(c.header) for c in ctx.row_cells(f.start) if not c.is_header):
        return KeepSpan(f.start, f.end, "candidate in an election result (a column of votes in the row)")
    ls, _le = ctx.line_of(f.start)
    if _ELECTED_BEFORE.search(ctx.text, ls, f.start) and _ELECTION_DOC.search(ctx.text):
        return KeepSpan(f.start, f.end, "candidate announced as elected in an election result")
    return None


# A numbered list of the agency's own staff: a heading that names them (อาจารย์ประจำหลักสูตร,
# อาจารย์ผู้สอน, บุคลากร, เจ้าหน้าที่ …), then one name an item. Not a committee (villagers and other
# private members sit on many), and not a heading that names students, applicants or other
# private parties in the same breath.
_STAFF_HEADING = compile_scan(
    r"อาจารย์(?:ประจำ|ผู้สอน|ผู้รับผิดชอบ|พิเศษ|ที่ปรึกษา)|บุคลากร|เจ้าหน้าที่|ข้าราชการ|พนักงานมหาวิทยาลัย"
    r"|(?i:teaching[ \t]+staff|academic[ \t]+staff|faculty[ \t]+members)"
)
_NOT_STAFF = compile_scan(
    r"นักศึกษา|นักเรียน|ผู้สมัคร|ผู้มีสิทธิ|ผู้ได้รับ|ผู้เข้า|ผู้ผ่าน|ผู้สำเร็จ|บัณฑิต|ผู้ร้อง|ผู้ป่วย|ผู้ต้องหา"
    r"|ผู้เสียหาย|ผู้สูงอายุ|ผู้พิการ|ผู้ขอ|ผู้ถูก|ลูกจ้างชั่วคราว(?!ของ)|คณะกรรมการ|(?i:students?|applicants?)"
)
_LIST_MARK = rx.compile(r"[ \t]*(?:\[[ \t]*\][ \t]*)?[0-9]{1,3}(?:\.[0-9]{1,2})?[.)]?[ \t]+|[ \t]*[0-9]{1,3}[.)]")
_STAFF_LIST_LINES = 60  # items and blank lines looked through upwards for the heading
_STAFF_HEADING_CHARS = 160


def _staff_list(f: Finding, ctx: DetectionContext) -> KeepSpan | None:
    """A name that is an item of a numbered list under a heading naming the agency's staff."""
    text = ctx.text
    ls, _le = ctx.line_of(f.start)
    m = _LIST_MARK.match(text, ls)
    if m is None or text[m.end():f.start].strip(" \t("):
        return None
    end = ls
    for _ in range(_STAFF_LIST_LINES):
        if end == 0:
            return None
        start = text.rfind("\n", 0, end - 1) + 1
        line = text[start:end - 1]
        end = start
        if not line.strip():
            continue
        heading = _STAFF_HEADING.search(line) if len(line) <= _STAFF_HEADING_CHARS else None
        if heading is not None and not _TITLE_AT.search(line):
            if _NOT_STAFF.search(line):
                return None
            return KeepSpan(f.start, f.end, f"official: an item of a list of the agency's staff ('{heading.group()}')")
        if not _LIST_MARK.match(line):
            return None
    return None


# Column headers under which a position names the row's person as an official (committee tables,
# attendance lists, rosters). Under another known header a word that starts like a position is
# something else: a faculty (พยาบาลศาสตร์ under คณะ), a programme, an occupation of a parent.
_ROSTER_HEADERS = ("ตำแหน่ง", "position", "หน่วยงาน", "สังกัด", "ส่วนราชการ", "หน้าที่", "บทบาท", "หมายเหตุ",
                   "ฐานะ", "role", "agency", "department", "title")

# Columns that state a person's own affairs: debts and incomes, a member's or a patient's code,
# health, offences, belief. A row holding one is about that person as a private party (a savings
# cooperative's member list gives each teacher's school beside the loan), not an act of office.
PRIVATE_AFFAIRS_LABELS = frozenset({"INCOME", "PERSONAL_CODE", "HEALTH", "CRIMINAL_RECORD", "RELIGION"})
# But the pay of a post (salary, wage, allowance) beside an official's position is public money paid
# for public work, as the Official Information Commission has held: a payroll of officials stays a
# roster. Pay owed (ค่าจ้างค้างจ่าย, wages in arrears) is a debt between private parties.
_OFFICE_PAY = rx.compile(r"เงินเดือน|ค่าจ้าง|ค่าตอบแทน|เงินประจำตำแหน่ง|(?i:salary|salaries|wages?|remuneration)")
# What a debt or arrears column says (also table_column's debt rows).
DEBT_PHRASE = rx.compile(r"ค้าง|หนี้|(?i:arrear|owed|overdue|debt)")


def private_affairs(label: str, phrase: str) -> bool:
    """Does a column under header ``phrase`` (labelled ``label`` by ``lexicon.header_label``) state a
    person's own affairs (``PRIVATE_AFFAIRS_LABELS``), rather than the pay of a post?"""
    if label not in PRIVATE_AFFAIRS_LABELS:
        return False
    return not (label == "INCOME" and _OFFICE_PAY.search(phrase) and not DEBT_PHRASE.search(phrase))


def private_affairs_row(ctx: DetectionContext, offset: int) -> bool:
    """Does the table row holding ``offset`` have a data cell under a column of a person's own
    affairs (``PRIVATE_AFFAIRS_LABELS``)?"""
    for cell in ctx.row_cells(offset):
        if cell.is_header or not cell.header.strip() or not ctx.text[cell.start:cell.end].strip():
            continue
        hit = lexicon.header_label(cell.header)
        if hit is not None and private_affairs(hit[0], cell.header):
            return True
    return False


# Headers of what a person studies or does for a living: never an office.
_STUDY_HEADERS = ("คณะ", "สาขา", "หลักสูตร", "วิชา", "การศึกษา", "วุฒิ", "อาชีพ", "faculty", "major", "programme",
                  "program", "occupation", "course")


# A committee or roster row holds a name, a position, a unit, a remark: a few lines even where a
# narrow cell wraps. A "row" holding more lines than this is a page laid out in boxes that table
# finding read as one row (a CV's two columns, a poster), and its cells are not one person's.
LAYOUT_ROW_LINES = 20


def layout_row(ctx: DetectionContext, cells: list[TableCell]) -> bool:
    """Is this "row" a page layout rather than a table row (more than LAYOUT_ROW_LINES lines)?"""
    return sum(ctx.text.count("\n", c.start, c.end) + 1 for c in cells) > LAYOUT_ROW_LINES


def roster_column(header: str) -> bool:
    """May a position in a cell under ``header`` make the row an official's? Yes under a
    position, agency or remarks header, and where the column has no header the lexicon knows."""
    if not header.strip():
        return True
    folded = lexicon.fold_header(header)
    if any(lexicon.fold_header(h) in folded for h in _ROSTER_HEADERS):
        return True
    if any(lexicon.fold_header(h) in folded for h in _STUDY_HEADERS):
        return False
    return lexicon.header_label(header) is None


# Verbs and joiners: a token holding one is a clause about the person ("เจ้าหน้าที่ตำรวจจับกุม
# นาย…" names the arrested, not an officer), not a position heading the name.
_CLAUSE_WORDS = rx.compile(
    r"จับ|ตรวจค้น|ค้น|แจ้ง|พบ|ได้|ให้|ส่ง|มอบ|นำ|กับ|และ|ว่า|เรียก|สอบ|ควบคุม|กล่าวหา|ร้อง|ขอ|ช่วย|เยี่ยม|รับ|ถึง"
    r"|ซึ่ง|โดย|จาก|ของ|แก่|ต่อ|เพื่อ|ไป|มา|อยู่|ถูก|จ่าย|เบิก|อนุมัติให้"
)


_ROLE_AFTER = compile_scan(
    r"[ \t)]*(?:" + "|".join(sorted(lexicon.PRIVATE_ROLE_WORDS, key=lambda w: (-len(w), w))) + ")"
)


def _position_before(f: Finding, ctx: DetectionContext) -> KeepSpan | None:
    """A position right before the name, as one token with its unit or place ("นายอำเภอแม่ทา นาย…",
    "ผู้อำนวยการโรงพยาบาลลำพูน (นาย…)"): the official named after the office."""
    text = ctx.text
    ls, _ = ctx.line_of(f.start)
    # The position may end in the number of its village or unit (ผู้ใหญ่บ้านหมู่ที่ 7, กำนันตำบล…).
    m = re.search(rf"(?:^|[\s(])([{TH}.]{{2,60}}(?:[ \t]*[0-9]{{1,3}})?)[ \t]*\(?[ \t]*$",
                  text[max(ls, f.start - 70):f.start])
    if m is None:
        return None
    token = m.group(1)
    if _ROLE_AFTER.match(text, f.end):
        return None  # "… นาย… ผู้ต้องหา": the person's own role says private party
    pos = _position_at(token, 0)
    if pos is None and (token in lexicon.AGENCY_ABBREVIATIONS or token in lexicon.UNIT_WORDS):
        # A position, then its unit by its abbreviation as a word of its own ("ผู้อำนวยการ รพ.สต. นาย…").
        unit_at = max(ls, f.start - 70) + m.start(1)
        head = re.search(rf"(?:^|[\s(])([{TH}.]{{2,40}})[ \t]+$", text[max(ls, unit_at - 40):unit_at])
        if head is not None and (pos := _position_at(head.group(1), 0)) is not None:
            token = head.group(1)
        elif head is not None and (pos := _position_at(f"{head.group(1)} {token}", 0)) is not None:
            # A position that holds the abbreviation itself ("นายก อบต. นาย…"): read the two words together.
            token = f"{head.group(1)} {token}"
    if pos is None or _CLAUSE_WORDS.search(token, pos.end()) or _PRIVATE_BODY.match(token, pos.end()):
        return None
    if token in _GO_BETWEEN:
        return KeepSpan(f.start, f.end, f"named after '{token}' with no office or unit: a private go-between "
                        "(a petition's, a group's) or an official?", action="review")
    return KeepSpan(f.start, f.end, f"official named after the position '{token}'")


# Roles that private people take as often as officials when nothing says whose (a villagers'
# petition names its coordinator, a company its representative): alone before a name, a guess.
_GO_BETWEEN = frozenset({"ผู้ประสานงาน", "ผู้แทน", "ตัวแทน", "ผู้ติดต่อ", "ผู้รับมอบอำนาจ", "ผู้มอบอำนาจ"})


def official_name_key(text: str) -> str:
    """A kept official's name without title or whitespace: how later mentions are found."""
    rest = text.strip().lstrip("(").rstrip(")")
    # Titles stack (ผู้ช่วยศาสตราจารย์ ดร., พ.ต.อ. นายแพทย์): strip each one, so that a mention
    # with fewer titles or none (a typed signature "ทวี ใจดี (ลงนาม)") is found as the same name.
    while (m := _TITLE_AT.match(rest)) is not None and m.end() > 0 and rest[m.end():].strip():
        rest = rest[m.end():].lstrip()
    return "".join(rest.split())


# A company's or partnership's name: a person-like word inside it (อ่าวนาง…) is not a person.
# At most three words between บริษัท and จำกัด, none of them starting with a title
# ("บริษัท ได้แก่ นายสมปอง … จำกัด" is no company name; อ่าวนาง… inside a word is).
_COMPANY_NAME = rx.compile(
    rf"(?:บริษัท|บจก\.|บมจ\.)[ \t]*(?!{TITLE_RE})[^\s]{{1,40}}?(?:[ \t]+(?!{TITLE_RE})[^\s]{{1,30}}?){{0,2}}"
    r"[ \t]*จำกัด(?:[ \t]*\(มหาชน\))?"
    rf"|(?:ห้างหุ้นส่วน(?:จำกัด|สามัญ)?|หจก\.)[ \t]*[{TH}0-9.]+"
)
# "ที่ 1 เลขที่ …": an address given for party number N of a list (court papers, orders).
_PARTY_ADDRESS = rx.compile(r"(?:^|\n)[ \t]*ที่[ \t]*([0-9]{1,2})[ \t]+(?:เลขที่|บ้านเลขที่)?[ \t]*$")


_EMPLOYEE_OF = rx.compile(r"(?:อาชีพ|พนักงาน|ลูกจ้าง|รับจ้าง|ทำงาน(?:ที่|ใน|กับ|ให้)?)[ \t]*(?:ของ|ประจำ|ใน)?[ \t]*$")


def _company_premises(f: Finding, ctx: DetectionContext) -> str | None:
    """Why an address is a juristic person's premises, or None."""
    text = ctx.text
    ls, _ = ctx.line_of(f.start)
    prev = text.rfind("\n", 0, max(ls - 1, 0)) + 1
    near = text[max(prev, f.start - 150):f.start]
    if _RESIDENCE.search(near):
        return None
    # A company named as a person's workplace (อาชีพพนักงานบริษัท, ลูกจ้างบริษัท …) is no statement of
    # the company's address: the address that follows is the person's.
    found = [m for m in lexicon.JURISTIC_RE.finditer(near) if not _EMPLOYEE_OF.search(near, 0, m.start())]
    jm = found[-1] if found else None
    if jm is not None and not _TITLE_AT.search(near, jm.end()):
        return f"premises of a juristic person ('{jm.group()}')"
    pm = _PARTY_ADDRESS.search(text, max(0, ls - 1), f.start)
    if pm is not None:
        party = rx.compile(rf"(?:{lexicon.JURISTIC_RE.pattern})[^\n]*?ที่[ \t]*{pm.group(1)}(?![0-9])", persist=False)
        if party.search(text, max(0, f.start - 600), pm.start()):
            return f"registered office of party {pm.group(1)}, a juristic person"
    return None


# An owner that is a juristic person: a company, a partnership, a temple, a foundation.
_JURISTIC_OWNER = rx.compile(rf"(?:{lexicon.JURISTIC_RE.pattern}|วัด(?=[{TH}])|นิติบุคคล)")


def _account_holder(f: Finding, ctx: DetectionContext) -> str | None:
    """The agency or company named as the holder of the account, on the account's line
    before it ("โอนเข้าบัญชีเทศบาลตำบล… ธนาคาร… เลขที่ …"); None where the holder is not one,
    or a titled person stands between the holder and the number."""
    ls, _le = ctx.line_of(f.start)
    start = ls
    if ls > 0 and _NUMBER_WORD_ONLY.fullmatch(ctx.text, ls, f.start):
        start = ctx.line_of(ls - 1)[0]  # "… บัญชีชื่อ “…” เลขที่\n981-…": the holder is on the line above
    left = ctx.text[max(start, f.start - 100):f.start]
    holder = None
    for m in _ACCOUNT_OF.finditer(left):
        rest = left[m.end():]
        if _NUMBER_WORD_ONLY.fullmatch(rest):
            continue  # "เลขที่บัญชี 222-…": the label of the number, naming no one
        # The account phrase nearest the number names its holder, or names none.
        named = _COMPANY_NAME.match(rest) or _FUND_HOLDER.match(rest) or AGENCY_WORDS.match(rest)
        holder = named.group() if named and not _TITLE_AT.search(rest) else None
    return holder


def _juristic_owner(f: Finding, ctx: DetectionContext) -> str | None:
    """The juristic owner of a land title in a list (same table row, or the owner line above)."""
    text = ctx.text
    row = [c for c in ctx.row_cells(f.start) if not c.start <= f.start < c.end]
    if row:
        for c in row:
            m = _JURISTIC_OWNER.match(text[c.start:c.end].strip())
            if m:
                return m.group()
        return None
    # Without cells: the nearest owner line above, within four lines -- a titled name is a person.
    lines = [ln.strip() for ln in text[max(0, f.start - 200):f.start].split("\n")][-5:]
    for ln in reversed(lines[:-1] if lines else []):
        if _TITLE_AT.match(ln):
            return None
        m = _JURISTIC_OWNER.match(ln)
        if m:
            return m.group()
    return None


def keep_spans(findings: list[Finding], ctx: DetectionContext) -> list[KeepSpan]:
    text = ctx.text
    out: list[KeepSpan] = []
    # Each kept official's name, and the kinds of person its civil titles there say (see _civil_kind).
    official_names: dict[str, set[str]] = {}
    private: dict[str, bool] = {}
    for f in findings:
        if f.label == "PERSON":
            k = _official(f, ctx) or _election_candidate(f, ctx)
            if k:
                value = text[k.start:k.end]
                if k.action == "keep" and (whole_cell := ctx.cell_value(f.start)) is not None:
                    value = whole_cell  # a name wrapped inside a narrow cell: the pieces of that cell
                key = official_name_key(value)
                if k.action == "keep" and len(key) >= 6:
                    if key not in private:
                        private[key] = private_record(key, text)
                    if private[key]:
                        # Given elsewhere with a private person's age or home: a unit or a signature
                        # near the name does not make an official; a position asks a person.
                        if not k.reason.startswith("official acting in office"):
                            continue
                        k = KeepSpan(k.start, k.end, f"{k.reason}, but named elsewhere with a private "
                                     "person's age or home", action="review")
                out.append(k)
                whole = len(value.split()) >= 2 or k.end > f.end
                if k.action == "keep" and whole and len(key) >= 6:
                    kinds = official_names.setdefault(key, set())
                    if (kind := _civil_kind(text[k.start:k.end])) is not None:
                        kinds.add(kind)
        elif f.label == "PHONE" and "landline" in f.explanation:
            ls, _ = ctx.line_of(f.start)
            left = text[max(ls, f.start - 40):f.start]
            if not PRIVATE_PHONE_CUES.search(left):
                out.append(KeepSpan(f.start, f.end, "landline in an agency context (owner-unit block, letterhead)"))
            elif _agency_enquiry_line(text, f.start, left) \
                    and not any(p.label == "PERSON" and f.start - 160 < p.end <= f.start for p in findings):
                out.append(KeepSpan(f.start, f.end, "landline given for enquiries at a named agency unit "
                                    "(โทรศัพท์หมายเลข … after the unit)"))
        elif f.label == "EMAIL":
            addr = text[f.start:f.end]
            if (GOV_EMAIL.search(addr) or ROLE_LOCAL.search(addr) or ROLE_PART.search(addr)
                    or ROLE_SUFFIX.search(addr)) and not FREEMAIL.search(addr):
                out.append(KeepSpan(f.start, f.end, "agency e-mail (government domain or role account)"))
            elif FREEMAIL.search(addr):
                ls, _ = ctx.line_of(f.start)
                block = text[text.rfind("\n", 0, max(ls - 1, 0)) + 1:f.start]
                if _UNIT_CONTACT.search(block) and not PRIVATE_PHONE_CUES.search(block) \
                        and not _TITLE_AT.search(block):
                    out.append(KeepSpan(f.start, f.end, "a free-mail address in an agency unit's contact block: "
                                        "the unit's mailbox or a person's?", action="review"))
        elif f.label == "LAND_TITLE" and (owner := _juristic_owner(f, ctx)) is not None:
            out.append(KeepSpan(f.start, f.end, f"land held by a juristic person ('{owner}')"))
        elif f.label == "BANK_ACCOUNT" and (holder := _account_holder(f, ctx)) is not None:
            out.append(KeepSpan(f.start, f.end, f"account held by an agency or a juristic person ('{holder}'): "
                                "published for payments, or a private account?", action="review"))
        elif f.label == "PLATE":
            # In a table cell the words before the plate are its cell's (a narrow cell's lines are
            # read apart, the row's other cells between them).
            cell = ctx.cell_value(f.start)
            if GOV_VEHICLE.search(ctx.before(f.start, 60)) or (cell is not None and GOV_VEHICLE.search(cell)):
                out.append(KeepSpan(f.start, f.end, "government vehicle"))
        elif f.label == "ADDRESS":
            # The agency's name on the same line or the line above (letterhead).
            near = "\n".join(ctx.before(f.start, 80).split("\n")[-2:])
            agency = list(AGENCY_WORDS.finditer(near))
            # A person named between the agency and the address is whose address it is.
            # An address right under a private person's details (age, ID number, occupation:
            # a request form, a record) is that person's, whatever workplace word precedes it.
            record = "\n".join(ctx.before(f.start, 240).split("\n")[-10:])
            if agency and not _RESIDENCE.search(near) and not _TITLE_AT.search(near, agency[-1].end()) \
                    and not _PERSON_RECORD.search(record):
                out.append(KeepSpan(f.start, f.end, f"agency address (after '{agency[-1].group()}')"))
            elif (why := _company_premises(f, ctx)) is not None:
                out.append(KeepSpan(f.start, f.end, why))
    # An official kept once is kept everywhere in the document, with or without
    # the title, across line breaks and table cells; not where another civil title
    # names another kind of person (a girl, a man) who shares the name.
    for key, kinds in official_names.items():
        for start, end in titled_occurrences(key, text):
            kind = _civil_kind(text[start:end])
            if kind is not None and kinds and kind not in kinds:
                continue
            out.append(KeepSpan(start, end, f"same official as named in office ({key})"))
    # Agency document numbers (ที่ มท 0309.2/ว 123): whatever a detector reads in them.
    for m in lexicon.DOC_NUMBER_RE.finditer(text):
        lead = re.search(r"ที่[ \t:]*$", text[max(0, m.start() - 8):m.start()])
        start = m.start() - (len(lead.group()) if lead else 0)
        out.append(KeepSpan(start, m.end(), "agency document number", any_overlap=True))
    for m in _COMPANY_NAME.finditer(text):
        out.append(KeepSpan(m.start(), m.end(), "name of a juristic person (company, partnership)"))
    if ctx.profile is not None:
        from redactor.normalise import normalise

        for value, reason in ctx.profile.keep_strings():
            value = normalise(value).text
            if sum(not c.isspace() for c in value) < 3:
                continue
            for m in re.finditer(flex_pattern(value), text):
                out.append(KeepSpan(m.start(), m.end(), reason))
    return out


_TITLE_LONGEST = max(map(len, TITLES))
# A title, then whitespace, ending where the search's ``endpos`` is (a name's start).
_TITLE_THEN_END = rx.compile(rf"{TITLE_RE}\s*\Z")
# What follows a private person's name where the text introduces him: an age, a home.
_PRIVATE_RECORD_AFTER = compile_scan(
    r"[ \t]*(?:\([^)\n]{0,20}\)[ \t]*)?(?:อายุ[ \t]*[0-9]{1,3}[ \t]*ปี|(?:อยู่|อาศัยอยู่|พักอาศัยอยู่)?[ \t]*(?:บ้านเลขที่"
    r"|ที่อยู่[ \t]*[0-9])|อยู่บ้าน|ภูมิลำเนา)"
)


def private_record(key: str, text: str) -> bool:
    """Is the person named ``key`` (no title, no spaces) introduced somewhere in ``text`` with an
    age or a home address right after the name ("ข้าพเจ้า นาย… อายุ 41 ปี บ้านเลขที่ …")? Officials
    acting in office are named with their position, never with their age or their house."""
    return any(_PRIVATE_RECORD_AFTER.match(text, end) for _start, end in titled_occurrences(key, text))


# Civil titles by the kind of person they name. นาง and นางสาว are one kind: a woman's title changes
# with marriage. Ranks, academic and medical titles say no kind here.
_CIVIL_KINDS = (("เด็กหญิง", "girl"), ("ด.ญ.", "girl"), ("เด็กชาย", "boy"), ("ด.ช.", "boy"),
                ("นางสาว", "woman"), ("น.ส.", "woman"), ("นาง", "woman"), ("นาย", "man"))


def _civil_kind(name: str) -> str | None:
    """The kind of person (man, woman, boy, girl) the civil title opening ``name`` names, or None: a
    man called นายสมชาย and a girl called เด็กหญิงสมชาย with the same family name are two people."""
    head = name.lstrip()
    for title, kind in _CIVIL_KINDS:
        if head.startswith(title):
            return None if kind == "man" and head.startswith(("นายแพทย์", "นายสัตวแพทย์")) else kind
    return None


def titled_occurrences(key: str, text: str) -> Iterator[tuple[int, int]]:
    """The spans of the matches of ``(?:TITLE_RE\\s*)?`` + ``flex_pattern(key)`` in ``text``, as
    ``re.finditer`` gives them.

    No such regex is built: it would start with an alternation of a hundred
    titles, which ``re`` would parse and assemble anew for every name of every
    document, and try at every position. The name part is found alone (it
    starts with a literal); a title, when there is one, ends right before it
    (after whitespace) and starts no further left than the longest title plus
    that whitespace: one precompiled title pattern, anchored at the name's
    start with ``endpos``, finds the leftmost such start there.
    """
    name = rx.compile(flex_pattern(key), persist=False)
    pos = 0
    while (n := name.search(text, pos)) is not None:
        q = n.start()
        while q > pos and text[q - 1].isspace():
            q -= 1
        t = _TITLE_THEN_END.search(text, max(pos, q - _TITLE_LONGEST), n.start())
        yield (n.start() if t is None else t.start()), n.end()
        pos = n.end()


def flex_pattern(value: str) -> str:
    """A regex source matching ``value`` with any whitespace between its characters
    (PDF line wraps, double spaces, a name split across table cells)."""
    return r"\s*".join(re.escape(c) for c in value if not c.isspace())
