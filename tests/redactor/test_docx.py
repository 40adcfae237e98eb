"""DOCX extraction, redaction and recovery.

The fixture is built in code so that every place a DOCX can hide text holds
its own fake personal data; each test then checks that the place is mapped,
and that after ``apply`` nothing of it can be recovered from the output.
"""

from __future__ import annotations

import io
import json
import re
import unicodedata
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from lxml import etree

from redactor.errors import EncryptedDocument, ExtractionError, UnsupportedFormat, ZipBomb
from redactor.formats import docx as docx_format
from redactor.formats.docx import package as docx_package
from redactor.normalise import normalise as normalise_view
from redactor.types import Redaction

MASK = docx_format.MASK_CHAR
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# shared/ sits beside the repository, in development and in CI.
DEV = Path(__file__).resolve().parents[3] / "shared" / "eval" / "dev"

# text -> (where, visible) for every occurrence; a string that occurs twice
# (text box Choice and Fallback, link text and mailto:) lists each occurrence.
PII: dict[str, list[tuple[str, bool]]] = {
    "นายสมมติ ทดสอบดี": [("word/document.xml", True)],
    "3-6227-27078-75-6": [("word/document.xml", True)],
    "081-111-2222": [("word/document.xml", True)],
    "นางสาวหัวกระดาษ ลับมาก": [("word/header1.xml", True)],
    "089-999-0000": [("word/footer1.xml", True)],
    "นายคอมเมนต์ ซ่อนไว้": [("word/comments.xml", True)],
    "1 1111 22222 33 4": [("word/document.xml", False)],
    "นายแทรก ใหม่": [("word/document.xml", True)],
    "ตำบลซ่อนเร้น": [("word/document.xml", False)],
    "รหัสลับสไตล์ 7788": [("word/document.xml", False)],
    "นางคอนเทนต์ คอนโทรล": [("word/document.xml", True)],
    "4455667788": [("word/document.xml", False)],
    "นายฟิลด์ ซิมเปิล": [("word/document.xml", False)],
    "012-3-45678-9": [("word/document.xml", True), ("word/document.xml", False)],
    "นายอัลท์ เท็กซ์": [("word/document.xml", False)],
    "นายเชิงอรรถ ตัวอย่าง": [("word/footnotes.xml", True)],
    "somchai.test@example.com": [("word/document.xml", True), ("word/_rels/document.xml.rels:rId99", False)],
    "นายผู้สร้าง เอกสาร": [("docProps/core.xml:creator", False)],
    "นางผู้แก้ไข ล่าสุด": [("docProps/core.xml:lastModifiedBy", False)],
    "บันทึกของนายชื่อเรื่อง": [("docProps/core.xml:title", False)],
    "บริษัทสมมติ ส่วนตัว": [("docProps/app.xml:Company", False)],
    "นายคัสตอม พร็อพ": [("docProps/custom.xml:CaseOwner", False)],
    "นายข้อมูล ผูกไว้": [("customXml/item2.xml", False)],
}
# Not mapped as text (they are attributes of things apply removes), but they
# must not survive either.
STRUCTURAL_PII = ["นายผู้เขียน ความเห็น", "นายผู้ลบ ข้อความ"]
KEPT = ["นายใจดี รักราชการ", "ปลัดอำเภอ", "ข้อความตัวหนา", "ลิงก์คดี", "ก่อนแก้ไข"]

NS = nsdecls("w", "wp", "a", "r") + (
    ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
    ' xmlns:v="urn:schemas-microsoft-com:vml"'
)

TEXTBOX = f"""<w:p {NS}><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0"
 layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin">
<wp:align>right</wp:align></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset>
</wp:positionV><wp:extent cx="2340000" cy="1260000"/><wp:wrapSquare wrapText="bothSides"/>
<wp:docPr id="101" name="Text Box 1" descr="รูปบัตรของนายอัลท์ เท็กซ์"/><a:graphic><a:graphicData
 uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2340000" cy="1260000"/></a:xfrm><a:prstGeom prst="rect">
<a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent><w:p><w:r><w:t>บัญชี 012-3-45678-9</w:t></w:r></w:p>
</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>
</mc:Choice><mc:Fallback><w:pict><v:shape id="tb1" style="width:184pt;height:99pt"><v:textbox><w:txbxContent>
<w:p><w:r><w:t>บัญชี 012-3-45678-9</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>
</mc:AlternateContent></w:r></w:p>"""

FOOTNOTES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes {nsdecls("w")}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>
</w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>
</w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r>
<w:t xml:space="preserve"> อ้างถึง นายเชิงอรรถ ตัวอย่าง</w:t>
</w:r></w:p></w:footnote></w:footnotes>"""

CUSTOM = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
 xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">
<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="CaseOwner">
<vt:lpwstr>นายคัสตอม พร็อพ</vt:lpwstr></property></Properties>"""


