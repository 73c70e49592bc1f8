"""The file is really encrypted, and only the right key opens it."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2

from eigenkracht.store import crypto
from eigenkracht.store.database import (
    DatabaseExists,
    DatabaseMissing,
    KeyFileDamaged,
    NotADatabase,
    StoreError,
    WrongPassphrase,
    create_database,
    open_database,
)
from support import PASSPHRASE, cheap_kdf


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_db(path: Path) -> None:
    s = create_database(path, PASSPHRASE, kdf_params=cheap_kdf())
    with s.transaction() as db:
        db.execute("INSERT INTO cases (reference, household_name) VALUES ('EK-1', 'Fam. Test')")
    s.close()


def test_plain_sqlite_cannot_read_the_file(db_path: Path) -> None:
    make_db(db_path)
    raw = db_path.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert b"Fam. Test" not in raw
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(db_path).execute("SELECT * FROM sqlite_master").fetchall()


def test_the_derived_key_reads_the_file(db_path: Path) -> None:
    make_db(db_path)
    params = crypto.read_kdf(crypto.kdf_path(db_path))
    key = params.derive(PASSPHRASE)
    conn = dbapi2.connect(str(db_path))
    conn.execute(f"PRAGMA key = {crypto.raw_key_pragma(key)}")
    assert conn.execute("SELECT household_name FROM cases").fetchall() == [("Fam. Test",)]
    conn.close()


def test_key_file_holds_salt_and_parameters_but_not_the_passphrase(db_path: Path) -> None:
    make_db(db_path)
    text = crypto.kdf_path(db_path).read_text()
    assert '"algorithm": "argon2id"' in text
    assert '"salt"' in text
    assert PASSPHRASE not in text


def test_each_database_gets_its_own_salt(tmp_path: Path) -> None:
    make_db(tmp_path / "a.db")
    make_db(tmp_path / "b.db")
    a = crypto.read_kdf(tmp_path / "a.db.kdf")
    b = crypto.read_kdf(tmp_path / "b.db.kdf")
    assert a.salt != b.salt
    assert a.derive(PASSPHRASE) != b.derive(PASSPHRASE)


def test_wrong_passphrase_gives_one_dutch_message_and_writes_nothing(db_path: Path) -> None:
    make_db(db_path)
    before = sorted(p.name for p in db_path.parent.iterdir())
    digest = sha(db_path)
    with pytest.raises(WrongPassphrase, match="wachtwoordzin klopt niet"):
        open_database(db_path, "verkeerde zin")
    assert sha(db_path) == digest
    assert sorted(p.name for p in db_path.parent.iterdir()) == before


@pytest.mark.parametrize(
    "content",
    [b"", b"hello", b"SQLite format 3\x00" + b"\x00" * 4080, bytes(range(256)) * 64],
    ids=["empty", "text", "plain-sqlite", "random"],
)
def test_foreign_file_is_refused_and_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "foreign.db"
    path.write_bytes(content)
    params = cheap_kdf()
    crypto.write_kdf(crypto.kdf_path(path), params.with_check(params.derive(PASSPHRASE)))
    with pytest.raises(NotADatabase):
        open_database(path, PASSPHRASE)
    assert path.read_bytes() == content
    assert not (tmp_path / "foreign.db-wal").exists()


def test_damaged_database_with_right_passphrase_is_refused_and_untouched(db_path: Path) -> None:
    make_db(db_path)
    data = bytearray(db_path.read_bytes())
    data[100:4000] = b"\xff" * 3900  # destroy the first page
    db_path.write_bytes(bytes(data))
    with pytest.raises(NotADatabase, match="beschadigd"):
        open_database(db_path, PASSPHRASE)
    assert db_path.read_bytes() == bytes(data)


def test_missing_key_file_is_explained(db_path: Path) -> None:
    make_db(db_path)
    crypto.kdf_path(db_path).unlink()
    with pytest.raises(NotADatabase, match="sleutelbestand"):
        open_database(db_path, PASSPHRASE)


def test_damaged_key_file_is_explained(db_path: Path) -> None:
    make_db(db_path)
    crypto.kdf_path(db_path).write_text("{not json")
    with pytest.raises(KeyFileDamaged, match=rf"sleutelbestand {db_path.name}\.kdf is beschadigd"):
        open_database(db_path, PASSPHRASE)


def test_missing_database(tmp_path: Path) -> None:
    with pytest.raises(DatabaseMissing):
        open_database(tmp_path / "none.db", PASSPHRASE)


def test_create_refuses_to_overwrite(db_path: Path) -> None:
    db_path.write_bytes(b"precious")
    with pytest.raises(DatabaseExists):
        create_database(db_path, PASSPHRASE, kdf_params=cheap_kdf())
    assert db_path.read_bytes() == b"precious"


def test_short_passphrase_is_refused(db_path: Path) -> None:
    with pytest.raises(StoreError, match="minstens 8"):
        create_database(db_path, "kort", kdf_params=cheap_kdf())
    assert not db_path.exists()


def test_rekey_changes_the_passphrase(db_path: Path) -> None:
    make_db(db_path)
    store = open_database(db_path, PASSPHRASE)
    store.rekey("een heel nieuwe zin", cheap_kdf())
    store.close()
    with pytest.raises(WrongPassphrase):
        open_database(db_path, PASSPHRASE)
    store = open_database(db_path, "een heel nieuwe zin")
    assert store.db.execute("SELECT count(*) FROM cases").fetchone()[0] == 1
    store.close()


def test_interrupted_rekey_still_opens_with_the_new_passphrase(db_path: Path) -> None:
    """Crash after SQLCipher rekeyed but before the key file was renamed."""
    make_db(db_path)
    store = open_database(db_path, PASSPHRASE)
    new = cheap_kdf()
    key = new.derive("nieuwe zin 12345")
    new = new.with_check(key)
    pending = crypto.kdf_path(db_path).with_name(db_path.name + ".kdf.new")
    crypto.write_kdf(pending, new)
    store.conn.execute(f"PRAGMA rekey = {crypto.raw_key_pragma(key)}")
    store.close()  # the rename never happened
    store = open_database(db_path, "nieuwe zin 12345")
    assert store.db.execute("SELECT count(*) FROM cases").fetchone()[0] == 1
    store.close()
    assert not pending.exists()


def test_kdf_file_parser_rejects_junk() -> None:
    for junk in ["", "[]", '{"format": "x"}', '{"format": "eigenkracht-kdf", "version": 1}']:
        with pytest.raises(crypto.KdfFileError):
            crypto.KdfParams.from_json(junk)


def test_leftover_key_file_of_a_failed_rekey_is_not_used(db_path: Path) -> None:
    """The new key file was written but the database was never re-encrypted."""
    make_db(db_path)
    new = cheap_kdf()
    new = new.with_check(new.derive("nieuwe zin 12345"))
    pending = crypto.kdf_path(db_path).with_name(db_path.name + ".kdf.new")
    crypto.write_kdf(pending, new)
    with pytest.raises(WrongPassphrase, match="oude wachtwoordzin geldt nog"):
        open_database(db_path, "nieuwe zin 12345")
    # Kept: only the old key proving that it opens the database shows the new one unused.
    assert pending.exists()
    store = open_database(db_path, PASSPHRASE)  # the old passphrase still opens it
    store.close()
    assert not pending.exists()


def test_failed_rekey_leaves_no_pending_key_file(db_path: Path) -> None:
    make_db(db_path)
    store = open_database(db_path, PASSPHRASE)
    store.db.conn.close()  # the PRAGMA cannot run now
    with pytest.raises(StoreError, match="oude wachtwoordzin blijft geldig"):
        store.rekey("een heel nieuwe zin", cheap_kdf())
    assert not crypto.kdf_path(db_path).with_name(db_path.name + ".kdf.new").exists()
    open_database(db_path, PASSPHRASE).close()
