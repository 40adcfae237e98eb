"""Text-layer trust, completeness and the error boundary on odd PDFs (issue 12, items 1-3).

Fixtures come from tests/fixtures/make_untrusted.py; the judged strings below
are made up for these rules.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pymupdf
import pytest

from redactor.formats import pdf_repair, textlayer
from redactor.formats.textlayer import agreement, judge_text
from redactor.ocr.tesseract import unavailable_reason
from tests.fixtures import make_pdf as mk
from tests.fixtures import make_untrusted as mu

needs_tesseract = pytest.mark.skipif(unavailable_reason() is not None,
                                     reason=f"OCR not available: {unavailable_reason()}")


@pytest.mark.parametrize(("text", "trusted"), [
    ("ข้าพเจ้าขอยื่นคำร้องต่อสำนักงานเขตเพื่อขอรับเงินช่วยเหลือ", True),
    ("The committee met on Monday to review the budget request.", True),
    ("เลขที่ 12/3456 ลงวันที่ 1 มกราคม 2567 เรื่อง การประชุม", True),
    ("1234567890 081-234-5678 02-123-4567", True),  # numbers only: nothing to judge by words
    ("\x13\x14\x15\x16\x17 \x18\x19\x1a\x1b\x10\x11 \x12\x13\x14\x15", False),  # glyph ids as characters
    ("ČģċĉĨóôķğöęĤē ĮĕĩĶğù ôğĕģČĮùĦċüĶęĔĮĝėĩğ ĒĎīķčĕĢĜČ", False),  # Latin Extended for Thai
    ("ปาบธืขฃ๊ฮฅศำย แฤุ้ฮจ ฃฮฤาปแจีบซ้ศรแฬฦุฮฝฺ๊ผฤัหปมารบ๊ิธ้ศย", False),  # Thai letters, no words
    ("tpndibj kbjeffAfybnqmf qspdfttjoh xsqmk", False),  # shifted Latin
    ("\ufffd\ufffd\ufffd\ufffd", False),
    ("\x1c\x1d\x1e\x1f\x1c\x1d ข้อความ", False),  # isspace() holds for these, but they are glyph ids
    ("\uf8ff\ue000\ue001 ข้อความ", False),  # private use outside the Thai presentation forms
    ("ที\uf70aนี\uf70b ข้อความภาษาไทยที่ถูกต้องตามปกติ", True),  # Thai PUA the normaliser maps
    ("本公司依照法律规定处理个人资料并保护当事人的合法权益不受侵害", True),  # another script: not judged
    ("Let x = a + b and y = c d e f g for all n in N where i j k", True),  # one-letter variables
    # Symbol-font glyphs (U+F020-U+F0FF: Wingdings check boxes and ticks) standing alone are symbols ...
    ("\uf0a8 ขอรับเงินสด \uf0fe โอนเข้าบัญชี \uf0fc แนบสำเนา", True),
    ("\uf0a8\u0e02\u0e2d\u0e23\u0e31\u0e1a \uf0fd", True),  # glued to a real word in another font
    ("\uf06f \uf071 \uf0a8 \uf0fe \uf0fd \uf0fc", True),  # a row of boxes and nothing else
    # ... but runs of them are words of a legacy Thai font in the same encoding,
    ("\uf0a1\uf0a2\uf0a3 \uf0b4\uf0c5\uf0d0 \uf0e0\uf0e1", False),
    # its digits are never symbols (an ID written one digit per box),
    ("\uf031 \uf032 \uf033 \uf034 ข้อความภาษาไทยที่ถูกต้องตามปกติ ข้อความภาษาไทยที่ถูกต้องตามปกติ", False),
    ("\uf0f1 \uf0f2 \uf0f3 \uf0f4 ข้อความภาษาไทยที่ถูกต้องตามปกติ ข้อความภาษาไทยที่ถูกต้องตามปกติ", False),
    # and next to another private-use or unmapped character a symbol code is not alone.
    ("\uf0a8\ue000 \uf0fe\ufffd ข้อความภาษาไทยที่ถูกต้องตามปกติ", False),
])
def test_judge_text(text: str, trusted: bool) -> None:
    v = judge_text(text)
    assert v.trusted is trusted, v
    assert v.trusted or v.reason


# The unshifted Kedmanee keys of the Thai letters used below: what a legacy (pre-Unicode) Thai font
# stores for them.
_KEDMANEE = dict(zip("ๅ/-ภถุึคตจขชๆไำพะัีรนยบลฃฟหกดเ้่าสวงผปแอิืทมใฝ",
                     "1234567890-=qwertyuiop[]\\asdfghjkl;'zxcvbnm,./", strict=True))


def _typed_in_a_legacy_font(thai: str) -> str:
    return "".join(_KEDMANEE.get(ch, ch) for ch in thai)


@pytest.mark.parametrize(("text", "trusted"), [
    # Thai sentences stored as the keys pressed: Latin letters glued by ; ' [ ] \ (ว ง บ ล ฃ)
    (_typed_in_a_legacy_font("ประกาศองค์การบริหารส่วนตำบลเรื่องสอบราคาจ้างก่อสร้างถนนลาดยางในหมู่บ้าน "
                             "ประกาศองค์การบริหารส่วนตำบลเรื่องสอบราคาจ้างก่อสร้างถนนลาดยาง"), False),
    (_typed_in_a_legacy_font("ผู้ใหญ่บ้านแจ้งว่าวันนี้ฝนตกหนักถนนเสียหายหลายแห่ง ขอความช่วยเหลือเร่งด่วน "
                             "ผู้ใหญ่บ้านแจ้งว่าวันนี้ฝนตกหนักถนนเสียหายหลายแห่ง"), False),
    # English with its own joins stays trusted
    ("Section 3: Scope of work. Don't forget it's due; the Director's office [room 2] replies.", True),
    ("Meeting at 10:30:45 with the key:value table and http://www.example.go.th/a:b:c links.", True),
])
def test_legacy_thai_keyboard_text_is_not_taken_for_english(text: str, trusted: bool) -> None:
    v = judge_text(text)
    assert v.trusted is trusted, (text, v)


def test_agreement_tells_matching_text_from_garbage() -> None:
    assert agreement("เลขประจำตัวประชาชน 1234", "เลขประจำตัวประชาซน 1234") > 0.7
    assert agreement("เลขประจำตัวประชาชน 1234", "!\"#$%&'()*+,-./0") < 0.1


def _ocr_pixels(path: Path) -> str:
    doc = pymupdf.open(str(path))
    out = []
    for page in doc:
        png = page.get_pixmap(dpi=300).tobytes("png")
        out.append(subprocess.run(["tesseract", "stdin", "stdout", "-l", "tha+eng"], input=png,
                                  capture_output=True, check=True).stdout.decode())
    doc.close()
    return "\n".join(out)


def _digits(s: str) -> str:
    return "".join(ch for ch in s if ch.isdigit())


@needs_tesseract
@pytest.mark.parametrize("name", sorted(mu.UNTRUSTED))
def test_untrusted_text_layer_is_redacted_from_the_pixels(name: str, tmp_path: Path, phoei) -> None:
    src = mu.UNTRUSTED[name](tmp_path / f"{name}.pdf")
    out = tmp_path / "out.pdf"
    run = phoei("redact", src, "-o", out, "--accept-all")
    assert run.code == 0, run.err
    assert "text layer is not trustworthy" in run.err  # the review note names the reason
    # The planted items are read and withheld, and the pixels no longer show them.
    seen = _ocr_pixels(src)
    assert _digits(mu.PLANTED_ID) in _digits(seen)  # the test reads what a reader sees
    pixels = _ocr_pixels(out)
    flat = _digits(pixels)
    assert _digits(mu.PLANTED_ID) not in flat
    assert _digits(mu.PLANTED_PHONE) not in flat
    assert mu.PLANTED_EMAIL not in pixels and "somchai.jaidee" not in pixels
    assert "จึงเรียน" in pixels.replace(" ", "")  # the rest of the page is still there
    # The untrusted text layer is gone: the page is an image with an OCR text layer only.
    doc = pymupdf.open(str(out))
    page = doc[0]
    assert page.get_images() and all(sp.get("type") == 3 for sp in page.get_texttrace())
    layer = page.get_text()
    doc.close()
    assert _digits(mu.PLANTED_ID) not in _digits(layer) and mu.PLANTED_EMAIL not in layer
    # detect says so too, and finds the planted items in the OCR text.
    run = phoei("detect", src, "--json")
    data = json.loads(run.out)
    assert run.code == 0 and any("not trustworthy" in n for n in data["notes"])
    assert {"NATIONAL_ID", "PHONE", "EMAIL"} <= {p["label"] for p in data["proposals"] if p["action"] == "redact"}


def test_clean_pdf_stays_on_the_text_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from redactor.formats import textlayer
    from redactor.pipeline import analyse

    letter = mk.build_letter(tmp_path / "letter.pdf")

    def no_ocr(*_a: object) -> None:
        raise AssertionError("a clean page must not be OCRed")

    monkeypatch.setattr(textlayer, "ocr_agrees", no_ocr)
    analysis = analyse(letter.path)
    try:
        assert analysis.doc.untrusted == {}  # type: ignore[attr-defined]
        assert analysis.doc.scans == []  # type: ignore[attr-defined]
        assert analysis.doc.notes == []  # type: ignore[attr-defined]
    finally:
        analysis.doc.close()


@pytest.mark.parametrize("raising", [False, True])
def test_content_mupdf_cannot_read_needs_a_person(raising: bool, tmp_path: Path, phoei) -> None:
    src = mu.deep_nesting(tmp_path / "deep.pdf", raising=raising)
    out = tmp_path / "out.pdf"
    run = phoei("redact", src, "-o", out, "--accept-all")
    assert run.code == 4, run.err
    assert "page 1" in run.err and "MuPDF could not read all of its content" in run.err
    assert not out.exists()
    run = phoei("detect", src, "--json")
    assert run.code == 0 and "MuPDF could not read" in run.out


# Files that a reader can read must give an output or a clear stop for a person;
# unreadable ones exit 2 with one line. Never a traceback (exit 1).
def test_odd_pdfs_never_exit_1(tmp_path: Path, phoei) -> None:
    corpus = mu.odd_corpus(tmp_path / "odd")
    outcomes = {}
    for name, (path, readable) in corpus.items():
        out = tmp_path / f"out-{name}.pdf"
        run = phoei("redact", path, "-o", out, "--accept-all")
        outcomes[name] = run.code
        assert run.code != 1 and "Traceback" not in run.err, (name, run.err)
        if readable:
            assert run.code in (0, 3, 4), (name, run.err)
            if run.code == 0:
                assert out.is_file()
        else:
            assert run.code == 2 and len(run.err.strip().splitlines()) == 1, (name, run.err)
        leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".phoei-") or p.suffix == ".part"]
        assert not leftovers, (name, leftovers)
    # Everything MuPDF reads (after repairs) is redacted and verified.
    assert {n: c for n, c in outcomes.items() if corpus[n][1]} == dict.fromkeys(
        ("broken_xref", "no_header", "field_parent_cycle", "field_parent_cycle_unlisted", "xobject_cycle",
         "huge_page_count", "count_not_a_number", "page_tree_loop",
         "metadata_not_stream", "xref_gap", "wrong_object", "syntax_error", "objstm_missing", "annotation_reply"), 0)


@pytest.mark.parametrize(("name", "pages"), [("count_not_a_number", 1), ("huge_page_count", 1), ("page_tree_loop", 1),
                                             ("zero_pages", 0), ("no_catalog", 0), ("truncated", 0)])
def test_page_tree_is_counted_from_its_pages(name: str, pages: int, tmp_path: Path) -> None:
    """A /Count MuPDF cannot use is rebuilt from the pages under it, a page tree that loops keeps the pages
    outside the loop (as poppler reads it); a file where no page tree is found, even with MuPDF's repair,
    is refused with a message that says so."""
    from redactor.errors import ExtractionError
    from redactor.formats.pdf_open import open_pdf

    path = tmp_path / f"{name}.pdf"
    path.write_bytes(mu.ODD[name][0]())
    if name == "page_tree_loop":  # the fixture does what it says: MuPDF alone cannot find every page
        with pymupdf.open(str(path)) as raw:
            assert raw.page_count == 2 and not pdf_repair.pages_reachable(raw)
    if pages:
        doc = open_pdf(path)
        try:
            assert doc.page_count == pages
            assert "081-234-5678" in doc[0].get_text()
        finally:
            doc.close()
    else:
        with pytest.raises(ExtractionError, match=r"no readable pages|damaged"):
            open_pdf(path)


def _text(page: pymupdf.Page) -> str:
    return "\n".join("".join(ch["c"] for sp in ln["spans"] for ch in sp["chars"]) for ln in _lines(page))


def _lines(page: pymupdf.Page) -> list[dict]:  # type: ignore[type-arg]
    raw = page.get_text("rawdict", flags=pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_PRESERVE_LIGATURES, sort=True)
    return [ln for b in raw["blocks"] if b.get("type", 0) == 0 for ln in b["lines"]]


@needs_tesseract
def test_a_doubtful_page_is_settled_by_ocr_of_its_pixels(tmp_path: Path) -> None:
    from redactor.formats import textlayer

    good = pymupdf.open()
    mu._text_page(good)
    bad = pymupdf.open(str(mu.type3(tmp_path / "t3.pdf")))
    try:
        assert (textlayer.ocr_agrees(good[0], _text(good[0])) or 0) >= textlayer.MIN_AGREEMENT
        assert (textlayer.ocr_agrees(bad[0], _text(bad[0])) or 1) < textlayer.MIN_AGREEMENT
        verdict = textlayer.judge_page(bad[0], _lines(bad[0]))
        assert not verdict.trusted and "agrees with OCR" in verdict.reason
    finally:
        good.close()
        bad.close()


@pytest.mark.parametrize("text", [
    "ขอแจ้งผลการพิจารณาคำขอข้อมูลข่าวสารของท่านตามหนังสือที่อ้างถึง",  # all words
    "หนังสือฉบับนี้ ฟฟฟฟฟฟฟ กขฃคฅฆ ฌญฎฏฐฑ ฒณดต",  # words first, then non-words
    "กขฃคฅฆ ฌญฎฏฐฑ ฒณดต ขอแจ้งผลการพิจารณา",  # non-words first
    "ĀāĂăĄą ĆćĈĉ ขอแจ้งผล Report of the committee",  # Latin Extended and English
    "Thxqzv Brkdft ขอแจ้ง",  # English-looking non-words
    "",
])
def test_word_share_stopping_early_gives_the_same_verdict(text: str) -> None:
    # word_share(enough=…) stops segmenting once the share is reached: the
    # letter count is exact, and the share is exact below the threshold.
    full, letters = textlayer.word_share(text)
    early, early_letters = textlayer.word_share(text, enough=textlayer.TRUST_WORDS)
    assert early_letters == letters
    if full >= textlayer.TRUST_WORDS:
        assert textlayer.TRUST_WORDS <= early <= full
    else:
        assert early == full


@pytest.mark.parametrize("text, n", [
    ("ab c\td\n", 4), ("\x1c\x1d ab", 4), ("\u3000\u00a0x", 1), ("", 0), ("  \n", 0),
])
def test_judge_text_counts_non_space_characters(text: str, n: int) -> None:
    # U+001C-U+001F are str.isspace() but glyph ids here: they count.
    assert sum(map(len, text.split())) + sum(text.count(c) for c in "\x1c\x1d\x1e\x1f") == n
    assert n == len(text) - sum(1 for ch in text if ch.isspace() and ch not in "\x1c\x1d\x1e\x1f")


def _libreoffice_pdf(tmp_path: Path, d: object) -> Path:
    import shutil

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (Debian libreoffice-writer-nogui; CI installs it)")
    src = tmp_path / "form.docx"
    d.save(str(src))  # type: ignore[attr-defined]
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'lo'}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(src)], check=True, capture_output=True, timeout=180)
    return tmp_path / "form.pdf"


def test_check_boxes_in_a_libreoffice_pdf_keep_the_text_layer(tmp_path: Path) -> None:
    """Check boxes from a symbol font (Word's w:sym) and Unicode ones in a LibreOffice PDF: the page keeps its
    text layer (no OCR, no rasterising), and its date and the personal items are read exactly."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Pt

    from redactor.pipeline import analyse

    d = docx.Document()
    d.styles["Normal"].font.size = Pt(15)
    d.add_paragraph("แบบคำขอรับเงินช่วยเหลือ ลงวันที่ 14 มีนาคม 2567")
    p = d.add_paragraph()
    # Wingdings: empty box, ticked box, crossed box, tick; Wingdings 2: a ticked box.
    for code, font in (("F0A8", "Wingdings"), ("F0FE", "Wingdings"), ("F0FD", "Wingdings"),
                       ("F0FC", "Wingdings"), ("F052", "Wingdings 2")):
        p.add_run()._r.append(parse_xml(f'<w:sym {nsdecls("w")} w:font="{font}" w:char="{code}"/>'))
        p.add_run(" รับเงินสด ")
    p = d.add_paragraph()
    for box in ("☐", "☑", "☒", "✓"):
        p.add_run(box).font.name = "MS Gothic"
        p.add_run(" โอนเข้าบัญชีธนาคาร ")
    d.add_paragraph("ผู้ยื่นคำขอ นายสมมุติ ทดลองดี เลขประจำตัวประชาชน "
                    f"{mk.dashed_id(mk.national_id('110170023456'))} โทร 081-234-5678")
    pdf = _libreoffice_pdf(tmp_path, d)
    page_text = pymupdf.open(str(pdf))[0].get_text()
    assert "\uf0a8" in page_text and "☑" in page_text  # the symbol codes are really in the text layer
    analysis = analyse(pdf)
    try:
        doc = analysis.doc
        assert doc.untrusted == {} and doc.scans == [], doc.notes  # type: ignore[attr-defined]
        assert "ลงวันที่ 14 มีนาคม 2567" in doc.textmap.text
        redact = {p.label for p in analysis.proposals if p.action == "redact"}
        assert {"NATIONAL_ID", "PHONE"} <= redact
    finally:
        analysis.doc.close()


@pytest.mark.parametrize(("draw", "vectors"), [
    ("none", 0),  # text only: no drawings to walk for rulings or outlines
    ("line", 1),  # a table rule
    ("rect", 1),  # a cell frame
    ("filled rect", 2),  # stroked and filled: one path, counted twice
])
def test_read_page_counts_vector_graphics_and_leaves_them_out_of_the_blocks(draw: str, vectors: int) -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "Section 4 applies", fontsize=12)
    if draw == "line":
        page.draw_line((72, 110), (300, 110))
    elif draw == "rect":
        page.draw_rect((72, 120, 300, 160))
    elif draw == "filled rect":
        page.draw_rect((72, 120, 300, 160), fill=(0.8, 0.8, 0.8))
    raw, cut = textlayer.read_page(page, pymupdf.TEXT_PRESERVE_WHITESPACE)
    assert cut is None
    assert raw["vectors"] == vectors
    assert all(b["type"] in (0, 1) for b in raw["blocks"])
    assert [sp["text"] for b in raw["blocks"] for ln in b["lines"] for sp in ln["spans"]] == ["Section 4 applies"]
    # Zero exactly when the page draws nothing, so skipping its drawings loses no table.
    assert (raw["vectors"] == 0) == (len(page.get_cdrawings()) == 0)


