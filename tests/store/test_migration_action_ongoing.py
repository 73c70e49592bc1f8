"""Migration 0004_action_ongoing: an older database gets `actions.ongoing`, every
existing action keeps its date and is not ongoing, and the new field is stored."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from eigenkracht.core.model import Action
from eigenkracht.store import migrations
from eigenkracht.store.database import open_database
from eigenkracht.store.repository import Repository

DATA = Path(__file__).with_name("data")
SAMPLE_PASSPHRASE = "voorbeeld van een oude database"


def _copy(sample: str, folder: Path) -> Path:
    db = folder / sample
    shutil.copy2(DATA / sample, db)
    shutil.copy2(DATA / (sample + ".kdf"), folder / (sample + ".kdf"))
    return db


@pytest.mark.parametrize("sample", ["schema_0001.db", "schema_0002.db"])
def test_an_old_database_gets_ongoing_and_keeps_its_dates(sample: str, tmp_path: Path) -> None:
    db = _copy(sample, tmp_path)
    old = open_database(db, SAMPLE_PASSPHRASE, migrate=False)
    try:
        assert "0004_action_ongoing" not in old.schema_names()
        columns = [r[1] for r in old.db.execute("PRAGMA table_info(actions)").fetchall()]
        assert "ongoing" not in columns
        dates_before = old.db.execute("SELECT id, due_date FROM actions ORDER BY id").fetchall()
    finally:
        old.close()
    assert dates_before

    store = open_database(db, SAMPLE_PASSPHRASE)
    try:
        assert store.schema_names() == migrations.known_names()
        rows = store.db.execute("SELECT id, due_date, ongoing FROM actions ORDER BY id").fetchall()
        assert [(i, d) for i, d, _ in rows] == dates_before
        assert {o for *_, o in rows} == {0}
        repo = Repository(store)
        case_file = repo.load_case(repo.list_cases()[0].id)
        action = next(a for g in case_file.goals for a in g.actions)
        assert action.ongoing is False
        assert action.id is not None
        repo.update(Action, action.id, ongoing=True, due_date=None)
        again = repo.load_case(case_file.case.id or 0)
        stored = next(a for g in again.goals for a in g.actions if a.id == action.id)
        assert (stored.ongoing, stored.due_date) == (True, None)
    finally:
        store.close()
