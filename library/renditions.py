"""A PDF rendition of a redacted DOCX, published beside it (agencies often publish PDF).

When ``redaction.apply`` has written and verified a cleaned DOCX, LibreOffice renders *that*
cleaned DOCX as PDF (``redactor.formats.docx_render``), and the PDF verifier reads the rendition
back: no withheld string may survive in it. A rendition that shows withheld text fails the
whole apply (fail closed: what LibreOffice shows, Word shows too). A rendition that cannot be
made (no LibreOffice, a timeout) is only a missing extra: the DOCX is published alone, and the
verification's report says why.

Storage, with one nullable column: the rendition is a private blob named in the verification's
report (``report["pdf_rendition"]``); publishing copies it to the public store and records its
digest in ``Content.published_rendition_sha256``, which leaving the public states clears
(``library.lifecycle``) and garbage collection counts as used (``library.maintenance``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from library.db import library_of
from library.models import Content, Verification

if TYPE_CHECKING:  # pragma: no cover
    from library.redaction import PublicCopy
    from library.security import Principal
    from redactor.pipeline import Result

KEY = "pdf_rendition"
MEDIA_TYPE = "application/pdf"


class RenditionLeak(Exception):
    """The rendition of the cleaned DOCX still shows withheld text."""


def enabled() -> bool:
    """``PHOEI_PDF_RENDITION=0`` turns renditions off (the DOCX is published alone)."""
    return os.environ.get("PHOEI_PDF_RENDITION", "1").strip().lower() not in ("0", "false", "no", "off")


def make(cleaned: Path, result: Result, work: Path) -> tuple[Path | None, dict[str, Any]]:
    """Render the cleaned DOCX and verify the rendition. Returns the PDF (None when none could be
    made) and what goes into the verification report; raises ``RenditionLeak`` (fail closed)."""
    from redactor.formats import docx_render

    if not enabled():
        return None, {"made": False, "reason": "disabled"}
    pdf = work / "rendition.pdf"
    try:
        docx_render.to_pdf(cleaned, pdf, timeout=_timeout())
    except docx_render.RenditionError as exc:
        return None, {"made": False, "reason": exc.reason, "message": str(exc)[:300]}
    try:
        report = docx_render.verify_rendition(pdf, result.redactions, result.analysis.doc.textmap)
    except Exception as exc:  # a rendition the verifier cannot read is not offered (nor trusted)
        pdf.unlink(missing_ok=True)
        return None, {"made": False, "reason": "unreadable", "message": str(exc)[:300]}
    if not report.passed:
        pdf.unlink(missing_ok=True)
        raise RenditionLeak(f"the PDF rendition of the redacted DOCX still shows {len(report.survived)} withheld "
                            f"item(s) ({', '.join(sorted({s['label'] for s in report.survived}))}); "
                            "no output written")
    from redactor.formats.pdf import page_count

    return pdf, {"made": True, "pages": page_count(pdf), "verification": report.as_dict()}


def _timeout() -> float:
    from redactor.formats.docx_render import DEFAULT_TIMEOUT

    try:
        return float(os.environ.get("PHOEI_SOFFICE_TIMEOUT", DEFAULT_TIMEOUT))
    except ValueError:
        return DEFAULT_TIMEOUT


def private_sha(ver: Verification | None) -> str | None:
    """The rendition of a verification's cleaned copy, in the private store (None: there is none)."""
    if ver is None or not ver.passed:
        return None
    info = (ver.report or {}).get(KEY) or {}
    sha = info.get("sha256")
    return sha if isinstance(sha, str) and info.get("made") else None


def pages(ver: Verification | None) -> int:
    if ver is None or private_sha(ver) is None:
        return 0
    return int(((ver.report or {}).get(KEY) or {}).get("pages") or 0)


def publish(session: Session, item: Content, ver: Verification) -> None:
    """On entering a public state: the rendition (if any) goes to the public store beside the DOCX."""
    sha = private_sha(ver)
    stores = library_of(session).stores
    if sha is None or not stores.private.exists(sha):  # an extra: the DOCX is published without it
        item.published_rendition_sha256 = None
        return
    item.published_rendition_sha256 = stores.public.put_bytes(stores.private.read_bytes(sha))


def public_copy(session: Session, principal: Principal, item: Content) -> PublicCopy | None:
    """The published PDF rendition of a DOCX item (checksum verified), or None when it has none."""
    from library.errors import StorageCorrupted
    from library.redaction import PublicCopy, download_name, public_copy

    main = public_copy(session, principal, item)  # the same permission and state checks
    sha = item.published_rendition_sha256
    if not sha or main.media_type == MEDIA_TYPE:
        return None
    store = library_of(session).stores.public
    try:
        path = store.local_copy(sha)  # checksum verified; an S3 store's copy in this machine's cache
    except StorageCorrupted as exc:
        raise StorageCorrupted(f"PDF rendition of {item.path} is missing or does not match its checksum") from exc
    return PublicCopy(sha, MEDIA_TYPE, f"{item.slug}.pdf", path, store.size(sha), download_name(item, ".pdf"))


def used_digests(session: Session) -> set[str]:
    """Public renditions of live public items (garbage collection keeps them)."""
    from library import workflow as wf

    return set(session.scalars(select(Content.published_rendition_sha256).where(
        Content.published_rendition_sha256.is_not(None), Content.state.in_(wf.PUBLIC_STATES),
        Content.deleted_at.is_(None))))


__all__ = ["KEY", "MEDIA_TYPE", "RenditionLeak", "enabled", "make", "pages", "private_sha", "public_copy", "publish",
           "used_digests"]
