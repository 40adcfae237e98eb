"""Table cells read through their column header.

A bare date under "วันเดือนปีเกิด", a number under "เลขที่หนังสือเดินทาง" or a
name without a title under "ชื่อ-สกุล" carry no context of their own: the
column header gives it. For each data cell whose header the lexicon knows
(``redactor/data/table_headers.txt``), the cell's content is checked against
the shape that label's values have (a date, digits of a plausible length, a
name of 1-4 words, …). A fitting cell is a finding naming its header; a cell
that plainly does not fit gives nothing, and an identifier-like cell that only
almost fits goes to review.

Row context: labels that are personal only when they describe a private
person (age, address, income, health, religion, plate, land title, codes) need
a "person row": a row with a name under a person header, or an identifier
(national ID, passport, date of birth) that fits its column.

Negative cases: header rows, public columns ("-" in the lexicon: positions,
agencies, companies, budgets, document numbers and dates), rows naming a
company or agency, and rows that give the person's position (committee
tables: officials, whom policy keeps).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from redactor import rx
from redactor.detectors.base import TH, THAI_MONTHS, DetectionContext, Detector, TableCell, register
from redactor.detectors.person_name import TITLE_RE
from redactor.keep_rules import AGENCY_WORDS, DEBT_PHRASE, POSITION_RE, private_affairs
from redactor.labels import LABELS
from redactor.lexicon import MEDICAL_TERMS, header_label
from redactor.rx import compile_scan
from redactor.types import Finding

REVIEW = 0.4

_EN_MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
              r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
DATE_SHAPE = compile_scan(
    rf"[0-9]{{1,2}}\s*[/.\-]\s*[0-9]{{1,2}}\s*[/.\-]\s*[0-9]{{2,4}}"  # 28/02/2541, 24.08.1992, 5-3-43
    rf"|[0-9]{{4}}\s*[/.\-]\s*[0-9]{{1,2}}\s*[/.\-]\s*[0-9]{{1,2}}"  # 1997-11-15
    rf"|[0-9]{{1,2}}\s*(?:{THAI_MONTHS})\s*(?:พ\.ศ\.|ค\.ศ\.)?\s*[0-9]{{2,4}}"  # 8 มี.ค. 2541
    rf"|(?i:[0-9]{{1,2}}[\s\-]*(?:{_EN_MONTHS})\.?[\s,\-]*[0-9]{{2,4}})"  # 05 JAN 1993
    rf"|(?i:(?:{_EN_MONTHS})\.?\s*[0-9]{{1,2}},?\s*[0-9]{{4}})"  # January 12, 1993
)
_YEAR_ONLY = rx.compile(r"(?:19|20|24|25)[0-9]{2}")
_NONE_VALUES = {"", "-", "--", "–", "—", "ไม่มี", "none", "n/a", "na", "nil", "ไม่ระบุ", "ไม่ทราบ", "/",
                # A complainant who gave no name: no one to withhold.
                "ไม่ประสงค์ออกนาม", "ผู้ไม่ประสงค์ออกนาม", "ไม่เปิดเผยชื่อ", "ไม่ระบุชื่อ", "ไม่ระบุนาม", "บัตรสนเท่ห์",
                "anonymous"}
_COMPANY = compile_scan(
    r"บริษัท|บจก\.?|ห้างหุ้นส่วน|หจก\.?|ร้าน|สหกรณ์|มูลนิธิ|สมาคม|วัด|กองทุน|ธนาคาร|จำกัด|มหาชน"
    r"|(?i:\b(?:co\.?,?\s*ltd|company|limited|inc|corp(?:oration)?|ltd)\b)"
)
_TITLE_AT = rx.compile(rf"^\s*{TITLE_RE}\s*")
_EN_TITLE_AT = rx.compile(r"^\s*(?i:mr|mrs|ms|miss|mx|dr)\.?\s+")
_THAI_WORD = rx.compile(rf"[{TH}]+")
_NAME_WORD = rx.compile(rf"[{TH}]+|[A-Za-z][A-Za-z'\-]*\.?")
_ADDRESS_WORDS = compile_scan(
    r"หมู่|ม\.\s*[0-9]|ต\.|ตำบล|แขวง|อ\.|อำเภอ|เขต|จ\.|จังหวัด|ถนน|ถ\.|ซอย|ซ\.|บ้าน|(?i:\b(?:road|rd|soi|moo|village)\b)"
)
_AMOUNT = rx.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]{1,2})?|[0-9]+(?:\.[0-9]{1,2})?")
_THAI_SERIES_CODE = rx.compile(r"(?:[ก-ฮ]{1,3}\.?[ \t]?){1,3}[0-9][0-9 \t/\-.]{3,30}")
# A blood group under a blood-group column: A, B, AB, O, with or without its Rh factor (O Rh-, AB+,
# B Rh บวก).
_BLOOD_GROUP = rx.compile(r"(?:AB|A|B|O)[ \t]*(?:Rh[ \t]*)?(?:[+\-]|บวก|ลบ|positive|negative)?", re.I)
_PLATE = rx.compile(rf"[0-9]?\s?[{TH}]{{1,3}}\s?-?\s?[0-9]{{1,4}}")
# Traffic and parking infractions (จอดในที่ห้ามจอด, ฝ่าฝืนสัญญาณไฟจราจร, ไม่สวมหมวกนิรภัย): settled by
# a fine (เปรียบเทียบปรับ), they enter no criminal record; an "offence" column of a towing or
# ticket list is the agency's own act. Drunk or reckless driving, injury and flight are crimes.
_TRAFFIC_FINE = rx.compile(
    r"จอด|กีดขวาง|สัญญาณไฟ|ไฟแดง|เครื่องหมายจราจร|หมวกนิรภัย|เข็มขัดนิรภัย|ความเร็วเกิน|ขับ(?:รถ)?เร็วเกิน"
    r"|ย้อนศร|ไม่มีใบอนุญาตขับขี่|ไม่พกใบอนุญาต|ไม่ต่อภาษี|(?i:\b(?:parking|no[ -]parking|speeding|red light)\b)"
)
_CRIME_WORDS = rx.compile(r"เมา|สุรา|ประมาท|บาดเจ็บ|ตาย|หลบหนี|ชน|ยาเสพติด|(?i:\b(?:drunk|injur|death|hit)\w*)")
# An age after a name in the same cell: อายุ 71 ปี, อายุ 2 ปี 3 เดือน, (39 ปี).
_AGE_TAIL = rx.compile(r"[ \t\n\u2028,]*(?:อายุ[ \t]*[0-9]{1,3}[ \t]*ปี(?:[ \t]*[0-9]{1,2}[ \t]*เดือน)?"
                       r"|\([ \t]*(?:อายุ[ \t]*)?[0-9]{1,3}[ \t]*ปี[ \t]*\))[ \t\n]*$")
# A total or summary row: no person behind it.
_TOTAL = rx.compile(r"^\s*(?:รวม|ยอดรวม|รวมทั้งสิ้น|total|sum)\b", re.I)

# Labels whose fitting cell marks the row as describing a private person.
_ROW_ANCHORS = ("PERSON", "NATIONAL_ID", "PASSPORT", "DOB", "TAX_ID_PERSON")
# Labels personal only in a row about a private person.
_NEED_PERSON_ROW = {"AGE", "ADDRESS", "HEALTH", "INCOME", "RELIGION", "CRIMINAL_RECORD", "PLATE",
                    "LAND_TITLE", "PERSONAL_CODE", "VEHICLE_ID", "DRIVER_LICENCE", "PHONE", "BANK_ACCOUNT",
                    "HANDLE"}


# A filled position or agency column makes the row an official's (committee
# tables, meeting attendance). Not "บทบาท"/"หน้าที่" (role): suspects and
# helpers have roles too.
_POSITION_HEADERS = ("ตำแหน่ง", "ชื่อตำแหน่ง", "position", "หน่วยงาน", "ชื่อหน่วยงาน", "สังกัด", "ส่วนราชการ",
                     "agency", "department")
_POSITION_ONLY = ("ตำแหน่ง", "ชื่อตำแหน่ง")
# A list's running number as a piece of its own in a name cell: never part of the name.
_RUNNING_NUMBER = re.compile(r"[0-9๐-๙]{1,4}[.)]?")
# A single such mark may also touch the first Thai letter ("4สางสาว" for นางสาว read with the ruling line).
_OCR_LEAD_NOISE = re.compile(r"^(?:[0-9A-Za-z]{1,3}[ \t\n]+|[0-9A-Za-z](?=[\u0e01-\u0e4e]))+(?=[\u0e01-\u0e4e])")


def _holds_office(phrase: str, value: str) -> bool:
    """Does a filled position cell name an office? A "ตำแหน่ง" column also gives a player's place in a
    team (ผู้รักษาประตู, กองหลัง): only a position the lexicon knows makes the row an official's.
    Other headers (หน่วยงาน, สังกัด) and Latin text as before."""
    if phrase not in _POSITION_ONLY or re.search("[A-Za-z]", value):
        return True
    flat = "".join(value.split())
    return POSITION_RE.search(flat) is not None


# A filled column naming a company, shop or bidder makes the row a juristic person's.
_COMPANY_HEADERS = ("ชื่อบริษัท", "บริษัท", "ชื่อร้าน", "ร้านค้า", "ห้างหุ้นส่วน", "นิติบุคคล", "ผู้เสนอราคา",
                    "ผู้ได้รับการคัดเลือก", "ผู้ชนะ", "ผู้ขาย", "ผู้รับจ้าง", "คู่สัญญา", "company")
# Remarks columns: free text, health information when it names a condition.
_REMARK_HEADERS = ("หมายเหตุ", "remarks", "เหตุผล")
# A plain amount column, and the debt columns beside which it is what a private person owes
# (a list of arrears: months overdue, then the amount).
_AMOUNT_HEADERS = ("จำนวนเงิน", "amount")
# An alias or note in brackets or quotes after a name ("(เสี่ย…)", "“…”").
_ASIDE = rx.compile(r"\([^)]*\)?|\[[^\]]*\]?|[“\"][^”\"]*[”\"]?")


@dataclass(frozen=True, slots=True)
class Verdict:
    score: float
    why: str


def _digits(s: str) -> str:
    return re.sub(r"[^0-9]", "", s)


def _blank(s: str) -> bool:
    return "".join(s.split()).casefold() in _NONE_VALUES


# Parties listed with their number in the case ("นาย… ที่ 1", "… ที่ 2"), on one line or several.
_PARTY_NO = rx.compile(r"[ \t]+ที่[ \t]*[0-9]{1,2}(?=[ \t\n\u2028(]|$)")


# A run of Thai written without spaces that the dictionary splits into this many words, one of
# them a function word (อยู่, ใน, มี, ที่ …), is a sentence ("ผลการประเมินอยู่ในเกณฑ์ดี"), not a
# name: a long family name joins three or four words (บุญ ประเสริฐ กุล), none of them ใน or อยู่.
_SENTENCE_WORDS = 5


def _thai_sentence(token: str) -> bool:
    from redactor.lexicon import segment_words
    from redactor.thai_corpus import thai_stopwords

    pieces = segment_words(token)
    return len(pieces) >= _SENTENCE_WORDS and bool(set(pieces) & thai_stopwords())


def _looks_like_name(value: str) -> bool:
    parts = [p for p in re.split(r"[\n\u2028]", _PARTY_NO.sub("\n", value)) if p.strip()]
    if len(parts) > 1 or _PARTY_NO.search(value):
        # Several people in one cell, one per line or numbered as parties.
        return len(parts) <= 6 and all(_looks_like_name(p) for p in parts)
    v = " ".join(_ASIDE.sub(" ", value).split())
    if not v:
        # The whole cell is the bracketed or quoted part: a nickname column ("(“แดง”)").
        v = " ".join(re.sub(r"[()\[\]“”\"'‘’]", " ", value).split())
    if not v or re.search(r"[0-9]", v) or len(v) > 60 or _COMPANY.search(v) or _TOTAL.match(v):
        return False
    if AGENCY_WORDS.match(_TITLE_AT.sub("", v)) or POSITION_RE.match(_TITLE_AT.sub("", v)):
        return False
    rest = _EN_TITLE_AT.sub("", _TITLE_AT.sub("", v))
    words = _NAME_WORD.findall(rest)
    if not words or len(words) > 5:
        return False
    if rest == v and len(words) == 1 and _thai_sentence(words[0]):
        return False
    # Every piece is a word (no stray punctuation runs, no sentence).
    return len("".join(words)) >= len(rest.replace(" ", "")) - 2


def shape(label: str, value: str) -> Verdict | None:
    """Whether a cell's text fits what ``label`` values look like."""
    v = value.strip()
    if _blank(v):
        return None
    d = _digits(v)
    if label in ("NATIONAL_ID", "TAX_ID_PERSON"):
        if len(d) == 13 and not re.search(r"[A-Za-z" + TH + "]", v):
            if label == "TAX_ID_PERSON" and d.startswith("0"):
                return None  # a juristic person's tax ID
            return Verdict(0.9, "13 digits")
        masked = re.fullmatch(r"[0-9xX*\s\-]{13,20}", v)
        if masked and len(d) >= 4 and len(re.sub(r"[\s\-]", "", v)) == 13:
            return Verdict(0.7, "13 places, partly masked")
        if len(d) >= 8:
            return Verdict(REVIEW, f"{len(d)} digits, not the 13 of an ID")
        return None
    if label == "PASSPORT":
        if re.fullmatch(r"[A-Z]{0,3}\s?-?\s?[0-9]{6,9}[A-Z]?", v):
            return Verdict(0.85, "letters and 6-9 digits")
        if re.fullmatch(r"[A-Z0-9]{6,12}", v) and len(d) >= 5:
            return Verdict(0.7, "6-12 capitals and digits")
        return Verdict(REVIEW, "does not look like a passport number") if len(d) >= 5 else None
    if label == "DOB":
        m = DATE_SHAPE.search(v)
        if m:
            return Verdict(0.85, "a date")
        if _YEAR_ONLY.fullmatch(v):
            return Verdict(0.7, "a year")
        return Verdict(REVIEW, "not a recognisable date") if len(d) >= 4 else None
    if label == "PHONE":
        if re.fullmatch(r"\+?[0-9\s\-().]{9,20}", v) and 9 <= len(d) <= 12:
            return Verdict(0.75, f"{len(d)} digits")
        if re.fullmatch(r"\+[1-9][0-9\s\-().]{8,22}", v) and 9 <= len(d) <= 15:
            return Verdict(0.75, f"an international number, {len(d)} digits with the country code")
        return None
    if label == "BANK_ACCOUNT":
        if re.fullmatch(r"[0-9\s\-]{10,20}", v) and 10 <= len(d) <= 15:
            return Verdict(0.8, f"{len(d)} digits")
        return Verdict(REVIEW, "digits of an unusual length") if len(d) >= 8 else None
    if label in ("PERSONAL_CODE", "DRIVER_LICENCE", "VEHICLE_ID"):
        if len(d) >= 4 and re.fullmatch(r"[A-Za-z0-9\s/\-.:#]{4,40}", v):
            return Verdict(0.75, "a code with 4+ digits")
        # A Thai series letter or abbreviation before the digits (a pawn ticket's ก 012345, an alien
        # certificate's ต.ด. 001234).
        if len(d) >= 4 and _THAI_SERIES_CODE.fullmatch(v):
            return Verdict(0.75, "a code with 4+ digits after a Thai series letter")
        # Serial numbers mix more capitals than digits (a firearm's BXTK552): six or more characters,
        # three or more of them digits.
        if len(d) >= 3 and re.fullmatch(r"[A-Z]{2,}[0-9A-Z\-]*[0-9][0-9A-Z\-]*", v) and len(v) >= 6:
            return Verdict(0.75, "a serial of capitals and 3+ digits")
        if label == "VEHICLE_ID" and re.fullmatch(r"[A-Z0-9\-]{8,20}", v) and len(d) >= 3:
            return Verdict(0.75, "a chassis or engine number")
        return None
    if label == "HANDLE":
        # One token of Latin letters, digits and . _ - (an @ before it), as chat and social accounts are.
        ok = re.fullmatch(r"@?[A-Za-z0-9][A-Za-z0-9._\-]{2,29}", v) and re.search("[A-Za-z]", v)
        return Verdict(0.7, "an account name") if ok else None
    if label == "PLATE":
        return Verdict(0.7, "a registration plate") if _PLATE.search(v) else None
    if label == "LAND_TITLE":
        return Verdict(0.7, "a title number") if d else None
    if label == "PERSON":
        # OCR of a scanned cell may read a mark of the next column or a ruling line as a short Latin or digit
        # token before the name ("5 ew เด็กชาย…"): a Thai name is judged without it.
        if re.search(f"[{TH}]", v):
            v = _OCR_LEAD_NOISE.sub("", v)
        if _looks_like_name(v):
            return Verdict(0.75, "a name")
        # A patient or victim column often gives the age after the name ("นาง… อายุ 71 ปี").
        bare = _AGE_TAIL.sub("", v)
        return Verdict(0.75, "a name and an age") if bare != v and _looks_like_name(bare) else None
    if label == "AGE":
        m = re.fullmatch(r"([0-9]{1,3})\s*(?:ปี)?(?:\s*[0-9]{1,2}\s*เดือน)?", v)
        return Verdict(0.6, "an age") if m and int(m.group(1)) <= 120 else None
    if label == "ADDRESS":
        if _ADDRESS_WORDS.search(v) or re.search(r"[0-9]+(?:/[0-9]+)?", v):
            return Verdict(0.7, "a house number or address words")
        return None
    if label == "INCOME":
        return Verdict(0.65, "an amount") if _AMOUNT.fullmatch(v.replace(" ", "")) and d.strip("0") else None
    if label == "CRIMINAL_RECORD" and _TRAFFIC_FINE.search(v) and not _CRIME_WORDS.search(v):
        return None  # a traffic or parking infraction settled by a fine: no criminal record is kept
    if label == "HEALTH" and _BLOOD_GROUP.fullmatch(v):
        return Verdict(0.7, "a blood group")
    if label in ("HEALTH", "RELIGION", "CRIMINAL_RECORD"):
        return Verdict(0.7, "a description") if len(_THAI_WORD.findall(v)) + len(re.findall("[A-Za-z]{3,}", v)) \
            else None
    return None


