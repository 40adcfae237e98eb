"""Site administration: users and their roles, local roles on folders, folder settings, the agency
profile (the redactor's keep list) and the audit log."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _

from library import agency, audit, content, settings, users
from library.errors import Invalid, NotFound
from library.models import AgencyProfileRow
from library.roles import EXTERNAL_SUBMITTER, GLOBAL_ROLES, LOCAL_ROLES, SITE_ADMIN, TITLES_TH
from webui.auth import hash_password, safe_next
from webui.services import db, form_action, principal, role_required

bp = Blueprint("admin", __name__, url_prefix="/admin")
admin_required = role_required(SITE_ADMIN)


def _lines(name: str) -> list[str]:
    return [v.strip() for v in (request.form.get(name) or "").splitlines() if v.strip()]


@bp.route("/")
@admin_required
def index() -> ResponseReturnValue:
    return redirect(url_for("admin.user_list"))


@bp.route("/users", methods=["GET", "POST"])
@admin_required
def user_list() -> ResponseReturnValue:
    s, p = db(), principal()
    if request.method == "POST":
        roles = [r for r in request.form.getlist("roles") if r in GLOBAL_ROLES]
        pw = request.form.get("password", "")
        done, u = form_action(lambda: users.create_user(
            s, p, request.form.get("username", ""), display_name=request.form.get("display_name", "").strip(),
            email=request.form.get("email", "").strip() or None, roles=roles,
            agency=request.form.get("agency", "").strip() or None, password_hash=hash_password(pw) if pw else None))
        if done and u is not None:
            flash(_("เพิ่มผู้ใช้ %(u)s แล้ว", u=u.username), "success")
            return redirect(url_for("admin.user_list"))
    return render_template("admin/users.html", users=users.list_users(s), roles=GLOBAL_ROLES, titles=TITLES_TH,
                           grants={u.id: users.grants_of(s, u) for u in users.list_users(s)})


@bp.route("/users/<int:uid>", methods=["POST"])
@admin_required
def user_edit(uid: int) -> ResponseReturnValue:
    s, p = db(), principal()

    def save() -> str:
        u = users.get_user(s, uid)
        wanted = {r for r in request.form.getlist("roles") if r in GLOBAL_ROLES}
        for r in sorted(u.role_names - wanted):
            users.revoke_role(s, p, u, r)
        for r in sorted(wanted - u.role_names):
            users.grant_role(s, p, u, r)
        users.set_active(s, p, u, request.form.get("active") == "1")
        if request.form.get("password"):
            users.set_password(s, p, u, hash_password(request.form["password"]))
        return u.username

    done, username = form_action(save, refused=(Invalid, NotFound))
    if done:
        flash(_("บันทึกผู้ใช้ %(u)s แล้ว", u=username), "success")
    return redirect(url_for("admin.user_list"))


@bp.route("/roles", methods=["GET", "POST"])
@admin_required
def local_roles() -> ResponseReturnValue:
    s, p = db(), principal()
    if request.method == "POST":

        def save() -> None:
            folder = content.get(s, request.form.get("folder", ""))
            user = users.get_user(s, request.form.get("username", "").strip().lower())
            role = request.form.get("role", "")
            if request.form.get("op") == "revoke":
                users.revoke_local(s, p, folder, user, role)
            else:
                users.grant_local(s, p, folder, user, role)

        if form_action(save, refused=(Invalid, NotFound))[0]:
            flash(_("บันทึกสิทธิ์แล้ว"), "success")
        return redirect(url_for("admin.local_roles"))
    folders = [(d, c) for d, c in content.tree(s, p, depth=6) if c.is_folder]
    grants = {c.id: users.local_grants(s, c) for _d, c in folders}
    return render_template("admin/roles.html", folders=folders, grants=grants, local_roles=LOCAL_ROLES,
                           titles=TITLES_TH, users=[u for u in users.list_users(s)
                                                    if EXTERNAL_SUBMITTER not in u.role_names])


@bp.route("/folders/<uid>", methods=["POST"])
@admin_required
def folder_settings(uid: str) -> ResponseReturnValue:
    s, p = db(), principal()

    def save() -> None:
        content.configure_folder(s, p, content.get(s, uid),
                                 accepts_external=request.form.get("accepts_external") == "1",
                                 block_local_roles=request.form.get("block_local_roles") == "1",
                                 sort_order=request.form.get("sort_order") or None)

    if form_action(save, refused=(Invalid, NotFound))[0]:
        flash(_("บันทึกการตั้งค่าโฟลเดอร์แล้ว"), "success")
    return redirect(safe_next(request.form.get("back"), url_for("admin.local_roles")))


@bp.route("/profile", methods=["GET", "POST"])
@admin_required
def profile() -> ResponseReturnValue:
    s, p = db(), principal()
    if request.method == "POST":

        def save() -> None:
            if request.form.get("op") == "official":
                agency.add_official(s, p, request.form.get("name", ""), request.form.get("position", ""),
                                    executive=request.form.get("executive") == "1")
            elif request.form.get("op") == "leave":
                agency.leave_office(s, p, int(request.form.get("official_id", "0")))
            elif request.form.get("op") == "settings":
                # Agency-wide switches (library.settings); an unticked box is off.
                for key in settings.DEFAULTS:
                    value = request.form.get(key) == "1"
                    if value != settings.get(s, key):
                        settings.put(s, p, key, value)
            else:
                agency.update_profile(s, p, name=request.form.get("name", ""),
                                      name_en=request.form.get("name_en", ""),
                                      website=request.form.get("website", ""), addresses=_lines("addresses"),
                                      phones=_lines("phones"), fax=_lines("fax"), emails=_lines("emails"))

        if form_action(save, refused=(Invalid, NotFound, ValueError))[0]:
            flash(_("บันทึกข้อมูลหน่วยงานแล้ว"), "success")
        return redirect(url_for("admin.profile"))
    return render_template("admin/profile.html", profile=agency.profile_row(s) if s.get(AgencyProfileRow, 1)
                           else None, officials=agency.officials(s, in_office_only=False),
                           settings=settings.all_settings(s))


@bp.route("/audit")
@admin_required
def audit_log() -> ResponseReturnValue:
    s = db()
    return render_template("admin/audit.html", events=audit.recent(s, limit=200),
                           chain=audit.verify_chain(s) if request.args.get("verify") else None)