def test_tables_are_still_found_on_pages_that_draw_and_not_looked_for_on_pages_that_do_not(tmp_path: Path) -> None:
    from redactor.formats.pdf import open_document

    doc = pymupdf.open()
    plain = doc.new_page()
    plain.insert_text((72, 100), "No table on this page", fontsize=12)
    ruled = doc.new_page()
    xs, ys = (72, 200, 400), (100, 130, 160, 190)
    for y in ys:
        ruled.draw_line((xs[0], y), (xs[-1], y))
    for x in xs:
        ruled.draw_line((x, ys[0]), (x, ys[-1]))
    for r, (left, right) in enumerate((("Name", "Phone"), ("Alpha Beta", "0812345678"), ("Gamma Delta", "0898765432"))):
        ruled.insert_text((xs[0] + 4, ys[r] + 20), left, fontsize=11)
        ruled.insert_text((xs[1] + 4, ys[r] + 20), right, fontsize=11)
    path = tmp_path / "two.pdf"
    doc.save(path)
    opened = open_document(path)
    try:
        assert opened.no_drawings == {0}
        phones = [c for c in opened.tables if opened.textmap.text[c.start:c.end].startswith("08")]
        assert len(phones) == 2 and {c.header for c in phones} == {"Phone"}
    finally:
        opened.close()


def test_a_page_whose_drawings_mupdf_cannot_collect_is_read_without_them(monkeypatch: pytest.MonkeyPatch) -> None:
    # Should collecting vector graphics fail on a page, its text is read as before and its drawings
    # stay uncounted (None), so nothing concludes the page draws none.
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "Section 4 applies", fontsize=12)
    real = pymupdf.Page.get_text

    def failing(self: pymupdf.Page, option: str = "text", *, flags: int | None = None, **kw: object) -> object:
        if flags is not None and flags & pymupdf.TEXT_COLLECT_VECTORS:
            raise RuntimeError("vector device failed")
        return real(self, option, flags=flags, **kw)

    monkeypatch.setattr(pymupdf.Page, "get_text", failing)
    raw, cut = textlayer.read_page(page, pymupdf.TEXT_PRESERVE_WHITESPACE)
    assert cut is None and raw["vectors"] is None
    assert [sp["text"] for b in raw["blocks"] for ln in b["lines"] for sp in ln["spans"]] == ["Section 4 applies"]
