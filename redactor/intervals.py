"""Half-open spans ``[start, end)`` queried by position, in logarithmic time.

Steps that ask "does any of these spans hold this offset / overlap this
span?" once per finding, redaction or segment would otherwise scan every
span each time, and a long document has thousands of both.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from itertools import accumulate


class Intervals:
    """Spans sorted by start, with the furthest end reached by each prefix of them."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _e in self.spans]
        self.reach = list(accumulate((e for _s, e in self.spans), max))

    def holds(self, pos: int) -> bool:
        """Whether some span has ``start <= pos < end``."""
        hi = bisect.bisect_right(self.starts, pos)
        return hi > 0 and self.reach[hi - 1] > pos

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span has ``s < end and start < e``."""
        hi = bisect.bisect_left(self.starts, end)
        return hi > 0 and self.reach[hi - 1] > start

    def candidates(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans, in sorted order, from the first whose prefix reaches past ``start`` to the
        last that starts before ``end``: a superset of those overlapping ``[start, end)``."""
        lo = bisect.bisect_right(self.reach, start)
        hi = bisect.bisect_left(self.starts, end)
        return self.spans[lo:hi]


class Back:
    """``back[i]``: the offset in a text of character ``i`` of the text with some runs taken out
    (``without``). Kept as one entry per run taken out (where it was, in the shorter text's
    offsets, and how much was taken out up to it), not one per character."""

    __slots__ = ("_at", "_shift")

    def __init__(self, at: list[int], shift: list[int]) -> None:
        self._at, self._shift = at, shift  # shorter-text offsets from which ``shift`` more is added

    def __getitem__(self, i: int) -> int:
        k = bisect.bisect_right(self._at, i)
        return i + (self._shift[k - 1] if k else 0)


def without(text: str, runs: re.Pattern[str]) -> tuple[str, Back]:
    """``text`` with every match of ``runs`` taken out, and the map back to ``text``
    (``back[len(shorter)]`` is ``len(text)``)."""
    out: list[str] = []
    at: list[int] = []
    shift: list[int] = []
    pos = removed = 0
    for m in runs.finditer(text):
        out.append(text[pos:m.start()])
        removed += m.end() - m.start()
        at.append(m.end() - removed)
        shift.append(removed)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), Back(at, shift)
