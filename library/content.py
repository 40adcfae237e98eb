"""The content repository: create, edit, find, list, move and delete items.

Every function takes the caller's session and principal, checks permission
with ``library.security``, records an audit event, and never commits.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import ColumnElement, Select, String, func, literal, select, update
from sqlalchemy.orm import Session

from library import audit, outbox, versions
from library import workflow as wf
from library.content_types import (
    DATE_FIELDS,
    DATETIME_FIELDS,
    LIST_FIELDS,
    OIA_CATEGORIES,
    SORT_ORDERS,
    get_type,
)
from library.errors import Forbidden, Invalid, NotFound
from library.models import AgencyProfileRow, Content, utcnow
from library.roles import CONTRIBUTOR, SITE_ADMIN
from library.security import (
    Principal,
    forget_roles,
    is_public,
    local_roles,
    may,
    public_clause,
    require,
    visible_children_clause,
)
from library.thaidate import parse_date, start_of_day, today_bangkok

SLUG = re.compile(r"^[a-z0-9][a-z0-9._-]{0,199}$")
MAX_TITLE = 500


# --- lookup --------------------------------------------------------------------------


def get(session: Session, ref: int | str) -> Content:
    """By id, uid (32 hex) or path ("/oia/s7"). Deleted items are found too (``deleted_at``)."""
    item: Content | None
    if isinstance(ref, int):
        item = session.get(Content, ref)
    elif ref.startswith("/"):
        item = session.scalar(select(Content).where(Content.path == normalise_path(ref)))
    else:
        item = session.scalar(select(Content).where(Content.uid == ref))
    if item is None:
        raise NotFound(f"no item {ref!r}")
    return item


def normalise_path(path: str) -> str:
    path = "/" + path.strip().strip("/")
    return path if path != "/" else "/"


def roots(session: Session) -> list[Content]:
    return list(session.scalars(select(Content).where(Content.parent_id.is_(None), Content.deleted_at.is_(None))
                                .order_by(Content.position, Content.id)))


def ancestors(session: Session, item: Content) -> list[Content]:
    """Root first (for breadcrumbs)."""
    ids = item.ancestor_ids
    if not ids:
        return []
    found = {c.id: c for c in session.scalars(select(Content).where(Content.id.in_(ids)))}
    return [found[i] for i in ids if i in found]


# --- values --------------------------------------------------------------------------


def make_slug(title: str, fallback: str) -> str:
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title).strip("-")[:80].strip("-")
    return slug or fallback


def coerce(type_id: str, name: str, value: Any) -> Any:
    """Check and convert one field value; raise ``Invalid`` with a message for the form."""
    if name not in get_type(type_id).editable_fields:
        raise Invalid(f"{type_id} has no field {name!r}")
    if name == "title":
        if not isinstance(value, str) or not value.strip():
            raise Invalid("a title is required")
        if len(value) > MAX_TITLE:
            raise Invalid(f"the title is longer than {MAX_TITLE} characters")
        return " ".join(value.split())
    if value is None or value == "":
        if name in LIST_FIELDS:
            return []
        if name in ("description", "rights", "creator", "language"):
            return "th" if name == "language" else ""
        return None
    if name in LIST_FIELDS:
        items = value.split(",") if isinstance(value, str) else list(value)
        out: list[str] = []
        for k in items:
            if not isinstance(k, str):
                raise Invalid(f"{name} must be text")
            k = " ".join(k.split())
            if k and k not in out:
                out.append(k)
        return out
    if name in DATE_FIELDS:
        if isinstance(value, datetime):
            raise Invalid(f"{name} is a date, not a date and time")
        if isinstance(value, date):
            return value
        try:
            return parse_date(str(value))
        except ValueError as exc:
            raise Invalid(f"{name}: {exc}") from None
    if name in DATETIME_FIELDS:
        if isinstance(value, datetime):
            if value.tzinfo is None:
                raise Invalid(f"{name}: give a time zone (a naive date and time is ambiguous)")
            return value
        if isinstance(value, date):
            return start_of_day(value)
        try:
            parsed = datetime.fromisoformat(str(value))
        except ValueError:
            try:
                return start_of_day(parse_date(str(value)))
            except ValueError as exc:
                raise Invalid(f"{name}: {exc}") from None
        if parsed.tzinfo is None:
            return start_of_day(parsed.date()) if parsed.time() == datetime.min.time() else _naive(name)
        return parsed
    if name == "oia_category":
        if value not in OIA_CATEGORIES:
            raise Invalid(f"unknown OIA category {value!r} (one of {', '.join(OIA_CATEGORIES)})")
        return value
    if name == "remote_url":
        parts = urlsplit(str(value).strip())
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise Invalid("a link must be an http:// or https:// address")
        return str(value).strip()
    if not isinstance(value, str):
        raise Invalid(f"{name} must be text")
    return value.strip() if name not in ("body",) else value


def _naive(name: str) -> datetime:
    raise Invalid(f"{name}: give a time zone (a naive date and time is ambiguous)")


def _check_dates(item: Content) -> None:
    if item.effective and item.expires and item.expires <= item.effective:
        raise Invalid("the expiry date must be after the effective date")


# --- create --------------------------------------------------------------------------


def create(session: Session, principal: Principal, folder: Content | None, type_id: str, *,
           slug: str | None = None, note: str = "", **fields: Any) -> Content:
    """Add an item inside ``folder`` (``None``: at the top, site administrators only).

    An external submitter's item follows the external flow; everyone else's the
    internal flow. The creator becomes the item's owner.
    """
    ctype = get_type(type_id)
    if folder is None:
        if SITE_ADMIN not in principal.roles:
            raise Forbidden("only a site administrator adds items at the top level")
    else:
        require(principal, wf.ADD, folder)
        if not folder.is_folder:
            raise Invalid(f"{folder.path} is not a folder")
    flow = wf.INTERNAL
    if folder is not None and not (local_roles(session, principal, folder) | principal.roles) & {CONTRIBUTOR,
                                                                                                 SITE_ADMIN}:
        flow = wf.EXTERNAL  # may ADD only as an external submitter
        if not ctype.external:
            raise Forbidden(f"an external agency may not submit a {ctype.title_en.lower()}")
    if "title" not in fields:
        raise Invalid("a title is required")
    values = {name: coerce(type_id, name, value) for name, value in fields.items()}

    uid = uuid.uuid4().hex
    if slug is None:
        slug = _unique_slug(session, folder, make_slug(values["title"], f"{type_id}-{uid[:8]}"))
    elif not SLUG.match(slug):
        raise Invalid(f"an id must be lowercase letters, digits, '.', '-' or '_' (not {slug!r})")
    elif _slug_taken(session, folder, slug):
        raise Invalid(f"{slug!r} already exists in {folder.path if folder else 'the top level'}")

    now = utcnow()
    item = Content(uid=uid, type=type_id, parent_id=folder.id if folder else None, slug=slug,
                   path=_child_path(folder, slug), ancestry=_child_ancestry(folder),
                   position=_next_position(session, folder), flow=flow, state=wf.INITIAL_STATE[flow],
                   owner_id=principal.user_id, created_at=now, modified_at=now, version=0,
                   keywords=[], description="", rights="", language="th", creator="")
    for name, value in values.items():
        setattr(item, name, value)
    if folder is not None and "oia_category" not in values:
        item.oia_category = folder.oia_category
    if not item.creator:
        item.creator = (principal.agency if flow == wf.EXTERNAL else None) or _agency_name(session)
    if flow == wf.EXTERNAL and not item.source_agency:
        item.source_agency = principal.agency
    _check_dates(item)
    session.add(item)
    session.flush()
    versions.new_version(session, principal, item, note or "created")
    audit.record(session, principal, "item.create", item, type=type_id, flow=flow)
    return item


def _agency_name(session: Session) -> str:
    row = session.get(AgencyProfileRow, 1)  # from the identity map after the first call
    return row.name if row is not None else ""


def _child_path(folder: Content | None, slug: str) -> str:
    return f"{folder.path.rstrip('/')}/{slug}" if folder else f"/{slug}"


def _child_ancestry(folder: Content | None) -> str:
    return f"{folder.ancestry}{folder.id}/" if folder else "/"


def _parent_clause(folder: Content | None) -> ColumnElement[bool]:
    return Content.parent_id == folder.id if folder else Content.parent_id.is_(None)


def _slug_taken(session: Session, folder: Content | None, slug: str) -> bool:
    return session.scalar(select(Content.id).where(_parent_clause(folder), Content.slug == slug)) is not None


def _unique_slug(session: Session, folder: Content | None, base: str) -> str:
    slug, n = base, 1
    while _slug_taken(session, folder, slug):
        n += 1
        slug = f"{base}-{n}"
    return slug


def _next_position(session: Session, folder: Content | None) -> int:
    top = session.scalar(select(func.max(Content.position)).where(_parent_clause(folder)))
    return 0 if top is None else top + 1


# --- edit ----------------------------------------------------------------------------


def update_item(session: Session, principal: Principal, item: Content, *, note: str = "",
                **changes: Any) -> list[str]:
    """Change metadata; returns the fields that changed (a new version when any did)."""
    require(principal, wf.EDIT, item)
    changed = []
    for name, value in changes.items():
        new = coerce(item.type, name, value)
        if getattr(item, name) != new:
            setattr(item, name, new)
            changed.append(name)
    if not changed:
        return []
    _check_dates(item)
    if item.state in wf.PUBLIC_STATES:
        # A change to a public item is public at once: its typed text must pass the redactor unaided.
        from library.typed import TEXT_FIELDS, check, text_problems

        if set(changed) & set(TEXT_FIELDS):
            check(session, principal, item)
            problems = text_problems(session, item)
            if problems:
                raise Invalid("the new text of a published item needs a reviewer first (retract it, edit, "
                              "and publish again): " + "; ".join(problems))
    item.modified_at = utcnow()
    v = versions.new_version(session, principal, item, note)
    audit.record(session, principal, "item.edit", item, fields=changed, version=v.number)
    if is_public(item):
        outbox.emit(session, "item.updated", item, **outbox.item_payload(item))
    return changed


def confirm_current(session: Session, principal: Principal, item: Content, review_by: date | str,
                    note: str = "") -> None:
    """Seed §4.1: the officer checked the item is still correct and current; set the next review date."""
    require(principal, wf.CONFIRM_CURRENT, item)
    new = coerce(item.type, "review_by", review_by)
    if new is None or new <= today_bangkok():
        raise Invalid("the next review date must be in the future")
    item.review_by = new
    item.modified_at = utcnow()
    v = versions.new_version(session, principal, item, note or "confirmed current")
    audit.record(session, principal, "item.confirm_current", item, review_by=new, version=v.number)


def configure_folder(session: Session, principal: Principal, folder: Content, *,
                     accepts_external: bool | None = None, block_local_roles: bool | None = None,
                     sort_order: str | None = None) -> None:
    require(principal, wf.CONFIGURE, folder)
    settings: dict[str, Any] = {}
    if accepts_external is not None:
        settings["accepts_external"] = bool(accepts_external)
    if block_local_roles is not None:
        settings["block_local_roles"] = bool(block_local_roles)
    if sort_order is not None:
        if sort_order not in SORT_ORDERS:
            raise Invalid(f"unknown sort order {sort_order!r} (one of {', '.join(SORT_ORDERS)})")
        settings["sort_order"] = sort_order
    for k, v in settings.items():
        setattr(folder, k, v)
    forget_roles(session)
    audit.record(session, principal, "folder.configure", folder, **settings)


# --- listing -------------------------------------------------------------------------


@dataclass
class Page:
    items: list[Content]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


_SORTS: dict[str, tuple[Any, ...]] = {
    "position": (Content.position, Content.id),
    "-effective": (Content.effective.desc(), Content.id.desc()),
    "title": (Content.title, Content.id),
    "-document_date": (Content.document_date.desc(), Content.id.desc()),
    "-modified": (Content.modified_at.desc(), Content.id.desc()),
}


def children_query(session: Session, principal: Principal, folder: Content,
                   now: datetime | None = None) -> Select[Any]:
    require(principal, wf.VIEW, folder, now=now)
    return select(Content).where(Content.parent_id == folder.id,
                                 visible_children_clause(session, principal, folder, now))


MAX_PAGE = 1_000_000


def list_folder(session: Session, principal: Principal, folder: Content, page: int = 1, per_page: int = 50,
                sort: str | None = None, types: Iterable[str] | None = None,
                now: datetime | None = None) -> Page:
    """One page of the children ``principal`` may see, in the folder's order."""
    if not 1 <= page <= MAX_PAGE or not 1 <= per_page <= 500:
        # The bound keeps the OFFSET inside a 64-bit integer (and a database's patience).
        raise Invalid(f"page must be between 1 and {MAX_PAGE:,} and per_page between 1 and 500")
    sort = sort or folder.sort_order
    if sort not in _SORTS:
        raise Invalid(f"unknown sort order {sort!r}")
    require(principal, wf.VIEW, folder, now=now)
    where = [Content.parent_id == folder.id, visible_children_clause(session, principal, folder, now)]
    if types:
        where.append(Content.type.in_(list(types)))
    # Count and choose the page's ids from the covering index, then read only those rows.
    total = session.scalar(select(func.count(Content.id)).where(*where)) or 0
    ids = list(session.scalars(select(Content.id).where(*where).order_by(*_SORTS[sort])
                               .limit(per_page).offset((page - 1) * per_page)))
    found = {c.id: c for c in session.scalars(select(Content).where(Content.id.in_(ids)))} if ids else {}
    return Page([found[i] for i in ids], total, page, per_page)


