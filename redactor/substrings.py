"""``needle in hay`` and ``hay.count(needle)`` for many needles over one long string.

Verification asks, for every withheld item and every kept fragment, whether
(and how often) its key occurs in the whole document's text. One ``str``
scan per question makes that quadratic in the document's length. Past
``INDEX_FROM`` needles the haystack is scanned once by one regex, a trie of
the needles' first ``PREFIX`` characters (``redactor.trie_regex``): the regex
engine stops only where some needle may start, and there each needle with that
beginning is confirmed with ``str.startswith``. The answers are exactly those of
``in`` and ``str.count`` (non-overlapping, leftmost first).

Pure Python and ``re``: the sorted three-character runs this used before needed
numpy, whose import alone cost a text PDF's process more than the whole index
(issue #11).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from redactor import rx

_Q = 3  # shorter needles are counted by a scan each (they occur by chance everywhere)
# Below this many needles a scan per needle costs less than building the trie regex, unless the
# haystack is long: past INDEX_WORK needle-characters of scanning (needles x haystack length), and
# with at least INDEX_FROM_LONG needles, one pass over it with the index costs less than a pass each.
INDEX_FROM = 200
INDEX_FROM_LONG = 32
INDEX_WORK = 8_000_000
# The trie holds only the needles' beginnings: a bounded regex (its nesting depth is the
# longest word) whatever the needles' length; startswith confirms the rest.
PREFIX = 12


def indexed(needles: int, hay: int) -> bool:
    """Whether ``Substrings`` indexes ``needles`` needles over a haystack of ``hay`` characters."""
    return hay >= _Q and (needles >= INDEX_FROM or (needles >= INDEX_FROM_LONG and needles * hay >= INDEX_WORK))


class Substrings:
    def __init__(self, hay: str, needles: Iterable[str], like: Substrings | None = None) -> None:
        """``like``: another index over the same needles (another text of the same document), whose
        trie of their beginnings serves this one too instead of being built again."""
        self.hay = hay
        # needle -> every position where it starts in ``hay`` (overlapping ones too), in order
        self._at: dict[str, list[int]] | None = None
        self._trie: tuple[frozenset[str], dict[str, list[str]], list[int], Any] | None = None
        wanted = frozenset(n for n in needles if len(n) >= _Q)
        if not indexed(len(wanted), len(hay)):
            return
        if like is not None and like._trie is not None and like._trie[0] == wanted:
            self._trie = like._trie
        else:
            by_prefix: dict[str, list[str]] = {}
            for n in sorted(wanted):
                by_prefix.setdefault(n[:PREFIX], []).append(n)
            lengths = sorted({len(p) for p in by_prefix})
            self._trie = (wanted, by_prefix, lengths, rx.literals(sorted(by_prefix)).search)
        _wanted, by_prefix, lengths, search = self._trie
        at: dict[str, list[int]] = {n: [] for n in wanted}
        get = by_prefix.get
        end = len(hay)
        m = search(hay)
        while m is not None:  # every position where some needle's beginning occurs
            p = m.start()
            for k in lengths:
                if p + k > end:
                    break  # near the end a longer slice comes out short, equal to a shorter beginning
                for n in get(hay[p:p + k], ()):
                    if hay.startswith(n, p):
                        at[n].append(p)
            m = search(hay, p + 1)
        self._at = at

    def _starts(self, needle: str) -> list[int] | None:
        return self._at.get(needle) if self._at is not None else None

    def starts(self, needle: str) -> list[int]:
        """Every position where ``needle`` starts in the text, overlapping ones too, in order."""
        known = self._starts(needle)
        if known is not None:
            return known
        out = []
        i = self.hay.find(needle) if needle else -1
        while i >= 0:
            out.append(i)
            i = self.hay.find(needle, i + 1)
        return out

    def count(self, needle: str) -> int:
        """``hay.count(needle)``."""
        starts = self._starts(needle)
        if starts is None:
            return self.hay.count(needle)
        n = 0
        free = 0  # occurrences do not overlap
        for s in starts:
            if s >= free:
                n += 1
                free = s + len(needle)
        return n

    def __contains__(self, needle: str) -> bool:
        starts = self._starts(needle)
        if starts is None:
            return needle in self.hay
        return bool(starts)
