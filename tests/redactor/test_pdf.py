"""PDF redaction end to end: ``phoei redact --accept-all`` on a Thai letter.

The letter (tests/fixtures/make_pdf.py) holds personal data in its body text
and in every place a PDF can hide text: metadata, XMP, a Text and a FreeText
annotation, a form field, a mailto: link, a bookmark, an embedded file, a
document-level JavaScript action and an earlier revision. After redaction none
of it may be recoverable, while the public facts of the letter stay visible and
the text around each redaction is untouched.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pymupdf
import pytest

from redactor.errors import VerificationFailed, WriteError
from redactor.formats import pdf as pdf_format
from redactor.normalise import fold_for_match
from redactor.pipeline import Result, redact
from tests.fixtures import make_pdf as mk
from tests.fixtures.pdf_probe import everything, object_sources, page_chars, page_lines


@pytest.fixture(scope="module")
def letter(tmp_path_factory: pytest.TempPathFactory) -> mk.Letter:
    return mk.build_letter(tmp_path_factory.mktemp("in") / "letter.pdf")


@pytest.fixture(scope="module")
def redacted(letter: mk.Letter, tmp_path_factory: pytest.TempPathFactory) -> tuple[Result, Path]:
    out = tmp_path_factory.mktemp("out") / "letter.redacted.pdf"
    return redact(letter.path, out, decisions=None), out


def _found(needle: str, places: dict[str, str]) -> list[str]:
    """Places holding ``needle``, raw or under the verifier's matching key."""
    key = fold_for_match(needle)
    hits = []
    for where, text in places.items():
        if needle in text or needle.casefold() in text.casefold() or (len(key) >= 3 and key in fold_for_match(text)):
            hits.append(where)
    return hits


# --- the fixture is what it claims ---------------------------------------------


def test_fixture_hides_each_secret_somewhere(letter: mk.Letter) -> None:
    places = everything(letter.path)
    missing = [s for s in letter.withheld if not _found(s, places)]
    assert missing == []
    assert letter.path.read_bytes().count(b"%%EOF") == 2, "the input should have an incremental update"
    assert mk.OLD_REVISION.encode() in letter.path.read_bytes()


def test_fixture_is_deterministic(letter: mk.Letter, tmp_path: Path) -> None:
    again = mk.build_letter(tmp_path / "again.pdf")
    assert again.path.read_bytes() == letter.path.read_bytes()


# --- nothing withheld survives -----------------------------------------------------


def test_verification_passed(redacted: tuple[Result, Path]) -> None:
    result, out = redacted
    assert out.is_file()
    assert result.verification.passed
    assert result.verification.checked_redactions >= 10
    assert result.verification.survived == [] and result.verification.lost_keeps == []


SECRETS = {
    "body-person": mk.PERSON, "body-id": mk.PERSON_ID, "body-mobile": mk.MOBILE, "body-email": mk.EMAIL,
    "html-person": mk.HTML_PERSON, "html-id": mk.HTML_ID,
    **{f"metadata-{k}": v for k, v in mk.META.items()},
    "xmp": mk.XMP_SECRET, "text-annot-content": mk.TEXT_ANNOT[0], "text-annot-subject": mk.TEXT_ANNOT[2],
    "freetext-annot": mk.FREETEXT, "form-field": mk.FORM_VALUE, "link-uri": mk.LINK_URI.removeprefix("mailto:"),
    "bookmark": mk.BOOKMARK, "embedded-file-name": mk.EMBEDDED_NAME, "embedded-file-body": mk.EMBEDDED_BODY,
    "old-revision": mk.OLD_REVISION, "javascript": mk.JS_SECRET,
}


@pytest.mark.parametrize("secret", SECRETS.values(), ids=SECRETS.keys())
def test_withheld_text_is_nowhere(redacted: tuple[Result, Path], secret: str) -> None:
    _result, out = redacted
    assert _found(secret, everything(out)) == []


