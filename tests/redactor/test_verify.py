"""Verification helpers and the fail-closed rules that need a real file."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from redactor.pipeline import redact
from redactor.types import Redaction, Segment, TextMap
from redactor.verify import fold_many, fragments_and_residual, residual_text, surviving_fragments
from tests.fixtures.make_untrusted import raw_pdf

FONT = "/usr/share/fonts/truetype/tlwg/Laksaman.ttf"


def _tm(text: str, visible: tuple[bool, ...] = ()) -> TextMap:
    segs, pos = [], 0
    for i, line in enumerate(text.split("\n")):
        vis = visible[i] if i < len(visible) else True
        segs.append(Segment(pos, pos + len(line), f"line {i}", vis, None, 1))
        pos += len(line) + 1
    return TextMap(text, segs)


def _r(text: str, needle: str) -> Redaction:
    s = text.index(needle)
    return Redaction(s, s + len(needle), "PERSON", "15(5)", "test", needle)


def test_surviving_fragments_split_at_redactions_per_line() -> None:
    text = "ก่อน นายสมมติ ทดลองดี หลัง\nบรรทัดสอง"
    frags = surviving_fragments(_tm(text), [_r(text, "นายสมมติ ทดลองดี")])
    assert [f for _p, f in frags] == ["ก่อน ", " หลัง", "บรรทัดสอง"]


def test_residual_cuts_redactions_and_hidden_parts() -> None:
    text = "การพิทักษ์ทรัพย์ของ ด.ต.พิทักษ์ แก้วบุญสาย\nพิทักษ์ ในข้อมูลเมตา"
    res = residual_text(_tm(text, (True, False)), [_r(text, "ด.ต.พิทักษ์ แก้วบุญสาย")])
    # The word that contains the name stays countable; the hidden line does not count.
    assert res.count("พิทักษ์") == 1


@pytest.mark.parametrize(("text", "cut", "key", "count"), [
    # a withheld place name that kept text also holds, wrapped over two lines: counted as the
    # written file's text reads it (lines joined), so its visible copy is allowed
    ("ตำบล หนองสมมุติ\nเทศบาลเมืองหนอง\nสมมุติ ประกาศ", "หนองสมมุติ", "หนองสมมุติ", 1),
    ("ตำบล หนองสมมุติ\nเทศบาลเมืองหนอง\n   สมมุติ ประกาศ", "หนองสมมุติ", "หนองสมมุติ", 1),
    # a redaction between the two lines: nothing joins across it
    ("ตำบล หนองสมมุติ\nเทศบาลเมืองหนอง\nสมมุติ ประกาศ", "เมืองหนอง", "หนองสมมุติ", 0),
    ("ตำบล หนองสมมุติ\nเทศบาลเมืองหนอง\nสมมุติ ประกาศ", "สมมุติ ประกาศ", "หนองสมมุติ", 0),
])
def test_residual_joins_lines_with_nothing_withheld_between(text: str, cut: str, key: str, count: int) -> None:
    tm = _tm(text)
    redactions = [_r(text, cut)] if cut == key else [_r(text, "หนองสมมุติ"), _r(text, cut)]
    assert residual_text(tm, redactions).count(key) == count


@pytest.mark.parametrize("cuts", [
    [], ["นายสมมติ"], ["นายสมมติ", "ทดลอง"], ["นายสมมติ ทดลอง", "มติ ทด"], ["ก่อน นายสมมติ ทดลองดี หลัง"], ["สอง"],
])
@pytest.mark.parametrize("visible", [(True, True, True), (True, False, True), (False, False, False)])
def test_fragments_and_residual_fold_once_for_both(cuts: list[str], visible: tuple[bool, ...]) -> None:
    text = "ก่อน นายสมมติ ทดลองดี หลัง\nบรรทัด 08-1234-5678 สอง\nสาม นายสมมติ"
    tm = _tm(text, visible)
    redactions = [_r(text, c) for c in cuts]
    spans, folded, residual = fragments_and_residual(tm, redactions)
    assert residual == residual_text(tm, redactions)
    assert folded == fold_many([f for _p, f in surviving_fragments(tm, redactions)])
    assert [text[s:e] for _p, s, e in spans] == [f for _p, f in surviving_fragments(tm, redactions)]


def _pdf(path: Path, lines: list[str]) -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_font(fontname="th", fontfile=FONT)
    for i, line in enumerate(lines):
        page.insert_text((60, 80 + 24 * i), line, fontname="th", fontsize=15)
    doc.save(str(path))


def test_redacted_first_name_inside_a_kept_word_does_not_fail(tmp_path: Path) -> None:
    src = tmp_path / "in.pdf"
    _pdf(src, ["ผู้ต้องหาคือ ด.ต.พิทักษ์ แก้วบุญสาย แฝงตัวเป็นลูกค้า",
               "ตรวจสอบการพิทักษ์ทรัพย์ของลูกหนี้"])
    out = tmp_path / "out.pdf"
    result = redact(src, out)
    assert result.verification.passed
    text = pymupdf.open(str(out))[0].get_text()
    assert "แก้วบุญสาย" not in text and "การพิทักษ์ทรัพย์" in text


@pytest.mark.parametrize("gap", [24.0, 19.0])
def test_lines_above_and_below_survive_tight_spacing(tmp_path: Path, gap: float) -> None:
    src = tmp_path / "in.pdf"
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_font(fontname="th", fontfile=FONT)
    lines = ["บรรทัดบนที่ต้องอยู่ครบทุกตัวอักษรนะครับ", "เลขประจำตัวประชาชน 1-1037-02071-81-1 นะ",
             "บรรทัดล่างที่ต้องอยู่ครบทุกตัวอักษรเช่นกัน"]
    for i, line in enumerate(lines):
        page.insert_text((60, 80 + gap * i), line, fontname="th", fontsize=16)
    doc.save(str(src))
    out = tmp_path / "out.pdf"
    redact(src, out)
    text = pymupdf.open(str(out))[0].get_text()
    assert lines[0] in text and lines[2] in text
    assert "1037" not in text


@pytest.mark.parametrize(("fragment", "page_text", "found"), [
    # Kept text at a cell or line edge next to the following cell's digits.
    ("(ชั้น ป.4)", "(ชั้น ป.4)\n2,500", True),
    ("เลขที่ 77-", "เลขที่ 77-\n120 บาท", True),
    ("(หน่วย)", "(หน่วย)\n1,250.00", True),
    ("ABC12-", "ABC12-\n3456", True),
    ("ม.2)", "(ม.2)\n15", True),
    # Separators inside a fragment still have to be there.
    ("เลขที่ 12/2567", "เลขที่ 12/2568", False),
    ("(ห้อง ก)", "(ห้อง ข)", False),
    ("สมาชิก 15 คน", "สมาชิก 16 คน", False),
])
def test_kept_fragments_compare_symmetrically_at_edges(fragment: str, page_text: str, found: bool) -> None:
    from redactor.verify import edge_fold, fold_many, fragment_key

    key, hay = fold_many([fragment, page_text])
    assert (fragment_key(key) in edge_fold(hay)) is found


def test_withheld_check_stays_exact_at_edges(tmp_path: Path) -> None:
    # The loose comparison is for kept text only: a withheld number whose
    # separators differ from what stays is still found.
    src = tmp_path / "in.pdf"
    _pdf(src, ["เลขประจำตัวประชาชน 1-1037-02071-81-1 ของผู้ร้อง", "ยอด 12,500 บาท"])
    out = tmp_path / "out.pdf"
    result = redact(src, out)
    assert result.verification.passed
    assert "1037" not in pymupdf.open(str(out))[0].get_text()


def _form(path: Path, values: dict[str, str]) -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_font(fontname="th", fontfile=FONT)
    page.insert_text((60, 80), "แบบคำขอข้อมูลข่าวสาร", fontname="th", fontsize=15)
    for i, (name, value) in enumerate(values.items()):
        w = pymupdf.Widget()
        w.field_name = name
        w.field_type = pymupdf.PDF_WIDGET_TYPE_TEXT
        w.field_value = value
        w.rect = pymupdf.Rect(300, 100 + 30 * i, 540, 118 + 30 * i)
        page.add_widget(w)
    doc.save(str(path))


def test_kept_form_field_values_are_flattened_not_lost(tmp_path: Path) -> None:
    src = tmp_path / "form.pdf"
    _form(src, {"request_no": "REQ-2024-0042", "contact": "081-234-5678"})
    out = tmp_path / "out.pdf"
    result = redact(src, out)
    assert result.verification.passed
    written = pymupdf.open(str(out))
    text = written[0].get_text()
    assert "REQ-2024-0042" in text  # kept value: now page content
    assert "5678" not in text  # a personal phone: redacted in the baked content
    assert not list(written[0].widgets())


def _stale_appearances(path: Path, out: Path, *, flag: bool) -> None:
    """The form at ``path`` with every widget's appearance stream emptied (as some producers write them):
    with ``flag`` the AcroForm asks viewers to draw the fields (/NeedAppearances true), without it
    the widgets lose /AP altogether. Either way a reader (and MuPDF) draws the values itself."""
    doc = pymupdf.open(str(path))
    for w in doc[0].widgets():
        if flag:
            ap = doc.xref_get_key(w.xref, "AP/N")[1].split()[0]
            doc.update_stream(int(ap), b"/Tx BMC\nEMC\n")
        else:
            doc.xref_set_key(w.xref, "AP", "null")
    if flag:
        doc.xref_set_key(doc.pdf_catalog(), "AcroForm/NeedAppearances", "true")
    doc.save(str(out))


@pytest.mark.parametrize("flag", [True, False], ids=["need-appearances", "no-appearance"])
def test_field_values_drawn_by_the_reader_are_flattened_not_lost(tmp_path: Path, flag: bool) -> None:
    made = tmp_path / "made.pdf"
    _form(made, {"request_no": "REQ-2024-0042", "contact": "081-234-5678"})
    src = tmp_path / "form.pdf"
    _stale_appearances(made, src, flag=flag)
    assert "REQ-2024-0042" in pymupdf.open(str(src))[0].get_text()  # what a reader sees
    out = tmp_path / "out.pdf"
    result = redact(src, out)
    assert result.verification.passed
    assert len(result.redactions) >= 1
    text = pymupdf.open(str(out))[0].get_text()
    assert "REQ-2024-0042" in text
    assert "5678" not in text


def _lossy_clean(monkeypatch: pytest.MonkeyPatch, word: str) -> list[bool]:
    """Emulate a MuPDF clean step that loses the text ``word`` (in _scrub's per-page clean, and in save
    if asked to clean). Returns, per save, whether the copy saved went through a clean step."""
    real_save = pymupdf.Document.save
    real_clean = pymupdf.Page.clean_contents
    saves: list[bool] = []
    cleaned = [False]

    def drop(page: pymupdf.Page) -> None:
        for rect in page.search_for(word):
            page.add_redact_annot(rect)
        page.apply_redactions()

    def lossy_clean(self: pymupdf.Page, *args: object, **kwargs: object) -> None:
        cleaned[0] = True
        drop(self)
        real_clean(self, *args, **kwargs)

    def lossy_save(self: pymupdf.Document, filename: str, *args: object, **kwargs: object) -> None:
        saves.append(cleaned[0] or bool(kwargs.get("clean")))
        cleaned[0] = False
        if kwargs.get("clean"):
            drop(self[0])
        real_save(self, filename, *args, **kwargs)

    monkeypatch.setattr(pymupdf.Page, "clean_contents", lossy_clean)
    monkeypatch.setattr(pymupdf.Document, "save", lossy_save)
    return saves


def test_text_dropped_by_the_clean_step_is_avoided(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The cleaned copy loses a kept line: verification notices, the file is
    # written again without the clean step, and that copy is kept.
    src = tmp_path / "in.pdf"
    _pdf(src, ["ผู้ต้องหาคือ ด.ต.ปรีชา แก้วบุญสาย แฝงตัวเป็นลูกค้า", "บรรทัดที่การทำความสะอาดทำหาย"])
    saves = _lossy_clean(monkeypatch, "ความสะอาด")
    out = tmp_path / "out.pdf"
    result = redact(src, out)
    assert result.verification.passed
    assert saves == [True, False]  # cleaned, then uncleaned after verification failed
    assert result.analysis.doc.clean_dropped == [1]  # type: ignore[attr-defined]
    text = pymupdf.open(str(out))[0].get_text()
    assert "ทำความสะอาดทำหาย" in text and "แก้วบุญสาย" not in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.pdf", "out.pdf"]


def test_a_clean_step_that_loses_nothing_saves_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "in.pdf"
    _pdf(src, ["ผู้ต้องหาคือ ด.ต.ปรีชา แก้วบุญสาย แฝงตัวเป็นลูกค้า", "บรรทัดที่การทำความสะอาดไม่ทำหาย"])
    saves = _lossy_clean(monkeypatch, "ไม่มีคำนี้ในเอกสาร")
    out = tmp_path / "out.pdf"
    result = redact(src, out)
    assert result.verification.passed and saves == [True]
    assert result.analysis.doc.clean_dropped == []  # type: ignore[attr-defined]
    assert "แก้วบุญสาย" not in pymupdf.open(str(out))[0].get_text()


def test_withheld_text_kept_by_skipping_the_clean_step_still_fails(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # The uncleaned retry is verified like the first copy: if a redaction
    # fails to remove its text there, nothing is written.
    from redactor.errors import VerificationFailed
    from redactor.formats import pdf as pdf_format

    src = tmp_path / "in.pdf"
    _pdf(src, ["ผู้ต้องหาคือ ด.ต.ปรีชา แก้วบุญสาย แฝงตัวเป็นลูกค้า", "บรรทัดที่การทำความสะอาดทำหาย"])
    _lossy_clean(monkeypatch, "ความสะอาด")
    real_apply = pdf_format.PdfDocument._apply

    def leaky_apply(self: pdf_format.PdfDocument, redactions: list[object], out_path: Path, *,
                    label_boxes: bool = False, clean: bool = True) -> None:
        if not clean:
            redactions = []  # the retry forgets its boxes
        real_apply(self, redactions, out_path, label_boxes=label_boxes, clean=clean)  # type: ignore[arg-type]

    monkeypatch.setattr(pdf_format.PdfDocument, "_apply", leaky_apply)
    out = tmp_path / "out.pdf"
    with pytest.raises(VerificationFailed):
        redact(src, out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.pdf"]


@pytest.mark.parametrize(
    "cell, next_cell",
    [
        ("หักเงินสมทบ (ร้อยละ ๕)", "๔๕๖.๙๐"),
        ("ค่าปรับ 1,000.", "250"),
        ("ยอดยกมา -", "12"),
    ],
)
def test_fragment_ending_in_a_digit_separator_is_still_found(tmp_path: Path, cell: str, next_cell: str) -> None:
    # The fold drops a separator between digits even across a cell end, so a
    # kept fragment "…5)" reads "…5634.50" in the written file; its edge
    # separator must not fail verification.
    from redactor.formats import pdf as pdf_format
    from redactor.verify import verify

    path = tmp_path / "t.pdf"
    _pdf(path, [cell, next_cell])
    report = verify(pdf_format, path, [], [], [(None, cell), (None, next_cell)], "")
    assert report.passed, report.lost_keeps


@pytest.mark.parametrize(
    ("raw", "page_lines", "survives"),
    [
        # A short number is not left on the page when neighbouring kept numbers only join into it
        # once the whitespace between them is folded away (row number, village number, amount).
        ("11-1", ["11 1 1,000", "12 2 1,000"], False),
        ("510", ["5 10 1,000"], False),
        ("4821", ["48 21"], False),
        # Written as one run, it is still found: the check stays exact.
        ("11-1", ["เลขที่ 11-1 ต่อ"], True),
        ("510", ["บ้านเลขที่ 510 หมู่ 2"], True),
        ("4821", ["ทะเบียน4821กรุงเทพ"], True),
        # Longer numbers and items written with inner spaces keep the whole-text check
        # (an ID wrapped across lines is still found).
        ("1103702071811", ["1-1037-0207", "1-81-1"], True),
        ("081 234", ["081", "234"], True),
    ],
)
def test_short_withheld_numbers_are_not_found_across_whitespace(tmp_path: Path, raw: str, page_lines: list[str],
                                                                survives: bool) -> None:
    from redactor.formats import pdf as pdf_format
    from redactor.verify import verify

    out = tmp_path / "out.pdf"
    _pdf(out, page_lines)
    report = verify(pdf_format, out, [Redaction(0, len(raw), "NATIONAL_ID", "15(5)", "test", raw)], [])
    assert bool(report.survived) is survives


@pytest.mark.parametrize(("raw", "key", "short"), [
    ("11-1", "111", True), ("51-0", "510", True), ("12345", "12345", True), ("123456", "123456", False),
    ("12 3", "123", False), ("ab1", "ab1", False), ("๑๒๓", "123", True),
])
def test_short_number_table(raw: str, key: str, short: bool) -> None:
    from redactor.verify import _short_number

    assert _short_number(raw, key) is short


@pytest.mark.parametrize(
    ("kept", "page_lines", "lost"),
    [
        # A kept item over two lines of a narrow cell, read with the next cell's line after it:
        # the page's own order puts other lines between them. Each line is visible: not lost.
        ("นางสาวอร\nตั้งกรรมการ", ["นางสาวอร", "วรรณ ชุ่มชื่น", "ตั้งกรรมการ"], False),
        ("ปลัดอำเภอ\nเมืองตาก", ["ปลัดอำเภอ", "ชำนาญการ", "เมืองตาก"], False),
        # One of its lines gone: lost.
        ("นางสาวอร\nตั้งกรรมการ", ["นางสาวอร", "วรรณ ชุ่มชื่น"], True),
        ("ปลัดอำเภอเมืองตาก", ["ปลัดอำเภอ", "ชำนาญการ", "เมืองตาก"], True),  # one line: compared whole
    ],
)
def test_kept_item_over_lines_is_checked_line_by_line(tmp_path: Path, kept: str, page_lines: list[str],
                                                      lost: bool) -> None:
    from redactor.formats import pdf as pdf_format
    from redactor.verify import verify

    out = tmp_path / "out.pdf"
    _pdf(out, page_lines)
    report = verify(pdf_format, out, [], [(kept, "test")])
    assert bool(report.lost_keeps) is lost


@pytest.mark.parametrize(("survived", "lost", "review"), [
    # kept text on a scan that OCR of the written page did not read back: a person looks (exit 4)
    ([], [{"reason": "OCR text outside every redaction", "page": 1, "chars": 12, "ocr": True}], True),
    ([], [{"reason": "kept", "page": 1, "chars": 9, "ocr": True},
          {"reason": "OCR text outside every redaction", "page": 2, "chars": 30, "ocr": True}], True),
    # kept text lost from a text layer, or anything withheld surviving: a failure (exit 3)
    ([], [{"reason": "text outside every redaction", "page": 1, "chars": 12}], False),
    ([], [{"reason": "kept", "page": 1, "chars": 9, "ocr": True},
          {"reason": "text outside every redaction", "page": 2, "chars": 5}], False),
    ([{"label": "PHONE", "sha256": "", "where": ["page 1 (OCR)"]}],
     [{"reason": "OCR text outside every redaction", "page": 1, "chars": 12, "ocr": True}], False),
])
def test_unconfirmed_scan_text_is_a_review_not_a_failure(survived: list[dict[str, object]],
                                                          lost: list[dict[str, object]], review: bool) -> None:
    from redactor.errors import ScanUnconfirmed, VerificationFailed
    from redactor.pipeline import only_scan_keeps_unconfirmed
    from redactor.types import VerificationReport

    report = VerificationReport(False, 1, 1, survived=survived, lost_keeps=lost)
    assert only_scan_keeps_unconfirmed(report) is review
    assert issubclass(ScanUnconfirmed, VerificationFailed) and ScanUnconfirmed.exit_code == 4


@pytest.mark.parametrize(("survived", "lost", "review"), [
    # only a digit run withheld because nobody decided it survived (the same number printed legibly
    # elsewhere on the scan): a person decides it (exit 4)
    ([{"label": "PHONE", "sha256": "undecided-a", "where": ["page 1 (OCR, 0.87)"]}], [], True),
    ([{"label": "PHONE", "sha256": "undecided-a", "where": ["page 1 (OCR)"]}],
     [{"reason": "OCR text outside every redaction", "page": 1, "chars": 40, "ocr": True}], True),
    # a decided redaction survived, or kept text was lost from a text layer: a failure (exit 3)
    ([{"label": "PHONE", "sha256": "decided-b", "where": ["page 1 (OCR)"]}], [], False),
    ([{"label": "PHONE", "sha256": "undecided-a", "where": ["page 1 (OCR)"]},
      {"label": "NATIONAL_ID", "sha256": "decided-b", "where": ["visible text"]}], [], False),
    ([{"label": "PHONE", "sha256": "undecided-a", "where": ["page 1 (OCR)"]}],
     [{"reason": "text outside every redaction", "page": 2, "chars": 5}], False),
    # nothing survived: not this case
    ([], [{"reason": "OCR text outside every redaction", "page": 1, "chars": 12, "ocr": True}], False),
])
def test_undecided_digit_runs_visible_elsewhere_are_a_review(survived: list[dict[str, object]],
                                                              lost: list[dict[str, object]], review: bool) -> None:
    from redactor.errors import UndecidedDigitsVisible, VerificationFailed
    from redactor.pipeline import only_undecided_survived
    from redactor.types import VerificationReport

    report = VerificationReport(False, 2, 1, survived=survived, lost_keeps=lost)
    assert only_undecided_survived(report, {"undecided-a"}) is review
    assert issubclass(UndecidedDigitsVisible, VerificationFailed) and UndecidedDigitsVisible.exit_code == 4


def _two_pieces_pdf(path: Path, right_first: bool, drop_left: bool = False) -> None:
    """Page 1: a phone number to withhold, and below it one visual line drawn as two pieces a word
    space apart; ``right_first`` draws the right piece before the left one (content order != reading
    order). ``drop_left`` leaves the left piece out (what a redaction that took too much leaves)."""
    left, right = "Quarterly budget", "review of the district office"
    x_right = 72 + pymupdf.get_text_length(left, fontname="helv", fontsize=12) + 3
    pieces = [f"BT /F1 12 Tf {x_right:.2f} 600 Td ({right}) Tj ET"]
    if not drop_left:
        pieces.insert(0 if not right_first else 1, f"BT /F1 12 Tf 72 600 Td ({left}) Tj ET")
    body = "BT /F1 12 Tf 72 720 Td (Call 081-234-5678 now) Tj ET\n" + "\n".join(pieces)
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(body)} >>\nstream\n{body}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    path.write_bytes(raw_pdf(objects))


@pytest.mark.parametrize("right_first", [False, True])
def test_a_line_drawn_right_piece_first_is_not_lost_text(right_first: bool, tmp_path: Path) -> None:
    """Extraction merges the two pieces of one visual line left to right; the written page's text is
    in drawing order. A line whose right piece is drawn first is still on the page: it verifies."""
    from redactor.formats import pdf

    src, out = tmp_path / "in.pdf", tmp_path / "out.pdf"
    _two_pieces_pdf(src, right_first)
    result = redact(src, out)
    assert result.verification.passed and len(result.redactions) == 1
    # (Pieces are joined as drawn: extraction adds the word space between them as a separator.)
    assert "Quarterlybudgetreviewofthedistrictoffice" in "".join(pdf.visual_text(out, [1])[1].split())


def test_visual_text_does_not_bring_back_a_piece_that_is_gone(tmp_path: Path) -> None:
    """The second reading is the page's own text in another order, never more: a fragment of the
    source whose left piece is missing from the written page stays lost."""
    from redactor.formats import pdf
    from redactor.verify import verify

    src, written = tmp_path / "in.pdf", tmp_path / "written.pdf"
    _two_pieces_pdf(src, right_first=True)
    _two_pieces_pdf(written, right_first=True, drop_left=True)
    line = "Quarterly budget review of the district office"
    report = verify(pdf, written, [], [], fragments=[(1, line)])
    assert not report.passed and report.lost_keeps[0]["page"] == 1
    assert verify(pdf, src, [], [], fragments=[(1, line)]).passed
