"""Opening authenticates every page unless the file is byte for byte the one that was
last closed whole (store/fingerprint.py): any change, a WAL or a bad fingerprint means
the full check."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from eigenkracht.core.model import Case
from eigenkracht.store import database, fingerprint
from eigenkracht.store.database import DatabaseDamaged, create_database, open_database
from eigenkracht.store.repository import Repository
from support import PASSPHRASE, cheap_kdf


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the full page checks."""
    done: list[int] = []
    real = database._failing_pages

    def counting(conn: Any) -> int:
        done.append(1)
        return real(conn)

    monkeypatch.setattr(database, "_failing_pages", counting)
    return done


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "wijk.db"
    store = create_database(path, PASSPHRASE, kdf_params=cheap_kdf())
    repo = Repository(store, origin="test")
    # Enough cases that the middle of the file is case data, not the schema (migration
    # 0007 made the schema larger; a page of it is read at open, before the full check).
    for n in range(120):
        repo.create_case(Case(reference=f"EK-{n:03d}", household_name="Fam. " + "y" * 300))
    store.close()
    return path


def reopen(db: Path) -> None:
    open_database(db, PASSPHRASE).close()


def test_a_clean_close_leaves_a_private_fingerprint(db: Path) -> None:
    recorded = fingerprint.path_for(db)
    assert recorded.exists()
    if sys.platform != "win32":
        assert recorded.stat().st_mode & 0o777 == 0o600
    assert fingerprint.measure(db)[0] == db.stat().st_size


def test_an_unchanged_file_is_not_checked_again(db: Path, checks: list[int]) -> None:
    reopen(db)
    assert checks == []
    store = open_database(db, PASSPHRASE)
    Repository(store).create_case(Case(reference="EK-NEW", household_name="Fam. Nieuw"))
    store.close()  # written, and closed whole: a new fingerprint
    reopen(db)
    assert checks == []


def test_a_changed_byte_means_the_full_check(db: Path, checks: list[int]) -> None:
    data = bytearray(db.read_bytes())
    data[len(data) // 2] ^= 0x04
    db.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamaged):
        open_database(db, PASSPHRASE)
    assert checks == [1]


@pytest.mark.parametrize(
    "content",
    ["", "{kapot", '{"format": "eigenkracht-verified", "size": 1, "crc32": 2}', "[]"],
    ids=["empty", "torn", "other-file", "not-an-object"],
)
def test_a_bad_fingerprint_means_the_full_check(db: Path, checks: list[int], content: str) -> None:
    fingerprint.path_for(db).write_text(content)
    reopen(db)
    assert checks == [1]


def test_no_fingerprint_means_the_full_check(db: Path, checks: list[int]) -> None:
    fingerprint.path_for(db).unlink()
    reopen(db)
    assert checks == [1]
    reopen(db)  # that close recorded it again
    assert checks == [1]


def test_a_wal_left_by_a_crash_means_the_full_check(
    db: Path, tmp_path: Path, checks: list[int]
) -> None:
    store = open_database(db, PASSPHRASE)
    Repository(store).create_case(Case(reference="EK-WAL", household_name="Fam. Wal"))
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for name in ("wijk.db", "wijk.db-wal", "wijk.db.kdf", "wijk.db.verified"):
        shutil.copyfile(db.parent / name, crashed / name)
    store.close()
    checks.clear()
    reopened = open_database(crashed / "wijk.db", PASSPHRASE)
    assert Repository(reopened).find_case("EK-WAL") is not None
    reopened.close()
    assert checks == [1]


def test_a_store_closed_while_another_has_it_open_records_nothing(db: Path) -> None:
    first, second = open_database(db, PASSPHRASE), open_database(db, PASSPHRASE)
    Repository(second).create_case(Case(reference="EK-2", household_name="Fam. Twee"))
    before = fingerprint.path_for(db).read_text()
    first.close()
    assert fingerprint.path_for(db).read_text() == before  # the WAL is still in use
    second.close()
    assert fingerprint.path_for(db).read_text() != before
