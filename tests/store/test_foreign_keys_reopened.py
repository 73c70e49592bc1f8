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
