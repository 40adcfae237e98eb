"""The citizens' site: home, browse the tree and the OIA categories, item pages, downloads of the
published copy, search, feedback, contact, feeds and the sitemap.

Everything here is asked as an anonymous citizen (``Principal.anonymous()``),
whoever is signed in: what a page shows is exactly what the public sees.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from flask import (
    Blueprint,
    Response,
    abort,
    flash,
    make_response,
    redirect,
    render_template,
    request,
    send_file,
    url_for,
)
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_wtf import FlaskForm
from wtforms import EmailField, RadioField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional, Regexp

from library import content, feedback, redaction, renditions
from library import workflow as wf
from library.content_types import OIA_CATEGORIES
from library.errors import Invalid, NotFound
from library.models import Content
from library.security import Principal, is_public, may
from webui.auth import safe_next
from webui.i18n import LANGUAGES
from webui.services import commit, db

bp = Blueprint("public", __name__)

NEWS_TYPES = ("news", "announcement")
PER_PAGE = 30


def anon() -> Principal:
    return Principal.anonymous()


def public_item(ref: str) -> Content:
    """The item if a citizen may see it; 404 otherwise (never 403: nothing leaks about what exists)."""
    try:
        item = content.get(db(), ref)
    except NotFound:
        abort(404)
    if not may(anon(), wf.VIEW, item):
        abort(404)
    return item


@bp.route("/")
def home() -> ResponseReturnValue:
    s = db()
    news = content.public_items(s, types=NEWS_TYPES, limit=6)
    docs = content.public_items(s, types=("file",), limit=8)
    sections = [r for r in content.roots(s) if may(anon(), wf.VIEW, r)]
    return render_template("public/home.html", news=news, docs=docs, sections=sections)


@bp.route("/browse/")
@bp.route("/browse/<path:path>")
def browse(path: str = "") -> ResponseReturnValue:
    s = db()
    if not path:
        sections = [r for r in content.roots(s) if may(anon(), wf.VIEW, r)]
        return render_template("public/sections.html", sections=sections)
    item = public_item("/" + path.strip("/"))
    crumbs = [a for a in content.ancestors(s, item)]
    if item.is_folder:
        page = max(1, request.args.get("page", 1, type=int) or 1)
        listing = content.list_folder(s, anon(), item, page=page, per_page=PER_PAGE)
        return render_template("public/folder.html", folder=item, listing=listing, crumbs=crumbs)
    copy = rendition = None
    if redaction.is_downloadable(item):
        try:
            copy = redaction.public_copy(s, anon(), item)
        except Exception:  # a missing or damaged copy: the page says so instead of failing
            copy = None
        if copy is not None:
            try:
                rendition = renditions.public_copy(s, anon(), item)  # a DOCX's PDF, beside it
            except Exception:
                rendition = None
    return render_template("public/item.html", item=item, crumbs=crumbs, copy=copy, rendition=rendition)


@bp.route("/download/<uid>/<name>")
def download(uid: str, name: str) -> ResponseReturnValue:
    """The published (redacted, verified) copy. Nothing else is ever served from here."""
    from flask import current_app

    if len(uid) != 32 or not all(c in "0123456789abcdef" for c in uid):
        abort(404)
    # Read on every download (no recheck interval): a retract anywhere stops the downloads at once.
    version = current_app.extensions["phoei.version_reader"].read(current_app.extensions["phoei.site_version"])
    memo = current_app.extensions["phoei.downloads"]
    served = memo.get(version, (uid, name))
    if served is None or not served.still_there():
        served = _served(uid, name)
        memo.put(version, (uid, name), served)
    if served.copy is None:
        # Keep ``inline``, the one argument this route reads; anything else (``uid``, ``name``,
        # url_for's own ``_external``…) would collide with url_for's parameters or mean nothing.
        keep: dict[str, Any] = {"inline": "1"} if request.args.get("inline") == "1" else {}
        return redirect(url_for("public.download", uid=uid, name=served.canonical, **keep))
    copy = served.copy
    inline = request.args.get("inline") == "1"
    resp = send_file(copy.path, mimetype=copy.media_type, as_attachment=not inline, download_name=copy.filename,
                     etag=copy.sha256, conditional=True, max_age=3600)
    resp.headers["Content-Disposition"] = content_disposition(
        "inline" if inline else "attachment", copy.filename, copy.display_name or copy.filename)
    if request.method == "GET" and resp.status_code == 200 and "Range" not in request.headers:
        current_app.extensions["phoei.download_counts"].add(served.item_id)
    return resp


def _served(uid: str, name: str) -> Any:
    """What ``/download/<uid>/<name>`` serves now, asked of the library as a citizen (404 otherwise)."""
    from webui.downloads import Served, file_identity

    s = db()
    item = public_item(uid)
    try:
        copy = redaction.public_copy(s, anon(), item)
    except NotFound:
        abort(404)
    if name != copy.filename:
        rendition = renditions.public_copy(s, anon(), item)  # the DOCX's PDF rendition, asked for by name
        if rendition is not None and name == rendition.filename:
            copy = rendition
    if name != copy.filename:
        return Served(item_id=item.id, copy=None, canonical=copy.filename)
    return Served(item_id=item.id, copy=copy, canonical=copy.filename, stat=file_identity(copy.path))


def content_disposition(kind: str, ascii_name: str, name: str) -> str:
    """RFC 6266: an ASCII ``filename`` for old clients and the real (Thai) name as
    ``filename*`` in UTF-8 (RFC 8187), which every current browser prefers."""
    fallback = "".join(c for c in ascii_name if 0x20 < ord(c) < 0x7F and c not in '"\\;')
    header = f'{kind}; filename="{fallback or "document"}"'
    if name != fallback:
        header += f"; filename*=UTF-8''{quote(name, safe='')}"
    return header


@bp.route("/category/")
def categories() -> ResponseReturnValue:
    s = db()
    rows = [(code, title, content.count_public(s, oia_category=code)) for code, title in OIA_CATEGORIES.items()]
    return render_template("public/categories.html", rows=rows)


@bp.route("/category/<code>")
def category(code: str) -> ResponseReturnValue:
    if code not in OIA_CATEGORIES:
        abort(404)
    items = content.public_items(db(), oia_category=code, limit=200)
    return render_template("public/category.html", code=code, items=items)


@bp.route("/search")
def search() -> ResponseReturnValue:
    """Thai full-text search (``library.search``) with facets, sort and pages, as a citizen."""
    from library.search.service import search as run_search
    from webui import search as page

    params = page.read_params(request.args)
    results, error = None, ""
    extra: dict[str, Any] = {"groups": [], "folders": {}}
    if params.q:
        s = db()
        try:
            results = run_search(s, params.q, anon(), filters=params.filters, sort=page.SORTS[params.sort],
                                 page=params.page, per_page=page.PER_PAGE, facets=True)
        except Invalid as exc:  # not expected: the parameters were checked above
            error = str(exc)
        else:
            extra = page.page_model(s, params, results)
    return render_template("public/search.html", q=params.q, params=params, results=results, error=error,
                           sorts=list(page.SORTS), page_numbers=page.page_numbers, **extra), 400 if error else 200


@bp.route("/opensearch.xml")
def opensearch() -> ResponseReturnValue:
    """The OpenSearch description: browsers offer this site's search in their address bar."""
    body = render_template("public/opensearch.xml", base=_site_url())
    return Response(body, mimetype="application/opensearchdescription+xml",
                    headers={"Cache-Control": "public, max-age=86400"})


