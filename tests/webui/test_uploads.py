"""Bad uploads show a clear message and store nothing: no item, no blob, no job."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pymupdf
import pytest
from sqlalchemy import func, select

from library.models import Content, DocumentFile
from tests.webui.conftest import COMPLAINT, make_config, make_docx, post_upload


def _state(lib) -> tuple[int, int, int]:
    with lib.session() as s:
        items = s.scalar(select(func.count()).select_from(Content).where(Content.type == "file"))
        files = s.scalar(select(func.count()).select_from(DocumentFile))
    return items, files, len(list(lib.stores.private.digests()))


def _encrypted(tmp: Path) -> Path:
    out = tmp / "locked.pdf"
    with pymupdf.open(str(COMPLAINT)) as doc:
        doc.save(str(out), encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="secret", owner_pw="owner")
    return out


def _bad(kind: str, tmp: Path) -> tuple[Path, str]:
    """(file, words the message must contain)"""
    if kind == "corrupt-pdf":
        p = tmp / "broken.pdf"
        p.write_bytes(COMPLAINT.read_bytes()[:1500])
        return p, "เสียหาย"
    if kind == "random-bytes":
        p = tmp / "noise.pdf"
        p.write_bytes(bytes(range(256)) * 40)
        return p, "PDF และ Word"
    if kind == "encrypted":
        return _encrypted(tmp), "รหัสผ่าน"
    if kind == "png":
        p = tmp / "picture.pdf"
        p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
        return p, "PDF และ Word"
    if kind == "plain-zip":
        p = tmp / "archive.docx"
        with zipfile.ZipFile(p, "w") as z:
            z.writestr("hello.txt", "hi")
        return p, "DOCX"
    if kind == "text":
        p = tmp / "notes.pdf"
        p.write_text("just text", encoding="utf-8")
        return p, "PDF และ Word"
    if kind == "empty":
        p = tmp / "empty.pdf"
        p.write_bytes(b"")
        return p, "ว่างเปล่า"
    if kind == "legacy-or-encrypted-office":
        p = tmp / "old.docx"
        p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
        return p, "รหัสผ่าน"
    raise AssertionError(kind)


KINDS = ["corrupt-pdf", "random-bytes", "encrypted", "png", "plain-zip", "text", "empty",
         "legacy-or-encrypted-office"]


@pytest.mark.parametrize("kind", KINDS)
def test_bad_upload_is_refused_and_nothing_is_stored(kind, client, auth, upload, lib, tmp_path):
    auth.login("officer")
    before = _state(lib)
    path, words = _bad(kind, tmp_path)
    r = upload(path)
    html = r.data.decode()
    assert r.status_code == 400
    assert words in html and path.name in html
    assert "ไม่มีการบันทึกไฟล์ใด ๆ" in html
    assert _state(lib) == before


def test_one_bad_file_in_a_batch_stores_none(client, auth, upload, lib, tmp_path):
    auth.login("officer")
    before = _state(lib)
    bad, _words = _bad("encrypted", tmp_path)
    r = upload(COMPLAINT, bad)
    assert r.status_code == 400
    assert _state(lib) == before


def test_too_large(instance, tmp_path):
    from webui import create_app

    app = create_app(make_config(instance, PHOEI_MAX_UPLOAD_BYTES=4000))
    client = app.test_client()
    client.post("/login", data={"username": "officer", "password": "correct horse battery"})
    lib = app.extensions["phoei"].library
    before = _state(lib)
    r = post_upload(client, lib, COMPLAINT, title="x", submit=False, names=("big.pdf",))
    html = r.data.decode()
    # The request fits the request limit; the file is over the per-file limit: the form says which.
    assert r.status_code == 400
    assert "big.pdf" in html and "MB" in html and "เกิน" in html
    assert _state(lib) == before
    lib.dispose()


def test_request_over_the_limit_is_413_before_the_body_is_read(instance):
    """``PHOEI_MAX_REQUEST_BYTES`` applies to every request, staff included: 413, nothing stored."""
    from webui import create_app

    app = create_app(make_config(instance, PHOEI_MAX_REQUEST_BYTES=20_000))
    assert app.config["MAX_CONTENT_LENGTH"] == 20_000
    client = app.test_client()
    client.post("/login", data={"username": "officer", "password": "correct horse battery"})
    lib = app.extensions["phoei"].library
    before = _state(lib)
    r = post_upload(client, lib, COMPLAINT, title="x", submit=False, names=("big.pdf",))
    assert r.status_code == 413
    assert "MB" in r.data.decode()
    assert _state(lib) == before
    lib.dispose()


def test_default_request_limit_is_applied(app):
    # Flask holds MAX_CONTENT_LENGTH as None: a setdefault would leave every body unlimited.
    limit = app.config["MAX_CONTENT_LENGTH"]
    assert isinstance(limit, int) and limit > 0


class _Endless:
    """A body of ``length`` bytes that fails the test if any of it is read."""

    def __init__(self, length: int) -> None:
        self.length = length
        self.pos = 0
        self.read_bytes = 0

    def read(self, n: int = -1) -> bytes:
        n = 65536 if n is None or n < 0 else n
        self.read_bytes += n
        raise AssertionError("the body was read although its length is over the limit")

    # The test client measures the body by seeking to its end.
    def tell(self) -> int:
        return self.pos

    def seek(self, offset: int, whence: int = 0) -> int:
        self.pos = self.length + offset if whence == 2 else offset
        return self.pos


@pytest.mark.parametrize("path", ["/feedback", "/login", "/staff/upload", "/submit/new"])
def test_anonymous_big_body_is_413_unread(client, path):
    body = _Endless(2 * 1024 * 1024)  # over the anonymous limit, far under the staff one
    r = client.post(path, input_stream=body, content_type="multipart/form-data; boundary=x")
    assert r.status_code == 413
    assert body.read_bytes == 0


def test_signed_in_staff_big_body_is_413_unread(client, auth, app):
    auth.login("officer")
    body = _Endless(app.config["MAX_CONTENT_LENGTH"] + 1)
    r = client.post("/staff/upload", input_stream=body, content_type="multipart/form-data; boundary=x")
    assert r.status_code == 413
    assert body.read_bytes == 0


def test_upload_form_needs_folder_title_and_file(client, auth, lib):
    auth.login("officer")
    r = client.post("/staff/upload", data={"title": ""}, content_type="multipart/form-data")
    html = r.data.decode()
    assert r.status_code == 400
    assert "กรุณาเลือกหมวดหมู่" in html and "กรุณาระบุชื่อเรื่อง" in html and "กรุณาเลือกไฟล์" in html


def test_type_is_sniffed_not_taken_from_the_name(client, auth, upload, lib, tmp_path):
    auth.login("officer")
    docx = make_docx(tmp_path / "letter.docx")
    r = upload(docx, names=("letter.pdf",), title="ชื่อไฟล์ผิดนามสกุล")
    assert r.status_code == 302
    with lib.session() as s:
        # The item's current file (its typed text is checked as a document of its own, format "text").
        f = s.scalar(select(DocumentFile).join(Content, Content.current_file_id == DocumentFile.id)
                     .where(Content.title == "ชื่อไฟล์ผิดนามสกุล"))
        assert f.format == "docx"


def test_several_files_at_once(client, auth, upload, lib, tmp_path):
    auth.login("officer")
    docx = make_docx(tmp_path / "letter.docx")
    r = upload(COMPLAINT, docx, title="ชุดเอกสาร")
    assert r.status_code == 302 and r.headers["Location"].endswith("/staff/uploads")
    with lib.session() as s:
        titles = sorted(s.scalars(select(Content.title).where(Content.title.like("ชุดเอกสาร%"))))
    assert titles == ["ชุดเอกสาร (1/2)", "ชุดเอกสาร (2/2)"]
    page = client.get("/staff/uploads").data.decode()
    assert "ชุดเอกสาร (1/2)" in page and "เสร็จแล้ว" in page


def test_an_officer_without_a_folder_cannot_upload(client, auth, lib):
    auth.login("plain")
    page = client.get("/staff/upload").data.decode()
    assert "/oia/s9/s9-1" not in page
    with lib.session() as s:
        folder = s.scalar(select(Content).where(Content.path == "/oia/s9/s9-1")).id
    r = client.post("/staff/upload", data={"folder": str(folder), "title": "x",
                                           "files": [(COMPLAINT.open("rb"), "a.pdf")]},
                    content_type="multipart/form-data")
    assert r.status_code == 400


def _docx_with(tmp: Path, name: str, extra: dict[str, bytes]) -> Path:
    """A real DOCX with extra members added (stored deflated, as Word does)."""
    base = make_docx(tmp / "base.docx")
    out = tmp / name
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        for member, data in extra.items():
            dst.writestr(member, data)
    return out


@pytest.mark.parametrize("kind", ["ratio", "members"])
def test_docx_zip_bomb_is_refused_at_upload(kind, client, auth, upload, lib, tmp_path):
    """The redactor's ZIP limits (ratio, total size, member count) are applied at upload."""
    auth.login("officer")
    before = _state(lib)
    if kind == "ratio":
        bomb = _docx_with(tmp_path, "bomb.docx", {"word/media/zeros.bin": b"\0" * (4 * 1024 * 1024)})
    else:
        bomb = _docx_with(tmp_path, "many.docx", {f"word/media/p{i}.bin": b"x" for i in range(5001)})
    r = upload(bomb)
    html = r.data.decode()
    assert r.status_code == 400
    assert bomb.name in html and "ไม่มีการบันทึกไฟล์ใด ๆ" in html
    assert _state(lib) == before


def test_docx_upload_check_does_not_decompress_every_member(client, auth, upload, lib, tmp_path, monkeypatch):
    """Only the parts the check needs are read in the request thread (the worker reads the rest)."""
    import os

    auth.login("officer")
    docx = _docx_with(tmp_path, "pictures.docx", {"word/media/image1.bin": os.urandom(300_000)})
    opened: list[str] = []
    real_open = zipfile.ZipFile.open

    def spy(self, name, *args, **kwargs):  # type: ignore[no-untyped-def]
        opened.append(name if isinstance(name, str) else name.filename)
        return real_open(self, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", spy)
    from webui.uploads import check

    checked = check(docx.name, docx.read_bytes(), 10_000_000)
    assert checked.fmt == "docx"
    assert "word/media/image1.bin" not in opened
