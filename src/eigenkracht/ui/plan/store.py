"""Autosave and undo for the goals, actions and plan version of one case.

`PlanAutosave` is the conversation's Autosave (binding.py) for three more kinds of key:

    ("goal", goal_id, field)     a column of a goal
    ("action", action_id, field) a column of an action
    ("plan", field)              a column of the plan version being worked on

so the same `Binding`s, `EditCommand`s and undo stack serve the goals and plan steps:
every edit is stored as it is made and can be undone. Adding and deleting goals and
actions are undo commands of their own (`RowCommand`); a deleted goal comes back
with its own id, so older undo steps still find it.

Plan fields are written to the version being worked on: the newest draft, or a new
draft when the newest version is signed (a signed version is frozen; a later edit
starts a new version). A goal or action edit after signing starts the new draft too;
the new draft and the edit are one transaction (Repository.edit_plan, Repository.unit).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Hashable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from eigenkracht.core.model import (
    Action,
    Goal,
    NetworkPerson,
    PlanStatus,
    PlanVersion,
)
from eigenkracht.core.plan import current_version, sorted_actions
from eigenkracht.store.errors import StoreError
from eigenkracht.ui.editing.binding import Autosave, Binding, Key, Values
from eigenkracht.ui.widgets.problems import problem_text

if TYPE_CHECKING:
    from eigenkracht.store.repository import Repository

log = logging.getLogger(__name__)

GOAL, ACTION, PLAN = "goal", "action", "plan"
PLAN_FIELDS = (
    "evaluation_date",
    "agreements",
    "remarks",
    "informed_clientondersteuning",
    "informed_persoonlijk_plan",
    "copy_received",
)
GOAL_FIELDS: tuple[str, ...] = ("domain", "member_id", "text", "measure", "due_date")
GOAL_FIELDS += ("target_level", "author", "status")
ACTION_FIELDS: tuple[str, ...] = ("actor_kind", "network_person_id", "actor_name")
ACTION_FIELDS += ("maatwerk_kind", "what", "due_date", "status")


def goal_key(goal_id: int, field: str) -> Key:
    return (GOAL, str(goal_id), field)


def action_key(action_id: int, field: str) -> Key:
    return (ACTION, str(action_id), field)


def plan_key(field: str) -> Key:
    return (PLAN, field)


class PlanAutosave(Autosave):
    """The stored goals, actions and plan fields of the conversation's case."""

    rowsChanged = Signal()  # a goal or action was added or removed, or all were read again
    versionChanged = Signal()  # the version being worked on changed (new draft, signed)

    def __init__(self, main: Autosave, parent: QObject | None = None) -> None:
        # The conversation's own values stay in `main`; this one keeps its own.
        QObject.__init__(self, parent or main)
        self.main = main
        self.repo: Repository = main.repo
        self.undo_stack = main.undo_stack
        self.conversation_id = main.conversation_id
        self.case_id = main.case_id
        self.assessment_ids = {}
        self._values: Values = {}
        self._applying = False
        self._bindings: list[Binding] = []
        self.last_write_ms = 0.0
        self.goals: dict[int, Goal] = {}
        self.network: list[NetworkPerson] = []
        self.plans: list[PlanVersion] = []
        self.plan: PlanVersion | None = None  # the newest version
        # Undo shows the step, failures and stored edits are told as the conversation's.
        self.navigate.connect(main.navigate)
        self.failed.connect(main.failed)
        self.stored.connect(main.stored)
        self.reload()

    # -- reading -----------------------------------------------------------------

    def reload(self) -> None:
        """Read goals, actions, network and plan versions of the case again."""
        case_file = self.repo.load_case(self.case_id)
        self.goals = {g.id: g for g in case_file.goals if g.id is not None}
        for goal in self.goals.values():
            goal.actions = sorted_actions(goal.actions)
        self.network = case_file.network
        self.plans = case_file.plans
        self.plan = current_version(self.plans)
        self._values = {}
        for goal in self.goals.values():
            self._remember_goal(goal)
        self._remember_plan()
        self.rowsChanged.emit()
        self.versionChanged.emit()
        for key in list(self._values):
            self.valueChanged.emit(key)

    def _remember_goal(self, goal: Goal) -> None:
        assert goal.id is not None
        for name in GOAL_FIELDS:
            self._values[goal_key(goal.id, name)] = getattr(goal, name)
        for action in goal.actions:
            self._remember_action(action)

    def _remember_action(self, action: Action) -> None:
        assert action.id is not None
        for name in ACTION_FIELDS:
            self._values[action_key(action.id, name)] = getattr(action, name)

    def _remember_plan(self) -> None:
        source = self.plan if self.plan is not None else PlanVersion(case_id=self.case_id, number=0)
        for name in PLAN_FIELDS:
            value = getattr(source, name)
            if name == "copy_received" and source.status is PlanStatus.SIGNED:
                value = False  # the next version's copy is not yet handed over
            self._values[plan_key(name)] = value

    def ordered_goals(self, domain_order: tuple[str, ...] = ()) -> list[Goal]:
        from eigenkracht.core.plan import sorted_goals

        return sorted_goals(self.goals.values(), domain_order)

    def goal_of_action(self, action_id: int) -> Goal | None:
        return next(
            (g for g in self.goals.values() if any(a.id == action_id for a in g.actions)), None
        )

    def action(self, action_id: int) -> Action | None:
        goal = self.goal_of_action(action_id)
        return next((a for a in goal.actions if a.id == action_id), None) if goal else None

    @property
    def signed(self) -> bool:
        return self.plan is not None and self.plan.status is PlanStatus.SIGNED

    # -- writing -----------------------------------------------------------------

    def add_binding(self, binding: Binding) -> None:
        """Also known to the conversation: its flush() stores typing here too."""
        super().add_binding(binding)
        self.main.add_binding(binding)

    def ensure_draft(self) -> PlanVersion:
        """The draft being worked on; made when there is none or the newest is signed."""
        if self.plan is None or self.plan.status is PlanStatus.SIGNED:
            self._use_draft(self.repo.draft_plan(self.case_id))
        assert self.plan is not None
        return self.plan

    def _needs_draft(self) -> bool:
        return self.plan is None or self.plan.status is PlanStatus.SIGNED

    def _use_draft(self, draft: PlanVersion) -> None:
        """Work on `draft` from now on (as stored; a new one tells versionChanged)."""
        new = self.plan is None or self.plan.id != draft.id
        self.plan = draft
        self.plans = [p for p in self.plans if p.id != draft.id] + [draft]
        if new:
            self.versionChanged.emit()

    def apply(self, values: Values) -> bool:
        """Store an edit of goals, actions and plan fields, with the new draft it may
        need, in one transaction (Repository.edit_plan)."""
        start = time.perf_counter()
        goals: dict[int, dict[str, Any]] = {}
        actions: dict[int, dict[str, Any]] = {}
        plan: dict[str, Any] = {}
        for key, value in values.items():
            if key[0] == GOAL:
                goals.setdefault(int(key[1]), {})[key[2]] = value
            elif key[0] == ACTION:
                actions.setdefault(int(key[1]), {})[key[2]] = value
            elif key[0] == PLAN:
                plan[key[1]] = value
        try:
            draft, changes = self.repo.edit_plan(
                self.case_id, goals=goals, actions=actions, plan=plan
            )
        except StoreError as exc:
            log.warning("a plan edit was not stored: %s", type(exc).__name__)
            self.failed.emit(problem_text(exc))
            return False
        self.last_write_ms = (time.perf_counter() - start) * 1000
        self._use_draft(draft)
        for goal_id, fields in goals.items():
            if goal_id in self.goals:
                self.goals[goal_id] = replace(self.goals[goal_id], **fields)
        reordered = False
        for action_id, fields in actions.items():
            goal = self.goal_of_action(action_id)
            if goal is not None:
                goal.actions = [
                    replace(a, **fields) if a.id == action_id else a for a in goal.actions
                ]
                before = [a.id for a in goal.actions]
                goal.actions = sorted_actions(goal.actions)
                reordered |= before != [a.id for a in goal.actions]
        self._values.update(values)
        for key in values:
            self.valueChanged.emit(key)
        if reordered or any("domain" in f for f in goals.values()):
            self.rowsChanged.emit()
        self.stored.emit(changes)
        return True

    def push_row_command(self, command: RowCommand) -> bool:
        """Add or delete a goal or an action as one undo step."""
        if self._applying:
            QTimer.singleShot(0, lambda: self.push_row_command(command))
            return False
        self.undo_stack.push(command)
        return command.ok

    def add_goal(self, goal: Goal, where: Hashable) -> Goal | None:
        command = RowCommand(self, "add", goal, self.tr("Doel toevoegen"), where)
        return command.row if self.push_row_command(command) else None  # type: ignore[return-value]

    def delete_goal(self, goal_id: int, where: Hashable) -> bool:
        goal = self.goals.get(goal_id)
        if goal is None:
            return False
        return self.push_row_command(
            RowCommand(self, "delete", goal, self.tr("Doel verwijderen"), where)
        )

    def add_action(self, action: Action, where: Hashable) -> Action | None:
        command = RowCommand(self, "add", action, self.tr("Afspraak toevoegen"), where)
        return command.row if self.push_row_command(command) else None  # type: ignore[return-value]

    def delete_action(self, action_id: int, where: Hashable) -> bool:
        action = self.action(action_id)
        if action is None:
            return False
        return self.push_row_command(
            RowCommand(self, "delete", action, self.tr("Afspraak verwijderen"), where)
        )

    # -- rows, for RowCommand ----------------------------------------------------------

    def _insert(self, row: Goal | Action, restore: bool) -> Goal | Action:
        """Insert a row, with the new draft it may need, in one transaction."""
        with self.repo.unit():
            draft = self.repo.draft_plan(self.case_id) if self._needs_draft() else None
            if isinstance(row, Goal):
                stored: Goal | Action = (
                    self.repo.restore_goal(row) if restore else self.repo.add_goal(row)
                )
            else:
                stored = self.repo.restore_action(row) if restore else self.repo.add_action(row)
        if draft is not None:
            self._use_draft(draft)
        if isinstance(stored, Goal):
            goal = stored
            goal.actions = sorted_actions(goal.actions)
            assert goal.id is not None
            self.goals[goal.id] = goal
            self._remember_goal(goal)
            self.rowsChanged.emit()
            return goal
        action = stored
        parent = self.goals.get(action.goal_id)
        if parent is not None:
            parent.actions = sorted_actions([*parent.actions, action])
        self._remember_action(action)
        self.rowsChanged.emit()
        return action

    def _remove(self, row: Goal | Action) -> Goal | Action:
        """Delete a row, with the new draft it may need, in one transaction; returns it
        as it was (a goal with its actions)."""
        assert row.id is not None
        with self.repo.unit():
            draft = self.repo.draft_plan(self.case_id) if self._needs_draft() else None
            self.repo.delete(Goal if isinstance(row, Goal) else Action, row.id)
        if draft is not None:
            self._use_draft(draft)
        if isinstance(row, Goal):
            current = self.goals.get(row.id, row)
            saved = replace(current, actions=list(current.actions))
            self.goals.pop(row.id, None)
            self.rowsChanged.emit()
            return saved
        saved_action = self.action(row.id) or row
        goal = self.goals.get(saved_action.goal_id)
        if goal is not None:
            goal.actions = [a for a in goal.actions if a.id != row.id]
        self.rowsChanged.emit()
        return saved_action


