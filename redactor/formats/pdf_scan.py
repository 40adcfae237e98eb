"""Scanned PDF pages: which parts need OCR, rendering, segments, text layer, read-back.

The PyMuPDF side of OCR (issue #13: PyMuPDF only behind ``redactor/formats/``); the locators
``ScanRegion``, ``ScanLine`` and ``ScanText`` are plain data in ``redactor.ocr.pdf``.

A page is a *scan* when it shows an image and has no visible text; on a page
with text, an image that covers a good part of the page with (almost) no text
over it is a scanned *region* (a pasted letter, an attached ID card). Text
drawn invisibly over a scan is another program's OCR: it is kept, and the
scan is read again. A page with little text and hundreds of paths draws its
text as outlines and is read whole. All are rendered at 300 dpi and
recognised by ``redactor.ocr.engine``; the lines go into the document's one
canonical text with a ``ScanLine`` locator, so detectors, policy and review
treat them like any other text.

Applying a redaction to OCR text blanks the pixels under it (the caller's
``apply_redactions`` with ``PDF_REDACT_IMAGE_PIXELS``). A fully scanned page
that had redactions is then re-rasterised: its content becomes one new image of
the redacted page, so nothing of the original image (other resolutions, masks,
parts outside the crop box) stays in the file. Last, every OCRed page gets an
invisible text layer (render mode 3) made from OCR of the *redacted* page:
searchable, and holding nothing that was removed.
"""

from __future__ import annotations

import io
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Any

from redactor.ocr import geometry as geo
from redactor.ocr.geometry import DPI, Box
from redactor.ocr.pdf import ScanRegion, ScanText

if TYPE_CHECKING:  # pragma: no cover
    import pymupdf

    from redactor.ocr.engine import OcrPool, OcrResult, Rendered

# An image smaller than this share of the page is a logo, a signature or an
# emblem, not a scan; so is an image with fewer source pixels than MIN_PIXELS
# on either side (a stretched 1x1 background).
MIN_REGION_SHARE = 0.05
MIN_PIXELS = 64
# More characters than this over an image region: it already has a text layer.
MAX_TEXT_CHARS_IN_REGION = 20
# A region covering this much of the page is OCRed as the whole page.
FULL_PAGE_SHARE = 0.85
# A scanned page from which OCR reads fewer characters cannot be checked: it
# may be blank, a photo or handwriting, and a person must look at it.
MIN_READABLE_CHARS = 8
# A page with little text and many vector paths shows its text as outlines;
# on a page with no text at all, fewer paths suffice (a short outlined note).
OUTLINE_MIN_PATHS = 300
OUTLINE_MIN_PATHS_NO_TEXT = 50
OUTLINE_MAX_CHARS = 200

# The text layer's font: it must map "-" to U+002D (Garuda maps it to U+2010)
# and cover Thai. Debian fonts-thai-tlwg.
_LAYER_FONTS = (
    "/usr/share/fonts/truetype/tlwg/Laksaman.ttf",
    "/usr/share/fonts/opentype/tlwg/Laksaman.otf",
    "/usr/share/fonts/truetype/tlwg/Loma.ttf",
)


def _fitz() -> Any:
    import pymupdf

    return pymupdf


def image_regions(page: pymupdf.Page) -> list[Box]:
    """Page-space boxes of the images big enough to be scans, overlapping ones merged."""
    fitz = _fitz()
    area = abs(page.rect)
    boxes: list[Any] = []
    # The bounding boxes are in the page's unrotated space, like text boxes.
    prect = page.rect * page.derotation_matrix
    for info in page.get_image_info():
        if info.get("width", 0) < MIN_PIXELS or info.get("height", 0) < MIN_PIXELS:
            continue
        r = fitz.Rect(info["bbox"]) & prect
        if r.is_empty or abs(r) < MIN_REGION_SHARE * area:
            continue
        boxes.append(r)
    merged: list[Any] = []
    for r in sorted(boxes, key=lambda b: (b.y0, b.x0)):
        for i, m in enumerate(merged):
            if m.intersects(r):
                merged[i] = m | r
                break
        else:
            merged.append(r)
    return [tuple(r) for r in merged]


