"""Shared Thai vocabulary, loaded lazily and once per process.

Source: PyThaiNLP's ``thai_words()`` corpus (the word list its ``newmm``
tokenizer uses by default; Apache-2.0). Other modules ask here rather than
loading their own copy.
"""

from __future__ import annotations

import os
import tempfile
from functools import lru_cache
from pathlib import Path

__all__ = ["segment_words", "thai_dictionary"]


@lru_cache(maxsize=1)
def thai_dictionary() -> frozenset[str]:
    """PyThaiNLP's Thai word list."""
    from pythainlp.corpus import thai_words

    return frozenset(thai_words())


@lru_cache(maxsize=1)
def _segmenter_name() -> str:
    """The word list loaded into nlpo3 (the Rust newmm the NER model uses).

    PyThaiNLP's own newmm needs a Python trie of the list, which takes over a
    second to build; nlpo3 loads a file in milliseconds. The file is private
    to this process and removed once loaded.
    """
    from redactor.ner.tokenise import load_dictionary

    fd, name = tempfile.mkstemp(prefix="phoei-thai-words-", suffix=".txt")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.writelines(w + "\n" for w in sorted(thai_dictionary()) if w and not w.isspace())
        return load_dictionary(Path(name))
    finally:
        os.unlink(name)


def segment_words(text: str) -> list[str]:
    """Maximal-matching segmentation (newmm) over ``thai_dictionary()``.

    Spans the dictionary does not cover come out as their own tokens, so
    ``token in thai_dictionary()`` tells dictionary words from the rest.
    """
    if not text:
        return []
    import nlpo3

    return list(nlpo3.segment(text, _segmenter_name(), False, False))
