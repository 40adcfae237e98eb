"""Blob stores: content-addressed by sha256, atomic writes, checksums verified on read.

Two stores per instance, sibling folders under the instance folder:

* ``private/`` holds originals (unredacted) and cleaned copies that are not
  yet published. Nothing public ever resolves a path in it: the web layer
  reads it only through ``library.redaction.open_original`` (permission checked,
  audited).
* ``public/`` holds published copies only. A retracted or expired copy is
  removed once no published item refers to it (``library.lifecycle`` after
  commit, and ``phoei storage gc``). Serve downloads through
  ``library.redaction.public_copy``, which checks visibility: an item whose
  folder was retracted, or whose expiry date passed before the expiry job ran,
  keeps its copy in the store for a while but must not be served.

Writes go to a temporary file in the store's own ``.tmp`` folder, are fsynced,
then renamed into place (``os.replace`` is atomic on POSIX), and the folder is
fsynced: a crash leaves either the old state or the complete new blob, never a
partial file under a blob's name. Reads hash the bytes and raise
``StorageCorrupted`` if they do not match the name.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, Protocol, runtime_checkable

from library.errors import Invalid, StorageCorrupted

CHUNK = 1024 * 1024
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            h.update(chunk)
    return h.hexdigest()


def check_digest(digest: str) -> str:
    if not isinstance(digest, str) or not _SHA256.match(digest):
        raise Invalid(f"not a sha256 digest: {digest!r}")
    return digest


@runtime_checkable
class BlobStore(Protocol):
    """What the library needs from a store. Another backend (S3, WebDAV) implements the same."""

    name: str

    def put_bytes(self, data: bytes) -> str: ...
    def put_file(self, path: Path) -> str: ...
    def put_stream(self, stream: BinaryIO) -> str: ...
    def read_bytes(self, digest: str) -> bytes: ...
    def copy_to(self, digest: str, dest: Path) -> None: ...
    def exists(self, digest: str) -> bool: ...
    def size(self, digest: str) -> int: ...
    def delete(self, digest: str) -> bool: ...
    def verify(self, digest: str) -> bool: ...
    def digests(self) -> Iterator[str]: ...


class LocalBlobStore:
    """``root/ab/cd/abcd…`` files, read-only (0o444) once written."""

    def __init__(self, root: Path, name: str = "store", *, private: bool = False) -> None:
        self.root = Path(root)
        self.name = name
        self.private = private
        self._tmp = self.root / ".tmp"

    def ensure(self) -> None:
        # Both stores live in the instance folder, 0700 like it: the public copies are served by
        # the application (which checks that the item is still public), never by the file system.
        self.root.mkdir(parents=True, exist_ok=True)
        os.chmod(self.root, 0o700)
        self._tmp.mkdir(exist_ok=True)

    # --- paths -----------------------------------------------------------------------

    def path_for(self, digest: str) -> Path:
        check_digest(digest)
        return self.root / digest[:2] / digest[2:4] / digest

    def relative_path(self, digest: str) -> str:
        """Where a web server finds a blob below the store's root (public store)."""
        return self.path_for(digest).relative_to(self.root).as_posix()

    # --- writing ---------------------------------------------------------------------

    def put_bytes(self, data: bytes) -> str:
        return self._write(lambda fh, h: (fh.write(data), h.update(data)))

    def put_stream(self, stream: BinaryIO) -> str:
        def copy(fh: BinaryIO, h: hashlib._Hash) -> None:
            while chunk := stream.read(CHUNK):
                fh.write(chunk)
                h.update(chunk)

        return self._write(copy)

    def put_file(self, path: Path) -> str:
        with Path(path).open("rb") as src:
            return self.put_stream(src)

    def _write(self, fill) -> str:  # type: ignore[no-untyped-def]
        self.ensure()
        fd, tmp_name = tempfile.mkstemp(prefix="blob-", suffix=".part", dir=self._tmp)
        tmp = Path(tmp_name)
        try:
            h = hashlib.sha256()
            with os.fdopen(fd, "wb") as fh:
                fill(fh, h)
                fh.flush()
                os.fsync(fh.fileno())
            digest = h.hexdigest()
            final = self.path_for(digest)
            if final.exists() and self.verify(digest):
                return digest  # same content already stored (content-addressed)
            final.parent.mkdir(parents=True, exist_ok=True)
            os.chmod(tmp, 0o400 if self.private else 0o444)
            os.replace(tmp, final)
            _fsync_dir(final.parent)
            return digest
        finally:
            if tmp.exists():
                tmp.unlink()

    # --- reading ---------------------------------------------------------------------

    def read_bytes(self, digest: str) -> bytes:
        path = self.path_for(digest)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise StorageCorrupted(f"{self.name} store: blob {digest[:12]}… is missing") from None
        if sha256_bytes(data) != digest:
            raise StorageCorrupted(f"{self.name} store: blob {digest[:12]}… does not match its checksum")
        return data

    def copy_to(self, digest: str, dest: Path) -> None:
        """Copy a blob to ``dest`` (atomically), verifying its checksum on the way."""
        src = self.path_for(digest)
        dest = Path(dest)
        fd, tmp_name = tempfile.mkstemp(prefix=".phoei-", suffix=".part", dir=dest.parent)
        tmp = Path(tmp_name)
        try:
            h = hashlib.sha256()
            try:
                with src.open("rb") as fin, os.fdopen(fd, "wb") as fout:
                    while chunk := fin.read(CHUNK):
                        h.update(chunk)
                        fout.write(chunk)
                    fout.flush()
                    os.fsync(fout.fileno())
            except FileNotFoundError:
                raise StorageCorrupted(f"{self.name} store: blob {digest[:12]}… is missing") from None
            if h.hexdigest() != digest:
                raise StorageCorrupted(f"{self.name} store: blob {digest[:12]}… does not match its checksum")
            os.replace(tmp, dest)
        finally:
            if tmp.exists():
                tmp.unlink()

    def exists(self, digest: str) -> bool:
        return self.path_for(digest).is_file()

    def size(self, digest: str) -> int:
        return self.path_for(digest).stat().st_size

    def verify(self, digest: str) -> bool:
        path = self.path_for(digest)
        try:
            return sha256_file(path) == digest
        except FileNotFoundError:
            return False

    def delete(self, digest: str) -> bool:
        path = self.path_for(digest)
        try:
            path.unlink()
        except FileNotFoundError:
            return False
        _fsync_dir(path.parent)
        return True

    def digests(self) -> Iterator[str]:
        if not self.root.is_dir():
            return
        for path in sorted(self.root.glob("[0-9a-f][0-9a-f]/[0-9a-f][0-9a-f]/*")):
            if _SHA256.match(path.name):
                yield path.name

    def clear_temporary(self) -> int:
        """Remove temporary files left by a crash (none in normal operation)."""
        n = 0
        if self._tmp.is_dir():
            for p in self._tmp.iterdir():
                p.unlink()
                n += 1
        return n


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory fds
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_tree(path: Path) -> None:
    """For tests and ``phoei`` admin commands only: blobs are read-only files."""
    def onerror(func, p, exc):  # type: ignore[no-untyped-def]
        os.chmod(p, 0o700)
        func(p)

    shutil.rmtree(path, onerror=onerror)
