"""Signing in and out; passwords hashed with Argon2id (argon2-cffi)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from urllib.parse import urlsplit

from flask import Blueprint, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_user, logout_user
from flask_wtf import FlaskForm
from wtforms import PasswordField, StringField
from wtforms.validators import DataRequired, EqualTo, Length

from webui.services import commit, db, login_required

bp = Blueprint("auth", __name__)

MIN_PASSWORD = 10


def _hasher():  # type: ignore[no-untyped-def]
    from argon2 import PasswordHasher

    return PasswordHasher()


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        from library.errors import Invalid

        raise Invalid(f"a password needs at least {MIN_PASSWORD} characters")
    return str(_hasher().hash(password))


def check_password(stored: str | None, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    if not stored:
        _hasher().hash("timing-equaliser")  # same work whether or not the account exists
        return False
    try:
        return bool(_hasher().verify(stored, password))
    except (VerificationError, InvalidHashError):
        return False


def _fingerprint(password_hash: str | None) -> str:
    # Part of the session id: changing the password signs out every other session.
    return hashlib.sha256((password_hash or "").encode()).hexdigest()[:16]


@dataclass
class WebUser:
    """What Flask-Login keeps for a signed-in user; the roles are re-read for every request."""

    user_id: int
    username: str
    display_name: str
    fingerprint: str
    is_active: bool = True
    is_authenticated: bool = True
    is_anonymous: bool = False

    def get_id(self) -> str:
        return f"{self.user_id}:{self.fingerprint}"


def load_user(token: str) -> WebUser | None:
    from library.models import User

    uid, _sep, fp = token.partition(":")
    if not uid.isdigit():
        return None
    user = db().get(User, int(uid))
    if user is None or not user.active or _fingerprint(user.password_hash) != fp:
        return None
    return WebUser(user.id, user.username, user.display_name, fp)


class LoginForm(FlaskForm):
    username = StringField("username", validators=[DataRequired(), Length(max=100)])
    password = PasswordField("password", validators=[DataRequired(), Length(max=500)])


class PasswordForm(FlaskForm):
    current = PasswordField("current", validators=[DataRequired()])
    new = PasswordField("new", validators=[DataRequired(), Length(min=MIN_PASSWORD, max=500)])
    confirm = PasswordField("confirm", validators=[DataRequired(), EqualTo("new")])


def safe_next(target: str | None, default: str) -> str:
    """Only paths on this site: never an open redirect."""
    if not target:
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return default
    return target


def home_for(user_roles: frozenset[str]) -> str:
    from library.roles import EXTERNAL_SUBMITTER, OFFICER, REVIEWER, SITE_ADMIN

    if user_roles & {OFFICER, REVIEWER, SITE_ADMIN}:
        return url_for("staff.dashboard")
    if EXTERNAL_SUBMITTER in user_roles:
        return url_for("external.mine")
    return url_for("public.home")


class FailedLogins:
    """Failed sign-ins, written to the audit log at most once per ``window`` seconds per account
    (with how many failed since the last row), so that an outsider guessing passwords cannot
    keep the database's write lock busy while staff work."""

    def __init__(self, window: float = 60.0) -> None:
        import threading

        self.window = window
        self._lock = threading.Lock()
        self._pending: dict[str, tuple[int, float]] = {}  # username -> (failures not yet written, last write)

    def note(self, username: str, now: float) -> int:
        """Count one failure; the number to write now (0: keep counting)."""
        with self._lock:
            count, last = self._pending.get(username, (0, float("-inf")))
            count += 1
            if now - last >= self.window:
                self._pending[username] = (0, now)
                return count
            self._pending[username] = (count, last)
            return 0


def failed_logins() -> FailedLogins:
    from flask import current_app

    return current_app.extensions.setdefault("phoei.failed_logins", FailedLogins())  # type: ignore[no-any-return]


@bp.route("/login", methods=["GET", "POST"])
def login():  # type: ignore[no-untyped-def]
    from library import audit
    from library.errors import NotFound
    from library.security import Principal

    form = LoginForm()
    if form.validate_on_submit():
        import time

        from library import users
        from webui.services import end_read

        s = db()
        try:
            user = users.get_user(s, form.username.data.strip().lower())
        except NotFound:
            user = None
        end_read()  # no transaction (and no lock) while Argon2 works
        ok = check_password(user.password_hash if user else None, form.password.data)
        if user is not None and ok and user.active:
            session.clear()
            login_user(WebUser(user.id, user.username, user.display_name, _fingerprint(user.password_hash)))
            audit.record(s, Principal.of(user), "user.login", f"user:{user.username}")
            commit()
            return redirect(safe_next(request.args.get("next"), home_for(user.role_names)))
        if user is not None:
            count = failed_logins().note(user.username, time.monotonic())
            if count:
                audit.record(s, Principal.anonymous(), "user.login_failed", f"user:{user.username}", count=count)
                commit()
        flash(_("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง"), "error")
    return render_template("auth/login.html", form=form), (400 if form.is_submitted() else 200)


@bp.route("/logout", methods=["POST"])
def logout():  # type: ignore[no-untyped-def]
    logout_user()
    session.clear()
    flash(_("ออกจากระบบแล้ว"), "info")
    return redirect(url_for("public.home"))


@bp.route("/account/password", methods=["GET", "POST"])
@login_required
def change_password():  # type: ignore[no-untyped-def]
    from webui.services import principal

    form = PasswordForm()
    if form.validate_on_submit():
        from library import users

        s = db()
        user = users.get_user(s, int(current_user.user_id))
        if not check_password(user.password_hash, form.current.data):
            flash(_("รหัสผ่านปัจจุบันไม่ถูกต้อง"), "error")
        else:
            users.set_password(s, principal(), user, hash_password(form.new.data))
            commit()
            login_user(WebUser(user.id, user.username, user.display_name, _fingerprint(user.password_hash)))
            flash(_("เปลี่ยนรหัสผ่านแล้ว"), "success")
            return redirect(home_for(user.role_names))
    elif form.is_submitted():
        flash(_("รหัสผ่านใหม่ต้องยาวอย่างน้อย %(n)d ตัวอักษรและพิมพ์ให้ตรงกันทั้งสองช่อง", n=MIN_PASSWORD), "error")
    return render_template("auth/password.html", form=form)
