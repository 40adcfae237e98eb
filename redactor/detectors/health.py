"""Health information tied to a person: the clause from the health trigger on.

Health words in general text (a health programme, a law's title) are not
personal data; a person must stand shortly before the clause.
"""

from __future__ import annotations

import re

from redactor.detectors.base import TH, DetectionContext, Detector, register
from redactor.detectors.person_name import TITLE_RE
from redactor.types import Finding

TRIGGER = re.compile(
    r"(?:มีภาวะ|ป่วยเป็น|ป่วยด้วย|เจ็บป่วยด้วย|เป็นโรค|มีโรค|เป็นผู้ป่วย|เป็น(?:เด็ก|ผู้|คน)?พิการ|พิการทาง"
    r"|ได้รับการวินิจฉัย|ติดเชื้อ|ตรวจพบเชื้อ|เป็นผู้ติดเชื้อ|มีอาการทางจิต|บำบัดยาเสพติด|ติดยาเสพติด)"
)
HEALTH_TERMS = re.compile(
    r"โรค|ภาวะ|ป่วย|พิการ|ความดัน|เบาหวาน|มะเร็ง|เอชไอวี|HIV|เอดส์|ซึมเศร้า|จิตเวช|ลมชัก|ตาบอด|หูหนวก"
    r"|อัมพาต|ไต|หัวใจ|หลับ|แพทย์|บำบัด|รักษา|เชื้อ|อาการ"
)
# Not after a dot: the "ศ." of "พ.ศ." is no professor. Not ยาย inside ขยาย (extend).
# No bare ซึ่ง ("which"): it introduces programme descriptions as often as people.
PERSON_NEAR = re.compile(
    rf"(?<!\.){TITLE_RE}|ผู้ร้อง|ผู้ต้องหา|ผู้เสียหาย|ผู้ป่วย|บุตร|ภรรยา|สามี|(?<!ข)ยาย|ย่า|ปู่|มารดา|บิดา|ลูก|เด็ก"
)
_CLAUSE_END = re.compile(r"[ \t]|\n|$")


@register
class HealthDetector(Detector):
    name = "health"
    label = "HEALTH"
    description = "Health or disability clauses (มีภาวะ…, ป่วยเป็น…, เป็นโรค…) within 120 chars after a person."

    def detect(self, ctx: DetectionContext) -> list[Finding]:
        text = ctx.text
        out = []
        for m in TRIGGER.finditer(text):
            if not PERSON_NEAR.search(ctx.before(m.start(), 120)):
                continue
            end = _CLAUSE_END.search(text, m.end()).start()  # type: ignore[union-attr]
            # A PDF line wrap is not a clause end when the clause goes on.
            while end < len(text) and text[end] == "\n":
                nxt = re.match(rf"[{TH}]+", text[end + 1:])
                if nxt and (HEALTH_TERMS.search(nxt.group()) or nxt.group().startswith(("และ", "จน"))):
                    end = end + 1 + nxt.end()
                else:
                    break
            out.append(self.finding(m.start(), end, 0.75, f"health clause from '{m.group()}' near a person"))
        return out