def tree(session: Session, principal: Principal, root: Content | None = None, depth: int = 3,
         now: datetime | None = None) -> list[tuple[int, Content]]:
    """(depth, item) pairs of what ``principal`` sees, depth-first, folders and their contents."""
    out: list[tuple[int, Content]] = []

    def walk(folder: Content, level: int) -> None:
        out.append((level, folder))
        if level + 1 >= depth or not folder.is_folder:
            return
        for child in session.scalars(children_query(session, principal, folder, now)
                                     .order_by(*_SORTS[folder.sort_order])):
            walk(child, level + 1)

    starts = [root] if root is not None else [r for r in roots(session) if may(principal, wf.VIEW, r, now=now)]
    for start in starts:
        walk(start, 0)
    return out


_PUBLIC_ORDERS: dict[str, tuple[Any, ...]] = {
    "-published": (func.coalesce(Content.effective, Content.published_at).desc(), Content.id.desc()),
    "path": (Content.path,),
}


def _public_where(types: Iterable[str] | None, folders: bool, oia_category: str | None,
                  now: datetime | None) -> list[ColumnElement[bool]]:
    where = [public_clause(now)]
    wanted = list(types) if types is not None else []
    if wanted:
        where.append(Content.type.in_(wanted))
    elif not folders:
        where.append(Content.type != "folder")
    if oia_category:
        where.append(Content.oia_category == oia_category)
    return where


