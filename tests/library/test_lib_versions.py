"""Every change of metadata or file makes a version; history and revert."""

from __future__ import annotations

from datetime import date

import pytest

from library import content, lifecycle, versions
from library import workflow as wf
from library.errors import Forbidden, Invalid
from tests.library.conftest import make_item


def test_create_and_edits_make_versions(s, who, at) -> None:
    carl = who("carl")
    item = make_item(s, carl, at("/news"), title="ร่างข่าว", description="")
    assert item.version == 1
    assert content.update_item(s, carl, item, title="ข่าวกิจกรรม", note="ชื่อเรื่อง") == ["title"]
    assert content.update_item(s, carl, item, description="รายละเอียด", keywords="กิจกรรม, เด็ก, กิจกรรม") == [
        "description", "keywords"]
    assert item.keywords == ["กิจกรรม", "เด็ก"]
    assert content.update_item(s, carl, item, title="ข่าวกิจกรรม") == []  # no change, no version
    hist = versions.history(s, item)
    assert [v.number for v in hist] == [3, 2, 1]
    assert hist[0].data["description"] == "รายละเอียด" and hist[2].data["title"] == "ร่างข่าว"
    assert hist[1].note == "ชื่อเรื่อง" and hist[1].actor_name == "carl"
    assert versions.diff(hist[2], hist[0]) == {"description": ("", "รายละเอียด"),
                                               "keywords": ([], ["กิจกรรม", "เด็ก"]),
                                               "title": ("ร่างข่าว", "ข่าวกิจกรรม")}


def test_revert_makes_a_new_version(s, who, at) -> None:
    carl = who("carl")
    item = make_item(s, carl, at("/news"), title="ต้นฉบับ", document_date=date(2025, 1, 15),
                     effective="2025-01-20")
    content.update_item(s, carl, item, title="แก้ครั้งที่หนึ่ง", document_date="1 ก.พ. 2568")
    assert item.document_date == date(2025, 2, 1)
    v = versions.revert(s, carl, item, 1)
    assert v.number == 3 and v.note == "revert to version 1"
    assert item.title == "ต้นฉบับ" and item.document_date == date(2025, 1, 15)
    assert item.effective is not None and item.effective.isoformat() == "2025-01-19T17:00:00+00:00"
    with pytest.raises(Invalid, match="already"):
        versions.revert(s, carl, item, 3)


def test_revert_needs_edit_permission(s, who, at) -> None:
    carl = who("carl")
    item = make_item(s, carl, at("/news"), title="หนึ่ง")
    content.update_item(s, carl, item, title="สอง")
    lifecycle.transition(s, carl, item, "submit")
    with pytest.raises(Forbidden):
        versions.revert(s, carl, item, 1)  # pending: only reviewers edit
    versions.revert(s, who("rita"), item, 1)
    assert item.title == "หนึ่ง"


def test_editing_a_published_item(s, who, at) -> None:
    admin, eddie = who("admin"), who("eddie")
    item = make_item(s, admin, at("/news"))
    lifecycle.transition(s, admin, item, "publish")
    assert not may_edit(eddie, item)
    with pytest.raises(Forbidden):
        content.update_item(s, eddie, item, title="แก้ไขโดยไม่ผ่านการอนุมัติ")
    content.update_item(s, admin, item, description="แก้คำผิด")  # site admin
    # The officer confirms the item is still current (guideline §4.1) without editing it.
    content.confirm_current(s, eddie, item, "2099-01-31")
    assert item.review_by == date(2099, 1, 31)
    assert versions.history(s, item)[0].note == "confirmed current"
    with pytest.raises(Invalid):
        content.confirm_current(s, eddie, item, "2001-01-01")


def may_edit(p, item) -> bool:
    from library.security import may

    return may(p, wf.EDIT, item)
