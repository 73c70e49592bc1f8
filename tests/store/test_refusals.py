"""A damaged, incomplete, read-only or full database is refused with its own Dutch
message, and refusing it writes nothing: the file, its -wal and -shm and its key file
keep every byte (docs/security.md, "What is refused")."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2

from eigenkracht.core.model import Case
from eigenkracht.store import crypto
from eigenkracht.store.database import (
    APPLICATION_ID,
    DatabaseDamaged,
    DatabaseReadOnly,
    DiskFull,
    NotADatabase,
    StoreError,
    create_database,
    open_database,
    store_error,
)
from eigenkracht.store.repository import Repository
from support import PASSPHRASE, cheap_kdf, file_hashes

ENGLISH = ("disk image", "malformed", "No space", "Permission", "ERROR", "CORE", "Traceback")


def make_db(path: Path, cases: int = 120) -> None:
    """A closed database of some 30 pages."""
    store = create_database(path, PASSPHRASE, kdf_params=cheap_kdf())
    repo = Repository(store, origin="test")
    for n in range(cases):
        repo.create_case(Case(reference=f"EK-{n:04d}", household_name=f"Fam. {'Test' * 40} {n}"))
    store.close()


def flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x10
    path.write_bytes(bytes(data))


def offsets(size: int) -> dict[str, int]:
    return {
        "page-2": 4096 + 300,
        "middle": size // 2,
        "last-page": size - 4096 + 40,
        "near-the-end": size - 30,  # inside the last page's HMAC
    }


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "wijk.db"
    make_db(path)
    assert path.stat().st_size >= 20 * 4096
    return path


@pytest.mark.parametrize("where", ["page-2", "middle", "last-page", "near-the-end"])
def test_a_changed_byte_anywhere_is_found_at_open(db: Path, where: str) -> None:
    flip(db, offsets(db.stat().st_size)[where])
    before = file_hashes(db.parent)
    with pytest.raises(DatabaseDamaged) as refused:
        open_database(db, PASSPHRASE)
    assert str(refused.value) == (
        "Het bestand wijk.db is beschadigd: een deel ervan kan niet meer worden gelezen. "
        "Er is niets aan veranderd. Zet een reservekopie terug."
    )
    assert file_hashes(db.parent) == before  # no -wal, -shm or lock file left either


def test_a_changed_byte_on_the_first_page(db: Path) -> None:
    flip(db, 200)
    before = file_hashes(db.parent)
    with pytest.raises(NotADatabase, match="beschadigd, of het is geen eigenkracht-database"):
        open_database(db, PASSPHRASE)
    assert file_hashes(db.parent) == before


def test_a_cut_off_file_is_damaged(db: Path) -> None:
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2 // 4096 * 4096])
    before = file_hashes(db.parent)
    with pytest.raises(DatabaseDamaged, match="beschadigd"):
        open_database(db, PASSPHRASE)
    assert file_hashes(db.parent) == before


def crashed_copy(db: Path, target: Path, with_shm: bool) -> None:
    """The files as a crash leaves them: committed work still in the WAL."""
    store = open_database(db, PASSPHRASE)
    Repository(store).create_case(Case(reference="EK-WAL", household_name="Fam. Wal"))
    target.mkdir()
    names = [db.name, db.name + "-wal", db.name + ".kdf"] + ([db.name + "-shm"] if with_shm else [])
    for name in names:
        shutil.copyfile(db.parent / name, target / name)
    store.close()
    assert (target / (db.name + "-wal")).stat().st_size > 0


@pytest.mark.parametrize("with_shm", [True, False], ids=["with-shm", "without-shm"])
def test_a_crashed_database_with_its_wal_opens_and_keeps_its_work(
    db: Path, tmp_path: Path, with_shm: bool
) -> None:
    crashed = tmp_path / "crashed"
    crashed_copy(db, crashed, with_shm)
    store = open_database(crashed / db.name, PASSPHRASE)
    assert Repository(store).find_case("EK-WAL") is not None
    store.close()


def test_a_damaged_database_with_a_wal_is_refused_and_its_wal_untouched(
    db: Path, tmp_path: Path
) -> None:
    crashed = tmp_path / "crashed"
    crashed_copy(db, crashed, with_shm=True)
    path = crashed / db.name
    flip(path, path.stat().st_size // 2)
    before = file_hashes(crashed)
    with pytest.raises(DatabaseDamaged):
        open_database(path, PASSPHRASE)
    assert file_hashes(crashed) == before  # the WAL-index is read, not written


def test_without_its_wal_index_only_that_index_is_made(db: Path, tmp_path: Path) -> None:
    crashed = tmp_path / "crashed"
    crashed_copy(db, crashed, with_shm=False)
    path = crashed / db.name
    flip(path, path.stat().st_size // 2)
    before = file_hashes(crashed)
    with pytest.raises(DatabaseDamaged):
        open_database(path, PASSPHRASE)
    after = file_hashes(crashed)
    after.pop(db.name + "-shm", None)  # SQLite cannot read a WAL without its index
    assert after == before


def keyed(path: Path) -> dbapi2.Connection:
    """A bare SQLCipher connection with a key file beside it, as creation begins."""
    params = cheap_kdf()
    key = params.derive(PASSPHRASE)
    crypto.write_kdf(crypto.kdf_path(path), params.with_check(key))
    conn = dbapi2.connect(str(path))
    conn.execute(f"PRAGMA key = {crypto.raw_key_pragma(key)}")
    return conn


def test_a_database_without_tables_is_incomplete(tmp_path: Path) -> None:
    path = tmp_path / "half.db"
    conn = keyed(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.close()
    before = file_hashes(tmp_path)
    with pytest.raises(DatabaseDamaged) as refused:
        open_database(path, PASSPHRASE)
    assert str(refused.value).startswith("Het bestand half.db is onvolledig")
    assert file_hashes(tmp_path) == before


def test_a_database_without_its_access_log_is_incomplete(tmp_path: Path) -> None:
    path = tmp_path / "half.db"
    conn = keyed(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    conn.execute("CREATE TABLE cases (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    before = file_hashes(tmp_path)
    with pytest.raises(DatabaseDamaged, match="onvolledig"):
        open_database(path, PASSPHRASE)
    assert file_hashes(tmp_path) == before


KILLED_WHILE_CREATING = """
import os, sys
sys.path.insert(0, {tests!r})
from eigenkracht.store import database
from support import PASSPHRASE, cheap_kdf

