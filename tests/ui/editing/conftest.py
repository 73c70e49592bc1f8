"""Fixtures for the editing layer: a real encrypted database with one household, one
network person and one conversation, and the conversation's and the network's
editors on one undo stack (as the conversation view makes them)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtGui import QUndoStack

from eigenkracht.core.instruments import Instrument
from eigenkracht.core.model import Case, ConversationKind, Member, NetworkPerson, Perspective
from eigenkracht.store.repository import Repository
from eigenkracht.ui.editing.conversation import Autosave
from eigenkracht.ui.network.book import NetworkBook


@pytest.fixture
def case_id(repo: Repository) -> int:
    created = repo.create_case(
        Case(reference="EK-2026-0501", household_name="Fam. Bakker"),
        [Member(case_id=0, name="Anne Bakker", role="aanvrager")],
    )
    assert created.case.id is not None
    return created.case.id


@pytest.fixture
def person_id(repo: Repository, case_id: int) -> int:
    stored = repo.add_person(NetworkPerson(case_id=case_id, name="Truus", role="zus"))
    assert stored.id is not None
    return stored.id


@pytest.fixture
def conversation_id(repo: Repository, case_id: int, person_id: int, instrument: Instrument) -> int:
    conversation, _, _ = repo.start_conversation(
        case_id, ConversationKind.INTAKE, dt.date(2026, 3, 9), instrument.id, instrument.version
    )
    assert conversation.id is not None
    return conversation.id


@dataclass
class Editors:
    autosave: Autosave
    book: NetworkBook
    stack: QUndoStack


@pytest.fixture
def editors(
    qtbot: object, repo: Repository, conversation_id: int, instrument: Instrument
) -> Iterator[Editors]:
    stack = QUndoStack()
    case_file, conversation, citizen, professional = repo.open_conversation(
        conversation_id, instrument.id, instrument.version
    )
    assert citizen.id is not None and professional.id is not None
    autosave = Autosave(
        repo,
        stack,
        conversation,
        case_file.case,
        {Perspective.CITIZEN: citizen.id, Perspective.PROFESSIONAL: professional.id},
        {Perspective.CITIZEN: citizen.scores, Perspective.PROFESSIONAL: professional.scores},
        case_file=case_file,
    )
    book = NetworkBook(
        repo,
        case_file.case,
        conversation_id,
        conversation.date,
        stack,
        persons=case_file.network,
        main=autosave,
    )
    yield Editors(autosave, book, stack)
    # Delete the commands while their editors live: the stack is no Qt child here, and
    # the cyclic GC would otherwise free stack, commands and editors in any order.
    stack.clear()
