"""The caseload screens over the demo households (the data a new user first sees)."""

from __future__ import annotations

import datetime as dt

import pytest

from eigenkracht.store.repository import Repository
from eigenkracht.ui.caseload import CaseListPage, CaseOverview
from eigenkracht.ui.caseload.model import STATE_ROLE, Column

demo = pytest.importorskip("eigenkracht.demo")


@pytest.fixture
def demo_repo(repo: Repository, today: dt.date) -> Repository:
    demo.build_demo(repo, today=today)
    return repo


def test_demo_case_list(qtbot, demo_repo: Repository, today: dt.date, model_tester) -> None:
    page = CaseListPage(demo_repo, today=today, deadline_columns=True)
    qtbot.addWidget(page)
    page.show()
    model_tester(page.proxy)
    assert page.proxy.rowCount() == len(demo_repo.list_cases()) > 0
    column = page.model.column(Column.NEXT_DEADLINE)
    states = {page.proxy.index(r, column).data(STATE_ROLE) for r in range(page.proxy.rowCount())}
    # the demo spreads its deadlines: some overdue, some close
    assert {"verlopen", "binnenkort"} <= states


def test_every_demo_case_opens(qtbot, demo_repo: Repository, today: dt.date) -> None:
    for summary in demo_repo.list_cases():
        overview = CaseOverview(demo_repo, summary.id, today=today)
        qtbot.addWidget(overview)
        overview.show()
        assert overview.name_label.text() == summary.household_name
        assert overview.goal_labels