def die(db):
    os._exit(3)  # the power goes off while the tables are being made

database._migrate = die
database.create_database({path!r}, PASSPHRASE, kdf_params=cheap_kdf())
"""


def test_a_creation_cut_off_by_a_crash_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "nieuw.db"
    tests = str(Path(__file__).resolve().parents[1])
    script = KILLED_WHILE_CREATING.format(tests=tests, path=str(path))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120)
    assert done.returncode == 3, done.stderr
    assert path.exists() and crypto.kdf_path(path).exists()
    before = file_hashes(tmp_path)
    before.pop("nieuw.db.lock", None)  # left by the killed process; its lock died with it
    with pytest.raises(DatabaseDamaged, match="onvolledig"):
        open_database(path, PASSPHRASE)
    assert file_hashes(tmp_path) == before


def test_a_failed_creation_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from eigenkracht.store import database

    def fail(db: object) -> None:
        raise dbapi2.OperationalError("database or disk is full")

    monkeypatch.setattr(database, "_migrate", fail)
    with pytest.raises(StoreError):
        create_database(tmp_path / "nieuw.db", PASSPHRASE, kdf_params=cheap_kdf())
    assert list(tmp_path.iterdir()) == []


# -- read-only, full, in the system's words -----------------------------------------


def test_a_read_only_folder_is_not_called_damaged(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_access = os.access

    def no_writing(path: object, mode: int, **kwargs: object) -> bool:
        if mode & os.W_OK and Path(str(path)) == db.parent:
            return False
        return real_access(path, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", no_writing)
    before = file_hashes(db.parent)
    with pytest.raises(DatabaseReadOnly) as refused:
        open_database(db, PASSPHRASE)
    message = str(refused.value)
    assert "alleen-lezen" in message
    assert "beschadigd" not in message
    assert file_hashes(db.parent) == before


def test_sqlite_read_only_is_read_only(db: Path) -> None:
    key = crypto.read_kdf(crypto.kdf_path(db)).derive(PASSPHRASE)
    conn = dbapi2.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    conn.execute(f"PRAGMA key = {crypto.raw_key_pragma(key)}")
    with pytest.raises(dbapi2.DatabaseError) as raised:
        conn.execute("INSERT INTO meta (key, value) VALUES ('x', 'y')")
    conn.close()
    problem = store_error(raised.value, db)
    assert isinstance(problem, DatabaseReadOnly)
    assert "beschadigd" not in str(problem)


def test_a_full_disk_while_saving_is_one_dutch_sentence(db: Path) -> None:
    store = open_database(db, PASSPHRASE)
    repo = Repository(store, origin="test")
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own SQLITE_FULL
    with pytest.raises(DiskFull) as refused:
        repo.create_case(Case(reference="EK-VOL", household_name="x" * 200_000))
    assert str(refused.value) == (
        "De schijf is vol. Er is niets opgeslagen; maak ruimte vrij en probeer het opnieuw."
    )
    assert repo.find_case("EK-VOL") is None
    store.close()


@pytest.mark.parametrize(
    ("number", "kind", "words"),
    [
        (errno.ENOSPC, DiskFull, "schijf is vol"),
        (errno.EACCES, DatabaseReadOnly, "alleen-lezen"),
        (errno.EROFS, DatabaseReadOnly, "alleen-lezen"),
        (errno.EIO, StoreError, "fout van de schijf"),
    ],
)
def test_system_errors_by_their_number(number: int, kind: type, words: str) -> None:
    problem = store_error(OSError(number, os.strerror(number)), Path("wijk.db"))
    assert isinstance(problem, kind)
    assert words in str(problem)
    assert os.strerror(number) not in str(problem)


def test_sqlcipher_writes_nothing_to_stderr(db: Path) -> None:
    """SQLCipher logs a failed page (`ERROR CORE ...`) to stderr unless told not to."""
    flip(db, 200)
    script = (
        "import sys\n"
        "from eigenkracht.store.database import open_database, StoreError\n"
        "try:\n"
        f"    open_database({str(db)!r}, {PASSPHRASE!r})\n"
        "except StoreError:\n"
        "    sys.exit(7)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120)
    assert done.returncode == 7
    assert done.stderr == b""
    assert not any(word.encode() in done.stdout for word in ENGLISH)
