"""``phoei serve``, ``phoei worker`` and ``phoei create-user``.

Light at import time: Flask, huey and SQLAlchemy load inside each command.
"""

from __future__ import annotations

import argparse
import ipaddress
import os
import secrets
import sys
from typing import Any

from library.cli import instance_option


def add_parsers(sub: argparse._SubParsersAction) -> None:
    common = instance_option()

    p = sub.add_parser("serve", parents=[common],
                       help="run the web site with gunicorn (initialises the instance; a job worker runs beside it)")
    p.add_argument("--host", default=None, help="address to listen on (default 127.0.0.1; or PHOEI_BIND)")
    p.add_argument("--port", type=int, default=None, help="port (default 5000; or PHOEI_BIND)")
    p.add_argument("--demo", action="store_true",
                   help="add demo content (published Thai documents) and demo users, and print their passwords")
    p.add_argument("--dev", action="store_true",
                   help="Flask's development server in one process (jobs in a thread), not gunicorn")
    p.add_argument("--no-worker", action="store_true", help="do not run jobs here (run `phoei worker` instead)")
    p.add_argument("--workers", type=int, default=None,
                   help="web processes (default: $PHOEI_WORKERS, else the cores, at most 4)")
    p.add_argument("--threads", type=int, default=None, help="threads per web process (default: $PHOEI_THREADS or 4)")
    p.add_argument("--timeout", type=int, default=None,
                   help="seconds before a silent web process is restarted (default: $PHOEI_TIMEOUT or 120)")
    p.add_argument("--job-workers", type=int, default=1, help="job threads of the job worker (default 1)")
    p.set_defaults(func=cmd_serve)

    w = sub.add_parser("worker", parents=[common], help="run background jobs (analysis, apply and verify)")
    w.add_argument("--workers", type=int, default=2, help="worker threads (default 2)")
    w.set_defaults(func=cmd_worker)

    u = sub.add_parser("create-user", parents=[common], help="add a user who signs in to the web site")
    u.add_argument("username")
    u.add_argument("--role", action="append", default=[],
                   help="site_admin, reviewer, officer or external_submitter; repeatable")
    u.add_argument("--name", default="", help="display name")
    u.add_argument("--email")
    u.add_argument("--agency", help="for an external submitter: the agency it submits for")
    u.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    u.add_argument("--reset", action="store_true", help="the user exists: set a new password only")
    u.set_defaults(func=cmd_create_user)


def make_dev_server(host: str, port: int, app: Any) -> Any:
    """Werkzeug's threaded server without its ``Server: Werkzeug/x Python/y`` banner."""
    from werkzeug.serving import WSGIRequestHandler, make_server

    class QuietHandler(WSGIRequestHandler):
        def version_string(self) -> str:
            return "phoei"

    return make_server(host, port, app, threaded=True, request_handler=QuietHandler)


def app_four_eyes() -> bool:
    """What ``create_app`` will use: on unless ``PHOEI_FOUR_EYES`` says off."""
    from webui.app import DEFAULTS, _env_flag

    flag = _env_flag("PHOEI_FOUR_EYES")
    return bool(DEFAULTS["PHOEI_FOUR_EYES"]) if flag is None else flag


def _is_loopback(host: str) -> bool:
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _password(args: argparse.Namespace) -> tuple[str, bool]:
    """(password, generated)."""
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n"), False
    if sys.stdin.isatty():
        import getpass

        pw = getpass.getpass("password (empty: generate one): ")
        if pw:
            if getpass.getpass("again: ") != pw:
                from library.errors import Invalid

                raise Invalid("the passwords differ")
            return pw, False
    return secrets.token_urlsafe(12), True


def cmd_create_user(args: argparse.Namespace) -> int:
    from library import users
    from library.config import load_config
    from library.errors import NotFound
    from library.instance import init, open_library, operator_name
    from library.security import Principal
    from webui.auth import hash_password

    config = load_config(instance=args.instance)
    init(config)
    lib = open_library(config)
    pw, generated = _password(args)
    op = Principal.operator(operator_name())
    try:
        with lib.transaction() as s:
            if args.reset:
                u = users.get_user(s, args.username)
                users.set_password(s, op, u, hash_password(pw))
            else:
                try:
                    users.get_user(s, args.username)
                except NotFound:
                    pass
                else:
                    from library.errors import Invalid

                    raise Invalid(f"the user {args.username!r} exists; use --reset to set a new password")
                u = users.create_user(s, op, args.username, display_name=args.name, email=args.email,
                                      roles=args.role, agency=args.agency, password_hash=hash_password(pw))
            print(f"user {u.username}: {', '.join(sorted(u.role_names)) or 'no global role'}")
            if generated:
                print(f"password: {pw}")
    finally:
        lib.dispose()
    return 0


