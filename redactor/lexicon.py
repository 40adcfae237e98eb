"""Shared Thai vocabulary that more than one module reads.

Table column headers (``redactor/data/table_headers.txt``): table extraction
uses them to recognise a header row, the table-column detector to know what a
cell holds.

Shared vocabulary: the words that name an identifier before its value.

Several detectors need the same label words (a national-ID label also tells
the tax-ID detector that a number is personal; a bank word tells the phone
detector to step aside), so they live here once. Spaces inside a label match
any whitespace, including a PDF line wrap (see
``redactor.detectors.identifier_context.label_regex``); labels written in
capitals only (``HN``, ``AN``, ``VIN``) match case-sensitively, other Latin
labels in any case.

Sources: the field names on Thai official forms (บัตรประจำตัวประชาชน,
ทะเบียนรถ, ใบอนุญาตทำงาน, hospital OPD cards, university records), the ICAO
9303 passport wording and the everyday English of bilingual letters.

Shared vocabulary of the semantic detectors: person cues, months, population cues.

Sources: general Thai usage (titles come from person_name.TITLE_RE, the one
home of titles); month names and the Royal Institute's abbreviations; English
month names and their three-letter forms. One home for each list, so health,
date_of_birth, income and criminal_record read the same words.

Shared Thai vocabulary: titles, ranks, positions, agency units and document numbers.

One home for words that more than one module reads (the person-name and NER
detectors, the keep rules, OCR cleanup), so a new rank or position is added
once. Sources: the Royal Thai Police and armed forces rank tables (พระราชบัญญัติ
ตำรวจแห่งชาติ, ระเบียบว่าด้วยยศทหาร), the civil-service position and grade
names of the OCSC (สำนักงาน ก.พ.: ประเภท/ระดับ ตำแหน่ง) and the usual Thai
abbreviations of titles (ราชบัณฑิตยสถาน, หลักเกณฑ์การใช้เครื่องหมายวรรคตอน).
Other helpers add person-context words and months here; the lead merges.

Shared Thai vocabulary, loaded lazily and once per process.

Source: PyThaiNLP's ``thai_words()`` corpus (the word list its ``newmm``
tokenizer uses by default; Apache-2.0). Other modules ask here rather than
loading their own copy.
"""

from __future__ import annotations

import os
import re
import tempfile
from functools import lru_cache
from pathlib import Path

from redactor import rx
from redactor.labels import LABELS
from redactor.rx import compile_scan
from redactor.trie_regex import literal_alternation

_DATA = Path(__file__).with_name("data")

# Characters that do not change what a header means: spaces and line breaks
# (headers wrap inside narrow cells), hyphens of any kind, the soft hyphen some
# PDF producers emit for "-", slashes, dots, parentheses, colons, asterisks.
_HEADER_NOISE = rx.compile(r"[\s\u00ad\u200b\-\u2010-\u2015\u2212/\\.,:;()\[\]*#'\"]+")
_LATIN = rx.compile(r"[A-Za-z]")
_NON_WORD = rx.compile(r"[^0-9a-z\u0e00-\u0e7f]+")
# Thai digits to ASCII, for ``str.translate``.
THAI_DIGITS_TO_ASCII = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


_THAI_DIGIT = rx.compile("[๐-๙]")


def fold_header(text: str) -> str:
    """The comparison key of a header cell's text (see the data file's header)."""
    if _THAI_DIGIT.search(text):  # str.translate looks up every character: only when it changes one
        text = text.translate(THAI_DIGITS_TO_ASCII)
    return _HEADER_NOISE.sub("", text).casefold()


def _latin_words(text: str) -> str:
    return " " + " ".join(_NON_WORD.split(text.translate(THAI_DIGITS_TO_ASCII).casefold())).strip() + " "


