"""The oversight pages: who may see them, the charts, the ITA checklist, the monthly reports, the
periodic job and the download counter."""

from __future__ import annotations

import re

import pytest

from tests.webui.conftest import COMPLAINT, publish_directly


@pytest.fixture
def published_file(app, lib):  # type: ignore[no-untyped-def]
    """The download URL of a published (redacted, verified) file."""
    from library import content, redaction
    from library.security import Principal

    uid = publish_directly(lib, app.extensions["phoei"].cache, COMPLAINT, "/oia/s9/s9-1", "หนังสือทดสอบการนับ",
                           index=False)
    with lib.session() as s:
        copy = redaction.public_copy(s, Principal.anonymous(), content.get(s, uid))
        return f"/download/{uid}/{copy.filename}"


@pytest.fixture
def executive(app, password_hash):  # type: ignore[no-untyped-def]
    from library import users
    from library.security import Principal

    lib = app.extensions["phoei"].library
    with lib.transaction() as s:
        users.create_user(s, Principal.operator("t"), "boss", display_name="Boss", roles=["executive"],
                          password_hash=password_hash)
    return "boss"


PAGES = ("/oversight/", "/oversight/ita", "/oversight/reports", "/oversight/chart/trend.svg")


@pytest.mark.parametrize(("user", "status"), [
    ("admin", 200), ("boss", 200), ("officer", 403), ("reviewer", 403), ("agency", 403), (None, 302),
])
def test_who_sees_the_oversight_pages(client, auth, executive, user, status) -> None:  # type: ignore[no-untyped-def]
    if user:
        auth.login(user)
    for page in PAGES:
        assert client.get(page).status_code == status, page


def test_executive_lands_on_the_dashboard_and_cannot_make_reports_or_reach_staff_pages(client, auth, executive):  # type: ignore[no-untyped-def]
    resp = auth.login("boss")
    assert resp.headers["Location"].endswith("/oversight/")
    page = client.get("/oversight/reports").data.decode()
    assert "<form" not in page.split("<main", 1)[1]
    assert client.post("/oversight/reports", data={"month": "2568-10"}).status_code == 403
    for staff_page in ("/staff/", "/admin/users", "/staff/upload"):
        assert client.get(staff_page).status_code == 403, staff_page


def test_dashboard_is_thai_with_charts(client, auth) -> None:  # type: ignore[no-untyped-def]
    auth.login("admin")
    html = client.get("/oversight/?month=2568-10").data.decode()
    assert "ภาพรวมการเผยแพร่ข้อมูล เดือนตุลาคม 2568" in html
    charts = re.findall(r'src="(/oversight/chart/[a-z]+\.svg\?month=2568-10&amp;v=[0-9a-f]+)"', html)
    assert len(charts) == 6
    for src in charts:
        r = client.get(src.replace("&amp;", "&"))
        assert r.status_code == 200 and r.mimetype == "image/svg+xml"
        assert r.data.lstrip().startswith(b"<svg")
    assert client.get("/oversight/?month=2568-13").status_code == 400
    assert client.get("/oversight/chart/nope.svg").status_code == 404


