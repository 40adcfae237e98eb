"""Dates of birth (Thai and English), and ages tied to a person.

A date counts as a birth date only after a birth word (เกิดวันที่, เกิดเมื่อ,
วัน/เดือน/ปีเกิด, ว/ด/ป เกิด, born on, DOB, Date of Birth) or in a table column
headed by one (cells are the table_column detector's; a table read as text is
handled here): the document's own dates, meetings and orders stay visible.
"""

from __future__ import annotations

import re

from redactor import rx
from redactor.detectors.base import TH, DetectionContext, Detector, register
from redactor.explain import ContextHit, ContextRule, Explanation
from redactor.lexicon import EN_MONTH_RE, PERSON_NEAR, THAI_MONTH_RE, TITLE_RE
from redactor.rx import compile_scan
from redactor.types import Finding

_ERA = r"(?:พ\.?[ \t]?ศ\.?|พุทธศักราช|ค\.?[ \t]?ศ\.?|B\.?E\.?|C\.?E\.?|A\.?D\.?)"
_YEAR = rf"(?:{_ERA}[ \t]*)?[0-9]{{4}}(?:[ \t]*{_ERA})?|(?:{_ERA}[ \t]*)?[0-9]{{2}}(?![0-9])"
# Spaces with at most one line break, written so that a run of spaces splits one way only
# (``[ \t]*\n?[ \t]*`` splits n spaces n+1 ways, and several in a row backtrack polynomially).
_SP = r"[ \t]*(?:\n[ \t]*)?"
DATE_ANY = (
    rf"[0-9]{{1,2}}{_SP}(?:{THAI_MONTH_RE}){_SP}(?:{_YEAR})"
    rf"|[0-9]{{1,2}}[ \t]*[-/.][ \t]*[0-9]{{1,2}}[ \t]*[-/.][ \t]*(?:[0-9]{{4}}|[0-9]{{2}}(?![0-9]))"
    rf"|[0-9]{{1,2}}(?:st|nd|rd|th)?{_SP}{EN_MONTH_RE},?{_SP}[0-9]{{4}}"
    rf"|{EN_MONTH_RE}{_SP}[0-9]{{1,2}}(?:st|nd|rd|th)?,?{_SP}[0-9]{{4}}"
    rf"|[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}"
)
_BIRTH_WORD = (
    # "เกิด" may end a line with "วันที่ …" on the next (a wrapped form line).
    r"(?:เกิด(?:[ \t]*(?:\n[ \t]*)?เมื่อ)?(?:[ \t]*(?:\n[ \t]*)?วันที่)?"
    r"|วัน[ \t]*(?:/[ \t]*)?เดือน[ \t]*(?:/[ \t]*)?ปี[ \t]*เกิด|วันเกิด"
    r"|ว[ \t]*[./][ \t]*ด[ \t]*[./][ \t]*ป[ \t]*\.?[ \t]*เกิด|(?i:date[ \t]+of[ \t]+birth|birth[ \t]*date|DOB|D\.O\.B\.?"
    r"|born(?:[ \t]+on)?))"
)
# A form's birth-date fields, each part after its own label: "เกิดวันที่ 14 เดือน กันยายน พ.ศ. 2537" (the
# leaders of the blanks read as spaces, the year's field on the next line).
_FORM_DATE = (
    rf"[0-9]{{1,2}}{_SP}เดือน{_SP}(?:{THAI_MONTH_RE}|[0-9]{{1,2}}(?![0-9])){_SP}"
    rf"(?:พ\.?[ \t]?ศ\.?|ปี(?:[ \t]*พ\.?[ \t]?ศ\.?)?|พุทธศักราช){_SP}[0-9]{{4}}"
)
DOB_RE = compile_scan(rf"{_BIRTH_WORD}[ \t]*(?:\([^)\n]{{0,20}}\)[ \t]*)?(?:[:：][ \t]*)?(?:\n[ \t]*)?"
                      rf"({_FORM_DATE}|{DATE_ANY})")