def test_withheld_text_not_in_redactor_recover(letter: mk.Letter, redacted: tuple[Result, Path]) -> None:
    """The redactor's own recovery (raw object strings included) agrees."""
    _result, out = redacted
    recovered = {f"{r.where} #{i}": r.text for i, r in enumerate(pdf_format.recover(out))}
    assert any(w.startswith("object ") for w in recovered)
    leaks = {s: _found(s, recovered) for s in letter.withheld}
    assert {s: w for s, w in leaks.items() if w} == {}


def test_hidden_places_are_emptied(redacted: tuple[Result, Path]) -> None:
    _result, out = redacted
    with pymupdf.open(str(out)) as doc:
        assert not doc.is_encrypted and not doc.is_repaired
        assert doc.get_toc() == []
        assert doc.embfile_count() == 0
        assert doc.get_xml_metadata().strip() == ""
        assert not any((doc.metadata or {}).get(k) for k in ("title", "author", "subject", "keywords", "creator"))
        for page in doc:
            assert list(page.annots()) == []
            assert list(page.widgets()) == []
            assert page.get_links() == []


# --- the output file itself -------------------------------------------------------


def test_output_is_not_an_incremental_save(redacted: tuple[Result, Path]) -> None:
    _result, out = redacted
    data = out.read_bytes()
    assert data.count(b"%%EOF") == 1
    with pymupdf.open(str(out)) as doc:
        assert "/Prev" not in doc.pdf_trailer()


def test_output_has_no_annotations_links_or_form_fields(redacted: tuple[Result, Path]) -> None:
    _result, out = redacted
    srcs = object_sources(out)
    for needle in ("/Redact", "/Type /Annot", "/Widget", "/URI", "/Subtype /Link", "/FT"):
        assert not [s for s in srcs if needle in s], needle
    assert not [s for s in srcs if re.search(r"/Annots\s*\[\s*[^\]\s]", s)]


def test_output_has_no_javascript(redacted: tuple[Result, Path]) -> None:
    _result, out = redacted
    srcs = object_sources(out)
    for needle in ("/JavaScript", "/JS", "/OpenAction", "/AA"):
        assert not [s for s in srcs if needle in s], needle
    assert b"/JavaScript" not in out.read_bytes()


def test_output_has_no_embedded_files_entry(redacted: tuple[Result, Path]) -> None:
    _result, out = redacted
    assert not [s for s in object_sources(out) if "/EmbeddedFiles" in s or "/UseAttachments" in s]
    assert b"/EmbeddedFiles" not in out.read_bytes()


# --- what stays --------------------------------------------------------------------


@pytest.mark.parametrize(
    "kept", mk.KEPT, ids=["doc-number", "official", "position", "landline", "juristic-tax-id", "amount"])
def test_public_facts_stay_visible(redacted: tuple[Result, Path], kept: str) -> None:
    _result, out = redacted
    assert kept in "\n".join(page_lines(out, 0))


def test_signature_block_stays_together(redacted: tuple[Result, Path]) -> None:
    _result, out = redacted
    lines = page_lines(out, 0)
    i = lines.index(mk.OFFICIAL)
    assert lines[i + 1] == mk.POSITION


def test_lines_without_personal_data_are_unchanged(letter: mk.Letter, redacted: tuple[Result, Path]) -> None:
    """Thai glyph boxes are taller than a 1.15 em line pitch: the lines above,
    between and below the redacted ones keep every character, in place."""
    _result, out = redacted
    before = page_chars(letter.path, 0)
    after = page_chars(out, 0)
    for text in letter.clean_lines:
        b = [c for c in before if "".join(x.c for x in before if x.line == c.line) == text]
        a = [c for c in after if "".join(x.c for x in after if x.line == c.line) == text]
        assert a, f"line lost or changed: {text!r}"
        assert [(c.c, round(c.x0, 2), round(c.y0, 2)) for c in a] == [(c.c, round(c.x0, 2), round(c.y0, 2)) for c in b]


