"""The self-assessment brought from home: what the worker accepted, stored in one
transaction, and nothing when the case changed meanwhile."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from eigenkracht.core.model import (
    Assessment,
    AssessmentSource,
    Change,
    Conversation,
    NetworkPerson,
    Perspective,
)
from eigenkracht.store.database import now_iso
from eigenkracht.store.errors import InvalidValue
from eigenkracht.store.mapping import field_value
from eigenkracht.store.repo.base import RepositoryBase, check_score


class ImportsPart(RepositoryBase):
    def import_at_home(
        self,
        case_id: int,
        conversation: Conversation,
        conversation_changes: dict[str, tuple[Any, Any]],
        assessment: Assessment | None,
        new_persons: Sequence[NetworkPerson] = (),
        person_notes: Sequence[tuple[int, str, str]] = (),
    ) -> tuple[Conversation | None, Assessment | None, list[Change]]:
        """Store what a worker accepted from a citizen's self-assessment, in one transaction.

        conversation: the one the answers join; with id None it is created (dated and
        kinded by the caller), but only when something goes on it.
        conversation_changes: field -> (value the worker saw, new value), for question,
        what_matters and wellbeing. assessment: the citizen's scores, stored as a new
        assessment of perspective citizen with source at home. new_persons join the
        network; person_notes (person id, notes the worker saw, new notes) replace the
        notes of persons already known.

        Nothing is overwritten silently: when a stored value is no longer what the worker
        saw, nothing at all is stored (InvalidValue). One audit row "assessments.import"
        (action C, object ids only) records the import, beside the rows of what it created
        or changed. Returns (the conversation or None, the assessment or None, changes)."""
        allowed = {"question", "what_matters", "wellbeing"}
        if set(conversation_changes) - allowed:
            raise InvalidValue("Alleen de vraag, wat belangrijk is en het cijfer kunnen mee.")
        if not (conversation_changes or assessment or new_persons or person_notes):
            raise InvalidValue("Er is niets gekozen om over te nemen.")
        wellbeing = conversation_changes.get("wellbeing", (None, None))[1]
        if wellbeing is not None and not 0 <= wellbeing <= 10:
            raise InvalidValue("Het cijfer voor tevredenheid ligt tussen 0 en 10.")
        for score in assessment.scores if assessment is not None else ():
            check_score(score)
        changed_meanwhile = InvalidValue(
            "Het dossier is intussen veranderd. Er is niets overgenomen; lees het bestand "
            "opnieuw in."
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
                        raise InvalidValue("Dit gesprek hoort bij een ander dossier.")
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
            for person in new_persons:
                stored_person = replace(person, id=None, case_id=case_id, helps=[])
                stored_person.id = self._insert(stored_person)
                for help_ in person.helps:
                    self._insert_help(stored_person.id, help_)
                self._audit(
                    "network_persons.create", "C", ref, f"network_persons:{stored_person.id}"
                )
                changes.append(Change("network_persons", "C", stored_person.id, case_id))
            for person_id, seen_notes, new_notes in person_notes:
                if self._case_of("network_persons", person_id) != case_id:
                    raise InvalidValue("Deze persoon hoort bij een ander dossier.")
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
            if stored_assessment is not None:
                obj = f"assessments:{stored_assessment.id}"
            elif stored_conversation is not None:
                obj = f"conversations:{stored_conversation.id}"
            else:
                obj = f"cases:{case_id}"
            self._audit("assessments.import", "C", ref, obj)
            self._touch(case_id)
            self._changed(*changes)
            return stored_conversation, stored_assessment, changes

        return self._run(op)
