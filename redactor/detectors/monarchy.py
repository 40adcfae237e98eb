"""Passages touching the monarchy (s.14): flagged for a human, never auto-applied."""

from __future__ import annotations

from redactor import rx
from redactor.detectors.base import DetectionContext, Detector, register
from redactor.types import Finding

MONARCHY_RE = rx.compile(
    r"พระบาทสมเด็จพระ|สมเด็จพระราชินี|สมเด็จพระบรมราชินี|พระมหากษัตริย์|สถาบันพระมหากษัตริย์|พระบรมวงศานุวงศ์"
    r"|พระราชวงศ์|หมิ่นพระบรมเดชานุภาพ|มาตรา\s*112|พระราชสำนัก|สมเด็จพระเจ้าอยู่หัว"
)


@register
class MonarchyDetector(Detector):
    name = "monarchy"
    label = "MONARCHY"
    basis = "14"
    description = "Sentences that mention the monarchy; proposed for a human decision only (s.14)."

    def detect(self, ctx: DetectionContext) -> list[Finding]:
        out = []
        for m in MONARCHY_RE.finditer(ctx.text):
            s, e = ctx.line_of(m.start())
            out.append(self.finding(s, e, 0.4, f"mentions the monarchy ('{m.group()}'): needs a human decision"))
        return out
