"""Search over the library, on both backends: Tantivy (SQLite database) and PostgreSQL.

The ``backend`` fixture of ``tests/library/conftest.py`` runs every test on
SQLite (the embedded Tantivy index in the instance folder) and on PostgreSQL
(the ``search_documents`` tsvector table).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from library import content, lifecycle, redaction
from library.errors import Invalid
from library.search.indexer import reindex
from library.search.service import backend_name, search
from library.security import Principal
from tests.library.conftest import make_item

REPO = Path(__file__).resolve().parents[3]
DEMO = REPO / "webui" / "data" / "demo" / "complaint.pdf"
PAST = datetime.now(UTC).replace(microsecond=0) - timedelta(days=30)
DAY = timedelta(days=1)


def test_the_backend_follows_the_database(lib, backend) -> None:
    assert backend_name(lib) == ("postgresql" if backend.startswith("postgresql") else "tantivy")


def test_titles_bodies_and_metadata_are_found(s, pub, index, find) -> None:
    a = pub(title="ประกาศผลการคัดเลือกผู้ใหญ่บ้าน", body="<p>ผลการคัดเลือกหมู่ที่ ๕ ตำบลโคกกรวด</p>")
    b = pub(title="ข่าวการประชุมสภา", body="สภาเทศบาลประชุมเรื่องงบประมาณน้ำประปา")
    assert index() >= 2
    assert find("ผู้ใหญ่บ้าน") == [a.path]
    assert find("โคกกรวด") == [a.path]
    assert find("น้ำประปา") == [b.path]
    assert find("งบประมาณ สภาเทศบาล") == [b.path]     # every word must match
    relaxed = search(s, "งบประมาณ โคกกรวด", Principal.anonymous())   # no item has both words:
    assert relaxed.relaxed and {r.path for r in relaxed.results} == {a.path, b.path}  # some of them, flagged
    assert not search(s, "งบประมาณ สภาเทศบาล", Principal.anonymous()).relaxed
    assert find("ที่ ของ") == []                        # stop words only: nothing, quickly


def test_thai_and_arabic_digits_are_one(pub, index, find) -> None:
    a = pub(title="แผนปฏิบัติราชการ ประจำปี ๒๕๖๘")
    b = pub(title="รายงานผลการดำเนินงาน", body="รายงานประจำปี 2567 ฉบับสมบูรณ์")
    index()
    assert find("2568") == [a.path] and find("๒๕๖๘") == [a.path]
    assert find("๒๕๖๗") == [b.path] and find("2567") == [b.path]


def test_phrases_match_in_order(pub, index, find) -> None:
    a = pub(title="โครงการหนึ่ง", body="ซ่อมแซมถนนคอนกรีตในหมู่บ้าน")
    b = pub(title="โครงการสอง", body="คอนกรีตของถนนสายนี้ต้องซ่อมแซม")
    index()
    assert sorted(find("ถนน คอนกรีต")) == sorted([a.path, b.path])
    assert find('"ถนนคอนกรีต"') == [a.path]
    assert find('"ซ่อมแซม ถนน"') == [a.path]
    assert find('"คอนกรีต ถนน"') == [b.path]     # the stop word ของ between them is not indexed


def test_retracted_items_leave_the_index_and_never_show_while_it_lags(s, who, pub, index, find) -> None:
    a = pub(title="ประกาศจัดซื้อเครื่องสูบน้ำ")
    index()
    assert find("เครื่องสูบน้ำ") == [a.path]
    lifecycle.transition(s, who("admin"), a, "retract", "ทดสอบ")
    s.commit()
    assert find("เครื่องสูบน้ำ") == []          # the index still has it; the database says no
    index()
    assert find("เครื่องสูบน้ำ") == []


def test_expired_and_future_items_never_show(s, who, pub, index, find) -> None:
    a = pub(title="ประกาศรับสมัครอาสาสมัคร", expires=datetime.now(UTC) + DAY)
    b = pub(title="ประกาศรับสมัครพนักงาน")
    index()
    assert sorted(find("ประกาศ รับสมัคร")) == sorted([a.path, b.path])
    a.expires = datetime.now(UTC) - timedelta(minutes=1)   # expired by date, the job has not run
    b.effective = datetime.now(UTC) + DAY                   # not yet effective again
    s.commit()
    assert find("ประกาศ รับสมัคร") == []
    lifecycle.expire_due(s)
    index()
    assert find("ประกาศ รับสมัคร") == []


def test_private_items_are_never_indexed_or_shown(s, who, at, pub, index, find) -> None:
    make_item(s, who("carl"), at("/news"), title="ร่างคำสั่งแต่งตั้งคณะทำงานลับ")
    a = pub(title="คำสั่งแต่งตั้งคณะทำงานเปิดเผย")
    index()
    assert find("คณะทำงาน") == [a.path]
    a.state = "private"  # as if changed behind the index's back
    s.commit()
    assert find("คณะทำงาน") == []
    assert find("คณะทำงาน", who("oscar")) == []  # signed in, no rights here
    assert find("คณะทำงาน", who("carl")) == [a.path]  # may view it in /news: may() decides for staff


def test_items_in_a_retracted_folder_never_show(s, who, pub, index, find) -> None:
    folder = content.create(s, who("admin"), content.get(s, "/news"), "folder", title="กิจกรรม")
    lifecycle.transition(s, who("admin"), folder, "publish", now=PAST)
    a = pub(folder.path, title="กิจกรรมปลูกป่าชายเลน")
    index()
    assert find("ป่าชายเลน") == [a.path]
    lifecycle.transition(s, who("admin"), folder, "retract", "ทดสอบ")
    s.commit()
    assert find("ป่าชายเลน") == []
    index()
    assert find("ป่าชายเลน") == []


def test_redacted_text_is_not_findable(lib, s, who, at, index, find) -> None:
    admin = who("admin")
    item = make_item(s, admin, at("/oia/s9/s9-1"), "file", title="ผลการพิจารณาเรื่องร้องเรียน")
    f = redaction.upload(s, admin, item, DEMO.read_bytes(), "complaint.pdf")
    redaction.analyse(s, who("system"), f)
    assert redaction.apply(s, who("system"), f).passed
    lifecycle.transition(s, admin, item, "publish", now=PAST)
    index()
    assert find("น้ำเสีย ลำตะคอง") == [item.path]            # the public copy's text is indexed
    for withheld in ("ทดลองดี", "sommut", "02071", "1103702071811", "นายสมมติ"):
        assert find(withheld) == [], withheld                 # the original's is not


def test_facets_filters_sort_and_pages(pub, index, s) -> None:
    made = [pub("/oia/s9/s9-1" if i % 2 else "/news", "news", title=f"ประกาศงบประมาณ ลำดับ {i}",
                effective=PAST + i * DAY) for i in range(12)]
    index()
    anon = Principal.anonymous()
    res = search(s, "งบประมาณ", anon, per_page=5)
    assert res.total == 12 and res.total_exact and res.pages == 3 and len(res.results) == 5
    assert dict(res.facets["type"]) == {"news": 12}
    assert dict(res.facets["folder"]) == {"/news": 6, "/oia/s9/s9-1": 6}
    assert res.results[0].snippet_html is not None and "<mark>งบประมาณ</mark>" in res.results[0].title_html
    page3 = search(s, "งบประมาณ", anon, per_page=5, page=3)
    assert len(page3.results) == 2
    newest = search(s, "งบประมาณ", anon, sort="-date", per_page=3)
    assert [r.path for r in newest.results] == [m.path for m in made[::-1][:3]]
    oldest = search(s, "งบประมาณ", anon, sort="date", per_page=3)
    assert [r.path for r in oldest.results] == [m.path for m in made[:3]]
    only = search(s, "งบประมาณ", anon, filters={"folder": "/oia"}, per_page=50)
    assert {r.path for r in only.results} == {m.path for m in made[1::2]}
    year = str(PAST.year + 543)
    assert search(s, "งบประมาณ", anon, filters={"year": year}).total >= 1
    with pytest.raises(Invalid):
        search(s, "งบประมาณ", anon, filters={"secret": "x"})
    with pytest.raises(Invalid):
        search(s, "งบประมาณ", anon, sort="title")


def test_reindex_rebuilds_from_the_database(lib, s, pub, find) -> None:
    a = pub(title="รายงานการตรวจสอบภายใน")
    s.commit()
    seen: list[tuple[int, int]] = []
    assert reindex(lib, progress=lambda n, t: seen.append((n, t))) >= 1
    assert seen and seen[-1][0] == seen[-1][1]
    assert find("ตรวจสอบภายใน") == [a.path]


def test_reindex_with_worker_processes_gives_the_same_index(lib, s, pub, find, monkeypatch) -> None:
    """A large rebuild analyses text in spawned worker processes, batches in flight while the
    main process feeds the writer: the index answers exactly as after an in-process rebuild."""
    items = [pub(title=f"ประกาศผลการจัดซื้อครุภัณฑ์ ครั้งที่ {n}", body=f"ซ่อมแซมถนนหมู่ที่ {n} งบประมาณ {n}00 บาท")
             for n in range(12)]
    s.commit()
    queries = ("จัดซื้อครุภัณฑ์", "ซ่อมถนน", "งบประมาณ 500", '"ครั้งที่ 7"')
    monkeypatch.setenv("PHOEI_INDEX_WORKERS", "0")
    assert reindex(lib, batch=5) == len(items)
    alone = {q: find(q, per_page=20) for q in queries}
    monkeypatch.setenv("PHOEI_INDEX_WORKERS", "2")
    seen: list[tuple[int, int]] = []
    assert reindex(lib, batch=5, progress=lambda n, t: seen.append((n, t))) == len(items)
    assert [n for n, _ in seen] == sorted(n for n, _ in seen) and seen[-1][0] == seen[-1][1]
    assert {q: find(q, per_page=20) for q in queries} == alone
    assert len(alone["จัดซื้อครุภัณฑ์"]) == 12 and len(alone["ซ่อมถนน"]) == 12 and len(alone['"ครั้งที่ 7"']) == 1


def test_compound_words_meet_their_parts(s, pub, index, find) -> None:
    """Segmentation keeps the longest words: the text's ซ่อมแซม and the query's ซ่อม, or the
    query's สมัครงาน and the text's รับสมัคร … พนักงาน, meet through the parts of compounds,
    ranked below a whole-word match."""
    repair = pub(title="ข่าวงานช่าง", body="ซ่อมแซมถนนลูกรังที่เสียหายจากอุทกภัย")
    jobs = pub(title="ประกาศรับสมัครพนักงานราชการ", body="รับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานราชการ")
    whole = pub(title="ข่าวประชาสัมพันธ์", body="ศูนย์ซ่อมรถของเทศบาล เปิดให้บริการซ่อมถนนในหมู่บ้าน")
    index()
    assert find("ซ่อมถนน") == [whole.path, repair.path]  # the whole words first
    assert find("สมัครงาน") == [jobs.path]
    assert find("ลูกรัง") == [repair.path]
    assert find('"ซ่อม ถนน"') == [whole.path]  # phrases stay on whole words


def test_an_index_built_by_another_analyzer_version_is_rebuilt(lib, s, pub, index, find) -> None:
    """Tokens and compound parts change with the analyzer: an index that holds an older
    version's (or lost rows) is rebuilt from the database on the next indexing run."""
    from sqlalchemy import text

    from library.search.service import index_dir, open_backend
    from library.search.tantivy_backend import VERSION_FILE

    a = pub(title="ประกาศก่อสร้างถนนคอนกรีตเสริมเหล็ก")
    index()
    assert find("เหล็ก") == [a.path]
    # Make the index stale: drop the row behind the database's back and mark the index as
    # written by analyzer version 1.
    backend = open_backend(s, writer=True)
    backend.delete(a.uid)
    backend.commit()
    backend.close()
    if backend.name == "tantivy":
        (index_dir(lib) / VERSION_FILE).write_text("1\n")
    else:
        s.execute(text("COMMENT ON TABLE search_documents IS 'phoei analyzer 1'"))
    s.commit()
    if (reader := lib.extras.get("search_reader")) is not None:
        reader.reload()
    assert find("เหล็ก") == []
    index()
    assert find("เหล็ก") == [a.path]
    # Once rebuilt, the version is current: the next run does not rebuild again.
    again = open_backend(s, writer=True)
    assert not again.needs_rebuild
    again.close()
