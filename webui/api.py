"""The public catalogue as a read-only JSON API: ``/api/v1/items``, ``/api/v1/items/<uid>``,
``/api/v1/search``, described by OpenAPI 3 at ``/api/v1/openapi.json``.

The OpenAPI document is generated from this code by **spectree** (its pydantic models are both the
validation of the query string and the schema of each response): it works with a plain Flask app and
its blueprints, unlike APIFlask, which wants its own app class, and needs no second schema language
(flask-smorest's marshmallow) beside the pydantic that validation already uses. Its HTML viewers
are not served (they load scripts from a CDN, which the site's CSP forbids); the JSON is.

Every answer is what an anonymous citizen may see, through the same library calls as the HTML pages
(``content.public_items``, ``security.may``, ``search.service.search``): no second set of rules.
"""

from __future__ import annotations

import logging
import re
from datetime import date, datetime
from html import unescape
from typing import Any, Literal

from flask import Blueprint, jsonify, request
from flask.typing import ResponseReturnValue
from pydantic import BaseModel, ConfigDict, Field, RootModel
from spectree import Response, SecurityScheme, SecuritySchemeData, SpecTree
from spectree.model_adapter.pydantic_adapter import PydanticModelAdapter
from spectree.models import SecureType

from library.content_types import OIA_CATEGORIES

bp = Blueprint("api", __name__, url_prefix="/api/v1")
# spectree logs every refused query string at ERROR; a client's bad request is not our error.
logging.getLogger("spectree.utils").setLevel(logging.CRITICAL)

ItemType = Literal["page", "file", "news", "announcement", "link"]
OiaCategory = Literal["s7(1)", "s7(2)", "s7(3)", "s7(4)", "s7(5)", "s9(1)", "s9(2)", "s9(3)", "s9(4)", "s9(5)",
                      "s9(6)", "s9(7)", "s9(8)"]
assert set(OiaCategory.__args__) == set(OIA_CATEGORIES)  # type: ignore[attr-defined]  # one list, checked

class ValidationIssue(BaseModel):
    """One problem with a request (pydantic's error list, as spectree answers 422)."""

    loc: list[str | int]
    msg: str
    type: str


class Unprocessable(RootModel[list[ValidationIssue]]):
    """422: what in the request is malformed (each field's problem)."""


class _ModelAdapter(PydanticModelAdapter):
    """Pydantic, answering a malformed request with each problem's place, message and type only: not
    the input (an uploaded file in it would not even serialise, and a request is not echoed back)."""

    def validation_errors(self, err: Any) -> Any:
        return [{"loc": list(e["loc"]), "msg": e["msg"], "type": e["type"]}
                for e in err.errors(include_context=False, include_input=False, include_url=False)]


spec = SpecTree(
    # ``path`` is only what spectree leaves out of the document; the document is served below.
    "flask", mode="strict", path="api/spectree-unused", filename="openapi.json", page_templates={},
    title="Phoei disclosure library API", version="1.1.0", annotations=False, validation_error_model=Unprocessable,
    model_adapter=_ModelAdapter(),  # type: ignore[arg-type]
    description="Published, redacted documents and pages of this disclosure library (read-only, no "
                "authentication), and staff operations under /api/v1/staff/ with a personal API token "
                "(Authorization: Bearer). เอกสารที่เผยแพร่แล้ว (อ่านอย่างเดียว) และงานของเจ้าหน้าที่ด้วยโทเค็น API ส่วนตัว",
    security_schemes=[SecurityScheme(name="bearerAuth", data=SecuritySchemeData(
        type=SecureType.HTTP, scheme="bearer",
        description="a personal API token (phoei_…), made on the staff page API tokens"))],
)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ItemsQuery(_Strict):
    page: int = Field(1, ge=1, le=1000, description="page number, from 1")
    per_page: int = Field(20, ge=1, le=100)
    type: ItemType | None = Field(None, description="one content type")
    oia_category: OiaCategory | None = Field(None, description="an OIA section 7/9 category, e.g. s9(3)")


class ItemSummary(BaseModel):
    uid: str = Field(description="stable id (32 hex characters)")
    type: ItemType
    title: str
    description: str
    path: str
    url: str = Field(description="the item's page on this site (absolute)")
    oia_category: str | None
    document_number: str | None
    document_date: date | None
    published_at: datetime | None
    effective: datetime | None
    download_url: str | None = Field(description="the published, redacted copy (files only)")


class Item(ItemSummary):
    rendition_url: str | None = Field(
        description="a PDF rendition of the published (redacted) Word file, when it has one")
    body: str | None
    remote_url: str | None
    keywords: list[str]
    language: str
    creator: str
    expires: datetime | None
    modified_at: datetime


class ItemList(BaseModel):
    items: list[ItemSummary]
    total: int
    page: int
    per_page: int
    pages: int


class SearchQuery(_Strict):
    q: str = Field(min_length=1, max_length=200, description="words or \"a phrase\"")
    page: int = Field(1, ge=1, le=100)
    per_page: int = Field(10, ge=1, le=50)
    sort: Literal["relevance", "date", "-date"] = "relevance"
    type: ItemType | None = None
    oia_category: OiaCategory | None = None
    year: int | None = Field(None, ge=2400, le=2700, description="Buddhist-era year of publication")


class SearchHit(BaseModel):
    uid: str
    type: str
    title: str
    path: str
    url: str
    snippet: str = Field(description="plain text around the matched words")
    published: datetime | None
    document_number: str
    document_date: date | None
    score: float


class SearchPage(BaseModel):
    query: str
    total: int
    total_exact: bool
    relaxed: bool = Field(description="no item had every word: these match some of them")
    page: int
    per_page: int
    pages: int
    results: list[SearchHit]