@lru_cache(maxsize=1)
def table_header_phrases() -> tuple[tuple[str, str, bool], ...]:
    """(label or "-", phrase, whole-header-only) rows of the header lexicon."""
    rows = []
    for n, raw in enumerate((_DATA / "table_headers.txt").read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        label, _, phrase = line.partition(" ")
        phrase = phrase.strip()
        if (label != "-" and label not in LABELS) or not phrase:
            raise ValueError(f"table_headers.txt line {n}: unknown label or empty phrase: {raw!r}")
        exact = phrase.startswith("=")
        phrase = phrase.lstrip("=")
        if _LATIN.search(phrase):
            rows.append((label, " " + " ".join(phrase.casefold().split()) + " ", exact))
        else:
            rows.append((label, fold_header(phrase), exact))
    return tuple(rows)


# What Tesseract most often gets wrong in a Thai header (ชื่อ read as ซือ): marks above the
# line dropped, the upper vowels ี ึ ื merged into ิ, ซ for ช. Headers are compared in this
# form only when the exact fold matches no phrase, and only with phrases of six letters or more.
_OCR_SKELETON: dict[int, int | None] = {c: None for c in range(0x0E47, 0x0E4F)}
_OCR_SKELETON.update({0x0E35: 0x0E34, 0x0E36: 0x0E34, 0x0E37: 0x0E34, 0x0E0B: 0x0E0A})
# A PDF whose font maps the SARA AA glyph to SARA AM ("นำมสกุล" for นามสกุล, Word's export of some
# Thai faces): the two compare equal.
_OCR_SKELETON[0x0E33] = 0x0E32


def _ocr_skeleton(folded: str) -> str:
    return folded.translate(_OCR_SKELETON)


@lru_cache(maxsize=1)
def _skeleton_phrases() -> tuple[tuple[str, str, bool, str], ...]:
    """The Thai header phrases of six letters or more with their OCR skeletons, made once."""
    return tuple((label, phrase, exact, _ocr_skeleton(phrase)) for label, phrase, exact in table_header_phrases()
                 if not phrase.startswith(" ") and len(phrase) >= 6)


ORDINAL_HEAD = re.compile(r"^\s*(?:ลำดับที่|ลำดับ|(?i:no\.?|#))[ \t]+(?=\S)")


@lru_cache(maxsize=4096)
def header_label(header: str) -> tuple[str, str] | None:
    """(label or "-", matched phrase) for a column header, or None when unknown.

    The longest matching phrase wins; on a tie "-" (a public column) wins.

    A heading that starts with the running-number heading and goes on with another column's
    ("ลำดับ ชื่อ", "No. Name": a borderless list whose number and name headings print as one
    piece) is read as that other column when it is a personal one: the number beside the name
    does not fit a name, so only the name is taken.
    """
    m = ORDINAL_HEAD.match(header)
    if m:
        rest = header_label(header[m.end():])
        if rest is not None and rest[0] != "-":
            return rest
    folded = fold_header(header)
    if not folded:
        return None
    words = _latin_words(header)
    best: tuple[int, int, str, str] | None = None
    for label, phrase, exact in table_header_phrases():
        if phrase.startswith(" "):
            hit = (words == phrase) if exact else (phrase in words)
            size = len(phrase.strip())
        else:
            hit = (folded == phrase) if exact else (phrase in folded)
            size = len(phrase)
        if hit:
            key = (size, label == "-", label, phrase.strip())
            if best is None or key[:2] > best[:2]:
                best = key
    if best is None and not _LATIN.search(folded):
        skel = _ocr_skeleton(folded)
        for label, phrase, exact, p in _skeleton_phrases():
            if (skel == p) if exact else (p in skel):
                key = (len(phrase), label == "-", label, phrase)
                if best is None or key[:2] > best[:2]:
                    best = key
    return None if best is None else (best[2], best[3])


PASSPORT_LABELS: tuple[str, ...] = (
    "หนังสือเดินทาง", "พาสปอร์ต", "พาสสปอร์ต", "passport", "pass port", "PP No",
    "travel document", "เอกสารเดินทาง",
)

# Labels naming a person's 13-digit identification number (Thai citizens and
# people without Thai nationality, whose numbers may start with 0).
NATIONAL_ID_LABELS: tuple[str, ...] = (
    "เลขประจำตัวประชาชน", "บัตรประจำตัวประชาชน", "บัตรประชาชน", "เลขบัตรประชาชน", "ประจำตัวประชาชน",
    "เลขประจำตัวคนซึ่งไม่มีสัญชาติไทย", "บัตรประจำตัวคนซึ่งไม่มีสัญชาติไทย", "คนซึ่งไม่มีสัญชาติไทย",
    "บัตรสีชมพู", "บัตรประจำตัวผู้ไม่มีสถานะทางทะเบียน", "เลขประจำตัว 13 หลัก", "เลขประจำตัว",
    "บัตรประจำตัว", "national id", "id card", "identification no", "identity card", "citizen id",
)

# Words that make a 13-digit number a juristic person's registration or tax ID
# (public: companies in a procurement result are published).
JURISTIC_WORDS: tuple[str, ...] = (
    "นิติบุคคล", "บริษัท", "บจก", "ห้างหุ้นส่วน", "หจก", "มูลนิธิ", "สมาคม", "สหกรณ์", "ร้าน",
    "จำกัด", "องค์กร", "Co.", "Ltd", "company",
)

TAX_LABELS: tuple[str, ...] = ("ผู้เสียภาษี", "ภาษีอากร", "tax id", "taxpayer", "TIN")

BANK_WORDS: tuple[str, ...] = (
    "บัญชี", "ธนาคาร", "ธ.ก.ส.", "ธกส", "ออมทรัพย์", "กระแสรายวัน", "ฝากประจำ", "โอนเงิน", "พร้อมเพย์",
    "account", "A/C", "acct", "bank",
    # Bank names and their usual abbreviations, as written in payment details.
    "กรุงไทย", "กสิกร", "ไทยพาณิชย์", "กรุงศรี", "ออมสิน", "ทหารไทยธนชาต", "ttb", "ธอส", "ธ.อ.ส.",
    "KBank", "SCB", "BBL", "KTB", "GSB", "BAAC", "ธ.กรุงไทย", "ธ.กรุงเทพ", "ธ.กสิกรไทย",
)

VEHICLE_ID_LABELS: tuple[str, ...] = (
    "เลขตัวรถ", "เลขตัวถัง", "หมายเลขตัวถัง", "หมายเลขตัวรถ", "เลขคัสซี", "คัสซี", "เลขถัง",
    "เลขเครื่องยนต์", "หมายเลขเครื่องยนต์", "เลขเครื่อง", "chassis", "VIN", "frame no", "engine no",
    "engine number",
)

DRIVER_LICENCE_LABELS: tuple[str, ...] = (
    "ใบอนุญาตขับขี่", "ใบอนุญาตขับรถ", "ใบขับขี่", "ใบขับรถ", "driving licence", "driving license",
    "driver's licence", "driver's license", "driver licence", "driver license",
)

# Context words of the pattern detectors (``redactor.explain.ContextRule``): a word shortly
# before a number that says what it is.
PHONE_CONTEXT_WORDS: tuple[str, ...] = ("โทร", "มือถือ", "เบอร์", "หมายเลข", "ติดต่อ", "Tel", "tel", "phone")
ID_CARD_CONTEXT_WORDS: tuple[str, ...] = ("ID", "id", "ประชาชน", "บัตร")
PLATE_CONTEXT_WORDS: tuple[str, ...] = ("ทะเบียน",)

# Personal codes: a label and the kind of code it names (for the explanation).
PERSONAL_CODE_LABELS: dict[str, str] = {
    "HN": "hospital number", "AN": "admission number", "เลขประจำตัวผู้ป่วย": "patient number",
    "เลขที่ผู้ป่วย": "patient number", "เลขผู้ป่วย": "patient number", "รหัสผู้ป่วย": "patient number",
    "เวชระเบียน": "medical record number", "hospital number": "hospital number",
    "patient id": "patient number", "medical record": "medical record number",
    "รหัสนักศึกษา": "student ID", "รหัสประจำตัวนักศึกษา": "student ID", "เลขประจำตัวนักศึกษา": "student ID",
    "รหัสประจำตัวนักเรียน": "student ID", "เลขประจำตัวนักเรียน": "student ID", "รหัสนักเรียน": "student ID",
    "student id": "student ID", "student no": "student ID",
    "รหัสพนักงาน": "employee number", "เลขประจำตัวพนักงาน": "employee number",
    "รหัสประจำตัวพนักงาน": "employee number", "employee id": "employee number", "employee no": "employee number",
    "staff id": "employee number",
    "เลขสมาชิก": "member number", "หมายเลขสมาชิก": "member number", "รหัสสมาชิก": "member number",
    "เลขที่สมาชิก": "member number", "member no": "member number", "member id": "member number",
    "ใบอนุญาตทำงาน": "work permit number", "work permit": "work permit number",
    # A foreigner's visa beside the passport and the work permit (an MOU worker list, a letter on one worker).
    "visa no": "visa number", "visa number": "visa number", "เลขที่วีซ่า": "visa number", "วีซ่าเลขที่": "visa number",
    "เลขวีซ่า": "visa number",
    "เลขประกันสังคม": "social security number", "ประกันสังคมเลขที่": "social security number",
    "เลขที่ผู้ประกันตน": "social security number", "เลขผู้ประกันตน": "social security number",
    "social security": "social security number",
    "กรมธรรม์": "insurance policy number", "policy no": "insurance policy number",
    # A local tax office's own key to a taxpayer's record (not the 13-digit tax ID).
    "รหัสผู้เสียภาษี": "taxpayer code", "เลขที่ผู้เสียภาษี": "taxpayer code",
    # Exam and admission lists: the applicant's number leads to the applicant.
    "เลขประจำตัวผู้สมัคร": "applicant number", "เลขที่ผู้สมัคร": "applicant number",
    "เลขประจำตัวสอบ": "applicant number", "เลขที่นั่งสอบ": "seat number", "applicant no": "applicant number",
    # The house registration code (11 digits, ทะเบียนบ้าน): the key to one household's register.
    "รหัสประจำบ้าน": "house code", "เลขรหัสประจำบ้าน": "house code",
    # A disability card (บัตรประจำตัวคนพิการ) and a soldier's or reservist's military number.
    "เลขที่บัตรคนพิการ": "disability card number", "เลขบัตรคนพิการ": "disability card number",
    "บัตรประจำตัวคนพิการ": "disability card number", "เลขประจำตัวทหาร": "military number",
    # A person's identity number with no kind named (transcripts and certificates: "รหัสประจำตัว
    # 640123456-7", "ID. No. 640123456-7"): the key to that person's record. Followed by
    # ผู้เสียภาษี or preceded by "Tax", it names a taxpayer instead (personal_code.TAX_WORDS).
    "รหัสประจำตัว": "identity number", "เลขประจำตัว": "identity number",
    "id no": "identity number", "id. no": "identity number",
    # A civil-registration record of one person's birth, death or marriage (สูติบัตร, มรณบัตร,
    # ทะเบียนสมรส): its number is the key to that record.
    "สูติบัตร": "birth certificate number", "ทะเบียนคนเกิด": "birth certificate number",
    "birth certificate": "birth certificate number", "certificate of birth": "birth certificate number",
    "มรณบัตร": "death certificate number", "ทะเบียนคนตาย": "death certificate number",
    "death certificate": "death certificate number", "certificate of death": "death certificate number",
    "ทะเบียนสมรส": "marriage certificate number", "ใบสำคัญการสมรส": "marriage certificate number",
    "marriage certificate": "marriage certificate number", "ทะเบียนหย่า": "divorce certificate number",
    # A certificate's number with no kind named: personal only on a civil-registration record
    # (personal_code.VITAL_RECORD_WORDS before it); a company's or a product's certificate is not.
    "certificate no": "certificate number", "certificate number": "certificate number",
    "เลขที่ใบสำคัญ": "certificate number",
    # A licence only a natural person holds (a tour guide's), an alien's registration certificate and a
    # pawn ticket: each number is the key to one person's record. A business's licence is not here.
    "ใบอนุญาตเป็นมัคคุเทศก์": "tour guide licence number", "บัตรมัคคุเทศก์": "tour guide licence number",
    "ใบสำคัญประจำตัวคนต่างด้าว": "alien certificate number", "ตั๋วจำนำ": "pawn ticket number",
}

HANDLE_LABELS: tuple[str, ...] = (
    "Line ID", "LineID", "ไลน์ไอดี", "ไอดีไลน์", "user name", "username", "user id", "ชื่อผู้ใช้",
    "ชื่อบัญชีผู้ใช้", "login",
)
# Words that name an account only when a colon follows them: social networks are also
# named in prose ("ทางเพจเฟซบุ๊ก"), short words are ordinary words ("line 3"), and a
# browser prints "Printed by Mozilla Firefox".
HANDLE_LABELS_WITH_COLON: tuple[str, ...] = (
    "Line", "ไลน์", "FB", "IG", "ไอดี", "Facebook", "เฟซบุ๊ก", "เฟสบุ๊ค", "เฟซบุ๊ค", "เฟสบุ๊ก", "Instagram",
    "ไอจี", "TikTok", "ติ๊กต็อก", "Twitter", "Telegram", "WeChat", "WhatsApp",
    "พิมพ์โดย", "ผู้พิมพ์", "printed by", "บันทึกโดย", "ผู้บันทึกข้อมูล",
)

# Shared accounts that name a role or a system, not a person.
ROLE_ACCOUNTS: frozenset[str] = frozenset({
    "admin", "administrator", "system", "root", "guest", "user", "operator", "staff", "officer",
    "webmaster", "support", "info", "service", "sysadmin", "superuser", "test",
})


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
    key=lambda w: (-len(w), w),  # longest first; ties in a fixed order (the set's order varies by process)
)
# One trie of the titles (redactor/trie_regex.py): it matches what the
# longest-first alternation of them matches, and every pattern that embeds it
# scans faster and compiles faster.
TITLE_RE = "(?:" + literal_alternation(TITLES) + ")"

