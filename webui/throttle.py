"""Rate limits (Flask-Limiter) and the sign-in lockout with backoff.

Counters live in the limiter's storage: memory in each web process on the embedded default, Redis
(``REDIS_URL``) at scale, so that every web process counts together. If Redis stops answering, each
process falls back to its own memory counters until it is back (limits stay on).

**Rate limits** (per client; each a Flask-Limiter limit string, changeable in the app config):

=================  ====================================  ==========================================
config key          default                               counts
=================  ====================================  ==========================================
PHOEI_LIMIT_LOGIN   ``10 per minute; 60 per hour``       POST /login, per client address
PHOEI_LIMIT_FEEDBACK ``5 per hour``                     feedback reports filed while not signed in, per address
PHOEI_LIMIT_SEARCH  ``120 per minute``                   /search, per client address
PHOEI_LIMIT_UPLOAD  ``30 per 10 minutes``                POST /staff/upload and the API's upload, per user
PHOEI_LIMIT_API     ``300 per minute``                   every /api/v1/staff/ request, per token's user
                                                         (per address without a live token)
=================  ====================================  ==========================================

**Lockout with backoff** after failed sign-ins, checked *before* the password is hashed (so a
guesser costs no Argon2 memory): once an account has ``PHOEI_LOCKOUT_ACCOUNT`` failures (default
``5 per 5 minutes; 20 per hour``), or one client address ``PHOEI_LOCKOUT_ADDRESS`` failures
(default ``20 per 10 minutes; 100 per day``), further attempts get 429 until the oldest failure
leaves the window: a few minutes at first, up to an hour (a day for an address) for a persistent
guesser. A successful sign-in clears the account's failures. The account is the name typed, whether
or not it exists (no hint about which accounts exist).

Client addresses are never stored in clear: every key is an HMAC-SHA-256 of the address (an IPv6
address by its /64 network) or of the user name, under the app's secret key. Behind a reverse
proxy the address is the one ``ProxyFix`` took from ``PHOEI_TRUSTED_PROXIES`` hops (``webui.site``).

Each limit is an app config key or an environment variable of the same name; a value that is not
a limit (``"5 per hour"``, ``"10 per minute; 60 per hour"``) stops the start, naming the key.

**Feedback** is limited here and nowhere else: only reports actually filed count (a form sent back
with an error does not cost the citizen a report), and signed-in staff are not limited. This
limiter, not a table in the database, is the one mechanism because it is the one every limit
shares: with ``REDIS_URL`` all web processes count together, an IPv6 client is one client per /64
(it cannot step round the limit by changing addresses inside its network), and a refusal is the same
429 page with ``Retry-After``.

``PHOEI_RATELIMIT=0`` switches all of this off (benchmarks on one address).
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import logging
import math
import os
import time
from typing import Any, NamedTuple

from flask import Flask, current_app, request
from flask.typing import ResponseReturnValue

log = logging.getLogger("phoei.throttle")

DEFAULT_LIMITS = {
    "PHOEI_LIMIT_LOGIN": "10 per minute; 60 per hour",
    "PHOEI_LIMIT_FEEDBACK": "5 per hour",
    "PHOEI_LIMIT_SEARCH": "120 per minute",
    "PHOEI_LIMIT_UPLOAD": "30 per 10 minutes",
    "PHOEI_LIMIT_API": "300 per minute",
    "PHOEI_LOCKOUT_ACCOUNT": "5 per 5 minutes; 20 per hour",
    "PHOEI_LOCKOUT_ADDRESS": "20 per 10 minutes; 100 per day",
}



class RouteLimit(NamedTuple):
    config_key: str
    methods: tuple[str, ...] | None  # None: every method
    whose: str  # "address" or "user"
    anonymous_only: bool = False  # signed-in users are not limited
    count_redirects_only: bool = False  # only a request answered with a redirect (a success) counts


ROUTE_LIMITS: dict[str, RouteLimit] = {
    "auth.login": RouteLimit("PHOEI_LIMIT_LOGIN", ("POST",), "address"),
    # The form redirects to the receipt once a report is filed; a form with errors is a 400.
    "public.feedback_form": RouteLimit("PHOEI_LIMIT_FEEDBACK", ("POST",), "address", anonymous_only=True,
                                       count_redirects_only=True),
    "public.search": RouteLimit("PHOEI_LIMIT_SEARCH", None, "address"),
    "api.search": RouteLimit("PHOEI_LIMIT_SEARCH", None, "address"),
    "staff.upload": RouteLimit("PHOEI_LIMIT_UPLOAD", ("POST",), "user"),
    "api_staff.upload": RouteLimit("PHOEI_LIMIT_UPLOAD", ("POST",), "user"),
}
# Blueprints limited as a whole (every request to them), per user.
BLUEPRINT_LIMITS = {"api_staff": "PHOEI_LIMIT_API"}


def _hmac(kind: str, value: str) -> str:
    key = str(current_app.config["SECRET_KEY"]).encode()
    return hmac.new(key, f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()[:24]


def address_key(addr: str | None = None) -> str:
    """The client's address as a keyed hash (an IPv6 address by its /64: one subscriber)."""
    addr = addr if addr is not None else (request.remote_addr or "")
    try:
        ip = ipaddress.ip_address(addr)
    except ValueError:
        return _hmac("addr", addr or "unknown")
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        else:
            return _hmac("addr", str(ipaddress.IPv6Network(f"{ip}/64", strict=False).network_address))
    return _hmac("addr", str(ip))


