"""Staff pages: dashboard, upload, my uploads, job progress, the staff view of an item (metadata,
workflow buttons with comments, history and versions), the content tree and the feedback queue."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, flash, jsonify, redirect, render_template, request, send_file, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import MultipleFileField
from wtforms import StringField
from wtforms.validators import DataRequired

from library import audit, content, currency, feedback, lifecycle, oversight, redaction, rescan, typed, versions
from library import workflow as wf
from library.content_types import OIA_CATEGORIES, TYPES
from library.errors import Forbidden, Invalid, InvalidTransition, NotFound
from library.models import Content, DocumentFile, LinkCheck
from library.security import may
from webui import jobs
from webui.auth import safe_next
from webui.dates import read_dates
from webui.messages import JOB_ERRORS, JOB_PHASES, JOB_STATES
from webui.services import begin_write, commit, db, end_read, form_action, principal, services, staff_required
from webui.uploads import BadUpload, CheckedFile, check
from worker.jobs import get_status

bp = Blueprint("staff", __name__, url_prefix="/staff")

DATE_FIELDS = ("document_date", "review_by", "effective", "expires")


def date_labels() -> dict[str, str]:
    return {"document_date": _("ลงวันที่"), "review_by": _("กำหนดทบทวนความเป็นปัจจุบัน"),
            "effective": _("เริ่มเผยแพร่"), "expires": _("สิ้นสุดการเผยแพร่")}


def _max_mb() -> int:
    return max(1, services().library.config.max_upload_bytes // 1_000_000)


def staff_item(uid: str) -> Content:
    try:
        item = content.get(db(), uid)
    except NotFound:
        abort(404)
    if item.deleted_at is not None or not may(principal(), wf.VIEW, item):
        abort(404)
    return item


def addable_folders() -> list[Content]:
    s, p = db(), principal()
    return [c for _d, c in content.tree(s, p, depth=8) if c.is_folder and may(p, wf.ADD, c)]


def job_view(f: DocumentFile | None) -> dict[str, Any]:
    """The state of a file's jobs, in words for the page and numbers for the progress bar."""
    if f is None:
        return {"kind": "none"}
    huey = services().huey
    a = get_status(huey, "analyse", f.id) or {}
    ap = get_status(huey, "apply", f.id) or {}
    out: dict[str, Any] = {"file_id": f.id, "analysed": f.analysed_at is not None}
    current = ap if ap and ap.get("state") in ("queued", "running") else a
    kind = "apply" if current is ap and ap else "analyse"
    state = current.get("state") or ("done" if f.analysed_at else "queued")
    out.update(kind=kind, state=state, state_text=str(JOB_STATES.get(state, state)),
               phase_text=str(JOB_PHASES.get(current.get("phase", ""), "")), done=current.get("done", 0),
               total=current.get("total", 0))
    if state in ("error", "failed"):
        out["error"] = str(JOB_ERRORS.get(current.get("code", "internal"), JOB_ERRORS["internal"]))
    if a.get("state") == "error" and not f.analysed_at:
        out.update(kind="analyse", state="error", state_text=str(JOB_STATES["error"]),
                   error=str(JOB_ERRORS.get(a.get("code", "internal"), JOB_ERRORS["internal"])))
    out["busy"] = out["state"] in ("queued", "running")
    out["count_text"] = _("หน้า %(done)d/%(total)d", done=out["done"], total=out["total"]) if out["total"] else ""
    return out


@bp.route("/")
@staff_required
def dashboard() -> ResponseReturnValue:
    s, p = db(), principal()
    mine = content.uploads_of(s, p, limit=10)
    queue = content.review_queue(s, p)
    fb = feedback.queue(s, p, limit=10)
    due = [i for i in content.due_for_review(s, within_days=30) if may(p, wf.CONFIRM_CURRENT, i)][:10]
    # Re-scans of the published library: this month's figures, and the findings this user may answer.
    rescans = oversight.rescan_figures(s, oversight.month_of(oversight.today_bangkok()))
    return render_template("staff/dashboard.html", mine=mine, queue=queue, feedback=fb, due=due, rescans=rescans,
                           rescan_open=len(rescan.open_findings(s, p)),
                           files={i.id: s.get(DocumentFile, i.current_file_id) for i in mine + queue
                                  if i.current_file_id})


