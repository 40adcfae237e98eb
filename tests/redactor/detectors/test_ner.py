"""ner: our Thai NER model as a detector. A fake model pins the integration; one test runs the real one."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from redactor.detectors.base import DetectionContext, enabled_detectors, registered
from redactor.detectors.ner import CACHE_KEY, MODEL_DIR, NerDetector, entities
from redactor.errors import PhoeiError
from redactor.normalise import normalise
from redactor.policy import decide

NAME = "ner"


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str
    score: float


class FakeNer:
    """Returns every occurrence of fixed strings, as a line-level model would, and counts its calls."""

    def __init__(self, spans: dict[str, tuple[str, float]], raw: list[Span] | None = None) -> None:
        self.spans = spans
        self.raw = raw or []
        self.lines: list[str] = []

    def predict(self, text: str) -> list[Span]:
        self.lines.append(text)
        out = list(self.raw)
        for needle, (label, score) in self.spans.items():
            at = text.find(needle)
            while at >= 0:
                out.append(Span(at, at + len(needle), label, score))
                at = text.find(needle, at + 1)
        return out


def run(text: str, fake: FakeNer) -> tuple[DetectionContext, list[tuple[str, str, float]]]:
    ctx = DetectionContext(normalise(text).text)
    found = NerDetector(model=fake).detect(ctx)
    return ctx, [(ctx.text[f.start:f.end], f.label, f.score) for f in found]


def test_metadata() -> None:
    assert (NerDetector.label, NerDetector.basis) == ("PERSON", "15(5)")
    assert registered()[NAME] is NerDetector


def test_person_spans_become_findings_with_offsets_in_the_whole_text() -> None:
    fake = FakeNer({"จรรยาธรณ์ แก้วสายพร": ("PERSON", 0.93), "อำเภอเมือง": ("LOCATION", 0.9)})
    text = "เรื่อง ร้องเรียน\n\nผู้ร้อง นายจรรยาธรณ์ แก้วสายพร อำเภอเมือง\nสำเนา จรรยาธรณ์ แก้วสายพร"
    ctx, found = run(text, fake)
    assert found == [("จรรยาธรณ์ แก้วสายพร", "PERSON", 0.93), ("จรรยาธรณ์ แก้วสายพร", "PERSON", 0.93)]
    # one call per non-empty line, never across a line break
    assert fake.lines == ["เรื่อง ร้องเรียน", "ผู้ร้อง นายจรรยาธรณ์ แก้วสายพร อำเภอเมือง", "สำเนา จรรยาธรณ์ แก้วสายพร"]
    (f,) = [x for x in NerDetector(model=fake).detect(ctx)][:1]
    # One number: the score; the explanation carries none of its own.
    assert f.detector == NAME and f.basis == "15(5)" and f.score == 0.93 and f.explanation == "NER model: PERSON"


def test_locations_and_organisations_are_context_not_findings() -> None:
    fake = FakeNer({"จังหวัดขอนแก่น": ("LOCATION", 0.99), "กรมการปกครอง": ("ORGANIZATION", 0.99)})
    ctx, found = run("กรมการปกครอง จังหวัดขอนแก่น", fake)
    assert found == []
    assert [(ctx.text[s:e], lab) for s, e, lab, _ in ctx.cache[CACHE_KEY]] == [
        ("จังหวัดขอนแก่น", "LOCATION"), ("กรมการปกครอง", "ORGANIZATION")]


def test_the_model_runs_once_per_document_and_line_text() -> None:
    fake = FakeNer({"นายสมชาย": ("PERSON", 0.8)})
    ctx = DetectionContext("นายสมชาย\nนายสมชาย\nPage 2 of 9\n2567")
    det = NerDetector(model=fake)
    assert len(det.detect(ctx)) == 2
    assert len(entities(ctx, fake)) == 2
    # a repeated line (a header, a footer) is predicted once; lines without Thai letters not at all
    assert fake.lines == ["นายสมชาย"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ([Span(2, 9, "PERSON", 0.7)], ["นายก ข"]),  # whitespace at the edges trimmed
        ([Span(-3, 4, "PERSON", 0.7)], ["นา"]),  # clamped to the line
        ([Span(5, 99, "PERSON", 0.7)], ["ก ข"]),
        ([Span(0, 2, "PERSON", 0.7), Span(9, 9, "PERSON", 0.7)], []),  # nothing but spaces / empty
    ],
)
def test_model_spans_are_clamped_and_trimmed(raw: list[Span], expected: list[str]) -> None:
    _ctx, found = run("  นายก ข  ", FakeNer({}, raw))
    assert [t for t, _l, _s in found] == expected


def test_policy_keeps_an_official_and_redacts_a_private_person() -> None:
    text = ("ได้รับเรื่องจากนายสมมติ ทดลองดี ผู้ร้อง\n"
            "(นายวิชัย ตัวอย่างยิ่ง)\nรองผู้ว่าราชการจังหวัดนครราชสีมา\n")
    fake = FakeNer({"นายสมมติ ทดลองดี": ("PERSON", 0.9), "นายวิชัย ตัวอย่างยิ่ง": ("PERSON", 0.9),
                    "จังหวัดนครราชสีมา": ("LOCATION", 0.9)})
    ctx = DetectionContext(normalise(text).text)
    out = {ctx.text[d.finding.start:d.finding.end]: d.action
           for d in decide(list(NerDetector(model=fake).detect(ctx)), ctx)}
    assert out == {"นายสมมติ ทดลองดี": "redact", "นายวิชัย ตัวอย่างยิ่ง": "keep"}


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ({"สมปอง": ("PERSON", 0.55)}, ["สมปอง"]),
        ({"สมปอง": ("PERSON", 0.45)}, []),  # doubtful: would only widen other findings
        ({"Somchai Jaidee": ("PERSON", 0.95)}, []),  # Latin script is person_name's job
    ],
)
def test_doubtful_and_latin_spans_are_not_reported(spans: dict[str, tuple[str, float]], expected: list[str]) -> None:
    _ctx, found = run("ผู้แจ้ง สมปอง Somchai Jaidee", FakeNer(spans))
    assert [t for t, _l, _s in found] == expected


@pytest.mark.parametrize("name", ["พระบาทสมเด็จพระเจ้าอยู่หัว", "สมเด็จพระนางเจ้าสิริกิติ์ พระบรมราชินีนาถ",
                                  "พระบาทสมเด็จพระปรมินทรมหาภูมิพลอดุลยเดช"])
def test_royal_names_are_left_to_the_monarchy_detector(name: str) -> None:
    _ctx, found = run(f"เนื่องในโอกาสวันเฉลิมพระชนมพรรษา {name}", FakeNer({name: ("PERSON", 0.95)}))
    assert found == []


@pytest.mark.parametrize("titled", [False, True])
def test_a_single_untitled_word_is_only_proposed_for_review(titled: bool) -> None:
    # "เสริม" is a given name and half of เสริมเหล็ก (reinforced): redacting it would propagate everywhere.
    text = "ผู้แจ้ง เสริม\nงานคอนกรีตเสริมเหล็ก เสริมผิวทาง" + ("\nนายเสริม ใจดี" if titled else "")
    fake = FakeNer({}, [])
    fake.predict = lambda line: (  # type: ignore[method-assign]
        [Span(8, 13, "PERSON", 0.9)] if line == "ผู้แจ้ง เสริม" else
        [Span(0, 13, "PERSON", 0.9)] if line == "นายเสริม ใจดี" else [])
    ctx = DetectionContext(text)
    found = NerDetector(model=fake).detect(ctx)
    assert [(ctx.text[f.start:f.end], f.score) for f in found] == [("เสริม", 0.45)] + (
        [("นายเสริม ใจดี", 0.9)] if titled else [])
    assert "for review" in found[0].explanation
    decided = {(ctx.text[d.finding.start:d.finding.end], d.action) for d in decide(found, ctx)}
    if titled:  # เสริม is a dictionary word: the policy never propagates it alone as a first name
        assert decided == {("เสริม", "review"), ("นายเสริม ใจดี", "redact")}
    else:
        assert decided == {("เสริม", "review")}


def test_enabled_without_a_model_raises(tmp_path: Path) -> None:
    det = NerDetector(model_dir=tmp_path)
    for text in ("นายจรรยาธรณ์ แก้วสายพร", ""):
        with pytest.raises(PhoeiError, match="no model"):
            det.detect(DetectionContext(text))


def test_on_by_default() -> None:
    assert NAME in {d.name for d in enabled_detectors()}


# -- the real model ---------------------------------------------------------------


def test_real_model_finds_untitled_and_titled_names() -> None:
    assert (MODEL_DIR / "thainer-crf" / "model.json").is_file()
    text = ("ข้าพเจ้า นางสาวยุวดี พรสายเรือง อยู่บ้านเลขที่ ๑๒ ขอร้องเรียน\n"
            "เมื่อวันที่ ๕ ธ.ค. ๒๕๖๗ นายจรรยาธรณ์ แก้วสายพร เปิดเพลงเสียงดัง\n")
    ctx = DetectionContext(normalise(text).text)
    got = [(ctx.text[f.start:f.end], f.label) for f in NerDetector().detect(ctx)]
    assert ("นางสาวยุวดี พรสายเรือง", "PERSON") in got
    assert ("นายจรรยาธรณ์ แก้วสายพร", "PERSON") in got
    labels = {lab for _s, _e, lab, _sc in ctx.cache[CACHE_KEY]}
    assert "DATE" in labels


# -- issue #11: what the model tags that is no full name ---------------------------------------

@pytest.mark.parametrize(
    ("line", "span", "expected"),
    [
        # a document number's prefix: a stop word and a vowel-less abbreviation, to review at most
        ("ที่ ตช 0012.34/567", "ที่ ตช", ("ที่ ตช", 0.45)),
        ("เรื่อง สมปอง ใจกล้าหาญ", "เรื่อง สมปอง", ("เรื่อง สมปอง", 0.45)),
        # a row number glued to the name is trimmed, the name keeps the model's score
        ("3สมปอง ใจกล้าหาญ 12 หมู่ 4", "3สมปอง ใจกล้าหาญ", ("สมปอง ใจกล้าหาญ", 0.9)),
        # a rank alone, quotes and check boxes hold no name
        ("ยศ พันตำรวจโท", "พันตำรวจโท", None),
        ("คำสั่ง ☑ อนุมัติ ☐ ไม่อนุมัติ", "คำสั่ง ☑ อนุมัติ ☐", None),
        # a symbol font's check box (private use, U+F0xx) or a bullet after a title: a form's choice
        ("คำนำหน้า เด็กชาย \uf0a6 เด็กหญิง \uf0a6", "เด็กหญิง \uf0a6", None),
        ("\u2022 นาย \u25a1 นาง", "นาย \u25a1 นาง", None),
        ("หรือน้อง “ต้นกล้า”", "น้อง “", ("น้อง", 0.45)),
        # a title heading a position or an agency is no name
        ("ลงนามโดย นายแพทย์ชำนาญการ", "นายแพทย์ชำนาญการ", None),
        ("เรียน นายกองค์การบริหารส่วนตำบลดอนแก้ว", "นายกองค์การบริหารส่วนตำบลดอนแก้ว", None),
        ("ผู้กู้ กยศ.สมปอง", "กยศ.สมปอง", ("กยศ.สมปอง", 0.45)),  # one untitled word: review
        # a two-letter fragment that is no listed given name (OCR of a smudged word): review
        ("แนบ\nเง สำเนาบัตร\nประชาชน", "เง สำเนาบัตร", ("เง สำเนาบัตร", 0.45)),
        ("มาลี ใจงาม", "มาลี ใจงาม", ("มาลี ใจงาม", 0.9)),
        # a Thai title before Latin letters only is latin_name's (which wants two name words)
        ("2.6 (@เด็กหญิง Owns (วนางสาว", "เด็กหญิง Owns", None),
        # OCR of a heading or a stamp: three untitled words, the first no listed given name: review
        ("บนทก ขอความ สวนราชกร เลขที่ 5", "บนทก ขอความ สวนราชกร", ("บนทก ขอความ สวนราชกร", 0.45)),
        ("ส่งถึง มาลี ใจงาม ศรีสุข", "มาลี ใจงาม ศรีสุข", ("มาลี ใจงาม ศรีสุข", 0.9)),
        ("สมปอง ใจกล้าหาญ", "สมปอง ใจกล้าหาญ", ("สมปอง ใจกล้าหาญ", 0.9)),
        # the abbreviation mark inside a span: OCR's reading of a heading, no name
        ("ดวนมาก .ฯงทก ขอคว", "ดวนมาก .ฯงทก ขอคว", None),
        # a tab is a column stop: the Latin column after it is not part of the name
        ("นางสาวมาลี ใจงาม\t\t\tProduct Owner", "นางสาวมาลี ใจงาม\t\t\tProduct Owner", ("นางสาวมาลี ใจงาม", 0.9)),
        ("นายสมปอง ใจกล้าหาญ\tDeveloper 2", "นายสมปอง ใจกล้าหาญ\tDeveloper 2", ("นายสมปอง ใจกล้าหาญ", 0.9)),
        # a tab between the given name and a Thai family name is no column stop
        ("นายสมปอง\tใจกล้าหาญ", "นายสมปอง\tใจกล้าหาญ", ("นายสมปอง\tใจกล้าหาญ", 0.9)),
    ],
)
def test_spans_that_are_no_full_name(line: str, span: str, expected: tuple[str, float] | None) -> None:
    _ctx, found = run(line, FakeNer({span: ("PERSON", 0.9)}))
    assert [(t, s) for t, _l, s in found] == ([expected] if expected else [])


def test_a_document_number_prefix_tagged_as_a_name_is_kept() -> None:
    text = "ที่ ตช ๐๐๑๒.๓๔/๕๖๗\nเรื่อง ขอความร่วมมือ"
    ctx = DetectionContext(normalise(text).text)
    found = NerDetector(model=FakeNer({"ที่ ตช": ("PERSON", 0.65)})).detect(ctx)
    assert [(d.action, d.keep_reason) for d in decide(list(found), ctx)] == [("keep", "agency document number")]


@pytest.mark.parametrize(("span", "expected"), [
    # a cue the model took in before the title is left out (invented names)
    ("สำเนาถึง นางรุ่งทิวา อินทร์แก้วทอง", "นางรุ่งทิวา อินทร์แก้วทอง"),
    ("เรียน นายสมศักดิ์ ดีมากมาย", "นายสมศักดิ์ ดีมากมาย"),
    ("ผู้รับมอบอำนาจ นางสาวพรรณี ศรีเมืองแก้ว", "นางสาวพรรณี ศรีเมืองแก้ว"),
    # stacked titles, a title first, no title: unchanged
    ("นายธีรวัฒน์ ใจกล้าหาญ", "นายธีรวัฒน์ ใจกล้าหาญ"),
    ("ธีรวัฒน์ ใจกล้าหาญ", "ธีรวัฒน์ ใจกล้าหาญ"),
    # a given name before a word that only starts like a title stays (นายก… is a position)
    ("สมชาย นายกสมาคม", "สมชาย นายกสมาคม"),
])
def test_words_before_a_title_are_not_the_name(span: str, expected: str) -> None:
    _ctx, found = run(f"{span} ได้รับทราบแล้ว", FakeNer({span: ("PERSON", 0.9)}))
    assert [f[0] for f in found] == [expected]


@pytest.mark.parametrize(("span", "start"), [
    ("สำเนาถึง นางรุ่งทิวา อินทร์แก้วทอง", len("สำเนาถึง ")),
    ("ศาสตราจารย์ ดร.ธีรวัฒน์ ใจกล้าหาญ", 0),  # stacked titles stay together
    ("รองศาสตราจารย์ นายแพทย์ธีรวัฒน์ ใจกล้าหาญ", 0),
    ("กิตติพงษ์ นางสาวมาลี", 0),  # a listed given name before a title: not a cue, leave it to the model
])
def test_where_the_name_starts(span: str, start: int) -> None:
    from redactor.detectors.ner import _words_before_title

    assert _words_before_title(span, 0, len(span)) == start
@pytest.mark.parametrize(
    ("span", "score", "reported"),
    [
        ("สถานภาพ สมรส", 0.5, False),  # a form's label and value: ordinary words, weakly tagged
        ("อาชีพ ค้าขาย", 0.6, False),
        ("สถานภาพ สมรส", 0.9, True),  # confident: left to review as before
        ("สมศรี ทองดี", 0.5, True),  # a listed given name: a name
        ("ทองดี สมศรี", 0.5, True),
    ],
)
def test_ordinary_word_phrases_weakly_tagged_are_no_findings(span: str, score: float, reported: bool) -> None:
    _ctx, found = run(f"ข้อมูล {span} เพิ่มเติม", FakeNer({span: ("PERSON", score)}))
    assert bool(found) is reported


@pytest.mark.parametrize(("span", "reported"), [("น.", False), ("ส.ค.", False), ("สมปอง", True)])
def test_abbreviation_letters_are_no_names(span: str, reported: bool) -> None:
    _ctx, found = run(f"ผู้แจ้ง {span} ส.3ก", FakeNer({span: ("PERSON", 0.8)}))
    assert bool(found) is reported


@pytest.mark.parametrize(("span", "title"), [
    ("นางสาวมาลี ใจงาม", "นางสาว"),  # the longest title, not นาง
    ("นางมาลี", "นาง"),
    ("นาง", ""),  # only a title: none leads anything
    ("นางสาว", "นาง"),  # a shorter title still leads the rest
    ("พล.ต.อ.สมศักดิ์", "พล.ต.อ."),
    ("ดร.สมชาย", "ดร."),
    ("สมชาย ใจดี", ""),
    ("", ""),
])
def test_leading_title_is_the_longest_that_leads_something(span: str, title: str) -> None:
    from redactor.detectors.ner import _leading_title

    assert _leading_title(span) == title


@pytest.mark.parametrize(("span", "reported"), [
    ("าพ โงข", False),  # OCR of handwriting: no Thai word starts with a following vowel
    ("สมปอง ่ใจดี", False),  # a tone mark alone before a word
    ("ิวรรณ ทองดี", False),
    ("มาลี ใจงาม", True),
    ("นางสาวอำไพ ใจงาม", True),  # อำ: the vowel follows its consonant
    ("เอื้อมพร ศรีสุข", True),  # a leading vowel starts a word
])
def test_words_no_thai_word_starts_with_are_no_names(span: str, reported: bool) -> None:
    _ctx, found = run(f"ข้อมูล\n{span}\nเพิ่มเติม", FakeNer({span: ("PERSON", 0.8)}))
    assert bool(found) is reported


@pytest.mark.parametrize(("span", "expected"), [
    # a form's choices of title, their check boxes dropped: no name
    ("นาง   นางสาว    อื่น ๆ", []),
    ("นาย นาง นางสาว", []),
    # a title before a name is a name
    ("นางสาวสมมติ ทดลองดี", ["นางสาวสมมติ ทดลองดี"]),
])
def test_a_form_s_choices_of_title_are_no_name(span: str, expected: list[str]) -> None:
    _ctx, found = run(f"1. ชื่อ - สกุล {span} (โปรดระบุ)", FakeNer({span: ("PERSON", 0.9)}))
    assert [t for t, _l, _s in found] == expected
