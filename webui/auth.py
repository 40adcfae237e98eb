"""Signing in and out; passwords hashed with Argon2id (argon2-cffi)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from flask import Blueprint, flash, make_response, redirect, render_template, request, session, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user, login_user, logout_user
from flask_wtf import FlaskForm
from wtforms import PasswordField, StringField
from wtforms.validators import DataRequired, EqualTo, Length

from webui.services import commit, db, login_required

bp = Blueprint("auth", __name__)

MIN_PASSWORD = 10


def _hasher() -> Any:
    """Argon2id with the parameters of ``library.passwords`` (OWASP / RFC 9106; tunable, checked)."""
    from library.passwords import hasher

    return hasher()


COMMON_PASSWORDS_FILE = Path(__file__).with_name("data") / "common-passwords.txt"


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    """The shipped list of common passwords (lower-cased; ``#`` lines are its header)."""
    lines = COMMON_PASSWORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(x.strip().lower() for x in lines if x.strip() and not x.startswith("#"))


def password_problem(password: str) -> str | None:
    """Why ``password`` is refused, or None: too short, too few different characters, or common.

    Common means: on the shipped list, ignoring case, also after dropping trailing digits and
    symbols (``password123``) or leading ones; runs of one character or a keyboard/alphabet
    sequence count as common too.
    """
    if len(password) < MIN_PASSWORD:
        return f"a password needs at least {MIN_PASSWORD} characters"
    if len(set(password)) < 4:
        return "a password needs at least 4 different characters"
    low = password.lower()
    common = common_passwords()
    stems = {low, low.rstrip("0123456789!@#$%^&*.-_ "), low.lstrip("0123456789!@#$%^&*.-_ ")}
    if any(stem in common for stem in stems if stem):
        return "this password is on the list of common passwords"
    if any(low in seq for seq in _SEQUENCES):
        return "a password may not be a keyboard or alphabet sequence"
    return None


_SEQUENCES = ("abcdefghijklmnopqrstuvwxyz", "zyxwvutsrqponmlkjihgfedcba", "qwertyuiopasdfghjklzxcvbnm",
              "01234567890", "09876543210", "1qaz2wsx3edc4rfv5tgb6yhn")


def hash_password(password: str) -> str:
    problem = password_problem(password)
    if problem is not None:
        from library.errors import Invalid

        raise Invalid(problem)
    return hash_password_unchecked(password)


def hash_password_unchecked(password: str) -> str:
    """Only for a password already in use (rehashing at sign-in): no policy check."""
    return str(_hasher().hash(password))


def check_password(stored: str | None, password: str) -> bool:
    from library.passwords import verify

    return verify(stored, password)


def _fingerprint(password_hash: str | None, session_version: int = 0) -> str:
    # The session id checked on every request against the database: changing the password, or
    # signing out (which raises ``session_version``), ends every session issued before.
    return hashlib.sha256(f"{password_hash or ''}|{session_version}".encode()).hexdigest()[:16]


def fingerprint_of(user: object) -> str:
    return _fingerprint(getattr(user, "password_hash", None), int(getattr(user, "session_version", 0) or 0))


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
    if user is None or not user.active or fingerprint_of(user) != fp:
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
    from library.roles import EXECUTIVE, EXTERNAL_SUBMITTER, OFFICER, REVIEWER, SITE_ADMIN

    if user_roles & {OFFICER, REVIEWER, SITE_ADMIN}:
        return url_for("staff.dashboard")
    if EXTERNAL_SUBMITTER in user_roles:
        return url_for("external.mine")
    if EXECUTIVE in user_roles:
        return url_for("oversight.dashboard")
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
def login() -> ResponseReturnValue:
    from library import audit
    from library.errors import NotFound
    from library.security import Principal

    form = LoginForm()
    if form.validate_on_submit():
        import time

        from library import users
        from webui.services import end_read
        from webui.throttle import address_key, login_guard

        name = form.username.data.strip().lower()
        guard, addr = login_guard(), address_key()
        wait = guard.wait_seconds(name, addr)
        if wait:
            # Refused before Argon2 runs: a guesser costs neither memory nor a database write.
            minutes = max(1, (wait + 59) // 60)
            flash(_("เข้าสู่ระบบไม่สำเร็จหลายครั้งเกินไป กรุณารออีกประมาณ %(n)d นาทีแล้วลองใหม่", n=minutes), "error")
            resp = make_response(render_template("auth/login.html", form=form), 429)
            resp.headers["Retry-After"] = str(wait)
            return resp
        s = db()
        try:
            user = users.get_user(s, name)
        except NotFound:
            user = None
        end_read()  # no transaction (and no lock) while Argon2 works
        ok = check_password(user.password_hash if user else None, form.password.data)
        if not (user is not None and ok and user.active):
            guard.failed(name, addr)
        if user is not None and ok and user.active:
            guard.succeeded(name)
            from library.passwords import needs_rehash

            if user.password_hash and needs_rehash(user.password_hash):
                # Made with older Argon2 parameters: store one with the current ones (the password is
                # at hand only now). Other sessions of this user end, as after a password change.
                user.password_hash = hash_password_unchecked(form.password.data)
                audit.record(s, Principal.of(user), "user.password_rehash", f"user:{user.username}")
            session.clear()
            login_user(WebUser(user.id, user.username, user.display_name, fingerprint_of(user)))
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
def logout() -> ResponseReturnValue:
    if current_user.is_authenticated:
        # Server-side end of the session: a copy of this cookie no longer matches the user's row.
        from sqlalchemy import update

        from library.models import User

        db().execute(update(User).where(User.id == int(current_user.user_id))
                     .values(session_version=User.session_version + 1))
        commit()
    logout_user()
    session.clear()
    flash(_("ออกจากระบบแล้ว"), "info")
    return redirect(url_for("public.home"))


@bp.route("/account/password", methods=["GET", "POST"])
@login_required
def change_password() -> ResponseReturnValue:
    from webui.services import principal

    form = PasswordForm()
    if form.validate_on_submit():
        from library import users

        s = db()
        user = users.get_user(s, int(current_user.user_id))
        if not check_password(user.password_hash, form.current.data):
            flash(_("รหัสผ่านปัจจุบันไม่ถูกต้อง"), "error")
        elif password_problem(form.new.data) is not None:
            flash(_("รหัสผ่านนี้คาดเดาง่ายเกินไป (อยู่ในรายการรหัสผ่านที่ใช้กันบ่อย หรือเป็นตัวอักษรเรียงกัน) "
                    "กรุณาตั้งรหัสผ่านอื่น"), "error")
        else:
            users.set_password(s, principal(), user, hash_password(form.new.data))
            commit()
            login_user(WebUser(user.id, user.username, user.display_name, fingerprint_of(user)))
            flash(_("เปลี่ยนรหัสผ่านแล้ว"), "success")
            return redirect(home_for(user.role_names))
    elif form.is_submitted():
        flash(_("รหัสผ่านใหม่ต้องยาวอย่างน้อย %(n)d ตัวอักษรและพิมพ์ให้ตรงกันทั้งสองช่อง", n=MIN_PASSWORD), "error")
    return render_template("auth/password.html", form=form)
