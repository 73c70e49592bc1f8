"""Files that leave the program: readable by the user only, whole or not at all, and
no plaintext left behind by a run that was killed half-way.

`write_private(path, data)` writes a temporary file beside the target, created with
mode 0600, synced, and renamed over the target. On Linux the temporary file starts
as an anonymous inode (`O_TMPFILE`): a run killed while writing leaves nothing at
all, and the file gets its temporary name only once it is complete, just before the
rename. Where that is not available (another system, a file system without
`O_TMPFILE`, no /proc) it is a named file from the start.

While a named temporary file may exist, a journal entry in the user's data folder
(`pending/<token>.pending`, holding the temporary file's path) is locked by the
writing process; the lock dies with the process. At the next start
(`clean_leftovers`, called by `eigenkracht.startup`) the temporary file of every entry
whose lock is free is removed, then the entry. Only a file named like one of ours,
with the entry's own token, is ever removed.

A demo database lives in a folder of its own in the temp folder (`DemoFolder`), with
a lock file inside held by the demo process. At the next start, demo folders of this
user whose lock is free are removed (the demo that crashed); a running demo is left
alone.

Nothing here imports more than the standard library: it runs at every start.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Final

log = logging.getLogger(__name__)

PRIVATE_MODE: Final = 0o600
TMP_SUFFIX: Final = ".tmp"
PENDING_FOLDER: Final = "pending"
PENDING_SUFFIX: Final = ".pending"
DEMO_PREFIX: Final = "eigenkracht-demo-"
DEMO_LOCK: Final = ".eigenkracht-demo.lock"
#: A journal entry or demo folder this young without a lock may still be starting.
GRACE_SECONDS: Final = 600.0

_BINARY: Final = getattr(os, "O_BINARY", 0)
_CLOEXEC: Final = getattr(os, "O_CLOEXEC", 0)
_NOFOLLOW: Final = getattr(os, "O_NOFOLLOW", 0)


def pending_dir() -> Path:
    from eigenkracht.core.paths import user_data_dir

    return user_data_dir() / PENDING_FOLDER


def temporary_name(target: Path, token: str) -> Path:
    """The temporary file beside `target` for one write: `.<name>.<token>.tmp`."""
    return target.with_name(f".{target.name}.{token}{TMP_SUFFIX}")


# -- locks ----------------------------------------------------------------------------


def try_lock(fd: int, *, unsupported_is_free: bool = False) -> bool:
    """Take an exclusive lock on an open file without waiting; False if another process
    holds it. The lock goes with the process (closing the file or dying). Where the file
    system has no locks (some network shares), `unsupported_is_free` says what to answer."""
    if sys.platform == "win32":
        import msvcrt

        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        held = exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES)
        return unsupported_is_free and not held
    return True


def _owned_by_me(status: os.stat_result) -> bool:
    geteuid = getattr(os, "geteuid", None)
    return geteuid is None or status.st_uid == geteuid()


# -- writing ---------------------------------------------------------------------------


class _Pending:
    """The journal entry for one temporary file, locked while this process writes it."""

    def __init__(self, tmp: Path, token: str) -> None:
        self.fd: int | None = None
        self.path: Path | None = None
        try:
            folder = pending_dir()
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            path = folder / f"{token}{PENDING_SUFFIX}"
            fd = os.open(
                path, os.O_RDWR | os.O_CREAT | os.O_EXCL | _BINARY | _CLOEXEC, PRIVATE_MODE
            )
        except OSError as exc:
            # Writing the user's file matters more than the journal: go on without it.
            log.warning("no journal entry for a temporary file (%s)", _reason(exc))
            return
        self.fd, self.path = fd, path
        try:
            try_lock(fd)  # a new file: nobody else holds it
            _write_all(fd, os.fsencode(str(tmp)))
        except OSError as exc:
            log.warning("journal entry not written (%s)", _reason(exc))

    def close(self) -> None:
        fd, path = self.fd, self.path
        self.fd = self.path = None
        if fd is not None:
            _close(fd, path)


def write_private(path: Path | str, data: bytes) -> None:
    """Write `data` to `path`, whole or not at all, readable by the user only (0600).

    Raises OSError (a missing or read-only folder, a full disk); no temporary file is
    left behind then, and an existing file at `path` is unchanged."""
    target = Path(path)
    token = os.urandom(8).hex()  # not secrets: it would cost the start 5 ms
    tmp = temporary_name(target, token)
    entry = _Pending(tmp, token)
    try:
        if not _write_anonymous(target.parent, tmp, data):
            _write_named(tmp, data)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    finally:
        entry.close()


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _write_named(tmp: Path, data: bytes) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY | _CLOEXEC | _NOFOLLOW
    fd = os.open(tmp, flags, PRIVATE_MODE)
    try:
        _write_all(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_anonymous(folder: Path, tmp: Path, data: bytes) -> bool:
    """Linux: write into an unnamed file in `folder`, then give it the name `tmp`.
    False when that is not possible here (the caller writes a named file instead);
    OSError when writing itself fails (a full disk)."""
    flag = getattr(os, "O_TMPFILE", 0)
    if not flag:
        return False
    try:
        fd = os.open(folder, flag | os.O_WRONLY | _CLOEXEC, PRIVATE_MODE)
    except OSError:
        return False  # not supported here; a real problem shows again with a named file
    try:
        _write_all(fd, data)
        os.fsync(fd)
        try:
            fds = os.open("/proc/self/fd", os.O_RDONLY | os.O_DIRECTORY | _CLOEXEC)
        except OSError:
            return False
        try:
            os.link(str(fd), tmp, src_dir_fd=fds, follow_symlinks=True)
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES):
                raise
            return False
        finally:
            os.close(fds)
    finally:
        os.close(fd)
    return True


# -- the demo folder -----------------------------------------------------------------------


class DemoFolder:
    """A new folder (0700) in the temp folder for one demo database, marked as in use
    by a locked file inside for as long as this process lives or until `remove()`."""

    def __init__(self) -> None:
        self.path = Path(tempfile.mkdtemp(prefix=DEMO_PREFIX))
        self._fd: int | None = os.open(
            self.path / DEMO_LOCK,
            os.O_RDWR | os.O_CREAT | os.O_EXCL | _BINARY | _CLOEXEC,
            PRIVATE_MODE,
        )
        try_lock(self._fd)

    def release(self) -> None:
        """Let go of the lock (the folder counts as left behind from now on)."""
        if self._fd is not None:
            _close(self._fd)
            self._fd = None

    def remove(self) -> None:
        """Remove the folder and everything in it."""
        self.release()
        shutil.rmtree(self.path, ignore_errors=True)


# -- at start -----------------------------------------------------------------------------


def clean_leftovers() -> list[Path]:
    """Remove what runs that were killed left behind: their temporary files and demo
    folders. Never raises; returns what was removed."""
    removed: list[Path] = []
    for step in (_clean_pending, _clean_demo_folders):
        try:
            removed += step()
        except Exception as exc:  # noqa: BLE001 - cleaning up never stops a start
            log.warning("cleaning up after an earlier run failed (%s)", _reason(exc))
    return removed


def _entries(folder: Path) -> Iterator[os.DirEntry[str]]:
    try:
        with os.scandir(folder) as found:
            yield from list(found)
    except FileNotFoundError:
        return


def _clean_pending() -> list[Path]:
    removed: list[Path] = []
    now = time.time()
    for entry in _entries(pending_dir()):
        if not entry.name.endswith(PENDING_SUFFIX):
            continue
        path = Path(entry.path)
        try:
            fd = os.open(path, os.O_RDWR | _BINARY | _CLOEXEC | _NOFOLLOW)
        except OSError:
            continue
        stale = False
        try:
            if not try_lock(fd):
                continue  # its process is still writing
            named = os.read(fd, 64 * 1024)
            if not named and now - os.fstat(fd).st_mtime < GRACE_SECONDS:
                continue  # may have been made this instant and not yet locked
            stale = True
            token = entry.name.removesuffix(PENDING_SUFFIX)
            if named and _remove_temporary(Path(os.fsdecode(named)), token):
                removed.append(Path(os.fsdecode(named)))
        except OSError as exc:
            log.warning("a journal entry could not be read (%s)", _reason(exc))
        finally:
            _close(fd, path if stale else None)
    return removed


def _close(fd: int, remove: Path | None = None) -> None:
    """Close a file we may hold a lock on, removing it first where that is allowed."""
    if sys.platform == "win32":
        import msvcrt

        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        os.close(fd)  # an open file cannot be removed there
        if remove is not None:
            with contextlib.suppress(OSError):
                remove.unlink()
        return
    if remove is not None:
        with contextlib.suppress(OSError):
            remove.unlink()
    os.close(fd)


def _remove_temporary(tmp: Path, token: str) -> bool:
    """Remove one of our temporary files, and nothing else a journal entry may name."""
    if not (tmp.name.startswith(".") and tmp.name.endswith(f".{token}{TMP_SUFFIX}")):
        log.warning("a journal entry names a file that is not one of ours; left alone")
        return False
    try:
        status = tmp.lstat()
    except OSError:
        return False  # gone already (renamed into place, or never created)
    if not os.path.isfile(tmp) or os.path.islink(tmp) or not _owned_by_me(status):
        return False
    try:
        tmp.unlink()
    except OSError as exc:
        log.warning("a temporary file of an earlier run could not be removed (%s)", _reason(exc))
        return False
    log.info("removed a temporary file left by an earlier run")
    return True


def _clean_demo_folders() -> list[Path]:
    removed: list[Path] = []
    now = time.time()
    for entry in _entries(Path(tempfile.gettempdir())):
        if not entry.name.startswith(DEMO_PREFIX) or not entry.is_dir(follow_symlinks=False):
            continue
        status = entry.stat(follow_symlinks=False)
        if not _owned_by_me(status):
            continue
        folder = Path(entry.path)
        if _demo_in_use(folder, now - status.st_mtime):
            continue
        shutil.rmtree(folder, ignore_errors=True)
        if not folder.exists():
            removed.append(folder)
            log.info("removed the demo folder of an earlier run")
    return removed


def _demo_in_use(folder: Path, age: float) -> bool:
    try:
        fd = os.open(folder / DEMO_LOCK, os.O_RDWR | _BINARY | _CLOEXEC | _NOFOLLOW)
    except FileNotFoundError:
        return age < GRACE_SECONDS  # just made, its lock not yet there
    except OSError:
        return True  # cannot tell: leave it
    try:
        return not try_lock(fd)
    finally:
        _close(fd)


def _reason(exc: BaseException) -> str:
    """An error for the log: its type and errno name, never a path or message."""
    number = getattr(exc, "errno", None)
    name = errno.errorcode.get(number, "") if isinstance(number, int) else ""
    return f"{type(exc).__name__} {name}".strip()


__all__ = [
    "DEMO_PREFIX",
    "PRIVATE_MODE",
    "DemoFolder",
    "clean_leftovers",
    "pending_dir",
    "temporary_name",
    "write_private",
]
