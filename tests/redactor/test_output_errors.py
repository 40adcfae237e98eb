"""One error boundary around apply, scrub and save; ``-o`` checked before any work; lost text located."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pymupdf
import pytest

from redactor import pipeline
from redactor.errors import VerificationFailed, WriteError
from redactor.formats import pdf as pdf_format
from redactor.formats.base import Recovered
from tests.fixtures import make_pdf as mk


@pytest.fixture(scope="module")
def letter(tmp_path_factory: pytest.TempPathFactory) -> mk.Letter:
    return mk.build_letter(tmp_path_factory.mktemp("out") / "letter.pdf")


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".phoei-") or p.name.endswith(".part"))


@pytest.mark.parametrize("name", ["outdir", "copy.docx", "copy.txt"])
def test_unusable_output_is_exit_2_before_any_work(letter: mk.Letter, tmp_path: Path, phoei, name: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / name
    if name == "outdir":
        out.mkdir()
    monkeypatch.setattr(pipeline, "analyse", lambda *a, **k: pytest.fail("work started"))
    run = phoei("redact", letter.path, "-o", out, "--accept-all")
    assert run.code == 2, run.err
    assert ("directory" in run.err) if name == "outdir" else ("must end in .pdf" in run.err)
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize(("target", "error"), [
    ("scrub", RuntimeError("cannot find object in xref (12 0 R)")),
    ("apply_redactions", RuntimeError("code=2: stack overflow (FzErrorLimit)")),
    ("save", RuntimeError("cannot find object in xref (40 0 R)")),
])
def test_mupdf_failures_become_exit_2_with_the_step(letter: mk.Letter, tmp_path: Path, phoei, target: str,
                                                    error: Exception, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*_a: object, **_k: object) -> None:
        raise error

    if target == "scrub":  # in place and again on the copy rebuilt from the pages (test_damaged_pdf.py)
        monkeypatch.setattr(pdf_format, "_scrub_objects", boom)
    else:
        monkeypatch.setattr(pymupdf.Page if target == "apply_redactions" else pymupdf.Document, target, boom)
    run = phoei("redact", letter.path, "-o", tmp_path / "out.pdf", "--accept-all")
    assert run.code == 2, run.err
    assert "cannot write the redacted copy" in run.err and str(error) in run.err
    if target == "apply_redactions":
        assert "page 1" in run.err
    assert not (tmp_path / "out.pdf").exists() and _leftovers(tmp_path) == []


def test_write_error_is_bad_input() -> None:
    assert WriteError.exit_code == 2


def test_interrupt_removes_partial_output(letter: mk.Letter, tmp_path: Path, phoei,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*_a: object, **_k: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "_verify", interrupted)
    run = phoei("redact", letter.path, "-o", tmp_path / "out.pdf", "--accept-all")
    assert run.code == 130
    assert not (tmp_path / "out.pdf").exists() and _leftovers(tmp_path) == []


def test_sigterm_inside_the_in_memory_rewrite_is_an_interruption(letter: mk.Letter, tmp_path: Path, phoei,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A damaged file is rewritten in memory (pdf_repair.consistent) through PyMuPDF's Python write
    callback; a SIGTERM landing there comes back as MuPDF's error. It is still an interruption (exit 130),
    never "damaged beyond repair", and nothing is written."""
    import io
    import os
    import signal

    from tests.fixtures import make_damaged as md

    src = tmp_path / "damaged.pdf"
    src.write_bytes(md.xref_gap(letter.path.read_bytes()))

    class SignalledWhileWriting(io.BytesIO):
        def write(self, data: object) -> int:
            os.kill(os.getpid(), signal.SIGTERM)  # delivered inside MuPDF's callback
            return super().write(data)  # type: ignore[arg-type]

    def tobytes(self: pymupdf.Document, **kwargs: object) -> bytes:
        out = SignalledWhileWriting()
        self.save(out, **kwargs)
        return out.getvalue()

    monkeypatch.setattr(pymupdf.Document, "tobytes", tobytes)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    run = phoei("redact", src, "-o", out_dir / "out.pdf", "--accept-all")
    assert run.code == 130, run.err
    assert "interrupted" in run.err and "damaged" not in run.err
    assert list(out_dir.iterdir()) == []
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL or callable(signal.getsignal(signal.SIGTERM))


def test_lost_text_is_named_with_page_and_box(letter: mk.Letter, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    # Simulate collateral loss: the written page text misses one kept line.
    real = pdf_format.recover
    analysis = pipeline.analyse(letter.path)
    tm = analysis.doc.textmap
    line = next(tm.text[s.start:s.end] for s in tm.segments if s.visible and len(tm.text[s.start:s.end]) > 25
                and s.page == 1)
    analysis.doc.close()

    def lossy(path: Path) -> list[Recovered]:
        return [Recovered(r.where, r.text.replace(line, ""), r.visible) for r in real(path)]

    real_visual = pdf_format.visual_text

    def lossy_visual(path: Path, pages: Iterable[int]) -> dict[int, str]:
        # The second reading of the page (in extraction's line order) misses the line too.
        return {p: t.replace(line, "") for p, t in real_visual(path, pages).items()}

    monkeypatch.setattr(pdf_format, "recover", lossy)
    monkeypatch.setattr(pdf_format, "visual_text", lossy_visual)
    with pytest.raises(VerificationFailed) as err:
        pipeline.redact(letter.path, tmp_path / "out.pdf")
    msg = str(err.value)
    assert "page 1 at (" in msg and line.strip()[:20] in msg
    assert _leftovers(tmp_path) == []


def test_zero_redactions_always_verify(letter: mk.Letter, tmp_path: Path) -> None:
    result = pipeline.redact(letter.path, tmp_path / "out.pdf", decisions={"decisions": [], "default": "reject"})
    assert result.verification.passed and not result.redactions


def _xobject_cycle(path: Path) -> None:
    """A page whose Form XObject draws itself: MuPDF's interpreter overflows its stack."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_font(fontname="th", fontfile="/usr/share/fonts/truetype/tlwg/Laksaman.ttf")
    page.insert_text((60, 80), "เลขประจำตัวประชาชน 1-1037-02071-81-1 ของผู้ร้อง", fontname="th", fontsize=15)
    x = doc.get_new_xref()
    doc.update_object(x, f"<< /Type /XObject /Subtype /Form /BBox [0 0 100 100] "
                         f"/Resources << /XObject << /Fm0 {x} 0 R >> >> >>")
    doc.update_stream(x, b"/Fm0 Do")
    kind, res = doc.xref_get_key(page.xref, "Resources")
    assert kind == "xref"
    doc.xref_set_key(int(res.split()[0]), "XObject/Fm0", f"{x} 0 R")
    content = page.get_contents()[0]
    doc.update_stream(content, doc.xref_stream(content) + b"\nq /Fm0 Do Q\n")
    doc.save(str(path))


def test_xobject_cycle_is_cut_and_the_page_redacted(tmp_path: Path, phoei) -> None:
    # The loop draws nothing; redactor/formats/pdf_repair.py removes it when MuPDF's
    # redaction overflows on it, and the page is redacted as usual.
    src = tmp_path / "cycle.pdf"
    _xobject_cycle(src)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    run = phoei("redact", src, "-o", out_dir / "cycle.pdf", "--accept-all")
    assert run.code == 0, run.err
    assert "Traceback" not in run.err
    assert [p.name for p in out_dir.iterdir()] == ["cycle.pdf"]
    with pymupdf.open(str(out_dir / "cycle.pdf")) as doc:
        text = doc[0].get_text()
    assert "1-1037-02071-81-1" not in text and "ของผู้ร้อง" in text