# --- upload ----------------------------------------------------------------------------


def _strip(value: str | None) -> str:
    return (value or "").strip()


class UploadForm(FlaskForm):
    """The upload form's own fields; the date boxes are ``webui.dates`` fields (``read_dates``), and
    the folder must be one the user may add to (``upload``). CSRF is checked for every POST already
    (``CSRFProtect``)."""

    class Meta:
        csrf = False

    folder = StringField("folder", filters=[_strip])
    title = StringField("title", filters=[_strip], validators=[DataRequired(_l("กรุณาระบุชื่อเรื่อง"))])
    oia_category = StringField("oia_category", filters=[_strip])
    document_number = StringField("document_number", filters=[_strip])
    description = StringField("description", filters=[_strip])
    files = MultipleFileField("files", validators=[DataRequired(_l("กรุณาเลือกไฟล์อย่างน้อยหนึ่งไฟล์"))])
    submit_for_review = StringField("submit_for_review")


@bp.route("/upload", methods=["GET", "POST"])
@staff_required
def upload() -> ResponseReturnValue:
    s = db()
    folders = addable_folders()
    form = UploadForm()
    values = {k: form[k].data for k in ("folder", "title", "oia_category", "document_number", "description")}
    values.update({k: _strip(request.form.get(k)) for k in ("document_date", "review_by")})
    if request.method == "GET":
        values["folder"] = request.args.get("folder", "")
        return render_template("staff/upload.html", folders=folders, values=values, errors=[], submit=True,
                               max_mb=_max_mb())
    form.validate()
    errors: list[str] = []
    folder = next((f for f in folders if str(f.id) == form.folder.data), None)
    if folder is None:
        errors.append(_("กรุณาเลือกหมวดหมู่/โฟลเดอร์ที่จะจัดเก็บ"))
    errors += [str(e) for e in form.title.errors]
    dates, date_errors = read_dates(request.form, ("document_date", "review_by"), date_labels())
    errors += date_errors
    files = form.files.data or []
    errors += [str(e) for e in form.files.errors]
    if len(files) > int(services().config["PHOEI_MAX_FILES"]):
        errors.append(_("อัปโหลดได้ครั้งละไม่เกิน %(n)d ไฟล์", n=int(services().config["PHOEI_MAX_FILES"])))
    checked = []
    limit = services().library.config.max_upload_bytes
    end_read()  # checking the files takes time: hold no lock meanwhile
    for fs in files:
        try:
            checked.append(check(fs.filename or "", fs.read(limit + 1), limit))
        except BadUpload as bad:
            errors.append(f"{bad.filename}: {bad.message}")
    submit_now = form.submit_for_review.data == "1"
    if errors:
        if files and any(": " in e for e in errors):
            errors.append(_("ไม่มีการบันทึกไฟล์ใด ๆ กรุณาแก้ไขแล้วอัปโหลดใหม่"))
        return render_template("staff/upload.html", folders=folders, values=values, errors=errors,
                               submit=submit_now, max_mb=_max_mb()), 400
    assert folder is not None
    fields: dict[str, Any] = {k: form[k].data for k in ("document_number", "description") if form[k].data}
    fields.update({k: v for k, v in dates.items() if v is not None})
    if form.oia_category.data:
        fields["oia_category"] = form.oia_category.data
    try:
        created = accept_upload(folder, form.title.data, checked, fields, submit_now)
    except Invalid as exc:
        s.rollback()
        return render_template("staff/upload.html", folders=folders, values=values, errors=[str(exc)],
                               submit=submit_now, max_mb=_max_mb()), 400
    flash(_("อัปโหลดแล้ว %(n)d ไฟล์ ระบบกำลังวิเคราะห์เอกสารอยู่เบื้องหลัง", n=len(created)), "success")
    if len(created) == 1:
        return redirect(url_for("staff.item", uid=created[0][0].uid))
    return redirect(url_for("staff.mine"))


