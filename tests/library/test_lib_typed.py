"""Typed text through the redactor (library.typed): every publishable field, blocked until decided."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from library import lifecycle, redaction, typed
from library.errors import NotReady
from library.models import OutboxMessage
from redactor.normalise import fold_for_match
from tests.fixtures.make_pdf import national_id
from tests.library.conftest import make_item

# Invented people and numbers (none from the dev set).
NID = national_id("350120033441")
MOBILE = "089-314-2267"
EMAIL = "kanokwan.pattana@gmail.com"
NAME = "นายสุรเชษฐ์ ทองนพคุณ"

# (type, folder, field, value, labels the check must find in that field)
CASES: list[tuple[str, str, str, Any, set[str]]] = [
    ("news", "/news", "body", f"ผู้รับทุนการศึกษา เลขประจำตัวประชาชน {NID} โทร {MOBILE} รับทุนวันจันทร์",
     {"NATIONAL_ID", "PHONE"}),
    ("page", "/news", "body", f"ติดต่อผู้ประสานงานได้ที่อีเมล {EMAIL} ในวันและเวลาราชการ", {"EMAIL"}),
    ("announcement", "/news", "body", f"ประกาศรายชื่อผู้ผ่านการคัดเลือก {NAME} เลขประจำตัวประชาชน {NID}",
     {"PERSON", "NATIONAL_ID"}),
    ("news", "/news", "title", f"มอบทุนการศึกษาแก่ {NAME}", {"PERSON"}),
    ("news", "/news", "description", f"ผู้ประสานงานโครงการ โทร {MOBILE}", {"PHONE"}),
    ("news", "/news", "keywords", ["ทุนการศึกษา", EMAIL], {"EMAIL"}),
    ("link", "/links", "remote_url", f"https://forms.example.org/apply?email={EMAIL}", {"EMAIL"}),
    ("link", "/links", "description", f"แบบฟอร์มของ {NAME} โทร {MOBILE}", {"PERSON", "PHONE"}),
]


def _fields(item: Any) -> str:
    return "\n".join(typed.fields_of(item).values())


def _secret_in(text: str, value: Any) -> bool:
    hay = fold_for_match(text)
    values = value if isinstance(value, list) else [value]
    secrets = [NID, MOBILE, EMAIL, NAME]
    return any(fold_for_match(x) in hay for x in secrets if any(x in v for v in values))


@pytest.mark.parametrize(("type_id", "folder", "field", "value", "labels"), CASES,
                         ids=[f"{c[0]}-{c[2]}" for c in CASES])
def test_typed_pii_is_blocked_until_decided_and_applied(s, who, at, type_id: str, folder: str, field: str,
                                                        value: Any, labels: set[str]) -> None:
    admin, rita = who("admin"), who("rita")
    fields: dict[str, Any] = {"title": "ข่าวทุนการศึกษาประจำปี"}
    if type_id == "link":
        fields["remote_url"] = "https://www.example.go.th/"
    fields[field] = value
    item = make_item(s, admin, at(folder), type_id, **fields)
    lifecycle.transition(s, admin, item, "submit")
    f = typed.current_text_document(s, item)
    assert f is not None  # submitting put the text through the redactor
    found = {p.label for p in f.proposals if p.location == f"field:{field}"}
    assert labels <= found
    # Offsets index the canonical text and map into the field itself.
    from redactor.plaintext import field_offsets, fields_textmap

    tm = fields_textmap(typed.load_fields(s, f))
    for p in f.proposals:
        name, a, b = field_offsets(tm, p.start_offset, p.end_offset)
        assert name == field and typed.fields_of(item)[name][a:b] == p.text
    problems = lifecycle.blockers(s, item, "publish")
    assert any("typed text" in p for p in problems)
    with pytest.raises(NotReady):
        lifecycle.transition(s, rita, item, "publish")
    assert item.state == "pending" and _secret_in(_fields(item), value)

    v = typed.apply_text(s, rita, f)
    assert v.passed and v.redaction_count >= len(labels)
    assert not _secret_in(_fields(item), value)  # masked in the item itself
    assert "\u2588" in typed.fields_of(item)[field]
    assert typed.text_problems(s, item) == []
    lifecycle.transition(s, rita, item, "publish")
    assert item.state == "published"
    msg = s.scalar(select(OutboxMessage).where(OutboxMessage.topic == "item.published",
                                               OutboxMessage.item_uid == item.uid))
    assert msg is not None and not _secret_in(str(msg.payload), value)


@pytest.mark.parametrize(("type_id", "folder", "fields"), [
    ("news", "/news", {"title": "ประชุมคณะกรรมการประจำเดือน", "body": "การประชุมครั้งที่ 3/2568 เวลา 09.30 น."}),
    ("link", "/links", {"title": "เว็บไซต์สำนักงาน", "remote_url": "https://www.example.go.th/about",
                        "description": "ข้อมูลหน่วยงานและอำนาจหน้าที่"}),
    ("page", "/news", {"title": "อำนาจหน้าที่", "keywords": ["โครงสร้าง", "อำนาจหน้าที่"],
                       "body": "สำนักงานมีหน้าที่ส่งเสริมการเกษตรในพื้นที่ งบประมาณ 1,250,000 บาท"}),
])
def test_clean_typed_text_publishes_unchanged(s, who, at, type_id: str, folder: str, fields: dict[str, Any]) -> None:
    admin, rita = who("admin"), who("rita")
    item = make_item(s, admin, at(folder), type_id, **fields)
    before = typed.fields_of(item)
    lifecycle.transition(s, admin, item, "submit")
    f = typed.current_text_document(s, item)
    assert f is not None and [p for p in f.proposals if p.action != "keep"] == []
    lifecycle.transition(s, rita, item, "publish")
    assert typed.fields_of(item) == before


def test_undecided_review_blocks_and_a_kept_decision_carries_over(s, who, at) -> None:
    admin, rita = who("admin"), who("rita")
    body = f"พระบาทสมเด็จพระเจ้าอยู่หัวทรงพระกรุณาโปรดเกล้าฯ พระราชทานทุน แก่ผู้มีเลขประจำตัวประชาชน {NID}"
    item = make_item(s, admin, at("/news"), "news", body=body)
    lifecycle.transition(s, admin, item, "submit")
    f = typed.current_text_document(s, item)
    assert f is not None
    review = [p for p in f.proposals if p.action == "review"]
    assert [p.label for p in review] == ["MONARCHY"]
    assert any("need a reviewer's decision" in p for p in typed.text_problems(s, item))
    with pytest.raises(NotReady):
        typed.apply_text(s, rita, f)
    redaction.decide(s, rita, f, review[0].proposal_id, "reject")  # keep the passage
    v = typed.apply_text(s, rita, f)
    assert v.passed
    g = typed.current_text_document(s, item)
    assert g is not None and g.id != f.id
    assert item.body.startswith("พระบาทสมเด็จ") and NID not in item.body
    # The passage is still there, at the same place: the reviewer's "keep" holds for it.
    assert redaction.undecided_reviews(s, g) == []
    assert typed.text_problems(s, item) == []
    lifecycle.transition(s, rita, item, "publish")
    assert item.state == "published"


def test_edited_text_needs_a_new_check(s, who, at) -> None:
    admin = who("admin")
    item = make_item(s, admin, at("/news"), "news", body="ประชุมประจำเดือน")
    lifecycle.transition(s, admin, item, "submit")
    assert typed.text_problems(s, item) == []
    item.body = f"ประชุมประจำเดือน ผู้ประสานงาน โทร {MOBILE}"
    assert any("has not been checked" in p for p in typed.text_problems(s, item))
    f = typed.check(s, admin, item)
    assert any(p.label == "PHONE" for p in f.proposals)


def test_non_file_external_request_is_in_the_review_queue(s, who, at) -> None:
    ext1, eddie, rita = who("ext1"), who("eddie"), who("rita")
    item = make_item(s, ext1, at("/news"), "news", title="ข่าวเกษตรจังหวัด",
                     body=f"เกษตรกรผู้ได้รับรางวัล {NAME} โทร {MOBILE}")
    lifecycle.transition(s, ext1, item, "send")
    queue = typed.review_queue(s, eddie)
    assert [(i.id, f is not None) for i, f in queue if i.id == item.id] == [(item.id, True)]
    lifecycle.transition(s, eddie, item, "screen")
    assert item.id in [i.id for i, _f in typed.review_queue(s, rita)]
    assert item.id not in [i.id for i, _f in typed.review_queue(s, who("olivia"))]  # no redact permission
    # A clean external request without a file is in the queue too: its text is all it has.
    clean = make_item(s, ext1, at("/news"), "news", title="ข่าวการประชุมเกษตรกร", body="ประชุมวันที่ 5")
    lifecycle.transition(s, ext1, clean, "send")
    assert clean.id in [i.id for i, _f in typed.review_queue(s, eddie)]


@pytest.mark.parametrize(("field", "value", "allowed"), [
    ("body", f"แก้ไขเวลาประชุม ผู้ประสานงาน โทร {MOBILE}", False),
    ("title", f"มอบทุนแก่ {NAME}", False),
    ("body", "แก้ไขเวลาประชุมเป็น 13.30 น.", True),
    ("description", "ปรับปรุงข้อมูลการประชุม", True),
])
def test_editing_a_published_item_cannot_publish_unchecked_text(s, who, at, field: str, value: str,
                                                                 allowed: bool) -> None:
    from library import content
    from library.errors import Invalid

    admin, rita = who("admin"), who("rita")
    item = make_item(s, admin, at("/news"), "news", body="ประชุมประจำเดือน เวลา 09.30 น.")
    lifecycle.transition(s, rita, item, "publish")
    if allowed:
        assert content.update_item(s, admin, item, **{field: value}) == [field]
    else:
        with pytest.raises(Invalid, match="needs a reviewer first"):
            content.update_item(s, admin, item, **{field: value})
