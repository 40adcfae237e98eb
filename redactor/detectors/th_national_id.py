"""Thai national ID (เลขประจำตัวประชาชน): 13 digits with a mod-11 check digit.

Presidio's Thai recognizer misses Thai digits (the view folds them), IDs glued
to Thai letters, and dashed or spaced groups; all are handled here. IDs whose
first digit is 0 are juristic persons' tax IDs: public, never reported.
"""

from __future__ import annotations

import re

from redactor.detectors.base import DetectionContext, Pattern, PatternDetector, register

SEP = r"[ \-.\u00a0]{0,2}"
ID_RE = rf"(?<![0-9])(?<![0-9][-.])([1-8]{SEP}[0-9]{{4}}{SEP}[0-9]{{5}}{SEP}[0-9]{{2}}{SEP}[0-9])(?![0-9])(?![-.][0-9])"
FLAT_RE = r"(?<![0-9])([1-8][0-9]{12})(?![0-9])"


def digits_of(s: str) -> str:
    return re.sub(r"[^0-9]", "", s)


def checksum_ok(digits: str) -> bool:
    if len(digits) != 13 or not digits.isascii() or not digits.isdigit():
        return False
    total = sum(int(d) * (13 - i) for i, d in enumerate(digits[:12]))
    return (11 - total % 11) % 10 == int(digits[12])


@register
class ThaiNationalIdDetector(PatternDetector):
    name = "th_national_id"
    label = "NATIONAL_ID"
    description = "13-digit Thai national ID with mod-11 checksum; plain, dashed, spaced, Thai digits, glued to text."
    patterns = [Pattern("grouped", ID_RE, 0.9), Pattern("flat", FLAT_RE, 0.9)]
    context_words = ["ประจำตัวประชาชน", "บัตรประชาชน", "บัตรประจำตัว", "ประชาชน", "ID", "id"]
    context_window = 40
    context_boost = 0.1
    group = 1

    def validate(self, match: re.Match[str], ctx: DetectionContext, pattern: Pattern) -> tuple[float, str] | None:
        raw = match.group(1)
        digits = digits_of(raw)
        if len(digits) != 13:
            return None
        # The grouped pattern also matches plain runs; report those once.
        if pattern.name == "grouped" and raw == digits:
            return None
        if checksum_ok(digits):
            return pattern.score, f"13 digits ({pattern.name}), mod-11 checksum valid"
        left = ctx.before(match.start(1), 40)
        if any(w in left for w in ("ประจำตัวประชาชน", "บัตรประชาชน", "บัตรประจำตัว")):
            return 0.6, f"13 digits ({pattern.name}) after an ID context word, checksum fails"
        return None
