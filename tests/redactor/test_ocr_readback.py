"""Reading a redacted scan back for verification (redactor/ocr/readback.py, issue 12 item 8).

The written page is read again only around its boxes and wherever its pixels
differ from the source; these tests show that what changes anywhere else is
still read, that a box that is not solid sends the page to a whole reading,
that a line is read again when a box reaches its glyphs (not merely its band), and that a
multi-page scan is read once per page plus once for all redacted pages' bands. The letters are
tests/fixtures/make_scan.py's invented ones.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pymupdf
import pytest

from redactor.normalise import fold_for_match
from redactor.ocr import readback
from redactor.ocr.fuzzy import best_ratio, skeleton
from redactor.ocr.tesseract import unavailable_reason
from tests.fixtures import make_scan as ms

needs_tesseract = pytest.mark.skipif(unavailable_reason() is not None,
                                     reason=f"OCR not available: {unavailable_reason()}")


def key(s: str) -> str:
    return skeleton(fold_for_match(s))


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The small scanned letter: its rendering, extraction's reading and the ID's box in page space."""
    from redactor.formats.pdf_scan import render
    from redactor.ocr.engine import recognise

    scan = ms.build_small_scan(tmp_path_factory.mktemp("scan") / "scan.pdf")
    doc = pymupdf.open(str(scan.path))
    img = render(doc[0])
    doc.close()
    result = recognise(img)
    digits = "".join(c for c in ms.SMALL_ID if c.isdigit())
    for line in result.lines:
        flat = "".join(c for c in fold_for_match(line.text) if c.isdigit())
        if digits in flat:
            start = next(i for i, c in enumerate(line.text) if c.isdigit() or "๐" <= c <= "๙")
            end = max(i for i, c in enumerate(line.text) if c.isdigit() or "๐" <= c <= "๙") + 1
            return img, result, result.page_box(line, start, end)
    raise AssertionError(f"the ID was not read: {result.text}")


def _pixels(img, box, shift_to=None):  # type: ignore[no-untyped-def]
    """The page's pixels with ``box`` painted black; ``shift_to``: a copy of the box's pixels pasted there first."""
    from redactor.ocr.engine import Rendered

    gray = np.frombuffer(img.gray, dtype=np.uint8).reshape(img.height, img.width).copy()
    x0, y0, x1, y1 = readback._pixel_rect(readback._inverse(img.to_page), box, gray.shape)
    if shift_to is not None:
        tx, ty = shift_to
        gray[ty:ty + y1 - y0, tx:tx + x1 - x0] = gray[y0:y1, x0:x1]
    if box is not None:
        gray[y0:y1, x0:x1] = 0
    return Rendered(gray.tobytes(), img.width, img.height, img.to_page)


@needs_tesseract
def test_a_redacted_page_is_read_again_only_around_its_boxes(page) -> None:  # type: ignore[no-untyped-def]
    img, result, box = page
    got = readback.read_redacted_page(_pixels(img, box), img, result, [box])
    assert got.partial
    text = key(got.text)
    assert best_ratio(key(ms.SMALL_ID), text) < 0.85  # the ID is gone ...
    assert key(ms.SMALL_OFFICE) in text or best_ratio(key(ms.SMALL_OFFICE), text) >= 0.8  # ... the rest is there
    assert best_ratio(key(ms.SMALL_PHONE), text) >= 0.85


@needs_tesseract
def test_only_the_lines_whose_glyphs_a_box_reaches_are_read_again(page) -> None:  # type: ignore[no-untyped-def]
    img, result, box = page
    got = readback.prepare_strips(_pixels(img, box), img, result, [box])
    assert isinstance(got, readback.Strips)
    digits = "".join(c for c in ms.SMALL_ID if c.isdigit())
    lines = [ln for ln in result.lines if ln.text.strip()]
    again = [ln for ln in lines if ln.text not in got.kept]
    # The ID's line is read again, and the neighbours whose glyphs reach into its box; the lines
    # further away are extraction's reading (their pixels are shown to be unchanged).
    assert any(digits in "".join(c for c in fold_for_match(ln.text) if c.isdigit()) for ln in again)
    assert key(ms.SMALL_OFFICE) in key("\n".join(got.kept))
    assert 1 <= len(again) < len(lines)
    assert sum(b.shape[0] for b in got.bands) < img.height / 2


@needs_tesseract
def test_ink_that_appears_away_from_the_boxes_is_read(page) -> None:  # type: ignore[no-untyped-def]
    """A copy of the withheld number where the source page is blank: not under a box and not in any line
    extraction read, but the pixels differ from the source's there, so that area is read again."""
    img, result, box = page
    height = int(img.height)
    written = _pixels(img, box, shift_to=(40, height - 120))
    got = readback.read_redacted_page(written, img, result, [box])
    assert got.partial
    digits = "".join(c for c in ms.SMALL_ID if c.isdigit())
    assert digits in "".join(c for c in fold_for_match(got.text) if c.isdigit())


