"""Bad input through the ``phoei`` CLI: exit 2, one line on stderr, no traceback, no file.

Plus inputs that look odd but are fine: a DOCX named .pdf (sniffed by content),
an owner-password-only PDF, and IDs broken up by zero-width characters.
"""

from __future__ import annotations

import functools
import json
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

import redactor.pipeline as pipeline
from redactor.errors import BadInput, TooLarge
from redactor.normalise import fold_for_match
from tests.fixtures import make_pdf as mk
from tests.fixtures.pdf_probe import everything, page_lines

ID = mk.PERSON_ID  # 1-1037-02071-81-1
ID_DIGITS = "".join(ch for ch in ID if ch.isdigit())
SIMPLE = ["บันทึกข้อความ", f"ข้าพเจ้า {mk.PERSON} เลขประจำตัวประชาชน {ID}", "จึงเรียนมาเพื่อทราบ"]


@pytest.fixture(scope="module")
def simple_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return mk.build_lines(tmp_path_factory.mktemp("simple") / "simple.pdf", SIMPLE)


@pytest.fixture(scope="module")
def letter_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return mk.build_letter(tmp_path_factory.mktemp("letter") / "letter.pdf").path


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    d = tmp_path / "out"
    d.mkdir()
    return d


def assert_bad_input(run, out_dir: Path) -> None:
    assert run.code == 2, (run.code, run.err)
    assert "Traceback" not in run.err
    lines = run.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("phoei: "), run.err
    assert run.out == ""
    assert os.listdir(out_dir) == []


def _truncated(source: str, fraction: float) -> Callable[[Path, dict[str, Path]], Path]:
    def make(tmp: Path, sources: dict[str, Path]) -> Path:
        data = sources[source].read_bytes()
        p = tmp / "truncated.pdf"
        p.write_bytes(data[: int(len(data) * fraction)])
        return p
    return make


# Each builder writes one bad file into the given folder.
BAD_FILES: dict[str, Callable[[Path, dict[str, Path]], Path]] = {
    "zero-bytes": lambda tmp, _s: mk.write_bytes(tmp / "empty.pdf", b""),
    "random-bytes": lambda tmp, _s: mk.random_bytes(tmp / "noise.pdf"),
    "png-named-pdf": lambda tmp, _s: mk.build_png(tmp / "picture.pdf"),
    "plain-zip": lambda tmp, _s: mk.build_zip(tmp / "archive.pdf"),
    "encrypted": lambda tmp, s: mk.build_encrypted(tmp / "locked.pdf", s["simple"]),
    "header-only": lambda tmp, _s: mk.write_bytes(tmp / "stub.pdf", b"%PDF-1.7\n%%EOF\n"),
}
TRUNCATED = {
    # A plain single-revision file: MuPDF "repairs" it into blank pages, which
    # then pass verification (nothing to check) and get published.
    "truncated-simple-30%": _truncated("simple", 0.30),
    "truncated-simple-60%": _truncated("simple", 0.60),
    # The letter: repair leaves a dangling XMP reference and extraction raises
    # pymupdf.mupdf.FzErrorFormat, which is not caught (traceback, exit 1).
    "truncated-letter-30%": _truncated("letter", 0.30),
    "truncated-letter-60%": _truncated("letter", 0.60),
}
_TRUNCATION_BUG = ("redactor bug: redactor/formats/pdf.py open_pdf() accepts a repaired (truncated) PDF "
                   "(doc.is_repaired is never checked) and _extract() catches only RuntimeError/ValueError, "
                   "not pymupdf.mupdf.FzErrorBase")


def _cases() -> list:  # type: ignore[type-arg]
    cases = [pytest.param(name, make, id=name) for name, make in BAD_FILES.items()]
    cases += [pytest.param(name, make, id=name) for name, make in TRUNCATED.items()]
    return cases


@pytest.mark.parametrize("command", ["redact", "detect"])
@pytest.mark.parametrize(("name", "make"), _cases())
def test_bad_file_exits_2(name: str, make, command: str, tmp_path: Path, out_dir: Path,
                          simple_pdf: Path, letter_pdf: Path, phoei) -> None:
    bad = make(tmp_path, {"simple": simple_pdf, "letter": letter_pdf})
    args = ["--accept-all", "-o", out_dir / "out.pdf"] if command == "redact" else ["--json"]
    run = phoei(command, bad, *args)
    assert_bad_input(run, out_dir)


