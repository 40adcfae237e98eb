"""Person names: a Thai title or rank followed by a first name and a surname.

Whether a name is an official acting in office (kept) is policy's decision;
this detector only finds names. Untitled names are found through PyThaiNLP's
bundled first-name and family-name lists, with a lower score.
"""

from __future__ import annotations

import re
from functools import lru_cache

from redactor.detectors.base import TH, DetectionContext, Detector, register
from redactor.types import Finding

_RANKS = [
    # police
    "พลตำรวจเอก", "พลตำรวจโท", "พลตำรวจตรี", "พันตำรวจเอก", "พันตำรวจโท", "พันตำรวจตรี",
    "ร้อยตำรวจเอก", "ร้อยตำรวจโท", "ร้อยตำรวจตรี", "ดาบตำรวจ", "จ่าสิบตำรวจ", "สิบตำรวจเอก",
    "สิบตำรวจโท", "สิบตำรวจตรี", "พลตำรวจ",
    "พล.ต.อ.", "พล.ต.ท.", "พล.ต.ต.", "พ.ต.อ.", "พ.ต.ท.", "พ.ต.ต.", "ร.ต.อ.", "ร.ต.ท.", "ร.ต.ต.",
    "ด.ต.", "จ.ส.ต.", "ส.ต.อ.", "ส.ต.ท.", "ส.ต.ต.", "พลฯ",
    # military
    "พลเอก", "พลโท", "พลตรี", "พันเอก", "พันโท", "พันตรี", "ร้อยเอก", "ร้อยโท", "ร้อยตรี",
    "จ่าสิบเอก", "จ่าสิบโท", "จ่าสิบตรี", "สิบเอก", "สิบโท", "สิบตรี", "พลทหาร",
    "นาวาเอก", "นาวาโท", "นาวาตรี", "เรือเอก", "เรือโท", "เรือตรี", "พันจ่าเอก",
    "นาวาอากาศเอก", "นาวาอากาศโท", "นาวาอากาศตรี", "เรืออากาศเอก", "เรืออากาศโท", "เรืออากาศตรี",
    "พล.อ.", "พล.ท.", "พล.ต.", "พ.อ.", "พ.ท.", "พ.ต.", "ร.อ.", "ร.ท.", "ร.ต.", "จ.ส.อ.", "จ.ส.ท.",
    "จ.ส.ต.", "ส.อ.", "ส.ท.", "ส.ต.", "น.อ.", "น.ท.", "น.ต.", "ร.ล.",
]
_ACADEMIC = [
    "ศาสตราจารย์", "รองศาสตราจารย์", "ผู้ช่วยศาสตราจารย์", "ศ.", "รศ.", "ผศ.", "ดร.",
    "นายแพทย์", "แพทย์หญิง", "ทันตแพทย์หญิง", "ทันตแพทย์", "เภสัชกรหญิง", "เภสัชกร",
    "นพ.", "พญ.", "ทพ.", "ทพญ.", "ภก.", "ภญ.", "สัตวแพทย์",
]
_CIVIL = [
    "นางสาว", "นาง", "นาย", "น.ส.", "ด.ช.", "ด.ญ.", "เด็กชาย", "เด็กหญิง",
    "หม่อมราชวงศ์", "หม่อมหลวง", "ม.ร.ว.", "ม.ล.", "คุณ",
]
TITLES = sorted(
    {*(_RANKS), *(_ACADEMIC), *(_CIVIL)} | {f"ว่าที่{r}" for r in _RANKS} | {f"ว่าที่ {r}" for r in _RANKS},
    key=len, reverse=True,
)
# A title, optionally stacked (ผศ.ดร., พ.ต.อ.หญิง is rare; ดร. after a rank is common).
TITLE_RE = "(?:" + "|".join(re.escape(t) for t in TITLES) + ")"
_TITLES_RE = rf"(?:{TITLE_RE}(?:\s?{TITLE_RE})?)"

# Words that start like a title but are not names (นายอำเภอ, นายกเทศมนตรี, นางพยาบาล …).
DENY_AFTER_TITLE = (
    "อำเภอ", "กเทศมนตรี", "กรัฐมนตรี", "กองค์การ", "กอบต", "กอบจ", "กสมาคม", "กสภา", "ทะเบียน",
    "จ้าง", "ช่าง", "ตำรวจ", "ทหาร", "หน้า", "ประกัน", "ด่าน", "สถานี", "งาน", "พยาบาล", "งาม",
    "แบบ", "ฟ้า", "ทุน", "กเมือง", "ทัพ", "เวร", "ท่า", "กสโมสร",
    "กองค์", "ไปรษณีย์", "ธนาคาร",
)
# คุณ also starts common words (คุณภาพ quality, คุณสมบัติ qualifications) and ends
# others (ขอบคุณ thank you, พระคุณ, บุญคุณ).
KHUN_WORDS = ("ภาพ", "สมบัติ", "ค่า", "ธรรม", "ประโยชน์", "ลักษณะ", "วุฒิ", "ความดี", "งามความดี", "ูปการ")
_BEFORE_KHUN = ("ขอบ", "พระ", "บุญ")
CIVIL_TITLES = ("นาย", "นาง", "นางสาว", "คุณ")
_NAME = rf"[{TH}]{{2,30}}"
NAME_RE = re.compile(
    rf"({_TITLES_RE})[ \t]*\n?[ \t]*({_NAME})(?:[ \t]+|[ \t]*\n[ \t]*(?=[{TH}]+[\s).,]))?({_NAME})?"
)
_EN_TITLE_WORD = re.compile(r"(?i:mr|mrs|ms|miss|mx|dr)\.?")
# Latin-1 letters too: European names (Søren, Müller, José) are common in embassy letters.
_EN_WORD = "[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+"
EN_NAME_RE = re.compile(rf"\b(Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?)\s+({_EN_WORD})(?:\s+({_EN_WORD}))?")
UNTITLED_RE = re.compile(rf"(?:(?<=[\s(:\[\"'])|^)({_NAME})[ \t]+({_NAME})(?=[\s).,:;\]\"']|$)", re.M)

