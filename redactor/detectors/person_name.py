"""Person names: a Thai title or rank followed by a first name and a surname.

Whether a name is an official acting in office (kept) is policy's decision;
this detector only finds names. Untitled names are found through PyThaiNLP's
bundled first-name and family-name lists, with a lower score.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain

from redactor import lexicon, rx
from redactor.detectors.base import TH, DetectionContext, Detector, register
from redactor.intervals import Intervals
from redactor.rx import compile_scan
from redactor.types import Finding

# Titles and ranks live in redactor/lexicon.py (one home for every module that reads them).
TITLES = lexicon.TITLES
TITLE_RE = lexicon.TITLE_RE
# A title, optionally stacked (ผศ.ดร.; ดร. after a rank is common).
_TITLES_RE = rf"(?:{TITLE_RE}(?:\s?{TITLE_RE})?)"

# Words that start like a title but are not names (นายอำเภอ, นายกเทศมนตรี, นางพยาบาล …).
DENY_AFTER_TITLE = (
    "อำเภอ", "กเทศมนตรี", "กรัฐมนตรี", "กองค์การ", "กอบต", "กอบจ", "กสมาคม", "กสภา", "ทะเบียน",
    "จ้าง", "ช่าง", "ตำรวจ", "ทหาร", "หน้า", "ประกัน", "ด่าน", "สถานี", "งาน", "พยาบาล", "งาม",
    "แบบ", "ฟ้า", "ทุน", "กเมือง", "ทัพ", "เวร", "ท่า", "กสโมสร",
    "กองค์", "ไปรษณีย์", "ธนาคาร", "สิบ", "ตรวจ",
    # A form's field labels after a ticked title box ("☑ นาง ชื่อ … นามสกุล …"): the name follows them.
    "ชื่อ", "นามสกุล",
)
# A form's field labels, as whole words: after a title on an empty name line ("นาย........ อายุ.....ปี"),
# whose dotted leaders the detection view shows as spaces. Whole words only: อายุวัฒน์ is a name.
_FIELD_LABEL = rx.compile(
    r"(?:อายุ|ที่อยู่|อาชีพ|ตำแหน่ง|สัญชาติ|เชื้อชาติ|ศาสนา|วันที่|วันเกิด|บ้านเลขที่|เลขที่|โทร(?:ศัพท์)?|นามสกุล)(?![ก-๛])")
# คุณ also starts common words (คุณภาพ quality, คุณสมบัติ qualifications) and ends
# others (ขอบคุณ thank you, พระคุณ, บุญคุณ).
KHUN_WORDS = ("ภาพ", "สมบัติ", "ค่า", "ธรรม", "ประโยชน์", "ลักษณะ", "วุฒิ", "ความดี", "งามความดี", "ูปการ")
_BEFORE_KHUN = ("ขอบ", "พระ", "บุญ")
CIVIL_TITLES = ("นาย", "นาง", "นางสาว", "คุณ")  # the ones that also start common words
_NAME = rf"[{TH}]{{2,30}}"
NAME_RE = rx.compile(
    rf"({_TITLES_RE})[ \t]*\n?[ \t]*({_NAME})(?:[ \t]+|[ \t]*\n[ \t]*(?=[{TH}]+[\s).,]))?({_NAME})?"
)
# A mark glued to a given name, a space or none, then one Thai word standing alone: on OCR text the
# family name after a speck read as a comma, a point or a quote.
# Also a lone digit, Latin letter or bar between blanks ("นายวิไลวรรณ 3 กิตติวรากูล"): a speck read as a character.
_OCR_MARK_SURNAME = rx.compile(rf"(?:[,.'’‘`]|[ \t][0-9A-Za-z|!](?=[ \t]))[ \t]?({_NAME})(?=[\s).,:;]|$)")
_TITLE_START = rx.compile(TITLE_RE)
# A civil title OCR read with a stray tone mark over its first letter, then a name and a surname.
# Between given and family name a blank, or a mark OCR read there as _OCR_MARK_SURNAME allows (a comma, point or
# quote; a lone digit, letter or bar between blanks).
_OCR_TITLE_NAME = rx.compile(rf"(?<![{TH}])(น[\u0e48-\u0e4b]า(?:งสาว|ง|ย))[ \t]?({_NAME})"
                             rf"(?:[,.'’‘`][ \t]?|[ \t]+(?:[0-9A-Za-z|!][ \t]+)?)({_NAME})")
_EN_TITLE_WORD = compile_scan(r"(?i:mr|mrs|ms|miss|mx|dr)\.?")
# English names: up to four capitalised or upper-case words in any Latin script (Sørensen,
# MR. SOE LWIN NYEIN in a work-permit list), none of them a position (Mr. John Smith Director …)
# or a joining word (MR. A B AND MS. C D).
_EN_STOP = (r"(?!(?:Vice|Deputy|Acting|Consul|Ambassador|Governor|Director|Chief|Head|Minister|Secretary|Officer|Dean"
            r"|AND|OF|THE|FROM|TO|IN|AT|WITH|BY|FOR|NATIONALITY|PASSPORT|AGE|AGED|BORN|ID|HN|AN|NO|MYANMAR|BURMESE|CAMBODIA"
            r"|CAMBODIAN|LAOTIAN|VIETNAM|VIETNAMESE|CHINESE|MALE|FEMALE"
            # Microsoft products after "MS"
            r"|Word|Excel|Office|Windows|Teams|PowerPoint|Access|Outlook|Edge|Project|Paint|DOS|SQL|WORD|EXCEL)\b)")
_EN_WORD = (_EN_STOP + r"(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-Za-zÀ-ÖØ-öø-ÿ]+)?|[A-ZÀ-ÖØ-Þ]{2,}(?:-[A-ZÀ-ÖØ-Þ]+)?)"
            r"(?!\w)")
# (One or two blanks between the words: a wider gap is a form's column gap before the next field.)
EN_NAME_RE = compile_scan(rf"\b((?i:Mrs|Mr|Ms|Miss|Dr)\.?)[ \t]+({_EN_WORD})((?:[ \t]{{1,2}}{_EN_WORD}){{0,3}})")
UNTITLED_RE = rx.compile(rf"(?:(?<=[\s(:\[\"'])|^)({_NAME})[ \t]+({_NAME})(?=[\s).,:;\]\"']|$)", re.M)
# Where UNTITLED_RE can start, and its first word (group 1): every word it can take as a given name
# (no match of UNTITLED_RE starts inside one, since its look back wants a blank or an opening mark).
# Each match takes the blank or mark before the word, a class ``re`` skips through the text to (a
# look back in front would be tried at every character); a word opening the text is matched apart.
_UNTITLED_FIRST = rx.compile(rf"[\s(:\[\"']({_NAME})(?=[ \t])")
_UNTITLED_FIRST_AT_START = rx.compile(rf"({_NAME})(?=[ \t])")

_OPEN_Q = "[\"“‘']"
_CLOSE_Q = "[\"”’']"
_KIN = "|".join(sorted(lexicon.KIN_WORDS, key=lambda w: (-len(w), w)))
_NICKNAME_RE = rx.compile(rf"(?:ชื่อเล่น|ฉายา|สมญานาม)[ \t]*(?:ว่า)?[ \t]*{_OPEN_Q}?[ \t]*({_NAME}){_CLOSE_Q}?")
_ALIAS_RE = rx.compile(rf"หรือ(?:ที่เรียกกันว่า|ที่เรียกว่า|เรียกว่า)?[ \t]*(?:{_KIN})?[ \t]*{_OPEN_Q}\s*({_NAME})\s*{_CLOSE_Q}")
_QUOTED_KIN_RE = rx.compile(rf"{_OPEN_Q}[ \t]*(({_KIN})([{TH}]{{2,12}}))[ \t]*{_CLOSE_Q}")

# Roles of private parties that introduce a name in running text and lists.
_ROLE_BEFORE = rx.compile(
    "(" + "|".join(sorted(lexicon.PRIVATE_ROLE_WORDS, key=lambda w: (-len(w), w))) + r")(?:ที่[ \t]*[0-9]+)?[ \t:]*$"
)

# An unlisted given name is one word of a few syllables; a longer token without spaces is a phrase.
_LONGEST_UNLISTED_FIRST = 14

# Words that start place names and agencies (ตำบลบ้านกลาง, อำเภอ…, สำนักงาน…): no name part.
_PLACE_OR_UNIT = ("ตำบล", "อำเภอ", "จังหวัด", "หมู่", "บ้าน", "ถนน", "ซอย", "เลขที่", "แขวง", "เขต", "กิโล",
                  # a bank and an account (ไปยังบัญชี… ธนาคาร…): where money went, not a name
                  "ธนาคาร", "บัญชี", "ไปยัง",
                  *lexicon.UNIT_WORDS)

# Surname tokens that are really the next word (a position, a verb).
_NOT_SURNAME_START = ("ตำแหน่ง", "เลขประจำตัว", "อายุ", "อยู่", "เป็น", "ซึ่ง", "และ", "โทร", "ผู้",
                      # function words that follow a name in running text (นายสมปอง ร่วมกับ …)
                      "ร่วมกับ", "กับ", "ได้", "ให้", "จึง", "ว่า", "โดย", "เพื่อ", "จาก", "พร้อมด้วย", "พร้อมกับ",
                      "หรือ", "ที่", "ไป", "ไม่", "จะ", "แล้ว")


_MONTHS = frozenset(lexicon.THAI_MONTHS_FULL)

# A names table read column by column (OCR of a two-column list, a table whose cells come out a
# column at a time): a run of lines each holding a title and one given name, then, a few lines on,
# a run of lines each holding one word: the family names of the same rows.
_TITLED_GIVEN_LINE = rx.compile(rf"^[ \t]*(?:[0-9]{{1,3}}\.?[ \t]*)?{_TITLES_RE}[ \t]*{_NAME}[ \t]*$", re.M)
_ONE_WORD_LINE = rx.compile(rf"^[ \t]*({_NAME})[ \t]*$", re.M)
_COLUMN_MIN = 3  # rows in each run
_COLUMN_GAP = 3  # lines between the runs (a page number, a date or OCR noise read in between)
# An administrative area's word never starts a family name.
_ADMIN_AREA = ("ตำบล", "อำเภอ", "จังหวัด", "แขวง")


@lru_cache(maxsize=1)
def name_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(first names, family names, dictionary words), loaded once, lazily.

    The bundled name lists hold common words too (ที่, ผล, วัน as first names;
    เกี่ยวข้อง, แก่ as family names): stop words are taken out of both.
    """
    from redactor.thai_corpus import thai_family_names, thai_female_names, thai_male_names, thai_stopwords

    stop = frozenset(thai_stopwords())
    first = (frozenset(thai_male_names()) | frozenset(thai_female_names())) - stop
    # The dictionary is the lexicon's one copy (normalisation's sara-am repair reads it too).
    words = lexicon.thai_dictionary()
    return frozenset(f for f in first if len(f) >= 3), frozenset(thai_family_names()) - stop, words


