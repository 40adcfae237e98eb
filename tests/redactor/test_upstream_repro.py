"""The minimal reproduction kept for an upstream report passes on the pinned PyMuPDF.

``docs/upstream/pymupdf_redact_shift.py`` exits 1 on PyMuPDF 2.0 and 2.1 (surviving glyphs
move one glyph left after ``apply_redactions``); on the version we ship it must exit 0.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "docs" / "upstream" / "pymupdf_redact_shift.py"


def test_pinned_pymupdf_keeps_glyphs_in_place() -> None:
    run = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "helv: OK" in run.stdout
