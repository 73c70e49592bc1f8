"""The retention overview of a real encrypted database (store/repo/retention.py): the end
of every case from its kind, its closing and its last change, and what is offered for
removal; removing goes through remove_case."""

from __future__ import annotations

import datetime as dt

import pytest

from eigenkracht.core.model import (
    Action,
    ActorKind,
    Case,
    CaseKind,
    CaseStatus,
    Goal,
    Member,
)
from eigenkracht.core.retention import RetentionPolicy, RetentionReason, add_years
from eigenkracht.demo import build_demo
from eigenkracht.store.repository import Repository
from support import TODAY

D = dt.date
CLOSED = D(2026, 3, 2)


def last_change(repo: Repository, case_id: int) -> dt.date:
    return D.fromisoformat(repo.get_case(case_id).updated_at[:10])


def closed_case(repo: Repository, reference: str, kind: CaseKind, **fields: object) -> int:
    made = repo.create_case(
        Case(
            reference,
            f"Fam. {reference}",
            case_kind=kind,
            melding_date=D(2026, 1, 5),
            status=CaseStatus.AFGESLOTEN,
            closed_on=CLOSED,
            **fields,  # type: ignore[arg-type]
        )
    )
    assert made.case.id is not None
    return made.case.id


def test_the_demo_open_cases_have_no_end_the_closed_one_its_own_day(repo: Repository) -> None:
    build_demo(repo, today=TODAY)
    lines = repo.retention_overview(TODAY)
    assert [line.reference for line in lines] == sorted(line.reference for line in lines)
    assert len(lines) == 9
    ended = [line for line in lines if line.end is not None]
    assert [line.household_name for line in ended] == ["Dhr. Jansen"]
    jansen = ended[0]
    assert jansen.retention.reason is RetentionReason.SET_ON_CASE
    assert jansen.closed_on == TODAY - dt.timedelta(weeks=8)
    assert jansen.end == add_years(TODAY - dt.timedelta(weeks=8), 15)
    assert all(line.retention.reason is RetentionReason.OPEN for line in lines if line.end is None)
    assert repo.removable_cases(TODAY) == []
    # the day after the end it is offered for removal, the day itself not yet
    assert jansen.end is not None
    assert repo.removable_cases(jansen.end) == []
    offered = repo.removable_cases(jansen.end + dt.timedelta(days=1))
    assert [(line.reference, line.past) for line in offered] == [(jansen.reference, True)]


def test_wmo_support_and_none_and_jeugdwet(repo: Repository) -> None:
    plain = closed_case(repo, "EK-1", CaseKind.WMO)
    decided = closed_case(
        repo, "EK-2", CaseKind.WMO, aanvraag_date=D(2026, 2, 1), beschikking_date=D(2026, 2, 10)
    )
    maatwerk = closed_case(repo, "EK-3", CaseKind.WMO)
    goal = repo.add_goal(Goal(case_id=maatwerk, domain="huishouden", text="Schoon huis"))
    assert goal.id is not None
    repo.add_action(
        Action(goal_id=goal.id, what="Hulp bij het huishouden", actor_kind=ActorKind.MAATWERK)
    )
    youth = closed_case(repo, "EK-4", CaseKind.JEUGD)
    lines = {line.reference: line for line in repo.retention_overview(TODAY)}
    assert lines["EK-1"].retention.reason is RetentionReason.WMO_NO_SUPPORT
    assert lines["EK-1"].end == D(2031, 3, 2)
    assert lines["EK-2"].retention.reason is RetentionReason.WMO_SUPPORT
    assert lines["EK-2"].end == D(2041, 3, 2)
    assert (lines["EK-3"].retention.reason, lines["EK-3"].end) == (
        RetentionReason.WMO_SUPPORT,
        D(2041, 3, 2),
    )
    assert lines["EK-4"].retention.reason is RetentionReason.JEUGD
    assert lines["EK-4"].end == add_years(last_change(repo, youth), 20)
    assert lines["EK-1"].last_change == last_change(repo, plain)
    assert lines["EK-2"].case_id == decided
    # the organisation's own years
    policy = RetentionPolicy(jeugdwet_years=30, wmo_support_years=10, wmo_no_support_years=1)
    mine = {line.reference: line.end for line in repo.retention_overview(TODAY, policy)}
    assert mine["EK-1"] == D(2027, 3, 2)
    assert mine["EK-2"] == mine["EK-3"] == D(2036, 3, 2)
    assert mine["EK-4"] == add_years(last_change(repo, youth), 30)


def test_a_later_change_moves_the_jeugdwet_end(repo: Repository) -> None:
    youth = closed_case(repo, "EK-4", CaseKind.JEUGD)
    repo.db.execute("UPDATE cases SET updated_at = ? WHERE id = ?", ["2026-04-01T10:00:00Z", youth])
    before = repo.case_retention(youth, TODAY)
    assert before is not None and before.end == D(2046, 4, 1)
    repo.add_member(Member(case_id=youth, name="Daan"))  # touches the case
    after = repo.case_retention(youth, TODAY)
    assert after is not None and after.last_change == last_change(repo, youth) > D(2026, 4, 1)
    assert after.end == add_years(after.last_change, 20)


def test_past_retention_is_offered_and_removed_only_through_remove_case(
    repo: Repository,
) -> None:
    gone = closed_case(repo, "EK-1", CaseKind.WMO)
    kept = closed_case(
        repo, "EK-2", CaseKind.WMO, beschikking_date=D(2026, 2, 10), aanvraag_date=D(2026, 2, 1)
    )
    later = D(2032, 1, 1)
    offered = repo.removable_cases(later)
    assert [line.case_id for line in offered] == [gone]  # listing removes nothing
    assert len(repo.list_cases()) == 2
    repo.remove_case(gone)
    assert [line.case_id for line in repo.retention_overview(later)] == [kept]
    assert repo.case_retention(gone, later) is None


def test_a_handed_over_case_is_offered_before_its_end(repo: Repository) -> None:
    case_id = closed_case(repo, "EK-1", CaseKind.WMO)
    columns = {row[1] for row in repo.db.execute("PRAGMA table_info(cases)").fetchall()}
    if "handed_over_on" not in columns:
        pytest.skip("migration 0007 (hand-over) is not there yet")
    repo.db.execute(
        "UPDATE cases SET handed_over_on = ?, handed_over_to = ? WHERE id = ?",
        ["2026-03-10", "Joke Mulder", case_id],
    )
    [line] = repo.removable_cases(TODAY)
    assert (line.past, line.handed_over_on, line.handed_over_to) == (
        False,
        D(2026, 3, 10),
        "Joke Mulder",
    )


def test_reads_the_cases_and_the_actions_nothing_else(repo: Repository) -> None:
    build_demo(repo, today=TODAY)
    read: set[str] = set()

    def authorizer(action: int, table: str | None, *rest: object) -> int:
        if action == 20 and table:  # SQLITE_READ: a column of a table is read
            read.add(table)
        return 0  # SQLITE_OK

    conn = repo.db.conn
    conn.set_authorizer(authorizer)
    try:
        lines = repo.retention_overview(TODAY)
    finally:
        conn.set_authorizer(None)
    assert len(lines) == 9
    assert read <= {"cases", "actions", "sqlite_master"}, read
    assert "cases" in read and "conversations" not in read and "domain_scores" not in read
