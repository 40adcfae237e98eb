"""Creating, editing, moving and deleting content; field validation; the review-by report."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from library import content, lifecycle, outbox
from library.errors import Forbidden, Invalid, NotFound
from library.models import Content, OutboxMessage
from library.thaidate import today_bangkok
from tests.library.conftest import make_item


def test_create_defaults(s, who, at) -> None:
    item = make_item(s, who("carl"), at("/oia/s7/s7-4"), "announcement", title="  ประกาศ  จังหวัด  ")
    assert item.title == "ประกาศ จังหวัด"
    assert item.path == f"/oia/s7/s7-4/{item.slug}" and item.slug.startswith("announcement-")
    assert item.oia_category == "s7(4)" and item.language == "th"
    assert item.ancestor_ids == [at("/oia").id, at("/oia/s7").id, at("/oia/s7/s7-4").id]
    assert content.get(s, item.uid) is item and content.get(s, item.id) is item
    assert content.get(s, item.path + "/") is item


def test_slugs(s, who, at) -> None:
    news = at("/news")
    a = make_item(s, who("carl"), news, title="Annual Report 2025")
    b = make_item(s, who("carl"), news, title="Annual Report 2025")
    assert (a.slug, b.slug) == ("annual-report-2025", "annual-report-2025-2")
    c = make_item(s, who("carl"), news, slug="budget-2568")
    assert c.path == "/news/budget-2568"
    with pytest.raises(Invalid, match="already exists"):
        make_item(s, who("carl"), news, slug="budget-2568")
    with pytest.raises(Invalid, match="lowercase"):
        make_item(s, who("carl"), news, slug="../etc")


@pytest.mark.parametrize(("field", "value", "expected"), [
    ("document_date", "10 พฤษภาคม 2561", date(2018, 5, 10)),
    ("document_date", "๑๐ พ.ค. ๖๑", date(2018, 5, 10)),
    ("document_date", "2018-05-10", date(2018, 5, 10)),
    ("review_by", date(2030, 1, 1), date(2030, 1, 1)),
    ("effective", "2025-01-01", datetime(2024, 12, 31, 17, 0, tzinfo=UTC)),
    ("effective", "2025-01-01T09:30:00+07:00", datetime(2025, 1, 1, 2, 30, tzinfo=UTC)),
    ("keywords", ["งบประมาณ", " งบประมาณ ", "แผน"], ["งบประมาณ", "แผน"]),
    ("oia_category", "s9(3)", "s9(3)"),
    ("oia_category", None, None),
])
def test_field_values(s, who, at, field, value, expected) -> None:
    item = make_item(s, who("carl"), at("/news"))
    content.update_item(s, who("carl"), item, **{field: value})
    assert getattr(item, field) == expected


@pytest.mark.parametrize(("type_id", "field", "value", "error"), [
    ("news", "title", "", "title is required"),
    ("news", "document_date", "31 กุมภาพันธ์ 2568", "document_date"),
    ("news", "document_date", datetime(2025, 1, 1, tzinfo=UTC), "not a date and time"),
    ("news", "effective", "2025-01-01T10:00:00", "time zone"),
    ("news", "oia_category", "s99", "unknown OIA"),
    ("news", "remote_url", "https://x.go.th", "has no field"),
    ("link", "remote_url", "javascript:alert(1)", "http"),
    ("news", "nonsense", "x", "has no field"),
])
def test_invalid_values(s, who, at, type_id, field, value, error) -> None:
    item = make_item(s, who("carl"), at("/news"), type_id, **({"remote_url": "https://a.go.th"}
                                                             if type_id == "link" else {}))
    with pytest.raises(Invalid, match=error):
        content.update_item(s, who("carl"), item, **{field: value})


def test_expiry_after_effective(s, who, at) -> None:
    with pytest.raises(Invalid, match="after the effective"):
        make_item(s, who("carl"), at("/news"), effective="2025-02-01", expires="2025-01-01")


def test_top_level_is_for_site_admins(s, who) -> None:
    with pytest.raises(Forbidden):
        content.create(s, who("rita"), None, "folder", title="ใหม่")
    f = content.create(s, who("admin"), None, "folder", title="ศูนย์ข้อมูลข่าวสาร", slug="info-centre")
    assert f.path == "/info-centre" and f.ancestry == "/"


def test_move_rewrites_paths_below(s, who, at) -> None:
    admin = who("admin")
    folder = make_item(s, admin, at("/news"), "folder", title="2568", slug="y2568")
    inner = make_item(s, admin, folder, "folder", title="มกราคม", slug="jan")
    leaf = make_item(s, admin, inner, "news", slug="opening")
    content.move(s, admin, folder, at("/announcements"), slug="archive-2568")
    s.expire_all()
    leaf = content.get(s, leaf.id)
    assert leaf.path == "/announcements/archive-2568/jan/opening"
    assert leaf.ancestor_ids == [at("/announcements").id, folder.id, inner.id]
    with pytest.raises(Invalid, match="into itself"):
        content.move(s, admin, content.get(s, folder.id), content.get(s, inner.id))
    with pytest.raises(NotFound):
        content.get(s, "/news/y2568")


def test_delete(s, who, at) -> None:
    carl = who("carl")
    folder = make_item(s, who("admin"), at("/news"), "folder", title="ชั่วคราว", slug="tmp")
    item = make_item(s, who("admin"), folder, slug="x")
    with pytest.raises(Invalid, match="not empty"):
        content.delete(s, who("admin"), folder)
    mine = make_item(s, carl, at("/news"), slug="mine")
    content.delete(s, carl, mine, "สร้างซ้ำ")
    assert mine.deleted_at is not None and mine.path.startswith("/news/mine.deleted-")
    again = make_item(s, carl, at("/news"), slug="mine")  # the id is free again
    assert again.path == "/news/mine"
    lifecycle.transition(s, who("admin"), folder, "publish")
    lifecycle.transition(s, who("admin"), item, "publish")
    with pytest.raises(Forbidden):
        content.delete(s, who("admin"), item)  # retract first


def test_review_due(s, who, at) -> None:
    admin = who("admin")
    today = today_bangkok()
    overdue = make_item(s, admin, at("/news"), title="เก่า", review_by=today - timedelta(days=1))
    soon = make_item(s, admin, at("/news"), title="ใกล้ถึง", review_by=today + timedelta(days=5))
    make_item(s, admin, at("/news"), title="ยังไม่เผยแพร่", review_by=today - timedelta(days=9))
    for item in (overdue, soon):
        lifecycle.transition(s, admin, item, "publish")
    assert content.due_for_review(s) == [overdue]
    assert content.due_for_review(s, within_days=7) == [overdue, soon]


def test_outbox_is_written_in_the_same_transaction(lib, who) -> None:
    """A rolled-back publish leaves neither a state change nor a message."""
    with lib.session() as s:
        item = make_item(s, who_in(s, "admin"), content.get(s, "/news"), slug="atomic")
        s.commit()
        before = len(outbox.pending(s, limit=10_000))
        lifecycle.transition(s, who_in(s, "admin"), item, "publish")
        assert len(outbox.pending(s, limit=10_000)) == before + 1
        s.rollback()
        assert content.get(s, "/news/atomic").state == "private"
        assert len(outbox.pending(s, limit=10_000)) == before
        lifecycle.transition(s, who_in(s, "admin"), content.get(s, "/news/atomic"), "publish")
        s.commit()
        msgs = outbox.pending(s, limit=10_000)
        assert msgs[-1].topic == "item.published" and msgs[-1].payload["path"] == "/news/atomic"
        outbox.mark_done(s, [m.id for m in msgs])
        s.commit()
        assert outbox.pending(s) == []
        assert s.scalar(select(OutboxMessage).order_by(OutboxMessage.id.desc())).processed_at is not None


def who_in(s, name):
    from library import users
    from library.security import Principal

    return Principal.of(users.get_user(s, name))


def test_published_metadata_change_goes_to_the_outbox(s, who, at) -> None:
    admin = who("admin")
    item = make_item(s, admin, at("/news"))
    lifecycle.transition(s, admin, item, "publish")
    content.update_item(s, admin, item, title="แก้ไขชื่อเรื่อง")
    msg = s.scalar(select(OutboxMessage).where(OutboxMessage.item_uid == item.uid).order_by(OutboxMessage.id.desc()))
    assert msg.topic == "item.updated" and msg.payload["title"] == "แก้ไขชื่อเรื่อง"


def test_tree(s, who) -> None:
    lines = content.tree(s, who("anonymous"), depth=2)
    paths = [item.path for _, item in lines]
    assert "/oia" in paths and "/oia/s7" in paths and "/oia/s7/s7-1" not in paths
    assert all(isinstance(i, Content) for _, i in lines)
