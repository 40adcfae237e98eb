"""Fixtures for the web layer (flaskr style): ``app``, ``client`` and ``auth``.

Every test gets a fresh instance folder over a copy of one migrated and seeded
SQLite database (built once per session by ``phoei init``'s own code), with a
cast of users whose password is ``PASSWORD``. Jobs run on huey's in-memory
queue in *immediate* mode unless a test asks for a real worker.
"""

from __future__ import annotations

import functools
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

PASSWORD = "correct horse battery"
# username: (global roles, agency, contributor folders)
CAST: dict[str, tuple[tuple[str, ...], str | None, tuple[str, ...]]] = {
    "admin": (("site_admin",), None, ()),
    "officer": (("officer",), None, ("/oia", "/news", "/about", "/announcements")),
    "officer2": (("officer",), None, ("/oia",)),
    "reviewer": (("reviewer",), None, ()),
    "plain": (("officer",), None, ()),
    "agency": (("external_submitter",), "สำนักงานเกษตรจังหวัด", ()),
}
ROOT = Path(__file__).resolve().parents[2]
COMPLAINT = ROOT / "webui" / "data" / "demo" / "complaint.pdf"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_serve(args: list[str], env: dict[str, str], timeout: float) -> tuple[subprocess.Popen[str], str]:
    """``phoei serve`` with ``args`` started from the repository; returns the process and what it printed up to
    its "Phoei is at" line (or until it stopped, or ``timeout`` seconds). The caller stops it."""
    proc = subprocess.Popen([sys.executable, "-m", "webui.cli", "serve", *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    out = ""
    deadline = time.time() + timeout
    try:
        while time.time() < deadline:
            line = proc.stdout.readline() if proc.stdout else ""
            out += line
            if "Phoei is at" in line or proc.poll() is not None:
                break
    except BaseException:
        proc.kill()
        raise
    return proc, out


@pytest.fixture(scope="session")
def password_hash() -> str:
    from webui.auth import hash_password

    return hash_password(PASSWORD)


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory, password_hash: str) -> Path:
    inst = tmp_path_factory.mktemp("webui-template")
    cast_instance(inst, f"sqlite:///{inst / 'phoei.sqlite3'}", password_hash)
    return inst / "phoei.sqlite3"


def cast_instance(instance: Path, database_url: str, password_hash: str) -> None:
    """Initialise an instance on ``database_url`` with the test cast and their local roles."""
    from library import content, users
    from library.config import load_config
    from library.instance import init, open_library
    from library.security import Principal

    config = load_config(instance=instance, database_url=database_url)
    init(config, actor="test-setup")
    lib = open_library(config)
    op = Principal.operator("test-setup")
    with lib.transaction() as s:
        for name, (roles, agency, folders) in CAST.items():
            u = users.create_user(s, op, name, display_name=name.title(), roles=roles, agency=agency,
                                  password_hash=password_hash)
            for path in folders:
                users.grant_local(s, op, content.get(s, path), u, "contributor")
    lib.dispose()


@pytest.fixture
def instance(tmp_path: Path, template_db: Path) -> Path:
    inst = tmp_path / "instance"
    inst.mkdir()
    shutil.copyfile(template_db, inst / "phoei.sqlite3")
    return inst


def make_config(instance: Path, **extra: Any) -> dict[str, Any]:
    cfg: dict[str, Any] = {
        "TESTING": True,
        "PHOEI_INSTANCE": str(instance),
        "DATABASE_URL": f"sqlite:///{instance / 'phoei.sqlite3'}",
        "SECRET_KEY": "test-secret",
        "WTF_CSRF_ENABLED": False,
        "SESSION_COOKIE_SECURE": False,
        "REMEMBER_COOKIE_SECURE": False,
        "PHOEI_JOBS": "memory",
        "PHOEI_JOBS_IMMEDIATE": True,
        # Changes made straight through the library (as another process would) show on the next
        # request; tests/webui/test_caching.py tests the default interval on its own.
        "PHOEI_PAGE_RECHECK": 0,
        # Download counts are written in the request (tests/webui/test_downloads.py tests the batches).
        "PHOEI_DOWNLOAD_FLUSH": 0,
    }
    cfg.update(extra)
    return cfg


@pytest.fixture
def app_config(instance: Path) -> dict[str, Any]:
    return make_config(instance)


@pytest.fixture
def app(app_config: dict[str, Any]) -> Iterator[Any]:
    from webui import create_app

    application = create_app(app_config)
    yield application
    application.extensions["phoei"].library.dispose()


@pytest.fixture
def client(app: Any) -> Any:
    return app.test_client()


class FakeClock:
    """A monotonic clock a test moves by hand (``clock.now += 1.5``)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class AuthActions:
    client: Any

    def login(self, username: str = "officer", password: str = PASSWORD) -> Any:
        self.client.post("/logout")
        return self.client.post("/login", data={"username": username, "password": password})

    def logout(self) -> Any:
        return self.client.post("/logout")


@pytest.fixture
def auth(client: Any) -> AuthActions:
    return AuthActions(client)


@pytest.fixture
def lib(app: Any) -> Any:
    return app.extensions["phoei"].library


def post_upload(client: Any, lib: Any, *paths: Path, folder: str = "/oia/s9/s9-1", title: str = "หนังสือทดสอบ",
                submit: bool = True, names: tuple[str, ...] | None = None) -> Any:
    """``paths`` posted to the upload form by whoever ``client`` is signed in as (``names``: the files'
    names in the form, default theirs); returns the response."""
    from library import content

    with lib.session() as s:
        fid = content.get(s, folder).id
    files = []
    for i, p in enumerate(paths):
        name = names[i] if names else p.name
        files.append((p.open("rb"), name))
    data: dict[str, Any] = {"folder": str(fid), "title": title, "files": files}
    if submit:
        data["submit_for_review"] = "1"
    return client.post("/staff/upload", data=data, content_type="multipart/form-data")


@pytest.fixture
def upload(client: Any, auth: AuthActions, lib: Any) -> Callable[..., Any]:
    """``upload(path, folder="/oia/s9/s9-1", title=...)`` as the officer (``post_upload``); returns the response."""
    return functools.partial(post_upload, client, lib)


DOCX_LINES = (
    "ที่ นม ๐๐๑๗.๓/๔๑๓",
    "เรื่อง แจ้งผลการตรวจสอบเรื่องร้องเรียน",
    "ตามที่ นางสาวสมหญิง ทดสอบใจ เลขประจำตัวประชาชน 3-6227-27078-75-6 ได้ร้องเรียนเรื่องเสียงดังจากสถานประกอบการ",
    "จังหวัดได้ตรวจสอบแล้ว และแจ้งให้สถานประกอบการปรับปรุงแก้ไขภายใน ๓๐ วัน",
    "จึงเรียนมาเพื่อทราบ",
    "ขอแสดงความนับถือ",
    "(นายวิชัย ตัวอย่างยิ่ง)",
    "รองผู้ว่าราชการจังหวัดนครราชสีมา ปฏิบัติราชการแทน",
    "ผู้ว่าราชการจังหวัดนครราชสีมา",
)
DOCX_ID = "3-6227-27078-75-6"
DOCX_PERSON = "สมหญิง ทดสอบใจ"


def make_docx(path: Path, lines: tuple[str, ...] = DOCX_LINES) -> Path:
    import docx

    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    d.save(str(path))
    return path


def prepare_directly(lib: Any, cache: Path, path: Path, folder: str, title: str, **fields: Any) -> str:
    """Upload, analyse and apply (policy defaults) without the web layer, ready to publish; returns the uid."""
    from library import content, redaction, users
    from library.security import Principal
    from worker import steps

    fields = {"document_number": "นม ๐๐๑๗.๓/๔๑๒", "document_date": "2024-04-08", **fields}
    with lib.transaction() as s:
        officer = Principal.of(users.get_user(s, "officer"))
        item = content.create(s, officer, content.get(s, folder), "file", title=title, **fields)
        f = redaction.upload(s, officer, item, path, path.name)
        fid, uid = f.id, item.uid
    steps.analyse(lib, cache, fid, 1.5, lambda *a: None)
    steps.apply(lib, cache, fid, None, 1.5, lambda *a: None)
    return uid


def publish_directly(lib: Any, cache: Path, path: Path, folder: str, title: str, *, index: bool = True,
                     **fields: Any) -> str:
    """``prepare_directly`` then publish; ``index``: apply the outbox to the search index as the worker
    would. Returns the uid."""
    from library import content, lifecycle, users
    from library.search.indexer import apply_pending
    from library.security import Principal

    uid = prepare_directly(lib, cache, path, folder, title, **fields)
    with lib.transaction() as s:
        reviewer = Principal.of(users.get_user(s, "reviewer"))
        lifecycle.transition(s, reviewer, content.get(s, uid), "publish", "test")
    if index:
        apply_pending(lib)
    return uid