class FeedbackForm(FlaskForm):
    kind = RadioField("kind", choices=list(feedback.KINDS), default="incorrect",
                      validators=[DataRequired()])
    message = TextAreaField("message", validators=[DataRequired(), Length(max=feedback.MAX_MESSAGE)])
    contact_name = StringField("contact_name", validators=[Optional(), Length(max=200)])
    contact_email = EmailField("contact_email", validators=[Optional(), Regexp(feedback.EMAIL.pattern),
                                                             Length(max=254)])


@bp.route("/feedback", methods=["GET", "POST"])
@bp.route("/feedback/<uid>", methods=["GET", "POST"])
def feedback_form(uid: str | None = None) -> ResponseReturnValue:
    item = public_item(uid) if uid else None
    form = FeedbackForm()
    if form.validate_on_submit():  # anonymous reports are rate-limited by webui.throttle
        receipt = feedback.file_report(db(), anon(), item, form.message.data, kind=form.kind.data,
                                       contact_name=form.contact_name.data or "",
                                       contact_email=form.contact_email.data or "")
        commit()
        flash(_("ขอบคุณที่แจ้งให้ทราบ หน่วยงานได้รับเรื่องแล้ว เลขที่เรื่องของท่านคือ %(ref)s", ref=receipt.reference),
              "success")
        return redirect(url_for("public.feedback_status", reference=receipt.reference, token=receipt.token,
                                new=1))
    status = 400 if form.is_submitted() else 200
    return render_template("public/feedback.html", form=form, item=item), status


