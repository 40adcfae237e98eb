"""``phoei create-user``, ``phoei serve --demo`` (the README's run command) and the translations."""

from __future__ import annotations

import io
import os
import re
import signal
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from tests.webui.conftest import ROOT, free_port, start_serve


def test_create_user_then_sign_in(phoei, tmp_path, monkeypatch):
    inst = tmp_path / "inst"
    monkeypatch.setattr(sys, "stdin", io.StringIO("a very good password\n"))
    run = phoei("create-user", "somsri", "--role", "officer", "--name", "สมศรี", "--password-stdin",
                "--instance", inst)
    assert run.code == 0, run.err
    assert "somsri" in run.out and "password:" not in run.out
    run = phoei("create-user", "somsri", "--role", "officer", "--instance", inst)
    assert run.code == 2 and "exists" in run.err
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    run = phoei("create-user", "admin2", "--role", "site_admin", "--instance", inst)
    assert run.code == 0 and re.search(r"password: \S{12,}", run.out)  # generated and printed once
    run = phoei("create-user", "x", "--role", "wizard", "--instance", inst, "--password-stdin")
    assert run.code == 2

    from webui import create_app

    app = create_app({"PHOEI_INSTANCE": str(inst), "SESSION_COOKIE_SECURE": False, "PHOEI_JOBS": "memory"})
    c = app.test_client()
    c.get("/login")
    app.config["WTF_CSRF_ENABLED"] = False
    r = c.post("/login", data={"username": "somsri", "password": "a very good password"})
    assert r.status_code == 302
    app.extensions["phoei"].library.dispose()


def test_commands_are_listed(phoei):
    run = phoei("--help")
    for cmd in ("serve", "worker", "create-user"):
        assert cmd in run.out


def test_serve_demo_starts_a_working_library(tmp_path: Path) -> None:
    """The README's run command: a newcomer gets a site with published Thai documents and accounts."""
    port = free_port()
    env = {**os.environ, "PHOEI_INSTANCE": str(tmp_path / "instance")}
    env.pop("REDIS_URL", None)
    proc, out = start_serve(["--demo", "--port", str(port)], env, 180)
    try:
        assert "Phoei is at" in out, out
        for role in ("officer", "reviewer", "site_admin"):
            assert re.search(rf"{role}\s+\S+\s+\S{{8,}}", out), out
        html = ""
        for _ in range(50):
            try:
                html = urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5).read().decode()
                break
            except OSError:
                time.sleep(0.2)
        assert "ประกาศผู้ชนะการเสนอราคา" in html or "หนังสือขอให้ตรวจสอบ" in html
        docs = re.findall(r'href="(/browse/[^"]+)"', html)
        assert docs
        atom = urllib.request.urlopen(f"http://127.0.0.1:{port}/feeds/documents.atom", timeout=5).read().decode()
        assert atom.count("<entry>") >= 4
        # Search works at once: the demo's documents are indexed before the site starts.
        q = urllib.parse.quote("ลำตะคอง")  # in the text of two published PDFs, not in their titles
        found = urllib.request.urlopen(f"http://127.0.0.1:{port}/search?q={q}", timeout=10).read().decode()
        found = re.sub(r"<[^>]+>", "", found)
        assert "แผนปฏิบัติราชการ" in found and "หนังสือขอให้ตรวจสอบเรื่องร้องเรียน" in found, found[-3000:]
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


def test_english_catalog_covers_every_message() -> None:
    """Every translatable string in the code and templates has its English text, and the .mo is current."""
    from babel.messages.extract import extract_from_dir
    from babel.messages.mofile import read_mo
    from babel.messages.pofile import read_po

    folder = ROOT / "webui" / "translations" / "en" / "LC_MESSAGES"
    with (folder / "messages.po").open("rb") as fh:
        po = read_po(fh)
    with (folder / "messages.mo").open("rb") as fh:
        mo = read_mo(fh)
    method_map = [("**/templates/**.html", "jinja2"), ("**/templates/**.xml", "jinja2"), ("**.py", "python")]
    found = set()
    for _file, _line, message, _comments, _ctx in extract_from_dir(
            ROOT / "webui", method_map, keywords={"_": None, "gettext": None, "_l": None, "lazy_gettext": None}):
        found.add(message if isinstance(message, str) else message[0])
    missing = sorted(m for m in found if not (po.get(m) and po.get(m).string))
    assert missing == [], missing
    stale = sorted(m.id for m in po if m.id and (mo.get(m.id) is None or mo.get(m.id).string != m.string))
    assert stale == [], "run: pybabel compile -d webui/translations"


@pytest.mark.parametrize("lang", ["th", "en"])
def test_no_untranslated_thai_in_english_pages(client, lang) -> None:
    client.get(f"/lang/{lang}")
    html = client.get("/").data.decode()
    if lang == "en":
        # Content keeps its own language (marked lang="th"); the interface around it is English.
        chrome = re.sub(r'<[^>]+lang="th"[^>]*>.*?</(a|h1|article|span)>', " ", html, flags=re.S)
        chrome = re.sub(r"<[^>]+>", " ", chrome.split("<body")[1])
        chrome = chrome.replace("ไทย", "")  # the language switch names Thai in Thai
        assert not re.search(r"[\u0E00-\u0E7F]{4,}", chrome), chrome[:800]
