"""File items end to end: private original → analysis → decisions → apply/verify → publish → retract."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from library import agency, lifecycle, redaction, versions
from library import workflow as wf
from library.errors import Forbidden, Invalid, InvalidTransition, NotFound
from library.models import AuditEvent, OutboxMessage
from tests.fixtures import make_pdf as mk
from tests.library.conftest import make_item

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "webui" / "data" / "demo" / "complaint.pdf"
WITHHELD = ("1-1037-02071-81-1", "sommut.t@gmail.com")


@pytest.fixture
def file_item(s, who, at):
    carl = who("carl")
    item = make_item(s, carl, at("/oia/s9/s9-1"), "file", title="ผลการพิจารณาเรื่องร้องเรียน",
                     document_number="บร ๐๐๑๗.๒/๑๒๓")
    f = redaction.upload(s, carl, item, DEMO.read_bytes(), "complaint-นายสมมติ.pdf")
    return item, f


def test_upload_keeps_the_original_private(lib, s, who, file_item) -> None:
    item, f = file_item
    assert (f.format, f.media_type, f.size) == ("pdf", "application/pdf", DEMO.stat().st_size)
    assert lib.stores.private.read_bytes(f.original_sha256) == DEMO.read_bytes()
    assert list(lib.stores.public.digests()) == []
    assert item.current_file_id == f.id and item.version == 2
    assert versions.history(s, item)[0].file_id == f.id
    msg = s.scalar(select(OutboxMessage).where(OutboxMessage.topic == "file.uploaded"))
    assert msg.payload["file_id"] == f.id


def test_upload_refuses_what_it_cannot_redact(s, who, at, tmp_path) -> None:
    carl = who("carl")
    item = make_item(s, carl, at("/news"), "file")
    with pytest.raises(Invalid, match="neither"):
        redaction.upload(s, carl, item, mk.build_png(tmp_path / "x.png").read_bytes(), "x.pdf")
    with pytest.raises(Invalid, match="empty"):
        redaction.upload(s, carl, item, b"", "x.pdf")
    with pytest.raises(Invalid, match="no document"):
        redaction.upload(s, carl, make_item(s, carl, at("/news"), "news"), DEMO.read_bytes(), "x.pdf")
    with pytest.raises(Forbidden):
        redaction.upload(s, who("oscar"), item, DEMO.read_bytes(), "x.pdf")


@pytest.mark.parametrize(("count", "submit", "titles"), [
    (1, False, ["ประกาศรับสมัคร"]),
    (3, True, ["ประกาศรับสมัคร (1/3)", "ประกาศรับสมัคร (2/3)", "ประกาศรับสมัคร (3/3)"]),
])
def test_upload_files_makes_one_item_per_file(s, who, at, count, submit, titles) -> None:
    carl = who("carl")
    made = redaction.upload_files(s, carl, at("/oia/s9/s9-1"), [(DEMO.read_bytes(), f"f{n}.pdf") for n in range(count)],
                                  "ประกาศรับสมัคร", submit_comment="ส่งตรวจ" if submit else None,
                                  document_number="บร ๐๐๑๗.๒/๙")
    assert [item.title for item, _f in made] == titles
    assert [f.filename for _item, f in made] == [f"f{n}.pdf" for n in range(count)]
    for item, f in made:
        assert item.current_file_id == f.id and item.document_number == "บร ๐๐๑๗.๒/๙"
        assert item.state == ("pending" if submit else "private")


def test_upload_files_raises_on_a_file_it_cannot_store(s, who, at) -> None:
    with pytest.raises(Invalid, match="empty"):
        redaction.upload_files(s, who("carl"), at("/oia/s9/s9-1"), [(DEMO.read_bytes(), "a.pdf"), (b"", "b.pdf")],
                               "ชุดเอกสาร")


def test_publishing_needs_a_passed_verification(lib, s, who, file_item) -> None:
    item, f = file_item
    carl, rita = who("carl"), who("rita")
    lifecycle.transition(s, carl, item, "submit")
    with pytest.raises(InvalidTransition, match="not been analysed"):
        lifecycle.transition(s, rita, item, "publish")

    n = redaction.analyse(s, who("system"), f)
    assert n >= 6 and f.analysed_at is not None and f.text_length
    with pytest.raises(InvalidTransition, match="not been applied"):
        lifecycle.transition(s, rita, item, "publish")
    assert "not been applied" in lifecycle.blockers(s, item, "publish")[0]

    props = {p.label: p for p in redaction.proposals(s, rita, f)}
    redaction.decide(s, rita, f, props["HEALTH"].proposal_id, "reject", note="ข้อมูลจำเป็นต่อการพิจารณา")
    redaction.decide(s, rita, f, props["EMAIL"].proposal_id, "accept", basis="15(5)")
    v = redaction.apply(s, who("system"), f)
    assert v.passed and v.redacted_sha256 and v.redaction_count >= 5
    assert "ป่วยเป็นโรคผิวหนัง" not in str(v.report) and "sommut" not in str(v.report)  # hashes only

    # A decision after the verification makes it stale.
    redaction.add_manual(s, rita, f, 0, 5, "MANUAL", "15(5)")
    with pytest.raises(InvalidTransition, match="decisions changed"):
        lifecycle.transition(s, rita, item, "publish")
    redaction.remove_manual(s, rita, f, 0, 5)
    assert redaction.verification_problems(s, item) == []

    lifecycle.transition(s, rita, item, "publish")
    assert item.published_sha256 == v.redacted_sha256
    public = lib.stores.public.read_bytes(item.published_sha256)
    assert public != DEMO.read_bytes()
    import pymupdf

    with pymupdf.open(stream=public, filetype="pdf") as doc:
        text = "".join(page.get_text() for page in doc)
    for secret in WITHHELD:
        assert secret not in text
    assert "ป่วยเป็นโรคผิวหนัง" in text  # the rejected proposal stays
    copy = redaction.public_copy(s, who("anonymous"), item)
    assert copy.filename == f"{item.slug}.pdf" and "สมมติ" not in copy.filename
    assert copy.path.read_bytes() == public and copy.path.is_relative_to(lib.stores.public.root)
    msg = s.scalar(select(OutboxMessage).where(OutboxMessage.topic == "item.published",
                                               OutboxMessage.item_uid == item.uid))
    assert msg.payload["public_sha256"] == item.published_sha256

    # Retract: the public copy goes once the transaction commits.
    lifecycle.transition(s, rita, item, "retract", "พบข้อมูลส่วนบุคคลเพิ่มเติม")
    assert lib.stores.public.exists(v.redacted_sha256)
    s.commit()
    assert not lib.stores.public.exists(v.redacted_sha256)
    assert lib.stores.private.exists(f.original_sha256)  # the original stays, privately
    with pytest.raises(Forbidden):
        redaction.public_copy(s, who("anonymous"), item)


def test_a_failed_verification_blocks_publication(s, who, file_item, monkeypatch) -> None:
    item, f = file_item
    redaction.analyse(s, who("system"), f)
    from redactor.errors import VerificationFailed

    def failing(*args, **kwargs):
        raise VerificationFailed("verification failed: 1 withheld item(s) still recoverable (page 1)")

    monkeypatch.setattr("redactor.pipeline.redact", failing)
    v = redaction.apply(s, who("rita"), f)
    assert not v.passed and v.redacted_sha256 is None and "still recoverable" in v.message
    with pytest.raises(InvalidTransition, match="verification failed"):
        lifecycle.transition(s, who("rita"), item, "publish")


def test_review_proposals_need_a_human(s, who, at, tmp_path) -> None:
    rita = who("rita")
    item = make_item(s, who("admin"), at("/news"), "file", title="กำหนดการ")
    path = mk.build_docx(tmp_path / "royal.docx", ["เนื่องในโอกาสวันเฉลิมพระชนมพรรษา พระบาทสมเด็จพระเจ้าอยู่หัว",
                                                     "ขอเชิญประชาชนร่วมงาน"])
    f = redaction.upload(s, who("admin"), item, path, path.name)
    assert f.format == "docx"
    redaction.analyse(s, rita, f)
    pending = redaction.undecided_reviews(s, f)
    assert [p.label for p in pending] == ["MONARCHY"]
    redaction.apply(s, rita, f)
    assert any("need a reviewer" in p for p in redaction.verification_problems(s, item))
    redaction.decide(s, rita, f, pending[0].proposal_id, "reject", note="ข้อความถวายพระพร เปิดเผยได้")
    redaction.apply(s, rita, f)
    lifecycle.transition(s, rita, item, "publish")
    assert item.state == "published"


def test_originals_are_staff_only_and_audited(s, who, file_item) -> None:
    _item, f = file_item
    for name in ("anonymous", "oscar", "ext1", "carl"):
        if name == "carl":
            assert redaction.open_original(s, who(name), f, "ตรวจทาน") == DEMO.read_bytes()
        else:
            with pytest.raises(Forbidden):
                redaction.open_original(s, who(name), f)
    ev = s.scalar(select(AuditEvent).where(AuditEvent.action == "original.download"))
    assert ev.actor_name == "carl" and f.original_sha256 in ev.detail
    with pytest.raises(Forbidden):
        redaction.proposals(s, who("oscar"), f)  # proposals hold the withheld text


def test_decisions_are_validated_and_never_audited_as_text(s, who, file_item) -> None:
    item, f = file_item
    rita = who("rita")
    redaction.analyse(s, rita, f)
    with pytest.raises(NotFound):
        redaction.decide(s, rita, f, "nope", "accept")
    pid = f.proposals[0].proposal_id
    with pytest.raises(Invalid):
        redaction.decide(s, rita, f, pid, "maybe")
    with pytest.raises(Invalid):
        redaction.decide(s, rita, f, pid, "accept", basis="16")
    with pytest.raises(Invalid):
        redaction.add_manual(s, rita, f, 10, 10 + f.text_length, "PERSON", "15(5)")
    with pytest.raises(Forbidden):
        redaction.decide(s, who("oscar"), f, pid, "accept")
    redaction.decide(s, rita, f, pid, "reject")
    redaction.decide(s, rita, f, pid, "accept")
    assert redaction.current_decisions(s, f)[pid].action == "accept"
    doc = redaction.decisions_document(s, f)
    assert doc["decisions"] == [{"id": pid, "action": "accept"}] and doc["default"] == "policy"
    for ev in s.scalars(select(AuditEvent).where(AuditEvent.target == f"item:{item.uid}")):
        for p in f.proposals:
            assert p.text not in ev.detail


def test_new_upload_and_file_revert(s, who, file_item, tmp_path) -> None:
    item, f1 = file_item
    carl = who("carl")
    path = mk.build_docx(tmp_path / "v2.docx", ["ฉบับแก้ไข"])
    f2 = redaction.upload(s, carl, item, path, "v2.docx")
    assert item.current_file_id == f2.id
    versions.revert(s, carl, item, 2)
    assert item.current_file_id == f1.id


def test_the_agency_profile_is_the_redactors_keep_list(s, who, at, tmp_path) -> None:
    admin = who("admin")
    path = mk.build_docx(tmp_path / "memo.docx", ["ที่ประชุมมีมติให้นายสมชาย ใจดี ดำเนินการต่อไป"])
    item = make_item(s, admin, at("/news"), "file", title="บันทึกการประชุม")
    f = redaction.upload(s, admin, item, path, path.name)
    redaction.analyse(s, admin, f)
    person = [p for p in f.proposals if "สมชาย" in p.text]
    assert person and person[0].action == "redact"
    agency.import_profile(s, admin, {"name": "ที่ว่าการอำเภอเมืองบุรีรัมย์",
                                     "officials": [{"name": "นายสมชาย ใจดี", "position": "นายอำเภอเมืองบุรีรัมย์"}]})
    redaction.analyse(s, admin, f)
    person = [p for p in f.proposals if "สมชาย" in p.text]
    assert all(p.action == "keep" for p in person)
    assert "official in office" in (person[0].keep_reason or "")


def test_edit_file_is_refused_once_published(s, who, at) -> None:
    admin = who("admin")
    item = make_item(s, admin, at("/news"), "file")
    item.state = "published"
    assert not __import__("library.security", fromlist=["may"]).may(admin, wf.EDIT_FILE, item)
    with pytest.raises(Forbidden):
        redaction.upload(s, admin, item, DEMO.read_bytes(), "x.pdf")
