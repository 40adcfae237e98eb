"""Informants, whistleblowers and complainants: their names endanger them (s.15(4)).

The person name after a source phrase (ได้รับข้อมูลจาก, ผู้แจ้งเบาะแส, ร้องเรียนจาก)
is reported with basis 15(4), which policy never keeps as an official.
"""

from __future__ import annotations

from redactor import rx
from redactor.detectors.base import DetectionContext, Detector, register
from redactor.detectors.person_name import NAME_RE, title_is_a_word
from redactor.types import Finding

SOURCE_RE = rx.compile(
    r"(?:ได้รับ(?:ข้อมูล|เบาะแส|แจ้ง|การประสาน|เรื่องร้องเรียน|ร้องเรียน)?(?:ดังกล่าว)?จาก|ผู้แจ้งเบาะแส|ผู้ให้ข้อมูล"
    r"|ผู้ให้เบาะแส|สายลับ|ผู้ร้องเรียน|ร้องเรียนจาก|แจ้งความโดย)\s*(?:คือ)?\s*"
)
ANON_RE = rx.compile(r"ขอไม่ให้เปิดเผยชื่อ|ไม่ประสงค์(?:จะ)?ออกนาม|ขอปกปิดชื่อ|ปกปิดตัวตน")


@register
class InformantDetector(Detector):
    name = "informant"
    label = "INFORMANT"
    basis = "15(4)"
    description = "Names right after a source or complaint phrase (ได้รับข้อมูลจาก, ผู้แจ้งเบาะแส, ร้องเรียนจาก)."

    def detect(self, ctx: DetectionContext) -> list[Finding]:
        out = []
        for m in SOURCE_RE.finditer(ctx.text):
            n = NAME_RE.match(ctx.text, m.end())
            # "ได้รับแจ้งจากนายอำเภอ" names an office, not an informant.
            if n and not title_is_a_word(n.group(1), n.group(2), n.group(3) or "", ctx.before(n.start(), 4)):
                end = n.end(3) if n.group(3) else n.end(2)
                out.append(self.finding(n.start(), end, 0.9, f"name after source phrase '{m.group().strip()}'"))
        if ANON_RE.search(ctx.text):
            # Someone asked not to be named: every source-phrase name is raised.
            out = [self.finding(f.start, f.end, 0.95, f.explanation + "; document records a request for anonymity")
                   for f in out]
        return out
