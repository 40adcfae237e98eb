"""Production serving: gunicorn with threaded (``gthread``) workers, configured from the environment.

``phoei serve`` runs this; ``phoei serve --dev`` keeps Werkzeug's development server. The settings
(each also a ``phoei serve`` option, which wins over the environment):

* ``PHOEI_BIND`` — where to listen: ``HOST:PORT`` or ``unix:/path``; several separated by commas
  (default ``127.0.0.1:5000``);
* ``PHOEI_WORKERS`` — web processes (default: the number of cores, at most 4);
* ``PHOEI_THREADS`` — threads per web process (default 4);
* ``PHOEI_TIMEOUT`` — seconds a web process may stay silent before it is restarted (default 120);
* ``PHOEI_GRACEFUL_TIMEOUT`` — seconds running requests get to finish on SIGTERM/restart (default 30);
* ``PHOEI_KEEPALIVE`` — seconds an idle keep-alive connection stays open (default 5);
* ``PHOEI_MAX_REQUESTS`` — restart a web process after this many requests, with 10 % jitter
  (default 0: never);
* ``PHOEI_ACCESS_LOG`` (``-`` or a file; default none) and ``PHOEI_LOG_LEVEL`` (default ``info``).

Gunicorn's own forwarded-header handling is switched off (``forwarded_allow_ips`` empty, no
``secure_scheme_headers``): ``X-Forwarded-*`` are read by Werkzeug's ``ProxyFix`` in the app, for
``PHOEI_TRUSTED_PROXIES`` hops only (``webui.app``), so there is one place that decides.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from library.errors import Invalid

SERVER_HEADER = "phoei"


@dataclass(frozen=True)
class ServeSettings:
    bind: tuple[str, ...]
    workers: int
    threads: int
    timeout: int
    graceful_timeout: int
    keepalive: int
    max_requests: int


def _int_setting(env: Mapping[str, str], name: str, default: int, minimum: int, given: int | None = None) -> int:
    if given is not None:
        value = given
        where = f"--{name.removeprefix('PHOEI_').lower().replace('_', '-')}"
    else:
        raw = env.get(name, "").strip()
        if not raw:
            return default
        where = name
        try:
            value = int(raw)
        except ValueError:
            raise Invalid(f"{where} must be a whole number, not {raw!r}") from None
    if value < minimum:
        raise Invalid(f"{where} must be at least {minimum}, not {value}")
    return value


def _check_bind(address: str) -> str:
    address = address.strip()
    if address.startswith("unix:"):
        if len(address) <= len("unix:"):
            raise Invalid("PHOEI_BIND: a unix socket needs a path (unix:/run/phoei/web.sock)")
        return address
    host, sep, port = address.rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise Invalid(f"PHOEI_BIND: {address!r} is not HOST:PORT or unix:PATH")
    return address


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 4))


def settings_from(env: Mapping[str, str] | None = None, *, host: str | None = None, port: int | None = None,
                  workers: int | None = None, threads: int | None = None,
                  timeout: int | None = None) -> ServeSettings:
    """The serving settings: command-line values win over ``PHOEI_*`` variables, which win over defaults."""
    env = os.environ if env is None else env
    if host is not None or port is not None:
        bind: tuple[str, ...] = (_check_bind(f"{host or '127.0.0.1'}:{port if port is not None else 5000}"),)
    elif env.get("PHOEI_BIND", "").strip():
        bind = tuple(_check_bind(b) for b in env["PHOEI_BIND"].split(",") if b.strip())
    else:
        bind = ("127.0.0.1:5000",)
    return ServeSettings(
        bind=bind,
        workers=_int_setting(env, "PHOEI_WORKERS", default_workers(), 1, workers),
        threads=_int_setting(env, "PHOEI_THREADS", 4, 1, threads),
        timeout=_int_setting(env, "PHOEI_TIMEOUT", 120, 1, timeout),
        graceful_timeout=_int_setting(env, "PHOEI_GRACEFUL_TIMEOUT", 30, 0),
        keepalive=_int_setting(env, "PHOEI_KEEPALIVE", 5, 0),
        max_requests=_int_setting(env, "PHOEI_MAX_REQUESTS", 0, 0),
    )


def url_of(bind: str) -> str:
    if bind.startswith("unix:"):
        return bind
    host, _sep, port = bind.rpartition(":")
    if host in ("0.0.0.0", "[::]", "::"):
        host = "127.0.0.1"
    return f"http://{host}:{port}/"


def gunicorn_options(settings: ServeSettings) -> dict[str, Any]:
    return {
        "bind": list(settings.bind),
        "worker_class": "gthread",
        "workers": settings.workers,
        "threads": settings.threads,
        "timeout": settings.timeout,
        "graceful_timeout": settings.graceful_timeout,
        "keepalive": settings.keepalive,
        "max_requests": settings.max_requests,
        "max_requests_jitter": settings.max_requests // 10,
        # ProxyFix in the app decides what X-Forwarded-* may say (PHOEI_TRUSTED_PROXIES).
        "forwarded_allow_ips": "",
        "secure_scheme_headers": {},
        # Several sites (and the tests) may run as one user: no shared control socket in $HOME.
        "control_socket_disable": True,
        "accesslog": os.environ.get("PHOEI_ACCESS_LOG") or None,
        "errorlog": "-",
        "loglevel": os.environ.get("PHOEI_LOG_LEVEL", "info"),
        "proc_name": "phoei-web",
        # Uploads are spooled under the instance's temporary folder by Werkzeug, not by gunicorn.
        "worker_tmp_dir": "/dev/shm" if os.path.isdir("/dev/shm") else None,
    }


def hide_server_banner() -> None:
    """Gunicorn sends ``Server: gunicorn``; say ``phoei`` as the development server does.

    ``gunicorn.http.wsgi.Response`` reads the module's ``SERVER`` when each response is made.
    """
    import gunicorn.http.wsgi as gwsgi

    gwsgi.SERVER = SERVER_HEADER  # type: ignore[attr-defined]


def run_gunicorn(app_factory: Callable[[], Any], settings: ServeSettings,
                 on_ready: Callable[[], None] | None = None) -> int:
    """Serve the app made by ``app_factory`` (called once in each web process, after the fork) until
    SIGTERM or SIGINT; returns gunicorn's exit status."""
    from gunicorn.app.base import BaseApplication

    hide_server_banner()
    options = {k: v for k, v in gunicorn_options(settings).items() if v is not None}

    class PhoeiApplication(BaseApplication):  # type: ignore[misc]
        def load_config(self) -> None:
            for key, value in options.items():
                self.cfg.set(key, value)
            if on_ready is not None:
                self.cfg.set("when_ready", lambda _server: on_ready())

        def load(self) -> Any:
            return app_factory()

    try:
        PhoeiApplication().run()
    except SystemExit as exc:
        code = exc.code
        return code if isinstance(code, int) else (0 if code is None else 1)
    return 0


def spawn_job_worker(instance: str, threads: int) -> Any:
    """``phoei worker`` in its own process beside the web processes (which only enqueue jobs)."""
    import subprocess

    return subprocess.Popen([sys.executable, "-m", "webui.cli", "worker", "--instance", instance,
                             "--workers", str(threads)])


def stop_process(proc: Any, timeout: float = 30.0) -> None:
    """Stop the job worker: SIGINT (huey's graceful stop: running jobs finish), then SIGTERM, then kill.

    A job cut short is not lost: a queued one stays in the queue, and a running one (huey has taken it
    off the queue) is found again from the database when a worker starts (``jobs.requeue_backlog``).
    """
    import signal
    import subprocess

    for sig, wait in ((signal.SIGINT, timeout), (signal.SIGTERM, 5.0)):
        if proc.poll() is not None:
            return
        proc.send_signal(sig)
        try:
            proc.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue
    proc.kill()
    proc.wait()
