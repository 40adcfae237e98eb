"""``redactor.formats.precheck`` and ``sniff_bytes``: the cheap checks an upload gets before anything is
stored, with the redactor's own bad-input errors (the web layer words them in Thai)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

import pytest

from redactor.errors import (
    EmptyInput,
    EncryptedDocument,
    ExtractionError,
    OleContainer,
    TooLarge,
    UnsupportedFormat,
    ZipBomb,
)
from redactor.formats import precheck, sniff_bytes
from tests.fixtures import make_untrusted

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _docx(lines: tuple[str, ...] = ("ประกาศทดสอบ", "บรรทัดที่สอง")) -> bytes:
    import docx

    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _zip(members: dict[str, bytes], *, level: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=level) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return out.getvalue()


def _bomb() -> bytes:
    """The two parts every DOCX has, the document inflating 1000 times over (a few hundred MB)."""
    return _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document>" + b" " * 400_000_000})


def _damaged_crc() -> bytes:
    data = bytearray(_docx())
    at = data.index(b"word/document.xml") + len(b"word/document.xml") + 40  # inside the compressed part
    data[at] ^= 0xFF
    return bytes(data)


GOOD: list[tuple[str, Callable[[], bytes], tuple[str, int]]] = [
    ("one-page PDF", make_untrusted._simple, ("pdf", 1)),
    ("three-page PDF", lambda: make_untrusted._simple(pages=3), ("pdf", 3)),
    ("PDF after junk", lambda: b"junk\n" * 20 + make_untrusted._simple(), ("pdf", 1)),
    ("PDF whose /Count is no number", make_untrusted._count_not_a_number, ("pdf", 1)),
    ("Word document", _docx, ("docx", 0)),
]


@pytest.mark.parametrize(("case", "make", "expected"), GOOD, ids=[c[0] for c in GOOD])
def test_good_files_give_their_format_and_pages(case: str, make: Callable[[], bytes], expected: tuple[str, int]
                                                ) -> None:
    assert precheck(make(), case) == expected


BAD: list[tuple[str, Callable[[], bytes], type[Exception]]] = [
    ("empty", lambda: b"", EmptyInput),
    ("plain text", lambda: "บันทึกธรรมดา".encode(), UnsupportedFormat),
    ("PNG image", lambda: b"\x89PNG\r\n\x1a\n" + b"\0" * 64, UnsupportedFormat),
    ("PDF with a password", make_untrusted._encrypted, EncryptedDocument),
    ("truncated PDF", make_untrusted._truncated, ExtractionError),
    ("PDF without pages", make_untrusted._zero_pages, ExtractionError),
    ("PDF whose page tree nothing finds", make_untrusted._no_catalog, ExtractionError),
    ("garbage after a PDF header", make_untrusted._garbage_after_header, ExtractionError),
    ("OLE file (encrypted Office or .doc)", lambda: OLE + b"\0" * 600, OleContainer),
    ("ZIP that is no DOCX", lambda: _zip({"hello.txt": b"hi"}), ExtractionError),
    ("DOCX with an EncryptedPackage member", lambda: _zip({"[Content_Types].xml": b"<Types/>",
                                                            "word/document.xml": b"<w:document/>",
                                                            "EncryptedPackage": b"x"}), EncryptedDocument),
    ("DOCX whose part fails its CRC", _damaged_crc, ExtractionError),
    ("DOCX bomb", _bomb, ZipBomb),
    ("ZIP header, no ZIP", lambda: b"PK\x03\x04" + b"\0" * 100, ExtractionError),
]


@pytest.mark.parametrize(("case", "make", "error"), BAD, ids=[c[0] for c in BAD])
def test_bad_files_raise_the_redactors_bad_input_errors(case: str, make: Callable[[], bytes],
                                                        error: type[Exception]) -> None:
    with pytest.raises(error) as info:
        precheck(make(), "upload.bin")
    assert "upload.bin" in str(info.value)
    if error is EncryptedDocument:
        assert not isinstance(info.value, OleContainer)


def test_a_file_over_the_limit_is_refused_before_it_is_opened() -> None:
    data = make_untrusted._simple()
    assert precheck(data, "a.pdf", max_bytes=len(data)) == ("pdf", 1)
    with pytest.raises(TooLarge):
        precheck(data, "a.pdf", max_bytes=len(data) - 1)


@pytest.mark.parametrize(("head", "fmt"), [
    (b"%PDF-1.7\n", "pdf"),
    (b"\0" * 1000 + b"%PDF-1.4", "pdf"),  # up to 1 KiB of junk before the header
    (b"PK\x03\x04rest", "docx"),
    (OLE + b"\0" * 8, "docx"),  # an encrypted Office package is an OLE file; the DOCX code says why not
])
def test_sniff_bytes_names_the_format(head: bytes, fmt: str) -> None:
    assert sniff_bytes(head) == fmt


@pytest.mark.parametrize("head", [b"", b"\0" * 1100 + b"%PDF-1.4", b"GIF89a", "ข้อความ".encode(), b"PK\x05\x06"])
def test_sniff_bytes_refuses_anything_else(head: bytes) -> None:
    with pytest.raises(UnsupportedFormat):
        sniff_bytes(head)
