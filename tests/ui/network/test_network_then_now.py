"""Then and now: the case overview flags an overburdened mantelzorger and compares
the network at two chosen moments, with who joined and who left."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt

from eigenkracht.core.model import Case, Conversation, NetworkPerson, Ring, Sector
from eigenkracht.store.repository import Repository
from eigenkracht.ui.caseload import CaseOverview

TODAY = dt.date(2026, 11, 9)


@pytest.fixture
def history(repo: Repository, case_id: int, people: dict[str, int]) -> dict[str, int]:
    """Two conversations; between them Els came closer, the GP left, Kees joined."""
    first = repo.add_conversation(Conversation(case_id=case_id, date=dt.date(2026, 3, 2)))
    assert first.id is not None
    repo.save_network_version(first.id)
    repo.update(NetworkPerson, people["Els Kramer"], ring=Ring.INTIMATE)
    repo.remove_person(people["Dr. Meijer"])
    kees = repo.add_person(
        NetworkPerson(case_id=case_id, name="Kees Smit", role="buurman", sector=Sector.FRIENDS)
    )
    second = repo.add_conversation(Conversation(case_id=case_id, date=dt.date(2026, 9, 7)))
    assert second.id is not None and kees.id is not None
    repo.save_network_version(second.id)
    return {"first": first.id, "second": second.id, "kees": kees.id}


@pytest.fixture
def overview(qtbot: Any, repo: Repository, case_id: int, history: dict[str, int]) -> CaseOverview:
    widget = CaseOverview(repo, case_id, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1280, 820)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_overview_flags_an_overburdened_mantelzorger(overview: CaseOverview) -> None:
    label = overview.mantelzorg_label
    assert label.isVisible()
    assert "Marian de Vries (dochter)" in label.text()
    assert "overbelast" in label.text() and label.text().startswith("⚠")
    assert label.accessibleName() == label.text()


def test_the_flag_uses_roles_when_names_are_hidden(
    qtbot: Any, repo: Repository, case_id: int, history: dict[str, int]
) -> None:
    repo.update(Case, case_id, pseudonymise=True)
    widget = CaseOverview(repo, case_id, today=TODAY)
    qtbot.addWidget(widget)
    assert "Marian" not in widget.mantelzorg_label.text()
    assert "dochter" in widget.mantelzorg_label.text()


def test_then_and_now_side_by_side_with_who_joined_and_who_left(
    qtbot: Any, overview: CaseOverview
) -> None:
    assert overview.network_button.isEnabled()
    qtbot.mouseClick(overview.network_button, Qt.MouseButton.LeftButton)
    dialog = overview.network_dialog
    assert dialog is not None and dialog.isVisible()
    # moments: two conversations (stored versions) and now
    assert dialog.then_combo.count() == 3
    assert dialog.then_combo.currentIndex() == 0
    assert dialog.now_combo.currentIndex() == 2
    change = dialog.comparison
    assert [p.name for p in change.joined] == ["Kees Smit"]
    assert [p.name for p in change.left] == ["Dr. Meijer"]
    assert [m.after.name for m in change.moved] == ["Els Kramer"]
    text = dialog.changes.text()
    assert "Erbij gekomen: Kees Smit." in text
    assert "Niet meer in het netwerk: Dr. Meijer." in text
    assert (
        "Els Kramer: dichterbij gekomen, van kring 2 dichtbij naar kring 1 heel dichtbij." in text
    )
    dialog.draw_now()
    assert {p.name for p in dialog.then_map.persons} == {
        "Marian de Vries",
        "Els Kramer",
        "Dr. Meijer",
    }
    assert "Kees Smit" in {p.name for p in dialog.now_map.persons}
    then_texts = " ".join(t.get_text() for t in dialog.then_map.canvas.figure.axes[0].texts)
    assert "Dr. Meijer" in then_texts

    # the same moment twice: nothing changed
    dialog.choose(1, 2)
    assert "niet veranderd" in dialog.changes.text()

    # names hidden: roles in the text and on both maps
    dialog.choose(0, 2)
    dialog.hide_names.setChecked(True)
    dialog.draw_now()
    shown = dialog.changes.text() + " ".join(
        t.get_text()
        for view in (dialog.then_map, dialog.now_map)
        for t in view.canvas.figure.axes[0].texts
    )
    for name in ("Kees", "Meijer", "Kramer", "Marian"):
        assert name not in shown
    assert "buurman" in shown and "huisarts" in shown
    dialog.close()


def test_a_conversation_without_a_version_is_rebuilt_from_the_dates(
    qtbot: Any, repo: Repository, case_id: int, people: dict[str, int]
) -> None:
    repo.add_conversation(Conversation(case_id=case_id, date=dt.date(2026, 1, 5)))
    repo.update(NetworkPerson, people["Els Kramer"], since=dt.date(2026, 2, 1))
    overview = CaseOverview(repo, case_id, today=TODAY)
    qtbot.addWidget(overview)
    dialog = overview.compare_network()
    assert "uit de datums op de kaart" in dialog.then_combo.itemText(0)
    assert [p.name for p in dialog.comparison.joined] == ["Els Kramer"]
    dialog.close()