DATE_RE = compile_scan(DATE_ANY)
# A delivery told in a sentence: the newborn's birth date is the date the mother gave birth on
# ("gave birth … to a baby girl, …, on 9 February 2027", "คลอดบุตรชาย … เมื่อวันที่ 3 มีนาคม 2570").
# The date must follow in the same sentence (no line break or full stop between); maternity leave
# (ลาคลอด …) is an official's leave, not a birth.
_DELIVERY_RE = compile_scan(
    rf"(?:(?i:gave[ \t]+birth|was[ \t]+delivered)[^\n.]{{0,120}}?(?i:\bon)"
    rf"|(?<!ลา)คลอด(?:บุตร|ทารก)?[^\n]{{0,100}}?เมื่อ(?:วันที่)?)[ \t]*({DATE_ANY})"
)
# A titled name, then where and when that person was born: "เด็กหญิงสุดา ใจดี เกิดที่บ้านเมื่อวันที่ 3
# มกราคม 2568", "นายก ข เกิดที่โรงพยาบาลทดลอง เมื่อ 1 มี.ค. 2530". The name must stand right before เกิด
# (an accident "ซึ่งเกิดที่ถนน … เมื่อวันที่" after a name is not a birth).
_BORN_AT_RE = compile_scan(
    rf"(?:{TITLE_RE})[{TH}]+(?:[ \t]+[{TH}]+)?[ \t]+เกิด(?:ที่|ณ)[^\n]{{1,40}}?เมื่อ(?:วันที่)?[ \t]*({DATE_ANY})"
)
# Not a birth: "เกิดเหตุ" (the incident happened) is excluded by the date having to follow directly.
AGE_RE = rx.compile(
    r"((?:อายุ|วัย)[ \t]*(?:[:：][ \t]*)?[0-9]{1,3}[ \t]*ปี(?:[ \t]*[0-9]{1,2}[ \t]*เดือน)?"
    r"|(?<![A-Za-z])(?i:aged?)[ \t:]*[0-9]{1,3}(?:[ \t]*(?i:years?(?:[ \t]+old)?|yrs?))?)"
)
# A line that is only a birth-date column header ("วันเกิด / Date of birth"), and a
# line that is only a date: a table's column read as text when no cells are known.
_HEADER_LINE = rx.compile(rf"^[ \t]*(?:{_BIRTH_WORD}(?:[ \t]*/[ \t]*)?)+[ \t]*$", re.M)
_DATE_LINE = rx.compile(rf"^[ \t]*({DATE_ANY})[ \t]*$", re.M)
# An age counts only with a person shortly before it ("นายสมชาย อายุ 45 ปี"), not "อายุ 50 ปี" of a building.
_PERSON_BEFORE_AGE = ContextRule(PERSON_NEAR, window=80, require=True)
# Or a date of birth found shortly before: the age of the person whose birth date a form or a CV
# just gave ("Date of Birth: … / Age: 23 years", "วันเกิด: … อายุ: 23 ปี"); a birth word alone is
# not enough (a school's วันเกิดปีที่ 60 is its anniversary).
_DOB_WINDOW = 80


@register
class DateOfBirthDetector(Detector):
    name = "date_of_birth"
    label = "DOB"
    description = ("Dates after a birth word or under a birth-date column (Thai and English forms, Thai digits, "
                   "B.E./C.E. years), and ages (อายุ N ปี, aged N) near a person.")

    def detect(self, ctx: DetectionContext) -> list[Finding]:
        out = []
        for m in DOB_RE.finditer(ctx.text):
            out.append(self.finding(m.start(1), m.end(1), 0.9, "date after a birth context word"))
        for m in _DELIVERY_RE.finditer(ctx.text):
            if not any(f.start == m.start(1) for f in out):
                out.append(self.finding(m.start(1), m.end(1), 0.85, "the date a delivery took place: the newborn's "
                                        "birth date"))
        for m in _BORN_AT_RE.finditer(ctx.text):
            if not any(f.start == m.start(1) for f in out):
                out.append(self.finding(m.start(1), m.end(1), 0.85, "the date a named person was born on, after "
                                        "where (เกิดที่ … เมื่อวันที่)"))
        for m in AGE_RE.finditer(ctx.text):
            hit, near = _PERSON_BEFORE_AGE.find(ctx, m.start()), "a person"
            if hit is None:
                dob = next((f for f in out if f.label == "DOB" and 0 <= m.start() - f.end <= _DOB_WINDOW), None)
                if dob is not None:
                    hit, near = ContextHit(ctx.text[dob.start:dob.end], m.start() - dob.start), "a date of birth"
            if hit is not None:
                why = Explanation(f"age within {_DOB_WINDOW} chars after {near}", pattern="age",
                                  context=(hit,))
                out.append(self.finding(m.start(1), m.end(1), 0.7, why, label="AGE"))
        # A form that captions each value below it ("24.10.1991" / "DATE OF BIRTH"): a date alone on
        # the line right above a line that is only a birth word, unless dates follow the caption too
        # (a column header: its dates are below it, the line above is something else).
        for h in _HEADER_LINE.finditer(ctx.text):
            above_end = h.start() - 1
            if above_end < 0 or ctx.text[above_end] != "\n":
                continue
            above = _DATE_LINE.match(ctx.text, ctx.text.rfind("\n", 0, above_end) + 1, above_end)
            below = _DATE_LINE.match(ctx.text, h.end() + 1, ctx.text.find("\n", h.end() + 1) % (len(ctx.text) + 1))
            if above is not None and below is None and not any(f.start == above.start(1) for f in out):
                out.append(self.finding(above.start(1), above.end(1), 0.6,
                                        "date alone on the line above a birth-date caption"))
        if not ctx.cells:
            for h in _HEADER_LINE.finditer(ctx.text):
                for m in _DATE_LINE.finditer(ctx.text, h.end(), min(len(ctx.text), h.end() + 800)):
                    if any(f.start == m.start(1) for f in out):
                        continue
                    out.append(self.finding(m.start(1), m.end(1), 0.6,
                                            "date alone on a line below a birth-date column header"))
        return out
