"""Staff operations as JSON under ``/api/v1/staff/``, with personal API tokens (``library.api_tokens``).

``Authorization: Bearer phoei_…`` is the only way in: a cookie session is never accepted here (so
CSRF, which protects cookie sessions, has nothing to protect and is off for this blueprint). The
token acts as its user, through the very functions the staff pages call: ``webui.staff``
(``staff_item``, ``addable_folders``, ``accept_upload``, ``transition_item``, ``four_eyes_reason``),
``webui.review`` (``_file_and_item``, ``rows_for``, ``apply_problem``, ``start_apply``, ``trimmed``),
``webui.uploads.check`` and the library calls behind them; the permission checks, the workflow and the
four-eyes rule are theirs, not a second copy. Every change is audited by the library as on the web.

Answers: 401 without a live token; 403 for what the user may not do (role, permission, four-eyes);
404 for what the user may not see or that does not exist; 409 when the state forbids it now (not
analysed yet, items left undecided, a transition not available); 422 for a malformed request (the
pydantic models below, and values the library refuses); 400 for a file that is not a usable PDF or
DOCX; 413 for a body over the limit; 429 with ``Retry-After`` over a rate limit (``webui.throttle``).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from flask import Blueprint, g, jsonify, request
from flask.typing import ResponseReturnValue
from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema
from spectree import Response
from spectree.model_adapter.pydantic_adapter import BaseFile

from library.models import DocumentFile
from library.security import Principal
from webui.api import Error, OiaCategory, spec

bp = Blueprint("api_staff", __name__, url_prefix="/api/v1/staff")

SECURITY: dict[str, list[str]] = {"bearerAuth": []}
G_PRINCIPAL = "phoei.api_principal"
G_TOKEN = "phoei.api_token"


# --- the token ------------------------------------------------------------------------------------


def bearer() -> Principal | None:
    """The principal of the request's ``Authorization: Bearer`` token (once per request), or None."""
    if G_PRINCIPAL in g:
        return g.get(G_PRINCIPAL)  # type: ignore[no-any-return]
    found: Principal | None = None
    scheme, _sp, raw = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() == "bearer" and raw.strip():
        from library import api_tokens
        from webui.services import services

        lib = services().library
        # Its own short transactions, before the request's session exists: a token that is used
        # has its last-used time written without holding the request's write lock.
        with lib.session() as s:
            row = api_tokens.find(s, raw.strip())
            if row is not None:
                found = Principal.of(row.user)
                g.setdefault(G_TOKEN, {"id": row.id, "name": row.name, "prefix": row.prefix,
                                       "expires_at": row.expires_at})
                stale = api_tokens.last_used_is_stale(row)
        if found is not None and stale:
            with lib.transaction() as w:
                api_tokens.mark_used(w, g.get(G_TOKEN)["id"])
    setattr(g, G_PRINCIPAL, found)
    return found


@bp.before_request
def require_token() -> ResponseReturnValue | None:
    from library.roles import OFFICER, REVIEWER, SITE_ADMIN

    p = bearer()
    if p is None:
        resp = _error(401, "unauthorized", "send a live personal API token: Authorization: Bearer phoei_…")
        resp.headers["WWW-Authenticate"] = 'Bearer realm="phoei"'
        return resp  # type: ignore[no-any-return]
    g.principal = p  # webui.services.principal(): the token's user, never the cookie's
    if not p.roles & {OFFICER, REVIEWER, SITE_ADMIN}:
        return _error(403, "forbidden", "the staff API is for officers, reviewers and site administrators")
    return None


@bp.after_request
def no_store(resp: Any) -> Any:
    resp.headers["Cache-Control"] = "no-store"
    return resp


def _error(status: int, error: str, detail: str = "") -> Any:
    resp = jsonify(error=error, detail=detail)
    resp.status_code = status
    return resp


def _invalid(where: str, msg: str) -> Any:
    """422 in the shape of a validation error (``webui.api.Unprocessable``), for values the library refuses."""
    resp = jsonify([{"loc": ["body", where], "msg": msg, "type": "value_error"}])
    resp.status_code = 422
    return resp


def _refused(exc: Exception) -> Any:
    """A library refusal as the right status; the request's work is rolled back."""
    from library.errors import Forbidden, Invalid, InvalidTransition, NotFound, NotReady
    from webui.services import db

    db().rollback()
    if isinstance(exc, NotFound):
        return _error(404, "not found", str(exc))
    if isinstance(exc, Forbidden):
        return _error(403, "forbidden", str(exc))
    if isinstance(exc, (InvalidTransition, NotReady)):
        return _error(409, "conflict", str(exc))
    if isinstance(exc, Invalid):
        return _invalid("", str(exc))
    raise exc


