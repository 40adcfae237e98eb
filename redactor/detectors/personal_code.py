"""Personal codes: patient (HN/AN), student, employee, member, work-permit,
social-security and insurance-policy numbers after their label.

Each is a key to a record about one private person. None has a shape of its
own (``HN 12345/67``, ``650123456-7``, ``WP-01234567``, ``7401/67/000123``,
13 digits for social security), so the label decides: inline, after a colon,
on the line before, or as the column header of the value's table cell. The
label words and the kind each names are data in ``redactor.lexicon``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor import rx
from redactor.detectors.base import DetectionContext, Detector, register
from redactor.label_value import bare_cells_under_header_line, labelled_values, values_under_header
from redactor.lexicon import PERSONAL_CODE_LABELS, THAI_DIGITS_TO_ASCII
from redactor.types import Finding

LABELS = tuple(PERSONAL_CODE_LABELS)
# A letter prefix of up to 4 capitals, then digit groups joined by - / . (letters allowed in
# later groups); at least 5 digits, so that a year or a count after a label is not a code.
# The 1-4-5-2-1 spaced form of 13-digit numbers (social security) is one value.
VALUE = (
    r"(?<![A-Za-z0-9])(?!(?:[0-9]{1,2}[/.\-]){2}[0-9]{2,4}(?![0-9]))"
    r"(?:[0-9] [0-9]{4} [0-9]{5} [0-9]{2} [0-9]"
    r"|(?=(?:[A-Z]{1,4}[ \-]?)?(?:[0-9][\-/.]?[A-Z]*){5})(?:[A-Z]{1,4}[ \-]?)?[0-9]+(?:[\-/.][0-9A-Z]+){0,3})"
    r"(?![A-Za-z0-9])(?![\-/.][0-9])"
)

# A bare cell under a header line needs a code's look on its own: at least 9 digits with a
# separator or a letter prefix (1234/66/001234, 640123456-7, WP-01234567), or 13 plain digits;
# a document number (0717/2389) has fewer.
CELL_VALUE = (
    r"(?!(?:[0-9]{1,2}[/.\-]){2}[0-9]{2,4}(?![0-9]))"
    r"(?:[0-9]{13}|(?=(?:[A-Z]{1,4}[ \-]?)?(?:[0-9][\-/.]?[A-Z]*){9})"
    r"(?:[A-Z]{1,4}[ \-]?[0-9]+(?:[\-/.][0-9A-Z]+){0,3}|[0-9]+(?:[\-/.][0-9A-Z]+){1,3}))"
)


# A bare "ID" is too common a word to be a label (LINE ID, ID card, a form's field codes) except in a
# record's header, where it stands at the start of the line next to the person's "Name" line (a
# transcript: "Name Mr. … / ID 590123456"). The value then needs a code's length: 8-13 digits, or
# digit groups joined by - or / (640123456-7).
_NAME_LINE = r"[ \t]*(?:Name|NAME)\b[ \t]*[:.]?[^\n]{3,80}"
_ID_VALUE = r"[0-9]{8,13}|[0-9]{5,12}[\-/][0-9]{1,4}"
_ID_LINE = rf"[ \t]*(?:ID|Id)[ \t]*[:.]?[ \t]*(?P<GROUP>{_ID_VALUE})(?![0-9A-Za-z/\-])"
ID_BESIDE_NAME_RE = rx.compile(rf"(?:^|(?<=\n))(?:{_NAME_LINE}\n{_ID_LINE.replace('GROUP', 'below')}"
                               rf"|{_ID_LINE.replace('GROUP', 'above')}[^\n]*\n{_NAME_LINE})")

# A generic identity-number label ("รหัสประจำตัว", "ID No.") names a taxpayer's number (a company's
# as often as a person's) where a tax word stands between the label and the value or just before it.
GENERIC_KIND = "identity number"
TAX_WORDS = re.compile(r"ภาษี|(?i:\btax(?:payer)?\b)")


def _taxpayer(ctx: DetectionContext, label_start: int, value_start: int) -> bool:
    return bool(TAX_WORDS.search(ctx.text, max(0, label_start - 12), value_start))


# A certificate's number with no kind named ("Certificate No.") is personal on a civil-registration
# record: a word for birth, death, marriage or divorce in the 400 characters before the label (the
# record's heading and first fields). A company's, a training course's or a product's certificate
# has none of them there.
CERTIFICATE_KIND = "certificate number"
VITAL_RECORD_WORDS = re.compile(r"สูติ|มรณ|สมรส|หย่า|คนเกิด|คนตาย|(?i:\b(?:birth|death|marriage|divorce)s?\b)")
VITAL_WINDOW = 400


def _vital_record(ctx: DetectionContext, label_start: int) -> bool:
    return bool(VITAL_RECORD_WORDS.search(ctx.text, max(0, label_start - VITAL_WINDOW), label_start))


# A taxpayer label before 13 digits opening with 0: a juristic person's tax ID (a company in its own
# letterhead, "เลขที่ผู้เสียภาษี 0105559087654"). A natural person's never starts with 0; it is public.
_JURISTIC_KINDS = frozenset({"taxpayer code", GENERIC_KIND})


def _juristic_tax_id(label: str, value: str) -> bool:
    digits = re.sub(r"[^0-9]", "", value.translate(THAI_DIGITS_TO_ASCII))
    return kind_of(label) in _JURISTIC_KINDS and len(digits) == 13 and digits.startswith("0")


def kind_of(label: str) -> str:
    low = label.casefold()
    for word, kind in PERSONAL_CODE_LABELS.items():
        if word.replace(" ", "").casefold() == low:
            return kind
    return "personal code"


@register
class PersonalCodeDetector(Detector):
    name = "personal_code"
    label = "PERSONAL_CODE"
    description = ("Patient (HN/AN), student, employee, member, work-permit, social-security and insurance-policy "
                   "numbers after their label or under such a column header.")

    def detect(self, ctx: DetectionContext) -> Iterator[Finding]:
        seen: set[tuple[int, int]] = set()
        for v in labelled_values(ctx, LABELS, VALUE):
            if (kind_of(v.label) == GENERIC_KIND and _taxpayer(ctx, v.label_start, v.start)) \
                    or _juristic_tax_id(v.label, ctx.text[v.start:v.end]):
                continue
            if kind_of(v.label) == CERTIFICATE_KIND and not _vital_record(ctx, v.label_start):
                continue
            seen.add((v.start, v.end))
            yield self.finding(v.start, v.end, 0.85, f"{kind_of(v.label)} after '{v.label}'")
        for v in values_under_header(ctx, LABELS, VALUE):
            if (v.start, v.end) in seen or (kind_of(v.label) == GENERIC_KIND
                                            and TAX_WORDS.search(ctx.header_of(v.start) or "")):
                continue
            if kind_of(v.label) == CERTIFICATE_KIND and not _vital_record(ctx, v.start):
                continue
            seen.add((v.start, v.end))
            yield self.finding(v.start, v.end, 0.8, f"{kind_of(v.label)} under the column header '{v.label}'")
        for m in ID_BESIDE_NAME_RE.finditer(ctx.text) if "ID" in ctx.text or "Id" in ctx.text else ():
            group = "below" if m.start("below") >= 0 else "above"
            if m.span(group) not in seen:
                seen.add(m.span(group))
                yield self.finding(m.start(group), m.end(group), 0.75,
                                   "code after a bare 'ID' on the line beside the person's 'Name' line")
        if not ctx.cells:
            for v in bare_cells_under_header_line(ctx, LABELS, CELL_VALUE):
                if kind_of(v.label) == CERTIFICATE_KIND and not _vital_record(ctx, v.start):
                    continue
                if (v.start, v.end) not in seen:
                    yield self.finding(v.start, v.end, 0.6,
                                       "code-shaped cell alone on its line under a personal-code header line")
