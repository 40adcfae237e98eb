"""Objects the file lists but MuPDF cannot load (issue 12: ``cannot find object in xref`` in ``_scrub``).

Rule: a PDF whose object table lists objects MuPDF cannot load is read from
a copy without them, so its pages are redacted and scrubbed like any other
file and the report says what was left out. Scrubbing itself goes object by
object; if it still fails, the copy is rebuilt from the pages alone; only if
that fails too does the command stop with exit 2 and no output.
"""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf
import pytest

from redactor.formats import pdf as pdf_format
from redactor.formats import pdf_repair
from tests.fixtures import make_damaged as md
from tests.fixtures import make_pdf as mk

ID = mk.dashed_id(mk.national_id("310450067812"))
MOBILE = "089-456-1273"
LINES = [
    "บันทึกการรับเรื่องร้องเรียนของสำนักงานเขต",
    f"ผู้ร้อง นายทดลอง ใจสมมติ เลขประจำตัวประชาชน {ID}",
    f"โทรศัพท์มือถือ {MOBILE} ติดต่อได้ในเวลาราชการ",
    "เจ้าหน้าที่ได้รับเรื่องไว้พิจารณาแล้ว",
]
KEPT = "เจ้าหน้าที่ได้รับเรื่องไว้พิจารณาแล้ว"


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return mk.build_lines(tmp_path_factory.mktemp("damaged") / "base.pdf", LINES).read_bytes()


def _all_text(path: Path) -> str:
    """Page text plus every object's source and decoded stream: what anyone could dig out of the file."""
    parts = []
    with pymupdf.open(str(path)) as doc:
        parts += [page.get_text() for page in doc]
        for xref in range(1, doc.xref_length()):
            parts.append(doc.xref_object(xref, compressed=False))
            if doc.xref_is_stream(xref):
                parts.append((doc.xref_stream(xref) or b"").decode("latin-1"))
    return "\n".join(parts)


def _digits(s: str) -> str:
    return "".join(ch for ch in s if ch.isdigit())


# The table of the rule: which files list objects MuPDF cannot load.
@pytest.mark.parametrize(("damage", "unreadable"), [
    (None, False),
    ("xref_gap", True),
    ("wrong_object", True),
    ("syntax_error", True),
    ("objstm_missing", True),
])
def test_unreadable_objects_are_found(base: bytes, damage: str | None, unreadable: bool) -> None:
    data = md.DAMAGES[damage](base) if damage else base
    doc = pymupdf.open(stream=data, filetype="pdf")
    try:
        assert bool(pdf_repair.unreadable_objects(doc)) is unreadable
    finally:
        doc.close()


@pytest.mark.parametrize("damage", [None, *sorted(md.DAMAGES)])
def test_unreadable_objects_are_those_xref_object_cannot_give(base: bytes, damage: str | None) -> None:
    """The cheaper load (no printing) fails on exactly the objects whose source PyMuPDF cannot give."""
    data = md.DAMAGES[damage](base) if damage else base
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        found = pdf_repair.unreadable_objects(doc, limit=10_000)
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        failing = []
        xref = 1
        while xref < doc.xref_length():
            try:
                doc.xref_object(xref, compressed=True)
            except Exception:
                failing.append(xref)
            xref += 1
    assert found == failing


@pytest.mark.parametrize("damage", sorted(md.DAMAGES))
def test_damaged_pdf_is_redacted_and_scrubbed(base: bytes, damage: str, tmp_path: Path, phoei) -> None:
    src = tmp_path / f"{damage}.pdf"
    src.write_bytes(md.DAMAGES[damage](base))
    # Before the fix MuPDF's own scrub stopped on the first unreadable object.
    with pymupdf.open(str(src)) as raw, pytest.raises(Exception, match="object"):
        raw.scrub(hidden_text=False, redactions=False)
    out, report = tmp_path / "out.pdf", tmp_path / "report.json"
    run = phoei("redact", src, "-o", out, "--accept-all", "--report", report)
    assert run.code == 0, run.err
    text = _all_text(out)
    assert _digits(ID) not in _digits(text) and MOBILE not in text
    assert md.JS_SECRET not in text and "JavaScript" not in text.replace("/S /JavaScript", "")
    assert KEPT in text
    warnings = json.loads(report.read_text(encoding="utf-8"))["warnings"]
    assert any("MuPDF cannot read" in w and "left out" in w for w in warnings), warnings
    with pymupdf.open(str(out)) as doc:
        assert pdf_repair.unreadable_objects(doc) == []


def test_clean_pdf_has_no_damage_note(base: bytes, tmp_path: Path) -> None:
    src = tmp_path / "clean.pdf"
    src.write_bytes(base)
    doc = pdf_format.open_document(src)
    try:
        assert not any("cannot read" in n for n in doc.notes)
    finally:
        doc.close()