@bp.route("/uploads")
@staff_required
def mine() -> ResponseReturnValue:
    s, p = db(), principal()
    items = content.uploads_of(s, p)
    files = {i.id: s.get(DocumentFile, i.current_file_id) for i in items if i.current_file_id}
    return render_template("staff/mine.html", items=items, files=files, jobs={i: job_view(f) for i, f in files.items()})


@bp.route("/jobs/<int:file_id>.json")
@staff_required
def job_status(file_id: int) -> ResponseReturnValue:
    s = db()
    f = s.get(DocumentFile, file_id)
    if f is None:
        abort(404)
    staff_item(redaction.item_of(s, f).uid)
    return jsonify(job_view(f))


# --- one item --------------------------------------------------------------------------


@bp.route("/item/<uid>")
@staff_required
def item(uid: str) -> ResponseReturnValue:
    s, p = db(), principal()
    it = staff_item(uid)
    f = s.get(DocumentFile, it.current_file_id) if it.current_file_id else None
    transitions = lifecycle.available(p, it)
    blockers = {t.id: lifecycle.blockers(s, it, t.id) for t in transitions}
    ver = redaction.latest_verification(s, f) if f else None
    children = content.list_folder(s, p, it, per_page=200) if it.is_folder else None
    can_history = may(p, wf.VIEW_HISTORY, it)  # workflow history, versions and audit trail alike
    may_name = it.is_folder and may(p, wf.CONFIGURE, it)
    link_check = s.get(LinkCheck, it.id) if it.type == "link" else None
    return render_template(
        "staff/item.html", item=it, file=f, job=job_view(f), transitions=transitions, blockers=blockers,
        verification=ver, can_history=can_history, text_check=typed.current_text_document(s, it),
        history=lifecycle.history(s, it) if can_history else [],
        versions=versions.history(s, it) if can_history else [],
        events=audit.events_for(s, it, limit=50) if can_history else [],
        crumbs=content.ancestors(s, it), children=children, may=lambda a: may(p, a, it),
        types=[t for t in TYPES.values()], oia=OIA_CATEGORIES, four_eyes=four_eyes_blocks(it, "publish"),
        responsible=currency.responsible_for(s, it), may_name=may_name, link_check=link_check,
        candidates=currency.staff_candidates(s) if may_name else [],
        editable=[n for n in ("title", "description", "document_number", "document_date", "review_by",
                              "oia_category", "effective", "expires", "source_agency", "body", "remote_url")
                  if n in TYPES[it.type].editable_fields])


def four_eyes_blocks(it: Content, action: str = wf.REDACT, f: DocumentFile | None = None) -> bool:
    """The four-eyes rule (``library.redaction.four_eyes_problem``) when ``PHOEI_FOUR_EYES`` is on (the default);
    ``f``: the file or typed-text check being decided (the item's current file when None)."""
    return four_eyes_reason(it, action, f) is not None


def four_eyes_reason(it: Content, action: str = wf.REDACT, f: DocumentFile | None = None) -> str | None:
    """Why the four-eyes rule stops the principal here (``four_eyes_blocks``), or None."""
    if not services().config.get("PHOEI_FOUR_EYES"):
        return None
    return redaction.four_eyes_problem(db(), principal(), it, action, f)


def transition_item(it: Content, action: str, comment: str) -> None:
    """A workflow transition as staff make it (web page and API): four-eyes before publishing, then
    ``lifecycle.transition`` (its permission and blockers). Raises ``Forbidden`` with the reason."""
    if action == "publish" and (why := four_eyes_reason(it, "publish")):
        raise Forbidden(why)
    lifecycle.transition(db(), principal(), it, action, comment)


