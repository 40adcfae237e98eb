"""``phoei backup create`` / ``phoei backup restore`` (library.backup) on SQLite and PostgreSQL.

A round trip gives back every row and every blob; a damaged or mismatched archive is refused with a
clear error and the instance is left exactly as it was.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import MetaData, select

from library.config import Config
from tests.library.conftest import create_pg_schema, drop_pg_schema
from tests.webui.conftest import cast_instance, make_docx, publish_directly

HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$0Nq+NE2PzW5eH1f2I2NRyF0bMqXjWWEtXbc4s5aYJ3k"


@dataclass
class Inst:
    config: Config
    method: str  # what the backup should use


@pytest.fixture(params=["sqlite", "pg_dump", "logical", "sqlite+s3", "pg_dump+s3"])
def inst(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Inst]:
    """An instance per database and method; ``+s3``: both stores in buckets of the local S3 server."""
    from library.config import load_config

    folder = tmp_path / "instance"
    param = str(request.param)
    if param.endswith("+s3"):
        s3 = request.getfixturevalue("s3")
        bucket = s3.new_bucket("backup")
        for k, v in {**s3.env(), "PHOEI_PRIVATE_STORE": f"s3://{bucket}/originals",
                     "PHOEI_PUBLIC_STORE": f"s3://{bucket}/published"}.items():
            monkeypatch.setenv(k, v)
        param = param[:-3]
    if param == "sqlite":
        config = load_config(instance=folder, database_url=f"sqlite:///{folder / 'phoei.sqlite3'}")
        cast_instance(folder, config.database_url, HASH)
        yield Inst(config, "sqlite-backup")
        return
    if param == "pg_dump" and shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not installed (Debian postgresql-client)")
    url = request.getfixturevalue("pg_url")
    schema = create_pg_schema(url, "backup")
    config = load_config(instance=folder, database_url=schema.url)
    try:
        cast_instance(folder, config.database_url, HASH)
        yield Inst(config, param)
    finally:
        drop_pg_schema(url, schema)


def _populate(config: Config, tmp_path: Path, title: str, name: str) -> str:
    """A published document (original in the private store, copy in the public one) and a user."""
    from library import users
    from library.instance import open_library
    from library.security import Principal
    lib = open_library(config)
    try:
        with lib.transaction() as s:
            users.create_user(s, Principal.operator("test"), f"user-{name}", roles=["reviewer"],
                              password_hash=HASH)
        docx = make_docx(tmp_path / f"{name}.docx", (f"ประกาศ{title}", "รายละเอียดของประกาศฉบับนี้"))
        cache = config.instance / "cache"
        cache.mkdir(exist_ok=True)
        return publish_directly(lib, cache, docx, "/news", title)
    finally:
        lib.dispose()


def _state(config: Config) -> dict[str, Any]:
    """Every row of every table (sorted) and every blob of both stores."""
    from library.instance import open_library

    lib = open_library(config)
    try:
        md = MetaData()
        with lib.engine.connect() as conn:
            md.reflect(bind=conn)
            rows = {t.name: sorted(repr(tuple(r)) for r in conn.execute(select(t)))
                    for t in md.tables.values() if not t.name.startswith("search")}
        blobs = {name: sorted(store.digests()) for name, store in
                 (("private", lib.stores.private), ("public", lib.stores.public))}
        return {"rows": rows, "blobs": blobs}
    finally:
        lib.dispose()


def _files(config: Config) -> dict[str, bytes]:
    out = {}
    for p in sorted(config.instance.rglob("*")):
        if p.is_file() and "search" not in p.parts and "cache" not in p.parts:
            out[str(p.relative_to(config.instance))] = p.read_bytes()
    return out


def _search(config: Config, words: str) -> list[str]:
    from library.instance import open_library
    from library.search.service import search
    from library.security import Principal

    lib = open_library(config)
    try:
        with lib.session() as s:
            return [r.title for r in search(s, words, Principal.anonymous()).results]
    finally:
        lib.dispose()


def test_round_trip(inst: Inst, tmp_path: Path, phoei) -> None:
    from library.audit import verify_chain
    from library.instance import open_library

    config = inst.config
    os.environ.pop("PHOEI_SEARCH_RUM", None)
    _populate(config, tmp_path, "ประกวดราคาจ้างซ่อมถนนลูกรัง", "first")
    before = _state(config)
    assert before["blobs"]["private"] and before["blobs"]["public"]
    if config.private_store:  # the +s3 cases: nothing in the instance's folders, all in the bucket
        assert not config.private_root.exists() and not config.public_root.exists()
    archive = tmp_path / "backup.tar.gz"
    env_db = {"DATABASE_URL": config.database_url}
    assert _cli(phoei, env_db, "audit", "anchor", "--instance", config.instance).code == 0
    anchors = config.instance / "audit-anchors.jsonl"
    anchored = anchors.read_bytes()
    before = _state(config)  # with the anchoring's own audit event
    run = _cli(phoei, env_db, "backup", "create", archive, "--instance", config.instance,
               *(["--logical"] if inst.method == "logical" else []))
    assert run.code == 0, run.err
    assert f"({'sqlite' if inst.method == 'sqlite-backup' else 'postgresql'}, {inst.method}" in run.out
    assert not list(tmp_path.glob("*.part"))
    with tarfile.open(archive) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))  # type: ignore[arg-type]
    assert manifest["database"]["method"] == inst.method
    assert set(manifest["files"]) >= {f"stores/private/{d}" for d in before["blobs"]["private"]}
    assert _blob_bytes(archive, "anchor/audit-anchors.jsonl") == anchored  # the audit anchor goes with it

    # Later changes: another document and user, anchored; the restore takes them away again.
    _populate(config, tmp_path, "รับสมัครพนักงานขับรถยนต์", "second")
    assert _cli(phoei, env_db, "audit", "anchor", "--instance", config.instance).code == 0
    later_anchors = anchors.read_bytes()
    changed = _state(config)
    assert changed != before
    run = _cli(phoei, env_db, "backup", "restore", archive, "--instance", config.instance)
    assert run.code == 0, run.err
    after = _state(config)
    audit_before, audit_after = before["rows"].pop("audit_events"), after["rows"].pop("audit_events")
    before["rows"].pop("audit_head"), after["rows"].pop("audit_head")
    assert after == before
    assert len(audit_after) == len(audit_before) + 1  # the restore itself is audited
    # The archive's anchors are back; the replaced file (anchors past the backup) is kept beside them.
    assert anchors.read_bytes() == anchored
    [kept] = anchors.parent.glob("audit-anchors.jsonl.before-restore-*")
    assert kept.read_bytes() == later_anchors
    assert _cli(phoei, env_db, "audit", "verify", "--anchor", anchors, "--instance", config.instance).code == 0
    assert _cli(phoei, env_db, "audit", "verify", "--anchor", kept, "--instance", config.instance).code == 5
    lib = open_library(config)
    try:
        with lib.session() as s:
            assert verify_chain(s).ok
    finally:
        lib.dispose()
    assert _search(config, "ลูกรัง") and not _search(config, "พนักงานขับรถยนต์")


def _cli(phoei, env: dict[str, str], *argv: Any):  # type: ignore[no-untyped-def]
    old = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        return phoei(*argv)
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


# --- damaged and mismatched archives ---------------------------------------------------------------


def _rewrite(src: Path, dest: Path, change) -> None:  # type: ignore[no-untyped-def]
    """Copy a tar member by member through ``change(name, data) -> list[(name, data)]``."""
    with tarfile.open(src) as tin, tarfile.open(dest, "w:gz") as tout:
        for info in tin:
            data = tin.extractfile(info).read()  # type: ignore[union-attr]
            for name, new in change(info.name, data):
                ti = tarfile.TarInfo(name)
                ti.size = len(new)
                tout.addfile(ti, io.BytesIO(new))


def _manifest_edit(fn):  # type: ignore[no-untyped-def]
    def change(name: str, data: bytes) -> list[tuple[str, bytes]]:
        if name != "manifest.json":
            return [(name, data)]
        m = json.loads(data)
        fn(m)
        return [(name, json.dumps(m).encode())]
    return change


def _first_blob(archive: Path) -> str:
    with tarfile.open(archive) as tar:
        return next(n for n in tar.getnames() if n.startswith("stores/private/"))


DAMAGE = [
    # (label, how to damage, expected exit code, words in the message)
    # A damaged gzip stream either fails to inflate or ends the tar early, before its manifest.
    ("flipped byte", "flip", 5, "not a readable Phoei backup|no manifest.json|checksum"),
    ("cut short", "truncate", 5, "not a readable Phoei backup|no manifest.json"),
    ("not a tar", "garbage", 5, "not a readable Phoei backup"),
    ("member missing", "drop-blob", 5, "missing"),
    ("member extra", "extra", 5, "unexpected member"),
    ("checksum differs", "tamper-blob", 5, "does not match its checksum"),
    ("blob renamed consistently", "rename-blob", 5, "does not match its own name"),
    ("no manifest", "drop-manifest", 5, "no manifest.json"),
    ("other schema revision", "revision", 2, "schema is at"),
    ("other database kind", "kind", 2, "holds a"),
    ("newer format", "version", 2, "format version"),
]


def _damage(archive: Path, how: str, out: Path) -> None:
    data = archive.read_bytes()
    blob = _first_blob(archive)
    if how == "flip":
        mid = len(data) // 2
        out.write_bytes(data[:mid] + bytes([data[mid] ^ 0xFF]) + data[mid + 1:])
    elif how == "truncate":
        out.write_bytes(data[: len(data) * 2 // 3])
    elif how == "garbage":
        out.write_bytes(b"this is not a backup at all\n" * 100)
    elif how == "drop-blob":
        _rewrite(archive, out, lambda n, d: [] if n == blob else [(n, d)])
    elif how == "extra":
        _rewrite(archive, out, lambda n, d: [(n, d), ("../../etc/evil", b"x")] if n == blob else [(n, d)])
    elif how == "tamper-blob":
        _rewrite(archive, out, lambda n, d: [(n, d[:-1] + bytes([d[-1] ^ 1]))] if n == blob else [(n, d)])
    elif how == "rename-blob":
        import hashlib

        def change(n: str, d: bytes) -> list[tuple[str, bytes]]:
            if n == blob:
                return [(n, d + b"!")]
            if n == "manifest.json":
                m = json.loads(d)
                m["files"][blob] = {"size": len(m["files"][blob]) and m["files"][blob]["size"] + 1,
                                    "sha256": hashlib.sha256(_blob_bytes(archive, blob) + b"!").hexdigest()}
                return [(n, json.dumps(m).encode())]
            return [(n, d)]
        _rewrite(archive, out, change)
    elif how == "drop-manifest":
        _rewrite(archive, out, lambda n, d: [] if n == "manifest.json" else [(n, d)])
    elif how == "revision":
        _rewrite(archive, out, _manifest_edit(lambda m: m["database"].update(revision="9999_future")))
    elif how == "kind":
        _rewrite(archive, out, _manifest_edit(
            lambda m: m["database"].update(kind="postgresql" if m["database"]["kind"] == "sqlite" else "sqlite")))
    elif how == "version":
        _rewrite(archive, out, _manifest_edit(lambda m: m.update(version=99)))
    else:  # pragma: no cover
        raise AssertionError(how)


def _blob_bytes(archive: Path, name: str) -> bytes:
    with tarfile.open(archive) as tar:
        return tar.extractfile(name).read()  # type: ignore[union-attr]


def test_an_archive_whose_anchor_disagrees_with_its_log_is_refused(tmp_path: Path, phoei) -> None:
    """A consistent archive (checksums redone) whose log was rewritten after its anchor."""
    import hashlib

    folder = tmp_path / "instance"
    config = Config(instance=folder, database_url=f"sqlite:///{folder / 'phoei.sqlite3'}")
    cast_instance(folder, config.database_url, HASH)
    env_db = {"DATABASE_URL": config.database_url}
    assert _cli(phoei, env_db, "audit", "anchor", "--instance", folder).code == 0
    archive = tmp_path / "good.tar"
    assert _cli(phoei, env_db, "backup", "create", archive, "--instance", folder).code == 0
    line = json.loads(_blob_bytes(archive, "anchor/audit-anchors.jsonl"))
    forged = (json.dumps({**line, "hash": "f" * 64}) + "\n").encode()

    def change(n: str, d: bytes) -> list[tuple[str, bytes]]:
        if n == "anchor/audit-anchors.jsonl":
            return [(n, forged)]
        if n == "manifest.json":
            m = json.loads(d)
            m["files"][n and "anchor/audit-anchors.jsonl"] = {"size": len(forged),
                                                              "sha256": hashlib.sha256(forged).hexdigest()}
            return [(n, json.dumps(m).encode())]
        return [(n, d)]

    bad = tmp_path / "bad.tar.gz"
    _rewrite(archive, bad, change)
    files = _files(config)
    run = _cli(phoei, env_db, "backup", "restore", bad, "--instance", folder)
    assert run.code == 5 and "audit log fails its check" in run.err
    assert _files(config) == files


@pytest.fixture
def backed_up(inst: Inst, tmp_path: Path, phoei) -> tuple[Inst, Path]:  # type: ignore[no-untyped-def]
    _populate(inst.config, tmp_path, "ประกวดราคาจ้างซ่อมถนนลูกรัง", "first")
    archive = tmp_path / "good.tar.gz"
    run = _cli(phoei, {"DATABASE_URL": inst.config.database_url}, "backup", "create", archive,
               "--instance", inst.config.instance, *(["--logical"] if inst.method == "logical" else []))
    assert run.code == 0, run.err
    _populate(inst.config, tmp_path, "รับสมัครพนักงานขับรถยนต์", "second")  # the data a bad restore must keep
    return inst, archive


# Every case on SQLite; on PostgreSQL (both methods) the cases whose checks differ per database.
_PG_CASES = ("flipped byte", "checksum differs", "other schema revision", "other database kind")
DAMAGE_CASES = [pytest.param("sqlite", *d, id=f"sqlite-{d[0]}") for d in DAMAGE] + [
    pytest.param(m, *d, id=f"{m}-{d[0]}") for m in ("pg_dump", "logical") for d in DAMAGE if d[0] in _PG_CASES]


@pytest.mark.parametrize(("inst", "label", "how", "code", "words"), DAMAGE_CASES, indirect=["inst"])
def test_damaged_or_mismatched_archive_is_refused_and_nothing_changes(backed_up, tmp_path, phoei,
                                                                       label, how, code, words) -> None:
    inst, archive = backed_up
    bad = tmp_path / f"bad-{how}.tar.gz"
    _damage(archive, how, bad)
    state, files = _state(inst.config), _files(inst.config)
    run = _cli(phoei, {"DATABASE_URL": inst.config.database_url}, "backup", "restore", bad,
               "--instance", inst.config.instance)
    assert run.code == code, (label, run.out, run.err)
    assert re.search(words, run.err), (label, run.err)
    assert run.err.count("phoei:") == 1 and "Traceback" not in run.err
    assert _state(inst.config) == state
    assert _files(inst.config) == files
    assert not [p for p in inst.config.instance.parent.iterdir() if ".restore-" in p.name]  # staging removed


def test_create_refuses_an_existing_file_or_a_missing_folder(tmp_path: Path, phoei) -> None:
    from library.instance import init

    folder = tmp_path / "instance"
    inst = Inst(Config(instance=folder, database_url=f"sqlite:///{folder / 'phoei.sqlite3'}"), "sqlite-backup")
    init(inst.config, actor="test")
    there = tmp_path / "there.tar"
    there.write_bytes(b"keep me")
    run = phoei("backup", "create", there, "--instance", inst.config.instance)
    assert run.code == 2 and "never overwritten" in run.err and there.read_bytes() == b"keep me"
    run = phoei("backup", "create", tmp_path / "no" / "such" / "x.tar", "--instance", inst.config.instance)
    assert run.code == 2 and "does not exist" in run.err
    run = phoei("backup", "restore", tmp_path / "none.tar", "--instance", inst.config.instance)
    assert run.code == 2 and "no backup at" in run.err
    assert not list(tmp_path.rglob("*.part"))


def test_rows_that_break_a_reference_roll_the_whole_restore_back(tmp_path: Path, phoei, request) -> None:
    """Checksums fine, content wrong (users missing): PostgreSQL loads in one transaction and rolls back."""
    import hashlib

    url = request.getfixturevalue("pg_url")
    schema = create_pg_schema(url, "backup")
    config = Config(instance=tmp_path / "instance", database_url=schema.url)
    try:
        cast_instance(config.instance, config.database_url, HASH)
        inst = Inst(config, "logical")
        _populate(config, tmp_path, "ประกวดราคาจ้างซ่อมถนนลูกรัง", "first")
        archive = tmp_path / "good.tar.gz"
        env = {"DATABASE_URL": config.database_url}
        assert _cli(phoei, env, "backup", "create", archive, "--instance", config.instance, "--logical").code == 0
        _populate(config, tmp_path, "รับสมัครพนักงานขับรถยนต์", "second")
        header = _blob_bytes(archive, "database/logical/users.jsonl").splitlines(keepends=True)[0]
        sums = {"size": len(header), "sha256": hashlib.sha256(header).hexdigest()}

        def change(n: str, d: bytes) -> list[tuple[str, bytes]]:
            if n == "database/logical/users.jsonl":
                return [(n, header)]
            if n == "manifest.json":
                m = json.loads(d)
                m["files"]["database/logical/users.jsonl"] = sums
                return [(n, json.dumps(m).encode())]
            return [(n, d)]

        bad = tmp_path / "no-users.tar.gz"
        _rewrite(archive, bad, change)
        state, files = _state(inst.config), _files(inst.config)
        run = _cli(phoei, env, "backup", "restore", bad, "--instance", config.instance)
        assert run.code == 5 and "break the reference" in run.err, run.err
        assert _state(inst.config) == state and _files(inst.config) == files
    finally:
        drop_pg_schema(url, schema)


@pytest.mark.parametrize("method", ["pg_dump", "logical"])
def test_a_backup_restores_into_another_schema_of_a_fresh_instance(tmp_path: Path, phoei, request,
                                                                   method: str) -> None:
    """pg_dump names the schema it dumped; the restore moves the rows into the target's schema (another
    database or schema name), and the source schema is not touched. The target is fresh from
    `phoei init`: it has no search index table yet (the index is never in an archive)."""
    if method == "pg_dump" and shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not installed (Debian postgresql-client)")
    url = request.getfixturevalue("pg_url")
    source, target = create_pg_schema(url, "dumpsrc"), create_pg_schema(url, "dumpdst")
    try:
        src = Config(instance=tmp_path / "source", database_url=source.url)
        dst = Config(instance=tmp_path / "target", database_url=target.url)
        cast_instance(src.instance, src.database_url, HASH)
        cast_instance(dst.instance, dst.database_url, HASH)
        _populate(src, tmp_path, "ประกวดราคาจ้างซ่อมถนนลูกรัง", "first")
        archive = tmp_path / "src.tar.gz"
        run = _cli(phoei, {"DATABASE_URL": src.database_url}, "backup", "create", archive, "--instance", src.instance,
                   *(["--logical"] if method == "logical" else []))
        assert run.code == 0 and f", {method}" in run.out, run.err
        before = _state(src)
        run = _cli(phoei, {"DATABASE_URL": dst.database_url}, "backup", "restore", archive, "--instance", dst.instance)
        assert run.code == 0, run.err
        after, again = _state(dst), _state(src)
        assert again == before  # the source schema is as it was
        for s in (before, after):
            s["rows"].pop("audit_events"), s["rows"].pop("audit_head")
        assert after == before
        # The sequences moved too: a new row in the target gets the next id, not a duplicate.
        _populate(dst, tmp_path, "รับสมัครพนักงานขับรถยนต์", "second")
        assert _cli(phoei, {"DATABASE_URL": dst.database_url}, "audit", "verify", "--instance", dst.instance).code == 0
    finally:
        drop_pg_schema(url, source)
        drop_pg_schema(url, target)


@pytest.mark.parametrize("old, sql, expected", [
    ("t_a", 'COPY t_a.users (id, name) FROM stdin;', 'COPY "t_b".users (id, name) FROM stdin;'),
    ("t_a", 'COPY "t_a".users (id) FROM stdin;', 'COPY "t_b".users (id) FROM stdin;'),
    ("t_a", "SELECT pg_catalog.setval('t_a.users_id_seq', 9, true);",
     "SELECT pg_catalog.setval('\"t_b\".users_id_seq', 9, true);"),
    ("Mixed", 'COPY "Mixed".x (id) FROM stdin;', 'COPY "t_b".x (id) FROM stdin;'),
    ("t_a", "SET client_encoding = 'UTF8';", "SET client_encoding = 'UTF8';"),
    ("t_a", 'COPY xt_a.users (id) FROM stdin;', 'COPY xt_a.users (id) FROM stdin;'),  # another schema
])
def test_schema_renamer(old: str, sql: str, expected: str) -> None:
    from library.backup import _schema_renamer

    assert _schema_renamer(old, "t_b")(sql) == expected


def test_schema_renamer_refuses_what_it_cannot_move() -> None:
    from library.backup import BackupCorrupted, _schema_renamer
    from library.errors import Invalid

    with pytest.raises(BackupCorrupted, match="cannot be moved"):
        _schema_renamer("t_a", "t_b")("ALTER TABLE t_a.users DISABLE TRIGGER ALL;")
    with pytest.raises(Invalid, match="--logical"):
        _schema_renamer("it's", "t_b")