# Identifiers a narrow PDF cell wraps over two lines ("MF88402" / "71"): the cell's lines are
# read again glued together when, read apart, they do not fit.
_GLUE_LABELS = frozenset({"PASSPORT", "NATIONAL_ID", "TAX_ID_PERSON", "PERSONAL_CODE", "BANK_ACCOUNT", "PHONE",
                          "DRIVER_LICENCE", "VEHICLE_ID"})


def _cell_shape(ctx: DetectionContext, label: str, value: str, parts: list[TableCell]) -> Verdict | None:
    v = shape(label, value)
    if label not in _GLUE_LABELS or len(parts) < 2 or (v is not None and v.score >= 0.5):
        return v
    glued = "".join("".join(ctx.text[p.start:p.end].split()) for p in parts)
    g = shape(label, glued)
    if g is None or g.score <= (v.score if v else 0.0):
        return v
    return Verdict(g.score, f"{g.why}, its lines joined (a code wrapped in a narrow cell)")


_THAI_CHAR = re.compile("[\u0e01-\u0e4e]")


def _wrap_glued(ctx: DetectionContext, parts: list[TableCell]) -> str:
    """A wrapped cell's lines joined as it reads: Thai runs on without a space where a narrow cell broke
    a line between two Thai letters with no space there (Thai writes no space between words, and a
    PDF cell's line may break inside a phrase: "น้ำหนักต่ำ" / "กว่าเกณฑ์"); elsewhere one space."""
    out = ""
    for i, p in enumerate(parts):
        piece = ctx.text[p.start:p.end].strip()
        if out and piece:
            prev = parts[i - 1]
            spaced = ctx.text[prev.start:prev.end + 1].rstrip("\n").endswith(" ") \
                or ctx.text[p.start:p.end].startswith(" ")
            if spaced or not (_THAI_CHAR.match(out[-1]) and _THAI_CHAR.match(piece[0])):
                out += " "
        out += piece
    return out


