"""Background jobs with huey: SQLite storage in the instance folder by default, Redis when ``REDIS_URL``
is set. Tasks are stored before they run, so a worker that restarts picks them up again; a periodic
sweep also re-queues any upload that was never analysed (the ``file.uploaded`` outbox backlog).

Progress and errors of each job live in huey's key-value store (shared by the
web processes and the workers, whatever the backend) under ``job:<kind>:<file id>``.

The tasks are bound to a ``Worker`` (the library, the queue and the settings; ``worker.runtime``), never
to a Flask app: the web layer holds the same ``Tasks`` and only enqueues them (``webui.jobs``).
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, Protocol, TypeVar

if TYPE_CHECKING:  # pragma: no cover
    from huey import Huey
    from huey.consumer import Consumer

    from library.config import MailConfig
    from library.db import Library
    from library.links import LinkPolicy

log = logging.getLogger("phoei.jobs")
STALE_SECONDS = 15 * 60


def backend_of(config: Mapping[str, Any]) -> str:
    chosen = config.get("PHOEI_JOBS")
    if chosen:
        return str(chosen)
    return "redis" if os.environ.get("REDIS_URL") else "sqlite"


def make_huey(config: Mapping[str, Any], instance: Path) -> Huey:
    from huey import MemoryHuey, RedisHuey, SqliteHuey

    name = config.get("PHOEI_JOBS_NAME", "phoei")
    immediate = bool(config.get("PHOEI_JOBS_IMMEDIATE"))
    backend = backend_of(config)
    if backend == "redis":
        url = config.get("REDIS_URL") or os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"
        return RedisHuey(name, url=url, immediate=immediate, utc=True)
    if backend == "memory":
        return MemoryHuey(name, immediate=immediate, utc=True)
    from library.private_files import private_file

    return SqliteHuey(name, filename=str(private_file(instance / "jobs.sqlite3")), immediate=immediate, utc=True)


# --- status --------------------------------------------------------------------------


def key(kind: str, file_id: int) -> str:
    return f"job:{kind}:{file_id}"


def set_status(huey: Huey, kind: str, file_id: int, state: str, *, phase: str = "", done: int = 0,
               total: int = 0, message: str = "", code: str = "", extra: dict[str, Any] | None = None) -> None:
    # host and pid: whose job it is, so that a sweep can tell a running job from one whose process died.
    huey.put(key(kind, file_id), {"state": state, "phase": phase, "done": done, "total": total,
                                  "message": message, "code": code, "at": time.time(),
                                  "host": socket.gethostname(), "pid": os.getpid(), **(extra or {})})


def in_hand(status: Mapping[str, Any] | None) -> bool:
    """Is someone on this job: queued or running recently, and not by a process of this machine that
    is gone (a worker killed with ``kill -9`` leaves ``running`` behind)?"""
    if not status or status.get("state") not in ("queued", "running"):
        return False
    if time.time() - float(status.get("at", 0)) >= STALE_SECONDS:
        return False
    if status.get("state") == "running" and status.get("host") == socket.gethostname():
        try:
            os.kill(int(status.get("pid") or 0), 0)
        except ProcessLookupError:
            return False
        except (PermissionError, ValueError, OSError):
            pass
    return True


def get_status(huey: Huey, kind: str, file_id: int) -> dict[str, Any] | None:
    value = huey.get(key(kind, file_id), peek=True)
    return value if isinstance(value, dict) else None


def error_code(exc: BaseException) -> str:
    """A stable code for an error, turned into a plain-Thai message by the web page (``webui.messages``)."""
    from redactor.errors import (
        DecisionError,
        EmptyInput,
        EncryptedDocument,
        ExtractionError,
        TooLarge,
        UnsupportedFormat,
        VerificationFailed,
    )

    for cls, code in ((EncryptedDocument, "encrypted"), (TooLarge, "too_large"), (EmptyInput, "empty"),
                      (UnsupportedFormat, "unsupported"), (ExtractionError, "corrupt"),
                      (DecisionError, "decisions"), (VerificationFailed, "verification")):
        if isinstance(exc, cls):
            return code
    if type(exc).__name__ == "NeedsReview":
        return "needs_review"
    if type(exc).__name__ == "StorageCorrupted":
        return "storage"
    return "internal"


# --- tasks ---------------------------------------------------------------------------


P = ParamSpec("P")
R = TypeVar("R", covariant=True)


class Task(Protocol, Generic[P, R]):
    """A huey task as its callers see it: calling it enqueues (huey's ``Result`` handle);
    ``call_local`` runs it here and now."""

    name: str

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> Any: ...

    def call_local(self, *args: P.args, **kwargs: P.kwargs) -> R: ...


@dataclass(frozen=True)
class Tasks:
    """The worker's tasks, by the names web and worker agree on (``phoei.<name>``)."""

    analyse: Task[[int], int]
    apply: Task[[int, int | None], Mapping[str, Any]]
    render: Task[[str, str], int]
    sweep: Task[[], int]
    index: Task[[], int]
    index_sweep: Task[[], int]
    index_lock: Any  # huey.api.TaskLock: the search index has one writer
    notify: Task[[], int]
    notify_sweep: Task[[], int]
    notify_digest: Task[[], int]
    notify_lock: Any  # huey.api.TaskLock: one notification run at a time
    expire: Task[[], int]
    check_links: Task[[], int]
    stale: Task[[], int]
    purge_feedback: Task[[], int]
    rescan: Task[[], int]
    audit_anchor: Task[[], int]
    monthly_report: Task[[str, bool], str]
    monthly_report_periodic: Task[[], str]


@dataclass
class Worker:
    """What the tasks are bound to. ``settings`` is read when a task runs, so it may be a live mapping."""

    library: Library
    huey: Huey
    cache: Path  # private: page images and text of originals (instance/cache, mode 0700)
    settings: Mapping[str, Any]
    mail: MailConfig
    tasks: Tasks = field(init=False)  # bound to this worker by worker.runtime.open_worker


def register_tasks(huey: Huey, worker: Worker) -> Tasks:
    """The tasks, bound to this worker's library. Names are fixed so that web and worker agree."""
    from huey import crontab

    from worker import steps

    lib, cache = worker.library, worker.cache
    zoom = float(worker.settings.get("PHOEI_PAGE_ZOOM", 1.5))

    @huey.task(name="phoei.analyse", retries=1, retry_delay=5)
    def analyse(file_id: int) -> int:
        def progress(phase: str, done: int, total: int) -> None:
            set_status(huey, "analyse", file_id, "done" if phase == "done" else "running", phase=phase,
                       done=done, total=total)

        set_status(huey, "analyse", file_id, "running", phase="start")
        try:
            return steps.analyse(lib, cache, file_id, zoom, progress)
        except Exception as exc:
            code = error_code(exc)
            log.warning("analysis of file %s failed: %s", file_id, exc)
            set_status(huey, "analyse", file_id, "error", code=code, message=str(exc)[:500])
            if code != "internal":
                return 0  # bad input is final: no retry
            raise

    @huey.task(name="phoei.apply")
    def apply(file_id: int, user_id: int | None) -> Mapping[str, Any]:
        def progress(phase: str, done: int, total: int) -> None:
            set_status(huey, "apply", file_id, "running" if phase != "done" else "done", phase=phase,
                       done=done, total=total)

        set_status(huey, "apply", file_id, "running", phase="apply")
        try:
            result = steps.apply(lib, cache, file_id, user_id, zoom, progress)
        except Exception as exc:
            log.warning("apply of file %s failed: %s", file_id, exc)
            set_status(huey, "apply", file_id, "error", code=error_code(exc), message=str(exc)[:500])
            return {"passed": False}
        state = "done" if result["passed"] else "failed"
        set_status(huey, "apply", file_id, state, phase="done", done=1, total=1, message=result["message"] or "",
                   code="" if result["passed"] else "verification")
        if not result["passed"]:
            notify()  # verification.failed is in the outbox
        return result

    @huey.task(name="phoei.render")
    def render(sha: str, fmt: str) -> int:
        return steps.render_blob(lib, cache, sha, fmt, zoom)

    @huey.periodic_task(crontab(minute="*/5"), name="phoei.sweep")
    def sweep() -> int:
        return requeue_backlog(huey, lib, analyse, apply)

    # The search index has one writer (Tantivy allows a single IndexWriter): runs of phoei.index
    # take this lock, and a run that finds it taken is retried shortly (the holder may have read
    # the outbox before the newest rows were committed). Consumers flush it when they start, so a
    # worker killed while indexing does not leave it behind.
    index_lock = huey.lock_task("phoei.index")

    def index_now() -> int:
        from library.search.indexer import apply_pending

        with index_lock:
            return apply_pending(lib)

    @huey.task(name="phoei.index", retries=3, retry_delay=2)
    def index() -> int:
        return index_now()

    @huey.periodic_task(crontab(minute="*"), name="phoei.index-sweep")
    def index_sweep() -> int:
        """The safety net: whatever wrote the outbox (the CLI, a lost task), the index catches up."""
        from huey.exceptions import TaskLockedException

        try:
            return index_now()
        except TaskLockedException:
            return 0  # a run is in progress; the next minute's sweep follows it

    # Notifications (library.notifications): one run at a time, queued after a request wrote an
    # event, and every minute as the safety net (CLI writes, retries whose backoff ran out).
    notify_lock = huey.lock_task("phoei.notify")

    def notify_now() -> int:
        from library import notifications
        from library.notifications import mail as mailer

        with notify_lock:
            n = notifications.dispatch(lib, worker.mail)
            mailer.send_due(lib, worker.mail)
            return n

    @huey.task(name="phoei.notify", retries=3, retry_delay=5)
    def notify() -> int:
        return notify_now()

    @huey.periodic_task(crontab(minute="*"), name="phoei.notify-sweep")
    def notify_sweep() -> int:
        from huey.exceptions import TaskLockedException

        try:
            return notify_now()
        except TaskLockedException:
            return 0

    @huey.periodic_task(crontab(minute="5", hour="0"), name="phoei.notify-digest")  # 07:05 in Bangkok
    def notify_digest() -> int:
        from library import notifications

        with notify_lock:
            notifications.dispatch(lib, worker.mail)
            return notifications.build_digests(lib, worker.mail)

    @huey.periodic_task(crontab(minute="7", hour="*"), name="phoei.expire")
    def expire() -> int:
        from library import lifecycle

        with lib.transaction() as s:
            n = len(lifecycle.expire_due(s, None))
        if n:
            index()
        return n

    @huey.periodic_task(crontab(minute="23", hour="*"), name="phoei.links")
    def check_links() -> int:
        """Link items not checked for PHOEI_LINK_RECHECK_HOURS: status, check time, broken flag."""
        from library import links

        return len(links.check_all(lib, link_policy(worker.settings), limit=500))

    @huey.periodic_task(crontab(minute="41", hour="1"), name="phoei.stale")
    def stale() -> int:
        """item.stale for public items past their review-by date (08:41 Bangkok time)."""
        from library import currency

        with lib.transaction() as s:
            return len(currency.notify_stale(s))

    @huey.periodic_task(crontab(minute="53", hour="19"), name="phoei.feedback-purge")
    def purge_feedback() -> int:
        """Delete the content of feedback closed longer ago than PHOEI_FEEDBACK_RETENTION_DAYS (02:53 Bangkok)."""
        from library import feedback

        days = worker.settings.get("PHOEI_FEEDBACK_RETENTION_DAYS") or feedback.retention_days()
        with lib.transaction() as s:
            return len(feedback.purge(s, int(days)))

    @huey.periodic_task(crontab(minute="23", hour="2"), name="phoei.rescan")
    def rescan() -> int:
        """Every night: what is public, read again with today's rules (library.rescan); findings are review tasks."""
        from library import rescan as rescan_library
        from library.security import Principal

        report = rescan_library.rescan(lib, Principal.system("worker:rescan"))
        if report.taken_down:
            index()
        return report.findings

    @huey.periodic_task(crontab(minute="47", hour="17"), name="phoei.audit-anchor")  # 00:47 in Bangkok
    def audit_anchor() -> int:
        """Daily: verify the audit chain and anchor its head outside the database (library.audit.anchor_now)."""
        return anchor_audit(worker)

    @huey.task(name="phoei.monthly-report", retries=2, retry_delay=60)
    def monthly_report(month: str, force: bool = True) -> str:
        return make_monthly_report(worker, month, force=force)

    # 00:30 UTC on the 1st is 07:30 on the 1st in Bangkok: last month's report, once.
    @huey.periodic_task(crontab(minute="30", hour="0", day="1"), name="phoei.monthly-report-periodic")
    def monthly_report_periodic() -> str:
        from library import oversight

        return make_monthly_report(worker, oversight.previous_month().key, force=False)

    return Tasks(analyse=analyse, apply=apply, render=render, sweep=sweep, expire=expire, index=index,
                 index_sweep=index_sweep, index_lock=index_lock, monthly_report=monthly_report,
                 monthly_report_periodic=monthly_report_periodic, notify=notify, notify_sweep=notify_sweep,
                 notify_digest=notify_digest, notify_lock=notify_lock, check_links=check_links, stale=stale,
                 purge_feedback=purge_feedback, rescan=rescan, audit_anchor=audit_anchor)


def anchor_audit(worker: Worker) -> int:
    """The anchored head's sequence number; a tampered chain is logged as an error (and mailed to the
    administrators when PHOEI_SMTP_HOST is set, unless PHOEI_AUDIT_ANCHOR_MAIL=0) and nothing is anchored."""
    from library.audit import anchor_now
    from library.security import Principal

    mail = worker.mail if os.environ.get("PHOEI_AUDIT_ANCHOR_MAIL", "1").strip() not in ("0", "off", "no") else None
    result = anchor_now(worker.library, Principal.system("worker:audit-anchor"), mail=mail)
    if result.mail_error:
        log.warning("audit anchor: the e-mail to the administrators failed: %s", result.mail_error)
    if not result.report.ok:
        log.error("audit log failed verification, not anchored: %s", "; ".join(result.report.problems[:5]))
        return -1
    log.info("audit head %s:%s anchored in %s", result.anchor.seq, result.anchor.hash, result.path)
    return result.anchor.seq


def make_monthly_report(worker: Worker, month: str, *, force: bool = True) -> str:
    """Make the month's PDF and CSV, then tell the executives (``report.ready`` in the outbox, which
    the notifications deliver). Without ``force`` an existing report is left as it is."""
    from library import monthly_report, outbox, oversight

    lib = worker.library
    period = oversight.parse_month(month)
    pdf_name, _csv_name = monthly_report.file_names(period)
    if not force and monthly_report.report_file(lib.config.instance, pdf_name) is not None:
        return period.key
    files = monthly_report.make(lib, period)
    with lib.transaction() as s:
        outbox.emit(s, "report.ready", None, month=period.key, title=period.title_th, pdf=files.pdf.name,
                    csv=files.csv.name)
    log.info("monthly report %s made", period.key)
    return period.key


def queue_index(tasks: Tasks) -> None:
    """Queue ``phoei.index`` (the worker applies the outbox to the search index). Never fails the
    caller: the change is committed already, and the periodic ``phoei.index-sweep`` catches up."""
    try:
        tasks.index()
    except Exception:
        log.exception("could not queue the search index update")


def queue_notify(tasks: Tasks) -> None:
    """Queue ``phoei.notify``; never fails the caller (the minute's ``phoei.notify-sweep`` catches up)."""
    try:
        tasks.notify()
    except Exception:
        log.exception("could not queue the notification run")


def requeue_backlog(huey: Huey, library: Library, task: Task[[int], int],
                    apply: Task[[int, int | None], Mapping[str, Any]] | None = None) -> int:
    """Queue every upload never analysed, and (with ``apply``) every apply asked for and never
    recorded (``file.apply``), whose job is not in hand (``in_hand``): huey takes a task off its
    queue before it runs, so the task of a worker killed mid-job is gone, and this is how it is
    found again."""
    from library.redaction import applies_awaiting, files_awaiting_analysis

    n = 0
    with library.session() as s:
        ids = [f.id for f in files_awaiting_analysis(s)]
        applies = applies_awaiting(s) if apply is not None else []
    for fid in ids:
        st = get_status(huey, "analyse", fid)
        if (st and st["state"] == "error") or in_hand(st):
            continue
        set_status(huey, "analyse", fid, "queued")
        task(fid)
        n += 1
    for fid, user_id in applies:
        st = get_status(huey, "apply", fid)
        if (st and st["state"] == "error") or in_hand(st):
            continue
        set_status(huey, "apply", fid, "queued", phase="apply")
        assert apply is not None
        apply(fid, user_id)
        n += 1
    return n


# --- running a consumer ----------------------------------------------------------------


def start_consumer(huey: Huey, workers: int = 1, periodic: bool = True) -> Consumer:
    """A consumer in this process (threads), leaving the process's signal handlers as they were."""
    saved = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    consumer = huey.create_consumer(workers=workers, worker_type="thread", periodic=periodic,
                                    initial_delay=0.05, max_delay=0.5, check_worker_health=False,
                                    flush_locks=True)
    try:
        consumer.start()
    finally:
        for sig, handler in saved.items():
            try:
                signal.signal(sig, handler)
            except (ValueError, TypeError):  # not the main thread: nothing was installed
                pass
    return consumer


def stop_consumer(consumer: Consumer) -> None:
    consumer.stop(graceful=True)


def link_policy(config: Mapping[str, Any]) -> LinkPolicy:
    """The link checker's settings: the environment's PHOEI_LINK_*, overridden by the worker's settings."""
    from library.links import LinkPolicy

    merged: dict[str, Any] = dict(os.environ)
    merged.update({k: v for k, v in config.items() if str(k).startswith("PHOEI_LINK_") and v is not None})
    return LinkPolicy.from_env(merged)
