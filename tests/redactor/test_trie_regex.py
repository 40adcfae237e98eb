"""redactor/trie_regex.py: the trie pattern matches what the longest-first alternation matches."""

from __future__ import annotations

import random
import re

import pytest

from redactor.detectors import health
from redactor.trie_regex import by_first_character, literal_alternation, top_level


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


def test_the_position_pattern_matches_as_the_longest_first_list() -> None:
    # lexicon.POSITION_RE joins its position words as tries that allow a line wrap inside
    # words of six letters or more; the list it replaced was every word written out.
    from redactor import lexicon
    from redactor.rx import ORIGINAL

    wrap = r"[ \t]*(?:\n[ \t]*)?"

    def written(w: str) -> str:
        return wrap.join(re.escape(c) for c in w) if len(w) >= 6 else re.escape(w)

    th = lexicon._TH
    old = re.compile(
        rf"(?:{'|'.join(lexicon.GRADE_STEMS)})[{th}]{{0,40}}?(?:" + "|".join(lexicon.GRADE_WORDS) + rf")(?![{th}]|\.)"
        + "|(?:" + "|".join(written(d) for d in lexicon.DEPARTMENT_HEADS) + r")[ \t]*(?:\n[ \t]*)?(?:จังหวัด|อำเภอ)"
        + r"|(?:รอง|ผู้ช่วย)?(?:"
        + "|".join(written(p) for p in sorted(lexicon.POSITION_WORDS, key=len, reverse=True)) + ")")
    new = re.compile(ORIGINAL.get(lexicon.POSITION_RE.pattern, lexicon.POSITION_RE.pattern))
    rng = random.Random(2568)
    words = [*lexicon.POSITION_WORDS, *lexicon.DEPARTMENT_HEADS, *lexicon.GRADE_STEMS, *lexicon.GRADE_WORDS,
             "จังหวัด", "อำเภอ", "รอง", "ผู้ช่วย", "นาย", " ", "\n", "ก", "."]
    for _ in range(400):
        parts = [rng.choice(words) for _ in range(rng.randint(1, 8))]
        text = "".join(p if len(p) < 6 or rng.random() < 0.7 else p[:3] + rng.choice(["\n", " \n ", " "]) + p[3:]
                       for p in parts)
        assert [m.span() for m in old.finditer(text)] == [m.span() for m in new.finditer(text)], text
        assert [m.span() for m in lexicon.POSITION_RE.finditer(text)] == [m.span() for m in old.finditer(text)]


