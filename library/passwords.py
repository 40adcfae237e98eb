"""Password hashing: Argon2id (RFC 9106) through argon2-cffi, with parameters chosen for the target.

The target is a 2-core, 24 GiB server whose web processes each run several threads. Defaults:
**Argon2id, memory 19 MiB (19,456 KiB), 2 passes, parallelism 1, 16-byte salt, 32-byte tag** — the
first configuration of the OWASP Password Storage Cheat Sheet, and RFC 9106's Argon2id with its
recommended 128-bit salt and 256-bit tag. Why not RFC 9106's second recommended option (64 MiB,
3 passes, 4 lanes; argon2-cffi's default)? Four lanes take both cores for each sign-in, and
8 sign-ins at once held 512 MiB (issue #16: 391 → 903 MB). ``benchmarks/argon2_params.py`` on the
shared 2-core machine (load average 19): one verify 112 ms against 1,209 ms, and 8 at once
+152 MiB of peak memory against +449 MiB.
Guessing is bounded by the sign-in lockout (``webui.throttle``), which refuses before hashing.

Tune with ``PHOEI_ARGON2_MEMORY_KIB``, ``PHOEI_ARGON2_TIME_COST`` and ``PHOEI_ARGON2_PARALLELISM``;
a combination weaker than OWASP's floor (memory × passes below 7 MiB × 5, or memory below 7 MiB)
is refused. A hash made with other parameters still verifies; ``needs_rehash`` tells the sign-in to
store a new hash with the current ones (``webui.auth``).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from library.errors import Invalid

# OWASP's equivalent configurations: (46 MiB, 1), (19 MiB, 2), (12 MiB, 3), (9 MiB, 4), (7 MiB, 5).
MIN_MEMORY_KIB = 7 * 1024
MIN_MEMORY_TIMES_PASSES = 7 * 1024 * 5


@dataclass(frozen=True)
class Argon2Params:
    memory_kib: int = 19 * 1024
    time_cost: int = 2
    parallelism: int = 1
    salt_len: int = 16
    hash_len: int = 32

    def check(self) -> Argon2Params:
        if self.time_cost < 1 or self.parallelism < 1:
            raise Invalid("Argon2: passes and parallelism must be at least 1")
        if self.parallelism > 16:
            raise Invalid("Argon2: parallelism above 16 makes no sense on this server")
        if self.memory_kib < MIN_MEMORY_KIB or self.memory_kib * self.time_cost < MIN_MEMORY_TIMES_PASSES:
            raise Invalid(f"Argon2 parameters weaker than OWASP's minimum: memory {self.memory_kib} KiB × "
                          f"{self.time_cost} passes (need memory ≥ {MIN_MEMORY_KIB} KiB and memory × passes ≥ "
                          f"{MIN_MEMORY_TIMES_PASSES})")
        if self.memory_kib > 4 * 1024 * 1024:
            raise Invalid("Argon2: more than 4 GiB of memory per sign-in is refused")
        if self.memory_kib < 8 * self.parallelism:
            raise Invalid("Argon2: memory must be at least 8 KiB per lane")
        return self


def params_from(env: Mapping[str, str] | None = None) -> Argon2Params:
    env = os.environ if env is None else env
    base = Argon2Params()
    values: dict[str, int] = {}
    for name, field in (("PHOEI_ARGON2_MEMORY_KIB", "memory_kib"), ("PHOEI_ARGON2_TIME_COST", "time_cost"),
                        ("PHOEI_ARGON2_PARALLELISM", "parallelism")):
        raw = env.get(name, "").strip()
        if raw:
            try:
                values[field] = int(raw)
            except ValueError:
                raise Invalid(f"{name} must be a whole number, not {raw!r}") from None
    params = Argon2Params(**{**base.__dict__, **values})
    return params.check()


@lru_cache(maxsize=8)
def _hasher_for(params: Argon2Params) -> Any:
    from argon2 import PasswordHasher, Type

    return PasswordHasher(time_cost=params.time_cost, memory_cost=params.memory_kib,
                          parallelism=params.parallelism, hash_len=params.hash_len, salt_len=params.salt_len,
                          type=Type.ID)


def hasher(params: Argon2Params | None = None) -> Any:
    """argon2-cffi's ``PasswordHasher`` with the current (or given) parameters."""
    return _hasher_for(params or params_from())


def hash_secret(password: str, params: Argon2Params | None = None) -> str:
    return str(hasher(params).hash(password))


def verify(stored: str | None, password: str, params: Argon2Params | None = None) -> bool:
    """True when ``password`` matches ``stored``; without a stored hash the same work is done anyway."""
    from argon2.exceptions import InvalidHashError, VerificationError

    h = hasher(params)
    if not stored:
        h.hash("timing-equaliser")  # same work whether or not the account exists
        return False
    try:
        return bool(h.verify(stored, password))
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str, params: Argon2Params | None = None) -> bool:
    """The stored hash was made with other parameters (or another Argon2 type) than the current ones."""
    from argon2.exceptions import InvalidHashError

    try:
        return bool(hasher(params).check_needs_rehash(stored))
    except (InvalidHashError, ValueError):
        return True