def public_items(session: Session, *, types: Iterable[str] | None = None, folders: bool = False,
                 oia_category: str | None = None, limit: int = 20, offset: int = 0, order: str = "-published",
                 now: datetime | None = None) -> list[Content]:
    """Public items anywhere in the tree: what ``is_public`` lets a citizen see, decided in SQL.

    ``types`` limits the content types (default: everything but folders, unless
    ``folders``); ``order`` is ``-published`` (effective date, else publication
    date, newest first) or ``path``.
    """
    if order not in _PUBLIC_ORDERS:
        raise Invalid(f"unknown order {order!r} (one of {', '.join(_PUBLIC_ORDERS)})")
    if not 1 <= limit <= 500 or offset < 0:
        raise Invalid("limit must be between 1 and 500 and offset >= 0")
    return list(session.scalars(select(Content).where(*_public_where(types, folders, oia_category, now))
                                .order_by(*_PUBLIC_ORDERS[order]).limit(limit).offset(offset)))


def count_public(session: Session, *, types: Iterable[str] | None = None, folders: bool = False,
                 oia_category: str | None = None, now: datetime | None = None) -> int:
    """How many items ``public_items`` would list with the same filters."""
    return session.scalar(select(func.count(Content.id))
                          .where(*_public_where(types, folders, oia_category, now))) or 0


