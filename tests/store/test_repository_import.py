"""Repository.import_at_home: what a worker accepts from a self-assessment, in one
transaction, audited, and never silently over what is recorded."""

from __future__ import annotations

import datetime as dt

import pytest

from eigenkracht.core.instruments import bundled_instruments
from eigenkracht.core.model import (
    AssessmentSource,
    Case,
    Conversation,
    ConversationKind,
    NetworkPerson,
    Perspective,
)
from eigenkracht.demo import build_demo
from eigenkracht.exchange import selfassessment as sa
from eigenkracht.exchange.selfassessment import DomainAnswer, Helper, SelfAssessment
from eigenkracht.store import audit
from eigenkracht.store.repository import InvalidValue, Repository

TODAY = dt.date(2026, 11, 9)


def instrument():  # type: ignore[no-untyped-def]
    return next(i for i in bundled_instruments() if i.id == "leefgebieden")


def content(filled_in_on: dt.date = TODAY) -> SelfAssessment:
    return SelfAssessment(
        "leefgebieden",
        "1.0",
        filled_in_on=filled_in_on,
        question="Ik wil weer zelf koken.",
        what_matters="Mijn hond houden",
        wellbeing=5,
        answers=[
            DomainAnswer("financien", 3, wants_to_discuss=True, remark="Krap"),
            DomainAnswer("justitie", skipped=True),
        ],
        helpers=[Helper("Nieuwe Buur", "buurvrouw", "koken")],
    )


def apply(repo: Repository, plan: sa.ImportPlan):  # type: ignore[no-untyped-def]
    return repo.import_at_home(
        plan.case_id,
        plan.conversation,
        plan.conversation_changes,
        plan.assessment,
        plan.new_persons,
        plan.person_notes,
    )


def snapshot(repo: Repository, case_id: int) -> tuple[object, int]:
    """The case as stored and the number of audit rows (load_case itself adds one)."""
    case_file = repo.load_case(case_id)
    rows = len(audit.entries(repo.db))
    case_file.case.updated_at = ""
    return case_file, rows


def test_import_into_a_demo_case(repo: Repository) -> None:
    build_demo(repo, today=TODAY)
    summary = repo.list_cases()[0]
    before = repo.load_case(summary.id)
    review = sa.review(content(dt.date(2026, 1, 1)), before, instrument(), TODAY)
    plan = review.plan(i.key for i in review.items if i.default)
    conversation, assessment, changes = apply(repo, plan)
    assert conversation is not None and assessment is not None
    after = repo.load_case(summary.id)
    stored = next(a for a in after.assessments if a.id == assessment.id)
    assert stored.perspective is Perspective.CITIZEN
    assert stored.source is AssessmentSource.AT_HOME
    assert stored.conversation_id == conversation.id
    scores = {s.domain: s for s in stored.scores}
    assert scores["financien"].level == 3
    assert scores["financien"].wants_to_discuss
    assert scores["financien"].situation == "Krap"
    assert scores["justitie"].not_discussed
    # every earlier assessment is untouched
    for old in before.assessments:
        assert next(a for a in after.assessments if a.id == old.id) == old
    rows = [e for e in audit.entries(repo.db, after.case.reference) if e.event.endswith("import")]
    assert [(e.event, e.action, e.object) for e in rows] == [
        ("assessments.import", "C", f"assessments:{assessment.id}")
    ]
    assert any(c.table == "assessments" and c.action == "C" for c in changes)


def test_new_conversation_and_network_person(repo: Repository) -> None:
    case = repo.create_case(Case(reference="EK-1", household_name="Fam. Kok")).case
    assert case.id is not None
    review = sa.review(content(), repo.load_case(case.id), instrument(), TODAY)
    assert review.target is None
    conversation, _, _ = apply(repo, review.plan(i.key for i in review.items))
    assert conversation is not None
    after = repo.load_case(case.id)
    (stored,) = after.conversations
    assert stored.kind is ConversationKind.INTAKE
    assert stored.date == TODAY
    assert (stored.question, stored.what_matters, stored.wellbeing) == (
        "Ik wil weer zelf koken.",
        "Mijn hond houden",
        5,
    )
    (person,) = after.network
    assert (person.name, person.role) == ("Nieuwe Buur", "buurvrouw")
    assert "Helpt met: koken" in person.notes
    events = [e.event for e in audit.entries(repo.db, "EK-1")]
    assert "conversations.create" in events
    assert "network_persons.create" in events
    assert events.count("assessments.import") == 1
    # no free text of the citizen in the log
    for entry in audit.entries(repo.db):
        for value in (entry.object, entry.event, entry.result):
            assert "koken" not in value and "Buur" not in value


