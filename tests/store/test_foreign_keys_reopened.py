"""A database opened again (no migration pending) enforces its foreign keys, as a new
one does: removing a case removes every row of it, not only the case's own row."""

from __future__ import annotations

from pathlib import Path

from eigenkracht.core.model import Case, Conversation
from eigenkracht.store.database import create_database, open_database
from eigenkracht.store.repository import Repository
from support import PASSPHRASE, TODAY, cheap_kdf


def test_remove_case_after_reopening_leaves_no_rows(tmp_path: Path) -> None:
    path = tmp_path / "wijk.db"
    store = create_database(path, PASSPHRASE, kdf_params=cheap_kdf())
    made = Repository(store).create_case(Case(reference="EK-1", household_name="Fam. Jansen"))
    assert made.case.id is not None
    Repository(store).add_conversation(Conversation(case_id=made.case.id, date=TODAY))
    store.close()
    store = open_database(path, PASSPHRASE)
    try:
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        Repository(store).remove_case(made.case.id)
        assert store.db.execute("SELECT count(*) FROM conversations").fetchone()[0] == 0
        assert store.integrity_problems() == []
    finally:
        store.close()


def test_migration_0008_erases_what_a_removal_under_the_old_bug_left(tmp_path: Path) -> None:
    """A demo case removed as the old program did (foreign keys off: only the case's own
    row went) leaves its conversations, scores, network and signed plans behind; opening
    the database with migration 0008 erases exactly those, and every other case stays."""
    import datetime as dt

    from eigenkracht.core.serial import to_plain
    from eigenkracht.demo import build_demo

    path = tmp_path / "wijk.db"
    store = create_database(path, PASSPHRASE, kdf_params=cheap_kdf())
    build_demo(Repository(store, origin="demo"), today=dt.date(2026, 11, 9))
    repo = Repository(store)
    cases = repo.list_cases()
    gone = next(c for c in cases if c.reference == "EK-2026-0002")  # signed plans, big network
    kept = {c.reference: to_plain(repo.load_case(c.id)) for c in cases if c.id != gone.id}
    store.conn.execute("PRAGMA foreign_keys = OFF")
    with store.transaction():
        store.conn.execute("DELETE FROM cases WHERE id = ?", [gone.id])
        store.conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0008_removed_case_rows'")
    left = store.conn.execute("PRAGMA foreign_key_check").fetchall()
    assert len(left) > 50  # what the old removal left in the file
    store.close()

    store = open_database(path, PASSPHRASE)
    try:
        assert "0008_removed_case_rows" in store.schema_names()
        assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert store.integrity_problems() == []
        repo = Repository(store)
        for table in ("conversations", "network_persons", "plan_versions", "goals"):
            (n,) = store.conn.execute(
                f"SELECT count(*) FROM {table} WHERE case_id = ?", [gone.id]
            ).fetchone()
            assert n == 0, table
        assert {c.reference: to_plain(repo.load_case(c.id)) for c in repo.list_cases()} == kept
    finally:
        store.close()
