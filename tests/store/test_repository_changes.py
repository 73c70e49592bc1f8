"""Every write records what changed; a unit makes several writes one transaction.

The Changes are what views refresh from and what an undo step stands on, so each test
compares them with what is really in the database afterwards."""

from __future__ import annotations

import datetime as dt

import pytest

from eigenkracht.core.model import (
    Action,
    Case,
    Change,
    Conversation,
    ConversationKind,
    DomainScore,
    Goal,
    Member,
    NetworkHelp,
    NetworkPerson,
    PlanStatus,
    PlanVersion,
)
from eigenkracht.store import audit
from eigenkracht.store.errors import FrozenPlan, InvalidValue, NotFound
from eigenkracht.store.repository import Repository, Unit

DAY = dt.date(2026, 3, 2)


@pytest.fixture
def case_id(repo: Repository) -> int:
    created = repo.create_case(Case(reference="EK-2026-0900", household_name="Fam. Wijziging"))
    assert created.case.id is not None
    return created.case.id


def count(repo: Repository, table: str) -> int:
    return int(repo.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_each_kind_of_write_records_the_rows_it_names(repo: Repository) -> None:
    with repo.unit() as unit:
        made = repo.create_case(
            Case(reference="EK-2026-0901", household_name="Fam. Nieuw"),
            [Member(case_id=0, name="Ans"), Member(case_id=0, name="Bo")],
        )
    case_id = made.case.id
    assert case_id is not None
    member_ids = [m.id for m in made.members]
    assert unit.changes == [
        Change("cases", "C", case_id, case_id),
        *(Change("members", "C", i, case_id) for i in member_ids if i is not None),
    ]

    with repo.unit() as unit:
        conversation, citizen, professional = repo.start_conversation(
            case_id, ConversationKind.INTAKE, DAY, "leefgebieden", "1.0"
        )
    assert [(c.table, c.action) for c in unit.changes] == [
        ("conversations", "C"),
        ("cases", "U"),  # the first conversation: the status follows (core.process)
        ("assessments", "C"),
        ("assessments", "C"),
    ]
    assert [c.id for c in unit.changes] == [
        conversation.id,
        case_id,
        citizen.id,
        professional.id,
    ]
    assert unit.changes[1].fields == ("status",)

    with repo.unit() as unit:
        goal = repo.add_goal(
            Goal(case_id, "financien", "Rust in de post", actions=[Action(0, "Post openen")])
        )
    assert goal.id is not None and goal.actions[0].id is not None
    assert unit.changes == [
        Change("goals", "C", goal.id, case_id),
        Change("actions", "C", goal.actions[0].id, case_id),
    ]


def test_a_unit_is_one_transaction_and_collects_every_change(
    repo: Repository, case_id: int
) -> None:
    conversation = repo.add_conversation(Conversation(case_id=case_id, date=DAY))
    assert conversation.id is not None
    with repo.unit() as unit:
        person = repo.add_person(NetworkPerson(case_id=case_id, name="Marian"))
        assert person.id is not None
        assert repo.db.conn.in_transaction  # one transaction for all of it
        repo.update(NetworkPerson, person.id, role="dochter")
        repo.set_helps(person.id, [NetworkHelp("financien")])
        version = repo.save_network_version(conversation.id)
    assert not repo.db.conn.in_transaction
    assert version.id is not None
    assert unit.changes == [
        Change("network_persons", "C", person.id, case_id),
        Change("network_persons", "U", person.id, case_id, ("role",)),
        Change("network_persons", "U", person.id, case_id, ("helps",)),
        Change("network_versions", "C", version.id, case_id),
    ]
    # The version is replaced by the next save: an update of the same row.
    with repo.unit() as unit:
        repo.update(NetworkPerson, person.id, notes="belt elke week")
        again = repo.save_network_version(conversation.id)
    assert again.id == version.id
    assert unit.changes[-1] == Change("network_versions", "U", version.id, case_id, ("snapshot",))


def test_a_failing_write_rolls_the_whole_unit_back(repo: Repository, case_id: int) -> None:
    conversation = repo.add_conversation(Conversation(case_id=case_id, date=DAY))
    assert conversation.id is not None
    persons, versions = count(repo, "network_persons"), count(repo, "network_versions")
    log_rows = len(audit.entries(repo.db))
    units: list[Unit] = []

    def half_done() -> None:
        assert conversation.id is not None
        with repo.unit() as unit:
            units.append(unit)
            person = repo.add_person(NetworkPerson(case_id=case_id, name="Karim"))
            repo.save_network_version(conversation.id)
            assert person.id is not None
            repo.update(NetworkPerson, person.id + 999, role="buurman")  # no such person

    with pytest.raises(NotFound):
        half_done()
    assert units[0].changes == []
    assert count(repo, "network_persons") == persons
    assert count(repo, "network_versions") == versions
    assert len(audit.entries(repo.db)) == log_rows  # not even an audit row stays
    assert not repo.db.conn.in_transaction
    # The repository works on after the rollback.
    assert repo.add_person(NetworkPerson(case_id=case_id, name="Karim")).id is not None


def test_a_refused_write_caught_inside_a_unit_leaves_the_rest(
    repo: Repository, case_id: int
) -> None:
    conversation = repo.add_conversation(Conversation(case_id=case_id, date=DAY))
    assert conversation.id is not None
    with repo.unit() as unit:
        person = repo.add_person(NetworkPerson(case_id=case_id, name="Ans"))
        with pytest.raises(InvalidValue):
            repo.update(Conversation, conversation.id, wellbeing=11)  # refused by the schema
    assert unit.changes == [Change("network_persons", "C", person.id or 0, case_id)]
    assert [p.name for p in repo.network(case_id)] == ["Ans"]
    assert repo.load_case(case_id).conversations[0].wellbeing is None


def test_removing_a_person_names_the_actions_that_lose_it(repo: Repository, case_id: int) -> None:
    person = repo.add_person(NetworkPerson(case_id=case_id, name="Marian"))
    goal = repo.add_goal(
        Goal(
            case_id, "financien", "Rust", actions=[Action(0, "Bellen", network_person_id=person.id)]
        )
    )
    action_id = goal.actions[0].id
    assert person.id is not None and action_id is not None
    with repo.unit() as unit:
        removed, named = repo.remove_person(person.id)
    assert named == [action_id]
    assert unit.changes == [
        Change("network_persons", "D", person.id, case_id),
        Change("actions", "U", action_id, case_id, ("network_person_id",)),
    ]
    with repo.unit() as unit:
        repo.restore_person(removed, named)
    assert unit.changes == [
        Change("network_persons", "C", person.id, case_id),
        Change("actions", "U", action_id, case_id, ("network_person_id",)),
    ]


def test_replacing_scores_returns_and_records_the_same(repo: Repository, case_id: int) -> None:
    _, citizen, _ = repo.start_conversation(
        case_id, ConversationKind.INTAKE, DAY, "leefgebieden", "1.0"
    )
    assert citizen.id is not None
    with repo.unit() as unit:
        returned = repo.replace_scores([(citizen.id, "financien", DomainScore("financien", 2))])
    assert unit.changes == returned
    assert returned[0].table == "domain_scores" and returned[0].fields == ("financien",)


def test_a_plan_edit_and_its_new_draft_are_one_transaction(repo: Repository, case_id: int) -> None:
    goal = repo.add_goal(Goal(case_id, "financien", "Rust", actions=[Action(0, "Bellen")]))
    assert goal.id is not None and goal.actions[0].id is not None
    action_id = goal.actions[0].id
    assert count(repo, "plan_versions") == 0
    draft, changes = repo.edit_plan(
        case_id,
        goals={goal.id: {"text": "Rust in de post"}},
        actions={action_id: {"what": "Samen bellen"}},
        plan={"agreements": "Elke week"},
    )
    assert draft.id is not None and draft.status is PlanStatus.DRAFT
    assert draft.agreements == "Elke week"
    assert changes == [
        Change("plan_versions", "C", draft.id, case_id),
        Change("goals", "U", goal.id, case_id, ("text",)),
        Change("actions", "U", action_id, case_id, ("what",)),
        Change("plan_versions", "U", draft.id, case_id, ("agreements",)),
    ]
    stored = repo.load_case(case_id)
    assert stored.goals[0].text == "Rust in de post"
    assert stored.goals[0].actions[0].what == "Samen bellen"
    assert [(p.id, p.agreements) for p in stored.plans] == [(draft.id, "Elke week")]
    # The next edit goes to the same draft and makes none.
    again, changes = repo.edit_plan(case_id, plan={"remarks": "Goed gesprek"})
    assert again.id == draft.id
    assert changes == [Change("plan_versions", "U", draft.id, case_id, ("remarks",))]


def test_a_refused_plan_edit_makes_no_draft(repo: Repository, case_id: int) -> None:
    goal = repo.add_goal(Goal(case_id, "financien", "Rust"))
    other = repo.create_case(Case(reference="EK-2026-0902", household_name="Fam. Ander"))
    assert goal.id is not None and other.case.id is not None
    foreign = repo.add_goal(Goal(other.case.id, "wonen", "Een huis"))
    assert foreign.id is not None
    plans, log_rows = count(repo, "plan_versions"), len(audit.entries(repo.db))
    with pytest.raises(InvalidValue):
        repo.edit_plan(case_id, goals={goal.id: {"text": "Nieuw"}, foreign.id: {"text": "X"}})
    with pytest.raises(InvalidValue):
        repo.edit_plan(case_id, goals={goal.id: {"id": 5}})
    assert count(repo, "plan_versions") == plans
    assert len(audit.entries(repo.db)) == log_rows
    assert repo.load_case(case_id).goals[0].text == "Rust"
    assert repo.load_case(other.case.id).goals[0].text == "Een huis"


def test_signing_records_the_signatures_and_the_frozen_version(
    repo: Repository, case_id: int
) -> None:
    from eigenkracht.core.model import Signature, SignerRole

    draft = repo.draft_plan(case_id)
    assert draft.id is not None
    with repo.unit() as unit:
        signed = repo.sign_plan(draft.id, {"plan": 1}, [Signature(SignerRole.CITIZEN, "Ans", DAY)])
    signature_id = signed.signatures[0].id
    assert signature_id is not None
    assert unit.changes == [
        Change("signatures", "C", signature_id, case_id),
        Change(
            "plan_versions",
            "U",
            draft.id,
            case_id,
            ("snapshot", "fingerprint", "status", "signed_at"),
        ),
    ]
    with pytest.raises(FrozenPlan):
        repo.update(PlanVersion, draft.id, remarks="te laat")


def test_units_nest_and_the_inner_changes_join_the_outer(repo: Repository, case_id: int) -> None:
    with repo.unit() as outer:
        first = repo.add_person(NetworkPerson(case_id=case_id, name="Een"))
        with repo.unit() as inner:
            second = repo.add_person(NetworkPerson(case_id=case_id, name="Twee"))
    assert inner.changes == [Change("network_persons", "C", second.id or 0, case_id)]
    assert [c.id for c in outer.changes] == [first.id, second.id]
