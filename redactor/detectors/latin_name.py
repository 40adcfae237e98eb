"""Names written in Latin script: bilingual letters, CVs, foreign nationals.

A name is 1–4 capitalised words (or words in capitals) after an English title
(MR, MRS, MS, MISS, DR, with or without a dot, in any case), after a Thai title
(นาย/นาง … before a Latin name), after a name label (Name:, Applicant, Patient),
after a Thai private party's role or a signature cue (ผู้ร้อง, พยาน, ลงชื่อ; two words or more),
or before a kinship note ("(mother)", "(พี่ชาย)"). The family name of a name found
so is also found where it stands alone ("the Smith family").

Organisations are not names (Co., Ltd., Company, Ministry, Hospital, Embassy, …).
Officials followed by their position are found too: policy keeps them.
"""

from __future__ import annotations

import re

from redactor import rx
from redactor.detectors.base import DetectionContext, Detector, register
from redactor.lexicon import PRIVATE_ROLE_WORDS
from redactor.rx import compile_scan
from redactor.types import Finding

# Latin letters with the accents of European and Vietnamese names.
_UP = "A-ZÀ-ÖØ-ÞĀ-ſƠƯẠ-ỹ"
_LO = "a-zß-öø-ÿā-ſơưạ-ỹ"
# A capitalised word, a word in capitals, or either with an apostrophe or hyphen
# (O'Brien, Jean-Luc, NGUYEN-THI).
_WORD = rf"[{_UP}](?:[{_LO}]+|[{_UP}]+|(?=['’][{_UP}]))(?:['’-][{_UP}]?[{_LO}{_UP}]+)?"
# One or two blanks between name words; a wider gap is a form's or a table's column gap
# ("Name: Chaiwat Boonmee   Nickname: Boy").
_GAP = r"[ \t]{1,2}"
# What every name word starts with (_WORD).
_CAPITAL = rx.compile(f"[{_UP}]")
# Lower-case particles inside a name, never at its end: Malay patronymics (Ahmad bin Yusof), Arabic
# (ibn, al), Dutch, German, Romance and Portuguese family-name particles (van der Berg, de la Cruz, dos Santos).
_PARTICLE = r"(?:bin|binti|bint|ibn|al|el|van|von|der|den|de|da|das|dos|del|della|di|du|la|le)"
_NAME = rf"{_WORD}(?:{_GAP}(?:{_PARTICLE}{_GAP}){{0,2}}{_WORD}){{0,3}}"
_TITLE = r"(?i:mrs|mr|ms|miss|mx|dr)\b\.?"
TITLED = compile_scan(rf"(?<![A-Za-z])({_TITLE})[ \t]*({_NAME})")
# Burmese and Karen honorifics (Ma, Maung/Mg, Daw, Naw, Saw) are titles too; being
# short words, they count only before two or more name words. Not Ko: it is also
# "island" in Thai place names (Ko Phi Phi).
HONORIFIC = rx.compile(
    rf"(?<![A-Za-z])((?:MA|Ma|MAUNG|Maung|MG|Mg|DAW|Daw|NAW|Naw|SAW|Saw)\.?)[ \t]+({_WORD}(?:{_GAP}{_WORD}){{1,3}})"
)
LABELLED = compile_scan(
    rf"(?<![A-Za-z])(?i:(?:full[ \t]+|given[ \t]+|family[ \t]+|first[ \t]*|last[ \t]*|sur|nick[ \t\-]?)?name"
    rf"|applicant|patient|passenger|employee|student"
    rf"|holder|insured|child|spouse|guardian|father|mother|husband|wife|son|daughter|brother|sister|parent"
    rf"|next[ \t]+of[ \t]+kin)(?![a-z])(?:[ \t]*\([^)\n]{{0,20}}\))?[ \t]*[:：]?[ \t]*({_NAME})"
)
# A role noun, a comma, then a name closed by a comma or a bracket ("The applicant, Nguyen Thi Lan, was …",
# "the patient, Ahmad bin Yusof (male, 40)"): two words at least, so that "Patient, Family and Staff" is none.
APPOSITION = compile_scan(
    rf"(?i:applicant|patient|passenger|employee|student|holder|insured|child|spouse|guardian|complainant"
    rf"|victim|witness|worker|tenant|claimant|deceased)[ \t]*,[ \t]*"
    rf"({_WORD}(?:{_GAP}(?:{_PARTICLE}{_GAP}){{0,2}}{_WORD}){{1,3}})(?=[ \t]*[,(])"
)
# Two name words at least: one Latin word after a Thai title is as often OCR's reading of a form's
# check boxes and Thai words ("เด็กหญิง Owns (วนางสาว") as a foreigner's given name alone.
THAI_TITLED = rx.compile(rf"(?:นางสาว|นาง|นาย|เด็กชาย|เด็กหญิง|ด\.ช\.|ด\.ญ\.|คุณ)[ \t]*({_WORD}(?:{_GAP}{_WORD}){{1,3}})")
KIN_AFTER = rx.compile(
    rf"({_NAME})[ \t]*\((?i:mother|father|wife|husband|son|daughter|brother|sister|spouse|child|guardian"
    rf"|มารดา|บิดา|ภรรยา|สามี|บุตร[ก-๛]*|พี่[ก-๛]*|น้อง[ก-๛]*|ลูก[ก-๛]*|ผู้ปกครอง)\)"
)
# A Thai role word of a private party (ผู้ร้อง, พยาน …) or a signature/contact cue before two or more Latin
# name words: Thai forms name foreign people without an English title ("ลงชื่อ Daniel Okafor").
# Not ผู้ประกอบการ: an operator is as often a firm written without Co./Ltd. ("Siam Fresh Market").
_THAI_CUES = (*(w for w in PRIVATE_ROLE_WORDS if w != "ผู้ประกอบการ"), "ลงชื่อ", "ผู้ติดต่อ", "ชื่อ-สกุล",
              "ชื่อ - สกุล", "ชื่อ-นามสกุล")
