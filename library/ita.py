"""The ITA open-data checklist (OIT): which items the yearly assessment looks for, and whether the
site has current evidence for each.

A year's items are data: ``library/data/ita/<year>.toml`` ships with Phoei and
``<instance>/ita/<year>.toml`` adds or replaces a year, so a new year needs no code. Each item maps
to folders and OIA categories of the tree (defaults in the year's file, matched to the seeded
tree); ``<instance>/ita/mapping.toml`` remaps items per instance.

Status of an item, from its evidence (published, effective items below a mapped folder, or of a
mapped OIA category, or in a folder of that category):

* ``missing``: no evidence;
* ``stale``: the newest evidence is older than the item's update frequency allows, or every piece
  of evidence is past its review-by date;
* ``current``: the newest evidence is within the frequency;
* ``present``: evidence exists and the item has no update frequency (``as_needed``).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from library.errors import Invalid, NotFound
from library.models import Content, utcnow
from library.security import public_clause
from library.thaidate import to_bangkok

DATA_DIR = Path(__file__).with_name("data") / "ita"
STATUSES = ("current", "present", "stale", "missing")
STATUS_TH = {"current": "เป็นปัจจุบัน", "present": "มีข้อมูล", "stale": "ไม่เป็นปัจจุบัน", "missing": "ยังไม่มีข้อมูล"}
FREQUENCY_TH = {"monthly": "รายเดือน", "quarterly": "รายไตรมาส", "semiannual": "ทุก 6 เดือน", "yearly": "รายปี",
                "as_needed": "เมื่อมีการเปลี่ยนแปลง"}
_YEAR_FILE = re.compile(r"^(\d{4})\.toml$")
_CODE = re.compile(r"^[A-Z]{1,4}\d{1,3}$")


@dataclass(frozen=True)
class OitItem:
    code: str
    title: str
    evidence: str
    frequency: str
    group: str
    folders: tuple[str, ...]
    categories: tuple[str, ...]


@dataclass(frozen=True)
class Checklist:
    year: int  # Buddhist era
    title: str
    status: str  # e.g. "reconstructed" when not copied from the year's manual
    frequencies: dict[str, int]  # frequency → days the newest evidence may be old (0: not judged)
    items: tuple[OitItem, ...]
    source: Path


def _dirs(instance: Path | None) -> list[Path]:
    return [DATA_DIR] + ([instance / "ita"] if instance is not None else [])


def year_files(instance: Path | None = None) -> dict[int, Path]:
    """Every year with a checklist file; an instance's file replaces the shipped one of its year."""
    out: dict[int, Path] = {}
    for d in _dirs(instance):
        if d.is_dir():
            for p in sorted(d.iterdir()):
                m = _YEAR_FILE.match(p.name)
                if m and p.is_file():
                    out[int(m[1])] = p
    return dict(sorted(out.items()))


def years(instance: Path | None = None) -> list[int]:
    return list(year_files(instance))


def load(year: int | None = None, instance: Path | None = None) -> Checklist:
    """The checklist of ``year`` (Buddhist era), by default the newest one."""
    files = year_files(instance)
    if not files:
        raise NotFound("no ITA checklist file")
    if year is None:
        year = max(files)
    if year not in files:
        raise NotFound(f"no ITA checklist for {year} (have {', '.join(map(str, files))})")
    path = files[year]
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise Invalid(f"{path}: {exc}") from None
    mapping = load_mapping(instance)
    return parse(data, path, year, mapping)


