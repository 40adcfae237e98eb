"""A copy of a Thai national ID card read by OCR: the card's field lines (ID_CARD).

A copy of the holder's ID card (สำเนาบัตรประจำตัวประชาชน) is attached to bids, applications
and complaints, usually scanned, often small and rotated. Everything printed on the card
under its heading is the holder's personal data: the number, the name in Thai and in Latin
letters, the date of birth in both calendars, religion, address, dates of issue and expiry.
OCR reads such a card badly -- its labels a letter or more off ("Dew of Both" for Date of
Birth, "เก็ดวันที่" for เกิดวันที่), the Latin name as "Mir. Yougvot" -- so the field rules,
which need their labels, miss most of it.

The card announces itself: the heading "บัตรประจำตัวประชาชน Thai National ID Card" is printed
on every card in large type and OCR reads it well. Below a heading read on an OCR page, each
of the card's lines is withheld whole, as read: up to 16 lines, ending early at a line longer
than a card's line (a page's prose), at text no OCR read, or at the next card's heading.
The heading line goes too: the card is withheld whole, as a unit a reader sees was a card copy
(the review screen says so), and a heading left standing between the boxes of a small, often
rotated card does not read back the same after redaction, which would stop the file for review.
Lines of fewer than four letters or digits (specks, a stamp's edge) are no field and are left,
which keeps them from being propagated over the document.

Not a card: the words in typed text ("แนบสำเนาบัตรประจำตัวประชาชน", a list of attachments),
or the Thai words without the card's English heading on the same line.
"""

from __future__ import annotations

import re

from redactor import rx
from redactor.detectors.base import DetectionContext, Detector, register
from redactor.types import Finding

# The card's heading as OCR reads it: the Thai words (their first consonant may be misread),
# and on the same line the English "Thai National ID Card" (Identification Card on older cards).
_TH_HEAD = r"[ก-ฮ]?ัตรประจำตัวประชาชน"
_EN_HEAD = r"(?i:nationa[l1I][ \t]*[il1I]d[ \t]*card|identification[ \t]*card)"
HEADING_RE = rx.compile(rf"{_TH_HEAD}[^\n]{{0,30}}?{_EN_HEAD}|{_EN_HEAD}[^\n]{{0,30}}?{_TH_HEAD}")
_MAX_LINES = 16
_MAX_LINE = 80  # a card's line is short; a longer one is the page's own text
_MIN_CHARS = 4
_SUBSTANCE = re.compile(r"[^\W_]", re.UNICODE)


@register
class IdCardDetector(Detector):
    name = "id_card"
    label = "ID_CARD"
    description = "The field lines of a Thai national ID card copy read by OCR, below the card's heading."

    def detect(self, ctx: DetectionContext) -> list[Finding]:
        if not ctx.ocr:
            return []
        out: list[Finding] = []
        done_to = -1
        for head in HEADING_RE.finditer(ctx.text):
            if head.start() < done_to or not ctx.is_ocr(head.start()):
                continue
            hs, pos = ctx.line_of(head.start())
            line = ctx.text[hs:pos]
            lead = len(line) - len(line.lstrip())
            out.append(self.finding(hs + lead, hs + len(line.rstrip()), 0.8,
                                    "the heading of a national ID card copy read by OCR: the card is withheld whole"))
            for _ in range(_MAX_LINES):
                if pos >= len(ctx.text):
                    break
                start, end = ctx.line_of(pos + 1)
                pos = end
                line = ctx.text[start:end]
                if HEADING_RE.search(line):  # the next card (or the back of this one) starts anew
                    pos = start - 1
                    break
                lead = len(line) - len(line.lstrip())
                trail = len(line.rstrip())
                if trail - lead > _MAX_LINE or (trail > lead and not ctx.is_ocr(start + lead)):
                    break
                if len(_SUBSTANCE.findall(line)) < _MIN_CHARS:
                    continue
                out.append(self.finding(start + lead, start + trail, 0.8,
                                        "a line of a national ID card copy, below the card's heading read by OCR"))
            done_to = pos
        return out
