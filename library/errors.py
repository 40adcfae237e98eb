"""The library's errors: one branch of the project's exception tree.

Every error is a :class:`redactor.errors.PhoeiError`, so the CLI boundary (and
later the web layer's one error handler) prints or maps them without knowing
SQLAlchemy or the filesystem. ``exit_code`` is what the ``phoei`` command
returns for each.
"""

from __future__ import annotations

from redactor.errors import PhoeiError


class LibraryError(PhoeiError):
    """Base of the library's errors."""

    exit_code = 1


class NotFound(LibraryError):
    """No such item, user, file, version or feedback report."""

    exit_code = 2


class Invalid(LibraryError):
    """A value the caller supplied is not acceptable (bad field, bad date, missing reason)."""

    exit_code = 2


class Forbidden(LibraryError):
    """The principal may not do this action on this item (see ``library.security.may``)."""

    exit_code = 2


class InvalidTransition(LibraryError):
    """The workflow has no such transition from the item's state, or its condition is unmet."""

    exit_code = 2


class NotReady(InvalidTransition):
    """A publish condition is unmet (e.g. a file item without a passed verification)."""


class IntegrityFailure(LibraryError):
    """Stored data does not match its checksum or hash chain: tampering or corruption."""

    exit_code = 5


class StorageCorrupted(IntegrityFailure):
    """A blob's bytes do not hash to the name it is stored under, or it is missing."""


class AuditTampered(IntegrityFailure):
    """The audit log's hash chain is broken: a row was changed, removed or inserted."""


class StorageUnavailable(LibraryError):
    """A blob store cannot be reached or refuses us (an S3 endpoint down, a bucket missing, no permission)."""

    exit_code = 1


class DatabaseUnavailable(LibraryError):
    """The database cannot be reached (server down, wrong URL, no permission)."""

    exit_code = 1


class NotInitialised(LibraryError):
    """The instance has no database schema yet: run ``phoei init``."""

    exit_code = 2