# Abbreviations of agencies and funds that end like a title (กยศ. ends in ศ.,
# a rank or degree abbreviation may hide in others): never a title and a name.
AGENCY_ABBREVIATIONS = (
    "กยศ.", "กรอ.", "สพฐ.", "สพป.", "สพม.", "สอศ.", "สกศ.", "สกอ.", "อว.", "อบต.", "อบจ.", "อปท.", "สสจ.",
    "สสอ.", "รพ.สต.", "กศน.", "ปปช.", "ป.ป.ช.", "ป.ป.ส.", "ปปง.", "สตง.", "ก.พ.", "ก.พ.ร.", "สปสช.", "สปส.",
    "ธ.ก.ส.", "ธกส.", "กฟภ.", "กปภ.", "สภ.", "สน.", "บก.", "บช.", "ตชด.", "อส.", "อสม.", "อพม.", "ศธ.",
    "มท.", "ตช.", "สธ.", "กษ.", "พม.", "รง.", "ยธ.", "คค.", "กค.", "ทส.", "กต.", "ดศ.", "วธ.", "ทก.",
)

# Kin words Thai writers put before a given name or a nickname (ยายแป้น, น้อง “ต้นกล้า”).
KIN_WORDS = ("ยาย", "ตา", "ย่า", "ปู่", "ลุง", "ป้า", "น้า", "อา", "พี่", "น้อง", "แม่", "พ่อ", "เจ๊", "เฮีย",
             "บัง", "ก๋ง", "อาม่า", "อากง", "หลาน")