def test_dashboard_draws_its_charts_once_and_images_come_from_the_cache(client, auth, app, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Six <img> requests must not rebuild the figures six times nor redraw 36 charts."""
    from library import charts as ch
    from library import monthly_report

    monkeypatch.setattr(monthly_report, "_chart_cache", type(monthly_report._chart_cache)())  # start empty
    drawn: list[str] = []
    builds: list[str] = []
    for fn in ("hbar", "stacked_months"):
        real = getattr(ch, fn)
        monkeypatch.setattr(ch, fn, lambda *a, _real=real, _fn=fn, **k: (drawn.append(_fn), _real(*a, **k))[1])
    real_build = monthly_report.build
    monkeypatch.setattr(monthly_report, "build", lambda *a, **k: (builds.append("b"), real_build(*a, **k))[1])
    auth.login("admin")
    html = client.get("/oversight/?month=2568-09").data.decode()
    srcs = [u.replace("&amp;", "&") for u in re.findall(r'src="(/oversight/chart/[a-z]+\.svg\?[^"]+)"', html)]
    assert len(srcs) == 6 and len(drawn) == 6 and len(builds) == 1
    bodies = [client.get(u).data for u in srcs]
    assert len(drawn) == 6 and len(builds) == 1, "an image request redrew or rebuilt"
    assert all(b.lstrip().startswith(b"<svg") for b in bodies) and len(set(bodies)) == 6
    # The same figures again: nothing is redrawn; the version is the same.
    html2 = client.get("/oversight/?month=2568-09").data.decode()
    assert len(drawn) == 6 and html2.count(srcs[0].split("v=")[1]) == 6
    # Without a version (or with an unknown one) the chart is still served, built afresh.
    r = client.get("/oversight/chart/trend.svg?month=2568-09&v=0000")
    assert r.status_code == 200 and r.data == bodies[[u.split("/")[-1].split(".")[0] for u in srcs].index("trend")]
    assert len(builds) == 3


def test_ita_page_lists_every_item_with_a_status(client, auth) -> None:  # type: ignore[no-untyped-def]
    from library import ita

    auth.login("admin")
    html = client.get("/oversight/ita").data.decode()
    c = ita.load()
    for it in c.items:
        assert f"<td>{it.code}</td>" in html
    assert "ยังไม่มีข้อมูล" in html


def test_admin_makes_a_report_and_both_files_download(client, auth, app) -> None:  # type: ignore[no-untyped-def]
    from library import outbox

    auth.login("admin")
    resp = client.post("/oversight/reports", data={"month": "2568-10"})
    assert resp.status_code == 302
    page = client.get("/oversight/reports").data.decode()
    assert "ตุลาคม 2568" in page
    pdf = client.get("/oversight/reports/monthly-2568-10.pdf")
    assert pdf.status_code == 200 and pdf.data.startswith(b"%PDF")
    csv = client.get("/oversight/reports/monthly-2568-10.csv")
    assert csv.status_code == 200 and "section,key,label,value" in csv.data.decode("utf-8-sig")
    assert client.get("/oversight/reports/..%2Fphoei.sqlite3").status_code == 404
    with app.extensions["phoei"].library.session() as s:
        ready = [m for m in outbox.pending(s, topics=["report.ready"])]
    assert [m.payload["month"] for m in ready] == ["2568-10"]
    assert ready[0].payload["pdf"] == "monthly-2568-10.pdf"
    assert client.post("/oversight/reports", data={"month": "ตุลา"}).status_code == 302  # refused with a message
    assert not list((app.extensions["phoei"].library.config.instance / "reports").glob("*ตุลา*"))


def test_the_periodic_job_makes_last_month_once(app) -> None:  # type: ignore[no-untyped-def]
    from library import outbox, oversight

    tasks = app.extensions["phoei"].tasks
    key = oversight.previous_month().key
    assert tasks.monthly_report_periodic.call_local() == key
    assert tasks.monthly_report_periodic.call_local() == key  # the file exists: not made again
    lib = app.extensions["phoei"].library
    with lib.session() as s:
        assert [m.payload["month"] for m in outbox.pending(s, topics=["report.ready"])] == [key]
    assert (lib.config.instance / "reports" / f"monthly-{key}.pdf").is_file()


def test_public_download_is_counted_without_who(client, app, published_file) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from library.models import DownloadCount

    url = published_file
    assert client.get(url).status_code == 200
    assert client.get(url).status_code == 200
    assert client.get(url, headers={"Range": "bytes=0-10"}).status_code == 206  # a viewer's partial read
    assert client.head(url).status_code == 200
    with app.extensions["phoei"].library.session() as s:
        rows = s.scalars(select(DownloadCount)).all()
    from library.oversight import today_bangkok

    # Counted on the agency's day (Bangkok): after 17:00 UTC that is already tomorrow's date in UTC terms.
    assert [(r.count, r.day == today_bangkok()) for r in rows] == [(2, True)]


def test_rescan_counts_on_the_staff_and_oversight_dashboards(app, client, auth) -> None:  # type: ignore[no-untyped-def]
    """Re-scans of the published library (library.rescan) show on both dashboards: this month's checks,
    findings and take-downs, and what waits for a reviewer now."""
    from library import audit, content, lifecycle, rescan
    from library.models import RescanCheck
    from library.security import Principal

    lib = app.extensions["phoei"].library
    with lib.transaction() as s:
        admin = Principal.operator("t")
        items = []
        for title in ("ข่าวตรวจซ้ำหนึ่ง", "ข่าวตรวจซ้ำสอง"):
            it = content.create(s, admin, content.get(s, "/news"), "news", title=title, body="เนื้อหาข่าว")
            lifecycle.transition(s, admin, it, "publish", "")
            items.append(it)
        for it, labels in zip(items, (["PHONE", "NATIONAL_ID"], ["PHONE"]), strict=True):
            flagged = [type("P", (), {"label": lb, "text": f"{lb}-text", "where": "field:body", "page": None,
                                      "basis": "15(5)", "detector": "test", "score": 0.9,
                                      "explanation": "test"})() for lb in labels]
            rescan.record(s, admin, it, "text", "2" * 64, "test-ruleset", flagged)
        rescan.take_down(s, admin, items[1], "re-scan found 1 item(s) to review")
        assert s.query(RescanCheck).count() == 2
        assert audit.verify_chain(s).problems == []
    auth.login("reviewer")
    html = client.get("/staff/").data.decode()
    section = html.split('id="rescan-figures"', 1)[1].split("</section>", 1)[0]
    assert "ตรวจซ้ำในเดือน 2 ครั้ง · พบรายการใหม่ 3 · นำลงเพื่อปกปิด 1 เรื่อง · รอผู้ตรวจสอบตอนนี้ 3 รายการ (2 เรื่อง)" \
        in section
    assert "ผลตรวจซ้ำที่ท่านตอบได้ 3 รายการ" in section
    auth.logout()
    auth.login("admin")
    html = client.get("/oversight/").data.decode()
    section = html.split('id="rescan-figures"', 1)[1].split("</section>", 1)[0]
    assert "ตรวจซ้ำในเดือน 2 ครั้ง · พบรายการใหม่ 3 · นำลงเพื่อปกปิด 1 เรื่อง" in section
