"""Blob stores: content addressing, atomic writes, checksums on read, private vs public."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from library.config import load_config
from library.errors import Invalid, StorageCorrupted
from library.storage import BlobStore, LocalBlobStore


@pytest.fixture
def store(tmp_path: Path) -> LocalBlobStore:
    st = LocalBlobStore(tmp_path / "private", "private", private=True)
    st.ensure()
    return st


def test_content_addressed(store: LocalBlobStore) -> None:
    data = "หนังสือราชการ".encode() * 1000
    digest = store.put_bytes(data)
    assert digest == hashlib.sha256(data).hexdigest()
    assert store.put_bytes(data) == digest  # stored once
    assert store.read_bytes(digest) == data
    assert store.path_for(digest) == store.root / digest[:2] / digest[2:4] / digest
    assert list(store.digests()) == [digest]
    assert isinstance(store, BlobStore)


def test_put_file_and_copy_to(store: LocalBlobStore, tmp_path: Path) -> None:
    src = tmp_path / "in.bin"
    src.write_bytes(os.urandom(3 * 1024 * 1024 + 5))
    digest = store.put_file(src)
    out = tmp_path / "out.bin"
    store.copy_to(digest, out)
    assert out.read_bytes() == src.read_bytes()


def test_checksum_verified_on_read(store: LocalBlobStore, tmp_path: Path) -> None:
    digest = store.put_bytes(b"original bytes")
    path = store.path_for(digest)
    os.chmod(path, 0o600)
    path.write_bytes(b"tampered bytes")
    assert not store.verify(digest)
    with pytest.raises(StorageCorrupted, match="checksum"):
        store.read_bytes(digest)
    with pytest.raises(StorageCorrupted):
        store.copy_to(digest, tmp_path / "copy")
    assert not (tmp_path / "copy").exists()
    # Writing the true content again repairs it.
    assert store.put_bytes(b"original bytes") == digest and store.verify(digest)


def test_missing_blob(store: LocalBlobStore) -> None:
    digest = hashlib.sha256(b"never stored").hexdigest()
    with pytest.raises(StorageCorrupted, match="missing"):
        store.read_bytes(digest)
    assert not store.exists(digest) and not store.delete(digest)


@pytest.mark.parametrize("bad", ["../../etc/passwd", "ab", "A" * 64, "g" * 64, "/" + "a" * 63])
def test_names_are_digests_only(store: LocalBlobStore, bad: str) -> None:
    with pytest.raises(Invalid):
        store.path_for(bad)


@pytest.mark.parametrize("fail_at", ["write", "fsync", "replace"])
def test_failure_mid_write_leaves_the_old_state(store: LocalBlobStore, monkeypatch: pytest.MonkeyPatch,
                                                fail_at: str) -> None:
    old = store.put_bytes(b"old content")
    before = sorted(p.relative_to(store.root) for p in store.root.rglob("*") if p.is_file())

    def boom(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    if fail_at == "write":
        with pytest.raises(OSError):
            store.put_stream(_FailingStream())
    else:
        monkeypatch.setattr(os, fail_at, boom)
        with pytest.raises(OSError, match="disk full"):
            store.put_bytes(b"new content that never lands")
        monkeypatch.undo()
    after = sorted(p.relative_to(store.root) for p in store.root.rglob("*") if p.is_file())
    assert after == before  # no partial blob, no temporary file left
    assert store.read_bytes(old) == b"old content"
    assert list(store.digests()) == [old]


class _FailingStream:
    def __init__(self) -> None:
        self.calls = 0

    def read(self, n: int = -1) -> bytes:
        self.calls += 1
        if self.calls > 2:
            raise OSError("connection reset mid-upload")
        return b"x" * 1024


def test_blobs_are_read_only_and_private_root_is_closed(store: LocalBlobStore) -> None:
    digest = store.put_bytes(b"secret original")
    assert store.path_for(digest).stat().st_mode & 0o777 == 0o400
    assert store.root.stat().st_mode & 0o777 == 0o700


def test_private_and_public_are_disjoint(tmp_path: Path) -> None:
    cfg = load_config(instance=tmp_path / "inst", env={})
    priv, pub = cfg.private_root.resolve(), cfg.public_root.resolve()
    assert priv != pub
    assert not priv.is_relative_to(pub) and not pub.is_relative_to(priv)


def test_delete(store: LocalBlobStore) -> None:
    digest = store.put_bytes(b"to go")
    assert store.delete(digest) and not store.exists(digest)
