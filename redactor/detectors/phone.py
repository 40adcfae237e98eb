"""Thai phone numbers: mobiles 06/08/09, landlines 02-07, and +66 forms.

Whether a number is the agency's own (kept) is policy's question, not ours;
the explanation says mobile or landline so that policy can decide.
"""

from __future__ import annotations

import re

from redactor import rx
from redactor.detectors.base import DetectionContext, Pattern, PatternDetector, register
from redactor.explain import ContextRule
from redactor.lexicon import PHONE_CONTEXT_WORDS

# One separator between digits; a hyphen or dot may have a space on either side ("099 - 017 - 4426",
# a CV's contact line typed with spaced dashes).
_SEP = r"(?:[ \u00a0]?[\-.][ \u00a0]?|[ \u00a0])?"
# A trailing "-5" or "/9" is a range of lines (0 4331 7831-5), hence the lazy
# {7,8}?: a 9-digit landline is tried before a 10-digit run. Any longer digit
# group after a separator means the match is part of an ID or a date.
# Another digit group after a separator (spaced or not): the run is an ID or a date, not a phone.
_MORE = r"[ \u00a0]?[-./][ \u00a0]?[0-9]"
PHONE_RE = (
    rf"(?<![0-9A-Za-z])(?<![0-9][-./])((?P<number>\+66{_SEP}\(?0?\)?{_SEP}[1-9](?:{_SEP}[0-9]){{7,8}}?"
    rf"|0{_SEP}[1-9](?:{_SEP}[0-9]){{7,8}}?)(?![0-9])(?:[-/][0-9](?![0-9])(?!{_MORE})|(?!{_MORE})))"
)
# Other countries' numbers (+95 Myanmar, +855 Cambodia, +856 Laos, +84, +49, +1 …): a
# country code, an optional (0) or bracketed area code, then digit groups; 7-13 digits
# after the country code are checked in validate.
INTL_RE = (
    r"(?<![0-9A-Za-z+])(?P<number>\+(?!66)[1-9][0-9]{0,2}(?:[ \-.\u00a0]?\(0?[0-9]{0,4}\))?"
    r"(?:[ \-.\u00a0]?[0-9]{1,5}){1,6})(?![0-9])(?![-./][0-9])"
)
# A mobile number cut at a line end (a narrow table cell wrapped its last digits away): a
# mobile prefix and 8-9 digits in groups. No landline starts 06/08/09, so such digits are a
# mobile missing its end.
WRAPPED_MOBILE_RE = (
    r"(?<![0-9A-Za-z])(?<![0-9][-./ ])(?P<number>0[689][0-9]?[ \-][0-9]{3,4}[ \-][0-9]{1,4})(?=[ \t]*\n)"
)
# A landline with its area code in brackets: (02) 123 4567, (053) 123 456.
BRACKETED_RE = (
    r"(?<![0-9A-Za-z])(?P<number>\(0[2-7][0-9]?\)[ \-.\u00a0]?[0-9]{3,4}[ \-.\u00a0]?[0-9]{3,4})"
    r"(?![0-9])(?![-./][0-9])"
)
# A juristic person's tax ID written in spaced groups (0 9940 00160 37 1) starts
# like a phone number; it is public and not a phone.
_SPACED_ID_RE = rx.compile(r"0[ \-.\u00a0][0-9]{4}[ \-.\u00a0][0-9]{5}[ \-.\u00a0][0-9]{2}[ \-.\u00a0][0-9](?![0-9])")


# A phone word shortly before a number; OCR often adds or drops a mark in มือถือ.
_PHONE_WORD_BEFORE = rx.compile(
    r"(?:ม[\u0e48-\u0e4b\u0e31\u0e34-\u0e37]{0,3}อถือ|โทร|เบอร์|(?i:tel|phone|mobile))[^0-9\n]{0,12}\n?[ \t]*$"
)


def classify(raw: str) -> str | None:
    digits = re.sub(r"[^0-9]", "", raw)
    if raw.startswith("+"):
        digits = "0" + digits[2:].lstrip("0")
    if len(digits) == 10 and digits[1] in "689":
        return "mobile"
    if len(digits) == 9 and digits[1] in "234567":
        return "landline"
    return None


@register
class PhoneDetector(PatternDetector):
    name = "phone"
    label = "PHONE"
    description = ("Thai mobile (06/08/09, 10 digits), landline (0X, 9 digits) and +66 numbers, any separators; "
                   "other countries' +CC numbers.")
    patterns = [Pattern("th_phone", PHONE_RE, 0.75), Pattern("international", INTL_RE, 0.75),
                Pattern("bracketed", BRACKETED_RE, 0.75), Pattern("wrapped_mobile", WRAPPED_MOBILE_RE, 0.6)]
    context = ContextRule(PHONE_CONTEXT_WORDS, window=30, boost=0.15)
    group = 1

    def validate(self, match: re.Match[str], ctx: DetectionContext, pattern: Pattern) -> tuple[float, str] | None:
        if pattern.name == "international":
            raw = match.group("number")
            code = re.match(r"\+([0-9]{1,3})", raw)
            rest = re.sub(r"[^0-9]", "", raw)[len(code.group(1)) if code else 0:]
            if not 7 <= len(rest) <= 13:
                return None
            return pattern.score, f"international number (+{code.group(1) if code else '?'})"
        if pattern.name == "wrapped_mobile":
            if len(re.sub(r"[^0-9]", "", match.group("number"))) not in (8, 9):
                return None
            return pattern.score, "mobile prefix, 8-9 grouped digits at a line end: a mobile whose end wrapped"
        kind = classify(match.group("number"))
        if _SPACED_ID_RE.match(ctx.text, match.start(1)):
            return None
        if kind is None:
            # Ten digits right after a phone word, but no Thai mobile prefix: a mobile that OCR
            # misread (๘ read as ๕) or a typo. Still a phone number; it carries no agency landline.
            digits = re.sub(r"[^0-9]", "", match.group("number"))
            if len(digits) == 10 and _PHONE_WORD_BEFORE.search(ctx.before(match.start(1), 25)):
                return 0.6, "10 digits after a phone word, not a Thai mobile prefix (misread or mistyped mobile)"
            return None
        suffix = " with a range suffix" if match.end(1) > match.end("number") else ""
        return pattern.score, f"{kind} number{suffix}"
