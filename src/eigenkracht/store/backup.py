"""A backup of the whole database as one file, and its restore (docs/backup.md).

The file (`.ekbackup`) is:

    EIGENKRACHT-RESERVEKOPIE 1\\n          the magic line with the format version
    {"format": ..., ...}\\n                 one line of JSON: the header (below)
    <the database, still encrypted>       exactly header["database"]["bytes"] bytes

The header holds what is needed to open and check the copy, and nothing about a client:
when it was made, by which program version, the schema's migrations, the number of cases,
the key file's parameters (salt and Argon2id settings: the same passphrase opens the copy),
the anchor file (row ids and hashes of the access log), the SHA-256 of the encrypted bytes
(a cut-off or damaged file is refused before anything is decrypted) and a digest of the
decrypted content of every table (the restored copy must hold exactly what was copied).

Making it: the database is copied with `VACUUM INTO` on the open connection (one read
transaction: a consistent snapshot, while the program runs), into a private folder beside
the database; the copy is attached on the same connection (SQLCipher gives it the same key)
and its content compared with the database's; only then is the backup file written, as
`<name>.part` first, synced, and renamed.

Restoring: into a new location only. The database, key file and anchor are written into a
private folder beside the target, opened with the passphrase, checked (page check, the chain
of the access log, the anchor, the content digest, the number of cases), and only then moved
to their names: the key file and anchor first, the database last. Nothing existing is
replaced; on any problem nothing is left behind.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eigenkracht import __version__
from eigenkracht.core.errors import N_, Said, os_said, write_said
from eigenkracht.store import anchor, crypto
from eigenkracht.store.database import DatabaseError, open_database, store_error
from eigenkracht.store.errors import StoreError, WrongPassphrase

MAGIC = "EIGENKRACHT-RESERVEKOPIE"
FORMAT = "eigenkracht-reservekopie"
VERSION = 1
SUFFIX = ".ekbackup"
HEADER_LIMIT = 256 * 1024  # the header line; an anchor file of a busy year fits easily
CHUNK = 1024 * 1024
_MAGIC_LINE = re.compile(rb"EIGENKRACHT-RESERVEKOPIE ([0-9]{1,4})\n")
_HEX64 = re.compile(r"[0-9a-f]{64}")

# (stage, done, total): making a backup goes through "copy" (the snapshot and its check,
# no steps within), then "write" (bytes); a restore through "unpack" (bytes), then "check"
# (opening and checking, no steps within).
Progress = Callable[[str, int, int], None]


class BackupError(StoreError):
    """A backup that cannot be made or a file that cannot be restored: one Dutch line."""


@dataclass(frozen=True)
class BackupInfo:
    """What the header of a backup says (nothing about a client)."""

    created_at: str  # UTC, ISO 8601 with seconds
    program: str
    schema: tuple[str, ...]
    cases: int
    database_bytes: int
    database_sha256: str
    content: str  # digest of the decrypted content of every table
    kdf: crypto.KdfParams
    anchor_text: str

    def header(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "created_at": self.created_at,
            "program": self.program,
            "schema": list(self.schema),
            "cases": self.cases,
            "database": {"bytes": self.database_bytes, "sha256": self.database_sha256},
            "content": self.content,
            "kdf": json.loads(self.kdf.to_json()),
            "anchor": self.anchor_text,
        }


# --- the content digest -------------------------------------------------------------------


def _tables(conn: Any, schema: str) -> list[tuple[str, bool]]:
    """The tables that hold data, with whether they lack a rowid. A virtual table (the
    search index) is left out: its rows are in its shadow tables, which are counted."""
    rows = conn.execute(
        f"SELECT name, sql FROM {schema}.sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    tables: list[tuple[str, bool]] = []
    for name, sql in rows:
        text = " ".join(str(sql or "").upper().split())
        if not text.startswith("CREATE VIRTUAL TABLE"):
            tables.append((str(name), "WITHOUT ROWID" in text))
    return tables


def content_digest(conn: Any, schema: str = "main") -> tuple[str, int]:
    """A SHA-256 over every table's name, columns and rows (in rowid order), and the number
    of cases. The same for a database and an exact copy of it, whatever its pages are.
    Rows go in as their Python repr (exact for text, numbers, bytes and NULL), one a line."""
    digest = hashlib.sha256()
    for name, without_rowid in _tables(conn, schema):
        quoted = '"' + name.replace('"', '""') + '"'
        cursor = conn.execute(f"SELECT * FROM {schema}.{quoted} LIMIT 0")
        columns = [str(d[0]) for d in cursor.description or ()]
        order = ", ".join(str(i + 1) for i in range(len(columns))) if without_rowid else "rowid"
        digest.update(repr(("table", name, columns)).encode("utf-8", "surrogatepass") + b"\n")
        cursor = conn.execute(f"SELECT * FROM {schema}.{quoted} ORDER BY {order}")
        while rows := cursor.fetchmany(5000):
            digest.update("\n".join(map(repr, rows)).encode("utf-8", "surrogatepass") + b"\n")
    (cases,) = conn.execute(f"SELECT count(*) FROM {schema}.cases").fetchone()
    return digest.hexdigest(), int(cases)


# --- making a backup ----------------------------------------------------------------------


@contextlib.contextmanager
def _private_folder(beside: Path, prefix: str) -> Iterator[Path]:
    """A folder only the user may enter (0700), beside `beside`, removed with all it holds."""
    try:
        folder = Path(tempfile.mkdtemp(prefix=prefix, dir=beside))
    except OSError as exc:
        raise BackupError.of(write_said(beside, exc)) from None
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _create_private(path: Path) -> int:
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)


def _sha256_of(path: Path, skip: int = 0) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        handle.seek(skip)
        while block := handle.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def _anchor_text(database: Path) -> str:
    try:
        return anchor.anchor_path(database).read_text(encoding="ascii", errors="replace")
    except FileNotFoundError:
        return ""
    except OSError as exc:
        raise BackupError.of(os_said(exc)) from None


def _snapshot(conn: Any, copy: Path) -> tuple[str, int]:
    """VACUUM INTO `copy`: one read transaction, so a consistent copy while the program
    runs. Then, with nothing written in between (this is the only connection, and this
    thread the only one using it), the content digest of the database: a restore must
    give exactly that. The copy's pages are checked (SQLCipher's authentication of every
    page) before the file is written."""
    fd = _create_private(copy)  # VACUUM INTO takes an empty file; this one is 0600
    os.close(fd)
    conn.execute("VACUUM INTO ?", [str(copy)])
    digest, cases = content_digest(conn, "main")
    conn.execute("ATTACH DATABASE ? AS backup_copy", [str(copy)])  # the same key
    try:
        damaged = conn.execute("PRAGMA backup_copy.cipher_integrity_check").fetchall()
        (copied_cases,) = conn.execute("SELECT count(*) FROM backup_copy.cases").fetchone()
    finally:
        conn.execute("DETACH DATABASE backup_copy")
    if damaged or copied_cases != cases:
        raise BackupError.say(
            "backup.kopie-database-klopt-met",
            N_(
                "De kopie van de database klopt niet met het origineel. Er is geen "
                "reservekopie gemaakt; probeer het opnieuw."
            ),
        )
    return digest, cases


def write_backup(
    conn: Any,
    database: Path,
    out: Path,
    *,
    schema: list[str],
    created_at: str,
    progress: Progress | None = None,
) -> BackupInfo:
    """Write a backup of the open database (`conn`, the file at `database`) to `out`.
    Raises BackupError (a Dutch line); then `out` does not exist or is untouched."""
    out = Path(out)
    if out.exists():
        raise BackupError.say(
            "store.exists",
            N_("Er staat al een bestand {name}. Kies een andere naam."),
            name=out.name,
        )
    if not out.parent.is_dir():
        raise BackupError.say(
            "backup.map-bestaat", N_("De map {parent} bestaat niet."), parent=out.parent
        )
    try:
        kdf = crypto.read_kdf(crypto.kdf_path(database))
    except (OSError, crypto.KdfFileError):
        raise BackupError.say(
            "backup.sleutelbestand-naast-kan-worden",
            N_(
                "Het sleutelbestand naast {name} kan niet worden gelezen. Er is geen "
                "reservekopie gemaakt."
            ),
            name=database.name,
        ) from None
    anchor_text = _anchor_text(database)
    with _private_folder(database.parent, ".eigenkracht-kopie-") as folder:
        copy = folder / "database"
        try:
            if progress is not None:
                progress("copy", 0, 0)
            digest, cases = _snapshot(conn, copy)
            size = copy.stat().st_size
            info = BackupInfo(
                created_at=created_at,
                program=__version__,
                schema=tuple(schema),
                cases=cases,
                database_bytes=size,
                database_sha256=_sha256_of(copy),
                content=digest,
                kdf=kdf,
                anchor_text=anchor_text,
            )
            _write_file(out, info, copy, progress)
        except OSError as exc:
            raise BackupError.of(write_said(out, exc)) from None
        except DatabaseError as exc:
            raise store_error(exc, database) from None
    return info


def _write_file(out: Path, info: BackupInfo, copy: Path, progress: Progress | None) -> None:
    part = out.with_name(out.name + ".part")
    header = json.dumps(info.header(), ensure_ascii=True, separators=(",", ":")) + "\n"
    head = f"{MAGIC} {VERSION}\n".encode("ascii") + header.encode("ascii")
    try:
        fd = _create_private(part)
    except FileExistsError:
        part.unlink()  # left by an earlier attempt that was cut off: ours, and incomplete
        fd = _create_private(part)
    try:
        with os.fdopen(fd, "wb") as target, open(copy, "rb") as source:
            target.write(head)
            done = 0
            if progress is not None:
                progress("write", 0, info.database_bytes)
            while block := source.read(CHUNK):
                target.write(block)
                done += len(block)
                if progress is not None:
                    progress("write", done, info.database_bytes)
            target.flush()
            os.fsync(target.fileno())
        if _sha256_of(part, skip=len(head)) != info.database_sha256:  # read back what is there
            raise BackupError.say(
                "backup.reservekopie-goed-weggeschreven-controle",
                N_(
                    "De reservekopie in {name} is niet goed weggeschreven (de controle klopt "
                    "niet). Probeer het opnieuw, eventueel op een andere schijf of stick."
                ),
                name=out.name,
            )
        os.replace(part, out)
        with contextlib.suppress(OSError):
            crypto.fsync_dir(out.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise


# --- reading a backup ---------------------------------------------------------------------

NOT_A_BACKUP = Said(
    "backup.not-a-backup",
    N_("Dit bestand is geen reservekopie van eigenkracht. Er is niets veranderd."),
)
DAMAGED = Said(
    "backup.damaged",
    N_(
        "De reservekopie is beschadigd of niet compleet (bijvoorbeeld afgebroken tijdens het "
        "kopiëren). Er is niets veranderd."
    ),
)
TOO_NEW = Said(
    "backup.too-new",
    N_(
        "Deze reservekopie is gemaakt met een nieuwere versie van eigenkracht. Werk het "
        "programma bij en probeer het opnieuw. Er is niets veranderd."
    ),
)


def _read_head(handle: Any) -> tuple[BackupInfo, int]:
    first = handle.readline(64)
    match = _MAGIC_LINE.fullmatch(first)
    if match is None:
        raise BackupError.of(NOT_A_BACKUP)
    if int(match[1]) > VERSION:
        raise BackupError.of(TOO_NEW)
    if int(match[1]) != VERSION:
        raise BackupError.of(NOT_A_BACKUP)
    line = handle.readline(HEADER_LIMIT)
    if not line.endswith(b"\n"):
        raise BackupError.of(DAMAGED)
    try:
        data = json.loads(line.decode("ascii"))
        info = _info_from(data)
    except (ValueError, KeyError, TypeError, crypto.KdfFileError):
        raise BackupError.of(DAMAGED) from None
    return info, len(first) + len(line)


def _info_from(data: Any) -> BackupInfo:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError("format")
    if data.get("version") != VERSION:
        raise ValueError("version")
    database = data["database"]
    schema = data["schema"]
    texts = [data["created_at"], data["program"], data["content"], data["anchor"]]
    if not all(isinstance(t, str) for t in texts) or not isinstance(database, dict):
        raise ValueError("types")
    if not isinstance(schema, list) or not all(isinstance(s, str) for s in schema):
        raise ValueError("schema")
    size, sha = database["bytes"], database["sha256"]
    cases = data["cases"]
    for number in (size, cases):
        if not isinstance(number, int) or isinstance(number, bool) or number < 0:
            raise ValueError("number")
    if not isinstance(sha, str) or not _HEX64.fullmatch(sha):
        raise ValueError("sha256")
    if not _HEX64.fullmatch(data["content"]):
        raise ValueError("content")
    return BackupInfo(
        created_at=data["created_at"],
        program=data["program"],
        schema=tuple(schema),
        cases=cases,
        database_bytes=size,
        database_sha256=sha,
        content=data["content"],
        kdf=crypto.KdfParams.from_json(json.dumps(data["kdf"])),
        anchor_text=data["anchor"],
    )


def read_info(path: Path) -> BackupInfo:
    """The header of the backup at path, checked against the file's length. Raises
    BackupError."""
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            info, offset = _read_head(handle)
            size = os.fstat(handle.fileno()).st_size
    except FileNotFoundError:
        raise BackupError.say(
            "os.missing", N_("Het bestand {name} bestaat niet."), name=path.name
        ) from None
    except IsADirectoryError:
        raise BackupError.say(
            "backup.map-geen-reservekopie",
            N_("{name} is een map, geen reservekopie."),
            name=path.name,
        ) from None
    except OSError as exc:
        raise BackupError.of(os_said(exc)) from None
    if size - offset != info.database_bytes:
        raise BackupError.of(DAMAGED)
    return info


# --- restoring ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Restored:
    path: Path
    info: BackupInfo


def restore_backup(
    backup: Path,
    target: Path,
    passphrase: str,
    *,
    worker: str | None = None,
    progress: Progress | None = None,
) -> Restored:
    """Restore the backup into a new database at `target` (with its key file and anchor),
    checked before it gets its name. Raises BackupError (or a StoreError) with a Dutch
    line; then nothing exists at target that was not there before."""
    from eigenkracht.store import audit
    from eigenkracht.store.migrations import known_names
    from eigenkracht.store.repository import Repository

    backup, target = Path(backup), Path(target)
    info = read_info(backup)
    if set(info.schema) - set(known_names()):
        raise BackupError.of(TOO_NEW)
    siblings = [target, crypto.kdf_path(target), anchor.anchor_path(target)]
    if any(p.exists() for p in siblings):
        raise BackupError.say(
            "backup.staat-al-database-zet",
            N_(
                "Er staat al een database {name}. Zet de reservekopie terug onder een "
                "nieuwe naam; er wordt nooit iets overschreven."
            ),
            name=target.name,
        )
    if not target.parent.is_dir():
        raise BackupError.say(
            "backup.map-bestaat", N_("De map {parent} bestaat niet."), parent=target.parent
        )
    with _private_folder(target.parent, ".eigenkracht-herstel-") as folder:
        staged = folder / target.name
        try:
            _unpack(backup, staged, info, progress)
            crypto.write_kdf(crypto.kdf_path(staged), info.kdf)
            if info.anchor_text:
                fd = _create_private(anchor.anchor_path(staged))
                with os.fdopen(fd, "w", encoding="ascii", errors="replace") as handle:
                    handle.write(info.anchor_text)
        except OSError as exc:
            raise BackupError.of(write_said(target, exc)) from None
        if progress is not None:
            progress("check", 0, 0)
        try:
            store = open_database(staged, passphrase, worker=worker, migrate=False)
        except StoreError as exc:
            if isinstance(exc, WrongPassphrase):
                raise BackupError.say(
                    "backup.wachtwoordzin-past-bij-deze",
                    N_(
                        "De wachtwoordzin past niet bij deze reservekopie. Gebruik de "
                        "wachtwoordzin die gold toen de kopie werd gemaakt. Er is niets "
                        "veranderd."
                    ),
                ) from None
            raise BackupError.of(DAMAGED) from None
        try:
            repo = Repository(store, origin="herstel")
            problems = store.integrity_problems()
            chain = audit.verify(store.db)
            anchored = anchor.compare(store.db, anchor.read(staged))
            digest, cases = content_digest(store.conn)
            if (
                problems
                or not chain.ok
                or not anchored.ok
                or (digest, cases)
                != (
                    info.content,
                    info.cases,
                )
            ):
                raise BackupError.say(
                    "backup.teruggezette-kopie-klopt-met",
                    N_(
                        "De teruggezette kopie klopt niet met de reservekopie (de controle is "
                        "niet geslaagd). Er is niets veranderd."
                    ),
                )
            repo.record_restore(info.created_at)
        except OSError as exc:
            store.close()
            raise BackupError.of(os_said(exc)) from None
        except BaseException:
            store.close()
            raise
        store.close()
        try:
            for name in (anchor.anchor_path, crypto.kdf_path):
                if name(staged).exists():
                    os.replace(name(staged), name(target))
            os.replace(staged, target)
            crypto.fsync_dir(target.parent)
        except OSError as exc:
            for made in siblings:
                with contextlib.suppress(OSError):
                    made.unlink(missing_ok=True)
            raise BackupError.of(write_said(target, exc)) from None
    return Restored(target, info)


def _unpack(backup: Path, staged: Path, info: BackupInfo, progress: Progress | None) -> None:
    """Copy the database bytes out of the backup, checking their SHA-256 on the way."""
    digest = hashlib.sha256()
    with open(backup, "rb") as source:
        _read_head(source)  # checked again: the file may have changed since read_info
        fd = _create_private(staged)
        with os.fdopen(fd, "wb") as target:
            done = 0
            if progress is not None:
                progress("unpack", 0, info.database_bytes)
            while block := source.read(CHUNK):
                digest.update(block)
                target.write(block)
                done += len(block)
                if progress is not None:
                    progress("unpack", done, info.database_bytes)
            target.flush()
            os.fsync(target.fileno())
    if done != info.database_bytes or digest.hexdigest() != info.database_sha256:
        raise BackupError.of(DAMAGED)
