"""The caseload: the list of cases, a new case, and the overview of one case."""

from eigenkracht.ui.caseload.model import (
    CASE_ID_ROLE,
    SORT_ROLE,
    STATE_ROLE,
    CaseFilterProxy,
    CaseListModel,
    Column,
)
from eigenkracht.ui.caseload.new_case import NewCaseDialog
from eigenkracht.ui.caseload.overview import CaseOverview
from eigenkracht.ui.caseload.page import CaseListPage

__all__ = [
    "CASE_ID_ROLE",
    "SORT_ROLE",
    "STATE_ROLE",
    "CaseFilterProxy",
    "CaseListModel",
    "CaseListPage",
    "CaseOverview",
    "Column",
    "NewCaseDialog",
]
