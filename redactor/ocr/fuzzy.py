"""Tolerant matching of a string inside OCR text.

OCR loses tone marks and confuses look-alike letters, so OCR text is compared
as a *skeleton* (tone marks and other upper marks dropped, look-alikes merged)
and by similarity: the best ``difflib`` ratio of the needle against windows of
the haystack of about its length. Candidate windows come from shared
character n-grams, so a page of text is searched in milliseconds.

The evaluation that scores our outputs OCRs them and matches the same way
(skeleton, ratio >= 0.85); verification must not be more lenient than that.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from difflib import SequenceMatcher

from redactor import rx

# Tone marks, thanthakhat, maitaikhu, nikhahit, yamakkan: dropped. Upper
# vowels that OCR confuses: one letter. ฎ/ฐ/ญ-like pairs that differ in a tail.
_SKELETON: dict[int, int | None] = {c: None for c in range(0x0E47, 0x0E4F)}
_SKELETON.update({0x0E35: 0x0E34, 0x0E36: 0x0E34, 0x0E37: 0x0E34, 0x0E0E: 0x0E0F, 0x0E20: 0x0E0F})


# Leader runs (a form's dotted or underlined blanks: "ชื่อ.........", "____"): layout, not text. A
# value typed over a dotted line takes dots with its box, and OCR reads the rest of the run as
# anything or nothing; the words of the line are what must be read back.
_LEADERS = rx.compile(r"(?:[.\u2026_\u00b7\u2022\-\u2013\u2014=~][ \t]*){2,}")


def without_leaders(text: str) -> str:
    """``text`` without its runs of two or more leader characters (dots, ellipses, underscores, dashes)."""
    return _LEADERS.sub("", text)


def split_at_leaders(text: str) -> list[str]:
    """The pieces of ``text`` between its leader runs."""
    return _LEADERS.split(text)


def skeleton(folded: str) -> str:
    """The skeleton of an already folded (``fold_for_match``) string."""
    return folded.translate(_SKELETON)


def _candidates(needle: str, hay: str) -> list[int]:
    """Window starts in ``hay`` where many of ``needle``'s n-grams line up, best first."""
    n = len(needle)
    gram = 3 if n >= 8 else 2
    votes: dict[int, int] = defaultdict(int)
    for i in range(n - gram + 1):
        g = needle[i:i + gram]
        p = hay.find(g)
        while p >= 0:
            votes[p - i] += 1
            p = hay.find(g, p + 1)
    return [start for start, _v in sorted(votes.items(), key=lambda kv: -kv[1])[:200]]


def best_recall(needle: str, hay: str, *, stop_at: float = 1.0) -> float:
    """Largest share of ``needle``'s characters found, in order, in a window of ``hay``.

    The window may be half as long again as the needle: where a line of OCR
    text had a box in it, OCR of the redacted line may put noise in its place.
    """
    n = len(needle)
    if not n or not hay:
        return 0.0
    if needle in hay:
        return 1.0
    sm = SequenceMatcher(None, autojunk=False)
    sm.set_seq2(needle)
    best = 0.0
    for start in _candidates(needle, hay):
        for s0 in (max(start - 2, 0), max(start, 0)):
            window = hay[s0:s0 + n + n // 2]
            sm.set_seq1(window)
            r = sum(b.size for b in sm.get_matching_blocks()) / n
            if r > best:
                best = r
                if best >= stop_at:
                    return best
    return best


def _shared(counts: Counter[str], text: str) -> int:
    """How many of the needle's characters (``counts``) ``text`` holds, as multisets."""
    have = Counter(text)
    return sum(min(k, have[c]) for c, k in counts.items())


def best_ratio(needle: str, hay: str, *, stop_at: float = 1.0, floor: float = 0.0,
               accept: Callable[[str], bool] | None = None) -> float:
    """Best similarity of ``needle`` to a window of ``hay`` (both skeletons); stops early at ``stop_at``.

    ``accept``: only windows it accepts count.

    ``floor``: the caller only asks whether the ratio reaches it (verification asks ``>= 0.85``).
    The answer is then exact at or above ``floor`` and some value below it otherwise, and windows
    that cannot reach it are not compared: a window's ratio ``2M / (n + len)`` is at most
    ``2S / (n + S)``, where ``S`` is the number of the needle's characters (as a multiset) the
    window holds (``M <= S``, ``M <= len``). A page that does not hold enough of the needle's
    letters is passed over whole, and so is each candidate place that does not.
    """
    n = len(needle)
    if not n or not hay:
        return 0.0
    if needle in hay:
        return 1.0
    floor = min(floor, stop_at)
    counts = Counter(needle) if floor > 0 else None

    def reachable(shared: int) -> float:
        return 2 * shared / (n + shared)

    if counts is not None and reachable(_shared(counts, hay)) < floor:
        return 0.0
    sm = SequenceMatcher(None, autojunk=False)
    sm.set_seq2(needle)
    best = 0.0
    slack = max(2, n // 8)
    seen: set[tuple[int, int]] = set()
    for start in _candidates(needle, hay):
        # The longest window tried from this candidate: start - 1 to start + 1 + n + slack.
        if counts is not None and reachable(_shared(counts, hay[max(start - 1, 0):max(start + 1, 0) + n + slack])) \
                < floor:
            continue
        for s0 in (start - 1, start, start + 1):
            s0 = max(s0, 0)
            for ln in range(max(1, n - slack), n + slack + 1):
                if (s0, ln) in seen:
                    continue
                seen.add((s0, ln))
                window = hay[s0:s0 + ln]
                if not window:
                    continue
                sm.set_seq1(window)
                if sm.real_quick_ratio() <= best or sm.quick_ratio() <= best:
                    continue
                r = sm.ratio()
                if r > best and (accept is None or accept(window)):
                    best = r
                    if best >= stop_at:
                        return best
    return best


def same_number(needle: str, window: str) -> bool:
    """Whether ``window`` may be ``needle`` misread: more than half of the needle's digits, in order,
    are the window's. Two digits misread in a 13-digit ID still match; "อายุ 37 ปี" is not a misreading
    of "อายุ 17 ปี", however alike the words around the number are (a two-digit number needs both).
    True when the needle has no digits."""
    nd = "".join(c for c in needle if c.isdigit())
    if not nd:
        return True
    wd = "".join(c for c in window if c.isdigit())
    found = sum(b.size for b in SequenceMatcher(None, nd, wd, autojunk=False).get_matching_blocks())
    return 2 * found > len(nd)