def test_neighbours_of_redacted_lines_keep_every_char(redacted: tuple[Result, Path]) -> None:
    _result, out = redacted
    lines = page_lines(out, 0)
    for neighbour in (mk.ABOVE, mk.BETWEEN, mk.BELOW):
        assert neighbour in lines


@pytest.mark.parametrize("word", [*mk.AFTER_REDACTION, mk.BEFORE_REDACTION],
                         ids=["after-name", "after-id-glued", "after-mobile-glued", "before-mobile-glued"])
def test_words_touching_a_redaction_keep_their_marks(redacted: tuple[Result, Path], word: str) -> None:
    _result, out = redacted
    assert word in "\n".join(page_lines(out, 0))


def test_rest_of_redacted_lines_survives(redacted: tuple[Result, Path]) -> None:
    _result, out = redacted
    text = "\n".join(page_lines(out, 0))
    for rest in ("จาก", "ให้ถ้อยคำ เลขประจำตัวประชาชน", "ใช้ยืนยัน", "ใช้ติดต่อ อีเมล", "ได้ทุกวัน"):
        assert rest in text
    for gone in (mk.PERSON, mk.PERSON_ID, mk.MOBILE, mk.EMAIL, "สมชาย", "ทองดี"):
        assert gone not in text


def test_html_page_with_pua_marks(redacted: tuple[Result, Path]) -> None:
    """Page 2 has PUA tone marks and NIKHAHIT + SARA AA in its text layer."""
    result, out = redacted
    props = [p for p in result.analysis.proposals if p.page == 2]
    assert any("\uf700" <= ch <= "\uf8ff" for p in props for ch in p.text) or any(
        "\u0e4d\u0e32" in p.text for p in props), "fixture lost its PUA / decomposed sara am"
    text = fold_for_match(" ".join(page_lines(out, 1)))
    assert fold_for_match(mk.HTML_PERSON) not in text
    assert fold_for_match(mk.HTML_ID) not in text
    for rest in ("ผู้ร้องเรียนชื่อ", "ได้ให้ถ้อยคำต่อเจ้าหน้าที่", "ซึ่งได้ตรวจสอบแล้ว", "จึงบันทึกไว้เป็นหลักฐาน"):
        assert fold_for_match(rest) in text


# --- --label-boxes ------------------------------------------------------------------


@pytest.fixture(scope="module")
def labelled(letter: mk.Letter, tmp_path_factory: pytest.TempPathFactory) -> tuple[Result, Path]:
    out = tmp_path_factory.mktemp("labelled") / "letter.pdf"
    return redact(letter.path, out, label_boxes=True), out


def test_label_boxes_still_verify(labelled: tuple[Result, Path]) -> None:
    result, out = labelled
    assert result.verification.passed
    text = "\n".join(page_lines(out, 0))
    assert ".15(5)" in text  # the label is drawn as text into the page
    for secret in (mk.PERSON, mk.PERSON_ID, mk.MOBILE, mk.EMAIL):
        assert _found(secret, everything(out)) == []
    for kept in mk.KEPT:
        assert kept in text


def test_label_boxes_print_the_thai_basis(labelled: tuple[Result, Path]) -> None:
    _result, out = labelled
    assert "ม.15(5)" in "\n".join(page_lines(out, 0))


