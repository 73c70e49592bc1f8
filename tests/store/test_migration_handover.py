"""Migration 0007_handover: an older database gets its own database_uid, a stable uid on
every case and record a bundle carries (distinct, also on signed plan versions, which
stay frozen), and the hand-over fields; new rows get a uid of their own."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from eigenkracht.core.model import Case, Conversation
from eigenkracht.store import migrations
from eigenkracht.store.database import Store, open_database
from eigenkracht.store.repository import Repository

DATA = Path(__file__).with_name("data")
SAMPLE_PASSPHRASE = "voorbeeld van een oude database"


def _copy(sample: str, folder: Path) -> Path:
    db = folder / sample
    shutil.copy2(DATA / sample, db)
    shutil.copy2(DATA / (sample + ".kdf"), folder / (sample + ".kdf"))
    return db


def _uids(store: Store, table: str) -> list[str | None]:
    return [r[0] for r in store.db.execute(f"SELECT uid FROM {table}").fetchall()]


@pytest.mark.parametrize("sample", ["schema_0005.db", "schema_0006.db"])
def test_an_old_database_gets_uids_and_handover_fields(sample: str, tmp_path: Path) -> None:
    db = _copy(sample, tmp_path)
    old = open_database(db, SAMPLE_PASSPHRASE, migrate=False)
    try:
        assert "0007_handover" not in old.schema_names()
        signed = old.db.execute(
            "SELECT count(*) FROM plan_versions WHERE status = 'ondertekend'"
        ).fetchone()[0]
    finally:
        old.close()
    assert signed  # the sample has signed plan versions: the frozen trigger was lifted

    store = open_database(db, SAMPLE_PASSPHRASE)
    try:
        assert store.schema_names() == migrations.known_names()
        meta = dict(store.db.execute("SELECT key, value FROM meta").fetchall())
        assert len(meta["database_uid"]) == 32
        for table in migrations.UID_TABLES:
            uids = _uids(store, table)
            assert uids or table == "own_plans", table  # 0005 has no own plans
            assert all(u and len(u) == 32 for u in uids), table
            assert len(set(uids)) == len(uids), table
        repo = Repository(store)
        case = repo.get_case(repo.list_cases()[0].id)
        assert len(case.uid) == 32
        assert case.handed_over_on is None and case.handed_over_to == ""
        with pytest.raises(Exception, match="frozen"):
            store.db.execute("UPDATE plan_versions SET remarks = 'x' WHERE status = 'ondertekend'")
    finally:
        store.close()


def test_a_new_database_has_a_uid_and_new_rows_get_one(repo: Repository) -> None:
    meta = dict(repo.db.execute("SELECT key, value FROM meta").fetchall())
    assert len(meta["database_uid"]) == 32
    made = repo.create_case(Case(reference="EK-1", household_name="Jansen"))
    assert made.case.id is not None
    assert len(made.case.uid) == 32
    assert repo.get_case(made.case.id).uid == made.case.uid
    other = repo.create_case(Case(reference="EK-2", household_name="Pietersen", uid="a" * 32))
    assert other.case.uid == "a" * 32
    repo.add_conversation(Conversation(case_id=made.case.id, date=dt.date(2026, 11, 9)))
    uids = _uids(repo.store, "conversations")
    assert len(uids) == 1 and uids[0] and len(uids[0]) == 32
