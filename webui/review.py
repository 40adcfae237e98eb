"""The review screen: page images with the proposed redactions drawn over them, a side list with
label, basis, score and explanation, decisions one by one or by label, manual boxes, apply, publish."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from flask import Blueprint, abort, flash, jsonify, redirect, render_template, request, send_file, session, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _

from library import content, lifecycle, redaction, renditions, rescan, typed
from library import workflow as wf
from library.errors import Invalid, NotReady
from library.models import Content, DocumentFile, RedactionDecision, Verification
from library.security import may
from redactor.types import BASES
from webui import jobs
from webui.messages import PAGES_NOTICES, PLACEMENTS
from webui.services import begin_write, commit, db, form_action, principal, services, staff_required
from webui.staff import four_eyes_blocks, job_view
from worker import layout, steps

bp = Blueprint("review", __name__, url_prefix="/staff/review")

CONTEXT = 40
T = TypeVar("T")


@dataclass(frozen=True)
class ContextWord:
    """A context word the detector found before the item, and what it did to the confidence."""

    word: str
    distance: int      # characters before the item where the word starts
    change: str = ""   # "เพิ่มความมั่นใจ 15 จุด", or "" when the word was required, not scored


@dataclass(frozen=True)
class Why:
    """The parts of a proposal's explanation (``redactor.explain.Explanation.parts()``, stored with the
    proposal), as the review screen lists them under its reason text."""

    pattern: str
    checksum: bool | None
    context: tuple[ContextWord, ...]
    changes: tuple[tuple[str, str], ...]  # other score changes: (reason, change)


def _points(delta: float) -> str:
    n = round(abs(delta) * 100)
    return _("เพิ่มความมั่นใจ %(n)d จุด", n=n) if delta >= 0 else _("ลดความมั่นใจ %(n)d จุด", n=n)


def why_of(parts: dict[str, Any] | None) -> Why | None:
    """The explanation's parts to show, or None (a row stored before parts were kept: its text only)."""
    if not parts:
        return None
    changes = [(str(c.get("reason", "")), float(c.get("delta", 0.0))) for c in parts.get("changes") or []]
    context = []
    for h in parts.get("context") or []:
        word = str(h.get("word", ""))
        mine = next((c for c in changes if c[0] == f"context word '{word}'"), None)
        if mine is not None:
            changes.remove(mine)
        context.append(ContextWord(word, int(h.get("distance", 0)), _points(mine[1]) if mine else ""))
    checksum = parts.get("checksum")
    why = Why(str(parts.get("pattern") or ""), checksum if isinstance(checksum, bool) else None, tuple(context),
              tuple((reason, _points(delta)) for reason, delta in changes))
    return why if why.pattern or why.checksum is not None or why.context or why.changes else None


@dataclass
class Row:
    key: str
    label: str
    basis: str
    score: float | None
    detector: str
    explanation: str
    text: str
    before: str
    after: str
    policy: str            # redact | keep | review | manual
    decision: str | None   # accept | reject | None
    effective: str         # redact | keep | undecided
    keep_reason: str | None
    where: str
    page: int | None
    rects: list[list[float]] = field(default_factory=list)
    start: int = 0
    end: int = 0
    reviewer: str = ""
    why: Why | None = None


def _file_and_item(file_id: int, action: str = wf.VIEW_ORIGINAL) -> tuple[DocumentFile, Content]:
    s = db()
    f = s.get(DocumentFile, file_id)
    if f is None:
        abort(404)
    item = redaction.item_of(s, f)
    if item.deleted_at is not None or not may(principal(), action, item):
        abort(404 if not may(principal(), wf.VIEW, item) else 403)
    return f, item


VIEWED = "phoei.viewed_originals"


