"""policy.propagate (issue #11): whole names only, never a bare common word.

Names are made up; the common words are ordinary Thai words that a wrong span
(a model's or a rule's) may have made a "name".
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redactor.detectors.base import DetectionContext
from redactor.normalise import normalise
from redactor.policy import Decided, _phrase_of_words, decide, propagate
from redactor.types import Finding

COMMON_WORDS = ["ตำแหน่ง", "หรือ", "เรื่อง", "ประธาน", "ความ", "ที่ดิน", "วันที่", "ผู้ใหญ่", "หนังสือ", "ราชการ",
                "จังหวัด", "บ้าน", "ข้อมูล", "แจ้ง", "ประกาศ", "สำนักงาน", "รายงาน", "ดำเนินการ"]


def _redacted(text: str, value: str, detector: str = "ner") -> tuple[DetectionContext, list[Decided]]:
    ctx = DetectionContext(normalise(text).text)
    s = ctx.text.index(value)
    f = Finding(s, s + len(value), "PERSON", 0.8, "15(5)", detector, "test")
    return ctx, [Decided(f, "redact")]


@pytest.mark.parametrize("word", COMMON_WORDS)
def test_a_common_word_is_never_propagated_alone(word: str) -> None:
    text = f"{word}\nบรรทัดหนึ่ง {word} อีกครั้ง\n{word}ของหน่วยงาน และ {word} ท้ายเอกสาร"
    ctx, decided = _redacted(text, word)
    assert propagate(decided, ctx, []) == []


@pytest.mark.parametrize("word", COMMON_WORDS[:6])
def test_a_common_word_with_another_common_word_is_not_a_name(word: str) -> None:
    value = f"{word} ราชการ"
    ctx, decided = _redacted(f"{value}\nอีกที่ {value} และ {word}", value)
    assert propagate(decided, ctx, []) == []


def test_a_dictionary_first_name_propagates_only_with_its_surname() -> None:
    # ประเสริฐ is a given name and a word (excellent).
    text = ("ได้รับคำร้องจากนายประเสริฐ ทองแสนดี ผู้ร้อง\n"
            "ผลงานประเสริฐ มาก\nสำเนา ประเสริฐ ทองแสนดี\nประเสริฐ ได้รับทราบ")
    ctx, decided = _redacted(text, "นายประเสริฐ ทองแสนดี", "person_name")
    got = {ctx.text[n.start:n.end] for n in propagate(decided, ctx, [])}
    assert got == {"ประเสริฐ ทองแสนดี"}


def test_a_dictionary_first_name_alone_in_brackets_or_on_its_line() -> None:
    text = ("ได้รับคำร้องจากนายประเสริฐ ทองแสนดี ผู้ร้อง\nเรื่องที่ 12/2567 (ประเสริฐ - มานพ)\n"
            "โทรแจ้งแล้ว (ประเสริฐ)\nประเสริฐ\nผลงานประเสริฐ มาก (ดีเยี่ยม)")
    ctx, decided = _redacted(text, "นายประเสริฐ ทองแสนดี", "person_name")
    got = [ctx.text[n.start:n.end].strip() for n in propagate(decided, ctx, [])]
    assert got == ["ประเสริฐ", "ประเสริฐ", "ประเสริฐ"]


def test_an_unlisted_dictionary_first_name_only_in_brackets() -> None:
    # สมัย (era) as a given name the lists lack: in a case's "(A - B)" it is the person's.
    text = "คำร้องของนายสมัย ทองแสนดี\nเรื่องที่ 5/2567 (สมปอง - สมัย)\nสมัย\nในสมัย ก่อน"
    ctx, decided = _redacted(text, "นายสมัย ทองแสนดี", "person_name")
    got = [ctx.text[n.start:n.end].strip() for n in propagate(decided, ctx, [])]
    assert got == ["สมัย"]


def test_a_listed_first_name_that_is_no_word_propagates_alone() -> None:
    text = "นางสาวปิยะนุช ทองแสนดี ผู้ร้อง\nโทรหาปิยะนุช แล้ว\nปิยะนุช ได้รับทราบ"
    ctx, decided = _redacted(text, "นางสาวปิยะนุช ทองแสนดี", "person_name")
    got = [ctx.text[n.start:n.end] for n in propagate(decided, ctx, [])]
    assert any(g.startswith("ปิยะนุช") for g in got)


def test_an_official_is_kept_in_every_mention() -> None:
    text = ("(นายธวัชชัย ปัญญาดียิ่ง)\nนายอำเภอแม่ทา\n"
            "ตาราง\nธวัชชัย\nปัญญาดียิ่ง\tประธาน\nอ้างถึง ธวัชชัย ปัญญาดียิ่ง")
    ctx = DetectionContext(normalise(text).text)
    from redactor.detectors.base import enabled_detectors

    decided = decide([x for d in enabled_detectors() for x in d.detect(ctx)], ctx)
    acts = {ctx.text[d.finding.start:d.finding.end]: d.action for d in decided if "ธวัชชัย" in
            ctx.text[d.finding.start:d.finding.end]}
    assert acts and set(acts.values()) == {"keep"}, acts


def test_a_foreign_family_name_propagates_alone() -> None:
    text = "Mr. Henrik Aalborgsen was injured.\nThe Aalborgsen family asked for news.\nAuthor: Aalborgsen"
    ctx, decided = _redacted(text, "Mr. Henrik Aalborgsen", "person_name")
    got = [ctx.text[n.start:n.end] for n in propagate(decided, ctx, [])]
    assert got == ["Aalborgsen", "Aalborgsen"]  # the two mentions outside the redacted name


def test_span_index_finds_every_overlap() -> None:
    from redactor.keep_rules import KeepSpan
    from redactor.policy import _Spans

    spans = [KeepSpan(s, e, str(i)) for i, (s, e) in enumerate([(0, 50), (10, 12), (20, 30), (29, 31), (100, 101)])]
    index = _Spans(spans)
    for start, end in [(0, 1), (11, 12), (25, 29), (30, 31), (49, 100), (50, 100), (100, 200), (31, 50)]:
        brute = {k.reason for k in spans if k.start < end and start < k.end}
        assert {k.reason for k in index.overlapping(start, end)} == brute


@pytest.mark.parametrize(("word", "phrase"), [
    # runs of words holding a grammatical word: a table cell's text glued to a name, no given name
    ("จอดในที่", True), ("ขอให้", True), ("ของดี", True), ("ในหลวง", True),
    # compound given names are dictionary words too, without a grammatical word; listed names never are
    ("ทองใบ", False), ("สมศักดิ์", False), ("มาลัย", False), ("ตระการ", False), ("ห้ามจอด", False),
])
def test_a_phrase_of_words_is_no_given_name(word: str, phrase: bool) -> None:
    assert _phrase_of_words(word) is phrase


def test_a_first_name_that_is_a_phrase_does_not_propagate() -> None:
    # A title alone on a narrow cell's line read with the next cell's first line ("นาย" + "จอดในที่"):
    # the offence column's "จอดในที่ ห้ามจอด" of the other rows is not this person's first name.
    text = "นาย\nจอดในที่\nจอดในที่ ห้ามจอด ๑,๐๐๐\nจอดในที่ ห้ามจอด ๕๐๐"
    ctx = DetectionContext(normalise(text).text)
    f = Finding(0, len("นาย\nจอดในที่"), "PERSON", 0.8, "15(5)", "person_name", "test")
    got = [ctx.text[n.start:n.end] for n in propagate([Decided(f, "redact")], ctx, [])]
    assert not any("จอด" in g for g in got)


@pytest.mark.parametrize(("text", "value", "others"), [
    # a CV's heading in capitals, its body in title case
    ("ANONG TESTWONG\nWEB DEVELOPER\nName: Anong Testwong (Nok)", "Anong Testwong", ["ANONG TESTWONG"]),
    ("Mr. Peter Example signed. MR. PETER EXAMPLE", "Mr. Peter Example", ["MR. PETER EXAMPLE"]),
    # the same case is found as before; a Thai name is not folded (it has no case)
    ("Name: Anong Testwong\nRef: Anong Testwong", "Anong Testwong", ["Anong Testwong"]),
    ("ผู้ร้อง สมมุติ ทดสอบดี\nอีกครั้ง สมมุติ ทดสอบดี", "สมมุติ ทดสอบดี", ["สมมุติ ทดสอบดี"]),
    # one word of it alone in other capitals is no name of its own
    ("Name: Anong Testwong\nTESTWONG ROAD WORKS", "Anong Testwong", []),
])
def test_a_latin_name_propagates_in_other_capitals(text: str, value: str, others: list[str]) -> None:
    ctx, decided = _redacted(text, value)
    first = decided[0].finding.start
    got = sorted({ctx.text[n.start:n.end] for n in propagate(decided, ctx, []) if n.start != first
                  and ("same text" in n.explanation or "capitals" in n.explanation)})
    assert got == sorted(set(others))


# A nickname the document declares ("หรือน้อง “…”") that is also a dictionary word: the document says
# the word names the child, so it goes wherever it stands as a word of its own, glued Thai included;
# not inside a longer word, and not from any other detector.
DECLARED = [
    ("ด.ช.ทดลอง ดีใจ หรือน้อง “ส้มโอ” ชั้น ป.5\nทุกเช้าส้มโอเข็นรถให้ยาย\nส้มโอ ตั้งใจเรียน",
     "ส้มโอ", "nickname", ["ส้มโอ", "ส้มโอ"]),
    ("ด.ญ.ทดลอง ดีใจ หรือน้อง “ข้าวหอม” ชั้น ป.3\nข้าวหอมช่วยยายทุกวัน", "ข้าวหอม", "nickname", ["ข้าวหอม"]),
    # a short nickname: alone or after a kin word only
    ("ด.ช.ทดลอง ดีใจ หรือน้อง “เงิน” ชั้น ป.5\nวันนี้น้องเงินไปโรงเรียน\nเงิน ตั้งใจเรียน", "เงิน", "nickname",
     ["เงิน", "เงิน"]),
    # inside a longer dictionary word it is another word
    ("ด.ช.ทดลอง ดีใจ หรือน้อง “เงิน” ชั้น ป.5\nราคาเงินสดสูงขึ้น\nถอนเงินคืน", "เงิน", "nickname", []),
    # the same word from the NER model alone is a common word, never propagated
    ("ด.ช.ทดลอง ดีใจ หรือน้อง “ส้มโอ” ชั้น ป.5\nทุกเช้าส้มโอเข็นรถให้ยาย", "ส้มโอ", "ner", []),
]


@pytest.mark.parametrize(("text", "value", "detector", "expected"), DECLARED)
def test_a_declared_nickname_goes_where_it_stands_as_a_word(
        text: str, value: str, detector: str, expected: list[str]) -> None:
    ctx = DetectionContext(normalise(text).text)
    s = ctx.text.index(value)
    f = Finding(s, s + len(value), "PERSON", 0.8, "15(5)", detector, "test")
    got = [ctx.text[n.start:n.end] for n in propagate([Decided(f, "redact")], ctx, [])]
    assert got == expected


@pytest.mark.parametrize(("text", "value", "glued", "alone"), [
    # a surname a narrow cell wrapped onto its own line recurs inside a temple's or a road's name
    ("ชื่อ\nเด็กชายทดลอง\nบุญสมมุติ\nโรงเรียนวัดศรีบุญสมมุติ\nบุญสมมุติ", "บุญสมมุติ", "ศรีบุญสมมุติ", "\nบุญสมมุติ"),
    ("นายทดลอง\nแก้วสมมุติ\nถนนแก้วสมมุติชัย แก้วสมมุติ ลงชื่อ", "แก้วสมมุติ", "ถนนแก้วสมมุติชัย", " แก้วสมมุติ "),
])
def test_a_lone_name_word_is_not_propagated_inside_a_longer_word(text: str, value: str, glued: str,
                                                                 alone: str) -> None:
    ctx, decided = _redacted(text, value)
    starts = {n.start for n in propagate(decided, ctx, [])}
    inside = ctx.text.index(glued) + glued.index(value)
    assert inside not in starts
    assert ctx.text.rindex(alone) + alone.index(value) in starts


def test_a_titled_name_is_propagated_glued_after_a_word() -> None:
    text = "นายทดลอง แก้วสมมุติ ผู้ร้อง\nคำร้องของนายทดลอง แก้วสมมุติ"
    ctx, decided = _redacted(text, "นายทดลอง แก้วสมมุติ")
    starts = {n.start for n in propagate(decided, ctx, [])}
    assert ctx.text.rindex("นายทดลอง") in starts


@pytest.mark.parametrize(("text", "value", "propagated"), [
    # a house number and its village recur: withheld wherever they stand
    ("ที่อยู่ 12/3 หมู่ 4\nส่งถึง 12/3 หมู่ 4 อีกครั้ง", "12/3 หมู่ 4", True),
    # a sub-district alone (a wrapped address cell's last line) is also the agency's own name
    ("ที่อยู่ ตำบลหนองสมมุติ\nเทศบาลตำบลหนองสมมุติ ประกาศ", "หนองสมมุติ", False),
])
def test_an_address_without_a_house_number_is_not_propagated(text: str, value: str, propagated: bool) -> None:
    ctx = DetectionContext(normalise(text).text)
    s = ctx.text.index(value)
    f = Finding(s, s + len(value), "ADDRESS", 0.7, "15(5)", "table_column", "test")
    got = [n for n in propagate([Decided(f, "redact")], ctx, []) if n.start != s]
    assert bool(got) is propagated


def test_flex_spans_find_what_the_flexible_pattern_finds() -> None:
    # Propagation finds a withheld value's other copies by a string search in the text without
    # whitespace, mapped back; it must give exactly the spans of re.finditer(flex_pattern(value), text)
    # (whitespace of any kind allowed between any two characters), wherever the copies stand.
    import random
    import re

    from redactor.intervals import without
    from redactor.keep_rules import flex_pattern
    from redactor.policy import flex_spans

    rng = random.Random(11)
    pieces = ["ab", "a", "b", " ", "\n", "\t ", "\u00a0", "\x1c", "1-2", "สม", "ชาย"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        compact = "".join(text.split())
        back = without(text, re.compile(r"\s+"))[1]
        for key in ("ab", "aba", "a", "1-2a", "สมชาย", "bb"):
            want = [m.span() for m in re.finditer(flex_pattern(key), text)]
            assert list(flex_spans(compact, back, key)) == want, (text, key)


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        # a font whose thanthakhat and tone marks come out as ASCII letters: the same name
        ("ผู้สมัคร: นายวิทย์ ทองแก้ว\nวิทยn ทองแกcว\nEmail", "วิทย์ ทองแก้ว", ["วิทยn ทองแกcว"]),
        ("ชื่อ สิทธิ์ ใจเพียร\nหัวข้อ\nสิทธิn ใจเพียร", "สิทธิ์ ใจเพียร", ["สิทธิn ใจเพียร"]),
        # an unmapped glyph the matching view dropped: the mark is missing
        ("ชื่อ สิทธิ์ ใจเพียร\nหัวข้อ\nสิทธิ ใจเพียร", "สิทธิ์ ใจเพียร", ["สิทธิ ใจเพียร"]),
        # as typed, the exact propagation finds it; this rule adds nothing
        ("ชื่อ สิทธิ์ ใจเพียร\nสิทธิ์ ใจเพียร\nsome text ดีn", "สิทธิ์ ใจเพียร", []),
        # a letter that is not in a mark's place, a longer Latin word, another name: no match
        ("ชื่อ สิทธิ์ ใจเพียร\nสิทธิ์x ใจเพียร\nสิทธิ์ ใจเพียรในhello", "สิทธิ์ ใจเพียร", []),
        ("ชื่อ สิทธิ์ ใจเพียร\nสิทธิok ใจเพียร\nวิทยn", "สิทธิ์ ใจเพียร", []),
        ("ชื่อ สิทธิ์ ใจเพียร\nสิทธิn ใจดี", "สิทธิ์ ใจเพียร", []),
    ],
)
def test_a_name_whose_marks_a_broken_font_extracts_as_latin_letters(text: str, value: str,
                                                                       expected: list[str]) -> None:
    ctx, decided = _redacted(text, value, "person_name")
    got = [ctx.text[n.start:n.end] for n in propagate(decided, ctx, [])
           if "Latin letters" in n.explanation]
    assert got == expected



def test_one_word_is_not_looked_for_with_latin_letters() -> None:
    # a lone given name could be a word: only a given and a family name together
    text = "ชื่อเล่น วิทย์\nวิทยn"
    ctx, decided = _redacted(text, "วิทย์", "nickname")
    assert [n for n in propagate(decided, ctx, []) if "Latin letters" in n.explanation] == []


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        # a scan's summary rows repeat the student's number; OCR misread it in some
        ("ID 610512345\n2016 term 1\n610572345 18 15 2.10\n610512345 21 18 2.40\n61051234 20 20 2.55",
         "610512345", ["610572345", "61051234"]),
        # written without its separator, or its check digit lost
        ("รหัสประจำตัว 640123456-7\n640123456 7\n6401234567", "640123456-7", ["640123456", "6401234567"]),
        # ... not a number two digits off, nor a shorter number, nor a code of fewer than eight digits
        ("ID 610512345\nrow 610577345\nref 1234", "610512345", []),
        ("HN 1234567\nroom 1234568", "1234567", []),
    ],
)
def test_a_code_one_digit_off_is_the_same_code_misread(text: str, value: str, expected: list[str]) -> None:
    ctx = DetectionContext(normalise(text).text)
    s = ctx.text.index(value)
    f = Finding(s, s + len(value), "PERSONAL_CODE", 0.8, "15(5)", "personal_code", "test")
    got = [ctx.text[n.start:n.end] for n in propagate([Decided(f, "redact")], ctx, [])
           if "digit off" in n.explanation]
    assert got == expected


def _one_edit_apart(a: str, b: str) -> bool:
    """Levenshtein distance <= 1, by the definition."""
    if a == b:
        return True
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return len(long_) - len(short) == 1 and any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text("0112", min_size=7, max_size=10), min_size=1, max_size=12), st.text("0112", min_size=7,
                                                                                            max_size=10))
def test_digit_runs_one_edit_is_every_run_one_digit_off(runs: list[str], code: str) -> None:
    """The deletion index finds exactly the runs within one replaced, dropped or added digit (few digit
    values, so that repeated digits, where the same run arises from dropping different places, are common)."""
    from redactor.policy import _DigitRuns

    text = " ".join([*runs, code])
    index = _DigitRuns(text)
    assert index.one_edit(code) == {r for r in index.spans if _one_edit_apart(r, code)}


@settings(max_examples=400, deadline=None)
@given(st.text(st.sampled_from([*"กขสิทธ์ุ่้ัำ", *"abnzAZ. \t\n\u00a0\u2003\u3000\x1c", "\u0e4e", "\u0e3a",
                                 # no Windows-874 byte (the str.translate path), and the byte encode() puts for one
                                 *"é\ufffd™", "?", "\u0e5b", "\u0e3f"]), max_size=40))
def test_skeleton_drops_what_one_regex_pass_drops(text: str) -> None:
    """_skeleton (a regex for the glued letter, then a byte or str translate) equals the single pass it replaced."""
    import re

    from redactor.detectors.base import TH
    from redactor.policy import _skeleton

    one_pass = re.compile(rf"\s+|[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]|(?<=[{TH}])[a-z](?![A-Za-z])")
    assert _skeleton(text) == one_pass.sub("", text)