def accept_upload(folder: Content, title: str, checked: list[CheckedFile], fields: dict[str, Any],
                  submit_now: bool) -> list[tuple[Content, DocumentFile]]:
    """Store checked files as new items in ``folder`` (one each), commit, and queue their analysis
    (web page and API). ``Invalid`` when the library refuses; nothing is stored then."""
    created = redaction.upload_files(db(), principal(), folder, [(cf.data, cf.filename) for cf in checked], title,
                                     submit_comment=_("อัปโหลดและส่งตรวจสอบ") if submit_now else None, **fields)
    commit()
    for _item, f in created:
        jobs.enqueue_analysis(services(), f.id)
    return created


@bp.route("/item/<uid>/transition", methods=["POST"])
@staff_required
def transition(uid: str) -> ResponseReturnValue:
    it = staff_item(uid)
    action = request.form.get("action", "")
    comment = request.form.get("comment", "")
    if action == "publish" and four_eyes_blocks(it, "publish"):
        flash(_("ผู้อัปโหลดหรือผู้เขียนข้อความไม่สามารถอนุมัติเผยแพร่เรื่องของตนเองได้ (หลักสี่ตา)"), "error")
        return redirect(url_for("staff.item", uid=uid))
    done, _result = form_action(lambda: transition_item(it, action, comment),
                                lambda why: _("ดำเนินการไม่ได้: %(why)s", why=why),
                                (Invalid, InvalidTransition, Forbidden))
    if not done:
        return redirect(safe_next(request.form.get("back"), url_for("staff.item", uid=uid)))
    flash(_("บันทึกแล้ว: %(state)s", state=wf.state(it.flow, it.state).title_th), "success")
    back = safe_next(request.form.get("back"), "")
    return redirect(back if back.startswith("/staff/") else url_for("staff.item", uid=uid))


@bp.route("/item/<uid>/edit", methods=["POST"])
@staff_required
def edit(uid: str) -> ResponseReturnValue:
    s, p = db(), principal()
    it = staff_item(uid)
    allowed = TYPES[it.type].editable_fields
    changes: dict[str, Any] = {k: request.form.get(k, "") for k in request.form if k in allowed}
    dates, date_errors = read_dates(request.form, [k for k in DATE_FIELDS if k in allowed], date_labels())
    if date_errors:
        flash(_("บันทึกไม่ได้: %(why)s", why="; ".join(date_errors)), "error")
        return redirect(url_for("staff.item", uid=uid))
    changes.update(dates)
    done, changed = form_action(lambda: content.update_item(s, p, it, note=request.form.get("note", ""), **changes),
                                lambda why: _("บันทึกไม่ได้: %(why)s", why=why))
    if not done:
        return redirect(url_for("staff.item", uid=uid))
    flash(_("บันทึกการแก้ไขแล้ว (%(n)d ช่อง)", n=len(changed)) if changed else _("ไม่มีการเปลี่ยนแปลง"), "success")
    return redirect(url_for("staff.item", uid=uid))


@bp.route("/item/<uid>/responsible", methods=["POST"])
@staff_required
def set_responsible(uid: str) -> ResponseReturnValue:
    """Name the folder's responsible officer (site administrators); empty clears it."""
    from library.models import User

    s, p = db(), principal()
    it = staff_item(uid)
    raw = request.form.get("user_id", "").strip()
    user = s.get(User, int(raw)) if raw.isdigit() else None
    if raw and user is None:
        abort(400)
    done, _result = form_action(lambda: currency.set_responsible(s, p, it, user),
                                lambda why: _("บันทึกไม่ได้: %(why)s", why=why), (Invalid, Forbidden))
    if not done:
        return redirect(url_for("staff.item", uid=uid))
    flash(_("บันทึกผู้รับผิดชอบแล้ว") if user else _("ยกเลิกผู้รับผิดชอบของโฟลเดอร์นี้แล้ว"), "success")
    return redirect(url_for("staff.item", uid=uid))


