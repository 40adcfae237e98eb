"""A DOCX defends itself in the redactor, not only at upload (issue 12, item 6).

Rules:
* Every ZIP member is inflated through a byte budget, whatever the central
  directory says: the smallest of what is left of the package's total, 64 MiB
  for an XML part, and 200 times its compressed size. Past it: ``ZipBomb``
  (exit 2), nothing written, memory bounded.
* XML with a DOCTYPE, an entity declaration or an external DTD is refused in
  any part and any encoding; nothing is fetched or read from outside the file.
"""

from __future__ import annotations

import io
import struct
import subprocess
import sys
import textwrap
import zipfile
import zlib
from pathlib import Path

import pytest

from redactor.errors import ExtractionError, ZipBomb
from redactor.formats import docx as docx_format
from redactor.formats.docx import package as docx_package
from tests.fixtures import make_pdf as mk

REPO = Path(__file__).resolve().parents[2]
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@pytest.fixture(scope="module")
def small_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return mk.build_docx(tmp_path_factory.mktemp("hostile") / "small.docx",
                         ["หนังสือแจ้งผลการพิจารณาคำร้อง", "ผู้ร้อง นายทดสอบ ระบบดี โทร 081-765-4329"])


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {i.filename: z.read(i) for i in z.infolist()}


