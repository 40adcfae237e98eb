"""Named points where the crash tests stop a real process (tests/test_crash.py), and nothing else.

``reach(name)`` does nothing unless the environment says ``PHOEI_CRASH_PAUSE=<name>`` (a comma-
separated list is allowed): then it writes ``PHOEI_CRASH_MARK`` (a file path, if set), and sleeps
until the test kills the process with SIGKILL. The points sit where a crash would do the most harm:
a blob written but not yet renamed into place, a database transaction that is about to commit.
The cost when unset is one dictionary lookup.
"""

from __future__ import annotations

import os
import time


def reach(name: str) -> None:
    wanted = os.environ.get("PHOEI_CRASH_PAUSE")
    if not wanted or name not in wanted.split(","):
        return
    mark = os.environ.get("PHOEI_CRASH_MARK")
    if mark:
        with open(mark, "a", encoding="utf-8") as fh:
            fh.write(f"{name} {os.getpid()}\n")
    while True:  # the test sends SIGKILL
        time.sleep(60)
