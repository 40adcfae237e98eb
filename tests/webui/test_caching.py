"""HTTP caching of the citizens' pages (webui.caching): ETags, 304 on repeat, a new ETag after every
change a citizen could see, and nothing cached for signed-in people or staff pages."""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

import pytest

from library.models import utcnow
from tests.webui.conftest import FakeClock

PAGES = ["/", "/browse/news", "/category/", "/search?q=ข่าว", "/contact", "/feeds/news.atom", "/sitemap.xml"]


def _page(lib: Any, title: str, *, publish: bool = True, **fields: Any) -> str:
    """A news page by the officer, published by the reviewer (as another web process would: straight
    through the library, so only the database tells this app about it)."""
    from library import content, lifecycle, users
    from library.security import Principal

    with lib.transaction() as s:
        officer = Principal.of(users.get_user(s, "officer"))
        page = content.create(s, officer, content.get(s, "/news"), "news", title=title, body="เนื้อหาข่าว", **fields)
        lifecycle.transition(s, officer, page, "submit", "")
        if publish:
            reviewer = Principal.of(users.get_user(s, "reviewer"))
            lifecycle.transition(s, reviewer, page, "publish", "")
        return str(page.uid)


def _retract(lib: Any, uid: str) -> None:
    from library import content, lifecycle, users
    from library.security import Principal

    with lib.transaction() as s:
        reviewer = Principal.of(users.get_user(s, "reviewer"))
        lifecycle.transition(s, reviewer, content.get(s, uid), "retract", "ถอนเพื่อทดสอบ")


def _index(lib: Any) -> None:
    from library.search.indexer import apply_pending

    apply_pending(lib)