def _refusals() -> tuple[type[Exception], ...]:
    from library.errors import Forbidden, Invalid, InvalidTransition, NotFound, NotReady

    return (Forbidden, Invalid, InvalidTransition, NotFound, NotReady)


# --- models ---------------------------------------------------------------------------------------


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TokenInfo(BaseModel):
    name: str
    prefix: str
    expires_at: datetime


class Me(BaseModel):
    username: str
    roles: list[str]
    token: TokenInfo


class UploadForm(BaseModel):
    folder: str = Field(min_length=1, max_length=500, description="the folder's path, e.g. /oia/s9/s9-1")
    title: str = Field(min_length=1, max_length=500)
    file: BaseFile = Field(description="one PDF or DOCX")
    submit_for_review: bool = Field(True, description="submit the new item for review at once")
    # Optional, and not nullable: a form field is there or not (there is no null in multipart).
    oia_category: Annotated[OiaCategory | None, WithJsonSchema(
        {"type": "string", "enum": list(OiaCategory.__args__)})] = None  # type: ignore[attr-defined]
    document_number: Annotated[str | None, WithJsonSchema({"type": "string", "maxLength": 200})] = Field(
        None, max_length=200)
    description: Annotated[str | None, WithJsonSchema({"type": "string", "maxLength": 2000})] = Field(
        None, max_length=2000)
    document_date: Annotated[date | None, WithJsonSchema(
        {"type": "string", "format": "date", "description": "ISO 8601, e.g. 2024-04-08"})] = None


class Job(BaseModel):
    kind: str = Field(description="analyse or apply")
    state: str = Field(description="queued, running, done, error or failed")
    analysed: bool
    done: int
    total: int
    error: str | None = None


class StaffItem(BaseModel):
    uid: str
    type: str
    title: str
    path: str
    state: str
    file_id: int | None = Field(description="the current file (proposals, decisions, apply)")
    transitions: list[str] = Field(description="workflow transitions this user may try now")
    job: Job | None
    verified: bool | None = Field(description="the latest apply's verification passed (None: not applied)")


class Uploaded(BaseModel):
    items: list[StaffItem]


class Proposal(BaseModel):
    key: str = Field(description="the proposal id, or m:… for a manual redaction")
    label: str
    basis: str
    score: float | None
    detector: str
    explanation: str
    text: str
    before: str
    after: str
    policy: str = Field(description="redact, keep, review (a person decides) or manual")
    decision: str | None = Field(description="accept (redact), reject (keep) or None")
    effective: str = Field(description="redact, keep or undecided")
    start: int
    end: int
    page: int | None
    reviewer: str


class Proposals(BaseModel):
    file_id: int
    item_uid: str
    undecided: int
    proposals: list[Proposal]


class Decision(_Strict):
    proposal_id: str = Field(min_length=1, max_length=100)
    action: Literal["accept", "reject"] = Field(description="accept: redact it; reject: keep it")
    basis: str | None = Field(None, max_length=20, description="the legal basis, e.g. 15(5)")


class Decisions(_Strict):
    decisions: list[Decision] = Field(min_length=1, max_length=500)


class Manual(_Strict):
    start: int = Field(ge=0, le=100_000_000, description="character offset into the document's text")
    end: int = Field(ge=1, le=100_000_000)
    label: str = Field("MANUAL", min_length=1, max_length=40)
    basis: str = Field("15(5)", min_length=1, max_length=20)


class Decided(BaseModel):
    file_id: int
    undecided: int


class Transition(_Strict):
    action: str = Field(min_length=1, max_length=40, description="a workflow transition, e.g. submit, publish")
    comment: str = Field("", max_length=2000)


ERRORS = {"HTTP_401": Error, "HTTP_403": Error, "HTTP_404": Error, "HTTP_429": Error}


def _resp(**codes: Any) -> Response:
    return Response(**ERRORS, **codes)


# --- helpers --------------------------------------------------------------------------------------


def _job(f: Any) -> Job | None:
    from webui.staff import job_view

    if f is None:
        return None
    v = job_view(f)
    return Job(kind=v["kind"], state=v["state"], analysed=v["analysed"], done=int(v["done"]),
               total=int(v["total"]), error=v.get("error"))


def _staff_item(it: Any) -> StaffItem:
    from library import lifecycle, redaction
    from library.models import DocumentFile
    from webui.services import db, principal

    s = db()
    f = s.get(DocumentFile, it.current_file_id) if it.current_file_id else None
    ver = redaction.latest_verification(s, f) if f is not None else None
    return StaffItem(uid=it.uid, type=it.type, title=it.title, path=it.path, state=it.state,
                     file_id=f.id if f is not None else None,
                     transitions=[t.id for t in lifecycle.available(principal(), it)], job=_job(f),
                     verified=None if ver is None else bool(ver.passed))