# Following vowels, ๅ, ๆ and the marks written over or under a consonant.
_CONTINUES_SYLLABLE = re.compile("[\u0e30-\u0e3a\u0e45-\u0e4e]")


def title_is_a_word(title: str, first: str, last: str, before: str) -> bool:
    """True when a civil title is really part of a word (นายอำเภอ, คุณภาพ, ขอบคุณ), not a name's title."""
    # A title after the title(s), or "อื่น ๆ" (other) after the last: a form's choices of title
    # ("☐ นาย ☐ นาง ☐ นางสาว ☐ อื่น ๆ"), no name.
    if first in CIVIL_TITLES or first in ("อื่น", "อื่นๆ"):
        return True
    if title not in CIVIL_TITLES:
        # A professional title that the letters after it make into a longer word: เภสัชกร + รม is
        # เภสัชกรรม (pharmacy), ทันตแพทย์ + ศาสตร์ a faculty's name, a budget line's item, no person.
        words = name_lists()[2]
        return any(title + first[:i] in words for i in range(2, min(6, len(first)) + 1))

    if first.startswith(DENY_AFTER_TITLE):
        return True
    # A name opens with a consonant or a leading vowel (เ แ โ ใ ไ); letters that continue a
    # syllable (า ะ ุ ่ ๆ …) after the title mean the title's letters belong to a word around
    # it (สัมมนางาน, พัฒนางาน read as นาง + "าน…"), or OCR misread one (คุณวุฒิ as คุณๆุฒิ).
    if first[:1] and _CONTINUES_SYLLABLE.match(first):
        return True

    _firsts, families, words = name_lists()
    # The title ends a word (ทนาย lawyer, แม่นาง) ...
    if title != "คุณ" and any(before[-k:] + title in words for k in range(1, min(3, len(before)) + 1)):
        return True
    # ... or sits inside one across its letters, glued to the letters before it (นครนายก, a
    # province, in a school's name "โรงเรียนนครนายกวิทยาคม"; a glued name gives no word there).
    if title != "คุณ" and re.search(f"[{TH}]$", before) and any(
            before[-k:] + title + first[:i] in words
            for k in range(1, min(4, len(before)) + 1) for i in range(1, min(3, len(first)) + 1)):
        return True
    # ... or starts one (นายพราน hunter, นางรำ dancer, นายห้าง) and no surname follows.
    surname = bool(last) and (last in families or (last not in words and len(last) >= 3))
    if title != "คุณ" and not surname and any(
            title + first[:i] in words and title + first[:i] != "นายก" for i in range(1, len(first) + 1)):
        return True
    if title == "คุณ":
        if before.endswith(_BEFORE_KHUN):
            return True
        # คุณ ending a longer word: พระมหากรุณาธิคุณ, บุญคุณ, ผู้ทรงคุณ… (the dictionary holds them).
        if any(before[-k:] + title in words for k in range(2, len(before) + 1)):
            return True
        # คุณสมบัติ is also Khun Sombat: a known family name after it decides.
        # Some PDF fonts map SARA AA to SARA AM (คุณภำพ, กำรศึกษำ in a Word-made PDF): read it back.
        return first.replace("\u0e33", "\u0e32").startswith(KHUN_WORDS) and last not in name_lists()[1]
    return False


