"""Rate limits and the sign-in lockout (issue #16), on memory storage and on Redis."""

from __future__ import annotations

import os
import secrets
from typing import Any

import pytest

from tests.webui.conftest import PASSWORD, make_config

REDIS = os.environ.get("PHOEI_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


def _redis_ok() -> bool:
    try:
        import redis

        return bool(redis.Redis.from_url(REDIS, socket_connect_timeout=1).ping())
    except Exception:
        return False


@pytest.fixture(params=["memory", "redis"])
def storage(request: pytest.FixtureRequest) -> Any:
    """(storage URI, key prefix); the Redis keys of the test are removed afterwards."""
    prefix = f"phoei-test-{secrets.token_hex(4)}"
    if request.param == "memory":
        yield "memory://", prefix
        return
    if not _redis_ok():
        pytest.skip("Redis is not running on 127.0.0.1:6379")
    yield REDIS, prefix
    import redis

    r = redis.Redis.from_url(REDIS)
    for key in r.scan_iter(match=f"*{prefix}*"):
        r.delete(key)


def _make(instance, storage, **limits):  # type: ignore[no-untyped-def]
    from webui import create_app

    uri, prefix = storage
    return create_app(make_config(instance, RATELIMIT_STORAGE_URI=uri, RATELIMIT_KEY_PREFIX=prefix,
                                  RATELIMIT_ENABLED=True, **limits))


@pytest.fixture
def make_app(instance, storage):  # type: ignore[no-untyped-def]
    made = []

    def build(**limits: Any) -> Any:
        app = _make(instance, storage, **limits)
        made.append(app)
        return app

    yield build
    for app in made:
        app.extensions["phoei"].library.dispose()


def _login(client, username: str, password: str, addr: str = "192.0.2.10"):  # type: ignore[no-untyped-def]
    return client.post("/login", data={"username": username, "password": password},
                       environ_base={"REMOTE_ADDR": addr})


WRONG = "not the password at all"
LOCK_MESSAGE = "เข้าสู่ระบบไม่สำเร็จหลายครั้งเกินไป"


# --- lockout ----------------------------------------------------------------------------------


def test_account_locked_after_failures_then_correct_password_refused(make_app, monkeypatch) -> None:
    app = make_app(PHOEI_LOCKOUT_ACCOUNT="3 per minute", PHOEI_LIMIT_LOGIN="100 per minute")
    c = app.test_client()
    from webui import auth

    calls = []
    real = auth.check_password

    def counting(stored, password):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(stored, password)

    monkeypatch.setattr(auth, "check_password", counting)
    for _ in range(3):
        r = _login(c, "officer", WRONG)
        assert r.status_code == 400
    assert len(calls) == 3
    r = _login(c, "officer", PASSWORD)
    assert r.status_code == 429
    assert LOCK_MESSAGE in r.data.decode()
    assert 1 <= int(r.headers["Retry-After"]) <= 60
    assert len(calls) == 3  # refused before Argon2 ran
    # Another account from the same address is not locked by this one.
    assert _login(c, "reviewer", PASSWORD).status_code == 302


def test_account_lockout_counts_every_address(make_app) -> None:
    app = make_app(PHOEI_LOCKOUT_ACCOUNT="3 per minute", PHOEI_LIMIT_LOGIN="100 per minute")
    c = app.test_client()
    for i in range(3):
        assert _login(c, "officer", WRONG, addr=f"198.51.100.{i + 1}").status_code == 400
    assert _login(c, "officer", PASSWORD, addr="198.51.100.99").status_code == 429


def test_address_lockout_counts_every_account(make_app) -> None:
    app = make_app(PHOEI_LOCKOUT_ADDRESS="4 per minute", PHOEI_LOCKOUT_ACCOUNT="50 per minute",
                   PHOEI_LIMIT_LOGIN="100 per minute")
    c = app.test_client()
    for name in ("officer", "reviewer", "admin", "nobody-here"):
        assert _login(c, name, WRONG, addr="203.0.113.7").status_code == 400
    assert _login(c, "plain", PASSWORD, addr="203.0.113.7").status_code == 429
    # Same /64 of IPv6 is one subscriber; a v4-mapped address is the v4 address.
    assert _login(c, "plain", PASSWORD, addr="::ffff:203.0.113.7").status_code == 429
    assert _login(c, "plain", PASSWORD, addr="203.0.113.8").status_code == 302


def test_unknown_account_is_locked_like_a_real_one(make_app) -> None:
    """No hint about which accounts exist: same statuses for both."""
    app = make_app(PHOEI_LOCKOUT_ACCOUNT="2 per minute", PHOEI_LIMIT_LOGIN="100 per minute")
    c = app.test_client()
    seen = {}
    for name in ("officer", "no-such-user"):
        seen[name] = [_login(c, name, WRONG, addr=f"192.0.2.{len(seen) + 20}").status_code for _ in range(3)]
    assert seen["officer"] == seen["no-such-user"] == [400, 400, 429]


def test_success_clears_the_account_failures(make_app) -> None:
    app = make_app(PHOEI_LOCKOUT_ACCOUNT="3 per minute", PHOEI_LIMIT_LOGIN="100 per minute")
    c = app.test_client()
    for _ in range(2):
        assert _login(c, "officer", WRONG).status_code == 400
    assert _login(c, "officer", PASSWORD).status_code == 302
    c.post("/logout")
    for _ in range(2):
        assert _login(c, "officer", WRONG).status_code == 400
    assert _login(c, "officer", PASSWORD).status_code == 302  # 2 + 2 failures, never 3 in a row


def test_backoff_grows_with_the_longer_tier(make_app) -> None:
    """A second tier over a longer window makes the wait longer once it is reached."""
    app = make_app(PHOEI_LOCKOUT_ACCOUNT="2 per 30 seconds; 3 per hour", PHOEI_LIMIT_LOGIN="100 per minute")
    c = app.test_client()
    for _ in range(2):
        _login(c, "officer", WRONG)
    short = int(_login(c, "officer", WRONG).headers["Retry-After"])
    assert 1 <= short <= 30
    with app.app_context():
        app.extensions["phoei.login_guard"].failed("officer", "x")  # a third failure (any address)
    long = int(_login(c, "officer", WRONG).headers["Retry-After"])
    assert 30 < long <= 3600


def test_no_address_or_user_name_in_clear_in_the_storage(make_app, storage) -> None:
    app = make_app(PHOEI_LOCKOUT_ACCOUNT="3 per minute")
    c = app.test_client()
    _login(c, "officer", WRONG, addr="203.0.113.77")
    c.get("/search?q=x", environ_base={"REMOTE_ADDR": "203.0.113.77"})
    uri, prefix = storage
    if uri.startswith("memory"):
        lim = app.extensions["phoei.limiter"]
        keys = list(lim.storage.storage.keys()) + list(lim.storage.events.keys())
    else:
        import redis

        keys = [k.decode() for k in redis.Redis.from_url(uri).scan_iter(match=f"*{prefix}*")]
    assert len(keys) >= 2, keys
    joined = " ".join(keys)
    assert "203.0.113.77" not in joined and "officer" not in joined


ADDRESS_KEYS = [
    # (a, b, same key?)
    ("203.0.113.7", "203.0.113.7", True),
    ("203.0.113.7", "203.0.113.8", False),
    ("2001:db8:1:2::1", "2001:db8:1:2:ffff::9", True),      # one /64
    ("2001:db8:1:2::1", "2001:db8:1:3::1", False),           # the next /64
    ("::ffff:192.0.2.1", "192.0.2.1", True),                 # v4-mapped
    ("not-an-address", "not-an-address", True),
    ("not-an-address", "203.0.113.7", False),
]


@pytest.mark.parametrize(("a", "b", "same"), ADDRESS_KEYS)
def test_address_key(app, a, b, same) -> None:
    from webui.throttle import address_key

    with app.app_context():
        ka, kb = address_key(a), address_key(b)
    assert (ka == kb) is same
    assert a not in ka and len(ka) == 24


# --- route limits -----------------------------------------------------------------------------


def test_login_posts_limited_per_address(make_app) -> None:
    app = make_app(PHOEI_LIMIT_LOGIN="3 per minute", PHOEI_LOCKOUT_ACCOUNT="100 per minute")
    c = app.test_client()
    codes = [_login(c, "officer", PASSWORD, addr="192.0.2.50").status_code for _ in range(3)]
    for _ in range(3):
        c.post("/logout")
    assert codes == [302, 302, 302]
    r = _login(c, "officer", PASSWORD, addr="192.0.2.50")
    assert r.status_code == 429 and "Retry-After" in r.headers
    assert "มีคำขอมากเกินไป" in r.data.decode()
    assert c.get("/login", environ_base={"REMOTE_ADDR": "192.0.2.50"}).status_code == 200  # GET is free
    assert _login(c, "officer", PASSWORD, addr="192.0.2.51").status_code == 302


def test_anonymous_feedback_reports_limited_per_address(make_app) -> None:
    """The one feedback limit: filed reports per address for visitors not signed in; a form sent back
    with an error costs nothing; the refusal says so in Thai with Retry-After; nothing is filed."""
    from sqlalchemy import select

    from library.models import Feedback

    app = make_app(PHOEI_LIMIT_FEEDBACK="2 per hour")
    lib = app.extensions["phoei"].library
    c = app.test_client()
    env = {"REMOTE_ADDR": "192.0.2.60"}

    def file(message: str, environ: dict[str, str] = env) -> Any:
        return c.post("/feedback", data={"kind": "incorrect", "message": message}, environ_base=environ)

    assert c.post("/feedback", data={"kind": "incorrect", "message": ""}, environ_base=env).status_code == 400
    assert [file(f"เรื่องที่ {i}").status_code for i in range(2)] == [302, 302]  # the error above did not count
    r = file("เรื่องที่สาม")
    html = r.data.decode()
    assert r.status_code == 429 and "ส่งเรื่องบ่อยเกินไป" in html and "ครบ 2 เรื่อง" in html, html
    # The window's end, rounded up (storages keep whole seconds): an hour, in minutes in the text.
    assert 3500 < int(r.headers["Retry-After"]) <= 3601 and ("ประมาณ 60 นาที" in html or "ประมาณ 61 นาที" in html)
    assert all(c.get("/feedback", environ_base=env).status_code == 200 for _ in range(3))  # the form still shows
    assert file("จากอีกเครื่องหนึ่ง", {"REMOTE_ADDR": "192.0.2.61"}).status_code == 302  # another address
    assert _login(c, "officer", PASSWORD, addr="192.0.2.60").status_code == 302
    assert file("เจ้าหน้าที่แจ้งเอง").status_code == 302  # signed in: not limited
    with lib.session() as s:
        messages = set(s.scalars(select(Feedback.message)))
    assert "เรื่องที่สาม" not in messages
    assert {"เรื่องที่ 0", "เรื่องที่ 1", "จากอีกเครื่องหนึ่ง", "เจ้าหน้าที่แจ้งเอง"} <= messages


@pytest.mark.parametrize(("setting", "message"), [
    ({"PHOEI_LIMIT_FEEDBACK": "lots"}, "PHOEI_LIMIT_FEEDBACK is not a rate limit"),
    ({"PHOEI_FEEDBACK_RATE_LIMIT": "5/3600"}, "PHOEI_LIMIT_FEEDBACK"),  # the old setting, renamed
])
def test_a_wrong_rate_limit_setting_stops_the_start(instance, setting, message) -> None:  # type: ignore[no-untyped-def]
    from webui import create_app

    with pytest.raises(ValueError, match=message):
        create_app(make_config(instance, **setting))


def test_a_limit_from_the_environment(instance, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from webui import create_app

    monkeypatch.setenv("PHOEI_LIMIT_FEEDBACK", "3 per day")
    app = create_app(make_config(instance))
    try:
        assert app.config["PHOEI_LIMIT_FEEDBACK"] == "3 per day"
    finally:
        app.extensions["phoei"].library.dispose()


def test_search_limited_per_address(make_app) -> None:
    app = make_app(PHOEI_LIMIT_SEARCH="3 per minute")
    c = app.test_client()
    env = {"REMOTE_ADDR": "192.0.2.70"}
    codes = [c.get("/search?q=ภาษี", environ_base=env).status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    r = c.get("/search?q=x", environ_base=env, headers={"Accept": "application/json"})
    assert r.status_code == 429 and r.is_json and r.json["error"]
    assert c.get("/search?q=x", environ_base={"REMOTE_ADDR": "192.0.2.71"}).status_code == 200
    assert c.get("/", environ_base=env).status_code == 200  # other pages are not limited


def test_upload_limited_per_user(make_app) -> None:
    app = make_app(PHOEI_LIMIT_UPLOAD="2 per minute")
    c = app.test_client()
    env = {"REMOTE_ADDR": "192.0.2.80"}  # one office address for both officers
    assert _login(c, "officer", PASSWORD, addr=env["REMOTE_ADDR"]).status_code == 302
    codes = [c.post("/staff/upload", data={}, environ_base=env).status_code for _ in range(3)]
    assert codes[2] == 429 and 429 not in codes[:2], codes
    c.post("/logout", environ_base=env)
    assert _login(c, "officer2", PASSWORD, addr=env["REMOTE_ADDR"]).status_code == 302
    assert c.post("/staff/upload", data={}, environ_base=env).status_code != 429


def test_limits_can_be_switched_off(instance, monkeypatch) -> None:
    from webui import create_app

    monkeypatch.setenv("PHOEI_RATELIMIT", "0")
    app = create_app(make_config(instance, PHOEI_LIMIT_SEARCH="1 per minute", PHOEI_LOCKOUT_ACCOUNT="1 per minute"))
    try:
        c = app.test_client()
        assert [c.get("/search?q=x").status_code for _ in range(3)] == [200] * 3
        assert [_login(c, "officer", WRONG).status_code for _ in range(3)] == [400] * 3
    finally:
        app.extensions["phoei"].library.dispose()


def test_redis_down_keeps_limits_in_memory(instance) -> None:
    """An unreachable Redis: no 500, and the limits still hold (each process counts alone)."""
    from webui import create_app

    app = create_app(make_config(instance, RATELIMIT_STORAGE_URI="redis://127.0.0.1:9/0",
                                 RATELIMIT_ENABLED=True, PHOEI_LIMIT_SEARCH="2 per minute",
                                 PHOEI_LOCKOUT_ACCOUNT="2 per minute", PHOEI_LIMIT_LOGIN="100 per minute"))
    try:
        c = app.test_client()
        assert [c.get("/search?q=x").status_code for _ in range(3)] == [200, 200, 429]
        assert [_login(c, "officer", WRONG).status_code for _ in range(3)] == [400, 400, 429]
    finally:
        app.extensions["phoei"].library.dispose()


def test_every_limited_endpoint_exists(app) -> None:
    from webui.throttle import ROUTE_LIMITS

    assert set(ROUTE_LIMITS) <= set(app.view_functions)
    assert app.config["RATELIMIT_STORAGE_URI"] == "memory://" or os.environ.get("REDIS_URL")


def test_lockout_message_in_english_too(make_app) -> None:
    app = make_app(PHOEI_LOCKOUT_ACCOUNT="1 per minute", PHOEI_LIMIT_LOGIN="100 per minute")
    c = app.test_client()
    c.get("/lang/en")
    _login(c, "officer", WRONG)
    r = _login(c, "officer", WRONG)
    assert r.status_code == 429 and "Too many failed sign-ins" in r.data.decode()
