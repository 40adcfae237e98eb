"""Half-open spans ``[start, end)`` queried by position, in logarithmic time.

Steps that ask "does any of these spans hold this offset / overlap this
span?" once per finding, redaction or segment would otherwise scan every
span each time, and a long document has thousands of both.
"""

from __future__ import annotations

import bisect
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
