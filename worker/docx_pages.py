"""DOCX originals on real pages for the review screen (worker side): the original rendered by
LibreOffice (``redactor.formats.docx_render``), its page images, and a layout in the format
``worker.layout`` reads, so that the review screen draws DOCX boxes with the same code as PDF ones.

Kept apart from ``steps``/``layout``: they call ``add_pages`` and ``render_original``, nothing more.
Without LibreOffice, or when the conversion fails or times out, the layout says why
(``pages_notice``) and the review screen keeps its text view.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

log = logging.getLogger("phoei.docx_pages")

RENDITION = "rendition.pdf"


def timeout() -> float:
    from redactor.formats.docx_render import DEFAULT_TIMEOUT

    try:
        return float(os.environ.get("PHOEI_SOFFICE_TIMEOUT", DEFAULT_TIMEOUT))
    except ValueError:
        return DEFAULT_TIMEOUT


def rendition_path(folder: Path) -> Path:
    """The original rendered as PDF, in the file's private cache folder."""
    return folder / RENDITION


def add_pages(src: Path, doc: Any, proposals: Iterable[Any], lay: dict[str, Any], folder: Path) -> Path | None:
    """Render the DOCX ``src`` into ``folder`` and fill ``lay`` with its pages, the text's character
    boxes and each proposal's boxes; returns the rendered PDF, or None (then ``lay["pages_notice"]``
    holds the reason code: unavailable | isolation | timeout | failed | unaligned)."""
    from redactor.formats import docx_render

    pdf = rendition_path(folder)
    try:
        docx_render.to_pdf(src, pdf, timeout=timeout())
        placed, al = docx_render.page_layout(doc.textmap, pdf, docx_render.story_roles(doc))
    except docx_render.RenditionError as exc:
        log.warning("DOCX rendition failed (%s): %s", exc.reason, exc)
        lay["pages_notice"] = exc.reason
        return None
    except Exception as exc:  # a PDF LibreOffice wrote that PyMuPDF cannot read: the text view stays
        log.warning("DOCX rendition unreadable: %s", exc)
        lay["pages_notice"] = "failed"
        pdf.unlink(missing_ok=True)
        return None
    if not placed["lines"]:
        lay["pages_notice"] = "unaligned"
        pdf.unlink(missing_ok=True)
        return None
    from worker import layout

    lay.update(pages=placed["pages"], lines=placed["lines"], coverage=placed["coverage"])
    where: dict[str, str] = {}
    for p in proposals:
        lay["proposals"][p.id] = layout.rects_for(lay, p.start, p.end)
        how = docx_render.placement(al, p.start, p.end)
        if how != "full":
            seg = doc.textmap.segment_at(p.start)
            in_margin = seg is not None and docx_render.story_kind(getattr(seg.ref, "part", "") or "") == "comment"
            # A comment is seen in Word's margin, never on the rendition's pages: told as a hidden part is.
            where[p.id] = "hidden" if in_margin or not doc.textmap.is_visible(p.start, p.end) else how
    lay["placement"] = where
    return pdf


def render_original(cache_folder: Path, render: Callable[[Path], int]) -> int:
    """Page images of a DOCX original from its cached rendition (0 when it was never rendered)."""
    pdf = rendition_path(cache_folder)
    return render(pdf) if pdf.is_file() else 0
