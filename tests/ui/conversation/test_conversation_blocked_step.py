"""A refused step change leaves the list of steps on the step still shown: current and
highlighted, whether the step was clicked or reached with the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt

from eigenkracht.ui.conversation import Page


def highlighted(view) -> list[int]:
    return [view.steps.row(item) for item in view.steps.selectedItems()]


def test_a_click_on_a_step_that_is_refused_keeps_the_current_step_highlighted(qtbot, view):
    assert view.current_page() is Page.START  # nobody is marked present: forward is refused
    rect = view.steps.visualItemRect(view.steps.item(int(Page.DOMAINS)))
    qtbot.mouseClick(view.steps.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.wait(10)  # whatever the click queued
    assert view.current_page() is Page.START
    assert view.steps.currentRow() == Page.START
    assert highlighted(view) == [Page.START]
    assert view.page_widget(Page.START).problem_bar.text()  # and it says why


def test_a_refused_arrow_key_keeps_the_current_step_highlighted(qtbot, view):
    view.steps.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(view.steps, Qt.Key.Key_Down)
    qtbot.wait(10)
    assert view.current_page() is Page.START
    assert view.steps.currentRow() == Page.START
    assert highlighted(view) == [Page.START]