class RowCommand(QUndoCommand):
    """Add or delete one goal (with its actions) or one action."""

    def __init__(
        self, store: PlanAutosave, kind: str, row: Goal | Action, text: str, where: Hashable
    ) -> None:
        super().__init__(text)
        self.store = store
        self.kind = kind  # "add" or "delete"
        self.row: Goal | Action = row
        self.where = where
        self.ok = True
        self._first = True

    def _run(self, insert: bool, *, navigate: bool, fresh: bool = False) -> None:
        """Insert (`fresh`: as a new row, else under its old id) or delete the row."""
        store = self.store
        store._applying = True
        try:
            if navigate and self.where is not None:
                store.navigate.emit(self._where())
            if insert:
                self.row = store._insert(self.row, restore=not fresh)
            else:
                self.row = store._remove(self.row)
            self.ok = True
        except StoreError as exc:
            log.warning("a plan row was not stored: %s", type(exc).__name__)
            store.failed.emit(problem_text(exc))
            self.ok = False
        finally:
            store._applying = False

    def _where(self) -> Hashable:
        where = self.where
        return where(self.row) if callable(where) else where

    def redo(self) -> None:
        first, self._first = self._first, False
        adding = self.kind == "add"
        self._run(adding, navigate=not first, fresh=first and adding)
        if first and not self.ok:
            self.setObsolete(True)  # nothing was stored: keep it off the stack

    def undo(self) -> None:
        self._run(self.kind != "add", navigate=True)


