"""Conversations and their assessments: the guided conversation's start and opening,
the scores of the life domains."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace

from eigenkracht.core.errors import N_
from eigenkracht.core.model import (
    Assessment,
    AssessmentSource,
    CaseFile,
    Change,
    Conversation,
    ConversationKind,
    DomainScore,
    Perspective,
)
from eigenkracht.store.database import now_iso
from eigenkracht.store.errors import InvalidValue
from eigenkracht.store.mapping import row_of
from eigenkracht.store.repo.base import RepositoryBase, check_score


class ConversationsPart(RepositoryBase):
    def add_conversation(self, conversation: Conversation) -> Conversation:
        if conversation.wellbeing is not None and not 0 <= conversation.wellbeing <= 10:
            raise InvalidValue.say(
                "repo.cijfer-voor-tevredenheid-ligt",
                N_("Het cijfer voor tevredenheid ligt tussen 0 en 10."),
            )
        return self._add_simple(conversation, conversation.case_id)

    def add_assessment(self, assessment: Assessment) -> Assessment:
        def op() -> Assessment:
            case_id = self._case_of("conversations", assessment.conversation_id)
            instrument = self._instrument(assessment.instrument_id, assessment.instrument_version)
            self._check_scores(instrument, assessment.scores)
            self._keep_definition(instrument)
            stored = replace(assessment, id=None, created_at=now_iso(), scores=[])
            stored.id = self._insert(stored)
            for score in assessment.scores:
                check_score(score)
                self._insert(score, assessment_id=stored.id, case_id=case_id)
                stored.scores.append(score)
            self._touch(case_id)
            self._audit(
                "assessments.create", "C", self._case_ref(case_id), f"assessments:{stored.id}"
            )
            self._changed(Change("assessments", "C", stored.id, case_id))
            return stored

        return self._run(op)

    def set_score(self, assessment_id: int, score: DomainScore) -> Change:
        """Insert or replace the score of one domain in one assessment."""

        def op() -> Change:
            check_score(score)
            case_id = self._case_of("assessments", assessment_id)
            self._check_scores(self._assessment_instrument(assessment_id), [score])
            score_id = self._upsert_score(assessment_id, case_id, score)
            self._touch(case_id)
            self._audit(
                "domain_scores.update", "U", self._case_ref(case_id), f"domain_scores:{score_id}"
            )
            change = Change("domain_scores", "U", score_id, case_id, (score.domain,))
            self._changed(change)
            return change

        return self._run(op)

    def _upsert_score(self, assessment_id: int, case_id: int, score: DomainScore) -> int:
        row = row_of(score) | {"assessment_id": assessment_id, "case_id": case_id}
        cols = ", ".join(row)
        updates = ", ".join(f"{c} = excluded.{c}" for c in row if c != "assessment_id")
        cursor = self.db.execute(
            f"INSERT INTO domain_scores ({cols}) VALUES ({', '.join('?' * len(row))}) "
            f"ON CONFLICT (assessment_id, domain) DO UPDATE SET {updates} RETURNING id",
            list(row.values()),
        )
        return int(cursor.fetchone()[0])

    # -- the guided conversation ----------------------------------------------------

    def start_conversation(
        self,
        case_id: int,
        kind: ConversationKind,
        date: dt.date,
        instrument_id: str,
        instrument_version: str,
    ) -> tuple[Conversation, Assessment, Assessment]:
        """Create a conversation with its two empty assessments held at the table (the
        citizen's and the professional's, for the household as a whole), in one
        transaction. Returns (conversation, citizen assessment, professional assessment)."""

        def op() -> tuple[Conversation, Assessment, Assessment]:
            ref = self._case_ref(case_id)
            conversation = Conversation(case_id=case_id, date=date, kind=kind)
            conversation.id = self._insert(conversation)
            self._audit("conversations.create", "C", ref, f"conversations:{conversation.id}")
            self._changed(Change("conversations", "C", conversation.id, case_id))
            if status := self._refresh_status(case_id):  # a conversation: the onderzoek
                self._changed(Change("cases", "U", case_id, case_id, status))
            citizen, professional = self._table_assessments(
                conversation.id, case_id, instrument_id, instrument_version, ref
            )
            self._touch(case_id)
            return conversation, citizen, professional

        return self._run(op)

    def open_conversation(
        self, conversation_id: int, instrument_id: str, instrument_version: str
    ) -> tuple[CaseFile, Conversation, Assessment, Assessment]:
        """Everything the guided conversation shows, read in one transaction (audited as a
        read of the case): the case file, the conversation, and its citizen and professional
        assessments held at the table with this instrument. Missing assessments are created
        (with `instrument_version`); existing ones are used whatever their version."""

        def op() -> tuple[CaseFile, Conversation, Assessment, Assessment]:
            case_id = self._case_of("conversations", conversation_id)
            citizen, professional = self._table_assessments(
                conversation_id,
                case_id,
                instrument_id,
                instrument_version,
                self._case_ref(case_id),
            )
            case_file = self._read_case(case_id)
            conversation = next(c for c in case_file.conversations if c.id == conversation_id)
            return case_file, conversation, citizen, professional

        return self._run(op)

    def open_conversation_with(
        self,
        conversation_id: int,
        choose: Callable[[Conversation, list[Assessment]], Sequence[tuple[str, str, bool]]],
    ) -> tuple[CaseFile, Conversation, list[tuple[Assessment, Assessment]]]:
        """open_conversation for the instruments the conversation uses, in one
        transaction: `choose(conversation, its assessments)` names them, each
        (instrument id, version, for a member), and gets, in that order, the pair of
        at-table assessments (citizen, professional) of each; missing ones are created
        (`for a member`: a pair for any one member is used, else one for the household
        is made; the conversation says for whom)."""

        def op() -> tuple[CaseFile, Conversation, list[tuple[Assessment, Assessment]]]:
            case_id = self._case_of("conversations", conversation_id)
            ref = self._case_ref(case_id)
            conversation = self._select(Conversation, "id = ?", [conversation_id])[0]
            chosen = choose(conversation, self._assessments([conversation_id]))
            pairs = [
                self._table_assessments(conversation_id, case_id, i, v, ref, any_member=m)
                for i, v, m in chosen
            ]
            case_file = self._read_case(case_id)
            conversation = next(c for c in case_file.conversations if c.id == conversation_id)
            return case_file, conversation, pairs

        return self._run(op)

    def table_assessments(
        self,
        conversation_id: int,
        instrument_id: str,
        instrument_version: str,
        *,
        any_member: bool = False,
    ) -> tuple[Assessment, Assessment]:
        """The pair of at-table assessments of one instrument in a conversation (citizen,
        professional), created when missing (see open_conversation_with)."""

        def op() -> tuple[Assessment, Assessment]:
            case_id = self._case_of("conversations", conversation_id)
            return self._table_assessments(
                conversation_id,
                case_id,
                instrument_id,
                instrument_version,
                self._case_ref(case_id),
                any_member=any_member,
            )

        return self._run(op)

    def _table_assessments(
        self,
        conversation_id: int,
        case_id: int,
        instrument_id: str,
        instrument_version: str,
        ref: str,
        *,
        any_member: bool = False,
    ) -> tuple[Assessment, Assessment]:
        """The at-table household assessments of both perspectives (`any_member`: of
        the household or of any one member, that member's first); missing ones created.
        Call inside a transaction."""
        found = self._assessments([conversation_id])
        pair: dict[Perspective, Assessment] = {}
        mine = [
            a
            for a in found
            if a.instrument_id == instrument_id
            and a.source is AssessmentSource.AT_TABLE
            and (a.member_id is None or any_member)
        ]
        if any_member and mine:  # one person's pair: the first one's
            first = mine[0].member_id
            mine = [a for a in mine if a.member_id == first]
        for assessment in mine:
            pair.setdefault(assessment.perspective, assessment)
        for perspective in (Perspective.CITIZEN, Perspective.PROFESSIONAL):
            if perspective in pair:
                continue
            other = next(iter(pair.values()), None)
            version = other.instrument_version if other else instrument_version
            self._keep_definition(self._instrument(instrument_id, version))
            created = Assessment(
                conversation_id=conversation_id,
                instrument_id=instrument_id,
                instrument_version=version,
                perspective=perspective,
                member_id=other.member_id if other else None,
                created_at=now_iso(),
            )
            created.id = self._insert(created)
            self._audit("assessments.create", "C", ref, f"assessments:{created.id}")
            self._changed(Change("assessments", "C", created.id, case_id))
            pair[perspective] = created
        return pair[Perspective.CITIZEN], pair[Perspective.PROFESSIONAL]

    def replace_scores(self, items: Sequence[tuple[int, str, DomainScore | None]]) -> list[Change]:
        """Set or remove the scores of some domains, in one transaction.

        Each item is (assessment id, domain key, score); the score replaces the stored
        one for that domain (its `domain` must be the key), None removes it. Used by the
        guided conversation, where one edit may touch both perspectives of a domain."""
        for _assessment_id, domain, score in items:
            if score is not None:
                if score.domain != domain:
                    raise InvalidValue.say(
                        "repo.score-hoort-bij-ander", N_("De score hoort bij een ander leefgebied.")
                    )
                check_score(score)

        def op() -> list[Change]:
            changes: list[Change] = []
            cases: dict[int, str] = {}
            for assessment_id, domain, score in items:
                case_id = self._case_of("assessments", assessment_id)
                ref = cases.get(case_id) or cases.setdefault(case_id, self._case_ref(case_id))
                if score is not None:
                    self._check_scores(self._assessment_instrument(assessment_id), [score])
                if score is None:
                    cursor = self.db.execute(
                        "DELETE FROM domain_scores WHERE assessment_id = ? AND domain = ?"
                        " RETURNING id",
                        [assessment_id, domain],
                    )
                    gone = cursor.fetchone()
                    if gone is None:
                        continue
                    self._audit("domain_scores.delete", "D", ref, f"domain_scores:{gone[0]}")
                    changes.append(Change("domain_scores", "D", int(gone[0]), case_id, (domain,)))
                    continue
                score_id = self._upsert_score(assessment_id, case_id, score)
                self._audit("domain_scores.update", "U", ref, f"domain_scores:{score_id}")
                changes.append(Change("domain_scores", "U", score_id, case_id, (domain,)))
            for case_id in cases:
                self._touch(case_id)
            self._changed(*changes)
            return changes

        return self._run(op)
