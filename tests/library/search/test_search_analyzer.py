"""The Thai analyzer: normalisation, digits, segmentation and stop words (no database)."""

from __future__ import annotations

import re

import pytest

from library.search import snippets
from library.search.analyzer import analyze, index_text, is_stop_word, parts_of
from library.search.backend import parse_query
from library.search.snippets import highlight, snippet


@pytest.mark.parametrize(("a", "b"), [
    ("๒๕๖๗", "2567"),
    ("ปี ๒๕๖๗", "ปี 2567"),
    ("１２３", "123"),
    ("ABC Road", "abc road"),
    ("1,500,000 บาท", "1500000 บาท"),
    ("น\u0e4d\u0e32ประปา", "น\u0e33ประปา"),   # decomposed sara am
    ("\uf70aก", "\u0e48ก"),                    # a PUA tone mark (MAI EK, shifted down)
])
def test_equivalent_texts_give_the_same_tokens(a: str, b: str) -> None:
    assert analyze(a) == analyze(b)


def test_thai_is_segmented_into_whole_words() -> None:
    tokens = analyze("ประกาศผลการพิจารณาคณะกรรมการผู้ใหญ่บ้าน")
    assert "คณะกรรมการ" in tokens and "ผู้ใหญ่บ้าน" in tokens and "ประกาศ" in tokens
    # no token is cut inside a word at a tone mark or vowel (Tantivy's and FTS5's default trap)
    assert all(len(t) > 1 for t in tokens)


def test_stop_words_are_dropped_at_index_and_query_time() -> None:
    for word in ("การ", "ที่", "ของ"):
        assert is_stop_word(word)
    assert analyze("ที่ ของ") == []
    assert parse_query("ของ น้ำประปา").terms == parse_query("น้ำประปา").terms
    assert "ของ" not in index_text("งบประมาณของจังหวัด").split()


def test_punctuation_splits_and_disappears() -> None:
    assert analyze("บร ๐๐๑๗/๑๒ (ด่วน)") == ["บร", "0017", "12", "ด่วน"]


def test_query_phrases_and_words() -> None:
    q = parse_query('"ถนนคอนกรีต เสริมเหล็ก" ๒๕๖๗')
    assert q.phrases == (("ถนน", "คอนกรีต", "เสริม", "เหล็ก"),)
    assert q.terms == ("2567",)
    assert parse_query('"น้ำเสีย"').terms == ("น้ำเสีย",)
    assert parse_query("  ").empty and parse_query("ที่").empty


def test_snippets_highlight_the_original_characters() -> None:
    text = "ข้อความนำ " * 30 + "งบประมาณปี ๒๕๖๗ จำนวนมาก <script>" + " ท้าย" * 30
    out = snippet(text, ["2567"])
    assert "<mark>๒๕๖๗</mark>" in out and "&lt;script&gt;" in out and out.startswith("…")
    assert highlight("ABC <b>", ["abc"]) == "<mark>ABC</mark> &lt;b&gt;"


@pytest.mark.parametrize(("token", "parts"), [
    ("ซ่อมแซม", ("ซ่อม", "แซม")),
    ("พนักงาน", ("พนัก", "งาน")),
    ("สมัครงาน", ("สมัคร", "งาน")),
    ("น้ำท่วม", ("น้ำ", "ท่วม")),
    ("รับสมัคร", ("สมัคร",)),        # รับ is a stop word
    ("ถนน", ()),                      # one word
    ("2567", ()),
    ("คอมพิวเตอร์", ()),              # a loan word is not two Thai words
    # Maximal matching over every split point: the fewest words, not only two.
    ("คอนกรีตเสริมเหล็ก", ("คอนกรีต", "เสริม", "เหล็ก")),
    ("พระราชบัญญัติ", ("พระ", "ราช", "บัญญัติ")),
    ("เตรียม", ()),                   # three syllables that happen to be words are no split
])
def test_compound_parts(token, parts) -> None:
    assert parts_of(token) == parts


@pytest.mark.parametrize(("text", "tokens", "marked"), [
    # A query word is highlighted where the analyzer sees it as a token ...
    ("เรื่องที่เกี่ยวข้องกับข้อเท็จจริง", ["ข้อเท็จจริง"], ["ข้อเท็จจริง"]),
    # ... or as a part of a compound token ...
    ("ก่อสร้างถนนคอนกรีตเสริมเหล็กสองสาย", ["คอนกรีต", "เหล็ก"], ["คอนกรีต", "เหล็ก"]),
    # ... never as letters inside another word.
    ("เรื่องที่เกี่ยวข้องกับการประชุม", ["ข้อ"], []),
    ("ถนนสายนี้กว้างหกเมตร", ["นน"], []),
    # Digits as written (Thai digits, digit groups) and Latin case.
    ("ราคา 1,500 บาท ปี ๒๕๖๗", ["1500", "2567"], ["1,500", "๒๕๖๗"]),
    ("สินค้า OTOP ประจำปี", ["otop"], ["OTOP"]),
])
def test_highlights_fall_on_analyzer_tokens(text, tokens, marked) -> None:
    out = highlight(text, tokens)
    assert re.findall(r"<mark>(.*?)</mark>", out) == marked, out


