"""Fixtures for the caseload screens: a real encrypted database with a few cases
whose deadlines fall in every state on a fixed day."""

from __future__ import annotations

import datetime as dt

import pytest

from eigenkracht.core.model import (
    Action,
    ActorKind,
    Assessment,
    AssessmentSource,
    Case,
    CaseStatus,
    Conversation,
    ConversationKind,
    DomainScore,
    Goal,
    Member,
    NetworkPerson,
    Perspective,
)
from eigenkracht.store.repository import Repository
from support import TODAY


@pytest.fixture(autouse=True)
def _dutch(dutch_locale: None) -> None:
    """Every caseload screen writes its dates as the Dutch program does."""


@pytest.fixture
def today() -> dt.date:
    """The day the tests look at the deadlines from."""
    return TODAY


def add_case(repo: Repository, reference: str, name: str, **fields: object) -> int:
    members = [Member(case_id=0, name=name.split()[-1], role="aanvrager")]
    created = repo.create_case(Case(reference=reference, household_name=name, **fields), members)  # type: ignore[arg-type]
    assert created.case.id is not None
    return created.case.id


@pytest.fixture
def cases(repo: Repository) -> dict[str, int]:
    """Six households; on TODAY their nearest deadlines are:

    overdue: verslag due Mon 02-11-2026 (7 days late)
    beschikking: beschikking due Mon 09-11-2026 (today, soon)
    soon-verslag: verslag due Thu 12-11-2026 (3 days, soon)
    soon-plan: persoonlijk plan due Fri 13-11-2026 (4 days, soon)
    open: verslag due Tue 01-12-2026 (22 days)
    none: no melding date, no deadlines
    """
    d = dt.date
    return {
        "soon-verslag": add_case(
            repo,
            "EK-2026-0001",
            "Fam. Özdemir-Jansen",
            coordinator="s.bakker",
            status=CaseStatus.ONDERZOEK,
            melding_date=d(2026, 10, 1),
        ),
        "overdue": add_case(
            repo,
            "EK-2026-0002",
            "Fam. de Vries",
            coordinator="m.smit",
            status=CaseStatus.ONDERZOEK,
            melding_date=d(2026, 9, 21),
        ),
        "soon-plan": add_case(
            repo,
            "EK-2026-0003",
            "Dhr. Bakker",
            coordinator="s.bakker",
            melding_date=d(2026, 11, 6),
        ),
        "open": add_case(
            repo,
            "EK-2026-0004",
            "Mw. El Amrani",
            coordinator="s.bakker",
            melding_date=d(2026, 10, 20),
            persoonlijk_plan_received=d(2026, 10, 24),
        ),
        "none": add_case(repo, "EK-2026-0005", "Fam. Pietersen", coordinator="m.smit"),
        "beschikking": add_case(
            repo,
            "EK-2026-0006",
            "Fam. Jansen",
            coordinator="s.bakker",
            status=CaseStatus.PLAN,
            melding_date=d(2026, 8, 3),
            persoonlijk_plan_received=d(2026, 8, 7),
            verslag_sent=d(2026, 9, 1),
            aanvraag_date=d(2026, 10, 26),
        ),
    }


@pytest.fixture
def full_case(repo: Repository, cases: dict[str, int]) -> int:
    """The Özdemir-Jansen household with conversations, both perspectives and goals."""
    case_id = cases["soon-verslag"]
    repo.add_member(
        Member(
            case_id=case_id, name="Mehmet Özdemir", role="partner", birth_date=dt.date(1978, 6, 1)
        )
    )
    first = repo.add_conversation(
        Conversation(
            case_id=case_id,
            date=dt.date(2026, 10, 8),
            kind=ConversationKind.INTAKE,
            place="thuis, keukentafel",
            question="Ik krijg de brieven niet meer gelezen.",
            wellbeing=4,
        )
    )
    second = repo.add_conversation(
        Conversation(
            case_id=case_id,
            date=dt.date(2026, 11, 2),
            kind=ConversationKind.PROGRESS,
            place="wijkcentrum <De Brug>",
            wellbeing=6,
        )
    )
    assert first.id is not None and second.id is not None
    repo.add_assessment(
        Assessment(
            conversation_id=first.id,
            instrument_id="leefgebieden",
            instrument_version="1.0",
            perspective=Perspective.CITIZEN,
            source=AssessmentSource.AT_HOME,
            scores=[DomainScore("financien", level=2), DomainScore("huisvesting", level=4)],
        )
    )
    repo.add_assessment(
        Assessment(
            conversation_id=second.id,
            instrument_id="leefgebieden",
            instrument_version="1.0",
            perspective=Perspective.CITIZEN,
            source=AssessmentSource.AT_TABLE,
            scores=[
                DomainScore("financien", level=4),
                DomainScore("huisvesting", level=4),
                DomainScore("zelfzorg", level=3),
                DomainScore("justitie", not_discussed=True, reason="speelt niet"),
            ],
        )
    )
    repo.add_assessment(
        Assessment(
            conversation_id=second.id,
            instrument_id="leefgebieden",
            instrument_version="1.0",
            perspective=Perspective.PROFESSIONAL,
            scores=[
                DomainScore("financien", level=2),
                DomainScore("huisvesting", level=4),
                DomainScore("zelfzorg", level=2),
            ],
        )
    )
    daughter = repo.add_person(NetworkPerson(case_id=case_id, name="Elif", role="dochter"))
    repo.add_goal(
        Goal(
            case_id=case_id,
            domain="financien",
            text="De post is elke week geopend en de rekeningen zijn betaald.",
            measure="Geen nieuwe aanmaningen in december.",
            due_date=dt.date(2027, 1, 31),
            actions=[
                Action(
                    goal_id=0,
                    what="Schuldhulp aanvragen",
                    actor_kind=ActorKind.PROFESSIONAL,
                    actor_name="Schuldhulp Noord",
                ),
                Action(
                    goal_id=0,
                    what="Post elke zaterdag samen openen",
                    actor_kind=ActorKind.NETWORK,
                    network_person_id=daughter.id,
                ),
                Action(
                    goal_id=0, what="Alle brieven in één map bewaren", actor_kind=ActorKind.SELF
                ),
            ],
        )
    )
    repo.new_plan_version(case_id, evaluation_date=dt.date(2027, 2, 1))
    return case_id
