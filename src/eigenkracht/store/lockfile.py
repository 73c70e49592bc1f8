"""One program at a time on one database: the lock file `<database>.lock`.

Every Store holds an operating-system lock on the lock file beside its database for as
long as it is open (`fcntl.flock` on Linux and macOS, `msvcrt.locking` on Windows). A
second program (another window, the command line) that opens the same database finds
the lock taken and is refused with a clear message, instead of the two silently
overwriting each other's work. The lock belongs to the process: it goes when the Store
is closed, and with the process when that dies, so a crash never leaves a database
"in use".

Within one process several Stores on one database share the lock (the program itself
never does that; tests compare what the screen stored through a second connection).

The file is created readable by the user only (0600) and holds nothing. The last Store
to close removes it again. Because a program may remove the file at the moment another
one opens it, a lock is only taken as valid when the locked file is still the one with
that name.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from eigenkracht.privatefiles import try_lock

SUFFIX = ".lock"
PRIVATE_MODE = 0o600
_FLAGS = (
    os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
) | getattr(os, "O_NOFOLLOW", 0)


class InUse(Exception):
    """Another program holds the lock of this database."""


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + SUFFIX)


@dataclass
class _Held:
    path: Path
    fd: int
    users: int = 1


_held: dict[str, _Held] = {}
_guard = threading.Lock()


class DatabaseLock:
    """One Store's share of the lock on a database. `release()` may be called twice."""

    def __init__(self, key: str) -> None:
        self._key: str | None = key

    def release(self) -> None:
        with _guard:
            key, self._key = self._key, None
            if key is None:
                return
            held = _held[key]
            held.users -= 1
            if held.users == 0:
                del _held[key]
                _unlock_and_remove(held)


def acquire(database: Path) -> DatabaseLock:
    """Take the lock of `database` without waiting. Raises InUse when another program
    holds it, OSError when the lock file cannot be made (a read-only folder)."""
    path = lock_path(database)
    key = os.path.normcase(os.path.realpath(path))
    with _guard:
        held = _held.get(key)
        if held is not None:
            held.users += 1
            return DatabaseLock(key)
        for _ in range(10):
            fd = os.open(path, _FLAGS, PRIVATE_MODE)
            if not _try_lock(fd):
                os.close(fd)
                raise InUse(str(path))
            if _still_named(fd, path):
                break
            os.close(fd)  # removed by the program that just closed it: take the new one
        else:
            raise InUse(str(path))
        if hasattr(os, "fchmod"):
            with contextlib.suppress(OSError):
                os.fchmod(fd, PRIVATE_MODE)
        _held[key] = _Held(path, fd)
        return DatabaseLock(key)


def _try_lock(fd: int) -> bool:
    # Held by another program: refuse. A file system without locks (some network shares)
    # gives another error: work on without the lock rather than refuse.
    return try_lock(fd, unsupported_is_free=True)


def _still_named(fd: int, path: Path) -> bool:
    if sys.platform == "win32":
        return True  # an open file cannot be removed there
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except OSError:
        return False


def _unlock_and_remove(held: _Held) -> None:
    if sys.platform == "win32":
        import msvcrt

        with contextlib.suppress(OSError):
            os.lseek(held.fd, 0, os.SEEK_SET)
            msvcrt.locking(held.fd, msvcrt.LK_UNLCK, 1)
        os.close(held.fd)
        with contextlib.suppress(OSError):  # fails while another program has it open
            held.path.unlink()
        return
    with contextlib.suppress(OSError):
        held.path.unlink()  # while still locked, so nobody takes a file about to go
    os.close(held.fd)


def held_here(database: Path) -> bool:
    """Whether this process holds the lock of `database`."""
    key = os.path.normcase(os.path.realpath(lock_path(database)))
    with _guard:
        return key in _held


__all__ = ["SUFFIX", "DatabaseLock", "InUse", "acquire", "held_here", "lock_path"]