def _decidable(file_id: int) -> tuple[Any, Any] | Any:
    """The file and item, when this user may decide its redactions now (as ``review._for_decision``)."""
    from library import workflow as wf
    from webui.review import _file_and_item
    from webui.staff import four_eyes_reason

    f, item = _file_and_item(file_id, wf.REDACT)  # 404 / 403 as on the review screen
    if why := four_eyes_reason(item, wf.REDACT, f):
        return _error(403, "four-eyes", why)
    return f, item


def _analysed(file_id: int, body: BaseModel | None) -> Any:
    """The file whose redactions the request decides, or the error answer: no JSON body (422),
    not this user's to decide (403/404), not analysed yet (409)."""
    if body is None:
        return _invalid("", "send application/json")
    got = _decidable(file_id)
    if not isinstance(got, tuple):
        return got
    f, _item = got
    if f.analysed_at is None:
        return _error(409, "not ready", "the file is not analysed yet")
    return f


def _json(model: BaseModel, status: int = 200) -> Any:
    resp = jsonify(model.model_dump(mode="json"))
    resp.status_code = status
    return resp


# --- routes ---------------------------------------------------------------------------------------


@bp.get("/me")
@spec.validate(resp=_resp(HTTP_200=Me), tags=["staff"], security=SECURITY)
def me() -> ResponseReturnValue:
    """Who the token acts as."""
    from webui.services import principal

    p = principal()
    return _json(Me(username=p.name, roles=sorted(p.roles), token=TokenInfo(**{
        k: v for k, v in g.get(G_TOKEN).items() if k != "id"})))


@bp.post("/uploads")
@spec.validate(form=UploadForm, resp=_resp(HTTP_201=Uploaded, HTTP_400=Error, HTTP_413=Error),
               tags=["staff"], security=SECURITY)
def upload() -> ResponseReturnValue:
    """Upload one PDF or DOCX as a new file item in a folder (analysed in the background)."""
    from library.errors import Invalid
    from webui.services import db, end_read, services
    from webui.staff import accept_upload, addable_folders
    from webui.uploads import BadUpload, check

    form: UploadForm | None = request.context.form  # type: ignore[attr-defined]
    if form is None:
        return _invalid("", "send multipart/form-data with folder, title and file")
    folder = next((c for c in addable_folders() if c.path.rstrip("/") == form.folder.rstrip("/")), None)
    if folder is None:
        return _error(404, "not found", "no folder at this path that you may add to")
    limit = services().library.config.max_upload_bytes
    end_read()  # checking the file takes time: hold no lock meanwhile
    fs: Any = form.file
    if not hasattr(fs, "read"):  # a form field named "file", not a file
        return _invalid("file", "send the document as a file part named file")
    try:
        checked = check(fs.filename or "", fs.read(limit + 1), limit)
    except BadUpload as bad:
        return _error(413 if bad.code == "too_large" else 400, bad.code, f"{bad.filename}: {bad.message}")
    fields: dict[str, Any] = {k: v for k, v in (("oia_category", form.oia_category),
                                                ("document_number", form.document_number),
                                                ("description", form.description),
                                                ("document_date", form.document_date)) if v}
    try:
        created = accept_upload(folder, form.title.strip(), [checked], fields, form.submit_for_review)
    except Invalid as exc:
        return _refused(exc)
    db().expire_all()  # the analysis may have run already (its own session): show the files as they are
    return _json(Uploaded(items=[_staff_item(it) for it, _f in created]), 201)


@bp.get("/items/<uid>")
@spec.validate(resp=_resp(HTTP_200=StaffItem), tags=["staff"], security=SECURITY,
               path_parameter_descriptions={"uid": "the item's uid"})
def item(uid: str) -> ResponseReturnValue:
    """An item as its staff page shows it: state, current file, job, transitions this user may try."""
    from webui.staff import staff_item

    return _json(_staff_item(staff_item(uid)))


