"""EIGENKRACHT_LANG=en: every step of the conversation and of the citizen window shows
English. The pages moved out of one module into their own (issue 10) and kept their
translation contexts (the class names), so the compiled English file still finds them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from eigenkracht.core.model import ConversationKind
from eigenkracht.ui.conversation import Page


def test_every_conversation_step_in_english(english: None, make_view: Callable[..., Any]) -> None:
    view = make_view()
    titles = {page: view.page_widget(page).title() for page in Page}
    assert titles == {
        Page.START: "Start of the conversation",
        Page.QUESTION: "The resident's question",
        Page.DOMAINS: "Life domains",
        Page.NETWORK: "The network",
        Page.GOALS: "Goals: what do you want to achieve, and who does what?",
        Page.PLAN: "The plan: agreements, declarations and signing",
        Page.SUMMARY: "Summary",
    }
    start = view.page_widget(Page.START)
    assert start.kind_buttons[ConversationKind.INTAKE].text() == "&Intake (first conversation)"
    assert start.melding_date.edit.accessibleName().startswith("Date: ")  # OptionalDate
    question = view.page_widget(Page.QUESTION)
    assert question.wellbeing.buttons[3].accessibleName() == "Score 3 out of 10"
    domains = view.page_widget(Page.DOMAINS)
    header = domains.table_model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "Life domain"
    assert view.goto(Page.SUMMARY, check=False)
    assert "The conversation" in view.page_widget(Page.SUMMARY).browser.toPlainText()


def test_every_citizen_step_in_english(english: None, qtbot: Any, tmp_path: Path) -> None:
    from eigenkracht.ui.citizen import CitizenWindow

    window = CitizenWindow(draft_path=tmp_path / "draft.json", find_speech=False)
    qtbot.addWidget(window)
    titles = [page.title() for page in window.pages]
    assert titles[0] == "Fill it in yourself: how are you doing?"
    assert titles[1] == "What is your name?"
    assert titles[-1] == "You have finished the questions"
