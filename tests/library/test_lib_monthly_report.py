"""The monthly report: a Thai PDF whose text layer extracts clean, and a CSV with the seeded figures."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pymupdf
import pytest

from library import monthly_report, oversight
from library.errors import Invalid
from tests.library.oversight_seed import EXPECTED, MONTH, NOW, seed_month

PUA = re.compile("[\ue000-\uf8ff]")
DECOMPOSED_SARA_AM = re.compile("\u0e4d\u0e32|\u0e32\u0e4d")


@pytest.fixture(scope="module")
def backend() -> str:
    """The report reads its figures through library.oversight (tested on both backends); the PDF and
    CSV do not depend on the database, so once on SQLite is enough."""
    return "sqlite"


@pytest.fixture
def made(lib, s, who):  # type: ignore[no-untyped-def]
    from library import agency

    op = who("operator")
    agency.update_profile(s, op, name="สำนักงานทดสอบการรายงาน")
    agency.add_official(s, op, "นายสมมติ ทดลองดี", "ผู้อำนวยการสำนักงานทดสอบ", executive=True)
    seed_month(s, who("admin"), who("rita"), who("admin"))
    s.commit()
    return monthly_report.make(lib, oversight.parse_month(MONTH), now=NOW)


def _text(pdf: Path) -> str:
    with pymupdf.open(pdf) as doc:
        return "\n".join(page.get_text() for page in doc)


@pytest.mark.parametrize(("name", "bad"), [
    ("the PUA rule flags a PUA glyph", "ทำ\uf70aงาน"),
    ("the sara am rule flags NIKHAHIT + SARA AA", "ท\u0e4d\u0e32งาน"),
    ("the sara am rule flags SARA AA + NIKHAHIT", "ท\u0e32\u0e4dงาน"),
])
def test_the_text_checks_catch_what_they_look_for(name: str, bad: str) -> None:
    assert PUA.search(bad) or DECOMPOSED_SARA_AM.search(bad), name
    assert not PUA.search("ทำงาน น้ำ ผู้ใหญ่") and not DECOMPOSED_SARA_AM.search("ทำงาน น้ำ ผู้ใหญ่")


def test_pdf_text_layer_is_clean_thai(made) -> None:  # type: ignore[no-untyped-def]
    text = _text(made.pdf)
    flat = re.sub(r"\s+", "", text)
    for expected in ("บันทึกข้อความ", "ส่วนราชการ", "สำนักงานทดสอบการรายงาน", "เรื่อง", "เรียน",
                     "ผู้อำนวยการสำนักงานทดสอบ", "ประจำเดือนตุลาคม๒๕๖๘", "วันที่๒พฤศจิกายน๒๕๖๘",
                     "จึงเรียนมาเพื่อโปรดทราบ", "ผู้ดูแลระบบเว็บไซต์", "ดำเนินงาน", "ข้อมูลข่าวสาร",
                     "เผยแพร่ข้อมูลข่าวสารใหม่๓รายการ", "มีการดาวน์โหลดเอกสาร๖ครั้งจาก๒รายการ",
                     "ตรวจซ้ำเอกสารและข้อความที่เผยแพร่แล้วด้วยเกณฑ์ปัจจุบัน๓ครั้งพบรายการที่ต้องพิจารณาใหม่๓รายการ"
                     "นำลงเพื่อปกปิด๑เรื่องยังรอผู้ตรวจสอบ๒รายการ",
                     "แบบตรวจการเปิดเผยข้อมูลสาธารณะ(OIT)", "ข่าวเก่ารอทบทวน", "ระเบียบการใช้ห้องประชุม"):
        assert expected in flat, expected
    assert not PUA.search(text), sorted({hex(ord(c)) for c in PUA.findall(text)})
    assert not DECOMPOSED_SARA_AM.search(text)


def test_the_memo_fits_the_first_page(made) -> None:  # type: ignore[no-untyped-def]
    with pymupdf.open(made.pdf) as doc:
        first = re.sub(r"\s+", "", doc[0].get_text())
        assert doc.page_count >= 3
    assert first.startswith("บันทึกข้อความ")
    assert "ผู้ดูแลระบบเว็บไซต์" in first  # the signature block is on page 1
    assert "สรุปตัวเลข" not in first


def test_csv_holds_the_seeded_figures(made) -> None:  # type: ignore[no-untyped-def]
    raw = made.csv.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    val = {(r["section"], r["key"]): r["value"] for r in rows}
    assert val[("report", "month")] == MONTH
    assert int(val[("summary", "published_in_month")]) == EXPECTED["published"]
    assert int(val[("summary", "downloads")]) == EXPECTED["downloads_total"]
    assert int(val[("summary", "overdue_review")]) == len(EXPECTED["overdue"])
    assert int(val[("summary", "feedback_received")]) == EXPECTED["feedback_received"]
    assert int(val[("summary", "redactions")]) == EXPECTED["redactions"]
    assert int(val[("summary", "verifications_failed")]) == EXPECTED["verifications_failed"]
    assert {k: int(v) for (sec, k), v in val.items() if sec == "redactions_by_basis"} == EXPECTED["by_basis"]
    assert {k: int(v) for (sec, k), v in val.items() if sec == "redactions_by_label"} == EXPECTED["by_label"]
    assert {k: int(v) for (sec, k), v in val.items() if sec == "feedback_by_status"} == \
        EXPECTED["feedback_by_status"]
    assert int(val[("summary", "rescan_checks")]) == EXPECTED["rescan_checks"]
    assert int(val[("summary", "rescan_findings")]) == EXPECTED["rescan_findings"]
    assert int(val[("summary", "rescan_taken_down")]) == EXPECTED["rescan_taken_down"]
    assert int(val[("summary", "rescan_open_now")]) == EXPECTED["rescan_open_now"]
    assert {k: int(v) for (sec, k), v in val.items() if sec == "rescan_findings_by_status"} == \
        EXPECTED["rescan_by_status"]
    assert {k: int(v) for (sec, k), v in val.items() if sec == "rescan_findings_by_label"} == \
        EXPECTED["rescan_by_label"]
    assert val[("summary", "broken_links")] == "0"  # the link checker found no broken link


def test_reports_are_listed_and_served_by_name_only(made, lib) -> None:  # type: ignore[no-untyped-def]
    inst = lib.config.instance
    assert monthly_report.list_reports(inst) == [{"month": MONTH, "title": "ตุลาคม 2568",
                                                  "pdf": "monthly-2568-10.pdf", "csv": "monthly-2568-10.csv"}]
    assert monthly_report.report_file(inst, "monthly-2568-10.pdf") == made.pdf
    for bad in ("../phoei.sqlite3", "monthly-2568-10.pdf/../x", "secret_key", "monthly-2568-11.pdf"):
        assert monthly_report.report_file(inst, bad) is None
    assert oct(made.pdf.stat().st_mode & 0o777) == "0o600"


def test_cli_makes_the_report_and_refuses_a_bad_month(lib, s, who, phoei) -> None:  # type: ignore[no-untyped-def]
    inst = lib.config.instance
    r = phoei("report", "monthly", "--month", "2025-09", "--instance", inst)
    assert r.code == 0, r.err
    assert "monthly-2568-09.pdf" in r.out and (inst / "reports" / "monthly-2568-09.csv").is_file()
    bad = phoei("report", "monthly", "--month", "2568-13", "--instance", inst)
    assert bad.code == Invalid.exit_code and "month" in bad.err
    assert not (inst / "reports" / "monthly-2568-13.pdf").exists()
