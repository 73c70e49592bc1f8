"""Netwerk toen en nu says per person who moved: from which ring to which, from which
sector to which, in words; on the screen and on the then-and-now paper."""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from eigenkracht.core.instruments import Instrument
from eigenkracht.core.model import Conversation, NetworkPerson, Ring, Sector
from eigenkracht.report.then_now import render_then_now
from eigenkracht.store.repository import Repository
from eigenkracht.ui.caseload import CaseOverview
from eigenkracht.ui.plan.then_now import ThenNowView

TODAY = dt.date(2026, 11, 9)


@pytest.fixture
def moved(repo: Repository, case_id: int, people: dict[str, int]) -> None:
    """Between two conversations Els came closer, Marian moved sector and further out."""
    first = repo.add_conversation(Conversation(case_id=case_id, date=dt.date(2026, 3, 2)))
    assert first.id is not None
    repo.save_network_version(first.id)
    repo.update(NetworkPerson, people["Els Kramer"], ring=Ring.INTIMATE)
    repo.update(
        NetworkPerson, people["Marian de Vries"], sector=Sector.FRIENDS, ring=Ring.ACQUAINTANCE
    )
    second = repo.add_conversation(Conversation(case_id=case_id, date=dt.date(2026, 9, 7)))
    assert second.id is not None
    repo.save_network_version(second.id)


def test_the_screen_lists_each_move_in_words(
    qtbot: Any, repo: Repository, case_id: int, moved: None
) -> None:
    overview = CaseOverview(repo, case_id, today=TODAY)
    qtbot.addWidget(overview)
    overview.show()
    qtbot.mouseClick(overview.network_button, Qt.MouseButton.LeftButton)
    dialog = overview.network_dialog
    assert dialog is not None
    text = dialog.changes.text()
    assert (
        "Els Kramer: dichterbij gekomen, van kring 2 dichtbij naar kring 1 heel dichtbij." in text
    )
    assert (
        "Marian de Vries: verder weg, van kring 1 heel dichtbij naar kring 3 kennissen, en "
        "van sector Familie naar sector Vrienden en buren." in text
    )
    for enum_value in ("intiem", "vriend", "kennis", "familie", "vrienden"):
        assert not re.search(rf"\b{enum_value}\b", text), enum_value  # words, not values
    dialog.close()


def test_the_paper_lists_each_move_in_words(
    qtbot: Any, repo: Repository, case_id: int, moved: None, instrument: Instrument
) -> None:
    view = ThenNowView(repo, case_id, instrument, today=TODAY)
    qtbot.addWidget(view)
    pdf = render_then_now(view.data)
    reader = PdfReader(io.BytesIO(pdf))
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in reader.pages))
    assert (
        "Els Kramer: dichterbij gekomen, van kring 2 (dichtbij) naar kring 1 (heel dichtbij)."
        in text
    )
    assert (
        "Marian de Vries: verder weg, van kring 1 (heel dichtbij) naar kring 3 (kennissen), en "
        "van sector Familie naar sector Vrienden en buren." in text
    )
    assert len(reader.pages) == 1
