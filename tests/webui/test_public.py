"""The citizens' site: pages, Buddhist-era dates, English, search, feedback, contact, feeds, sitemap."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from sqlalchemy import select

from library.models import Content, Feedback
from tests.webui.conftest import COMPLAINT, publish_directly


@pytest.fixture
def published(app, lib):
    services = app.extensions["phoei"]
    return publish_directly(lib, services.cache, COMPLAINT, "/oia/s9/s9-1", "หนังสือแจ้งผลการตรวจสอบ")


def _path(lib, uid: str) -> str:
    with lib.session() as s:
        return s.scalar(select(Content.path).where(Content.uid == uid))


@pytest.mark.parametrize("url", ["/", "/browse/", "/browse/oia", "/browse/oia/s9/s9-1", "/category/",
                                 "/category/s9(1)", "/search", "/search?q=ไม่มีคำนี้", "/feedback", "/contact"])
def test_public_pages_are_thai_and_open(client, url):
    r = client.get(url)
    assert r.status_code == 200
    html = r.data.decode()
    assert '<html lang="th">' in html
    assert "sarabun" not in html.lower() or "/static/" in html  # the font is ours, never a CDN
    assert "https://fonts." not in html and "cdn" not in html.lower()


def test_item_page_has_be_dates_and_a_download_of_the_published_copy(client, lib, published):
    html = client.get("/browse" + _path(lib, published)).data.decode()
    assert "หนังสือแจ้งผลการตรวจสอบ" in html
    assert "8 เมษายน 2567" in html  # document date 2024-04-08 in the Buddhist era
    assert f"/download/{published}/" in html
    assert "แจ้งข้อมูลไม่ถูกต้องหรือไม่เป็นปัจจุบัน" in html


def test_downloads_are_named_after_the_item(client, lib, published):
    from urllib.parse import quote

    html = client.get("/browse" + _path(lib, published)).data.decode()
    link = re.search(rf'href="(/download/{published}/[^"?]+)', html)
    assert link is not None
    r = client.get(link.group(1))
    assert r.status_code == 200 and r.data.startswith(b"%PDF")
    cd = r.headers["Content-Disposition"]
    # RFC 6266: an ASCII fallback and the Thai title as filename* (RFC 8187).
    assert cd.startswith('attachment; filename="') and cd.isascii()
    assert f"filename*=UTF-8''{quote('หนังสือแจ้งผลการตรวจสอบ.pdf', safe='')}" in cd
    inline = client.get(link.group(1) + "?inline=1").headers["Content-Disposition"]
    assert inline.startswith("inline; ") and "filename*=UTF-8''" in inline


def test_english_switch(client, lib, published):
    r = client.get("/lang/en?next=/browse" + _path(lib, published))
    assert r.status_code == 302
    html = client.get("/browse" + _path(lib, published)).data.decode()
    assert '<html lang="en">' in html
    assert "8 April B.E. 2567 (2024)" in html
    assert "Download the document" in html
    client.get("/lang/th")
    assert '<html lang="th">' in client.get("/").data.decode()
    assert client.get("/lang/xx").status_code == 404


def test_private_items_are_not_found(client, auth, upload, lib):
    auth.login("officer")
    upload(COMPLAINT, title="ยังเป็นความลับ")
    auth.logout()
    with lib.session() as s:
        item = s.scalar(select(Content).where(Content.title == "ยังเป็นความลับ"))
    assert client.get("/browse" + item.path).status_code == 404
    assert client.get(f"/download/{item.uid}/x.pdf").status_code == 404
    assert "ผลการค้นหา 0 รายการ" in client.get("/search?q=ยังเป็นความลับ").data.decode()


def test_search_finds_published_items(client, published):
    # (more in test_search.py; titles carry <mark> around the words found)
    html = re.sub(r"<[^>]+>", "", client.get("/search?q=แจ้งผล").data.decode())
    assert "หนังสือแจ้งผลการตรวจสอบ" in html
    html = re.sub(r"<[^>]+>", "", client.get("/search?q=นม ๐๐๑๗.๓/๔๑๒").data.decode())  # document number
    assert "หนังสือแจ้งผลการตรวจสอบ" in html


def test_home_and_category_list_it(client, published):
    assert "หนังสือแจ้งผลการตรวจสอบ" in client.get("/").data.decode()
    assert "หนังสือแจ้งผลการตรวจสอบ" in client.get("/category/s9(1)").data.decode()


def test_feedback_form(client, lib, published):
    r = client.post(f"/feedback/{published}", data={"kind": "outdated", "message": "ข้อมูลเก่าแล้ว",
                                                    "contact_email": "a@example.com"})
    assert r.status_code == 302
    with lib.session() as s:
        fb = s.scalar(select(Feedback))
        assert fb.kind == "outdated" and fb.item is not None
    r = client.post("/feedback", data={"kind": "other", "message": ""})
    assert r.status_code == 400 and "กรุณาอธิบาย" in r.data.decode()
    r = client.post("/feedback", data={"kind": "other", "message": "x", "contact_email": "not-an-email"})
    assert r.status_code == 400 and "รูปแบบอีเมลไม่ถูกต้อง" in r.data.decode()


def test_feedback_is_handled_by_staff(client, auth, lib, published):
    client.post(f"/feedback/{published}", data={"kind": "incorrect", "message": "เลขที่หนังสือผิด"})
    auth.login("reviewer")
    html = client.get("/staff/feedback").data.decode()
    assert "เลขที่หนังสือผิด" in html
    with lib.session() as s:
        fid = s.scalar(select(Feedback.id))
    r = client.post(f"/staff/feedback/{fid}", data={"action": "resolve", "response": "แก้ไขแล้ว ขอบคุณครับ"})
    assert r.status_code == 302
    with lib.session() as s:
        assert s.get(Feedback, fid).status == "resolved"


def test_contact_page_from_the_agency_profile(client, auth):
    auth.login("admin")
    client.post("/admin/profile", data={"name": "สำนักงานทดสอบ", "name_en": "Test Office", "website": "",
                                        "phones": "0 4424 3210", "addresses": "ถนนมหาดไทย", "fax": "", "emails": ""})
    auth.logout()
    html = client.get("/contact").data.decode()
    assert "สำนักงานทดสอบ" in html and "0 4424 3210" in html and "ถนนมหาดไทย" in html


@pytest.mark.parametrize("kind", ["news", "documents"])
@pytest.mark.parametrize("fmt", ["rss", "atom"])
def test_feeds_are_valid_xml(client, published, kind, fmt):
    r = client.get(f"/feeds/{kind}.{fmt}")
    assert r.status_code == 200 and ("rss" in r.mimetype or "atom" in r.mimetype)
    root = ET.fromstring(r.data)
    text = r.data.decode()
    if kind == "documents":
        assert "หนังสือแจ้งผลการตรวจสอบ" in text
    assert root.tag in ("rss", "{http://www.w3.org/2005/Atom}feed")


def test_sitemap_and_robots(client, lib, published):
    root = ET.fromstring(client.get("/sitemap.xml").data)
    locs = [e.text for e in root.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert any(loc.endswith(_path(lib, published)) for loc in locs)
    assert "Sitemap:" in client.get("/robots.txt").data.decode()


def test_unknown_pages_are_404_in_thai(client):
    r = client.get("/browse/no/such/thing")
    assert r.status_code == 404 and "ไม่พบหน้าที่ต้องการ" in r.data.decode()
