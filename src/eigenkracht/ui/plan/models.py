"""Item models of the goals step: the goals in the order of the life domains, and the
actions of one goal in the eigen-kracht order. Both read from a PlanAutosave and
follow its changes (rows added or removed: a reset; a field: dataChanged)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from eigenkracht.core.model import Action, ActorKind, Goal, GoalStatus
from eigenkracht.core.privacy import display_name, pseudonyms
from eigenkracht.core.problems import actions_without_when
from eigenkracht.ui.editing.commands import FieldKey
from eigenkracht.ui.plan.store import ACTION, GOAL, PlanAutosave
from eigenkracht.ui.plan.words import (
    action_status_text,
    actor_text,
    author_short,
    goal_status_text,
)
from eigenkracht.ui.widgets import format_date, plain_line, plain_tooltip

if TYPE_CHECKING:
    from eigenkracht.core.instruments import Instrument
    from eigenkracht.core.model import Member

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class GoalListModel(QAbstractListModel):
    """One row per goal: "Leefgebied · doel (voor wie)"."""

    def __init__(
        self,
        store: PlanAutosave,
        instrument: Instrument,
        members: list[Member],
        parent: QObject | None = None,
        *,
        instruments: Sequence[Instrument] = (),
    ) -> None:
        """`instruments`: all those the conversation uses (kept current by its owner);
        their domains name and order the goals too."""
        super().__init__(parent)
        self.store = store
        self.instrument = instrument
        self.instruments = instruments
        self.members = {m.id: m.name for m in members}
        self.goals: list[Goal] = []
        self._reset()
        store.rowsChanged.connect(self._reset)
        store.valueChanged.connect(self._value_changed)

    def _reset(self) -> None:
        self.beginResetModel()
        keys = [k for i in (self.instrument, *self.instruments) for k in i.domain_keys()]
        self.goals = self.store.ordered_goals(tuple(dict.fromkeys(keys)))
        self.endResetModel()

    def _value_changed(self, key: FieldKey) -> None:
        if key.table != GOAL or not isinstance(key.row, int):
            return
        goal_id = key.row
        for row, goal in enumerate(self.goals):
            if goal.id == goal_id:
                self.goals[row] = self.store.goals.get(goal_id, goal)
                index = self.index(row, 0)
                self.dataChanged.emit(index, index)

    def row_of(self, goal_id: int | None) -> int:
        return next((r for r, g in enumerate(self.goals) if g.id == goal_id), -1)

    def domain_name(self, key: str) -> str:
        for instrument in (self.instrument, *self.instruments):
            if key in instrument.domain_keys():
                return instrument.domain(key).citizen_name
        return key

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.goals)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.goals):
            return None
        goal = self.goals[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = f"{self.domain_name(goal.domain)} · {goal.text or self.tr('(nog zonder tekst)')}"
            if goal.member_id in self.members:
                text += " " + self.tr("(voor {name})").format(name=self.members[goal.member_id])
            if goal.status is not GoalStatus.OPEN:
                text += f" — {goal_status_text(goal.status)}"
            return plain_line(text)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(goal.text)
        if role == ID_ROLE:
            return goal.id
        return None


class Column(IntEnum):
    WHO = 0
    WHAT = 1
    WHEN = 2
    STATUS = 3
    AUTHOR = 4  # who wrote it (the citizen's own plan, their circle, the professional)


class ActionTableModel(QAbstractTableModel):
    """The actions of one goal, in the eigen-kracht order."""

    def __init__(self, store: PlanAutosave, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.goal_id: int | None = None
        self.actions: list[Action] = []
        self.pseudonymise = False
        store.rowsChanged.connect(self._reset)
        store.valueChanged.connect(self._value_changed)

    def set_goal(self, goal_id: int | None) -> None:
        self.goal_id = goal_id
        self._reset()

    def _reset(self) -> None:
        self.beginResetModel()
        goal = self.store.goals.get(self.goal_id) if self.goal_id is not None else None
        self.actions = list(goal.actions) if goal is not None else []
        self.endResetModel()

    def _value_changed(self, key: FieldKey) -> None:
        if key.table == GOAL and key.row == self.goal_id and key.field == "status":
            if self.actions:  # whether an action still needs a when follows its goal
                self.dataChanged.emit(
                    self.index(0, Column.WHEN), self.index(len(self.actions) - 1, Column.WHEN)
                )
            return
        if key.table != ACTION or not isinstance(key.row, int):
            return
        action_id = key.row
        for row, action in enumerate(self.actions):
            if action.id == action_id:
                self.actions[row] = self.store.action(action_id) or action
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def row_of(self, action_id: int | None) -> int:
        return next((r for r, a in enumerate(self.actions) if a.id == action_id), -1)

    def when(self, action: Action) -> str:
        """The date, "doorlopend", or that it is still to be chosen (core.problems)."""
        if action.ongoing:
            return self.tr("doorlopend")
        if action.due_date is not None:
            return format_date(action.due_date, weekday=False)
        goal = self.store.goals.get(self.goal_id) if self.goal_id is not None else None
        if goal is not None and any(a.id == action.id for a in actions_without_when([goal])):
            return self.tr("nog kiezen")
        return self.tr("geen datum")

    def who(self, action: Action) -> str:
        kind = actor_text(action.actor_kind)
        if action.actor_kind is ActorKind.NETWORK:
            people = [p for p in self.store.network if p.id == action.network_person_id]
            if people:
                names = pseudonyms(self.store.network)
                return f"{kind}: {display_name(people[0], self.pseudonymise, names)}"
            return kind
        name = action.actor_name
        if action.actor_kind is ActorKind.MAATWERK and action.maatwerk_kind:
            name = f"{action.maatwerk_kind}, {name}" if name else action.maatwerk_kind
        return f"{kind}: {name}" if name else kind

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.actions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.WHO: self.tr("Wie"),
                Column.WHAT: self.tr("Wat"),
                Column.WHEN: self.tr("Wanneer"),
                Column.STATUS: self.tr("Stand"),
                Column.AUTHOR: self.tr("Bedacht door"),
            }[Column(section)]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.actions):
            return None
        action = self.actions[index.row()]
        column = Column(index.column())
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            if column is Column.WHO:
                text = self.who(action)
            elif column is Column.WHAT:
                text = action.what
            elif column is Column.WHEN:
                text = self.when(action)
            elif column is Column.AUTHOR:
                text = author_short(action.author)
            else:
                text = action_status_text(action.status)
            return plain_tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else plain_line(text)
        if role == ID_ROLE:
            return action.id
        return None


__all__ = ["ID_ROLE", "ActionTableModel", "Column", "GoalListModel"]
