"""Repair what MuPDF can repair; reject only what cannot be read (issue 12, items 3 and 8).

* A file without a ``%PDF`` header that PyMuPDF opens with pages is a PDF
  (sniffing by content still comes first: a DOCX is never taken for one).
* A repaired cross-reference table is accepted when the file is complete (it
  ends in ``%%EOF``), or when MuPDF reads every page of it, each page's content
  and the fonts it draws with, without an error or a warning
  (``reads_every_page``: a file whose trailer is garbage, or that stops right
  after its last object). A file cut short inside its pages is still refused,
  because MuPDF "repairs" it into blank pages that would verify trivially.
* Form fields that are each other's parent make MuPDF raise "cycle in
  resources" on every widget call; the cycle is cut in memory so the fields
  can be read, redacted and removed.
* Objects MuPDF cannot load (an xref entry pointing nowhere or at another
  object, an object stream without the object, a syntax error: pdf.js and
  other producers write such files) are dropped by writing the document
  once in memory and reading it back (``consistent``), before anything is
  read from it. Otherwise the first step that touches such an object fails,
  or makes MuPDF rebuild its object table from the file in the middle of
  the work, which forgets every change made in memory (the redactions).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import pymupdf

# How far from the end a complete file's last %%EOF may be (trailing junk and newlines).
EOF_WINDOW = 2048


def _fitz() -> Any:
    import pymupdf

    pymupdf.TOOLS.mupdf_display_errors(False)
    pymupdf.TOOLS.mupdf_display_warnings(False)
    return pymupdf


def opens_as_pdf(path: Path) -> bool:
    """Whether PyMuPDF reads the file as a PDF with at least one page (for a file without a header)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(65536)
    except OSError:
        return False
    if b" obj" not in head and b"\nobj" not in head:
        return False
    fitz = _fitz()
    try:
        with fitz.open(str(path), filetype="pdf") as doc:
            return bool(doc.page_count) and not doc.needs_pass
    except Exception:  # not a PDF after all
        return False


def ends_complete(path: Path) -> bool:
    """Whether the file ends with a PDF end-of-file marker (it was not cut short)."""
    return b"%%EOF" in tail_of(path)


def repair_accepted(doc: pymupdf.Document, tail: bytes) -> bool:
    """Whether a file MuPDF opened is taken as it reads: not repaired, or repaired and complete (its
    last bytes, ``tail``, hold the end-of-file marker), or repaired and every page of it reads
    (``reads_every_page``). The one rule for the command line (``open_pdf``) and uploads
    (``precheck_pdf``), so that the site refuses no file the redactor would take."""
    return not doc.is_repaired or b"%%EOF" in tail[-EOF_WINDOW:] or reads_every_page(doc)


def tail_of(path: Path) -> bytes:
    """The file's last ``EOF_WINDOW`` bytes (empty if it cannot be read)."""
    try:
        with path.open("rb") as fh:
            fh.seek(0, 2)
            fh.seek(max(0, fh.tell() - EOF_WINDOW))
            return fh.read()
    except OSError:
        return b""


def reads_every_page(doc: pymupdf.Document) -> bool:
    """Whether MuPDF loads every page and reads each one's text (its content streams, the fonts they
    draw with) without an error or a warning.

    For a repaired file without its end-of-file marker: one cut short inside its pages has a page
    tree kid, a content stream or a font that is missing or ends early, and MuPDF says so ("non-page
    object in page tree", "cannot load content stream", a decompression error) while it draws
    such a blank page; a file whose pages are all there reads without a word.
    """
    fitz = _fitz()
    fitz.TOOLS.mupdf_warnings(reset=True)
    try:
        for pno in range(doc.page_count):
            page = doc.load_page(pno)
            for xref in page.get_contents():
                doc.xref_stream(xref)
            page.get_text("text")
    except Exception:  # a page or a stream MuPDF cannot load
        return False
    finally:
        warned = fitz.TOOLS.mupdf_warnings(reset=True)
    return not warned


def has_annots(doc: pymupdf.Document, pno: int) -> bool:
    """Whether page ``pno`` lists annotations (widgets included), read from its
    dictionary without loading the page; True when that cannot be told."""
    try:
        kind, _value = doc.xref_get_key(doc.page_xref(pno), "Annots")
    except Exception:  # a damaged page tree: load the page and look
        return True
    return kind != "null"