# -- bindings to the current goal or action ------------------------------------------------


def row_binding(
    store: PlanAutosave,
    widget: QWidget,
    target: Callable[[], Key | None],
    *,
    text: str,
    read: Callable[[], Any],
    show: Callable[[Any], None],
    where: Callable[[], Hashable] | Hashable,
    delay_ms: int = 0,
    default: Any = None,
    extra: Callable[[Any], Values] | None = None,
) -> Binding:
    """A widget bound to one field of the goal or action `target()` names (a full key,
    or None when nothing is selected). `extra(value)` adds values the same edit stores
    (for example: no network person once the actor is no longer the network)."""

    def stored() -> Any:
        key = target()
        value = store.value(key) if key is not None else None
        return default if value is None else value

    def values(value: Any) -> Values:
        key = target()
        if key is None:
            return {}
        result: Values = {key: value}
        if extra is not None:
            result.update(extra(value))
        return result

    def keys() -> tuple[Key, ...]:
        key = target()
        return () if key is None else (key,)

    return Binding(
        store,
        widget,
        text=text,
        read=read,
        show=show,
        stored=stored,
        values=values,
        keys=keys,
        where=where,
        delay_ms=delay_ms,
    )


def plan_autosave(main: Autosave) -> PlanAutosave:
    """The one PlanAutosave of a conversation (made on first use, a child of `main`)."""
    found = main.findChild(PlanAutosave)
    if isinstance(found, PlanAutosave):
        return found
    return PlanAutosave(main, main)


__all__ = [
    "ACTION",
    "GOAL",
    "PLAN",
    "PlanAutosave",
    "RowCommand",
    "action_key",
    "goal_key",
    "plan_autosave",
    "plan_key",
    "row_binding",
]
