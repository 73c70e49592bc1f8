"""Fixtures for the guided conversation: a real encrypted database with one household."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack

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


@pytest.fixture
def undo_stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def make_view(
    qtbot: Any, repo: Repository, conversation_id: int, instrument: Instrument, undo_stack: Any
) -> Callable[..., Any]:
    from eigenkracht.ui.conversation import ConversationView

    def make(**kwargs: Any) -> ConversationView:
        view = ConversationView(
            kwargs.get("repo", repo),
            kwargs.get("conversation_id", conversation_id),
            instrument,
            kwargs.get("undo_stack", undo_stack),
        )
        qtbot.addWidget(view)
        view.resize(1280, 820)
        view.show()
        qtbot.waitExposed(view)
        view.activateWindow()
        return view

    return make


@pytest.fixture
def view(make_view: Callable[..., Any]) -> Any:
    return make_view()