REVIEW_STATES = ("pending", "submitted", "private")


def review_queue(session: Session, principal: Principal) -> list[Content]:
    """File items with a document still to be redacted (``REVIEW_STATES``: drafts, submitted and pending),
    least recently changed first: those ``principal`` may redact."""
    rows = session.scalars(select(Content).where(Content.deleted_at.is_(None), Content.type == "file",
                                                 Content.state.in_(REVIEW_STATES),
                                                 Content.current_file_id.is_not(None))
                           .order_by(Content.modified_at)).all()
    return [r for r in rows if may(principal, wf.REDACT, r)]


def uploads_of(session: Session, principal: Principal, limit: int = 200) -> list[Content]:
    """What this user created (my uploads, an agency's requests), newest first; deleted items left out."""
    if principal.user_id is None:
        return []
    return list(session.scalars(select(Content).where(Content.owner_id == principal.user_id,
                                                      Content.deleted_at.is_(None))
                                .order_by(Content.created_at.desc()).limit(limit)))


def due_for_review(session: Session, today: date | None = None, within_days: int = 0) -> list[Content]:
    """Public items whose review-by date has passed (or falls within ``within_days``), oldest first."""
    today = today or today_bangkok()
    limit = today + timedelta(days=within_days)
    return list(session.scalars(select(Content).where(Content.state.in_(wf.PUBLIC_STATES),
                                                      Content.deleted_at.is_(None),
                                                      Content.review_by.is_not(None),
                                                      Content.review_by <= limit)
                                .order_by(Content.review_by, Content.id)))


