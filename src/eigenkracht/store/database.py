"""Create, open, migrate and rekey the encrypted database.

The database is an SQLCipher 4 file opened with a raw 256-bit key from
Argon2id (see crypto.py). sqlite-utils runs on top of it: `sqlcipher3` is
registered as `pysqlite3` before sqlite-utils is imported, so sqlite-utils
catches the right exception classes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlcipher3 import dbapi2

sys.modules.setdefault("pysqlite3", sqlcipher3)
sys.modules.setdefault("pysqlite3.dbapi2", dbapi2)

from sqlite_utils import Database  # noqa: E402

from eigenkracht.store import anchor, crypto  # noqa: E402
from eigenkracht.store.migrations import MIGRATION_SET, known_names, migrations  # noqa: E402

APPLICATION_ID = 0x45474B52  # "EGKR"
SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"
DatabaseError = dbapi2.DatabaseError


class StoreError(Exception):
    """A problem the user can understand and act on; str() is a Dutch sentence."""


class DatabaseMissing(StoreError):
    pass


class DatabaseExists(StoreError):
    pass


class WrongPassphrase(StoreError):
    pass


class NotADatabase(StoreError):
    """A foreign, damaged or unreadable file. It is never written to."""


class DatabaseTooNew(StoreError):
    pass


class DatabaseBusy(StoreError):
    pass


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

    def __init__(self, path: Path, db: Database, worker: str, on_behalf_of: str = "") -> None:
        self.path = path
        self.db = db
        self.worker = worker
        self.on_behalf_of = on_behalf_of

    @property
    def conn(self) -> Any:
        return self.db.conn

    def close(self) -> None:
        if self.anchor_on_close:
            anchor.record_quietly(self.path, self.db)
        with contextlib.suppress(DatabaseError):
            self.db.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """One operation, one transaction."""
        with self.db.atomic() as db:
            yield db

    def schema_names(self) -> list[str]:
        return [m.name for m in migrations.applied(self.db)]

    def integrity_problems(self) -> list[str]:
        """PRAGMA integrity_check and SQLCipher's page authentication check."""
        problems = [str(r[0]) for r in self.conn.execute("PRAGMA integrity_check").fetchall()]
        problems = [p for p in problems if p != "ok"]
        problems += [str(r[0]) for r in self.conn.execute("PRAGMA cipher_integrity_check")]
        fk = self.conn.execute("PRAGMA foreign_key_check").fetchall()
        problems += [f"foreign key: {tuple(r)}" for r in fk]
        return problems

    def rekey(self, new_passphrase: str, params: crypto.KdfParams | None = None) -> None:
        """Change the passphrase. The new key file is written first under a
        temporary name, so an interruption leaves a database that opens with
        either the old or the new passphrase."""
        check_passphrase_strength(new_passphrase)
        params = params or crypto.KdfParams.new()
        key = params.derive(new_passphrase)
        params = params.with_check(key)
        kdf = crypto.kdf_path(self.path)
        pending = kdf.with_name(kdf.name + ".new")
        crypto.write_kdf(pending, params)
        try:
            self.conn.execute(f"PRAGMA rekey = {crypto.raw_key_pragma(key)}")
        except DatabaseError as exc:
            pending.unlink(missing_ok=True)
            raise StoreError(
                "De wachtwoordzin kon niet worden gewijzigd. De oude wachtwoordzin blijft geldig."
            ) from exc
        os.replace(pending, kdf)


def check_passphrase_strength(passphrase: str) -> None:
    if len(passphrase) < 8:
        raise StoreError("Kies een wachtwoordzin van minstens 8 tekens.")


def _connect(path: Path, key: bytes, read_only: bool) -> Any:
    if read_only:
        conn = dbapi2.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    else:
        conn = dbapi2.connect(str(path))
    conn.execute(f"PRAGMA key = {crypto.raw_key_pragma(key)}")
    return conn


def _probe(path: Path, key: bytes) -> None:
    """Open read-only and check that this is one of our databases."""
    try:
        conn = _connect(path, key, read_only=True)
    except DatabaseError as exc:
        raise NotADatabase(
            f"Het bestand {path.name} kan niet worden geopend. Er is niets aan veranderd."
        ) from exc
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    except DatabaseError as exc:
        raise NotADatabase(
            f"Het bestand {path.name} is beschadigd of is geen eigenkracht-database. "
            "Er is niets aan veranderd."
        ) from exc
    finally:
        conn.close()
    if app_id != APPLICATION_ID:
        raise NotADatabase(
            f"Het bestand {path.name} is geen eigenkracht-database. Er is niets aan veranderd."
        )