def test_too_large_via_api(simple_pdf: Path, out_dir: Path) -> None:
    with pytest.raises(TooLarge) as exc:
        pipeline.redact(simple_pdf, out_dir / "out.pdf", max_bytes=1000)
    assert exc.value.exit_code == 2
    assert "over the limit" in str(exc.value)
    assert os.listdir(out_dir) == []


def test_too_large_via_cli(simple_pdf: Path, out_dir: Path, monkeypatch: pytest.MonkeyPatch,
                           phoei) -> None:
    # The CLI has no size option; the limit is the pipeline's.
    monkeypatch.setattr(pipeline, "redact", functools.partial(pipeline.redact, max_bytes=1000))
    run = phoei("redact", simple_pdf, "-o", out_dir / "out.pdf", "--accept-all")
    assert_bad_input(run, out_dir)
    assert "over the limit" in run.err


# -- limits on pages, page area and image pixels (issue #12) -----------------------------------------


def _pdf(path: Path, pages: int = 1, size: tuple[float, float] = (595, 842), image: tuple[int, int] | None = None) -> Path:
    import pymupdf

    doc = pymupdf.open()
    for _ in range(pages):
        page = doc.new_page(width=size[0], height=size[1])
        page.insert_text((72, 72), "hello")
    if image is not None:
        # A tiny image whose dictionary then declares the given size, as a decompression bomb's does.
        pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 4, 4), False)
        xref = doc[0].insert_image(pymupdf.Rect(100, 100, 200, 200), pixmap=pix)
        doc.xref_set_key(xref, "Width", str(image[0]))
        doc.xref_set_key(xref, "Height", str(image[1]))
    doc.save(path)
    doc.close()
    return path


@pytest.mark.parametrize(("make", "env", "says"), [
    (lambda p: _pdf(p, pages=4), {"PHOEI_MAX_PAGES": "3"}, "has 4 pages, over the limit of 3 pages"),
    (lambda p: _pdf(p, size=(5000, 5000)), {}, "page 1 is 176 × 176 cm"),
    (lambda p: _pdf(p, image=(40_000, 40_000)), {}, "holds a 40,000 × 40,000 image (1,600 million pixels)"),
    (lambda p: _pdf(p, image=(3000, 3000)), {"PHOEI_MAX_IMAGE_MEGAPIXELS": "5"}, "over the limit of 5 million"),
    (lambda p: _pdf(p), {"PHOEI_MAX_PAGES": "many"}, "PHOEI_MAX_PAGES='many' is not a whole number"),
], ids=["pages", "page-area", "image-bomb", "image-setting", "bad-setting"])
def test_over_a_limit_exits_2_naming_it(make, env: dict[str, str], says: str, tmp_path: Path, out_dir: Path,
                                        monkeypatch: pytest.MonkeyPatch, phoei) -> None:
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    src = make(tmp_path / "big.pdf")
    for command in (("redact", src, "-o", out_dir / "out.pdf", "--accept-all"), ("detect", src)):
        run = phoei(*command)
        assert_bad_input(run, out_dir)
        assert says in run.err, run.err


@pytest.mark.parametrize(("make", "env"), [
    (lambda p: _pdf(p, pages=3), {"PHOEI_MAX_PAGES": "3"}),         # at the limit
    (lambda p: _pdf(p, size=(2384, 3370)), {}),                      # A0
    (lambda p: _pdf(p, image=(7016, 9921)), {}),                     # an A3 scan at 600 dpi
], ids=["pages", "a0", "a3-600dpi"])
def test_within_the_limits_is_processed(make, env: dict[str, str], tmp_path: Path, out_dir: Path,
                                        monkeypatch: pytest.MonkeyPatch, phoei) -> None:
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    src = make(tmp_path / "ok.pdf")
    from redactor.formats.pdf_open import check_limits, open_pdf

    doc = open_pdf(src)  # no TooLarge
    check_limits(doc, src.name)
    doc.close()


def test_missing_file(tmp_path: Path, out_dir: Path, phoei) -> None:
    run = phoei("redact", tmp_path / "nope.pdf", "-o", out_dir / "out.pdf", "--accept-all")
    assert_bad_input(run, out_dir)


def test_output_folder_missing(simple_pdf: Path, tmp_path: Path, phoei) -> None:
    run = phoei("redact", simple_pdf, "-o", tmp_path / "no" / "such" / "out.pdf", "--accept-all")
    assert run.code != 0 and "Traceback" not in run.err and len(run.err.splitlines()) == 1
    assert not (tmp_path / "no").exists()


