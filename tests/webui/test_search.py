"""The citizens' search page over ``library.search`` (the real index: Tantivy in the instance folder),
and the worker's ``phoei.index`` task that keeps the index in step with the database."""

from __future__ import annotations

import html as htmllib
import re
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from library.models import Content, OutboxMessage
from tests.webui.conftest import COMPLAINT, make_config, prepare_directly, publish_directly

PAST = datetime.now(UTC).replace(microsecond=0) - timedelta(days=30)


def text_of(page: str) -> str:
    """The visible text of the page's main element (tags such as <mark> removed)."""
    main = page.split('<main', 1)[1].split("</main>", 1)[0]
    return " ".join(htmllib.unescape(re.sub(r"<[^>]+>", "", main)).split())


def titles(page: str) -> list[str]:
    """Result titles in page order."""
    return [htmllib.unescape(re.sub(r"<[^>]+>", "", t))
            for t in re.findall(r'<h3 class="card-title"><a [^>]*>(.*?)</a></h3>', page, flags=re.S)]


def links(page: str, pattern: str) -> list[str]:
    hrefs = [htmllib.unescape(h) for h in re.findall(r'href="([^"]*)"', page)]
    return [h for h in hrefs if re.search(pattern, h)]


def in_index(lib: Any, uid: str) -> bool:
    """Whether the index itself (not the page, which also asks the database) holds ``uid``."""
    from library.search.backend import parse_query
    from library.search.service import open_backend

    with lib.session() as s:
        title = s.scalar(select(Content.title).where(Content.uid == uid))
        hits, _n = open_backend(s).query(parse_query(title), filters={}, sort="relevance", limit=50, offset=0)
    return uid in {h.uid for h in hits}


def pending_index_rows(lib: Any) -> int:
    with lib.session() as s:
        return len(s.scalars(select(OutboxMessage.id).where(OutboxMessage.processed_at.is_(None),
                                                             OutboxMessage.topic.like("item.%"))).all())


@pytest.fixture
def publish(lib):
    """``publish(title, body, folder="/news", type_id="news", **fields)`` straight through the library."""
    from library import content, lifecycle, users
    from library.security import Principal

    def run(title: str, body: str = "", folder: str = "/news", type_id: str = "news", **fields: Any) -> str:
        with lib.transaction() as s:
            officer = Principal.of(users.get_user(s, "officer"))
            reviewer = Principal.of(users.get_user(s, "reviewer"))
            item = content.create(s, officer, content.get(s, folder), type_id, title=title,
                                  body=f"<p>{body}</p>" if body else "", **fields)
            lifecycle.transition(s, reviewer, item, "publish", "test", now=PAST)
            return item.uid
    return run


@pytest.fixture
def index(app):
    """Run the worker's ``phoei.index`` task (inline: the test app's queue is immediate)."""
    def run() -> None:
        app.extensions["phoei"].tasks.index()
    return run


# --- finding things ------------------------------------------------------------------------


def test_a_published_document_is_found_by_a_word_of_its_redacted_text(client, app, lib):
    publish_directly(lib, app.extensions["phoei"].cache, COMPLAINT, "/oia/s9/s9-1", "หนังสือแจ้งผลการตรวจสอบ")
    r = client.get("/search?q=ลำตะคอง")  # only in the document's text, not in its metadata
    assert r.status_code == 200
    page = r.data.decode()
    assert titles(page) == ["หนังสือแจ้งผลการตรวจสอบ"]
    assert "<mark>ลำตะคอง</mark>" in page
    assert "ผลการค้นหา 1 รายการ" in text_of(page)
    assert "ลงวันที่ 8 เมษายน 2567" in text_of(page)  # the letter's own date, Buddhist era
    assert "เลขที่ นม ๐๐๑๗.๓/๔๑๒" in text_of(page)   # and its number
    assert re.search(r'href="/browse/oia/s9/s9-1/[^"]+"', page)
    # What the redaction removed is not in the index: the complainant's name and ID number.
    for redacted in ("ทดลองดี", "1037"):
        assert titles(client.get(f"/search?q={redacted}").data.decode()) == []


def test_thai_digits_find_arabic_digits(client, publish, index):
    publish("รายงานผลการดำเนินงาน", "รายงานประจำปี 2567 ฉบับสมบูรณ์")
    publish("แผนงานประจำปี", "แผนงานประจำปี 2568")
    index()
    page = client.get("/search?q=๒๕๖๗").data.decode()
    assert titles(page) == ["รายงานผลการดำเนินงาน"]
    assert "<mark>2567</mark>" in page  # highlighted as written


