"""The whole worker's path through the main window on demo data: find a household,
open it, start a conversation at the kitchen table, lock and come back, undo, leave."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QWidget

from eigenkracht.store.database import open_database
from eigenkracht.store.repository import Repository
from eigenkracht.ui.conversation import Page
from eigenkracht.ui.main_window import MainWindow
from support import PASSPHRASE, fire

pytestmark = pytest.mark.usefixtures("dutch_locale")


@pytest.fixture
def db_path(demo_db_path: Path) -> Path:
    return demo_db_path


def visible_texts(root: QWidget) -> str:
    """Everything a person can read on screen: labels, and the cells of visible views."""
    parts = [w.text() for w in root.findChildren(QLabel) if w.isVisible()]
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if not view.isVisible() or model is None:
            continue
        top = view.rootIndex()
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(top)
        for row in range(model.rowCount(top)):
            for col in range(columns):
                parts.append(str(model.index(row, col, top).data() or ""))
    return "\n".join(parts)


def open_by_search(qtbot, type_text, window: MainWindow, text: str) -> None:
    page = window.workspace.cases
    type_text(qtbot, page.search_edit, text)
    fire(page.search_timer)  # the pause after the last key
    assert len(page.visible_case_ids()) == 1
    page.view.setFocus()
    page.view.selectRow(0)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace.overview is not None)


def test_conversation_at_the_table_hides_other_households(window, qtbot, type_text, db_path):
    ws = window.workspace
    assert "Fam. Bakker" in visible_texts(window)  # the list shows every household
    open_by_search(qtbot, type_text, window, "Kerkhof")
    assert ws.overview.case_file.case.household_name == "Dhr. Kerkhof"

    qtbot.mouseClick(ws.overview.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.conversation is not None)
    assert ws.kitchen_table
    assert window.kitchen_action.isChecked()
    assert "Keukentafel" in window.windowTitle()
    on_screen = visible_texts(window)
    assert "Dhr. Kerkhof" in on_screen
    for other in ("Fam. Bakker", "Mevr. De Vries", "Dhr. Hoekstra", "Mevr. Tesfay"):
        assert other not in on_screen
    assert not window.cases_action.isEnabled()
    assert not window.new_case_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert ws.view == "conversation"  # the list cannot be reached at the table

    # Type the question, then lock with Ctrl+L: the edit is stored, nothing shows.
    view = ws.conversation
    view.goto(Page.QUESTION, check=False)
    question = view.page_widget(Page.QUESTION).question
    type_text(qtbot, question, "Ik wil van mijn schulden af, ook die van €120.")
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked
    assert "Kerkhof" not in visible_texts(window)
    conversation_id = window._location.conversation_id

    dialog = window.unlock_dialog
    type_text(qtbot, dialog.open_passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_locked)
    ws = window.workspace
    assert ws.view == "conversation"
    assert ws.conversation.conversation_id == conversation_id
    assert ws.conversation.current_page() is Page.QUESTION
    assert ws.kitchen_table
    question = ws.conversation.page_widget(Page.QUESTION).question
    assert question.toPlainText() == "Ik wil van mijn schulden af, ook die van €120."

    # Leaving the kitchen table is one switch and returns to the case.
    window.kitchen_action.trigger()
    assert not ws.kitchen_table
    assert ws.view == "overview"
    assert window.cases_action.isEnabled()
    window.cases_action.trigger()
    assert ws.view == "cases"

    store = open_database(db_path, PASSPHRASE)
    saved = Repository(store).load_case(ws.repo.find_case("EK-2026-0003").id)
    store.close()
    latest = next(c for c in saved.conversations if c.id == conversation_id)
    assert latest.question == "Ik wil van mijn schulden af, ook die van €120."


def test_undo_from_the_menu_restores_screen_and_database(window, qtbot, type_text, db_path):
    open_by_search(qtbot, type_text, window, "Tesfay")
    ws = window.workspace
    qtbot.mouseClick(ws.overview.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.conversation is not None)
    view = ws.conversation
    view.goto(Page.QUESTION, check=False)
    page = view.page_widget(Page.QUESTION)
    qtbot.mouseClick(page.wellbeing.group.button(7), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.wellbeing.group.button(4), Qt.MouseButton.LeftButton)
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert page.wellbeing.group.button(7).isChecked()
    window.redo_action.trigger()
    assert page.wellbeing.group.button(4).isChecked()
    window.undo_action.trigger()
    conversation_id = view.conversation_id
    window.close()
    store = open_database(db_path, PASSPHRASE)
    case = Repository(store).find_case("EK-2026-0006")
    saved = Repository(store).load_case(case.id)
    store.close()
    assert next(c for c in saved.conversations if c.id == conversation_id).wellbeing == 7
    QApplication.processEvents()


def test_settings_from_the_menu_change_the_idle_lock_at_once(window, qtbot):
    from PySide6.QtCore import QTimer

    from eigenkracht.ui.settings_dialog import SettingsDialog

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        dialog.idle_minutes.setValue(3)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill)
    window.settings_action.trigger()
    assert window.settings.idle_lock_minutes == 3
    assert window.idle.timer.interval() == 3 * 60_000
    assert window.idle.timer.isActive()


def test_locking_closes_the_change_passphrase_dialog(window, qtbot):
    from PySide6.QtCore import QTimer

    from eigenkracht.ui.settings_dialog import ChangePassphraseDialog

    seen: list[ChangePassphraseDialog] = []

    def lock_while_open() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ChangePassphraseDialog)
        seen.append(dialog)
        window.lock()  # what the idle timer does

    QTimer.singleShot(0, lock_while_open)
    window.passphrase_action.trigger()
    assert seen
    assert not seen[0].isVisible()
    assert window.is_locked


def test_plan_button_opens_the_plan_of_this_case(window, qtbot, type_text):
    from PySide6.QtCore import QTimer

    from eigenkracht.ui.plan.dialog import PlanDialog

    open_by_search(qtbot, type_text, window, "Bakker")
    seen: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PlanDialog)
        seen.append(dialog.windowTitle())
        dialog.reject()

    QTimer.singleShot(0, look)
    qtbot.mouseClick(window.workspace.overview.plan_button, Qt.MouseButton.LeftButton)
    assert seen == ["Plan van Fam. Bakker"]


def test_remove_a_case_after_typing_its_reference(window, qtbot, type_text, db_path):
    from PySide6.QtCore import QTimer

    from eigenkracht.ui.caseload.remove_case import RemoveCaseDialog

    assert not window.remove_case_action.isEnabled()  # no case open
    open_by_search(qtbot, type_text, window, "EK-2026-0007")
    assert window.remove_case_action.isEnabled()
    steps: list[str] = []

    def confirm() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RemoveCaseDialog)
        type_text(qtbot, dialog.confirm_edit, "EK-2026-0006")  # another case's reference
        steps.append(f"wrong:{dialog.remove_button.isEnabled()}")
        dialog.confirm_edit.clear()
        type_text(qtbot, dialog.confirm_edit, "EK-2026-0007")
        steps.append(f"right:{dialog.remove_button.isEnabled()}")
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, confirm)
    window.remove_case_action.trigger()
    assert steps == ["wrong:False", "right:True"]
    assert window.workspace.view == "cases"
    assert "Dhr. Jansen" not in visible_texts(window)
    assert not window.remove_case_action.isEnabled()
    store = open_database(db_path, PASSPHRASE)
    assert Repository(store).find_case("EK-2026-0007") is None
    from eigenkracht.demo_data import bundled_households

    assert len(Repository(store).list_cases()) == len(bundled_households()) - 1
    store.close()


def test_remove_is_not_offered_at_the_kitchen_table(window, qtbot, type_text):
    open_by_search(qtbot, type_text, window, "Kerkhof")
    window.kitchen_action.trigger()
    assert window.workspace.kitchen_table
    assert not window.remove_case_action.isEnabled()
