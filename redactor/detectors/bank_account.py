"""Bank account numbers: the Thai 3-1-5-1 layout, or 10-12 digits after a bank word;
payment card numbers.

After a bank word (บัญชี, ธนาคาร, ธ.ก.ส., a bank's name; ``redactor.lexicon``)
any grouping of 10-12 digits counts: 3-1-5-1, 3-1-6, 3-6-1, 12-digit
ธ.ก.ส./ออมสิน numbers, and OCR text with stray spaces between digits.

A payment card number (16 digits, plain or in groups of four) is an account
number too: written in groups of four it counts when it passes the Luhn check
every issued card number passes; in any form after a card word (บัตรเครดิต,
หมายเลขบัตร, card no.).
"""

from __future__ import annotations

import re

from redactor import rx
from redactor.detectors.base import DetectionContext, Pattern, PatternDetector, register
from redactor.explain import ContextRule
from redactor.lexicon import BANK_WORDS

_SPACED_3151 = rx.compile(r"[0-9]{3} [0-9] [0-9]{5} [0-9]")
_DASHED_3151 = rx.compile(r"[0-9]{3}-[0-9]-[0-9]{5}-[0-9]")
_CARD_WORDS = rx.compile(r"บัตรเครดิต|บัตรเดบิต|บัตรกดเงินสด|หมายเลขบัตร|เลขที่บัตร|เลขบัตร(?!ประ)"
                         r"|(?i:credit[ \t]+card|debit[ \t]+card|card[ \t]+(?:no|number))")
_PROJECT_NO = rx.compile(r"(?:โครงการ|e-GP)\s*(?:เลขที่)?\s*:?\s*$")
CONTEXT = list(BANK_WORDS)


@register
class BankAccountDetector(PatternDetector):
    name = "bank_account"
    label = "BANK_ACCOUNT"
    description = "Bank account numbers: dashed 3-1-5-1 form, or 10-12 plain digits after a bank context word."
    patterns = [
        Pattern("dashed_3_1_5_1", r"(?<![0-9])(?<![0-9]-)([0-9]{3}-[0-9]-[0-9]{5}-[0-9])(?![0-9])(?!-[0-9])", 0.8),
        Pattern("plain", r"(?<![0-9])([0-9]{10,12})(?![0-9])", 0.0),
        Pattern("spaced", r"(?<![0-9])([0-9]{3} [0-9] [0-9]{5} [0-9])(?![0-9])", 0.0),
        # Any other grouping: 10-12 digits with at most one separator between two digits.
        # The run may not go on with another separated digit group (a row of small numbers).
        Pattern("grouped", r"(?<![0-9])(?<![0-9][ \-.\u00a0])([0-9](?:[ \-.\u00a0]?[0-9]){9,11})(?![0-9])"
                r"(?![ \-.,\u00a0][0-9])", 0.0),
        # A payment card: 16 digits, plain or in four groups of four.
        Pattern("card", r"(?<![0-9])(?<![0-9][ \-.])([0-9]{4}([ \-]?)[0-9]{4}\2[0-9]{4}\2[0-9]{4})(?![0-9])"
                r"(?![ \-.][0-9])", 0.0),
    ]
    context = ContextRule(tuple(CONTEXT), window=50, boost=0.15)
    group = 1

    def validate(self, match: re.Match[str], ctx: DetectionContext, pattern: Pattern) -> tuple[float, str] | None:
        # กรมบัญชีกลาง (the Comptroller General's Department, which runs e-GP) is
        # an agency, not an account; its 11-digit project numbers follow it.
        left = ctx.before(match.start(1), 50).replace("กรมบัญชีกลาง", "")
        low = left.casefold()
        has_ctx = any(w.casefold() in low for w in CONTEXT)
        if pattern.name == "grouped" and (match.group(1).isdigit() or _SPACED_3151.fullmatch(match.group(1))
                                          or _DASHED_3151.fullmatch(match.group(1))):
            return None  # reported once, by the plain or spaced pattern
        if pattern.name == "card":
            digits = re.sub(r"[^0-9]", "", match.group(1))
            if match.group(2) and _luhn(digits):
                return 0.8, "16 digits in groups of four passing the Luhn check (a payment card number)"
            if _CARD_WORDS.search(ctx.before(match.start(1), 40)):
                return 0.75, "16 digits after a card word"
            return None
        if pattern.score == 0.0:
            if not has_ctx or _PROJECT_NO.search(left):
                return None
            digits = re.sub(r"[^0-9]", "", match.group(1))
            if digits[:2] in ("06", "08", "09") and len(digits) == 10 and "บัญชี" not in left:
                return None  # a mobile number next to "โอนเงิน" is the phone detector's
            return 0.7, f"{len(digits)} digits ({pattern.name}) after a bank context word"
        return pattern.score, f"pattern {pattern.name}"


def _luhn(digits: str) -> bool:
    """The check every issued payment card number passes (ISO/IEC 7812)."""
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0
