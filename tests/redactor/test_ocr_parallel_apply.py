"""Parallel paths of redacting a scan give the same file as the serial ones, and fail cleanly.

* OCR with one worker or two: the same text, redactions, verification and written bytes (the
  trailer's random /ID aside);
* the JPEGs of re-rasterised pages are encoded on a thread while the next page renders: the same
  bytes as encoding each in turn, and an encoder failure stops the file with the page named and
  nothing left in the output folder.
"""

from __future__ import annotations

import re
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest

from redactor.errors import WriteError
from redactor.ocr import engine
from redactor.ocr.tesseract import unavailable_reason
from redactor.pipeline import Result, redact
from tests.fixtures import make_scan as ms

needs_tesseract = pytest.mark.skipif(unavailable_reason() is not None,
                                     reason=f"Tesseract not available: {unavailable_reason()}")

# Each half is a hex string or, as MuPDF writes some random bytes, a literal string with escapes.
_ID_PART = rb"(?:<[0-9A-Fa-f]*>|\((?:\\.|[^\\()])*\))"
_ID = re.compile(rb"/ID\s*\[\s*" + _ID_PART + rb"\s*" + _ID_PART + rb"\s*\]", re.S)


def _bytes(path: Path) -> bytes:
    """The file without its trailer /ID (MuPDF makes it up afresh on every save)."""
    data = path.read_bytes()
    assert len(_ID.findall(data)) == 1
    return _ID.sub(b"/ID[]", data)


@pytest.fixture(scope="module")
def two_page_scan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ms.build_scan(tmp_path_factory.mktemp("scan") / "two.pdf", [ms.small_letter_lines()] * 2, size=15.0,
                         page=ms.SMALL_PAGE, specks=120, seed=4400)


def _redact(src: Path, out: Path, monkeypatch: pytest.MonkeyPatch, workers: int) -> Result:
    monkeypatch.setenv("PHOEI_OCR_WORKERS", str(workers))
    with engine._cache_lock:
        engine._cache.clear()  # each run reads the pages itself
    return redact(src, out)


def _summary(result: Result) -> tuple[Any, ...]:
    return (result.analysis.doc.textmap.text, [(r.start, r.end, r.label, r.basis) for r in result.redactions],
            result.verification.as_dict(), result.warnings)


@needs_tesseract
def test_one_or_two_workers_write_the_same_file(two_page_scan: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    one = _redact(two_page_scan, tmp_path / "one.pdf", monkeypatch, 1)
    two = _redact(two_page_scan, tmp_path / "two.pdf", monkeypatch, 2)
    assert one.verification.passed and two.verification.passed
    assert {r.label for r in one.redactions} >= {"NATIONAL_ID", "PHONE"}
    assert _summary(one) == _summary(two)
    assert _bytes(tmp_path / "one.pdf") == _bytes(tmp_path / "two.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one.pdf", "two.pdf"]  # no temporary files left


class _InTurn:
    """A stand-in for the JPEG encoder's thread pool that encodes each page at once, in the calling thread."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        pass

    def __enter__(self) -> _InTurn:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def submit(self, fn: Any, *args: Any) -> Future[Any]:
        fut: Future[Any] = Future()
        fut.set_result(fn(*args))
        return fut


@needs_tesseract
def test_encoding_on_a_thread_writes_what_encoding_in_turn_writes(two_page_scan: Path, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import redactor.formats.pdf as pdf

    threaded = _redact(two_page_scan, tmp_path / "threaded.pdf", monkeypatch, 2)
    monkeypatch.setattr(pdf, "ThreadPoolExecutor", _InTurn)
    in_turn = _redact(two_page_scan, tmp_path / "in-turn.pdf", monkeypatch, 2)
    assert _summary(threaded) == _summary(in_turn)
    assert _bytes(tmp_path / "threaded.pdf") == _bytes(tmp_path / "in-turn.pdf")


@needs_tesseract
def test_an_encoder_failure_stops_the_file_and_leaves_nothing(two_page_scan: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import redactor.formats.pdf as pdf

    def broken(*args: object, **kwargs: object) -> bytes:
        raise RuntimeError("the encoder broke")

    monkeypatch.setattr(pdf, "scan_jpeg", broken)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with pytest.raises(WriteError, match=r"re-rasterising page \d.*the encoder broke"):
        _redact(two_page_scan, out_dir / "clean.pdf", monkeypatch, 2)
    assert list(out_dir.iterdir()) == []