def test_quoted_phrases_match_in_order(client, publish, index):
    publish("โครงการหนึ่ง", "ซ่อมแซมถนนคอนกรีตในหมู่บ้าน")
    publish("โครงการสอง", "คอนกรีตของถนนสายนี้ต้องซ่อมแซม")
    index()
    assert sorted(titles(client.get("/search?q=ถนน คอนกรีต").data.decode())) == ["โครงการสอง", "โครงการหนึ่ง"]
    assert titles(client.get('/search?q="ถนนคอนกรีต"').data.decode()) == ["โครงการหนึ่ง"]
    page = client.get('/search?q="ถนนคอนกรีต"').data.decode()
    assert 'value="&#34;ถนนคอนกรีต&#34;"' in page or 'value="&quot;ถนนคอนกรีต&quot;"' in page  # kept in the box


def test_some_words_only_is_said_and_nothing_found_is_said_in_thai(client, publish, index):
    publish("ประกาศผลการคัดเลือกผู้ใหญ่บ้าน", "ผลการคัดเลือกหมู่ที่ ๕ ตำบลโคกกรวด")
    publish("ข่าวการประชุมสภา", "สภาเทศบาลประชุมเรื่องงบประมาณน้ำประปา")
    index()
    page = client.get("/search?q=งบประมาณ โคกกรวด").data.decode()
    assert len(titles(page)) == 2
    assert "ไม่พบเอกสารที่มีครบทุกคำ จึงแสดงรายการที่มีบางคำที่ค้นหา" in text_of(page)
    assert "ไม่พบเอกสารที่มีครบทุกคำ" not in client.get("/search?q=งบประมาณ สภาเทศบาล").data.decode()
    page = client.get("/search?q=ช้างเผือกสีชมพู").data.decode()
    assert titles(page) == []
    assert "ผลการค้นหา 0 รายการ" in text_of(page)
    assert "ไม่พบข้อมูลที่ตรงกับคำค้น ลองใช้คำอื่นหรือเลือกดูตามหมวดข้อมูล" in text_of(page)


def test_facet_links_add_and_remove_a_filter(client, publish, index):
    publish("ข่าวฝึกอบรมการใช้เครื่องดับเพลิง", "ฝึกอบรมดับเพลิงให้ชุมชน")
    publish("ประกาศฝึกอบรมอาสาสมัครดับเพลิง", "รับสมัครผู้เข้าฝึกอบรมดับเพลิง", folder="/announcements",
            type_id="announcement", source_agency="สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัด")
    index()
    page = client.get("/search?q=ดับเพลิง").data.decode()
    assert len(titles(page)) == 2
    for heading in ("กรองผลการค้นหา", "ประเภท", "หมวดหมู่", "หน่วยงาน", "ปี พ.ศ."):
        assert heading in text_of(page)
    narrow = links(page, r"[?&]type=announcement")
    assert len(narrow) == 1
    page = client.get(narrow[0]).data.decode()
    assert titles(page) == ["ประกาศฝึกอบรมอาสาสมัครดับเพลิง"]
    # The filter in force is marked and its link removes it.
    chosen = re.findall(r'<a href="([^"]*)" aria-current="true"><span aria-hidden="true">', page)
    assert len(chosen) == 1 and "type=" not in htmllib.unescape(chosen[0])
    assert len(titles(client.get(htmllib.unescape(chosen[0])).data.decode())) == 2
    # The folder facet is named by the folder's title and filters by its subtree.
    folder = links(page, r"[?&]folder=/announcements")
    assert folder and titles(client.get(folder[0]).data.decode()) == ["ประกาศฝึกอบรมอาสาสมัครดับเพลิง"]
    assert titles(client.get("/search?q=ดับเพลิง&agency=สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัด")
                  .data.decode()) == ["ประกาศฝึกอบรมอาสาสมัครดับเพลิง"]
    assert titles(client.get("/search?q=ดับเพลิง&year=2400").data.decode()) == []


