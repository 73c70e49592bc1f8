"""Fixtures for the network step: a real encrypted database with a small network."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from eigenkracht.core.instruments import Instrument
from eigenkracht.core.model import (
    Action,
    ActorKind,
    Case,
    ConversationKind,
    Goal,
    HelpDirection,
    HelpKind,
    Member,
    NetworkHelp,
    NetworkPerson,
    Quality,
    Ring,
    Sector,
)
from eigenkracht.store.repository import Repository

DAY = dt.date(2026, 3, 9)


@pytest.fixture
def case_id(repo: Repository) -> int:
    cf = repo.create_case(
        Case(reference="EK-2026-0301", household_name="Mevr. De Vries"),
        [Member(case_id=0, name="Greet de Vries", role="aanvrager")],
    )
    assert cf.case.id is not None
    return cf.case.id


@pytest.fixture
def people(repo: Repository, case_id: int) -> dict[str, int]:
    """Marian (daughter, overburdened carer), Els (neighbour) and the GP."""
    ids = {}
    for person in (
        NetworkPerson(
            case_id=case_id,
            name="Marian de Vries",
            role="dochter",
            sector=Sector.FAMILY,
            ring=Ring.INTIMATE,
            direction=HelpDirection.BOTH,
            is_mantelzorger=True,
            overburdened=True,
            helps=[
                NetworkHelp("dagelijkse-activiteiten", HelpKind.NOW, "boodschappen"),
                NetworkHelp("financien", HelpKind.NOW, "leest de post"),
            ],
        ),
        NetworkPerson(
            case_id=case_id,
            name="Els Kramer",
            role="buurvrouw",
            sector=Sector.FRIENDS,
            ring=Ring.FRIEND,
            helps=[NetworkHelp("dagelijkse-activiteiten", HelpKind.COULD, "brood meenemen")],
        ),
        NetworkPerson(
            case_id=case_id,
            name="Dr. Meijer",
            role="huisarts",
            sector=Sector.PROFESSIONAL,
            ring=Ring.SERVICE,
            quality=Quality.WEAK,
        ),
    ):
        stored = repo.add_person(person)
        assert stored.id is not None
        ids[person.name] = stored.id
    repo.add_goal(
        Goal(
            case_id=case_id,
            domain="financien",
            text="De post is op orde.",
            actions=[
                Action(
                    goal_id=0,
                    what="Leest de post voor",
                    actor_kind=ActorKind.NETWORK,
                    network_person_id=ids["Marian de Vries"],
                )
            ],
        )
    )
    return ids


@pytest.fixture
def conversation_id(
    repo: Repository, case_id: int, people: dict[str, int], instrument: Instrument
) -> int:
    conversation, _, _ = repo.start_conversation(
        case_id, ConversationKind.INTAKE, DAY, instrument.id, instrument.version
    )
    assert conversation.id is not None
    return conversation.id


@pytest.fixture
def first_page() -> Any:
    from eigenkracht.ui.conversation import Page

    return Page.NETWORK


@pytest.fixture
def page(view: Any, qtbot: Any) -> Any:
    from eigenkracht.ui.conversation import Page

    network_page = view.page_widget(Page.NETWORK)
    qtbot.wait(0)
    network_page.map.draw()
    return network_page
