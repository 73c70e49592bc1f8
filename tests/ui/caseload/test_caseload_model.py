"""The case list model: columns, deadline texts and colours, sorting, filtering."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush

from eigenkracht.core.model import CaseStatus, CaseSummary
from eigenkracht.core.process import DeadlineState
from eigenkracht.store.repository import Repository
from eigenkracht.ui.caseload.model import (
    CASE_ID_ROLE,
    SORT_ROLE,
    STATE_ROLE,
    CaseFilterProxy,
    CaseListModel,
    Column,
    nearest_text,
)
from eigenkracht.ui.widgets import OVERDUE_BACKGROUND, SOON_BACKGROUND, relative_days


def summary(case_id: int, reference: str, melding: dt.date | None, **fields: object) -> CaseSummary:
    values: dict[str, object] = {
        "id": case_id,
        "reference": reference,
        "household_name": f"Huishouden {case_id}",
        "status": CaseStatus.MELDING,
        "coordinator": "s.bakker",
        "melding_date": melding,
        "persoonlijk_plan_received": None,
        "verslag_sent": None,
        "aanvraag_date": None,
        "beschikking_date": None,
        "updated_at": "",
    }
    values.update(fields)
    return CaseSummary(**values)  # type: ignore[arg-type]


@pytest.fixture
def model(repo: Repository, cases: dict[str, int], today: dt.date) -> CaseListModel:
    return CaseListModel(repo.list_cases(), today=today, deadline_columns=True)


def cell(
    model: CaseListModel, case_id: int, column: Column, role: int = Qt.ItemDataRole.DisplayRole
):
    return model.index(model.row_of(case_id), model.column(column)).data(role)


def test_model_passes_the_model_tester(
    model: CaseListModel, today: dt.date, qtbot, model_tester
) -> None:
    model_tester(model)
    proxy = CaseFilterProxy()
    proxy.setSourceModel(model)
    model_tester(proxy)
    proxy.sort(model.column(Column.NEXT_DEADLINE))
    proxy.set_case_ids([1, 3])
    proxy.set_case_ids(None)
    model.set_cases(model_cases := [summary(9, "EK-9", today)])
    assert model.rowCount() == len(model_cases)
    model.set_cases([])
    assert proxy.rowCount() == 0


def test_columns_and_headers(model: CaseListModel, today: dt.date) -> None:
    headers = [model.headerData(s, Qt.Orientation.Horizontal) for s in range(model.columnCount())]
    assert headers == [
        "Kenmerk",
        "Huishouden",
        "Status",
        "Regisseur",
        "Eerstvolgende termijn",
        "Persoonlijk plan",
        "Verslag",
        "Beschikking",
    ]
    plain = CaseListModel([], today=today)
    assert plain.columnCount() == 5
    assert plain.column(Column.VERSLAG) == -1


def test_deadline_texts_carry_their_meaning_in_words(model: CaseListModel, cases) -> None:
    overdue = cell(model, cases["overdue"], Column.NEXT_DEADLINE)
    assert overdue == "⚠ te laat · Verslag: ma 02-11-2026 (7 dagen te laat)"
    soon = cell(model, cases["soon-verslag"], Column.NEXT_DEADLINE)
    assert soon == "binnenkort · Verslag: do 12-11-2026 (over 3 dagen)"
    assert cell(model, cases["beschikking"], Column.NEXT_DEADLINE) == (
        "binnenkort · Beschikking: ma 09-11-2026 (vandaag)"
    )
    assert cell(model, cases["open"], Column.NEXT_DEADLINE) == (
        "Verslag: di 01-12-2026 (over 22 dagen)"
    )
    assert cell(model, cases["none"], Column.NEXT_DEADLINE) == ""
    assert cell(model, cases["none"], Column.NEXT_DEADLINE, Qt.ItemDataRole.AccessibleTextRole) == (
        "geen lopende termijn"
    )
    # the per-deadline columns
    assert cell(model, cases["open"], Column.PERSOONLIJK_PLAN) == "klaar: plan ontvangen"
    assert cell(model, cases["overdue"], Column.PERSOONLIJK_PLAN).startswith("termijn voorbij")
    assert cell(model, cases["soon-plan"], Column.PERSOONLIJK_PLAN) == (
        "binnenkort · vr 13-11-2026 (over 4 dagen)"
    )
    assert cell(model, cases["soon-plan"], Column.BESCHIKKING) == ""
    assert cell(model, cases["soon-verslag"], Column.STATUS) == "Onderzoek"


def test_close_and_overdue_deadlines_have_a_colour_too(model: CaseListModel, cases) -> None:
    background = Qt.ItemDataRole.BackgroundRole
    red = cell(model, cases["overdue"], Column.NEXT_DEADLINE, background)
    amber = cell(model, cases["soon-verslag"], Column.NEXT_DEADLINE, background)
    assert isinstance(red, QBrush) and red.color() == OVERDUE_BACKGROUND
    assert isinstance(amber, QBrush) and amber.color() == SOON_BACKGROUND
    assert cell(model, cases["open"], Column.NEXT_DEADLINE, background) is None
    foreground = cell(model, cases["overdue"], Column.NEXT_DEADLINE, Qt.ItemDataRole.ForegroundRole)
    assert isinstance(foreground, QBrush)
    assert cell(model, cases["overdue"], Column.NEXT_DEADLINE, STATE_ROLE) == DeadlineState.OVERDUE
    assert cell(model, cases["overdue"], Column.HOUSEHOLD, background) is None


def test_sort_role_orders_by_nearest_due_date_with_no_deadline_last(model, cases) -> None:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(model.column(Column.NEXT_DEADLINE), Qt.SortOrder.AscendingOrder)
    order = [proxy.index(r, 0).data(CASE_ID_ROLE) for r in range(proxy.rowCount())]
    names = ["overdue", "beschikking", "soon-verslag", "soon-plan", "open", "none"]
    assert order == [cases[n] for n in names]


def test_filter_proxy_shows_only_the_given_case_ids(model, cases) -> None:
    proxy = CaseFilterProxy()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == 6
    proxy.set_case_ids([cases["open"], cases["none"], 999])
    shown = {proxy.index(r, 0).data(CASE_ID_ROLE) for r in range(proxy.rowCount())}
    assert shown == {cases["open"], cases["none"]}
    proxy.set_case_ids([])
    assert proxy.rowCount() == 0
    proxy.set_case_ids(None)
    assert proxy.rowCount() == 6


def test_today_may_be_a_function_and_is_read_at_each_reset() -> None:
    days = iter([dt.date(2026, 11, 9), dt.date(2026, 11, 11)])
    model = CaseListModel([summary(1, "EK-1", dt.date(2026, 10, 1))], today=lambda: next(days))
    assert "over 3 dagen" in model.index(0, model.column(Column.NEXT_DEADLINE)).data()
    model.set_cases([summary(1, "EK-1", dt.date(2026, 10, 1))])
    assert model.today == dt.date(2026, 11, 11)
    assert "morgen" in model.index(0, model.column(Column.NEXT_DEADLINE)).data()


def test_relative_days_in_words(today: dt.date) -> None:
    assert relative_days(0) == "vandaag"
    assert relative_days(1) == "morgen"
    assert relative_days(12) == "over 12 dagen"
    assert relative_days(-1) == "1 dag te laat"
    assert relative_days(-3) == "3 dagen te laat"
    assert nearest_text(None, today) == ""
