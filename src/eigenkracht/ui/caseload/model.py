"""The case list as an item model, the proxy that sorts and filters it, and the
words the case screens use for statuses and deadlines."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush

from eigenkracht.core.model import (
    ActionStatus,
    ActorKind,
    CaseKind,
    CaseStatus,
    CaseSummary,
    GoalStatus,
    Perspective,
)
from eigenkracht.core.process import (
    Deadline,
    DeadlineKind,
    DeadlineState,
    StepKind,
    deadlines,
    nearest,
)
from eigenkracht.ui.widgets import (
    OVERDUE_BACKGROUND,
    OVERDUE_FOREGROUND,
    SOON_BACKGROUND,
    SOON_FOREGROUND,
    format_date,
    plain_line,
    plain_tooltip,
    relative_days,
)
from eigenkracht.ui.widgets.words import conversation_kind_text

Index = QModelIndex | QPersistentModelIndex
Today = dt.date | Callable[[], dt.date] | None

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a value that sorts the column as meant
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the case id of the row (int)
STATE_ROLE = Qt.ItemDataRole.UserRole + 3  # the DeadlineState value (str) of a deadline cell
NO_DEADLINE = 10**8  # sorts after every real date (date.max.toordinal() is 3652059)


def today_function(today: Today) -> Callable[[], dt.date]:
    """`today` as a function: a fixed date, a function, or the real date."""
    if today is None:
        return dt.date.today
    if isinstance(today, dt.date):
        fixed = today
        return lambda: fixed
    return today


# -- words ------------------------------------------------------------------


def status_text(status: CaseStatus) -> str:
    tr = QCoreApplication.translate
    return {
        CaseStatus.MELDING: tr("Caseload", "Melding"),
        CaseStatus.ONDERZOEK: tr("Caseload", "Onderzoek"),
        CaseStatus.PLAN: tr("Caseload", "Plan loopt"),
        CaseStatus.EVALUATIE: tr("Caseload", "Evaluatie"),
        CaseStatus.AFGESLOTEN: tr("Caseload", "Afgesloten"),
    }[status]


def case_kind_text(kind: CaseKind) -> str:
    tr = QCoreApplication.translate
    return {
        CaseKind.WMO: tr("Caseload", "Wmo"),
        CaseKind.JEUGD: tr("Caseload", "Jeugdwet"),
    }[kind]


def step_text(kind: StepKind, case_kind: CaseKind = CaseKind.WMO) -> str:
    """The name of a step of the route (core.process.route), as the Verloop shows it."""
    tr = QCoreApplication.translate
    if kind is StepKind.VERSLAG and case_kind is CaseKind.JEUGD:
        return tr("Caseload", "Plan of verslag gegeven")
    return {
        StepKind.MELDING: tr("Caseload", "Melding"),
        StepKind.PERSOONLIJK_PLAN: tr("Caseload", "Persoonlijk plan ontvangen"),
        StepKind.FAMILIEGROEPSPLAN: tr("Caseload", "Familiegroepsplan aangeboden"),
        StepKind.CLIENTONDERSTEUNING: tr("Caseload", "Gewezen op cliëntondersteuning"),
        StepKind.ONDERZOEK: tr("Caseload", "Onderzoek (gesprek)"),
        StepKind.VERSLAG: tr("Caseload", "Verslag verstuurd"),
        StepKind.AANVRAAG: tr("Caseload", "Aanvraag"),
        StepKind.BESCHIKKING: tr("Caseload", "Beschikking verstuurd"),
        StepKind.EVALUATIE: tr("Caseload", "Evaluatie gehouden"),
        StepKind.AFSLUITING: tr("Caseload", "Afgesloten"),
    }[kind]


def deadline_kind_text(kind: DeadlineKind) -> str:
    tr = QCoreApplication.translate
    return {
        DeadlineKind.PERSOONLIJK_PLAN: tr("Caseload", "Persoonlijk plan"),
        DeadlineKind.VERSLAG: tr("Caseload", "Verslag"),
        DeadlineKind.BESCHIKKING: tr("Caseload", "Beschikking"),
    }[kind]


def deadline_marker(state: DeadlineState) -> str:
    """The words that carry what the colour shows: "⚠ te laat · ", "binnenkort · "."""
    tr = QCoreApplication.translate
    if state is DeadlineState.OVERDUE:
        return tr("Caseload", "⚠ te laat · ")
    if state is DeadlineState.SOON:
        return tr("Caseload", "binnenkort · ")
    return ""


def deadline_state_text(deadline: Deadline, today: dt.date) -> str:
    """The state of one deadline in words, e.g. "loopt (over 20 dagen)"."""
    tr = QCoreApplication.translate
    days = deadline.days_left(today)
    if deadline.state is DeadlineState.DONE:
        return {
            DeadlineKind.PERSOONLIJK_PLAN: tr("Caseload", "klaar: plan ontvangen"),
            DeadlineKind.VERSLAG: tr("Caseload", "klaar: verslag verstuurd"),
            DeadlineKind.BESCHIKKING: tr("Caseload", "klaar: beschikking verstuurd"),
        }[deadline.kind]
    if deadline.state is DeadlineState.CLOSED:
        return tr("Caseload", "termijn voorbij, geen plan ontvangen")
    if deadline.state is DeadlineState.STOPPED:
        return tr("Caseload", "gestopt: dossier afgesloten")
    if deadline.state is DeadlineState.OVERDUE:
        return tr("Caseload", "⚠ {relative}").format(relative=relative_days(days))
    if deadline.state is DeadlineState.SOON:
        return tr("Caseload", "binnenkort ({relative})").format(relative=relative_days(days))
    return tr("Caseload", "loopt ({relative})").format(relative=relative_days(days))


def nearest_text(deadline: Deadline | None, today: dt.date) -> str:
    """ "binnenkort · Verslag: do 12-11-2026 (over 3 dagen)"; "" without a running deadline."""
    if deadline is None:
        return ""
    relative = relative_days(deadline.days_left(today))
    text = QCoreApplication.translate("Caseload", "{kind}: {date} ({relative})").format(
        kind=deadline_kind_text(deadline.kind),
        date=format_date(deadline.due),
        relative=relative,
    )
    return deadline_marker(deadline.state) + text


def deadline_cell_text(deadline: Deadline | None, today: dt.date) -> str:
    """One deadline in its own column: date and state, or "" when it does not apply."""
    if deadline is None:
        return ""
    if deadline.state in (DeadlineState.DONE, DeadlineState.CLOSED, DeadlineState.STOPPED):
        return deadline_state_text(deadline, today)
    relative = relative_days(deadline.days_left(today))
    text = QCoreApplication.translate("Caseload", "{date} ({relative})").format(
        date=format_date(deadline.due), relative=relative
    )
    return deadline_marker(deadline.state) + text


def perspective_text(perspective: Perspective) -> str:
    tr = QCoreApplication.translate
    return {
        Perspective.CITIZEN: tr("Caseload", "Inwoner"),
        Perspective.PROFESSIONAL: tr("Caseload", "Professional"),
    }[perspective]


def actor_kind_text(kind: ActorKind) -> str:
    tr = QCoreApplication.translate
    return {
        ActorKind.SELF: tr("Caseload", "Zelf"),
        ActorKind.NETWORK: tr("Caseload", "Netwerk"),
        ActorKind.VOLUNTEER: tr("Caseload", "Vrijwilliger"),
        ActorKind.GENERAL_FACILITY: tr("Caseload", "Algemene voorziening"),
        ActorKind.PROFESSIONAL: tr("Caseload", "Professional"),
        ActorKind.MAATWERK: tr("Caseload", "Maatwerkvoorziening"),
    }[kind]


def goal_status_text(status: GoalStatus) -> str:
    tr = QCoreApplication.translate
    return {
        GoalStatus.OPEN: tr("Caseload", "open"),
        GoalStatus.ACHIEVED: tr("Caseload", "behaald"),
        GoalStatus.PARTLY: tr("Caseload", "deels behaald"),
        GoalStatus.STOPPED: tr("Caseload", "gestopt"),
    }[status]


def action_status_text(status: ActionStatus) -> str:
    tr = QCoreApplication.translate
    return {
        ActionStatus.PLANNED: tr("Caseload", "gepland"),
        ActionStatus.BUSY: tr("Caseload", "bezig"),
        ActionStatus.DONE: tr("Caseload", "klaar"),
        ActionStatus.CANCELLED: tr("Caseload", "vervallen"),
    }[status]


def attention_brush(state: DeadlineState | None, role: int) -> QBrush | None:
    """Background or text colour for a deadline that is close or overdue."""
    if state is DeadlineState.OVERDUE:
        colour = (
            OVERDUE_BACKGROUND if role == Qt.ItemDataRole.BackgroundRole else OVERDUE_FOREGROUND
        )
    elif state is DeadlineState.SOON:
        colour = SOON_BACKGROUND if role == Qt.ItemDataRole.BackgroundRole else SOON_FOREGROUND
    else:
        return None
    return QBrush(colour)


# -- the model ------------------------------------------------------------------


class Column(IntEnum):
    REFERENCE = 0
    HOUSEHOLD = 1
    STATUS = 2
    COORDINATOR = 3
    NEXT_DEADLINE = 4
    PERSOONLIJK_PLAN = 5
    VERSLAG = 6
    BESCHIKKING = 7


BASE_COLUMNS = (
    Column.REFERENCE,
    Column.HOUSEHOLD,
    Column.STATUS,
    Column.COORDINATOR,
    Column.NEXT_DEADLINE,
)
DEADLINE_COLUMNS = {
    Column.PERSOONLIJK_PLAN: DeadlineKind.PERSOONLIJK_PLAN,
    Column.VERSLAG: DeadlineKind.VERSLAG,
    Column.BESCHIKKING: DeadlineKind.BESCHIKKING,
}


@dataclass(frozen=True)
class CaseRow:
    """One case with its deadlines, worked out once per reset."""

    summary: CaseSummary
    deadlines: tuple[Deadline, ...]
    nearest: Deadline | None

    def deadline(self, kind: DeadlineKind) -> Deadline | None:
        return next((d for d in self.deadlines if d.kind is kind), None)


class CaseListModel(QAbstractTableModel):
    """The cases of `repo.list_cases()`, one row each.

    today: a date or a function giving one (tests fix it); default the real date.
    deadline_columns: also show one column per Wmo deadline.
    """

    def __init__(
        self,
        cases: Iterable[CaseSummary] = (),
        *,
        today: Today = None,
        deadline_columns: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today_function(today)
        self.columns: tuple[Column, ...] = BASE_COLUMNS
        if deadline_columns:
            self.columns += tuple(DEADLINE_COLUMNS)
        self._rows: list[CaseRow] = []
        self._day = dt.date.min
        self._fill(cases)

    # -- loading ----------------------------------------------------------------

    def _fill(self, cases: Iterable[CaseSummary]) -> None:
        self._day = day = self._today()
        rows = []
        for summary in cases:
            found = tuple(deadlines(summary, day))
            rows.append(CaseRow(summary, found, nearest(list(found))))
        self._rows = rows

    def set_cases(self, cases: Iterable[CaseSummary]) -> None:
        """Show these cases instead (a reset: views keep no rows of the old list)."""
        self.beginResetModel()
        self._fill(cases)
        self.endResetModel()

    # -- lookups ------------------------------------------------------------------

    @property
    def today(self) -> dt.date:
        return self._day

    def column(self, column: Column) -> int:
        """The section of a named column; -1 when it is not shown."""
        return self.columns.index(column) if column in self.columns else -1

    def case_row(self, row: int) -> CaseRow:
        return self._rows[row]

    def case_id(self, row: int) -> int:
        return self._rows[row].summary.id

    def row_of(self, case_id: int) -> int:
        """The row of a case id; -1 when it is not in the list."""
        return next((n for n, r in enumerate(self._rows) if r.summary.id == case_id), -1)

    def case_ids(self) -> list[int]:
        return [r.summary.id for r in self._rows]

    # -- the model interface -----------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._header_text(column)
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.NEXT_DEADLINE:
            return self.tr(
                "De eerstvolgende wettelijke termijn (Wmo) die nog loopt of verlopen is."
            )
        return None

    def _header_text(self, column: Column) -> str:
        return {
            Column.REFERENCE: self.tr("Kenmerk"),
            Column.HOUSEHOLD: self.tr("Huishouden"),
            Column.STATUS: self.tr("Status"),
            Column.COORDINATOR: self.tr("Regisseur"),
            Column.NEXT_DEADLINE: self.tr("Eerstvolgende termijn"),
            Column.PERSOONLIJK_PLAN: self.tr("Persoonlijk plan"),
            Column.VERSLAG: self.tr("Verslag"),
            Column.BESCHIKKING: self.tr("Beschikking"),
        }[column]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        if not (0 <= index.row() < len(self._rows) and 0 <= index.column() < len(self.columns)):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == CASE_ID_ROLE:
            return row.summary.id
        deadline = self._deadline_of(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return plain_line(self._text(row, column, deadline))
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._text(row, column, deadline))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = plain_line(self._text(row, column, deadline))
            if not text and column in (Column.NEXT_DEADLINE, *DEADLINE_COLUMNS):
                return self.tr("geen lopende termijn")
            return text
        if role == SORT_ROLE:
            return self._sort_key(row, column, deadline)
        if role == STATE_ROLE:
            return deadline.state.value if deadline is not None else None
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            return attention_brush(deadline.state if deadline else None, role)
        return None

    def _deadline_of(self, row: CaseRow, column: Column) -> Deadline | None:
        if column is Column.NEXT_DEADLINE:
            return row.nearest
        kind = DEADLINE_COLUMNS.get(column)
        return row.deadline(kind) if kind is not None else None

    def _text(self, row: CaseRow, column: Column, deadline: Deadline | None) -> str:
        summary = row.summary
        if column is Column.REFERENCE:
            return summary.reference
        if column is Column.HOUSEHOLD:
            return summary.household_name
        if column is Column.STATUS:
            return status_text(summary.status)
        if column is Column.COORDINATOR:
            return summary.coordinator
        if column is Column.NEXT_DEADLINE:
            return nearest_text(deadline, self._day)
        return deadline_cell_text(deadline, self._day)

    def _sort_key(self, row: CaseRow, column: Column, deadline: Deadline | None) -> Any:
        if column is Column.NEXT_DEADLINE or column in DEADLINE_COLUMNS:
            running = deadline is not None and deadline.state not in (
                DeadlineState.DONE,
                DeadlineState.CLOSED,
                DeadlineState.STOPPED,
            )
            return deadline.due.toordinal() if running and deadline else NO_DEADLINE
        if column is Column.STATUS:
            return list(CaseStatus).index(row.summary.status)
        return self._text(row, column, deadline).casefold()


class CaseFilterProxy(QSortFilterProxyModel):
    """Sorts on SORT_ROLE and shows only the cases of the last search (all without one)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: frozenset[int] | None = None
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)

    @property
    def case_ids(self) -> frozenset[int] | None:
        return self._ids

    def set_case_ids(self, ids: Sequence[int] | Iterable[int] | None) -> None:
        """Show only these case ids; None shows every case."""
        new = None if ids is None else frozenset(ids)
        if new == self._ids:
            return
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self._ids = new
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self._ids = new
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._ids is None:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return index.data(CASE_ID_ROLE) in self._ids


__all__ = [
    "CASE_ID_ROLE",
    "SORT_ROLE",
    "STATE_ROLE",
    "CaseFilterProxy",
    "CaseListModel",
    "CaseRow",
    "Column",
    "action_status_text",
    "actor_kind_text",
    "case_kind_text",
    "conversation_kind_text",
    "deadline_kind_text",
    "deadline_state_text",
    "goal_status_text",
    "nearest_text",
    "perspective_text",
    "status_text",
    "step_text",
    "today_function",
]
