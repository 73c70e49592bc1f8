"""The goals step shows who wrote an action (the citizen, their circle, the professional,
together) and stores it when the worker picks it with the mouse; undo puts it back."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea

from eigenkracht.core.model import ActorKind, Author
from eigenkracht.ui.plan.models import Column

SHOTS = Path(__file__).resolve().parents[3] / "docs" / "screenshots"


def pick(qtbot, qtlog, box: QComboBox, data) -> None:
    """Open the combo box with a click and click the item that holds `data`. The
    offscreen platform warns that a popup cannot raise itself or grab the keyboard:
    only while the popup is open are Qt's warnings not a failure."""
    with qtlog.disabled():
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
        view = box.view()
        qtbot.waitUntil(view.isVisible)
        # The popup ignores a release that comes right after it opened (a double click).
        qtbot.wait(QApplication.doubleClickInterval() + 50)
        index = box.model().index(box.findData(data), 0)
        view.scrollTo(index)
        rect = view.visualRect(index)
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.waitUntil(lambda: not view.isVisible())


def stored_action(fresh, case_id):
    goals = fresh().load_case(case_id).goals
    assert len(goals) == 1 and len(goals[0].actions) == 1
    return goals[0].actions[0]


def test_the_action_author_is_chosen_by_clicks_and_stored(
    qtbot, qtlog, view, goals_page, fresh, case_id, type_text, model_tester
):
    goals = goals_page
    model_tester(goals.action_model)
    view.resize(1280, 860)
    view.show()
    qtbot.waitExposed(view)
    type_text(qtbot, goals.new_goal, "Weer naar de koffieochtend")
    qtbot.keyClick(goals.new_goal, Qt.Key.Key_Return)
    goals.new_kind.setCurrentIndex(goals.new_kind.findData(ActorKind.NETWORK))
    type_text(qtbot, goals.new_what, "Brengt mij op dinsdag")
    qtbot.keyClick(goals.new_what, Qt.Key.Key_Return)
    # A new action was made at the table: "Samen", until the worker says otherwise.
    assert stored_action(fresh, case_id).author is Author.TOGETHER
    assert goals.action_author.currentData() == Author.TOGETHER
    texts = [goals.action_author.itemText(i) for i in range(goals.action_author.count())]
    assert texts == ["Inwoner", "Netwerk (de mensen om de inwoner heen)", "Professional", "Samen"]

    pick(qtbot, qtlog, goals.action_author, Author.NETWORK)
    assert stored_action(fresh, case_id).author is Author.NETWORK
    model = goals.action_model
    assert model.headerData(Column.AUTHOR, Qt.Orientation.Horizontal) == "Bedacht door"
    assert model.data(model.index(0, Column.AUTHOR)) == "Netwerk"

    pick(qtbot, qtlog, goals.action_author, Author.CITIZEN)
    assert stored_action(fresh, case_id).author is Author.CITIZEN
    # The goal's own author has the citizen's circle too.
    pick(qtbot, qtlog, goals.author, Author.NETWORK)
    assert fresh().load_case(case_id).goals[0].author is Author.NETWORK

    if os.environ.get("EIGENKRACHT_SCREENSHOTS"):
        scroll = goals.action_form.parentWidget()
        while not isinstance(scroll, QScrollArea):
            scroll = scroll.parentWidget()
        scroll.ensureWidgetVisible(goals.action_author)
        qtbot.wait(50)
        goals.grab().save(str(SHOTS / "goals_action_author.png"))

    view.undo()  # the goal's author
    view.undo()  # the action's author: back to the network
    assert stored_action(fresh, case_id).author is Author.NETWORK
    assert goals.action_author.currentData() == Author.NETWORK
    assert model.data(model.index(0, Column.AUTHOR)) == "Netwerk"
    assert fresh().load_case(case_id).goals[0].author is Author.TOGETHER
