"""Agency-wide switches, stored in ``agency_settings``; each one's default lives here.

* ``label_boxes`` (on): every black box of a published PDF carries its legal basis
  (ม.15(5), ม.15(2), …) and every DOCX mask ends in it (``[ม.15(5)]``).
* ``rescan_takedown`` (off): a re-scan finding takes the item down until reviewed
  (``library.rescan``); off, it stays up and the finding raises an alert.
* ``thai_digits`` (off): the site writes its own numbers and dates (counts, page numbers,
  file sizes, dates, the law's section numbers in its wording) in Thai digits ๐–๙; off, in
  Arabic digits 0–9. What people wrote (titles, document numbers, IDs, addresses, links)
  stays as written. The Thai pages follow it; English pages use Arabic digits.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from library import audit
from library.errors import Forbidden, Invalid
from library.models import AgencySetting, utcnow
from library.roles import SITE_ADMIN
from library.security import Principal

DEFAULTS: dict[str, bool] = {"label_boxes": True, "rescan_takedown": False, "thai_digits": False}


def get(session: Session, key: str) -> Any:
    if key not in DEFAULTS:
        raise Invalid(f"unknown setting {key!r} (one of {', '.join(DEFAULTS)})")
    row = session.get(AgencySetting, key)
    return DEFAULTS[key] if row is None else row.value


def put(session: Session, principal: Principal, key: str, value: Any) -> None:
    if SITE_ADMIN not in principal.roles:
        raise Forbidden("only a site administrator changes agency settings")
    if key not in DEFAULTS:
        raise Invalid(f"unknown setting {key!r} (one of {', '.join(DEFAULTS)})")
    if not isinstance(value, type(DEFAULTS[key])):
        raise Invalid(f"{key} must be {type(DEFAULTS[key]).__name__}")
    row = session.get(AgencySetting, key)
    old = DEFAULTS[key] if row is None else row.value
    if row is None:
        session.add(AgencySetting(key=key, value=value, updated_by=principal.name, updated_at=utcnow()))
    else:
        row.value, row.updated_by, row.updated_at = value, principal.name, utcnow()
    session.flush()
    audit.record(session, principal, "settings.change", f"setting:{key}", old=old, new=value)


def all_settings(session: Session) -> dict[str, Any]:
    return {k: get(session, k) for k in DEFAULTS}
