"""Autosave and undo: every edit is stored as made; undo restores screen and database."""

from __future__ import annotations

import time

from PySide6.QtCore import QPoint, Qt

from eigenkracht.core.model import Perspective
from eigenkracht.ui.conversation import Page
from eigenkracht.ui.editing.binding import TYPING_DELAY_MS, Binding
from support import fire


def stored_conversation(fresh, case_id, conversation_id):
    case_file = (fresh() if callable(fresh) else fresh).load_case(case_id)
    return next(c for c in case_file.conversations if c.id == conversation_id)


def stored_scores(fresh, case_id, domain):
    return {a.perspective: a.score(domain) for a in fresh().load_case(case_id).assessments}


def click_box(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))


def test_typing_is_stored_after_a_pause_and_on_focus_out(
    qtbot, view, fresh, case_id, conversation_id, type_text
):
    place = view.page_widget(Page.START).place_edit
    binding = place.findChild(Binding)
    other = fresh()  # one second connection, read again and again
    type_text(qtbot, place, "Wijkcentrum")
    assert stored_conversation(other, case_id, conversation_id).place == ""  # not yet
    assert binding.timer.interval() == TYPING_DELAY_MS
    fire(binding.timer)  # the pause
    assert stored_conversation(other, case_id, conversation_id).place == "Wijkcentrum"
    assert not binding.pending
    type_text(qtbot, place, " De Bron")
    view.page_widget(Page.START).date_edit.setFocus(Qt.FocusReason.TabFocusReason)  # focus out
    assert stored_conversation(fresh, case_id, conversation_id).place == "Wijkcentrum De Bron"
    # Consecutive typing in one field, then leaving it: one undo step per visit.
    assert view.undo_stack.count() == 1
    type_text(qtbot, place, "!")
    view.page_widget(Page.START).date_edit.setFocus(Qt.FocusReason.TabFocusReason)
    assert view.undo_stack.count() == 2


def test_undo_and_redo_restore_text_on_screen_and_in_the_database(
    qtbot, view, fresh, case_id, conversation_id, type_text
):
    view.goto(Page.QUESTION, check=False)
    question = view.page_widget(Page.QUESTION)
    type_text(qtbot, question.question, "Ik wil weer zelf boodschappen doen.")
    question.what_matters.setFocus(Qt.FocusReason.TabFocusReason)
    type_text(qtbot, question.what_matters, "Mijn kleinkinderen zien.")
    view.flush()
    assert view.undo_stack.count() == 2

    view.undo()
    assert question.what_matters.toPlainText() == ""
    assert question.question.toPlainText() == "Ik wil weer zelf boodschappen doen."
    stored = stored_conversation(fresh, case_id, conversation_id)
    assert (stored.question, stored.what_matters) == ("Ik wil weer zelf boodschappen doen.", "")

    view.undo()
    assert question.question.toPlainText() == ""
    assert stored_conversation(fresh, case_id, conversation_id).question == ""

    view.redo()
    view.redo()
    assert question.what_matters.toPlainText() == "Mijn kleinkinderen zien."
    stored = stored_conversation(fresh, case_id, conversation_id)
    assert stored.what_matters == "Mijn kleinkinderen zien."