# Roles of private parties in a case or an application; a name after one is a private person's.
PRIVATE_ROLE_WORDS = (
    "ผู้ร้อง", "ผู้ร้องเรียน", "ผู้ถูกร้อง", "ผู้ถูกร้องเรียน", "ผู้เสียหาย", "ผู้ต้องหา", "ผู้ถูกกล่าวหา",
    "ผู้กล่าวหา", "ผู้แจ้ง", "ผู้ยื่นคำขอ", "ผู้ยื่นคำร้อง", "ผู้ขอ", "ผู้ป่วย", "ผู้ตาย", "ผู้ขับขี่", "จำเลย",
    "ผู้ประกอบการ", "ผู้สมัคร", "ผู้รับทุน", "ผู้กู้", "ผู้ค้ำประกัน", "ผู้เช่า", "ผู้ปกครอง", "บิดา", "มารดา",
    "บุตร", "ภรรยา", "สามี", "ญาติ", "พยาน", "ลูกจ้าง", "คนต่างด้าว", "ผู้ใช้รถ", "ผู้ครอบครอง",
    # Those living with a tenant or an occupant of state housing: family, not the office holder.
    "ผู้พักอาศัยร่วม", "ผู้อาศัยร่วม", "คู่สมรส",
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
    "นายช่าง", "ตำแหน่ง", "ปฏิบัติราชการแทน", "รักษาราชการแทน", "รักษาการในตำแหน่ง", "รักษาการแทน", "ปฏิบัติหน้าที่",
    "ผู้ปฏิบัติหน้าที่",
    "ทำการแทน",
    "ผู้จดรายงาน", "ผู้ตรวจรายงาน", "ผู้รับเรื่อง", "ผู้ควบคุม", "ผู้สั่ง", "ผู้อนุมัติ", "ผู้ปฏิบัติงาน",
    "ผู้ประสานงาน", "ผู้ช่วยเลขานุการ", "สมาชิกสภา", "ผู้แทน", "ข้าราชการ", "ลูกจ้างประจำ", "พนักงานราชการ",
    "เทศมนตรี", "ที่ปรึกษา", "เลขาธิการ", "อธิบดี", "อธิการบดี", "คณบดี", "ผู้ตรวจการ", "สัสดี",
    "ธุรการ", "ครูผู้ช่วย", "ครูประจำชั้น", "วิศวกร", "สถาปนิก",
    # Registrars of births, deaths and house registers (นายทะเบียนอำเภอ…, นายทะเบียนท้องถิ่น…).
    "นายทะเบียน",
    # Heads of area offices of the Revenue and Treasury Departments (สรรพากรพื้นที่…, ธนารักษ์พื้นที่…).
    "สรรพากรพื้นที่", "ธนารักษ์พื้นที่", "สรรพสามิตพื้นที่",
    # The head of a customs house (นายด่านศุลกากร…).
    "นายด่านศุลกากร",
    # Managers of a municipality's pawnshop and of the state's water and power utilities (state
    # enterprises and a municipal enterprise: agencies under the OIA); a manager alone may be a firm's.
    "ผู้จัดการสถานธนานุบาล", "ผู้จัดการการประปา", "ผู้จัดการการไฟฟ้า",
    # An expert appointed to an agency's committee sits on it in a public role.
    "ผู้ทรงคุณวุฒิ",
    # Police positions as police reports abbreviate them (ผบ.หมู่ a squad leader, ผกก. a superintendent,
    # สวป./สวส./สวญ. inspectors of patrol, investigation and a station's head, พงส. an inquiry official).
    # A committee's treasurer, and physicians named by their specialty (จิตแพทย์ a psychiatrist).
    "เหรัญญิก", "จิตแพทย์", "กุมารแพทย์", "ศัลยแพทย์", "อายุรแพทย์", "สูติแพทย์", "วิสัญญีแพทย์",
    "รังสีแพทย์", "พยาธิแพทย์", "จักษุแพทย์", "สูตินรีแพทย์", "นรีแพทย์", "ประสาทแพทย์",
    "ผบ.หมู่", "ผบ.หมวด", "ผบ.ร้อย", "ผบ.พัน", "ผบ.ตร.", "ผบก.", "ผบช.", "ผกก.", "สวป.", "สวส.", "สวญ.",
    "สว.สส.", "สว.ธร.", "พงส.",
    # A conciliator the court appoints to its mediation centre (ผู้ประนีประนอมประจำศาล, Civil Procedure
    # Code s.20 ter), and the one who typed a police or a court record (ผู้พิมพ์, beside ผู้บันทึก).
    "ผู้ประนีประนอม", "ผู้พิมพ์",
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
    "ปฏิรูปที่ดิน",
    # the head of a provincial office of tourism and sports is titled without its การ
    "ท่องเที่ยวและกีฬา",
)
# Positions that are also private occupations: a civil title + one of these
# alone (no unit, no grade) is a guess.
OCCUPATION_WORDS = ("ครู", "อาจารย์", "แพทย์", "พยาบาล", "ทันตแพทย์", "เภสัชกร", "นายแพทย์", "พนักงาน",
                    "เจ้าหน้าที่", "ที่ปรึกษา", "นายช่าง", "ประธาน", "กรรมการ", "เลขานุการ", "หัวหน้า", "วิศวกร",
                    "สถาปนิก")


