"""Typed fields through the redactor (redactor.plaintext): offsets into each field, masks, fail-closed verify."""

from __future__ import annotations

import pytest

from redactor.plaintext import (
    MASK,
    analyse_fields,
    field_offsets,
    fields_textmap,
    mask,
    redact_fields,
    redactions_for,
    verify_fields,
)
from redactor.types import Redaction
from tests.fixtures.make_pdf import national_id

NID = national_id("420150077319")
MOBILE = "092-615-3380"


def test_each_field_is_a_segment_and_offsets_map_into_it() -> None:
    tm = fields_textmap({"title": "ข่าว", "description": "", "body": f"โทร {MOBILE}"})
    assert [s.where for s in tm.segments] == ["field:title", "field:body"]  # empty fields are left out
    start = tm.text.index(MOBILE)
    assert field_offsets(tm, start, start + len(MOBILE)) == ("body", 4, 4 + len(MOBILE))
    assert field_offsets(tm, 0, len(tm.text)) is None  # across two fields


@pytest.mark.parametrize(("fields", "labels"), [
    ({"title": f"ผู้ประสานงาน โทร {MOBILE}"}, {"PHONE"}),
    ({"body": f"เลขประจำตัวประชาชน {NID}"}, {"NATIONAL_ID"}),
    ({"keywords": "ทุนการศึกษา\nsuda.kaewmanee@hotmail.com"}, {"EMAIL"}),
    ({"remote_url": f"https://example.org/form?tel={MOBILE.replace('-', '')}"}, {"PHONE"}),
    ({"title": "ประชุมคณะกรรมการ ครั้งที่ 2/2568", "body": "งบประมาณ 120,000 บาท"}, set()),
    ({"description": "สำนักงานเปิดให้บริการวันจันทร์ถึงวันศุกร์"}, set()),
])
def test_fields_get_the_same_detectors_and_policy_as_files(fields: dict[str, str], labels: set[str]) -> None:
    a = analyse_fields(fields)
    assert {p.label for p in a.proposals if p.action == "redact"} == labels
    for p in a.proposals:
        name, s, e = field_offsets(a.textmap, p.start, p.end)
        assert fields[name][s:e] == p.text and p.where == f"field:{name}"


def test_a_finding_never_spans_two_fields() -> None:
    a = analyse_fields({"title": "นายสมปอง", "description": "ใจกล้า ผู้ประสานงาน"})
    assert all(field_offsets(a.textmap, p.start, p.end) is not None for p in a.proposals)


@pytest.mark.parametrize(("value", "spans", "expected"), [
    ("abc 123 def", [(4, 7)], "abc ███ def"),
    ("นาย ก ข", [(0, 7)], "███ █ █"),  # spaces stay spaces: lengths and offsets hold
    ("x", [], "x"),
])
def test_mask_keeps_the_length(value: str, spans: list[tuple[int, int]], expected: str) -> None:
    assert mask(value, spans) == expected and len(mask(value, spans)) == len(value)


def test_redact_and_verify_fail_closed() -> None:
    fields = {"title": "ขอความช่วยเหลือ", "body": f"ผู้ร้อง เลขประจำตัวประชาชน {NID} โทร {MOBILE} ติดต่อกลับ"}
    a = analyse_fields(fields)
    reds = redactions_for(a, None)
    out, report = redact_fields(a, reds)
    assert report.passed and NID not in out["body"] and MASK * len(NID) in out["body"]
    assert out["title"] == fields["title"] and out["body"].endswith("ติดต่อกลับ")
    # Negative cases: the same check on a bad output.
    leaked = dict(out, description=f"สำเนา {NID}")  # a withheld item survives elsewhere
    assert not verify_fields(a, reds, {**leaked, "body": out["body"]} | {"title": f"{fields['title']} {NID}"}).passed
    changed = dict(out, body=out["body"].replace("ติดต่อกลับ", "ติดต่อกลบั"))  # text outside the redactions changed
    assert not verify_fields(a, reds, changed).passed
    unmasked = dict(out, body=fields["body"])  # a redaction not applied
    assert not verify_fields(a, reds, unmasked).passed
    only_phone = [r for r in reds if r.label == "PHONE"]
    assert not verify_fields(a, [*only_phone, Redaction(0, 3, "PERSON", "15(5)", "manual", "ขอค")], out).passed


def test_an_empty_form_of_dotted_blanks_has_nothing_to_withhold() -> None:
    # Leaders read as runs of spaces in the detection view: the label patterns must take them in one
    # pass (a label followed by sixty blanks once took minutes), and a blank is nobody's data.
    line = f"วันเดือนปีเกิด{'.' * 60} รายได้{'.' * 80} เลขที่บัตร{'.' * 70} ชื่อ{'_' * 50} อายุ{'…' * 20}ปี"
    analysis = analyse_fields({"form": "\n".join([line] * 40)})
    assert [p for p in analysis.proposals if p.action != "keep"] == []
