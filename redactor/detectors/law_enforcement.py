"""Law-enforcement operational details (s.15(2)) in operational documents.

Only in a document that is classified or reads as an operation plan: the
raid's date and time, the force committed, and the target premises.
"""

from __future__ import annotations

import re

from redactor.detectors.base import DATE_RE, TH, WS, DetectionContext, Detector, register
from redactor.detectors.security_mark import is_classified
from redactor.types import Finding

OPERATIONAL = re.compile(r"ตรวจค้น|จับกุม|แผนการปฏิบัติ|ปฏิบัติการ|สืบสวน|ล่อซื้อ|แฝงตัว|เป้าหมาย|หมายค้น|ซุ่ม")
WHEN_RE = re.compile(rf"(?:ใน)?(วันที่{WS}(?:{DATE_RE}){WS}เวลา{WS}[0-9]{{1,2}}[.:][0-9]{{2}}{WS}(?:น\.|นาฬิกา))")
FORCE_RE = re.compile(
    rf"((?:กำลังพล|เจ้าหน้าที่|ตำรวจ){WS}[0-9]+{WS}นาย(?:{WS}(?:รถยนต์|รถ|รถจักรยานยนต์){WS}[0-9]+{WS}คัน)?"
    rf"|(?:รถยนต์|รถจักรยานยนต์){WS}[0-9]+{WS}คัน)"
)
TARGET_RE = re.compile(
    rf"(?:ตรวจค้น|เข้าค้น|บุกค้น|เข้าจับกุม(?:ที่|ณ)?|เป้าหมาย(?:คือ|ได้แก่)?){WS}"
    rf"((?:อาคารพาณิชย์|อาคาร|บ้าน|ห้องพัก|ห้อง|โกดัง|ร้าน|โรงงาน|ที่พัก)[{TH}]*?(?:เลขที่)?{WS}[0-9]+(?:/[0-9]+)?"
    # "หมู่ที่ 4", "ชั้น 3": the number after the component word is part of it.
    rf"(?:{WS}(?:ถนน|ซอย|หมู่(?:ที่)?|ตำบล|ชั้น|ห้อง)[ \t]?[{TH}0-9/]*)*)"
)


@register
class LawEnforcementDetector(Detector):
    name = "law_enforcement"
    label = "SECURITY"
    basis = "15(2)"
    description = "Raid date/time, force size and target premises in classified or operational documents."

    def detect(self, ctx: DetectionContext) -> list[Finding]:
        text = ctx.text
        ops = len(OPERATIONAL.findall(text))
        if not (is_classified(text) and ops >= 1) and ops < 3:
            return []
        out = []
        for rx, what in ((WHEN_RE, "operation date and time"), (FORCE_RE, "force committed"),
                         (TARGET_RE, "target premises")):
            for m in rx.finditer(text):
                out.append(self.finding(m.start(1), m.end(1), 0.85, f"{what} in an operational document"))
        return out
