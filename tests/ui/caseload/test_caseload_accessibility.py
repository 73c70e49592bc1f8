"""Every interactive widget of the caseload screens has an accessible name, labels
have buddies, the Tab order is the visual order, and no font size is fixed."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QWidget,
)

from eigenkracht.store.repository import Repository
from eigenkracht.ui.caseload import CaseListPage, CaseOverview, NewCaseDialog
from eigenkracht.ui.widgets import OptionalDateEdit
from ui_support import labels_without_buddy, unnamed_interactive

UI = Path(__file__).resolve().parents[3] / "src" / "eigenkracht" / "ui"


def tab_chain(root: QWidget, start: QWidget, steps: int) -> list[QWidget]:
    chain, widget = [], start
    for _ in range(steps):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        while (
            not (
                widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.isVisibleTo(root)
                and widget.isEnabled()
            )
            or widget.focusProxy() is not None
        ):
            widget = widget.nextInFocusChain()
    return chain


@pytest.fixture
def page(qtbot, repo: Repository, cases, today: dt.date) -> CaseListPage:
    widget = CaseListPage(repo, today=today, deadline_columns=True)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def close_without_asking(dialog: QDialog) -> None:
    """At the end of a test: closing a dialog with input would ask first (and wait)."""
    dialog.done(QDialog.DialogCode.Rejected)


@pytest.fixture
def dialog(qtbot, repo: Repository, today: dt.date) -> NewCaseDialog:
    widget = NewCaseDialog(repo, today=today)
    qtbot.addWidget(widget, before_close_func=close_without_asking)
    widget.show()
    return widget


@pytest.fixture
def overview(qtbot, repo: Repository, full_case: int, today: dt.date) -> CaseOverview:
    widget = CaseOverview(repo, full_case, today=today)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_case_list_page_is_named(qtbot, type_text, page: CaseListPage) -> None:
    type_text(qtbot, page.search_edit, "a")  # shows the line edit's clear button
    assert unnamed_interactive(page) == []
    assert labels_without_buddy(page) == []


def test_new_case_dialog_is_named(qtbot, dialog: NewCaseDialog) -> None:
    qtbot.mouseClick(dialog.members.add_button, Qt.MouseButton.LeftButton)
    assert unnamed_interactive(dialog) == []
    assert labels_without_buddy(dialog) == []
    names = [row.birth.edit.accessibleName() for row in dialog.members.rows]
    assert names == ["Geboortedatum van gezinslid 1", "Geboortedatum van gezinslid 2"]


def test_overview_is_named(overview: CaseOverview) -> None:
    assert unnamed_interactive(overview) == []
    assert labels_without_buddy(overview) == []


def test_optional_date_edit_is_named(qtbot) -> None:
    field = OptionalDateEdit()
    qtbot.addWidget(field)
    field.set_accessible_name("Geboortedatum")
    assert unnamed_interactive(field) == []
    assert field.clear_button.accessibleName() == "Geboortedatum leegmaken"


def test_tab_order_of_the_page_follows_the_screen(page: CaseListPage) -> None:
    chain = tab_chain(page, page.search_edit, 3)
    assert chain == [page.search_edit, page.new_button, page.view]


def test_tab_order_of_the_dialog_follows_the_screen(dialog: NewCaseDialog) -> None:
    first = dialog.members.rows[0]
    chain = tab_chain(dialog, dialog.household, 11)
    assert chain == [
        dialog.household,
        dialog.reference,
        dialog.melding_date,
        dialog.case_kind,
        dialog.coordinator,
        dialog.plan_offered,
        dialog.support_offered,
        first.name,
        first.role,
        first.birth.edit,
        dialog.members.add_button,  # the clear button and Verwijderen are disabled
    ]


def test_no_fixed_pixel_font_sizes() -> None:
    for path in [*(UI / "caseload").glob("*.py"), *(UI / "widgets").glob("*.py")]:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"font-size|setPixelSize|setPointSize\(", text), path