def scan_regions(page: pymupdf.Page, pno: int, char_centres: Sequence[tuple[float, float]],
                 has_text: bool | None = None, drawings: bool = True) -> list[ScanRegion]:
    """What of this page needs OCR: the whole page, image regions, or nothing.

    ``char_centres`` are the characters a reader sees; ``has_text`` says
    whether the page has a text layer at all (invisible text included), which
    decides whether the page may be re-rasterised (``ScanRegion.full_page``).
    ``drawings=False``: the page is known to draw no vector graphics (no text drawn as outlines).
    """
    no_text = not char_centres if has_text is None else not has_text
    if drawings and len(char_centres) < OUTLINE_MAX_CHARS and \
            len(page.get_cdrawings()) > (OUTLINE_MIN_PATHS if char_centres else OUTLINE_MIN_PATHS_NO_TEXT):
        return [ScanRegion(pno, None, no_text, True)]
    if not char_centres:
        if page.get_images() or page.get_image_info():
            return [ScanRegion(pno, None, no_text)]
        return []
    if not page.get_images():
        return []  # inline images (not in the resources) are small by nature
    area = abs(page.rect)
    out = []
    for box in image_regions(page):
        x0, y0, x1, y1 = box
        inside = sum(1 for cx, cy in char_centres if x0 <= cx <= x1 and y0 <= cy <= y1)
        if inside > MAX_TEXT_CHARS_IN_REGION:
            continue
        if (x1 - x0) * (y1 - y0) >= FULL_PAGE_SHARE * area:
            return [ScanRegion(pno, None, False)]
        out.append(ScanRegion(pno, box, False))
    return out


def render(page: pymupdf.Page, clip: Box | None = None, *, annots: bool = False) -> Rendered:
    """Greyscale pixels of the page (or a page-space clip) at 300 dpi, with the map back to page space."""
    from redactor.ocr.engine import Rendered

    fitz = _fitz()
    zoom = DPI / 72
    grid = _scan_grid(page, page.get_image_info()) if clip is None else None
    at_dpi = (page.rect * fitz.Matrix(zoom, zoom)).irect
    if grid is not None and all(abs(z / zoom - 1) <= NEAR_DPI for z in grid[:2]) and \
            (round(grid[0] * (grid[2][2] - grid[2][0])), round(grid[1] * (grid[2][3] - grid[2][1]))) != \
            (at_dpi.width, at_dpi.height):
        # A page that is one upright scan of about 300 dpi is drawn on the scan's own pixel grid: its
        # pixels are the scan's, not resampled (see ``_scan_grid``), and a written copy of the page
        # whose image lies where the scan lay (``raster_pixmap``) is drawn on the very same grid. A scan
        # of as many pixels as the page drawn at 300 dpi (a page rasterised at 300 dpi, as every page
        # without such a scan is) is drawn at 300 dpi, in the frame its source page was read in.
        zx, zy, (x0, y0, x1, y1) = grid
        pix = page.get_pixmap(matrix=fitz.Matrix(zx, 0, 0, zy, -x0 * zx, -y0 * zy), colorspace=fitz.csGRAY,
                              alpha=False, clip=fitz.Rect(x0, y0, x1, y1) & page.rect, annots=annots)
        return Rendered(bytes(pix.samples), pix.width, pix.height,
                        (1 / zx, 0.0, 0.0, 1 / zy, x0 + pix.x / zx, y0 + pix.y / zy))
    mat = fitz.Matrix(zoom, zoom)
    # get_pixmap draws the page as displayed (rotated) while text and
    # annotation coordinates are unrotated: clip and map through the rotation.
    disp_clip = fitz.Rect(clip) * page.rotation_matrix if clip is not None else None
    pix = page.get_pixmap(matrix=mat, colorspace=fitz.csGRAY, alpha=False, clip=disp_clip, annots=annots)
    d = page.derotation_matrix
    to_page = geo.compose((1 / zoom, 0.0, 0.0, 1 / zoom, pix.x / zoom, pix.y / zoom), (d.a, d.b, d.c, d.d, d.e, d.f))
    return Rendered(bytes(pix.samples), pix.width, pix.height, to_page)


