"""redactor/trie_regex.py: the trie pattern matches what the longest-first alternation matches."""

from __future__ import annotations

import random
import re

import pytest

from redactor.detectors import health
from redactor.trie_regex import literal_alternation


def _plain(words: list[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


WORD_LISTS = [
    ["ab", "abc", "abd", "b", "bcd", "x.y", "x+", "a b", "a bc"],
    ["ป่วย", "ป่วยเป็น", "ปวด", "ปวดหัว", "หัว", "หัวใจ", "ใจ", "ตา", "ตาบอด", "บอด"],
    ["กระดูก", "กระดูกหัก", "หัก", "กระ", "(x)", "[y]", "a|b", "\\"],
]


def _texts(alphabet: str, rng: random.Random) -> list[str]:
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(300)]


@pytest.mark.parametrize("words", WORD_LISTS)
@pytest.mark.parametrize("context", ["{}", "(?:{})c", "(?:{})(?![ก-๛])", "x(?:{})y?"])
def test_same_matches_as_the_alternation(words: list[str], context: str) -> None:
    # Also inside a larger pattern, where the matcher backtracks into the words.
    rng = random.Random(2540)
    alphabet = "".join(sorted({c for w in words for c in w})) + "c ก"
    old = re.compile(context.format(_plain(words)))
    new = re.compile(context.format(literal_alternation(words)))
    for text in _texts(alphabet, rng):
        assert [m.span() for m in old.finditer(text)] == [m.span() for m in new.finditer(text)], text


def test_the_health_terms_match_as_before() -> None:
    plain = [ln.strip() for ln in health._DATA.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.strip().startswith(("#", "re:", "en:"))]
    assert len(plain) > 100
    old = re.compile(_plain(plain))
    new = re.compile(literal_alternation(plain))
    rng = random.Random(7)
    pieces = [*plain, "ผู้", "ป่วย", " ", "\n", "และ", "นาย", "1"]
    for _ in range(300):
        text = "".join(rng.choice(pieces)[: rng.randint(1, 12)] for _ in range(rng.randint(1, 30)))
        assert [m.span() for m in old.finditer(text)] == [m.span() for m in new.finditer(text)], text


@pytest.mark.parametrize("words, text, found", [
    ([], "anything", []),
    (["one"], "one done", ["one", "one"]),
])
def test_edge_lists(words: list[str], text: str, found: list[str]) -> None:
    assert re.findall(literal_alternation(words), text) == found


def test_an_empty_word_is_refused() -> None:
    with pytest.raises(ValueError):
        literal_alternation(["a", ""])


def test_the_title_pattern_matches_as_before() -> None:
    # lexicon.TITLE_RE is embedded in most name patterns; it must match what
    # the longest-first alternation of the titles matched, also followed by a
    # name (where the matcher backtracks into shorter titles).
    from redactor import lexicon

    old = "(?:" + "|".join(re.escape(t) for t in lexicon.TITLES) + ")"
    rng = random.Random(11)
    pieces = [*lexicon.TITLES, "สมชาย", " ", ".", "ใจดี", "\n", "หญิง", "ว่าที่"]
    for context in ("{}", "{}[ \t]*[ก-ฮ][ก-๛]+", "(?<!\\.){}(?=[ก-ฮ])"):
        a, b = re.compile(context.format(old)), re.compile(context.format(lexicon.TITLE_RE))
        for _ in range(300):
            text = "".join(rng.choice(pieces)[: rng.randint(1, 14)] for _ in range(rng.randint(1, 20)))
            assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)], text