@needs_tesseract
def test_a_box_that_is_not_solid_sends_the_page_to_a_whole_reading(page) -> None:  # type: ignore[no-untyped-def]
    img, result, box = page
    got = readback.read_redacted_page(img, img, result, [box])  # the box was never painted
    assert not got.partial and "not solid" in got.why_whole
    assert best_ratio(key(ms.SMALL_ID), key(got.text)) >= 0.85


@needs_tesseract
def test_the_ink_kept_with_extraction_stands_for_the_source_pixels(page) -> None:  # type: ignore[no-untyped-def]
    """Extraction's reading keeps the ink of the pixels it read: a redacted page compared with it is read
    again exactly where it would be compared with the source's pixels themselves."""
    img, result, box = page
    assert result.page_ink == readback.page_ink(img)
    for written in (_pixels(img, box), _pixels(img, box, shift_to=(40, int(img.height) - 120))):
        by_pixels = readback.prepare_strips(written, img, result, [box])
        by_ink = readback.prepare_strips(written, result.page_ink, result, [box])
        assert isinstance(by_pixels, readback.Strips) and isinstance(by_ink, readback.Strips)
        assert by_ink.kept == by_pixels.kept
        assert [b.tobytes() for b in by_ink.bands] == [b.tobytes() for b in by_pixels.bands]
    other = readback.PageInk(img.width + 8, img.height, img.to_page, result.page_ink.blocks)
    assert readback.prepare_strips(_pixels(img, box), other, result, [box]) == "the page's size or orientation changed"


