"""The life domains step: the difference marker, the compact table, the radar."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel

from eigenkracht.core.model import Perspective
from eigenkracht.ui.conversation import Page
from eigenkracht.ui.conversation.domains import Column, DomainState

CITIZEN, PROFESSIONAL = Perspective.CITIZEN, Perspective.PROFESSIONAL


def click_box(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))


def stored_scores(fresh, case_id, domain):
    return {a.perspective: a.score(domain) for a in fresh().load_case(case_id).assessments}


def test_the_difference_marker_appears_when_the_levels_differ(qtbot, view):
    view.goto(Page.DOMAINS, check=False)
    page = view.page_widget(Page.DOMAINS)
    form = page.form
    click_box(qtbot, form.discuss)
    click_box(qtbot, form.choosers[CITIZEN].radios[2])
    assert not form.difference.isVisible()  # only one side scored
    click_box(qtbot, form.choosers[PROFESSIONAL].radios[2])
    assert not form.difference.isVisible()
    click_box(qtbot, form.choosers[PROFESSIONAL].radios[4])
    assert form.difference.isVisible()
    text = form.difference.label.text()
    assert "Bespreekpunt: u ziet dit anders" in text
    assert "Inwoner: 2 (Het gaat slecht)" in text
    assert "Professional: 4 (Voldoende zelfredzaam)" in text
    assert not form.difference.icon.pixmap().isNull()  # an icon, not only a colour
    assert form.difference.accessibleName() == text
    # The list and the table say so in words too.
    assert "≠" in page.domain_list.item(0).text()
    model = page.table_model
    assert "anders" in model.data(model.index(0, Column.DIFFERENCE))
    click_box(qtbot, form.choosers[CITIZEN].radios[4])
    assert not form.difference.isVisible()
    assert model.data(model.index(0, Column.DIFFERENCE)) == ""


def test_the_level_text_is_shown_while_choosing(qtbot, view, instrument):
    view.goto(Page.DOMAINS, check=False)
    form = view.page_widget(Page.DOMAINS).form
    click_box(qtbot, form.discuss)
    domain = instrument.domain("financien")
    citizen = form.choosers[CITIZEN]
    citizen.radios[3].setFocus(Qt.FocusReason.TabFocusReason)  # focus shows its meaning
    assert domain.level_text(3).citizen in citizen.description.text()
    click_box(qtbot, form.choosers[PROFESSIONAL].radios[1])
    professional = form.choosers[PROFESSIONAL]
    assert domain.level_text(1).professional in professional.description.text()
    # A digit chooses the level when the group has the focus.
    qtbot.keyClick(citizen.radios[3], Qt.Key.Key_5)
    assert citizen.level() == 5
    assert view.autosave.score(CITIZEN, "financien").level == 5


def test_the_compact_table_sets_levels_with_the_keyboard(qtbot, view, fresh, case_id, model_tester):
    view.goto(Page.DOMAINS, check=False)
    page = view.page_widget(Page.DOMAINS)
    model_tester(page.table_model)
    qtbot.mouseClick(page.table_button, Qt.MouseButton.LeftButton)
    table = page.table
    assert table.isVisible() and not page.radar_panel.isVisible()
    assert table.hasFocus()
    assert table.currentIndex().row() == 0
    assert table.currentIndex().column() == Column.CITIZEN

    qtbot.keyClick(table, Qt.Key.Key_3)  # financien, citizen: 3 (and thereby discussed)
    qtbot.keyClick(table, Qt.Key.Key_Right)
    qtbot.keyClick(table, Qt.Key.Key_1)  # professional: 1
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Space)  # werk-opleiding: discussed, no level
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_4)  # tijdsbesteding, professional: 4
    qtbot.keyClick(table, Qt.Key.Key_0)  # ... and cleared again
    qtbot.keyClick(table, Qt.Key.Key_Left)
    qtbot.keyClick(table, Qt.Key.Key_5)  # tijdsbesteding, citizen: 5

    scores = stored_scores(fresh, case_id, "financien")
    assert (scores[CITIZEN].level, scores[PROFESSIONAL].level) == (3, 1)
    scores = stored_scores(fresh, case_id, "werk-opleiding")
    assert not scores[CITIZEN].not_discussed and scores[CITIZEN].level is None
    scores = stored_scores(fresh, case_id, "tijdsbesteding")
    assert (scores[CITIZEN].level, scores[PROFESSIONAL].level) == (5, None)
    model = page.table_model
    assert model.data(model.index(0, Column.CITIZEN)) == "3 – Het gaat soms goed, soms niet"
    assert model.data(model.index(0, Column.DIFFERENCE)).startswith("≠")
    assert model.data(model.index(1, Column.DISCUSSED), Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked
    )

    # Space again: not discussed (the level is gone); undo brings it back.
    table.setCurrentIndex(model.index(0, Column.DOMAIN))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert page.book.state("financien") is DomainState.NOT_DISCUSSED
    assert stored_scores(fresh, case_id, "financien")[CITIZEN].level is None
    view.undo()
    assert page.book.state("financien") is DomainState.RELEVANT
    assert model.data(model.index(0, Column.CITIZEN)).startswith("3")

    # Back to the detailed form: it shows the same domain and the same levels.
    qtbot.mouseClick(page.detail_button, Qt.MouseButton.LeftButton)
    assert page.form.domain_key == "financien"
    assert page.form.choosers[CITIZEN].radios[3].isChecked()
    assert page.radar_panel.isVisible()


def test_a_reason_is_required_for_every_domain_not_discussed(qtbot, view, type_text):
    view.goto(Page.DOMAINS, check=False)
    page = view.page_widget(Page.DOMAINS)
    form = page.form
    assert not view.goto(Page.NETWORK)
    assert "Geldzaken" in page.problem_bar.text()
    assert page.problem_bar.isVisible()
    # One domain gets a reason from the list, then all others get a typed one.
    form.reason.setFocus(Qt.FocusReason.OtherFocusReason)
    form.reason.setCurrentIndex(1)
    form.reason.activated.emit(1)
    assert page.book.state("financien") is DomainState.NOT_DISCUSSED
    assert page.book.reason("financien") == form.reason.itemText(1)
    page.domain_list.setCurrentRow(1)
    assert form.reason.currentText() == ""
    type_text(qtbot, form.reason.lineEdit(), "Pensioen")
    qtbot.mouseClick(form.all_button, Qt.MouseButton.LeftButton)
    assert page.book.reason("financien") == form.reason.itemText(1)  # kept its own
    assert page.book.reason("justitie") == "Pensioen"
    assert view.goto(Page.NETWORK)


def test_the_radar_follows_the_levels(qtbot, view):
    view.goto(Page.DOMAINS, check=False)
    page = view.page_widget(Page.DOMAINS)
    book = page.book
    for key, citizen, professional in (
        ("financien", 2, 3),
        ("huisvesting", 4, 4),
        ("justitie", 5, 1),
    ):
        book.set_level(CITIZEN, key, citizen)
        book.set_level(PROFESSIONAL, key, professional)
    page.radar.draw()
    assert page.radar.canvas is not None
    description = page.radar.accessibleDescription()
    assert "Geldzaken 2" in description and "Politie en justitie 1" in description
    assert page.radar.canvas.figure.axes  # a polar chart was drawn


def test_the_notes_say_they_go_into_the_citizens_plan(qtbot, view):
    """Situation, what goes well and the concern print on the citizen's pages of the plan:
    the form says so under the three boxes, where they are typed (issue 13)."""
    view.goto(Page.DOMAINS, check=False)
    form = view.page_widget(Page.DOMAINS).form
    click_box(qtbot, form.discuss)
    qtbot.wait(20)  # the layout settles after the form opens
    view.window().grab().save("/tmp/lead/domains.png")
    note = form.findChild(QLabel, "for_the_plan")
    assert note is not None and note.isVisible()
    assert "plan dat de inwoner meekrijgt" in note.text()
    lowest = form.text_boxes["concerns"]
    below = note.mapTo(form, QPoint(0, 0)).y()
    assert below >= lowest.mapTo(form, QPoint(0, lowest.height())).y()