def _audit_original_view(f: DocumentFile, where: str) -> None:
    """Seeing an original (its page images, its text) is audited, once per file per sign-in."""
    seen = list(session.get(VIEWED, []))
    if f.id in seen:
        return
    begin_write()
    redaction.record_original_view(db(), principal(), f, where)
    commit()
    session[VIEWED] = [*seen, f.id][-100:]


def _cached(f: DocumentFile) -> tuple[str, dict[str, Any] | None]:
    if f.format == typed.TEXT_FORMAT:  # typed fields: their text is the stored blob, no pages
        return typed.canonical_text(db(), f), None
    cache = services().cache
    tp = steps.text_path(cache, f.original_sha256)
    text = tp.read_text(encoding="utf-8") if tp.is_file() else ""
    return text, layout.load(steps.layout_path(cache, f.original_sha256))


def rows_for(f: DocumentFile, text: str, lay: dict[str, Any] | None) -> list[Row]:
    s = db()
    current = redaction.current_decisions(s, f)
    rows: list[Row] = []
    for p in f.proposals:
        d = current.get(p.proposal_id)
        if d is not None:
            effective = "redact" if d.action == "accept" else "keep"
        else:
            effective = {"redact": "redact", "keep": "keep"}.get(p.action, "undecided")
        rows.append(Row(
            key=p.proposal_id, label=p.label, basis=(d.basis if d and d.basis else p.basis), score=p.score,
            detector=p.detector, explanation=p.explanation, text=p.text,
            before=text[max(0, p.start_offset - CONTEXT):p.start_offset] if text else "",
            after=text[p.end_offset:p.end_offset + CONTEXT] if text else "", policy=p.action,
            decision=d.action if d else None, effective=effective, keep_reason=p.keep_reason, where=p.location,
            page=p.page, rects=(lay or {}).get("proposals", {}).get(p.proposal_id, []), start=p.start_offset,
            end=p.end_offset, reviewer=d.reviewer_name if d else "", why=why_of(p.explanation_parts)))
    for key, d in current.items():
        if d.proposal_id is not None or d.action != "accept" or d.manual_start is None or d.manual_end is None:
            continue
        s0, e0 = d.manual_start, d.manual_end
        rows.append(Row(
            key=key, label=d.label or "MANUAL", basis=d.basis or "15(5)", score=None, detector="manual",
            explanation=_("เพิ่มเองโดย %(who)s", who=d.reviewer_name), text=text[s0:e0] if text else "",
            before=text[max(0, s0 - CONTEXT):s0] if text else "", after=text[e0:e0 + CONTEXT] if text else "",
            policy="manual", decision="accept", effective="redact", keep_reason=None, where="",
            page=None, rects=layout.rects_for(lay, s0, e0) if lay else [], start=s0, end=e0,
            reviewer=d.reviewer_name))
    rows.sort(key=lambda r: (r.start, r.end))
    return rows


def text_chunks(text: str, rows: list[Row]) -> list[tuple[int, str, Row | None]]:
    """The canonical text cut at every redaction edge: ``(offset, piece, row covering it or None)``."""
    cuts = {0, len(text)}
    for r in rows:
        cuts.update((max(0, min(len(text), r.start)), max(0, min(len(text), r.end))))
    edges = sorted(cuts)
    out: list[tuple[int, str, Row | None]] = []
    for a, b in itertools.pairwise(edges):
        if a >= b:
            continue
        cover = [r for r in rows if r.start <= a and b <= r.end]
        cover.sort(key=lambda r: (r.effective != "redact", r.policy != "manual"))
        out.append((a, text[a:b], cover[0] if cover else None))
    return out


