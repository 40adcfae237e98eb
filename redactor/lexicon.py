"""Shared Thai vocabulary, loaded lazily and once per process.

Source: PyThaiNLP's ``thai_words()`` corpus (the word list its ``newmm``
tokenizer uses by default; Apache-2.0). Other modules ask here rather than
loading their own copy.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from pythainlp.util import Trie

__all__ = ["segment_words", "thai_dictionary"]


@lru_cache(maxsize=1)
def thai_dictionary() -> frozenset[str]:
    """PyThaiNLP's Thai word list."""
    from pythainlp.corpus import thai_words

    return frozenset(thai_words())


@lru_cache(maxsize=1)
def _dictionary_trie() -> Trie:
    from pythainlp.util import Trie

    return Trie(thai_dictionary())


def segment_words(text: str) -> list[str]:
    """Maximal-matching segmentation (PyThaiNLP ``newmm``) over ``thai_dictionary()``.

    Spans the dictionary does not cover come out as their own tokens, so
    ``token in thai_dictionary()`` tells dictionary words from the rest.
    """
    from pythainlp.tokenize import newmm

    return list(newmm.segment(text, custom_dict=_dictionary_trie()))
