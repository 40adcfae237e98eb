"""House addresses: the house-level part (number, หมู่, ซอย, ถนน, ตำบล/แขวง).

District, province and postcode stay visible: they are jurisdiction, shared by
thousands of people, and the letter often names them as such.
"""

from __future__ import annotations

import re

from redactor.detectors.base import TH, WS, DetectionContext, Detector, register
from redactor.types import Finding

_NUM = r"[0-9]{1,5}(?:/[0-9]{1,4})?"
_COMP = (
    rf"(?:หมู่(?:ที่)?\s*[0-9]{{1,3}}|ม\.\s*[0-9]{{1,3}}|ซอย\s*[{TH}0-9/]+(?:\s+[0-9]{{1,3}}(?![0-9/]))?"
    rf"|ซ\.\s*[{TH}0-9/]+|ถนน\s*[{TH}]+|ถ\.\s*[{TH}]+|ตำบล\s*[{TH}]+|ต\.\s*[{TH}]+|แขวง\s*[{TH}]+"
    rf"|หมู่บ้าน\s*[{TH}]+|อาคาร\s*[{TH}]+|ห้อง(?:เลขที่)?\s*[0-9]+|ชั้น(?:ที่)?\s*[0-9]+)"
)
ADDRESS_RE = re.compile(
    rf"(?:(?:บ้าน)?เลขที่|อยู่(?:บ้าน)?(?:เลขที่)?|ที่อยู่)?\s*(?<![0-9/])({_NUM}(?:{WS}{_COMP})+)"
)
_ANCHOR = ("บ้านเลขที่", "อยู่", "ที่อยู่", "เลขที่", "ภูมิลำเนา")
_COMP_RE = re.compile(_COMP)
# A year or a count is not a house number ("ปีงบประมาณ 2567 ตำบล…", "จำนวน 500 ตำบล").
_NOT_HOUSE_NO = re.compile(r"(?:พ\.ศ\.|ปี|งบประมาณ|จำนวน|วันที่)\s*$")


@register
class AddressDetector(Detector):
    name = "address"
    label = "ADDRESS"
    description = "House number followed by หมู่/ซอย/ถนน/ตำบล/แขวง components; district and province stay."

    def detect(self, ctx: DetectionContext) -> list[Finding]:
        out = []
        for m in ADDRESS_RE.finditer(ctx.text):
            start, end = m.span(1)
            prefix = ctx.text[m.start():start]
            anchored = any(a in prefix for a in _ANCHOR) or any(a in ctx.before(start, 20) for a in _ANCHOR)
            # Count components, not keywords: "ตำบล ตำบลละ" is one.
            ncomp = len(_COMP_RE.findall(ctx.text, start, end))
            if not anchored and (ncomp < 2 or _NOT_HOUSE_NO.search(ctx.before(start, 12))):
                continue
            score = 0.85 if anchored else 0.7
            why = "house number with " + ("an address word before it" if anchored else f"{ncomp} address components")
            out.append(self.finding(start, end, score, why))
        return out