@bp.route("/feedback/status/<reference>/<token>")
def feedback_status(reference: str, token: str) -> ResponseReturnValue:
    """The citizen's status page: the address is the receipt (the token is secret, never stored)."""
    try:
        fb = feedback.status_of(db(), reference, token)
    except NotFound:
        abort(404)
    item = fb.item if fb.item is not None and may(anon(), wf.VIEW, fb.item) else None
    resp = make_response(render_template("public/feedback_status.html", fb=fb, item=item,
                                         new=request.args.get("new") == "1"))
    # The token is in the address: keep it out of caches, referrers and search engines.
    resp.headers["Cache-Control"] = "no-store"
    resp.headers["Referrer-Policy"] = "no-referrer"
    resp.headers["X-Robots-Tag"] = "noindex, nofollow"
    return resp


@bp.route("/contact")
def contact() -> ResponseReturnValue:
    from library import agency
    from library.models import AgencyProfileRow

    s = db()
    row = s.get(AgencyProfileRow, 1)
    people = agency.officials(s)
    return render_template("public/contact.html", profile=row, people=people)


@bp.route("/lang/<code>")
def set_language(code: str) -> ResponseReturnValue:
    if code not in LANGUAGES:
        abort(404)
    resp = redirect(safe_next(request.args.get("next"), url_for("public.home")))
    resp.set_cookie("lang", code, max_age=365 * 24 * 3600, samesite="Lax", httponly=True,
                    secure=request.is_secure)
    return resp


# --- feeds and the sitemap ------------------------------------------------------------


def _site_url() -> str:
    """PHOEI_SITE_URL (never the client's Host header when it is set); see webui.site."""
    from webui.site import site_base

    return site_base()


def _feed_items(kind: str) -> list[Content]:
    types = NEWS_TYPES if kind == "news" else ("file",)
    return content.public_items(db(), types=types, limit=30)


def _updated(item: Content) -> datetime:
    return item.effective or item.published_at or item.modified_at or datetime.now(UTC)


@bp.route("/feeds/<kind>.<fmt>")
def feed(kind: str, fmt: str) -> ResponseReturnValue:
    if kind not in ("news", "documents") or fmt not in ("rss", "atom"):
        abort(404)
    items = _feed_items(kind)
    base = _site_url()
    titles = {"news": _("ข่าวประชาสัมพันธ์และประกาศ"), "documents": _("เอกสารเผยแพร่ล่าสุด")}
    body = render_template(f"public/feed.{fmt}.xml", items=items, base=base, title=titles[kind], kind=kind,
                           updated=max((_updated(i) for i in items), default=datetime.now(UTC)),
                           updated_of=_updated, self_url=f"{base}{request.path}")
    mime = "application/rss+xml" if fmt == "rss" else "application/atom+xml"
    return Response(body, mimetype=mime, headers={"Cache-Control": "public, max-age=600"})


@bp.route("/sitemap.xml")
def sitemap() -> ResponseReturnValue:
    s = db()
    base = _site_url()
    entries: list[tuple[str, Any]] = [(base + url_for("public.home"), None),
                                      (base + url_for("public.categories"), None),
                                      (base + url_for("public.contact"), None)]
    for depth_item in content.tree(s, anon(), depth=12):
        item = depth_item[1]
        if is_public(item):
            entries.append((base + url_for("public.browse", path=item.path.strip("/")), item.modified_at))
    body = render_template("public/sitemap.xml", entries=entries)
    return Response(body, mimetype="application/xml")


@bp.route("/robots.txt")
def robots() -> ResponseReturnValue:
    lines = ["User-agent: *", "Disallow: /staff/", "Disallow: /admin/", "Disallow: /submit/", "Disallow: /login",
             f"Sitemap: {_site_url()}{url_for('public.sitemap')}"]
    resp = make_response("\n".join(lines) + "\n")
    resp.mimetype = "text/plain"
    return resp
