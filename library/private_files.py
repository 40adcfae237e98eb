"""Files and folders of an instance that only the service's own user may read.

The instance folder holds password hashes and detected personal data (the SQLite database),
unredacted originals and the secret key: folders are 0700 and files 0600, whatever the umask.
Existing ones that are more open are tightened when the instance is opened.
"""

from __future__ import annotations

import os
from pathlib import Path

DIR_MODE = 0o700
FILE_MODE = 0o600


def private_dir(path: Path) -> Path:
    """Make ``path`` (and missing parents) and leave ``path`` itself at 0700."""
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    if (path.stat().st_mode & 0o777) != DIR_MODE:
        os.chmod(path, DIR_MODE)
    return path


def private_file(path: Path) -> Path:
    """Create ``path`` empty at 0600 if missing (before SQLite or another library opens it, so it
    never exists with the umask's mode); tighten an existing file that others can read."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        if path.stat().st_mode & 0o077:
            os.chmod(path, FILE_MODE)
    else:
        os.close(fd)
    return path


def sqlite_file(url: str) -> Path | None:
    """The database file of a SQLite URL (None for anything else)."""
    from sqlalchemy.engine import make_url

    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)
