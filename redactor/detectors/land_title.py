"""Land title deed numbers (โฉนดที่ดิน, น.ส.3, น.ส.3 ก., ส.ป.ก.) and a deed's parcel and survey numbers.

A deed held by a juristic person (a company, a temple, a foundation, the state)
is not personal data: such a number goes to review instead of being redacted,
because "who holds it" is read from the row or line and may be wrong.
"""

from __future__ import annotations

from redactor import rx
from redactor.detectors.base import WS, DetectionContext, Detector, register
from redactor.detectors.person_name import TITLE_RE
from redactor.types import Finding

LAND_RE = rx.compile(
    rf"(?:โฉนด(?:ที่ดิน)?|น\.ส\.\s*3\s*(?:ก\.|ข\.)?|นส\.?\s*3\s*ก?|ส\.ป\.ก\.\s*[0-9\-]*|หนังสือรับรองการทำประโยชน์)"
    rf"{WS}(?:เลขที่|ฉบับที่|เล่มที่)?{WS}([0-9][0-9,/\-]*[0-9]|[0-9])(?![0-9])"
    # "โฉนดที่ดิน 500 แปลง" counts deeds; it numbers none.
    r"(?!\s*(?:แปลง|ฉบับ|ราย|แห่ง|ไร่))"
)
# The parcel number and the survey page printed on a deed ("เลขที่ดิน 87 หน้าสำรวจ 6259"):
# together with the district they identify the deed as well as its number does.
PARCEL_RE = rx.compile(rf"(?:เลขที่ดิน|หน้าสำรวจ){WS}(?:เลขที่)?{WS}([0-9][0-9/\-]*[0-9]|[0-9])(?![0-9])")
# The cadastral map sheet written right after a deed's number ("โฉนด 1234 ระวาง 5136 IV 6428-07": the
# 1:50,000 sheet, its quarter in Roman numerals, then the 1:4,000 sheet and its part): with the deed it
# locates the parcel. A sheet named alone (a project's map reference) is no one's deed and is left alone.
SHEET_AFTER_RE = rx.compile(rf"{WS}ระวาง(?:ที่)?{WS}([0-9]{{4}}{WS}(?:IV|I{{1,3}}){WS}[0-9]{{4}}"
                            r"(?:[ \t]*-[ \t]*[0-9]{1,4})?)(?![0-9])")
# Holders that are not natural persons. วัด only as a word (not จังหวัด, วัดผล).
JURISTIC_HOLDER = rx.compile(
    r"บริษัท|ห้างหุ้นส่วน|หจก\.|บจก\.|(?<!จังห)(?<!หวั)วัด(?!ผล|ความ|ระดับ|ค่า|ขนาด)|มูลนิธิ|สมาคม|สหกรณ์"
    r"|ที่ราชพัสดุ|ศาลเจ้า|มัสยิด|โบสถ์|กองทุน|การไฟฟ้า|การประปา|องค์การ|เทศบาล|กรม(?!ธรรม์)"
)
_PERSON_TITLE = rx.compile(TITLE_RE)


@register
class LandTitleDetector(Detector):
    name = "land_title"
    label = "LAND_TITLE"
    description = ("Land title deed numbers after โฉนด / น.ส.3 / ส.ป.ก. words, and a deed's parcel number "
                   "(เลขที่ดิน) and survey page (หน้าสำรวจ); a deed held by a juristic person goes to review.")

    def detect(self, ctx: DetectionContext) -> list[Finding]:
        out = []
        for rgx, what in ((LAND_RE, "number after a land-title word"),
                         (PARCEL_RE, "parcel or survey number of a land deed")):
            for m in rgx.finditer(ctx.text):
                score, why = 0.85, what
                holder = self._holder_context(ctx, m.start(1))
                if JURISTIC_HOLDER.search(holder) and not _PERSON_TITLE.search(holder):
                    score, why = 0.4, f"{what}; the holder looks like a juristic person (not personal data?)"
                out.append(self.finding(m.start(1), m.end(1), score, why))
                sheet = SHEET_AFTER_RE.match(ctx.text, m.end()) if rgx is LAND_RE else None
                if sheet is not None:
                    out.append(self.finding(sheet.start(1), sheet.end(1), score,
                                            f"{why}; the map sheet written after the deed's number"))
        return out

    @staticmethod
    def _holder_context(ctx: DetectionContext, offset: int) -> str:
        """The table row holding the number, else its line."""
        row = ctx.row_cells(offset)
        if row:
            return " ".join(ctx.text[c.start:c.end] for c in row)
        s, e = ctx.line_of(offset)
        return ctx.text[s:e]
