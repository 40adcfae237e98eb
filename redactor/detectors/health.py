"""Health information tied to a person: the whole clause that describes the condition.

The words come from redactor/data/health_terms.txt (conditions, injuries,
bleeding, disability, pregnancy, mental health, addiction, treatment; none
needs the word โรค). A Thai clause is the run of text between spaces, with PDF
line wraps inside Thai words joined; it is widened over following clauses that
go on about health (และ…, จน…, another health word, "5 เดือน"). English
sentences are read from the verb (sustained, diagnosed, …) to the last health
word of the sentence. Cells under a diagnosis column are the table_column
detector's (header lexicon in redactor/data/table_headers.txt).

Health words in general text are not personal data: a person must stand shortly
before the clause (or in it), and statements about a population, a statistic or a
campaign (25 ราย, ประชาชน, ทั้งหมด, โครงการ, รณรงค์ …) are left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from redactor import rx
from redactor.detectors.base import TH, DetectionContext, Detector, register
from redactor.intervals import Back, without
from redactor.lexicon import PERSON_NEAR, TITLE_RE
from redactor.rx import compile_scan
from redactor.trie_regex import by_first_character, literal_alternation
from redactor.types import Finding

_DATA = Path(__file__).resolve().parents[1] / "data" / "health_terms.txt"


def _word_starts(text: str) -> set[int]:
    """Where the words of ``text`` start, by the dictionary segmentation (``lexicon.segment_words``)."""
    from redactor.lexicon import segment_words

    starts, pos = set(), 0
    for w in segment_words(text):
        starts.add(pos)
        pos += len(w)
    return starts

# Population, statistics and programmes. Strong cues win over a person cue in the
# clause ("ผู้ป่วยทั้งหมด", "ประชาชนป่วย… 25 ราย"); weak ones only when the clause
# names nobody itself ("โครงการคัดกรองผู้ป่วย…" but not "นายก เข้าโครงการบำบัด…").
_STRONG_POP = rx.compile(
    r"[0-9][0-9,]*[ \t]*(?:ราย(?!ที่)|คน|ครัวเรือน|ครอบครัว)|ทั้งหมด|ทุกราย|ทุกคน|ประชาชน|ประชากร|สถิติ"
    r"|อัตรา(?:ป่วย|ตาย|การ)|ผู้ป่วยสะสม|จำนวนผู้|กลุ่มก้อน|ระบาด|\b(?:cases|patients|residents|population)\b"
)
# A count of a person's own family ("มีบุตรกำลังศึกษา 2 คน", "ลูก 3 คน") is no statistic: a welfare memo
# states it right after the person's illness.
# Not the children of others ("บุตรหลานของประชาชน 25 คน" counts a population).
_KIN_COUNT = rx.compile(r"(?:บุตร|ลูก|หลาน|พี่น้อง|สมาชิกในครอบครัว|ผู้อยู่ในอุปการะ)"
                        r"(?:(?!ของ|ประชาชน|ประชากร|นักเรียน)[^\n0-9]){0,20}?[0-9][0-9,]*[ \t]*คน")


def _statistic(piece: str) -> bool:
    """Does ``piece`` state a count of a population (``_STRONG_POP``), once a person's family count is set aside?"""
    return _STRONG_POP.search(_KIN_COUNT.sub(" ", piece)) is not None


# An English health word naming a programme, not a person's condition ("the cancer screening project",
# "a dengue prevention campaign"): the programme word within two words after it.
_EN_PROGRAMME_AFTER = rx.compile(r"(?:[ \t]+[A-Za-z-]+){0,2}?[ \t]+(?i:screening|prevention|campaign|project|programme"
                                 r"|program|awareness|control|vaccination|survey)\b")
