"""Currency (issue #17 part 6): the responsible officer per folder, inherited below it, and
``item.stale`` once per item and review-by date, addressed to that officer."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from library import currency, lifecycle, users
from library.errors import Forbidden, Invalid
from library.models import OutboxMessage
from tests.library.conftest import make_item


def _name(s, item):
    r = currency.responsible_for(s, item)
    return (r.user.username, r.folder.path, r.inherited) if r else None


def test_the_nearest_folder_that_names_someone_wins(s, who, at) -> None:
    admin = who("admin")
    currency.set_responsible(s, admin, at("/oia"), users.get_user(s, "eddie"))
    currency.set_responsible(s, admin, at("/oia/s9/s9-1"), users.get_user(s, "olivia"))
    doc = make_item(s, admin, at("/oia/s9/s9-1"), "page", title="หน้าในหมวดย่อย")
    other = make_item(s, admin, at("/oia/s9/s9-2"), "page", title="หน้าในหมวดอื่น")
    news = make_item(s, admin, at("/news"), "news", title="ข่าวที่ไม่มีผู้รับผิดชอบ")
    cases = [
        (at("/oia"), ("eddie", "/oia", False)),
        (at("/oia/s9"), ("eddie", "/oia", True)),
        (at("/oia/s9/s9-1"), ("olivia", "/oia/s9/s9-1", False)),
        (doc, ("olivia", "/oia/s9/s9-1", True)),
        (other, ("eddie", "/oia", True)),
        (news, None),
    ]
    for item, expected in cases:
        assert _name(s, item) == expected, item.path
    # a disabled officer is passed over: the next folder up takes the notices
    users.set_active(s, admin, users.get_user(s, "olivia"), False)
    assert _name(s, doc) == ("eddie", "/oia", True)
    currency.set_responsible(s, admin, at("/oia"), None)
    assert _name(s, other) is None


@pytest.mark.parametrize(("actor", "target", "username", "error"), [
    ("eddie", "/news", "eddie", Forbidden),      # only site administrators name officers
    ("admin", "/news", "ext1", Invalid),         # an external submitter is not staff
    ("admin", None, "eddie", Invalid),           # a page is not a folder
])
def test_who_may_be_named_and_by_whom(s, who, at, actor, target, username, error) -> None:
    item = at(target) if target else make_item(s, who("admin"), at("/news"), "page")
    with pytest.raises(error):
        currency.set_responsible(s, who(actor), item, users.get_user(s, username))


def test_stale_items_are_notified_once_per_review_date_to_the_officer(s, who, at) -> None:
    admin = who("admin")
    eddie = users.get_user(s, "eddie")
    currency.set_responsible(s, admin, at("/news"), eddie)
    today = date(2026, 3, 1)
    overdue = make_item(s, admin, at("/news"), title="ข่าวที่เลยกำหนดทบทวน", review_by=today - timedelta(days=3))
    current = make_item(s, admin, at("/news"), title="ข่าวที่ยังไม่ถึงกำหนด", review_by=today + timedelta(days=3))
    orphan = make_item(s, admin, at("/about"), "page", title="หน้าที่ไม่มีผู้รับผิดชอบ", review_by=today)
    private = make_item(s, admin, at("/news"), title="ยังไม่เผยแพร่", review_by=today - timedelta(days=9))
    for it in (overdue, current, orphan):
        lifecycle.transition(s, admin, it, "publish")
    got = currency.notify_stale(s, today)
    assert sorted((i.title, uid) for i, uid in got) == sorted([(overdue.title, eddie.id), (orphan.title, None)])
    assert private.title not in [i.title for i, _ in got]
    msgs = s.scalars(select(OutboxMessage).where(OutboxMessage.topic == "item.stale")).all()
    by_uid = {m.payload["uid"]: m.payload for m in msgs}
    assert by_uid[overdue.uid]["responsible_user_id"] == eddie.id and by_uid[overdue.uid]["review_by"] == "2026-02-26"
    assert by_uid[orphan.uid]["responsible_user_id"] is None
    assert currency.notify_stale(s, today) == []            # once per review-by date
    assert currency.notify_stale(s, today + timedelta(days=1)) == []
    overdue.review_by = today + timedelta(days=1)            # confirmed current until tomorrow...
    s.flush()
    assert currency.notify_stale(s, today) == []
    assert [i.uid for i, _ in currency.notify_stale(s, today + timedelta(days=2))] == [overdue.uid]  # ...then due again
