"""Word tokens with character offsets, fine enough for entity edges.

newmm (nlpo3) segments Thai with a dictionary; each token is then split where
the character class changes (Thai, digit, Latin, space, and every punctuation
mark on its own), so ``(5 ธ.ค.)`` or ``สพฐ.`` expose the edges an entity needs.
The dictionary is PyThaiNLP's word list minus the compounds that cross entity
edges in the training data (``ในประเทศ``, ``คนไทย`` …); it ships with the model.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterable
from pathlib import Path

from redactor import rx

Token = tuple[int, int]

_SPACE, _THAI, _DIGIT, _LATIN, _OTHER = "s", "t", "d", "l", "o"
_LOCK = threading.Lock()
_LOADED: dict[str, str] = {}


def char_class(ch: str) -> str:
    """The class of one character; looked up in a table filled as characters are met."""
    c = _CLASS_OF.get(ch)
    if c is None:
        c = _CLASS_OF[ch] = _classify(ch)
    return c


_CLASS_OF: dict[str, str] = {}


def _classify(ch: str) -> str:
    if ch.isspace():
        return _SPACE
    o = ord(ch)
    if 0x0E50 <= o <= 0x0E59 or "0" <= ch <= "9":
        return _DIGIT
    if 0x0E01 <= o <= 0x0E4F:
        return _THAI
    if ch.isalpha():
        return _LATIN
    return _OTHER


# A run of one class that is never split: Thai letters, digits (Thai or
# Arabic), ASCII letters, or whitespace (re's \s is str.isspace()).
_ONE_CLASS = rx.compile("[\u0e01-\u0e4f]+|[0-9\u0e50-\u0e59]+|[A-Za-z]+|\\s+")


def split_classes(text: str, start: int, end: int) -> list[Token]:
    """Split ``text[start:end]`` where the character class changes; punctuation stands alone."""
    if _ONE_CLASS.fullmatch(text, start, end):  # most newmm tokens: one piece, no lookups
        return [(start, end)]
    out: list[Token] = []
    s = start
    classes = [char_class(ch) for ch in text[start:end]]
    for i in range(start + 1, end):
        a, b = classes[i - 1 - start], classes[i - start]
        if a != b or (a == _OTHER and text[i - 1] != text[i]):
            out.append((s, i))
            s = i
    if s < end:
        out.append((s, end))
    return out


def _dict_name(path: Path) -> str:
    data = path.read_bytes()
    return "phoei-" + hashlib.sha256(data).hexdigest()[:16]


def load_dictionary(path: Path) -> str:
    """Load a word list into nlpo3 once per process; returns its nlpo3 name."""
    import nlpo3

    key = str(path.resolve())
    with _LOCK:
        if key not in _LOADED:
            name = _dict_name(path)
            msg, ok = nlpo3.load_dict(str(path), name)
            if not ok and "exist" not in msg.lower():
                raise RuntimeError(f"cannot load segmentation dictionary {path}: {msg}")
            _LOADED[key] = name
        return _LOADED[key]


class Tokenizer:
    """newmm with a given dictionary, then character-class splitting."""

    def __init__(self, dictionary: Path) -> None:
        self.dictionary = dictionary
        self.name = load_dictionary(dictionary)

    def words(self, text: str) -> list[str]:
        import nlpo3

        return list(nlpo3.segment(text, self.name, False, False)) if text else []

    def __call__(self, text: str) -> list[Token]:
        out: list[Token] = []
        pos = 0
        for w in self.words(text):
            end = pos + len(w)
            if text[pos:end] != w:  # nlpo3 echoes its input; anything else is a bug worth stopping on
                raise RuntimeError("segmenter output does not align with its input")
            out.extend(split_classes(text, pos, end))
            pos = end
        if pos != len(text):
            raise RuntimeError("segmenter output does not cover its input")
        return out


def write_dictionary(words: Iterable[str], path: Path) -> None:
    path.write_text("".join(w + "\n" for w in sorted(set(words)) if w and not w.isspace()), encoding="utf-8")