def break_field_cycles(doc: pymupdf.Document) -> int:
    """Cut /Parent loops among the widgets' fields; returns how many links were cut.

    Every page that lists annotations is looked at, whether or not the catalog
    has an /AcroForm: ``is_form_pdf`` counts only the fields the form lists,
    while MuPDF follows the /Parent chain of every widget on a page, listed or
    not, and stops the whole page's widget list on a loop there.
    """
    cut = 0
    for pno in range(doc.page_count):
        if not has_annots(doc, pno):
            continue  # no widgets: the page is not loaded for nothing
        page = doc[pno]
        try:
            list(page.widgets() or [])
            continue
        except Exception:  # the cycle is what we look for below
            pass
        for xref in page.annot_xrefs():
            seen = {xref[0]}
            node = xref[0]
            while True:
                kind, val = doc.xref_get_key(node, "Parent")
                if kind != "xref":
                    break
                parent = int(val.split()[0])
                if parent in seen:
                    doc.xref_set_key(node, "Parent", "null")
                    cut += 1
                    break
                seen.add(parent)
                node = parent
    return cut


def has_page_tree(doc: pymupdf.Document) -> bool:
    """Whether the catalog names a page-tree root (a file MuPDF found no catalog in has none)."""
    try:
        root = doc.pdf_catalog()
        return bool(root) and doc.xref_get_key(root, "Pages")[0] == "xref"
    except Exception:  # no catalog at all
        return False


# A page tree deeper or wider than this is not walked (a hostile file).
MAX_TREE_NODES = 200_000


def fix_page_counts(doc: pymupdf.Document) -> bool:
    """Rewrite each page-tree node's /Count from the pages really under it.

    MuPDF refuses a document whose root declares an impossible page count
    ("Invalid number of pages"); the pages themselves are usually fine.
    Returns whether the tree was walked and rewritten.
    """
    kind, val = doc.xref_get_key(doc.pdf_catalog(), "Pages")
    if kind != "xref":
        return False
    seen: set[int] = set()

    def leaves(xref: int) -> int:
        if xref in seen or len(seen) > MAX_TREE_NODES:
            return 0
        seen.add(xref)
        if doc.xref_get_key(xref, "Type")[1] == "/Page":
            return 1
        kids_kind, kids = doc.xref_get_key(xref, "Kids")
        if kids_kind != "array":
            return 0
        total = sum(leaves(int(ref.split()[0])) for ref in kids.strip("[]").split(" R") if ref.strip())
        doc.xref_set_key(xref, "Count", str(total))
        return total

    try:
        leaves(int(val.split()[0]))
    except (RecursionError, ValueError):
        return False
    return True


def pages_reachable(doc: pymupdf.Document) -> bool:
    """Whether MuPDF can find every page it counts (a page tree with a loop: "cycle in page tree").
    A lookup per page, in MuPDF's C code: a few microseconds each."""
    try:
        for pno in range(doc.page_count):
            doc.page_xref(pno)
    except Exception:  # the loop, or a kid that is no page-tree node
        return False
    return True


def cut_page_tree_loops(doc: pymupdf.Document) -> int:
    """Drop from the page tree each kid that is an ancestor of its parent or was reached already (a
    loop, or a subtree listed twice), then rewrite the counts (``fix_page_counts``), as poppler reads
    such a tree ("Loop in Pages tree": the pages outside the loop). Returns how many kids were cut."""
    kind, val = doc.xref_get_key(doc.pdf_catalog(), "Pages")
    if kind != "xref":
        return 0
    seen: set[int] = set()
    cut = 0

    def walk(xref: int, path: tuple[int, ...]) -> None:
        nonlocal cut
        seen.add(xref)
        if len(seen) > MAX_TREE_NODES or len(path) > 64 or doc.xref_get_key(xref, "Type")[1] == "/Page":
            return
        kids_kind, kids = doc.xref_get_key(xref, "Kids")
        if kids_kind != "array":
            return
        refs = [int(ref.split()[0]) for ref in kids.strip("[]").split(" R") if ref.strip()]
        keep = []
        for ref in refs:
            if ref in path or ref in seen:
                cut += 1
                continue
            keep.append(ref)
            walk(ref, (*path, ref))
        if len(keep) != len(refs):
            doc.xref_set_key(xref, "Kids", "[" + " ".join(f"{r} 0 R" for r in keep) + "]")

    root = int(val.split()[0])
    try:
        walk(root, (root,))
    except (RecursionError, ValueError):  # kids that are not references: nothing cut
        return 0
    if cut:
        fix_page_counts(doc)
    return cut


