"""PyThaiNLP's word lists, read from its data files without importing the package.

``import pythainlp`` loads its utilities, soundex and tokenizer modules (a
quarter of a second), while the redactor only needs six plain word lists.
These functions read the same files (``pythainlp/corpus/*``, found through
the package's import spec, which does not run it) the way
``pythainlp.corpus`` does and return the same sets (tests/redactor/test_thai_corpus.py).
"""

from __future__ import annotations

import importlib.util
from functools import cache, lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def _folder() -> Path:
    spec = importlib.util.find_spec("pythainlp")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("pythainlp is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "corpus"


def _lines(filename: str) -> list[str]:
    return (_folder() / filename).read_text(encoding="utf-8-sig").splitlines()


@cache
def _corpus(filename: str) -> frozenset[str]:
    """``pythainlp.corpus.get_corpus``: the file's non-empty lines, as they are."""
    return frozenset(filter(None, _lines(filename)))


def thai_words() -> frozenset[str]:
    return _corpus("words_th.txt")


def words_file() -> Path | None:
    """PyThaiNLP's word-list file when it holds exactly ``thai_words()``, one word a line
    (no byte-order mark, no blank, padded or carriage-return lines), else None."""
    path = _folder() / "words_th.txt"
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf") or b"\r" in raw:
        return None
    lines = raw.decode("utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if any(not ln or ln != ln.strip() for ln in lines):
        return None
    return path


def thai_stopwords() -> frozenset[str]:
    return _corpus("stopwords_th.txt")


def thai_family_names() -> frozenset[str]:
    return _corpus("family_names_th.txt")


def thai_female_names() -> frozenset[str]:
    return _corpus("person_names_female_th.txt")


def thai_male_names() -> frozenset[str]:
    return _corpus("person_names_male_th.txt")


def countries() -> frozenset[str]:
    return _corpus("countries_th.txt")


@lru_cache(maxsize=1)
def provinces() -> frozenset[str]:
    """``pythainlp.corpus.provinces()``: the Thai name of every complete row of the CSV."""
    out = set()
    for line in _lines("thailand_provinces_th.csv"):
        parts = line.split(",")
        if len(parts) >= 4 and all(p.strip() for p in parts[:4]):
            out.add(parts[0])
    return frozenset(out)
