"""One digit style on the public pages (issue #15 item 7): the agency's ``thai_digits`` setting.

What the site writes (dates, counts, page numbers, file sizes, the law's section numbers in its own
wording, years in the search facets) follows the setting; what people wrote (titles, descriptions,
document numbers, addresses, phone numbers, the document's own words in a search snippet) and what
machines read (URLs, ``datetime`` attributes, form values) stay as written. The test renders the
public pages with each setting, takes the text a citizen sees, removes what people wrote (read from
the database), and asserts that no digit of the other style is left.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from lxml import html as lxml_html

from library import content, lifecycle, settings, users
from library.models import AgencyProfileRow, Content, Official
from library.security import Principal
from tests.webui.conftest import COMPLAINT, publish_directly

ARABIC, THAI = re.compile("[0-9]"), re.compile("[\u0e50-\u0e59]")


@pytest.fixture
def site(app, lib):  # type: ignore[no-untyped-def]
    """One published letter (a document number and date, Thai digits in it) and one news item."""
    services = app.extensions["phoei"]
    uid = publish_directly(lib, services.cache, COMPLAINT, "/oia/s9/s9-1", "หนังสือแจ้งผลเรื่องร้องเรียน",
                           document_number="ชม 0017.3/412")
    with lib.transaction() as s:
        officer = Principal.of(users.get_user(s, "officer"))
        reviewer = Principal.of(users.get_user(s, "reviewer"))
        news = content.create(s, officer, content.get(s, "/news"), "news", title="ประชาสัมพันธ์การรับฟังความคิดเห็น",
                              body="ขอเชิญประชาชนร่วมแสดงความคิดเห็นต่อร่างแผนพัฒนาท้องถิ่น")
        lifecycle.transition(s, officer, news, "submit")
        lifecycle.transition(s, reviewer, news, "publish")
        item = content.get(s, uid)
        return {"item": item.path, "folder": "/oia/s9/s9-1", "code": item.oia_category or "s9(1)"}


def written(lib) -> list[str]:  # type: ignore[no-untyped-def]
    """Everything people wrote that a public page may show, longest first."""
    out: set[str] = set()
    with lib.session() as s:
        for c in s.query(Content):
            out.update(v for v in (c.title, c.description, c.document_number, c.creator, c.source_agency, c.body,
                                   *(c.keywords or [])) if v)
        row = s.get(AgencyProfileRow, 1)
        if row is not None:
            for v in (row.name, row.name_en, row.website, *(row.addresses or []), *(row.phones or []),
                      *(row.fax or []), *(row.emails or [])):
                if v:
                    out.add(v)
        out.update(v for o in s.query(Official) for v in (o.name, o.position, o.phone, o.email) if v)
    return sorted(out, key=len, reverse=True)


def seen_text(page: str, people: list[str]) -> str:
    """The text a citizen reads (title and body), without scripts, styles, snippets of the document's
    own words, and without what people wrote."""
    tree = lxml_html.fromstring(page)
    for bad in tree.xpath("//script|//style|//*[contains(concat(' ', @class, ' '), ' snippet ')]"):
        bad.drop_tree()
    text = " ".join(t.text_content() for t in tree.xpath("//title|//body"))
    text = re.sub(r"\s+", " ", text)
    for w in people:
        text = text.replace(re.sub(r"\s+", " ", w), " ")
    return text


def _pages(site: dict[str, Any]) -> list[str]:
    return ["/", "/category/", f"/category/{site['code']}", "/browse" + site["folder"], "/browse" + site["item"],
            "/search?q=ร้องเรียน", "/search?q=ร้องเรียน&page=1&sort=date", "/contact", "/browse/news", "/feedback"]


@pytest.mark.parametrize(("thai", "other"), [(True, ARABIC), (False, THAI)])
def test_public_pages_write_one_digit_style(client, lib, site, thai, other) -> None:  # type: ignore[no-untyped-def]
    with lib.transaction() as s:
        settings.put(s, Principal.of(users.get_user(s, "admin")), "thai_digits", thai)
    people = written(lib)
    style = THAI if thai else ARABIC
    for url in _pages(site):
        r = client.get(url)
        assert r.status_code == 200, url
        page = r.data.decode()
        text = seen_text(page, people)
        left = sorted({m.group(0) for m in other.finditer(text)})
        assert not left, f"{url}: {left} in …{text[max(0, other.search(text).start() - 60):][:160]}…"
        if url.startswith("/browse/oia"):  # dates and a count are there, in the chosen style
            assert style.search(text), url
    # What people wrote stays as written, whichever the style: the document number keeps its digits.
    item = client.get("/browse" + site["item"]).data.decode()
    assert "ชม 0017.3/412" in item
    # English pages keep Arabic digits.
    client.get("/lang/en")
    assert not THAI.search(seen_text(client.get("/browse" + site["item"]).data.decode(), people))


def test_the_item_page_dates_follow_the_setting(client, lib, site) -> None:  # type: ignore[no-untyped-def]
    page = client.get("/browse" + site["item"]).data.decode()
    dates = re.findall(r'<time datetime="([^"]+)">([^<]+)</time>', page)
    assert dates and all(ARABIC.search(shown) and not THAI.search(shown) for _iso, shown in dates)
    with lib.transaction() as s:
        settings.put(s, Principal.of(users.get_user(s, "admin")), "thai_digits", True)
    page = client.get("/browse" + site["item"]).data.decode()
    thai_dates = re.findall(r'<time datetime="([^"]+)">([^<]+)</time>', page)
    # The same dates, in Thai digits; the machine-readable attribute stays ISO.
    assert [iso for iso, _s in thai_dates] == [iso for iso, _s in dates]
    assert all(THAI.search(shown) and not ARABIC.search(shown) for _iso, shown in thai_dates)
    assert "พ.ศ. ๒๕๔๐" in page and "พ.ศ. 2540" not in page


def test_admin_chooses_the_digit_style_on_the_profile_page(client, auth, lib, site) -> None:  # type: ignore[no-untyped-def]
    auth.login("admin")
    page = client.get("/admin/profile").data.decode()
    assert 'id="s-thai_digits"' in page and 'id="s-label_boxes" name="label_boxes" value="1" checked' in page
    r = client.post("/admin/profile", data={"op": "settings", "thai_digits": "1", "label_boxes": "1"})
    assert r.status_code == 302
    with lib.session() as s:
        assert settings.all_settings(s) == {"label_boxes": True, "rescan_takedown": False, "thai_digits": True}
    auth.logout()
    text = seen_text(client.get("/browse" + site["item"]).data.decode(), written(lib))
    assert THAI.search(text) and not ARABIC.search(text)
    auth.login("officer")
    assert client.post("/admin/profile", data={"op": "settings"}).status_code == 403
    with lib.session() as s:
        assert settings.get(s, "thai_digits") is True
