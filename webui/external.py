"""Other agencies ask us to publish (seed guideline §3.1 (2), §3.2): an external submitter sends a
document, news item, announcement or link with a request note; the office screens it, then it
follows the normal review and redaction; the submitter follows its status and reads the reason
when it is returned."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _

from library import content, lifecycle, redaction
from library import workflow as wf
from library.content_types import TYPES
from library.errors import Forbidden, Invalid, InvalidTransition, NotFound
from library.models import Content
from library.roles import EXTERNAL_SUBMITTER
from library.security import may
from webui import jobs
from webui.services import commit, db, end_read, principal, role_required, services
from webui.uploads import BadUpload, check

bp = Blueprint("external", __name__, url_prefix="/submit")
submitter_required = role_required(EXTERNAL_SUBMITTER)
EXTERNAL_TYPES = [t for t in TYPES.values() if t.external]


def _folders() -> list[Content]:
    s, p = db(), principal()
    return [c for _d, c in content.tree(s, p, depth=6) if c.is_folder and may(p, wf.ADD, c)]


def _last_reason(item: Content) -> str:
    for h in reversed(lifecycle.history(db(), item)):
        if h.action in ("return", "retract") and h.comment:
            return h.comment
    return ""


@bp.route("/")
@submitter_required
def mine() -> ResponseReturnValue:
    s, p = db(), principal()
    items = content.uploads_of(s, p)
    rows: list[dict[str, Any]] = []
    for it in items:
        rows.append({"item": it, "reason": _last_reason(it) if it.state == "returned" else "",
                     "actions": lifecycle.available(p, it),
                     "history": lifecycle.history(s, it) if may(p, wf.VIEW_HISTORY, it) else []})
    return render_template("external/mine.html", rows=rows)


@bp.route("/new", methods=["GET", "POST"])
@submitter_required
def new() -> ResponseReturnValue:
    s, p = db(), principal()
    folders = _folders()
    form = {k: (request.form.get(k) or "").strip()
            for k in ("folder", "type", "title", "description", "body", "remote_url", "note")}
    if request.method == "GET":
        return render_template("external/new.html", folders=folders, types=EXTERNAL_TYPES, form=form, errors=[])
    errors: list[str] = []
    folder = next((f for f in folders if str(f.id) == form["folder"]), None)
    ctype = TYPES.get(form["type"])
    if folder is None:
        errors.append(_("กรุณาเลือกหมวดที่ขอเผยแพร่"))
    if ctype is None or not ctype.external:
        errors.append(_("กรุณาเลือกประเภทเนื้อหา"))
    if not form["title"]:
        errors.append(_("กรุณาระบุชื่อเรื่อง"))
    if not form["note"]:
        errors.append(_("กรุณาระบุบันทึกคำขอ (เหตุผลหรือรายละเอียดที่ขอเผยแพร่)"))
    checked = None
    if ctype is not None and ctype.has_file:
        fs = request.files.get("file")
        limit = services().library.config.max_upload_bytes
        if fs is None or not fs.filename:
            errors.append(_("กรุณาแนบไฟล์เอกสาร"))
        else:
            try:
                end_read()  # no lock held while the file is checked
                checked = check(fs.filename, fs.read(limit + 1), limit)
            except BadUpload as bad:
                errors.append(f"{bad.filename}: {bad.message}")
    if errors:
        return render_template("external/new.html", folders=folders, types=EXTERNAL_TYPES, form=form,
                               errors=errors), 400
    assert folder is not None and ctype is not None
    fields = {k: form[k] for k in ("description", "body", "remote_url") if form[k] and k in ctype.editable_fields}
    try:
        item = content.create(s, p, folder, ctype.id, title=form["title"], note=form["note"], **fields)
        f = redaction.upload(s, p, item, checked.data, checked.filename) if checked else None
        lifecycle.transition(s, p, item, "send", form["note"])
        commit()
    except Invalid as exc:
        s.rollback()
        return render_template("external/new.html", folders=folders, types=EXTERNAL_TYPES, form=form,
                               errors=[str(exc)]), 400
    if f is not None:
        jobs.enqueue_analysis(services(), f.id)
    flash(_("ส่งคำขอเผยแพร่แล้ว สำนักงานจะกลั่นกรองและแจ้งผลในหน้านี้"), "success")
    return redirect(url_for("external.mine"))


@bp.route("/<uid>/<action>", methods=["POST"])
@submitter_required
def act(uid: str, action: str) -> ResponseReturnValue:
    s, p = db(), principal()
    if action not in ("send", "recall", "resubmit"):
        abort(404)
    try:
        item = content.get(s, uid)
    except NotFound:
        abort(404)
    if item.owner_id != p.user_id:
        abort(404)
    try:
        lifecycle.transition(s, p, item, action, request.form.get("comment", ""))
        commit()
        flash(_("บันทึกแล้ว"), "success")
    except (Invalid, InvalidTransition, Forbidden) as exc:
        s.rollback()
        flash(str(exc), "error")
    return redirect(url_for("external.mine"))