def ocr_regions(doc: pymupdf.Document, regions: Iterable[ScanRegion], pool: OcrPool, *, annots: bool = False,
                before: Callable[[ScanRegion], None] | None = None,
                check_digits: bool = True,
                after: Callable[[ScanRegion], None] | None = None) -> list[tuple[ScanRegion, OcrResult | Exception]]:
    """OCR the regions in parallel; an error is returned in place of its result.

    ``check_digits`` runs the digit safety net; a written page's text layer
    and its verification only need the text.

    Pages are rendered here, in the calling thread, while the pool reads the
    ones before; at most two per worker wait, so a long scan is never held in
    memory as pixels all at once (a 300 dpi A4 page is 8.7 MB). ``before``
    runs on each region's page just before it is rendered, ``after`` once its
    result (or error) is in, in the order of ``regions``.
    """
    pending: deque[tuple[ScanRegion, Future[OcrResult]]] = deque()
    out: list[tuple[ScanRegion, OcrResult | Exception]] = []

    def collect() -> None:
        region, fut = pending.popleft()
        try:
            out.append((region, fut.result()))
        except Exception as exc:  # a Tesseract failure on one page must not hide the others
            out.append((region, exc))
        if after is not None:
            after(region)

    for region in regions:
        if len(pending) >= 2 * pool.workers:
            collect()
        if before is not None:
            before(region)
        pending.append((region, pool.submit(render(doc[region.page], region.clip, annots=annots), check_digits)))
    while pending:
        collect()
    return out


# --- apply -------------------------------------------------------------------------------


def rerasterise(page: pymupdf.Page) -> None:
    """Replace the page's content by one image of how it looks now (after redaction).

    Rendered on the grid of the page's own scan, so the pixels outside the
    boxes stay as they were (OCR of the kept text must not change), and
    stored as a high-quality JPEG like the scan it replaces.
    """
    pix, colour, rect = raster_pixmap(page)
    replace_by_image(page, scan_jpeg(pix, colour), rect)


# A scan whose image lies within this many points of every edge of the page covers it.
COVER_TOLERANCE = 0.5
# A scan within this share of DPI is drawn for OCR on its own grid (``render``): 2% is 6 dpi, or
# 50 pixels across an A4 page.
NEAR_DPI = 0.02


def _scan_grid(page: pymupdf.Page, infos: list[dict[str, Any]]) -> tuple[float, float, Box] | None:
    """The page's pixel grid when it is one upright scan covering it: (zoom x, zoom y, the scan's rect).

    Drawn on that grid, each pixel of the scan is one pixel of the image: nothing is resampled, which
    is what MuPDF spends most of a page's rendering on (a 300 dpi A4 page drawn at 300 dpi while its
    image is 2,479 pixels across 595 points: 170 ms against 120 ms on the scan's own grid).
    """
    if page.rotation or not infos:
        return None
    info = max(infos, key=lambda i: i.get("width", 0) * i.get("height", 0))
    a, b, c, d, e, f = info.get("transform", (0, 0, 0, 0, 0, 0))
    width, height = info.get("width", 0), info.get("height", 0)
    if b or c or a <= 0 or d <= 0 or width <= 0 or height <= 0:
        return None
    zx, zy = width / a, height / d
    if not all(150 / 72 <= z <= 600 / 72 for z in (zx, zy)):
        return None
    r = page.rect
    if e - r.x0 > COVER_TOLERANCE or f - r.y0 > COVER_TOLERANCE or r.x1 - (e + a) > COVER_TOLERANCE \
            or r.y1 - (f + d) > COVER_TOLERANCE:
        return None
    return zx, zy, (e, f, e + a, f + d)


def raster_pixmap(page: pymupdf.Page, vector: bool = False) -> tuple[pymupdf.Pixmap, bool, Box | None]:
    """The page as it looks now, for ``rerasterise``: the pixmap, whether it is in colour, and where it
    goes on the page (None: the whole page).

    The first half of ``rerasterise``; the JPEG (``scan_jpeg``, which lets other threads run) may be
    encoded while the next page renders, then ``replace_by_image`` puts it in. A page that is one
    upright scan covering it is drawn on that scan's own pixel grid (``_scan_grid``), over the scan's
    rectangle; any other page at the resolution of its finest image. ``vector``: a page whose text is
    drawn as vectors (an untrusted text layer, text as outlines), which extraction read drawn at
    ``DPI``: at least that, so that the written pixels are the ones extraction read (at 150 dpi, the
    floor for a page of small images, verification could not tell them from a changed page and read
    every such page again whole).
    """
    fitz = _fitz()
    infos = page.get_image_info()
    colour = any(info.get("colorspace", 1) >= 3 for info in infos)
    cs = fitz.csRGB if colour else fitz.csGRAY
    grid = _scan_grid(page, infos)
    if grid is not None:
        zx, zy, (x0, y0, x1, y1) = grid
        matrix = fitz.Matrix(zx, 0, 0, zy, -x0 * zx, -y0 * zy)
        clip = fitz.Rect(x0, y0, x1, y1) & page.rect
        pix = page.get_pixmap(matrix=matrix, colorspace=cs, alpha=False, annots=False, clip=clip)
        return pix, colour, (x0 + pix.x / zx, y0 + pix.y / zy, x0 + (pix.x + pix.width) / zx,
                             y0 + (pix.y + pix.height) / zy)
    zoom = DPI / 72
    native = [info["width"] / max(info["bbox"][2] - info["bbox"][0], 1e-3) for info in infos
              if info.get("width") and info["bbox"][2] > info["bbox"][0]]
    if native:
        zoom = min(max(max(native), 150 / 72), 600 / 72)
    if vector:
        zoom = max(zoom, DPI / 72)
    pix = page.get_pixmap(matrix=fitz.Matrix(zoom, zoom), colorspace=cs, alpha=False, annots=False)
    return pix, colour, None


