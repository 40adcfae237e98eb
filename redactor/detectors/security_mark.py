"""Security classification marks (ลับ, ลับมาก, ลับที่สุด).

The mark itself stays visible (it tells the reader why parts are withheld);
the finding flags the document so that law-enforcement rules apply.
"""

from __future__ import annotations

from redactor import rx
from redactor.detectors.base import DetectionContext, Detector, register
from redactor.types import Finding

MARK_RE = rx.compile(r"(?m)^[ \t]*(ลับที่สุด|ลับมาก|ลับ|ปกปิด)[ \t]*$")


def is_classified(text: str) -> bool:
    return MARK_RE.search(text) is not None


@register
class SecurityMarkDetector(Detector):
    name = "security_mark"
    label = "SECURITY_MARK"
    basis = "15(2)"
    description = "A classification mark alone on a line; flags the document, the mark itself is kept."

    def detect(self, ctx: DetectionContext) -> list[Finding]:
        return [self.finding(m.start(1), m.end(1), 1.0, f"classification mark '{m.group(1)}'")
                for m in MARK_RE.finditer(ctx.text)]