THAI_CUED = rx.compile(
    "(?:" + "|".join(re.escape(w) for w in sorted(_THAI_CUES, key=lambda w: (-len(w), w))) + ")"
    rf"\)?[ \t]*[:：]?[ \t]*({_WORD}(?:{_GAP}{_WORD}){{1,3}})"
)
# A social-network account named by its display name, two or three Latin words ("เฟซบุ๊ก Anong
# Saelim"), where the writer speaks of themself or a private person stands just before: the
# person's own account under their name. An agency's page is an organisation (_ORG).
SOCIAL_NAMED = compile_scan(
    r"(?<![A-Za-z])(?:เฟซบุ๊ก|เฟซบุ๊ค|เฟสบุ๊ค|เฟสบุ๊ก|(?i:facebook)|FB|ไลน์|(?i:line)|ไอจี|IG|(?i:instagram)|(?i:tiktok)"
    r"|ติ๊กต็อก)"
    rf"(?:[ \t]*(?:ชื่อ|name)?[ \t]*[:：])?[ \t]+({_WORD}(?:{_GAP}{_WORD}){{1,2}})(?![ \t]*[{_UP}{_LO}])"
)
# A CV's heading: the document opens with two or three name words (on one line, or one word a
# line), and a contact block follows within a few lines (Phone, E-mail, Address … or an e-mail
# address). A title, a job title or an organisation there is no name (_HEADING_STOP, _ORG).
CV_HEADING = rx.compile(
    rf"[ \t\n]*({_WORD}(?:(?:{_GAP}|[ \t]*\n[ \t]*){_WORD}){{1,2}})[ \t]*\n"
)
# Up to two lines of heading words may open the document before the name ("CV", "Curriculum
# Vitae", "Personal Information").
_PREAMBLE_LINES = 2
_CONTACT_CUE = compile_scan(
    r"(?i:\b(?:phone|tel|mobile|e-?mail|address|contact|linkedin|github)\b)|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]"
)
_CONTACT_LINES = 8
# A line of two or three words in capitals, nothing else on it.
_CAPS_LINE = rx.compile(r"^[ \t]*([A-Z]{2,}(?:[ \t]+[A-Z]{2,}){1,2})[ \t]*$", re.M)
_HEADING_STOP = frozenset("""
Curriculum Vitae Resume Résumé Cv Portfolio Biodata Bio Application Applicant Candidate Welcome Hello Hi
Developer Engineer Designer Programmer Analyst Consultant Specialist Scientist Architect Teacher Lecturer
Accountant Assistant Nurse Doctor Technician Administrator Coordinator Intern Web Software Full Stack Frontend
Backend Senior Junior Lead Chief Head Press Release Notice Announcement Invitation Memo Memorandum Minutes Agenda
Annual Quarterly Monthly Weekly Daily News Newsletter Bulletin Manual Guide Handbook Policy Plan Proposal
Statement Transcript Academic Official Confidential Draft Final Page Table Contents
Expected Salary Hobbies Hobby Interests Languages Language Awards Honors Honours Certificates Certifications
Achievements Strengths About Abilities Ability Career Literacy Tools Computer Soft Hard Extracurricular
""".split())
_SOCIAL_OWNER = rx.compile(r"ข้าพเจ้า|ดิฉัน|กระผม|(?<![ก-๛])ผม(?![ก-๛])|ผู้ร้อง|ผู้แจ้ง|ผู้สมัคร|ผู้เสียหาย"
                           r"|ติดต่อ(?:ข้าพเจ้า|กลับ)")
