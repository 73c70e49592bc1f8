"""The store's errors, importable without SQLCipher, sqlite-utils or numpy.

Every one is a `core.errors.UserFacingError`: str() is a Dutch sentence the user can
act on. database.py maps SQLite result codes and errnos to them (`store_error`), the
repository raises the last three. ui/ imports this module at the top of a file at no
cost to the start of the program; the old import paths (store.database,
store.repository) keep working.
"""

from __future__ import annotations

from eigenkracht.core.errors import UserFacingError


class StoreError(UserFacingError):
    """A problem the user can understand and act on; str() is a Dutch sentence."""


# -- opening, creating and the file ---------------------------------------------------


class DatabaseMissing(StoreError):
    pass


class DatabaseExists(StoreError):
    pass


class WrongPassphrase(StoreError):
    pass


class NotADatabase(StoreError):
    """Not an eigenkracht database (a foreign or plain SQLite file), or its key file is
    missing. It is never written to."""


class DatabaseDamaged(StoreError):
    """An eigenkracht database that is damaged or incomplete: a page that fails its
    authentication, a cut-off file, missing tables. It is never written to."""


class KeyFileDamaged(DatabaseDamaged):
    """The key file beside the database is unreadable or asks for implausible work."""


class DatabaseTooNew(StoreError):
    pass


class DatabaseBusy(StoreError):
    """In use by another program: opened there, or busy writing."""


class DatabaseReadOnly(StoreError):
    """The file, or the folder it is in, may not be written to."""


class DiskFull(StoreError):
    pass


class DiskError(StoreError):
    """Reading or writing failed for another reason of the disk or the system."""


# -- operations -------------------------------------------------------------------------


class NotFound(StoreError):
    """The case or row an operation names does not exist (any more)."""


class InvalidValue(StoreError):
    """A value the store refuses (out of range, unknown field, changed meanwhile)."""


class FrozenPlan(StoreError):
    """A signed plan version cannot change."""


__all__ = [
    "DatabaseBusy",
    "DatabaseDamaged",
    "DatabaseExists",
    "DatabaseMissing",
    "DatabaseReadOnly",
    "DatabaseTooNew",
    "DiskError",
    "DiskFull",
    "FrozenPlan",
    "InvalidValue",
    "KeyFileDamaged",
    "NotADatabase",
    "NotFound",
    "StoreError",
    "WrongPassphrase",
]
