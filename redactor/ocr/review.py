"""OCR regions that need a person, as page regions and as review findings.

``redactor.ocr.digits`` marks the digit runs that two readings could not
confirm (``OcrResult.uncertain``). Here they become

* ``review_regions(doc)``: page, rectangle in page coordinates, canonical
  offsets, label and reason, for a review screen to show on the page image;
* ``review_findings(doc, view)``: findings with a score in the review band
  [0.3, 0.5) and the explanation "OCR could not read this digit run
  confidently", which the pipeline adds to the detectors' findings. Policy
  turns them into proposals with action "review": ``--accept-all`` does not
  apply them (it applies only "redact"), so a reviewer's decisions file must
  accept or reject each one; where a detector also found the run, the
  detector's stronger finding wins the overlap and the run is redacted.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Any

from redactor.ocr.geometry import Box
from redactor.ocr.pdf import ScanLine
from redactor.types import Finding

REVIEW_SCORE = 0.4
EXPLANATION = "OCR could not read this digit run confidently"


@dataclass(frozen=True, slots=True)
class ReviewRegion:
    page: int  # 1-based
    rect: Box  # page coordinates
    start: int  # canonical offsets
    end: int
    label: str
    reason: str


def review_regions(doc: Any) -> list[ReviewRegion]:
    """The uncertain digit runs of a document's scans (empty for documents without OCR)."""
    scans = getattr(doc, "scans", None) or []
    if not scans:
        return []
    by_line: dict[int, Any] = {}
    for seg in doc.textmap.segments:
        if isinstance(seg.ref, ScanLine):
            by_line[id(seg.ref.line)] = seg
    out = []
    for _region, result in scans:
        for u in getattr(result, "uncertain", ()):
            seg = by_line.get(id(result.lines[u.line]))
            if seg is None:
                continue
            out.append(ReviewRegion(seg.ref.page + 1, seg.ref.rect(u.start, u.end), seg.start + u.start,
                                    seg.start + u.end, u.label, u.reason))
    return out


def review_findings(doc: Any, view: Any) -> list[Finding]:
    """Review findings for the uncertain digit runs, in the normalised view's offsets."""
    out = []
    for r in review_regions(doc):
        s = bisect.bisect_left(view.starts, r.start)
        e = bisect.bisect_left(view.starts, r.end)
        if s >= e:
            continue
        out.append(Finding(s, e, r.label, REVIEW_SCORE, "15(5)", "ocr_digits", f"{EXPLANATION}: {r.reason}"))
    return out
