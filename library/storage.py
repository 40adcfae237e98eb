"""Blob stores: content-addressed by sha256, atomic writes, checksums verified on read.

Two stores per instance, sibling folders under the instance folder by default (``LocalBlobStore``),
or S3-compatible buckets (``S3BlobStore``; ``PHOEI_PRIVATE_STORE`` / ``PHOEI_PUBLIC_STORE`` =
``s3://bucket/prefix``, see ``make_stores`` and docs/deployment.md) so that web and worker
processes on several machines share them:

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

On S3 a blob is one ``PutObject`` carrying its SHA-256 (``ChecksumAlgorithm=SHA256`` with the
value): the server refuses a body that does not match, and an object becomes visible only whole,
when the request completes (S3 has no partial objects), so the same guarantee holds. Reads hash
the bytes as the folder store does.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import shutil
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Protocol, runtime_checkable

from library import crashpoints
from library.errors import Invalid, StorageCorrupted, StorageUnavailable

if TYPE_CHECKING:  # pragma: no cover
    from library.config import Config

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
    """What the library needs from a store: ``LocalBlobStore`` and ``S3BlobStore`` implement it."""

    name: str

    def ensure(self) -> None: ...
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
    def modified(self, digest: str) -> float: ...
    def local_copy(self, digest: str) -> Path: ...
    def clear_temporary(self) -> int: ...


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
            crashpoints.reach(f"store.{self.name}.before-rename")
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

    def modified(self, digest: str) -> float:
        return self.path_for(digest).stat().st_mtime

    def local_copy(self, digest: str) -> Path:
        """The blob's file, checksum verified (``StorageCorrupted`` if missing or damaged)."""
        if not self.verify(digest):
            raise StorageCorrupted(f"{self.name} store: blob {digest[:12]}… is missing or does not match its checksum")
        return self.path_for(digest)

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


# --- S3 ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class S3Location:
    bucket: str
    prefix: str  # "" or ends with "/"

    @classmethod
    def parse(cls, url: str) -> S3Location:
        """``s3://bucket`` or ``s3://bucket/some/prefix``."""
        m = re.match(r"^s3://([a-z0-9][a-z0-9.\-]{1,61}[a-z0-9])(?:/(.*))?$", url.strip())
        if m is None:
            raise Invalid(f"not an S3 store address (s3://bucket/prefix): {url!r}")
        prefix = (m.group(2) or "").strip("/")
        if any(part in ("", ".", "..") for part in prefix.split("/")) and prefix:
            raise Invalid(f"the prefix of {url!r} has an empty, . or .. part")
        return cls(m.group(1), prefix + "/" if prefix else "")

    def overlaps(self, other: S3Location) -> bool:
        return self.bucket == other.bucket and (self.prefix.startswith(other.prefix)
                                                or other.prefix.startswith(self.prefix))

    def __str__(self) -> str:
        return f"s3://{self.bucket}/{self.prefix}"


