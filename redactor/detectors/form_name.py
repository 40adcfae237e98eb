"""A name written into a form's fields: "ชื่อ … นามสกุล …" (PERSON).

Thai forms ask for the given name and the family name in two labelled fields,
often after a row of title check boxes ("☐ นาย ☑ นาง ☐ นางสาว ชื่อ … นามสกุล …").
The title then stands apart from the name, so the titled-name rule misses it;
the two labels say what each word is. Each field's value is one finding.

Not a name: a label followed by another label or a blank to fill ("ชื่อ ..........
นามสกุล ........."), and "ชื่อ" that is part of a longer label (ชื่อบิดา,
ชื่อโครงการ) -- the given name must stand right after the label, and the family
name right after its own label.

One label may ask for both: the ID card's "ชื่อตัวและชื่อสกุล", "ชื่อและนามสกุล",
"ชื่อ-สกุล". Its second half is no family-name label with "และชื่อ" for a given
name: the whole name follows it. On a scanned card OCR reads that label a letter
off (และ as แฉะ) and the large bold name after it as anything ("UIE ฉตรชัย Lanse");
there the label, read at most two letters off, still says the rest of its line is
the holder's name, withheld as read.
"""

from __future__ import annotations

import difflib
import re
from functools import cache

from redactor import rx
from redactor.detectors.base import TH, DetectionContext, Detector, register
from redactor.lexicon import TITLE_RE
from redactor.normalise import fold_for_match
from redactor.ocr.fuzzy import skeleton
from redactor.types import Finding

_NAME = rf"[{TH}]{{2,30}}"
_SP = r"[ \t\u00a0]*"
# Labels that are not a value: a second label where the name should be.
_LABEL_WORDS = ("นามสกุล", "สกุล", "อายุ", "ตำแหน่ง", "ที่อยู่", "เลขที่", "บ้านเลขที่", "โทร", "สัญชาติ",
                "รหัส", "คณะ", "สาขาวิชา", "ชั้นปี", "อีเมล", "ลายมือชื่อ")
# The head of the family-name label itself: "ชื่อ ........ นามสกุล" with its leaders read as
# blanks leaves "นาม" standing where the given name would be.
_LABEL_HEADS = ("นาม", "ชื่อ")
_NEXT_LABEL = rx.compile(r"เกิดวัน|วันเกิด|อายุ|เลขประจำตัว|เลขที่|ที่อยู่|สัญชาติ|เชื้อชาติ|ศาสนา|โทร|อาชีพ|ตำแหน่ง")
FORM_NAME_RE = rx.compile(
    rf"(?<![{TH}])ชื่อ(?:ตัว)?{_SP}[:：]?{_SP}(?:{TITLE_RE}{_SP})?({_NAME})"
    rf"{_SP}(?:\n{_SP})?(?:นามสกุล|ชื่อสกุล|สกุล){_SP}[:：]?{_SP}({_NAME})(?![{TH}])"
)


# One label for the whole name: ชื่อตัวและชื่อสกุล, ชื่อและนามสกุล, ชื่อ-นามสกุล, ชื่อ - สกุล.
_FULL_LABEL = rf"ชื่อ(?:ตัว)?{_SP}(?:และ|[-–]){_SP}(?:ชื่อ)?(?:นาม)?สกุล"
FULL_NAME_RE = rx.compile(
    rf"(?<![{TH}]){_FULL_LABEL}{_SP}[:：]?{_SP}(?:{TITLE_RE}{_SP})?({_NAME})[ \t\u00a0]+({_NAME})(?![{TH}])"
)
# The ID card's long label, as OCR may misread it: compared as skeletons, at least this alike.
_CARD_LABEL = "ชื่อตัวและชื่อสกุล"
_CARD_LABEL_RATIO = 0.85
_THAI_RUN = rx.compile(rf"[{TH}]{{12,24}}")
_LINE_VALUE = rx.compile(r"[^\n]*")


@cache
def _card_label_skeleton() -> str:
    return skeleton(fold_for_match(_CARD_LABEL))


def _is_card_label(run: str) -> bool:
    return difflib.SequenceMatcher(None, skeleton(fold_for_match(run)), _card_label_skeleton(),
                                   autojunk=False).ratio() >= _CARD_LABEL_RATIO


@register
class FormNameDetector(Detector):
    name = "form_name"
    label = "PERSON"
    description = "A given name and a family name written into a form's labelled fields (ชื่อ … นามสกุล …)."

    def detect(self, ctx: DetectionContext) -> list[Finding]:
        out: list[Finding] = []
        for m in FULL_NAME_RE.finditer(ctx.text):
            if m.group(1).startswith(_LABEL_WORDS) or m.group(2).startswith(_LABEL_WORDS):
                continue
            out.append(self.finding(m.start(1), m.end(2), 0.8, "full name after a whole-name label (ชื่อ-สกุล)"))
        if ctx.ocr:
            out += self._misread_card_names(ctx, {f.start for f in out})
        for m in FORM_NAME_RE.finditer(ctx.text):
            first, last = m.group(1), m.group(2)
            if first.startswith(_LABEL_WORDS) or last.startswith(_LABEL_WORDS) or first in _LABEL_HEADS \
                    or first.startswith("และ"):  # the whole-name label's own words
                continue
            # The next field's label glued to the family name (a PDF line joined to the next one:
            # "…นามสกุล ทองดีเกิดวันที่"): the name stops before it.
            cut = _NEXT_LABEL.search(last, 2)
            end2 = m.start(2) + (cut.start() if cut else len(last))
            for s, e, what in ((m.start(1), m.end(1), "given name"), (m.start(2), end2, "family name")):
                out.append(self.finding(s, e, 0.8, f"{what} in a form's labelled name fields"))
        return out

    def _misread_card_names(self, ctx: DetectionContext, found: set[int]) -> list[Finding]:
        """On OCR text, the rest of the line after the ID card's whole-name label read a letter or
        two off: the holder's name however OCR read it, up to the next field's label."""
        out: list[Finding] = []
        for run in _THAI_RUN.finditer(ctx.text):
            if not ctx.is_ocr(run.start()) or not _is_card_label(run.group()):
                continue
            line = _LINE_VALUE.match(ctx.text, run.end())
            value = line.group() if line else ""
            cut = _NEXT_LABEL.search(value)
            value = value[:cut.start()] if cut else value
            letters = [i for i, ch in enumerate(value) if ch.isalpha()]
            if not letters:
                continue
            start, end = run.end() + letters[0], run.end() + letters[-1] + 1
            # Marks after the last letter (a tone mark, sara am) belong to it.
            while end < len(ctx.text) and re.match(rf"[{TH}]", ctx.text[end]) and not ctx.text[end].isalpha():
                end += 1
            if start in found:
                continue
            out.append(self.finding(start, end, 0.8, "the name after an ID card's whole-name label as OCR read it "
                                                     f"(label read as '{run.group()}')"))
        return out
