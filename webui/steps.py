"""What the worker does for the web layer: analyse an upload, apply decisions, render page images.

Heavy work (extraction, OCR, detection, redaction, verification, rendering)
runs here, in the huey worker, never in a request. Every step is idempotent,
so a task that runs twice (a worker restarted mid-job) does no harm.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from library.db import Library
from library.models import DocumentFile
from library.security import Principal

Progress = Callable[..., None]

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


def _suffix(fmt: str) -> str:
    return ".pdf" if fmt == "pdf" else ".docx"


def analyse(lib: Library, cache: Path, file_id: int, zoom: float, progress: Progress) -> int:
    """Extract and detect (``redactor.pipeline.analyse``), store the proposals, then render the pages.

    The same work as ``library.redaction.analyse``, which the web layer cannot
    use as it is: it also needs the extracted document for the page layout
    (one extraction, not two). The library function could take an ``on_document``
    callback (see the report).
    """
    from library import agency, audit, outbox
    from library.redaction import item_of, record_analysis
    from redactor.pipeline import analyse as run_analysis
    from webui import layout

    with lib.session() as s:
        f = s.get(DocumentFile, file_id)
        if f is None:
            raise LookupError(f"no document file {file_id}")
        sha, fmt = f.original_sha256, f.format
        profile = agency.agency_profile(s)
    with tempfile.TemporaryDirectory(prefix="phoei-job-") as tmp:
        src = Path(tmp) / f"original{_suffix(fmt)}"
        lib.stores.private.copy_to(sha, src)
        total = _page_count(src, fmt)
        progress("extract", 0, total)
        analysis = run_analysis(src, profile, max_bytes=lib.config.max_upload_bytes)
        try:
            text = analysis.doc.textmap.text
            proposals = analysis.proposals
            needs_review = list(analysis.needs_review)
            progress("layout", 0, total)
            lay = layout.build(analysis.doc, proposals)
        finally:
            analysis.doc.close()
        tp = text_path(cache, sha)
        tp.write_text(text, encoding="utf-8")
        layout.save(layout_path(cache, sha), lay)
        if fmt == "pdf":
            render_pages(src, cache, sha, zoom, lambda i: progress("render", i, total))
    with lib.transaction() as s:
        f = s.get(DocumentFile, file_id)
        assert f is not None
        n = record_analysis(s, f, proposals, needs_review, len(text))
        counts: dict[str, int] = {}
        for p in proposals:
            counts[p.action] = counts.get(p.action, 0) + 1
        audit.record(s, Principal.system(WORKER), "file.analyse", item_of(s, f), file_id=f.id, proposals=n,
                     needs_review=len(needs_review), **{f"action_{k}": v for k, v in sorted(counts.items())})
        done = [m.id for m in outbox.pending(s, 1000, topics=["file.uploaded"])
                if m.payload.get("file_id") == file_id]
        outbox.mark_done(s, done)
    progress("done", total, total)
    return n


def _page_count(path: Path, fmt: str) -> int:
    if fmt != "pdf":
        return 0
    import pymupdf

    try:
        with pymupdf.open(str(path), filetype="pdf") as doc:
            return int(doc.page_count)
    except Exception:  # the analysis reports the real problem
        return 0


def render_pages(pdf: Path, cache: Path, sha: str, zoom: float, step: Callable[[int], None] | None = None) -> int:
    import pymupdf

    with pymupdf.open(str(pdf), filetype="pdf") as doc:
        for i, page in enumerate(doc):
            out = page_path(cache, sha, i, zoom)
            if not out.is_file():
                pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False)
                tmp = out.with_name(out.name + ".part")
                pix.save(str(tmp), output="png")
                tmp.replace(out)
            if step:
                step(i + 1)
        return int(doc.page_count)


def render_blob(lib: Library, cache: Path, sha: str, fmt: str, zoom: float) -> int:
    """Page images of any blob in the private store (an original, or a cleaned copy for the preview)."""
    if fmt != "pdf":
        return 0
    with tempfile.TemporaryDirectory(prefix="phoei-render-") as tmp:
        src = Path(tmp) / "doc.pdf"
        lib.stores.private.copy_to(sha, src)
        return render_pages(src, cache, sha, zoom)


def apply(lib: Library, cache: Path, file_id: int, user_id: int | None, zoom: float, progress: Progress
          ) -> dict[str, Any]:
    """Apply the decisions in force and verify (``library.redaction.apply``), then render the preview."""
    from library import redaction, users

    progress("apply", 0, 1)
    with lib.transaction() as s:
        f = redaction.file_of(s, file_id)
        who = Principal.of(users.get_user(s, user_id)) if user_id is not None else Principal.system(WORKER)
        v = redaction.apply(s, who, f)
        result = {"passed": v.passed, "message": v.message, "sha": v.redacted_sha256, "fmt": f.format,
                  "redactions": v.redaction_count}
    if result["passed"] and result["sha"] and result["fmt"] == "pdf":
        progress("render", 0, 1)
        render_blob(lib, cache, result["sha"], "pdf", zoom)
    progress("done", 1, 1)
    return result


def drop_cache(cache: Path, sha: str) -> None:
    shutil.rmtree(cache / sha[:2] / sha, ignore_errors=True)
