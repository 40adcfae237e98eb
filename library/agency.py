"""The agency profile, stored in the library and handed to the redactor as its keep list.

The same facts ITA asks an agency to publish (name, addresses, phones, fax,
e-mails, website, executives and officials with their positions) are kept in
``agency_profile`` and ``officials``; ``agency_profile(session)`` builds the
redactor's ``AgencyProfile`` from them, so the officials the library publishes
are never redacted as private persons.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from library import audit
from library.errors import Forbidden, Invalid, NotFound
from library.models import AgencyProfileRow, Official, utcnow
from library.roles import SITE_ADMIN
from library.security import Principal
from redactor.profile import AgencyProfile
from redactor.profile import Official as RedactorOfficial

LIST_FIELDS = ("addresses", "phones", "fax", "emails")
TEXT_FIELDS = ("name", "name_en", "website")


def _require_admin(principal: Principal) -> None:
    if SITE_ADMIN not in principal.roles:
        raise Forbidden("only a site administrator changes the agency profile")


def profile_row(session: Session) -> AgencyProfileRow:
    row = session.get(AgencyProfileRow, 1)
    if row is None:
        row = AgencyProfileRow(id=1, name="", name_en="", addresses=[], phones=[], fax=[], emails=[], website="",
                               updated_at=utcnow())
        session.add(row)
        session.flush()
    return row


def officials(session: Session, in_office_only: bool = True) -> list[Official]:
    q = select(Official).order_by(Official.rank, Official.id)
    if in_office_only:
        q = q.where(Official.in_office.is_(True))
    return list(session.scalars(q))


def agency_profile(session: Session) -> AgencyProfile:
    """The redactor's keep list, built from the database (officials in office only)."""
    row = session.get(AgencyProfileRow, 1)
    if row is None:
        return AgencyProfile()
    return AgencyProfile(
        name=row.name, addresses=tuple(row.addresses), phones=tuple(row.phones), fax=tuple(row.fax),
        emails=tuple(row.emails), website=row.website,
        officials=tuple(RedactorOfficial(o.name, o.position) for o in officials(session)))


def update_profile(session: Session, principal: Principal, **changes: Any) -> list[str]:
    _require_admin(principal)
    row = profile_row(session)
    changed = []
    for key, value in changes.items():
        if key in LIST_FIELDS:
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
                raise Invalid(f"{key} must be a list of text")
            value = [v.strip() for v in value if v.strip()]
        elif key in TEXT_FIELDS:
            if not isinstance(value, str):
                raise Invalid(f"{key} must be text")
            value = value.strip()
        else:
            raise Invalid(f"the agency profile has no field {key!r}")
        if getattr(row, key) != value:
            setattr(row, key, value)
            changed.append(key)
    if changed:
        row.updated_at = utcnow()
        audit.record(session, principal, "profile.update", "agency", fields=changed)
    return changed


def add_official(session: Session, principal: Principal, name: str, position: str = "", *, executive: bool = False,
                 rank: int | None = None, phone: str = "", email: str = "") -> Official:
    _require_admin(principal)
    if not name.strip():
        raise Invalid("an official needs a name")
    if rank is None:
        rank = len(officials(session, in_office_only=False))
    o = Official(name=name.strip(), position=position.strip(), executive=executive, rank=rank, phone=phone,
                 email=email, in_office=True)
    session.add(o)
    session.flush()
    profile_row(session).updated_at = utcnow()  # the published profile changed (the site version, webui.caching)
    audit.record(session, principal, "profile.official_add", f"official:{o.id}", name=o.name, position=o.position)
    return o


def leave_office(session: Session, principal: Principal, official_id: int) -> None:
    """The official left: no longer published nor kept by the redactor (a private person again)."""
    _require_admin(principal)
    o = session.get(Official, official_id)
    if o is None:
        raise NotFound(f"no official {official_id}")
    o.in_office = False
    profile_row(session).updated_at = utcnow()
    audit.record(session, principal, "profile.official_leave", f"official:{o.id}", name=o.name)


def import_profile(session: Session, principal: Principal, source: AgencyProfile | Path | Mapping[str, Any]
                   ) -> AgencyProfile:
    """Load a redactor profile (TOML file, dict or object); officials replace those in the database."""
    _require_admin(principal)
    if isinstance(source, Path):
        try:
            source = tomllib.loads(source.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise Invalid(f"cannot read agency profile {source}: {exc}") from exc
    if isinstance(source, Mapping):
        # redactor's from_dict wants every list present (its default, a tuple, fails its own check)
        prof = AgencyProfile.from_dict({**{k: [] for k in LIST_FIELDS}, **dict(source)})
    else:
        prof = source
    update_profile(session, principal, name=prof.name, addresses=list(prof.addresses), phones=list(prof.phones),
                   fax=list(prof.fax), emails=list(prof.emails), website=prof.website)
    session.execute(delete(Official))
    for rank, o in enumerate(prof.officials):
        session.add(Official(name=o.name, position=o.position, rank=rank, executive=rank == 0, phone="", email="",
                             in_office=True))
    profile_row(session).updated_at = utcnow()
    audit.record(session, principal, "profile.import", "agency", officials=len(prof.officials))
    return agency_profile(session)


def export_toml(session: Session) -> str:
    """The profile in the redactor's TOML format (``phoei redact --profile``)."""
    prof = agency_profile(session)

    def q(s: str) -> str:
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'

    def arr(xs: Iterable[str]) -> str:
        return "[" + ", ".join(q(x) for x in xs) + "]"

    lines = [f"name = {q(prof.name)}", f"addresses = {arr(prof.addresses)}", f"phones = {arr(prof.phones)}",
             f"fax = {arr(prof.fax)}", f"emails = {arr(prof.emails)}", f"website = {q(prof.website)}"]
    for o in prof.officials:
        lines += ["", "[[officials]]", f"name = {q(o.name)}", f"position = {q(o.position)}"]
    return "\n".join(lines) + "\n"
