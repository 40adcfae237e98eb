"""Rate limits for visitors who are not signed in: counted per hashed address, no address stored."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from library import ratelimit
from library.models import RateLimitHit

SECRET = "test-secret"


def test_allows_count_per_window_then_refuses_with_retry_after(s) -> None:
    limit = ratelimit.Limit(3, 600)
    t0 = 1_700_000_400.0  # a window boundary (divisible by 600)
    got = [ratelimit.hit(s, SECRET, "feedback", "203.0.113.9", limit, now=t0 + i) for i in range(5)]
    assert [o.allowed for o in got] == [True, True, True, False, False]
    assert [o.count for o in got] == [1, 2, 3, 4, 5]
    assert got[3].retry_after == 600 - 3 + 1 and got[0].retry_after == 0
    # another address has its own count; another scope too
    assert ratelimit.hit(s, SECRET, "feedback", "203.0.113.10", limit, now=t0 + 5).allowed
    assert ratelimit.hit(s, SECRET, "other", "203.0.113.9", limit, now=t0 + 5).allowed
    # the next window starts afresh
    assert ratelimit.hit(s, SECRET, "feedback", "203.0.113.9", limit, now=t0 + 600).count == 1


def test_no_address_is_stored_and_keys_do_not_link_windows(s) -> None:
    limit = ratelimit.Limit(5, 60)
    for t in (0.0, 61.0):
        ratelimit.hit(s, SECRET, "feedback", "198.51.100.77", limit, now=1_700_000_040.0 + t)
    rows = s.scalars(select(RateLimitHit)).all()
    assert len(rows) == 2 and rows[0].key != rows[1].key
    for r in rows:
        assert "198.51.100.77" not in r.key and "198" not in str(r.window_start)[:0]
        assert len(r.key) == 64
    # without the secret, the key is not the plain hash of the address
    import hashlib

    assert all(r.key != hashlib.sha256(b"198.51.100.77").hexdigest() for r in rows)


def test_old_windows_are_deleted(s) -> None:
    limit = ratelimit.Limit(5, 60)
    ratelimit.hit(s, SECRET, "feedback", "192.0.2.1", limit, now=1_700_000_000.0)
    ratelimit.hit(s, SECRET, "feedback", "192.0.2.2", limit, now=1_700_000_000.0 + 2 * 86400)
    assert len(s.scalars(select(RateLimitHit)).all()) == 1


@pytest.mark.parametrize(("text", "ok"), [("5/3600", (5, 3600)), (" 10 / 60 ", (10, 60)), ("0/60", None),
                                          ("5/0", None), ("5", None), ("five/60", None), ("", None)])
def test_limit_setting(text, ok) -> None:
    if ok is None:
        with pytest.raises(ValueError, match="rate limit"):
            ratelimit.Limit.parse(text)
    else:
        assert ratelimit.Limit.parse(text) == ratelimit.Limit(*ok)
