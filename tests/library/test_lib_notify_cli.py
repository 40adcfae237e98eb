"""``phoei notify send|digest|status`` for cron, on both backends, against a local SMTP sink."""

from __future__ import annotations

from pathlib import Path

import pytest

from library import content, lifecycle, notifications, users
from library.config import load_config
from library.instance import open_library
from library.security import Principal
from tests.library.test_lib_cli import instance  # noqa: F401  (the fixture: an empty instance per backend)
from tests.smtp_sink import smtp_sink

OP = Principal.operator("test")


def _setup(phoei, digest_for: str | None = None) -> None:
    assert phoei("init").code == 0
    lib = open_library(load_config())
    try:
        with lib.transaction() as s:
            for name, role in (("rev", "reviewer"), ("off", "officer")):
                users.create_user(s, OP, name, display_name=f"คุณ{name}", email=f"{name}@example.org", roles=[role])
            users.grant_local(s, OP, content.get(s, "/news"), users.get_user(s, "off"), "contributor")
        with lib.transaction() as s:
            if digest_for:
                notifications.set_preferences(s, users.get_user(s, digest_for).id, {}, True)
            off = Principal.of(users.get_user(s, "off"))
            for title in ("ข่าวกิจกรรมวันเด็ก", "ข่าวรับสมัครอาสาสมัคร"):
                item = content.create(s, off, content.get(s, "/news"), "news", title=title)
                lifecycle.transition(s, off, item, "submit")
    finally:
        lib.dispose()


def test_send_and_status(phoei, instance: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    _setup(phoei)
    with smtp_sink() as sink:
        for k, v in {"PHOEI_SMTP_HOST": sink.host, "PHOEI_SMTP_PORT": str(sink.port), "PHOEI_SMTP_SECURITY": "none",
                     "PHOEI_SMTP_FROM": "phoei@example.org", "PHOEI_SITE_URL": "https://x.example.org"}.items():
            monkeypatch.setenv(k, v)
        run = phoei("notify", "send")
        assert run.code == 0, run.err
        assert "2 event(s) dispatched" in run.out and "e-mail: 2 sent, 0 to retry, 0 failed" in run.out
        assert sorted(m["Subject"] for m in sink.messages) == [
            "[Phoei] มีเรื่องรอตรวจสอบ: ข่าวกิจกรรมวันเด็ก", "[Phoei] มีเรื่องรอตรวจสอบ: ข่าวรับสมัครอาสาสมัคร"]
        assert {m["To"] for m in sink.messages} == {"rev@example.org"}
        again = phoei("notify", "send")
        assert "0 event(s) dispatched" in again.out and "e-mail: 0 sent" in again.out and len(sink.raw) == 2
        status = phoei("notify", "status")
        assert status.code == 0 and "e-mail: 0 waiting, 2 sent, 0 failed" in status.out


def test_digest(phoei, instance: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    _setup(phoei, digest_for="rev")
    with smtp_sink() as sink:
        for k, v in {"PHOEI_SMTP_HOST": sink.host, "PHOEI_SMTP_PORT": str(sink.port), "PHOEI_SMTP_SECURITY": "none",
                     "PHOEI_SMTP_FROM": "phoei@example.org"}.items():
            monkeypatch.setenv(k, v)
        assert "e-mail: 0 sent" in phoei("notify", "send").out  # held for the digest
        run = phoei("notify", "digest")
        assert run.code == 0 and "1 digest e-mail(s) queued" in run.out and "1 sent" in run.out
        assert [m["Subject"] for m in sink.messages] == ["[Phoei] สรุปการแจ้งเตือนประจำวัน (2 รายการ)"]


@pytest.mark.parametrize(("env", "code", "message"), [
    ({}, 0, "e-mail is off"),
    ({"PHOEI_SMTP_HOST": "m", "PHOEI_SMTP_SECURITY": "tls9"}, 2, "PHOEI_SMTP_SECURITY"),
])
def test_settings(phoei, instance: Path, monkeypatch: pytest.MonkeyPatch, env, code, message) -> None:  # noqa: F811
    assert phoei("init").code == 0
    for k in ("PHOEI_SMTP_HOST", "PHOEI_SMTP_SECURITY"):
        monkeypatch.delenv(k, raising=False)
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    run = phoei("notify", "send")
    assert run.code == code and message in (run.out + run.err)


def test_bad_limit(phoei, instance: Path) -> None:  # noqa: F811
    assert phoei("init").code == 0
    run = phoei("notify", "send", "--limit", "0")
    assert run.code == 2 and "--limit" in run.err
