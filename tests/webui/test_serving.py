"""``phoei serve`` under gunicorn, its settings, PHOEI_SITE_URL and the trusted-proxy rule (issue #16)."""

from __future__ import annotations

import os
import re
import signal
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from library.errors import Invalid
from tests.webui.conftest import free_port, make_config, start_serve

# --- settings --------------------------------------------------------------------------------

SETTINGS_OK = [
    # env, command-line values, (bind, workers, threads, timeout)
    ({}, {}, (("127.0.0.1:5000",), None, 4, 120)),
    ({"PHOEI_BIND": "0.0.0.0:8000"}, {}, (("0.0.0.0:8000",), None, 4, 120)),
    ({"PHOEI_BIND": "unix:/run/phoei/web.sock, 127.0.0.1:8001"}, {},
     (("unix:/run/phoei/web.sock", "127.0.0.1:8001"), None, 4, 120)),
    ({"PHOEI_BIND": "[::1]:8000"}, {}, (("[::1]:8000",), None, 4, 120)),
    ({"PHOEI_BIND": "0.0.0.0:8000"}, {"port": 9000}, (("127.0.0.1:9000",), None, 4, 120)),  # options win
    ({"PHOEI_WORKERS": "3", "PHOEI_THREADS": "8", "PHOEI_TIMEOUT": "30"}, {}, (("127.0.0.1:5000",), 3, 8, 30)),
    ({"PHOEI_WORKERS": "3"}, {"workers": 1, "threads": 2}, (("127.0.0.1:5000",), 1, 2, 120)),
    ({"PHOEI_WORKERS": " "}, {}, (("127.0.0.1:5000",), None, 4, 120)),  # blank is unset
]


@pytest.mark.parametrize(("env", "given", "expected"), SETTINGS_OK)
def test_serve_settings(env, given, expected) -> None:
    from webui.serving import default_workers, settings_from

    s = settings_from(env, **given)
    bind, workers, threads, timeout = expected
    assert s.bind == bind
    assert s.workers == (default_workers() if workers is None else workers)
    assert (s.threads, s.timeout) == (threads, timeout)


SETTINGS_BAD = [
    ({"PHOEI_WORKERS": "two"}, {}, "PHOEI_WORKERS must be a whole number"),
    ({"PHOEI_WORKERS": "0"}, {}, "PHOEI_WORKERS must be at least 1"),
    ({"PHOEI_THREADS": "-4"}, {}, "PHOEI_THREADS must be at least 1"),
    ({"PHOEI_TIMEOUT": "1.5"}, {}, "PHOEI_TIMEOUT must be a whole number"),
    ({"PHOEI_GRACEFUL_TIMEOUT": "x"}, {}, "PHOEI_GRACEFUL_TIMEOUT"),
    ({}, {"workers": 0}, "--workers must be at least 1"),
    ({"PHOEI_BIND": "localhost"}, {}, "not HOST:PORT"),
    ({"PHOEI_BIND": "127.0.0.1:http"}, {}, "not HOST:PORT"),
    ({"PHOEI_BIND": "127.0.0.1:70000"}, {}, "not HOST:PORT"),
    ({"PHOEI_BIND": ":8000"}, {}, "not HOST:PORT"),
    ({"PHOEI_BIND": "unix:"}, {}, "needs a path"),
    ({}, {"port": 0}, "not HOST:PORT"),
]


@pytest.mark.parametrize(("env", "given", "message"), SETTINGS_BAD)
def test_serve_settings_refused(env, given, message) -> None:
    from webui.serving import settings_from

    with pytest.raises(Invalid, match=re.escape(message)):
        settings_from(env, **given)


def test_gunicorn_leaves_forwarded_headers_to_proxyfix() -> None:
    from webui.serving import gunicorn_options, settings_from

    opts = gunicorn_options(settings_from({}))
    assert opts["worker_class"] == "gthread"
    assert opts["forwarded_allow_ips"] == "" and opts["secure_scheme_headers"] == {}


# --- PHOEI_SITE_URL and PHOEI_TRUSTED_PROXIES ---------------------------------------------------

