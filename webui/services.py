"""Services built in the factory, the request's database session, the current principal, and the
cross-cutting checks (``login_required``, ``role_required``) as plain decorators."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from flask import abort, current_app, g
from flask_login import current_user
from sqlalchemy.orm import Session

from library.db import Library
from library.errors import Invalid
from library.security import Principal
from webui import jobs

if TYPE_CHECKING:  # pragma: no cover
    from huey import Huey

    from library.config import MailConfig
    from worker.jobs import Tasks, Worker

F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")


@dataclass
class Services:
    library: Library
    huey: Huey
    cache: Path  # private: page images and text of originals (instance/cache, mode 0700)
    config: Any
    tasks: Tasks  # the worker's tasks: the web layer only enqueues them (webui.jobs)
    mail: MailConfig  # SMTP for notifications

    @classmethod
    def of(cls, worker: Worker, config: Any) -> Services:
        """The web app's services over a worker runtime whose settings are the app's ``config``."""
        return cls(library=worker.library, huey=worker.huey, cache=worker.cache, config=config, tasks=worker.tasks,
                   mail=worker.mail)


def services() -> Services:
    return current_app.extensions["phoei"]  # type: ignore[no-any-return]


INDEX_DUE = "phoei.index_due"
NOTIFY_DUE = "phoei.notify_due"


SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def db() -> Session:
    """The request's session (one unit of work per request; views call ``commit()``).

    A POST's transactions are write transactions from their first statement (on SQLite
    BEGIN IMMEDIATE: concurrent writers queue for the lock instead of failing); a GET
    reads from a snapshot, and the few GETs that write (audit of originals) call
    ``begin_write()`` first.
    """
    if "db" not in g:
        from flask import has_request_context, request
        from sqlalchemy import event

        write = has_request_context() and request.method not in SAFE_METHODS
        session = services().library.session(write=write)
        event.listen(session, "after_flush", _note_item_messages)
        event.listen(session, "after_rollback", _forget_item_messages)
        g.db = session
    return g.db  # type: ignore[no-any-return]


def _note_item_messages(session: Session, _context: Any) -> None:
    """An ``item.*`` outbox row (publish, update, retract, expire, delete, move) is being written."""
    from library.models import OutboxMessage

    if any(isinstance(o, OutboxMessage) and (o.topic or "").startswith("item.") for o in session.new):
        session.info[INDEX_DUE] = True
    from library.outbox import NOTIFICATION_TOPICS

    if any(isinstance(o, OutboxMessage) and o.topic in NOTIFICATION_TOPICS for o in session.new):
        session.info[NOTIFY_DUE] = True


def _forget_item_messages(session: Session) -> None:
    session.info.pop(INDEX_DUE, None)
    session.info.pop(NOTIFY_DUE, None)


def end_read() -> None:
    """End the request's current transaction before slow work that needs no database
    (checking an upload, hashing a password), so that no lock is held meanwhile.
    Loaded objects stay usable; the next statement begins a new transaction."""
    session = db()
    if session.new or session.dirty or session.deleted:
        raise RuntimeError("end_read() with unsaved changes; commit() them instead")
    session.commit()


def begin_write() -> Session:
    """The request (a GET) writes now: end the read snapshot, take the write lock with the next BEGIN.
    ``commit()`` turns the session back into a reader."""
    session = db()
    end_read()
    if "phoei.read_bind" not in session.info:
        session.info["phoei.read_bind"] = session.bind
    services().library.make_writer(session)
    return session


def commit() -> None:
    """Commit the request's work; when it changed public content, queue the search index update."""
    session = db()
    session.commit()
    if "phoei.read_bind" in session.info:  # a GET that wrote goes back to reading
        session.bind = session.info.pop("phoei.read_bind")
    if session.info.pop(INDEX_DUE, False):
        jobs.enqueue_index(services())
    if session.info.pop(NOTIFY_DUE, False):
        jobs.enqueue_notify(services())


def form_action(action: Callable[[], T], failed: Callable[[str], str] = str,
                refused: tuple[type[Exception], ...] = (Invalid,),
                tell: Callable[[str], None] | None = None) -> tuple[bool, T | None]:
    """A form's action: run it (the library call) and ``commit()``; ``(True, its result)``.

    When the library refuses (``Invalid``, or any of ``refused``) the request's work is rolled back
    and the reason flashed, worded by ``failed`` (e.g. ``lambda why: _("…: %(why)s", why=why)``):
    ``(False, None)``, and the view sends the user back to the form. ``tell`` takes the worded reason
    instead of the flash (a script's request gets it in its JSON answer, not on the next page).
    """
    from flask import flash

    session = db()
    try:
        result = action()
        commit()
    except refused as exc:
        session.rollback()
        if tell is not None:
            tell(failed(str(exc)))
        else:
            flash(failed(str(exc)), "error")
        return False, None
    return True, result


def principal() -> Principal:
    """Who is asking: the signed-in user (re-read from the database) or an anonymous citizen."""
    if "principal" in g:
        return g.principal  # type: ignore[no-any-return]
    p = Principal.anonymous()
    if current_user.is_authenticated:
        from library import users

        user = users.get_user(db(), int(current_user.user_id))
        p = Principal.of(user)
    g.principal = p
    return p


def has_role(*roles: str) -> bool:
    return bool(principal().roles & set(roles))


def login_required(view: F) -> F:
    from flask_login import login_required as flask_login_required

    return flask_login_required(view)  # type: ignore[no-any-return]


def role_required(*roles: str) -> Callable[[F], F]:
    """Signed in and holding one of ``roles`` globally (local roles are checked with ``may``)."""

    def deco(view: F) -> F:
        @wraps(view)
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            if not current_user.is_authenticated:
                return current_app.login_manager.unauthorized()  # type: ignore[attr-defined]
            if not has_role(*roles):
                abort(403)
            return view(*args, **kwargs)

        return login_required(cast(F, wrapped))

    return deco


def staff_required(view: F) -> F:
    """Any signed-in member of staff (not an external submitter)."""
    from library.roles import OFFICER, REVIEWER, SITE_ADMIN

    return role_required(OFFICER, REVIEWER, SITE_ADMIN)(view)
