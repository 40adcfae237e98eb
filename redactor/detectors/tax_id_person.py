"""A natural person's tax ID (เลขประจำตัวผู้เสียภาษี) is their national ID.

Juristic persons' tax IDs start with 0 and stay visible: companies in a
procurement result must be published. Any grouping of the 13 digits counts
(dashed, spaced, OCR's stray spaces, Thai digits); a failed check digit still
counts after a tax word, since a shop owner's mistyped number is still theirs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.detectors.base import DetectionContext, Detector, register
from redactor.detectors.th_national_id import ANY_RE, checksum_ok, digits_of, grouping
from redactor.label_value import label_before
from redactor.lexicon import TAX_LABELS
from redactor.types import Finding

# At most this many digit groups: more is a row of small numbers, not one ID.
_MAX_GROUPS = 6


@register
class PersonalTaxIdDetector(Detector):
    name = "tax_id_person"
    label = "TAX_ID_PERSON"
    description = "Personal tax ID: a 13-digit ID not starting with 0 after a tax context word."

    def detect(self, ctx: DetectionContext) -> Iterator[Finding]:
        for m in ANY_RE.finditer(ctx.text):
            raw = m.group(1)
            digits = digits_of(raw)
            if len(digits) != 13 or digits[0] == "0" or len(re.findall(r"[0-9]+", raw)) > _MAX_GROUPS:
                continue
            word = label_before(ctx, m.start(1), TAX_LABELS, 60)
            if word is None:
                continue
            state = "valid" if checksum_ok(digits) else "fails"
            yield self.finding(m.start(1), m.end(1), 0.95,
                               f"13 digits ({grouping(raw)}) after the tax word '{word}', not juristic "
                               f"(first digit not 0), checksum {state}")