_WRAP = r"[ \t]*(?:\n[ \t]*)?"  # a PDF line wrap inside a word


def _wrappable_words(words: tuple[str, ...]) -> str:
    """The words, longest first, those of six letters or more also broken by a PDF line wrap:
    two tries, the wrappable words (all longer than the rest, so tried first) then the
    others (redactor/trie_regex.py; the same matches as the longest-first list of words,
    a pattern a fraction of the size)."""
    if any(c.isspace() for w in words for c in w):
        raise ValueError("a word with a space inside cannot go into the wrap-tolerant trie")
    long_words = [w for w in words if len(w) >= 6]
    short = [w for w in words if len(w) < 6]
    parts = [literal_alternation(long_words, between=_WRAP)] if long_words else []
    if short:
        parts.append(literal_alternation(short))
    return "|".join(parts) or "(?!)"


POSITION_RE = compile_scan(
    # Any word ending in a civil-service grade (นายช่างรังวัดชำนาญงาน, นายแพทย์ชำนาญการพิเศษ);
    # first, so that the whole position is matched, not the title-like word it starts with.
    rf"(?:{'|'.join(GRADE_STEMS)})[{_TH}]{{0,40}}?(?:" + "|".join(GRADE_WORDS) + rf")(?![{_TH}]|\.)"
    # Heads of provincial and district offices (สาธารณสุขจังหวัด…), then the listed positions.
    + "|(?:" + _wrappable_words(DEPARTMENT_HEADS) + r")[ \t]*(?:\n[ \t]*)?(?:จังหวัด|อำเภอ)"
    # รอง/ผู้ช่วย glued or, in police writing, spaced (รอง ผกก., รอง สวป.).
    + r"|(?:(?:รอง|ผู้ช่วย)[ \t]?)?(?:" + _wrappable_words(POSITION_WORDS) + ")"
    # A local council's head by its abbreviation (นายก อบต., รองนายก อบจ.); นายก alone is too
    # often นาย + a given name (นายกมล).
    + r"|(?:รอง)?นายก[ \t]?(?:อบต|อบจ)(?![ก-๛])"
    # The Department of Agricultural Extension's officer of a sub-district (เกษตรตำบล…), beside the
    # district and provincial heads above; not เกษตรกร (a farmer).
    + r"|เกษตรตำบล"
)
# Positions in English (bilingual letters): ", Consul", "Governor of …".
EN_POSITION_RE = compile_scan(
    r"(?:Vice[ -]|Deputy |Assistant |Acting |Honorary )?"
    # A field before the head word: Labour Officer, Provincial Governor, Medical Officer.
    r"(?:(?!Mr\b|Mrs\b|Ms\b|Miss\b|Dr\b)[A-Z][a-z]{2,15} ){0,2}"
    r"(?:Consul|Ambassador|Governor|Director|Chief|Head|Minister"
    r"|Secretary|Officer|Inspector|Superintendent|Commander|Mayor|Chairman|Chairperson|President|Dean|Professor"
    r"|Lecturer|Attaché|Counsellor|Counselor|First Secretary|Registrar|Commissioner|Spokesperson|Permanent Secretary"
    # A study's principal investigator and its coordinator (a university's or a hospital's research staff).
    r"|Investigator|Coordinator)\b"
    # A civil-service post of any field with its level, as Thai agencies translate them (Labour Specialist,
    # Professional Level; Plan and Policy Analyst, Senior Professional Level): the level makes it an office.
    r"|(?:(?!Mr\b|Mrs\b|Ms\b|Miss\b|Dr\b)[A-Z][a-z]{1,15} (?:(?:and|of|for) )?){0,3}[A-Z][a-z]{2,15},[ \t]*"
    r"(?:Senior[ \t]+)?(?:Practitioner|Professional|Expert|Advanced|Operational|Experienced)[ \t]+Level\b"
)

