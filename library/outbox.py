"""The transactional outbox: messages written in the same transaction as the change they describe.

Topics (payloads are JSON objects; every one carries ``uid`` and ``path``):

* ``item.published``: an item became public (state published). Also carries
  type, title, description, keywords, OIA category, document number/date,
  effective/expires and, for file items, ``public_sha256``/``media_type`` of
  the published copy. The search index (issue #6) must still filter by
  effective/expires at query time: an item published with a future effective
  date gets no second message when it becomes effective.
* ``item.updated``: metadata of a public item changed (same payload).
* ``item.retracted`` / ``item.expired`` / ``item.deleted``: drop it from the
  index. For a folder, ``subtree: true``: drop everything under ``path``.
* ``file.uploaded``: a new original awaits analysis (``file_id``) — the worker's job.
* ``file.apply``: someone asked for the decisions on a file to be applied and verified (``file_id``,
  ``user_id``) — the worker's job, done when a verification is recorded (``library.redaction``). A
  worker killed mid-apply loses its queued task; this row is how the next one finds the work again.
* ``report.ready``: the monthly report was made (``month`` as BE ``YYYY-MM``, ``pdf`` and ``csv`` file
  names in the instance's reports folder), for notifications to executives.
* Notification events (``library.notifications.events`` says who receives each):
  ``review.requested``, ``verification.failed``, ``feedback.received``,
  ``feedback.answered``, ``item.stale``, ``submission.received``,
  ``report.ready``, ``link.broken``.
* ``rescan.findings``: a re-scan of what is public found something to review (``library.rescan``):
  source, ruleset, counts by label and finding ids (never the text).

Consumers read ``pending()``, act, then ``mark_done`` or ``mark_failed`` in
their own transaction; a message is delivered at least once. Each topic has
exactly one consumer (``processed_at`` is one column): the search indexer
takes ``item.*``, the analysis worker ``file.uploaded``, and
``library.notifications.dispatch`` the notification events. A topic that two
consumers need must get a cursor per consumer first.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from library.models import Content, OutboxMessage, utcnow

NOTIFICATION_TOPICS = ("review.requested", "verification.failed", "feedback.received", "feedback.answered",
                       "item.stale", "submission.received", "report.ready", "link.broken")
TOPICS = ("item.published", "item.updated", "item.retracted", "item.expired", "item.deleted",
          "file.uploaded", "file.apply", "rescan.findings", *NOTIFICATION_TOPICS)


def emit(session: Session, topic: str, item: Content | None = None, **payload: Any) -> OutboxMessage:
    if topic not in TOPICS:
        raise ValueError(f"unknown outbox topic {topic!r}")
    if item is not None:
        payload = {"uid": item.uid, "path": item.path, **payload}
    msg = OutboxMessage(topic=topic, item_uid=item.uid if item is not None else None,
                        payload=_jsonable(payload), created_at=utcnow())
    session.add(msg)
    return msg


def item_payload(item: Content) -> dict[str, Any]:
    out: dict[str, Any] = {
        "type": item.type, "title": item.title, "description": item.description, "keywords": item.keywords,
        "language": item.language, "oia_category": item.oia_category, "document_number": item.document_number,
        "document_date": item.document_date, "effective": item.effective, "expires": item.expires,
        "source_agency": item.source_agency, "ancestry": item.ancestry, "folder": item.is_folder,
    }
    if item.published_sha256:
        out["public_sha256"] = item.published_sha256
        out["media_type"] = item.published_file.media_type if item.published_file else None
    return out


def pending(session: Session, limit: int = 100, topics: Sequence[str] | None = None) -> list[OutboxMessage]:
    q = select(OutboxMessage).where(OutboxMessage.processed_at.is_(None)).order_by(OutboxMessage.id).limit(limit)
    if topics:
        q = q.where(OutboxMessage.topic.in_(topics))
    return list(session.scalars(q))


def mark_done(session: Session, ids: Sequence[int], now: datetime | None = None) -> None:
    if ids:
        session.execute(update(OutboxMessage).where(OutboxMessage.id.in_(ids))
                        .values(processed_at=now or utcnow(), attempts=OutboxMessage.attempts + 1)
                        .execution_options(synchronize_session="fetch"))


def mark_failed(session: Session, msg_id: int, error: str) -> None:
    session.execute(update(OutboxMessage).where(OutboxMessage.id == msg_id)
                    .values(attempts=OutboxMessage.attempts + 1, last_error=error[:2000]))


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value