SITE_URL_OK = [
    ("https://foi.example.go.th", "https://foi.example.go.th"),
    ("https://foi.example.go.th/", "https://foi.example.go.th"),
    ("  HTTPS://FOI.Example.go.th/Library/ ", "https://foi.example.go.th/Library"),
    ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
    ("https://[::1]:8443/foi", "https://[::1]:8443/foi"),
    ("", None),
    (None, None),
]


@pytest.mark.parametrize(("value", "expected"), SITE_URL_OK)
def test_site_url_accepted(value, expected) -> None:
    from webui.site import normalise_site_url

    assert normalise_site_url(value) == expected


SITE_URL_BAD = [
    "foi.example.go.th",                       # no scheme
    "ftp://foi.example.go.th",                 # not http(s)
    "https://",                                # no host
    "https:///path",                           # no host
    "https://user:pw@foi.example.go.th",       # credentials
    "https://foi.example.go.th/?q=1",          # query
    "https://foi.example.go.th/#top",          # fragment
    "https://foi.example.go.th:99999",         # port out of range
    "https://foi.example.go.th/a b",           # space
    "javascript:alert(1)",
]


@pytest.mark.parametrize("value", SITE_URL_BAD)
def test_site_url_refused(value) -> None:
    from webui.site import normalise_site_url

    with pytest.raises(Invalid, match="PHOEI_SITE_URL"):
        normalise_site_url(value)


@pytest.mark.parametrize(("value", "expected"), [(None, 0), ("", 0), ("0", 0), ("1", 1), (" 2 ", 2), (3, 3)])
def test_trusted_proxies_accepted(value, expected) -> None:
    from webui.site import trusted_proxies

    assert trusted_proxies(value) == expected


@pytest.mark.parametrize("value", ["one", "-1", "11", "1.5", "true"])
def test_trusted_proxies_refused(value) -> None:
    from webui.site import trusted_proxies

    with pytest.raises(Invalid, match="PHOEI_TRUSTED_PROXIES"):
        trusted_proxies(value)


@contextmanager
def _site(instance: Path, **extra: Any) -> Iterator[Any]:
    """The app on ``instance`` with ``extra`` config, and a ``/_probe_addr`` route that answers with the
    request's remote address, scheme and host as the app sees them; its database is let go afterwards."""
    from flask import request

    from webui import create_app

    app = create_app(make_config(instance, **extra))

    @app.get("/_probe_addr")
    def probe() -> str:
        return f"{request.remote_addr} {request.scheme} {request.host}"

    try:
        yield app
    finally:
        app.extensions["phoei"].library.dispose()


FORWARDED = {"X-Forwarded-For": "203.0.113.9", "X-Forwarded-Proto": "https",
             "X-Forwarded-Host": "foi.example.go.th", "X-Forwarded-Port": "443"}


def _sitemap_line(client, headers=None) -> str:  # type: ignore[no-untyped-def]
    body = client.get("/robots.txt", headers=headers or {}).data.decode()
    return next(line for line in body.splitlines() if line.startswith("Sitemap:"))


def test_forwarded_headers_ignored_without_trusted_proxies(instance, monkeypatch) -> None:
    monkeypatch.delenv("PHOEI_TRUSTED_PROXIES", raising=False)
    monkeypatch.delenv("PHOEI_SITE_URL", raising=False)
    with _site(instance) as app:
        c = app.test_client()
        assert _sitemap_line(c, FORWARDED) == "Sitemap: http://localhost/sitemap.xml"
        assert c.get("/_probe_addr", headers=FORWARDED).data.decode() == "127.0.0.1 http localhost"