# Units of an agency in English (", Language Institute", ", Department of Fisheries"): a name followed
# by one is an official's. Those that serve private people too (a university's students, a hospital's
# patients) count only with an academic or a medical title.
EN_UNIT_RE = compile_scan(
    r"(?:(?!Mr\b|Mrs\b|Ms\b|Miss\b|Dr\b)[A-Z][A-Za-z\-]{1,20} ){0,3}"
    r"(?:Institute|Office|Division|Department|Bureau|Centre|Center|Section|Unit|Ministry|Agency|Authority"
    r"|Faculty|School|College|University|Hospital)\b"
)
EN_SERVICE_UNITS = ("Faculty", "School", "College", "University", "Hospital")
EN_HONORIFIC_BEFORE = compile_scan(r"(?:\b(?:Prof|Professor|Dr|Doctor)\.?[ \t]*)$")

# Occupations in English that officials and private people share (", orthopaedic surgeon").
EN_OCCUPATION_RE = compile_scan(
    r"(?:[A-Za-z]+[ \t]+){0,2}(?i:surgeon|physician|doctor|nurse|dentist|pharmacist|teacher|lecturer|engineer"
    r"|veterinarian|midwife"
    # Physicians by their specialty, as a signature or a report names them ("Dr. …, Cardiologist"), capitalised
    # or not.
    r"|[a-z]{2,14}ologist|psychiatrist|p(?:a)?ediatrician|obstetrician|gynaecologist|an(?:a)?esthetist"
    r"|physiotherapist)\b"
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
UNIT_RE = rx.compile("|".join(re.escape(w) for w in sorted(UNIT_WORDS, key=lambda w: (-len(w), w)))
                     + rf"|งาน[{_TH}]+")
# Units where private people are served as much as staff work (a pupil's school,
# a patient's hospital): a civil title + such a unit alone is a guess.
SERVICE_UNITS = ("โรงเรียน", "โรงพยาบาล", "มหาวิทยาลัย", "วิทยาลัย", "คณะ", "รพ.", "รพ.สต.")

# Words naming a juristic person (a company, a partnership, a shop, a foundation).
JURISTIC_RE = rx.compile(
    r"บริษัท|ห้างหุ้นส่วน|หจก\.|บจก\.|บมจ\.|ร้าน|สหกรณ์|มูลนิธิ|สมาคม|ธนาคาร|โรงงาน|โรงแรม|กิจการร่วมค้า"
)

# -- document numbers -------------------------------------------------------

# An agency's document number: a two-letter Thai agency prefix (ตช, มท, ศธ, …),
# an optional dot, then a unit code that starts with 0 (plates never do), its
# sub-units after dots, and the running number after a slash (ว for circulars).
# Never followed by a dash and a digit: that is a phone's next group (OCR drops the โ of โทร. and
# "ทร. 086-359-2184" looked like a prefix and a unit code).
DOC_NUMBER_RE = rx.compile(
    rf"(?<![{_TH}])[ก-ฮ]{{2}}\.?[ \t]*0[0-9]{{2,5}}(?:\.[0-9]{{1,4}})*"
    r"(?:[ \t]*/[ \t]*(?:ว\.?[ \t]*)?[0-9]{1,6})?(?![0-9]|[ \t]?[-–][ \t]?[0-9])"
)


# Words that stand for a private person in a sentence: a title before a name,
# a party to a case, a relative, a patient, an applicant. Not after a dot: the
# "ศ." of "พ.ศ." is no professor. Not ยาย inside ขยาย (extend), not ลูก inside
# ลูกจ้างประจำ... (a worker is still a person, so ลูกจ้าง stays a cue).
_PERSON_WORDS = (
    "ผู้ร้อง|ผู้ต้องหา|ผู้ต้องขัง|ผู้เสียหาย|ผู้ป่วย|ผู้บาดเจ็บ|ผู้ตาย|ผู้เสียชีวิต|ผู้ขอ|ผู้ยื่นคำขอ|ผู้สมัคร|ผู้ดูแล"
    "|ผู้ประกันตน|ผู้กู้|ผู้ขับขี่|ผู้ขับ|คนขับ|ผู้โดยสาร|ผู้ซ้อนท้าย|คนเดินเท้า"
    "|ผู้ค้ำประกัน|ผู้ถูก|ผู้รับการ|ข้าพเจ้า|บุตรสาว|บุตรชาย|ลูกสาว|ลูกชาย|หลานสาว|หลานชาย"
    "|บุตร|ภรรยา|สามี|(?<!ข)ยาย|ย่า|ปู่|ตา(?=[ \t]|$)|มารดา|บิดา"
    "|ลูกจ้าง|ลูก|เด็ก|หลาน|พี่ชาย|พี่สาว|น้องชาย|น้องสาว|ญาติ|คนไข้|จำเลย|นักเรียน|นักศึกษา"
    # the husband and the wife of a marriage or a divorce record (ฝ่ายชาย, ฝ่ายหญิง)
    "|ฝ่ายชาย|ฝ่ายหญิง"
)
_EN_PERSON_WORDS = (
    r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b\.?|\b(?:[Hh]is|[Hh]er|[Hh]e|[Ss]he|[Pp]atient|[Aa]pplicant|[Vv]ictim"
    r"|[Ww]ife|[Hh]usband|[Ss]on|[Dd]aughter|[Mm]other|[Ff]ather|[Cc]hild|[Ee]mployee|[Ss]uspect|[Dd]efendant"
    r"|[Bb]aby|[Nn]ewborn|[Ii]nfant)\b"
)
# คุณ also starts คุณภาพ (quality), คุณสมบัติ (qualifications): no person.
_NOT_KHUN = "(?!คุณ(?:ภาพ|สมบัติ|ค่า|ธรรม|ประโยชน์|ลักษณะ|วุฒิ|ูปการ))"
PERSON_NEAR = compile_scan(rf"(?<!\.){_NOT_KHUN}{TITLE_RE}|{_PERSON_WORDS}|{_EN_PERSON_WORDS}")

THAI_MONTHS_FULL = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)
# Abbreviations with their dots, also with the dots dropped or spaced (OCR, forms).
THAI_MONTHS_ABBR = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.")
EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


def _abbr_re(a: str) -> str:
    # "ม.ค." also as "ม. ค.", "มค" or "ม.ค" (a dropped final dot).
    parts = [p for p in a.split(".") if p]
    return r"\.?[ \t]?".join(re.escape(p) for p in parts) + r"\.?"


THAI_MONTH_RE = "(?:" + "|".join([*THAI_MONTHS_FULL, *(_abbr_re(a) for a in THAI_MONTHS_ABBR)]) + ")"
# Case-insensitive ("21 AUG 1991" on forms), full or three-letter, with or without a dot.
EN_MONTH_RE = (
    "(?i:" + "|".join(rf"{m[:3]}(?:{re.escape(m[3:])})?\.?" for m in EN_MONTHS) + "|Sept\\.?)"
)

# Words that make a free-text remark about a person health information:
# conditions, procedures, pregnancy, disability, treatment. Drawn from the
# Ministry of Public Health's common terms for patient records and the
# disability types of the Empowerment of Persons with Disabilities Act; used
# on table cells in a row about a private person (redactor/detectors/table_column.py).
MEDICAL_TERMS = compile_scan(
    r"โรค|ป่วย|พิการ|ผ่าตัด|ตั้งครรภ์|ตั้งท้อง|คลอด|แท้ง|มะเร็ง|เนื้องอก|เคมีบำบัด|ฉายแสง|ฟอกไต|ไตวาย|ล้างไต"
    r"|อัมพาต|อัมพฤกษ์|ติดเตียง|พักฟื้น|นอนโรงพยาบาล|รักษาตัว|เข้ารับการรักษา|บาดเจ็บ|กระดูก|ตาบอด|หูหนวก|ใบ้"
    r"|จิตเวช|ซึมเศร้า|จิตเภท|ออทิสติก|สมาธิสั้น|สมองเสื่อม|อัลไซเมอร์|ลมชัก|เบาหวาน|ความดันโลหิต|หัวใจ|หอบหืด"
    r"|วัณโรค|เอชไอวี|เอดส์|ติดเชื้อ|ยาเสพติด|บำบัด|ไข้เลือดออก|ปอดอักเสบ|ตับแข็ง|ไอซียู"
    # A body measure against a health norm (a conscript's, a pupil's): น้ำหนักต่ำกว่าเกณฑ์, ทุพโภชนาการ.
    r"|น้ำหนัก(?:ต่ำกว่า|น้อยกว่า|เกิน|มากกว่า)เกณฑ์|ส่วนสูงต่ำกว่าเกณฑ์|ทุพโภชนาการ|ภาวะโภชนาการ|โรคอ้วน"
    r"|(?i:\b(?:hiv|aids|cancer|pregnan\w*|surgery|disabled|disability|diabetes|tuberculosis|dialysis)\b)"
)


@lru_cache(maxsize=1)
def thai_dictionary() -> frozenset[str]:
    """PyThaiNLP's Thai word list."""
    from redactor.thai_corpus import thai_words

    return frozenset(thai_words())


@lru_cache(maxsize=1)
def _segmenter_name() -> str:
    """The word list loaded into nlpo3 (the Rust newmm the NER model uses).

    PyThaiNLP's own newmm needs a Python trie of the list, which takes over a
    second to build; nlpo3 loads a file in milliseconds. The file is private
    to this process and removed once loaded.
    """
    from redactor.ner.tokenise import load_dictionary
    from redactor.thai_corpus import words_file

    direct = words_file()
    if direct is not None:  # PyThaiNLP's file is already one clean word a line: load it as it is
        return load_dictionary(direct)
    fd, name = tempfile.mkstemp(prefix="phoei-thai-words-", suffix=".txt")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.writelines(w + "\n" for w in sorted(thai_dictionary()) if w and not w.isspace())
        return load_dictionary(Path(name))
    finally:
        os.unlink(name)


def segment_words(text: str) -> list[str]:
    """Maximal-matching segmentation (newmm) over ``thai_dictionary()``.

    Spans the dictionary does not cover come out as their own tokens, so
    ``token in thai_dictionary()`` tells dictionary words from the rest.
    """
    return list(_segment(text)) if text else []


def segment_tuple(text: str) -> tuple[str, ...]:
    """``segment_words`` as the cached tuple itself (no list copy), for callers that only read it."""
    return _segment(text) if text else ()


@lru_cache(maxsize=1 << 16)
def _segment(text: str) -> tuple[str, ...]:
    # Extraction judges each page by its Thai runs and normalisation segments
    # the same runs again (sara am repair): one segmentation serves both.
    import nlpo3

    return tuple(nlpo3.segment(text, _segmenter_name(), False, False))