def test_only_helpers_makes_no_empty_conversation(repo: Repository) -> None:
    case = repo.create_case(Case(reference="EK-2", household_name="Fam. Los")).case
    assert case.id is not None
    review = sa.review(content(), repo.load_case(case.id), instrument(), TODAY)
    apply(repo, review.plan(["helper:0"]))
    after = repo.load_case(case.id)
    assert after.conversations == []
    assert [p.name for p in after.network] == ["Nieuwe Buur"]
    (row,) = [e for e in audit.entries(repo.db) if e.event == "assessments.import"]
    assert row.object == f"cases:{case.id}"


def test_changed_meanwhile_stores_nothing(repo: Repository) -> None:
    case = repo.create_case(Case(reference="EK-3", household_name="Fam. Vlot")).case
    assert case.id is not None
    held = repo.add_conversation(
        Conversation(case_id=case.id, date=TODAY, question="Eerst dit", wellbeing=7)
    )
    assert held.id is not None
    person = repo.add_person(NetworkPerson(case_id=case.id, name="nieuwe buur", notes="oud"))
    review = sa.review(content(), repo.load_case(case.id), instrument(), TODAY)
    assert review.target is not None and review.target.id == held.id
    plan = review.plan(["question", "wellbeing", "domain:financien", "helper:0"])
    assert plan.conversation_changes["wellbeing"] == (7, 5)
    assert plan.person_notes and plan.person_notes[0][0] == person.id
    # meanwhile the question is edited at the table
    repo.update(Conversation, held.id, question="Iets anders")
    before = snapshot(repo, case.id)
    with pytest.raises(InvalidValue, match="intussen veranderd"):
        apply(repo, plan)
    after = snapshot(repo, case.id)
    assert after[0] == before[0]
    assert after[1] == before[1] + 1  # only the read of the snapshot itself


def test_accepted_fields_update_the_conversation(repo: Repository) -> None:
    case = repo.create_case(Case(reference="EK-4", household_name="Fam. Vlot")).case
    assert case.id is not None
    held = repo.add_conversation(Conversation(case_id=case.id, date=TODAY, wellbeing=7))
    review = sa.review(content(), repo.load_case(case.id), instrument(), TODAY)
    apply(repo, review.plan(["wellbeing", "question"]))
    (stored,) = repo.load_case(case.id).conversations
    assert stored.id == held.id
    assert stored.wellbeing == 5
    assert stored.question == "Ik wil weer zelf koken."
    assert repo.load_case(case.id).assessments == []


def test_refuses_nothing_and_foreign_rows(repo: Repository) -> None:
    one = repo.create_case(Case(reference="EK-5", household_name="Een")).case
    two = repo.create_case(Case(reference="EK-6", household_name="Twee")).case
    assert one.id is not None and two.id is not None
    other = repo.add_conversation(Conversation(case_id=two.id, date=TODAY))
    with pytest.raises(InvalidValue, match="niets gekozen"):
        repo.import_at_home(one.id, Conversation(case_id=one.id, date=TODAY), {}, None)
    with pytest.raises(InvalidValue, match="ander dossier"):
        repo.import_at_home(one.id, other, {"wellbeing": (None, 3)}, None)
    with pytest.raises(InvalidValue, match="tussen 0 en 10"):
        repo.import_at_home(
            one.id, Conversation(case_id=one.id, date=TODAY), {"wellbeing": (None, 11)}, None
        )
    with pytest.raises(InvalidValue):
        repo.import_at_home(
            one.id, Conversation(case_id=one.id, date=TODAY), {"notes": ("", "x")}, None
        )
    assert repo.load_case(one.id).conversations == []
