"""Passport numbers: letters + digits, only after a passport context word."""

from __future__ import annotations

import re

from redactor.detectors.base import DetectionContext, Pattern, PatternDetector, register

CONTEXT = ("หนังสือเดินทาง", "พาสปอร์ต", "passport", "Passport", "PASSPORT")


@register
class PassportDetector(PatternDetector):
    name = "passport"
    label = "PASSPORT"
    description = "Passport numbers (1-2 letters and 6-8 digits) after a passport context word."
    patterns = [Pattern("passport", r"(?<![A-Za-z0-9])([A-Z]{1,2}[0-9]{6,8})(?![A-Za-z0-9])", 0.85)]
    group = 1

    def validate(self, match: re.Match[str], ctx: DetectionContext, pattern: Pattern) -> tuple[float, str] | None:
        left = ctx.before(match.start(1), 40)
        for w in CONTEXT:
            if w in left:
                return pattern.score, f"letters+digits after context word '{w}'"
        return None
