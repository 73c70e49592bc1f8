"""Create, open, migrate and rekey the encrypted database.

The database is an SQLCipher 4 file opened with a raw 256-bit key from
Argon2id (see crypto.py). sqlite-utils runs on top of it: `sqlcipher3` is
registered as `pysqlite3` before sqlite-utils is imported, so sqlite-utils
catches the right exception classes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import getpass
import logging
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlcipher3 import dbapi2

sys.modules.setdefault("pysqlite3", sqlcipher3)
sys.modules.setdefault("pysqlite3.dbapi2", dbapi2)

from sqlite_utils import Database  # noqa: E402

from eigenkracht.core.errors import N_  # noqa: E402
from eigenkracht.store import anchor, crypto, fingerprint, lockfile  # noqa: E402
from eigenkracht.store.errors import (  # noqa: E402  (re-exported: the old import path)
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseExists,
    DatabaseMissing,
    DatabaseReadOnly,
    DatabaseTooNew,
    DiskError,
    DiskFull,
    KeyFileDamaged,
    NotADatabase,
    StoreError,
    WrongPassphrase,
)
from eigenkracht.store.migrations import MIGRATION_SET, known_names, migrations  # noqa: E402

log = logging.getLogger(__name__)

APPLICATION_ID = 0x45474B52  # "EGKR"
SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"
DatabaseError = dbapi2.DatabaseError
BUSY_TIMEOUT_MS = 5000  # how long a write waits for another writer before giving up
PRIVATE_MODE = 0o600
# Tables every eigenkracht database has from its first migration on; without them the
# file is incomplete (its creation was cut off) and it is refused.
REQUIRED_TABLES = frozenset({"_sqlite_migrations", "meta", "cases", "audit_log"})

# SQLite's primary result codes (the low byte of an extended code).
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_NOMEM = 7
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26


def _sqlite_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def _writable(path: Path) -> bool:
    """Whether the database, its companions and its folder may be written to."""
    folder = path.parent
    if not os.access(folder, os.W_OK | os.X_OK):
        return False
    companions = [path, *(path.with_name(path.name + s) for s in ("-wal", "-shm"))]
    return all(os.access(p, os.W_OK) for p in companions if p.exists())


def read_only_error(path: Path | None) -> DatabaseReadOnly:
    if path is None:
        return DatabaseReadOnly.say(
            "store.read-only",
            N_(
                "In de database mag niet worden geschreven (alleen-lezen). Het bestand is in "
                "orde, maar eigenkracht moet erin kunnen schrijven. Er is niets veranderd."
            ),
        )
    return DatabaseReadOnly.say(
        "store.read-only-file",
        N_(
            "In {name} of in de map waarin het staat mag niet worden geschreven (alleen-lezen). "
            "Het bestand is in orde, maar eigenkracht moet erin kunnen schrijven. Er is niets "
            "veranderd."
        ),
        name=path.name,
    )


def store_error(exc: BaseException, path: Path | None = None) -> StoreError:
    """The StoreError for a database or file error, chosen by its SQLite result code or
    errno, never by its (English) text. Its message says what happened in Dutch."""
    if isinstance(exc, StoreError):
        return exc
    name = path.name if path is not None else ""
    # Without a path the sentences say "de database" without a name (not "De database  is").
    code = _sqlite_code(exc)
    number = exc.errno if isinstance(exc, OSError) else None
    if code in (SQLITE_BUSY, SQLITE_LOCKED) or (
        isinstance(exc, OSError) and getattr(exc, "winerror", None) in (32, 33)
    ):
        if not name:
            return DatabaseBusy.say(
                "store.busy",
                N_(
                    "De database is bezet door een ander programma. Probeer het zo opnieuw. "
                    "Er is niets veranderd."
                ),
            )
        return DatabaseBusy.say(
            "store.busy",
            N_(
                "De database {name} is bezet door een ander programma. Probeer het zo "
                "opnieuw. Er is niets veranderd."
            ),
            name=name,
        )
    if code == SQLITE_FULL or number in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DiskFull.say(
            "os.disk-full",
            N_(
                "De schijf is vol. Er is niets opgeslagen; maak ruimte vrij en probeer het opnieuw."
            ),
        )
    if code in (SQLITE_READONLY, SQLITE_PERM) or number in (errno.EACCES, errno.EPERM, errno.EROFS):
        return read_only_error(path)
    if code == SQLITE_CANTOPEN and path is not None and not _writable(path):
        return read_only_error(path)
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        if path is None:
            return DatabaseDamaged.say(
                "store.damaged",
                N_(
                    "Het bestand met de gegevens is beschadigd: een deel ervan kan niet meer "
                    "worden gelezen. Er is niets aan veranderd. Zet een reservekopie terug."
                ),
            )
        return _damaged(path.name)
    if code == SQLITE_NOMEM or isinstance(exc, MemoryError):
        return StoreError.say(
            "store.no-memory",
            N_("Er is te weinig geheugen vrij. Sluit andere programma's en probeer het opnieuw."),
        )
    if number == errno.ENOENT and not name:
        return DatabaseMissing.say("store.gone", N_("De database bestaat niet (meer)."))
    if number == errno.ENOENT:
        return DatabaseMissing.say(
            "store.gone", N_("De database {name} bestaat niet (meer)."), name=name
        )
    if (code in (SQLITE_IOERR, SQLITE_CANTOPEN) or isinstance(exc, OSError)) and not name:
        return DiskError.say(
            "store.disk-error",
            N_(
                "De database kon niet worden gelezen of geschreven (een fout van de schijf of "
                "het systeem). Er is niets veranderd."
            ),
        )
    if code in (SQLITE_IOERR, SQLITE_CANTOPEN) or isinstance(exc, OSError):
        return DiskError.say(
            "store.disk-error",
            N_(
                "De database {name} kon niet worden gelezen of geschreven (een fout van de "
                "schijf of het systeem). Er is niets veranderd."
            ),
            name=name,
        )
    return StoreError.say(
        "store.unexpected", N_("De database gaf een onverwachte fout. Er is niets veranderd.")
    )


def _damaged(name: str) -> DatabaseDamaged:
    return DatabaseDamaged.say(
        "store.damaged",
        N_(
            "Het bestand {name} is beschadigd: een deel ervan kan niet meer worden gelezen. "
            "Er is niets aan veranderd. Zet een reservekopie terug."
        ),
        name=name,
    )


def now_iso() -> str:
    """The current moment in UTC, ISO 8601 with seconds."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def default_worker() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "onbekend"