@bp.route("/")
@staff_required
def queue() -> ResponseReturnValue:
    s, p = db(), principal()
    entries: list[tuple[Content, DocumentFile | None]] = [
        (i, s.get(DocumentFile, i.current_file_id)) for i in content.review_queue(s, p)]
    entries += typed.review_queue(s, p)  # typed text to decide, and external requests without a file
    entries.sort(key=lambda e: e[0].modified_at)
    pending = {(i.id, f.id if f else None): len(redaction.undecided_reviews(s, f)) if f else 0 for i, f in entries}
    findings = rescan.open_findings(s, p)
    return render_template("review/queue.html", entries=entries, pending=pending, findings=findings,
                           finding_items={f.item_id: s.get(Content, f.item_id) for f in findings},
                           jobs={(i.id, f.id if f else None): job_view(f) if f and f.format != typed.TEXT_FORMAT
                                 else None for i, f in entries})


@bp.route("/<int:file_id>")
@staff_required
def screen(file_id: int) -> ResponseReturnValue:
    s = db()
    f, item = _file_and_item(file_id)
    if f.format == typed.TEXT_FORMAT:
        latest = typed.text_document(s, item)
        if latest is not None and latest.id != f.id:  # an older check of the typed text: show the current one
            return redirect(url_for("review.screen", file_id=latest.id))
    _audit_original_view(f, "review screen")
    text, lay = _cached(f)
    rows = rows_for(f, text, lay) if f.analysed_at else []
    labels: dict[str, dict[str, int]] = {}
    for r in rows:
        c = labels.setdefault(r.label, {"redact": 0, "keep": 0, "undecided": 0})
        c[r.effective] += 1
    ver = redaction.latest_verification(s, f)
    if f.format == typed.TEXT_FORMAT:
        problems = typed.text_problems(s, item)
    else:
        problems = redaction.verification_problems(s, item) if f.id == item.current_file_id else [
            _("นี่ไม่ใช่ไฟล์ปัจจุบันของเรื่องนี้")]
    can_redact = may(principal(), wf.REDACT, item) and not four_eyes_blocks(item, wf.REDACT, f)
    publish = next((t for t in lifecycle.available(principal(), item) if t.id == "publish"), None)
    publish_blockers = lifecycle.blockers(s, item, "publish") if publish else []
    pages = (lay or {}).get("pages", [])
    clean_pages = 0
    if ver and ver.passed and ver.redacted_sha256 and f.format == "pdf":
        clean_pages = len(pages)
    elif f.format == "docx":
        clean_pages = renditions.pages(ver)  # the PDF rendition of the cleaned DOCX
    unplaced = docx_unplaced(rows, lay) if f.format == "docx" and pages else []
    return render_template(
        "review/screen.html", file=f, item=item, rows=rows, labels=labels, pages=pages, text=text,
        chunks=text_chunks(text, rows) if text else [], verification=ver, problems=problems,
        can_redact=can_redact, four_eyes=four_eyes_blocks(item, wf.REDACT, f),
        four_eyes_publish=four_eyes_blocks(item, "publish"), publish=publish,
        publish_blockers=publish_blockers, job=job_view(f), bases=BASES, clean_pages=clean_pages,
        unplaced=[(r, str(PLACEMENTS.get(how, how))) for r, how in unplaced],
        pages_notice=str(PAGES_NOTICES.get(code, code)) if f.format == "docx" and (code := (lay or {}).get(
            "pages_notice")) else None,
        undecided=sum(1 for r in rows if r.effective == "undecided"))


def docx_unplaced(rows: list[Row], lay: dict[str, Any] | None) -> list[tuple[Row, str]]:
    """Items of a DOCX that its rendered pages do not show whole: ``(row, none | partial | hidden)``.
    The review screen lists them, so none is decided without being seen."""
    placement = (lay or {}).get("placement", {})
    out = []
    for r in rows:
        how = placement.get(r.key) or ("none" if not r.rects else "")
        if how:
            out.append((r, how))
    return out


def _page_image(sha: str, n: int, fmt: str) -> ResponseReturnValue:
    zoom = float(services().config["PHOEI_PAGE_ZOOM"])
    if n < 1 or n > 10000:
        abort(404)
    path: Path = steps.page_path(services().cache, sha, n - 1, zoom)
    if not path.is_file():
        services().tasks.render(sha, fmt)  # the worker draws it; the page asks again
        resp = jsonify(error="rendering")
        resp.status_code = 404
        resp.headers["Retry-After"] = "2"
        return resp
    return send_file(path, mimetype="image/png", max_age=0, etag=True)


