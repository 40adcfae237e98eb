"""Build the search document of an item from the database (the source of truth).

Only what a citizen may read goes in: published metadata and the text of the
verified *public* copy (never the original in the private store).
"""

from __future__ import annotations

import re
import tempfile
from datetime import date, datetime
from html import unescape
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from library import workflow as wf
from library.models import Content
from library.search.backend import SearchDocument

_TAG_RE = re.compile(r"<[^>]+>")


def html_to_text(html: str) -> str:
    return unescape(_TAG_RE.sub(" ", html))


def indexable(item: Content) -> bool:
    """Public state and not deleted. Dates and folders are checked at query time."""
    return item.deleted_at is None and item.state in wf.PUBLIC_STATES and not item.is_folder


def public_text(session: Session, item: Content) -> str:
    """The text of the item's published (redacted, verified) copy, or its page body."""
    if item.body:
        return html_to_text(item.body)
    if not item.published_sha256:
        return ""
    from library.db import library_of

    data = library_of(session).stores.public.read_bytes(item.published_sha256)
    return extract_text(data)


def extract_text(data: bytes) -> str:
    from redactor.formats import sniff_path

    with tempfile.TemporaryDirectory(prefix="phoei-search-") as tmp:
        path = Path(tmp) / "copy"
        path.write_bytes(data)
        doc = sniff_path(path).open_document(path)
        try:
            return str(doc.textmap.text)
        finally:
            doc.close()


def _when(item: Content) -> datetime | None:
    return item.effective or item.published_at or item.modified_at


def be_year(d: date | datetime | None) -> str:
    return str(d.year + 543) if d is not None else ""


def document_of(session: Session, item: Content, body: str | None = None) -> SearchDocument:
    folders = _folder_paths(session, item)
    return SearchDocument(
        uid=item.uid, path=item.path, type=item.type, title=item.title, description=item.description or "",
        keywords=tuple(item.keywords or ()), body=public_text(session, item) if body is None else body,
        oia_category=item.oia_category or "", folder=folders[-1] if folders else "/", folders=tuple(folders),
        agency=item.source_agency or item.creator or "", year=be_year(item.document_date or _when(item)),
        date=_when(item), document_number=item.document_number or "")


def _folder_paths(session: Session, item: Content) -> list[str]:
    ids = item.ancestor_ids
    if not ids:
        return []
    cache: dict[int, str] = session.info.setdefault("search_folder_paths", {})
    missing = [i for i in ids if i not in cache]
    if missing:
        rows = session.execute(select(Content.id, Content.path).where(Content.id.in_(missing)))
        cache.update({i: p for i, p in rows})
    return [cache[i] for i in ids if i in cache]
