"""The anchor of the access log outside the database: `<database>.anchor`.

The hash chain (audit.py) shows that a row was altered, deleted or cut off. But someone
who holds the passphrase can rewrite the whole log, or its tail, consistently: new
hashes, a new head in `meta`. So the head of the chain also leaves the file. The anchor
file beside the database keeps one line per anchoring, `<row id> <hash> <moment, UTC>`:

    # eigenkracht-anker 1: rij, hash, moment (UTC)
    0 0000000000000000000000000000000000000000000000000000000000000000 2026-11-23T09:00:00Z
    57 3f2a…(64 hex digits)…9c1d 2026-11-23T09:41:12Z

The file only grows: it is opened for appending, every line is synced to disk, and it is
created readable by its owner only (0600). A line torn by a crash or a power loss does
not parse; it is skipped (and the next line starts on a fresh line), never fatal.

When: after creating the database, whenever a Store is closed (lock, exit, the end of a
command), after every export and print (`Repository.log_export`), and every EVERY audit
rows during a long session. Never inside a transaction: only committed rows are
anchored, so a rolled-back operation can never leave an anchor the log does not have.

`check` compares (`compare`): every anchored row must still be in the log with the same
hash, and the log must reach the highest anchored row.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlcipher3 import dbapi2

from eigenkracht.core.errors import describe
from eigenkracht.store import audit

if TYPE_CHECKING:
    from sqlite_utils import Database

log = logging.getLogger(__name__)

SUFFIX = ".anchor"
HEADER = "# eigenkracht-anker 1: rij, hash, moment (UTC)\n"
EVERY = 100  # audit rows between two anchorings within one session
_LINE = re.compile(r"(\d{1,18}) ([0-9a-f]{64}) (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)")
_TAIL = 4096


def anchor_path(database: Path) -> Path:
    return database.with_name(database.name + SUFFIX)


@dataclass(frozen=True)
class Anchor:
    id: int
    hash: str
    ts: str
    line: int  # line number in the file, from 1


@dataclass(frozen=True)
class AnchorFile:
    path: Path
    exists: bool
    anchors: tuple[Anchor, ...] = ()
    unreadable: tuple[int, ...] = ()  # numbers of lines that are not an anchor (torn)

    @property
    def highest(self) -> Anchor | None:
        return max(self.anchors, key=lambda a: a.id, default=None)


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _parse(data: bytes, first_line: int = 1) -> tuple[list[Anchor], list[int]]:
    anchors: list[Anchor] = []
    unreadable: list[int] = []
    text = data.decode("ascii", errors="replace")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for number, line in enumerate(lines, start=first_line):
        if line.startswith("#"):
            continue
        match = _LINE.fullmatch(line)
        if match is None:
            unreadable.append(number)
            continue
        anchors.append(Anchor(int(match[1]), match[2], match[3], number))
    return anchors, unreadable


def read(database: Path) -> AnchorFile:
    """The whole anchor file. Raises OSError when it exists but cannot be read."""
    path = anchor_path(database)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return AnchorFile(path, exists=False)
    anchors, unreadable = _parse(data)
    return AnchorFile(path, True, tuple(anchors), tuple(unreadable))


def _tail(path: Path) -> bytes:
    with open(path, "rb") as handle:
        size = handle.seek(0, os.SEEK_END)
        handle.seek(max(0, size - _TAIL))
        data = handle.read()
    if size > _TAIL:  # the first line of the window may be cut; drop it
        cut = data.find(b"\n")
        data = data[cut + 1 :] if cut >= 0 else b""
    return data


def last(database: Path) -> Anchor | None:
    """The newest anchor in the file (read from its end only), None when there is none."""
    try:
        anchors, _ = _parse(_tail(anchor_path(database)))
    except FileNotFoundError:
        return None
    return anchors[-1] if anchors else None


def append(database: Path, head: audit.Head, ts: str | None = None) -> None:
    """Add one line for `head`, synced to disk. Raises OSError."""
    path = anchor_path(database)
    line = f"{head.id} {head.hash} {ts or _now()}\n".encode("ascii")
    try:
        with open(path, "rb") as handle:
            size = handle.seek(0, os.SEEK_END)
            if size:
                handle.seek(size - 1)
            ends_clean = not size or handle.read(1) == b"\n"
    except FileNotFoundError:
        size, ends_clean = 0, True
    if size == 0:
        data = HEADER.encode("ascii") + line
    elif ends_clean:
        data = line
    else:  # a torn last line: leave it, start on a fresh line
        data = b"\n" + line
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o600)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    finally:
        os.close(fd)
    if size == 0:
        _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Make a new file's name durable too (POSIX; Windows has no folder handles)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def record(database: Path, db: Database) -> audit.Head | None:
    """Anchor the current head of the log, unless the file already ends with it.
    Inside an open transaction nothing is anchored (None): only committed rows are.
    Raises OSError or a database error."""
    if db.conn.in_transaction:
        return None
    head = audit.head(db)
    previous = last(database)
    if previous is None or (previous.id, previous.hash) != (head.id, head.hash):
        append(database, head)
    return head


def record_quietly(database: Path, db: Database) -> audit.Head | None:
    """record(), but a failure (read-only folder, full disk, damaged database) is only
    logged: anchoring never stops a close, an export or a print."""
    try:
        return record(database, db)
    except (OSError, dbapi2.Error) as exc:
        log.warning("the access log could not be anchored: %s", describe(exc))
        return None


def copy_beside(database: Path, target: Path) -> None:
    """Copy the anchor file along with a backup copy of the database (if there is one)."""
    source = anchor_path(database)
    if source.exists():
        shutil.copy2(source, anchor_path(target))


# -- comparing the log with the anchors (eigenkracht check) -------------------------------


@dataclass(frozen=True)
class AnchorReport:
    file: AnchorFile
    problem: str = ""  # Dutch: what was found; the log does not match the anchors
    warnings: list[str] = field(default_factory=list)  # Dutch: worth knowing, not a finding

    @property
    def ok(self) -> bool:
        return not self.problem


def _when(ts: str) -> str:
    return ts.replace("T", " ").replace("Z", " UTC")


def compare(db: Database, found: AnchorFile) -> AnchorReport:
    """Compare the log with the anchor file: every anchored (id, hash) must be in the
    log, and the log must reach the highest anchored row."""
    name = found.path.name
    warnings: list[str] = []
    if found.unreadable:
        lines = ", ".join(str(n) for n in found.unreadable[:5])
        warnings.append(
            f"{len(found.unreadable)} onleesbare regel(s) in {name} overgeslagen (regel {lines}); "
            "dat gebeurt bij een stroomstoring of vastloper tijdens het schrijven"
        )
    head = audit.head(db)
    if not found.anchors:
        if head.id > 0:
            missing = "er is geen ankerbestand" if not found.exists else "er staat geen anker in"
            warnings.append(
                f"let op: {missing} {name}. Daardoor is niet vast te stellen of het hele "
                "logboek of het eind ervan is herschreven"
            )
        return AnchorReport(found, warnings=warnings)
    matched: Anchor | None = None  # the highest anchor that checks out so far
    for anchor in sorted(found.anchors, key=lambda a: (a.id, a.line)):
        if anchor.id == 0:
            if anchor.hash != audit.GENESIS:
                return AnchorReport(
                    found, f"regel {anchor.line} van {name} is geen geldig anker", warnings
                )
            continue
        row = db.execute("SELECT hash FROM audit_log WHERE id = ?", [anchor.id]).fetchone()
        when = _when(anchor.ts)
        if row is None and anchor.id > head.id:
            if head.id == 0:
                problem = (
                    f"het logboek is leeg, maar op {when} stond rij {anchor.id} er al in "
                    f"(volgens {name}): alle rijen zijn verwijderd"
                )
            else:
                problem = (
                    f"het logboek eindigt bij rij {head.id}, maar op {when} stond rij "
                    f"{anchor.id} er al in (volgens {name}): rijen aan het eind zijn verwijderd"
                )
            return AnchorReport(found, problem, warnings)
        if row is None:
            return AnchorReport(
                found,
                f"rij {anchor.id} ontbreekt, maar stond er op {when} wel in (volgens {name})",
                warnings,
            )
        if row[0] != anchor.hash:
            since = min(matched.id + 1 if matched is not None else 1, anchor.id)
            return AnchorReport(
                found,
                f"het logboek is herschreven: rij {anchor.id} is niet meer dezelfde als op "
                f"{when} (volgens {name}); de wijziging zit in rij {since} t/m {anchor.id}",
                warnings,
            )
        matched = anchor
    return AnchorReport(found, warnings=warnings)


__all__ = [
    "EVERY",
    "Anchor",
    "AnchorFile",
    "AnchorReport",
    "anchor_path",
    "append",
    "compare",
    "copy_beside",
    "last",
    "read",
    "record",
    "record_quietly",
]