@bp.route("/<int:file_id>/page/<int:n>.png")
@staff_required
def page_image(file_id: int, n: int) -> ResponseReturnValue:
    f, _item = _file_and_item(file_id)
    if f.format not in ("pdf", "docx"):  # a DOCX's pages are its LibreOffice rendition (worker.docx_pages)
        abort(404)
    _audit_original_view(f, "page image")
    return _page_image(f.original_sha256, n, f.format)


@bp.route("/<int:file_id>/clean/<int:n>.png")
@staff_required
def clean_image(file_id: int, n: int) -> ResponseReturnValue:
    f, _item = _file_and_item(file_id, wf.VIEW)
    ver = redaction.latest_verification(db(), f)
    if f.format == "docx" and (rendition := renditions.private_sha(ver)):
        return _page_image(rendition, n, "pdf")
    if ver is None or not ver.passed or not ver.redacted_sha256 or f.format != "pdf":
        abort(404)
    return _page_image(ver.redacted_sha256, n, f.format)


# --- decisions --------------------------------------------------------------------------


def _back(file_id: int, anchor: str = "") -> ResponseReturnValue:
    if request.headers.get("X-Requested-With") == "fetch":
        return jsonify(ok=True)
    return redirect(url_for("review.screen", file_id=file_id) + (f"#{anchor}" if anchor else ""))


def _fail(file_id: int, message: str) -> ResponseReturnValue:
    db().rollback()
    if request.headers.get("X-Requested-With") == "fetch":
        return jsonify(ok=False, error=message), 400
    flash(message, "error")
    return redirect(url_for("review.screen", file_id=file_id))


def _fetch() -> bool:
    return request.headers.get("X-Requested-With") == "fetch"


def _attempt(file_id: int, action: Callable[[], T], refused: tuple[type[Exception], ...] = (Invalid,)
             ) -> tuple[T | None, ResponseReturnValue | None]:
    """A library call through ``form_action``: ``(its result, None)`` once committed, or, when the library
    refuses, ``(None, the answer)``: rolled back, and the reason told in the JSON answer of a script's
    request (400), else flashed on the screen it goes back to."""
    reasons: list[str] = []
    done, result = form_action(action, refused=refused, tell=reasons.append if _fetch() else None)
    if done:
        return result, None
    if reasons:
        return None, (jsonify(ok=False, error=reasons[0]), 400)
    return None, redirect(url_for("review.screen", file_id=file_id))


def _act(file_id: int, action: Callable[[], object], anchor: str = "") -> ResponseReturnValue:
    """A decision: committed and back to the screen (``_back``), or refused (``_attempt``)."""
    _result, refusal = _attempt(file_id, action)
    return _back(file_id, anchor) if refusal is None else refusal


def _for_decision(file_id: int) -> tuple[DocumentFile, Content]:
    f, item = _file_and_item(file_id, wf.REDACT)
    if four_eyes_blocks(item, wf.REDACT, f):
        abort(403)
    return f, item


def _basis_arg() -> str | None:
    b = request.form.get("basis") or None
    if b is not None and b not in BASES:
        raise Invalid(_("ฐานทางกฎหมายไม่ถูกต้อง"))
    return b


@bp.route("/<int:file_id>/decide", methods=["POST"])
@staff_required
def decide(file_id: int) -> ResponseReturnValue:
    f, _item = _for_decision(file_id)
    pid = request.form.get("proposal_id", "")
    action = request.form.get("action", "")
    return _act(file_id, lambda: redaction.decide(db(), principal(), f, pid, action, _basis_arg()), f"p-{pid}")


