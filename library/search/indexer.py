"""Keep the search index in step with the database: the outbox consumer and ``reindex``.

The worker calls ``apply_pending(lib)``: it reads the ``item.*`` outbox rows in
order, applies each to the index (the item's *current* database state decides:
an item no longer public is removed whatever the message said), commits the
index, then marks the rows done in the same database transaction. Delivery is
at least once and every step is idempotent. Only the worker writes the index.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from library import outbox
from library import workflow as wf
from library.db import Library
from library.models import Content, OutboxMessage
from library.search.analyzer import index_text, parts_text
from library.search.backend import SearchBackend, SearchDocument
from library.search.documents import document_of, indexable
from library.search.service import open_backend

ITEM_TOPICS = ("item.published", "item.updated", "item.retracted", "item.expired", "item.deleted")
BATCH = 200


def apply_message(session: Session, backend: SearchBackend, msg: OutboxMessage) -> None:
    payload = msg.payload or {}
    uid = payload.get("uid") or msg.item_uid
    path = payload.get("path")
    item = session.scalar(select(Content).where(Content.uid == uid)) if uid else None
    if msg.topic in ("item.retracted", "item.expired", "item.deleted"):
        if payload.get("subtree") and path:
            backend.delete_subtree(path)
        if uid:
            backend.delete(uid)
        return
    if item is None:
        return
    if item.is_folder:
        if item.deleted_at is None and item.state in wf.PUBLIC_STATES:
            # A folder made public again: its public descendants got no messages of their own.
            backend.upsert([document_of(session, c) for c in _public_under(session, item.path)])
        return
    if indexable(item):
        backend.upsert([document_of(session, item)])
    else:
        backend.delete(item.uid)


def _public_under(session: Session, path: str) -> list[Content]:
    q = select(Content).where(Content.path.like(path.rstrip("/") + "/%"), Content.deleted_at.is_(None),
                              Content.state.in_(wf.PUBLIC_STATES))
    return [c for c in session.scalars(q) if not c.is_folder]


def apply_pending(lib: Library, *, batch: int = BATCH, limit: int | None = None) -> int:
    """Apply pending ``item.*`` outbox rows to the index in order; returns how many were applied.

    An index left by an older version of the schema is rebuilt from the database
    first (the pending rows are then applied again: each is idempotent).
    """
    with lib.transaction() as s:
        backend = open_backend(s, writer=True)
        stale = bool(getattr(backend, "needs_rebuild", False))
        backend.close()
    if stale:
        reindex(lib)
    applied = 0
    while limit is None or applied < limit:
        with lib.transaction() as s:
            msgs = outbox.pending(s, batch, topics=ITEM_TOPICS)
            if not msgs:
                break
            backend = open_backend(s, writer=True)
            try:
                for m in msgs:
                    apply_message(s, backend, m)
                backend.commit()
            finally:
                backend.close()
            outbox.mark_done(s, [m.id for m in msgs])
            applied += len(msgs)
    reader = lib.extras.get("search_reader")
    if reader is not None:
        reader.reload()
    return applied


def _analyse_batch(texts: list[tuple[str, str]], with_tsv: bool) -> list[tuple[str, str, str, str | None]]:
    """(title tokens, body tokens, compound parts, PostgreSQL tsvector literal or None) of each
    (title text, body text): run in a worker process."""
    from library.search.pg_backend import tsvector_literal

    out: list[tuple[str, str, str, str | None]] = []
    for t, b in texts:
        title, body = index_text(t), index_text(b)
        parts = parts_text(f"{title} {body}")
        out.append((title, body, parts, tsvector_literal(title, body, parts) if with_tsv else None))
    return out


def index_workers(total: int) -> int:
    """Processes that analyse text for a rebuild: ``$PHOEI_INDEX_WORKERS``, else one per core
    (none for a small rebuild, where starting them costs more than they save)."""
    configured = os.environ.get("PHOEI_INDEX_WORKERS", "").strip()
    if configured.isdigit():
        return int(configured)
    return 0 if total < 2000 else min(os.cpu_count() or 1, 8)


def reindex(lib: Library, *, progress: Callable[[int, int], None] | None = None, batch: int = 500) -> int:
    """Rebuild the index from the database; returns the number of items indexed.

    Analysis (normalisation and segmentation, most of the cost) runs in worker
    processes while this one reads the database and feeds the index writer.
    """
    with lib.transaction() as s:
        where = (Content.deleted_at.is_(None), Content.state.in_(wf.PUBLIC_STATES))
        total = int(s.scalar(select(func.count()).select_from(Content).where(*where)) or 0)
        backend = open_backend(s, writer=True)
        workers = index_workers(total)
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) if workers > 1 else None
        pending: deque[tuple[Future[list[tuple[str, str, str, str | None]]] | None, list[SearchDocument], int]] \
            = deque()
        with_tsv = backend.name == "postgresql"
        done = seen = 0

        def flush_one() -> None:
            nonlocal done, seen
            fut, docs, rows = pending.popleft()
            if fut is not None:
                docs = [replace(d, title_tok=t, body_tok=b, parts_tok=p, tsv=v)
                        for d, (t, b, p, v) in zip(docs, fut.result(), strict=True)]
            backend.upsert(docs, fresh=True)
            seen += rows
            done += len(docs)
            if progress:
                progress(seen, total)

        try:
            backend.clear()
            last_id = 0
            while True:
                rows = list(s.scalars(select(Content).where(*where, Content.id > last_id)
                                      .order_by(Content.id).limit(batch)))
                if not rows:
                    break
                last_id = rows[-1].id
                docs = [document_of(s, c) for c in rows if not c.is_folder]
                fut = (pool.submit(_analyse_batch, [(d.title_text(), d.body_text()) for d in docs], with_tsv)
                       if pool else None)
                pending.append((fut, docs, len(rows)))
                s.expunge_all()
                while len(pending) > (workers + 1 if pool else 0):
                    flush_one()
            while pending:
                flush_one()
            backend.commit()
        finally:
            if pool is not None:
                pool.shutdown(cancel_futures=True)
            backend.close()
    reader = lib.extras.get("search_reader")
    if reader is not None:
        reader.reload()
    return done