def test_chains_of_single_children_are_written_as_the_recursion_writes_them() -> None:
    # _emit writes a chain of one-child nodes in one loop; the pattern must be the very string the
    # plain recursion (one call per character) writes, with and without ``between``.
    import random
    import re
    from typing import Any

    from redactor.trie_regex import literal_alternation

    def reference(node: dict[str, Any], between: str = "", first: bool = False) -> str:
        branches = [re.escape(ch) + reference(child, between) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if between and not first:
            body = f"{between}{body}"
            return f"(?:{body})?" if "" in node else body
        if "" in node:
            return f"(?:{body})?" if len(branches) == 1 else body + "?"
        return body

    def trie(words: list[str]) -> dict[str, Any]:
        root: dict[str, Any] = {}
        for w in words:
            node = root
            for ch in w:
                node = node.setdefault(ch, {})
            node[""] = True
        return root

    rng = random.Random(5)
    for _ in range(500):
        words = ["".join(rng.choice("ab.ก1") for _ in range(rng.randint(1, 9))) for _ in range(rng.randint(1, 12))]
        for between in ("", r"\s{0,3}"):
            assert literal_alternation(words, between) == reference(trie(words), between, first=True), words


# --- by_first_character: regex alternatives and a trie, one branch per first character -----------

@pytest.mark.parametrize(("pattern", "parts"), [
    ("a|b", ["a", "b"]),
    ("(?:a|b)c|d", ["(?:a|b)c", "d"]),
    (r"[|(]x|\|y|z", ["[|(]x", r"\|y", "z"]),
    (r"[]|]x|[^]|]y", ["[]|]x", "[^]|]y"]),
    ("a(?=b|c)|", ["a(?=b|c)", ""]),
    ("abc", ["abc"]),
])
def test_top_level(pattern: str, parts: list[str]) -> None:
    assert top_level(pattern) == parts
    re.compile(pattern)  # each is a valid regex


ALTERNATIVES = [
    (["มีภาวะ(?!ผู้นำ)", "ภาวะ(?<!สภาวะ)", "ถูก(?:ยิง|แทง(?!หวย))|ถูกไฟ(?:ไหม้|ดูด)", r"ปวด(?:หัว|ท้อง)?", "ก"],
     ["ภาวะซึมเศร้า", "ปวดหลัง", "ถูกรถชน", "ก", "กข", "หัวใจ", "ใจสั่น"]),
    ([r"[0-9]{1,3}[ \t]?มก%", r"ab*c", r"\(x\)"], ["ab", "abc", "b", "y("]),
    ([], ["one", "on", "o", "two"]),
    (["x(?=y)|xy", "x"], []),
]


@pytest.mark.parametrize(("alternatives", "words"), ALTERNATIVES)
def test_by_first_character_finds_what_the_joined_alternation_finds(alternatives: list[str], words: list[str]) -> None:
    fast = by_first_character(alternatives, words)
    assert fast is not None
    slow = re.compile("|".join([*alternatives, literal_alternation(words)]) if words else "|".join(alternatives))
    compiled = re.compile(fast)
    rng = random.Random(15)
    alphabet = sorted({c for a in [*alternatives, *words] for c in a if c not in "\\()[]{}?*+|!<=:^"} | {" ", "ส", "1"})
    for text in [*_texts("".join(alphabet), rng), "มีภาวะผู้นำ ภาวะซึมเศร้า สภาวะ ถูกแทงหวย ถูกไฟดูด ปวด 12 มก% (x)"]:
        assert [(m.span(), m.group()) for m in compiled.finditer(text)] == \
            [(m.span(), m.group()) for m in slow.finditer(text)], text


@pytest.mark.parametrize(("alternatives", "words"), [
    (["(?<!x)ab", "ac"], []),  # may start with "a", a branch's character: the order could differ
    (["(?:เป็น)?ผู้ป่วย"], ["ป่วย", "เป็นไข้"]),
    ([".x", "a"], []),  # could start with anything
    (["ab*c", "a+b"], []),  # a quantified first character opens no branch
])
def test_by_first_character_refuses_where_the_order_could_differ(alternatives: list[str], words: list[str]) -> None:
    assert by_first_character(alternatives, words) is None


def test_the_health_terms_by_first_character_match_as_the_data_states_them() -> None:
    """terms() compiles the data file's regex lines and words by first character; on texts made of
    pieces of the terms, around them and inside them, it finds what the plain joined pattern finds."""
    regex, plain, _en, _words = health.term_lists()
    fast = by_first_character(regex, plain)
    assert fast is not None  # every regex line opens with a literal or with a digit no word starts with
    assert health.terms()[0].pattern.endswith(fast + ")") or health.terms()[0].pattern == fast
    slow = re.compile(health.thai_reference(regex, plain))
    compiled = re.compile(fast)
    rng = random.Random(2550)
    literals = [re.sub(r"\(\?[<!=:]+|[\\()\[\]{}?*+|^]", "", a) for src in regex for a in top_level(src)]
    pieces = [*plain, *literals, "การ", "ส", "เป็น", "ผู้", " ", "\n", "12", "และ", "นาย"]
    for _ in range(400):
        text = "".join(rng.choice(pieces)[: rng.randint(1, 14)] for _ in range(rng.randint(1, 30)))
        assert [(m.span(), m.group()) for m in compiled.finditer(text)] == \
            [(m.span(), m.group()) for m in slow.finditer(text)], text
