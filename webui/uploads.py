"""Checking an uploaded file before anything is stored: type by content, size, encryption, damage.

Cheap checks only (open the container, look at its structure); extraction and
detection happen in the worker. A file that fails here leaves no trace: no
item, no blob, no job.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask_babel import gettext as _

from redactor.errors import (
    BadInput,
    EmptyInput,
    EncryptedDocument,
    OleContainer,
    TooLarge,
    UnsupportedFormat,
    ZipBomb,
)
from redactor.formats import precheck, sniff_bytes


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
    """The redactor's cheap checks (``redactor.formats.precheck``), its errors in plain Thai."""
    name = (filename or "").replace("\\", "/").rsplit("/", 1)[-1] or "document"
    try:
        fmt, pages = precheck(data, name, max_bytes)
    except BadInput as exc:
        raise _refusal(name, data, max_bytes, exc) from None
    return CheckedFile(name, data, fmt, pages)


def _refusal(name: str, data: bytes, max_bytes: int, exc: BadInput) -> BadUpload:
    if isinstance(exc, EmptyInput):
        return BadUpload(name, _("ไฟล์ว่างเปล่า (0 ไบต์)"), "empty")
    if isinstance(exc, TooLarge):
        return BadUpload(name, _("ไฟล์มีขนาด %(size)s MB เกินขนาดสูงสุดที่รับได้ %(limit)s MB",
                                 size=_mb(len(data)), limit=_mb(max_bytes)), "too_large")
    if isinstance(exc, UnsupportedFormat):
        return BadUpload(name, _("ระบบรับเฉพาะไฟล์ PDF และ Word (DOCX) เท่านั้น ไฟล์นี้ไม่ใช่ทั้งสองแบบ"), "unsupported")
    if isinstance(exc, OleContainer):
        return BadUpload(name, _("ไฟล์นี้ตั้งรหัสผ่านไว้ หรือเป็นไฟล์ Word รุ่นเก่า (.doc) "
                                 "กรุณาปลดรหัสผ่านหรือบันทึกเป็น .docx แล้วอัปโหลดใหม่"), "encrypted")
    if isinstance(exc, ZipBomb):
        return BadUpload(name, _("ไฟล์ Word นี้เมื่อคลายการบีบอัดแล้วมีขนาดหรือจำนวนส่วนเกินที่ระบบรับได้ "
                                 "(อาจเป็นไฟล์อันตราย) กรุณาตรวจสอบไฟล์"), "too_large")
    pdf = sniff_bytes(data[:4096]) == "pdf"  # the format was recognised: the other errors come later
    if isinstance(exc, EncryptedDocument):
        if pdf:
            return BadUpload(name, _("ไฟล์ PDF นี้ตั้งรหัสผ่านไว้ กรุณาปลดรหัสผ่านแล้วอัปโหลดใหม่"), "encrypted")
        return BadUpload(name, _("ไฟล์นี้ตั้งรหัสผ่านไว้ กรุณาปลดรหัสผ่านแล้วอัปโหลดใหม่"), "encrypted")
    if pdf:
        return BadUpload(name, _("ไฟล์ PDF เสียหายหรืออ่านไม่ได้ กรุณาบันทึกไฟล์ใหม่จากโปรแกรมต้นฉบับแล้วอัปโหลดอีกครั้ง"),
                         "corrupt")
    return BadUpload(name, _("ไฟล์ Word เสียหายหรือไม่ใช่ไฟล์ DOCX กรุณาบันทึกใหม่เป็น .docx แล้วอัปโหลดอีกครั้ง"), "corrupt")
