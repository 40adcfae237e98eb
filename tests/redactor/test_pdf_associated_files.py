"""A PDF/A-3 file's associated files (the catalog's or a page's /AF): their file specifications name
the attachment, and an e-document system names it after the person it is about (a transcript's
"<batch>_<student number>_sign.xml"). The copy keeps no /AF, so the names go with the attachments."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from redactor.formats import pdf as pdf_format
from redactor.pipeline import redact

CODE = "640123456"
NAME = f"9912_3_{CODE}_sign.xml"


def _with_associated_file(path: Path, on_page: bool) -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), f"Student ID {CODE}-7")
    page.insert_text((72, 100), "Faculty of Science, Example University")
    doc.embfile_add("payload", b"<record><id>640123456-7</id></record>", filename=NAME)
    stream = int(doc.xref_get_key(doc.pdf_catalog(), "Names/EmbeddedFiles/Names")[1].split("/F ")[1].split()[0])
    spec = doc.get_new_xref()
    doc.update_object(spec, f"<</Type/Filespec/F({NAME})/UF({NAME})/AFRelationship/Source/EF<</F {stream} 0 R>>>>")
    doc.xref_set_key(page.xref if on_page else doc.pdf_catalog(), "AF", f"[{spec} 0 R]")
    doc.save(str(path))


def _test(tmp_path: Path, on_page: bool) -> None:
    src, out = tmp_path / "in.pdf", tmp_path / "out.pdf"
    _with_associated_file(src, on_page)
    result = redact(src, out)
    assert result.verification.passed
    recovered = " ".join(r.text for r in pdf_format.recover(out))
    assert CODE not in recovered
    with pymupdf.open(str(out)) as doc:
        assert doc.xref_get_key(doc.pdf_catalog(), "AF")[0] == "null"
        assert all(doc.xref_get_key(p.xref, "AF")[0] == "null" for p in doc)
        assert "Example University" in doc[0].get_text()


def test_the_catalogs_associated_files_go(tmp_path: Path) -> None:
    _test(tmp_path, on_page=False)


def test_a_pages_associated_files_go(tmp_path: Path) -> None:
    _test(tmp_path, on_page=True)
