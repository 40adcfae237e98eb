"""The saved name of a published copy (``redaction.download_name``): readable Thai, never unsafe."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from library.redaction import download_name


def _item(title: str = "", number: str | None = None, slug: str = "item-1") -> SimpleNamespace:
    return SimpleNamespace(title=title, document_number=number, slug=slug)


@pytest.mark.parametrize(("item", "expected"), [
    # The title, as written.
    (_item("ประกาศผลการจัดซื้อ ปี ๒๕๖๘"), "ประกาศผลการจัดซื้อ ปี ๒๕๖๘.pdf"),
    # Path separators, reserved characters and controls become spaces; runs collapse.
    (_item("รายงาน 1/2568: ผล \"ตรวจสอบ\"  <ฉบับ>?"), "รายงาน 1 2568 ผล ตรวจสอบ ฉบับ.pdf"),
    (_item("../../etc/passwd"), "etc passwd.pdf"),
    (_item("ชื่อ\u202eเอกสาร\u0000"), "ชื่อเอกสาร.pdf"),        # bidi override and NUL
    # Leading and trailing dots and spaces go (no hidden files, no Windows trailing dots).
    (_item("  .ประกาศ.  "), "ประกาศ.pdf"),
    # Zero-width characters go too; Thai marks stay.
    (_item("คำ\u200bสั่ง"), "คำสั่ง.pdf"),
    # No usable title: the document number, then the slug.
    (_item("///", "นม 0017.3/412"), "นม 0017.3 412.pdf"),
    (_item("", None, "order-2568"), "order-2568.pdf"),
    (_item("", None, ""), "document.pdf"),
])
def test_download_name(item, expected) -> None:
    assert download_name(item, ".pdf") == expected


def test_long_titles_are_cut_at_a_word() -> None:
    title = "ประกาศ " + " ".join(["เรื่องยาวมาก"] * 40)
    name = download_name(_item(title), ".docx")
    stem = name[: -len(".docx")]
    assert name.endswith(".docx") and len(stem.encode()) <= 200 and len(name.encode()) < 255
    assert stem.endswith("เรื่องยาวมาก") and stem.startswith("ประกาศ เรื่องยาวมาก")
