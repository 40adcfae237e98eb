"""split_classes: its one-class fast path gives what the character-by-character split gives."""

from __future__ import annotations

import random

import pytest

from redactor.ner.tokenise import char_class, split_classes


def _by_characters(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    s = start
    classes = [char_class(ch) for ch in text[start:end]]
    for i in range(start + 1, end):
        a, b = classes[i - 1 - start], classes[i - start]
        if a != b or (a == "o" and text[i - 1] != text[i]):
            out.append((s, i))
            s = i
    if s < end:
        out.append((s, end))
    return out


@pytest.mark.parametrize("text, pieces", [
    ("สมชาย", ["สมชาย"]), ("๑๒๓", ["๑๒๓"]), ("2567", ["2567"]), ("๑2", ["๑2"]), ("abcXYZ", ["abcXYZ"]),
    (" \t\u00a0", [" \t\u00a0"]), ("สพฐ.", ["สพฐ", "."]), ("(5)", ["(", "5", ")"]), ("..", [".."]),
    ("café", ["café"]), ("Ωmega", ["Ωmega"]), ("ก1", ["ก", "1"]), ("", []),
])
def test_pieces(text: str, pieces: list[str]) -> None:
    assert [text[s:e] for s, e in split_classes(text, 0, len(text))] == pieces


def test_same_as_character_by_character() -> None:
    alphabet = "กขคำ่้ัิ๐๑๙09azAZ \t\n\u00a0\u3000.,()-éßΩ\u0e4f\u0e5a"
    rng = random.Random(3)
    for _ in range(20000):
        t = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6)))
        a = rng.randint(0, len(t))
        b = rng.randint(a, len(t))
        assert split_classes(t, a, b) == _by_characters(t, a, b), (t, a, b)