def test_sort_by_publication_date(client, publish, index):
    publish("ประกาศเก่าเรื่องตลาดนัด", "ตลาดนัดชุมชน", effective=datetime(2023, 5, 1, tzinfo=UTC))
    publish("ประกาศใหม่เรื่องตลาดนัด", "ตลาดนัดชุมชน", effective=datetime(2025, 5, 1, tzinfo=UTC))
    publish("ประกาศกลางเรื่องตลาดนัด", "ตลาดนัดชุมชน", effective=datetime(2024, 5, 1, tzinfo=UTC))
    index()
    newest = titles(client.get("/search?q=ตลาดนัด&sort=newest").data.decode())
    oldest = titles(client.get("/search?q=ตลาดนัด&sort=oldest").data.decode())
    assert newest == ["ประกาศใหม่เรื่องตลาดนัด", "ประกาศกลางเรื่องตลาดนัด", "ประกาศเก่าเรื่องตลาดนัด"]
    assert oldest == list(reversed(newest))
    page = client.get("/search?q=ตลาดนัด&sort=oldest").data.decode()
    assert re.search(r'sort=oldest" aria-current="true"', page)
    assert 'name="sort" value="oldest"' in page  # a new query keeps the order


def test_pagination(client, publish, index):
    for n in range(23):
        publish(f"รายงานการตรวจสุขาภิบาลอาหาร ฉบับที่ {n + 1}", "ตรวจสุขาภิบาลอาหารในโรงเรียน")
    index()
    page = client.get("/search?q=สุขาภิบาล").data.decode()
    assert "ผลการค้นหา 23 รายการ" in text_of(page)
    assert len(titles(page)) == 10
    assert re.search(r'href="[^"]*" aria-current="page"><span class="sr-only">หน้า </span>1</a>', page)
    assert links(page, r"[?&]page=3") and links(page, r"[?&]page=2")
    assert 'rel="next"' in page and 'rel="prev"' not in page
    last = client.get(links(page, r"[?&]page=3")[0]).data.decode()
    assert len(titles(last)) == 3
    assert '<ol class="cards results" start="21">' in last
    assert 'rel="prev"' in last and 'rel="next"' not in last
    seen = set(titles(page)) | set(titles(client.get("/search?q=สุขาภิบาล&page=2").data.decode())) | set(titles(last))
    assert len(seen) == 23
    beyond = client.get("/search?q=สุขาภิบาล&page=9").data.decode()
    assert titles(beyond) == [] and "ไม่มีผลการค้นหาในหน้านี้" in text_of(beyond)


@pytest.mark.parametrize("query", [
    "?q=ข่าว&sort=bogus", "?q=ข่าว&page=abc", "?q=ข่าว&page=-4", "?q=ข่าว&page=99999999999999999999",
    "?q=ข่าว&year=<script>alert(1)</script>", "?q=ข่าว&folder=" + "x" * 5000, "?q=ข่าว&oia_category=nope",
    "?q=ข่าว&unknown=1", "?q=" + "ก" * 5000, '?q="""', "?q=ที่ ของ", "?q=%00%01", "?q=" + "a:(" * 40,
    "?q=ข่าว&type=file&type=news", "?sort=newest&page=2",
])
def test_bad_parameters_never_fail(client, publish, index, query):
    publish("ข่าวประชาสัมพันธ์ทดสอบ", "ข่าว")
    index()
    r = client.get("/search" + query)
    assert r.status_code == 200
    assert "<script>alert" not in r.data.decode()


def test_the_page_in_english(client, publish, index):
    publish("ข่าวการประชุมสภา", "สภาเทศบาลประชุมเรื่องงบประมาณน้ำประปา")
    index()
    client.get("/lang/en")
    page = client.get("/search?q=สภาเทศบาล").data.decode()
    assert "1 result(s)" in page and "Filter the results" in page and "Relevance" in page


def test_opensearch_description(client):
    r = client.get("/opensearch.xml")
    assert r.status_code == 200 and r.mimetype == "application/opensearchdescription+xml"
    assert "/search?q={searchTerms}" in r.data.decode()
    assert 'rel="search"' in client.get("/").data.decode()


# --- the index follows the database --------------------------------------------------------


def test_a_retracted_item_disappears_at_once_and_leaves_the_index_with_the_job(client, lib, publish, index):
    from library import content, lifecycle, users
    from library.security import Principal

    uid = publish("ประกาศจัดซื้อเครื่องสูบน้ำ", "เครื่องสูบน้ำสำหรับหมู่บ้าน")
    index()
    assert titles(client.get("/search?q=เครื่องสูบน้ำ").data.decode()) == ["ประกาศจัดซื้อเครื่องสูบน้ำ"]
    with lib.transaction() as s:  # behind the web layer's back: no job is queued
        lifecycle.transition(s, Principal.of(users.get_user(s, "reviewer")), content.get(s, uid), "retract",
                             "ทดสอบ")
    assert in_index(lib, uid)                     # the index lags ...
    assert titles(client.get("/search?q=เครื่องสูบน้ำ").data.decode()) == []  # ... the database decides
    index()
    assert not in_index(lib, uid) and pending_index_rows(lib) == 0