@bp.route("/item/<uid>/revert/<int:number>", methods=["POST"])
@staff_required
def revert(uid: str, number: int) -> ResponseReturnValue:
    s, p = db(), principal()
    it = staff_item(uid)
    if form_action(lambda: versions.revert(s, p, it, number))[0]:
        flash(_("ย้อนกลับเป็นฉบับที่ %(n)d แล้ว", n=number), "success")
    return redirect(url_for("staff.item", uid=uid))


@bp.route("/item/<uid>/file", methods=["POST"])
@staff_required
def replace_file(uid: str) -> ResponseReturnValue:
    """A new original for a file item (a new version; analysed again in the worker)."""
    s, p = db(), principal()
    it = staff_item(uid)
    fs = request.files.get("file")
    limit = services().library.config.max_upload_bytes
    try:
        if fs is None or not fs.filename:
            raise BadUpload("", _("กรุณาเลือกไฟล์"), "empty")
        end_read()
        cf = check(fs.filename, fs.read(limit + 1), limit)
        f = redaction.upload(s, p, it, cf.data, cf.filename)
        commit()
    except BadUpload as bad:
        flash(f"{bad.filename}: {bad.message}" if bad.filename else bad.message, "error")
        return redirect(url_for("staff.item", uid=uid))
    jobs.enqueue_analysis(services(), f.id)
    flash(_("อัปโหลดไฟล์ใหม่แล้ว ระบบกำลังวิเคราะห์"), "success")
    return redirect(url_for("staff.item", uid=uid))


@bp.route("/item/<uid>/original")
@staff_required
def original(uid: str) -> ResponseReturnValue:
    """The unredacted original, for staff who may see it; every download is in the audit log."""
    import io

    s, p = db(), principal()
    it = staff_item(uid)
    if it.current_file_id is None:
        abort(404)
    begin_write()
    f = redaction.file_of(s, it.current_file_id)
    data = redaction.open_original(s, p, f, reason="staff download")
    commit()
    return send_file(io.BytesIO(data), mimetype=f.media_type, as_attachment=True,
                     download_name=f"original-{it.slug}{'.pdf' if f.format == 'pdf' else '.docx'}")


@bp.route("/item/<uid>/add", methods=["POST"])
@staff_required
def add(uid: str) -> ResponseReturnValue:
    s, p = db(), principal()
    folder = staff_item(uid)
    type_id = request.form.get("type", "")
    if type_id == "file":
        return redirect(url_for("staff.upload", folder=folder.id))
    fields = {k: request.form.get(k, "") for k in ("title", "description", "body", "remote_url")
              if k in request.form and (k == "title" or request.form.get(k))}

    def create() -> Content:
        if type_id not in TYPES:
            raise Invalid(_("ประเภทเนื้อหาไม่ถูกต้อง"))
        return content.create(s, p, folder, type_id,
                              **{k: v for k, v in fields.items() if k in TYPES[type_id].editable_fields})

    done, new = form_action(create, lambda why: _("สร้างไม่ได้: %(why)s", why=why))
    if not done or new is None:
        return redirect(url_for("staff.item", uid=uid))
    flash(_("สร้างแล้ว"), "success")
    return redirect(url_for("staff.item", uid=new.uid))


@bp.route("/tree")
@staff_required
def tree() -> ResponseReturnValue:
    s, p = db(), principal()
    rows = content.tree(s, p, depth=6)
    return render_template("staff/tree.html", rows=rows, may=may, p=p)


# --- feedback ----------------------------------------------------------------------------


@bp.route("/feedback")
@staff_required
def feedback_queue() -> ResponseReturnValue:
    s, p = db(), principal()
    show = request.args.get("show", "open")
    statuses = feedback.OPEN_STATUSES if show == "open" else tuple(feedback.STATUSES)
    rows = feedback.queue(s, p, statuses=statuses)
    return render_template("staff/feedback.html", rows=rows, show=show, transitions=feedback.FEEDBACK_TRANSITIONS)