# Words that make a capitalised run an organisation, a place or a heading.
_ORG = compile_scan(
    r"\b(?i:co|ltd|limited|company|corp|corporation|inc|group|ministry|department|office|hospital|clinic|embassy"
    r"|consulate|university|college|school|bank|province|district|city|road|street|soi|island|hotel|resort"
    r"|foundation|association|agency|court|police|immigration|station|unit|centre|center|committee|council"
    r"|government|royal|kingdom|thailand|republic|service|services|tour|tours|airlines?)\b"
)
# Capitalised words that are not names when a run starts or ends with them.
_STOP = frozenset("""
The A An And Of For To In On At By With From This That These Those His Her Their Our Your My We They He She It
Name Names Full Given Family Surname Applicant Patient Passenger Employee Student Holder Insured Child Spouse
Guardian Date Birth Nationality Passport No Number Status Address Tel Phone Email Sex Male Female Age Religion
Dear Sir Madam Excellency Attention Subject Re Please Mr Mrs Ms Miss Dr Mx Signed Signature Note Remarks Yes
Discharged Admitted ICU HN AN ID Thai English Consul Ambassador Governor Director Officer Manager
First Last Middle Nickname
Record Records List Details Detail Information Info Form Report Register Registration Certificate Card Data Profile
History Summary Letter Section Table Sheet Slip Particulars
Personal Activities Activity Education Experience Skills Training Work Period Contact Emergency Background
Qualifications Qualification Objective Objectives Reference References Project Projects Internship
""".split())


def _stop_word(word: str) -> bool:
    """A heading or function word in any case ("NAME", "Name"), or a listed acronym as written (HN, ID)."""
    word = word.rstrip(".,:")
    return word.title() in _STOP or word in _STOP


def _trim(ctx: DetectionContext, start: int, end: int) -> tuple[int, int] | None:
    """Drop stop words from both ends of a run; None when nothing name-like is left."""
    words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", ctx.text[start:end])]
    while words and _stop_word(ctx.text[words[-1][0]:words[-1][1]]):
        words.pop()
    while words and _stop_word(ctx.text[words[0][0]:words[0][1]]):
        words.pop(0)
    if not words:
        return None
    return words[0][0], words[-1][1]


