"""Driving licence numbers, after ใบอนุญาตขับขี่/ใบอนุญาตขับรถ/ใบขับขี่ or under such a header.

Thai licences carry an 8-digit number (two digits of the year, then a serial),
older ones a letter or two and slashes; a licence number is a personal
identifier, and nothing in its shape alone says so, hence the label.
"""

from __future__ import annotations

from collections.abc import Iterator

from redactor.detectors.base import DetectionContext, Detector, register
from redactor.label_value import bare_cells_under_header_line, labelled_values, values_under_header
from redactor.lexicon import DRIVER_LICENCE_LABELS
from redactor.types import Finding

# Optional letter prefix, then digits in up to four dash/slash groups, at least 6 digits,
# not a date (dd/mm/yyyy) and not a phone number split by dashes (guarded by the digit count).
VALUE = (r"(?<![A-Za-z0-9])(?!(?:[0-9]{1,2}[/.\-]){2}[0-9]{2,4}(?![0-9]))"
         r"(?=(?:[A-Z]{1,2}[ \-]?)?(?:[0-9][\-/]?){6})(?:[A-Z]{1,2}[ \-]?)?[0-9]+(?:[\-/][0-9]+){0,3}"
         r"(?![A-Za-z0-9])(?![\-/.][0-9])")

# A bare cell under a header line: the 8-digit number, or a longer one with its groups.
CELL_VALUE = (r"(?!(?:[0-9]{1,2}[/.\-]){2}[0-9]{2,4}$)"
              r"(?:(?:[A-Z]{1,2}[ \-]?)?[0-9]{8}|(?=(?:[0-9][\-/]?){8})[0-9]+(?:[\-/][0-9]+){1,3})")


@register
class DriverLicenceDetector(Detector):
    name = "driver_licence"
    label = "DRIVER_LICENCE"
    description = "Driving licence numbers after ใบอนุญาตขับขี่/ใบอนุญาตขับรถ/ใบขับขี่/driving licence or under such a header."

    def detect(self, ctx: DetectionContext) -> Iterator[Finding]:
        seen: set[tuple[int, int]] = set()
        for v in labelled_values(ctx, DRIVER_LICENCE_LABELS, VALUE):
            seen.add((v.start, v.end))
            yield self.finding(v.start, v.end, 0.85, f"licence number after '{v.label}'")
        for v in values_under_header(ctx, DRIVER_LICENCE_LABELS, VALUE):
            if (v.start, v.end) in seen:
                continue
            seen.add((v.start, v.end))
            yield self.finding(v.start, v.end, 0.8, f"licence number under the column header '{v.label}'")
        if not ctx.cells:
            for v in bare_cells_under_header_line(ctx, DRIVER_LICENCE_LABELS, CELL_VALUE):
                if (v.start, v.end) not in seen:
                    yield self.finding(v.start, v.end, 0.6, "licence-number cell alone on its line under a header line")