def test_output_must_not_overwrite_input(simple_pdf: Path, tmp_path: Path, phoei) -> None:
    copy = tmp_path / "in.pdf"
    copy.write_bytes(simple_pdf.read_bytes())
    run = phoei("redact", copy, "-o", copy, "--accept-all")
    assert run.code != 0 and len(run.err.splitlines()) == 1
    assert copy.read_bytes() == simple_pdf.read_bytes()


# --- decisions files ----------------------------------------------------------------

DECISIONS: dict[str, object] = {
    "not-json": "{not json",
    "not-an-object": [],
    "decisions-not-a-list": {"decisions": "all"},
    "decision-not-an-object": {"decisions": [5]},
    "unknown-id": {"decisions": [{"id": "000000000000", "action": "accept"}]},
    "bad-action": {"decisions": [{"id": "{first}", "action": "maybe"}]},
    "manual-outside-text": {"decisions": [{"manual": {"start": -1, "end": 5}}]},
    "manual-not-integer": {"decisions": [{"manual": {"start": "x", "end": 5}}]},
    "manual-empty": {"decisions": [{"manual": {"start": 5, "end": 5}}]},
}
DECISIONS_BUGS: dict[str, tuple[object, str]] = {
    "id-is-a-list": ({"decisions": [{"id": ["a"], "action": "accept"}]},
                     "redactor bug: redactions_from (redactor/pipeline.py:143 'if pid not in props') raises "
                     "TypeError: unhashable type for a non-string id"),
    "manual-end-infinite": ({"decisions": [{"manual": {"start": 1, "end": 1e400}}]},
                            "redactor bug: redactions_from (redactor/pipeline.py:133-135) int(inf) raises "
                            "OverflowError, not caught"),
    "unknown-default": ({"default": "everything"},
                        "redactor gap: redactions_from treats any 'default' other than 'reject' as 'policy'"),
}


