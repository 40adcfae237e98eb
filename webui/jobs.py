"""Queueing the worker's jobs from a request. The web layer only enqueues: the tasks, their queue
and their status live in the ``worker`` package (``worker.jobs``), which never imports Flask."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from worker.jobs import queue_index, queue_notify, set_status

if TYPE_CHECKING:  # pragma: no cover
    from huey import Huey

    from worker.jobs import Tasks


class Queue(Protocol):
    """What enqueueing needs of the app's services (``webui.services.Services``)."""

    huey: Huey
    tasks: Tasks


def _release_request_transaction() -> None:
    """End the request's open transaction before a job is queued: on SQLite a POST's transaction
    holds the write lock, which the job (in this thread when jobs run immediately, or in the
    worker) needs."""
    from flask import g, has_app_context

    if not has_app_context() or "db" not in g:
        return
    session = g.db
    if session.in_transaction() and not (session.new or session.dirty or session.deleted):
        session.commit()


def enqueue_analysis(services: Queue, file_id: int) -> None:
    _release_request_transaction()
    set_status(services.huey, "analyse", file_id, "queued")
    services.tasks.analyse(file_id)


def enqueue_apply(services: Queue, file_id: int, user_id: int | None) -> None:
    _release_request_transaction()
    set_status(services.huey, "apply", file_id, "queued", phase="apply")
    services.tasks.apply(file_id, user_id)


def enqueue_monthly_report(services: Queue, month: str) -> None:
    _release_request_transaction()
    services.tasks.monthly_report(month, True)


def enqueue_index(services: Queue) -> None:
    """Queue ``phoei.index``; never fails the caller (``worker.jobs.queue_index``)."""
    queue_index(services.tasks)


def enqueue_notify(services: Queue) -> None:
    """Queue ``phoei.notify``; never fails the caller (``worker.jobs.queue_notify``)."""
    queue_notify(services.tasks)
