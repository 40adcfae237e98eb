"""Named points where the crash tests stop a real process (tests/webui/test_crash.py), and nothing else.

``reach(name)`` does nothing unless the environment says ``PHOEI_CRASH_PAUSE=<name>`` (a comma-
separated list is allowed) and names ``PHOEI_CRASH_MARK``, a file: the first process to reach the
point writes ``<name> <pid>`` there and sleeps until the test kills it with SIGKILL. A point already
in the file is passed (the process that replaces the killed one, which inherits the environment,
runs through). The points sit where a crash would do the most harm:
a blob written but not yet renamed into place, a database transaction that is about to commit.
The cost when unset is one dictionary lookup.
"""

from __future__ import annotations

import os
import time


def armed(name: str) -> bool:
    wanted = os.environ.get("PHOEI_CRASH_PAUSE")
    return bool(wanted) and name in str(wanted).split(",")


def reach(name: str) -> None:
    if not armed(name):
        return
    mark = os.environ.get("PHOEI_CRASH_MARK")
    if not mark:
        return
    try:
        fd = os.open(f"{mark}.{name}", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # once, across processes
    except FileExistsError:
        return
    os.close(fd)
    with open(mark, "a", encoding="utf-8") as fh:
        fh.write(f"{name} {os.getpid()}\n")
    while True:  # the test sends SIGKILL
        time.sleep(60)
