"""A case can be removed from the laptop after handover: all of it, for good."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from eigenkracht.demo import build_demo
from eigenkracht.store import audit
from eigenkracht.store.database import Store
from eigenkracht.store.repository import Repository


def test_remove_case_takes_everything_and_leaves_one_audit_row(
    store: Store, repo: Repository, db_path: Path
) -> None:
    build_demo(repo, today=dt.date(2026, 11, 9))
    case = repo.find_case("EK-2026-0005")
    assert case is not None and case.id is not None
    assert repo.search("Alzheimer")
    tables = [
        "members", "conversations", "assessments", "domain_scores", "network_persons",
        "network_help", "goals", "actions", "plan_versions", "network_versions",
    ]  # fmt: skip
    before = {t: store.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    repo.remove_case(case.id)
    assert not db_path.with_name(db_path.name + "-wal").stat().st_size  # emptied at once

    assert repo.find_case("EK-2026-0005") is None
    assert repo.search("Alzheimer") == []
    assert repo.search("Van Dijk") == []
    for table in ("members", "conversations", "network_persons", "goals", "network_versions"):
        rows = store.db.execute(f"SELECT count(*) FROM {table} WHERE case_id = ?", [case.id])
        assert rows.fetchone()[0] == 0, table
    after = {t: store.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    assert all(after[t] <= before[t] for t in tables)
    deletes = [e for e in audit.entries(store.db) if e.action == "D"]
    assert [(e.event, e.case_ref) for e in deletes] == [("cases.delete", "EK-2026-0005")]
    assert audit.verify(store.db).ok
    assert store.db.execute("PRAGMA secure_delete").fetchone()[0] == 1
