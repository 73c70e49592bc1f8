"""The database, its WAL files, its key file, its lock file and the backups made before a
migration are readable by the user only (0600), whatever the umask of the process."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from eigenkracht.store import database, migrations
from eigenkracht.store.database import create_database, open_database
from support import PASSPHRASE, cheap_kdf

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


@pytest.fixture(autouse=True)
def shell_umask() -> Iterator[None]:
    """As in a shell: only an explicit mode keeps a new file private."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def modes(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mode & 0o777 for p in sorted(folder.iterdir()) if p.is_file()}


def test_a_new_database_and_everything_beside_it(tmp_path: Path) -> None:
    store = create_database(tmp_path / "wijk.db", PASSPHRASE, kdf_params=cheap_kdf())
    with store.transaction() as db:
        db.execute("INSERT INTO cases (reference, household_name) VALUES ('EK-1', 'Fam. Test')")
    open_now = modes(tmp_path)
    store.close()
    for name in ("wijk.db", "wijk.db-wal", "wijk.db-shm", "wijk.db.kdf", "wijk.db.lock"):
        assert open_now[name] == 0o600, name
    assert set(modes(tmp_path).values()) == {0o600}


def test_a_new_key_file_after_a_passphrase_change(tmp_path: Path) -> None:
    path = tmp_path / "wijk.db"
    create_database(path, PASSPHRASE, kdf_params=cheap_kdf()).close()
    store = open_database(path, PASSPHRASE)
    store.rekey("een heel nieuwe zin", cheap_kdf())
    store.close()
    assert modes(tmp_path)["wijk.db.kdf"] == 0o600


def test_a_backup_before_migrating(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "wijk.db"
    create_database(path, PASSPHRASE, kdf_params=cheap_kdf()).close()
    os.chmod(path, 0o644)  # made by an older version
    extra = migrations.Migrations(migrations.MIGRATION_SET)
    extra._migrations.extend(migrations.migrations._migrations)

    @extra(name="0099_test_column")
    def add_column(db):  # type: ignore[no-untyped-def]
        db.execute("ALTER TABLE cases ADD COLUMN test_extra TEXT")

    monkeypatch.setattr(database, "migrations", extra)
    monkeypatch.setattr(database, "known_names", lambda: [m.name for m in extra._migrations])
    open_database(path, PASSPHRASE).close()
    backups = [name for name in modes(tmp_path) if ".backup-" in name]
    assert any(name.endswith(".kdf") for name in backups)
    assert len(backups) >= 2
    for name in backups:
        if name.endswith(".anchor"):
            continue  # the anchor file's own module (store/anchor.py) sees to it
        assert modes(tmp_path)[name] == 0o600, name