_WEAK_POP = rx.compile(
    r"โครงการ|รณรงค์|ป้องกัน|คัดกรอง|เฝ้าระวัง|ควบคุมโรค|กลุ่มเสี่ยง|กลุ่มเป้าหมาย|ส่งเสริมสุขภาพ|ผู้สูงอายุที่"
    r"|พระราชบัญญัติ|ระเบียบ|ประกาศ|มาตรา|ว่าด้วย|บัญชีรายชื่อ|ขออนุมัติ|ลงทะเบียน|campaign|programme|program"
)
# A clause goes on across a space when the next piece starts with a connective
# or is a duration/percentage ("ได้ 5 เดือน", "ร้อยละ 60").
_GOES_ON = rx.compile(r"จน|ระดับ|บริเวณ|ข้าง|ซีก|ตั้งแต่")
# "และ…", "ร่วมกับ…" go on only when they (or the piece after them) speak of health.
_JOINS = rx.compile(r"และ|ร่วมกับ|จาก|หรือ|ทำให้|ต้อง|เนื่องจาก|โดย")
_AMOUNT = rx.compile(r"(?:ร้อยละ[ \t]*)?[0-9]+(?:\.[0-9]+)?[ \t]*(?:เดือน|สัปดาห์|ปี|วัน|ครั้ง|%|เปอร์เซ็นต์"
                     r"|มิลลิกรัม(?:เปอร์เซ็นต์|%)|มก\.?[ \t]?%|mg[ \t]?%)")
_BREAK = rx.compile(r"[\s()\[\]“”\"'‘’,;:|•]")
# English: the verb that opens the phrase, and the end of a sentence.
_EN_VERB = compile_scan(
    r"\b(?:sustained|suffered|suffers|suffering|was|were|is|has|had|have|been|diagnosed|tested|treated|"
    r"developed|underwent|undergoing|receiving|with)\b", re.I)
_EN_SENTENCE_END = rx.compile(r"[.;!?](?:\s|$)|\n")
# An English form label of a person's health ("Injury: …", "Diagnosis: …", "Allergies: …"): the value
# after the colon, to the end of its sentence, is the health data; the label is not.
_EN_LABEL = compile_scan(
    r"\b(?i:injur(?:y|ies)|diagnosis|diagnoses|medical[ \t]+condition|condition|symptoms?|cause[ \t]+of[ \t]+death"
    r"|allerg(?:y|ies)|medical[ \t]+history|underlying[ \t]+diseases?"
    # A discharge summary's other fields: conditions besides the main one, the medicines a patient takes
    # (they name the illness), the complaint that brought them in, a test's result.
    r"|co-?morbidit(?:y|ies)|(?:discharge[ \t]+|current[ \t]+|home[ \t]+)?medications?|chief[ \t]+complaint"
    r"|(?:lab(?:oratory)?[ \t]+|test[ \t]+)results?)[ \t]*:[ \t]*")
# A label's value that says there is nothing: "none", "nil", "-", "N/A".
_EN_NONE = rx.compile(r"(?i:none|nil|no|n/?a|-+|–)[ \t]*(?:[.;]|$)")
# A body part right after an English health phrase is part of it ("broke her left hip",
# "lost the sight of her right eye").
_EN_BODY_PART = rx.compile(
    r"(?i:(?:[ \t]+(?:of|in|to))?(?:[ \t]+(?:her|his|my|their|the|both|a))?(?:[ \t]+(?:left|right|upper|lower))?"
    r"[ \t]+(?:hips?|legs?|arms?|wrists?|ankles?|knees?|ribs?|skull|spine|back|neck|shoulders?|eyes?|ears?|hands?"
    r"|feet|foot|jaw|collarbone|pelvis|thighs?|fingers?|toes?)\b)")
# An injured body part in everyday English ("a broken left wrist", "a dislocated shoulder"): the
# adjective counts only with a body part after it (a broken bridge is no one's health).
# The body part must end the phrase (punctuation or a function word next), not name a thing ("the broken
# back door", "a twisted arm rest").
_EN_INJURED = rx.compile(
    r"\b(?i:broken|dislocated|sprained|twisted|bruised|crushed)(?=" + _EN_BODY_PART.pattern[:-1]
    + r"(?:[ \t]*(?:[.,;:!?()\n]|$)|[ \t]+(?:and|or|in|at|on|from|after|while|when|during|which|that|was|were|is"
    r"|has|had|with|for|since|last|this)\b)))")
# A blood group after its label (Thai or English): the value is health data, the label is not.
_BLOOD_GROUP = compile_scan(
    r"(?:(?i:blood[ \t]+(?:group|type))|หมู่(?:โลหิต|เลือด)|กรุ๊ปเลือด)[ \t]*:?[ \t]*"
    r"((?:AB|A|B|O|เอบี|เอ|บี|โอ)(?![A-Za-z\u0e01-\u0e4e])"
    r"(?:[ \t]*(?:Rh|อาร์เอช)[ \t]*(?i:positive|negative|pos|neg|บวก|ลบ|[+\-])|[ \t]*[+\-](?![0-9]))?)")