def test_forwarded_headers_used_with_one_trusted_proxy(instance) -> None:
    with _site(instance, PHOEI_TRUSTED_PROXIES="1") as app:
        c = app.test_client()
        assert _sitemap_line(c, FORWARDED) == "Sitemap: https://foi.example.go.th/sitemap.xml"
        assert c.get("/_probe_addr", headers=FORWARDED).data.decode() == "203.0.113.9 https foi.example.go.th"
        # Two addresses in X-Forwarded-For: only the one our proxy added (the last) is believed.
        spoof = {**FORWARDED, "X-Forwarded-For": "198.51.100.1, 203.0.113.9"}
        assert c.get("/_probe_addr", headers=spoof).data.decode().split()[0] == "203.0.113.9"
        # A path prefix announced by the proxy is part of every link.
        prefixed = {**FORWARDED, "X-Forwarded-Prefix": "/foi"}
        assert _sitemap_line(c, prefixed) == "Sitemap: https://foi.example.go.th/foi/sitemap.xml"


def test_site_url_wins_over_the_host_header(instance) -> None:
    with _site(instance, PHOEI_SITE_URL="https://foi.example.go.th/", PHOEI_TRUSTED_PROXIES=1) as app:
        c = app.test_client()
        evil = {"Host": "evil.example", "X-Forwarded-Host": "evil.example"}
        assert _sitemap_line(c, evil) == "Sitemap: https://foi.example.go.th/sitemap.xml"
        atom = c.get("/feeds/documents.atom", headers=evil).data.decode()
        assert "evil.example" not in atom and "https://foi.example.go.th/" in atom
        opensearch = c.get("/opensearch.xml", headers=evil).data.decode()
        assert "evil.example" not in opensearch and "https://foi.example.go.th/search" in opensearch


def test_site_url_with_a_path(instance) -> None:
    with _site(instance, PHOEI_SITE_URL="https://www.example.go.th/foi", PHOEI_TRUSTED_PROXIES=1) as app:
        c = app.test_client()
        # The proxy does not announce the prefix: the site URL's path is added.
        assert _sitemap_line(c) == "Sitemap: https://www.example.go.th/foi/sitemap.xml"
        # It does: url_for carries it already, and it is not doubled.
        assert _sitemap_line(c, {"X-Forwarded-Prefix": "/foi"}) == \
            "Sitemap: https://www.example.go.th/foi/sitemap.xml"
        from webui.site import external_url

        with app.app_context():  # the worker: no request
            assert external_url("public.search", q="ภาษี") == \
                "https://www.example.go.th/foi/search?q=%E0%B8%A0%E0%B8%B2%E0%B8%A9%E0%B8%B5"


def test_external_url_outside_a_request_needs_the_site_url(instance, monkeypatch) -> None:
    monkeypatch.delenv("PHOEI_SITE_URL", raising=False)
    with _site(instance) as app:
        from webui.site import external_url

        with app.app_context(), pytest.raises(Invalid, match="PHOEI_SITE_URL is not set"):
            external_url("public.home")
        with app.test_request_context("/", base_url="http://127.0.0.1:5000"):
            assert external_url("public.home") == "http://127.0.0.1:5000/"


def test_bad_site_url_stops_the_app(instance) -> None:
    with pytest.raises(Invalid, match="PHOEI_SITE_URL"):
        with _site(instance, PHOEI_SITE_URL="foi.example.go.th"):
            pass


@pytest.mark.parametrize(("var", "value"), [("PHOEI_SITE_URL", "ftp://x.example"), ("PHOEI_TRUSTED_PROXIES", "x"),
                                            ("PHOEI_WORKERS", "0"), ("PHOEI_BIND", "nowhere")])
def test_serve_refuses_bad_settings_before_starting(phoei, tmp_path, monkeypatch, var, value) -> None:
    monkeypatch.setenv(var, value)
    run = phoei("serve", "--instance", tmp_path / "inst")
    assert run.code == 2, run
    assert var in run.err and run.err.count("\n") == 1
    assert not (tmp_path / "inst").exists()  # nothing made