def account_key(username: str) -> str:
    return _hmac("user", username.strip().lower())


def _signed_in() -> bool:
    from flask_login import current_user

    return bool(getattr(current_user, "is_authenticated", False))


def _redirected(response: Any) -> bool:
    return 300 <= int(response.status_code) < 400


def _user_key() -> str:
    from flask_login import current_user

    if request.path.startswith("/api/v1/staff/"):
        # The staff API knows only its bearer token (webui.api_staff), never the cookie session.
        from webui.api_staff import bearer

        token_user = bearer()
        return _hmac("uid", str(token_user.user_id)) if token_user is not None else address_key()
    if getattr(current_user, "is_authenticated", False):
        return _hmac("uid", str(current_user.user_id))
    return address_key()


def storage_uri(config: Any) -> str:
    explicit = config.get("RATELIMIT_STORAGE_URI")
    if explicit:
        return str(explicit)
    redis = config.get("REDIS_URL") or os.environ.get("REDIS_URL")
    return str(redis) if redis else "memory://"


def _enabled_from_env() -> bool | None:
    raw = os.environ.get("PHOEI_RATELIMIT")
    if raw is None or not raw.strip():
        return None
    return raw.strip().lower() not in ("0", "false", "no", "off")


def install(app: Flask) -> Any:
    """Make the app's limiter, wrap the limited views, install the 429 page. Call after the blueprints."""
    from flask_limiter import Limiter
    from limits import parse_many

    for key, value in DEFAULT_LIMITS.items():
        if key not in app.config and os.environ.get(key, "").strip():
            app.config[key] = os.environ[key].strip()
        app.config.setdefault(key, value)
        try:
            parse_many(str(app.config[key]))
        except ValueError:
            raise ValueError(f"{key} is not a rate limit such as '5 per hour': {app.config[key]!r}") from None
    env_enabled = _enabled_from_env()
    if env_enabled is not None and "RATELIMIT_ENABLED" not in app.config:
        app.config["RATELIMIT_ENABLED"] = env_enabled
    app.config["RATELIMIT_STORAGE_URI"] = storage_uri(app.config)
    # One Redis may serve several sites (and test runs): each instance counts on its own.
    app.config.setdefault("RATELIMIT_KEY_PREFIX",
                          "phoei-" + hashlib.sha256(str(app.instance_path).encode()).hexdigest()[:10])
    # No X-RateLimit-* on every response; a 429 says Retry-After (below).
    app.config.setdefault("RATELIMIT_HEADERS_ENABLED", False)
    app.config.setdefault("RATELIMIT_STRATEGY", "moving-window")
    if app.config["RATELIMIT_STORAGE_URI"].startswith("redis"):
        app.config.setdefault("RATELIMIT_STORAGE_OPTIONS", {"socket_connect_timeout": 2, "socket_timeout": 2})
    limiter = Limiter(key_func=address_key, app=app, in_memory_fallback_enabled=True,
                      key_prefix=str(app.config["RATELIMIT_KEY_PREFIX"]))
    for endpoint, rl in ROUTE_LIMITS.items():
        view = app.view_functions.get(endpoint)
        if view is None:  # a renamed view must not lose its limit silently
            raise RuntimeError(f"rate limit for an unknown endpoint: {endpoint}")
        limit = limiter.limit(lambda k=rl.config_key: str(current_app.config[k]),  # type: ignore[misc]
                              key_func=_user_key if rl.whose == "user" else address_key,
                              methods=list(rl.methods) if rl.methods else None,
                              exempt_when=_signed_in if rl.anonymous_only else None,
                              deduct_when=_redirected if rl.count_redirects_only else None)
        app.view_functions[endpoint] = limit(view)  # type: ignore[assignment]
    for name, config_key in BLUEPRINT_LIMITS.items():
        whole = limiter.limit(lambda k=config_key: str(current_app.config[k]),  # type: ignore[misc]
                              key_func=_user_key)
        whole(app.blueprints[name])  # type: ignore[call-overload]  # Flask's Blueprint is flask-limiter's
    app.extensions["phoei.limiter"] = limiter
    app.extensions["phoei.login_guard"] = LoginGuard(limiter)

    @app.errorhandler(429)
    def too_many(exc: Any) -> ResponseReturnValue:
        from flask import render_template
        from flask_babel import gettext as _

        current = limiter.current_limit
        wait = math.ceil(current.reset_at - time.time()) if current is not None and current.breached else 60
        wait = max(1, wait)
        if request.endpoint == "public.feedback_form" and current is not None:
            title = _("ส่งเรื่องบ่อยเกินไป")
            detail = _("ท่านส่งเรื่องครบ %(n)d เรื่องในช่วงเวลานี้แล้ว กรุณาลองใหม่ในอีกประมาณ %(m)d นาที "
                       "หรือติดต่อหน่วยงานทางโทรศัพท์หรืออีเมล", n=current.limit.amount, m=-(-wait // 60))
        else:
            title = _("มีคำขอมากเกินไป")
            detail = _("ท่านส่งคำขอถี่เกินกว่าที่ระบบรับได้ กรุณารอสักครู่แล้วลองใหม่")
        if request.accept_mimetypes.best == "application/json" or request.is_json or request.path.startswith("/api/"):
            from flask import jsonify

            resp = jsonify(error=title, detail=detail)
        else:
            from flask import make_response

            resp = make_response(render_template("error.html", code=429, title=title, detail=detail))
        resp.status_code = 429
        resp.headers["Retry-After"] = str(wait)
        return resp

    return limiter


class LoginGuard:
    """Failed sign-ins counted per account and per client address; refuse while either is over.

    Uses the limiter's storage; while that is unreachable (Redis down), a memory store of this process.
    """

    def __init__(self, limiter: Any) -> None:
        from limits.storage import MemoryStorage

        self.limiter = limiter
        self._fallback = MemoryStorage()

    def _tiers(self, config_key: str) -> list[Any]:
        from limits import parse_many

        return list(parse_many(str(current_app.config[config_key])))

    def _keys(self, username: str, addr_key: str) -> list[tuple[str, list[Any]]]:
        prefix = str(current_app.config.get("RATELIMIT_KEY_PREFIX", "phoei"))
        return [(f"{prefix}/lockout/account/{account_key(username)}", self._tiers("PHOEI_LOCKOUT_ACCOUNT")),
                (f"{prefix}/lockout/address/{addr_key}", self._tiers("PHOEI_LOCKOUT_ADDRESS"))]

    def _run(self, fn: Any, default: Any) -> Any:
        from limits.strategies import MovingWindowRateLimiter

        if not current_app.config.get("RATELIMIT_ENABLED", True):
            return default
        try:
            return fn(MovingWindowRateLimiter(self.limiter.storage))
        except Exception:  # storage unreachable: never a 500 at sign-in, and the lockout holds
            log.warning("lockout storage unreachable; counting in this process", exc_info=True)
            return fn(MovingWindowRateLimiter(self._fallback))

    def wait_seconds(self, username: str, addr_key: str | None = None) -> int:
        """Seconds until this account may try again from this address (0: it may now)."""
        keys = self._keys(username, addr_key or address_key())

        def check(strategy: Any) -> int:
            wait = 0.0
            for key, tiers in keys:
                for item in tiers:
                    if not strategy.test(item, key):
                        stats = strategy.get_window_stats(item, key)
                        wait = max(wait, stats.reset_time - time.time(), 1.0)
            return int(wait + 0.999)

        return int(self._run(check, 0))

    def failed(self, username: str, addr_key: str | None = None) -> None:
        keys = self._keys(username, addr_key or address_key())

        def hit(strategy: Any) -> None:
            for key, tiers in keys:
                for item in tiers:
                    strategy.hit(item, key)

        self._run(hit, None)

    def succeeded(self, username: str) -> None:
        key, tiers = self._keys(username, "-")[0]

        def clear(strategy: Any) -> None:
            for item in tiers:
                strategy.clear(item, key)

        self._run(clear, None)


def login_guard() -> LoginGuard:
    return current_app.extensions["phoei.login_guard"]  # type: ignore[no-any-return]
