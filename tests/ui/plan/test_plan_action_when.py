"""Every action says by when, or that it is "doorlopend": the goals step shows the
choice, stores it (one undo step when one choice clears the other) and flags an action
without either (core.problems.actions_without_when)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt

from eigenkracht.core.model import ActionStatus, ActorKind
from eigenkracht.ui.conversation import Page


def click_box(qtbot, box) -> None:
    """On the check box itself (its centre may be empty space right of the text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def add(qtbot, goals, type_text, what: str, kind: ActorKind = ActorKind.SELF) -> None:
    goals.new_kind.setCurrentIndex(goals.new_kind.findData(kind))
    type_text(qtbot, goals.new_what, what)
    qtbot.keyClick(goals.new_what, Qt.Key.Key_Return)


def action_of(fresh, case_id, what: str):
    goals = fresh().load_case(case_id).goals
    return next(a for g in goals for a in g.actions if a.what == what)


def when_shown(goals, row: int = 0) -> str:
    model = goals.action_model
    return model.data(model.index(row, 2))


def test_an_action_is_given_a_date_or_doorlopend_and_flagged_without(
    qtbot, view, goals_page, fresh, case_id, type_text
):
    goals = goals_page
    type_text(qtbot, goals.new_goal, "Rust in de financiën")
    qtbot.keyClick(goals.new_goal, Qt.Key.Key_Return)
    assert not goals.warning.isVisible()
    add(qtbot, goals, type_text, "Opent elke dag de post")
    assert goals.action_due.edit.hasFocus()  # the next thing to fill in
    assert goals.action_ongoing.isVisible() and not goals.action_ongoing.isChecked()
    assert when_shown(goals) == "nog kiezen"
    assert goals.warning.isVisible() and goals.when_button.isVisible()
    assert "Bij 1 afspraak staat nog niet wanneer" in goals.warning.text()
    assert "ondertekend" in goals.warning.text()

    click_box(qtbot, goals.action_ongoing)
    stored = action_of(fresh, case_id, "Opent elke dag de post")
    assert (stored.ongoing, stored.due_date) == (True, None)
    assert when_shown(goals) == "doorlopend"
    assert not goals.warning.isVisible()

    # A date typed in its field: no longer "doorlopend", in the same undo step.
    goals.action_due.edit.setFocus()
    qtbot.keyClicks(goals.action_due.edit, "01122026")
    qtbot.keyClick(goals.action_due.edit, Qt.Key.Key_Tab)
    view.flush()
    stored = action_of(fresh, case_id, "Opent elke dag de post")
    assert (stored.ongoing, stored.due_date) == (False, dt.date(2026, 12, 1))
    assert not goals.action_ongoing.isChecked()
    assert when_shown(goals) == "01-12-2026"

    # "Doorlopend" again clears the date; undo brings the date back, and unticks.
    click_box(qtbot, goals.action_ongoing)
    stored = action_of(fresh, case_id, "Opent elke dag de post")
    assert (stored.ongoing, stored.due_date) == (True, None)
    assert goals.action_due.value() is None
    view.undo()
    stored = action_of(fresh, case_id, "Opent elke dag de post")
    assert (stored.ongoing, stored.due_date) == (False, dt.date(2026, 12, 1))
    assert goals.action_due.value() == dt.date(2026, 12, 1)
    assert not goals.action_ongoing.isChecked()


def test_the_hint_leads_to_the_first_action_without_a_when(
    qtbot, view, goals_page, fresh, case_id, type_text
):
    goals = goals_page
    type_text(qtbot, goals.new_goal, "Een opgeruimd huis")
    qtbot.keyClick(goals.new_goal, Qt.Key.Key_Return)
    add(qtbot, goals, type_text, "Ruimt de zolder op")
    add(qtbot, goals, type_text, "Helpt met sjouwen", ActorKind.VOLUNTEER)
    assert "Bij 2 afspraken staat nog niet wanneer ze klaar zijn." in goals.warning.text()

    # Done or cancelled actions need no when.
    first = action_of(fresh, case_id, "Ruimt de zolder op")
    goals.select_action(first.id)
    goals.action_status.setCurrentIndex(goals.action_status.findData(ActionStatus.DONE))
    goals.action_status.activated.emit(goals.action_status.currentIndex())
    assert "Bij 1 afspraak staat" in goals.warning.text()
    assert when_shown(goals, goals.action_model.row_of(first.id)) == "geen datum"

    qtbot.mouseClick(goals.when_button, Qt.MouseButton.LeftButton)
    second = action_of(fresh, case_id, "Helpt met sjouwen")
    assert goals.action_id == second.id
    assert goals.action_due.edit.hasFocus()
    # A flag, not a block: the conversation goes on to the plan.
    assert view.next_page() and view.current_page() is Page.SUMMARY  # then the plan
