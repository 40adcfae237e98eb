"""A page that is one upright scan is drawn on the scan's own pixel grid (redactor/formats/pdf_scan.py).

OCR reads the scan's own pixels, not a resampling of them; a redacted copy of the page is drawn on
that grid and its image lies where the scan lay, so verification's rendering of the written page is
in the same frame as extraction's, pixel for pixel. Pages that are not one upright scan of about
300 dpi are drawn at 300 dpi as before.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pymupdf
import pytest

from redactor.formats.pdf_scan import raster_pixmap, render, rerasterise

PAGE = (420.0, 300.0)


def _noise(width: int, height: int, seed: int = 5) -> np.ndarray:
    rng = np.random.default_rng(seed)
    img = np.full((height, width), 235, np.uint8)
    for _ in range(60):  # dark bars, like strokes
        y, x = int(rng.integers(0, height - 12)), int(rng.integers(0, width - 80))
        img[y:y + 10, x:x + int(rng.integers(10, 80))] = 20
    return img


def _scan_pdf(path: Path, img: np.ndarray, where: tuple[float, float, float, float] | None = None,
              rotate: int = 0) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=PAGE[0], height=PAGE[1])
    h, w = img.shape
    pix = pymupdf.Pixmap(pymupdf.csGRAY, w, h, np.ascontiguousarray(img).tobytes(), False)
    page.insert_image(pymupdf.Rect(where) if where else page.rect, stream=pix.tobytes("png"), keep_proportion=False)
    if rotate:
        page.set_rotation(rotate)
    doc.save(str(path))
    doc.close()
    return path


def _gray(img) -> np.ndarray:  # type: ignore[no-untyped-def]
    return np.frombuffer(img.gray, np.uint8).reshape(img.height, img.width)


# (image width, height, where on the page, page rotation, drawn on the scan's own grid)
@pytest.mark.parametrize(("width", "height", "where", "rotate", "own"), [
    (1749, 1251, None, 0, True),  # 299.8 x 300.2 dpi: its own pixels, not resampled to 1750 x 1250
    (1750, 1250, None, 0, True),  # exactly 300 dpi
    (1167, 833, None, 0, False),  # 200 dpi: drawn at 300 dpi as OCR expects
    (1749, 1251, None, 90, False),  # a turned page: drawn as displayed, at 300 dpi
    (875, 1250, (0.0, 0.0, 210.0, 300.0), 0, False),  # half the page: not a scan covering it
])
def test_a_page_that_is_one_upright_scan_is_drawn_on_its_own_pixels(tmp_path: Path, width: int, height: int,
                                                                    where: tuple[float, float, float, float] | None,
                                                                    rotate: int, own: bool) -> None:
    img = _noise(width, height)
    doc = pymupdf.open(str(_scan_pdf(tmp_path / "scan.pdf", img, where, rotate)))
    try:
        got = render(doc[0])
    finally:
        doc.close()
    if own:
        assert (got.width, got.height) == (width, height)
        assert np.array_equal(_gray(got), img)
        # The map to the page puts the scan's pixels over the page.
        a, _b, _c, d, e, f = got.to_page
        assert (e, f) == (0.0, 0.0)
        assert width * a == pytest.approx(PAGE[0]) and height * d == pytest.approx(PAGE[1])
    else:
        shown = (PAGE[1], PAGE[0]) if rotate else PAGE
        assert (got.width, got.height) == (round(shown[0] * 300 / 72), round(shown[1] * 300 / 72))


def test_a_rasterised_scan_lies_where_the_scan_lay(tmp_path: Path) -> None:
    """The redacted page is drawn on the scan's grid and its image put over the scan's rectangle: the
    written page renders in extraction's frame, its pixels away from the box are the scan's (up to the
    JPEG), and the box is solid."""
    img = _noise(1749, 1251)
    src = _scan_pdf(tmp_path / "scan.pdf", img)
    doc = pymupdf.open(str(src))
    before = render(doc[0])
    page = doc[0]
    page.draw_rect(pymupdf.Rect(100, 100, 200, 130), color=None, fill=(0, 0, 0))
    pix, colour, rect = raster_pixmap(page)
    assert not colour and (pix.width, pix.height) == (1749, 1251) and rect == pytest.approx((0, 0, *PAGE))
    rerasterise(page)
    doc.save(str(tmp_path / "out.pdf"))
    doc.close()
    out = pymupdf.open(str(tmp_path / "out.pdf"))
    try:
        after = render(out[0])
        assert out[0].get_image_info()[0]["bbox"] == pytest.approx((0, 0, *PAGE))
    finally:
        out.close()
    assert (after.width, after.height, after.to_page) == (before.width, before.height, before.to_page)
    written = _gray(after).astype(int)
    x0, y0, x1, y1 = (round(v * 1749 / PAGE[0]) for v in (100, 100, 200, 130))
    assert (written[y0 + 2:y1 - 2, x0 + 2:x1 - 2] < 64).all()
    away = np.ones(written.shape, bool)
    away[y0 - 8:y1 + 8, x0 - 8:x1 + 8] = False
    assert np.abs(written - img.astype(int))[away].mean() < 3
