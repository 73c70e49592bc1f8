"""A whole conversation done the way a worker does it: real buttons, real typing,
then a look in the database through a second connection."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QRadioButton

from eigenkracht.core.model import ConversationKind, IdDocument, Perspective
from eigenkracht.ui.conversation import Page
from eigenkracht.ui.conversation.domains import DomainState
from eigenkracht.ui.editing.conversation import conversation_key

SCORED = {
    # domain: (citizen level, professional level, situation, strengths, concerns, self, network)
    "financien": (2, 4, "Huur € 740; brieven blijven liggen.", "Zoon Sem helpt.", "Beslag", 50, 30),
    "huisvesting": (3, 3, "Flat op 3-hoog zonder lift.", "Buren zijn aardig.", "Trap", 70, 20),
    "sociaal-netwerk": (4, 2, "Weinig contact; ĳverige buurvrouw.", "Kerk", "Eenzaam", 40, 40),
}


def click(qtbot, widget) -> None:
    """Click where a user clicks: on the box of a check box or radio button, else the middle."""
    if isinstance(widget, QCheckBox | QRadioButton):
        pos = QPoint(8, widget.height() // 2)
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def check_list_row(qtbot, list_widget, row: int) -> None:
    """Tick a check box in a list with the keyboard (Space on the current row)."""
    list_widget.setFocus(Qt.FocusReason.OtherFocusReason)
    list_widget.setCurrentRow(row)
    qtbot.keyClick(list_widget, Qt.Key.Key_Space)


def replace_text(qtbot, type_text, widget, text: str) -> None:
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_text(qtbot, widget, text)


def test_a_complete_conversation_is_stored(
    qtbot, view, case_id, conversation_id, fresh, type_text, capsys
):
    assert view.current_page() is Page.START
    start = view.page_widget(Page.START)

    # START: kind, date, place, who is there, the melding facts.
    click(qtbot, start.kind_buttons[ConversationKind.INTAKE])
    start.date_edit.setFocus(Qt.FocusReason.OtherFocusReason)
    start.date_edit.setDate(QDate(2026, 3, 10))
    type_text(qtbot, start.place_edit, "Thuis, aan de keukentafel")
    check_list_row(qtbot, start.present_list, 0)
    type_text(qtbot, start.other_combo.lineEdit(), "tolk Turks")
    click(qtbot, start.add_button)

    # Going on without the melding date is refused, with a message on the page.
    click(qtbot, view.next_button)
    assert view.current_page() is Page.START
    assert "melding" in start.problem_bar.text()

    click(qtbot, start.melding_date.check)
    start.melding_date.edit.setFocus(Qt.FocusReason.OtherFocusReason)
    start.melding_date.edit.setDate(QDate(2026, 3, 2))
    click(qtbot, start.plan_offered)
    click(qtbot, start.support_offered)
    click(qtbot, start.identity_check)
    assert start.document_combo.isEnabled()
    click(qtbot, view.next_button)  # a checked identity needs its document
    assert view.current_page() is Page.START
    assert "document" in start.problem_bar.text()
    start.document_combo.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(start.document_combo, Qt.Key.Key_Down)  # paspoort
    qtbot.keyClick(start.document_combo, Qt.Key.Key_Down)  # identiteitskaart
    click(qtbot, view.next_button)
    assert view.current_page() is Page.QUESTION

    # QUESTION: the question in the citizen's own words, what matters, wellbeing.
    question = view.page_widget(Page.QUESTION)
    type_text(
        qtbot, question.question, "Ik krijg de brieven van de gemeente niet meer gelezen, ë é €."
    )
    type_text(qtbot, question.what_matters, "Zelf de regie houden over mijn geld.")
    click(qtbot, question.wellbeing.buttons[6])
    assert question.wellbeing_value.text().startswith("Cijfer: 6")
    click(qtbot, view.next_button)
    assert view.current_page() is Page.DOMAINS

    # DOMAINS: three domains scored from both sides, with texts and shares.
    domains = view.page_widget(Page.DOMAINS)
    form = domains.form
    keys = [d.key for d in domains.book.domains]
    for key, (
        citizen,
        professional,
        situation,
        strengths,
        concerns,
        own,
        network,
    ) in SCORED.items():
        domains.domain_list.setCurrentRow(keys.index(key))
        assert form.domain_key == key
        click(qtbot, form.discuss)
        assert form.chosen_panel.isVisible()
        click(qtbot, form.choosers[Perspective.CITIZEN].radios[citizen])
        click(qtbot, form.choosers[Perspective.PROFESSIONAL].radios[professional])
        type_text(qtbot, form.text_boxes["situation"], situation)
        type_text(qtbot, form.text_boxes["strengths"], strengths)
        type_text(qtbot, form.text_boxes["concerns"], concerns)
        replace_text(qtbot, type_text, form.shares.own, str(own))
        replace_text(qtbot, type_text, form.shares.network, str(network))
        form.shares.own.setFocus(Qt.FocusReason.OtherFocusReason)  # typing ends here
        assert form.shares.total.text() == "= samen 100 %"

    # The rest is not discussed: going on is refused until each has a reason.
    click(qtbot, view.next_button)
    assert view.current_page() is Page.DOMAINS
    assert "reden" in domains.problem_bar.text().lower()
    assert form.other_panel.isVisible()  # the first domain without a reason is shown
    type_text(qtbot, form.reason.lineEdit(), "Geen vraag op dit gebied")
    click(qtbot, form.all_button)
    assert domains.book.missing_reason() == []

    click(qtbot, view.next_button)
    assert view.current_page() is Page.NETWORK
    click(qtbot, view.next_button)
    assert view.current_page() is Page.GOALS
    # The summary comes before the plan: the citizen checks ("Klopt het zo?"), then signs.
    click(qtbot, view.next_button)
    assert view.current_page() is Page.SUMMARY
    assert view.progress.text().startswith("Stap 6 van 7: ")
    summary = view.page_widget(Page.SUMMARY).browser.toPlainText()
    assert "Ik krijg de brieven van de gemeente niet meer gelezen" in summary
    assert "Bespreekpunt" in summary
    assert "Geen vraag op dit gebied" in summary
    click(qtbot, view.next_button)
    assert view.current_page() is Page.PLAN
    assert not view.next_button.isEnabled()

    # Everything is in the database, read through another connection.
    case_file = fresh().load_case(case_id)
    conversation = next(c for c in case_file.conversations if c.id == conversation_id)
    assert conversation.kind is ConversationKind.INTAKE
    assert conversation.date == dt.date(2026, 3, 10)
    assert conversation.place == "Thuis, aan de keukentafel"
    assert conversation.present == ["Elif Öztürk", "tolk Turks"]
    assert conversation.question == "Ik krijg de brieven van de gemeente niet meer gelezen, ë é €."
    assert conversation.what_matters == "Zelf de regie houden over mijn geld."
    assert conversation.wellbeing == 6
    assert conversation.current_page == "PLAN"
    case = case_file.case
    assert case.melding_date == dt.date(2026, 3, 2)
    assert case.persoonlijk_plan_offered is True
    assert case.clientondersteuning_offered is True
    assert case.identity_checked is True
    assert case.identity_document is IdDocument.ID_CARD

    assessments = {
        a.perspective: a for a in case_file.assessments if a.conversation_id == conversation_id
    }
    citizen_a, professional_a = (
        assessments[Perspective.CITIZEN],
        assessments[Perspective.PROFESSIONAL],
    )
    for key, (
        citizen,
        professional,
        situation,
        strengths,
        concerns,
        own,
        network,
    ) in SCORED.items():
        c, p = citizen_a.score(key), professional_a.score(key)
        assert c is not None and p is not None
        assert (c.level, p.level) == (citizen, professional)
        assert not c.not_discussed and not p.not_discussed
        assert (p.situation, p.strengths, p.concerns) == (situation, strengths, concerns)
        assert (p.share_self, p.share_network, p.share_professional) == (
            own,
            network,
            100 - own - network,
        )
    others = [k for k in domains.book.instrument.domain_keys() if k not in SCORED]
    for key in others:
        for assessment in (citizen_a, professional_a):
            score = assessment.score(key)
            assert score is not None
            assert score.not_discussed and score.reason == "Geen vraag op dit gebied"
            assert score.level is None and score.situation == ""
        assert domains.book.state(key) is DomainState.NOT_DISCUSSED

    with capsys.disabled():
        print(f"\n  last stored edit: {view.autosave.last_write_ms:.2f} ms")


def test_choosing_a_level_makes_the_domain_discussed(qtbot, view, fresh, case_id):
    assert view.goto(Page.DOMAINS, check=False)
    form = view.page_widget(Page.DOMAINS).form
    assert form.domain_key == "financien"
    assert form.other_panel.isVisible()
    click(qtbot, form.discuss)
    click(qtbot, form.choosers[Perspective.PROFESSIONAL].radios[3])
    scores = {a.perspective: a.score("financien") for a in fresh().load_case(case_id).assessments}
    assert scores[Perspective.PROFESSIONAL].level == 3
    assert scores[Perspective.CITIZEN].level is None
    assert not scores[Perspective.CITIZEN].not_discussed


def test_keyboard_alone_moves_through_the_pages(qtbot, view, type_text):
    start = view.page_widget(Page.START)
    view.steps.setFocus(Qt.FocusReason.OtherFocusReason)
    # Forward from START is refused: nobody is marked present; the list gets the focus.
    qtbot.keyClick(view.steps, Qt.Key.Key_Down)
    assert view.current_page() is Page.START
    assert view.steps.currentRow() == Page.START
    assert QApplication.focusWidget() is start.present_list
    qtbot.keyClick(start.present_list, Qt.Key.Key_Space)
    assert start.present_list.item(0).checkState() == Qt.CheckState.Checked
    qtbot.keyClick(start.present_list, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert view.current_page() is Page.START  # the melding date is missing
    # Its mnemonic reaches the check box.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is start.melding_date.check
    qtbot.keyClick(start.melding_date.check, Qt.Key.Key_Space)
    assert start.melding_date.value() is not None
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert view.current_page() is Page.QUESTION
    question = view.page_widget(Page.QUESTION)
    assert QApplication.focusWidget() is question.question
    qtbot.keyClick(question.question, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert view.current_page() is Page.START
    view.steps.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(view.steps, Qt.Key.Key_Down)
    assert view.current_page() is Page.QUESTION
    # Tab leaves a text field (it does not type a tab) and reaches the scale.
    question.question.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(question.question, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is question.what_matters
    qtbot.keyClick(question.what_matters, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is question.wellbeing.buttons[5]
    qtbot.keyClick(question.wellbeing.buttons[5], Qt.Key.Key_Right)
    assert question.wellbeing.value() == 6
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_8)
    assert question.wellbeing.value() == 8
    assert QApplication.focusWidget() is question.wellbeing.buttons[8]
    assert view.autosave.value(conversation_key("wellbeing")) == 8
    # The visible mnemonic of Volgende works too, once the question is there (intake).
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(question.problem_bar.text()))  # a mnemonic clicks a bit later
    assert view.current_page() is Page.QUESTION
    assert QApplication.focusWidget() is question.question
    type_text(qtbot, question.question, "Hulp bij het huishouden")
    qtbot.keyClick(question.question, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.current_page() is Page.DOMAINS)
    assert view.autosave.value(conversation_key("question")) == "Hulp bij het huishouden"


def test_keyboard_alone_scores_a_domain(qtbot, view, type_text, fresh, case_id):
    view.goto(Page.DOMAINS, check=False)
    page = view.page_widget(Page.DOMAINS)
    form = page.form

    def focus():
        return QApplication.focusWidget()

    qtbot.keyClick(focus() or view, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert focus() is page.domain_list
    qtbot.keyClick(page.domain_list, Qt.Key.Key_Down)
    qtbot.keyClick(page.domain_list, Qt.Key.Key_Space)
    assert form.domain_key == "werk-opleiding"
    assert form.chosen_panel.isVisible()

    qtbot.keyClick(focus(), Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    assert focus() in form.choosers[Perspective.CITIZEN].radios.values()
    qtbot.keyClick(focus(), Qt.Key.Key_2)
    qtbot.keyClick(focus(), Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert focus() in form.choosers[Perspective.PROFESSIONAL].radios.values()
    qtbot.keyClick(focus(), Qt.Key.Key_4)
    assert form.difference.isVisible()

    qtbot.keyClick(focus(), Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert focus() is form.text_boxes["situation"]
    type_text(qtbot, focus(), "Zoekt werk als kok.")
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    assert focus() is form.text_boxes["strengths"]
    type_text(qtbot, focus(), "Diploma gehaald.")
    qtbot.keyClick(focus(), Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert focus() is form.shares.own
    type_text(qtbot, focus(), "60")
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    assert focus() is form.shares.network
    qtbot.keyClick(focus(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, focus(), "25")
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)  # leaving the shares stores them
    assert form.shares.total.text() == "= samen 100 %"

    scores = {
        a.perspective: a.score("werk-opleiding") for a in fresh().load_case(case_id).assessments
    }
    citizen, professional = scores[Perspective.CITIZEN], scores[Perspective.PROFESSIONAL]
    assert (citizen.level, professional.level) == (2, 4)
    assert professional.situation == "Zoekt werk als kok."
    assert professional.strengths == "Diploma gehaald."
    assert (professional.share_self, professional.share_network) == (60, 25)
    assert professional.share_professional == 15

    # Not discussed after all: everything is wiped, and the message offers to undo that.
    page.domain_list.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(page.domain_list, Qt.Key.Key_Space)
    assert form.cleared.isVisible()
    assert form.other_panel.isVisible()
    qtbot.keyClick(focus(), Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(form.chosen_panel.isVisible)
    assert not form.cleared.isVisible()
    assert form.choosers[Perspective.PROFESSIONAL].radios[4].isChecked()
    assert form.text_boxes["situation"].toPlainText() == "Zoekt werk als kok."
