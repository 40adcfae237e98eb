"""The application factory's body: configuration, services, extensions, blueprints, headers."""

from __future__ import annotations

import os
import secrets
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from flask import Flask, Response, g, request

from webui.i18n import LANGUAGES
from worker.runtime import DEFAULTS as WORKER_DEFAULTS

DEFAULTS: dict[str, Any] = {
    "SESSION_COOKIE_HTTPONLY": True,
    "SESSION_COOKIE_SAMESITE": "Lax",
    "SESSION_COOKIE_SECURE": True,
    "REMEMBER_COOKIE_SECURE": True,
    "REMEMBER_COOKIE_HTTPONLY": True,
    "REMEMBER_COOKIE_SAMESITE": "Lax",
    "PERMANENT_SESSION_LIFETIME": timedelta(hours=8),
    "WTF_CSRF_TIME_LIMIT": 8 * 3600,
    "BABEL_DEFAULT_LOCALE": "th",
    "BABEL_DEFAULT_TIMEZONE": "Asia/Bangkok",
    "BABEL_TRANSLATION_DIRECTORIES": str(Path(__file__).with_name("translations")),
    # Four-eyes: whoever uploaded an item's current file may not decide, apply or publish it
    # (library.redaction.four_eyes_problem). On unless PHOEI_FOUR_EYES=0.
    "PHOEI_FOUR_EYES": True,
    # The job queue and page images (worker.runtime.DEFAULTS: PHOEI_JOBS, PHOEI_JOBS_NAME,
    # PHOEI_JOBS_IMMEDIATE, PHOEI_PAGE_ZOOM).
    **WORKER_DEFAULTS,
    "PHOEI_MAX_FILES": 20,
    # The site's public address for every absolute link, and the reverse proxies in front (webui.site).
    "PHOEI_SITE_URL": None,
    "PHOEI_TRUSTED_PROXIES": None,
    # Request bodies: every request (staff included) at most PHOEI_MAX_REQUEST_BYTES (None: room for
    # four files at the upload limit plus 1 MiB of form); a visitor who is not signed in at most
    # PHOEI_MAX_ANON_REQUEST_BYTES (the feedback form, the login form).
    "PHOEI_MAX_REQUEST_BYTES": None,
    "PHOEI_MAX_ANON_REQUEST_BYTES": 1024 * 1024,
    # Feedback from visitors who are not signed in: COUNT/SECONDS per client address (hashed, never stored).
}


def _env_flag(name: str) -> bool | None:
    v = os.environ.get(name)
    if v is None or v == "":
        return None
    return v.strip().lower() in ("1", "true", "yes", "on")


