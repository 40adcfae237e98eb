"""The link checker (issue #17 part 6) against a local HTTP server: statuses, redirects, timeouts,
malformed addresses, and the SSRF guard (loopback is allowed here only through the policy)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from sqlalchemy import select

from library import links
from library.links import LinkPolicy, check_url
from library.models import OutboxMessage
from tests.library.conftest import make_item

LOCAL = LinkPolicy(timeout=0.6, allow_private=True, max_redirects=3)


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def _answer(self, body: bool) -> None:
        path = self.path.split("?")[0]
        if path == "/ok":
            self._send(200, body)
        elif path == "/missing":
            self._send(404, body)
        elif path == "/error":
            self._send(500, body)
        elif path == "/slow":
            time.sleep(2)
            self._send(200, body)
        elif path == "/moved":
            self._send(301, body, {"Location": "/ok"})
        elif path == "/moved-twice":
            self._send(302, body, {"Location": f"http://127.0.0.1:{self.server.server_port}/moved"})
        elif path == "/moved-to-missing":
            self._send(307, body, {"Location": "/missing"})
        elif path == "/loop":
            self._send(302, body, {"Location": "/loop"})
        elif path == "/no-head":
            if self.command == "HEAD":
                self._send(405, body)
            else:
                self._send(200, body)
        else:
            self._send(404, body)

    def _send(self, code: int, body: bool, headers: dict[str, str] | None = None) -> None:
        self.send_response(code)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        payload = b"hello" if body else b""
        self.send_header("Content-Length", str(len(b"hello")))
        self.end_headers()
        if body:
            self.wfile.write(payload)

    def do_HEAD(self) -> None:
        self._answer(False)

    def do_GET(self) -> None:
        self._answer(True)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    t = threading.Thread(target=httpd.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize(("path", "ok", "status", "error", "final"), [
    ("/ok", True, 200, "", "/ok"),
    ("/missing", False, 404, "", "/missing"),
    ("/error", False, 500, "", "/error"),
    ("/moved", True, 200, "", "/ok"),
    ("/moved-twice", True, 200, "", "/ok"),
    ("/moved-to-missing", False, 404, "", "/missing"),
    ("/loop", False, None, "more than 3 redirects", "/loop"),
    ("/no-head", True, 200, "", "/no-head"),
    ("/slow", False, None, "timeout", "/slow"),
])
def test_statuses_redirects_and_timeouts(server, path, ok, status, error, final) -> None:
    r = check_url(server + path, LOCAL)
    assert (r.ok, r.status_code) == (ok, status)
    assert error in r.error and (error or r.error == "")
    assert r.final_url == server + final
    if path == "/slow":
        assert r.elapsed_ms < 1800  # gave up at the timeout, did not wait for the answer


def test_connection_refused(server) -> None:
    import socket

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    r = check_url(f"http://127.0.0.1:{port}/", LOCAL)
    assert not r.ok and r.status_code is None and "refused" in r.error


@pytest.mark.parametrize(("url", "error"), [
    ("ftp://example.org/file", "scheme not allowed: ftp"),
    ("file:///etc/passwd", "scheme not allowed: file"),
    ("javascript:alert(1)", "scheme not allowed: javascript"),
    ("gopher://127.0.0.1:25/", "scheme not allowed"),
    ("example.org/page", "scheme not allowed: (none)"),
    ("http://", "malformed URL"),
    ("http:///path-only", "malformed URL"),
    ("http://[::1/", "malformed URL"),
    ("http://example.org:99999/", "malformed URL"),
    ("http://exa mple.org/", "malformed URL"),
    ("http://name.invalid/", "name not resolved"),
])
def test_malformed_and_refused_addresses(url, error) -> None:
    r = check_url(url, LOCAL)
    assert not r.ok and r.status_code is None and error in r.error


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "[::1]", "[::ffff:127.0.0.1]", "2130706433", "0.0.0.0",
                                  "10.1.2.3", "192.168.1.1", "169.254.169.254", "[fe80::1]"])
def test_private_addresses_are_refused_by_default(server, host) -> None:
    """The SSRF guard: no fetch to loopback, private, link-local (cloud metadata) or unspecified addresses."""
    port = server.rsplit(":", 1)[1]
    r = check_url(f"http://{host}:{port}/ok", LinkPolicy(timeout=0.5))
    assert not r.ok and r.status_code is None
    assert "address not allowed" in r.error or "name not resolved" in r.error


def test_a_redirect_into_the_private_network_is_refused(server, monkeypatch) -> None:
    """A public page that redirects to a private address: each hop is vetted again."""
    calls: list[str] = []
    real = links._request

    def first_hop_public(url: str, policy: LinkPolicy) -> tuple[int, str | None]:
        calls.append(url)
        if len(calls) == 1:  # pretend the first server was public and answered with a redirect
            return 302, server + "/ok"
        return real(url, policy)

    monkeypatch.setattr(links, "_request", first_hop_public)
    r = check_url("http://public.example/", LinkPolicy(timeout=0.5))
    assert not r.ok and "address not allowed" in r.error and r.final_url == server + "/ok"


@pytest.mark.parametrize(("env", "policy"), [
    ({}, LinkPolicy()),
    ({"PHOEI_LINK_ALLOW_PRIVATE": "1", "PHOEI_LINK_TIMEOUT": "2.5"}, LinkPolicy(timeout=2.5, allow_private=True)),
    ({"PHOEI_LINK_ALLOW_PRIVATE": "no", "PHOEI_LINK_RECHECK_HOURS": "6"}, LinkPolicy(recheck_hours=6)),
    ({"PHOEI_LINK_TIMEOUT": "soon"}, None),
])
def test_policy_from_settings(env, policy) -> None:
    if policy is None:
        with pytest.raises(ValueError, match="PHOEI_LINK_"):
            LinkPolicy.from_env(env)
    else:
        assert LinkPolicy.from_env(env) == policy


def test_checks_are_recorded_and_broken_links_listed_once(lib, s, who, at, server) -> None:
    from library import currency, users

    admin = who("admin")
    folder = at("/news")
    currency.set_responsible(s, admin, folder, users.get_user(s, "eddie"))
    good = make_item(s, admin, folder, "link", title="ลิงก์ที่ใช้ได้", remote_url=server + "/moved")
    bad = make_item(s, admin, folder, "link", title="ลิงก์เสีย", remote_url=server + "/missing")
    make_item(s, admin, folder, "news", title="ไม่ใช่ลิงก์")
    s.commit()
    ids = [good.id, bad.id]
    done = links.check_all(lib, LOCAL, item_ids=ids)
    assert sorted((i, r.ok) for i, _u, r in done) == sorted([(good.id, True), (bad.id, False)])
    s.commit()
    broken = links.broken_links(s)
    assert [(c.id, lc.status_code) for c, lc in broken] == [(bad.id, 404)]
    assert broken[0][1].checked_at is not None and broken[0][1].broken_since is not None
    ok_row = s.get(links.LinkCheck, good.id)
    assert (ok_row.status_code, ok_row.broken, ok_row.final_url) == (200, False, server + "/ok")
    msgs = s.scalars(select(OutboxMessage).where(OutboxMessage.topic == "link.broken")).all()
    assert [(m.payload["uid"], m.payload["status_code"], m.payload["responsible_user_id"]) for m in msgs] == [
        (bad.uid, 404, users.get_user(s, "eddie").id)]
    # nothing is due again within the recheck period; a forced recheck does not emit a second event
    assert links.check_all(lib, LOCAL, item_ids=ids) == []
    links.check_all(lib, LOCAL, item_ids=ids, every=True)
    s.commit()
    assert len(s.scalars(select(OutboxMessage).where(OutboxMessage.topic == "link.broken")).all()) == 1
    # fixed: no longer broken; a changed address is checked again at once
    from library import content

    content.update_item(s, admin, s.get(type(bad), bad.id), remote_url=server + "/ok")
    s.commit()
    assert [i for i, _u in links.links_due(s, item_ids=ids)] == [bad.id]
    links.check_all(lib, LOCAL, item_ids=ids)
    s.commit()
    assert links.broken_links(s) == []