_CONSONANT = "\u0e01-\u0e2e"
_ABBREVIATION_NEAR = rx.compile("|".join(re.escape(a) for a in lexicon.AGENCY_ABBREVIATIONS))


def title_is_not_a_name(text: str, title_start: int, title_end: int, first_start: int) -> str | None:
    """Why the title found at ``text[title_start:title_end]`` does not introduce a person's name, or None.

    * A position follows it, not a name: นายแพทย์ชำนาญการพิเศษ, นายแพทย์สาธารณสุขจังหวัด…,
      นายกองค์การบริหารส่วน… (a civil-service grade, a department head, a listed position).
    * It is the end of an agency's abbreviation (กยศ. ends in ศ.; สภ., อบต. …): an
      abbreviated title glued after two consonants, or inside a listed abbreviation.
    * What follows is itself an abbreviation or a code (ดร.01, ผศ.กพ.): a short word ending in ".".
    """
    title = text[title_start:title_end]
    if lexicon.POSITION_RE.match(text, first_start):
        return "a position follows the title"
    whole = lexicon.POSITION_RE.match(text, title_start)
    if whole and whole.end() > title_end:
        return f"the position '{whole.group()}' starts like a title"
    if title in CIVIL_TITLES and text.startswith(DENY_AFTER_TITLE, first_start):
        return "the title starts a common word"
    if title in CIVIL_TITLES and _FIELD_LABEL.match(text, first_start):
        return "the next field's label follows the title (an empty name field on a form)"
    if title.endswith("."):
        if re.search(f"[{TH}]\\.$", text[max(0, title_start - 2):title_start]):
            return "the end of a dotted abbreviation (พ.ศ.)"
        if re.search(f"[{_CONSONANT}]{{2}}$", text[max(0, title_start - 2):title_start]):
            return "end of a longer abbreviation"
        for m in _ABBREVIATION_NEAR.finditer(text, max(0, title_start - 6), min(len(text), title_end + 6)):
            if m.start() < title_end and title_start < m.end() and m.group() not in TITLES:
                return f"agency abbreviation '{m.group()}'"
    word = re.match(f"[{TH}]{{1,4}}\\.", text[first_start:first_start + 7])
    if word:
        return "an abbreviation follows the title"
    if title not in CIVIL_TITLES and _COUNCIL_OR_DISCIPLINE.match(text, first_start):
        return "a professional council or a field of study follows the title (ทันตแพทยสภา, สัตวแพทยศาสตร์)"
    return None