# Surname tokens that are really the next word (a position, a verb).
_NOT_SURNAME_START = ("ตำแหน่ง", "เลขประจำตัว", "อายุ", "อยู่", "เป็น", "ซึ่ง", "และ", "โทร", "ผู้")


@lru_cache(maxsize=1)
def name_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(first names, family names, dictionary words), loaded once, lazily.

    The bundled name lists hold common words too (ที่, ผล, วัน as first names;
    เกี่ยวข้อง, แก่ as family names): stop words are taken out of both.
    """
    from pythainlp.corpus import thai_family_names, thai_female_names, thai_male_names, thai_stopwords, thai_words

    stop = frozenset(thai_stopwords())
    first = (frozenset(thai_male_names()) | frozenset(thai_female_names())) - stop
    return frozenset(f for f in first if len(f) >= 3), frozenset(thai_family_names()) - stop, frozenset(thai_words())


def title_is_a_word(title: str, first: str, last: str, before: str) -> bool:
    """True when a civil title is really part of a word (นายอำเภอ, คุณภาพ, ขอบคุณ), not a name's title."""
    if title not in CIVIL_TITLES:
        return False
    if first.startswith(DENY_AFTER_TITLE):
        return True
    if title == "คุณ":
        if before.endswith(_BEFORE_KHUN):
            return True
        # คุณสมบัติ is also Khun Sombat: a known family name after it decides.
        return first.startswith(KHUN_WORDS) and last not in name_lists()[1]
    return False


def split_name(text: str) -> tuple[str, str, str]:
    """(title, first, last) of a detected name span."""
    m = NAME_RE.match(text)
    if m:
        return m.group(1), m.group(2), m.group(3) or ""
    parts = text.split()
    # An English title (table cells give "MR. FIRST LAST") is no first name.
    title = parts.pop(0) if len(parts) > 1 and _EN_TITLE_WORD.fullmatch(parts[0]) else ""
    return title, parts[0] if parts else "", parts[1] if len(parts) > 1 else ""


@register
class PersonNameDetector(Detector):
    name = "person_name"
    label = "PERSON"
    description = ("Names after Thai titles and ranks (นาย นาง นางสาว ด.ช. ด.ญ. police, military, academic), "
                   "English titles, and untitled first+family names from PyThaiNLP's name lists.")

    def detect(self, ctx: DetectionContext) -> list[Finding]:
        out = []
        taken: list[tuple[int, int]] = []
        for m in NAME_RE.finditer(ctx.text):
            first = m.group(2)
            civil = m.group(1) in CIVIL_TITLES
            if title_is_a_word(m.group(1), first, m.group(3) or "", ctx.before(m.start(), 4)):
                continue
            if civil and re.search(r"[0-9][ \t]*$", ctx.before(m.start(), 6)) and m.group(0)[len(m.group(1))] in " \t":
                continue  # "๒๔ นาย" counts people, it is not a title
            end = m.end(2)
            last = m.group(3)
            if last and not last.startswith(_NOT_SURNAME_START):
                end = m.end(3)
            score = 0.85 if end > m.end(2) else 0.7
            why = f"title '{m.group(1)}' + name" + (" + surname" if end > m.end(2) else "")
            out.append(self.finding(m.start(), end, score, why))
            taken.append((m.start(), end))
        for m in EN_NAME_RE.finditer(ctx.text):
            end = m.end(3) if m.group(3) else m.end(2)
            out.append(self.finding(m.start(), end, 0.8, f"English title '{m.group(1)}' + name"))
            taken.append((m.start(), end))
        out.extend(self._untitled(ctx, taken))
        return out

    def _untitled(self, ctx: DetectionContext, taken: list[tuple[int, int]]) -> list[Finding]:
        firsts, families, words = name_lists()
        out = []
        pos = 0
        # Not finditer: in "ผู้รับ สมชาย ใจดี" the pair (ผู้รับ, สมชาย) is tried first and
        # rejected, and the name must still be found, so each rejected pair only
        # moves the search to its second word.
        while (m := UNTITLED_RE.search(ctx.text, pos)) is not None:
            pos = m.start(2)
            first, last = m.group(1), m.group(2)
            if first not in firsts or any(s <= m.start() < e for s, e in taken):
                continue
            if last.startswith(_NOT_SURNAME_START):
                continue
            if last in families:
                out.append(self.finding(m.start(1), m.end(2), 0.7, "first name and family name from name lists"))
                pos = m.end(2)
            elif last not in words and len(last) >= 4 and first not in words:
                out.append(self.finding(m.start(1), m.end(2), 0.55,
                                        "first name from name list + a non-dictionary word"))
                pos = m.end(2)
        return out