def replace_by_image(page: pymupdf.Page, jpeg: bytes, rect: Box | None = None) -> None:
    """The page's content becomes the one image ``jpeg`` (see ``rerasterise``), over ``rect`` (unrotated
    page space; None: the whole page)."""
    doc = page.parent
    # A fresh, empty content stream and no resources: the old image objects
    # become unreferenced and are dropped by the save's garbage collection.
    xref = doc.get_new_xref()
    doc.update_object(xref, "<<>>")
    doc.update_stream(xref, b" ")
    doc.xref_set_key(page.xref, "Contents", f"{xref} 0 R")
    doc.xref_set_key(page.xref, "Resources", "<<>>")
    if rect is None:
        page.insert_image(page.rect * page.derotation_matrix, stream=jpeg, rotate=page.rotation)
    else:  # exactly over the scan's rectangle, pixel for pixel (not fitted into it keeping proportions)
        page.insert_image(_fitz().Rect(rect), stream=jpeg, rotate=page.rotation, keep_proportion=False)


def scan_jpeg(pix: pymupdf.Pixmap, colour: bool, quality: int = 90) -> bytes:
    """The pixmap as a JPEG: Pillow's libjpeg-turbo encodes a 300 dpi page ten times faster than MuPDF."""
    from PIL import Image

    mode = "RGB" if colour else "L"
    img = Image.frombuffer(mode, (pix.width, pix.height), pix.samples_mv, "raw", mode, pix.stride, 1)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=quality)
    return out.getvalue()


def _layer_font() -> Any:
    fitz = _fitz()
    for f in _LAYER_FONTS:
        if Path(f).is_file():
            return fitz.Font(fontfile=f)
    return None