# A blood group named for a drive or an appeal, not for a person.
_BLOOD_APPEAL = rx.compile(r"(?i:donor|donat|appeal|needed|urgent)|บริจาค|ต้องการ|ขาดแคลน|รับสมัคร")
# A person's height or weight as a field of a personal record (a CV's personal data, an application):
# the measure after its label, in the units a body is measured in. Goods are weighed too ("น้ำหนัก
# ไม่เกิน 5 กก."), so the record must be a person's: another personal field (date of birth, gender,
# nationality, religion) stands near it.
_BODY_MEASURE = compile_scan(
    r"(?:(?<![A-Za-z])(?i:height|weight)|ส่วนสูง|น้ำหนัก)[ \t]*[:：]?[ \t]*"
    r"([0-9]{2,3}(?:\.[0-9])?[ \t]*(?:(?i:cm|kg|kgs)\b\.?|ซม\.?|กก\.?|เซนติเมตร|เซ็นติเมตร|กิโลกรัม))")
_PERSONAL_FIELD = rx.compile(r"(?i:date[ \t]+of[ \t]+birth|\bgender\b|\bsex[ \t]*:|nationality|religion|marital)"
                             r"|วันเกิด|วัน(?:เดือนปี|/เดือน/ปี)เกิด|เพศ[ \t]*[:：]|สัญชาติ|ศาสนา|สถานภาพ")
_PERSONAL_FIELD_NEAR = 300
# A 13-digit personal ID in any grouping (1-2345-67890-12-3, 1 2345 67890 12 3, plain).
_ID_NUMBER = rx.compile(r"(?<![0-9])[1-8](?:[ -]?[0-9]){12}(?![0-9])")
# A line that starts with an agency or a place is no longer the clause.
_AGENCY = rx.compile(
    r"โรงพยาบาล|สำนักงาน|สถานี|กรม|กระทรวง|องค์การ|เทศบาล|อำเภอ|จังหวัด|ตำบล|ศาลา|ศูนย์|กลุ่มงาน|กอง|ฝ่าย|หน่วย"
)
# A clause that opens with a unit's word names the unit of a hospital or an agency that treats
# a condition (กลุ่มงานจิตเวชและยาเสพติด, คลินิกโรคเบาหวาน, หอผู้ป่วยศัลยกรรม), nobody's health.
_UNIT_NAME = rx.compile(r"(?:กลุ่มงาน|กลุ่มการ|แผนก|คลินิก|หอผู้ป่วย|ตึก|ศูนย์|โรงพยาบาล|สถาบัน|สถาน(?!ะ)|สำนัก|ฝ่าย(?!ชาย|หญิง)|หน่วย"
                        r"|งาน(?=[ก-ฮ]))")
# A physician named by a specialty ends right before the term: "อายุรแพทย์โรคติดเชื้อ", "แพทย์ผู้เชี่ยวชาญ
# ด้านโรคหัวใจ", "กุมารแพทย์สาขาโรคภูมิแพ้": the doctor's position, nobody's condition.
_SPECIALTY_BEFORE = rx.compile(r"แพทย์[ \t]*(?:ผู้เชี่ยวชาญ|เฉพาะทาง)?[ \t]*(?:ด้าน|สาขา)?[ \t]*(?:โรค)?[ \t]*$")
# A code alone in parentheses after a condition: capitals and digits together, no spaces
# ("ไข้หวัดใหญ่ (FLU6902A)": a vaccine lot number), not a stage or a gloss ("(ระยะที่ 2)", "(DM)").
# A title and a name after it: someone named, not a category.
_TITLED_NAME = rx.compile(rf"(?:{TITLE_RE})[ \t]*[{TH}]{{2,}}")
_CODE_IN_PARENS = rx.compile(r"[ \t]*(?:(?i:lot|batch)[ \t.:]*(?:no\.?)?[ \t:]*)?"
                             r"(?=[A-Z0-9\-/]*[0-9])(?=[A-Z0-9\-/]*[A-Z])[A-Z0-9\-/]{5,}[ \t]*")