_XOBJ_REF = __import__("re").compile(r"/([^\s/<>\[\]()]+)\s+(\d+)\s+0\s+R")


def break_xobject_cycles(doc: pymupdf.Document, pno: int) -> int:
    """Remove the resource entries by which a form XObject draws itself again (directly or not).

    Such a loop draws nothing (readers stop it), but MuPDF's redaction
    recurses into it until its stack runs out. Returns how many entries went.
    """
    cut = 0

    def entries(holder: int) -> list[tuple[str, int]]:
        kind, val = doc.xref_get_key(holder, "Resources/XObject")
        if kind == "xref":
            val = doc.xref_object(int(val.split()[0]), compressed=True)
        elif kind != "dict":
            return []
        return [(m.group(1), int(m.group(2))) for m in _XOBJ_REF.finditer(val)]

    def walk(holder: int, path: tuple[int, ...]) -> None:
        nonlocal cut
        if len(path) > 64:
            return
        for name, xref in entries(holder):
            if xref in path:
                doc.xref_set_key(holder, f"Resources/XObject/{name}", "null")
                cut += 1
            elif doc.xref_get_key(xref, "Subtype")[1] == "/Form":
                walk(xref, (*path, xref))

    page = doc[pno].xref
    walk(page, (page,))
    return cut


def xref_length(doc: pymupdf.Document) -> Callable[[], int]:
    """What ``doc.xref_length()`` answers, as a function that reads it anew at each call.

    For loops over every object that must read the length again after each one
    (loading an object may make MuPDF rebuild the table). ``Document.xref_length``
    wraps the document anew at every call, which costs more than the object itself
    in such loops (4 us of the 8 us an object takes); MuPDF's own call is given the
    wrapped document once.
    """
    mupdf = _fitz().mupdf
    pdf = doc.this if isinstance(doc.this, mupdf.PdfDocument) else mupdf.PdfDocument(doc.this)
    if not pdf.m_internal:  # not a PDF: as Document.xref_length
        return lambda: 0
    return partial(mupdf.pdf_xref_len, pdf)


# Enough unreadable objects to know the file must be rebuilt; a hostile /Size
# lists hundreds of thousands, and trying each costs an exception.
MAX_UNREADABLE_LISTED = 100


def unreadable_objects(doc: pymupdf.Document, limit: int = MAX_UNREADABLE_LISTED) -> list[int]:
    """Numbers of the objects MuPDF lists but cannot load (the first ``limit`` of them).

    Loading one may make MuPDF rebuild its object table, which may change its
    length: the loop reads the length again each time round.
    """
    bad: list[int] = []
    xref = 1
    length = xref_length(doc)
    load = _object_loader(doc)
    while xref < length() and len(bad) < limit:
        try:
            load(xref)
        except Exception:  # "cannot find object in xref", "syntax error in object", ...
            bad.append(xref)
        xref += 1
    return bad


def _object_loader(doc: pymupdf.Document) -> Callable[[int], object]:
    """MuPDF's ``pdf_load_object`` for ``doc``: what ``doc.xref_object`` does first, and the step that
    fails on an object MuPDF cannot read, without printing the object's source after it (three quarters
    of that call's time)."""
    mupdf = _fitz().mupdf
    pdf = doc.this if isinstance(doc.this, mupdf.PdfDocument) else mupdf.PdfDocument(doc.this)
    return partial(mupdf.pdf_load_object, pdf)


def consistent(doc: pymupdf.Document) -> tuple[pymupdf.Document, list[int], bool]:
    """``doc``, or where it has objects MuPDF cannot load, a copy written without them and read back.

    Returns the document to work on, the numbers of the objects left out
    (none: ``doc`` itself, untouched) and whether MuPDF had to rebuild the
    object table (on opening, or while the objects were tried). The copy keeps every object that can
    be loaded, at its number (``garbage=1`` drops only what nothing reaches,
    and what cannot be loaded); its pages draw as ``doc``'s did. Raises what
    MuPDF raises if even that fails; ``doc`` is then closed.
    """
    bad = unreadable_objects(doc)
    repaired = bool(doc.is_repaired)
    if not bad and not repaired:
        return doc, [], False
    fitz = _fitz()
    try:
        data = doc.tobytes(garbage=1, deflate=False, clean=False, encryption=fitz.PDF_ENCRYPT_NONE)
        copy = fitz.open("pdf", data)
    finally:
        doc.close()
    return copy, bad, repaired