# After a professional title (แพทย์, ทันตแพทย์, สัตวแพทย์, เภสัชกร …) the word สภา makes the profession's council,
# and ศาสตร์/ศาสตรบัณฑิต its field of study or degree; OCR adds the ์ the word drops (ทันตแพทย์สภา).
_COUNCIL_OR_DISCIPLINE = rx.compile(r"[ \t]*(?:สภา(?![ก-๛])|ศาสตร(?:์|บัณ|มหาบัณ|ดุษฎี))")


def split_name(text: str) -> tuple[str, str, str]:
    """(title, first, last) of a detected name span."""
    m = NAME_RE.match(text)
    if m:
        return m.group(1), m.group(2), m.group(3) or ""
    e = EN_NAME_RE.match(text)
    if e:
        return e.group(1), e.group(2), e.group(3).strip()
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
        pos = 0
        # Not finditer: a rejected match ("ศ. แจ้งนายสมปอง …", the ศ. of กยศ.) may hide a real
        # name inside it, so the search resumes right after a rejected title.
        while (m := NAME_RE.search(ctx.text, pos)) is not None:
            pos = m.end(1)
            first = m.group(2)
            civil = m.group(1) in CIVIL_TITLES
            if title_is_a_word(m.group(1), first, m.group(3) or "", ctx.before(m.start(), 8)):
                continue
            if civil and re.search(r"[0-9][ \t]*$", ctx.before(m.start(), 6)) and m.group(0)[len(m.group(1))] in " \t":
                continue  # "๒๔ นาย" counts people, it is not a title
            if title_is_not_a_name(ctx.text, m.start(1), m.end(1), m.start(2)):
                continue
            end = m.end(2)
            last = m.group(3)
            marked = ""
            if last and not last.startswith(_NOT_SURNAME_START):
                end = m.end(3)
            elif ctx.is_ocr(m.start()):
                end, marked = self._surname_past_ocr_mark(ctx.text, m.end(2))
            score = 0.85 if end > m.end(2) else 0.7
            why = f"title '{m.group(1)}' + name" + (" + surname" if end > m.end(2) else "") + marked
            out.append(self.finding(m.start(), end, score, why))
            taken.append((m.start(), end))
            pos = end
        for m in EN_NAME_RE.finditer(ctx.text):
            end = m.end(3)
            out.append(self.finding(m.start(), end, 0.8, f"English title '{m.group(1)}' + name"))
            taken.append((m.start(), end))
        out.extend(self._ocr_misread_titles(ctx, taken))
        out.extend(self._untitled(ctx, taken))
        out.extend(self._nicknames(ctx, taken))
        out.extend(self._family_column(ctx))
        return out

    @staticmethod
    def _surname_past_ocr_mark(text: str, given_end: int) -> tuple[int, str]:
        """On text OCR read: a comma, point or quote glued to the given name, or a lone digit, letter or bar
        between blanks, then the family name ("นางปิยะนุช, สายสนีย์", "นายวิไลวรรณ 3 กิตติวรากูล": a speck
        between the two words read as a mark). The word after it counts
        as the surname when the lists hold it as one, or when the dictionary does not know some piece
        of it (a role, a place or the next sentence's first words are dictionary words). Returns the
        end and a note, or the given name's end and nothing."""
        m = _OCR_MARK_SURNAME.match(text, given_end)
        if m is None:
            return given_end, ""
        _firsts, families, words = name_lists()
        word = m.group(1)
        if word.startswith(_NOT_SURNAME_START) or _TITLE_START.match(word) or word in _MONTHS:
            return given_end, ""
        # Not in the lists: it must hold a piece the dictionary does not know (a phrase of words, as
        # the next sentence's "ต่อมาได้", is made of dictionary words only).
        if word in families or (len(word) >= 3 and any(t not in words for t in lexicon.segment_tuple(word))):
            return m.end(1), f" (after '{m.group(0).split()[0]}', a mark OCR read between the given and family name)"
        return given_end, ""

    def _ocr_misread_titles(self, ctx: DetectionContext, taken: list[tuple[int, int]]) -> list[Finding]:
        """On text OCR read only: a civil title with a stray tone mark over its first letter (น่าง, น้าย,
        น่างสาว: a speck or the line above read as a mark; no Thai word is spelt so), then a given name and
        a family name."""
        out = []
        for m in _OCR_TITLE_NAME.finditer(ctx.text):
            if not ctx.is_ocr(m.start()) or any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if m.group(3).startswith(_NOT_SURNAME_START):
                continue
            out.append(self.finding(m.start(), m.end(), 0.7, f"title '{m.group(1)}' as OCR misread it (a stray "
                                    "tone mark) + name + surname"))
            taken.append((m.start(), m.end()))
        return out

    def _family_column(self, ctx: DetectionContext) -> list[Finding]:
        """The family names of a names table read a column at a time (see _TITLED_GIVEN_LINE).

        Only where most of the one-word lines are family names by the lists or no dictionary
        words: a column of positions or places beside the names (นายก, เลขานุการ) is made of
        dictionary words and stays.
        """
        _firsts, families, words = name_lists()
        lines = ctx.text.split("\n")
        starts = [0]
        for line in lines[:-1]:
            starts.append(starts[-1] + len(line) + 1)
        titled = [bool(_TITLED_GIVEN_LINE.fullmatch(line)) for line in lines]
        out: list[Finding] = []
        i = 0
        while i < len(lines):
            if not titled[i]:
                i += 1
                continue
            j = i
            while j < len(lines) and titled[j]:
                j += 1
            rows = j - i
            if rows < _COLUMN_MIN:
                i = j
                continue
            # The one-word run: it starts within _COLUMN_GAP lines after the titled run.
            k = next((k for k in range(j, min(j + _COLUMN_GAP + 1, len(lines)))
                      if _ONE_WORD_LINE.fullmatch(lines[k])), None)
            if k is None:
                i = j
                continue
            column: list[tuple[int, re.Match[str]]] = []
            while k < len(lines) and len(column) < rows + 1 and (m := _ONE_WORD_LINE.fullmatch(lines[k])):
                column.append((k, m))
                k += 1
            names = [m.group(1) for _k, m in column]
            family_like = sum(1 for w in names if w in families or w not in words)
            if len(column) >= _COLUMN_MIN and 2 * family_like > len(column) \
                    and not any(w.startswith(_PLACE_OR_UNIT) or w in _MONTHS for w in names):
                for row, m in column:
                    out.append(self.finding(starts[row] + m.start(1), starts[row] + m.end(1), 0.65,
                                            f"family-name column beside {rows} lines of title + given name"))
            i = k
        return out

    def _nicknames(self, ctx: DetectionContext, taken: list[tuple[int, int]]) -> list[Finding]:
        """Nicknames: after ชื่อเล่น/ฉายา, in quotes after a named person's "หรือ", and a quoted
        kin word + name (“ยายแป้น”) that is not itself a dictionary word (“แม่น้ำ” is a river)."""
        _firsts, _families, words = name_lists()
        out = []
        for m in _NICKNAME_RE.finditer(ctx.text):
            out.append(self.finding(m.start(1), m.end(1), 0.7, "nickname after 'ชื่อเล่น'/'ฉายา'"))
        for m in _ALIAS_RE.finditer(ctx.text):
            before = ctx.before(m.start(), 80)
            if any(0 < m.start() - e <= 80 for _s, e in taken) and NAME_RE.search(before):
                out.append(self.finding(m.start(1), m.end(1), 0.6, "alias in quotes after a person's name ('หรือ')"))
        for m in _QUOTED_KIN_RE.finditer(ctx.text):
            kin = m.group(2)
            if m.group(1) not in words and not any(f.start <= m.start(1) < f.end for f in out):
                out.append(self.finding(m.start(1), m.end(1), 0.55, f"kin word '{kin}' + a name in quotes"))
        return out

    def _untitled(self, ctx: DetectionContext, taken: list[tuple[int, int]]) -> list[Finding]:
        firsts, families, words = name_lists()
        out = []
        pos = 0
        named = Intervals(taken)
        # Pair by pair: in "ผู้รับ สมชาย ใจดี" the pair (ผู้รับ, สมชาย) is tried first and
        # rejected, and the name must still be found, so each rejected pair only moves on to its
        # second word. Each word that can start a pair is looked at alone first: a dictionary word
        # or a short one that is no listed given name never starts a name (the first test below),
        # and most words of a text are such words, passed over without matching a pair.
        opening = _UNTITLED_FIRST_AT_START.match(ctx.text)
        for w in chain((opening,) if opening else (), _UNTITLED_FIRST.finditer(ctx.text)):
            if w.start(1) < pos:
                continue
            first = w.group(1)
            if first not in firsts and (first in words or len(first) < 3):
                continue  # an ordinary word: no pair starting with it is a name
            m = UNTITLED_RE.match(ctx.text, w.start(1))
            if m is None:
                continue
            pos = m.start(2)
            last = m.group(2)
            if first not in firsts and (last in words or len(last) < 3):
                continue  # the test below, asked first: most pairs are two ordinary words
            if named.holds(m.start()) or last.startswith(_NOT_SURNAME_START):
                continue
            if last.startswith(_ADMIN_AREA):
                continue  # a district, then its province (เด่นชัย จังหวัดแพร่): a place, not a name
            if first in _MONTHS or last in _MONTHS:
                # A month is no name, though the lists hold some as surnames: a form's date
                # "เดือน.....กันยายน....." reads as two words once its leaders are blanks.
                continue
            if first not in firsts:
                # After a private party's role (ผู้ร้อง กฤตภาส ทรัพย์มากมี): two words that are no
                # dictionary words are a name even when the lists do not hold them.
                # (the word checks first: the role is looked for behind few pairs)
                if first in words or last in words or len(first) < 3 or len(last) < 3:
                    continue
                if len(first) > _LONGEST_UNLISTED_FIRST:
                    continue  # a run of words read as one token (OCR's ของผู้สูงอายุที...), not a given name
                role = _ROLE_BEFORE.search(ctx.before(m.start(1), 30))
                if role and not any(w.startswith(_PLACE_OR_UNIT) for w in (first, last)):
                    out.append(self.finding(m.start(1), m.end(2), 0.6,
                                            f"two non-dictionary words after the role '{role.group(1)}'"))
                    pos = m.end(2)
                continue
            if last in families:
                out.append(self.finding(m.start(1), m.end(2), 0.7, "first name and family name from name lists"))
                pos = m.end(2)
            elif last not in words and len(last) >= 4 and first not in words:
                out.append(self.finding(m.start(1), m.end(2), 0.55,
                                        "first name from name list + a non-dictionary word"))
                pos = m.end(2)
        return out
