"""A private person's marital status (MARITAL_STATUS) as a field of their details.

"สถานภาพ โสด", "สถานภาพสมรส: หย่า", "Marital status: Single" where the label
stands at a line start, after a space or a field separator, with other fields
about the person close by (as the religion field is read). The value is the
finding. A blank form's options ("สถานภาพ ☐ โสด ☐ สมรส ☐ หม้าย") are no one's
status: a value followed by another option, or after a box, stays.
"""

from __future__ import annotations

import re

from redactor import rx
from redactor.detectors.base import DetectionContext, Detector, register
from redactor.lexicon import PERSON_NEAR
from redactor.rx import compile_scan
from redactor.types import Finding

_VALUE_TH = r"(?:โสด|สมรส(?:แล้ว)?|หย่า(?:ร้าง)?|หม้าย|แยกกันอยู่|อยู่ร่วมกัน(?:โดยไม่ได้จดทะเบียน)?|คู่สมรสเสียชีวิต)"
_VALUE_EN = r"(?i:single|married|divorced|widowed|widow(?:er)?|separated|unmarried)"
FIELD_RE = rx.compile(
    rf"(?:^|(?<=[\s|:;]))(?:สถานภาพ(?:การ)?(?:สมรส)?|สถานะ(?:การ)?สมรส|(?i:marital[ \t]+status|civil[ \t]+status))"
    rf"[ \t]*(?:[:：][ \t]*|[ \t]+|\n[ \t]*)({_VALUE_TH}|{_VALUE_EN})(?![ก-๛A-Za-z])",
    re.M,
)
# Another option right after the value, or a box before it: the form's list of choices.
_ANOTHER_OPTION = rx.compile(rf"[ \t]*(?:[/,|\u2610-\u2612\u25a1\u25a2\u25cb()\[\]]|[ \t]{{2,}})?[ \t]*"
                             rf"(?:{_VALUE_TH}|{_VALUE_EN})")
_BOX = rx.compile("[\u2610-\u2612\u25a1\u25a2\u25cb\\[(][ \t]*$")
# Other fields about the person close by.
_FORM_NEAR = compile_scan(r"สัญชาติ|เชื้อชาติ|ศาสนา|เพศ|อายุ|ชื่อ|วันเกิด|(?i:nationality|religion|sex|gender|name"
                          r"|date[ \t]+of[ \t]+birth|height|weight)")


@register
class MaritalStatusDetector(Detector):
    name = "marital_status"
    label = "MARITAL_STATUS"
    description = "Marital status as a field among a person's details (สถานภาพ โสด, Marital status: Married)."

    def detect(self, ctx: DetectionContext) -> list[Finding]:
        out = []
        for m in FIELD_RE.finditer(ctx.text):
            if _ANOTHER_OPTION.match(ctx.text, m.end(1)) or _BOX.search(ctx.text, m.start(), m.start(1)):
                continue
            near = ctx.before(m.start(), 200) + ctx.after(m.end(), 120)
            if not (_FORM_NEAR.search(near) or PERSON_NEAR.search(ctx.before(m.start(), 150))):
                continue
            out.append(self.finding(m.start(1), m.end(1), 0.8, "marital status field among a person's details"))
        return out