@bp.route("/<int:file_id>/basis", methods=["POST"])
@staff_required
def change_basis(file_id: int) -> ResponseReturnValue:
    """A new legal basis; the decision (redact or keep) stays what is in force now."""
    f, _item = _for_decision(file_id)
    key = request.form.get("proposal_id", "")
    s = db()

    def change() -> None:
        basis = _basis_arg()
        if not basis:
            raise Invalid(_("กรุณาเลือกฐานทางกฎหมาย"))
        if key.startswith("m:"):
            d = redaction.current_decisions(s, f).get(key)
            if d is None or d.manual_start is None or d.manual_end is None:
                raise Invalid(_("ไม่พบรายการที่เลือก"))
            redaction.add_manual(s, principal(), f, d.manual_start, d.manual_end, d.label or "MANUAL", basis)
        else:
            prop = next((p for p in f.proposals if p.proposal_id == key), None)
            if prop is None:
                raise Invalid(_("ไม่พบรายการที่เลือก"))
            d = redaction.current_decisions(s, f).get(key)
            action = d.action if d else ("reject" if prop.action == "keep" else "accept")
            redaction.decide(s, principal(), f, key, action, basis)

    return _act(file_id, change, f"p-{key}")


# What a bulk decision would overturn: "redact all" the label's keeps (the policy's, such as officials
# named in office, and reviewers'), "keep all" its redactions.
OVERTURNS = {"accept": "keep", "reject": "redact"}


def _bulk_rows(f: DocumentFile, label: str, action: str) -> tuple[list[Row], list[Row]]:
    """The label's proposals: ``(all, those the bulk action would overturn)``."""
    if action not in OVERTURNS:
        raise Invalid(_("การตัดสินใจต้องเป็นปกปิดหรือคงไว้"))
    text, lay = _cached(f)
    rows = [r for r in rows_for(f, text, lay) if r.label == label and r.policy != "manual"]
    if not rows:
        raise Invalid(_("ไม่มีรายการประเภทนี้"))
    return rows, [r for r in rows if r.effective == OVERTURNS[action]]


@bp.route("/<int:file_id>/decide-label", methods=["GET"])
@staff_required
def confirm_label(file_id: int) -> ResponseReturnValue:
    """Before "redact all" overturns keep decisions (or "keep all" redactions): the list, and the choice."""
    f, item = _for_decision(file_id)
    label, action = request.args.get("label", ""), request.args.get("action", "")
    found, refusal = _attempt(file_id, lambda: _bulk_rows(f, label, action))
    if refusal is not None or found is None:
        return refusal if refusal is not None else redirect(url_for("review.screen", file_id=file_id))
    rows, overturned = found
    if not overturned:
        return redirect(url_for("review.screen", file_id=file_id))
    return render_template("review/confirm_label.html", file=f, item=item, label=label, action=action,
                           rows=rows, overturned=overturned)


@bp.route("/<int:file_id>/decide-label", methods=["POST"])
@staff_required
def decide_label(file_id: int) -> ResponseReturnValue:
    """Decide every proposal of a label. Where that would overturn opposite decisions (the policy's keeps,
    a reviewer's), nothing is decided until the reviewer chooses (``overturn``): ``all`` decides them too,
    ``none`` leaves them as they are."""
    f, _item = _for_decision(file_id)
    label = request.form.get("label", "")
    action = request.form.get("action", "")
    overturn = request.form.get("overturn", "")
    s = db()
    ask = url_for("review.confirm_label", file_id=file_id, label=label, action=action)
    asked: list[str] = []

    def decide_all() -> None:
        rows, overturned = _bulk_rows(f, label, action)
        if overturned and overturn not in ("all", "none"):
            asked.append(ask)  # nothing decided: the reviewer chooses first
            return
        leave = {r.key for r in overturned} if overturn == "none" else set()
        for r in rows:
            if r.key not in leave:
                redaction.decide(s, principal(), f, r.key, action,
                                 note="decided for the whole label" + (" (others left)" if leave else ""))

    answer = _act(file_id, decide_all)
    if asked:
        return jsonify(ok=False, redirect=ask) if _fetch() else redirect(ask)
    return answer