def _kept_pieces(text: str, withheld: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The words of a line (split at spaces) as character spans, cut where ``withheld`` spans take characters."""
    out = []
    pos = 0
    for word in text.split(" "):
        start, end = pos, pos + len(word)
        pos = end + 1
        cuts = sorted((max(a, start), min(b, end)) for a, b in withheld if a < end and b > start)
        for a, b in cuts:
            if a > start:
                out.append((start, a))
            start = max(start, b)
        if start < end:
            out.append((start, end))
    return out


def covered_chars(result: OcrResult, boxes: Sequence[Box]) -> dict[int, list[tuple[int, int]]]:
    """Per line index, the characters (as one-character spans) whose box centre lies inside a page-space box."""
    out: dict[int, list[tuple[int, int]]] = {}
    if not boxes:
        return out
    for n, line in enumerate(result.lines):
        lx0, ly0, lx1, ly1 = result.page_box(line, 0, len(line.text))
        near = [b for b in boxes if b[0] < lx1 and lx0 < b[2] and b[1] < ly1 and ly0 < b[3]]
        if not near:
            continue
        for i, (ch, box) in enumerate(zip(line.text, line.boxes, strict=False)):
            if ch.isspace():
                continue
            cx, cy = geo.apply(result.to_page, (box[0] + box[2]) / 2, (box[1] + box[3]) / 2)
            if any(x0 <= cx <= x1 and y0 <= cy <= y1 for x0, y0, x1, y1 in near):
                out.setdefault(n, []).append((i, i + 1))
    return out


def add_text_layer(page: pymupdf.Page, result: OcrResult,
                   withheld: Mapping[int, Sequence[tuple[int, int]]] | None = None) -> int:
    """Invisible words (render mode 3) where OCR read them. Returns the number of words.

    ``withheld``: per line index, character spans redacted from the page;
    they are left out (the layer is the reading of the page before redaction
    minus what was withheld, so the redacted page need not be read again).
    """
    fitz = _fitz()
    font = _layer_font()
    if font is None:
        return 0
    tw = fitz.TextWriter(page.rect)
    words = 0
    # A word's width at size 1, as ``font.text_length`` gives it (its characters' advances added in
    # order), with each character's advance looked up once per page instead of once per occurrence.
    advances: dict[str, float] = {}

    def unit_length(word: str) -> float:
        total = 0.0
        for ch in word:
            adv = advances.get(ch)
            if adv is None:
                adv = advances[ch] = font.text_length(ch, fontsize=1.0)
            total += adv
        return total

    for n, line in enumerate(result.lines):
        pieces = _kept_pieces(line.text, (withheld or {}).get(n, ()))
        for i, (start, end) in enumerate(pieces):
            word = line.text[start:end]
            x0, y0, x1, y1 = result.page_box(line, start, end)
            height = max(y1 - y0, 1.0)
            unit = unit_length(word)
            size = min(height * 0.8, (x1 - x0) / unit) if unit > 0 else height * 0.8
            # The space after a word reaches into the gap to the next one, so
            # text extraction (and copy-paste) keeps the words apart.
            text = word + " " if i < len(pieces) - 1 else word
            try:
                tw.append((x0, y0 + height * 0.78), text, font=font, fontsize=max(size, 1.0))
            except Exception:  # a character the font cannot encode: leave the word out
                continue
            words += 1
    if words:
        tw.write_text(page, render_mode=3)
    return words


# --- read-back for verification --------------------------------------------------------------


class InvisibleText:
    """Where a page draws characters in render mode 3 (text a reader cannot see).

    Looked up by a character's origin; PyMuPDF's text extraction and its text
    trace place combining marks a few hundredths of a point apart, so nearby
    origins count as the same.
    """

    TOLERANCE = 0.3

    def __init__(self, page: pymupdf.Page | None = None) -> None:
        self._cells: dict[tuple[int, int], list[tuple[float, float]]] = {}
        for span in page.get_texttrace() if page is not None else ():
            if span.get("type") == 3:
                for ch in span["chars"]:
                    x, y = ch[2]
                    self._cells.setdefault((int(x), int(y)), []).append((x, y))

    def __bool__(self) -> bool:
        return bool(self._cells)

    def __contains__(self, origin: tuple[float, float]) -> bool:
        x, y = origin
        t = self.TOLERANCE
        for cx in (int(x) - 1, int(x), int(x) + 1):
            for cy in (int(y) - 1, int(y), int(y) + 1):
                for ox, oy in self._cells.get((cx, cy), ()):
                    if abs(ox - x) <= t and abs(oy - y) <= t:
                        return True
        return False


def visible_char_centres(page: pymupdf.Page) -> list[tuple[float, float]]:
    """Centres of the characters a reader sees (not render mode 3, our own text layer included)."""
    out = []
    for span in page.get_texttrace():
        if span.get("type") == 3:
            continue
        for ch in span["chars"]:
            x0, y0, x1, y1 = ch[3]
            out.append(((x0 + x1) / 2, (y0 + y1) / 2))
    return out


def recover_scans(doc: pymupdf.Document, pool: OcrPool | None = None) -> list[ScanText]:
    """OCR of the scans in a written PDF (opened by ``redactor.formats.pdf.open_pdf``; the caller
    closes it): the same pages and image regions extraction reads.

    Invisible text does not count as a text layer here, so a page that was a
    scan is read again as a whole even though it now carries its OCR layer.
    """
    from redactor.ocr.engine import OcrPool

    regions = []
    for pno in range(doc.page_count):
        regions.extend(scan_regions(doc[pno], pno, visible_char_centres(doc[pno])))
    if not regions:
        return []
    own = pool is None
    pool = pool or OcrPool()
    try:
        done = ocr_regions(doc, regions, pool, check_digits=False)
    finally:
        if own:
            pool.close()
    out = []
    for region, res in done:
        if isinstance(res, Exception):
            raise res
        out.append(ScanText(region.page + 1, res.text))
    return out
