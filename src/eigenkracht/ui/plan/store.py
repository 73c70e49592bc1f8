"""The editor of the goals, actions and plan version of one case (ui/editing/commands.py
says how every edit is stored and undone).

    goal_key(goal_id, field)      a column of a goal
    action_key(action_id, field)  a column of an action
    plan_key(field)               a column of the plan version being worked on

The goals and plan steps share one `PlanAutosave`, which joins the conversation's
editor: the same bindings, undo stack and typing delay. Adding and deleting goals and
actions are `RowCommand`s; a deleted goal comes back with its own id (and its
actions), so older undo steps still find it.

The plan is on the version core.plan.working_version names: the newest draft; the
newest signed version while nothing changed since; or, once anything in the case
changed after signing (the question, a domain, the network...), the next version as a
draft that is not stored yet. Plan fields are written to the newest draft, or to a new
one when the newest version is signed (a signed version is frozen); a goal or action
edit after signing starts the new draft too; the new draft and the edit are one
transaction (Repository.edit_plan). Fields show the working version's values: a
signed version's own (its copy was handed over), a new draft's as
core.plan.next_version carries them. The statements about cliëntondersteuning and
the persoonlijk plan also count what the start of the conversation recorded
(core.plan.informed).

It starts from the case the conversation was opened with and follows what the other
editors of the conversation store (their `stored` Changes): when one touches what
the plan shows (the network's persons, the actions that name them), `refresh()`
reads the case again when a step of the plan is shown; otherwise nothing is read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal

from eigenkracht.core.instruments import Catalogue
from eigenkracht.core.model import (
    Action,
    CaseFile,
    Change,
    Goal,
    NetworkPerson,
    PlanStatus,
    PlanVersion,
)
from eigenkracht.core.plan import (
    Instruments,
    current_version,
    sorted_actions,
    sorted_goals,
    working_version,
)
from eigenkracht.ui.editing.commands import Editor, Effect, FieldKey, RowCommand, Values
from eigenkracht.ui.editing.conversation import Autosave, case_key

GOAL, ACTION, PLAN = "goals", "actions", "plan_versions"
SHOWN = {GOAL, ACTION, PLAN, "signatures", "network_persons", "network_help"}  # read here
PLAN_FIELDS: tuple[str, ...] = ("evaluation_date", "agreements", "copy_received")
PLAN_FIELDS += ("informed_clientondersteuning", "informed_persoonlijk_plan")
# A statement on the plan and the fact the start of the conversation records for it.
CARRIED = {
    "informed_clientondersteuning": "clientondersteuning_offered",
    "informed_persoonlijk_plan": "persoonlijk_plan_offered",
}
GOAL_FIELDS: tuple[str, ...] = ("domain", "member_id", "text", "measure", "due_date")
GOAL_FIELDS += ("target_level", "author", "status")
ACTION_FIELDS: tuple[str, ...] = ("actor_kind", "network_person_id", "actor_name")
ACTION_FIELDS += ("maatwerk_kind", "what", "due_date", "status", "ongoing", "author")


def goal_key(goal_id: int, field: str) -> FieldKey:
    return FieldKey(GOAL, goal_id, field)


def action_key(action_id: int, field: str) -> FieldKey:
    return FieldKey(ACTION, action_id, field)


def plan_key(field: str) -> FieldKey:
    return FieldKey(PLAN, None, field)


class PlanAutosave(Editor):
    """The stored goals, actions and plan fields of the conversation's case."""

    rowsChanged = Signal()  # a goal or action was added or removed, or all were read again
    versionChanged = Signal()  # the version being worked on changed (new draft, signed)

    def __init__(
        self,
        main: Autosave,
        parent: QObject | None = None,
        *,
        instrument: Instruments | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(main.repo, main.undo_stack, main=main, parent=parent or main)
        self.case_id = main.case_id
        self.autosave = main
        # The plan reads each assessment's instrument (id and version) from the catalogue,
        # in Dutch, the language it is printed in; a single instrument (the conversation's
        # first, maybe in the interface language) would leave the others out.
        self.instrument: Instruments = (
            instrument if isinstance(instrument, Catalogue) else main.repo.catalogue()
        )
        self.today = today or dt.date.today()
        self.goals: dict[int, Goal] = {}
        self.network: list[NetworkPerson] = []
        self.plans: list[PlanVersion] = []
        self.plan: PlanVersion | None = None  # the working version (id None: not stored)
        self.stale = False  # another editor stored something the plan shows
        self.unchecked = False  # something was stored since the working version was found
        main.stored.connect(self._stored)
        self.reload(main.case_file)

    # -- reading -----------------------------------------------------------------

    def _stored(self, changes: list[Change]) -> None:
        if not self.running and any(c.table in SHOWN for c in changes):
            self.stale = True
        if changes:
            self.unchecked = True

    def refresh(self) -> None:
        """Read the case again if another editor changed what the plan shows; after a
        signed version, find the working version again when anything was stored since
        (a change to the question, a domain or the network makes the next draft)."""
        if self.stale:
            self.reload()
        elif self.unchecked and self.signed:
            self.recheck()

    def recheck(self) -> None:
        """Find the working version from the case as stored now (only a signed newest
        version can be overtaken by changes elsewhere in the case)."""
        self.unchecked = False
        if not self.signed:
            return
        self._follow(self.repo.load_case(self.case_id))

    def _follow(self, case_file: CaseFile) -> None:
        """Work on the version core.plan.working_version names for `case_file`."""
        self.unchecked = False
        before = self.plan
        self.plans = case_file.plans
        self.plan = working_version(case_file, self.instrument, today=self.today)
        if before is None or (before.id, before.number, before.status) != (
            self.plan.id,
            self.plan.number,
            self.plan.status,
        ):
            self.versionChanged.emit()
            for name in PLAN_FIELDS:
                self.valueChanged.emit(plan_key(name))

    def reload(self, case_file: CaseFile | None = None) -> None:
        """Show goals, actions, network and plan versions as stored (read again unless
        `case_file` is the case as it was just read)."""
        if case_file is None:
            case_file = self.repo.load_case(self.case_id)
        self.stale = False
        self.goals = {
            g.id: replace(g, actions=sorted_actions(g.actions))
            for g in case_file.goals
            if g.id is not None
        }
        self.network = case_file.network
        self.plans = case_file.plans
        self.unchecked = False
        self.plan = working_version(case_file, self.instrument, today=self.today)
        self.rowsChanged.emit()
        self.versionChanged.emit()
        keys = [plan_key(name) for name in PLAN_FIELDS]
        for goal in self.goals.values():
            keys += [goal_key(goal.id or 0, name) for name in GOAL_FIELDS]
            keys += [action_key(a.id or 0, name) for a in goal.actions for name in ACTION_FIELDS]
        for key in keys:
            self.valueChanged.emit(key)

    def value(self, key: FieldKey) -> Any:
        """A field of a goal, an action or the working version (a statement the start
        of the conversation recorded counts as made: carried())."""
        if key.table == PLAN:
            plan = self.plan or PlanVersion(case_id=self.case_id, number=0)
            value = getattr(plan, key.field)
            return (value or self.carried(key.field)) if key.field in CARRIED else value
        row_id = key.row if isinstance(key.row, int) else -1
        row = self.goals.get(row_id) if key.table == GOAL else self.action(row_id)
        return None if row is None else getattr(row, key.field)

    def ordered_goals(self, domain_order: tuple[str, ...] = ()) -> list[Goal]:
        return sorted_goals(self.goals.values(), domain_order)

    def goal_of_action(self, action_id: int) -> Goal | None:
        return next(
            (g for g in self.goals.values() if any(a.id == action_id for a in g.actions)), None
        )

    def action(self, action_id: int) -> Action | None:
        goal = self.goal_of_action(action_id)
        return next((a for a in goal.actions if a.id == action_id), None) if goal else None

    def carried(self, field: str) -> bool:
        """Whether the statement `field` is made at the start of the conversation
        (the citizen was told about cliëntondersteuning or the persoonlijk plan)."""
        fact = CARRIED.get(field)
        return fact is not None and bool(self.autosave.value(case_key(fact)))

    @property
    def newest(self) -> PlanVersion | None:
        """The newest stored version."""
        return current_version(self.plans)

    @property
    def signed(self) -> bool:
        """Whether the newest stored version is signed."""
        newest = self.newest
        return newest is not None and newest.status is PlanStatus.SIGNED

    @property
    def unchanged(self) -> bool:
        """Whether the plan is the newest signed version, nothing changed since."""
        return self.plan is not None and self.plan.status is PlanStatus.SIGNED

    # -- user edits --------------------------------------------------------------------

    def ensure_draft(self) -> PlanVersion:
        """The draft being worked on; made when there is none or the newest is signed."""
        if self._needs_draft():
            self._use_draft(self.repo.draft_plan(self.case_id))
        assert self.plan is not None
        return self.plan

    def add_goal(self, goal: Goal, where: Callable[[Any], Hashable]) -> Goal | None:
        """The goal as stored (with its new id), or None when it was not stored."""
        command = RowCommand(self, goal, self.tr("Doel toevoegen"), add=True, where=where)
        return command.row if self.push(command) else None

    def add_action(self, action: Action, where: Callable[[Any], Hashable]) -> Action | None:
        command = RowCommand(self, action, self.tr("Afspraak toevoegen"), add=True, where=where)
        return command.row if self.push(command) else None

    def delete_goal(self, goal_id: int, where: Hashable) -> bool:
        goal = self.goals.get(goal_id)
        text = self.tr("Doel verwijderen")
        return goal is not None and self.push(RowCommand(self, goal, text, add=False, where=where))

    def delete_action(self, action_id: int, where: Hashable) -> bool:
        action = self.action(action_id)
        text = self.tr("Afspraak verwijderen")
        return action is not None and self.push(
            RowCommand(self, action, text, add=False, where=where)
        )

    # -- storing (inside the command's transaction) -------------------------------------------

    def _needs_draft(self) -> bool:
        plan = self.plan
        return plan is None or plan.id is None or plan.status is PlanStatus.SIGNED

    def _use_draft(self, draft: PlanVersion) -> None:
        """Work on `draft` from now on (as stored; a new one tells versionChanged)."""
        new = self.plan is None or self.plan.id != draft.id
        self.plan = draft
        self.plans = [p for p in self.plans if p.id != draft.id] + [draft]
        if new:
            self.versionChanged.emit()
            for name in PLAN_FIELDS:  # the new version's own (its copy: not yet)
                self.valueChanged.emit(plan_key(name))

    def write(self, values: Values) -> Effect:
        """Goal, action and plan fields with the new draft they may need."""
        goals: dict[int, dict[str, Any]] = {}
        actions: dict[int, dict[str, Any]] = {}
        plan: dict[str, Any] = {}
        for key, value in values.items():
            if key.table == GOAL and isinstance(key.row, int):
                goals.setdefault(key.row, {})[key.field] = value
            elif key.table == ACTION and isinstance(key.row, int):
                actions.setdefault(key.row, {})[key.field] = value
            elif key.table == PLAN:
                plan[key.field] = value
        draft, _changes = self.repo.edit_plan(self.case_id, goals=goals, actions=actions, plan=plan)

        def effect() -> None:
            self._use_draft(draft)
            for goal_id, fields in goals.items():
                if goal_id in self.goals:
                    self.goals[goal_id] = replace(self.goals[goal_id], **fields)
            reordered = False
            for action_id, fields in actions.items():
                goal = self.goal_of_action(action_id)
                if goal is not None:
                    before = [a.id for a in goal.actions]
                    goal.actions = sorted_actions(
                        replace(a, **fields) if a.id == action_id else a for a in goal.actions
                    )
                    reordered |= before != [a.id for a in goal.actions]
            for key in values:
                self.valueChanged.emit(key)
            if reordered or any("domain" in f for f in goals.values()):
                self.rowsChanged.emit()

        return effect

    def _draft(self) -> Effect:
        """The draft a row edit needs (made when the newest version is signed)."""
        if not self._needs_draft():
            return lambda: None
        draft = self.repo.draft_plan(self.case_id)
        return lambda: self._use_draft(draft)

    def insert_row(self, row: Goal | Action, memo: Any) -> tuple[Goal | Action, Effect]:
        """A new goal or action, or a deleted one back under its own ids."""
        draft = self._draft()
        if isinstance(row, Goal):
            goal = self.repo.add_goal(row) if row.id is None else self.repo.restore_goal(row)
            goal.actions = sorted_actions(goal.actions)

            def goal_added() -> None:
                draft()
                assert goal.id is not None
                self.goals[goal.id] = goal
                self.rowsChanged.emit()

            return goal, goal_added
        action = self.repo.add_action(row) if row.id is None else self.repo.restore_action(row)

        def action_added() -> None:
            draft()
            parent = self.goals.get(action.goal_id)
            if parent is not None:
                parent.actions = sorted_actions([*parent.actions, action])
            self.rowsChanged.emit()

        return action, action_added

    def remove_row(self, row: Goal | Action) -> tuple[Goal | Action, None, Effect]:
        """Delete a goal (with its actions) or an action; returns it as it was."""
        assert row.id is not None
        row_id = row.id
        draft = self._draft()
        self.repo.delete(Goal if isinstance(row, Goal) else Action, row_id)
        if isinstance(row, Goal):
            current = self.goals.get(row_id, row)
            saved: Goal | Action = replace(current, actions=list(current.actions))
        else:
            saved = self.action(row_id) or row

        def removed() -> None:
            draft()
            if isinstance(saved, Goal):
                self.goals.pop(row_id, None)
            else:
                goal = self.goals.get(saved.goal_id)
                if goal is not None:
                    goal.actions = [a for a in goal.actions if a.id != row_id]
            self.rowsChanged.emit()

        return saved, None, removed


def plan_autosave(main: Autosave, instrument: Instruments | None = None) -> PlanAutosave:
    """The one PlanAutosave of a conversation (made on first use, a child of `main`);
    `instrument`: a catalogue to print the plan with (a single instrument is not used:
    the plan finds every assessment's own instrument in the repository's catalogue)."""
    found = main.findChild(PlanAutosave)
    if isinstance(found, PlanAutosave):
        if isinstance(instrument, Catalogue) and instrument is not found.instrument:
            found.instrument = instrument
            found.unchecked = True
        return found
    return PlanAutosave(main, main, instrument=instrument)


__all__ = [
    "ACTION",
    "GOAL",
    "PLAN",
    "PlanAutosave",
    "action_key",
    "goal_key",
    "plan_autosave",
    "plan_key",
]
