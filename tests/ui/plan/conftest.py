"""Fixtures for the goals and plan steps: a real encrypted database with one household,
its network, and a conversation with two relevant life domains."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from eigenkracht.core.instruments import Instrument
from eigenkracht.core.model import (
    Case,
    ConversationKind,
    DomainScore,
    HelpKind,
    Member,
    NetworkHelp,
    NetworkPerson,
    Perspective,
)
from eigenkracht.store.repository import Repository


@pytest.fixture
def case_id(repo: Repository) -> int:
    cf = repo.create_case(
        Case(
            reference="EK-2026-0303",
            household_name="Fam. Öztürk-de Jong",
            coordinator="Joke Mulder",
        ),
        [
            Member(case_id=0, name="Elif Öztürk", role="aanvrager"),
            Member(case_id=0, name="Sem de Jong", role="partner"),
        ],
    )
    assert cf.case.id is not None
    for name, role, helps in (
        ("Marieke Jansen", "buurvrouw", [NetworkHelp("huisvesting", HelpKind.COULD, "klussen")]),
        ("Kees de Jong", "broer", []),
    ):
        repo.add_person(NetworkPerson(case_id=cf.case.id, name=name, role=role, helps=helps))
    return cf.case.id


@pytest.fixture
def conversation_id(repo: Repository, case_id: int, instrument: Instrument) -> int:
    conversation, citizen, professional = repo.start_conversation(
        case_id, ConversationKind.INTAKE, dt.date(2026, 3, 9), instrument.id, instrument.version
    )
    assert conversation.id is not None and citizen.id is not None and professional.id is not None
    items = []
    for assessment, perspective in (
        (citizen, Perspective.CITIZEN),
        (professional, Perspective.PROFESSIONAL),
    ):
        assert assessment.id is not None
        level = 2 if perspective is Perspective.CITIZEN else 3
        for domain in ("financien", "huisvesting"):
            items.append((assessment.id, domain, DomainScore(domain, level=level)))
    repo.replace_scores(items)
    return conversation.id


@pytest.fixture
def first_page() -> Any:
    from eigenkracht.ui.conversation import Page

    return Page.GOALS


@pytest.fixture
def goals_page(view: Any) -> Any:
    """The goals step (the view starts there)."""
    from eigenkracht.ui.conversation import Page

    return view.page_widget(Page.GOALS)


@pytest.fixture
def plan_page(view: Any) -> Any:
    """The plan step, shown."""
    from eigenkracht.ui.conversation import Page

    assert view.goto(Page.PLAN, check=False)
    return view.page_widget(Page.PLAN)
