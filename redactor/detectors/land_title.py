"""Land title deed numbers (โฉนดที่ดิน, น.ส.3, น.ส.3 ก., ส.ป.ก.)."""

from __future__ import annotations

import re

from redactor.detectors.base import WS, DetectionContext, Detector, register
from redactor.types import Finding

LAND_RE = re.compile(
    rf"(?:โฉนด(?:ที่ดิน)?|น\.ส\.\s*3\s*(?:ก\.|ข\.)?|นส\.?\s*3\s*ก?|ส\.ป\.ก\.\s*[0-9\-]*|หนังสือรับรองการทำประโยชน์)"
    rf"{WS}(?:เลขที่|ฉบับที่|เล่มที่)?{WS}([0-9][0-9,/\-]*[0-9]|[0-9])(?![0-9])"
    # "โฉนดที่ดิน 500 แปลง" counts deeds; it numbers none.
    r"(?!\s*(?:แปลง|ฉบับ|ราย|แห่ง|ไร่))"
)


@register
class LandTitleDetector(Detector):
    name = "land_title"
    label = "LAND_TITLE"
    description = "Land title deed numbers after โฉนด / น.ส.3 / ส.ป.ก. words."

    def detect(self, ctx: DetectionContext) -> list[Finding]:
        return [self.finding(m.start(1), m.end(1), 0.85, "number after a land-title word")
                for m in LAND_RE.finditer(ctx.text)]
