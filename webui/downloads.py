"""Downloads of published copies, made cheap to serve: what an address serves is worked out once per
site version, and the per-day counts are written in batches.

**What a download address serves** (``Served``: the item, its checksum-verified copy, or the copy's
own name to redirect to) is kept per web process for the current site version (``webui.caching``).
Every download still reads the site version from the database (no recheck interval here): a retract,
an expiry or a deletion anywhere changes the version, and the next download of that item asks the
library again and gets 404. The copy's checksum is verified when the answer is worked out; a file
whose inode, size or modification time changed since is worked out (and verified) again.

**Counts** (``library.oversight.record_download``: a number per item and Bangkok day, nothing about
who asked) are added up in the web process and written in one transaction at most every
``PHOEI_DOWNLOAD_FLUSH`` seconds (default 5; 0: in the request itself), by a short-lived thread so
that no download waits for the write, and when the process exits. A web process killed outright
(``kill -9``) loses at most that many seconds of counts; a write that fails is logged (a count never
fails a download).
"""

from __future__ import annotations

import atexit
import logging
import os
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

log = logging.getLogger("phoei.downloads")

FLUSH_SECONDS = 5.0
MAX_SERVED = 4096


def flush_seconds(config: Any) -> float:
    """``PHOEI_DOWNLOAD_FLUSH`` from the app's config or the environment (seconds, 0 to 300)."""
    from webui.caching import seconds_setting

    return seconds_setting(config, "PHOEI_DOWNLOAD_FLUSH", FLUSH_SECONDS, 300)


@dataclass(frozen=True)
class Served:
    """What one download address serves in one site version."""

    item_id: int
    copy: Any  # library.redaction.PublicCopy; None: redirect to ``canonical``
    canonical: str
    stat: tuple[int, int, int] | None = None  # the copy's (inode, size, mtime_ns) when it was verified

    def still_there(self) -> bool:
        if self.copy is None:
            return True
        try:
            st = os.stat(self.copy.path)
        except OSError:
            return False
        return (st.st_ino, st.st_size, st.st_mtime_ns) == self.stat


def file_identity(path: Any) -> tuple[int, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


class ServedMemo:
    """``Served`` answers by (uid, name) for one site version; a new version starts empty. Bounded."""

    def __init__(self, max_entries: int = MAX_SERVED) -> None:
        self.max_entries = max_entries
        self._lock = threading.Lock()
        self._version: Any = None
        self._served: dict[tuple[str, str], Served] = {}

    def get(self, version: Any, key: tuple[str, str]) -> Served | None:
        with self._lock:
            if version != self._version:
                return None
            return self._served.get(key)

    def put(self, version: Any, key: tuple[str, str], served: Served) -> None:
        with self._lock:
            if version != self._version:
                self._served.clear()
                self._version = version
            if len(self._served) >= self.max_entries:
                self._served.clear()
            self._served[key] = served


class DownloadCounter:
    """Download counts added up in this process and written in batches (see the module's docstring)."""

    def __init__(self, library: Any, interval: float = FLUSH_SECONDS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.library = library
        self.interval = interval
        self.clock = clock
        self._lock = threading.Lock()
        self._writing = threading.Lock()
        self._pending: dict[tuple[int, date], int] = {}
        self._next = clock() + interval
        self.batches = 0
        ref = weakref.ref(self)
        atexit.register(lambda: (c := ref()) is not None and c.flush())

    def add(self, item_id: int) -> None:
        from library.oversight import today_bangkok

        key = (item_id, today_bangkok())
        with self._lock:
            self._pending[key] = self._pending.get(key, 0) + 1
            due = self.clock() >= self._next
            if due:
                self._next = self.clock() + self.interval
        if self.interval <= 0:
            self.flush()
        elif due and not self._writing.locked():
            threading.Thread(target=self.flush, name="phoei-download-counts", daemon=True).start()

    def pending(self) -> int:
        with self._lock:
            return sum(self._pending.values())

    def flush(self) -> int:
        """Write what was counted (one transaction); the number of downloads written."""
        with self._writing:
            with self._lock:
                pending, self._pending = self._pending, {}
            if not pending:
                return 0
            from library.oversight import record_download

            try:
                with self.library.transaction() as s:
                    for (item_id, day), n in sorted(pending.items()):
                        record_download(s, item_id, day, n)
            except Exception:  # as before batching: a count that cannot be written is logged, never an error
                log.exception("could not write %d download counts", sum(pending.values()))
                return 0
            self.batches += 1
            return sum(pending.values())
