"""The domain table and the radar of the domain step (issue 11): the reason a domain is
not discussed is edited in the table (a real double-click and typing, stored for both
perspectives, one undo step), and the radar gives way to a sentence below three scored
domains."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView

from eigenkracht.core.model import Perspective
from eigenkracht.ui.conversation import Page
from eigenkracht.ui.conversation.domains import Column, DomainState

CITIZEN, PROFESSIONAL = Perspective.CITIZEN, Perspective.PROFESSIONAL


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))


def test_the_reason_is_edited_in_the_table(qtbot, make_view, repo, case_id, type_text):
    view = make_view()
    view.goto(Page.DOMAINS, check=False)
    domains = view.page_widget(Page.DOMAINS)
    book, table, model = domains.book, domains.table, domains.table_model
    book.set_reason(["justitie"], "Geen vraag of zorg op dit gebied")
    click(qtbot, domains.table_button)
    row = model.keys.index("justitie")
    cell = model.index(row, Column.REASON)
    assert cell.data() == "Geen vraag of zorg op dit gebied"
    assert model.flags(model.index(model.keys.index("justitie"), Column.REASON)) & (
        Qt.ItemFlag.ItemIsEditable
    )

    # Double-click the reason, replace it, Return: stored for both perspectives.
    table.scrollTo(cell)
    rect = table.visualRect(cell)
    # QTest's double click sends no press of its own; a real double click starts with one.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert table.state() == QAbstractItemView.State.EditingState
    editor = table.viewport().focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, editor, "Al in beeld bij de reclassering")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    assert cell.data() == "Al in beeld bij de reclassering"

    stored = repo.load_case(case_id)
    reasons = {
        (a.perspective, s.not_discussed, s.reason)
        for a in stored.assessments
        for s in a.scores
        if s.domain == "justitie"
    }
    assert reasons == {
        (CITIZEN, True, "Al in beeld bij de reclassering"),
        (PROFESSIONAL, True, "Al in beeld bij de reclassering"),
    }
    # One undo step puts the old reason back.
    view.autosave.undo_stack.undo()
    assert cell.data() == "Geen vraag of zorg op dit gebied"
    stored = repo.load_case(case_id)
    assert {s.reason for a in stored.assessments for s in a.scores if s.domain == "justitie"} == {
        "Geen vraag of zorg op dit gebied"
    }
    # A discussed domain's reason cell is not editable.
    book.set_relevant("financien", True)
    assert not model.flags(model.index(model.keys.index("financien"), Column.REASON)) & (
        Qt.ItemFlag.ItemIsEditable
    )


def test_the_radar_needs_three_scored_domains(qtbot, make_view):
    view = make_view()
    view.goto(Page.DOMAINS, check=False)
    domains = view.page_widget(Page.DOMAINS)
    book = domains.book
    for key in ("financien", "huisvesting"):
        book.set_level(CITIZEN, key, 3)
    assert not domains.radar.isVisible() and not domains.radar_legend.isVisible()
    assert domains.radar_note.isVisible()
    book.set_level(PROFESSIONAL, "justitie", 2)
    assert domains.radar.isVisible() and domains.radar_legend.isVisible()
    assert not domains.radar_note.isVisible()
    # A discussed domain without a level does not count.
    book.set_level(PROFESSIONAL, "justitie", None)
    assert book.state("justitie") is DomainState.RELEVANT
    assert not domains.radar.isVisible()