# A column header or a form label ("อาการบาดเจ็บ" heading a column, "โรคประจำตัว:"):
# the value after it is the health data, the label is not.
_LABEL_PREFIX = rx.compile(r"(?:อาการ|ลักษณะ|ประเภท|ผล(?:การ)?|ข้อมูล)")


# A data line opening with a group of plain words, optional or not: "(?:ขา|แขน)(?:ซ้าย|ขวา)?ขาด".
_LEADING_WORDS = rx.compile(r"\((?:\?:)?((?:[^()\\\[\]?*+{}|]+\|)*[^()\\\[\]?*+{}|]+)\)(\?)?")


def _literal_first(pattern: str) -> str:
    """The pattern with a leading group of plain words written out per word (rx.either: the same
    matches, each alternative opening with a literal the regex engine checks before entering it)."""
    m = _LEADING_WORDS.match(pattern)
    if m is None:
        return pattern
    heads = tuple(m.group(1).split("|")) + (("",) if m.group(2) else ())
    return rx.either(heads, pattern[m.end():])


@lru_cache(maxsize=1)
def terms() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(Thai-side pattern, English pattern) built from the data file, loaded once."""
    regex, plain, en, en_words = term_lists()
    # The regex lines first, then the words as one trie (redactor/trie_regex.py: what the longest-first
    # alternation matches), written with one branch per first character: at a Thai letter the engine
    # enters one branch, not each of the regex lines in turn (``by_first_character``: the same match at
    # every position as ``thai_reference``, which it falls back to where that cannot be told).
    th = compile_scan(by_first_character(regex, plain) or thai_reference(regex, plain))
    # The words as one case-insensitive trie too: at a Latin letter the matcher follows one branch,
    # not a few hundred words. Whichever word matches, the match runs on over lowercase letters to
    # the end of the word ([a-z]*\b), so it spans the same text as with the words one by one.
    eng = compile_scan(r"\b(?:" + "|".join([*sorted(en, key=lambda w: (-len(w), w)),
                                            f"(?i:{literal_alternation(en_words)})"]) + r")[a-z]*\b")
    return th, eng


def thai_reference(regex: list[str], plain: list[str]) -> str:
    """The Thai-side pattern as the data file states it: the regex lines in order, then the words."""
    return "|".join([*regex, literal_alternation(plain)])


@lru_cache(maxsize=1)
def term_lists() -> tuple[list[str], list[str], list[str], list[str]]:
    """The data file's (regex lines, plain Thai words, English acronyms, English words)."""
    plain: list[str] = []
    regex: list[str] = []
    en: list[str] = []  # acronyms, case kept
    en_words: list[str] = []  # any case
    for raw in _DATA.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("re:"):
            regex.append(_literal_first(line[3:]))
        elif line.startswith("en:"):
            word = line[3:]
            # Acronyms keep their case (AIDS is no "aids"); words do not.
            if word.isupper():
                en.append(re.escape(word))
            else:
                en_words.append(word.lower())
        else:
            plain.append(line)
    return regex, plain, en, en_words


def squash(text: str) -> tuple[str, Back]:
    """The text with line wraps inside Thai words removed, and a map back.

    ``back[i]`` is the offset in ``text`` of the squashed text's char ``i``
    (``back[len(squashed)]`` is ``len(text)``).
    """
    return without(text, _WRAP_IN_WORD)


# A line break (and the indent after it) between two Thai letters.
_WRAP_IN_WORD = rx.compile(f"\n(?<=[{TH}]\n)[ \t]*(?=[{TH}])")  # (starts with its newline: re skips to each)


# The space between a clause's pieces, and the word after a joining word. Matched at an offset
# of the whole text, never on a slice of it: a slice copies the rest of the document, once per
# piece of every clause (a 10,000-page text spent seconds copying).
_GAP = rx.compile(r"[ \t]{1,3}\n?[ \t]*|\n[ \t]*")
_JOINED_WORD = rx.compile(r"[ \t]*\n?[ \t]*([^\s()“”\"',;:]+)")