class Store:
    """An open, unlocked database. Close it to lock (the key is dropped)."""

    anchor_on_close = True  # closing anchors the access log (anchor.py); off for `check`

    def __init__(
        self,
        path: Path,
        db: Database,
        worker: str,
        on_behalf_of: str = "",
        *,
        lock: lockfile.DatabaseLock | None = None,
    ) -> None:
        self.path = path
        self.db = db
        self.worker = worker
        self.on_behalf_of = on_behalf_of
        self._lock = lock  # one program at a time (lockfile.py); released on close
        self._rekey_pending = False  # re-encrypted, but the new key file not yet in place

    @property
    def conn(self) -> Any:
        return self.db.conn

    def close(self) -> None:
        try:
            if self.anchor_on_close:
                anchor.record_quietly(self.path, self.db)
            with contextlib.suppress(DatabaseError):
                self.db.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
            if self._rekey_pending:
                with contextlib.suppress(StoreError, DatabaseError, OSError):
                    self._finish_rekey()
            self.db.close()
            if self._lock is not None:
                fingerprint.record(self.path)  # closed whole: the next open may trust it
        finally:
            if self._lock is not None:
                self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """One operation, one transaction. It begins IMMEDIATE: the write lock is taken
        at the start (waiting up to BUSY_TIMEOUT_MS for another writer), so a busy
        database is reported before anything is done, and two writers never interleave.
        A transaction inside a transaction is a savepoint."""
        conn = self.db.conn
        if conn.in_transaction:
            with self.db.atomic() as db:
                yield db
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        try:
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def schema_names(self) -> list[str]:
        return [m.name for m in migrations.applied(self.db)]

    def integrity_problems(self) -> list[str]:
        """PRAGMA integrity_check, SQLCipher's page authentication check and the foreign
        keys, each problem as a Dutch line (SQLite's own English text is not shown)."""
        problems: list[str] = []
        structure = [str(r[0]) for r in self.conn.execute("PRAGMA integrity_check").fetchall()]
        structure = [p for p in structure if p != "ok"]
        if structure:
            problems.append(f"de opbouw van de database klopt niet ({len(structure)} meldingen)")
        for row in self.conn.execute("PRAGMA cipher_integrity_check").fetchall():
            page = "".join(ch for ch in str(row[0]) if ch.isdigit())
            problems.append(f"pagina {page or '?'} is beschadigd (de versleuteling klopt niet)")
        for row in self.conn.execute("PRAGMA foreign_key_check").fetchall():
            problems.append(f"rij {row[1]} van {row[0]} verwijst naar iets dat niet bestaat")
        return problems

    def rekey(self, new_passphrase: str, params: crypto.KdfParams | None = None) -> None:
        """Change the passphrase, so that a power loss at any moment leaves a database
        that opens with exactly one of the two passphrases (docs/security.md):

        1. the new key file is written as `<db>.kdf.new` (file and folder synced);
        2. every page is re-encrypted in one transaction, synced at its commit
           (synchronous = FULL): from this moment the new passphrase holds;
        3. the WAL is checkpointed into the database file, which is synced;
        4. `<db>.kdf.new` is renamed over `<db>.kdf` and the folder is synced.

        An interruption before 2 leaves the old passphrase (the next open removes the
        unused new key file); after 2 the new one (the next open finishes 3 and 4)."""
        check_passphrase_strength(new_passphrase)
        params = params or crypto.KdfParams.new()
        key = params.derive(new_passphrase)
        params = params.with_check(key)
        pending = _pending_kdf(crypto.kdf_path(self.path))
        try:
            crypto.write_kdf(pending, params)
        except OSError as exc:
            with contextlib.suppress(OSError):
                pending.unlink(missing_ok=True)
            problem = store_error(exc, self.path)
            raise type(problem).say(
                "store.rekey-not-written",
                N_(
                    "{problem} De wachtwoordzin is niet gewijzigd; de oude wachtwoordzin "
                    "blijft geldig."
                ),
                problem=problem.said or str(problem),
            ) from None
        try:
            with _synchronous_full(self.conn):
                _rekey_pages(self.conn, key)
        except DatabaseError as exc:
            with contextlib.suppress(OSError):
                _drop_pending(pending)
            log.warning("rekey failed (%s)", _code_name(exc))
            raise StoreError.say(
                "store.rekey-failed",
                N_(
                    "De wachtwoordzin kon niet worden gewijzigd. De wachtwoordzin is niet "
                    "gewijzigd; de oude wachtwoordzin blijft geldig."
                ),
            ) from None
        self._rekey_pending = True
        try:
            self._finish_rekey()
        except (StoreError, DatabaseError, OSError) as exc:
            # The new passphrase holds already; closing or the next open finishes it.
            log.warning("rekey not yet finished (%s)", _code_name(exc))

    def _finish_rekey(self) -> None:
        """Steps 3 and 4 of rekey()."""
        _checkpoint_durably(self.conn, self.path)
        kdf = crypto.kdf_path(self.path)
        os.replace(_pending_kdf(kdf), kdf)
        crypto.fsync_dir(kdf.parent)
        self._rekey_pending = False


