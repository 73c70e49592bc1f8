"""Store operations of the guided conversation: start, open, replace scores."""

from __future__ import annotations

import datetime as dt

import pytest

from eigenkracht.core.model import (
    AssessmentSource,
    Case,
    Conversation,
    ConversationKind,
    DomainScore,
    Member,
    Perspective,
)
from eigenkracht.store import audit
from eigenkracht.store.repository import InvalidValue, NotFound, Repository

INSTRUMENT = ("leefgebieden", "1.0")


@pytest.fixture
def case_id(repo: Repository) -> int:
    cf = repo.create_case(
        Case(reference="EK-2026-0042", household_name="Fam. Çelik"),
        [Member(case_id=0, name="Zeynep Çelik", role="aanvrager")],
    )
    assert cf.case.id is not None
    return cf.case.id


def audit_events(repo: Repository) -> list[str]:
    return [str(r[0]) for r in repo.db.execute("SELECT event FROM audit_log ORDER BY id")]


def test_start_conversation_creates_the_conversation_and_both_assessments(
    repo: Repository, case_id: int
) -> None:
    conversation, citizen, professional = repo.start_conversation(
        case_id, ConversationKind.INTAKE, dt.date(2026, 3, 9), *INSTRUMENT
    )
    assert conversation.id is not None
    assert (citizen.perspective, professional.perspective) == (
        Perspective.CITIZEN,
        Perspective.PROFESSIONAL,
    )
    loaded = repo.load_case(case_id)
    assert [c.id for c in loaded.conversations] == [conversation.id]
    assert loaded.conversations[0].kind is ConversationKind.INTAKE
    assert {a.perspective for a in loaded.assessments} == set(Perspective)
    for assessment in loaded.assessments:
        assert assessment.conversation_id == conversation.id
        assert assessment.source is AssessmentSource.AT_TABLE
        assert assessment.member_id is None
        assert (assessment.instrument_id, assessment.instrument_version) == INSTRUMENT
    events = audit_events(repo)
    assert events.count("assessments.create") == 2
    assert "conversations.create" in events


def test_start_conversation_for_a_missing_case_changes_nothing(repo: Repository) -> None:
    with pytest.raises(NotFound):
        repo.start_conversation(999, ConversationKind.INTAKE, dt.date(2026, 3, 9), *INSTRUMENT)
    assert repo.db.execute("SELECT count(*) FROM conversations").fetchone()[0] == 0
    assert repo.db.execute("SELECT count(*) FROM assessments").fetchone()[0] == 0


def test_open_conversation_reuses_or_creates_the_assessments(
    repo: Repository, case_id: int
) -> None:
    conversation, citizen, professional = repo.start_conversation(
        case_id, ConversationKind.PROGRESS, dt.date(2026, 3, 9), *INSTRUMENT
    )
    assert conversation.id is not None
    case_file, conv, c2, p2 = repo.open_conversation(conversation.id, *INSTRUMENT)
    assert (c2.id, p2.id) == (citizen.id, professional.id)
    assert conv.id == conversation.id
    assert case_file.members[0].name == "Zeynep Çelik"
    assert "cases.read" in audit_events(repo)

    # A conversation made elsewhere, without assessments, gets them on opening.
    bare = repo.add_conversation(Conversation(case_id=case_id, date=dt.date(2026, 4, 1)))
    assert bare.id is not None
    _, _, c3, p3 = repo.open_conversation(bare.id, *INSTRUMENT)
    assert c3.id not in (citizen.id, professional.id)
    assert p3.perspective is Perspective.PROFESSIONAL
    # Another instrument gets its own pair.
    _, _, c4, _ = repo.open_conversation(bare.id, "welzijnsradar", "1.0")
    assert c4.id != c3.id


def test_replace_scores_sets_both_perspectives_in_one_transaction(
    repo: Repository, case_id: int
) -> None:
    _, citizen, professional = repo.start_conversation(
        case_id, ConversationKind.INTAKE, dt.date(2026, 3, 9), *INSTRUMENT
    )
    assert citizen.id is not None and professional.id is not None
    changes = repo.replace_scores(
        [
            (citizen.id, "financien", DomainScore("financien", level=2)),
            (
                professional.id,
                "financien",
                DomainScore(
                    "financien", level=3, situation="Huur € 740", share_self=50, share_network=20
                ),
            ),
        ]
    )
    assert [c.action for c in changes] == ["U", "U"]
    scores = {a.perspective: a.score("financien") for a in repo.load_case(case_id).assessments}
    assert scores[Perspective.CITIZEN] == DomainScore("financien", level=2)
    assert scores[Perspective.PROFESSIONAL] is not None
    assert scores[Perspective.PROFESSIONAL].situation == "Huur € 740"

    # None removes a score; removing one that is not there changes nothing.
    changes = repo.replace_scores([(citizen.id, "financien", None), (citizen.id, "justitie", None)])
    assert [c.action for c in changes] == ["D"]
    scores = {a.perspective: a.score("financien") for a in repo.load_case(case_id).assessments}
    assert scores[Perspective.CITIZEN] is None
    assert audit.verify(repo.db).ok


def test_replace_scores_refuses_bad_scores_and_changes_nothing(
    repo: Repository, case_id: int
) -> None:
    _, citizen, professional = repo.start_conversation(
        case_id, ConversationKind.INTAKE, dt.date(2026, 3, 9), *INSTRUMENT
    )
    assert citizen.id is not None and professional.id is not None
    bad = [
        DomainScore("financien", level=2, not_discussed=True),
        DomainScore("financien", share_self=50, share_network=20, share_professional=20),
        DomainScore("justitie", level=2),
    ]
    for score in bad:
        with pytest.raises(InvalidValue):
            repo.replace_scores(
                [
                    (professional.id, "huisvesting", DomainScore("huisvesting", level=4)),
                    (citizen.id, "financien", score),
                ]
            )
    # A failure half-way (an assessment that does not exist) rolls back the first item.
    with pytest.raises(NotFound):
        repo.replace_scores(
            [
                (professional.id, "huisvesting", DomainScore("huisvesting", level=4)),
                (999, "financien", DomainScore("financien", level=2)),
            ]
        )
    assert all(not a.scores for a in repo.load_case(case_id).assessments)