def _key_for(path: Path, passphrase: str) -> tuple[bytes, Path]:
    """The key for this passphrase and the key file it matched."""
    kdf = crypto.kdf_path(path)
    candidates = [kdf, kdf.with_name(kdf.name + ".new")]
    present = [c for c in candidates if c.exists()]
    if not present:
        raise NotADatabase(
            f"Het sleutelbestand {kdf.name} ontbreekt. Het hoort naast {path.name} te staan."
        )
    damaged = False
    for candidate in present:
        try:
            params = crypto.read_kdf(candidate)
        except crypto.KdfFileError:
            damaged = True
            continue
        key = params.derive(passphrase)
        if params.matches(key):
            return key, candidate
    if damaged and len(present) == 1:
        raise NotADatabase(f"Het sleutelbestand {kdf.name} is beschadigd.")
    raise WrongPassphrase("De wachtwoordzin klopt niet. Er is niets veranderd.")


def open_database(
    path: Path | str,
    passphrase: str,
    *,
    worker: str | None = None,
    migrate: bool = True,
) -> Store:
    """Open an existing database. Raises a StoreError with a Dutch message."""
    path = Path(path)
    if not path.is_file():
        raise DatabaseMissing(f"De database {path} bestaat niet.")
    try:
        with open(path, "rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise NotADatabase(f"Het bestand {path.name} kan niet worden gelezen.") from exc
    if header == SQLITE_PLAIN_HEADER:
        raise NotADatabase(
            f"Het bestand {path.name} is een gewone, onversleutelde database en geen "
            "eigenkracht-database. Er is niets aan veranderd."
        )
    if len(header) < 16:
        raise NotADatabase(
            f"Het bestand {path.name} is te klein of leeg. Er is niets aan veranderd."
        )
    key, key_file = _key_for(path, passphrase)
    kdf = crypto.kdf_path(path)
    if key_file != kdf:
        # A passphrase change was interrupted. If the database was re-encrypted, the new
        # key file is the right one; if not, it is a leftover and the old one still holds.
        try:
            _probe(path, key)
        except NotADatabase:
            key_file.unlink(missing_ok=True)
            raise WrongPassphrase("De wachtwoordzin klopt niet. Er is niets veranderd.") from None
        os.replace(key_file, kdf)
    _probe(path, key)
    conn = _connect(path, key, read_only=False)
    try:
        db = Database(conn)
        applied = [m.name for m in migrations.applied(db)]
        unknown = [name for name in applied if name not in known_names()]
        if unknown:
            raise DatabaseTooNew(
                f"De database {path.name} is gemaakt met een nieuwere versie van eigenkracht. "
                "Werk het programma bij. Er is niets aan veranderd."
            )
        _configure(db)
        store = Store(path, db, worker or default_worker())
        if migrate and migrations.pending(db):
            _backup(store, applied)
            _migrate(db)
        return store
    except BaseException:
        conn.close()
        raise


def create_database(
    path: Path | str,
    passphrase: str,
    *,
    worker: str | None = None,
    kdf_params: crypto.KdfParams | None = None,
) -> Store:
    """Create a new, empty encrypted database and its key file."""
    path = Path(path)
    kdf = crypto.kdf_path(path)
    if path.exists() or kdf.exists():
        raise DatabaseExists(f"Er staat al een bestand {path.name}. Kies een andere naam.")
    check_passphrase_strength(passphrase)
    if not path.parent.is_dir():
        raise StoreError(f"De map {path.parent} bestaat niet.")
    params = kdf_params or crypto.KdfParams.new()
    key = params.derive(passphrase)
    params = params.with_check(key)
    try:
        crypto.write_kdf(kdf, params)
    except OSError as exc:
        raise StoreError(f"Kan niet schrijven in {path.parent}: {exc.strerror}") from exc
    conn = _connect(path, key, read_only=False)
    db = Database(conn)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    _configure(db)
    _migrate(db)
    with db.atomic():
        db.execute("INSERT INTO meta (key, value) VALUES ('created_at', ?)", [now_iso()])
    anchor.record_quietly(path, db)  # the first anchor: an empty log
    return Store(path, db, worker or default_worker())


def _configure(db: Database) -> None:
    with db.ensure_autocommit_on():
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("PRAGMA temp_store = MEMORY")
        # Deleted content is overwritten, so a removed case cannot be dug out of free pages.
        db.execute("PRAGMA secure_delete = ON")
        db.execute("PRAGMA busy_timeout = 2000")


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
    shutil.copy2(store.path, target)
    kdf = crypto.kdf_path(store.path)
    shutil.copy2(kdf, crypto.kdf_path(target))
    anchor.copy_beside(store.path, target)
    return target


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
            raise NotADatabase(
                f"Het sleutelbestand {kdf.name} ontbreekt. Het hoort naast {path.name} te staan."
            ) from exc
        raise NotADatabase(f"Het sleutelbestand {kdf.name} is beschadigd.") from exc
    return params.matches(params.derive(passphrase))


__all__ = [
    "MIGRATION_SET",
    "DatabaseBusy",
    "DatabaseExists",
    "DatabaseMissing",
    "DatabaseTooNew",
    "NotADatabase",
    "Store",
    "StoreError",
    "WrongPassphrase",
    "create_database",
    "now_iso",
    "open_database",
    "verify_passphrase",
]
