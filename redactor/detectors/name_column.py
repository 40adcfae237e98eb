"""Names under a personal column heading that OCR read as one block (a borderless list on a scan).

Tesseract reads a scanned list without ruling lines column by column: the heading "นามสกุล"
on a line of its own, then one family name per line, then the next heading ("โรงเรียน") and
its values. Given names keep their titles (นาย…, เด็กหญิง…) and are found by them; the family
names stand bare. Under a heading that names a person's name, a run of three or more lines
that each hold one or two Thai words (no digits, no title needed) is that column's values.

Only text OCR read: a text layer's lists come with their layout and are read as tables.
Not a value: another heading (the block ends there), a line with digits or punctuation of a
sentence, a line of more than two words, an agency's or organisation's name, and a line that
repeats the one before it (a column of schools or units repeats its values, names do not: the
run ends and the repeated value is not taken). A short line of OCR debris inside the run (a stamp,
a misread mark: at most six letters with no Thai word shape) is passed over, not taken.
"""

from __future__ import annotations

import re

from redactor.detectors.base import TH, DetectionContext, Detector, register
from redactor.keep_rules import AGENCY_WORDS
from redactor.lexicon import fold_header, header_label
from redactor.types import Finding

_VALUE = re.compile(rf"[{TH}]{{2,30}}(?:[ \t][{TH}]{{2,30}})?")
_DEBRIS = re.compile(r"[^\n]{1,6}")
_ORGANISATION = re.compile(r"มูลนิธิ|สมาคม|บริษัท|สหกรณ์|วัด(?=[ก-ฮ])")
# At least this many values under the heading.
_MIN_RUN = 3


def _heading(line: str) -> bool:
    """A line that is only a personal name column's heading."""
    folded = fold_header(line)
    if not folded or len(folded) > 20:
        return False
    hl = header_label(line)
    return hl is not None and hl[0] == "PERSON" and 2 * len(hl[1].replace(" ", "")) >= len(folded)


@register
class NameColumnDetector(Detector):
    name = "name_column"
    label = "PERSON"
    description = ("Names that OCR read in a block under a name column's heading (a scanned borderless list): "
                   "one or two Thai words per line.")

    def detect(self, ctx: DetectionContext) -> list[Finding]:
        if not ctx.ocr:
            return []
        text = ctx.text
        lines: list[tuple[int, int]] = []
        pos = 0
        for ln in text.split("\n"):
            lines.append((pos, pos + len(ln)))
            pos += len(ln) + 1
        out: list[Finding] = []
        i = 0
        while i < len(lines):
            s, e = lines[i]
            if not (ctx.is_ocr(s) and _heading(text[s:e].strip())):
                i += 1
                continue
            head = " ".join(text[s:e].split())
            run: list[tuple[int, int]] = []
            j = i + 1
            while j < len(lines):
                a, b = lines[j]
                line = text[a:b].strip()
                if not line:
                    j += 1
                    continue
                if run and line == text[run[-1][0]:run[-1][1]]:
                    run.pop()  # a column of schools or units repeats its values; names do not
                    break
                if _VALUE.fullmatch(line) and header_label(line) is None and ctx.is_ocr(a) \
                        and not AGENCY_WORDS.search(line) and not _ORGANISATION.search(line):
                    off = a + text[a:b].index(line)
                    run.append((off, off + len(line)))
                elif _DEBRIS.fullmatch(line) and run and not re.search(rf"[{TH}]{{3}}", line):
                    pass  # a misread mark or stamp between two values
                else:
                    break
                j += 1
            if len(run) >= _MIN_RUN:
                why = f"one of {len(run)} names read in a block under the column heading '{head}'"
                out.extend(self.finding(a, b, 0.7, why) for a, b in run)
            i = max(j, i + 1)
        return out
