"""Vehicle identification: VINs, chassis (ตัวถัง/ตัวรถ) and engine numbers.

A vehicle's chassis and engine numbers identify its owner through the
registration record as surely as a plate does. A 17-character VIN names
itself: ISO 3779 letters and digits without I, O and Q, with a numeric serial
at the end (Thai-assembled vehicles carry such chassis numbers too, beginning
with an M... manufacturer code). North-American VINs also carry a check digit
in position 9; when it holds, the score says so. Engine numbers have no common
shape (``4JJ1-XC1234``, ``KF33E-6727484``, eight digits), so they count only
after a chassis or engine word, under such a column header, or (model code,
dash, serial) right after a VIN, as in a vehicle row.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.detectors.base import DetectionContext, Detector, register
from redactor.label_value import labelled_values, values_under_header
from redactor.lexicon import VEHICLE_ID_LABELS
from redactor.rx import compile_scan
from redactor.types import Finding

_VIN_CHARS = "A-HJ-NPR-Z0-9"
# A VIN, possibly wrapped once inside a narrow table cell (each part at least 4 characters).
VIN_RE = compile_scan(
    rf"(?<![A-Za-z0-9\-])((?:[{_VIN_CHARS}]{{17}})|(?:[{_VIN_CHARS}]{{4,13}}[ \t]*\n[ \t]*[{_VIN_CHARS}]{{4,13}}))"
    r"(?![A-Za-z0-9])(?![\-/][0-9])"
)
# A chassis or engine number after its label: letters and digits, dash-joined parts,
# at least 5 characters holding at least 3 digits.
VALUE = (r"(?<![A-Za-z0-9])(?=[A-Z0-9\-*]*(?:[0-9][A-Z\-*]*){3})[A-Z0-9]+(?:[\-*][A-Z0-9]+){0,3}"
         r"(?<=[A-Z0-9]{2})(?![A-Za-z0-9])(?![/.][0-9])")
# An engine number's usual shape: an engine-model code with letters and digits, a dash,
# then a serial of 5-8 characters holding at least 4 digits (KF33E-6727484, 9NR-F489566).
ENGINE_RE = compile_scan(
    r"[ \t]*\n?[ \t]*((?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*[0-9])[A-Z0-9]{2,6}-(?=(?:[A-Z]*[0-9]){4})[A-Z0-9]{5,8})"
    r"(?![A-Za-z0-9])(?![\-/.][0-9])"
)
_TRANSLIT = {**{str(d): d for d in range(10)},
             **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
             **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9,
             **dict(zip("STUVWXYZ", range(2, 10), strict=True))}
_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_check_digit_ok(vin: str) -> bool:
    """ISO 3779 / 49 CFR 565 check digit in position 9 (used by North-American VINs)."""
    if len(vin) != 17:
        return False
    total = sum(_TRANSLIT.get(c, 0) * w for c, w in zip(vin, _WEIGHTS, strict=True))
    want = total % 11
    return vin[8] == ("X" if want == 10 else str(want))


def looks_like_vin(vin: str) -> bool:
    """17 VIN characters with letters, at least 5 digits and a numeric serial at the end."""
    letters = sum(c.isalpha() for c in vin)
    digits = sum(c.isdigit() for c in vin)
    return len(vin) == 17 and letters >= 2 and digits >= 5 and vin[-4:].isdigit()


@register
class VehicleIdDetector(Detector):
    name = "vehicle_id"
    label = "VEHICLE_ID"
    description = ("17-character VINs anywhere (ISO 3779 shape, optional check digit), and chassis or engine "
                   "numbers after เลขตัวรถ/เลขตัวถัง/เลขเครื่องยนต์/chassis/engine or under such a header.")

    def detect(self, ctx: DetectionContext) -> Iterator[Finding]:
        for m in VIN_RE.finditer(ctx.text):
            vin = re.sub(r"\s+", "", m.group(1))
            if not looks_like_vin(vin):
                continue
            check = vin_check_digit_ok(vin)
            yield self.finding(m.start(1), m.end(1), 0.9 if check else 0.8,
                               "17-character VIN shape" + ("; ISO 3779 check digit holds" if check else "")
                               + ("; wrapped across a line" if "\n" in m.group(1) else ""))
            # In a vehicle row the engine number follows the chassis number.
            e = ENGINE_RE.match(ctx.text, m.end(1))
            if e:
                yield self.finding(e.start(1), e.end(1), 0.75, "engine-number shape right after a VIN")
        seen: set[tuple[int, int]] = set()
        for v in labelled_values(ctx, VEHICLE_ID_LABELS, VALUE):
            seen.add((v.start, v.end))
            yield self.finding(v.start, v.end, 0.9, f"chassis/engine number after '{v.label}'")
        for v in values_under_header(ctx, VEHICLE_ID_LABELS, VALUE):
            if (v.start, v.end) in seen:
                continue
            yield self.finding(v.start, v.end, 0.85, f"chassis/engine number under the column header '{v.label}'")
