"""The interface every format module implements."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from redactor.types import Redaction, TextMap

Progress = Callable[[str, int, int], None]
"""``progress(phase, done, total)`` while a document is opened: ``("ocr", pages read, pages to read)``
as the scanned pages of a PDF are recognised (first with 0, then after each page)."""

if TYPE_CHECKING:  # pragma: no cover
    from redactor.detectors.base import TableCell


@dataclass(frozen=True, slots=True)
class Recovered:
    """A piece of text recoverable from a written file."""

    where: str
    text: str
    visible: bool
    # ``codes``: the text is a list of machine values (numbers, hex codes) joined by
    # CODE_SEP, each an atom: a withheld string is found there only as a whole value, not
    # as digits inside a longer number (a theme's ``95000`` does not hold a wage of 9,500).
    codes: bool = False


CODE_SEP = "\x02"


class ExtractedDocument(Protocol):
    kind: str
    textmap: TextMap
    # Human-readable reasons why parts of the document need a human
    # (e.g. a scanned page without a text layer). A document with any of these
    # is never published by --accept-all.
    needs_review: list[str]
    # Table cells in canonical-text offsets, with row, column and column header
    # (redactor/formats/tables.py); the pipeline maps them to the detection view.
    tables: list[TableCell]

    def apply(self, redactions: list[Redaction], out_path: Path, *, label_boxes: bool = False) -> None:
        """Write a cleaned copy to ``out_path`` (a temporary path chosen by the caller)."""

    def close(self) -> None: ...


@dataclass(slots=True)
class TextBuilder:
    """Accumulates the canonical text and its segments, in order."""

    parts: list[str] = field(default_factory=list)
    segments: list = field(default_factory=list)
    length: int = 0

    def add(self, text: str, where: str, visible: bool, ref: object = None, page: int | None = None) -> None:
        from redactor.types import Segment

        if not text:
            return
        self.segments.append(Segment(self.length, self.length + len(text), where, visible, ref, page))
        self.parts.append(text)
        self.length += len(text)

    def sep(self, text: str = "\n") -> None:
        """A separator that belongs to no segment."""
        self.parts.append(text)
        self.length += len(text)

    def build(self) -> TextMap:
        return TextMap("".join(self.parts), self.segments)