class S3BlobStore:
    """``<prefix>ab/cd/abcd…`` objects in a bucket of an S3-compatible server (AWS S3, MinIO, Ceph…).

    Credentials come from boto3's usual chain (``AWS_ACCESS_KEY_ID``/``AWS_SECRET_ACCESS_KEY``, a
    profile, an instance role). ``cache`` is a folder on this machine for ``local_copy`` (the public
    copies the web serves): content-addressed, so a cached file never goes stale, and verified on use.
    """

    def __init__(self, location: S3Location, name: str = "store", *, private: bool = False,
                 endpoint_url: str = "", region: str = "", sse: str = "", cache: Path | None = None,
                 client: Any = None) -> None:
        self.location = location
        self.bucket, self.prefix = location.bucket, location.prefix
        self.name = name
        self.private = private
        self.endpoint_url, self.region, self.sse = endpoint_url, region, sse
        self.cache = Path(cache) if cache is not None else None
        self._client = client
        self._client_pid = os.getpid() if client is not None else 0
        self._lock = threading.Lock()

    # --- the client (one per process: a forked web worker makes its own) ------------------------

    @property
    def client(self) -> Any:
        if self._client is None or self._client_pid != os.getpid():
            with self._lock:
                if self._client is None or self._client_pid != os.getpid():
                    import boto3
                    from botocore.config import Config as BotoConfig

                    cfg = BotoConfig(retries={"max_attempts": 5, "mode": "standard"},
                                     s3={"addressing_style": "path" if self.endpoint_url else "auto"},
                                     connect_timeout=10, read_timeout=60)
                    self._client = boto3.session.Session().client(
                        "s3", endpoint_url=self.endpoint_url or None, region_name=self.region or None, config=cfg)
                    self._client_pid = os.getpid()
        return self._client

    def key_for(self, digest: str) -> str:
        check_digest(digest)
        return f"{self.prefix}{digest[:2]}/{digest[2:4]}/{digest}"

    def _fail(self, exc: BaseException, digest: str = "") -> StorageUnavailable:
        what = f" (blob {digest[:12]}…)" if digest else ""
        return StorageUnavailable(f"{self.name} store at {self.location}{what}: {type(exc).__name__}: {exc}")

    @staticmethod
    def _missing(exc: BaseException) -> bool:
        from botocore.exceptions import ClientError

        if not isinstance(exc, ClientError):
            return False
        code = str(exc.response.get("Error", {}).get("Code", ""))
        return code in ("404", "NoSuchKey", "NotFound")

    def ensure(self) -> None:
        """The bucket answers (it is not created here: buckets are provisioned with their policies)."""
        try:
            self.client.head_bucket(Bucket=self.bucket)
        except Exception as exc:
            raise self._fail(exc) from None

    # --- writing ---------------------------------------------------------------------------

    def put_bytes(self, data: bytes) -> str:
        digest = sha256_bytes(data)
        self._put(digest, data, len(data))
        return digest

    def put_stream(self, stream: BinaryIO) -> str:
        with tempfile.TemporaryFile(prefix="phoei-s3-") as spool:
            h = hashlib.sha256()
            n = 0
            while chunk := stream.read(CHUNK):
                spool.write(chunk)
                h.update(chunk)
                n += len(chunk)
            spool.seek(0)
            digest = h.hexdigest()
            self._put(digest, spool, n)
            return digest

    def put_file(self, path: Path) -> str:
        digest = sha256_file(Path(path))
        with Path(path).open("rb") as fh:
            self._put(digest, fh, os.fstat(fh.fileno()).st_size)
        return digest

    def _put(self, digest: str, body: Any, size: int) -> None:
        if self._stored_checksum(digest) == _b64(digest):
            return  # content-addressed: the same bytes are there already (S3 checked them on upload)
        extra: dict[str, Any] = {}
        if self.sse:
            extra["ServerSideEncryption"] = self.sse
        crashpoints.reach(f"store.{self.name}.before-rename")
        if crashpoints.armed(f"store.{self.name}.mid-upload"):
            body = _PausingBody(body, f"store.{self.name}.mid-upload")
        try:
            # One PutObject: the object appears whole when it completes, or not at all. S3 recomputes
            # the SHA-256 and refuses a body that does not match (BadDigest).
            self.client.put_object(Bucket=self.bucket, Key=self.key_for(digest), Body=body, ContentLength=size,
                                   ChecksumAlgorithm="SHA256", ChecksumSHA256=_b64(digest),
                                   ContentType="application/octet-stream", **extra)
        except Exception as exc:
            raise self._fail(exc, digest) from None

    def _stored_checksum(self, digest: str) -> str | None:
        """The SHA-256 the server holds for the object (None when there is no object)."""
        head = self._head(digest)
        return None if head is None else str(head.get("ChecksumSHA256") or "")

    def _head(self, digest: str) -> dict[str, Any] | None:
        key = self.key_for(digest)
        try:
            return dict(self.client.head_object(Bucket=self.bucket, Key=key, ChecksumMode="ENABLED"))
        except Exception as exc:
            if self._missing(exc):
                return None
            raise self._fail(exc, digest) from None

    # --- reading ---------------------------------------------------------------------------

    def _body(self, digest: str) -> Any:
        key = self.key_for(digest)
        try:
            return self.client.get_object(Bucket=self.bucket, Key=key)["Body"]
        except Exception as exc:
            if self._missing(exc):
                raise StorageCorrupted(f"{self.name} store: blob {digest[:12]}… is missing") from None
            raise self._fail(exc, digest) from None

    def read_bytes(self, digest: str) -> bytes:
        body = self._body(digest)
        try:
            data = body.read()
        finally:
            body.close()
        if sha256_bytes(data) != digest:
            raise StorageCorrupted(f"{self.name} store: blob {digest[:12]}… does not match its checksum")
        return bytes(data)

    def copy_to(self, digest: str, dest: Path) -> None:
        """Download to ``dest`` (atomically), verifying the checksum on the way."""
        dest = Path(dest)
        body = self._body(digest)
        fd, tmp_name = tempfile.mkstemp(prefix=".phoei-", suffix=".part", dir=dest.parent)
        tmp = Path(tmp_name)
        try:
            h = hashlib.sha256()
            with os.fdopen(fd, "wb") as fout:
                for chunk in body.iter_chunks(CHUNK):
                    h.update(chunk)
                    fout.write(chunk)
                fout.flush()
                os.fsync(fout.fileno())
            if h.hexdigest() != digest:
                raise StorageCorrupted(f"{self.name} store: blob {digest[:12]}… does not match its checksum")
            os.replace(tmp, dest)
        finally:
            body.close()
            if tmp.exists():
                tmp.unlink()

    def exists(self, digest: str) -> bool:
        return self._head(digest) is not None

    def size(self, digest: str) -> int:
        head = self._head(digest)
        if head is None:
            raise StorageCorrupted(f"{self.name} store: blob {digest[:12]}… is missing")
        return int(head["ContentLength"])

    def modified(self, digest: str) -> float:
        head = self._head(digest)
        if head is None:
            raise StorageCorrupted(f"{self.name} store: blob {digest[:12]}… is missing")
        return float(head["LastModified"].timestamp())

    def verify(self, digest: str) -> bool:
        """Read the whole object and hash it (not only the checksum the server reports)."""
        try:
            body = self._body(digest)
        except StorageCorrupted:
            return False
        h = hashlib.sha256()
        try:
            for chunk in body.iter_chunks(CHUNK):
                h.update(chunk)
        finally:
            body.close()
        return h.hexdigest() == digest

    def local_copy(self, digest: str) -> Path:
        """A verified copy in this machine's cache folder, downloaded on first use."""
        if self.cache is None:
            raise StorageUnavailable(f"{self.name} store at {self.location} has no local cache folder")
        dest = self.cache / digest[:2] / check_digest(digest)
        if dest.is_file() and sha256_file(dest) == digest:
            return dest
        dest.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.copy_to(digest, dest)
        return dest

    def delete(self, digest: str) -> bool:
        if self._head(digest) is None:
            return False
        if self.cache is not None:
            (self.cache / digest[:2] / digest).unlink(missing_ok=True)
        try:
            self.client.delete_object(Bucket=self.bucket, Key=self.key_for(digest))
        except Exception as exc:
            raise self._fail(exc, digest) from None
        return True

    def digests(self) -> Iterator[str]:
        """Keys list in UTF-8 byte order, which for ``ab/cd/<digest>`` is the digests' order."""
        pattern = re.compile(r"^[0-9a-f]{2}/[0-9a-f]{2}/([0-9a-f]{64})$")
        try:
            pages = self.client.get_paginator("list_objects_v2").paginate(Bucket=self.bucket, Prefix=self.prefix)
            for page in pages:
                for obj in page.get("Contents", []):
                    rest = obj["Key"][len(self.prefix):]
                    m = pattern.match(rest)
                    if m and rest[:5] == f"{m.group(1)[:2]}/{m.group(1)[2:4]}":
                        yield m.group(1)
        except Exception as exc:
            raise self._fail(exc) from None

    def clear_temporary(self) -> int:
        """Nothing to clear: a PutObject that did not complete left nothing behind."""
        return 0