def _body_xml(fragment: str):
    return parse_xml(fragment)


def build_fixture(path: Path) -> Path:
    doc = docx.Document()
    secret_style = doc.styles.add_style("SecretChar", WD_STYLE_TYPE.CHARACTER)
    secret_style.font.hidden = True

    title = doc.add_paragraph()
    title.add_run("เรื่อง ทดสอบระบบ ")
    title.add_run("ข้อความตัวหนา").bold = True

    p = doc.add_paragraph("ผู้ร้อง ")
    commented = p.add_run("นายสมมติ ทดสอบดี")
    p.add_run(" เลขประจำตัว ")
    p.add_run("3-6227-").bold = True
    p.add_run("27078-").italic = True
    p.add_run("75-6").underline = True
    p.add_run(" ")
    p.add_run("รหัสลับสไตล์ 7788", style="SecretChar")
    p.add_run("หมายเหตุ")
    p.add_run().element.append(_body_xml(f'<w:footnoteReference {nsdecls("w")} w:id="1"/>'))
    doc.add_comment(commented, text="ผู้แจ้งคือ นายคอมเมนต์ ซ่อนไว้", author="นายผู้เขียน ความเห็น", initials="ผค")

    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "นายใจดี รักราชการ"
    table.cell(0, 1).text = "ปลัดอำเภอ"
    table.cell(1, 0).text = "โทร 081-111-2222"
    table.cell(1, 1).text = "ผู้ร้อง"

    section = doc.sections[0]
    section.header.paragraphs[0].text = "สำเนา นางสาวหัวกระดาษ ลับมาก"
    section.footer.paragraphs[0].text = "ติดต่อ 089-999-0000"

    body = doc.element.body
    sect_pr = body[-1]
    fragments = [
        f"""<w:p {NS}><w:r><w:t xml:space="preserve">ก่อนแก้ไข </w:t></w:r>
        <w:del w:id="901" w:author="นายผู้ลบ ข้อความ" w:date="2024-03-11T09:12:00Z"><w:r>
        <w:delText xml:space="preserve">1 1111 22222 33 4</w:delText></w:r></w:del>
        <w:ins w:id="902" w:author="นายผู้ลบ ข้อความ" w:date="2024-03-11T09:12:00Z">
        <w:r><w:t>นายแทรก ใหม่</w:t></w:r></w:ins>
        <w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> (บ้านเลขที่ ๙๙ ตำบลซ่อนเร้น)</w:t></w:r></w:p>""",
        f"""<w:sdt {NS}><w:sdtPr><w:alias w:val="ชื่อ"/></w:sdtPr><w:sdtContent><w:p><w:r>
        <w:t>นางคอนเทนต์ คอนโทรล</w:t></w:r></w:p></w:sdtContent></w:sdt>""",
        f"""<w:p {NS}><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK
        "https://example.com/case?pid=4455667788" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>
        <w:r><w:t>ลิงก์คดี</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>""",
        f"""<w:p {NS}><w:fldSimple w:instr=' DOCVARIABLE "นายฟิลด์ ซิมเปิล" '><w:r><w:t>ค่า</w:t></w:r>
        </w:fldSimple></w:p>""",
        TEXTBOX,
        f"""<w:p {NS}><w:r><w:t xml:space="preserve">อีเมล </w:t></w:r><w:hyperlink r:id="rId99"><w:r>
        <w:rPr><w:u w:val="single"/></w:rPr><w:t>somchai.test@example.com</w:t></w:r></w:hyperlink></w:p>""",
    ]
    for frag in fragments:
        sect_pr.addprevious(_body_xml(frag))
    doc.part.rels.add_relationship(RT.HYPERLINK, "mailto:somchai.test@example.com", "rId99", is_external=True)

    core = doc.core_properties
    core.author = "นายผู้สร้าง เอกสาร"
    core.last_modified_by = "นางผู้แก้ไข ล่าสุด"
    core.title = "บันทึกของนายชื่อเรื่อง"

    buf = io.BytesIO()
    doc.save(buf)
    _add_parts(buf.getvalue(), path)
    return path


def _add_parts(data: bytes, path: Path) -> None:
    """Parts python-docx cannot make: footnotes, custom properties, a data item."""
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "[Content_Types].xml":
                body = body.replace(
                    b"</Types>",
                    b'<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
                    b'officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/docProps/custom.xml"'
                    b' ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
                )
            elif info.filename == "_rels/.rels":
                body = body.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    b'relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
                )
            elif info.filename == "word/_rels/document.xml.rels":
                body = body.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rId91" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    b'relationships/footnotes" Target="footnotes.xml"/></Relationships>',
                )
            elif info.filename == "docProps/app.xml":
                body = body.replace(b"<Company/>", "<Company>บริษัทสมมติ ส่วนตัว</Company>".encode())
            out.writestr(info, body)
        out.writestr("word/footnotes.xml", FOOTNOTES.encode())
        out.writestr("docProps/custom.xml", CUSTOM.encode())
        out.writestr("customXml/item2.xml", "<root><owner>นายข้อมูล ผูกไว้</owner></root>".encode())


