"""Detector interface, the context each detector reads, and the registry.

A detector reads the normalised view of one document (``DetectionContext.text``:
Thai digits folded to ASCII, PUA glyphs mapped, sara am composed) and returns
``Finding`` objects whose offsets index that view. The pipeline maps them back
to the canonical text; no detector normalises on its own.
"""

from __future__ import annotations

import bisect
import importlib
import pkgutil
import re
import tomllib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, ClassVar

from redactor.explain import ContextRule, Explanation
from redactor.rx import compile_scan
from redactor.types import Finding

# Thai letters and marks (no digits, no ฯ/ๆ); ASCII digits only: the view folds
# Thai digits, and Python's \d would also match Thai and other scripts' digits.
TH = "\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e"
DIGIT = "0-9"
# A run of whitespace that may include one line break (PDF line wraps).
WS = r"[ \t\u00a0]*\n?[ \t\u00a0]*"

THAI_MONTHS = (
    "มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|"
    r"ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\."
)
DATE_RE = (
    rf"[0-9]{{1,2}}\s*(?:{THAI_MONTHS})\s*(?:พ\.ศ\.|พุทธศักราช|ค\.ศ\.)?\s*[0-9]{{4}}"
    r"|[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}"
)


@dataclass(frozen=True, slots=True)
class TableCell:
    """One table cell, in the detection view's offsets.

    ``header`` is the folded text of the cell's column header ("" when the
    table has no header row or the cell is in it); ``is_header`` marks the
    header row's own cells. Tables spanning pages repeat their header.
    """

    start: int
    end: int
    table: int
    row: int
    col: int
    header: str = ""
    is_header: bool = False


@dataclass
class DetectionContext:
    """What a detector may read about one document."""

    text: str
    profile: Any = None  # redactor.profile.AgencyProfile | None
    # Spans of visible text vs. hidden parts are not a detector's concern.
    cache: dict[str, Any] = field(default_factory=dict)
    # Table cells sorted by start (filled by the pipeline from the extractor's tables).
    cells: list[TableCell] = field(default_factory=list)
    # Sorted, disjoint ranges of the text that OCR read (scans, untrusted text layers), in this
    # text's offsets: rules that tolerate OCR's misreadings apply there only.
    ocr: list[tuple[int, int]] = field(default_factory=list)

    @cached_property
    def _ocr_starts(self) -> list[int]:
        return [s for s, _e in self.ocr]

    def is_ocr(self, offset: int) -> bool:
        """Whether OCR read the character at ``offset``."""
        i = bisect.bisect_right(self._ocr_starts, offset) - 1
        return i >= 0 and offset < self.ocr[i][1]

    @cached_property
    def _cell_starts(self) -> list[int]:
        return [c.start for c in self.cells]

    def cell_at(self, offset: int) -> TableCell | None:
        """The table cell holding ``offset``, if any."""
        i = bisect.bisect_right(self._cell_starts, offset) - 1
        if i >= 0 and self.cells[i].start <= offset < self.cells[i].end:
            return self.cells[i]
        return None

    def header_of(self, offset: int) -> str:
        """The column header of the cell holding ``offset`` ("" outside tables)."""
        c = self.cell_at(offset)
        return c.header if c is not None and not c.is_header else ""

    def row_cells(self, offset: int) -> list[TableCell]:
        """All cells of the table row holding ``offset`` ([] outside tables)."""
        c = self.cell_at(offset)
        if c is None:
            return []
        return [x for x in self.cells if x.table == c.table and x.row == c.row]

    def cell_value(self, offset: int) -> str | None:
        """The whole text of the table cell holding ``offset``, its pieces joined as the cell
        shows them: a narrow cell wraps a name over lines that the text reads apart, with the
        other cells of the row in between. A piece that ended in a space was a word's end; one
        that did not was cut inside a word (a surname wrapped as "คำมา|วงศ์"). None outside tables."""
        cell = self.cell_at(offset)
        if cell is None:
            return None
        out = ""
        prev_end = 0
        for c in self.row_cells(offset):
            if c.col != cell.col:
                continue
            if out and not out[-1].isspace() and self.text[prev_end:prev_end + 1] in (" ", "\t", "\u00a0"):
                out += " "
            out += self.text[c.start:c.end]
            prev_end = c.end
        return out

    @cached_property
    def line_starts(self) -> list[int]:
        starts = [0]
        starts.extend(m.end() for m in re.finditer("\n", self.text))
        return starts

    def line_of(self, offset: int) -> tuple[int, int]:
        """(start, end) of the line holding ``offset``."""
        s = self.text.rfind("\n", 0, offset) + 1
        e = self.text.find("\n", offset)
        return s, (len(self.text) if e < 0 else e)

    def before(self, offset: int, width: int) -> str:
        return self.text[max(0, offset - width) : offset]

    def after(self, offset: int, width: int) -> str:
        return self.text[offset : offset + width]


