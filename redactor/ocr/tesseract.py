"""The Tesseract command line: availability and one recognition run.

Tesseract is called as a program (``tesseract IMAGE BASE -l tha+eng tsv txt``),
not through bindings: the Debian package is all a machine needs, and a crash or
a hang in Tesseract cannot take the redactor down with it. One run writes both
the TSV (boxes per recognised piece) and the plain text; the plain text is
where Tesseract puts the spaces between Thai words, which the TSV lacks.

``PHOEI_OCR=off`` switches OCR off (scanned pages then need a human, exactly
as on a machine without Tesseract); ``PHOEI_TESSERACT`` names the program.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

LANG = "tha+eng"
REQUIRED_LANGS = ("tha", "eng")
# A page of Thai takes a few seconds; a run that takes minutes is stuck.
TIMEOUT_S = 180


class OcrError(Exception):
    """Tesseract failed on an image (crash, timeout, unreadable output)."""


@dataclass(frozen=True, slots=True)
class RawOcr:
    tsv: str
    txt: str


def _program() -> str | None:
    return shutil.which(os.environ.get("PHOEI_TESSERACT", "tesseract"))


@lru_cache(maxsize=8)
def _languages(program: str) -> frozenset[str]:
    try:
        out = subprocess.run([program, "--list-langs"], capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return frozenset()
    # "List of available languages in ... (3):" then one name per line.
    return frozenset(ln.strip() for ln in out.stdout.splitlines()[1:] if ln.strip())


def unavailable_reason() -> str | None:
    """Why OCR cannot run here, or None when it can."""
    if os.environ.get("PHOEI_OCR", "").strip().lower() in ("0", "off", "no", "false"):
        return "OCR is switched off (PHOEI_OCR=off)"
    program = _program()
    if program is None:
        return "Tesseract is not installed (Debian: apt-get install tesseract-ocr-tha)"
    missing = [lang for lang in REQUIRED_LANGS if lang not in _languages(program)]
    if missing:
        return f"Tesseract lacks the language data {', '.join(missing)} (Debian: tesseract-ocr-{missing[0]})"
    return None


def _env() -> dict[str, str]:
    # Pages run in parallel, one Tesseract each: its own OpenMP threads would
    # only fight over the same cores.
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


def recognise(image: bytes, *, dpi: int = 300, psm: int = 3, lang: str = LANG,
              whitelist: str | None = None) -> RawOcr:
    """Run Tesseract on one image (binary PGM or PBM at ``dpi``, ``redactor.ocr.image.to_pgm`` or
    ``to_pbm``); TSV and text of the same run.

    ``whitelist`` limits the characters Tesseract may read (digits for a second reading of numbers).
    """
    program = _program()
    if program is None:
        raise OcrError("Tesseract is not installed")
    with tempfile.TemporaryDirectory(prefix="phoei-ocr-") as tmp:
        src = Path(tmp, "in.pnm")
        src.write_bytes(image)
        base = Path(tmp, "out")
        # PNM carries no resolution; Tesseract would guess one from the glyphs.
        cmd = [program, str(src), str(base), "-l", lang, "--psm", str(psm), "--dpi", str(dpi),
               # Inverted-text retries cost time and find nothing on letters.
               "-c", "tessedit_do_invert=0"]
        if whitelist:
            cmd += ["-c", f"tessedit_char_whitelist={whitelist}"]
        cmd += ["tsv", "txt"]
        try:
            proc = subprocess.run(cmd, capture_output=True, timeout=TIMEOUT_S, env=_env(), check=False)
        except subprocess.TimeoutExpired as exc:
            raise OcrError(f"Tesseract took longer than {TIMEOUT_S} s") from exc
        except OSError as exc:
            raise OcrError(f"cannot run Tesseract: {exc}") from exc
        tsv, txt = base.with_suffix(".tsv"), base.with_suffix(".txt")
        if proc.returncode != 0 or not tsv.is_file() or not txt.is_file():
            err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
            raise OcrError(f"Tesseract failed (exit {proc.returncode}): {err[-1] if err else 'no output'}")
        return RawOcr(tsv.read_text("utf-8", "replace"), txt.read_text("utf-8", "replace"))
