"""Bank account numbers: the Thai 3-1-5-1 layout, or 10-12 digits after a bank word."""

from __future__ import annotations

import re

from redactor.detectors.base import DetectionContext, Pattern, PatternDetector, register

_PROJECT_NO = re.compile(r"(?:โครงการ|e-GP)\s*(?:เลขที่)?\s*:?\s*$")
CONTEXT = ["บัญชี", "ธนาคาร", "ธ.ก.ส.", "ออมทรัพย์", "กระแสรายวัน", "โอนเงิน", "พร้อมเพย์", "account"]


@register
class BankAccountDetector(PatternDetector):
    name = "bank_account"
    label = "BANK_ACCOUNT"
    description = "Bank account numbers: dashed 3-1-5-1 form, or 10-12 plain digits after a bank context word."
    patterns = [
        Pattern("dashed_3_1_5_1", r"(?<![0-9])(?<![0-9]-)([0-9]{3}-[0-9]-[0-9]{5}-[0-9])(?![0-9])(?!-[0-9])", 0.8),
        Pattern("plain", r"(?<![0-9])([0-9]{10,12})(?![0-9])", 0.0),
        Pattern("spaced", r"(?<![0-9])([0-9]{3} [0-9] [0-9]{5} [0-9])(?![0-9])", 0.0),
    ]
    context_words = CONTEXT
    context_window = 50
    context_boost = 0.15
    group = 1

    def validate(self, match: re.Match[str], ctx: DetectionContext, pattern: Pattern) -> tuple[float, str] | None:
        # กรมบัญชีกลาง (the Comptroller General's Department, which runs e-GP) is
        # an agency, not an account; its 11-digit project numbers follow it.
        left = ctx.before(match.start(1), 50).replace("กรมบัญชีกลาง", "")
        has_ctx = any(w in left for w in CONTEXT)
        if pattern.score == 0.0:
            if not has_ctx or _PROJECT_NO.search(left):
                return None
            digits = re.sub(r"[^0-9]", "", match.group(1))
            if digits[:2] in ("06", "08", "09") and len(digits) == 10 and "บัญชี" not in left:
                return None  # a mobile number next to "โอนเงิน" is the phone detector's
            return 0.7, f"{len(digits)} digits ({pattern.name}) after a bank context word"
        return pattern.score, f"pattern {pattern.name}"
