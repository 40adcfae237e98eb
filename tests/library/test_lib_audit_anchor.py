"""``phoei audit anchor`` and ``phoei audit verify --anchor``: the head recorded outside the database
catches a log cut back or rewritten after it, on SQLite and PostgreSQL (real commits, the CLI in-process)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from sqlalchemy import select, text

from library import audit, users
from library.config import load_config
from library.db import make_engine
from library.instance import open_library
from library.models import AuditEvent
from library.security import Principal
from tests.library.audit_attack import drop_guards, forge_chain
from tests.library.test_lib_cli import instance  # noqa: F401  (the fixture: an empty instance per backend)
from tests.smtp_sink import smtp_sink

OP = Principal.operator("test")


def _url(backend: str, inst: Path) -> str:
    return os.environ["DATABASE_URL"] if backend == "postgresql" else f"sqlite:///{inst / 'phoei.sqlite3'}"


def _some_events(n: int = 5) -> None:
    lib = open_library(load_config())
    try:
        for i in range(n):
            with lib.transaction() as s:
                audit.record(s, OP, "test.event", "site", i=i)
    finally:
        lib.dispose()


def _lines(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text().splitlines()]


def test_anchor_writes_the_verified_head_outside_the_database(phoei, instance: Path) -> None:  # noqa: F811
    assert phoei("init").code == 0
    _some_events()
    run = phoei("audit", "anchor")
    assert run.code == 0, run.err
    anchor_file = instance / "audit-anchors.jsonl"
    [line] = _lines(anchor_file)
    assert f"audit head {line['seq']}:{line['hash']}" in run.out and str(anchor_file) in run.out
    assert anchor_file.stat().st_mode & 0o777 == 0o600
    # The anchoring is itself in the log, after the anchored head.
    verify = phoei("audit", "verify", "--anchor", anchor_file)
    assert verify.code == 0, verify.out
    head_seq = int(verify.out.rsplit("head ", 1)[1].split(":")[0])
    assert head_seq == line["seq"] + 1
    lib = open_library(load_config())
    try:
        with lib.session() as s:
            ev = s.scalar(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1))
            assert ev.action == "audit.anchor" and json.loads(ev.detail)["seq"] == line["seq"]
    finally:
        lib.dispose()
    # A second anchor appends (the file is a history of heads); verify checks every one of them.
    assert phoei("audit", "anchor").code == 0
    assert [x["seq"] for x in _lines(anchor_file)] == [line["seq"], line["seq"] + 1]
    assert phoei("audit", "verify", "--anchor", anchor_file).code == 0


def test_truncation_after_the_anchor_is_detected(phoei, instance: Path, backend: str) -> None:  # noqa: F811
    assert phoei("init").code == 0
    _some_events(8)
    assert phoei("audit", "anchor").code == 0
    anchor_file = instance / "audit-anchors.jsonl"
    anchored_seq = _lines(anchor_file)[-1]["seq"]
    # Someone with the database owner's rights removes the last events and moves the head back with
    # them: the chain is consistent again, so a plain verify cannot tell.
    engine = make_engine(_url(backend, instance))
    with engine.begin() as c:
        drop_guards(c, backend)
        c.execute(text("DELETE FROM audit_events WHERE seq > :n"), {"n": anchored_seq - 4})
        row = c.execute(text("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1")).one()
        c.execute(text("UPDATE audit_head SET seq = :s, hash = :h"), {"s": row.seq, "h": row.hash})
    engine.dispose()
    assert phoei("audit", "verify").code == 0
    run = phoei("audit", "verify", "--anchor", anchor_file)
    assert run.code == 5
    assert f"TAMPERED: event {anchored_seq}: recorded outside the database but no longer present" in run.out
    # Nor is the cut-back chain anchored: the anchor file stays as it was.
    before = anchor_file.read_bytes()
    refused = phoei("audit", "anchor")
    assert refused.code == 5 and "nothing was anchored" in refused.err
    assert anchor_file.read_bytes() == before


def test_a_chain_rewritten_after_the_anchor_is_detected(phoei, instance: Path, backend: str) -> None:  # noqa: F811
    assert phoei("init").code == 0
    _some_events(4)
    other = instance.parent / "elsewhere" / "anchors.jsonl"  # --file: another place (a mount, a share)
    assert phoei("audit", "anchor", "--file", other).code == 0
    assert not (instance / "audit-anchors.jsonl").exists()
    engine = make_engine(_url(backend, instance))
    with engine.begin() as c:
        drop_guards(c, backend)
        forge_chain(c, 2)
    engine.dispose()
    assert phoei("audit", "verify").code == 0  # consistent: only the record outside catches it
    run = phoei("audit", "verify", "--anchor", other)
    assert run.code == 5 and "hash differs from the one recorded outside the database" in run.out


@pytest.mark.parametrize("content, message", [
    ("not json\n", "line 1: not an audit anchor"),
    ('{"seq": 3, "hash": "abc"}\n', "line 1: not an audit anchor"),
    ('{"seq": 2, "hash": "' + "a" * 64 + '"}\n{"seq": 2, "hash": "' + "b" * 64 + '"}\n',
     "line 2: event 2 is anchored with two different hashes"),
])
def test_a_bad_anchor_file_is_a_clear_error(phoei, instance: Path, tmp_path: Path, content: str,  # noqa: F811
                                            message: str) -> None:
    assert phoei("init").code == 0
    bad = tmp_path / "bad.jsonl"
    bad.write_text(content)
    run = phoei("audit", "verify", "--anchor", bad)
    assert run.code == 2 and message in run.err
    missing = phoei("audit", "verify", "--anchor", tmp_path / "none.jsonl")
    assert missing.code == 2 and "no anchor file" in missing.err


def test_anchor_path_from_the_environment_and_mail_to_admins(phoei, instance: Path,  # noqa: F811
                                                             monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert phoei("init").code == 0
    lib = open_library(load_config())
    try:
        with lib.transaction() as s:
            users.create_user(s, OP, "boss", roles=["site_admin"], email="boss@example.org")
            users.create_user(s, OP, "rev", roles=["reviewer"], email="rev@example.org")
            users.create_user(s, OP, "mute", roles=["site_admin"])  # no address: nothing to send
    finally:
        lib.dispose()
    target = tmp_path / "worm" / "phoei-anchors.jsonl"
    monkeypatch.setenv("PHOEI_AUDIT_ANCHOR", str(target))
    assert phoei("audit", "anchor", "--mail").code == 2  # no SMTP configured: said, not ignored
    with smtp_sink() as sink:
        for k, v in {"PHOEI_SMTP_HOST": sink.host, "PHOEI_SMTP_PORT": str(sink.port), "PHOEI_SMTP_SECURITY": "none",
                     "PHOEI_SMTP_FROM": "phoei@example.org"}.items():
            monkeypatch.setenv(k, v)
        run = phoei("audit", "anchor", "--mail")
        assert run.code == 0, run.err
        [line] = _lines(target)
        assert "e-mailed to boss@example.org" in run.out
        [msg] = sink.messages
        assert msg["To"] == "boss@example.org"
        body = msg.get_content()
        assert f"phoei audit verify --expect {line['seq']}:{line['hash']}" in body
        assert phoei("audit", "verify", "--expect", f"{line['seq']}:{line['hash']}").code == 0


def test_anchor_in_a_session_on_both_backends(lib, s, tmp_path: Path) -> None:
    """The library function under the shared base state (the PostgreSQL test rolls back)."""
    path = tmp_path / "a.jsonl"
    anchor, report = audit.write_anchor(s, path, "db")
    assert report.ok and anchor.seq == report.head_seq and anchor.hash == report.head_hash
    assert audit.read_anchors(path) == [anchor]
    again, _ = audit.write_anchor(s, path, "db")  # the head did not move: not written twice
    assert again == anchor and len(audit.read_anchors(path)) == 1