# --- move and delete -----------------------------------------------------------------


def move(session: Session, principal: Principal, item: Content, target: Content, slug: str | None = None) -> None:
    """Move (and optionally rename) an item; paths below it follow."""
    require(principal, wf.EDIT, item)
    require(principal, wf.ADD, target)
    if not target.is_folder:
        raise Invalid(f"{target.path} is not a folder")
    if target.id == item.id or f"/{item.id}/" in f"{target.ancestry}{target.id}/":
        raise Invalid("cannot move a folder into itself")
    slug = slug or item.slug
    if not SLUG.match(slug):
        raise Invalid(f"an id must be lowercase letters, digits, '.', '-' or '_' (not {slug!r})")
    if (target.id != item.parent_id or slug != item.slug) and _slug_taken(session, target, slug):
        raise Invalid(f"{slug!r} already exists in {target.path}")
    old_path, old_ancestry = item.path, f"{item.ancestry}{item.id}/"
    was_public = is_public(item)
    if target.id != item.parent_id:
        item.position = _next_position(session, target)
    item.parent_id, item.slug = target.id, slug
    item.path, item.ancestry = _child_path(target, slug), _child_ancestry(target)
    new_ancestry = f"{item.ancestry}{item.id}/"
    session.flush()
    # Descendants: rewrite the path and ancestry prefixes in two statements.
    session.execute(update(Content).where(Content.ancestry.startswith(old_ancestry))
                    .values(path=literal(item.path, String) + func.substr(Content.path, len(old_path) + 1),
                            ancestry=literal(new_ancestry, String) + func.substr(Content.ancestry,
                                                                                 len(old_ancestry) + 1))
                    .execution_options(synchronize_session=False))
    session.expire_all()
    forget_roles(session)
    audit.record(session, principal, "item.move", item, old_path=old_path, new_path=item.path)
    if was_public or is_public(item):
        outbox.emit(session, "item.retracted", None, uid=item.uid, path=old_path, subtree=item.is_folder)
        if is_public(item):
            outbox.emit(session, "item.published", item, **outbox.item_payload(item))


def delete(session: Session, principal: Principal, item: Content, reason: str = "") -> None:
    """Soft delete: the row, its versions, files and history stay for the record."""
    require(principal, wf.DELETE, item)
    if item.is_folder and session.scalar(select(Content.id).where(Content.parent_id == item.id,
                                                                  Content.deleted_at.is_(None)).limit(1)):
        raise Invalid(f"{item.path} is not empty")
    old_path = item.path
    item.deleted_at = utcnow()
    # Free the id for a new item, as Plone does; the audit event keeps the old path.
    item.slug = f"{item.slug}.deleted-{item.id}"
    item.path = f"{old_path}.deleted-{item.id}"
    audit.record(session, principal, "item.delete", item, reason=reason, old_path=old_path)
    outbox.emit(session, "item.deleted", None, uid=item.uid, path=old_path, subtree=item.is_folder)
