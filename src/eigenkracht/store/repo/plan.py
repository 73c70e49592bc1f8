"""The support plan: goals and actions, plan versions, signing, the draft after signing,
undoing a delete, and one plan edit as one transaction."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from eigenkracht.core import serial
from eigenkracht.core.errors import N_
from eigenkracht.core.model import Action, Change, Goal, PlanStatus, PlanVersion, Signature
from eigenkracht.core.plan import next_version
from eigenkracht.store.database import now_iso
from eigenkracht.store.errors import InvalidValue
from eigenkracht.store.mapping import columns
from eigenkracht.store.repo.base import PROTECTED, TABLES, RepositoryBase


class PlanPart(RepositoryBase):
    # -- goals and actions --------------------------------------------------------

    def add_goal(self, goal: Goal) -> Goal:
        if not goal.text.strip():
            raise InvalidValue.say(
                "repo.doel-heeft-omschrijving", N_("Een doel heeft een omschrijving.")
            )
        return self._run(lambda: self._put_goal(goal, keep_ids=False))

    def restore_goal(self, goal: Goal) -> Goal:
        """Put a deleted goal back with its actions, under its old ids when they are
        free (undo of a delete keeps later undo steps pointing at the right rows)."""
        if not goal.text.strip():
            raise InvalidValue.say(
                "repo.doel-heeft-omschrijving", N_("Een doel heeft een omschrijving.")
            )
        return self._run(lambda: self._put_goal(goal, keep_ids=True))

    def _put_goal(self, goal: Goal, keep_ids: bool) -> Goal:
        ref = self._case_ref(goal.case_id)
        self._check_goal(goal)
        stored = replace(goal, id=self._free_id("goals", goal.id) if keep_ids else None)
        stored.actions = []
        stored.id = self._insert(stored)
        self._changed(Change("goals", "C", stored.id, goal.case_id))
        for action in goal.actions:
            a = replace(
                action,
                id=self._free_id("actions", action.id) if keep_ids else None,
                goal_id=stored.id,
            )
            a.id = self._insert(a, case_id=goal.case_id)
            self._changed(Change("actions", "C", a.id, goal.case_id))
            stored.actions.append(a)
        self._touch(goal.case_id)
        self._audit("goals.create", "C", ref, f"goals:{stored.id}")
        return stored

    def _free_id(self, table: str, row_id: int | None) -> int | None:
        """row_id when no row of table has it (yet again), else None (a new id)."""
        if row_id is None:
            return None
        taken = self.db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [row_id]).fetchone()
        return None if taken else row_id

    def add_action(self, action: Action) -> Action:
        if not action.what.strip():
            raise InvalidValue.say(
                "repo.afspraak-zegt-wat-gebeurt-2", N_("Een afspraak zegt wat er gebeurt.")
            )
        return self._run(lambda: self._put_action(action, keep_id=False))

    def restore_action(self, action: Action) -> Action:
        """Put a deleted action back, under its old id when that is free."""
        if not action.what.strip():
            raise InvalidValue.say(
                "repo.afspraak-zegt-wat-gebeurt-2", N_("Een afspraak zegt wat er gebeurt.")
            )
        return self._run(lambda: self._put_action(action, keep_id=True))

    def _put_action(self, action: Action, keep_id: bool) -> Action:
        case_id = self._case_of("goals", action.goal_id)
        stored = replace(action, id=self._free_id("actions", action.id) if keep_id else None)
        stored.id = self._insert(stored, case_id=case_id)
        self._touch(case_id)
        self._audit("actions.create", "C", self._case_ref(case_id), f"actions:{stored.id}")
        self._changed(Change("actions", "C", stored.id, case_id))
        return stored

    # -- plan versions ------------------------------------------------------------

    def new_plan_version(self, case_id: int, **fields: Any) -> PlanVersion:
        def op() -> PlanVersion:
            ref = self._case_ref(case_id)
            row = self.db.execute(
                "SELECT coalesce(max(number), 0) FROM plan_versions WHERE case_id = ?", [case_id]
            ).fetchone()
            plan = PlanVersion(case_id=case_id, number=int(row[0]) + 1, **fields)
            plan.created_at = now_iso()
            plan.id = self._insert(plan)
            self._touch(case_id)
            self._audit("plan_versions.create", "C", ref, f"plan_versions:{plan.id}")
            self._changed(Change("plan_versions", "C", plan.id, case_id))
            return plan

        return self._run(op)

    def sign_plan(
        self, version_id: int, snapshot: dict[str, Any], signatures: Sequence[Signature]
    ) -> PlanVersion:
        """Record the signatures and freeze the version with its fingerprint."""
        if not signatures:
            raise InvalidValue.say(
                "repo.geen-handtekening-ingevuld", N_("Er is geen handtekening ingevuld.")
            )

        def op() -> PlanVersion:
            case_id = self._case_of("plan_versions", version_id)
            self._refuse_if_signed(version_id)
            for signature in signatures:
                signature_id = self._insert(replace(signature, id=None, plan_version_id=version_id))
                self._changed(Change("signatures", "C", signature_id, case_id))
            text = serial.canonical_json(snapshot)
            self.db.execute(
                "UPDATE plan_versions SET snapshot = ?, fingerprint = ?, status = ?,"
                " signed_at = ? WHERE id = ?",
                [
                    text,
                    serial.fingerprint(snapshot),
                    PlanStatus.SIGNED.value,
                    now_iso(),
                    version_id,
                ],
            )
            self._touch(case_id)
            self._audit(
                "plan_versions.sign", "U", self._case_ref(case_id), f"plan_versions:{version_id}"
            )
            fields = ("snapshot", "fingerprint", "status", "signed_at")
            self._changed(Change("plan_versions", "U", version_id, case_id, fields))
            plan = self._select(PlanVersion, "id = ?", [version_id])[0]
            plan.signatures = self._select(Signature, "plan_version_id = ?", [version_id])
            return plan

        return self._run(op)

    def draft_plan(self, case_id: int) -> PlanVersion:
        """The plan version being worked on: the newest version when it is a draft,
        otherwise a new draft, numbered and filled as core.plan.next_version says (the
        agreements, evaluation date and what the citizen was told carried; not the copy
        nor the remarks of the signed one), the same version core.plan.working_version
        shows before it is stored."""
        return self._run(lambda: self._draft(case_id))

    def _draft(self, case_id: int) -> PlanVersion:
        ref = self._case_ref(case_id)
        found = self._select(PlanVersion, "case_id = ?", [case_id], order="number DESC LIMIT 1")
        if found and found[0].status is PlanStatus.DRAFT:
            return found[0]
        plan = next_version(case_id, found[0] if found else None)
        plan.created_at = now_iso()
        plan.id = self._insert(plan)
        self._touch(case_id)
        self._audit("plan_versions.create", "C", ref, f"plan_versions:{plan.id}")
        self._changed(Change("plan_versions", "C", plan.id, case_id))
        return plan

    def edit_plan(
        self,
        case_id: int,
        *,
        goals: Mapping[int, Mapping[str, Any]] | None = None,
        actions: Mapping[int, Mapping[str, Any]] | None = None,
        plan: Mapping[str, Any] | None = None,
    ) -> tuple[PlanVersion, list[Change]]:
        """One edit of the plan, in one transaction: the draft being worked on (made when
        there is none or the newest version is signed, as draft_plan), then the fields of
        some goals (goal id -> fields), actions (action id -> fields) and of that draft.
        Returns the draft as stored now and what changed (the new draft included).
        Nothing at all is stored when any part is refused."""
        parts: list[tuple[type, int | None, Mapping[str, Any]]] = []
        parts += [(Goal, goal_id, f) for goal_id, f in (goals or {}).items()]
        parts += [(Action, action_id, f) for action_id, f in (actions or {}).items()]
        if plan:
            parts.append((PlanVersion, None, plan))
        for cls, _row_id, fields in parts:
            bad = [name for name in fields if name in PROTECTED or name not in columns(cls)]
            if bad:
                raise InvalidValue.say("repo.onbekend-veld", N_("Onbekend veld: {bad}"), bad=bad[0])
            if not fields:
                raise InvalidValue.say("repo.niets-om-slaan", N_("Er is niets om op te slaan."))

        def op() -> tuple[PlanVersion, list[Change]]:
            draft = self._draft(case_id)
            assert draft.id is not None
            for cls, row_id, fields in parts:
                target = draft.id if row_id is None else row_id
                change = self._update_row(cls, TABLES[cls], target, fields)
                if change.case_id != case_id:
                    raise InvalidValue.say(
                        "repo.dit-hoort-bij-ander",
                        N_("Dit hoort bij een ander dossier. Er is niets veranderd."),
                    )
            return replace(draft, **(plan or {})), self._changes_so_far()

        return self._run(op)
