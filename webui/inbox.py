"""The signed-in user's notifications: the unread count in the header, the inbox (open, mark read,
mark all read) and the preferences page (which events by e-mail and in the inbox, daily digest).

The texts come from ``library.notifications.events`` in the reader's language; every change is a
CSRF-protected POST, and a user only ever reaches their own notifications.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user

from library import notifications
from library.models import Notification
from library.notifications.events import EVENTS, USER_EVENTS
from webui.auth import safe_next
from webui.filters import lang
from webui.services import commit, db, login_required, services

bp = Blueprint("inbox", __name__, url_prefix="/account/notifications")
PER_PAGE = 30


def _user_id() -> int:
    return int(current_user.user_id)


@bp.app_context_processor
def unread_badge() -> dict[str, Any]:
    """``unread_notifications`` for the header (0 for visitors who are not signed in)."""
    if not current_user.is_authenticated:
        return {"unread_notifications": 0}
    return {"unread_notifications": notifications.unread_count(db(), _user_id())}


def view(n: Notification) -> dict[str, Any]:
    ev = EVENTS.get(n.event)
    if ev is None:  # an event this version does not know (a newer worker wrote it)
        return {"id": n.id, "subject": n.event, "detail": "", "path": "", "read": n.read_at is not None,
                "at": n.created_at, "event": n.event}
    return {"id": n.id, "event": n.event, "subject": ev.text("subject", lang(), n.params),
            "detail": ev.text("detail", lang(), n.params), "path": safe_next(ev.path(n.params), ""),
            "read": n.read_at is not None, "at": n.created_at}


@bp.route("/")
@login_required
def index() -> ResponseReturnValue:
    s, uid = db(), _user_id()
    unread_only = request.args.get("show") == "unread"
    page = max(1, request.args.get("page", 1, type=int) or 1)
    rows = notifications.inbox(s, uid, unread_only=unread_only, limit=PER_PAGE + 1, offset=(page - 1) * PER_PAGE)
    return render_template("account/inbox.html", rows=[view(n) for n in rows[:PER_PAGE]], page=page,
                           more=len(rows) > PER_PAGE, unread_only=unread_only,
                           unread=notifications.unread_count(s, uid))


@bp.route("/<int:nid>/read", methods=["POST"])
@login_required
def read(nid: int) -> ResponseReturnValue:
    """Mark one notification read; with ``open=1``, go on to what it is about."""
    s, uid = db(), _user_id()
    if not notifications.mark_read(s, uid, nid):
        abort(404)
    commit()
    n = s.get(Notification, nid)
    if request.form.get("open") == "1" and n is not None:
        target = view(n)["path"]
        if target:
            return redirect(target)
    return redirect(safe_next(request.form.get("back"), url_for("inbox.index")))


@bp.route("/read-all", methods=["POST"])
@login_required
def read_all() -> ResponseReturnValue:
    n = notifications.mark_all_read(db(), _user_id())
    commit()
    flash(_("ทำเครื่องหมายว่าอ่านแล้ว %(n)d รายการ", n=n), "success")
    return redirect(url_for("inbox.index"))


@bp.route("/preferences", methods=["GET", "POST"])
@login_required
def preferences() -> ResponseReturnValue:
    s, uid = db(), _user_id()
    if request.method == "POST":
        chosen = {e.id: {"in_app": request.form.get(f"{e.id}:in_app") == "1",
                         "email": request.form.get(f"{e.id}:email") == "1"} for e in USER_EVENTS}
        notifications.set_preferences(s, uid, chosen, request.form.get("digest") == "1")
        commit()
        flash(_("บันทึกการตั้งค่าการแจ้งเตือนแล้ว"), "success")
        return redirect(url_for("inbox.preferences"))
    from library import users

    user = users.get_user(s, uid)
    return render_template("account/preferences.html", prefs=notifications.preferences(s, uid),
                           events=[{"id": e.id, "title": e.title_th if lang() == "th" else e.title_en}
                                   for e in USER_EVENTS],
                           email=user.email or "", mail_on=bool(services().mail and services().mail.enabled))