def test_loopback_cookie_relaxation_only_without_a_proxy(monkeypatch, tmp_path) -> None:
    """Plain-HTTP cookies on 127.0.0.1 for a developer, never when a proxy serves HTTPS in front."""
    from library.config import load_config
    from webui.commands import _serve_overrides

    config = load_config(instance=tmp_path)
    for var in ("PHOEI_SECURE_COOKIES", "PHOEI_TRUSTED_PROXIES", "PHOEI_SITE_URL"):
        monkeypatch.delenv(var, raising=False)
    assert _serve_overrides(config, "127.0.0.1").get("SESSION_COOKIE_SECURE") is False
    assert "SESSION_COOKIE_SECURE" not in _serve_overrides(config, "0.0.0.0")
    monkeypatch.setenv("PHOEI_TRUSTED_PROXIES", "1")
    assert "SESSION_COOKIE_SECURE" not in _serve_overrides(config, "127.0.0.1")
    monkeypatch.delenv("PHOEI_TRUSTED_PROXIES")
    monkeypatch.setenv("PHOEI_SITE_URL", "https://foi.example.go.th")
    assert "SESSION_COOKIE_SECURE" not in _serve_overrides(config, "127.0.0.1")


# --- the real server ------------------------------------------------------------------------------


def _children(pid: int) -> set[int]:
    out: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            out |= {int(x) for x in (task / "children").read_text().split()}
        except OSError:
            pass
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _get(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], str]:
    req = urllib.request.Request(url, headers=headers or {})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return resp.status, dict(resp.headers), resp.read().decode()


def test_phoei_serve_runs_gunicorn_and_stops_on_sigterm(tmp_path: Path) -> None:
    port = free_port()
    env = {**os.environ, "PHOEI_INSTANCE": str(tmp_path / "instance"), "PHOEI_WORKERS": "2",
           "PHOEI_THREADS": "2", "PHOEI_TRUSTED_PROXIES": "1", "PHOEI_BIND": f"127.0.0.1:{port}"}
    for var in ("REDIS_URL", "DATABASE_URL", "PHOEI_SITE_URL"):
        env.pop(var, None)
    proc, out = start_serve([], env, 120)
    try:
        assert f"Phoei is at http://127.0.0.1:{port}/" in out, out
        assert "2 web process(es) × 2 threads" in out
        status, headers, html = 0, {}, ""
        for _ in range(100):
            try:
                status, headers, html = _get(f"http://127.0.0.1:{port}/")
                break
            except OSError:
                time.sleep(0.2)
        assert status == 200 and "<html" in html
        assert headers["Server"] == "phoei"  # neither gunicorn nor Werkzeug announces itself
        # One trusted proxy: its X-Forwarded-Proto/-Host make the absolute links.
        _s, _h, robots = _get(f"http://127.0.0.1:{port}/robots.txt",
                              {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "foi.example.go.th"})
        assert "Sitemap: https://foi.example.go.th/sitemap.xml" in robots
        # Several requests at once are served (threads and processes).
        import concurrent.futures

        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            codes = list(pool.map(lambda _i: _get(f"http://127.0.0.1:{port}/search?q=x")[0], range(16)))
        assert codes == [200] * 16
        kids = _children(proc.pid)
        assert len(kids) == 3, (kids, out)  # two web processes and the job worker
        proc.send_signal(signal.SIGTERM)
        rest, _ = proc.communicate(timeout=60)
        out += rest
        assert proc.returncode == 0, out[-3000:]
        assert not [k for k in kids if _alive(k)], out[-2000:]
        assert "Traceback" not in out, out[-3000:]
        with pytest.raises(OSError):
            _get(f"http://127.0.0.1:{port}/")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_phoei_serve_dev_runs_the_development_server(tmp_path: Path) -> None:
    port = free_port()
    env = {**os.environ, "PHOEI_INSTANCE": str(tmp_path / "instance")}
    for var in ("REDIS_URL", "DATABASE_URL", "PHOEI_SITE_URL", "PHOEI_BIND", "PHOEI_TRUSTED_PROXIES"):
        env.pop(var, None)
    proc, out = start_serve(["--dev", "--port", str(port)], env, 120)
    try:
        assert "development server" in out, out
        status, headers, _html = _get(f"http://127.0.0.1:{port}/")
        assert status == 200 and headers["Server"] == "phoei"
        assert _children(proc.pid) == set()  # jobs run in a thread of this process
        proc.send_signal(signal.SIGTERM)
        rest, _ = proc.communicate(timeout=60)
        assert proc.returncode == 0, out + rest
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
