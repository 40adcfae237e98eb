"""The whole journey through the test client: upload → analysis → decisions → apply → publish → download."""

from __future__ import annotations

import re

import pymupdf
from sqlalchemy import select

from library import content
from library.models import Content, DocumentFile
from tests.webui.conftest import COMPLAINT

ID = "1-1037-02071-81-1"
PERSON = "สมมติ ทดลองดี"
OFFICIAL = "นายวิชัย ตัวอย่างยิ่ง"


def _file(lib, title: str = "หนังสือทดสอบ") -> tuple[DocumentFile, dict[str, str]]:
    with lib.session() as s:
        item = s.scalar(select(Content).where(Content.title == title))
        assert item is not None
        f = s.get(DocumentFile, item.current_file_id)
        return f, {p.label: p.proposal_id for p in f.proposals}


def test_upload_review_apply_publish_download(client, auth, upload, lib):
    auth.login("officer")
    r = upload(COMPLAINT)
    assert r.status_code == 302, r.data.decode()[:2000]
    f, props = _file(lib)
    assert f.analysed_at is not None  # immediate jobs in this test
    page = client.get(r.headers["Location"])
    assert page.status_code == 200

    auth.login("reviewer")
    r = client.get(f"/staff/review/{f.id}")
    html = r.data.decode()
    assert r.status_code == 200
    assert "NATIONAL_ID" in html or "lbl-NATIONAL_ID" in html
    assert client.get(f"/staff/review/{f.id}/page/1.png").status_code == 200

    # reject the health proposal, keep the rest as policy says
    assert client.post(f"/staff/review/{f.id}/decide", data={"proposal_id": props["HEALTH"],
                                                             "action": "reject"}).status_code == 302
    # a manual box over the company's tax id line (page 1), in PDF points
    r = client.post(f"/staff/review/{f.id}/manual-text", data={"start": 0, "end": 5, "basis": "15(5)"})
    assert r.status_code == 302
    r = client.post(f"/staff/review/{f.id}/apply")
    assert r.status_code == 302
    html = client.get(f"/staff/review/{f.id}").data.decode()
    assert 'id="btn-publish"' in html
    with lib.session() as s:
        item = s.scalar(select(Content).where(Content.title == "หนังสือทดสอบ"))
        uid = item.uid
    r = client.post(f"/staff/item/{uid}/transition", data={"action": "publish", "comment": "ok"})
    assert r.status_code == 302
    auth.logout()
    with lib.session() as s:
        item = content.get(s, uid)
        path = item.path
    page = client.get("/browse" + path).data.decode()
    m = re.search(r'href="(/download/[0-9a-f]{32}/[^"?]+)"', page)
    assert m, page[:3000]
    data = client.get(m.group(1)).data
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        text = "".join(p.get_text() for p in doc)
    assert "1037" not in text and "ทดลองดี" not in text
    assert OFFICIAL in text
