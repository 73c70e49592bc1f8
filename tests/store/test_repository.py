"""Store operations: one transaction each, returning what changed."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlcipher3 import dbapi2

from eigenkracht.core import serial
from eigenkracht.core.model import (
    Action,
    ActorKind,
    Agreement,
    Assessment,
    Case,
    Change,
    Conversation,
    DomainScore,
    Goal,
    HelpKind,
    Member,
    NetworkHelp,
    NetworkPerson,
    Perspective,
    PlanStatus,
    Ring,
    Signature,
    SignerRole,
)
from eigenkracht.store.repository import FrozenPlan, InvalidValue, NotFound, Repository


@pytest.fixture
def case_id(repo: Repository) -> int:
    cf = repo.create_case(
        Case(reference="EK-2026-0001", household_name="Fam. Özdemir-Jansen", coordinator="Sanne"),
        [
            Member(
                case_id=0, name="Aylin Özdemir", role="aanvrager", birth_date=dt.date(1980, 2, 29)
            )
        ],
    )
    assert cf.case.id is not None
    return cf.case.id


def test_create_and_load_round_trip(repo: Repository, case_id: int) -> None:
    conv = repo.add_conversation(
        Conversation(
            case_id=case_id,
            date=dt.date(2026, 11, 2),
            present=["Aylin", "tolk"],
            question="Ik krijg de brieven niet meer gelezen.",
            wellbeing=4,
        )
    )
    assert conv.id is not None
    assessment = repo.add_assessment(
        Assessment(
            conversation_id=conv.id,
            instrument_id="leefgebieden",
            instrument_version="1.0",
            perspective=Perspective.CITIZEN,
            scores=[
                DomainScore(
                    "financien", level=2, share_self=50, share_network=30, share_professional=20
                ),
                DomainScore("justitie", not_discussed=True, reason="Niet nodig"),
            ],
        )
    )
    person = repo.add_person(
        NetworkPerson(
            case_id=case_id,
            name="Fatma",
            role="zus",
            ring=Ring.INTIMATE,
            is_mantelzorger=True,
            helps=[NetworkHelp("financien", HelpKind.NOW, "leest de post")],
        )
    )
    goal = repo.add_goal(
        Goal(
            case_id=case_id,
            domain="financien",
            text="Overzicht in de post",
            actions=[
                Action(
                    goal_id=0,
                    what="Post samen openen",
                    actor_kind=ActorKind.NETWORK,
                    network_person_id=person.id,
                )
            ],
        )
    )
    loaded = repo.load_case(case_id)
    assert loaded.case.household_name == "Fam. Özdemir-Jansen"
    assert loaded.members[0].birth_date == dt.date(1980, 2, 29)
    assert loaded.conversations[0].present == ["Aylin", "tolk"]
    assert loaded.assessments[0].id == assessment.id
    assert loaded.assessments[0].score("financien") == assessment.scores[0]
    assert loaded.assessments[0].score("justitie").not_discussed  # type: ignore[union-attr]
    assert loaded.network[0].helps == [NetworkHelp("financien", HelpKind.NOW, "leest de post")]
    assert loaded.goals[0].actions[0].network_person_id == person.id
    assert loaded.goals[0].id == goal.id


def test_update_returns_what_changed_and_stamps_the_case(repo: Repository, case_id: int) -> None:
    conv = repo.add_conversation(Conversation(case_id=case_id, date=dt.date(2026, 11, 2)))
    assert conv.id is not None
    before = "2000-01-01T00:00:00Z"  # stamps have seconds: set an old one instead of waiting
    with repo.store.transaction() as tx:
        tx.execute("UPDATE cases SET updated_at = ? WHERE id = ?", [before, case_id])
    assert repo.get_case(case_id).updated_at == before
    change = repo.update(Conversation, conv.id, wellbeing=7, notes="beter")
    assert change == Change("conversations", "U", conv.id, case_id, ("wellbeing", "notes"))
    assert repo.load_case(case_id).conversations[0].wellbeing == 7
    assert repo.get_case(case_id).updated_at > before


def test_update_refuses_unknown_or_protected_fields(repo: Repository, case_id: int) -> None:
    with pytest.raises(InvalidValue):
        repo.update(Case, case_id, id=5)
    with pytest.raises(InvalidValue):
        repo.update(Case, case_id, **{"household_name = 'x'; --": "y"})


def test_out_of_range_value_changes_nothing(repo: Repository, case_id: int) -> None:
    conv = repo.add_conversation(
        Conversation(case_id=case_id, date=dt.date(2026, 11, 2), wellbeing=5)
    )
    assert conv.id is not None
    with pytest.raises(InvalidValue, match="niets veranderd"):
        repo.update(Conversation, conv.id, wellbeing=11)
    assert repo.load_case(case_id).conversations[0].wellbeing == 5


def test_shares_must_add_up(repo: Repository, case_id: int) -> None:
    conv = repo.add_conversation(Conversation(case_id=case_id, date=dt.date(2026, 11, 2)))
    assert conv.id is not None
    a = repo.add_assessment(Assessment(conv.id, "leefgebieden", "1.0", Perspective.PROFESSIONAL))
    assert a.id is not None
    with pytest.raises(InvalidValue, match="100"):
        repo.set_score(
            a.id,
            DomainScore(
                "werk-opleiding", 3, share_self=50, share_network=10, share_professional=10
            ),
        )
    repo.set_score(a.id, DomainScore("werk-opleiding", 3))
    repo.set_score(a.id, DomainScore("werk-opleiding", 4, situation="zoekt werk"))
    scores = repo.load_case(case_id).assessments[0].scores
    assert [(s.domain, s.level, s.situation) for s in scores] == [
        ("werk-opleiding", 4, "zoekt werk")
    ]


def test_duplicate_reference_is_refused(repo: Repository, case_id: int) -> None:
    with pytest.raises(InvalidValue, match="bestaat al"):
        repo.create_case(Case(reference="EK-2026-0001", household_name="Ander"))


def test_next_reference_counts_up(repo: Repository, case_id: int) -> None:
    year = dt.date.today().year
    repo.create_case(Case(reference=f"EK-{year}-0007", household_name="X"))
    assert repo.next_reference() == f"EK-{year}-0008"


def test_delete_case_cascades_and_clears_search(repo: Repository, case_id: int) -> None:
    repo.add_conversation(
        Conversation(case_id=case_id, date=dt.date(2026, 1, 1), notes="uniekwoord")
    )
    assert repo.search("uniekwoord") == [case_id]
    repo.delete(Case, case_id)
    assert repo.search("uniekwoord") == []
    assert repo.db.execute("SELECT count(*) FROM conversations").fetchone()[0] == 0
    with pytest.raises(NotFound):
        repo.load_case(case_id)


def test_search_prefix_diacritics_and_all_words(repo: Repository, case_id: int) -> None:
    other = repo.create_case(Case(reference="EK-2026-0002", household_name="Mevr. De Vries"))
    assert other.case.id is not None
    repo.add_conversation(
        Conversation(
            case_id=other.case.id, date=dt.date(2026, 1, 1), notes="Wil graag naar de dagbesteding"
        )
    )
    assert repo.search("ozdem") == [case_id]
    assert repo.search("Özdemir aylin") == [case_id]
    assert repo.search("dagbest") == [other.case.id]
    assert repo.search("vries dagbesteding") == [other.case.id]
    assert repo.search("vries özdemir") == []
    assert repo.search('" OR * NEAR(') == []  # FTS syntax is never passed through
    assert repo.search("") == []
    # A single letter looks at names and references only, not at free text.
    assert repo.search("v") == [other.case.id]
    assert repo.search("w") == []


def test_signed_plan_is_frozen(repo: Repository, case_id: int) -> None:
    plan = repo.new_plan_version(case_id, agreements="We bellen elke week.")
    assert plan.id is not None and plan.number == 1
    snapshot = serial.to_plain(repo.load_case(case_id))
    signed = repo.sign_plan(
        plan.id,
        snapshot,
        [
            Signature(
                SignerRole.CITIZEN,
                "Aylin Özdemir",
                dt.date(2026, 11, 3),
                "Utrecht",
                Agreement.AGREES,
            )
        ],
    )
    assert signed.status is PlanStatus.SIGNED
    assert signed.fingerprint == serial.fingerprint(snapshot)
    assert len(signed.fingerprint) == 64
    with pytest.raises(FrozenPlan):
        repo.update(type(signed), plan.id, agreements="iets anders")
    with pytest.raises(FrozenPlan):
        repo.delete(type(signed), plan.id)
    with (
        pytest.raises(dbapi2.IntegrityError, match="frozen"),  # the database refuses too
        repo.store.transaction() as db,
    ):
        db.execute("UPDATE plan_versions SET remarks = 'x' WHERE id = ?", [plan.id])
    second = repo.new_plan_version(case_id)
    assert second.number == 2


def test_unknown_rows_are_not_found(repo: Repository) -> None:
    with pytest.raises(NotFound):
        repo.update(Conversation, 12345, notes="x")
    with pytest.raises(NotFound):
        repo.add_conversation(Conversation(case_id=999, date=dt.date(2026, 1, 1)))
