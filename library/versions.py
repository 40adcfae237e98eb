"""Versions (Plone's CMFEditions, simplified): every change of metadata or file makes one.

A version is a snapshot of the item's editable fields (JSON) plus the
document file it pointed to. Reverting copies an old snapshot back and makes a
*new* version, so history only ever grows.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from library import audit, outbox
from library import workflow as wf
from library.content_types import DATE_FIELDS, DATETIME_FIELDS, get_type
from library.errors import Invalid, NotFound
from library.models import Content, Version, utcnow
from library.security import Principal, is_public, require


def snapshot(item: Content) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in get_type(item.type).editable_fields:
        value = getattr(item, name)
        if isinstance(value, (date, datetime)):
            value = value.isoformat()
        elif isinstance(value, list):
            value = list(value)
        out[name] = value
    return out


def restore_value(name: str, value: Any) -> Any:
    if value is None:
        return None
    if name in DATETIME_FIELDS:
        return datetime.fromisoformat(value)
    if name in DATE_FIELDS:
        return date.fromisoformat(value)
    return value


def new_version(session: Session, principal: Principal, item: Content, note: str = "") -> Version:
    item.version = (item.version or 0) + 1
    v = Version(item_id=item.id, number=item.version, data=snapshot(item), file_id=item.current_file_id,
                actor_id=principal.user_id, actor_name=principal.name, note=note, at=utcnow())
    session.add(v)
    return v


def history(session: Session, item: Content) -> list[Version]:
    """Newest first."""
    return list(session.scalars(select(Version).where(Version.item_id == item.id)
                                .order_by(Version.number.desc())))


def get_version(session: Session, item: Content, number: int) -> Version:
    v = session.scalar(select(Version).where(Version.item_id == item.id, Version.number == number))
    if v is None:
        raise NotFound(f"{item.path} has no version {number}")
    return v


def diff(old: Version, new: Version) -> dict[str, tuple[Any, Any]]:
    """Fields that differ between two versions: ``{field: (old, new)}`` (``file`` for the document)."""
    keys = set(old.data) | set(new.data)
    out = {k: (old.data.get(k), new.data.get(k)) for k in sorted(keys) if old.data.get(k) != new.data.get(k)}
    if old.file_id != new.file_id:
        out["file"] = (old.file_id, new.file_id)
    return out


def revert(session: Session, principal: Principal, item: Content, number: int, note: str = "") -> Version:
    """Make the item's fields (and file) what they were in version ``number``, as a new version."""
    require(principal, wf.EDIT, item)
    old = get_version(session, item, number)
    if old.file_id != item.current_file_id:
        require(principal, wf.EDIT_FILE, item)
    changed = []
    for name, value in old.data.items():
        if name not in get_type(item.type).editable_fields:
            continue
        restored = restore_value(name, value)
        if getattr(item, name) != restored:
            setattr(item, name, restored)
            changed.append(name)
    if old.file_id != item.current_file_id:
        if old.file_id is None:
            raise Invalid("cannot revert to a version without a file; upload a new file instead")
        item.current_file_id = old.file_id
        changed.append("file")
    if not changed:
        raise Invalid(f"{item.path} is already as it was in version {number}")
    item.modified_at = utcnow()
    v = new_version(session, principal, item, note or f"revert to version {number}")
    session.flush()
    audit.record(session, principal, "item.revert", item, to_version=number, new_version=v.number,
                 fields=changed)
    if is_public(item):
        outbox.emit(session, "item.updated", item, **outbox.item_payload(item))
    return v
