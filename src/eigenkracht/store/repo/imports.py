"""The self-assessment brought from home: what the worker accepted, stored in one
transaction, and nothing when the case changed meanwhile. Version 2 files bring the
citizen's own plan: kept in their words (own_plans), its goals and actions in the plan
with the citizen (or their circle) as author; every import is recorded (imports) so the
same file again is recognised (exchange.selfassessment.review(previous=))."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from eigenkracht.core.errors import N_
from eigenkracht.core.model import (
    OWN_PLAN_KINDS,
    OWN_PLAN_SOURCES,
    Action,
    ActorKind,
    Assessment,
    AssessmentSource,
    Author,
    Case,
    CaseKind,
    Change,
    Conversation,
    Goal,
    ImportRecord,
    NetworkPerson,
    OwnPlanRecord,
    Perspective,
)
from eigenkracht.core.process import route_problems
from eigenkracht.store.database import now_iso
from eigenkracht.store.errors import InvalidValue
from eigenkracht.store.mapping import field_value
from eigenkracht.store.repo.base import RepositoryBase, check_score

MAX_PLAN_JSON = 1024 * 1024  # an own plan is a few kilobytes; a file at most a megabyte
_DIGEST_RE = re.compile(r"[0-9a-f]{64}")
OWN_AUTHORS = (Author.CITIZEN, Author.NETWORK)


def plan_words(value: Any) -> str:
    """The texts of an own plan's plain JSON, for the search index (not its kind)."""
    found: list[str] = []

    def walk(item: Any) -> None:
        if isinstance(item, str):
            if item.strip():
                found.append(item.strip())
        elif isinstance(item, dict):
            for key, child in item.items():
                if key != "kind":
                    walk(child)
        elif isinstance(item, list):
            for child in item:
                walk(child)

    walk(value)
    return " ".join(found)


def _check_action(action: Action, new_persons: int) -> None:
    if not action.what.strip():
        raise InvalidValue.say(
            "repo.afspraak-zegt-wat-gebeurt",
            N_("Een afspraak zegt wat er gebeurt. Er is niets overgenomen."),
        )
    if action.author not in OWN_AUTHORS:
        raise InvalidValue.say(
            "repo.afspraak-uit-eigen-plan",
            N_(
                "Een afspraak uit het eigen plan is van de inwoner of van de mensen om "
                "de inwoner heen. Er is niets overgenomen."
            ),
        )
    pid = action.network_person_id
    if pid is not None and pid < 0 and -pid > new_persons:
        raise InvalidValue.say(
            "repo.afspraak-noemt-persoon-die",
            N_("Een afspraak noemt een persoon die niet bestaat. Er is niets overgenomen."),
        )


