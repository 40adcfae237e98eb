"""A name written into a form's fields: "ชื่อ … นามสกุล …" (PERSON).

Thai forms ask for the given name and the family name in two labelled fields,
often after a row of title check boxes ("☐ นาย ☑ นาง ☐ นางสาว ชื่อ … นามสกุล …").
The title then stands apart from the name, so the titled-name rule misses it;
the two labels say what each word is. Each field's value is one finding.

Not a name: a label followed by another label or a blank to fill ("ชื่อ ..........
นามสกุล ........."), and "ชื่อ" that is part of a longer label (ชื่อบิดา,
ชื่อโครงการ) -- the given name must stand right after the label, and the family
name right after its own label.
"""

from __future__ import annotations

from redactor import rx
from redactor.detectors.base import TH, DetectionContext, Detector, register
from redactor.lexicon import TITLE_RE
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


@register
class FormNameDetector(Detector):
    name = "form_name"
    label = "PERSON"
    description = "A given name and a family name written into a form's labelled fields (ชื่อ … นามสกุล …)."

    def detect(self, ctx: DetectionContext) -> list[Finding]:
        out: list[Finding] = []
        for m in FORM_NAME_RE.finditer(ctx.text):
            first, last = m.group(1), m.group(2)
            if first.startswith(_LABEL_WORDS) or last.startswith(_LABEL_WORDS) or first in _LABEL_HEADS:
                continue
            # The next field's label glued to the family name (a PDF line joined to the next one:
            # "…นามสกุล ทองดีเกิดวันที่"): the name stops before it.
            cut = _NEXT_LABEL.search(last, 2)
            end2 = m.start(2) + (cut.start() if cut else len(last))
            for s, e, what in ((m.start(1), m.end(1), "given name"), (m.start(2), end2, "family name")):
                out.append(self.finding(s, e, 0.8, f"{what} in a form's labelled name fields"))
        return out
