"""ThaiNER markup: FACILITY becomes LOCATION, AGO and T markup is dropped, edges are trimmed."""

from __future__ import annotations

from pathlib import Path

import pytest

from redactor.ner.data import Entity, Sentence, load, parse_line, split_tail, to_markup, write_markup


def spans(s: Sentence) -> list[tuple[str, str]]:
    return [(s.text[e.start:e.end], e.label) for e in s.entities]


@pytest.mark.parametrize(
    ("line", "text", "expected"),
    [
        ("ตามที่[PERSON]นางประนอม ทองจันทร์[/PERSON] กับ", "ตามที่นางประนอม ทองจันทร์ กับ",
         [("นางประนอม ทองจันทร์", "PERSON")]),
        ("ที่[FACILITY]วัดดอยสุเทพ[/FACILITY]", "ที่วัดดอยสุเทพ", [("วัดดอยสุเทพ", "LOCATION")]),
        ("อายุ [AGO]45 ปี[/AGO] ที่[LOCATION]จ.ปัตตานี[/LOCATION]", "อายุ 45 ปี ที่จ.ปัตตานี",
         [("จ.ปัตตานี", "LOCATION")]),
        ("เรื่อง[T]ข่าว[/T]ด่วน", "เรื่องข่าวด่วน", []),
        # spaces at an entity's edge are not part of it
        ("ที่ [LOCATION] กทม. [/LOCATION]", "ที่  กทม. ", [("กทม.", "LOCATION")]),
        ("\ufeff[URL]http://x.th[/URL]", "http://x.th", [("http://x.th", "URL")]),
        # unbalanced markup: a stray closing tag is ignored, an unclosed one dropped
        ("ก[/PERSON]ข[ORGANIZATION]ค", "กขค", []),
        ("[DATE][/DATE]ว่าง", "ว่าง", []),
    ],
)
def test_parse_line(line: str, text: str, expected: list[tuple[str, str]]) -> None:
    s = parse_line(line)
    assert s.text == text
    assert spans(s) == expected


def test_markup_round_trip() -> None:
    s = parse_line("[ORGANIZATION]กรมควบคุมโรค[/ORGANIZATION] เตือน [PERSON]นายสมชาย ใจดี[/PERSON] [AGO]ปี[/AGO]")
    again = parse_line(to_markup(s))
    assert again == s
    assert "AGO" not in to_markup(s)


def test_load_and_split_keep_the_tail_for_validation(tmp_path: Path) -> None:
    f = tmp_path / "train.txt"
    f.write_text("\ufeff" + "\n".join(f"ประโยค{i} [PERSON]นาย{i}[/PERSON]" for i in range(10)) + "\n\n",
                 encoding="utf-8")
    sents = load(f)
    assert len(sents) == 10 and not sents[0].text.startswith("\ufeff")
    train, valid = split_tail(sents, 3)
    assert [s.text for s in valid] == [s.text for s in sents[7:]]
    assert train == sents[:7]
    out = tmp_path / "valid.txt"
    write_markup(valid, out)
    assert load(out) == valid
    with pytest.raises(ValueError):
        split_tail(sents, 10)


def test_entity_as_dict() -> None:
    assert Entity(0, 5, "PERSON").as_dict() == {"start": 0, "end": 5, "label": "PERSON"}
