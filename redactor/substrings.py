"""``needle in hay`` and ``hay.count(needle)`` for many needles over one long string.

Verification asks, for every withheld item and every kept fragment, whether
(and how often) its key occurs in the whole document's text. One ``str``
scan per question makes that quadratic in the document's length. Past
``INDEX_FROM`` needles the haystack's three-character runs are sorted once
(numpy), each needle is looked for only where its rarest run occurs, and each
candidate is confirmed with ``str.startswith``; the answers are exactly those
of ``in`` and ``str.count`` (non-overlapping, leftmost first).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

_Q = 3
# Below this many needles a scan per needle costs less than sorting the runs.
INDEX_FROM = 200


def _codes(text: str) -> np.ndarray:
    import numpy as np

    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)


def _grams(codes: np.ndarray) -> np.ndarray:
    # Code points are below 2**21: three of them fit one int64.
    return (codes[:-2] << 42) | (codes[1:-1] << 21) | codes[2:]


class Substrings:
    def __init__(self, hay: str, needles: Iterable[str]) -> None:
        self.hay = hay
        # needle -> (offset of its anchor run in the needle, slice of ``_order`` holding the run's positions)
        self._anchor: dict[str, tuple[int, int, int]] = {}
        self._order: np.ndarray | None = None
        wanted = sorted({n for n in needles if len(n) >= _Q})
        if len(wanted) < INDEX_FROM or len(hay) < _Q:
            return
        import numpy as np  # only for long documents: not imported by a short one

        grams = _grams(_codes(hay))
        # Not a stable sort (five times slower on these keys): each needle's few candidate
        # positions are put in order when it is looked up.
        order = np.argsort(grams)
        sorted_grams = grams[order]
        lens = np.array([len(n) - _Q + 1 for n in wanted], dtype=np.int64)
        codes = _codes("".join(wanted))
        # The runs of each needle, none across two needles.
        firsts = np.concatenate(([0], np.cumsum([len(n) for n in wanted])[:-1]))
        owner = np.repeat(np.arange(len(wanted)), lens)
        within = np.arange(int(lens.sum())) - np.repeat(np.concatenate(([0], np.cumsum(lens)[:-1])), lens)
        at = np.repeat(firsts, lens) + within
        needle_grams = (codes[at] << 42) | (codes[at + 1] << 21) | codes[at + 2]
        lo = np.searchsorted(sorted_grams, needle_grams, "left")
        hi = np.searchsorted(sorted_grams, needle_grams, "right")
        # Per needle, its run with the fewest occurrences (the first such run).
        pick = np.lexsort((within, hi - lo, owner))
        first_of = pick[np.searchsorted(owner[pick], np.arange(len(wanted)), "left")]
        for i, j in enumerate(first_of.tolist()):
            self._anchor[wanted[i]] = (int(within[j]), int(lo[j]), int(hi[j]))
        self._order = order

    def _starts(self, needle: str) -> list[int] | None:
        a = self._anchor.get(needle)
        if a is None or self._order is None:
            return None
        k, lo, hi = a
        return sorted(p - k for p in self._order[lo:hi].tolist() if p >= k)

    def count(self, needle: str) -> int:
        """``hay.count(needle)``."""
        starts = self._starts(needle)
        if starts is None:
            return self.hay.count(needle)
        n = 0
        free = 0  # occurrences do not overlap
        for s in starts:
            if s >= free and self.hay.startswith(needle, s):
                n += 1
                free = s + len(needle)
        return n

    def __contains__(self, needle: str) -> bool:
        starts = self._starts(needle)
        if starts is None:
            return needle in self.hay
        return any(self.hay.startswith(needle, s) for s in starts)
