"""Format modules: one per file type, chosen by content sniffing.

Each module exposes::

    sniff(head: bytes) -> bool
    open_document(path: Path, progress: Progress | None = None) -> ExtractedDocument
    recover(path: Path) -> list[Recovered]

``recover`` is used by verification: it reopens a written file and returns
everything recoverable from it (visible text, metadata, annotations, raw XML
text), each piece tagged visible or not.

Other packages ask this one about files (PyMuPDF and the ZIP guard live only here):
``sniff_bytes`` names the format of a file's first bytes, and ``precheck`` makes
the cheap checks an upload gets before anything is stored.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from redactor.errors import (
    EmptyInput,
    EncryptedDocument,
    ExtractionError,
    OleContainer,
    PhoeiError,
    TooLarge,
    UnsupportedFormat,
    ZipBomb,
)

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


def sniff_bytes(head: bytes) -> str:
    """The format (``"pdf"`` or ``"docx"``) of a file from its first bytes (4 KiB are plenty), never
    its name; ``UnsupportedFormat`` otherwise. An OLE file counts as DOCX (an encrypted Office
    package is one), and the DOCX code refuses it with the reason."""
    for mod in _modules():
        if mod.sniff(head):
            return str(mod.__name__.rsplit(".", 1)[-1])
    raise UnsupportedFormat("the file is neither a PDF nor a DOCX document")


# The DOCX parts read by ``precheck`` (to see that they inflate and pass their CRC); the
# extraction reads the rest.
PRECHECK_DOCX_PARTS = ("[Content_Types].xml", "word/document.xml")
PRECHECK_PART_BUDGET = 64 * 1024 * 1024


def precheck(data: bytes, name: str = "document", max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, int]:
    """Cheap checks of an upload before anything is stored: ``(format, pages)`` (pages 0 for DOCX).

    Opens the container and looks at its structure, no extraction. Raises the redactor's bad-input
    errors: ``EmptyInput``, ``TooLarge`` (over ``max_bytes``), ``UnsupportedFormat``,
    ``EncryptedDocument`` (``OleContainer`` for an OLE file), ``ZipBomb`` and ``ExtractionError``
    (damaged). A PDF that MuPDF had to repair is taken or refused by the rule the command line
    applies (``pdf_repair.repair_accepted``): taken when complete or when every page of it reads.
    """
    if not data:
        raise EmptyInput(f"{name} is empty (0 bytes)")
    if len(data) > max_bytes:
        raise TooLarge(f"{name} is {len(data) / 2**20:.1f} MiB, over the limit of {max_bytes / 2**20:.0f} MiB")
    try:
        fmt = sniff_bytes(data[:4096])
    except UnsupportedFormat:
        raise UnsupportedFormat(f"{name} is neither a PDF nor a DOCX file") from None
    if fmt == "pdf":
        from redactor.formats.pdf import precheck_pdf

        return fmt, precheck_pdf(data, name)
    _precheck_docx(data, name)
    return fmt, 0


def _precheck_docx(data: bytes, name: str) -> None:
    """The ZIP guard from the central directory, then only the two parts every DOCX needs, read
    through a byte budget: a bomb is refused without inflating it."""
    import io
    import zipfile

    from redactor.formats.docx import OLE_MAGIC, check_zip_members, read_zip_member

    if data.startswith(OLE_MAGIC):
        raise OleContainer(f"{name} is an OLE compound file (a password-protected Office file or a "
                           "legacy .doc), not a DOCX")
    corrupt = f"{name} is damaged or not a DOCX package"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
            if "word/document.xml" not in names or "[Content_Types].xml" not in names:
                raise ExtractionError(corrupt)
            if any(n.startswith("EncryptedPackage") for n in names):
                raise EncryptedDocument(f"{name} is password-protected")
            try:
                members = check_zip_members(z.infolist(), name)
                for part in PRECHECK_DOCX_PARTS:
                    read_zip_member(z, members[part], PRECHECK_PART_BUDGET, name)
            except (EncryptedDocument, ZipBomb):
                raise
            except PhoeiError as exc:
                raise ExtractionError(f"{corrupt}: {exc}") from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise ExtractionError(corrupt) from None
