"""Signed files (issue 12): redaction changes what a signature signs, so the copy leaves the signature out.

Rule: a DOCX's digital-signature parts (the ``_xmlsignatures`` origin, its
signatures and certificates) and a PDF's signatures (signed signature
fields, /Perms, /DSS) are removed from the redacted copy; the file is
redacted as usual (never a stop for review because of them), and the
report says how many signatures went (``signatures_removed`` and a warning).
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import docx
import pymupdf
import pytest

from redactor.formats import sniff_path
from tests.fixtures import make_pdf as mk
from tests.fixtures import make_signed as ms

MOBILE = "081-765-4329"
LINES = ["หนังสืออนุมัติการเบิกจ่ายงบประมาณ", f"ผู้ประสานงาน นายทดลอง ใจดี โทร {MOBILE}",
         "ลงนามอิเล็กทรอนิกส์โดยผู้มีอำนาจแล้ว"]


def _build(kind: str, signed: bool, folder: Path) -> Path:
    path = folder / f"{'signed' if signed else 'plain'}.{kind}"
    if kind == "docx":
        return ms.signed_docx(path, LINES) if signed else mk.build_docx(path, LINES)
    return ms.signed_pdf(path, LINES) if signed else mk.build_lines(path, LINES)


@pytest.mark.parametrize("kind", ["docx", "pdf", "pdf-field-only"])
@pytest.mark.parametrize("signed", [True, False])
def test_signatures_are_found(kind: str, signed: bool, tmp_path: Path) -> None:
    if kind == "pdf-field-only":
        path = ms.signed_pdf(tmp_path / "s.pdf", LINES, on_page=False) if signed else _build("pdf", False, tmp_path)
    else:
        path = _build(kind, signed, tmp_path)
    doc = sniff_path(path).open_document(path)
    try:
        assert doc.signatures_removed == (1 if signed else 0)
        assert any("digital signature" in n for n in doc.notes) is signed
        assert not doc.needs_review
    finally:
        doc.close()


@pytest.mark.parametrize("signed", [True, False])
def test_signed_docx_is_redacted_without_its_signature(signed: bool, tmp_path: Path, phoei) -> None:
    src = _build("docx", signed, tmp_path)
    out, report = tmp_path / "out.docx", tmp_path / "report.json"
    run = phoei("redact", src, "-o", out, "--accept-all", "--report", report)
    assert run.code == 0, run.err  # was exit 4: "_xmlsignatures/origin.sigs: embedded content not inspected"
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["signatures_removed"] == (1 if signed else 0)
    assert any("digital signature" in w and "leaves them out" in w for w in data["warnings"]) is signed
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        blob = b"".join(z.read(n) for n in names)
    assert not [n for n in names if n.lower().startswith("_xmlsignatures/")]
    assert b"digital-signature" not in blob and ms.SIGNER_SECRET.encode() not in blob
    assert ms.SIGNER_NAME.encode() not in blob
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert MOBILE not in text and LINES[2] in text


@pytest.mark.parametrize("signed", [True, False])
def test_signed_pdf_is_redacted_without_its_signature(signed: bool, tmp_path: Path, phoei) -> None:
    src = _build("pdf", signed, tmp_path)
    out, report = tmp_path / "out.pdf", tmp_path / "report.json"
    run = phoei("redact", src, "-o", out, "--accept-all", "--report", report)
    assert run.code == 0, run.err
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["signatures_removed"] == (1 if signed else 0)
    assert any("digital signature" in w for w in data["warnings"]) is signed
    with pymupdf.open(str(out)) as doc:
        catalog = doc.xref_object(doc.pdf_catalog())
        objects = "\n".join(doc.xref_object(x) for x in range(1, doc.xref_length()))
        streams = b"".join(doc.xref_stream(x) or b"" for x in range(1, doc.xref_length()) if doc.xref_is_stream(x))
        text = doc[0].get_text()
    for key in ("/Perms", "/DSS", "/AcroForm"):
        assert key not in catalog
    assert "/Sig" not in objects and "/ByteRange" not in objects and ms.SIGNER_SECRET not in objects
    assert ms.SIGNER_SECRET.encode() not in streams
    assert MOBILE not in text and LINES[2] in text
