"""The case list page: search as you type, sorting, opening a case with the keyboard
and the mouse, the count, and refreshing after a change."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence

from eigenkracht.core.model import Case, Member
from eigenkracht.store.repository import Repository
from eigenkracht.ui.caseload import CaseListPage, Column
from support import fire


@pytest.fixture
def page(qtbot, repo: Repository, cases: dict[str, int], today: dt.date) -> CaseListPage:
    widget = CaseListPage(repo, today=today)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def search(qtbot, type_text, page: CaseListPage, text: str) -> None:
    """Type into the real search field and let the debounced search run."""
    type_text(qtbot, page.search_edit, text)
    assert page.search_timer.interval() == page.SEARCH_DELAY_MS
    fire(page.search_timer)  # the pause after the last key


def households(page: CaseListPage) -> list[str]:
    column = page.model.column(Column.HOUSEHOLD)
    return [page.proxy.index(r, column).data() for r in range(page.proxy.rowCount())]


def test_shows_all_cases_sorted_by_nearest_deadline(page: CaseListPage, cases) -> None:
    names = ["overdue", "beschikking", "soon-verslag", "soon-plan", "open", "none"]
    assert page.visible_case_ids() == [cases[n] for n in names]
    assert page.count_label.text() == "6 dossiers"
    header = page.view.horizontalHeader()
    assert header.sortIndicatorSection() == page.model.column(Column.NEXT_DEADLINE)
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder


def test_typing_filters_after_a_pause_and_clearing_shows_all(qtbot, type_text, page) -> None:
    search(qtbot, type_text, page, "vries")
    assert households(page) == ["Fam. de Vries"]
    assert page.count_label.text() == "1 van 6 dossiers"

    page.search_edit.clear()
    fire(page.search_timer)
    assert page.proxy.rowCount() == 6
    assert page.count_label.text() == "6 dossiers"


def test_search_finds_diacritics_and_free_text(qtbot, type_text, page, full_case) -> None:
    page.refresh()
    search(qtbot, type_text, page, "Özdemir")
    assert households(page) == ["Fam. Özdemir-Jansen"]
    page.search_edit.clear()
    search(qtbot, type_text, page, "brieven")  # the question of a conversation
    assert page.visible_case_ids() == [full_case]


def test_nothing_found_says_so(qtbot, type_text, page) -> None:
    search(qtbot, type_text, page, "zzzqqq")
    assert page.proxy.rowCount() == 0
    assert page.count_label.text() == "Geen dossiers gevonden (van 6)."


def test_escape_in_the_search_field_clears_it(qtbot, type_text, page) -> None:
    search(qtbot, type_text, page, "vries")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Escape)
    assert page.search_edit.text() == ""
    assert page.proxy.rowCount() == 6


def test_clicking_a_header_sorts_and_deadline_sort_comes_back(qtbot, page, cases) -> None:
    header = page.view.horizontalHeader()
    household = page.model.column(Column.HOUSEHOLD)
    x = header.sectionViewportPosition(household) + header.sectionSize(household) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert header.sortIndicatorSection() == household
    shown = households(page)  # (where Ö sorts depends on the machine's locale)
    assert (shown[0], shown[-1]) == ("Dhr. Bakker", "Mw. El Amrani")
    page.view.sortByColumn(page.model.column(Column.NEXT_DEADLINE), Qt.SortOrder.AscendingOrder)
    assert page.visible_case_ids()[0] == cases["overdue"]
    assert page.visible_case_ids()[-1] == cases["none"]


def test_double_click_opens_the_case(qtbot, page, cases) -> None:
    row = page.visible_case_ids().index(cases["open"])
    rect = page.view.visualRect(page.proxy.index(row, 1))
    viewport, left = page.view.viewport(), Qt.MouseButton.LeftButton
    with qtbot.waitSignal(page.caseOpened) as opened:
        # QTest's double click sends no press of its own; a real double click starts with one.
        qtbot.mouseClick(viewport, left, pos=rect.center())
        qtbot.mouseDClick(viewport, left, pos=rect.center())
    assert opened.args == [cases["open"]]


def test_keyboard_only_search_arrow_down_and_enter(qtbot, type_text, page, cases) -> None:
    page.focus_search()
    search(qtbot, type_text, page, "jansen")  # Fam. Jansen and Fam. Özdemir-Jansen
    assert set(page.visible_case_ids()) == {cases["beschikking"], cases["soon-verslag"]}
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Down)
    assert page.view.hasFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    with qtbot.waitSignal(page.caseOpened) as opened:
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert opened.args == [page.visible_case_ids()[1]]


def test_enter_in_the_table_opens_the_first_case_without_clicking(qtbot, page, cases) -> None:
    page.view.setFocus()
    with qtbot.waitSignal(page.caseOpened) as opened:
        qtbot.keyClick(page.view, Qt.Key.Key_Enter)
    assert opened.args == [cases["overdue"]]


def test_ctrl_f_focuses_the_search(qtbot, page) -> None:
    page.view.setFocus()
    page.activateWindow()
    qtbot.waitUntil(page.view.hasFocus)
    qtbot.keySequence(page.view, QKeySequence(QKeySequence.StandardKey.Find))
    qtbot.waitUntil(page.search_edit.hasFocus)


def test_new_case_button_asks_for_a_new_case(qtbot, page) -> None:
    with qtbot.waitSignal(page.newCaseRequested):
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)


def test_refresh_shows_a_new_case_and_keeps_the_search(qtbot, type_text, page, repo) -> None:
    search(qtbot, type_text, page, "vries")
    created = repo.create_case(
        Case(reference="EK-2026-0100", household_name="Fam. van Vries"),
        [Member(case_id=0, name="Joke van Vries")],
    )
    page.refresh()
    assert sorted(households(page)) == ["Fam. de Vries", "Fam. van Vries"]
    assert page.count_label.text() == "2 van 7 dossiers"
    assert page.select_case(created.case.id)
    assert page.current_case_id() == created.case.id


def test_an_empty_database_invites_a_new_case(qtbot, store, today) -> None:
    widget = CaseListPage(Repository(store), today=today)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.proxy.rowCount() == 0
    assert "Nieuw dossier" in widget.count_label.text()


def test_deadline_columns_are_optional(qtbot, repo, cases, today) -> None:
    widget = CaseListPage(repo, today=today, deadline_columns=True)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.model.columnCount() == 8
    assert widget.visible_case_ids()[0] == cases["overdue"]
