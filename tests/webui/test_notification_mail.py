"""E-mail from a web request: an upload that asks for review mails the reviewer through a local
SMTP sink (the app is configured with PHOEI_SMTP_* and PHOEI_SITE_URL)."""

from __future__ import annotations

from typing import Any

import pytest

from library import users
from tests.smtp_sink import smtp_sink
from tests.webui.conftest import COMPLAINT, make_config
from tests.webui.test_notifications import TITLE, _uid


@pytest.fixture
def sink():
    with smtp_sink() as s:
        yield s


@pytest.fixture
def app_config(instance, sink) -> dict[str, Any]:
    return make_config(instance, PHOEI_SMTP_HOST=sink.host, PHOEI_SMTP_PORT=sink.port, PHOEI_SMTP_SECURITY="none",
                       PHOEI_SMTP_FROM="phoei@example.org", PHOEI_SITE_URL="https://opendata.example.go.th")


def test_a_request_that_asks_for_review_sends_mail(client, auth, lib, upload, sink) -> None:
    with lib.transaction() as s:
        users.get_user(s, "reviewer").email = "reviewer@example.org"
    auth.login("officer")
    upload(COMPLAINT, title=TITLE)
    assert [m["Subject"] for m in sink.messages] == [f"[Phoei] มีเรื่องรอตรวจสอบ: {TITLE}"]
    body = sink.messages[0].get_content()
    assert f"https://opendata.example.go.th/staff/item/{_uid(lib, TITLE)}" in body
    auth.login("reviewer")
    html = client.get("/account/notifications/preferences").data.decode()
    assert "อีเมลจะส่งถึง reviewer@example.org" in html