def check_passphrase_strength(passphrase: str) -> None:
    if len(passphrase) < 8:
        raise StoreError.say(
            "store.passphrase-short", N_("Kies een wachtwoordzin van minstens 8 tekens.")
        )


def _connect(path: Path, key: bytes, query: str = "") -> Any:
    """A keyed connection: read-write, or with `query` a URI connection (read-only)."""
    try:
        if query:
            conn = dbapi2.connect(f"{path.resolve().as_uri()}?{query}", uri=True)
        else:
            conn = dbapi2.connect(str(path))
        conn.execute("PRAGMA cipher_log_level = NONE")  # SQLCipher writes to stderr otherwise
        conn.execute(f"PRAGMA key = {crypto.raw_key_pragma(key)}")
    except DatabaseError as exc:
        raise store_error(exc, path) from None
    return conn


def _sibling(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _read_only_query(path: Path) -> str:
    """How to read the database without writing anything beside it. Without a WAL the
    file alone is the database (`immutable`: no -wal, -shm or locks are made). With one,
    the WAL-index is read but not written when it exists (`readonly_shm`); only when it
    is missing must SQLite make it to read the WAL."""
    wal = _sibling(path, "-wal")
    try:
        wal_size = wal.stat().st_size
    except FileNotFoundError:
        wal_size = 0
    if wal_size == 0:
        return "mode=ro&immutable=1"
    if _sibling(path, "-shm").exists():
        return "mode=ro&readonly_shm=1"
    return "mode=ro"


def _key_file_missing(kdf: Path, path: Path) -> NotADatabase:
    return NotADatabase.say(
        "store.key-file-missing",
        N_("Het sleutelbestand {key_file} ontbreekt. Het hoort naast {name} te staan."),
        key_file=kdf.name,
        name=path.name,
    )


def _page_one_problem(path: Path) -> NotADatabase:
    return NotADatabase.say(
        "store.key-does-not-fit",
        N_(
            "Het bestand {name} kan met dit sleutelbestand niet worden gelezen: het is "
            "beschadigd, of het is geen eigenkracht-database. Er is niets aan veranderd."
        ),
        name=path.name,
    )


def _opens_with(path: Path, key: bytes) -> bool:
    """Whether key decrypts the first page of the database (as the WAL has it)."""
    conn = _connect(path, key, _read_only_query(path))
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as exc:
        if _sqlite_code(exc) == SQLITE_NOTADB:
            return False
        if _sqlite_code(exc) == SQLITE_CORRUPT:
            return True  # decrypted, but damaged: the probe says so
        raise store_error(exc, path) from None
    finally:
        conn.close()
    return True


def _failing_pages(conn: Any) -> int:
    """How many pages of the file fail SQLCipher's authentication: cipher_integrity_check
    reads the whole database file and checks each page's HMAC, so a changed byte anywhere
    is found."""
    return len(conn.execute("PRAGMA cipher_integrity_check").fetchall())


def _probe(path: Path, key: bytes, unchanged: Callable[[], bool] | None = None) -> None:
    """Check, writing nothing, that this is a whole eigenkracht database: the key opens
    it, it carries our application id and our tables, and every page of the file passes
    SQLCipher's authentication — unless `unchanged()` says the file is byte for byte the
    one that was last closed whole (fingerprint.py)."""
    conn = _connect(path, key, _read_only_query(path))
    try:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except DatabaseError as exc:
            if _sqlite_code(exc) == SQLITE_NOTADB:  # the first page does not decrypt
                raise _page_one_problem(path) from None
            if _sqlite_code(exc) == SQLITE_CORRUPT:  # it does, but the file is not whole
                raise _damaged(path.name) from None
            raise store_error(exc, path) from None
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            if app_id != APPLICATION_ID:
                raise NotADatabase.say(
                    "store.not-ours",
                    N_(
                        "Het bestand {name} is geen eigenkracht-database. Er is niets aan "
                        "veranderd."
                    ),
                    name=path.name,
                )
            tables = {
                str(r[0])
                for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            complete = (
                tables >= REQUIRED_TABLES
                and conn.execute(
                    "SELECT 1 FROM _sqlite_migrations WHERE migration_set = ? LIMIT 1",
                    [MIGRATION_SET],
                ).fetchone()
            )
            if not complete:
                raise DatabaseDamaged.say(
                    "store.incomplete",
                    N_(
                        "Het bestand {name} is onvolledig: er ontbreken delen van de "
                        "database (misschien is het maken ervan afgebroken). Er is niets aan "
                        "veranderd."
                    ),
                    name=path.name,
                )
            conn.execute("PRAGMA page_count").fetchone()  # a cut-off file shows here
            damaged = 0 if unchanged is not None and unchanged() else _failing_pages(conn)
        except DatabaseError as exc:
            if _sqlite_code(exc) in (SQLITE_NOTADB, SQLITE_CORRUPT):
                raise _damaged(path.name) from None
            raise store_error(exc, path) from None
    finally:
        conn.close()
    if damaged:
        log.info("database refused: %d pages fail their authentication", damaged)
        raise _damaged(path.name)


def _pending_kdf(kdf: Path) -> Path:
    """The new key file of a passphrase change that is not finished yet."""
    return kdf.with_name(kdf.name + ".new")


def _drop_pending(pending: Path) -> None:
    """Remove the key file of a passphrase change that never reached the database."""
    pending.unlink(missing_ok=True)
    crypto.fsync_dir(pending.parent)


def _code_name(exc: BaseException) -> str:
    """An error for the log: its type and code, never its message."""
    name = getattr(exc, "sqlite_errorname", None)
    if not name and isinstance(exc, OSError) and exc.errno is not None:
        name = errno.errorcode.get(exc.errno, "")
    return f"{type(exc).__name__} {name or ''}".strip()


@contextlib.contextmanager
def _synchronous_full(conn: Any) -> Iterator[None]:
    """Sync the WAL at every commit (and really, on macOS) while this block runs."""
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA fullfsync = ON")
    try:
        yield
    finally:
        with contextlib.suppress(DatabaseError):
            conn.execute("PRAGMA fullfsync = OFF")
            conn.execute("PRAGMA synchronous = NORMAL")


def _rekey_pages(conn: Any, key: bytes) -> None:
    """Re-encrypt every page with key, in one transaction."""
    conn.execute(f"PRAGMA rekey = {crypto.raw_key_pragma(key)}")


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _checkpoint_durably(conn: Any, path: Path) -> None:
    """Copy everything in the WAL into the database file and sync that file."""
    with _synchronous_full(conn):
        busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy:
        raise DatabaseBusy.say(
            "store.busy-short", N_("De database is bezet door een ander programma.")
        )
    _fsync_file(path)


def _finish_pending_rekey(path: Path, key: bytes, pending: Path, kdf: Path) -> None:
    """The database was re-encrypted with the new key file's key, but the change was
    cut off before that key file was renamed into place: finish it."""
    conn = _connect(path, key)
    try:
        _checkpoint_durably(conn, path)
    except DatabaseError as exc:
        raise store_error(exc, path) from None
    finally:
        conn.close()
    os.replace(pending, kdf)
    crypto.fsync_dir(kdf.parent)
    log.info("finished an interrupted passphrase change")


def _derive_matching(kdf_file: Path, passphrase: str) -> bytes | None:
    """The key for passphrase if it matches this key file's key check, else None.
    Raises crypto.KdfFileError (before any derivation) for a damaged key file."""
    params = crypto.read_kdf(kdf_file)
    key = params.derive(passphrase)
    return key if params.matches(key) else None


def _unlock(path: Path, passphrase: str, unchanged: Callable[[], bool] | None = None) -> bytes:
    """The key for passphrase, after resolving an interrupted passphrase change and
    probing the database. Call with the database's lock held."""
    kdf = crypto.kdf_path(path)
    pending = _pending_kdf(kdf)
    for torn in (_sibling(kdf, ".tmp"), _sibling(pending, ".tmp")):
        torn.unlink(missing_ok=True)  # a key file whose writing was cut off: never used
    present = [f for f in (kdf, pending) if f.exists()]
    if not present:
        raise _key_file_missing(kdf, path)
    matching: list[tuple[Path, bytes]] = []
    damaged: KeyFileDamaged | None = None
    for kdf_file in present:
        try:
            key = _derive_matching(kdf_file, passphrase)
        except crypto.KdfFileError as exc:
            log.info("key file refused (%s)", exc)
            if kdf_file == kdf:
                damaged = KeyFileDamaged.say(
                    "store.key-file-damaged",
                    N_("Het sleutelbestand {name} is beschadigd. Er is niets veranderd."),
                    name=kdf.name,
                )
            continue
        if key is not None:
            matching.append((kdf_file, key))
    if not matching:
        if damaged is not None:
            raise damaged
        raise WrongPassphrase.say(
            "store.wrong-passphrase", N_("De wachtwoordzin klopt niet. Er is niets veranderd.")
        )
    if pending not in present:  # the usual case: one key file
        key = matching[0][1]
        _probe(path, key, unchanged)
        return key
    # A passphrase change was interrupted. The database itself says which key file holds:
    # the new one once its pages were re-encrypted (that commit was synced), else the old.
    for kdf_file, key in matching:
        if _opens_with(path, key):
            if kdf_file == pending:
                _finish_pending_rekey(path, key, pending, kdf)
            else:
                _drop_pending(pending)
            _probe(path, key)
            return key
    if len(matching) == 2:  # both key files fit this passphrase, and neither opens
        raise _page_one_problem(path)
    if matching[0][0] == pending:
        raise WrongPassphrase.say(
            "store.wrong-passphrase-old",
            N_(
                "De wachtwoordzin klopt niet: het wijzigen van de wachtwoordzin is niet "
                "afgemaakt, dus de oude wachtwoordzin geldt nog. Er is niets veranderd."
            ),
        )
    raise WrongPassphrase.say(
        "store.wrong-passphrase-new",
        N_(
            "De wachtwoordzin klopt niet: hij is gewijzigd, gebruik de nieuwe. Er is niets "
            "veranderd."
        ),
    )


def _check_file(path: Path) -> None:
    """Refuse, reading only its first bytes, what cannot be one of our databases."""
    if not path.is_file():
        raise DatabaseMissing.say(
            "store.missing", N_("De database {path} bestaat niet."), path=path
        )
    try:
        with open(path, "rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM):
            raise NotADatabase.say(
                "store.may-not-read",
                N_("Het bestand {name} mag niet worden gelezen. Er is niets aan veranderd."),
                name=path.name,
            ) from None
        raise store_error(exc, path) from None
    if header == SQLITE_PLAIN_HEADER:
        raise NotADatabase.say(
            "store.plain-sqlite",
            N_(
                "Het bestand {name} is een gewone, onversleutelde database en geen "
                "eigenkracht-database. Er is niets aan veranderd."
            ),
            name=path.name,
        )
    if len(header) < 16:
        raise NotADatabase.say(
            "store.too-small",
            N_("Het bestand {name} is te klein of leeg. Er is niets aan veranderd."),
            name=path.name,
        )


def _take_lock(path: Path) -> lockfile.DatabaseLock:
    try:
        return lockfile.acquire(path)
    except lockfile.InUse:
        raise DatabaseBusy.say(
            "store.open-elsewhere",
            N_(
                "De database {name} is al geopend in een ander venster of programma. "
                "Sluit hem daar eerst, of wacht tot dat klaar is. Er is niets veranderd."
            ),
            name=path.name,
        ) from None
    except OSError as exc:
        raise store_error(exc, path) from None


def open_database(
    path: Path | str,
    passphrase: str,
    *,
    worker: str | None = None,
    migrate: bool = True,
) -> Store:
    """Open an existing database. Raises a StoreError with a Dutch message, and then
    the database, its WAL files and its key file are left exactly as they were."""
    path = Path(path)
    _check_file(path)
    kdf = crypto.kdf_path(path)
    if not kdf.exists() and not _pending_kdf(kdf).exists():
        raise _key_file_missing(kdf, path)
    if not _writable(path):
        raise read_only_error(path)
    lock = _take_lock(path)
    conn = None
    try:
        measuring = fingerprint.start(path)  # while Argon2id runs
        key = _unlock(path, passphrase, measuring.unchanged if measuring else None)
        conn = _connect(path, key)
        db = Database(conn)
        applied = [m.name for m in migrations.applied(db)]
        unknown = [name for name in applied if name not in known_names()]
        if unknown:
            raise DatabaseTooNew.say(
                "store.too-new",
                N_(
                    "De database {name} is gemaakt met een nieuwere versie van eigenkracht. "
                    "Werk het programma bij. Er is niets aan veranderd."
                ),
                name=path.name,
            )
        _configure(db)
        store = Store(path, db, worker or default_worker(), lock=lock)
        if migrate and migrations.pending(db):
            _backup(store, applied)
            _migrate(db)
        return store
    except BaseException as exc:
        if conn is not None:
            conn.close()
        lock.release()
        if isinstance(exc, DatabaseError | OSError):
            raise store_error(exc, path) from None
        raise


def create_database(
    path: Path | str,
    passphrase: str,
    *,
    worker: str | None = None,
    kdf_params: crypto.KdfParams | None = None,
) -> Store:
    """Create a new, empty encrypted database and its key file, readable by the user
    only (0600; SQLite gives the -wal and -shm files the mode of the database)."""
    path = Path(path)
    kdf = crypto.kdf_path(path)
    if path.exists() or kdf.exists() or _pending_kdf(kdf).exists():
        raise DatabaseExists.say(
            "store.exists",
            N_("Er staat al een bestand {name}. Kies een andere naam."),
            name=path.name,
        )
    check_passphrase_strength(passphrase)
    if not path.parent.is_dir():
        raise StoreError.say(
            "store.no-folder", N_("De map {folder} bestaat niet."), folder=path.parent
        )
    params = kdf_params or crypto.KdfParams.new()
    key = params.derive(passphrase)
    params = params.with_check(key)
    lock = _take_lock(path)
    made: list[Path] = []
    conn = None
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
        os.close(fd)
        made += [path, _sibling(path, "-wal"), _sibling(path, "-shm")]
        made.append(kdf)
        crypto.write_kdf(kdf, params)
        conn = _connect(path, key)
        db = Database(conn)
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        _configure(db)
        _migrate(db)
        with db.atomic():
            db.execute("INSERT INTO meta (key, value) VALUES ('created_at', ?)", [now_iso()])
        anchor.record_quietly(path, db)  # the first anchor: an empty log
        return Store(path, db, worker or default_worker(), lock=lock)
    except BaseException as exc:
        if conn is not None:
            conn.close()
        for created in made:  # a half-made database is no use to anyone: leave nothing
            with contextlib.suppress(OSError):
                created.unlink(missing_ok=True)
        lock.release()
        if isinstance(exc, FileExistsError):
            raise DatabaseExists.say(
                "store.exists",
                N_("Er staat al een bestand {name}. Kies een andere naam."),
                name=path.name,
            ) from None
        if isinstance(exc, DatabaseError | OSError):
            raise store_error(exc, path) from None
        raise


def _configure(db: Database) -> None:
    with db.ensure_autocommit_on():
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("PRAGMA temp_store = MEMORY")
        # Deleted content is overwritten, so a removed case cannot be dug out of free pages.
        db.execute("PRAGMA secure_delete = ON")
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Per connection, off by default: without it a removed case would leave its rows.
        db.execute("PRAGMA foreign_keys = ON")


def _migrate(db: Database) -> None:
    with db.ensure_autocommit_on():
        db.execute("PRAGMA foreign_keys = OFF")
    migrations.apply(db)
    with db.ensure_autocommit_on():
        db.execute("PRAGMA foreign_keys = ON")


def _backup(store: Store, applied: list[str]) -> Path:
    """Copy the (still encrypted) file and its key file before migrating."""
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    level = applied[-1].split("_")[0] if applied else "0000"
    target = store.path.with_name(f"{store.path.name}.backup-{level}-{stamp}")
    _copy_private(store.path, target)
    kdf = crypto.kdf_path(store.path)
    _copy_private(kdf, crypto.kdf_path(target))
    anchor.copy_beside(store.path, target)
    return target


def _copy_private(source: Path, target: Path) -> None:
    """Copy a file to a new file that is readable by the user only (0600)."""
    fd = os.open(
        target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), PRIVATE_MODE
    )
    os.close(fd)
    shutil.copyfile(source, target)  # keeps the new file's mode


def verify_passphrase(path: Path | str, passphrase: str) -> bool:
    """Whether passphrase is the current one of the database at path.

    Derives the key with the parameters in the key file and compares it with the
    key check there; the database itself is not opened or touched. Costs one
    Argon2id run. Raises NotADatabase when the key file is missing or damaged."""
    path = Path(path)
    kdf = crypto.kdf_path(path)
    try:
        params = crypto.read_kdf(kdf)
    except crypto.KdfFileError as exc:
        if not kdf.exists():
            raise _key_file_missing(kdf, path) from exc
        raise KeyFileDamaged.say(
            "store.key-file-damaged",
            N_("Het sleutelbestand {name} is beschadigd. Er is niets veranderd."),
            name=kdf.name,
        ) from exc
    return params.matches(params.derive(passphrase))


__all__ = [
    "MIGRATION_SET",
    "DatabaseBusy",
    "DatabaseDamaged",
    "DatabaseExists",
    "DatabaseMissing",
    "DatabaseReadOnly",
    "DatabaseTooNew",
    "DiskError",
    "DiskFull",
    "KeyFileDamaged",
    "NotADatabase",
    "Store",
    "StoreError",
    "WrongPassphrase",
    "create_database",
    "now_iso",
    "open_database",
    "store_error",
    "verify_passphrase",
]