class Detector:
    """Base class. Subclasses set ``name``, ``label``, ``basis`` and implement ``detect``."""

    name: ClassVar[str] = ""
    label: ClassVar[str] = ""
    basis: ClassVar[str] = "15(5)"
    description: ClassVar[str] = ""

    def detect(self, ctx: DetectionContext) -> Iterable[Finding]:
        raise NotImplementedError

    def finding(self, start: int, end: int, score: float, explanation: str, *, label: str | None = None,
                basis: str | None = None) -> Finding:
        """A finding whose explanation is an ``Explanation`` (a plain reason becomes one with no parts)."""
        return Finding(start, end, label or self.label, score, basis or self.basis, self.name,
                       Explanation.of(explanation))


@dataclass(frozen=True)
class Pattern:
    name: str
    regex: str
    score: float


class PatternDetector(Detector):
    """Mostly data: patterns, a context rule, a deny list; override ``validate``.

    ``validate`` returns a (score, explanation) pair or None to drop a match.
    ``context`` declares the words looked for before a match (``ContextRule``):
    a boosting rule raises the score when one is found, a required one drops
    matches without one. The rule is applied here, not in each detector.
    """

    patterns: ClassVar[list[Pattern]] = []
    context: ClassVar[ContextRule | None] = None
    deny: ClassVar[set[str]] = set()
    group: ClassVar[int | str] = 0
    _compiled: ClassVar[list[tuple[Pattern, re.Pattern[str]]] | None] = None

    @classmethod
    def compiled(cls) -> list[tuple[Pattern, re.Pattern[str]]]:
        if cls.__dict__.get("_compiled") is None:
            cls._compiled = [(p, compile_scan(p.regex)) for p in cls.patterns]
        return cls._compiled  # type: ignore[return-value]

    def validate(self, match: re.Match[str], ctx: DetectionContext, pattern: Pattern) -> tuple[float, str] | None:
        return pattern.score, f"pattern {pattern.name}"

    def detect(self, ctx: DetectionContext) -> Iterator[Finding]:
        for pattern, rgx in self.compiled():
            for m in rgx.finditer(ctx.text):
                start, end = m.span(self.group)
                if start == end or m.group(self.group) in self.deny:
                    continue
                res = self.validate(m, ctx, pattern)
                if res is None:
                    continue
                score, why = res
                explained = Explanation.of(why, pattern=pattern.name)
                if self.context is not None:
                    judged = apply_context(ctx, start, score, explained, self.context)
                    if judged is None:
                        continue
                    score, explained = judged
                yield self.finding(start, end, min(score, 1.0), explained)


def apply_context(ctx: DetectionContext, start: int, score: float, why: str,
                  rule: ContextRule) -> tuple[float, Explanation] | None:
    """A context rule applied to one match: the score raised by its boost and the word named
    (``"…; context word 'w'"``) when a word is found; None when the rule requires one and none is."""
    explained = Explanation.of(why)
    hit = rule.find(ctx, start)
    if hit is None:
        return None if rule.require else (score, explained)
    return score + rule.boost, explained.with_context(hit, f"{why}; context word '{hit.word}'", rule.boost)


# -- registry ---------------------------------------------------------------

_REGISTRY: dict[str, type[Detector]] = {}


def register(cls: type[Detector]) -> type[Detector]:
    if not cls.name:
        raise ValueError(f"{cls.__name__} has no name")
    if cls.name in _REGISTRY and _REGISTRY[cls.name] is not cls:
        raise ValueError(f"detector name {cls.name!r} registered twice")
    _REGISTRY[cls.name] = cls
    return cls


_CONFIG = Path(__file__).with_name("detectors.toml")


def _load_all() -> None:
    """Import every module in this package once; each registers itself."""
    pkg = importlib.import_module("redactor.detectors")
    for mod in pkgutil.iter_modules(pkg.__path__):
        if mod.name not in ("base",):
            importlib.import_module(f"redactor.detectors.{mod.name}")


def registered() -> dict[str, type[Detector]]:
    _load_all()
    return dict(sorted(_REGISTRY.items()))


def load_config(path: Path | None = None) -> dict[str, Any]:
    with (path or _CONFIG).open("rb") as fh:
        return tomllib.load(fh)


def enabled_detectors(config: Path | None = None,
                      overrides: dict[str, bool] | None = None) -> list[Detector]:
    """Instances of the detectors the config enables (all registered ones by default)."""
    reg = registered()
    cfg = load_config(config).get("detectors", {})
    out = []
    for name, cls in reg.items():
        on = cfg.get(name, {}).get("enabled", True)
        if overrides and name in overrides:
            on = overrides[name]
        if on:
            out.append(cls())
    return out


Factory = Callable[[], Detector]