@bp.get("/files/<int(max=2147483647):file_id>/proposals")
@spec.validate(resp=_resp(HTTP_200=Proposals, HTTP_409=Error), tags=["staff"], security=SECURITY)
def proposals(file_id: int) -> ResponseReturnValue:
    """The proposed redactions and the decisions in force (the review screen's list). Shows the
    original's words: needs the right to see originals, and every call is audited."""
    from library import redaction, typed
    from webui.review import _cached, _file_and_item, rows_for
    from webui.services import begin_write, commit, db, principal

    f, item = _file_and_item(file_id)  # the original's text: VIEW_ORIGINAL, as the review screen
    if f.format == typed.TEXT_FORMAT:
        return _error(409, "conflict", "typed text is reviewed on its review screen, not through the API")
    if f.analysed_at is None:
        return _error(409, "not ready", "the file is not analysed yet (see the item's job)")
    begin_write()
    redaction.record_original_view(db(), principal(), f, "api proposals")
    commit()
    text, lay = _cached(f)
    rows = rows_for(f, text, lay)
    return _json(Proposals(file_id=f.id, item_uid=item.uid, undecided=sum(r.effective == "undecided" for r in rows),
                           proposals=[Proposal(key=r.key, label=r.label, basis=r.basis, score=r.score,
                                               detector=r.detector, explanation=r.explanation, text=r.text,
                                               before=r.before, after=r.after, policy=r.policy, decision=r.decision,
                                               effective=r.effective, start=r.start, end=r.end, page=r.page,
                                               reviewer=r.reviewer) for r in rows]))


def _undecided(f: Any) -> int:
    from library import redaction
    from webui.services import db

    return len(redaction.undecided_reviews(db(), f))


@bp.post("/files/<int(max=2147483647):file_id>/decisions")
@spec.validate(json=Decisions, resp=_resp(HTTP_200=Decided, HTTP_409=Error), tags=["staff"], security=SECURITY)
def decide(file_id: int) -> ResponseReturnValue:
    """Redact (accept) or keep (reject) proposals; all or none."""
    from library import redaction
    from webui.services import commit, db, principal

    body: Decisions | None = request.context.json  # type: ignore[attr-defined]
    f = _analysed(file_id, body)
    if not isinstance(f, DocumentFile):
        return f
    assert body is not None
    try:
        for d in body.decisions:  # the library checks the basis (Invalid: 422)
            redaction.decide(db(), principal(), f, d.proposal_id, d.action, d.basis)
        commit()
    except _refusals() as exc:
        return _refused(exc)
    return _json(Decided(file_id=f.id, undecided=_undecided(f)))


@bp.post("/files/<int(max=2147483647):file_id>/manual")
@spec.validate(json=Manual, resp=_resp(HTTP_200=Decided, HTTP_409=Error), tags=["staff"], security=SECURITY)
def manual(file_id: int) -> ResponseReturnValue:
    """Add a redaction the detectors missed, by character offsets into the document's text."""
    from library import redaction
    from webui.review import _cached, trimmed
    from webui.services import commit, db, principal

    body: Manual | None = request.context.json  # type: ignore[attr-defined]
    f = _analysed(file_id, body)
    if not isinstance(f, DocumentFile):
        return f
    assert body is not None
    text, _lay = _cached(f)
    s0, e0 = trimmed(text, body.start, body.end)
    try:
        redaction.add_manual(db(), principal(), f, s0, e0, body.label, body.basis)
        commit()
    except _refusals() as exc:
        return _refused(exc)
    return _json(Decided(file_id=f.id, undecided=_undecided(f)))


@bp.post("/files/<int(max=2147483647):file_id>/apply")
@spec.validate(resp=_resp(HTTP_202=StaffItem, HTTP_409=Error), tags=["staff"], security=SECURITY)
def apply(file_id: int) -> ResponseReturnValue:
    """Apply the decisions in force and verify the result (in the worker: follow the item's job)."""
    from library import typed
    from webui.review import apply_problem, start_apply
    from webui.services import db

    got = _decidable(file_id)
    if not isinstance(got, tuple):
        return got
    f, item = got
    if f.format == typed.TEXT_FORMAT:
        return _error(409, "conflict", "typed text is applied on its review screen, not through the API")
    if why := apply_problem(f):
        return _error(409, "conflict", why)
    try:
        start_apply(f)
    except _refusals() as exc:
        return _refused(exc)
    db().expire_all()
    return _json(_staff_item(item), 202)


@bp.post("/items/<uid>/transitions")
@spec.validate(json=Transition, resp=_resp(HTTP_200=StaffItem, HTTP_409=Error), tags=["staff"], security=SECURITY,
               path_parameter_descriptions={"uid": "the item's uid"})
def transition(uid: str) -> ResponseReturnValue:
    """A workflow transition (submit, publish, reject, retract, …) with a comment, as on the item's page."""
    from webui.services import commit
    from webui.staff import staff_item, transition_item

    body: Transition | None = request.context.json  # type: ignore[attr-defined]
    if body is None:
        return _invalid("", "send application/json")
    it = staff_item(uid)
    try:
        transition_item(it, body.action, body.comment)
        commit()
    except _refusals() as exc:
        return _refused(exc)
    return _json(_staff_item(it))


def register(app: Any) -> None:
    """The blueprint; token requests carry no cookie session, so CSRF does not apply to them."""
    app.register_blueprint(bp)
    app.extensions["csrf"].exempt(bp)
