"""Notifications: the outbox's notification events become per-user inbox rows and e-mails.

The flow (no Flask; the worker, the web layer and ``phoei notify`` call these):

1. ``dispatch(lib, mail)`` reads the outbox messages of the notification topics
   (``outbox.NOTIFICATION_TOPICS``; other consumers take other topics), decides the
   recipients (``recipients``), reads each one's preferences and writes a
   ``Notification`` per user and, for e-mail, a ``NotificationDelivery`` rendered
   now (Thai first, English after). The message is marked done in the same
   transaction, and unique keys (message × user, ``dedupe_key``) make a second
   run harmless.
2. ``mail.send_due(lib, mail)`` sends due deliveries over SMTP and retries
   failures with backoff (``mail.BACKOFF``), giving up after ``mail.MAX_ATTEMPTS``.
3. ``build_digests(lib, mail)`` (daily) gathers the notifications of users who
   chose the digest into one e-mail each.

Events and their texts: ``events.EVENTS``. A ``feedback.answered`` message goes
to the citizen's address (payload ``email``, else the feedback's contact
address), not to a user; once copied into its delivery, the address and the
answer are removed from the outbox row, and a sent delivery to a citizen keeps
neither.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from library.notifications.service import *  # noqa: F403

# The package itself stays light: ``phoei``'s command line imports ``library.notifications.cli``
# (and so this package) to register its subcommands for every command, ``phoei redact`` included,
# which must not pay for SQLAlchemy and the models at start-up. The names live in ``service`` and
# are loaded on first use (PEP 562).


def __getattr__(name: str) -> Any:
    if name.startswith("__"):
        raise AttributeError(name)
    service = importlib.import_module("library.notifications.service")
    try:
        value = getattr(service, name)
    except AttributeError:
        raise AttributeError(f"module 'library.notifications' has no attribute {name!r}") from None
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    service = importlib.import_module("library.notifications.service")
    return sorted(set(globals()) | {n for n in vars(service) if not n.startswith("_")})
