"""What anonymous citizens see: the published state, effective/expiry dates and public folders decide."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from library import content, lifecycle, outbox
from library import workflow as wf
from library.models import Content, OutboxMessage
from library.security import is_public, may
from tests.library.conftest import make_item

NOW = datetime.now(UTC).replace(microsecond=0) + timedelta(hours=1)  # after the seeded folders took effect
DAY = timedelta(days=1)


def published(s, who, folder, **fields) -> Content:
    item = make_item(s, who("admin"), folder, **fields)
    lifecycle.transition(s, who("admin"), item, "publish", now=NOW - 30 * DAY)
    return item


@pytest.mark.parametrize(("effective", "expires", "visible"), [
    (None, None, True),
    (NOW - DAY, None, True),
    (NOW + DAY, None, False),            # not yet effective
    (None, NOW + DAY, True),
    (None, NOW - DAY, False),            # expired by date, not yet by the job
    (NOW - 2 * DAY, NOW - DAY, False),
    (NOW - DAY, NOW + DAY, True),
    (NOW, None, True),                   # effective from this instant
    (None, NOW, False),                  # expires at this instant
])
def test_dates_decide_for_anonymous(s, who, at, effective, expires, visible) -> None:
    item = published(s, who, at("/news"))
    item.effective, item.expires = effective, expires
    assert may(who("anonymous"), wf.VIEW, item, now=NOW) is visible
    assert is_public(item, NOW) is visible
    # Signed-in citizens and officers without rights here see what the public sees ...
    assert may(who("oscar"), wf.VIEW, item, now=NOW) is visible
    assert may(who("ext2"), wf.VIEW, item, now=NOW) is visible
    # ... staff with rights on the item see it whatever the dates.
    for name in ("admin", "rita", "eddie", "carl", "lara"):
        assert may(who(name), wf.VIEW, item, now=NOW)
    listing = content.list_folder(s, who("anonymous"), at("/news"), now=NOW)
    assert (item in listing.items) is visible


@pytest.mark.parametrize("state", ["private", "pending", "expired"])
def test_unpublished_states_are_hidden(s, who, at, state) -> None:
    item = make_item(s, who("carl"), at("/news"))
    item.state = state
    assert not may(who("anonymous"), wf.VIEW, item)
    assert not may(who("oscar"), wf.VIEW, item)
    assert may(who("carl"), wf.VIEW, item)  # the owner
    assert may(who("rita"), wf.VIEW, item)


def test_a_private_folder_hides_its_published_contents(s, who, at) -> None:
    news = at("/news")
    item = published(s, who, news)
    assert is_public(item, NOW)
    lifecycle.transition(s, who("admin"), news, "retract", "ปรับปรุงหมวดข่าว", now=NOW)
    assert not is_public(item, NOW)
    assert not may(who("anonymous"), wf.VIEW, item, now=NOW)
    assert may(who("eddie"), wf.VIEW, item, now=NOW)
    msg = s.scalar(select(OutboxMessage).where(OutboxMessage.topic == "item.retracted")
                   .order_by(OutboxMessage.id.desc()))
    assert msg.payload["path"] == "/news" and msg.payload["subtree"] is True


def test_deleted_items_are_gone(s, who, at) -> None:
    item = make_item(s, who("carl"), at("/news"))
    content.delete(s, who("carl"), item, "ซ้ำ")
    assert not may(who("carl"), wf.VIEW, item)
    assert may(who("admin"), wf.VIEW, item)
    assert item not in content.list_folder(s, who("admin"), at("/news")).items


def test_listing_agrees_with_may_for_everyone(s, who, at) -> None:
    """The SQL form of the rules gives exactly the items ``may`` allows, for every principal."""
    news = at("/news")
    items = []
    for i, (author, state, eff, exp) in enumerate([
        ("carl", "private", None, None), ("carl", "pending", None, None), ("eddie", "private", None, None),
        ("admin", "published", None, None), ("admin", "published", NOW + DAY, None),
        ("admin", "published", None, NOW - DAY), ("carl", "published", NOW + DAY, None),
        ("admin", "expired", None, NOW - DAY), ("olivia", "private", None, None),
    ]):
        item = make_item(s, who("admin"), news, title=f"ข่าวที่ {i}")
        item.owner_id = who(author).user_id
        item.state, item.effective, item.expires = state, eff, exp
        items.append(item)
    ext = make_item(s, who("ext1"), news, title="ข่าวจากหน่วยงานภายนอก")
    lifecycle.transition(s, who("ext1"), ext, "send")
    draft = make_item(s, who("ext2"), news, title="ร่างของบริษัท")
    sub = make_item(s, who("admin"), news, "folder", title="โฟลเดอร์ย่อย")
    items += [ext, draft, sub]
    s.flush()
    for name in ("anonymous", "oscar", "olivia", "carl", "eddie", "lara", "rita", "admin", "ext1", "ext2"):
        p = who(name)
        listing = content.list_folder(s, p, news, per_page=500, now=NOW)
        expected = {c.id for c in s.scalars(select(Content).where(Content.parent_id == news.id))
                    if may(p, wf.VIEW, c, now=NOW)}
        assert {c.id for c in listing.items} == expected, name
        assert listing.total == len(expected)


def test_external_submitters_see_only_their_own_submissions(s, who, at) -> None:
    news = at("/news")
    mine = make_item(s, who("ext1"), news, title="ของฉัน")
    theirs = make_item(s, who("ext2"), news, title="ของคนอื่น")
    lifecycle.transition(s, who("ext2"), theirs, "send")
    internal = make_item(s, who("carl"), news, title="ร่างภายใน")
    seen = {c.id for c in content.list_folder(s, who("ext1"), news, per_page=500).items}
    assert mine.id in seen and theirs.id not in seen and internal.id not in seen


def test_pagination_and_sort(s, who, at) -> None:
    folder = make_item(s, who("admin"), at("/news"), "folder", title="หน้า")
    lifecycle.transition(s, who("admin"), folder, "publish")
    for i in range(7):
        item = make_item(s, who("admin"), folder, title=f"ข่าว {i}")
        lifecycle.transition(s, who("admin"), item, "publish", now=NOW - (10 - i) * DAY)
    page1 = content.list_folder(s, who("anonymous"), folder, page=1, per_page=3, sort="position")
    page3 = content.list_folder(s, who("anonymous"), folder, page=3, per_page=3, sort="position")
    assert page1.total == 7 and page1.pages == 3
    assert [c.title for c in page1.items] == ["ข่าว 0", "ข่าว 1", "ข่าว 2"]
    assert [c.title for c in page3.items] == ["ข่าว 6"]
    newest = content.list_folder(s, who("anonymous"), folder, per_page=2, sort="-effective")
    assert [c.title for c in newest.items] == ["ข่าว 6", "ข่าว 5"]


def test_expiry_job(s, who, at) -> None:
    a = published(s, who, at("/news"), title="หมดแล้ว", expires=NOW - DAY)
    b = published(s, who, at("/news"), title="ยังไม่หมด", expires=NOW + DAY)
    c = published(s, who, at("/news"), title="ไม่มีวันหมดอายุ")
    s.flush()
    done = lifecycle.expire_due(s, now=NOW)
    assert done == [a]
    assert (a.state, b.state, c.state) == ("expired", "published", "published")
    hist = lifecycle.history(s, a)[-1]
    assert (hist.action, hist.actor_name) == ("expire", "system")
    topics = [m.topic for m in outbox.pending(s, limit=1000) if m.item_uid == a.uid]
    assert topics == ["item.published", "item.expired"]
    assert lifecycle.expire_due(s, now=NOW) == []  # idempotent
