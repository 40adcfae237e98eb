"""A DOCX item's PDF rendition (library.renditions): made from the *cleaned* DOCX, verified to hold
none of the withheld text, published beside the DOCX, removed with it; fail closed on a leak."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pymupdf
import pytest

from library import lifecycle, redaction, renditions
from library.maintenance import collect_public_garbage
from tests.fixtures import make_docx_pages as pages
from tests.library.conftest import make_item


def _squash(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if not ch.isspace())


@pytest.fixture
def docx_item(s, who, at, tmp_path: Path, libreoffice):
    carl = who("carl")
    item = make_item(s, carl, at("/oia/s9/s9-1"), "file", title="หนังสือตอบคำร้อง", document_number="ทดสอบ ๐๑๒๓/๔๕๖")
    f = redaction.upload(s, carl, item, pages.build(tmp_path / "letter.docx"), "letter.docx")
    redaction.analyse(s, who("system"), f)
    return item, f


def test_the_pdf_rendition_holds_no_withheld_text_and_is_published_beside_the_docx(lib, s, who, docx_item) -> None:
    item, f = docx_item
    rita = who("rita")
    withheld = [p.text for p in f.proposals if p.action == "redact"]
    # The fixture's personal data in the places LibreOffice lays out: body, table, second page, footnote.
    for expected in ("นางสาวจันทร์เพ็ญ ใจสว่าง", "1-1020-30405-06-7", "นายศักดิ์ชัย ทดสอบหน้าสอง",
                     "นางเชิงอรรถ ทดลองดู"):
        assert any(expected in w for w in withheld), expected
    for p in f.proposals:
        if p.action == "review":
            redaction.decide(s, rita, f, p.proposal_id, "accept")
    withheld = [p.text for p in f.proposals if p.action in ("redact", "review")]
    assert any("นายหัวเรื่อง" in w for w in withheld)  # the header's go-between, decided by a reviewer
    v = redaction.apply(s, who("system"), f)
    assert v.passed, v.message
    info = v.report[renditions.KEY]
    assert info["made"] and info["pages"] == 2 and info["verification"]["passed"]
    sha = renditions.private_sha(v)
    assert sha and lib.stores.private.exists(sha)
    with pymupdf.open(stream=lib.stores.private.read_bytes(sha), filetype="pdf") as doc:
        text = _squash("".join(page.get_text() for page in doc))
    for secret in withheld:
        assert _squash(secret) not in text, "withheld text in the PDF rendition"
    # The rest stays (the agency's own line in the footer, kept by policy), and the masks show.
    assert _squash("จึงเรียนมาเพื่อโปรดทราบ") in text and "02-765-4321" in text and "█" in text

    lifecycle.transition(s, who("carl"), item, "submit")
    lifecycle.transition(s, rita, item, "publish")
    assert item.published_sha256 == v.redacted_sha256  # the DOCX is still what is published
    assert item.published_rendition_sha256 == sha and lib.stores.public.exists(sha)
    docx_copy = redaction.public_copy(s, who("anonymous"), item)
    pdf_copy = renditions.public_copy(s, who("anonymous"), item)
    assert docx_copy.filename == f"{item.slug}.docx" and docx_copy.media_type.endswith("document")
    assert pdf_copy is not None and pdf_copy.filename == f"{item.slug}.pdf" and pdf_copy.media_type == "application/pdf"
    assert pdf_copy.display_name == "หนังสือตอบคำร้อง.pdf"
    s.commit()
    assert sha not in collect_public_garbage(s, lib.stores, dry_run=True, min_age_seconds=0)

    lifecycle.transition(s, rita, item, "retract", "ทบทวนการปกปิด")
    assert item.published_rendition_sha256 is None
    s.commit()
    assert not lib.stores.public.exists(sha) and lib.stores.private.exists(sha)


def test_a_rendition_that_shows_withheld_text_fails_the_apply_closed(lib, s, who, docx_item, monkeypatch) -> None:
    item, f = docx_item
    from redactor.formats import docx_render

    real = docx_render.to_pdf
    original = lib.stores.private.path_for(f.original_sha256)

    def renders_the_original(src: Path, out: Path, **kw):  # a renderer that shows what the DOCX hides
        return real(original, out, **kw)

    monkeypatch.setattr(docx_render, "to_pdf", renders_the_original)
    for p in f.proposals:
        if p.action == "review":
            redaction.decide(s, who("rita"), f, p.proposal_id, "accept")
    v = redaction.apply(s, who("system"), f)
    assert not v.passed and v.redacted_sha256 is None
    assert "PDF rendition" in v.message and "withheld" in v.message
    assert redaction.verification_problems(s, item) and renditions.private_sha(v) is None