class Error(BaseModel):
    error: str
    detail: str


# --- helpers --------------------------------------------------------------------------------------


def _anon() -> Any:
    from library.security import Principal

    return Principal.anonymous()


def _item_url(item: Any) -> str:
    from webui.site import external_url

    return external_url("public.browse", path=item.path.strip("/"))


def _download_url(item: Any) -> str | None:
    from library import redaction
    from webui.site import external_url

    if not (redaction.is_downloadable(item) and item.published_sha256):
        return None
    # The download route redirects to the copy's own file name.
    return external_url("public.download", uid=item.uid, name="document")


def _rendition_url(item: Any) -> str | None:
    """The published PDF rendition of a Word file (``library.renditions``), as the item page links it."""
    from library import redaction
    from webui.site import external_url

    if not (redaction.is_downloadable(item) and item.published_sha256 and item.published_rendition_sha256):
        return None
    return external_url("public.download", uid=item.uid, name=f"{item.slug}.pdf")  # renditions.public_copy's name


def _summary(item: Any) -> dict[str, Any]:
    return {"uid": item.uid, "type": item.type, "title": item.title, "description": item.description or "",
            "path": item.path, "url": _item_url(item), "oia_category": item.oia_category,
            "document_number": item.document_number, "document_date": item.document_date,
            "published_at": item.published_at, "effective": item.effective, "download_url": _download_url(item)}


def _error(status: int, error: str, detail: str = "") -> Any:
    resp = jsonify(error=error, detail=detail)
    resp.status_code = status
    return resp


def _public(resp: Any) -> Any:
    resp.headers["Cache-Control"] = "public, max-age=60"
    return resp


_TAGS = re.compile(r"<[^>]+>")


# --- routes ---------------------------------------------------------------------------------------


@bp.get("/items")
@spec.validate(query=ItemsQuery, resp=Response(HTTP_200=ItemList), tags=["items"])
def items() -> ResponseReturnValue:
    """Published items, newest first."""
    from library import content
    from webui.services import db

    q: ItemsQuery = request.context.query  # type: ignore[attr-defined]
    types = (q.type,) if q.type else None
    s = db()
    total = content.count_public(s, types=types, oia_category=q.oia_category)
    rows = content.public_items(s, types=types, oia_category=q.oia_category, limit=q.per_page,
                                offset=(q.page - 1) * q.per_page)
    body = ItemList(items=[ItemSummary(**_summary(i)) for i in rows], total=total, page=q.page,
                    per_page=q.per_page, pages=max(1, -(-total // q.per_page)))
    return _public(jsonify(body.model_dump(mode="json")))


@bp.get("/items/<uid>")
@spec.validate(resp=Response(HTTP_200=Item, HTTP_404=Error), tags=["items"],
               path_parameter_descriptions={"uid": "the item's uid (32 hex characters)"})
def item(uid: str) -> ResponseReturnValue:
    """One published item (404 for anything a citizen may not see)."""
    from library import content
    from library import workflow as wf
    from library.errors import NotFound
    from library.security import may
    from webui.services import db

    if not re.fullmatch(r"[0-9a-f]{32}", uid):
        return _error(404, "not found", "no such item")
    try:
        found = content.get(db(), uid)
    except NotFound:
        return _error(404, "not found", "no such item")
    if found.is_folder or not may(_anon(), wf.VIEW, found):
        return _error(404, "not found", "no such item")
    body = Item(**_summary(found), rendition_url=_rendition_url(found), body=found.body,
                remote_url=found.remote_url, keywords=list(found.keywords or []),
                language=found.language or "th", creator=found.creator or "", expires=found.expires,
                modified_at=found.modified_at)
    return _public(jsonify(body.model_dump(mode="json")))


@bp.get("/search")
@spec.validate(query=SearchQuery, resp=Response(HTTP_200=SearchPage, HTTP_400=Error, HTTP_429=Error),
               tags=["search"])
def search() -> ResponseReturnValue:
    """Search titles, metadata and the text of published (redacted) copies."""
    from library.errors import Invalid
    from library.search.service import search as run_search
    from webui.services import db

    q: SearchQuery = request.context.query  # type: ignore[attr-defined]
    filters = {k: str(v) for k, v in (("type", q.type), ("oia_category", q.oia_category), ("year", q.year))
               if v is not None}
    try:
        found = run_search(db(), q.q, _anon(), filters=filters, sort=q.sort, page=q.page, per_page=q.per_page,
                           facets=False)
    except Invalid as exc:
        return _error(400, "bad query", str(exc))
    hits = [SearchHit(uid=r.uid, type=r.type, title=r.title, path=r.path,
                      url=_item_url(r), snippet=unescape(_TAGS.sub("", r.snippet_html)), published=r.date,
                      document_number=r.document_number, document_date=r.document_date, score=r.score)
            for r in found.results]
    body = SearchPage(query=found.query, total=found.total, total_exact=found.total_exact, relaxed=found.relaxed,
                      page=found.page, per_page=found.per_page, pages=found.pages, results=hits)
    return _public(jsonify(body.model_dump(mode="json")))


@bp.get("/openapi.json")
def openapi() -> ResponseReturnValue:
    """The OpenAPI 3 document, generated by spectree from the routes above (on the first request)."""
    return _public(jsonify(spec.spec))


def register(app: Any) -> None:
    """The blueprint; errors under ``/api/`` are JSON (``webui.errors``)."""
    app.register_blueprint(bp)
    from webui import api_staff

    api_staff.register(app)  # staff operations with personal API tokens (/api/v1/staff/)
