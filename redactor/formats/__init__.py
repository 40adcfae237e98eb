"""Format modules: one per file type, chosen by content sniffing.

Each module exposes::

    sniff(head: bytes) -> bool
    open_document(path: Path) -> ExtractedDocument
    recover(path: Path) -> list[Recovered]

``recover`` is used by verification: it reopens a written file and returns
everything recoverable from it (visible text, metadata, annotations, raw XML
text), each piece tagged visible or not.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from redactor.errors import EmptyInput, TooLarge, UnsupportedFormat

DEFAULT_MAX_BYTES = 100 * 1024 * 1024


def _modules() -> list[ModuleType]:
    # Imported lazily: PyMuPDF and lxml cost more to import than small jobs.
    from redactor.formats import docx, pdf

    return [pdf, docx]


def sniff_path(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> ModuleType:
    """Pick the format module from the file's first bytes, never its name."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError as exc:
        raise UnsupportedFormat(f"cannot read {path.name}: {exc.strerror}") from exc
    if size == 0:
        raise EmptyInput(f"{path.name} is empty (0 bytes)")
    if size > max_bytes:
        raise TooLarge(
            f"{path.name} is {size / 2**20:.1f} MiB, over the limit of {max_bytes / 2**20:.0f} MiB"
        )
    # In _modules() order, each imported only when the one before did not
    # claim the file: a PDF run never loads lxml and the DOCX code.
    from redactor.formats import pdf

    if pdf.sniff(head):
        return pdf
    from redactor.formats import docx

    if docx.sniff(head):
        return docx
    from redactor.formats import pdf_repair

    if pdf_repair.opens_as_pdf(path):  # no %PDF header, but MuPDF reads it
        return pdf
    raise UnsupportedFormat(f"{path.name} is neither a PDF nor a DOCX file")