@pytest.mark.parametrize("url", PAGES)
def test_a_repeat_is_304_and_a_second_visitor_gets_the_stored_page(app: Any, url: str) -> None:
    first = app.test_client().get(url)
    assert first.status_code == 200
    etag = first.headers["ETag"]
    assert first.headers["Cache-Control"] in ("public, no-cache", "public, max-age=600")
    assert "Cookie" in first.headers["Vary"]
    assert "Set-Cookie" not in first.headers
    assert first.headers["X-Phoei-Cache"] == "miss"

    second = app.test_client().get(url)
    assert second.headers["X-Phoei-Cache"] == "hit"
    assert second.headers["ETag"] == etag and second.data == first.data
    assert second.headers["Content-Type"] == first.headers["Content-Type"]
    # the security headers are on the stored answer too
    assert second.headers["X-Content-Type-Options"] == "nosniff"

    again = app.test_client().get(url, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.data == b""
    assert again.headers["ETag"] == etag


def test_an_etag_is_the_pages_own_so_every_web_process_agrees(app_config: dict[str, Any]) -> None:
    """Two apps (two web processes) over one database give the same page the same ETag."""
    from webui import create_app

    one, other = create_app(app_config), create_app(app_config)
    try:
        a = one.test_client().get("/")
        b = other.test_client().get("/", headers={"If-None-Match": a.headers["ETag"]})
        assert b.status_code == 304
    finally:
        one.extensions["phoei"].library.dispose()
        other.extensions["phoei"].library.dispose()


def test_publish_and_retract_give_new_etags(app: Any, lib: Any) -> None:
    c = app.test_client()
    before = {u: c.get(u).headers["ETag"] for u in ("/", "/browse/news")}

    uid = _page(lib, "ข่าวแคชทดสอบหนึ่ง")
    for url, etag in before.items():
        r = c.get(url, headers={"If-None-Match": etag})
        assert r.status_code == 200 and r.headers["ETag"] != etag, url
    home = c.get("/")
    assert "ข่าวแคชทดสอบหนึ่ง" in home.data.decode()
    published_etag = home.headers["ETag"]

    # Search follows the index, which the worker updates after the publish: a new version again then.
    searched = c.get("/search?q=ข่าวแคชทดสอบหนึ่ง")
    _index(lib)
    found = c.get("/search?q=ข่าวแคชทดสอบหนึ่ง", headers={"If-None-Match": searched.headers["ETag"]})
    assert "ผลการค้นหา 0 รายการ" in searched.data.decode()
    assert found.status_code == 200 and "ผลการค้นหา 1 รายการ" in found.data.decode()

    _retract(lib, uid)
    gone = c.get("/", headers={"If-None-Match": published_etag})
    assert gone.status_code == 200 and gone.headers["ETag"] != published_etag
    assert "ข่าวแคชทดสอบหนึ่ง" not in gone.data.decode()
    _index(lib)
    assert "ผลการค้นหา 0 รายการ" in c.get("/search?q=ข่าวแคชทดสอบหนึ่ง").data.decode()


def test_publishing_through_the_web_changes_the_etag(app: Any, lib: Any, auth: Any, client: Any) -> None:
    citizen = app.test_client()
    etag = citizen.get("/").headers["ETag"]
    uid = _page(lib, "ข่าวแคชผ่านเว็บ", publish=False)
    assert citizen.get("/", headers={"If-None-Match": etag}).status_code == 304  # still pending: nothing new
    auth.login("reviewer")
    r = client.post(f"/staff/item/{uid}/transition", data={"action": "publish", "comment": ""})
    assert r.status_code in (302, 303)
    r = citizen.get("/", headers={"If-None-Match": etag})
    assert r.status_code == 200 and "ข่าวแคชผ่านเว็บ" in r.data.decode()


def test_an_item_that_becomes_effective_later_changes_the_etag_then(app: Any, lib: Any) -> None:
    c = app.test_client()
    _page(lib, "ข่าวแคชมีผลภายหลัง", effective=utcnow() + timedelta(seconds=2))
    first = c.get("/")
    assert "ข่าวแคชมีผลภายหลัง" not in first.data.decode()
    assert c.get("/").headers["X-Phoei-Cache"] == "hit"
    time.sleep(2.5)
    later = c.get("/", headers={"If-None-Match": first.headers["ETag"]})
    assert later.status_code == 200 and "ข่าวแคชมีผลภายหลัง" in later.data.decode()


def test_a_change_to_the_agency_profile_changes_the_etag(app: Any, lib: Any) -> None:
    from library import agency, users
    from library.security import Principal

    c = app.test_client()
    etag = c.get("/contact").headers["ETag"]
    with lib.transaction() as s:
        admin = Principal.of(users.get_user(s, "admin"))
        agency.add_official(s, admin, "นายแคช ทดสอบยิ่ง", "ผู้อำนวยการทดสอบ")
    r = c.get("/contact", headers={"If-None-Match": etag})
    assert r.status_code == 200 and "นายแคช ทดสอบยิ่ง" in r.data.decode()


def test_languages_are_stored_apart(app: Any) -> None:
    th = app.test_client().get("/")
    en_client = app.test_client()
    en_client.set_cookie("lang", "en")
    en = en_client.get("/")
    assert en.headers["ETag"] != th.headers["ETag"]
    assert '<html lang="en">' in en.data.decode() and '<html lang="th">' in th.data.decode()
    assert en_client.get("/", headers={"If-None-Match": th.headers["ETag"]}).status_code == 200


def test_signed_in_people_and_staff_pages_are_never_cached(app: Any, auth: Any, client: Any) -> None:
    app.test_client().get("/")  # an anonymous render is stored
    auth.login("officer")
    for url in ("/", "/browse/news", "/search?q=ข่าว", "/contact"):
        r = client.get(url)
        assert r.status_code == 200
        assert r.headers["Cache-Control"] == "no-store", url
        assert "ETag" not in r.headers and "X-Phoei-Cache" not in r.headers, url
    assert "ออกจากระบบ" in client.get("/").data.decode()  # their own header, not the stored page
    for url in ("/staff/", "/staff/upload", "/staff/review/"):
        r = client.get(url)
        assert r.status_code == 200, url
        assert r.headers["Cache-Control"] == "no-store" and "ETag" not in r.headers, url


def test_a_visitor_with_a_flash_message_gets_it_not_the_stored_page(app: Any) -> None:
    c = app.test_client()
    stored = c.get("/")
    with c.session_transaction() as sess:
        sess["_flashes"] = [("success", "ข้อความแคชทดสอบ")]
    r = c.get("/")
    assert "ข้อความแคชทดสอบ" in r.data.decode()
    assert r.headers["Cache-Control"] == "no-store" and "ETag" not in r.headers
    assert app.test_client().get("/").data == stored.data  # and that page was not stored for others


def test_errors_and_rate_limited_answers_are_not_stored(app: Any) -> None:
    c = app.test_client()
    r = c.get("/browse/no-such-folder")
    assert r.status_code == 404 and "X-Phoei-Cache" not in r.headers
    assert c.get("/browse/no-such-folder").status_code == 404


def test_the_store_is_bounded() -> None:
    from webui.caching import Page, PageStore

    store = PageStore(max_entries=3, max_bytes=10_000)
    for n in range(5):
        store.put("v1", ("k", n), Page(body=b"x" * 100, mimetype="text/html", etag=str(n), cache_control=""))
    assert len(store) == 3 and store.get(("k", 0)) is None and store.get(("k", 4)) is not None
    store.put("v1", ("big",), Page(body=b"x" * 5000, mimetype="text/html", etag="b", cache_control=""))
    assert store.get(("big",)) is None  # larger than a sixteenth of the budget: never stored
    store.put("v2", ("k", 9), Page(body=b"y", mimetype="text/html", etag="9", cache_control=""))
    assert len(store) == 1  # a new site version empties the store
    store.put("v2", ("t",), Page(body=b"z", mimetype="text/html", etag="t", cache_control="",
                                 expires=time.monotonic() - 1))
    assert store.get(("t",)) is None  # past its time (search pages)


def test_an_agency_setting_change_is_a_new_site_version(client, lib) -> None:  # type: ignore[no-untyped-def]
    # The digit style of every page is an agency setting: a page stored before the change must not answer after it.
    from library import settings, users
    from library.security import Principal

    first = client.get("/")
    assert first.status_code == 200
    with lib.transaction() as s:
        settings.put(s, Principal.of(users.get_user(s, "admin")), "thai_digits", True)
    again = client.get("/", headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 200 and again.headers["ETag"] != first.headers["ETag"]


# --- how often a web process reads the site version (PHOEI_PAGE_RECHECK) -------------------------


@pytest.fixture
def paced_app(app_config: dict[str, Any]) -> Any:
    """The app with the production interval (the other tests read the version on every request)."""
    from webui import create_app

    application = create_app({**app_config, "PHOEI_PAGE_RECHECK": 1.0})
    clock = FakeClock()
    application.extensions["phoei.site_version"].clock = clock
    yield application, clock
    application.extensions["phoei"].library.dispose()


def _statements(app: Any) -> list[str]:
    from sqlalchemy import event

    seen: list[str] = []
    event.listen(app.extensions["phoei"].library.engine, "before_cursor_execute",
                 lambda _c, _cur, stmt, *_a: seen.append(stmt))
    return seen


def test_a_stored_page_costs_no_query_within_the_interval(paced_app: Any) -> None:
    app, clock = paced_app
    c = app.test_client()
    assert c.get("/").headers["X-Phoei-Cache"] == "miss"
    seen = _statements(app)
    for url in ("/", "/", "/", "/"):
        r = c.get(url)
        assert r.status_code == 200 and r.headers["X-Phoei-Cache"] == "hit"
    assert c.get("/", headers={"If-None-Match": r.headers["ETag"]}).status_code == 304
    assert seen == []
    clock.now += 1.0  # the interval is over: one read of the version, then hits again
    assert c.get("/").headers["X-Phoei-Cache"] == "hit"
    assert len(seen) >= 1
    n = len(seen)
    c.get("/")
    assert len(seen) == n


def test_a_publish_elsewhere_shows_when_the_interval_is_over(paced_app: Any) -> None:
    from library.instance import open_library

    app, clock = paced_app
    lib = open_library(app.extensions["phoei"].library.config)  # another process's library
    c = app.test_client()
    etag = c.get("/").headers["ETag"]
    uid = _page(lib, "ข่าวจากอีกกระบวนการ")  # another process published: this one has not read the version since
    clock.now += 0.5
    assert c.get("/", headers={"If-None-Match": etag}).status_code == 304
    clock.now += 0.5
    r = c.get("/", headers={"If-None-Match": etag})
    assert r.status_code == 200 and "ข่าวจากอีกกระบวนการ" in r.data.decode()
    # a retract elsewhere, likewise
    etag = r.headers["ETag"]
    _retract(lib, uid)
    clock.now += 1.0
    r = c.get("/", headers={"If-None-Match": etag})
    assert r.status_code == 200 and "ข่าวจากอีกกระบวนการ" not in r.data.decode()
    lib.dispose()


def test_a_publish_or_retract_through_this_process_shows_at_once(paced_app: Any) -> None:
    from tests.webui.conftest import PASSWORD

    app, _clock = paced_app  # the clock stands still: only this process's own commit makes it read again
    lib = app.extensions["phoei"].library
    citizen = app.test_client()
    etag = citizen.get("/").headers["ETag"]
    uid = _page(lib, "ข่าวผ่านกระบวนการนี้", publish=False)
    reviewer = app.test_client()
    reviewer.post("/login", data={"username": "reviewer", "password": PASSWORD})
    r = reviewer.post(f"/staff/item/{uid}/transition", data={"action": "publish", "comment": ""})
    assert r.status_code in (302, 303)
    r = citizen.get("/", headers={"If-None-Match": etag})
    assert r.status_code == 200 and "ข่าวผ่านกระบวนการนี้" in r.data.decode()
    etag = r.headers["ETag"]
    r = reviewer.post(f"/staff/item/{uid}/transition", data={"action": "retract", "comment": "ถอนเพื่อทดสอบ"})
    assert r.status_code in (302, 303)
    r = citizen.get("/", headers={"If-None-Match": etag})
    assert r.status_code == 200 and "ข่าวผ่านกระบวนการนี้" not in r.data.decode()


def test_a_read_that_began_before_a_commit_is_not_kept() -> None:
    """A request that read the version just before this process committed must not keep the old one
    for a whole interval: invalidate() during the read wins."""
    from webui.caching import SiteVersion

    version = SiteVersion(recheck=1.0, clock=FakeClock())

    class Session:
        def execute(self, _q: Any) -> Any:
            version.invalidate()  # another thread commits while this read runs

            class Row:
                def one(self) -> tuple[int, None, None, None]:
                    return (1, None, None, None)

            return Row()

        def scalar(self, _q: Any) -> None:
            return None

    assert version.current(Session()) == (1, None, None, None, None)
    assert version.fresh() is None


@pytest.mark.parametrize(("config", "env", "expected"), [
    ({}, {}, 1.0),
    ({"PHOEI_PAGE_RECHECK": 0}, {}, 0.0),
    ({}, {"PHOEI_PAGE_RECHECK": "2.5"}, 2.5),
    ({"PHOEI_PAGE_RECHECK": "0.25"}, {"PHOEI_PAGE_RECHECK": "9"}, 0.25),  # the app's config wins
    ({}, {"PHOEI_PAGE_RECHECK": ""}, 1.0),
])
def test_the_recheck_interval_setting(config: dict[str, Any], env: dict[str, str], expected: float,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from webui.caching import recheck_seconds

    monkeypatch.delenv("PHOEI_PAGE_RECHECK", raising=False)
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    assert recheck_seconds(config) == expected


@pytest.mark.parametrize("bad", ["soon", "-1", "61", "nan"])
def test_a_bad_recheck_interval_stops_the_start(bad: str) -> None:
    from webui.caching import recheck_seconds

    with pytest.raises(ValueError, match="PHOEI_PAGE_RECHECK"):
        recheck_seconds({"PHOEI_PAGE_RECHECK": bad})


# --- FastPages: stored pages answered before Flask ------------------------------------------------


def _fast_hits(app: Any) -> int:
    from webui.caching import FastPages

    wsgi = app.wsgi_app
    while not isinstance(wsgi, FastPages):
        wsgi = wsgi.app
    return int(wsgi.hits)


@pytest.mark.parametrize("url", ["/", "/browse/news", "/category/", "/contact", "/feeds/news.atom", "/sitemap.xml",
                                 "/robots.txt"])
def test_a_fast_answer_is_the_flask_answer(paced_app: Any, url: str) -> None:
    app, _clock = paced_app
    c = app.test_client()
    first = c.get(url)  # rendered and stored, with the headers Flask sent
    assert first.headers["X-Phoei-Cache"] == "miss" and _fast_hits(app) == 0
    before = _fast_hits(app)
    third = c.get(url)
    assert _fast_hits(app) == before + 1 and third.headers["X-Phoei-Cache"] == "hit"
    assert third.status_code == 200 and third.data == first.data

    def same(h: Any) -> list[tuple[str, str]]:
        return sorted((k, v) for k, v in h.items() if k not in ("X-Phoei-Cache", "Date"))

    assert same(third.headers) == same(first.headers)
    assert ("Date" in third.headers) == ("Date" in first.headers)
    not_modified = c.get(url, headers={"If-None-Match": third.headers["ETag"]})
    assert not_modified.status_code == 304 and not_modified.data == b"" and _fast_hits(app) == before + 2
    assert not_modified.headers["ETag"] == third.headers["ETag"] and "Content-Type" not in not_modified.headers
    head = c.head(url)
    assert head.status_code == 200 and head.data == b"" and head.headers["Content-Length"] == str(len(first.data))
    other = c.get(url, headers={"If-None-Match": '"th-not-this-one"'})
    assert other.status_code == 200 and other.data == first.data


def test_search_stays_with_flask_so_its_rate_limit_counts(paced_app: Any) -> None:
    app, _clock = paced_app
    c = app.test_client()
    for _ in range(3):
        r = c.get("/search?q=ข่าว")
    assert r.headers["X-Phoei-Cache"] == "hit" and _fast_hits(app) == 0


@pytest.mark.parametrize(("headers", "fast"), [
    ({}, True),
    ({"Cookie": "lang=th"}, True),
    ({"Cookie": "phoei=anything"}, False),  # a session cookie: Flask decides whose page this is
    ({"Cookie": "remember_token=x"}, False),
    ({"Cookie": "lang=th; other=1"}, False),
    ({"Range": "bytes=0-10"}, False),
    ({"If-Modified-Since": "Sat, 01 Jan 2000 00:00:00 GMT"}, False),
    ({"If-Match": "*"}, False),
    ({"Content-Length": "5"}, False),  # a body: Flask's size limits
])
def test_only_plain_anonymous_requests_are_answered_fast(paced_app: Any, headers: dict[str, str], fast: bool) -> None:
    app, _clock = paced_app
    c = app.test_client()
    lang = "th"
    c.set_cookie("lang", lang)
    c.get("/")
    c.get("/")  # stored with its headers, for the Thai cookie
    plain = app.test_client()
    plain.get("/")
    plain.get("/")  # and without any cookie
    before = _fast_hits(app)
    from werkzeug.test import EnvironBuilder

    env = EnvironBuilder(path="/", method="GET", headers=headers,
                         data=b"x" * 5 if "Content-Length" in headers else None).get_environ()
    out: list[str] = []
    app.wsgi_app(env, lambda status, _h, _e=None: out.append(status))
    assert (_fast_hits(app) == before + 1) is fast, out


def test_a_signed_in_visitor_never_gets_a_fast_page(paced_app: Any) -> None:
    from tests.webui.conftest import PASSWORD

    app, _clock = paced_app
    anon = app.test_client()
    anon.get("/")
    anon.get("/")
    staff = app.test_client()
    staff.post("/login", data={"username": "officer", "password": PASSWORD})
    before = _fast_hits(app)
    r = staff.get("/")
    assert _fast_hits(app) == before
    assert r.headers.get("X-Phoei-Cache") is None and r.headers["Cache-Control"] == "no-store"
    assert "ออกจากระบบ" in r.data.decode() or "logout" in r.data.decode()


def test_a_fast_page_follows_the_site_version(paced_app: Any) -> None:
    app, clock = paced_app
    from library.instance import open_library

    c = app.test_client()
    c.get("/")
    etag = c.get("/").headers["ETag"]
    assert c.get("/", headers={"If-None-Match": etag}).status_code == 304
    other = open_library(app.extensions["phoei"].library.config)
    try:
        _page(other, "ข่าวหน้าเร็ว")
    finally:
        other.dispose()
    clock.now += 1.0
    r = c.get("/", headers={"If-None-Match": etag})
    assert r.status_code == 200 and "ข่าวหน้าเร็ว" in r.data.decode()


def test_behind_a_proxy_each_forwarded_host_has_its_own_fast_page(app_config: dict[str, Any]) -> None:
    """FastPages sits inside ProxyFix: the address it keys on is the one the app sees."""
    from webui import create_app

    app = create_app({**app_config, "PHOEI_PAGE_RECHECK": 1.0, "PHOEI_TRUSTED_PROXIES": 1})
    app.extensions["phoei.site_version"].clock = FakeClock()
    try:
        c = app.test_client()
        for host in ("a.example.go.th", "b.example.go.th", "a.example.go.th", "b.example.go.th",
                     "a.example.go.th", "b.example.go.th"):
            r = c.get("/robots.txt", headers={"X-Forwarded-Host": host, "X-Forwarded-Proto": "https"})
            assert f"https://{host}/sitemap.xml" in r.data.decode()
        assert _fast_hits(app) == 4  # each host: rendered once, then answered fast
    finally:
        app.extensions["phoei"].library.dispose()


def test_the_indexer_catching_up_renders_search_pages_again_not_the_others(app: Any, lib: Any) -> None:
    c = app.test_client()
    _page(lib, "ข่าวรอดัชนี")  # published; the search index has not caught up yet
    home = c.get("/")
    searched = c.get("/search?q=ข่าวรอดัชนี")
    assert "ข่าวรอดัชนี" in home.data.decode() and "ผลการค้นหา 0 รายการ" in searched.data.decode()
    _index(lib)
    again = c.get("/")
    assert again.headers["X-Phoei-Cache"] == "hit" and again.data == home.data
    found = c.get("/search?q=ข่าวรอดัชนี")
    assert found.headers["X-Phoei-Cache"] == "miss" and "ผลการค้นหา 1 รายการ" in found.data.decode()