class _PausingBody:
    """For the crash tests only: a request body that stops (``library.crashpoints``) once part of it
    has been read for sending, so that the process dies in the middle of an upload."""

    def __init__(self, body: Any, point: str) -> None:
        import io

        self._body = io.BytesIO(body) if isinstance(body, (bytes, bytearray)) else body
        self._point = point
        self._sent = 0

    def read(self, n: int = -1) -> bytes:
        if self._sent:
            crashpoints.reach(self._point)
        data = self._body.read(min(n, 4096) if n and n > 0 else 4096)
        self._sent += len(data)
        return bytes(data)

    def seek(self, *args: Any) -> int:
        return int(self._body.seek(*args))

    def tell(self) -> int:
        return int(self._body.tell())


def _b64(digest: str) -> str:
    return base64.b64encode(bytes.fromhex(digest)).decode("ascii")


# --- building an instance's stores -------------------------------------------------------------------


def make_store(config: Config, which: str) -> BlobStore:
    """The ``private`` or ``public`` store as the configuration says (a folder unless ``s3://…``)."""
    private = which == "private"
    url = config.private_store if private else config.public_store
    if not url:
        return LocalBlobStore(config.private_root if private else config.public_root, which, private=private)
    return S3BlobStore(S3Location.parse(url), which, private=private, endpoint_url=config.s3_endpoint_url,
                       region=config.s3_region, sse=config.s3_sse,
                       cache=None if private else config.instance / "cache" / f"store-{which}")


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
