"""The citizens' search page: reading the query string, facet and sort links, page numbers.

The search itself is ``library.search.service.search`` (asked as an anonymous
citizen); this module only turns request arguments into its parameters and its
``SearchResults`` into what the template shows. Unknown or malformed arguments
are dropped (a bad link never becomes an error page).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from flask import url_for
from flask_babel import gettext as _
from sqlalchemy import select
from sqlalchemy.orm import Session

from library.search.backend import FACETS
from library.search.service import SearchResults

# URL value → the service's sort.
SORTS = {"relevance": "relevance", "newest": "-date", "oldest": "date"}
PER_PAGE = 10
MAX_PAGE = 100          # deeper pages cost a window of page × per_page hits: nobody reads page 101
MAX_QUERY = 200
MAX_FILTER = 300


@dataclass(frozen=True)
class Params:
    q: str = ""
    sort: str = "relevance"                     # a key of SORTS
    filters: dict[str, str] = field(default_factory=dict)
    page: int = 1

    def url(self, **change: Any) -> str:
        """This search with some parameters changed (``filters`` replaces them all); page 1 unless given."""
        q = change.get("q", self.q)
        sort = change.get("sort", self.sort)
        filters = change.get("filters", self.filters)
        page = change.get("page", 1)
        args: dict[str, Any] = {"q": q}
        args.update({k: filters[k] for k in FACETS if filters.get(k)})
        if sort != "relevance":
            args["sort"] = sort
        if page > 1:
            args["page"] = page
        return url_for("public.search", **args)

    def toggled(self, name: str, value: str) -> str:
        """Add the filter ``name=value``, or remove it when it is the one in force."""
        filters = dict(self.filters)
        if filters.get(name) == value:
            filters.pop(name)
        else:
            filters[name] = value
        return self.url(filters=filters)


def read_params(args: Mapping[str, str]) -> Params:
    q = " ".join((args.get("q") or "").split())[:MAX_QUERY]
    sort = args.get("sort") or "relevance"
    if sort not in SORTS:
        sort = "relevance"
    filters = {}
    for name in FACETS:
        value = (args.get(name) or "").strip()
        if value and len(value) <= MAX_FILTER:
            filters[name] = value
    try:
        page = int(args.get("page") or 1)
    except ValueError:
        page = 1
    return Params(q=q, sort=sort, filters=filters, page=min(max(1, page), MAX_PAGE))


# --- facets ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int
    href: str
    selected: bool


@dataclass(frozen=True)
class FacetGroup:
    name: str
    heading: str
    values: list[FacetValue]


def facet_headings() -> dict[str, str]:
    return {"oia_category": _("หมวดข้อมูลตาม พ.ร.บ. ข้อมูลข่าวสาร"), "folder": _("หมวดหมู่"),
            "agency": _("หน่วยงาน"), "year": _("ปี พ.ศ."), "type": _("ประเภท")}


def folder_titles(session: Session, paths: list[str]) -> dict[str, str]:
    from library.models import Content

    if not paths:
        return {}
    return {p: t for p, t in session.execute(select(Content.path, Content.title).where(Content.path.in_(paths)))}


def facet_label(name: str, value: str, folders: Mapping[str, str]) -> str:
    from webui.filters import digits, oia_title, type_title

    if name == "oia_category":
        return oia_title(value) or value
    if name == "type":
        return type_title(value)
    if name == "year":
        return str(digits(_("พ.ศ. %(year)s", year=value)))  # a year the site writes: the agency's digits
    if name == "folder":
        return folders.get(value) or value
    return value


def facet_groups(params: Params, counts: Mapping[str, list[tuple[str, int]]], folders: Mapping[str, str],
                 limit: int = 12) -> list[FacetGroup]:
    """Each facet with its values (most frequent first); a filter in force is always listed, to remove it."""
    listed: dict[str, list[tuple[str, int]]] = {}
    for name in FACETS:
        rows = list(counts.get(name, []))[:limit]
        chosen = params.filters.get(name)
        if chosen and all(v != chosen for v, _n in rows):
            rows.insert(0, (chosen, 0))
        listed[name] = rows
    headings = facet_headings()
    groups = []
    for name in FACETS:
        values = [FacetValue(value=v, label=facet_label(name, v, folders), count=n, href=params.toggled(name, v),
                             selected=params.filters.get(name) == v) for v, n in listed[name]]
        if values:
            groups.append(FacetGroup(name=name, heading=headings[name], values=values))
    return groups


def page_model(session: Session, params: Params, results: SearchResults) -> dict[str, Any]:
    """What the template needs beyond ``results``: facet groups and folder titles by path."""
    paths = {v for v, _n in results.facets.get("folder", [])} | {r.facets.get("folder", "") for r in results.results}
    if params.filters.get("folder"):
        paths.add(params.filters["folder"])
    folders = folder_titles(session, sorted(p for p in paths if p))
    return {"groups": facet_groups(params, results.facets, folders), "folders": folders}


# --- page numbers ---------------------------------------------------------------------------


def page_numbers(page: int, pages: int, around: int = 2) -> list[int | None]:
    """1 … p-2 p-1 p p+1 p+2 … last; ``None`` marks a gap."""
    pages = min(pages, MAX_PAGE)
    wanted = {1, pages, *range(max(1, page - around), min(pages, page + around) + 1)}
    out: list[int | None] = []
    prev = 0
    for n in sorted(wanted):
        if prev and n - prev > 1:
            out.append(None)
        out.append(n)
        prev = n
    return out
