"""Fixed-window rate limits on what visitors who are not signed in may send (feedback), kept in the
database so that every web process shares them.

No address is stored: a client is counted under ``HMAC(secret, scope | window | address)``. Without
the secret the keys cannot be turned back into addresses (IPv4 is small enough to try every
address against a plain hash), and because the window is part of the key, the rows of one window
cannot be linked with the next. Rows of past windows are deleted as new ones are written.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from dataclasses import dataclass

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from library.models import RateLimitHit


@dataclass(frozen=True)
class Limit:
    count: int     # allowed per window
    seconds: int   # window length

    @classmethod
    def parse(cls, text: str) -> Limit:
        """``"5/3600"``: five per hour. Refuses anything else with a message naming the setting."""
        try:
            n, _, s = text.strip().partition("/")
            limit = cls(int(n), int(s))
        except ValueError:
            raise ValueError(f"a rate limit is COUNT/SECONDS such as 5/3600, not {text!r}") from None
        if limit.count < 1 or limit.seconds < 1:
            raise ValueError(f"a rate limit needs a count and a window of at least 1, not {text!r}")
        return limit


@dataclass(frozen=True)
class Outcome:
    allowed: bool
    count: int          # hits in this window, this one included
    retry_after: int    # seconds until the window ends (0 when allowed)


def client_key(secret: str | bytes, scope: str, address: str, window_start: int) -> str:
    key = secret.encode() if isinstance(secret, str) else secret
    return hmac.new(key, f"{scope}|{window_start}|{address}".encode(), hashlib.sha256).hexdigest()


def hit(session: Session, secret: str | bytes, scope: str, address: str, limit: Limit,
        now: float | None = None) -> Outcome:
    """Count one request of ``address`` in ``scope``; ``allowed`` is False once the window's count
    is over ``limit.count``. A refused request is counted too (a flood does not reset the window)."""
    now = time.time() if now is None else now
    window_start = int(now // limit.seconds) * limit.seconds
    key = client_key(secret, scope, address, window_start)
    session.execute(delete(RateLimitHit).where(RateLimitHit.window_start < window_start - 86400)
                    .execution_options(synchronize_session=False))
    count = _increment(session, key, window_start)
    retry = int(window_start + limit.seconds - now) + 1
    allowed = count <= limit.count
    return Outcome(allowed, count, 0 if allowed else max(1, retry))


def _increment(session: Session, key: str, window_start: int) -> int:
    for _attempt in range(3):
        done = session.execute(update(RateLimitHit).where(RateLimitHit.key == key)
                               .values(count=RateLimitHit.count + 1)
                               .execution_options(synchronize_session=False))
        if getattr(done, "rowcount", 0):
            return int(session.scalar(select(RateLimitHit.count).where(RateLimitHit.key == key)) or 0)
        try:
            with session.begin_nested():
                session.add(RateLimitHit(key=key, window_start=window_start, count=1))
            return 1
        except IntegrityError:
            continue  # another process inserted it first: count on its row
    raise RuntimeError("could not count the request")