def parse(data: dict[str, Any], path: Path, year: int, mapping: dict[str, dict[str, Any]] | None = None) -> Checklist:
    mapping = mapping or {}
    freqs = {str(k): int(v) for k, v in (data.get("frequencies") or {}).items()}
    items = []
    seen = set()
    for n, raw in enumerate(data.get("items") or [], 1):
        code = str(raw.get("code", ""))
        if not _CODE.match(code):
            raise Invalid(f"{path}: item {n} has no valid code (like O1)")
        if code in seen:
            raise Invalid(f"{path}: item {code} appears twice")
        seen.add(code)
        freq = str(raw.get("frequency", "as_needed"))
        if freq not in freqs and freq != "as_needed":
            raise Invalid(f"{path}: item {code} has frequency {freq!r}, not one of [frequencies]")
        over = mapping.get(code, {})
        items.append(OitItem(code=code, title=str(raw.get("title", "")).strip(),
                             evidence=str(raw.get("evidence", "")).strip(), frequency=freq,
                             group=str(raw.get("group", "")).strip(),
                             folders=tuple(over.get("folders", raw.get("folders", ())) or ()),
                             categories=tuple(over.get("categories", raw.get("categories", ())) or ())))
        if not items[-1].title:
            raise Invalid(f"{path}: item {code} has no title")
    if not items:
        raise Invalid(f"{path}: no [[items]]")
    return Checklist(year=int(data.get("year", year)), title=str(data.get("title", f"ITA {year}")),
                     status=str(data.get("status", "")), frequencies=freqs, items=tuple(items), source=path)


def load_mapping(instance: Path | None) -> dict[str, dict[str, Any]]:
    """``<instance>/ita/mapping.toml``: ``[O8] folders = [...]  categories = [...]`` per item."""
    if instance is None:
        return {}
    path = instance / "ita" / "mapping.toml"
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise Invalid(f"{path}: {exc}") from None
    return {str(k): dict(v) for k, v in data.items() if isinstance(v, dict)}


# --- status ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Evidence:
    uid: str
    path: str
    title: str
    published_at: datetime | None
    review_by: date | None


@dataclass(frozen=True)
class ItemStatus:
    item: OitItem
    status: str
    evidence: tuple[Evidence, ...]
    newest: date | None  # Bangkok date of the newest evidence's publication
    mapped: bool  # the item maps to some folder or category

    @property
    def status_th(self) -> str:
        return STATUS_TH[self.status]


def status(session: Session, checklist: Checklist, today: date | None = None, *,
           now: datetime | None = None, limit: int = 20) -> list[ItemStatus]:
    now = now or utcnow()
    today = today or to_bangkok(now).date()
    cat_folders = {c: [r for r in session.scalars(select(Content.path).where(Content.type == "folder",
                                                                               Content.oia_category == c))]
                   for c in {c for it in checklist.items for c in it.categories}}
    out = []
    for it in checklist.items:
        paths = list(it.folders) + [p for c in it.categories for p in cat_folders.get(c, [])]
        conds = [Content.path.like(_like_prefix(p), escape="\\") for p in paths]
        if it.categories:
            conds.append(Content.oia_category.in_(it.categories))
        if not conds:
            out.append(ItemStatus(it, "missing", (), None, False))
            continue
        rows = session.execute(select(Content.uid, Content.path, Content.title, Content.published_at,
                                      Content.review_by)
                               .where(public_clause(now), Content.type != "folder", or_(*conds))
                               .order_by(Content.published_at.desc(), Content.id.desc()).limit(limit)).all()
        ev = tuple(Evidence(r.uid, r.path, r.title, r.published_at, r.review_by) for r in rows)
        out.append(_judge(it, ev, checklist.frequencies, today))
    return out


def _judge(it: OitItem, ev: tuple[Evidence, ...], freqs: dict[str, int], today: date) -> ItemStatus:
    if not ev:
        return ItemStatus(it, "missing", ev, None, True)
    dates = [to_bangkok(e.published_at).date() for e in ev if e.published_at is not None]
    newest = max(dates) if dates else None
    if all(e.review_by is not None and e.review_by < today for e in ev):
        return ItemStatus(it, "stale", ev, newest, True)
    days = freqs.get(it.frequency, 0)
    if not days:
        return ItemStatus(it, "present", ev, newest, True)
    if newest is None or (today - newest).days > days:
        return ItemStatus(it, "stale", ev, newest, True)
    return ItemStatus(it, "current", ev, newest, True)


def summary(statuses: list[ItemStatus]) -> dict[str, int]:
    out = dict.fromkeys(STATUSES, 0)
    for st in statuses:
        out[st.status] += 1
    return out


def _like_prefix(path: str) -> str:
    p = "/" + path.strip("/")
    return p.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "/%"