@bp.route("/<int:file_id>/manual-box", methods=["POST"])
@staff_required
def manual_box(file_id: int) -> ResponseReturnValue:
    """A box dragged on a page image: the characters under it become manual redactions."""
    f, _item = _for_decision(file_id)
    text, lay = _cached(f)
    try:
        page = int(request.form.get("page", ""))
        rect = tuple(float(request.form.get(k, "")) for k in ("x0", "y0", "x1", "y1"))
        basis = _basis_arg() or "15(5)"
    except (ValueError, Invalid):
        return _fail(file_id, _("ตำแหน่งที่ลากไม่ถูกต้อง"))
    if lay is None or not text:
        return _fail(file_id, _("เอกสารยังวิเคราะห์ไม่เสร็จ"))
    x0, y0, x1, y1 = rect
    ranges = layout.offsets_in_rect(lay, text, page - 1, (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))
    if not ranges and f.format == "docx":
        return _fail(file_id, _("ไม่พบข้อความของไฟล์ Word ในกรอบที่ลาก: บนภาพหน้าของ DOCX "
                                "เพิ่มกรอบได้เฉพาะบนข้อความที่ระบบจับคู่กับตัวไฟล์ได้ "
                                "ส่วนอื่น (รูปภาพ เลขหน้าอัตโนมัติ) ให้เลือกข้อความในแท็บข้อความแทน"))
    if not ranges:
        return _fail(file_id, _("ไม่พบข้อความในกรอบที่ลาก กรุณาลากให้ครอบคลุมตัวอักษร"))
    label = request.form.get("label") or "MANUAL"

    def add() -> None:
        for s0, e0 in ranges:
            redaction.add_manual(db(), principal(), f, s0, e0, label, basis)

    return _act(file_id, add)


def trimmed(text: str, s0: int, e0: int) -> tuple[int, int]:
    """A selected range without the white space at its ends."""
    while s0 < e0 and s0 < len(text) and text[s0].isspace():
        s0 += 1
    while e0 > s0 and e0 <= len(text) and text[e0 - 1].isspace():
        e0 -= 1
    return s0, e0


@bp.route("/<int:file_id>/manual-text", methods=["POST"])
@staff_required
def manual_text(file_id: int) -> ResponseReturnValue:
    """Text selected in the text view: its character offsets become a manual redaction."""
    f, _item = _for_decision(file_id)
    text, _lay = _cached(f)
    try:
        s0, e0 = int(request.form.get("start", "")), int(request.form.get("end", ""))
        basis = _basis_arg() or "15(5)"
    except (ValueError, Invalid):
        return _fail(file_id, _("ช่วงข้อความที่เลือกไม่ถูกต้อง"))
    s0, e0 = trimmed(text, s0, e0)
    label = request.form.get("label") or "MANUAL"
    return _act(file_id, lambda: redaction.add_manual(db(), principal(), f, s0, e0, label, basis))


@bp.route("/<int:file_id>/manual-remove", methods=["POST"])
@staff_required
def manual_remove(file_id: int) -> ResponseReturnValue:
    f, _item = _for_decision(file_id)
    key = request.form.get("key", "")
    d: RedactionDecision | None = redaction.current_decisions(db(), f).get(key)
    if d is None or d.manual_start is None or d.manual_end is None:
        return _fail(file_id, _("ไม่พบรายการที่เลือก"))
    s0, e0 = d.manual_start, d.manual_end
    return _act(file_id, lambda: redaction.remove_manual(db(), principal(), f, s0, e0))