@bp.route("/feedback/<int:fid>", methods=["POST"])
@staff_required
def feedback_change(fid: int) -> ResponseReturnValue:
    s, p = db(), principal()
    fb = feedback.get(s, p, fid)
    action, response = request.form.get("action", ""), request.form.get("response", "")
    if form_action(lambda: feedback.change(s, p, fb, action, response))[0]:
        flash(_("บันทึกแล้ว"), "success")
    return redirect(url_for("staff.feedback_queue"))


@bp.route("/due")
@staff_required
def due() -> ResponseReturnValue:
    s, p = db(), principal()
    rows = [i for i in content.due_for_review(s, within_days=60) if may(p, wf.VIEW, i)]
    return render_template("staff/due.html", rows=rows)


@bp.route("/item/<uid>/confirm", methods=["POST"])
@staff_required
def confirm(uid: str) -> ResponseReturnValue:
    s, p = db(), principal()
    it = staff_item(uid)
    dates, date_errors = read_dates(request.form, ("review_by",), date_labels())
    review_by = dates.get("review_by")
    if date_errors or review_by is None:
        flash("; ".join(date_errors) or _("กรุณากรอกวันที่ทบทวนครั้งถัดไป"), "error")
        return redirect(url_for("staff.item", uid=uid))
    if form_action(lambda: content.confirm_current(s, p, it, review_by, request.form.get("note", "")))[0]:
        flash(_("ยืนยันว่าข้อมูลเป็นปัจจุบันแล้ว"), "success")
    return redirect(url_for("staff.item", uid=uid))


# --- personal API tokens -----------------------------------------------------------------------

TOKEN_DAYS = (30, 90, 180, 365)


def _tokens_page(new_token: str | None = None, status: int = 200) -> ResponseReturnValue:
    from library import api_tokens

    p = principal()
    assert p.user_id is not None
    rows = api_tokens.tokens_of(db(), p.user_id)
    return render_template("staff/tokens.html", rows=rows, live={t.id for t in rows if api_tokens.is_live(t)},
                           new_token=new_token, days=TOKEN_DAYS, default_days=api_tokens.DEFAULT_DAYS), status


@bp.route("/tokens")
@staff_required
def tokens() -> ResponseReturnValue:
    """The user's own personal API tokens (``webui.api_staff``): make one, see when each was used, revoke."""
    return _tokens_page()


@bp.route("/tokens", methods=["POST"])
@staff_required
def token_create() -> ResponseReturnValue:
    """A new token, shown on this one answer and never again (only its SHA-256 is kept)."""
    from library import api_tokens

    try:
        days = int(request.form.get("days", ""))
    except ValueError:
        days = 0
    done, made = form_action(lambda: api_tokens.create(db(), principal(), request.form.get("name", ""), days),
                             lambda why: _("สร้างโทเค็นไม่ได้: %(why)s", why=why))
    if not done or made is None:
        return _tokens_page(status=400)
    flash(_("สร้างโทเค็นแล้ว คัดลอกเก็บไว้ตอนนี้ ระบบจะไม่แสดงโทเค็นนี้อีก"), "success")
    return _tokens_page(new_token=made[0])


@bp.route("/tokens/<int:token_id>/revoke", methods=["POST"])
@staff_required
def token_revoke(token_id: int) -> ResponseReturnValue:
    from library import api_tokens

    try:
        row = api_tokens.revoke(db(), principal(), token_id)
        if row.user_id != principal().user_id:
            raise NotFound(f"no API token {token_id}")  # this page lists only one's own
        commit()
    except NotFound:
        db().rollback()
        abort(404)
    flash(_("ยกเลิกโทเค็นแล้ว"), "success")
    return redirect(url_for("staff.tokens"))
