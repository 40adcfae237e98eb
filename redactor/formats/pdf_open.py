"""Opening a PDF for reading, with the redactor's errors (shared by ``pdf``, which extracts and redacts, and
``pdf_readback``, which reads a written scan back)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from redactor.errors import EncryptedDocument, ExtractionError, PhoeiError
from redactor.formats import pdf_repair

if TYPE_CHECKING:  # pragma: no cover
    import pymupdf


def fitz() -> Any:
    """PyMuPDF, with MuPDF's own error and warning messages off (the redactor reports its own)."""
    import pymupdf

    pymupdf.TOOLS.mupdf_display_errors(False)
    pymupdf.TOOLS.mupdf_display_warnings(False)
    return pymupdf


def open_pdf(path: Path) -> pymupdf.Document:
    """A PDF opened for reading, or the redactor's error: not a readable PDF, password-protected,
    no pages, or damaged (a broken cross-reference table in a truncated file)."""
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
    if doc.is_repaired and not pdf_repair.ends_complete(path):
        # MuPDF rebuilt a broken cross-reference table (a truncated or damaged
        # file): what it recovered may be blank pages that verify trivially.
        doc.close()
        raise ExtractionError(f"{path.name} is damaged (truncated or broken cross-references); "
                              "save it again from the source application")
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