def _serve_overrides(config: Any, host: str) -> dict[str, object]:
    overrides: dict[str, object] = {"PHOEI_INSTANCE": str(config.instance)}
    behind_proxy = os.environ.get("PHOEI_TRUSTED_PROXIES", "").strip() not in ("", "0")
    https_site = os.environ.get("PHOEI_SITE_URL", "").strip().lower().startswith("https:")
    if os.environ.get("PHOEI_SECURE_COOKIES") is None and _is_loopback(host) and not behind_proxy \
            and not https_site:
        # Plain HTTP on this machine only; behind HTTPS (a proxy, an https site URL) the secure defaults stay.
        overrides.update(SESSION_COOKIE_SECURE=False, REMEMBER_COOKIE_SECURE=False)
    return overrides


def _check_app_settings() -> None:
    """The settings create_app reads, checked before anything starts (a clear message, exit 2)."""
    from library.passwords import params_from
    from webui.site import normalise_site_url, trusted_proxies

    normalise_site_url(os.environ.get("PHOEI_SITE_URL"))
    trusted_proxies(os.environ.get("PHOEI_TRUSTED_PROXIES"))
    params_from()


def cmd_serve(args: argparse.Namespace) -> int:
    from library.config import load_config
    from library.instance import init
    from webui import serving

    _check_app_settings()
    settings = serving.settings_from(host=args.host, port=args.port, workers=args.workers, threads=args.threads,
                                     timeout=args.timeout)
    config = load_config(instance=args.instance)
    report = init(config)
    print(f"instance: {report.instance} ({report.database})")
    if args.demo:
        from webui.demo import seed_demo

        creds = seed_demo(config)
        print("demo accounts (passwords are new on every start):")
        for username, role, pw in creds:
            print(f"  {role:<20} {username:<10} {pw}")
        if app_four_eyes():
            print("four-eyes is on: whoever uploads a file cannot decide its redactions or publish it; "
                  "the officer uploads, the reviewer decides and publishes (PHOEI_FOUR_EYES=0 turns it off)")
    first = settings.bind[0]
    host = first.rpartition(":")[0] if not first.startswith("unix:") else "localhost"
    overrides = _serve_overrides(config, host.strip("[]"))
    if args.dev:
        return _serve_dev(args, host, int(first.rpartition(":")[2]) if not first.startswith("unix:") else 5000,
                          overrides)

    from webui.app import _secret_key

    _secret_key(config.instance)  # made once here, not raced by the web processes
    if not os.environ.get("PHOEI_SITE_URL") and not _is_loopback(host.strip("[]")):
        print("note: PHOEI_SITE_URL is not set; feeds and the sitemap take the address from each request",
              file=sys.stderr)
    worker = None
    if not args.no_worker:
        worker = serving.spawn_job_worker(str(config.instance), max(1, args.job_workers))

    def ready() -> None:
        where = ", ".join(serving.url_of(b) for b in settings.bind)
        print(f"Phoei is at {where}  ({settings.workers} web process(es) × {settings.threads} threads; "
              "Ctrl-C stops it)", flush=True)

    def make_app() -> Any:
        from webui import create_app

        return create_app(overrides)

    try:
        return serving.run_gunicorn(make_app, settings, on_ready=ready)
    finally:
        if worker is not None:
            serving.stop_process(worker)


def _serve_dev(args: argparse.Namespace, host: str, port: int, overrides: dict[str, object]) -> int:
    from webui import create_app
    from worker import jobs

    app = create_app(overrides)
    consumer = None
    if not args.no_worker:
        services = app.extensions["phoei"]
        consumer = jobs.start_consumer(services.huey, workers=max(1, args.job_workers))
        jobs.requeue_backlog(services.huey, services.library, services.tasks.analyse, services.tasks.apply)
        jobs.queue_index(services.tasks)

    def on_term(_signum: int, _frame: Any) -> None:
        raise KeyboardInterrupt

    import signal

    signal.signal(signal.SIGTERM, on_term)
    try:
        server = make_dev_server(host, port, app)
        print(f"Phoei is at http://{host}:{port}/  (development server; Ctrl-C stops it)", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()
    finally:
        if consumer is not None:
            jobs.stop_consumer(consumer)
    return 0


def cmd_worker(args: argparse.Namespace) -> int:
    """The worker runs from the library's configuration alone, without the Flask app (``worker.runtime``)."""
    from worker.runtime import run

    return run(args.instance, args.workers)
