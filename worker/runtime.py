"""The worker's runtime: the library, the job queue and the settings its tasks read, built from
``library.config`` alone.

``phoei worker`` opens one with ``open_worker(load_config())`` and runs a huey consumer over its
queue; the web layer opens the same with its app's configuration as the settings and only enqueues
(``webui.jobs``). Nothing here imports Flask.

Settings (a mapping, read when a task runs; the web app passes its ``app.config``):

* ``PHOEI_JOBS``: ``sqlite`` (``jobs.sqlite3`` in the instance folder), ``redis`` (``REDIS_URL``) or
  ``memory`` (tests); unset: ``redis`` when ``REDIS_URL`` is set, else ``sqlite``.
* ``PHOEI_JOBS_NAME``, ``PHOEI_JOBS_IMMEDIATE`` (tests run jobs in the caller), ``PHOEI_PAGE_ZOOM``.
* ``PHOEI_FEEDBACK_RETENTION_DAYS`` and ``PHOEI_LINK_*`` (over the environment's), ``PHOEI_SMTP_*`` and
  ``PHOEI_SITE_URL`` (over the environment's; ``mail_config``).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover

    from library.config import Config, MailConfig
    from worker.jobs import Worker

DEFAULTS: dict[str, Any] = {
    # Job queue: "sqlite" (a file in the instance folder), "redis" (REDIS_URL) or "memory" (tests).
    "PHOEI_JOBS": None,
    "PHOEI_JOBS_NAME": "phoei",
    "PHOEI_JOBS_IMMEDIATE": False,
    # Page images for the review screen: scale of PDF points to pixels.
    "PHOEI_PAGE_ZOOM": 1.5,
}


def settings_from_env(env: Mapping[str, str] | None = None) -> dict[str, Any]:
    """``DEFAULTS`` and the site's address (``PHOEI_SITE_URL``, checked as the web app checks it): the
    settings of a worker that runs on its own (``phoei worker``)."""
    from library.config import normalise_site_url

    env = os.environ if env is None else env
    return {**DEFAULTS, "PHOEI_SITE_URL": normalise_site_url(env.get("PHOEI_SITE_URL"))}


def mail_config(settings: Mapping[str, Any]) -> MailConfig:
    """SMTP for notifications: the environment (``library.config.load_mail_config``), where the
    settings' own ``PHOEI_SMTP_*`` keys and ``PHOEI_SITE_URL`` win."""
    from library.config import load_mail_config

    env = {**os.environ,
           **{k: str(v) for k, v in settings.items() if str(k).startswith("PHOEI_SMTP_") and v is not None}}
    return load_mail_config(env, site_url=settings.get("PHOEI_SITE_URL"))


def cache_folder(instance: Path) -> Path:
    """``instance/cache``, private (0700): page images, layouts and texts of originals."""
    cache = instance / "cache"
    cache.mkdir(mode=0o700, exist_ok=True)
    os.chmod(cache, 0o700)
    return cache


def open_worker(config: Config, settings: Mapping[str, Any] | None = None) -> Worker:
    """The library over an initialised instance, its stores and cache, the queue and the tasks.

    ``settings`` defaults to ``settings_from_env()``; a mapping passed in is used as it is (not
    copied), so the web app's later changes to its configuration reach the tasks as before.
    """
    from library.instance import open_library
    from library.private_files import private_dir
    from worker import jobs

    if settings is None:
        settings = settings_from_env()
    private_dir(config.instance)
    lib = open_library(config)
    lib.stores.ensure()
    cache = cache_folder(config.instance)
    huey = jobs.make_huey(settings, config.instance)
    worker = jobs.Worker(library=lib, huey=huey, cache=cache, settings=settings, mail=mail_config(settings))
    worker.tasks = jobs.register_tasks(huey, worker)
    return worker


def run(instance: Path | None, threads: int) -> int:
    """``phoei worker``: queue again what waits, then consume jobs until stopped (SIGINT, SIGTERM)."""
    from library.config import load_config
    from worker import jobs

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    config = load_config(instance=instance)
    worker = open_worker(config)
    n = jobs.requeue_backlog(worker.huey, worker.library, worker.tasks.analyse, worker.tasks.apply)
    jobs.queue_index(worker.tasks)
    print(f"worker: {jobs.backend_of(worker.settings)} queue, {n} waiting upload(s) queued again", flush=True)
    consumer = worker.huey.create_consumer(workers=max(1, threads), worker_type="thread", flush_locks=True)
    consumer.run()
    return 0