@bp.route("/<int:file_id>/scans", methods=["POST"])
@staff_required
def scans_reviewed(file_id: int) -> ResponseReturnValue:
    f, _item = _for_decision(file_id)
    redaction.confirm_scans_reviewed(db(), principal(), f, request.form.get("note", ""))
    commit()
    return _back(file_id)


@bp.route("/<int:file_id>/apply", methods=["POST"])
@staff_required
def apply(file_id: int) -> ResponseReturnValue:
    """Apply and verify run in the worker; the page follows the job."""
    f, _item = _for_decision(file_id)
    if why := apply_problem(f):
        return _fail(file_id, why)
    if f.format == typed.TEXT_FORMAT:
        # Typed text is short: masked and verified in the request, then checked again (library.typed).
        def apply_text() -> tuple[Verification, DocumentFile | None]:
            v = typed.apply_text(db(), principal(), f)
            return v, typed.text_document(db(), _item)

        out, refusal = _attempt(file_id, apply_text, refused=(Invalid, NotReady))
        if refusal is not None or out is None:
            return refusal if refusal is not None else redirect(url_for("review.screen", file_id=file_id))
        v, new = out
        flash(_("ปกปิดข้อความและตรวจสอบผลผ่านแล้ว") if v.passed else _("ตรวจสอบไม่ผ่าน ระบบไม่เปลี่ยนข้อความ"),
              "success" if v.passed else "error")
        target = new.id if new is not None else file_id
        if request.headers.get("X-Requested-With") == "fetch":
            return jsonify(ok=True, redirect=url_for("review.screen", file_id=target))
        return redirect(url_for("review.screen", file_id=target))
    start_apply(f)
    if request.headers.get("X-Requested-With") == "fetch":
        return jsonify(ok=True)
    flash(_("ส่งงานลบข้อมูลและตรวจสอบผลแล้ว"), "info")
    return redirect(url_for("review.screen", file_id=file_id))


def apply_problem(f: DocumentFile) -> str | None:
    """Why the decisions on ``f`` cannot be applied yet (undecided items, not analysed), or None."""
    undecided = redaction.undecided_reviews(db(), f)
    if undecided:
        return _("ยังมี %(n)d รายการที่ต้องตัดสินใจก่อน", n=len(undecided))
    if f.analysed_at is None:
        return _("เอกสารยังวิเคราะห์ไม่เสร็จ")
    return None


def start_apply(f: DocumentFile) -> None:
    """Note the apply request (the outbox keeps it if a worker dies with the job), commit, queue the job."""
    redaction.request_apply(db(), principal(), f)
    commit()
    jobs.enqueue_apply(services(), f.id, principal().user_id)


@bp.route("/text/<uid>", methods=["POST"])
@staff_required
def check_text(uid: str) -> ResponseReturnValue:
    """Run the redactor over the item's typed text as it is now, then show its review screen."""
    s = db()
    try:
        item = content.get(s, uid)
    except Exception:
        abort(404)
    if item.deleted_at is not None or not may(principal(), wf.VIEW_ORIGINAL, item):
        abort(404 if not may(principal(), wf.VIEW, item) else 403)
    f = typed.check(s, principal(), item)
    commit()
    return redirect(url_for("review.screen", file_id=f.id))


@bp.route("/rescan/<int:finding_id>", methods=["POST"])
@staff_required
def rescan_answer(finding_id: int) -> ResponseReturnValue:
    """A reviewer's answer to a re-scan finding: it may stay public, or the item comes down to be redacted."""
    from library.errors import Forbidden, InvalidTransition, NotFound

    try:
        action, note = request.form.get("action", ""), request.form.get("note", "")
        done, _finding = form_action(lambda: rescan.answer(db(), principal(), finding_id, action, note),
                                     refused=(Invalid, InvalidTransition))
    except NotFound:
        abort(404)
    except Forbidden:
        abort(403)
    if not done:
        return redirect(url_for("review.queue"))
    flash(_("บันทึกแล้ว"), "success")
    return redirect(url_for("review.queue") + "#rescan")
