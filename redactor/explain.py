"""Why a detector found something: structured explanations and declared context rules.

Presidio's recognizers return an explanation object (the pattern, the validator's
verdict, the context word that raised the score) rather than a sentence. Ours is
``Explanation``: the same parts, and the reason text the review screen and the
stored proposals have always shown. It *is* that text (a ``str``), so storing,
printing and comparing it are unchanged, while code that wants the parts reads
them from its attributes (``pattern``, ``checksum``, ``context``, ``changes``).

A ``ContextRule`` declares what a detector looks for around a match: words (a
tuple, or a compiled pattern from ``redactor.lexicon`` such as ``PERSON_NEAR``),
a window of characters before the match, and whether the words raise the score
(``boost``) or are required for the match to count at all (``require``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Protocol


class _Context(Protocol):
    def before(self, offset: int, width: int) -> str: ...


@dataclass(frozen=True, slots=True)
class ContextHit:
    """A context word found near a match: the word and how many characters before the point the
    rule looked back from (the match's start) the word starts. Relative to the match, in the
    detection view: the pipeline maps a finding's own offsets back to the original text, and a
    distance needs no mapping."""

    word: str
    distance: int


@dataclass(frozen=True, slots=True)
class ScoreChange:
    """A change to a finding's score and why (a context boost, a weak grouping)."""

    delta: float
    reason: str


@dataclass(frozen=True, slots=True)
class ContextRule:
    """Context words within ``window`` characters before a match.

    ``boost``: added to the score when a word is found. ``require``: the match
    counts only when a word is found. ``words``: literal words, tried in order
    (the first one present is the one reported), or a compiled pattern.
    """

    words: tuple[str, ...] | re.Pattern[str]
    window: int
    boost: float = 0.0
    require: bool = False

    def __post_init__(self) -> None:
        if self.window <= 0:
            raise ValueError("a context window is at least one character")
        if not self.require and self.boost == 0.0:
            raise ValueError("a context rule either boosts the score or is required")

    def find(self, ctx: _Context, start: int) -> ContextHit | None:
        """The first context word before ``start`` within the window, or None."""
        left = ctx.before(start, self.window)
        if not isinstance(self.words, tuple):  # a pattern (re.Pattern, or rx.Gated)
            m = self.words.search(left)
            return ContextHit(m.group(), len(left) - m.start()) if m else None
        for w in self.words:
            i = left.find(w)
            if i >= 0:
                return ContextHit(w, len(left) - i)
        return None


class Explanation(str):
    """A finding's reason: its rendered text (what is stored and shown) and its parts.

    ``pattern``: the pattern or rule that matched. ``checksum``: True when a check
    digit was validated, False when it failed, None when the value has none.
    ``context``: context words found, each with its distance before the match.
    ``changes``: score changes with their reasons. ``notes``: what later steps
    added (policy's "for review: …"), each also in the text.
    """

    pattern: str
    checksum: bool | None
    context: tuple[ContextHit, ...]
    changes: tuple[ScoreChange, ...]
    notes: tuple[str, ...]

    def __new__(cls, text: str = "", *, pattern: str = "", checksum: bool | None = None,
                context: tuple[ContextHit, ...] = (), changes: tuple[ScoreChange, ...] = (),
                notes: tuple[str, ...] = ()) -> Explanation:
        self = super().__new__(cls, text)
        self.pattern = pattern
        self.checksum = checksum
        self.context = context
        self.changes = changes
        self.notes = notes
        return self

    @classmethod
    def of(cls, why: str, **parts: Any) -> Explanation:
        """``why`` as an explanation; an explanation already keeps its parts (``parts`` update them)."""
        if isinstance(why, Explanation):
            return why._with(str(why), **parts) if parts else why
        return cls(why, **parts)

    def _with(self, text: str, **parts: Any) -> Explanation:
        base: dict[str, Any] = {"pattern": self.pattern, "checksum": self.checksum, "context": self.context,
                                "changes": self.changes, "notes": self.notes}
        base.update(parts)
        return Explanation(text, **base)

    def with_context(self, hit: ContextHit, text: str, boost: float = 0.0) -> Explanation:
        """Add a context word found (and the score change it brought, if any); ``text`` is the new rendering."""
        changes = self.changes + ((ScoreChange(boost, f"context word '{hit.word}'"),) if boost else ())
        return self._with(text, context=(*self.context, hit), changes=changes)

    def with_change(self, delta: float, reason: str, text: str) -> Explanation:
        return self._with(text, changes=(*self.changes, ScoreChange(delta, reason)))

    def __add__(self, other: str) -> Explanation:
        # Policy appends its notes ("; classified law-enforcement document"): the parts stay.
        note = other.lstrip(" ;|")
        return self._with(str(self) + other, notes=self.notes + ((note,) if note else ()))

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (str(self), self.parts()))

    def parts(self) -> dict[str, Any]:
        """The parts as plain data (JSON-ready)."""
        return {
            "pattern": self.pattern,
            "checksum": self.checksum,
            "context": [{"word": h.word, "distance": h.distance} for h in self.context],
            "changes": [{"delta": round(c.delta, 3), "reason": c.reason} for c in self.changes],
            "notes": list(self.notes),
        }


def _rebuild(text: str, parts: dict[str, Any]) -> Explanation:
    return Explanation(
        text, pattern=parts["pattern"], checksum=parts["checksum"],
        context=tuple(ContextHit(h["word"], h["distance"]) for h in parts["context"]),
        changes=tuple(ScoreChange(c["delta"], c["reason"]) for c in parts["changes"]),
        notes=tuple(parts["notes"]))