# Check boxes on a form: what follows an empty box was not chosen; a phrase followed by
# boxes is the field's label ("ประเภทความพิการ ☐ … ☑ …"), not a statement about anyone.
_UNTICKED = ("☐", "□", "◻", "❏", "⬜", "○")
_BOX_AFTER = rx.compile(r"[ \t]{0,3}[☐□◻❏⬜○☑☒✓✔■●]")


@register
class HealthDetector(Detector):
    name = "health"
    label = "HEALTH"
    description = ("The clause describing a person's condition, injury, disability, pregnancy, mental health, "
                   "addiction or treatment (terms in redactor/data/health_terms.txt), near a person.")

    def detect(self, ctx: DetectionContext) -> list[Finding]:
        th, en = terms()
        # Terms are found with line wraps inside Thai words joined ("เส้นเลือดใน\nสมองตีบ");
        # clauses are then read on the text itself, where a line break is a soft end.
        squashed, back = squash(ctx.text)
        out: list[Finding] = []
        done = 0  # offset up to which clauses have been reported
        for sm in th.finditer(squashed):
            ms, me = back[sm.start()], back[sm.end() - 1] + 1
            if ms < done or self._category_noun(ctx.text, ms):
                continue
            span = self._clause(ctx.text, ms, me, sm.group(), th)
            if span is None:
                continue
            s, e, why = span
            if ctx.cells:
                cell = ctx.cell_at(ms)
                if cell is not None and cell.is_header:
                    continue  # a column's heading (สาเหตุความพิการ) names what the cells hold, no one's condition
                e = self._clip_to_cell(ctx, ms, me, e)
            done = e
            unticked = ctx.text[max(0, s - 3):s].rstrip().endswith(_UNTICKED)
            if unticked or ("\n" not in ctx.text[s:e] and _BOX_AFTER.match(ctx.text, e)):
                continue  # a form's option left unticked, or the label before the options
            out.append(self.finding(s, e, 0.6 if " within " in why else 0.75, why))
        out.extend(self._english(ctx, en))
        for m in _BLOOD_GROUP.finditer(ctx.text):
            ls, le = ctx.line_of(m.start())
            if _BLOOD_APPEAL.search(ctx.text, ls, le):
                continue
            out.append(self.finding(m.start(1), m.end(1), 0.75, "blood group after its label"))
        for m in _BODY_MEASURE.finditer(ctx.text):
            near = ctx.text[max(0, m.start() - _PERSONAL_FIELD_NEAR):m.end() + _PERSONAL_FIELD_NEAR]
            if _PERSONAL_FIELD.search(near):
                out.append(self.finding(m.start(1), m.end(1), 0.7,
                                        "height or weight after its label in a personal record"))
        return out

    @staticmethod
    def _clip_to_cell(ctx: DetectionContext, ms: int, me: int, e: int) -> int:
        """A clause read on across a line break stops where another table cell begins (a
        merged or narrow cell's last line is followed by the next row's first cell)."""
        own = ctx.cell_at(ms)
        key = (own.table, own.row, own.col) if own is not None else None
        text = ctx.text
        k = text.find("\n", me, e)
        while k >= 0:
            nxt = k + 1
            while nxt < e and text[nxt] in " \t\n":
                nxt += 1
            c = ctx.cell_at(nxt) if nxt < e else None
            if nxt < e and ((c.table, c.row, c.col) if c is not None else None) != key:
                while k > ms and text[k - 1] in " \t":
                    k -= 1
                return k
            k = text.find("\n", k + 1, e)
        return e

    @staticmethod
    def _category_noun(text: str, ms: int) -> bool:
        """"คนพิการ", "ผู้บาดเจ็บ", "ผู้ติดเชื้อ" name a group (a programme's target), unless
        someone *is* one ("เป็นคนพิการ", "เป็นผู้ติดเชื้อ")."""
        left = text[max(0, ms - 8):ms]
        # "เบี้ยความพิการ" is an allowance, "บัญชีคนพิการ" a register: a programme's words.
        if re.search(r"(?:คน|ผู้|เบี้ย|เบี้ยความ)$", left):
            return not re.search(r"เป็น(?:คน|ผู้)$", left)
        # "หญิงตั้งครรภ์", "สตรีตั้งครรภ์" (a form's "the page with the pregnant woman's name") name a
        # group too, unless someone is one or a titled name stands before it on the line
        # ("นางมาลี … หญิงตั้งครรภ์ 5 เดือน").
        if re.search(r"(?<!เด็ก)(?:หญิง|สตรี)$", left) and not re.search(r"เป็น(?:หญิง|สตรี)$", left):
            line = text[text.rfind("\n", 0, ms) + 1:ms]
            return _TITLED_NAME.search(line) is None
        return False

    def _clause(self, text: str, ms: int, me: int, term: str,
                th: re.Pattern[str]) -> tuple[int, int, str] | None:
        s = ms
        while s > 0 and not _BREAK.match(text[s - 1]):
            s -= 1
        e = me
        while e < len(text) and not _BREAK.match(text[e]):
            e += 1
        first_end = e
        if _UNIT_NAME.match(text, s) or any(ms - u.end() <= 4 for u in _UNIT_NAME.finditer(text, s, ms)):
            return None  # the unit's name, at the clause's start or right before the term (…ประจำคลินิกโรค…)
        if _SPECIALTY_BEFORE.search(text, s, ms):
            return None  # a physician's specialty (อายุรแพทย์โรคติดเชื้อ), the doctor's position
        # Go on over following pieces that still speak of the condition. After a line
        # break (a PDF wrap or the next line of a table cell) a short Thai piece goes
        # on too, unless it starts a name, a person or an agency.
        for _ in range(6):
            gap = _GAP.match(text, e)
            if not gap:
                break
            nxt = gap.end()
            if text.startswith("(", nxt):
                close = text.find(")", nxt, nxt + 60)
                if close > 0 and _CODE_IN_PARENS.fullmatch(text, nxt + 1, close):
                    break  # "(FLU6902A)": a vaccine lot or a form code, not a detail of the condition
                if close > 0 and (th.search(text, nxt, close) or "\n" not in text[nxt:close]):
                    e = close + 1
                    continue
                break
            am = _AMOUNT.match(text, nxt)
            if not am and text.endswith("ร้อยละ", 0, e):  # "…พิการร้อยละ 80": the figure is the clause's
                am = rx.compile(r"[0-9]+(?:\.[0-9]+)?").match(text, nxt)
            if am:
                e = am.end()
                continue
            pe = nxt
            while pe < len(text) and not _BREAK.match(text[pe]):
                pe += 1
            piece = text[nxt:pe]
            if not piece or _STRONG_POP.search(piece) or PERSON_NEAR.match(piece) or _AGENCY.match(piece):
                break
            # A wrap only continues a clause cut mid-phrase (Thai on both sides), not one
            # closed by a parenthesis or a figure.
            # A line that opens with a rule's or a programme's word ("ระเบียบวาระที่ 3", "โครงการ…")
            # starts a new paragraph or agenda item.
            wrapped = "\n" in gap.group() and re.match(f"[{TH}]", piece) and len(piece) <= 20 \
                and re.match(f"[{TH}]", text[e - 1]) and not _WEAK_POP.match(piece)
            if _GOES_ON.match(piece) or th.search(piece) or wrapped:
                e = pe
                continue
            if _JOINS.match(piece):
                m2 = _JOINED_WORD.match(text, pe)
                if m2 and th.search(m2.group(1)) and not PERSON_NEAR.match(m2.group(1)):
                    e = m2.end()
                    continue
            break
        clause = text[s:e]
        # The count of a statistic follows in the same sentence ("… และ\nคอแข็ง จำนวน 3 ราย"),
        # also across a paragraph's line wrap; after a short line (a table cell) the next
        # line is another row, not this clause's tail.
        line_len = e - (text.rfind("\n", 0, e) + 1)
        after = "" if text.startswith("\n", e) and line_len < 40 else text[e:e + 40]
        ls, le = text.rfind("\n", 0, s) + 1, text.find("\n", first_end)
        head = text[s:first_end]
        alone = text[ls:le if le >= 0 else len(text)].strip() == head.strip()
        if text[first_end:first_end + 3].lstrip(" \t").startswith((":", "：")) \
                or (alone and _LABEL_PREFIX.match(head) and len(head) <= len(term) + 8):
            return None
        # A person word after กลุ่ม names a group (กลุ่มหญิงอายุ 30-60 ปี), not a person, and one
        # inside a longer word is none (ลูก in มดลูก, the womb).
        cues = [c for c in PERSON_NEAR.finditer(clause) if not clause[:c.start()].rstrip(" \t").endswith("กลุ่ม")]
        if cues:
            bounds = _word_starts(clause)
            cues = [c for c in cues if c.start() in bounds]
        if _statistic(clause) or _statistic(after):
            return None
        if not cues and _WEAK_POP.search(clause):
            return None
        # A programme's word earlier on the clause's own line, no person after it: the clause
        # goes on a programme's name ("โครงการป้องกันโรคเบาหวาน ความดันโลหิตสูง …").
        programme = list(_WEAK_POP.finditer(text, ls, s))
        if not cues and programme and not PERSON_NEAR.search(text, programme[-1].end(), s):
            return None
        before = text[max(0, s - 250):s]
        near = [c for c in PERSON_NEAR.finditer(before)]
        if not cues and not near:
            # A row of a list of people read as text: the person's ID number stands in
            # the same row, further back than a sentence would put a name.
            if not _ID_NUMBER.search(text, max(0, s - 400), s):
                return None
            return s, e, f"health clause with '{term}', a personal ID number within 400 chars before (a list row)"
        # Forms put an ID, an address and a phone between the person and the clause:
        # a person up to 250 chars back still counts, with less weight.
        far = not cues and near[-1].end() < len(before) - 120
        # A person word before the condition names whose condition it is; start after it
        # ("ผู้ร้องมีภาวะ…"), unless it is part of the condition ("เป็นเด็กพิการ").
        inner = [c for c in cues if c.end() <= ms - s and not clause[:c.start()].endswith("เป็น")]
        if inner:
            s += inner[-1].end()
            while s < ms and text[s] in " \t\n":
                s += 1
        if far:
            return s, e, f"health clause with '{term}', a person within 250 chars before"
        return s, e, f"health clause with '{term}' near a person"

    def _english(self, ctx: DetectionContext, en: re.Pattern[str]) -> list[Finding]:
        text = ctx.text
        out: list[Finding] = []
        hits: list[re.Match[str]] = []
        labelled: list[tuple[int, int]] = []
        for m in _EN_LABEL.finditer(text):
            end = (stop.start() if (stop := _EN_SENTENCE_END.search(text, m.end(), m.end() + 240)) is not None
                   else min(len(text), m.end() + 240))
            value = text[m.end():end].strip()
            if not value or _EN_NONE.match(value) or not PERSON_NEAR.search(text, max(0, m.start() - 300), m.start()):
                continue
            labelled.append((m.start(), end))
            out.append(self.finding(m.end(), m.end() + len(text[m.end():end].rstrip()), 0.75,
                                    f"value of the English health label '{m.group().strip(' :')}' near a person"))
        for m in sorted([*en.finditer(text), *_EN_INJURED.finditer(text)], key=lambda m: (m.start(), -m.end())):
            if any(s <= m.start() < e for s, e in labelled):
                continue  # the label and its value: taken whole above
            if not hits or m.start() >= hits[-1].end():  # a listed phrase and the adjective in it: one hit
                hits.append(m)
        i = 0
        while i < len(hits):
            first = hits[i]
            last = first
            j = i + 1
            # Group health words of one sentence that are close together.
            while j < len(hits) and hits[j].start() - last.end() < 60 \
                    and not _EN_SENTENCE_END.search(text, last.end(), hits[j].start()):
                last = hits[j]
                j += 1
            i = j
            sent_start = max((mm.end() for mm in _EN_SENTENCE_END.finditer(text, max(0, first.start() - 200),
                                                                              first.start())), default=0)
            lead = text[max(sent_start, first.start() - 50):first.start()]
            verbs = list(_EN_VERB.finditer(lead))
            start = first.start() - len(lead) + verbs[-1].start() if verbs else first.start()
            sentence_before = text[max(0, sent_start - 120):start]
            if _STRONG_POP.search(text[start:last.end()]) or not PERSON_NEAR.search(sentence_before) \
                    or _EN_PROGRAMME_AFTER.match(text, last.end()):
                continue
            end = last.end()
            if (part := _EN_BODY_PART.match(text, end)) is not None:
                end = part.end()
            out.append(self.finding(start, end, 0.75, f"English health phrase with '{first.group()}' "
                                                              "near a person"))
        return out
