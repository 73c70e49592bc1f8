"""The network step of a conversation shows who was on the map on its date: the same
rule (core.network.on_map) as the stored version, the plan and then and now."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QUndoStack

from eigenkracht.core.model import Case, Conversation, Member, NetworkPerson
from eigenkracht.store.repository import Repository
from eigenkracht.ui.network.book import NetworkBook


def test_someone_who_came_later_is_not_on_an_older_conversations_map(
    qtbot, repo: Repository
) -> None:
    created = repo.create_case(
        Case(reference="EK-2026-0310", household_name="Fam. Dag"),
        [Member(case_id=0, name="Dag", role="aanvrager")],
    )
    case = created.case
    assert case.id is not None
    intake = repo.add_conversation(Conversation(case_id=case.id, date=dt.date(2026, 3, 2)))
    assert intake.id is not None
    for name, since, until in (
        ("Truus", dt.date(2026, 3, 2), None),
        ("Els", dt.date(2026, 9, 7), None),  # came after the intake
        ("Piet", None, dt.date(2026, 3, 2)),  # left on the intake's day
        ("Kees", None, None),  # no dates: always there
    ):
        repo.add_person(NetworkPerson(case_id=case.id, name=name, since=since, until=until))
    stack = QUndoStack()
    book = NetworkBook(repo, case, intake.id, intake.date, stack)
    assert [p.name for p in book.visible()] == ["Truus", "Kees"]
    now = NetworkBook(repo, case, None, None, stack)
    assert [p.name for p in now.visible()] == ["Truus", "Els", "Kees"]
    # the version stored for the intake agrees with its map
    assert [p.name for p in repo.save_network_version(intake.id).persons] == ["Truus", "Kees"]
