"""Which rules a check ran with: one short version for the detector set, policy, their data and the NER model.

Every verification records it, so a re-scan of the published library (``library.rescan``)
targets only what older rules checked. It is a digest of the files that decide what
detection finds (detector and policy code, their word lists and tables, ``detectors.toml``)
plus the NER model's ``model.json`` (which names the digests of its files), so any change to
them gives a new version and nothing else does.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

_ROOT = Path(__file__).resolve().parent
# What decides detection, relative to the redactor package.
_GLOBS = ("detectors/*.py", "detectors/*.toml", "data/*", "ner/*.py", "ocr/digits.py", "ocr/review.py",
          "policy.py", "keep_rules.py", "lexicon.py", "labels.py", "label_value.py", "normalise.py",
          "pipeline.py", "plaintext.py", "profile.py")


@functools.cache
def ruleset_version() -> str:
    """``r-`` and 16 hex digits; the same for the same rules and model, wherever the code is installed."""
    h = hashlib.sha256()
    files = sorted({p for g in _GLOBS for p in _ROOT.glob(g) if p.is_file()})
    for p in files:
        h.update(p.relative_to(_ROOT).as_posix().encode() + b"\0" + p.read_bytes() + b"\0")
    try:
        from redactor.ner.model import default_model_dir

        card = default_model_dir() / "model.json"
        h.update(b"ner\0" + (card.read_bytes() if card.is_file() else b"none"))
    except Exception:  # no model: the version says so through its absence
        h.update(b"ner\0none")
    return "r-" + h.hexdigest()[:16]