def _write(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


def _deflate(total: int, unit: bytes = b"<w:t>aaaa</w:t>" * 4096) -> tuple[bytes, int]:
    """A raw deflate stream of ``unit`` repeated past ``total`` bytes, built chunk by chunk."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    out, n = bytearray(), 0
    while n < total:
        out += c.compress(unit)
        n += len(unit)
    out += c.flush()
    return bytes(out), n


def lying_zip(path: Path, base: Path, member: str, real: int, declared: int, padding: int = 0) -> Path:
    """``base``'s members, then ``member`` inflating to ``real`` bytes while the headers say ``declared``.

    ``padding`` zero bytes after the deflate stream make the stated compressed
    size larger, so the stated ratio looks harmless.
    """
    stream, _n = _deflate(real)
    stream += b"\0" * padding
    buf = io.BytesIO()
    entries = []
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in _members(base).items():
            if name != member:
                z.writestr(name, data)
    # Rewrite: keep the honest members' bytes, append the lying one with its own headers.
    honest = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    for info in honest.infolist():
        data = honest.read(info)
        comp = zlib.compressobj(6, zlib.DEFLATED, -15)
        body = comp.compress(data) + comp.flush()
        entries.append((info.filename.encode(), out.tell(), zlib.crc32(data), len(body), len(data)))
        out.write(struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0, 8, 0, 0, entries[-1][2], len(body),
                              len(data), len(entries[-1][0]), 0) + entries[-1][0] + body)
    name = member.encode()
    entries.append((name, out.tell(), 0, len(stream), declared))
    out.write(struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0, 8, 0, 0, 0, len(stream), declared, len(name), 0)
              + name + stream)
    cd_start = out.tell()
    for fname, offset, crc, csize, usize in entries:
        out.write(struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, 20, 0, 8, 0, 0, crc, csize, usize,
                              len(fname), 0, 0, 0, 0, 0, offset) + fname)
    cd_size = out.tell() - cd_start
    out.write(struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(entries), len(entries), cd_size, cd_start, 0))
    path.write_bytes(out.getvalue())
    return path


# --- the byte budget --------------------------------------------------------------------------


def test_understated_member_is_refused_with_bounded_memory(small_docx: Path, tmp_path: Path) -> None:
    # word/document.xml says 2,000 bytes and inflates to 400 MB. ZipFile.read inflated it all
    # at once (over 400 MB of RSS) before its CRC failed; read through the budget, it stops
    # where the header said it ends.
    bomb = lying_zip(tmp_path / "bomb.docx", small_docx, "word/document.xml", 400 * 2**20, 2000)
    probe = textwrap.dedent(f"""
        import resource, sys
        from pathlib import Path
        from redactor.errors import ExtractionError
        from redactor.formats import docx
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        try:
            docx.open_document(Path({str(bomb)!r}))
        except ExtractionError as exc:
            print("refused", exc)
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print("grew_mb", (after - before) / 1024)
    """)
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, check=True,
                         env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
    lines = dict(line.split(" ", 1) for line in run.stdout.strip().splitlines())
    assert "word/document.xml" in lines["refused"]
    assert float(lines["grew_mb"]) < 64, run.stdout


def test_xml_part_over_its_budget_is_a_zip_bomb(small_docx: Path, tmp_path: Path) -> None:
    # 70 MiB of XML whose stated compressed size (padded) keeps the stated ratio under 200:1.
    real = 70 * 2**20
    bomb = lying_zip(tmp_path / "big.docx", small_docx, "word/document.xml", real, real + 65536,
                     padding=real // 150)
    with pytest.raises(ZipBomb, match=r"word/document.xml inflates past 64 MiB \(possible ZIP bomb\)"):
        docx_format.open_document(bomb)


def test_total_budget_counts_real_bytes(small_docx: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A central directory that passes its own check (as a lying one does): the bytes really
    # inflated still count against the total.
    members = _members(small_docx)
    members["word/media/blob.bin"] = bytes(range(256)) * 4096  # 1 MiB
    path = _write(tmp_path / "blob.docx", members)
    real_total = sum(len(v) for v in members.values())
    monkeypatch.setattr(docx_package, "check_zip_members",
                        lambda infos, _label: {i.filename: i for i in infos if not i.is_dir()})
    monkeypatch.setattr(docx_package, "MAX_TOTAL_UNCOMPRESSED", real_total - 1000)
    with pytest.raises(ZipBomb, match=r"the package inflates past \d+ MiB in all \(at word/media/blob.bin\)"):
        docx_format.open_document(path)
    monkeypatch.setattr(docx_package, "MAX_TOTAL_UNCOMPRESSED", real_total)
    docx_format.open_document(path).close()


def test_budget_does_not_refuse_a_normal_document_read_twice(small_docx: Path, tmp_path: Path) -> None:
    # apply reads unchanged members a second time; that second read is not counted again.
    doc = docx_format.open_document(small_docx)
    try:
        doc.apply([], tmp_path / "out.docx")
    finally:
        doc.close()
    assert zipfile.ZipFile(tmp_path / "out.docx").testzip() is None


def test_bomb_via_cli_is_exit_2_without_output(small_docx: Path, tmp_path: Path, phoei) -> None:
    bomb = lying_zip(tmp_path / "bomb.docx", small_docx, "word/document.xml", 80 * 2**20, 80 * 2**20 + 10,
                     padding=80 * 2**20 // 150)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    run = phoei("redact", bomb, "-o", out_dir / "out.docx", "--accept-all")
    assert run.code == 2 and "ZIP bomb" in run.err and len(run.err.strip().splitlines()) == 1, run.err
    assert list(out_dir.iterdir()) == []


# --- hostile XML ------------------------------------------------------------------------------

_DOC = f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>{{}}</w:t></w:r></w:p></w:body></w:document>'


def _doc(body: str, prolog: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?>{prolog}' + _DOC.format(body)).encode()


HOSTILE_XML: dict[str, tuple[str, bytes]] = {
    "billion_laughs": ("word/document.xml", _doc(
        "&l3;", '<!DOCTYPE w:document [<!ENTITY l0 "ha"><!ENTITY l1 "&l0;&l0;&l0;&l0;&l0;&l0;&l0;&l0;">'
        '<!ENTITY l2 "&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;"><!ENTITY l3 "&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;">]>')),
    "external_entity": ("word/document.xml", _doc(
        "&x;", '<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>')),
    "parameter_entity": ("word/document.xml", _doc(
        "x", '<!DOCTYPE w:document [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>')),
    "external_dtd": ("word/document.xml", _doc("x", '<!DOCTYPE w:document SYSTEM "http://127.0.0.1:9/x.dtd">')),
    "utf16_doctype": ("word/document.xml", ('<?xml version="1.0" encoding="UTF-16"?>'
                                            '<!DOCTYPE w:document [<!ENTITY x "y">]>'
                                            + _DOC.format("&x;")).encode("utf-16")),
    "entity_in_rels": ("_rels/.rels", b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                                      b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                                      b'relationships">&x;</Relationships>'),
}


@pytest.mark.parametrize("case", sorted(HOSTILE_XML))
def test_hostile_xml_is_refused(case: str, small_docx: Path, tmp_path: Path, phoei) -> None:
    part, data = HOSTILE_XML[case]
    members = _members(small_docx)
    members[part] = data
    path = _write(tmp_path / f"{case}.docx", members)
    with pytest.raises(ExtractionError, match="DOCTYPE or entity declaration is refused"):
        docx_format.open_document(path)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    run = phoei("detect", path)
    assert run.code == 2 and "refused" in run.err and "root:" not in run.out + run.err


# What is not hostile parses: character references, predefined entities, an XInclude element
# (lxml never processes XInclude unless asked, so it stays an unknown element and reads nothing).
@pytest.mark.parametrize(("body", "expected"), [
    ("ก&#3586;&#x0E04;", "กขค"),
    ("A &amp; B &lt;ok&gt;", "A & B <ok>"),
    # HTML named entities, as template engines write them into generated letters: each is read as
    # the one character HTML names (no declaration, no expansion), the rest of the part unchanged.
    ("เลขที่&nbsp;12&nbsp;&ndash;&nbsp;ก", "เลขที่\u00a012\u00a0\u2013\u00a0ก"),
    ("ราคา&nbsp;&amp;&nbsp;&quot;ภาษี&quot;&hellip;", "ราคา\u00a0&\u00a0\"ภาษี\"\u2026"),
])
def test_harmless_xml_parses(body: str, expected: str, small_docx: Path, tmp_path: Path) -> None:
    members = _members(small_docx)
    members["word/document.xml"] = _doc(body)
    doc = docx_format.open_document(_write(tmp_path / "ok.docx", members))
    try:
        assert expected in doc.textmap.text
    finally:
        doc.close()


def test_xinclude_is_inert(small_docx: Path, tmp_path: Path) -> None:
    members = _members(small_docx)
    members["word/document.xml"] = (
        f'<?xml version="1.0"?><w:document xmlns:w="{W}" xmlns:xi="http://www.w3.org/2001/XInclude">'
        '<w:body><w:p><w:r><w:t>before</w:t></w:r></w:p>'
        '<xi:include href="/etc/passwd" parse="text"/></w:body></w:document>').encode()
    doc = docx_format.open_document(_write(tmp_path / "xi.docx", members))
    try:
        assert "before" in doc.textmap.text and "root:" not in doc.textmap.text
    finally:
        doc.close()


# A name that neither XML nor HTML defines is still malformed XML (exit 2), and an HTML entity
# beside a declaration is still refused as a declaration: the repair never runs before that check.
@pytest.mark.parametrize(("body", "head", "message"), [
    ("A&nbsp;B&notanentity;", "", "malformed XML"),
    ("A&bogus;", "", "malformed XML"),
    ("A&nbsp;B", '<!DOCTYPE w:document [<!ENTITY x "y">]>', "DOCTYPE or entity declaration is refused"),
])
def test_undefined_entities_still_refused(body: str, head: str, message: str, small_docx: Path,
                                          tmp_path: Path) -> None:
    members = _members(small_docx)
    members["word/document.xml"] = _doc(body, head) if head else _doc(body)
    with pytest.raises(ExtractionError, match=message):
        docx_format.open_document(_write(tmp_path / "bad.docx", members))


def test_html_entity_part_is_redacted_and_written(small_docx: Path, tmp_path: Path, phoei) -> None:
    """The whole run, not only the read: a letter whose body uses &nbsp; is redacted and written."""
    members = _members(small_docx)
    members["word/document.xml"] = _doc("ผู้ร้อง&nbsp;นายทดสอบ ระบบดี&nbsp;โทร&nbsp;081-765-4329")
    path = _write(tmp_path / "nbsp.docx", members)
    out = tmp_path / "nbsp_out.docx"
    run = phoei("redact", path, "-o", out, "--accept-all")
    assert run.code == 0, run.err
    text = zipfile.ZipFile(out).read("word/document.xml").decode()
    assert "081-765-4329" not in text and "&nbsp;" not in text
