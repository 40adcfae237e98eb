"""A natural person's tax ID (เลขประจำตัวผู้เสียภาษี) is their national ID.

Juristic persons' tax IDs start with 0 and stay visible: companies in a
procurement result must be published.
"""

from __future__ import annotations

import re

from redactor.detectors.base import DetectionContext, Pattern, PatternDetector, register
from redactor.detectors.th_national_id import FLAT_RE, ID_RE, checksum_ok, digits_of


@register
class PersonalTaxIdDetector(PatternDetector):
    name = "tax_id_person"
    label = "TAX_ID_PERSON"
    description = "Personal tax ID: a 13-digit ID not starting with 0 after a tax context word."
    patterns = [Pattern("grouped", ID_RE, 0.95), Pattern("flat", FLAT_RE, 0.95)]
    group = 1

    def validate(self, match: re.Match[str], ctx: DetectionContext, pattern: Pattern) -> tuple[float, str] | None:
        raw = match.group(1)
        digits = digits_of(raw)
        if len(digits) != 13 or (pattern.name == "grouped" and raw == digits):
            return None
        left = ctx.before(match.start(1), 60)
        if "ผู้เสียภาษี" not in left and "ภาษีอากร" not in left and "tax" not in left.lower():
            return None
        state = "valid" if checksum_ok(digits) else "fails"
        return pattern.score, f"13 digits after a tax context word, not juristic (first digit not 0), checksum {state}"
