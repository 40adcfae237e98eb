"""One tree of exceptions for the redactor.

Library errors (PyMuPDF, lxml, zipfile) are wrapped at the boundary so callers
only ever see these types. ``exit_code`` is what the CLI returns for each.
"""

from __future__ import annotations


class PhoeiError(Exception):
    """Base of every error the redactor raises on purpose."""

    exit_code = 1


class BadInput(PhoeiError):
    """The input file cannot be processed; nothing is written."""

    exit_code = 2


class UnsupportedFormat(BadInput):
    """The content is neither PDF nor DOCX (sniffed, not by extension)."""


class EmptyInput(BadInput):
    """Zero-byte file."""


class TooLarge(BadInput):
    """The file is over the configured size limit."""


class EncryptedDocument(BadInput):
    """Password-protected documents cannot be redacted safely."""


class OleContainer(EncryptedDocument):
    """An OLE compound file where a DOCX was expected: how Office stores a password-protected .docx,
    or a legacy Word 97-2003 .doc. Either way it must be saved again as a plain .docx."""


class ExtractionError(BadInput):
    """The file claims a supported format but is corrupt or hostile."""


class ZipBomb(ExtractionError):
    """A ZIP package over the limits: too many members, too large or too compressed when inflated."""


class OutputError(BadInput):
    """The output path cannot be used (a directory, a missing folder, a suffix of another format)."""


class WriteError(BadInput):
    """Writing the cleaned copy failed inside the PDF/DOCX library (a damaged or hostile structure).

    The message names the step and, where known, the page; nothing is written.
    """


class DecisionError(BadInput):
    """A decisions file is malformed or refers to unknown proposals."""


class VerificationFailed(PhoeiError):
    """The cleaned output still holds withheld text, or lost kept text."""

    exit_code = 3


class ScanUnconfirmed(VerificationFailed):
    """Only kept text on scanned pages did not read back after redaction: OCR of the written
    page found nothing withheld, but could not confirm the rest of it (handwriting, stamps and
    noise read differently from one rendering to the next). No output is written, as for any
    failed verification; a person compares the page, so this is a needs-review state."""

    exit_code = 4


class UndecidedDigitsVisible(VerificationFailed):
    """What survived is only digit runs OCR could not read confidently, withheld because nobody
    decided them (``--accept-all``), whose text is still readable elsewhere on the pages (the same
    number printed twice, once legibly). They were never a decision: a person decides them, so
    this is a needs-review state. No output is written."""

    exit_code = 4
