"""Store checks and clean-up: every referenced blob exists and matches its checksum; public copies
that no public item uses are removed (a retract removes its copy after commit; this catches the rest)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from library import workflow as wf
from library.db import Stores
from library.models import Content, DocumentFile, Verification


@dataclass
class StorageReport:
    private: int = 0
    public: int = 0
    problems: list[str] = field(default_factory=list)


def verify_storage(session: Session, stores: Stores) -> StorageReport:
    report = StorageReport()
    for digest in stores.private.digests():
        report.private += 1
        if not stores.private.verify(digest):
            report.problems.append(f"private blob {digest} does not match its checksum")
    for digest in stores.public.digests():
        report.public += 1
        if not stores.public.verify(digest):
            report.problems.append(f"public blob {digest} does not match its checksum")
    for fid, digest in session.execute(select(DocumentFile.id, DocumentFile.original_sha256)):
        if not stores.private.exists(digest):
            report.problems.append(f"original of document file {fid} is missing ({digest[:12]}…)")
    for vid, vdigest in session.execute(select(Verification.id, Verification.redacted_sha256)
                                       .where(Verification.redacted_sha256.is_not(None))):
        if vdigest and not stores.private.exists(vdigest):
            report.problems.append(f"cleaned copy of verification {vid} is missing ({vdigest[:12]}…)")
    for path, pdigest in session.execute(select(Content.path, Content.published_sha256)
                                        .where(Content.published_sha256.is_not(None))):
        if pdigest and not stores.public.exists(pdigest):
            report.problems.append(f"public copy of {path} is missing ({pdigest[:12]}…)")
    for path, rdigest in session.execute(select(Content.path, Content.published_rendition_sha256)
                                        .where(Content.published_rendition_sha256.is_not(None))):
        if rdigest and not stores.public.exists(rdigest):
            report.problems.append(f"PDF rendition of {path} is missing ({rdigest[:12]}…)")
    return report


def collect_public_garbage(session: Session, stores: Stores, dry_run: bool = False,
                           min_age_seconds: float = 3600) -> list[str]:
    """Copies younger than ``min_age_seconds`` are left alone: a publish may not have committed yet."""
    from library.renditions import used_digests

    used = set(session.scalars(select(Content.published_sha256).where(
        Content.published_sha256.is_not(None), Content.state.in_(wf.PUBLIC_STATES), Content.deleted_at.is_(None))))
    used |= used_digests(session)
    cutoff = time.time() - min_age_seconds
    unused = [d for d in stores.public.digests()
              if d not in used and stores.public.modified(d) <= cutoff]
    if not dry_run:
        for d in unused:
            stores.public.delete(d)
        stores.public.clear_temporary()
    return unused
