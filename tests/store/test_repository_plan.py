"""The plan operations: a draft after signing, undoing a deleted goal or action."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from eigenkracht.core import serial
from eigenkracht.core.instruments import bundled_instruments
from eigenkracht.core.model import (
    Action,
    ActorKind,
    Agreement,
    Case,
    Goal,
    Member,
    PlanStatus,
    PlanVersion,
    Signature,
    SignerRole,
)
from eigenkracht.core.plan import build_snapshot
from eigenkracht.store import audit
from eigenkracht.store.repository import FrozenPlan, InvalidValue, Repository


@pytest.fixture
def case_id(repo: Repository) -> int:
    cf = repo.create_case(
        Case(reference="EK-2026-0077", household_name="Fam. Çelik", coordinator="Joke"),
        [Member(case_id=0, name="Emre Çelik", role="aanvrager")],
    )
    assert cf.case.id is not None
    return cf.case.id


def sign(repo: Repository, plan: PlanVersion) -> PlanVersion:
    assert plan.id is not None
    instrument = next(i for i in bundled_instruments() if i.id == "leefgebieden")
    signature = Signature(SignerRole.CITIZEN, "Emre Çelik", dt.date(2026, 11, 3), "Utrecht")
    case_file = repo.load_case(plan.case_id)
    current = next(p for p in case_file.plans if p.id == plan.id)
    snapshot = build_snapshot(
        case_file, instrument, current, today=dt.date(2026, 11, 3), signatures=[signature]
    )
    return repo.sign_plan(plan.id, snapshot, [signature])


def test_the_draft_is_made_once(repo: Repository, case_id: int) -> None:
    first = repo.draft_plan(case_id)
    assert first.number == 1 and first.status is PlanStatus.DRAFT and first.created_at
    assert repo.draft_plan(case_id).id == first.id
    assert [p.number for p in repo.load_case(case_id).plans] == [1]


def test_after_signing_an_edit_goes_to_a_new_draft(repo: Repository, case_id: int) -> None:
    draft = repo.draft_plan(case_id)
    assert draft.id is not None
    repo.update(
        PlanVersion,
        draft.id,
        agreements="Elke week bellen.",
        remarks="Ik wil het zelf ook proberen.",
        evaluation_date=dt.date(2027, 1, 4),
        informed_clientondersteuning=True,
        copy_received=True,
    )
    signed = sign(repo, draft)
    assert signed.status is PlanStatus.SIGNED and len(signed.fingerprint) == 64
    with pytest.raises(FrozenPlan):
        repo.update(PlanVersion, draft.id, remarks="later")

    second = repo.draft_plan(case_id)
    assert second.number == 2 and second.status is PlanStatus.DRAFT
    assert second.agreements == "Elke week bellen."
    assert second.remarks == ""  # remarks belong to the signing of version 1 (issue 11)
    assert second.evaluation_date == dt.date(2027, 1, 4)
    assert second.informed_clientondersteuning
    assert not second.copy_received  # the copy of the new version is not yet handed over
    assert second.id is not None
    repo.update(PlanVersion, second.id, remarks="Nieuw")
    plans = repo.load_case(case_id).plans
    assert [(p.number, p.status) for p in plans] == [
        (1, PlanStatus.SIGNED),
        (2, PlanStatus.DRAFT),
    ]
    # The signed version keeps its snapshot and fingerprint, readable as it was.
    assert serial.fingerprint(json.loads(plans[0].snapshot)) == plans[0].fingerprint
    assert plans[0].remarks == "Ik wil het zelf ook proberen."
    assert plans[0].signatures[0].agreement is Agreement.AGREES


def test_a_deleted_goal_comes_back_with_its_ids(repo: Repository, case_id: int) -> None:
    goal = repo.add_goal(
        Goal(
            case_id=case_id,
            domain="financien",
            text="Rekeningen op tijd.",
            actions=[
                Action(goal_id=0, what="Opent de post", actor_kind=ActorKind.SELF),
                Action(goal_id=0, what="Budgetcoach", actor_kind=ActorKind.PROFESSIONAL),
            ],
        )
    )
    assert goal.id is not None
    full = repo.load_case(case_id).goals[0]
    repo.delete(Goal, goal.id)
    assert repo.load_case(case_id).goals == []
    back = repo.restore_goal(full)
    assert back.id == goal.id
    assert [a.id for a in back.actions] == [a.id for a in full.actions]
    assert repo.load_case(case_id).goals == [full]


def test_a_restored_goal_gets_a_new_id_when_its_own_is_taken(
    repo: Repository, case_id: int
) -> None:
    goal = repo.add_goal(Goal(case_id=case_id, domain="financien", text="Eerste"))
    other = Goal(case_id=case_id, domain="huisvesting", text="Tweede", id=goal.id)
    back = repo.restore_goal(other)
    assert back.id != goal.id
    with pytest.raises(InvalidValue):
        repo.restore_goal(Goal(case_id=case_id, domain="financien", text="  "))


def test_a_deleted_action_comes_back(repo: Repository, case_id: int) -> None:
    goal = repo.add_goal(Goal(case_id=case_id, domain="financien", text="Doel"))
    assert goal.id is not None
    action = repo.add_action(Action(goal_id=goal.id, what="Belt de bank", due_date=None))
    assert action.id is not None
    repo.delete(Action, action.id)
    back = repo.restore_action(action)
    assert back == action
    assert repo.load_case(case_id).goals[0].actions == [action]
    events = [e.event for e in audit.entries(repo.db, "EK-2026-0077")]
    assert events.count("actions.create") == 2
    assert "actions.delete" in events


def test_the_working_version_follows_any_change_after_signing(
    repo: Repository, case_id: int
) -> None:
    """core.plan.working_version over the stored case: the signed version while nothing
    changed; after a change to the question, the network or a member, the next version
    as a draft that is not stored (the store makes it with the same number)."""
    from eigenkracht.core.model import ConversationKind, NetworkPerson
    from eigenkracht.core.plan import working_version

    instrument = next(i for i in bundled_instruments() if i.id == "leefgebieden")
    conversation, _c, _p = repo.start_conversation(
        case_id, ConversationKind.INTAKE, dt.date(2026, 11, 3), instrument.id, instrument.version
    )
    assert conversation.id is not None
    draft = repo.draft_plan(case_id)
    signed = sign(repo, draft)
    today = dt.date(2026, 11, 3)

    def working() -> PlanVersion:
        return working_version(repo.load_case(case_id), instrument, today=today)

    now = working()
    assert (now.id, now.number, now.status) == (signed.id, 1, PlanStatus.SIGNED)
    from eigenkracht.core.model import Conversation

    repo.update(Conversation, conversation.id, question="Ik wil weer zelf boodschappen doen.")
    now = working()
    assert (now.id, now.number, now.status) == (None, 2, PlanStatus.DRAFT)
    assert [p.number for p in repo.load_case(case_id).plans] == [1]  # nothing stored
    repo.update(Conversation, conversation.id, question="")
    assert working().status is PlanStatus.SIGNED  # back as signed: nothing changed
    repo.add_person(NetworkPerson(case_id=case_id, name="Ayla Demir", role="buurvrouw"))
    assert working().number == 2
    stored = repo.draft_plan(case_id)
    assert working() == stored and stored.number == 2
