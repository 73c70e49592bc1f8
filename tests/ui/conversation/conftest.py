"""Fixtures for the guided conversation: a real encrypted database with one household."""

from __future__ import annotations

import datetime as dt

import pytest

from eigenkracht.core.instruments import Instrument
from eigenkracht.core.model import Case, ConversationKind, Member
from eigenkracht.store.repository import Repository


@pytest.fixture
def case_id(repo: Repository) -> int:
    cf = repo.create_case(
        Case(reference="EK-2026-0101", household_name="Fam. Öztürk-de Jong"),
        [
            Member(case_id=0, name="Elif Öztürk", role="aanvrager"),
            Member(case_id=0, name="Sem de Jong", role="partner"),
        ],
    )
    assert cf.case.id is not None
    return cf.case.id


@pytest.fixture
def conversation_id(repo: Repository, case_id: int, instrument: Instrument) -> int:
    conversation, _, _ = repo.start_conversation(
        case_id, ConversationKind.INTAKE, dt.date(2026, 3, 9), instrument.id, instrument.version
    )
    assert conversation.id is not None
    return conversation.id
