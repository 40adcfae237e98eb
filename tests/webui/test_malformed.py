"""Malformed parameters never cause a 5xx: every GET route of the app's URL map, as an anonymous visitor.

The walk takes the routes from ``app.url_map`` (a new route is covered without editing this
file), fills each path variable with real and malformed values, and adds malformed query
strings, including each route's own variable names (``?uid=1`` on a route with ``<uid>``).
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Any
from urllib.parse import quote

import pytest

from tests.webui.conftest import COMPLAINT, publish_directly

HUGE = "99999999999999999999"
MALFORMED_VALUES = ("x", "0", "-1", HUGE, "1e9", "%00", "ก" * 3, "a" * 300, "..%2F..", "1.5", "")
COMMON_QUERIES = (
    f"page={HUGE}", "page=-3", "page=x", "page=0", f"per_page={HUGE}", "per_page=-1", "q=%00",
    "q=" + "ก" * 5000, f"year={HUGE}", "year=x", "sort=zzz", "sort=", "folder=%00", "type=zzz",
    "inline=1", "inline=%00", "next=//evil.example", "next=http://evil.example", "_external=1",
    "_scheme=javascript", "_anchor=x", "show=zzz", "page=1&page=x", "lang=zzz", "%ff=%ff",
)


@pytest.fixture
def published(app: Any) -> dict[str, str]:
    """Real values for path variables: a published item, its folder, its copy's name."""
    from library import content, redaction
    from library.security import Principal

    services = app.extensions["phoei"]
    lib = services.library
    uid = publish_directly(lib, services.cache, COMPLAINT, "/oia/s9/s9-1", "เอกสารเผยแพร่สำหรับทดสอบ",
                           index=False)
    with lib.session() as s:
        item = content.get(s, uid)
        copy = redaction.public_copy(s, Principal.anonymous(), item)
        return {"uid": uid, "path": item.path.strip("/"), "name": copy.filename, "code": "s9(1)",
                "kind": "news", "fmt": "rss", "folder_path": "oia/s9/s9-1"}


def _urls(app: Any, real: dict[str, str]) -> list[str]:
    urls: list[str] = []
    for rule in app.url_map.iter_rules():
        if "GET" not in (rule.methods or set()) or rule.endpoint == "static":
            continue
        args = sorted(rule.arguments)
        choices: list[dict[str, str]] = [{a: real.get(a, "1") for a in args}]
        if "path" in args:
            choices.append({**choices[0], "path": real["folder_path"]})
        for a in args:
            for v in MALFORMED_VALUES:
                choices.append({**choices[0], a: v})
        for values in choices:
            path = rule.rule
            for a in args:
                conv = rule._converters[a]
                raw = values[a]
                if type(conv).__name__ in ("IntegerConverter", "NumberConverter") and not raw.lstrip("-").isdigit():
                    raw = "1"
                path = path.replace(f"<{_spec(rule, a)}>", quote(raw, safe="/%"))
            urls.append(path)
            # The route's own variable names as query arguments (``/download/<uid>/x?uid=1``).
            urls.extend(f"{path}?{a}={v}" for a in args for v in ("1", "%00"))
            if values is choices[0] or ("path" in args and values is choices[1]):
                urls.extend(f"{path}?{q}" for q in COMMON_QUERIES)
    return urls


def _spec(rule: Any, name: str) -> str:
    """The ``conv:name`` text of a variable in a rule, e.g. ``int:file_id`` or ``uid``."""
    m = re.search(r"<(?:[a-z]+(?:\([^)]*\))?:)?" + re.escape(name) + ">", rule.rule)
    assert m, (rule.rule, name)
    return m.group(0)[1:-1]


def test_no_5xx_for_malformed_parameters(app: Any, published: dict[str, str]) -> None:
    app.config["PROPAGATE_EXCEPTIONS"] = False
    client = app.test_client()
    urls = _urls(app, published)
    assert len(urls) > 200
    failures = []
    for url in urls:
        r = client.get(url)
        if r.status_code >= 500:
            failures.append(f"{r.status_code} {url}")
    assert failures == [], "\n".join(islice(failures, 40))


@pytest.mark.parametrize("query", [f"page={HUGE}", "page=-1", "page=abc"])
def test_folder_page_argument(client: Any, query: str) -> None:
    r = client.get(f"/browse/oia?{query}")
    assert r.status_code in (200, 400, 404)


def test_download_with_its_own_variable_names_in_the_query(app: Any, published: dict[str, str]) -> None:
    app.config["PROPAGATE_EXCEPTIONS"] = False
    client = app.test_client()
    for q in ("uid=1", "name=1", "uid=1&name=2"):
        r = client.get(f"/download/{published['uid']}/x?{q}")
        assert r.status_code in (302, 400, 404), q
        if r.status_code == 302:
            assert published["name"] in r.headers["Location"]
