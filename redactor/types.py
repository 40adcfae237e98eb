"""Core data types shared by every stage of the pipeline.

Every stage speaks in character offsets into one canonical text per
document (``TextMap.text``). Format modules attach a locator (``ref``) to each
segment so that ``apply`` can land a redaction on the original characters.
"""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

# Legal bases under the Official Information Act B.E. 2540.
BASES = ("14", "15(1)", "15(2)", "15(3)", "15(4)", "15(5)", "15(6)", "15(7)")


@dataclass(frozen=True, slots=True)
class Segment:
    """A contiguous range ``[start, end)`` of the canonical text and where it lives.

    ``where`` is a short human location ("page 2", "word/footer1.xml",
    "metadata:title", "annotation p1"). ``visible`` is False for text a reader
    cannot see (metadata, comments, tracked deletions, hidden runs); such text
    is always scrubbed from the output, so it needs no geometry.
    ``ref`` is the format module's own locator.
    """

    start: int
    end: int
    where: str
    visible: bool
    ref: Any = None
    page: int | None = None


@dataclass(slots=True)
class TextMap:
    """One canonical text per document plus the segments it was built from.

    Segments are sorted by ``start`` and do not overlap; characters between
    segments are separators added by the extractor (newlines).
    """

    text: str
    segments: list[Segment]
    _starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._starts = [s.start for s in self.segments]

    def segments_in(self, start: int, end: int) -> list[Segment]:
        """Segments that overlap ``[start, end)``."""
        i = max(bisect.bisect_right(self._starts, start) - 1, 0)
        out = []
        while i < len(self.segments):
            seg = self.segments[i]
            if seg.start >= end:
                break
            if seg.end > start:
                out.append(seg)
            i += 1
        return out

    def segment_at(self, offset: int) -> Segment | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self.segments[i].start <= offset < self.segments[i].end:
            return self.segments[i]
        return None

    def where(self, start: int, end: int) -> str:
        segs = self.segments_in(start, end)
        return segs[0].where if segs else "?"

    def page_of(self, start: int, end: int) -> int | None:
        segs = self.segments_in(start, end)
        return segs[0].page if segs else None

    def is_visible(self, start: int, end: int) -> bool:
        return any(s.visible for s in self.segments_in(start, end))


@dataclass(frozen=True, slots=True)
class Finding:
    """What one detector found. Offsets index the canonical text."""

    start: int
    end: int
    label: str
    score: float
    basis: str
    detector: str
    explanation: str  # a redactor.explain.Explanation from detectors: the reason text and its parts


Action = Literal["redact", "keep", "review"]


@dataclass(frozen=True, slots=True)
class Proposal:
    """A resolved finding after policy, with a stable id for reviewer decisions.

    ``action`` is what accepting the proposals as they stand does: ``redact``
    removes the text, ``keep`` leaves it (``keep_reason`` says why), ``review``
    asks a human (never applied by ``--accept-all``).
    """

    id: str
    start: int
    end: int
    text: str
    label: str
    score: float
    basis: str
    detector: str
    explanation: str
    action: Action
    where: str
    page: int | None = None
    keep_reason: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "start": self.start,
            "end": self.end,
            "page": self.page,
            "where": self.where,
            "text": self.text,
            "label": self.label,
            "basis": self.basis,
            "score": round(self.score, 3),
            "detector": self.detector,
            "explanation": self.explanation,
            "action": self.action,
            "keep_reason": self.keep_reason,
        }


def proposal_id(start: int, end: int, label: str, text: str) -> str:
    """A stable id: same document, same span, same label -> same id."""
    h = hashlib.sha256(f"{start}:{end}:{label}:{text}".encode()).hexdigest()
    return h[:12]


@dataclass(frozen=True, slots=True)
class Redaction:
    """One span that the apply stage must remove, after decisions."""

    start: int
    end: int
    label: str
    basis: str
    detector: str
    text: str
    proposal_id: str | None = None


@dataclass(slots=True)
class VerificationReport:
    passed: bool
    checked_redactions: int
    checked_keeps: int
    checked_fragments: int = 0
    survived: list[dict[str, Any]] = field(default_factory=list)
    lost_keeps: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)  # every field, in order, lists copied


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
