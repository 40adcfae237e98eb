"""Passport numbers and machine-readable zones (ICAO 9303).

Passport numbers have no national shape in common: Myanmar ``MH123456``,
Cambodia ``N1234567``, Laos ``P1234567``, Vietnam ``C1234567``, China
``E12345678``, Germany ``C2F3J29K9`` (nine letters and digits), Denmark nine
digits. So a number counts only where a passport word names it: right before
it ("หนังสือเดินทางเลขที่ MG 123456", "Passport No.: 903743272"), in its table
column's header, or, for the common letter+digit shape standing alone on a
line (a table cell of a flattened table), anywhere earlier in the same part of
the document. A machine-readable zone names itself: two 44-character lines of
``[A-Z0-9<]`` whose check digits (weights 7-3-1) hold; the whole zone is
personal (name, number, birth date) and is redacted as one span.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor import rx
from redactor.detectors.base import DetectionContext, Detector, register
from redactor.label_value import bare_cells_under_header_line, label_regex, labelled_values, values_under_header
from redactor.lexicon import PASSPORT_LABELS
from redactor.types import Finding

# 1-2 capitals and 6-8 digits, a space or dash allowed after the letters (MG 840240).
LETTERS_DIGITS = r"[A-Z]{1,2}[ \-]?[0-9]{6,8}"
# Any 8-9 capitals and digits (the MRZ number field holds 9) with at least 4 digits (C2F3J29K9,
# 903743272) — only right after a label or under a header, never on shape alone.
ALNUM = r"(?=(?:[A-Z]*[0-9]){4})[A-Z0-9]{8,9}"
_END = r"(?![A-Za-z0-9])(?![\-/.][0-9])"
VALUE = rf"(?<![A-Za-z0-9])(?:{LETTERS_DIGITS}|{ALNUM}){_END}"

# A line that is nothing but one letter+digit passport shape (a flattened table cell).
_CELL_RE = rx.compile(rf"^[ \t\u00a0]*({LETTERS_DIGITS}){_END}[ \t\u00a0]*$", re.MULTILINE)
# How far back a passport word makes a bare cell a passport column (one table's worth).
_DOC_WINDOW = 4000

# Two or three lines of the MRZ alphabet, 30-44 characters each (TD3 passports 2x44,
# TD2 2x36, TD1 ID cards 3x30). OCR may add spaces; the check digits decide.
_MRZ_LINE = r"[A-Z0-9<]{28,46}"
_MRZ_RE = rx.compile(rf"(?m)^[ \t]*({_MRZ_LINE}(?:[ \t]*\n[ \t]*{_MRZ_LINE}){{1,2}})[ \t]*$")
_MRZ_VALUES = {**{str(d): d for d in range(10)}, **{chr(65 + i): 10 + i for i in range(26)}, "<": 0}


def mrz_check_digit(field: str) -> int:
    """ICAO 9303 check digit: weights 7, 3, 1 repeating, modulo 10."""
    return sum(_MRZ_VALUES.get(c, 0) * (7, 3, 1)[i % 3] for i, c in enumerate(field)) % 10


def td3_checks(line2: str) -> int:
    """How many of the three field check digits of a TD3 second line hold (number, birth, expiry)."""
    if len(line2) != 44:
        return 0
    fields = ((0, 9, 9), (13, 19, 19), (21, 27, 27))
    return sum(1 for s, e, c in fields if line2[c].isdigit() and mrz_check_digit(line2[s:e]) == int(line2[c]))


@register
class PassportDetector(Detector):
    name = "passport"
    label = "PASSPORT"
    description = ("Passport numbers named by a passport word (before them, in their column header, or earlier "
                   "in the document for a bare letter+digit cell) and whole machine-readable zones (ICAO 9303).")

    def detect(self, ctx: DetectionContext) -> Iterator[Finding]:
        seen: set[tuple[int, int]] = set()
        for v in labelled_values(ctx, PASSPORT_LABELS, VALUE):
            seen.add((v.start, v.end))
            yield self.finding(v.start, v.end, 0.9, f"passport number after the word '{v.label}'")
        for v in values_under_header(ctx, PASSPORT_LABELS, VALUE):
            if (v.start, v.end) in seen:
                continue
            yield self.finding(v.start, v.end, 0.9, f"passport number under the column header '{v.label}'")
        yield from self._cells_after_a_passport_word(ctx)
        yield from self._mrz(ctx)

    def _cells_after_a_passport_word(self, ctx: DetectionContext) -> Iterator[Finding]:
        words = [m.end() for m in label_regex(PASSPORT_LABELS).finditer(ctx.text)]
        if not words:
            return
        seen = set()
        # Under a header line of its own any passport shape counts (nine digits too) ...
        for v in bare_cells_under_header_line(ctx, PASSPORT_LABELS, VALUE, _DOC_WINDOW):
            seen.add(v.start)
            yield self.finding(v.start, v.end, 0.6, "passport shape alone in a cell, under a passport header line")
        # ... after a passport word elsewhere only the letter+digit shape.
        for m in _CELL_RE.finditer(ctx.text):
            if m.start(1) not in seen and any(0 < m.start(1) - w <= _DOC_WINDOW for w in words):
                yield self.finding(m.start(1), m.end(1), 0.6,
                                   "letter+digit passport shape alone in a cell, after a passport word in the document")

    def _mrz(self, ctx: DetectionContext) -> Iterator[Finding]:
        for m in _MRZ_RE.finditer(ctx.text):
            lines = [ln.strip() for ln in m.group(1).split("\n")]
            if "<<" not in m.group(1) or len({len(ln) for ln in lines}) != 1:
                continue
            checks = td3_checks(lines[1]) if len(lines) == 2 else 0
            if len(lines) == 2 and len(lines[0]) == 44 and lines[0][0] == "P" and checks >= 2:
                yield self.finding(m.start(1), m.end(1), 0.97,
                                   f"passport machine-readable zone (TD3), {checks} of 3 check digits hold")
            elif len(lines[0]) in (30, 36, 44):
                yield self.finding(m.start(1), m.end(1), 0.8,
                                   f"machine-readable zone shape ({len(lines)} lines of {len(lines[0])}), "
                                   "check digits not confirmed")
