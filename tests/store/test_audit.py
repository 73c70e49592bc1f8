"""The access log: NEN 7513 fields, hash chain, tamper detection."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from eigenkracht.core.model import Case, Conversation, Member
from eigenkracht.store import audit
from eigenkracht.store.repository import Repository


def fill(repo: Repository) -> int:
    cf = repo.create_case(
        Case(reference="EK-1", household_name="Fam. Geheim"),
        [Member(case_id=0, name="Piet Geheim")],
    )
    case_id = cf.case.id
    assert case_id is not None
    conv = repo.add_conversation(
        Conversation(case_id=case_id, date=dt.date(2026, 11, 1), notes="schulden bij de bank")
    )
    assert conv.id is not None
    repo.update(Conversation, conv.id, question="Ik wil hulp met mijn post")
    repo.load_case(case_id)
    repo.search("Geheim")
    repo.log_export(case_id, "export")
    repo.log_export(case_id, "print")
    return case_id


def test_every_kind_of_access_is_logged_with_nen7513_fields(repo: Repository) -> None:
    fill(repo)
    rows = audit.entries(repo.db)
    events = [(r.event, r.action) for r in rows]
    assert ("cases.create", "C") in events
    assert ("conversations.create", "C") in events
    assert ("conversations.update", "U") in events
    assert ("cases.read", "R") in events
    assert ("cases.search", "R") in events
    assert ("cases.export", "E") in events
    assert ("cases.print", "E") in events
    for row in rows:
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", row.ts)
        assert row.worker == repo.store.worker
        assert row.result == "ok"
        assert row.origin == "test"
    assert {r.case_ref for r in rows if r.event != "cases.search"} == {"EK-1"}


def test_log_holds_no_client_free_text(repo: Repository) -> None:
    fill(repo)
    dump = "\n".join(str(r) for r in audit.entries(repo.db))
    for secret in ["Geheim", "Piet", "schulden", "post"]:
        assert secret not in dump


def test_delete_is_logged(repo: Repository) -> None:
    case_id = fill(repo)
    repo.delete(Case, case_id)
    assert audit.entries(repo.db)[-1].action == "D"
    assert audit.verify(repo.db).ok


def test_untouched_chain_verifies(repo: Repository) -> None:
    fill(repo)
    report = audit.verify(repo.db)
    assert report.ok
    assert report.rows == len(audit.entries(repo.db)) >= 7


@pytest.mark.parametrize("column", ["event", "ts", "worker", "case_ref", "action", "result"])
def test_altered_row_is_detected(repo: Repository, column: str) -> None:
    fill(repo)
    value = "R" if column == "action" else "tampered"
    with repo.store.transaction() as db:
        db.execute(f"UPDATE audit_log SET {column} = ? WHERE id = 3", [value])
    report = audit.verify(repo.db)
    assert not report.ok
    assert report.broken_at == 3


def test_altered_row_with_recomputed_hash_breaks_the_next_link(repo: Repository) -> None:
    fill(repo)
    row = next(repo.db.query("SELECT * FROM audit_log WHERE id = 2"))
    row["worker"] = "someone else"
    with repo.store.transaction() as db:
        db.execute(
            "UPDATE audit_log SET worker = ?, hash = ? WHERE id = 2",
            [row["worker"], audit.row_hash(row)],
        )
    report = audit.verify(repo.db)
    assert report.broken_at == 3


def test_deleted_middle_row_is_detected(repo: Repository) -> None:
    fill(repo)
    with repo.store.transaction() as db:
        db.execute("DELETE FROM audit_log WHERE id = 4")
    report = audit.verify(repo.db)
    assert report.broken_at == 5


def test_deleted_last_rows_are_detected(repo: Repository) -> None:
    fill(repo)
    last = audit.entries(repo.db)[-1].id
    with repo.store.transaction() as db:
        db.execute("DELETE FROM audit_log WHERE id >= ?", [last - 1])
    report = audit.verify(repo.db)
    assert not report.ok
    assert report.broken_at == last - 1


def test_deleting_everything_is_detected(repo: Repository) -> None:
    fill(repo)
    with repo.store.transaction() as db:
        db.execute("DELETE FROM audit_log")
    assert not audit.verify(repo.db).ok


def test_failed_operation_leaves_no_log_row(repo: Repository) -> None:
    fill(repo)
    before = len(audit.entries(repo.db))
    with pytest.raises(Exception):  # noqa: B017, PT011 - any refusal will do
        repo.add_conversation(Conversation(case_id=999, date=dt.date(2026, 1, 1)))
    assert len(audit.entries(repo.db)) == before
