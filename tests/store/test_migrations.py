"""Numbered migrations: backup first, refuse a newer database."""

from __future__ import annotations

from pathlib import Path

import pytest

from eigenkracht.store import database, migrations
from eigenkracht.store.database import DatabaseTooNew, create_database, open_database
from support import PASSPHRASE, cheap_kdf


def test_new_database_has_all_migrations(db_path: Path) -> None:
    store = create_database(db_path, PASSPHRASE, kdf_params=cheap_kdf())
    assert store.schema_names() == migrations.known_names()
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    store.close()


def test_database_from_a_newer_program_is_refused_untouched(db_path: Path) -> None:
    store = create_database(db_path, PASSPHRASE, kdf_params=cheap_kdf())
    with store.transaction() as db:
        db.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('eigenkracht', '9999_from_the_future', 'x')"
        )
    store.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseTooNew, match="nieuwere versie"):
        open_database(db_path, PASSPHRASE)
    assert db_path.read_bytes() == before


def test_pending_migration_is_backed_up_first(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = create_database(db_path, PASSPHRASE, kdf_params=cheap_kdf())
    with store.transaction() as db:
        db.execute("INSERT INTO cases (reference, household_name) VALUES ('EK-1', 'Oud')")
    store.close()

    extra = migrations.Migrations(migrations.MIGRATION_SET)
    for m in migrations.migrations._migrations:
        extra._migrations.append(m)

    @extra(name="0002_test_column")
    def add_column(db):  # type: ignore[no-untyped-def]
        db.execute("ALTER TABLE cases ADD COLUMN test_extra TEXT")

    monkeypatch.setattr(database, "migrations", extra)
    monkeypatch.setattr(database, "known_names", lambda: [m.name for m in extra._migrations])
    store = open_database(db_path, PASSPHRASE)
    assert "0002_test_column" in store.schema_names()
    cols = [r[1] for r in store.db.execute("PRAGMA table_info(cases)").fetchall()]
    assert "test_extra" in cols
    store.close()

    current = migrations.known_names()
    level = current[-1].split("_")[0]  # the backup is named after the newest applied
    backups = sorted(db_path.parent.glob(f"{db_path.name}.backup-{level}-*"))
    # The database, its key file and its audit anchor file (store/anchor.py).
    backup_db = next(b for b in backups if b.suffix not in (".kdf", ".anchor"))
    assert backups == sorted(
        [backup_db, *(backup_db.with_name(backup_db.name + s) for s in (".anchor", ".kdf"))]
    )
    monkeypatch.undo()
    old = open_database(backup_db, PASSPHRASE, migrate=False)
    assert old.schema_names() == current
    assert old.db.execute("SELECT household_name FROM cases").fetchall() == [("Oud",)]
    old.close()


def test_failing_migration_rolls_back(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = create_database(db_path, PASSPHRASE, kdf_params=cheap_kdf())
    store.close()
    extra = migrations.Migrations(migrations.MIGRATION_SET)
    extra._migrations.extend(migrations.migrations._migrations)

    @extra(name="0002_broken")
    def broken(db):  # type: ignore[no-untyped-def]
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("boom")

    monkeypatch.setattr(database, "migrations", extra)
    monkeypatch.setattr(database, "known_names", lambda: [m.name for m in extra._migrations])
    with pytest.raises(RuntimeError):
        open_database(db_path, PASSPHRASE)
    monkeypatch.undo()
    store = open_database(db_path, PASSPHRASE)
    assert "half_done" not in store.db.table_names()
    store.close()
