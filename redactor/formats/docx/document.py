"""The opened DOCX and the format module's entry points (``sniff``, ``open_document``)."""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from lxml import etree

from redactor.errors import ExtractionError
from redactor.formats.base import Progress
from redactor.formats.docx.apply import _Editor, _write_zip_atomic
from redactor.formats.docx.extract import _build_textmap, _review_notes
from redactor.formats.docx.package import (
    OLE_MAGIC,
    ZIP_MAGIC,
    _is_w,
    _one_line,
    _open_package,
    _Package,
    _w_attr,
    _w_child,
)
from redactor.formats.docx.places import find_layout
from redactor.formats.docx.styles import _Styles
from redactor.formats.tables import docx_tables
from redactor.types import Redaction, TextMap


class DocxDocument:
    """An opened DOCX: its canonical text and how to write a redacted copy."""

    kind = "docx"

    def __init__(self, pkg: _Package) -> None:
        self._pkg: _Package | None = pkg
        self._layout = find_layout(pkg)
        styles_root = pkg.trees[self._layout.styles].getroot() if self._layout.styles else None
        self._styles = _Styles(styles_root)
        self.textmap: TextMap = _build_textmap(pkg, self._layout, self._styles)
        self.tables = docx_tables(self.textmap, _is_w, _w_child, _w_attr)
        self.needs_review: list[str] = _review_notes(pkg, self._layout)
        self.notes: list[str] = []
        self.signatures_removed = max(1, self._layout.signature_count) if self._layout.signatures else 0
        if self._layout.signatures:
            self.notes.append(f"the document carries {self.signatures_removed} digital signature(s); redaction "
                              "changes what they sign, so the redacted copy leaves them out "
                              f"({', '.join(self._layout.signatures)})")

    def apply(self, redactions: list[Redaction], out_path: Path, *, label_boxes: bool = False) -> None:
        """Write a cleaned copy. ``label_boxes``: each redaction's mask ends in its legal basis
        (``███[ม.15(5)]``), the █ run shortened by the label's length (never below one █)."""
        if self._pkg is None:
            raise ExtractionError("document is closed")
        try:
            editor = _Editor(self._pkg, self._layout, self._styles)
            editor.label_masks = label_boxes
            editor.run(self.textmap, redactions)
            members = editor.output_members()
        except (etree.LxmlError, zipfile.BadZipFile, KeyError, ValueError, zlib.error, RecursionError) as exc:
            raise ExtractionError(f"{self._pkg.label}: cannot write redacted DOCX ({_one_line(exc)})") from exc
        _write_zip_atomic(Path(out_path), members)

    def close(self) -> None:
        if self._pkg is not None:
            self._pkg.zip.close()
            self._pkg.trees.clear()
        self._pkg = None



def sniff(head: bytes) -> bool:
    """A ZIP package, or an OLE file (how Office stores a password-protected .docx)."""
    return head.startswith(ZIP_MAGIC) or head.startswith(OLE_MAGIC)



def open_document(path: Path, progress: Progress | None = None) -> DocxDocument:
    """The DOCX opened and its text extracted (``progress``: nothing to report, no page is OCR'd)."""
    pkg = _open_package(path)
    try:
        return DocxDocument(pkg)
    except (etree.LxmlError, zipfile.BadZipFile, KeyError, ValueError, IndexError, RecursionError) as exc:
        raise ExtractionError(f"{pkg.label}: cannot read the Word document ({_one_line(exc)})") from exc