def _write_decisions(path: Path, value: object, first_id: str) -> Path:
    if isinstance(value, str):
        path.write_text(value, encoding="utf-8")
    else:
        path.write_text(json.dumps(value).replace("{first}", first_id), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def first_id(simple_pdf: Path) -> str:
    analysis = pipeline.analyse(simple_pdf)
    analysis.doc.close()
    return analysis.proposals[0].id


def _decision_cases() -> list:  # type: ignore[type-arg]
    cases = [pytest.param(v, id=k) for k, v in DECISIONS.items()]
    cases += [pytest.param(v, id=k) for k, (v, _why) in DECISIONS_BUGS.items()]
    return cases


@pytest.mark.parametrize("value", _decision_cases())
def test_bad_decisions_exit_2(value: object, simple_pdf: Path, first_id: str, tmp_path: Path, out_dir: Path,
                              phoei) -> None:
    dec = _write_decisions(tmp_path / "decisions.json", value, first_id)
    run = phoei("redact", simple_pdf, "-o", out_dir / "out.pdf", "--decisions", dec)
    assert_bad_input(run, out_dir)


def test_decisions_not_utf8(simple_pdf: Path, tmp_path: Path, out_dir: Path, phoei) -> None:
    dec = tmp_path / "decisions.json"
    dec.write_bytes(b"\xff\xfe{\x00")
    assert_bad_input(phoei("redact", simple_pdf, "-o", out_dir / "out.pdf", "--decisions", dec), out_dir)


def test_good_decisions_still_work(simple_pdf: Path, first_id: str, tmp_path: Path, out_dir: Path,
                                   phoei) -> None:
    dec = _write_decisions(tmp_path / "d.json", {"decisions": [{"id": first_id, "action": "reject"}]}, first_id)
    run = phoei("redact", simple_pdf, "-o", out_dir / "out.pdf", "--decisions", dec)
    assert run.code == 0, run.err
    assert os.listdir(out_dir) == ["out.pdf"]


# --- odd but acceptable inputs --------------------------------------------------------


def test_docx_named_pdf_is_sniffed_as_docx(tmp_path: Path, out_dir: Path, phoei) -> None:
    src = mk.build_docx(tmp_path / "letter.pdf", SIMPLE)
    run = phoei("redact", src, "-o", out_dir / "letter.docx", "--accept-all")
    assert run.code == 0, run.err
    out = out_dir / "letter.docx"
    assert out.read_bytes().startswith(b"PK")
    with zipfile.ZipFile(out) as z:
        xml = "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith(".xml"))
    assert ID not in xml and mk.PERSON not in xml
    assert "จึงเรียนมาเพื่อทราบ" in xml
    assert os.listdir(out_dir) == ["letter.docx"]


def test_owner_password_only_pdf_is_processed(simple_pdf: Path, tmp_path: Path, out_dir: Path,
                                              phoei) -> None:
    """Opens without a password (only editing is restricted): redact it, write it unencrypted."""
    src = mk.build_encrypted(tmp_path / "restricted.pdf", simple_pdf, user_pw="", owner_pw="owner")
    run = phoei("redact", src, "-o", out_dir / "out.pdf", "--accept-all")
    assert run.code == 0, run.err
    import pymupdf

    with pymupdf.open(str(out_dir / "out.pdf")) as doc:
        assert not doc.is_encrypted and not doc.needs_pass
    assert fold_for_match(ID) not in fold_for_match(everything(out_dir / "out.pdf")["page 1"])


def test_bad_input_is_one_error_class() -> None:
    from redactor import errors

    for cls in (errors.UnsupportedFormat, errors.EmptyInput, errors.TooLarge, errors.EncryptedDocument,
                errors.ExtractionError, errors.DecisionError):
        assert issubclass(cls, BadInput) and cls.exit_code == 2


# --- odd Unicode ----------------------------------------------------------------------

ZW = "\u200b"
ZW_CASES = {
    "dashed-thai-digits": f"เลขประจำตัวประชาชน ๑-๑๐๓๗{ZW}-๐๒๐๗๑-๘๑{ZW}-๑ ของผู้ร้อง",
    "flat-thai-digits": f"เลขบัตร ๑{ZW}๑๐๓๗๐๒{ZW}๐๗๑๘๑๑ ของผู้ร้อง",
    "zw-between-every-group": f"เลขประจำตัวประชาชน ๑{ZW}๑๐๓๗{ZW}๐๒๐๗๑{ZW}๘๑{ZW}๑ ของผู้ร้อง",
}


def _text_layer(path: Path) -> str:
    return "\n".join(page_lines(path, 0))


@pytest.mark.parametrize("line", ZW_CASES.values(), ids=ZW_CASES.keys())
def test_zero_width_chars_inside_an_id(line: str, tmp_path: Path) -> None:
    src = mk.build_zero_width_id(tmp_path / "zw.pdf", line)
    assert ZW in _text_layer(src), "fixture: the text layer must hold U+200B"
    result = pipeline.redact(src, tmp_path / "out.pdf")
    assert any(r.label == "NATIONAL_ID" for r in result.redactions)
    out_text = fold_for_match(_text_layer(tmp_path / "out.pdf"))
    assert ID_DIGITS not in out_text
    assert fold_for_match("ของผู้ร้อง") in out_text


def test_id_with_unicode_hyphens(tmp_path: Path) -> None:
    """Garuda's ToUnicode maps '-' to U+2010 HYPHEN: the ID must still be found."""
    src = mk.build_lines(tmp_path / "garuda.pdf", [f"เลขประจำตัวประชาชน {mk.thai_digits(ID)} ของผู้ร้อง"],
                         font=mk.GARUDA)
    assert "\u2010" in _text_layer(src), "fixture: Garuda writes U+2010 for '-'"
    pipeline.redact(src, tmp_path / "out.pdf")
    assert ID_DIGITS not in fold_for_match(_text_layer(tmp_path / "out.pdf"))


def test_unmapped_glyph_inside_an_id(tmp_path: Path) -> None:
    # Laksaman has no U+200B glyph: insert_text writes .notdef, extracted as U+0000.
    src = mk.build_lines(tmp_path / "nul.pdf", [f"เลขบัตร ๑{ZW}๑๐๓๗๐๒{ZW}๐๗๑๘๑๑ ของผู้ร้อง"])
    layer = _text_layer(src)
    assert "\x00" in layer or "\ufffd" in layer  # MuPDF's stand-ins for an unmapped glyph
    pipeline.redact(src, tmp_path / "out.pdf")
    digits = "".join(ch for ch in fold_for_match(_text_layer(tmp_path / "out.pdf")) if ch.isdigit())
    assert ID_DIGITS not in digits


def test_a_pdf_run_does_not_load_the_docx_code(tmp_path: Path) -> None:
    # Start-up of ``phoei redact`` on a PDF: sniffing picks PDF before importing the DOCX module (and lxml).
    import subprocess
    import sys

    from tests.fixtures import make_pdf as mk

    src = mk.build_lines(tmp_path / "a.pdf", ["หนังสือแจ้งผล"])
    code = ("import sys; from pathlib import Path; from redactor.formats import sniff_path; "
            f"m = sniff_path(Path({str(src)!r})); "
            "print(m.__name__, 'redactor.formats.docx' in sys.modules, 'lxml.etree' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["redactor.formats.pdf", "False", "False"]