@register
class TableColumnDetector(Detector):
    name = "table_column"
    label = "PERSON"
    description = ("Table cells under a column header that names personal data (date of birth, passport, "
                   "name, tax ID, health, …), checked against the shape of that data.")

    def detect(self, ctx: DetectionContext) -> list[Finding]:
        if not ctx.cells:
            return []
        cells: dict[tuple[int, int, int], list[TableCell]] = defaultdict(list)
        header_rows: set[tuple[int, int]] = set()
        for c in ctx.cells:
            if not c.is_header and c.header:
                cells[(c.table, c.row, c.col)].append(c)
            elif c.is_header:
                header_rows.add((c.table, c.row))
        # A form laid out as a table (label cell, value cell on one row) is about
        # one person as a whole: its rows share one context.
        forms = {t for (t, r, _col) in cells if (t, r) in header_rows}
        rows: dict[tuple[int, int], list[tuple[str, str, str, list[TableCell]]]] = defaultdict(list)
        for (t, r, _col), parts in cells.items():
            if t in forms:
                r = -1
            hl = header_label(parts[0].header)
            if hl is None:
                continue
            value = " ".join(ctx.text[p.start:p.end] for p in parts)
            rows[(t, r)].append((hl[0], hl[1], value, parts))
        out: list[Finding] = []
        for row in rows.values():
            out.extend(self._row(ctx, row))
        return out

    def _row(self, ctx: DetectionContext, row: list[tuple[str, str, str, list[TableCell]]]) -> list[Finding]:
        verdicts = [(label, phrase, parts, _cell_shape(ctx, label, value, parts) if label != "-" else None)
                    for label, phrase, value, parts in row]
        # Whose row is it? Officials (a position column is filled) and companies are not private people.
        public = any(label == "-" and phrase in _POSITION_HEADERS and not _blank(value) and _holds_office(phrase, value)
                     for label, phrase, value, _p in row)
        company = any((label in ("PERSON", "TAX_ID_PERSON") and _COMPANY.search(value))
                      or (phrase in _COMPANY_HEADERS and not _blank(value))
                      for label, phrase, value, _p in row)
        if company or any(_TOTAL.match(value) for _l, _ph, value, _p in row):
            return []
        if public and any(private_affairs(label, parts[0].header) and v is not None and v.score >= 0.5
                          for label, _ph, parts, v in verdicts):
            # A member's loan, a patient's code, an inmate's offence: the row is about the person's own
            # affairs, and the unit beside the name is where the person works (keep_rules.private_affairs_row).
            public = False
        person_row = not public and any(
            label in _ROW_ANCHORS and v is not None and v.score >= 0.5 for label, _ph, _p, v in verdicts)
        debt_row = any(label == "INCOME" and DEBT_PHRASE.search(phrase) for label, phrase, _v, _p in row)
        out: list[Finding] = []
        for label, phrase, parts, v in verdicts:
            if label == "-" and phrase in _AMOUNT_HEADERS and person_row and debt_row:
                owed = shape("INCOME", " ".join(ctx.text[p.start:p.end] for p in parts))
                if owed is not None:
                    label, v = "INCOME", Verdict(0.6, f"{owed.why} in a row of a private person's arrears or debts")
            if label == "-" and phrase in _REMARK_HEADERS and person_row:
                value = " ".join(ctx.text[p.start:p.end] for p in parts)
                m = MEDICAL_TERMS.search(value) or (MEDICAL_TERMS.search(_wrap_glued(ctx, parts))
                                                     if len(parts) > 1 else None)
                if m:
                    label, v = "HEALTH", Verdict(0.6, f"a remark naming a health matter ('{m.group()}')")
            if v is None or label == "-":
                continue
            if label == "DOB" and v.score < 0.5 and person_row:
                # Digits under a birth-date header in a private person's row are that person's birth date,
                # read in pieces (a scan's narrow cell OCR'd apart, a misread month): withheld whole.
                v = Verdict(0.6, f"{v.why}, but digits under a birth-date header in a private person's row")
            if public and label in ("PERSON", "AGE", "ADDRESS", "PHONE"):
                continue
            score = v.score
            if label in _NEED_PERSON_ROW and not person_row:
                if score < 0.5 or label not in ("PERSONAL_CODE", "BANK_ACCOUNT", "PHONE"):
                    continue
                score = REVIEW
            header = " ".join(parts[0].header.split())
            why = f"cell under column header '{header}' (matches '{phrase}'): {v.why}"
            if label in _NEED_PERSON_ROW and person_row:
                why += "; the row names a private person"
            elif label in _NEED_PERSON_ROW:
                why += "; no private person named in the row"
            basis = LABELS[label].default_basis
            for p in parts:
                s, e = p.start, p.end
                while s < e and ctx.text[s].isspace():
                    s += 1
                while e > s and ctx.text[e - 1].isspace():
                    e -= 1
                if label == "PERSON" and _RUNNING_NUMBER.fullmatch(ctx.text[s:e]):
                    continue  # the row's number sharing the name's cell ("ลำดับ ชื่อ" as one heading)
                if s < e and not _blank(ctx.text[s:e]):
                    out.append(self.finding(s, e, score, why, label=label, basis=basis))
        return out
