"""Re-scan of the published library (library.rescan): a planted item found after a detector change."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from library import lifecycle, redaction, rescan, settings, typed
from library.errors import Forbidden
from library.models import AuditEvent, OutboxMessage, RescanCheck, RescanFinding, Verification
from redactor.detectors.base import enabled_detectors
from redactor.ruleset import ruleset_version
from tests.fixtures.locker_code import LockerCode
from tests.fixtures.make_pdf import build_lines, require_fonts
from tests.library.conftest import make_item

# A locker code: no detector of today reads it as personal; the "new" detector below does.
PLANTED = "LK-55821-9"
BODY = f"ผู้รับบริการฝากของไว้ที่ตู้เก็บของ รหัสตู้ {PLANTED} ติดต่อรับคืนได้ที่ประชาสัมพันธ์"


def new_rules() -> dict[str, object]:
    return {"detectors": [*enabled_detectors(), LockerCode()], "ruleset": "r-test-locker"}


def _publish_news(s, who, at, body: str = BODY, title: str = "บริการรับฝากของ"):
    admin, rita = who("admin"), who("rita")
    item = make_item(s, admin, at("/news"), "news", title=title, body=body)
    f = typed.check(s, admin, item)
    typed.apply_text(s, rita, f)
    lifecycle.transition(s, rita, item, "publish")
    return item


def _publish_pdf(s, who, at, tmp_path: Path, lines: list[str]):
    require_fonts()
    admin, rita = who("admin"), who("rita")
    item = make_item(s, admin, at("/news"), "file", title="ประกาศรับคืนสิ่งของ")
    f = redaction.upload(s, admin, item, build_lines(tmp_path / "notice.pdf", lines), "notice.pdf")
    redaction.analyse(s, admin, f)
    v = redaction.apply(s, rita, f)
    assert v.passed, v.message
    lifecycle.transition(s, rita, item, "publish")
    return item


def test_verification_records_its_ruleset(s, who, at) -> None:
    item = _publish_news(s, who, at, body=f"ประชาสัมพันธ์ โทร 089-314-2267 {BODY}")
    v = s.scalar(select(Verification).order_by(Verification.id.desc()).limit(1))
    assert v is not None and v.report["ruleset"] == ruleset_version()
    assert "\u2588" in item.body  # the phone was masked by the apply
    assert rescan.last_ruleset(s, item, "text", typed.fields_digest(typed.fields_of(item))) == ruleset_version()


def test_rescan_finds_a_planted_item_after_a_detector_change(s, lib, who, at, tmp_path: Path) -> None:
    text_item = _publish_news(s, who, at)
    file_item = _publish_pdf(s, who, at, tmp_path, ["ประกาศรับคืนสิ่งของ", f"รหัสตู้ {PLANTED} ติดต่อประชาสัมพันธ์"])
    s.commit()
    # Today's rules: nothing in what is public is to withhold, and no review task opens.
    first = rescan.rescan(lib, everything=True)
    assert first.findings == 0 and first.scanned >= 3 and first.errors == []
    # A detector change: only what the old rules checked is read again, and the planted code is found.
    report = rescan.rescan(lib, **new_rules())  # type: ignore[arg-type]
    assert report.errors == [] and report.skipped == 0
    assert sorted(report.items_flagged) == sorted([text_item.path, file_item.path])
    assert report.taken_down == []
    s.expire_all()
    found = s.scalars(select(RescanFinding).order_by(RescanFinding.id)).all()
    assert {(f.item_id, f.source, f.text, f.status) for f in found} == {
        (text_item.id, "text", PLANTED, "open"), (file_item.id, "file", PLANTED, "open")}
    # Nothing public changed silently: both stay up, as they were.
    assert text_item.state == file_item.state == "published" and PLANTED in text_item.body
    # Alerts for the notifications, audit for every step.
    msgs = s.scalars(select(OutboxMessage).where(OutboxMessage.topic == "rescan.findings")).all()
    assert {m.item_uid for m in msgs} == {text_item.uid, file_item.uid}
    assert all(PLANTED not in str(m.payload) for m in msgs)  # the withheld text never leaves the table
    actions = [e.action for e in s.scalars(select(AuditEvent).order_by(AuditEvent.seq))]
    assert actions.count("rescan.run") == 2 and actions.count("rescan.finding") == 2
    assert all(PLANTED not in e.detail for e in s.scalars(select(AuditEvent)))
    # The same rules again: nothing to do; --all: the findings are not raised twice.
    again = rescan.rescan(lib, **new_rules())  # type: ignore[arg-type]
    assert again.scanned == 0 and again.skipped >= 3
    assert rescan.rescan(lib, everything=True, **new_rules()).findings == 0  # type: ignore[arg-type]
    # --since-model: only what that version checked.
    assert rescan.rescan(lib, since_ruleset="r-none-such").scanned == 0
    counts = rescan.counts(s)
    assert counts["findings"]["open"] == 2 and counts["items_with_open_findings"] == 2
    assert counts["by_label"] == {"PERSONAL_CODE": 2}


def test_reviewer_answers_and_the_takedown_setting(s, lib, who, at) -> None:
    up = _publish_news(s, who, at)
    settings.put(s, who("admin"), "rescan_takedown", True)
    s.commit()
    report = rescan.rescan(lib, **new_rules())  # type: ignore[arg-type]
    assert up.path in report.taken_down
    s.expire_all()
    assert up.state == "private"  # retracted until a reviewer has looked
    hist = lifecycle.history(s, up)
    assert hist[-1].action == "retract" and "re-scan" in hist[-1].comment
    assert any(e.action == "rescan.takedown" for e in s.scalars(select(AuditEvent)))
    [finding] = rescan.open_findings(s, who("rita"))
    assert rescan.open_findings(s, who("olivia")) == []  # an officer with no grants sees none
    with pytest.raises(Forbidden):
        rescan.answer(s, who("olivia"), finding.id, "dismiss")
    rescan.answer(s, who("rita"), finding.id, "dismiss", "รหัสตู้เป็นของหน่วยงาน ไม่ใช่ข้อมูลส่วนบุคคล")
    assert finding.status == "dismissed" and finding.decided_by == "rita"
    # With the setting off (the default), an item stays up; a reviewer may take it down.
    settings.put(s, who("admin"), "rescan_takedown", False)
    second = _publish_news(s, who, at, title="บริการรับฝากของ ชั้น 2")
    s.commit()
    rescan.rescan(lib, **new_rules())  # type: ignore[arg-type]
    s.expire_all()
    assert second.state == "published"
    [open_one] = [f for f in rescan.open_findings(s, who("rita")) if f.item_id == second.id]
    rescan.answer(s, who("rita"), open_one.id, "take_down", "ต้องปกปิดรหัสตู้")
    assert second.state == "private" and open_one.status == "taken_down"


@pytest.mark.parametrize(("key", "value", "ok"), [
    ("label_boxes", False, True), ("rescan_takedown", True, True), ("rescan_takedown", "yes", False),
    ("no_such_setting", True, False),
])
def test_settings_are_checked(s, who, key: str, value: object, ok: bool) -> None:
    from library.errors import Invalid

    assert settings.get(s, "label_boxes") is True and settings.get(s, "rescan_takedown") is False
    if ok:
        settings.put(s, who("admin"), key, value)
        assert settings.get(s, key) == value
    else:
        with pytest.raises(Invalid):
            settings.put(s, who("admin"), key, value)
    with pytest.raises(Forbidden):
        settings.put(s, who("rita"), "label_boxes", False)


@pytest.mark.parametrize("setting", [True, False])
def test_apply_labels_boxes_by_the_agency_setting(s, lib, who, at, tmp_path: Path, setting: bool) -> None:
    """Published PDF boxes carry their legal basis unless the agency switched it off (library.settings)."""
    import pymupdf

    from tests.fixtures.make_pdf import national_id

    if not setting:
        settings.put(s, who("admin"), "label_boxes", False)
    nid = national_id("350120033441")
    item = _publish_pdf(s, who, at, tmp_path, ["คำร้องขอรับเงินช่วยเหลือ",
                                               f"เลขประจำตัวประชาชน {nid} ของผู้ยื่นคำร้อง"])
    data = lib.stores.public.read_bytes(item.published_sha256)
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        text = "".join(p.get_text() for p in doc)
    assert nid not in text.replace(" ", "") and "คำร้องขอรับเงินช่วยเหลือ" in text
    assert ("ม.15(5)" in text) is setting


def test_a_file_taken_down_goes_back_to_analysis_with_todays_rules(s, lib, who, at, tmp_path: Path) -> None:
    item = _publish_pdf(s, who, at, tmp_path, ["ประกาศรับคืนสิ่งของ", f"รหัสตู้ {PLANTED} ติดต่อประชาสัมพันธ์"])
    settings.put(s, who("admin"), "rescan_takedown", True)
    s.commit()
    report = rescan.rescan(lib, **new_rules())  # type: ignore[arg-type]
    assert item.path in report.taken_down
    s.expire_all()
    assert item.state == "private"
    assert item.current_file_id in [f.id for f in redaction.files_awaiting_analysis(s)]


def test_rescan_reads_the_published_pdf_rendition_of_a_docx(s, lib, who, at, tmp_path: Path, libreoffice,
                                                            monkeypatch) -> None:
    """A DOCX item's PDF rendition is a public copy of its own: what LibreOffice lays out there (here a
    line the renderer added, standing for a field result or auto-text the DOCX's parts do not hold) is
    read again, as source "rendition", and the DOCX itself is not blamed for it."""
    import pymupdf

    from library import renditions
    from redactor.formats import docx_render
    from tests.fixtures import make_docx_pages as pages

    real = docx_render.to_pdf

    def renders_one_line_more(src: Path, out: Path, **kw):
        real(src, out, **kw)
        with pymupdf.open(out) as doc:
            doc[0].insert_text((72, 60), f"Locker {PLANTED}", fontsize=10)
            data = doc.tobytes()
        out.write_bytes(data)
        return out

    monkeypatch.setattr(docx_render, "to_pdf", renders_one_line_more)
    carl, rita = who("carl"), who("rita")
    item = make_item(s, carl, at("/oia/s9/s9-1"), "file", title="หนังสือตอบคำร้อง")
    f = redaction.upload(s, carl, item, pages.build(tmp_path / "letter.docx"), "letter.docx")
    redaction.analyse(s, who("system"), f)
    for p in f.proposals:
        if p.action == "review":
            redaction.decide(s, rita, f, p.proposal_id, "accept")
    v = redaction.apply(s, who("system"), f)
    assert v.passed, v.message
    lifecycle.transition(s, carl, item, "submit")
    lifecycle.transition(s, rita, item, "publish")
    rendition = item.published_rendition_sha256
    assert rendition and rendition == renditions.private_sha(v)
    with pymupdf.open(stream=lib.stores.public.read_bytes(rendition), filetype="pdf") as doc:
        assert PLANTED in doc[0].get_text()  # the planted code is in what a citizen downloads
    s.commit()
    assert (item.id, rescan.RENDITION, rendition) in rescan.targets(s)
    # The apply's verification checked the rendition with today's rules: a default run skips it.
    assert rescan.last_ruleset(s, item, rescan.RENDITION, rendition) == ruleset_version()
    today = rescan.rescan(lib)
    assert today.errors == [] and today.findings == 0
    s.commit()  # read afresh what the re-scan wrote
    checked = {c.source for c in s.scalars(select(RescanCheck).where(RescanCheck.item_id == item.id))}
    assert checked <= {"text"}  # the title, typed and never verified as text; the copies were
    # With the detector change, the rendition is read and the planted code found there only.
    report = rescan.rescan(lib, **new_rules())  # type: ignore[arg-type]
    assert report.errors == [] and report.scanned >= 2 and report.items_flagged == [item.path]
    s.commit()  # this session's reads began before the re-scan wrote: read afresh
    found = s.scalars(select(RescanFinding).where(RescanFinding.item_id == item.id)).all()
    assert [(f.source, f.text, f.status) for f in found] == [(rescan.RENDITION, PLANTED, "open")]
    assert found[0].page == 1
    # Every published copy is recorded as checked with the new rules, the rendition included.
    assert rescan.last_ruleset(s, item, rescan.RENDITION, rendition) == "r-test-locker"
    assert rescan.last_ruleset(s, item, "file", item.published_sha256) == "r-test-locker"