@pytest.mark.parametrize("shape", [(64, 64), (61, 77), (3508, 2479), (9, 3)])
def test_block_ink_counts_the_ink_of_each_block(shape: tuple[int, int]) -> None:
    rng = np.random.default_rng(shape[0] * shape[1])
    ink = rng.random(shape) < 0.3
    b = readback.CHANGE_BLOCK
    hb, wb = -(-shape[0] // b), -(-shape[1] // b)
    padded = np.zeros((hb * b, wb * b), dtype=bool)
    padded[: shape[0], : shape[1]] = ink
    want = padded.reshape(hb, b, wb, b).sum(axis=(1, 3))
    assert (readback._block_ink(ink) == want).all()


def test_changed_blocks_ignore_the_boxes_and_recompression_noise() -> None:
    rng = np.random.default_rng(7)
    original = np.full((400, 300), 250, np.uint8)
    original[100:130, 40:260] = 20  # a bar of ink
    noisy = np.clip(original.astype(int) + rng.integers(-20, 21, original.shape), 0, 255).astype(np.uint8)
    assert not readback.changed_blocks(noisy, original, []).any()
    written = noisy.copy()
    written[200:230, 50:120] = 0  # a box ...
    assert not readback.changed_blocks(written, original, [(50, 200, 120, 230)]).any()
    written[300:320, 200:230] = 0  # ... and ink nobody put there
    changed = readback.changed_blocks(written, original, [(50, 200, 120, 230)])
    ys, xs = np.nonzero(changed)
    assert changed.any() and ys.min() * readback.CHANGE_BLOCK >= 296 and xs.min() * readback.CHANGE_BLOCK >= 192


@needs_tesseract
def test_a_multi_page_scan_is_read_once_per_page_plus_its_boxes(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Three pages, two with personal data: extraction reads each page once; the text layer needs no
    reading; verification reads only the bands of the two redacted pages that their boxes reach, stacked
    in one image smaller than a page, and the clean page not at all."""
    from redactor.ocr import engine, tesseract
    from redactor.pipeline import redact

    pages, _secrets = ms.letter_pages(2, thai_every=0)
    pages.insert(1, ["ขอให้ตรวจสอบเรื่องนี้โดยเร็ว", "จึงเรียนมาเพื่อโปรดทราบ"])
    src = ms.build_scan(tmp_path / "scan.pdf", pages)
    with engine._cache_lock:
        engine._cache.clear()
    runs: list[int] = []
    real = tesseract.recognise

    def counted(image: bytes, **kw: object) -> tesseract.RawOcr:
        if not kw.get("whitelist"):
            runs.append(len(image))
        return real(image, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(tesseract, "recognise", counted)
    from redactor.formats import pdf_readback
    renders: list[int] = []
    real_render = pdf_readback.render

    def counted_render(page, *a, **kw):  # type: ignore[no-untyped-def]
        renders.append(page.number)
        return real_render(page, *a, **kw)

    monkeypatch.setattr(pdf_readback, "render", counted_render)
    out = tmp_path / "out.pdf"
    result = redact(src, out)
    assert result.verification.passed
    assert len(runs) == 3 + 1, runs
    # Each written page is rendered once; the source pages are not rendered again (the redacted pages
    # are compared with the ink of the pixels extraction read, kept with its reading).
    assert sorted(renders) == [0, 1, 2], renders
    assert runs[-1] < min(runs[:3]) / 2, runs
    assert any("read again by OCR around their boxes" in n for n in result.verification.notes)
    # The text layer is extraction's reading minus the withheld items.
    doc = pymupdf.open(str(out))
    layer = fold_for_match("".join(p.get_text() for p in doc))
    doc.close()
    for r in result.redactions:
        if len(fold_for_match(r.text)) >= 6:
            assert fold_for_match(r.text) not in layer
    assert "ตรวจสอบ" in layer


@pytest.mark.parametrize(("heights", "parts", "runs"), [
    ([], 2, []),
    ([100], 2, [[0]]),
    ([100, 100], 2, [[0], [1]]),
    ([100, 100, 100, 100], 2, [[0, 1], [2, 3]]),
    ([100, 100, 100, 100], 1, [[0, 1, 2, 3]]),
    # One tall band does not starve the runs after it.
    ([3000, 100, 100, 100], 2, [[0], [1, 2, 3]]),
    ([100, 100, 100, 3000], 2, [[0, 1, 2], [3]]),
    ([500, 400, 300, 200, 100, 600], 3, [[0, 1], [2, 3, 4], [5]]),
    # More parts than bands: one band each.
    ([100, 200], 5, [[0], [1]]),
])
def test_balanced_runs_cut_bands_in_order_into_runs_of_even_height(heights: list[int], parts: int,
                                                                    runs: list[list[int]]) -> None:
    got = readback.balanced_runs(heights, parts)
    assert got == runs
    assert [i for run in got for i in run] == list(range(len(heights)))


def test_band_reader_reads_every_band_once_in_balanced_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Full batches start as they fill; batches still queued behind busy workers at the end, and the
    open one, are cut again into one run per worker (none shorter than MIN_RUN_HEIGHT); every band's
    text comes back under its own number."""
    import threading

    monkeypatch.setattr(readback, "MAX_BATCH_HEIGHT", 1000)
    monkeypatch.setattr(readback, "MIN_RUN_HEIGHT", 300)
    release = threading.Event()
    calls: list[list[int]] = []
    lock = threading.Lock()

    def fake_read(bands):  # type: ignore[no-untyped-def]
        with lock:
            calls.append([int(b[0, 0]) for b in bands])
            first = len(calls) <= 2
        if first:
            assert release.wait(10)  # both workers busy until every band is queued
        return [f"band {int(b[0, 0])}" for b in bands]

    monkeypatch.setattr(readback, "read_bands", fake_read)
    reader = readback.BandReader(2)
    try:
        # 430 px each with the gap: two fill a batch, a third would pass 1,000.
        ids = [reader.add(np.full((400, 10), k, np.uint8)) for k in range(10)]
        threading.Timer(0.3, release.set).start()
        texts = reader.texts()
    finally:
        release.set()
        reader.close()
    assert texts == [f"band {i}" for i in ids]
    assert sorted(i for call in calls for i in call) == ids
    assert calls[:2] in ([[0, 1], [2, 3]], [[2, 3], [0, 1]])
    # [4, 5] and [6, 7] never started: with the open [8, 9] they are cut into four runs of 1 or 2 bands
    # (2,580 px in runs of about 645), instead of [8, 9] waiting alone behind them.
    rest = calls[2:]
    assert len(rest) == 4 and {len(c) for c in rest} == {1, 2}
    assert sorted(i for c in rest for i in c) == [4, 5, 6, 7, 8, 9]


def test_band_reader_reads_a_short_remainder_in_one_run(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr(readback, "read_bands", lambda bands: calls.append(len(bands)) or ["x"] * len(bands))
    reader = readback.BandReader(2)
    try:
        for _ in range(3):
            reader.add(np.zeros((200, 10), np.uint8))
        assert reader.texts() == ["x"] * 3
    finally:
        reader.close()
    assert calls == [3]


@pytest.mark.parametrize(("box", "touched"), [
    # a box beside the word, its margin stopping at the word's first glyph: not touched
    ((0.0, 0.0, 98.5, 40.0), False),
    # a neighbouring line's box clipping the bottom tenth of the glyphs (a descender's edge): not touched
    ((100.0, 36.0, 200.0, 60.0), False),
    # a box over a third of the first glyph, or over the word: touched
    ((0.0, 0.0, 107.0, 40.0), True),
    ((90.0, 0.0, 200.0, 40.0), True),
    # the box of the line below reaching half way up the glyphs: touched
    ((100.0, 20.0, 200.0, 60.0), True),
])
def test_a_kept_glyph_is_touched_when_a_box_covers_a_quarter_of_it(box: tuple[float, float, float, float],
                                                                    touched: bool) -> None:
    from redactor.ocr.geometry import IDENTITY
    from redactor.ocr.layout import OcrLine
    from redactor.ocr.pdf import ScanLine
    from redactor.ocr.verify import _touches
    from redactor.types import Segment, TextMap

    # "abc": glyph boxes 100-120, 120-140, 140-160, all 0-40 high
    line = OcrLine("abc", tuple((100.0 + 20 * i, 0.0, 120.0 + 20 * i, 40.0) for i in range(3)),
                   (100.0, 0.0, 160.0, 40.0), 90.0)
    tm = TextMap("abc", [Segment(0, 3, "page 1", True, ScanLine(0, line, IDENTITY), 1)])
    assert _touches(tm, 0, 3, [box]) is touched