def _is_org(ctx: DetectionContext, start: int, end: int) -> bool:
    return bool(_ORG.search(ctx.text[start:end]) or _ORG.match(ctx.after(end, 20).lstrip(" \t,")))


@register
class LatinNameDetector(Detector):
    name = "latin_name"
    label = "PERSON"
    description = ("Names in Latin script after English or Thai titles, name labels or before a kinship note, "
                   "and their family names standing alone elsewhere; not organisations.")

    def detect(self, ctx: DetectionContext) -> list[Finding]:
        out: list[Finding] = []
        if _CAPITAL.search(ctx.text) is None:
            # Every pattern here ends in a name word, which starts with a capital letter: a text
            # without one (most Thai letters) holds none, and its Thai cues need not be scanned.
            return out
        for rgx, group, score, why in (
            (TITLED, 2, 0.85, "English title + Latin name"),
            (HONORIFIC, 2, 0.75, "Burmese/Karen honorific + Latin name"),
            (THAI_TITLED, 1, 0.8, "Thai title + Latin name"),
            (LABELLED, 1, 0.75, "name label + Latin name"),
            (APPOSITION, 1, 0.75, "role noun + Latin name set off by commas"),
            (KIN_AFTER, 1, 0.75, "Latin name before a kinship note"),
            (THAI_CUED, 1, 0.75, "Thai role or signature cue + Latin name"),
        ):
            for m in rgx.finditer(ctx.text):
                span = _trim(ctx, *m.span(group))
                if span is None or _is_org(ctx, *span):
                    continue
                start = m.start() if group == 2 else span[0]
                out.append(self.finding(start, span[1], score, f"{why} ('{m.group(group).split()[0]}')"))
        heading = CV_HEADING.match(ctx.text, self._preamble_end(ctx.text))
        if heading is not None:
            span = self._cv_heading(ctx, *heading.span(1))
            if span is not None:
                out.append(self.finding(*span, 0.75, "a CV's heading: name words opening the document above "
                                                     "a contact block"))
        out.extend(self._caps_names_in_cv(ctx, out))
        for m in SOCIAL_NAMED.finditer(ctx.text):
            span = _trim(ctx, *m.span(1))
            if span is None or _is_org(ctx, *span) or len(ctx.text[span[0]:span[1]].split()) < 2:
                continue
            ls = ctx.text.rfind("\n", 0, m.start()) + 1
            if _SOCIAL_OWNER.search(ctx.text, max(ls, m.start() - 160), m.start()):
                out.append(self.finding(span[0], span[1], 0.7, "a private person's social-media display name "
                                        f"('{ctx.text[span[0]:span[1]].split()[0]}')"))
        out.extend(self._family_names(ctx, out))
        return out

    @staticmethod
    def _preamble_end(text: str) -> int:
        """Where the document's text starts after up to two lines made only of heading words."""
        pos = len(text) - len(text.lstrip())
        for _ in range(_PREAMBLE_LINES):
            nl = text.find("\n", pos)
            words = text[pos:nl if nl >= 0 else len(text)].split()
            if nl < 0 or not words or not all(_stop_word(w) or w.title() in _HEADING_STOP for w in words):
                break
            pos = nl + 1
        return pos

    def _cv_heading(self, ctx: DetectionContext, start: int, end: int) -> tuple[int, int] | None:
        words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", ctx.text[start:end])]

        def stop(w: tuple[int, int]) -> bool:
            word = ctx.text[w[0]:w[1]]
            return _stop_word(word) or word.title() in _HEADING_STOP

        while words and stop(words[-1]):  # a heading word on the line after the name ("INFO")
            words.pop()
        if len(words) < 2 or any(stop(w) for w in words):
            return None
        start, end = words[0][0], words[-1][1]
        if _is_org(ctx, start, end):
            return None
        block_end = end
        for _ in range(_CONTACT_LINES):
            nxt = ctx.text.find("\n", block_end + 1)
            if nxt < 0:
                block_end = len(ctx.text)
                break
            block_end = nxt
        return (start, end) if _CONTACT_CUE.search(ctx.text, end, block_end) else None

    def _caps_names_in_cv(self, ctx: DetectionContext, found: list[Finding]) -> list[Finding]:
        """A CV's name in capitals on a line of its own: away from the document's opening (a layout
        read column by column puts it under a spaced heading, "S T U D E N T"), or opening it with
        the contact block further down than ``CV_HEADING`` looks.

        Capitals alone do not make a name (a CV's section headings are capitals too), so three
        things must hold: no word of the line is a heading, function or organisation word; a
        personal contact cue (a phone, an e-mail address) is within a few lines, or anywhere below
        the document's opening line; and one of its
        words is written again elsewhere in the document capitalised (the same person in
        another form: "Somchai J.", a signature) or inside an e-mail address or a profile URL.
        """
        text = ctx.text
        out: list[Finding] = []
        for m in _CAPS_LINE.finditer(text):
            start, end = m.span(1)
            if any(f.start < end and start < f.end for f in found):
                continue
            words = m.group(1).split()
            if any(_stop_word(w) or w.title() in _HEADING_STOP for w in words) or _is_org(ctx, start, end):
                continue
            ls = m.start()
            for _ in range(_CONTACT_LINES):
                ls = text.rfind("\n", 0, max(ls - 1, 0)) + 1 if ls > 0 else 0
            le = end
            for _ in range(_CONTACT_LINES):
                nxt = text.find("\n", le + 1)
                le = len(text) if nxt < 0 else nxt
            # Near a contact block, or opening the document when its contact block is further down.
            opening = m.start() <= self._preamble_end(text)
            if not (_CONTACT_CUE.search(text, ls, start) or _CONTACT_CUE.search(text, end, le)
                    or (opening and _CONTACT_CUE.search(text, end))):
                continue
            rest = text[:m.start()] + "\n" + text[m.end():]
            again = next((w for w in words if len(w) >= 4 and re.search(
                rf"(?<![A-Za-z]){w[0]}(?i:{w[1:]})(?![a-z])|[A-Za-z0-9._%+-]*(?i:{w})[A-Za-z0-9._%+-]*@"
                rf"|/(?i:{w})", rest)), None)
            if again is None:
                continue
            where = "near a contact block" if not opening else "opening a document with contact details"
            out.append(self.finding(start, end, 0.75, f"a CV's name in capitals on its own line, {where}, "
                                    f"'{again.title()}' written again elsewhere in the document"))
        return out

    def _family_names(self, ctx: DetectionContext, found: list[Finding]) -> list[Finding]:
        """A family's name elsewhere, alone ("the Smith family", a file's metadata).

        Only a family name that two different people found here share, or one
        written next to "family"/ครอบครัว: an official's surname alone stays.
        """
        owners: dict[str, set[str]] = {}
        for f in found:
            words = ctx.text[f.start:f.end].split()
            if re.match(_TITLE, words[0]):
                words = words[1:]
            if len(words) >= 2:
                last = words[-1].rstrip(".,")
                if len(last) >= 3 and last.title() not in _STOP:
                    owners.setdefault(last, set()).add(" ".join(words[:-1]))
        out: list[Finding] = []
        taken = [(f.start, f.end) for f in found]
        for fam, firsts in owners.items():
            for m in re.finditer(rf"(?<![\w]){re.escape(fam)}(?![\w])", ctx.text, re.I):
                if any(s <= m.start() < e for s, e in taken):
                    continue
                family_word = re.match(r"[ \t]+(?i:family|household)", ctx.after(m.end(), 12)) \
                    or ctx.before(m.start(), 12).rstrip().endswith(("ครอบครัว", "family"))
                if len(firsts) < 2 and not family_word:
                    continue
                out.append(self.finding(m.start(), m.end(), 0.7, f"family name of a Latin name found ('{fam}')"))
        return out