def _ink(page_rect: pymupdf.Rect, text: str, origin: pymupdf.Point, size: float, fontfile: str | None,
         zoom: float = 4.0) -> pymupdf.Rect | None:
    """Where ``text`` puts ink on a page: drawn alone on a blank page of the same size, rendered."""
    doc = pymupdf.open()
    page = doc.new_page(width=page_rect.width, height=page_rect.height)
    if fontfile:
        page.insert_font(fontname="lbl", fontfile=fontfile)
    page.insert_text(origin, text, fontname="lbl" if fontfile else "helv", fontsize=size, color=(0, 0, 0))
    pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), colorspace=pymupdf.csGRAY)
    w, h, data = pix.width, pix.height, pix.samples
    xs = [i % w for i in range(w * h) if data[i] < 200]
    ys = [i // w for i in range(w * h) if data[i] < 200]
    doc.close()
    if not xs:
        return None
    return pymupdf.Rect(min(xs) / zoom, min(ys) / zoom, (max(xs) + 1) / zoom, (max(ys) + 1) / zoom)


def test_label_boxes_stay_inside_their_boxes(labelled: tuple[Result, Path]) -> None:
    """The basis is written inside its black box, never over the line above or below (issue #14)."""
    _result, out = labelled
    fontfile = next((f for f in pdf_format._THAI_FONTS if Path(f).exists()), None)
    checked = 0
    with pymupdf.open(out) as doc:
        for page in doc:
            black = [pymupdf.Rect(d["rect"]) for d in page.get_drawings()
                     if d.get("fill") is not None and max(d["fill"]) < 0.05]
            for block in page.get_text("dict")["blocks"]:
                for line in block.get("lines", []):
                    for span in line["spans"]:
                        if not span["text"].startswith(("ม.", "s.")):
                            continue
                        ink = _ink(page.rect, span["text"], pymupdf.Point(span["origin"]), span["size"], fontfile)
                        assert ink is not None
                        home = [b for b in black if b.contains(pymupdf.Point(span["origin"]))]
                        assert home, f"label {span['text']!r} at {span['origin']} is on no black box"
                        box = home[0]
                        assert box.x0 - 0.3 <= ink.x0 and ink.x1 <= box.x1 + 0.3, (span["text"], ink, box)
                        assert box.y0 - 0.3 <= ink.y0 and ink.y1 <= box.y1 + 0.3, (span["text"], ink, box)
                        checked += 1
    assert checked >= 3


# --- fail closed ----------------------------------------------------------------------


def _save_without_redacting(self: pdf_format.PdfDocument, redactions: list, out_path: Path, *,
                            label_boxes: bool = False) -> None:
    self.doc.save(str(out_path), garbage=4)


def _crash_half_way(self: pdf_format.PdfDocument, redactions: list, out_path: Path, *,
                    label_boxes: bool = False) -> None:
    out_path.write_bytes(b"%PDF-1.7\n% half written")
    raise RuntimeError("disk full")


def _leftovers(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


def test_unredacted_output_fails_verification(letter: mk.Letter, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_format.PdfDocument, "apply", _save_without_redacting)
    out = tmp_path / "letter.pdf"
    with pytest.raises(VerificationFailed) as exc:
        redact(letter.path, out)
    assert "still recoverable" in str(exc.value)
    assert mk.PERSON not in str(exc.value) and mk.PERSON_ID not in str(exc.value)
    assert _leftovers(tmp_path) == []


def test_unredacted_output_exits_3_via_cli(letter: mk.Letter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           phoei) -> None:
    monkeypatch.setattr(pdf_format.PdfDocument, "apply", _save_without_redacting)
    out = tmp_path / "letter.pdf"
    run = phoei("redact", letter.path, "-o", out, "--accept-all")
    assert run.code == 3
    assert run.err.startswith("phoei: verification failed")
    assert run.err.count("\n") == 1 and "Traceback" not in run.err
    assert run.out == ""
    assert _leftovers(tmp_path) == []


def test_crash_during_apply_leaves_no_file(letter: mk.Letter, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_format.PdfDocument, "apply", _crash_half_way)
    with pytest.raises(WriteError):
        redact(letter.path, tmp_path / "letter.pdf")
    assert _leftovers(tmp_path) == []


def test_cli_accept_all_writes_verified_file(letter: mk.Letter, tmp_path: Path, phoei) -> None:
    out = tmp_path / "letter.pdf"
    run = phoei("redact", letter.path, "-o", out, "--accept-all")
    assert run.code == 0, run.err
    assert "verified" in run.out
    assert _leftovers(tmp_path) == ["letter.pdf"]
    assert _found(mk.PERSON_ID, everything(out)) == []


def _objects(doc: pymupdf.Document) -> list[tuple[str, bytes | None]]:
    return [(doc.xref_object(x), doc.xref_stream(x) if doc.xref_is_stream(x) else None)
            for x in range(1, doc.xref_length())]


def test_object_scrub_does_what_pymupdfs_scrub_does(letter: mk.Letter) -> None:
    # _scrub_objects reads each object once instead of asking it for three
    # keys; the result must be PyMuPDF's own, object for object. The letter
    # has a JavaScript action and XMP; add a page-level /Metadata pointer, an
    # image-like stream with a /Metadata key, a JavaScript name that is not an
    # action's /S, and the name written with a #-escape.
    def build() -> pymupdf.Document:
        doc = pymupdf.open(str(letter.path))
        meta = doc.get_new_xref()
        doc.update_object(meta, "<< /Type /Metadata /Subtype /XML >>")
        doc.update_stream(meta, b"<x:xmpmeta>page metadata</x:xmpmeta>", new=True)
        doc.xref_set_key(doc[0].xref, "Metadata", f"{meta} 0 R")
        other = doc.get_new_xref()
        doc.update_object(other, f"<< /Kind /JavaScript /Metadata {meta} 0 R >>")
        escaped = doc.get_new_xref()
        doc.update_object(escaped, "<< /S /Java#53cript /JS (x) >>")
        return doc

    ours, theirs = build(), build()
    ours.del_xml_metadata()  # as _scrub does before the objects (the catalog's XMP)
    assert pdf_format._scrub_objects(ours) == []  # every object readable
    theirs.scrub(attached_files=False, clean_pages=False, embedded_files=False, hidden_text=False,
                 javascript=True, metadata=False, redactions=False, remove_links=False, reset_fields=False,
                 reset_responses=False, thumbnails=False, xml_metadata=True)
    assert _objects(ours) == _objects(theirs)
    emptied = [x for x in range(1, ours.xref_length()) if ours.xref_get_key(x, "S")[1] == "/JavaScript"]
    assert emptied and all(ours.xref_get_key(x, "JS")[1] in ("", "()") for x in emptied)
    assert any(s == b"deleted" for _, s in _objects(ours))


def test_a_form_filled_in_on_dotted_lines(tmp_path: Path) -> None:
    # A request form as agencies print it: each value written on a dotted leader that touches it.
    # The name, age, home and mobile go; the leaders, the labels and the official who received it stay.
    phone = "๐๘๑-๒๓๔-๕๖๗๘"
    src = mk.build_lines(tmp_path / "form.pdf", [
        "แบบคำร้องทั่วไป",
        "ข้าพเจ้า (นาย/นาง/นางสาว)........สมหญิง  รักไทยสมมุติ........ อายุ ....47.... ปี",
        "อยู่บ้านเลขที่ ....99/1.... หมู่ที่ ...3... ตำบล ....หนองบัว.... อำเภอ ....เมือง....",
        f"โทรศัพท์ ....{phone}....",
        "ลงชื่อ..............................ผู้ยื่นคำร้อง",
        "(นางสาวสุดาวดี มีสุขสมมุติ)",
        "ผู้รับคำร้อง นายประสิทธิ์ มั่นคงสมมุติ ตำแหน่ง ปลัดอำเภอ",
    ])
    out = tmp_path / "out.pdf"
    result = redact(src, out)
    assert result.verification.passed
    with pymupdf.open(str(out)) as doc:
        text = doc[0].get_text()
    key = fold_for_match(text)
    for gone in ("สมหญิง", "รักไทยสมมุติ", "47", "99/1", phone, "สุดาวดี", "มีสุขสมมุติ"):
        assert fold_for_match(gone) not in key, gone
    for kept in ("แบบคำร้องทั่วไป", "อำเภอ....เมือง", "ผู้ยื่นคำร้อง", "นายประสิทธิ์มั่นคงสมมุติ", "ปลัดอำเภอ"):
        assert fold_for_match(kept) in key, kept
    # The names end in an upper vowel (ติ) right before a leader dot and a bracket: the vowel's empty
    # box sits on that glyph's edge, and it goes with the name rather than float over the box.
    lines = [ln.strip() for ln in text.splitlines()]
    assert "ข้าพเจ้า (นาย/นาง/นางสาว)........" in lines and "(" in lines and ")" in lines, lines
    assert not any("ิ" in ln and not re.search("[ก-ฮ]ิ", ln) for ln in lines), lines


def _tagged_pdf(path: Path, key: str, text: str) -> None:
    """A one-page tagged PDF whose structure element repeats ``text`` in its ``key`` string."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), f"Contact: {text}", fontsize=11)
    page.insert_text((72, 130), "Office hours are from 8.30 to 16.30 on working days.", fontsize=11)
    root, elem = doc.get_new_xref(), doc.get_new_xref()
    doc.update_object(elem, f"<< /Type /StructElem /S /P /P {root} 0 R /Pg {page.xref} 0 R /K [ 0 ] "
                            f"/{key} ({text}) >>")
    doc.update_object(root, f"<< /Type /StructTreeRoot /K [ {elem} 0 R ] >>")
    doc.xref_set_key(doc.pdf_catalog(), "StructTreeRoot", f"{root} 0 R")
    doc.xref_set_key(doc.pdf_catalog(), "MarkInfo", "<< /Marked true >>")
    doc.save(str(path))
    doc.close()


@pytest.mark.parametrize("key", ["T", "E", "Alt", "ActualText"])
def test_structure_tree_strings_do_not_keep_withheld_text(tmp_path: Path, key: str) -> None:
    # A browser-printed CV is tagged: each structure element repeats its line in /T or /E, so
    # the redacted copy kept the e-mail there and stopped at verification (exit 3).
    secret = "somchai.example@mail.example.org"
    src, out = tmp_path / "tagged.pdf", tmp_path / "tagged.redacted.pdf"
    _tagged_pdf(src, key, secret)
    result = redact(src, out, decisions=None)
    assert result.verification is not None and result.verification.passed
    assert secret.encode() not in out.read_bytes()
    with pymupdf.open(str(out)) as doc:
        assert doc.xref_get_key(doc.pdf_catalog(), "StructTreeRoot")[0] == "null"
        assert "Office hours are from 8.30" in doc[0].get_text()  # the words outside the redaction stay


def test_untagged_pdf_is_written_as_before(tmp_path: Path) -> None:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 100), "Office hours are from 8.30 to 16.30 on working days.", fontsize=11)
    src, out = tmp_path / "plain.pdf", tmp_path / "plain.redacted.pdf"
    doc.save(str(src))
    result = redact(src, out, decisions=None)
    assert result.verification is not None and result.verification.passed
    with pymupdf.open(str(out)) as doc:
        assert "Office hours" in doc[0].get_text()


@pytest.mark.parametrize(("objects", "level"), [(10, 4), (pdf_format.MERGE_DUPLICATES_MAX_OBJECTS, 4),
                                                (pdf_format.MERGE_DUPLICATES_MAX_OBJECTS + 1, 2)])
def test_duplicates_merge_only_below_the_object_ceiling(objects: int, level: int) -> None:
    class Doc:
        def xref_length(self) -> int:
            return objects

    assert pdf_format.save_garbage(Doc()) == level  # type: ignore[arg-type]


def test_a_copy_saved_without_merging_duplicates_still_holds_nothing_withheld(
        letter: mk.Letter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Above the ceiling (lowered here) the save drops unreferenced objects without merging duplicates:
    every hiding place of the letter is as empty as with the full garbage collection."""
    monkeypatch.setattr(pdf_format, "MERGE_DUPLICATES_MAX_OBJECTS", 5)
    out = tmp_path / "out.pdf"
    result = redact(letter.path, out)
    assert result.verification.passed
    places = everything(out)
    assert {s: w for s in SECRETS.values() if (w := _found(s, places))} == {}
