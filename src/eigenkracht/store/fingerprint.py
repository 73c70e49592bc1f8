"""The fingerprint of a database as it was when it was last closed whole: `<db>.verified`.

Opening checks that the file is whole (database._probe): SQLCipher keeps an HMAC for
every page, and checking all of them reads and authenticates the whole file, about
0.2 s of CPU for 75 MB, close to half the budget of unlocking. A file that is byte for
byte the one that was closed cleanly last time need not be authenticated again: it was
verified when it was opened, and since then only SQLCipher wrote it.

So at a clean close (no WAL left) the store writes the file's size and CRC-32 beside it,
and at the next open the CRC-32 is computed again while Argon2id derives the key (zlib
lets go of the interpreter lock, so the two run side by side). If size and CRC-32 match
and there is no WAL, the page check is skipped; in every other case — a byte changed
anywhere, a file cut off or copied from elsewhere, a WAL left by a crash, no
fingerprint or a damaged one — the full page check runs.

What this does not do: a CRC-32 is not a signature. Someone who damages the file on
purpose and writes a matching fingerprint escapes the check at open; SQLCipher still
refuses every page whose HMAC fails when it is read, so such a page is never shown or
built upon, it is only found later. Accidental damage (a failing disk, a broken copy, a
cut-off transfer) is found at open, short of a 1 in 4 billion chance.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
import zlib
from pathlib import Path

SUFFIX = ".verified"
FORMAT = "eigenkracht-verified"
PRIVATE_MODE = 0o600
_CHUNK = 1 << 20


def path_for(database: Path) -> Path:
    return database.with_name(database.name + SUFFIX)


def _wal_is_empty(database: Path) -> bool:
    try:
        return database.with_name(database.name + "-wal").stat().st_size == 0
    except FileNotFoundError:
        return True


def measure(database: Path) -> tuple[int, int]:
    """The size and CRC-32 of a file."""
    size, crc = 0, 0
    with open(database, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            size += len(chunk)
            crc = zlib.crc32(chunk, crc)
    return size, crc


def _recorded(database: Path) -> tuple[int, int] | None:
    try:
        with open(path_for(database), "rb") as handle:
            data = json.loads(handle.read(4096).decode("utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            return None
        size, crc = data["size"], data["crc32"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not (isinstance(size, int) and isinstance(crc, int)):
        return None
    return size, crc


class Pending:
    """The file's fingerprint, being computed in a thread of its own."""

    def __init__(self, database: Path, recorded: tuple[int, int]) -> None:
        self._database = database
        self._recorded = recorded
        self._measured: tuple[int, int] | None = None
        self._thread = threading.Thread(
            target=self._run, name="eigenkracht-fingerprint", daemon=True
        )
        self._thread.start()

    def _run(self) -> None:
        with contextlib.suppress(OSError):
            self._measured = measure(self._database)

    def unchanged(self) -> bool:
        """Whether the file is the one last closed whole (waits for the computation)."""
        self._thread.join()
        return (
            self._measured is not None
            and self._measured == self._recorded
            and _wal_is_empty(self._database)
        )


def start(database: Path) -> Pending | None:
    """Begin computing the fingerprint, if there is a recorded one to compare with and
    no WAL (with a WAL the file alone is not the database)."""
    recorded = _recorded(database)
    if recorded is None or not _wal_is_empty(database):
        return None
    return Pending(database, recorded)


def record(database: Path) -> None:
    """After a clean close: write the fingerprint of the file (0600). With a WAL left
    (another store of this process still has it open) nothing is recorded; an old
    fingerprint then no longer matches and simply causes a full check."""
    target = path_for(database)
    try:
        if not _wal_is_empty(database):
            return
        size, crc = measure(database)
        text = json.dumps({"format": FORMAT, "version": 1, "size": size, "crc32": crc})
        tmp = target.with_name(target.name + ".tmp")
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
        fd = os.open(tmp, flags, PRIVATE_MODE)
        with os.fdopen(fd, "wb") as handle:
            if hasattr(os, "fchmod"):
                os.fchmod(handle.fileno(), PRIVATE_MODE)
            handle.write(text.encode("utf-8"))
        os.replace(tmp, target)
    except OSError:
        with contextlib.suppress(OSError):
            target.unlink(missing_ok=True)


__all__ = ["SUFFIX", "Pending", "measure", "path_for", "record", "start"]
