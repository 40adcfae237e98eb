"""Opening a PDF for reading, with the redactor's errors (shared by ``pdf``, which extracts and redacts, and
``pdf_readback``, which reads a written scan back)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from redactor.errors import EncryptedDocument, ExtractionError, PhoeiError, TooLarge
from redactor.formats import pdf_repair

if TYPE_CHECKING:  # pragma: no cover
    import pymupdf


def fitz() -> Any:
    """PyMuPDF, with MuPDF's own error and warning messages off (the redactor reports its own)."""
    import pymupdf

    pymupdf.TOOLS.mupdf_display_errors(False)
    pymupdf.TOOLS.mupdf_display_warnings(False)
    return pymupdf


# Limits against files made to exhaust time or memory (issue #12), each with its setting:
# - pages: every page is extracted, and one read from its pixels is drawn at 300 dpi;
# - a page's area: a scanned or untrusted page is drawn whole at 300 dpi to be read (2 m², about twice
#   A0, is some 280 million pixels there; the PDF format allows 200 × 200 inches, 3.6 billion);
# - an image's pixels, as its dictionary declares them: MuPDF decodes an image whole to draw it, whatever
#   the few bytes of a compressed "bomb" suggest (a 600-dpi A3 scan is about 70 million pixels).
DEFAULT_MAX_PAGES = 10_000
MAX_PAGE_SQUARE_METRES = 2.0
DEFAULT_MAX_IMAGE_MEGAPIXELS = 250
_SQ_METRES_PER_SQ_POINT = (0.0254 / 72) ** 2


def max_pages() -> int:
    """The page limit: ``PHOEI_MAX_PAGES``, else ``DEFAULT_MAX_PAGES``."""
    return _positive_setting("PHOEI_MAX_PAGES", DEFAULT_MAX_PAGES)


def max_image_megapixels() -> int:
    """The limit on one image's declared pixels, in millions: ``PHOEI_MAX_IMAGE_MEGAPIXELS``, else the default."""
    return _positive_setting("PHOEI_MAX_IMAGE_MEGAPIXELS", DEFAULT_MAX_IMAGE_MEGAPIXELS)


def _positive_setting(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw.replace(",", "").replace("_", ""))
    except ValueError:
        raise TooLarge(f"{name}={raw!r} is not a whole number") from None
    if value < 1:
        raise TooLarge(f"{name}={raw!r} must be at least 1")
    return value


def check_limits(doc: pymupdf.Document, name: str) -> None:
    """``TooLarge`` (exit 2) for a document over the page, page-area or image-pixel limit, naming the page;
    read from the page tree and each page's resources, without drawing anything."""
    count = doc.page_count
    limit = max_pages()
    if count > limit:
        raise TooLarge(f"{name} has {count:,} pages, over the limit of {limit:,} pages (PHOEI_MAX_PAGES)")
    megapixels = max_image_megapixels()
    for pno in range(count):
        try:
            box = doc.page_cropbox(pno)
            images = doc.get_page_images(pno)
        except Exception:  # a page MuPDF cannot read is extraction's to report, page by page
            continue
        area = abs(box.width * box.height) * _SQ_METRES_PER_SQ_POINT
        if area > MAX_PAGE_SQUARE_METRES:
            raise TooLarge(f"{name}: page {pno + 1} is {box.width / 72 * 2.54:,.0f} × {box.height / 72 * 2.54:,.0f} cm "
                           f"({area:,.1f} m²), over the limit of {MAX_PAGE_SQUARE_METRES:g} m² for a page")
        for img in images:
            width, height = int(img[2] or 0), int(img[3] or 0)
            if width * height > megapixels * 1_000_000:
                raise TooLarge(f"{name}: page {pno + 1} holds a {width:,} × {height:,} image "
                               f"({width * height / 1e6:,.0f} million pixels), over the limit of {megapixels:,} "
                               "million (PHOEI_MAX_IMAGE_MEGAPIXELS)")


def open_pdf(path: Path) -> pymupdf.Document:
    """A PDF opened for reading, or the redactor's error: not a readable PDF, password-protected,
    no pages, damaged (a broken cross-reference table in a truncated file), or over a limit (``check_limits``)."""
    fitz_ = fitz()
    try:
        doc = fitz_.open(str(path), filetype="pdf")
    except Exception as exc:  # PyMuPDF raises several unrelated types here
        raise ExtractionError(f"{path.name} is not a readable PDF: {exc}") from exc
    if doc.needs_pass:
        doc.close()
        raise EncryptedDocument(f"{path.name} is password-protected; remove the password first")
    try:
        try:
            count = doc.page_count
        except Exception:  # an impossible /Count in the page tree: count the pages themselves
            if not pdf_repair.fix_page_counts(doc):
                raise
            count = doc.page_count
    except Exception as exc:
        doc.close()
        raise ExtractionError(f"{path.name} is not a readable PDF: {exc}") from exc
    if count == 0 and pdf_repair.has_page_tree(doc):
        # A /Count MuPDF cannot use (a reference to a stream, say) counts as no pages
        # while the tree holds some: count the pages themselves.
        try:
            if pdf_repair.fix_page_counts(doc):
                count = doc.page_count
        except Exception:  # the tree is beyond counting: no pages, as MuPDF said
            count = 0
    if count and not pdf_repair.pages_reachable(doc):
        # A page tree that loops: the pages outside the loop, as poppler reads them.
        try:
            pdf_repair.cut_page_tree_loops(doc)
            count = doc.page_count if pdf_repair.pages_reachable(doc) else 0
        except Exception:  # the tree is beyond mending
            count = 0
    if count == 0:
        doc.close()
        raise ExtractionError(f"{path.name} has no readable pages: no page tree is found, even with the file's "
                              "cross-references rebuilt (damaged, cut short or undecodable); save it again "
                              "from the source application")
    # A broken cross-reference table in a complete file: MuPDF's rebuilt one is the file.
    if not pdf_repair.repair_accepted(doc, pdf_repair.tail_of(path)):
        # MuPDF rebuilt a broken cross-reference table (a truncated or damaged
        # file): what it recovered may be blank pages that verify trivially.
        doc.close()
        raise ExtractionError(f"{path.name} is damaged (truncated or broken cross-references); "
                              "save it again from the source application")
    try:
        check_limits(doc, path.name)
    except PhoeiError:
        doc.close()
        raise
    return doc


def open_consistent(path: Path) -> tuple[pymupdf.Document, list[int], bool]:
    """``open_pdf``, then objects MuPDF cannot load dropped (``pdf_repair.consistent``).

    Returns the document, the numbers of the objects left out, and whether
    MuPDF had to rebuild the file's cross-reference table.
    """
    try:
        return pdf_repair.consistent(open_pdf(path))
    except PhoeiError:
        raise
    except Exception as exc:  # consistent() closed the document
        raise ExtractionError(f"{path.name} is damaged beyond repair ({type(exc).__name__}: {exc}); "
                              "save it again from the source application") from exc