class ImportsPart(RepositoryBase):
    def import_at_home(
        self,
        case_id: int,
        conversation: Conversation,
        conversation_changes: dict[str, tuple[Any, Any]],
        assessment: Assessment | None,
        new_persons: Sequence[NetworkPerson] = (),
        person_notes: Sequence[tuple[int, str, str]] = (),
        *,
        own_plan: OwnPlanRecord | None = None,
        goals: Sequence[Goal] = (),
        actions: Sequence[Action] = (),
        digest: str = "",
        saved_at: str = "",
        content: Mapping[str, Any] | None = None,
        today: dt.date | None = None,
    ) -> tuple[Conversation | None, Assessment | None, list[Change]]:
        """Store what a worker accepted from a citizen's self-assessment, in one transaction.

        conversation: the one the answers join; with id None it is created (dated and
        kinded by the caller), but only when something goes on it.
        conversation_changes: field -> (value the worker saw, new value), for question,
        what_matters and wellbeing. assessment: the citizen's scores, stored as a new
        assessment of perspective citizen with source at home. new_persons join the
        network; person_notes (person id, notes the worker saw, new notes) replace the
        notes of persons already known.

        The own plan (version 2): own_plan is kept as a new row of own_plans (an older
        one stays); when the case has no day for it yet, the persoonlijk plan (Wmo) or
        the familiegroepsplan (Jeugdwet) is marked received on its received_on. goals:
        new goals written by the citizen (author CITIZEN) with their new actions;
        actions: new actions on goals already in the case. Every such action is the
        citizen's or their circle's (author CITIZEN or NETWORK); a network_person_id
        below 0 names the person new_persons[-id - 1] stored in this same import. A goal's
        domain must be one of its instrument (Goal.instrument, else found as the store
        finds it). digest (content_digest of the file, SHA-256 hex), saved_at and
        content (the file's content as plain JSON): the import is recorded in imports
        (Repository.imports_of), so the same file is recognised when it comes again.
        today (default the real date): the day of the import; an own plan received after
        it is refused when it is given, and the route's day is set only when it can be.

        Nothing is overwritten silently: when a stored value is no longer what the worker
        saw, nothing at all is stored (InvalidValue). One audit row "assessments.import"
        (action C, object ids only) records the import, beside the rows of what it created
        or changed. Returns (the conversation or None, the assessment or None, changes)."""
        allowed = {"question", "what_matters", "wellbeing"}
        if set(conversation_changes) - allowed:
            raise InvalidValue.say(
                "repo.alleen-vraag-wat-belangrijk",
                N_("Alleen de vraag, wat belangrijk is en het cijfer kunnen mee."),
            )
        if not (
            conversation_changes
            or assessment
            or new_persons
            or person_notes
            or own_plan
            or goals
            or actions
        ):
            raise InvalidValue.say(
                "repo.niets-gekozen-om-over", N_("Er is niets gekozen om over te nemen.")
            )
        wellbeing = conversation_changes.get("wellbeing", (None, None))[1]
        if wellbeing is not None and not 0 <= wellbeing <= 10:
            raise InvalidValue.say(
                "repo.cijfer-voor-tevredenheid-ligt",
                N_("Het cijfer voor tevredenheid ligt tussen 0 en 10."),
            )
        for score in assessment.scores if assessment is not None else ():
            check_score(score)
        day = today or dt.date.today()
        plan_json = ""
        if own_plan is not None:
            if own_plan.kind not in OWN_PLAN_KINDS:
                raise InvalidValue.say(
                    "repo.dit-soort-eigen-plan", N_("Dit soort eigen plan kent het programma niet.")
                )
            if own_plan.source not in OWN_PLAN_SOURCES:
                raise InvalidValue.say(
                    "repo.eigen-plan-komt-thuis", N_("Het eigen plan komt van thuis of van papier.")
                )
            if not isinstance(own_plan.content, dict):
                raise InvalidValue.say(
                    "repo.eigen-plan-beschadigd-niets",
                    N_("Het eigen plan is beschadigd. Er is niets overgenomen."),
                )
            if today is not None and own_plan.received_on > today:
                raise InvalidValue.say(
                    "repo.eigen-plan-kan-toekomst",
                    N_("Het eigen plan kan niet in de toekomst ontvangen zijn."),
                )
            plan_json = json.dumps(own_plan.content, ensure_ascii=False)
            if len(plan_json) > MAX_PLAN_JSON:
                raise InvalidValue.say(
                    "repo.eigen-plan-groot-niets",
                    N_("Het eigen plan is te groot. Er is niets overgenomen."),
                )
        for goal in goals:
            if not goal.text.strip():
                raise InvalidValue.say(
                    "repo.doel-heeft-omschrijving-niets",
                    N_("Een doel heeft een omschrijving. Er is niets overgenomen."),
                )
            if goal.author != Author.CITIZEN:
                raise InvalidValue.say(
                    "repo.doel-uit-eigen-plan",
                    N_("Een doel uit het eigen plan is van de inwoner. Er is niets overgenomen."),
                )
            for action in goal.actions:
                _check_action(action, len(new_persons))
        for action in actions:
            _check_action(action, len(new_persons))
        if digest and not _DIGEST_RE.fullmatch(digest):
            raise InvalidValue.say(
                "repo.kenmerk-bestand-klopt-niets",
                N_("Het kenmerk van het bestand klopt niet. Er is niets overgenomen."),
            )
        if len(saved_at) > 40:
            raise InvalidValue.say(
                "repo.moment-opslaan-klopt-niets",
                N_("Het moment van opslaan klopt niet. Er is niets overgenomen."),
            )
        changed_meanwhile = InvalidValue.say(
            "repo.dossier-intussen-veranderd-niets",
            N_(
                "Het dossier is intussen veranderd. Er is niets overgenomen; lees het "
                "bestand opnieuw in."
            ),
        )

        def op() -> tuple[Conversation | None, Assessment | None, list[Change]]:
            ref = self._case_ref(case_id)
            changes: list[Change] = []
            stored_conversation: Conversation | None = None
            if conversation_changes or assessment is not None:
                if conversation.id is None:
                    fresh = replace(conversation, id=None, case_id=case_id)
                    for name, (seen, new) in conversation_changes.items():
                        if getattr(fresh, name) != seen:
                            raise changed_meanwhile
                        setattr(fresh, name, new)
                    fresh.id = self._insert(fresh)
                    self._audit("conversations.create", "C", ref, f"conversations:{fresh.id}")
                    changes.append(Change("conversations", "C", fresh.id, case_id))
                    stored_conversation = fresh
                else:
                    if self._case_of("conversations", conversation.id) != case_id:
                        raise InvalidValue.say(
                            "repo.dit-gesprek-hoort-bij",
                            N_("Dit gesprek hoort bij een ander dossier."),
                        )
                    current = self._select(Conversation, "id = ?", [conversation.id])[0]
                    if conversation_changes:
                        for name, (seen, new) in conversation_changes.items():
                            if getattr(current, name) != seen:
                                raise changed_meanwhile
                            setattr(current, name, new)
                        names = list(conversation_changes)
                        self.db.execute(
                            "UPDATE conversations SET "
                            + ", ".join(f"{name} = ?" for name in names)
                            + " WHERE id = ?",
                            [field_value(Conversation, n, getattr(current, n)) for n in names]
                            + [conversation.id],
                        )
                        self._audit(
                            "conversations.update", "U", ref, f"conversations:{conversation.id}"
                        )
                        changes.append(
                            Change("conversations", "U", conversation.id, case_id, tuple(names))
                        )
                    stored_conversation = current
            stored_assessment: Assessment | None = None
            if assessment is not None:
                assert stored_conversation is not None and stored_conversation.id is not None
                instrument = self._instrument(
                    assessment.instrument_id, assessment.instrument_version
                )
                self._check_scores(instrument, assessment.scores)
                self._keep_definition(instrument)
                stored_assessment = replace(
                    assessment,
                    id=None,
                    conversation_id=stored_conversation.id,
                    perspective=Perspective.CITIZEN,
                    source=AssessmentSource.AT_HOME,
                    created_at=now_iso(),
                    scores=[],
                )
                stored_assessment.id = self._insert(stored_assessment)
                for score in assessment.scores:
                    self._insert(score, assessment_id=stored_assessment.id, case_id=case_id)
                    stored_assessment.scores.append(score)
                changes.append(Change("assessments", "C", stored_assessment.id, case_id))
            person_ids: list[int] = []  # of new_persons, for the actions that name them
            for person in new_persons:
                stored_person = replace(person, id=None, case_id=case_id, helps=[])
                stored_person.id = self._insert(stored_person)
                person_ids.append(stored_person.id)
                for help_ in person.helps:
                    self._insert_help(stored_person.id, help_)
                self._audit(
                    "network_persons.create", "C", ref, f"network_persons:{stored_person.id}"
                )
                changes.append(Change("network_persons", "C", stored_person.id, case_id))
            for person_id, seen_notes, new_notes in person_notes:
                if self._case_of("network_persons", person_id) != case_id:
                    raise InvalidValue.say(
                        "repo.deze-persoon-hoort-bij",
                        N_("Deze persoon hoort bij een ander dossier."),
                    )
                row = self.db.execute(
                    "SELECT notes FROM network_persons WHERE id = ?", [person_id]
                ).fetchone()
                if (row[0] or "") != seen_notes:
                    raise changed_meanwhile
                self.db.execute(
                    "UPDATE network_persons SET notes = ? WHERE id = ?", [new_notes, person_id]
                )
                self._audit("network_persons.update", "U", ref, f"network_persons:{person_id}")
                changes.append(Change("network_persons", "U", person_id, case_id, ("notes",)))
            stored_plan: OwnPlanRecord | None = None
            if own_plan is not None:
                stored_plan = replace(own_plan, id=None, case_id=case_id, created_at=now_iso())
                stored_plan.id = self._insert(stored_plan, words=plan_words(own_plan.content))
                self._audit("own_plans.create", "C", ref, f"own_plans:{stored_plan.id}")
                changes.append(Change("own_plans", "C", stored_plan.id, case_id))
                changes.extend(self._mark_received(case_id, stored_plan.received_on, day, ref))

            def own_action(action: Action, goal_id: int) -> None:
                pid = action.network_person_id
                if pid is not None and pid < 0:
                    pid = person_ids[-pid - 1]
                elif pid is not None and self._case_of("network_persons", pid) != case_id:
                    raise InvalidValue.say(
                        "repo.deze-persoon-hoort-bij",
                        N_("Deze persoon hoort bij een ander dossier."),
                    )
                kind = ActorKind.NETWORK if pid is not None else action.actor_kind
                stored_action = replace(
                    action, id=None, goal_id=goal_id, network_person_id=pid, actor_kind=kind
                )
                stored_action.id = self._insert(stored_action, case_id=case_id)
                self._audit("actions.create", "C", ref, f"actions:{stored_action.id}")
                changes.append(Change("actions", "C", stored_action.id, case_id))

            for goal in goals:
                stored_goal = replace(goal, id=None, case_id=case_id, actions=[])
                self._check_own_goal(stored_goal)
                stored_goal.id = self._insert(stored_goal)
                self._audit("goals.create", "C", ref, f"goals:{stored_goal.id}")
                changes.append(Change("goals", "C", stored_goal.id, case_id))
                for action in goal.actions:
                    own_action(action, stored_goal.id)
            for action in actions:
                if self._case_of("goals", action.goal_id) != case_id:
                    raise InvalidValue.say(
                        "repo.dit-doel-hoort-bij", N_("Dit doel hoort bij een ander dossier.")
                    )
                own_action(action, action.goal_id)
            if digest:
                record = ImportRecord(
                    case_id=case_id,
                    digest=digest,
                    saved_at=saved_at,
                    imported_at=now_iso(),
                    content=dict(content or {}),
                )
                record.id = self._insert(record)
                self._audit("imports.create", "C", ref, f"imports:{record.id}")
                changes.append(Change("imports", "C", record.id, case_id))
            if stored_assessment is not None:
                obj = f"assessments:{stored_assessment.id}"
            elif stored_conversation is not None:
                obj = f"conversations:{stored_conversation.id}"
            elif stored_plan is not None:
                obj = f"own_plans:{stored_plan.id}"
            else:
                obj = f"cases:{case_id}"
            self._audit("assessments.import", "C", ref, obj)
            self._touch(case_id)
            self._changed(*changes)
            return stored_conversation, stored_assessment, changes

        return self._run(op)

    def _check_own_goal(self, goal: Goal) -> None:
        """A goal from the own plan: its domain is one of its instrument, its target on
        that instrument's scale (call inside a transaction)."""
        instrument = self._goal_instrument(goal)
        if instrument is None or goal.domain not in instrument.domain_keys():
            raise InvalidValue.say(
                "repo.geen-onderwerp-bekende-vragenlijst",
                N_(
                    "'{domain}' is geen onderwerp van een bekende vragenlijst. Er is niets "
                    "overgenomen."
                ),
                domain=goal.domain[:40],
            )
        self._check_goal(goal)

    def _mark_received(
        self, case_id: int, received_on: dt.date, today: dt.date, ref: str
    ) -> list[Change]:
        """The route's day for the own plan, when the case has none yet: the persoonlijk
        plan (Wmo) or the familiegroepsplan (Jeugdwet) received. Left alone when that day
        cannot be (core.process.route_problems: no melding yet, or before it)."""
        case = self._select(Case, "id = ?", [case_id])[0]
        name = (
            "familiegroepsplan_received"
            if case.case_kind is CaseKind.JEUGD
            else "persoonlijk_plan_received"
        )
        if getattr(case, name) is not None:
            return []
        changed: dict[str, Any] = {name: received_on}
        if route_problems(replace(case, **changed), today, [name]):
            return []
        self.db.execute(
            f"UPDATE cases SET {name} = ? WHERE id = ?", [received_on.isoformat(), case_id]
        )
        names = (name, *self._refresh_status(case_id))
        self._audit("cases.route", "U", ref, f"cases:{case_id}:{','.join(names)}")
        return [Change("cases", "U", case_id, case_id, names)]

    def imports_of(self, case_id: int) -> list[ImportRecord]:
        """The self-assessment files imported into a case, oldest first (audited as a
        read of the case: they hold the citizen's answers)."""

        def op() -> list[ImportRecord]:
            ref = self._case_ref(case_id)
            found = self._select(ImportRecord, "case_id = ?", [case_id], order="imported_at, id")
            self._audit("imports.read", "R", ref, f"cases:{case_id}")
            return found

        return self._run(op)
