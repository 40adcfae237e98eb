"""``phoei notify``: deliver notifications from cron (the worker does the same on its own schedule).

* ``phoei notify send``: turn pending outbox events into notifications, then send the e-mails that
  are due (retries included). Run it every few minutes.
* ``phoei notify digest``: the same, then one digest e-mail per user who chose the daily digest.
  Run it once a day.
* ``phoei notify status``: what waits, what was sent, what failed.

SMTP settings come from the environment (``library.config.MailConfig``); without
``PHOEI_SMTP_HOST`` notifications are in-app only and no e-mail is queued.
"""

from __future__ import annotations

import argparse
from typing import Any

from library.cli import instance_option


def add_parsers(sub: argparse._SubParsersAction) -> None:
    from library.cli import _guarded

    common = instance_option()
    common.add_argument("--limit", type=int, default=500, help="at most this many e-mails per run (default 500)")
    no = sub.add_parser("notify", help="notifications: deliver e-mails, send the daily digest")
    nos = no.add_subparsers(dest="notify_command", required=True)
    x = nos.add_parser("send", parents=[common], help="dispatch pending events and send the e-mails that are due")
    x.set_defaults(func=_guarded(cmd_send))
    x = nos.add_parser("digest", parents=[common], help="send each digest reader one e-mail with the day's notices")
    x.set_defaults(func=_guarded(cmd_digest))
    x = nos.add_parser("status", parents=[common], help="counts of waiting, sent and failed e-mails")
    x.set_defaults(func=_guarded(cmd_status))


def _open(args: argparse.Namespace) -> tuple[Any, Any]:
    from sqlalchemy.pool import NullPool

    from library.config import load_config, load_mail_config
    from library.instance import open_library

    mail = load_mail_config()
    return open_library(load_config(instance=args.instance), poolclass=NullPool), mail


def _run(args: argparse.Namespace, digest: bool) -> int:
    from library import notifications
    from library.notifications import mail as mailer

    if args.limit < 1:
        from library.errors import Invalid

        raise Invalid("--limit must be at least 1")
    lib, mail = _open(args)
    try:
        events = notifications.dispatch(lib, mail)
        print(f"{events} event(s) dispatched")
        if not mail.enabled:
            print("e-mail is off (PHOEI_SMTP_HOST is not set): notifications are in-app only")
            return 0
        if digest:
            print(f"{notifications.build_digests(lib, mail)} digest e-mail(s) queued")
        r = mailer.send_due(lib, mail, limit=args.limit)
        print(f"e-mail: {r.sent} sent, {r.retried} to retry, {r.failed} failed")
    finally:
        lib.dispose()
    return 0


def cmd_send(args: argparse.Namespace) -> int:
    return _run(args, digest=False)


def cmd_digest(args: argparse.Namespace) -> int:
    return _run(args, digest=True)


def cmd_status(args: argparse.Namespace) -> int:
    from sqlalchemy import func, select

    from library import outbox
    from library.models import NotificationDelivery, OutboxMessage

    lib, mail = _open(args)
    try:
        with lib.session() as s:
            waiting = s.scalar(select(func.count()).select_from(OutboxMessage).where(
                OutboxMessage.processed_at.is_(None), OutboxMessage.topic.in_(outbox.NOTIFICATION_TOPICS)))
            counts = {status: n for status, n in s.execute(select(NotificationDelivery.status, func.count())
                                                           .group_by(NotificationDelivery.status))}
            print(f"events waiting: {waiting}")
            print(f"e-mail: {counts.get('pending', 0)} waiting, {counts.get('sent', 0)} sent, "
                  f"{counts.get('failed', 0)} failed")
            for d in s.scalars(select(NotificationDelivery).where(NotificationDelivery.status == "failed")
                               .order_by(NotificationDelivery.id.desc()).limit(10)):
                print(f"  failed #{d.id} {d.event} after {d.attempts} attempt(s): {d.last_error[:200]}")
            print(f"SMTP: {mail.host}:{mail.port} ({mail.security})" if mail.enabled else "SMTP: off")
    finally:
        lib.dispose()
    return 0
