"""Argon2id parameters (library.passwords): OWASP / RFC 9106 defaults, the floor, rehash detection."""

from __future__ import annotations

import pytest

from library.errors import Invalid
from library.passwords import Argon2Params, hash_secret, needs_rehash, params_from, verify

SECRET = "a long enough secret phrase"


def test_defaults_are_owasps_first_configuration() -> None:
    p = params_from({})
    assert (p.memory_kib, p.time_cost, p.parallelism, p.salt_len, p.hash_len) == (19456, 2, 1, 16, 32)
    h = hash_secret(SECRET)
    assert h.startswith("$argon2id$v=19$m=19456,t=2,p=1$")


PARAMS_OK = [
    ({}, (19456, 2, 1)),
    ({"PHOEI_ARGON2_MEMORY_KIB": "47104", "PHOEI_ARGON2_TIME_COST": "1"}, (47104, 1, 1)),   # OWASP 46 MiB, t=1
    ({"PHOEI_ARGON2_MEMORY_KIB": "12288", "PHOEI_ARGON2_TIME_COST": "3"}, (12288, 3, 1)),   # OWASP 12 MiB, t=3
    ({"PHOEI_ARGON2_MEMORY_KIB": "7168", "PHOEI_ARGON2_TIME_COST": "5"}, (7168, 5, 1)),     # OWASP 7 MiB, t=5
    ({"PHOEI_ARGON2_MEMORY_KIB": "65536", "PHOEI_ARGON2_TIME_COST": "3",
      "PHOEI_ARGON2_PARALLELISM": "4"}, (65536, 3, 4)),                                      # RFC 9106 second
    ({"PHOEI_ARGON2_TIME_COST": " "}, (19456, 2, 1)),                                        # blank: unset
]


@pytest.mark.parametrize(("env", "expected"), PARAMS_OK)
def test_params_accepted(env, expected) -> None:
    p = params_from(env)
    assert (p.memory_kib, p.time_cost, p.parallelism) == expected


PARAMS_BAD = [
    ({"PHOEI_ARGON2_MEMORY_KIB": "4096"}, "weaker than OWASP"),                     # below 7 MiB
    ({"PHOEI_ARGON2_MEMORY_KIB": "12288", "PHOEI_ARGON2_TIME_COST": "2"}, "weaker than OWASP"),  # 24 < 35 MiB-passes
    ({"PHOEI_ARGON2_MEMORY_KIB": "19456", "PHOEI_ARGON2_TIME_COST": "1"}, "weaker than OWASP"),
    ({"PHOEI_ARGON2_TIME_COST": "0"}, "at least 1"),
    ({"PHOEI_ARGON2_PARALLELISM": "0"}, "at least 1"),
    ({"PHOEI_ARGON2_PARALLELISM": "64"}, "parallelism above 16"),
    ({"PHOEI_ARGON2_MEMORY_KIB": "19 MiB"}, "whole number"),
    ({"PHOEI_ARGON2_MEMORY_KIB": str(8 * 1024 * 1024)}, "4 GiB"),
]


@pytest.mark.parametrize(("env", "message"), PARAMS_BAD)
def test_params_refused(env, message) -> None:
    with pytest.raises(Invalid, match=message):
        params_from(env)


def test_verify() -> None:
    h = hash_secret(SECRET)
    assert verify(h, SECRET)
    assert not verify(h, SECRET + "x")
    assert not verify(None, SECRET) and not verify("", SECRET)
    assert not verify("$argon2id$garbage", SECRET)
    assert not verify("plain-text-password", "plain-text-password")


def test_a_hash_with_other_parameters_still_verifies_and_needs_a_rehash() -> None:
    from argon2 import PasswordHasher, Type

    current = hash_secret(SECRET)
    assert not needs_rehash(current)
    old_default = PasswordHasher().hash(SECRET)             # argon2-cffi's default: 64 MiB, t=3, p=4
    argon2i = PasswordHasher(type=Type.I, memory_cost=19456, time_cost=2, parallelism=1).hash(SECRET)
    stronger = hash_secret(SECRET, Argon2Params(memory_kib=47104, time_cost=1))
    for h in (old_default, argon2i, stronger):
        assert verify(h, SECRET)
        assert needs_rehash(h)
    assert needs_rehash("not a hash")
    assert not needs_rehash(stronger, Argon2Params(memory_kib=47104, time_cost=1))