@pytest.fixture(scope="module")
def fixture_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture(tmp_path_factory.mktemp("docx") / "fixture.docx")


def _occurrences(text: str, needle: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(needle), text)]


def _redactions(doc: docx_format.DocxDocument, needles: list[str]) -> list[Redaction]:
    out = []
    text = doc.textmap.text
    for needle in needles:
        spans = _matches(text, needle)
        assert spans, f"{needle!r} not in the canonical text"
        for start, end in spans:
            out.append(Redaction(start, end, "PII", "15(5)", "test", text[start:end]))
    return out


_DIGIT_SEPARATORS = "-.(),"


def _match_key(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The dev set's matching key of ``text`` (see ``normalise`` below) and,
    per key character, the span of ``text`` it comes from.

    A copy of an item is found wherever the evaluation would find it: written
    across a forced line break, with other spacing, or with its digits glued.
    """
    view = normalise_view(text, repair=False)
    kept = [i for i, c in enumerate(view.text) if not c.isspace()]
    key_idx = []
    for k, i in enumerate(kept):
        c = view.text[i]
        if c in _DIGIT_SEPARATORS:
            before = next((view.text[j] for j in reversed(kept[:k]) if view.text[j] not in _DIGIT_SEPARATORS), "")
            after = next((view.text[j] for j in kept[k + 1 :] if view.text[j] not in _DIGIT_SEPARATORS), "")
            if before.isdigit() and after.isdigit():
                continue
        key_idx.append(i)
    key = "".join(view.text[i] for i in key_idx).lower()
    return key, [(view.starts[i], view.ends[i]) for i in key_idx]


def _matches(text: str, needle: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that match ``needle`` under the dev set's rules."""
    key, spans = _match_key(text)
    pattern = _match_key(needle)[0]
    if not pattern:
        return []
    return [(spans[m.start()][0], spans[m.end() - 1][1]) for m in re.finditer(re.escape(pattern), key)]


_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def normalise(text: str) -> str:
    """The matching rules of the dev set (see its README)."""
    text = unicodedata.normalize("NFC", text).translate(_THAI_DIGITS)
    text = text.replace("\u0e4d\u0e32", "\u0e33")
    text = re.sub(r"[\s\u200b\u200c\u200d\ufeff]", "", text)
    text = re.sub(r"(?<=\d)[-.(),]+(?=\d)", "", text)
    return text.casefold()


def _leaks(recovered: list, needle: str) -> list[str]:
    n = normalise(needle)
    return [r.where for r in recovered if n in normalise(r.text)]


def _visible(recovered: list) -> str:
    return normalise("\n".join(r.text for r in recovered if r.visible))


# ---------------------------------------------------------------------------


def test_sniff() -> None:
    assert docx_format.sniff(b"PK\x03\x04rest")
    assert docx_format.sniff(docx_format.OLE_MAGIC + b"\0" * 8)
    assert not docx_format.sniff(b"%PDF-1.7")
    assert not docx_format.sniff(b"")


def test_textmap_maps_every_part(fixture_path: Path) -> None:
    doc = docx_format.open_document(fixture_path)
    try:
        assert doc.kind == "docx"
        tm = doc.textmap
        for needle, expected in PII.items():
            starts = _occurrences(tm.text, needle)
            found = []
            for start in starts:
                segs = tm.segments_in(start, start + len(needle))
                assert segs, needle
                assert len({(s.where, s.visible) for s in segs}) == 1, (needle, segs)
                found.append((segs[0].where, segs[0].visible))
            assert sorted(found) == sorted(expected), needle
        # The three differently formatted runs form one contiguous string.
        segs = tm.segments_in(*_span(tm.text, "3-6227-27078-75-6"))
        assert [tm.text[s.start : s.end] for s in segs] == ["3-6227-", "27078-", "75-6"]
        # Words are separated across table cells and paragraphs.
        assert "นายใจดี รักราชการ\n" in tm.text
        assert doc.needs_review == []
    finally:
        doc.close()


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


@pytest.fixture(scope="module")
def redacted(fixture_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out") / "redacted.docx"
    doc = docx_format.open_document(fixture_path)
    try:
        doc.apply(_redactions(doc, list(PII)), out)
    finally:
        doc.close()
    return out


def test_apply_leaves_nothing_recoverable(redacted: Path) -> None:
    recovered = docx_format.recover(redacted)
    for needle in [*PII, *STRUCTURAL_PII]:
        assert _leaks(recovered, needle) == [], needle
    # And not in the raw bytes of any member either.
    with zipfile.ZipFile(redacted) as zf:
        for name in zf.namelist():
            raw = zf.read(name)
            for needle in [*PII, *STRUCTURAL_PII]:
                assert needle.encode() not in raw, (needle, name)


def test_apply_keeps_text_and_formatting(redacted: Path) -> None:
    visible = _visible(docx_format.recover(redacted))
    for kept in KEPT:
        assert normalise(kept) in visible, kept
    out = docx.Document(str(redacted))  # still a valid package for python-docx
    bold = [r for p in out.paragraphs for r in p.runs if r.text == "ข้อความตัวหนา"]
    assert bold and bold[0].bold
    assert out.tables[0].cell(0, 0).text == "นายใจดี รักราชการ"
    assert out.tables[0].cell(1, 0).text == "โทร " + MASK * len("081-111-2222")


def test_redaction_across_three_runs_keeps_each_run(redacted: Path) -> None:
    with zipfile.ZipFile(redacted) as zf:
        root = etree.fromstring(zf.read("word/document.xml"))
    runs = {}
    for run in root.iter(f"{{{W}}}r"):
        rpr = run.find(f"{{{W}}}rPr")
        t = run.find(f"{{{W}}}t")
        if rpr is None or t is None:
            continue
        for fmt in ("b", "i", "u"):
            if rpr.find(f"{{{W}}}{fmt}") is not None and set(t.text or "") == {MASK}:
                runs.setdefault(fmt, t.text)  # the ID comes before the underlined link
    assert runs == {"b": MASK * 7, "i": MASK * 6, "u": MASK * 4}


def test_comments_stay_redacted_with_their_authors_cleared(redacted: Path) -> None:
    # A reader of the copy sees the margin notes, so they are kept like the body: the personal name in
    # the comment is masked, the rest of its text stays, the body still anchors it, and who wrote it and
    # when is cleared (the author may be anyone who handled the file).
    with zipfile.ZipFile(redacted) as zf:
        comments = zf.read("word/comments.xml").decode()
        document = zf.read("word/document.xml").decode()
        content_types = zf.read("[Content_Types].xml").decode()
    assert "ผู้แจ้งคือ" in comments and "นายคอมเมนต์" not in comments and MASK in comments
    assert "นายผู้เขียน" not in comments and "ผค" not in comments
    assert re.search(r'<w:comment [^>]*w:author=""', comments)
    assert "w:initials=" not in comments and "w:date=" not in comments
    assert "w:commentReference" in document and "comments.xml" in content_types
    out = docx.Document(str(redacted))  # python-docx still opens the copy, comments and all
    assert out.paragraphs


def test_apply_removes_hidden_places(redacted: Path) -> None:
    with zipfile.ZipFile(redacted) as zf:
        names = set(zf.namelist())
        content_types = zf.read("[Content_Types].xml").decode()
        rels = zf.read("word/_rels/document.xml.rels").decode() + zf.read("_rels/.rels").decode()
        document = zf.read("word/document.xml").decode()
    for gone in ("docProps/custom.xml", "docProps/thumbnail.jpeg"):
        assert gone not in names
        assert gone.rsplit("/", 1)[-1] not in content_types + rels
    for tag in ("w:del ", "w:ins ", "w:delText", "w:vanish"):
        assert tag not in document, tag
    assert 'Target="#"' in rels and "mailto:" not in rels
    assert "w:hyperlink" not in document  # the dead link is unwrapped, its text kept (masked)
    out = docx.Document(str(redacted))
    assert out.core_properties.author == ""
    assert out.core_properties.title == ""


def test_apply_twice_gives_the_same_output(fixture_path: Path, tmp_path: Path) -> None:
    doc = docx_format.open_document(fixture_path)
    try:
        reds = _redactions(doc, ["นายสมมติ ทดสอบดี"])
        doc.apply(reds, tmp_path / "a.docx")
        doc.apply(reds, tmp_path / "b.docx")
    finally:
        doc.close()
    with zipfile.ZipFile(tmp_path / "a.docx") as a, zipfile.ZipFile(tmp_path / "b.docx") as b:
        assert a.namelist() == b.namelist()
        for name in a.namelist():
            assert a.read(name) == b.read(name), name
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.docx", "b.docx"]  # no temp files left


def test_untouched_members_are_copied_byte_for_byte(fixture_path: Path, redacted: Path) -> None:
    with zipfile.ZipFile(fixture_path) as src, zipfile.ZipFile(redacted) as out:
        for name in ("word/styles.xml", "word/theme/theme1.xml", "word/fontTable.xml"):
            assert src.read(name) == out.read(name)


def test_partial_run_is_masked_in_place(fixture_path: Path, tmp_path: Path) -> None:
    doc = docx_format.open_document(fixture_path)
    try:
        start, end = _span(doc.textmap.text, "081-111-2222")
        doc.apply([Redaction(start, end, "PHONE", "15(5)", "test", "081-111-2222")], tmp_path / "o.docx")
    finally:
        doc.close()
    out = docx.Document(str(tmp_path / "o.docx"))
    assert out.tables[0].cell(1, 0).text == "โทร " + MASK * 12
    assert out.tables[0].cell(0, 0).text == "นายใจดี รักราชการ"


def test_literal_backstop_masks_missed_copies(fixture_path: Path, tmp_path: Path) -> None:
    # Only the Choice copy of the text box is proposed; the Fallback copy
    # must not survive.
    doc = docx_format.open_document(fixture_path)
    try:
        tm = doc.textmap
        start = next(s for s in _occurrences(tm.text, "012-3-45678-9") if tm.is_visible(s, s + 13))
        doc.apply([Redaction(start, start + 13, "BANK", "15(5)", "test", "012-3-45678-9")], tmp_path / "o.docx")
    finally:
        doc.close()
    assert _leaks(docx_format.recover(tmp_path / "o.docx"), "012-3-45678-9") == []


def test_backstop_respects_visible_text_kept_on_purpose(tmp_path: Path) -> None:
    # The same official's name in the table (kept) and in the body (redacted
    # here for the test): the literal backstop must not override the keep, or
    # verification would report the table copy as collateral damage.
    path = DEV / "docs" / "d02_district_order.docx"
    if not path.exists():
        pytest.skip("dev set not available")
    name = _dev_text("d02_district_order.docx", "public official", "table+body")
    doc = docx_format.open_document(path)
    try:
        _table_copy, second = _occurrences(doc.textmap.text, name)
        doc.apply([Redaction(second, second + len(name), "PERSON", "15(5)", "test", name)], tmp_path / "o.docx")
    finally:
        doc.close()
    visible = _visible(docx_format.recover(tmp_path / "o.docx"))
    assert visible.count(normalise(name)) == 1
    assert normalise("ของ" + MASK * len(name)) in visible


def test_xml_comments_are_merged_away(fixture_path: Path, tmp_path: Path) -> None:
    # Word never writes XML comments; another tool might, even inside w:t,
    # where the text on both sides is one word to Word.
    with zipfile.ZipFile(fixture_path) as zf:
        document = zf.read("word/document.xml")
    document = document.replace("ผู้ร้อง ".encode(), "ผู้<!-- ผู้แจ้ง 0877776666 -->ร้อง ".encode(), 1).replace(
        b"<w:body>", b"<!-- owner: 0866665555 --><w:body>", 1
    )
    path = _replace_member(fixture_path, tmp_path / "commented.docx", "word/document.xml", document)
    doc = docx_format.open_document(path)
    try:
        assert "ผู้ร้อง นายสมมติ ทดสอบดี" in doc.textmap.text
        assert "0877776666" not in doc.textmap.text
        doc.apply([], tmp_path / "o.docx")
    finally:
        doc.close()
    recovered = docx_format.recover(tmp_path / "o.docx")
    assert _leaks(recovered, "0877776666") == [] and _leaks(recovered, "0866665555") == []
    assert normalise("ผู้ร้อง นายสมมติ") in _visible(recovered)
    # recover itself does see comments, should a writer ever leave one.
    assert _leaks(docx_format.recover(path), "0866665555") == ["word/document.xml"]


# ---------------------------------------------------------------------------
# The real dev documents


def _truth() -> list[dict]:
    path = DEV / "truth.json"
    if not path.exists():
        pytest.skip("dev set not available")
    return [e for e in json.loads(path.read_text("utf-8")) if e["file"].endswith(".docx")]


def _dev_text(name: str, label: str, where: str) -> str:
    """The one truth item of ``name`` with this type (must_redact) or why (must_keep) and ``where``.

    The dev strings themselves never go into the tests (see tests/test_dev_strings.py): the tests of
    the real dev documents name an item by its class and place and read its text from truth.json."""
    for entry in _truth():
        if entry["file"] != f"docs/{name}":
            continue
        items = [i for i in entry["must_redact"] if i["type"] == label and i["where"] == where]
        items += [i for i in entry["must_keep"] if label in i["why"] and i["where"] == where]
        if len(items) == 1:
            return str(items[0]["text"])
    pytest.skip(f"no single truth item {label}/{where} in {name}")


@pytest.mark.parametrize(
    ("name", "label", "truth_where", "where", "visible"),
    [
        ("d02_district_order.docx", "PHONE", "footer", "word/footer1.xml", True),
        ("d02_district_order.docx", "PHONE", "hidden", "word/document.xml", False),
        ("d02_district_order.docx", "EMAIL", "body", "word/_rels/document.xml.rels:rId10", False),
        ("d02_district_order.docx", "PERSON", "core properties", "docProps/core.xml:creator", False),
        ("d05_assistance_minutes.docx", "NATIONAL_ID", "del", "word/document.xml", False),
        ("d05_assistance_minutes.docx", "PHONE", "comment", "word/comments.xml", True),
        ("d05_assistance_minutes.docx", "BANK_ACCOUNT", "textbox", "word/document.xml", True),
        ("d05_assistance_minutes.docx", "PERSON", "core properties", "docProps/core.xml:lastModifiedBy", False),
        ("d05_assistance_minutes.docx", "PERSON", "header", "word/header1.xml", True),
    ],
)
def test_dev_documents_are_mapped(name: str, label: str, truth_where: str, where: str, visible: bool) -> None:
    path = DEV / "docs" / name
    if not path.exists():
        pytest.skip("dev set not available")
    needle = _dev_text(name, label, truth_where)
    doc = docx_format.open_document(path)
    try:
        tm = doc.textmap
        hits = {
            (tm.where(s, s + len(needle)), tm.is_visible(s, s + len(needle))) for s in _occurrences(tm.text, needle)
        }
        assert (where, visible) in hits
    finally:
        doc.close()


def test_dev_documents_textbox_copies() -> None:
    path = DEV / "docs" / "d05_assistance_minutes.docx"
    if not path.exists():
        pytest.skip("dev set not available")
    doc = docx_format.open_document(path)
    try:
        tm = doc.textmap
        account = _dev_text("d05_assistance_minutes.docx", "BANK_ACCOUNT", "textbox")
        starts = _occurrences(tm.text, account)
        assert sorted(tm.is_visible(s, s + len(account)) for s in starts) == [False, True]
    finally:
        doc.close()


@pytest.mark.parametrize("entry", _truth() if (DEV / "truth.json").exists() else [], ids=lambda e: e["file"])
def test_dev_documents_redact_cleanly(entry: dict, tmp_path: Path) -> None:
    doc = docx_format.open_document(DEV / entry["file"])
    out = tmp_path / "out.docx"
    try:
        doc.apply(_redactions(doc, [item["text"] for item in entry["must_redact"]]), out)
    finally:
        doc.close()
    recovered = docx_format.recover(out)
    for item in entry["must_redact"]:
        for needle in [item["text"], *item.get("parts", [])]:
            assert _leaks(recovered, needle) == [], needle
    visible = _visible(recovered)
    for item in entry["must_keep"]:
        assert normalise(item["text"]) in visible, item["text"]


# ---------------------------------------------------------------------------
# Bad input: the right error, one line, and nothing written


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def _with_members(src: Path, dst: Path, members: dict[str, bytes]) -> Path:
    """``src`` copied to ``dst`` with ``members`` put in: the ones it has replaced where they stand (same
    compression), the others added at the end, stored."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info, members[info.filename] if info.filename in members else zin.read(info))
        for name, data in members.items():
            if name not in zin.NameToInfo:
                zout.writestr(name, data)
    return dst


def _replace_member(src: Path, dst: Path, name: str, data: bytes) -> Path:
    return _with_members(src, dst, {name: data})


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>
<w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>"""


def _bad_inputs(fixture: Path, tmp: Path) -> dict[str, tuple[Path, type[Exception]]]:
    data = fixture.read_bytes()
    truncated = tmp / "truncated.docx"
    truncated.write_bytes(data[: len(data) // 2])
    ole = tmp / "encrypted.docx"
    ole.write_bytes(docx_format.OLE_MAGIC + b"\0" * 504 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 1024)
    legacy_doc = tmp / "legacy.docx"
    legacy_doc.write_bytes(docx_format.OLE_MAGIC + b"\0" * 504 + "WordDocument".encode("utf-16-le") + b"\0" * 1024)
    bare_ole = tmp / "bare_ole.docx"
    bare_ole.write_bytes(docx_format.OLE_MAGIC + b"\0" * 2048)
    xlsx = _zip(
        tmp / "sheet.docx",
        {
            "[Content_Types].xml": b"<Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'/>",
            "xl/workbook.xml": b"<workbook/>",
        },
    )
    plain = _zip(tmp / "plain.docx", {"readme.txt": b"hello"})
    bomb = _zip(tmp / "bomb.docx", {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"\0" * (5 * 2**20)})
    return {
        "truncated": (truncated, ExtractionError),
        "ole_encrypted": (ole, EncryptedDocument),
        "ole_unknown": (bare_ole, EncryptedDocument),
        "legacy_doc": (legacy_doc, UnsupportedFormat),
        "xlsx_like": (xlsx, UnsupportedFormat),
        "plain_zip": (plain, UnsupportedFormat),
        "billion_laughs": (
            _replace_member(fixture, tmp / "laughs.docx", "word/document.xml", BILLION_LAUGHS),
            ExtractionError,
        ),
        "external_entity": (
            _replace_member(
                fixture,
                tmp / "xxe.docx",
                "word/footer1.xml",
                b'<?xml version="1.0"?><!DOCTYPE f [<!ENTITY x SYSTEM "file:///etc/passwd">]><f>&x;</f>',
            ),
            ExtractionError,
        ),
        "malformed_xml": (
            _replace_member(fixture, tmp / "bad.docx", "word/document.xml", b"<w:document"),
            ExtractionError,
        ),
        "zip_bomb": (bomb, ZipBomb),
    }


@pytest.mark.parametrize(
    "case",
    [
        "truncated",
        "ole_encrypted",
        "ole_unknown",
        "legacy_doc",
        "xlsx_like",
        "plain_zip",
        "billion_laughs",
        "external_entity",
        "malformed_xml",
        "zip_bomb",
    ],
)
def test_bad_input_raises_and_writes_nothing(case: str, fixture_path: Path, tmp_path: Path) -> None:
    path, error = _bad_inputs(fixture_path, tmp_path)[case]
    before = set(tmp_path.iterdir())
    with pytest.raises(error) as info:
        docx_format.open_document(path)
    assert type(info.value) is error
    assert "\n" not in str(info.value)
    assert set(tmp_path.iterdir()) == before


def test_total_size_cap(fixture_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docx_package, "MAX_TOTAL_UNCOMPRESSED", 100_000)
    with pytest.raises(ExtractionError, match="ZIP bomb"):
        docx_format.open_document(fixture_path)


def test_member_count_cap(fixture_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docx_package, "MAX_MEMBERS", 5)
    with pytest.raises(ExtractionError, match="members"):
        docx_format.open_document(fixture_path)


def test_duplicate_member_names_are_refused(fixture_path: Path, tmp_path: Path) -> None:
    dup = _with_members(fixture_path, tmp_path / "dup.docx", {"WORD/document.xml": b"<x/>"})
    with pytest.raises(ExtractionError, match="duplicate"):
        docx_format.open_document(dup)


def test_large_image_needs_review(fixture_path: Path, tmp_path: Path) -> None:
    path = _with_members(fixture_path, tmp_path / "img.docx", {
        "word/media/image1.png": bytes(range(256)) * 1600,  # 400 KB: a pasted scan
        "word/media/image2.png": bytes(range(256)) * 160,  # 40 KB: a letterhead emblem
        "word/embeddings/oleObject1.bin": b"\1\2\3",
    })
    doc = docx_format.open_document(path)
    try:
        assert [n.split(":")[0] for n in doc.needs_review] == [
            "word/media/image1.png",
            "word/embeddings/oleObject1.bin",
        ]
    finally:
        doc.close()


# ---------------------------------------------------------------------------
# Forced line breaks and tracked changes, through the whole pipeline


def _thai_id(first12: str) -> str:
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    return first12 + str((11 - total % 11) % 10)


def _dashed(pid: str) -> str:
    return f"{pid[0]}-{pid[1:5]}-{pid[5:10]}-{pid[10:12]}-{pid[12]}"


BROKEN_NAME = ("นายสมมติ", "ทดสอบดี")
INSERTED_ID = _thai_id("370010022233")
DELETED_ID = _thai_id("510990088877")
WRAPPED_ID = _thai_id("140010055566")


def _breaks_and_revisions_docx(path: Path) -> Path:
    doc = docx.Document()
    body = doc.element.body
    sect_pr = body[-1]
    wrapped = _dashed(WRAPPED_ID)
    fragments = [
        # A name across a soft line break (Shift+Enter), inside one run.
        f"""<w:p {NS}><w:r><w:t xml:space="preserve">ผู้ร้อง {BROKEN_NAME[0]}</w:t><w:br/>
        <w:t>{BROKEN_NAME[1]} ยื่นคำร้อง</w:t></w:r></w:p>""",
        # An ID across a break between runs of a table-like cell.
        f"""<w:p {NS}><w:r><w:t xml:space="preserve">เลขประจำตัวประชาชน {wrapped[:6]}</w:t></w:r>
        <w:r><w:br/><w:t>{wrapped[6:]}</w:t></w:r></w:p>""",
        # A page break still separates.
        f"""<w:p {NS}><w:r><w:t>หน้าแรก</w:t><w:br w:type="page"/><w:t>หน้าสอง</w:t></w:r></w:p>""",
        # Tracked changes: an inserted ID (visible once accepted) and a deleted one.
        f"""<w:p {NS}><w:r><w:t xml:space="preserve">เลขประจำตัวประชาชน </w:t></w:r>
        <w:del w:id="11" w:author="ผู้ตรวจ" w:date="2024-01-01T00:00:00Z"><w:r>
        <w:delText>{_dashed(DELETED_ID)}</w:delText></w:r></w:del>
        <w:ins w:id="12" w:author="ผู้ตรวจ" w:date="2024-01-01T00:00:00Z"><w:r>
        <w:t>{_dashed(INSERTED_ID)}</w:t></w:r></w:ins></w:p>""",
    ]
    for frag in fragments:
        sect_pr.addprevious(_body_xml(frag))
    doc.save(str(path))
    return path


def test_forced_break_is_a_line_separator_in_the_canonical_text(tmp_path: Path) -> None:
    from redactor.normalise import LINE_SEPARATOR

    doc = docx_format.open_document(_breaks_and_revisions_docx(tmp_path / "b.docx"))
    try:
        text = doc.textmap.text
        assert f"{BROKEN_NAME[0]}{LINE_SEPARATOR}{BROKEN_NAME[1]}" in text
        assert "หน้าแรก\nหน้าสอง" in text
    finally:
        doc.close()


def test_pipeline_redacts_across_breaks_and_in_tracked_changes(tmp_path: Path) -> None:
    from redactor.pipeline import redact

    src = _breaks_and_revisions_docx(tmp_path / "b.docx")
    out = tmp_path / "out.docx"
    result = redact(src, out)
    labels = {r.label for r in result.redactions}
    assert {"PERSON", "NATIONAL_ID"} <= labels
    recovered = docx_format.recover(out)
    for needle in [*BROKEN_NAME, _dashed(WRAPPED_ID), _dashed(INSERTED_ID), _dashed(DELETED_ID)]:
        assert _leaks(recovered, needle) == [], needle
    visible = _visible(recovered)
    for kept in ("ผู้ร้อง", "ยื่นคำร้อง", "หน้าแรก", "หน้าสอง"):
        assert normalise(kept) in visible, kept


# ---------------------------------------------------------------------------
# Machine codes in attributes (themes, font tables, rsids) are atoms


def _wage_docx(path: Path, wage: str, extra_attr: str | None = None) -> Path:
    d = docx.Document()
    d.add_paragraph("ตารางค่าจ้างลูกจ้างชั่วคราว")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "ชื่อ - นามสกุล", "ค่าจ้างรายเดือน (บาท)"
    t.cell(1, 0).text, t.cell(1, 1).text = "นางสาวสมมติ ใจงาม", wage
    if extra_attr is not None:  # a withheld value as the whole of an attribute (a content control's tag)
        sdt = parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtPr><w:tag w:val="{extra_attr}"/></w:sdtPr>'
                        '<w:sdtContent><w:p><w:r><w:t>ช่องกรอก</w:t></w:r></w:p></w:sdtContent></w:sdt>')
        d.element.body.insert(0, sdt)
    d.save(str(path))
    return path


@pytest.mark.parametrize(("wage", "inside"), [
    ("9,500", "95000"),     # the default theme's lumMod values hold these digits
    ("15,000", "15000"),
    ("9,000", "99000"),
])
def test_a_withheld_number_inside_a_longer_machine_number_is_not_a_leak(tmp_path: Path, wage: str,
                                                                         inside: str) -> None:
    from redactor.pipeline import redact

    path = _wage_docx(tmp_path / "wage.docx", wage)
    with zipfile.ZipFile(path) as z:
        assert any(inside in z.read(n).decode("utf-8", "ignore") for n in z.namelist() if n.endswith(".xml"))
    # The wage under its header is withheld; verification used to fail on the theme's number.
    result = redact(path, tmp_path / "out.docx")
    assert result.verification.passed and any(r.text == wage for r in result.redactions)
    assert wage not in _visible(docx_format.recover(tmp_path / "out.docx"))


def test_a_withheld_value_that_is_a_whole_attribute_is_still_found(tmp_path: Path) -> None:
    path = _wage_docx(tmp_path / "tagged.docx", "9,500", extra_attr="1234567890")
    recovered = docx_format.recover(path)
    codes = [r for r in recovered if r.codes]
    assert codes and all("@codes" in r.where for r in codes)
    assert any("1234567890" in r.text.split("\x02") for r in codes)
    # and the verifier reports it, whole value against whole value
    from redactor.verify import verify

    report = verify(docx_format, path, [Redaction(0, 10, "PHONE", "15(5)", "test", "1234567890")], [])
    assert not report.passed and any("@codes" in w for s in report.survived for w in s["where"])
    # a withheld number inside a longer one (the theme's 95000), or short enough to equal a
    # layout number by chance, is not reported from machine codes
    report = verify(docx_format, path, [Redaction(0, 4, "INCOME", "15(5)", "test", "9500")], [])
    assert not any("@codes" in w for s in report.survived for w in s["where"])