def test_scrub_nulls_what_it_cannot_read(base: bytes) -> None:
    # Straight on the damaged file (no copy first): no exception, the objects are nulled.
    doc = pymupdf.open(stream=md.objstm_missing(base), filetype="pdf")
    try:
        missing = pdf_repair.unreadable_objects(doc)
        assert missing
        assert set(missing) <= set(pdf_format._scrub(doc))
        for xref in missing:
            assert doc.xref_object(xref) == "null"
        js = [x for x in range(1, doc.xref_length()) if "JavaScript" in doc.xref_object(x)]
        assert js and all(md.JS_SECRET not in doc.xref_object(x) for x in js)
    finally:
        doc.close()


def test_annotation_reply_does_not_stop_the_scrub(base: bytes, tmp_path: Path, phoei) -> None:
    src = tmp_path / "reply.pdf"
    src.write_bytes(md.annotation_reply(base))
    out = tmp_path / "out.pdf"
    run = phoei("redact", src, "-o", out, "--accept-all")
    assert run.code == 0, run.err
    text = _all_text(out)
    assert md.REPLY_SECRET not in text and "/Annots" not in text and KEPT in text


def test_scrub_failing_in_place_rebuilds_from_the_pages(base: bytes, tmp_path: Path, phoei,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "gap.pdf"
    src.write_bytes(md.xref_gap(base))
    real = pdf_format._scrub_objects
    calls = []

    def first_fails(doc: pymupdf.Document) -> list[int]:
        calls.append(doc)
        if len(calls) == 1:
            raise RuntimeError("code=7: cannot find object in xref (99 0 R)")
        return real(doc)

    monkeypatch.setattr(pdf_format, "_scrub_objects", first_fails)
    out, report = tmp_path / "out.pdf", tmp_path / "report.json"
    run = phoei("redact", src, "-o", out, "--accept-all", "--report", report)
    assert run.code == 0, run.err
    assert len(calls) == 2
    warnings = json.loads(report.read_text(encoding="utf-8"))["warnings"]
    assert any("rebuilt from its pages" in w and "99 0 R" in w for w in warnings), warnings
    text = _all_text(out)
    assert _digits(ID) not in _digits(text) and MOBILE not in text and md.JS_SECRET not in text
    assert KEPT in text
    with pymupdf.open(str(out)) as doc:
        cat = doc.xref_object(doc.pdf_catalog())
    assert "/OpenAction" not in cat and "/Names" not in cat


def test_scrub_failing_twice_is_exit_2_without_output(base: bytes, tmp_path: Path, phoei,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "gap.pdf"
    src.write_bytes(md.xref_gap(base))

    def always(_doc: pymupdf.Document) -> list[int]:
        raise RuntimeError("code=7: cannot find object in xref (99 0 R)")

    monkeypatch.setattr(pdf_format, "_scrub_objects", always)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    run = phoei("redact", src, "-o", out_dir / "out.pdf", "--accept-all")
    assert run.code == 2, run.err
    assert "scrubbing failed" in run.err and "rebuilt from its pages" in run.err
    assert len(run.err.strip().splitlines()) == 1
    assert list(out_dir.iterdir()) == []


def test_page_with_thousands_of_links_is_scrubbed_whole(tmp_path: Path) -> None:
    # Over MANY_ANNOTS annotations on a page they go with the page's /Annots
    # (deleting them one by one through PyMuPDF is quadratic); none survives.
    from redactor.pipeline import redact

    src = tmp_path / "links.pdf"
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_font(fontname="th", fontfile="/usr/share/fonts/truetype/tlwg/Laksaman.ttf")
    page.insert_text((60, 80), "ติดต่อผู้ยื่นคำขอ โทร 081-234-5678 ในวันทำการ", fontname="th", fontsize=14)
    count = pdf_format.MANY_ANNOTS + 100
    for i in range(count):
        x, y = 40 + (i % 40) * 13, 120 + (i // 40) * 13
        page.insert_link({"kind": pymupdf.LINK_URI, "from": pymupdf.Rect(x, y, x + 10, y + 10),
                          "uri": f"https://links.invalid/item-{i:04d}"})
    doc.save(str(src))
    made = pymupdf.open(str(src))
    assert pdf_format._annot_count(made, made[0].xref) == count
    out = tmp_path / "out.pdf"
    result = redact(src, out)
    assert result.verification.passed
    written = pymupdf.open(str(out))
    assert written[0].get_links() == []
    assert "5678" not in written[0].get_text()
    assert "ในวันทำการ" in written[0].get_text()
    assert b"links.invalid" not in out.read_bytes()
    assert written.xref_get_key(written[0].xref, "Annots")[0] == "null"


@pytest.mark.parametrize("refs, expected", [("[1 0 R 2 0 R 3 0 R]", 3), ("[]", 0), (None, 0)])
def test_annot_count_reads_the_array_without_loading_it(refs: str | None, expected: int) -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    if refs is not None:
        doc.xref_set_key(page.xref, "Annots", refs)
    assert pdf_format._annot_count(doc, page.xref) == expected
