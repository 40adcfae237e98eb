"""Dates of birth, and ages tied to a person."""

from __future__ import annotations

import re

from redactor.detectors.base import DATE_RE, DetectionContext, Detector, register
from redactor.detectors.person_name import TITLE_RE
from redactor.types import Finding

DOB_RE = re.compile(rf"(?:เกิด(?:เมื่อ)?\s*(?:วันที่)?|วัน(?:เดือนปี|/เดือน/ปี)เกิด|วันเกิด|ว\.ด\.ป\.\s*เกิด|DOB)\s*:?\s*({DATE_RE})")
AGE_RE = re.compile(r"(อายุ\s*[0-9]{1,3}\s*(?:ปี)(?:\s*[0-9]{1,2}\s*เดือน)?)")
# Not after a dot: the "ศ." of "พ.ศ." is no professor. Not ยาย inside ขยาย (extend).
_PERSON_NEAR = re.compile(rf"(?<!\.){TITLE_RE}|ผู้ร้อง|ผู้ต้องหา|ผู้เสียหาย|ผู้ป่วย|บุตร|ภรรยา|สามี|(?<!ข)ยาย|มารดา|บิดา")


@register
class DateOfBirthDetector(Detector):
    name = "date_of_birth"
    label = "DOB"
    description = "Dates after a birth context word (เกิดวันที่ …), and 'อายุ N ปี' near a person."

    def detect(self, ctx: DetectionContext) -> list[Finding]:
        out = []
        for m in DOB_RE.finditer(ctx.text):
            out.append(self.finding(m.start(1), m.end(1), 0.9, "date after a birth context word"))
        for m in AGE_RE.finditer(ctx.text):
            if _PERSON_NEAR.search(ctx.before(m.start(), 80)):
                out.append(self.finding(m.start(1), m.end(1), 0.7, "age within 80 chars after a person",
                                        label="AGE"))
        return out
