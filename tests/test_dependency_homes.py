"""One home per dependency (docs/conventions.md, rule 6; issue #13): PyMuPDF is imported only in
``redactor/formats/``; other packages ask that one (``precheck``, ``sniff_bytes``, ``open_pdf``,
``page_count``, ``render_pages``, ``PdfDocument.layout``). Read from the source, imports inside
functions included."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("redactor", "library", "worker", "webui")
PYMUPDF = ("fitz", "pymupdf")
HOME = ROOT / "redactor" / "formats"
# Files in the packages' folders allowed to import PyMuPDF elsewhere, each with its reason.
EXCEPTIONS = {
    # A developer's script beside the demo files (not a module of the package, never imported by
    # Phoei): it draws the shipped demo PDFs, as tests/fixtures/ draws the test PDFs.
    "webui/data/demo/make_demo.py",
}


def imported_modules(source: str) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
                "import_module", "__import__") and node.args and isinstance(node.args[0], ast.Constant):
            names.add(str(node.args[0].value))
    return names


def pymupdf_importers() -> list[str]:
    found = []
    for pkg in PACKAGES:
        for path in sorted((ROOT / pkg).rglob("*.py")):
            if path.is_relative_to(HOME):
                continue
            if {m.split(".")[0] for m in imported_modules(path.read_text(encoding="utf-8"))} & set(PYMUPDF):
                found.append(path.relative_to(ROOT).as_posix())
    return found


def test_pymupdf_is_imported_only_in_redactor_formats() -> None:
    assert sorted(set(pymupdf_importers()) - EXCEPTIONS) == []


def test_each_exception_is_still_needed() -> None:
    """An exception nobody needs any more is a door left open: remove it from the list."""
    assert EXCEPTIONS <= set(pymupdf_importers())


@pytest.mark.parametrize(("source", "found"), [
    ("import pymupdf", True),
    ("import fitz", True),
    ("import pymupdf as fz", True),
    ("from pymupdf import Rect", True),
    ("from fitz.utils import getColor", True),
    ("def f():\n    import pymupdf\n    return pymupdf", True),
    ("import importlib\nimportlib.import_module('pymupdf')", True),
    ("from redactor.formats.pdf import render_pages", False),
    ("import pymupdf_fonts", False),
    ("x = 'import pymupdf'", False),
])
def test_the_check_sees_every_way_of_importing(source: str, found: bool) -> None:
    assert bool({m.split(".")[0] for m in imported_modules(source)} & set(PYMUPDF)) is found