def _secret_key(instance: Path) -> str:
    """``PHOEI_SECRET_KEY``, or one made once and kept in the instance folder (mode 0600)."""
    env = os.environ.get("PHOEI_SECRET_KEY")
    if env:
        return env
    path = instance / "secret_key"
    if path.is_file():
        return path.read_text().strip()
    key = secrets.token_hex(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(key)
    return key


def build_app(test_config: dict[str, Any] | None = None) -> Flask:
    from flask_babel import Babel
    from flask_login import LoginManager
    from flask_wtf.csrf import CSRFProtect

    from library.config import load_config
    from webui.services import Services
    from worker.runtime import open_worker

    test_config = dict(test_config or {})
    config = load_config(instance=test_config.pop("PHOEI_INSTANCE", None),
                         database_url=test_config.pop("DATABASE_URL", None))
    if "PHOEI_MAX_UPLOAD_BYTES" in test_config:
        config = replace(config, max_upload_bytes=int(test_config.pop("PHOEI_MAX_UPLOAD_BYTES")))
    from library.private_files import private_dir

    private_dir(config.instance)

    app = Flask("webui", instance_path=str(config.instance), instance_relative_config=False)
    app.config.update(DEFAULTS)
    secure = _env_flag("PHOEI_SECURE_COOKIES")
    if secure is not None:
        app.config.update(SESSION_COOKIE_SECURE=secure, REMEMBER_COOKIE_SECURE=secure)
    four_eyes = _env_flag("PHOEI_FOUR_EYES")
    if four_eyes is not None:
        app.config["PHOEI_FOUR_EYES"] = four_eyes
    if os.environ.get("PHOEI_SITE_URL", "").strip():
        app.config["PHOEI_SITE_URL"] = os.environ["PHOEI_SITE_URL"].strip()
    for key in ("PHOEI_MAX_REQUEST_BYTES", "PHOEI_MAX_ANON_REQUEST_BYTES"):
        if os.environ.get(key, "").strip():
            app.config[key] = int(os.environ[key])
    app.config.update(test_config)
    if os.environ.get("PHOEI_FEEDBACK_RATE_LIMIT", "").strip() or "PHOEI_FEEDBACK_RATE_LIMIT" in app.config:
        # Renamed when feedback got one rate limit (webui.throttle): refuse rather than drop it silently.
        raise ValueError("PHOEI_FEEDBACK_RATE_LIMIT is no longer read: set the feedback rate limit with "
                         "PHOEI_LIMIT_FEEDBACK, e.g. '5 per hour'")
    from webui import site

    site.configure(app)
    from library.passwords import params_from

    params_from()  # PHOEI_ARGON2_* checked at start, not at the first sign-in
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = _secret_key(config.instance)
    if "SESSION_COOKIE_NAME" not in test_config:
        # The __Host- prefix: the browser only accepts it over HTTPS, for this host and path "/".
        app.config["SESSION_COOKIE_NAME"] = "__Host-phoei" if app.config["SESSION_COOKIE_SECURE"] else "phoei"
    # A request may carry several files; each file is checked against the library's own limit.
    # (Flask's defaults hold MAX_CONTENT_LENGTH as None, so it is set here, not setdefault-ed.)
    if app.config.get("PHOEI_MAX_REQUEST_BYTES") is None:
        app.config["PHOEI_MAX_REQUEST_BYTES"] = (config.max_upload_bytes * min(app.config["PHOEI_MAX_FILES"], 4)
                                                 + 1024 * 1024)
    if "MAX_CONTENT_LENGTH" not in test_config:
        app.config["MAX_CONTENT_LENGTH"] = int(app.config["PHOEI_MAX_REQUEST_BYTES"])

    def _staff_token() -> bool:
        """A staff API request with a live personal token (``webui.api_staff``): staff's body limit."""
        if not request.path.startswith("/api/v1/staff/"):
            return False
        from webui.api_staff import bearer

        return bearer() is not None

    @app.before_request
    def limit_body() -> None:
        """413 from the Content-Length header alone, before any of the body is read.

        Registered before CSRFProtect, whose check parses the form. Werkzeug enforces the same
        limit on a body without a length (chunked) as it reads.
        """
        from flask import abort, session

        limit = int(app.config["MAX_CONTENT_LENGTH"])
        if "_user_id" not in session and not _staff_token():
            limit = min(limit, int(app.config["PHOEI_MAX_ANON_REQUEST_BYTES"]))
        request.max_content_length = limit
        if request.content_length is not None and request.content_length > limit:
            abort(413)

    # The worker's runtime over the app's configuration (SMTP, links and retention settings included);
    # the web layer only enqueues its tasks.
    services = Services.of(open_worker(config, app.config), app.config)
    app.extensions["phoei"] = services

    CSRFProtect(app)

    def select_locale() -> str:
        lang = request.cookies.get("lang")
        if lang in LANGUAGES:
            return lang
        return "th"

    Babel(app, locale_selector=select_locale)

    login = LoginManager(app)
    login.login_view = "auth.login"
    login.session_protection = "strong"
    from flask_babel import lazy_gettext

    login.login_message = lazy_gettext("กรุณาเข้าสู่ระบบก่อน")
    login.login_message_category = "info"
    from webui.auth import load_user

    login.user_loader(load_user)

    from webui import admin, auth, dates, errors, external, filters, inbox, oversight, public, review, staff

    filters.register(app)
    dates.register(app)
    errors.register(app)
    for bp in (public.bp, auth.bp, staff.bp, review.bp, admin.bp, external.bp, oversight.bp, inbox.bp):
        app.register_blueprint(bp)
    from webui import api, throttle

    api.register(app)  # the read-only JSON catalogue and its OpenAPI document (/api/v1/)
    from webui import caching

    caching.install(app)  # ETags and stored renders of the citizens' pages; before the rate limits wrap them
    from webui import downloads

    # What a download address serves, per site version; download counts written in batches.
    app.extensions["phoei.downloads"] = downloads.ServedMemo()
    app.extensions["phoei.download_counts"] = downloads.DownloadCounter(
        services.library, downloads.flush_seconds(app.config))
    throttle.install(app)  # rate limits on sign-in, feedback, search and upload; sign-in lockout

    @app.teardown_appcontext
    def close_session(exc: BaseException | None) -> None:
        s = g.pop("db", None)
        if s is not None:
            if exc is not None:
                s.rollback()
            s.close()

    @app.after_request
    def security_headers(resp: Response) -> Response:
        h = resp.headers
        h.setdefault("Content-Security-Policy",
                     "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                     "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
                     "frame-ancestors 'self'")
        h.setdefault("X-Content-Type-Options", "nosniff")
        h.setdefault("Referrer-Policy", "same-origin")
        h.setdefault("X-Frame-Options", "SAMEORIGIN")
        h.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        # No other site's window keeps a handle on ours, and no other site embeds our responses.
        h.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        h.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        if app.config["SESSION_COOKIE_SECURE"]:
            h.setdefault("Strict-Transport-Security", "max-age=31536000")
        if request.endpoint and not request.endpoint.startswith(("public.", "static", "api.")):
            # Staff pages hold personal data: never cached anywhere.
            h["Cache-Control"] = "no-store"
        h.add("Vary", "Cookie")
        return resp

    return app