def test_undo_of_choices_updates_the_widgets_even_on_another_page(
    qtbot, view, fresh, case_id, conversation_id
):
    view.goto(Page.QUESTION, check=False)
    question = view.page_widget(Page.QUESTION)
    qtbot.mouseClick(question.wellbeing.buttons[3], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(question.wellbeing.buttons[7], Qt.MouseButton.LeftButton)
    assert stored_conversation(fresh, case_id, conversation_id).wellbeing == 7

    view.goto(Page.DOMAINS, check=False)
    form = view.page_widget(Page.DOMAINS).form
    click_box(qtbot, form.discuss)
    radio = form.choosers[Perspective.CITIZEN].radios[2]
    click_box(qtbot, radio)
    assert stored_scores(fresh, case_id, "financien")[Perspective.CITIZEN].level == 2

    view.undo()  # the level
    assert not radio.isChecked()
    assert stored_scores(fresh, case_id, "financien")[Perspective.CITIZEN].level is None
    view.undo()  # choosing the domain
    assert not form.discuss.isChecked()
    assert form.other_panel.isVisible()
    assert stored_scores(fresh, case_id, "financien") == {
        Perspective.CITIZEN: None,
        Perspective.PROFESSIONAL: None,
    }
    view.undo()  # wellbeing 7 -> 3, shown on its own page
    assert view.current_page() is Page.QUESTION
    assert question.wellbeing.value() == 3
    assert question.wellbeing_value.text().startswith("Cijfer: 3")
    assert stored_conversation(fresh, case_id, conversation_id).wellbeing == 3
    view.undo()
    assert question.wellbeing.value() is None
    assert stored_conversation(fresh, case_id, conversation_id).wellbeing is None
    assert not view.undo_stack.canUndo()

    for _ in range(4):
        view.redo()
    assert view.current_page() is Page.DOMAINS
    assert radio.isChecked()
    assert stored_scores(fresh, case_id, "financien")[Perspective.CITIZEN].level == 2


def test_not_discussing_clears_a_domain_and_undo_brings_it_back(
    qtbot, view, fresh, case_id, type_text
):
    view.goto(Page.DOMAINS, check=False)
    form = view.page_widget(Page.DOMAINS).form
    click_box(qtbot, form.discuss)
    click_box(qtbot, form.choosers[Perspective.PROFESSIONAL].radios[4])
    type_text(qtbot, form.text_boxes["concerns"], "Schulden bij de zorgverzekeraar")
    form.discuss.setFocus(Qt.FocusReason.TabFocusReason)
    click_box(qtbot, form.discuss)  # not discussed after all
    assert form.cleared.isVisible()
    scores = stored_scores(fresh, case_id, "financien")
    assert scores[Perspective.PROFESSIONAL].not_discussed
    assert scores[Perspective.PROFESSIONAL].level is None
    assert scores[Perspective.PROFESSIONAL].concerns == ""

    view.undo()
    assert form.discuss.isChecked()
    assert form.choosers[Perspective.PROFESSIONAL].radios[4].isChecked()
    assert form.text_boxes["concerns"].toPlainText() == "Schulden bij de zorgverzekeraar"
    scores = stored_scores(fresh, case_id, "financien")
    assert scores[Perspective.PROFESSIONAL].concerns == "Schulden bij de zorgverzekeraar"
    assert scores[Perspective.PROFESSIONAL].level == 4


def test_typing_without_a_pause_is_stored_after_the_longest_wait(
    qtbot, view, fresh, case_id, conversation_id, type_text
):
    place = view.page_widget(Page.START).place_edit
    binding = place.findChild(Binding)
    type_text(qtbot, place, "Buurthuis")
    type_text(qtbot, place, " De Ster")  # each key starts the pause again, not the longest wait
    assert binding.max_timer.interval() == Binding.MAX_WAIT_MS > TYPING_DELAY_MS
    assert stored_conversation(fresh, case_id, conversation_id).place == ""
    fire(binding.max_timer)
    assert stored_conversation(fresh, case_id, conversation_id).place == "Buurthuis De Ster"
    assert not binding.pending  # the pause after it has nothing left to store


def test_typing_is_kept_when_another_field_of_the_same_score_is_stored(qtbot, view, type_text):
    view.goto(Page.DOMAINS, check=False)
    form = view.page_widget(Page.DOMAINS).form
    click_box(qtbot, form.discuss)
    box = form.text_boxes["situation"]
    type_text(qtbot, box, "Woont alleen")
    # A level of the same score is stored while the text still waits for its pause.
    form.choosers[Perspective.PROFESSIONAL].radios[3].click()
    assert box.toPlainText() == "Woont alleen"
    view.flush()
    assert view.autosave.score(Perspective.PROFESSIONAL, "financien").situation == "Woont alleen"
    assert view.autosave.score(Perspective.PROFESSIONAL, "financien").level == 3


SAVE_BUDGET_MS = 5  # design.md: save one edited field (encrypted) under 5 ms


def test_the_save_path_is_short(qtbot, view, fresh, case_id, conversation_id, capsys):
    """A choice is in the database when its click returns (no timer, no queue), through
    one repository write of one row, under the save budget (median of 11)."""
    view.goto(Page.QUESTION, check=False)
    question = view.page_widget(Page.QUESTION)
    other = fresh()
    writes: list[list[object]] = []
    view.autosave.stored.connect(writes.append)
    times = []
    write_ms = []
    for value in (*range(1, 11), 0):
        start = time.perf_counter()
        question.wellbeing.buttons[value].click()
        times.append((time.perf_counter() - start) * 1000)
        write_ms.append(view.autosave.last_write_ms)
        assert stored_conversation(other, case_id, conversation_id).wellbeing == value
        assert len(writes) == 1 and len(writes[0]) == 1, writes  # one write, one row
        writes.clear()
    click_ms, repo_ms = sorted(times)[5], sorted(write_ms)[5]
    with capsys.disabled():
        print(
            f"\n  click to stored (wellbeing): median {click_ms:.2f} ms, max {max(times):.2f} ms;"
            f" repository write median {repo_ms:.2f} ms"
        )
    assert repo_ms < SAVE_BUDGET_MS
    assert click_ms < SAVE_BUDGET_MS