def test_expiry_job_updates_the_index(app, client, lib, publish, index):
    uid = publish("ประกาศรับสมัครอาสาสมัครชั่วคราว", "รับสมัครอาสาสมัคร")
    index()
    with lib.transaction() as s:
        s.scalar(select(Content).where(Content.uid == uid)).expires = datetime.now(UTC) - timedelta(minutes=1)
    assert titles(client.get("/search?q=อาสาสมัคร").data.decode()) == []  # past its date: hidden already
    assert in_index(lib, uid)
    app.extensions["phoei"].tasks.expire()
    with lib.session() as s:
        assert s.scalar(select(Content.state).where(Content.uid == uid)) == "expired"
    assert not in_index(lib, uid)


def test_concurrent_index_runs_cannot_both_write(app, lib, publish):
    tasks = app.extensions["phoei"].tasks
    uid = publish("ประกาศเรื่องล็อกของดัชนี", "ดัชนีค้นหา")
    with tasks.index_lock:  # as if another worker thread were writing the index
        tasks.index()
        assert tasks.index_sweep() is not None
        assert pending_index_rows(lib) >= 1 and not in_index(lib, uid)
    tasks.index()
    assert pending_index_rows(lib) == 0 and in_index(lib, uid)


def test_the_index_task_runs_every_minute(app):
    huey = app.extensions["phoei"].huey
    for minute in (0, 1, 17, 59):
        assert "phoei.index-sweep" in {t.name for t in huey.read_periodic(datetime(2025, 1, 1, 10, minute))}
    assert app.extensions["phoei"].tasks.index.name == "phoei.index"


def test_an_edit_on_the_staff_page_reaches_the_index(client, auth, lib, publish, index):
    uid = publish("ประกาศเรื่องการประปา", "น้ำประปาไหลอ่อน")
    index()
    assert titles(client.get("/search?q=ไฟฟ้าดับ").data.decode()) == []
    auth.login("admin")
    r = client.post(f"/staff/item/{uid}/edit", data={"title": "ประกาศเรื่องไฟฟ้าดับและการประปา", "note": "แก้ชื่อ"})
    assert r.status_code == 302
    auth.logout()
    # The commit queued phoei.index (run inline here: the test queue is immediate).
    assert pending_index_rows(lib) == 0
    assert titles(client.get("/search?q=ไฟฟ้าดับ").data.decode()) == ["ประกาศเรื่องไฟฟ้าดับและการประปา"]


def test_web_actions_queue_the_index_job(instance):
    """Publish and retract on the staff pages: the index follows once the worker ran the queued job."""
    from webui import create_app

    app = create_app(make_config(instance, PHOEI_JOBS_IMMEDIATE=False, PHOEI_JOBS_NAME=f"t-{uuid.uuid4().hex[:8]}"))
    services = app.extensions["phoei"]
    lib, huey = services.library, services.huey
    client = app.test_client()

    def run_worker() -> int:
        ran = 0
        while (task := huey.dequeue()) is not None:
            huey.execute(task)
            ran += 1
        return ran

    try:
        uid = prepare_directly(lib, services.cache, COMPLAINT, "/oia/s9/s9-1", "หนังสือเรื่องน้ำเสียลงลำตะคอง")
        client.post("/login", data={"username": "reviewer", "password": "correct horse battery"})
        r = client.post(f"/staff/item/{uid}/transition", data={"action": "publish", "comment": ""})
        assert r.status_code == 302
        with lib.session() as s:
            assert s.scalar(select(Content.state).where(Content.uid == uid)) == "published"
        assert titles(client.get("/search?q=ลำตะคอง").data.decode()) == []  # the worker has not run yet
        assert huey.pending_count() >= 1
        assert run_worker() >= 1
        assert titles(client.get("/search?q=ลำตะคอง").data.decode()) == ["หนังสือเรื่องน้ำเสียลงลำตะคอง"]

        r = client.post(f"/staff/item/{uid}/transition", data={"action": "retract", "comment": "ทดสอบถอน"})
        assert r.status_code == 302
        assert titles(client.get("/search?q=ลำตะคอง").data.decode()) == []  # at once
        assert in_index(lib, uid) and huey.pending_count() >= 1
        run_worker()
        assert not in_index(lib, uid)

        # Actions that change nothing public queue nothing.
        client.get("/staff/")
        client.post("/logout")
        assert huey.pending_count() == 0
    finally:
        lib.dispose()
