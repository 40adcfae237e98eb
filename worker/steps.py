"""What the worker does with an upload: analyse it, apply the decisions, render page images.

Heavy work (extraction, OCR, detection, redaction, verification, rendering)
runs here, in the huey worker, never in a request. Every step is idempotent,
so a task that runs twice (a worker restarted mid-job) does no harm.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict

from library.db import Library
from library.models import DocumentFile
from library.security import Principal

if TYPE_CHECKING:  # pragma: no cover
    from redactor.pipeline import Analysis

Progress = Callable[[str, int, int], None]  # (phase, done, total)

WORKER = "worker"


def cache_dir(cache: Path, sha256: str) -> Path:
    d = cache / sha256[:2] / sha256
    d.mkdir(parents=True, exist_ok=True, mode=0o700)
    return d


def text_path(cache: Path, sha256: str) -> Path:
    return cache_dir(cache, sha256) / "text.txt"


def layout_path(cache: Path, sha256: str) -> Path:
    return cache_dir(cache, sha256) / "layout.json"


def page_path(cache: Path, sha256: str, page: int, zoom: float) -> Path:
    d = cache_dir(cache, sha256) / f"pages-{zoom:g}"
    d.mkdir(exist_ok=True, mode=0o700)
    return d / f"{page + 1}.png"


def analyse(lib: Library, cache: Path, file_id: int, zoom: float, progress: Progress) -> int:
    """Analyse an upload (``library.redaction``), cache its text and page layout, render its pages.

    The analysis runs outside any transaction (``redaction.run_analysis``): it
    takes minutes with OCR, and on SQLite a write transaction holds the
    database's write lock. The proposals are stored in a short one afterwards.
    """
    from library import outbox, redaction
    from worker import layout

    worker = Principal.system(WORKER)
    with lib.session() as s:
        f = s.get(DocumentFile, file_id)
        if f is None:
            raise LookupError(f"no document file {file_id}")
        job = redaction.prepare_analysis(s, worker, f)
    pages = 0

    def report(phase: str, done: int, total: int) -> None:
        nonlocal pages
        if phase == "extract":  # the document's pages (the OCR counts only its scanned ones)
            pages = total
        progress(phase, done, total)

    def keep(src: Path, analysis: Analysis) -> None:
        """While the extracted document and the copy are at hand: the layout, the text, the page images."""
        progress("layout", 0, pages)
        lay = layout.build(analysis.doc, analysis.proposals)
        rendered: Path | None = src if job.format == "pdf" else None
        if job.format == "docx":  # the pages as LibreOffice lays them out (worker.docx_pages)
            from worker import docx_pages

            rendered = docx_pages.add_pages(src, analysis.doc, analysis.proposals, lay,
                                            cache_dir(cache, job.sha256))
        text_path(cache, job.sha256).write_text(analysis.doc.textmap.text, encoding="utf-8")
        layout.save(layout_path(cache, job.sha256), lay)
        if rendered is not None:
            render_pages(rendered, cache, job.sha256, zoom, lambda i: progress("render", i, len(lay["pages"])))

    outcome = redaction.run_analysis(lib, job, progress=report, on_document=keep)
    with lib.transaction() as s:
        f = redaction.file_of(s, file_id)
        n = redaction.store_analysis(s, worker, f, outcome)
        done = [m.id for m in outbox.pending(s, 1000, topics=["file.uploaded"])
                if m.payload.get("file_id") == file_id]
        outbox.mark_done(s, done)
    progress("done", pages, pages)
    return n


def render_pages(pdf: Path, cache: Path, sha: str, zoom: float, step: Callable[[int], None] | None = None) -> int:
    """The page images of a PDF into the cache (``redactor.formats.pdf.render_pages``); those already
    there are kept. Returns the number of pages."""
    from redactor.formats.pdf import render_pages as draw

    n = 0
    for i, png in draw(pdf, zoom, skip=lambda i: page_path(cache, sha, i, zoom).is_file()):
        if png is not None:
            out = page_path(cache, sha, i, zoom)
            tmp = out.with_name(out.name + ".part")
            tmp.write_bytes(png)
            tmp.replace(out)
        if step:
            step(i + 1)
        n = i + 1
    return n


def render_blob(lib: Library, cache: Path, sha: str, fmt: str, zoom: float) -> int:
    """Page images of any blob in the private store (an original, or a cleaned copy for the preview);
    a DOCX original's come from its rendition (``worker.docx_pages``)."""
    if fmt == "docx":
        from worker import docx_pages

        return docx_pages.render_original(cache_dir(cache, sha), lambda pdf: render_pages(pdf, cache, sha, zoom))
    if fmt != "pdf":
        return 0
    with tempfile.TemporaryDirectory(prefix="phoei-render-") as tmp:
        src = Path(tmp) / "doc.pdf"
        lib.stores.private.copy_to(sha, src)
        return render_pages(src, cache, sha, zoom)


class ApplyResult(TypedDict):
    """What ``phoei.apply`` returns (stored by huey as the task's result)."""

    passed: bool
    message: str
    sha: str | None       # the cleaned copy in the private store
    fmt: str
    redactions: int


def apply(lib: Library, cache: Path, file_id: int, user_id: int | None, zoom: float, progress: Progress
          ) -> ApplyResult:
    """Apply the decisions in force and verify (``library.redaction.apply``), then render the preview."""
    from library import redaction, renditions, users

    progress("apply", 0, 1)
    with lib.transaction() as s:
        f = redaction.file_of(s, file_id)
        who = Principal.of(users.get_user(s, user_id)) if user_id is not None else Principal.system(WORKER)
        v = redaction.apply(s, who, f)
        result = ApplyResult(passed=v.passed, message=v.message, sha=v.redacted_sha256, fmt=f.format,
                             redactions=v.redaction_count)
        rendition = renditions.private_sha(v)  # a cleaned DOCX's PDF rendition (library.renditions)
    sha = result["sha"] if result["fmt"] == "pdf" else rendition
    if result["passed"] and sha:
        progress("render", 0, 1)
        render_blob(lib, cache, sha, "pdf", zoom)
    progress("done", 1, 1)
    return result


def drop_cache(cache: Path, sha: str) -> None:
    shutil.rmtree(cache / sha[:2] / sha, ignore_errors=True)
