"""Agency profile: the agency's own public facts, handed to policy as a keep list.

Optional. A TOML file::

    name = "ที่ว่าการอำเภอเมืองมหาสารคาม"
    addresses = ["ถนนนครสวรรค์ ตำบลตลาด อำเภอเมืองมหาสารคาม จังหวัดมหาสารคาม 44000"]
    phones = ["0 4372 1248"]
    fax = ["0 4372 1249"]
    emails = ["saraban@mahasarakham.go.th"]
    website = "https://www.mahasarakham.go.th"

    [[officials]]
    name = "นายประสาน ดิษสละ"
    position = "นายอำเภอเมืองมหาสารคาม"
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from redactor.errors import BadInput


@dataclass(frozen=True)
class Official:
    name: str
    position: str = ""


@dataclass(frozen=True)
class AgencyProfile:
    name: str = ""
    addresses: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    fax: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    website: str = ""
    officials: tuple[Official, ...] = field(default_factory=tuple)

    def keep_strings(self) -> list[tuple[str, str]]:
        """(text, reason) pairs that must stay visible wherever they appear."""
        out: list[tuple[str, str]] = []
        if self.name:
            out.append((self.name, "agency name (profile)"))
        out += [(a, "agency address (profile)") for a in self.addresses]
        out += [(p, "agency phone (profile)") for p in (*self.phones, *self.fax)]
        out += [(e, "agency e-mail (profile)") for e in self.emails]
        if self.website:
            out.append((self.website, "agency website (profile)"))
        for o in self.officials:
            out.append((o.name, f"official in office: {o.position} (profile)"))
        return [(t, r) for t, r in out if t.strip()]

    @classmethod
    def load(cls, path: Path) -> AgencyProfile:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise BadInput(f"cannot read agency profile {path}: {exc}") from exc
        return cls.from_dict(data)

    @classmethod
    def from_dict(cls, data: dict) -> AgencyProfile:
        def strs(key: str) -> tuple[str, ...]:
            val = data.get(key, [])
            if isinstance(val, str):
                return (val,)
            if not isinstance(val, list) or not all(isinstance(v, str) for v in val):
                raise BadInput(f"agency profile: '{key}' must be a list of strings")
            return tuple(val)

        officials = []
        for o in data.get("officials", []):
            if not isinstance(o, dict) or not isinstance(o.get("name"), str):
                raise BadInput("agency profile: each official needs a 'name'")
            officials.append(Official(o["name"], str(o.get("position", ""))))
        return cls(
            name=str(data.get("name", "")),
            addresses=strs("addresses"),
            phones=strs("phones"),
            fax=strs("fax"),
            emails=strs("emails"),
            website=str(data.get("website", "")),
            officials=tuple(officials),
        )
