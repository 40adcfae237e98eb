"""``best_ratio(..., floor=t)``: the same answer to "does it reach t?" as the full search, faster.

Verification only asks whether a withheld item reads at least 0.85 like a window of a page; with
``floor`` the windows (and pages) that cannot reach it are passed over. The answer must be the
same as without ``floor`` for every needle and page: exactly the same ratio where it reaches the
floor, and below the floor where it does not.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Callable

import pytest

from redactor.ocr.fuzzy import best_ratio, same_number

# Made-up strings (never document text): (needle, hay, threshold, reaches).
CASES = [
    # positive: the needle is there, exactly or with an OCR slip
    ("1-2345-67890-12-3", "เลขที่ 1-2345-67890-12-3 ออกให้", 0.85, True),
    ("1-2345-67890-12-3", "เลขที่ 1-2345-67B90-12-3 ออกให้", 0.85, True),
    ("สมหญิงใจดีมาก", "ผู้ยื่น สมหญงิใจดีมาก ที่อยู่", 0.85, True),
    ("081-234-5678", "โทร 081-234-5679", 0.85, True),
    ("ถนนพหลโยธิน", "ตั้งอยู่ที่ถนนพหลโยธน แขวง", 0.8, True),
    # at the very end of the page: a window cut short by the page's end
    ("1-2345-67890-12-3", "เลขที่ 1-2345-67890-1", 0.85, True),
    # negative: other digits, other names, nothing alike
    ("1-2345-67890-12-3", "เลขที่ 9-8765-43210-98-7 ออกให้", 0.85, False),
    ("สมหญิงใจดีมาก", "ผู้ยื่น นายประเสริฐ วงศ์ใหญ่ ที่อยู่", 0.85, False),
    ("081-234-5678", "หนังสือที่ 0123/4567 ลงวันที่", 0.85, False),
    ("ถนนพหลโยธิน", "abcdefghijklmnopqrstuvwxyz", 0.8, False),
    ("ถนนพหลโยธิน", "", 0.8, False),
]


@pytest.mark.parametrize(("needle", "hay", "threshold", "reaches"), CASES)
def test_floor_answers_like_the_full_search(needle: str, hay: str, threshold: float, reaches: bool) -> None:
    full = best_ratio(needle, hay, stop_at=threshold)
    fast = best_ratio(needle, hay, stop_at=threshold, floor=threshold)
    assert (full >= threshold) is reaches
    assert (fast >= threshold) is reaches
    if reaches:
        assert fast == full


def _mutate(rng: random.Random, text: str, alphabet: str) -> str:
    chars = list(text)
    for _ in range(rng.randint(0, 4)):
        op = rng.randint(0, 2)
        i = rng.randrange(len(chars) + 1)
        if op == 0:
            chars.insert(i, rng.choice(alphabet))
        elif chars and i < len(chars):
            if op == 1:
                del chars[i]
            else:
                chars[i] = rng.choice(alphabet)
    return "".join(chars)


@pytest.mark.parametrize("numbers", [False, True])
@pytest.mark.parametrize("alphabet", ["0123456789-", "กขคงจฉชซดตถทนบปผพฟมยรลวสหอะาิีุู", "0123456789-กขคงจดตนมรลวส "])
def test_floor_agrees_with_the_full_search_on_random_pages(alphabet: str, numbers: bool) -> None:
    # With ``numbers``, only windows that may be the same number count (as verification asks).
    rng = random.Random(12)
    for _ in range(300):
        needle = "".join(rng.choice(alphabet) for _ in range(rng.randint(5, 20)))
        hay = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 300)))
        if rng.random() < 0.5:  # plant a slightly damaged copy somewhere (or at an edge)
            at = rng.choice([0, len(hay), rng.randint(0, len(hay))])
            copy = _mutate(rng, needle, alphabet)
            hay = hay[:at] + copy + hay[at:]
            if rng.random() < 0.2:
                hay = hay[: max(at + len(copy) - rng.randint(1, 4), 0)]  # cut off at the page's end
        accept: Callable[[str], bool] | None = functools.partial(same_number, needle) if numbers else None
        for threshold in (0.8, 0.85):
            full = best_ratio(needle, hay, stop_at=threshold, accept=accept)
            fast = best_ratio(needle, hay, stop_at=threshold, floor=threshold, accept=accept)
            assert (fast >= threshold) == (full >= threshold), (needle, hay, threshold)
            if full >= threshold:
                assert fast == full, (needle, hay, threshold)


def test_without_floor_the_result_is_the_best_ratio() -> None:
    # The default (floor 0) still reports how close a miss was.
    miss = best_ratio("1-2345-67890-12-3", "เลขที่ 1-2345-99999-00-0")
    assert 0.5 < miss < 0.85
    assert best_ratio("1-2345-67890-12-3", "เลขที่ 1-2345-99999-00-0", floor=0.85) < 0.85
