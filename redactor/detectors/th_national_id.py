"""Thai national ID (เลขประจำตัวประชาชน): 13 digits with a mod-11 check digit.

Presidio's Thai recognizer misses Thai digits (the view folds them), IDs glued
to Thai letters, and dashed or spaced groups; all are handled here, and so is
any other grouping ("0 1234 56789 01 2", "12 3456 7890 123", a stray OCR
space): every finding has exactly 13 digits, and it is a national ID only when
the check digit holds. Thirteen digits that fail the check but stand right
after an ID label go to a person (review), never straight to redaction.

First digit 0: juristic persons' registration and tax IDs (public, kept), but
also people without Thai nationality (เลขประจำตัวคนซึ่งไม่มีสัญชาติไทย, 00…).
Such a number is reported only after a personal-ID label with no juristic word
(บริษัท, นิติบุคคล, …) before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor import rx
from redactor.detectors.base import DetectionContext, Detector, register
from redactor.explain import ContextHit, ContextRule, Explanation, ScoreChange
from redactor.label_value import any_word, label_before, label_regex
from redactor.lexicon import ID_CARD_CONTEXT_WORDS, JURISTIC_WORDS, NATIONAL_ID_LABELS, TAX_LABELS
from redactor.rx import compile_scan
from redactor.types import Finding

SEP = r"[ \-.\u00a0]{0,2}"
# The printed 1-4-5-2-1 grouping (also used by tax_id_person).
ID_RE = rf"(?<![0-9])(?<![0-9][-.])([1-8]{SEP}[0-9]{{4}}{SEP}[0-9]{{5}}{SEP}[0-9]{{2}}{SEP}[0-9])(?![0-9])(?![-.][0-9])"
FLAT_RE = r"(?<![0-9])([1-8][0-9]{12})(?![0-9])"
# Any grouping: 13 digits with at most one separator between two digits; the first
# digit is a person's category, 0-8 (9 is not issued).
# A separator is a space, a dash or a dot, or a dash/dot with spaces around it ("1-4001 -00555",
# a forced line break inside a Word cell read as a space).
ANY_RE = rx.compile(
    r"(?<![0-9])(?<![0-9][-.])([0-8](?:(?:[ \u00a0]?[-.][ \u00a0]?|[ \u00a0])?[0-9]){12})(?![0-9])(?![-.,][0-9])"
)
_STANDARD = compile_scan(ID_RE.replace("[1-8]", "[0-9]"))
# One digit per box of a form's comb: 13 single digits, each pair apart by one space or tab.
_COMB = rx.compile(r"[0-8](?:[ \t\u00a0][0-9]){12}")
# More groups than this without a label is more likely a row of small numbers.
_MAX_FREE_GROUPS = 6
_SURE_GROUPS = 4
# The printed grouping cut off at a line end after its third group or later: a narrow table
# cell whose last characters the PDF wrapped (and the extractor may have put elsewhere).
WRAPPED_RE = compile_scan(
    r"(?<![0-9])(?<![0-9][-. ])([0-8][ \-][0-9]{4}[ \-][0-9]{5}(?:[ \-][0-9]{1,2})?)[ \-]?(?=[ \t]*\n)"
)
# The printed 1-4-5-2-1 groups one per line: a form's comb boxes, or a table cell wrapping
# at each group. Only this exact grouping may cross line breaks.
_NL = r"(?:[ \t\-.]*\n[ \t]*|[ \-.\u00a0])"
MULTILINE_RE = rx.compile(
    rf"(?<![0-9])(?<![0-9][-.])([0-8]{_NL}[0-9]{{4}}{_NL}[0-9]{{5}}{_NL}[0-9]{{2}}{_NL}[0-9])(?![0-9])(?![-.][0-9])"
)
LABEL_WINDOW = 60
# An ID word shortly before a checksum-valid number without a full label: sure it is an ID.
_ID_WORD = ContextRule(ID_CARD_CONTEXT_WORDS, window=40, boost=0.1)
# Labels that name a person's card, not just "an identification number".
PERSONAL_ZERO_LABELS = tuple(lb for lb in NATIONAL_ID_LABELS
                             if lb not in ("เลขประจำตัว", "บัตรประจำตัว", "เลขประจำตัว 13 หลัก"))


def digits_of(s: str) -> str:
    return re.sub(r"[^0-9]", "", s)


def checksum_ok(digits: str) -> bool:
    if len(digits) != 13 or not digits.isascii() or not digits.isdigit():
        return False
    total = sum(int(d) * (13 - i) for i, d in enumerate(digits[:12]))
    return (11 - total % 11) % 10 == int(digits[12])


def grouping(raw: str) -> str:
    if raw.isdigit():
        return "flat"
    if _STANDARD.fullmatch(raw):
        return "grouped"
    return "other grouping"


# A blank between two digits: on a scan, a gap OCR read inside a group of the printed grouping.
_GAP_IN_GROUP = rx.compile(r"(?<=[0-9])[ \u00a0](?=[0-9])")


def ocr_grouping(raw: str) -> str:
    """``grouping`` of digits OCR read: the printed dashed grouping with a blank inside a group
    ("2-4141-73 763-69-0") is that grouping; blanks are not taken out where no dash sets the groups."""
    kind = grouping(raw)
    if kind == "other grouping" and "-" in raw and grouping(_GAP_IN_GROUP.sub("", raw)) == "grouped":
        return "grouped, a blank OCR read inside a group"
    return kind


@register
class ThaiNationalIdDetector(Detector):
    name = "th_national_id"
    label = "NATIONAL_ID"
    description = ("13-digit Thai national ID with mod-11 checksum; plain, dashed, spaced in any grouping, Thai "
                   "digits, glued to text; 0-prefixed only after a personal-ID label; checksum failures after a "
                   "label go to review.")

    def detect(self, ctx: DetectionContext) -> Iterator[Finding]:
        for m in ANY_RE.finditer(ctx.text):
            f = self._judge(ctx, m.start(1), m.end(1), m.group(1))
            if f is not None:
                yield f
        for m in MULTILINE_RE.finditer(ctx.text):
            if "\n" in m.group(1):
                f = self._judge(ctx, m.start(1), m.end(1), m.group(1).replace("\n", " "))
                if f is not None:
                    yield self.finding(f.start, f.end, f.score, f.explanation + "; groups on separate lines")
        for m in WRAPPED_RE.finditer(ctx.text):
            nxt = re.match(r"[ \t]*\n[ \t]*([0-9])(?![0-9])", ctx.text[m.end():])
            if nxt is not None:
                end = m.end() + nxt.end(1)
                f = self._judge(ctx, m.start(1), end, ctx.text[m.start(1):end].replace("\n", " "))
                if f is not None:
                    yield self.finding(f.start, f.end, f.score, f.explanation + "; check digit on the next line")
                    continue
            if m.group(1)[0] != "0":
                yield self.finding(m.start(1), m.end(1), 0.6,
                                   "the ID's 1-4-5(-2) printed grouping cut at a line end: an ID whose last "
                                   "digits wrapped out of a narrow cell")

    def _judge(self, ctx: DetectionContext, start: int, end: int, raw: str) -> Finding | None:
        digits = digits_of(raw)
        if len(digits) != 13:
            return None
        kind = ocr_grouping(raw) if ctx.is_ocr(start) else grouping(raw)
        groups = len(re.findall(r"[0-9]+", raw))
        label = label_before(ctx, start, NATIONAL_ID_LABELS, LABEL_WINDOW)
        left = ctx.before(start, LABEL_WINDOW)
        if digits[0] == "0":
            # Juristic unless a label naming a person's card stands before it and no juristic or tax
            # word does ("เลขประจำตัว" alone also heads a company's tax ID).
            if (label_before(ctx, start, PERSONAL_ZERO_LABELS, LABEL_WINDOW) is None
                    or any_word(left, JURISTIC_WORDS + TAX_LABELS)):
                return None
        ok = checksum_ok(digits)
        if ok and (label is not None or kind != "other grouping" or groups <= _MAX_FREE_GROUPS):
            hit = _ID_WORD.find(ctx, start)
            score, why = 0.9, f"13 digits ({kind}), mod-11 checksum valid"
            context: tuple[ContextHit, ...] = ()
            changes: tuple[ScoreChange, ...] = ()
            if label is not None:
                score, why = 1.0, f"{why}; context word (label) '{label}'"
                changes = (ScoreChange(0.1, f"ID label '{label}'"),)
            elif hit is not None:
                score, why = 1.0, f"{why}; context word"
                context, changes = (hit,), (ScoreChange(0.1, f"context word '{hit.word}'"),)
            elif kind == "other grouping":
                # A random digit string passes the check one time in ten: an unusual grouping
                # without any ID word is weaker evidence (OCR noise, rows of small numbers).
                score = 0.6 if groups <= _SURE_GROUPS else 0.45
                why += "; unusual grouping without an ID word" + ("" if score >= 0.5 else ": for review")
                changes = (ScoreChange(round(score - 0.9, 2), "unusual grouping without an ID word"),)
            if digits[0] == "0":
                why += "; a person without Thai nationality (first digit 0 after a personal-ID label)"
            return self.finding(start, end, score, Explanation(why, pattern=kind, checksum=True, context=context,
                                                               changes=changes))
        if ok and label is None and _COMB.fullmatch(raw) and label_regex(NATIONAL_ID_LABELS).search(ctx.text):
            # One digit per box of a form's comb, the filled value printed apart from its label (a
            # form filled by a program puts its values after the form's text): with an ID label in
            # the document it is the ID asked for; without one, a row of small numbers.
            return self.finding(start, end, 0.8, Explanation(
                "13 digits one per box (a form's comb), mod-11 checksum valid; the document asks for a "
                "national ID", pattern="comb", checksum=True))
        if label is not None:
            return self.finding(start, end, 0.45, Explanation(
                f"13 digits ({kind}) after the ID label '{label}', checksum fails: for review", pattern=kind,
                checksum=False))
        return None
