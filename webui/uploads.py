"""Checking an uploaded file before anything is stored: type by content, size, encryption, damage.

Cheap checks only (open the container, look at its structure); extraction and
detection happen in the worker. A file that fails here leaves no trace: no
item, no blob, no job.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from flask_babel import gettext as _

PDF_MAGIC = b"%PDF-"
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class BadUpload(Exception):
    def __init__(self, filename: str, message: str, code: str) -> None:
        super().__init__(f"{filename}: {message}")
        self.filename = filename
        self.message = message
        self.code = code


@dataclass(frozen=True)
class CheckedFile:
    filename: str
    data: bytes
    fmt: str
    pages: int


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.1f}".rstrip("0").rstrip(".")


def check(filename: str, data: bytes, max_bytes: int) -> CheckedFile:
    name = (filename or "").replace("\\", "/").rsplit("/", 1)[-1] or "document"
    if not data:
        raise BadUpload(name, _("ไฟล์ว่างเปล่า (0 ไบต์)"), "empty")
    if len(data) > max_bytes:
        raise BadUpload(name, _("ไฟล์มีขนาด %(size)s MB เกินขนาดสูงสุดที่รับได้ %(limit)s MB",
                                size=_mb(len(data)), limit=_mb(max_bytes)), "too_large")
    head = data[:1024]
    if PDF_MAGIC in head:
        return CheckedFile(name, data, "pdf", _check_pdf(name, data))
    if data.startswith(OLE_MAGIC):
        raise BadUpload(name, _("ไฟล์นี้ตั้งรหัสผ่านไว้ หรือเป็นไฟล์ Word รุ่นเก่า (.doc) "
                                "กรุณาปลดรหัสผ่านหรือบันทึกเป็น .docx แล้วอัปโหลดใหม่"), "encrypted")
    if data.startswith(ZIP_MAGIC):
        _check_docx(name, data)
        return CheckedFile(name, data, "docx", 0)
    raise BadUpload(name, _("ระบบรับเฉพาะไฟล์ PDF และ Word (DOCX) เท่านั้น ไฟล์นี้ไม่ใช่ทั้งสองแบบ"), "unsupported")


def _check_pdf(name: str, data: bytes) -> int:
    import pymupdf

    corrupt = _("ไฟล์ PDF เสียหายหรืออ่านไม่ได้ กรุณาบันทึกไฟล์ใหม่จากโปรแกรมต้นฉบับแล้วอัปโหลดอีกครั้ง")
    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
    except Exception:
        raise BadUpload(name, corrupt, "corrupt") from None
    try:
        if doc.needs_pass:
            raise BadUpload(name, _("ไฟล์ PDF นี้ตั้งรหัสผ่านไว้ กรุณาปลดรหัสผ่านแล้วอัปโหลดใหม่"), "encrypted")
        if doc.page_count == 0 or doc.is_repaired:
            raise BadUpload(name, corrupt, "corrupt")
        try:
            doc[0].get_text("text")
        except Exception:
            raise BadUpload(name, corrupt, "corrupt") from None
        return int(doc.page_count)
    finally:
        doc.close()


# The parts read at upload (to see that they inflate and pass their CRC); the worker reads the rest.
DOCX_PARTS = ("[Content_Types].xml", "word/document.xml")
DOCX_PART_BUDGET = 64 * 1024 * 1024


def _check_docx(name: str, data: bytes) -> None:
    """The redactor's ZIP limits from the central directory, then only the two parts every DOCX
    needs, read through a byte budget: a bomb is refused without inflating it here."""
    from redactor.errors import EncryptedDocument, PhoeiError, ZipBomb
    from redactor.formats.docx import check_zip_members, read_zip_member

    corrupt = _("ไฟล์ Word เสียหายหรือไม่ใช่ไฟล์ DOCX กรุณาบันทึกใหม่เป็น .docx แล้วอัปโหลดอีกครั้ง")
    encrypted = _("ไฟล์นี้ตั้งรหัสผ่านไว้ กรุณาปลดรหัสผ่านแล้วอัปโหลดใหม่")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
            if "word/document.xml" not in names or "[Content_Types].xml" not in names:
                raise BadUpload(name, corrupt, "corrupt")
            if any(n.startswith("EncryptedPackage") for n in names):
                raise BadUpload(name, encrypted, "encrypted")
            try:
                members = check_zip_members(z.infolist(), name)
                for part in DOCX_PARTS:
                    read_zip_member(z, members[part], DOCX_PART_BUDGET, name)
            except EncryptedDocument:
                raise BadUpload(name, encrypted, "encrypted") from None
            except ZipBomb:
                raise BadUpload(name, _("ไฟล์ Word นี้เมื่อคลายการบีบอัดแล้วมีขนาดหรือจำนวนส่วนเกินที่ระบบรับได้ "
                                        "(อาจเป็นไฟล์อันตราย) กรุณาตรวจสอบไฟล์"), "too_large") from None
            except PhoeiError:
                raise BadUpload(name, corrupt, "corrupt") from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise BadUpload(name, corrupt, "corrupt") from None
