"""Tokens cover the text exactly and expose the edges ThaiNER entities need."""

from __future__ import annotations

from pathlib import Path

import pytest

from redactor.ner.bio import spans_to_tags, tags_to_spans
from redactor.ner.data import Entity, parse_line
from redactor.ner.tokenise import Tokenizer, split_classes, write_dictionary

WORDS = ["ใน", "ประเทศ", "ไทย", "นาง", "ประนอม", "ทอง", "จันทร์", "กับ", "ธ.ค.", "สพฐ.", "วันที่", "เดือน"]


@pytest.fixture(scope="module")
def tokenizer(tmp_path_factory: pytest.TempPathFactory) -> Tokenizer:
    path = tmp_path_factory.mktemp("dict") / "words.txt"
    write_dictionary(WORDS, path)
    return Tokenizer(path)


def pieces(text: str, toks: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in toks]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(5 ธ.ค.)", ["(", "5", " ", "ธ", ".", "ค", ".", ")"]),
        ("สพฐ.", ["สพฐ", "."]),
        ("abc123ไทย", ["abc", "123", "ไทย"]),
        ("๑๒ ก.ย.", ["๑๒", " ", "ก", ".", "ย", "."]),
        ("...!!", ["...", "!!"]),
        ("a  b", ["a", "  ", "b"]),
    ],
)
def test_split_classes(text: str, expected: list[str]) -> None:
    assert pieces(text, split_classes(text, 0, len(text))) == expected


@pytest.mark.parametrize(
    "text",
    ["ในประเทศไทย", "ตามที่นางประนอม ทองจันทร์ กับ", "วันที่ (5 ธ.ค.) สพฐ. แจ้ง", "", "   ", "\ufeffabc\u200bไทย",
     "http://www.bangkokhealth.com/x.asp?Number=10506"],
)
def test_tokens_cover_the_text_contiguously(tokenizer: Tokenizer, text: str) -> None:
    toks = tokenizer(text)
    assert "".join(pieces(text, toks)) == text
    pos = 0
    for s, e in toks:
        assert s == pos and e > s
        pos = e


@pytest.mark.parametrize(
    ("markup", "unreachable"),
    [
        ("วันที่ ([DATE]5 ธ.ค.[/DATE])", False),
        ("[ORGANIZATION]สพฐ[/ORGANIZATION].", False),
        ("ใน[LOCATION]ประเทศไทย[/LOCATION]", False),
        ("[PERSON]นางประนอม ทองจันทร์[/PERSON]กับ", False),
        # an edge inside a dictionary word cannot be represented: the word list decides
        ("[PERSON]นางประ[/PERSON]นอม", True),
    ],
)
def test_entity_edges_and_bio_round_trip(tokenizer: Tokenizer, markup: str, unreachable: bool) -> None:
    s = parse_line(markup)
    toks = tokenizer(s.text)
    starts, ends = {a for a, _ in toks}, {b for _, b in toks}
    reachable = all(e.start in starts and e.end in ends for e in s.entities)
    assert reachable is not unreachable
    back = tags_to_spans(s.text, toks, spans_to_tags(toks, s.entities))
    assert (back == list(s.entities)) is reachable


def test_tags_to_spans_trims_spaces_and_splits_labels() -> None:
    text = "ก ข ค"
    toks = [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5)]
    assert tags_to_spans(text, toks, ["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O"]) == [
        Entity(0, 3, "PERSON")]
    # I- after O or after another label starts an entity; a leading space is trimmed off
    assert tags_to_spans(text, toks, ["I-DATE", "O", "B-DATE", "I-TIME", "I-TIME"]) == [
        Entity(0, 1, "DATE"), Entity(2, 3, "DATE"), Entity(4, 5, "TIME")]


def test_a_straddling_token_goes_to_the_side_of_its_middle() -> None:
    toks = [(0, 4), (4, 6)]
    assert spans_to_tags(toks, [Entity(1, 6, "PERSON")]) == ["B-PERSON", "I-PERSON"]
    assert spans_to_tags(toks, [Entity(3, 6, "PERSON")]) == ["O", "B-PERSON"]


def test_dictionary_loads_once(tmp_path: Path) -> None:
    path = tmp_path / "w.txt"
    write_dictionary(["ไทย"], path)
    a, b = Tokenizer(path), Tokenizer(path)
    assert a.name == b.name
