"""A repaired PDF without its end-of-file marker (redactor/formats/pdf_repair.py ``reads_every_page``).

Rule (issue #12: "Repair what MuPDF repairs, and reject only what cannot be read"): a file whose
cross-reference table MuPDF had to rebuild and that has no ``%%EOF`` near its end is accepted when
MuPDF reads every page of it (the page, its content streams, the fonts they draw with) without an
error or a warning, with a note in the report; a file cut short inside its pages is still refused
(exit 2), because what MuPDF recovers from it are blank pages that would verify trivially. The pages
are the project's invented ones (tests/fixtures/make_pdf.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pymupdf
import pytest

from redactor.errors import ExtractionError
from redactor.formats import pdf_repair, precheck
from redactor.formats.pdf_open import open_pdf
from tests.fixtures import make_pdf as mk

ID = mk.dashed_id(mk.national_id("310450067812"))
LINES = ["บันทึกการรับเรื่องร้องเรียนของสำนักงานเขต",
         f"ผู้ร้อง {mk.PERSON} เลขประจำตัวประชาชน {ID}",
         "เจ้าหน้าที่ได้รับเรื่องไว้พิจารณาแล้ว"]


def _at_xref(data: bytes) -> int:
    return data.rindex(b"\nxref") + 1


def _starts(data: bytes, head: bytes) -> list[int]:
    """Where the objects whose dictionary begins with ``head`` start."""
    return [m.start() + 1 for m in re.finditer(rb"\n\d+ 0 obj\n" + re.escape(head), data)]


def _garbage_trailer(data: bytes) -> bytes:
    """The objects whole, then the xref table and a trailer of binary junk (no startxref, no %%EOF)."""
    xref = data.rindex(b"trailer")
    return data[:xref] + b"trailer\n<< /Size 9 /Root 1 0 R /ID [<c0ffee" + bytes(range(128, 250)) + b"\n"


# Each builder takes the bytes of a complete file and returns the damaged copy.
ACCEPTED: dict[str, Callable[[bytes], bytes]] = {
    "cut-before-xref": lambda d: d[: _at_xref(d)],
    # The last object is the document information dictionary, which no page needs.
    "cut-before-the-info-dict": lambda d: d[: _starts(d, rb"<</Title")[-1]],
    "garbage-trailer": _garbage_trailer,
}
REFUSED: dict[str, Callable[[bytes], bytes]] = {
    "cut-at-30%": lambda d: d[: int(len(d) * 0.3)],
    "cut-at-60%": lambda d: d[: int(len(d) * 0.6)],
    "cut-at-90%": lambda d: d[: int(len(d) * 0.9)],
    "cut-inside-a-stream": lambda d: d[: d.index(b"endstream") - 20],
    # The page's last content stream is missing: the page would be drawn in part.
    "cut-before-the-last-stream": lambda d: d[: _starts(d, rb"<</Length")[-1]],
}


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    # Written uncompressed and without object streams, so that a cut lands between or inside plain objects.
    path = mk.build_lines(tmp_path_factory.mktemp("noeof") / "base.pdf", LINES)
    doc = pymupdf.open(str(path))
    data = doc.tobytes(garbage=1, deflate=False, use_objstms=0)
    doc.close()
    return data


@pytest.mark.parametrize("damage", list(ACCEPTED))
def test_a_file_whose_every_page_reads_is_accepted(damage: str, base: bytes, tmp_path: Path, phoei) -> None:
    src = tmp_path / f"{damage}.pdf"
    src.write_bytes(ACCEPTED[damage](base))
    assert b"%%EOF" not in src.read_bytes()[-2048:]
    out = tmp_path / "out.pdf"
    run = phoei("redact", src, "-o", out, "--accept-all")
    assert run.code == 0, run.err
    assert "no end-of-file marker" in run.err
    with pymupdf.open(str(out)) as doc:
        text = doc[0].get_text()
    assert "เจ้าหน้าที่ได้รับเรื่อง" in text
    assert mk.PERSON.split()[-1] not in text


@pytest.mark.parametrize("damage", list(REFUSED))
def test_a_file_cut_short_inside_its_pages_is_refused(damage: str, base: bytes, tmp_path: Path) -> None:
    src = tmp_path / f"{damage}.pdf"
    src.write_bytes(REFUSED[damage](base))
    with pytest.raises(ExtractionError):
        open_pdf(src).close()


@pytest.mark.parametrize(("damage", "reads"), [(d, True) for d in ACCEPTED] + [(d, False) for d in REFUSED])
def test_reads_every_page(damage: str, reads: bool, base: bytes) -> None:
    make = {**ACCEPTED, **REFUSED}[damage]
    try:
        doc = pymupdf.open(stream=make(base), filetype="pdf")
    except Exception:  # MuPDF cannot open it at all: nothing is read
        assert not reads
        return
    try:
        assert doc.is_repaired
        assert (doc.page_count > 0 and pdf_repair.reads_every_page(doc)) == reads
    finally:
        doc.close()


@pytest.mark.parametrize(("damage", "taken"), [(d, True) for d in ACCEPTED] + [(d, False) for d in REFUSED])
def test_the_upload_check_takes_what_the_redactor_takes(damage: str, taken: bool, base: bytes, tmp_path: Path
                                                       ) -> None:
    """``precheck`` (what the site runs on an upload) and ``open_pdf`` (the command line) give one answer."""
    data = {**ACCEPTED, **REFUSED}[damage](base)
    src = tmp_path / f"{damage}.pdf"
    src.write_bytes(data)
    if taken:
        assert precheck(data, src.name) == ("pdf", 1)
        open_pdf(src).close()
        return
    with pytest.raises(ExtractionError, match=src.name):
        precheck(data, src.name)
    with pytest.raises(ExtractionError):
        open_pdf(src).close()
