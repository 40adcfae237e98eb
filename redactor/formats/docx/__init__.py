"""DOCX (WordprocessingML) extraction, redaction and recovery.

A DOCX is a ZIP of XML parts. Personal data hides in far more places than the
body a reader sees: headers and footers, comments, text boxes (twice: the
DrawingML ``Choice`` and the VML ``Fallback``), tracked deletions, hidden runs,
field codes, document properties and relationship targets (``mailto:`` links).
``places.PLACES`` lists them once, and three walkers follow it:
``open_document`` maps them all into one canonical text (``extract``);
``apply`` masks the redacted spans in place (same length, so run formatting
survives) and then removes the places a reader never sees (comments,
revisions, hidden runs, properties, thumbnail); ``recover`` reads a written
file back for verification.

Modules: ``package`` (the ZIP and its XML, safely), ``places`` (the table of
hiding places and the layout found through relationships), ``styles``
(hidden text through styles), ``extract``, ``apply``, ``recover``, and
``document`` (the opened document).

Untrusted input: every ZIP and XML library error is wrapped in our own error
types, ZIP sizes are capped before anything is decompressed, and XML with a
DOCTYPE is refused outright (no entity expansion, no network, no DTD).
"""

from __future__ import annotations

from redactor.formats.docx.apply import MASK_CHAR, MIN_LITERAL_CHARS, _mask, mask_label
from redactor.formats.docx.document import DocxDocument, open_document, sniff
from redactor.formats.docx.extract import REVIEW_IMAGE_BYTES, DocxRef
from redactor.formats.docx.package import (
    MAX_MEMBERS,
    MAX_RATIO,
    MAX_TOTAL_UNCOMPRESSED,
    MAX_XML_PART,
    OLE_MAGIC,
    RATIO_MIN_SIZE,
    ZIP_MAGIC,
    check_zip_members,
    read_zip_member,
)
from redactor.formats.docx.places import PLACES, SIGNATURE_FOLDER, Place
from redactor.formats.docx.recover import recover

__all__ = [
    "MASK_CHAR",
    "MAX_MEMBERS",
    "MAX_RATIO",
    "MAX_TOTAL_UNCOMPRESSED",
    "MAX_XML_PART",
    "MIN_LITERAL_CHARS",
    "OLE_MAGIC",
    "PLACES",
    "RATIO_MIN_SIZE",
    "REVIEW_IMAGE_BYTES",
    "SIGNATURE_FOLDER",
    "ZIP_MAGIC",
    "DocxDocument",
    "DocxRef",
    "Place",
    "_mask",
    "check_zip_members",
    "mask_label",
    "open_document",
    "read_zip_member",
    "recover",
    "sniff",
]
