"""A private person's religion or belief (RELIGION): a form field or a statement about them.

"ศาสนา พุทธ", "ศาสนา: อิสลาม", "Religion: Buddhist" as a field (the label stands
after a line start, a space or a field separator), and "นับถือศาสนาคริสต์" near a
person. The value is the finding. Religion in general text (a temple, a holy
day, ส่งเสริมศาสนาพุทธ) is not a field and stays.
"""

from __future__ import annotations

import re

from redactor import rx
from redactor.detectors.base import DetectionContext, Detector, register
from redactor.explain import ContextRule, Explanation
from redactor.lexicon import PERSON_NEAR
from redactor.rx import compile_scan
from redactor.types import Finding

_VALUE_TH = r"(?:พุทธ|อิสลาม|คริสต์|คริสต์ศาสนา|โรมันคาทอลิก|คาทอลิก|โปรเตสแตนต์|ฮินดู|ซิกข์|พราหมณ์|ยิว|บาไฮ|ขงจื๊อ|ไม่นับถือศาสนา|ไม่มี)"
_VALUE_EN = (
    r"(?i:buddhis[mt]|islam|muslim|moslem|christian(?:ity)?|catholic|roman[ \t]+catholic|protestant|hindu(?:ism)?"
    r"|sikh(?:ism)?|jewish|judaism|baha'?i|none|no[ \t]+religion|atheist)"
)
FIELD_RE = rx.compile(
    rf"(?:^|(?<=[\s|:;]))(?:ศาสนา|(?i:religion))[ \t]*(?:[:：][ \t]*|[ \t]+|\n[ \t]*)"
    rf"((?:ศาสนา)?{_VALUE_TH}|{_VALUE_EN})(?![ก-๛A-Za-z])",
    re.M,
)
STATEMENT_RE = rx.compile(rf"(?:นับถือ(?:ศาสนา)?|เป็นชาว|(?i:practis|practic)es?[ \t]+)({_VALUE_TH}|{_VALUE_EN})")
# A form has other fields about the person close by.
_FORM_NEAR = compile_scan(r"สัญชาติ|เชื้อชาติ|เพศ|อายุ|ชื่อ|(?i:nationality|sex|gender|name|date of birth)")


# "นับถือศาสนาพุทธ" is a person's faith only with a person shortly before it.
_PERSON_BEFORE_FAITH = ContextRule(PERSON_NEAR, window=100, require=True)

@register
class ReligionDetector(Detector):
    name = "religion"
    label = "RELIGION"
    description = "Religion as a form field (ศาสนา …, Religion: …) or a person's stated faith (นับถือศาสนา…)."

    def detect(self, ctx: DetectionContext) -> list[Finding]:
        out = []
        for m in FIELD_RE.finditer(ctx.text):
            near = ctx.before(m.start(), 150) + ctx.after(m.end(), 80)
            if not (_FORM_NEAR.search(near) or PERSON_NEAR.search(ctx.before(m.start(), 150))):
                continue
            out.append(self.finding(m.start(1), m.end(1), 0.8, "religion field among a person's details"))
        for m in STATEMENT_RE.finditer(ctx.text):
            if m.group(1).startswith("ไม่"):
                continue
            hit = _PERSON_BEFORE_FAITH.find(ctx, m.start())
            if hit is not None:
                out.append(self.finding(m.start(1), m.end(1), 0.75,
                                        Explanation("a person's stated faith", pattern="statement", context=(hit,))))
        return out