# --- highlights analyse only the pieces of a text that can hold a query word ----------------

def _whole_text_spans(monkeypatch, text: str, tokens: list[str]) -> list[tuple[int, int]]:
    """find_spans with every piece analysed: the reference the pre-filter must agree with."""
    with monkeypatch.context() as m:
        m.setattr(snippets, "_regions", lambda t, wanted: [(0, len(t))])
        return snippets.find_spans(text, tokens)


@pytest.mark.parametrize(("text", "query"), [
    # A SARA AM that a broken text layer wrote as a gap, as nothing or as MAI THO, repaired
    # across the gap (the piece is not cut there).
    ("ประกาศรับสมัคร ต าแหน่ง นักวิชาการ ประจำปี", "ตำแหน่ง"),
    ("เรื่อง ส้านักงาน ใหม่ ของ จังหวัด", "สำนักงาน"),
    ("การ บ ารุงรักษา ถนน", "บำรุงรักษา"),
    # Decomposed SARA AM, PUA tone marks and a PUA consonant, a doubled vowel, เเ for แ.
    ("น\u0e4d\u0e49\u0e32ประปา หมู่บ้าน", "น้ำประปา"),
    ("ผู\uf70bใหญ่บ\uf70bาน ประชุม", "ผู้ใหญ่บ้าน"),
    ("ความเจริ\uf70fเติบโต ของ เมือง", "เจริญ"),
    ("ผลการตรวจสอบบัญชีิ ประจำปี", "บัญชี"),
    ("เเผนงาน เเละ งบประมาณ", "แผนงาน"),
    # Thai and fullwidth digits, a digit group, a zero-width space, Latin case.
    ("งบประมาณ ๑,๕๐๐,๐๐๐ บาท ปี ๒๕๖๗", "1500000"),
    ("เลขที่ １２３ ปี 2567", "123"),
    ("ค่า\u200bจ้าง เหมา บริการ", "ค่าจ้าง"),
    ("โครงการ OTOP ของ ตำบล", "otop"),
    # A part of a compound word; a ligature (no skeleton: the whole text is analysed).
    ("ก่อสร้าง ถนนคอนกรีตเสริมเหล็ก สาย บ้านนา", "คอนกรีต"),
    ("แบบ \ufb01le ข้อมูล", "file"),
])
def test_highlights_of_the_pieces_equal_the_whole_text(monkeypatch, text, query) -> None:
    tokens = analyze(query)
    spans = snippets.find_spans(text, tokens)
    assert spans, (text, query)
    assert spans == _whole_text_spans(monkeypatch, text, tokens)


@pytest.mark.parametrize(("text", "query", "analysed"), [
    # Only the sentence that can hold the word is analysed.
    ("ประชุมคณะกรรมการ ครั้งที่สอง เรื่องถนนคอนกรีต ปิดประชุม", "ถนน", ["เรื่องถนนคอนกรีต"]),
    # A word that differs only by its tone mark has the same skeleton: analysed, not matched.
    ("ขอความร่วมมือ ทุกท่าน", "ข้อ", ["ขอความร่วมมือ"]),
    # No piece can hold the word.
    ("ประชุมคณะกรรมการ ครั้งที่สอง", "งบประมาณ", []),
    # Neighbouring pieces that may both match are analysed together.
    ("ถนนสายหนึ่ง ถนนสายสอง จบ", "ถนน", ["ถนนสายหนึ่ง ถนนสายสอง"]),
])
def test_pieces_that_cannot_hold_a_query_word_are_skipped(text, query, analysed) -> None:
    regions = snippets._regions(text, set(analyze(query)))
    assert [text[a:b] for a, b in regions] == analysed


@pytest.mark.parametrize(("raw", "normalised"), [
    ("ต าแหน่ง", "ตำแหน่ง"),
    ("ส้าคัญ", "สำคัญ"),
    ("น\u0e4d\u0e32", "น\u0e33"),
    ("ผู\uf70bใหญ่", "ผู้ใหญ่"),
    ("กิิ", "กิ"),
    ("เเละ", "และ"),
    ("๒๕๖๗", "2567"),
    ("ABC", "abc"),
])
def test_a_raw_form_and_its_normalised_form_share_a_skeleton(raw, normalised) -> None:
    assert snippets._skeleton(raw) == snippets._skeleton(normalised)


@pytest.mark.parametrize("text", ["\ufb01le", "ราคา–ถูก", "日本"])
def test_text_outside_the_skeleton_alphabet_has_none(text) -> None:
    assert snippets._skeleton(text) is None
