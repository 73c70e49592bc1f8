"""The editor of one conversation: its own fields, the melding facts of its case and the
domain scores of both perspectives (commands.py says how every edit is stored).

    conversation_key(field)          a column of the conversation
    case_key(field)                  a column of the case (the melding facts)
    score_key(perspective, domain)   the whole DomainScore of one domain in the
                                     citizen's or the professional's assessment
                                     (None: no score stored)
    score_key(p, domain, sheet)      the same in the assessments of another
                                     instrument of the conversation (`sheet`: its
                                     id, from Autosave.sheet; "" is the first one)
    sheet_key(sheet)                 for whom that instrument's assessments are
                                     (a member id, None: the household)

It is the conversation's main editor: the plan and the network editors of the same
conversation join it (their navigate, failed and stored are its signals too).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from eigenkracht.core.model import (
    Assessment,
    Case,
    CaseFile,
    Change,
    Conversation,
    DomainScore,
    Perspective,
)
from eigenkracht.ui.editing.binding import Binding
from eigenkracht.ui.editing.commands import Editor, Effect, FieldKey, Values

if TYPE_CHECKING:
    from eigenkracht.store.repository import Repository

CONVERSATIONS, CASES, SCORES = "conversations", "cases", "domain_scores"
ASSESSMENTS = "assessments"
OWN = {CONVERSATIONS, CASES, SCORES, ASSESSMENTS}  # what this editor writes
CONVERSATION_FIELDS: tuple[str, ...] = ("kind", "date", "place", "present", "question")
CONVERSATION_FIELDS += ("what_matters", "wellbeing", "notes", "instruments")
CASE_FIELDS: tuple[str, ...] = ("melding_date", "persoonlijk_plan_offered")
CASE_FIELDS += ("persoonlijk_plan_received", "clientondersteuning_offered")
CASE_FIELDS += ("identity_checked", "identity_document")


def conversation_key(name: str) -> FieldKey:
    return FieldKey(CONVERSATIONS, None, name)


def case_key(name: str) -> FieldKey:
    return FieldKey(CASES, None, name)


def score_key(perspective: Perspective, domain: str, sheet: str = "") -> FieldKey:
    """The score of `domain` from `perspective` in the assessments of `sheet` (an
    instrument id from Autosave.sheet; "": the conversation's first instrument)."""
    return FieldKey(SCORES, f"{perspective.value}@{sheet}" if sheet else perspective.value, domain)


def sheet_key(sheet: str = "") -> FieldKey:
    """For whom the assessments of `sheet` are: a member id, or None (the household)."""
    return FieldKey(ASSESSMENTS, sheet or None, "member_id")


class Autosave(Editor):
    """The stored values of one conversation and the one path that writes them.

    `case_file` is the case as the conversation was opened with: the plan and the
    network editors start from it instead of reading the case again, until a change
    of theirs is stored (then it is None and an editor made later reads the case)."""

    def __init__(
        self,
        repo: Repository,
        undo_stack: QUndoStack,
        conversation: Conversation,
        case: Case,
        assessment_ids: Mapping[Perspective, int],
        scores: Mapping[Perspective, Iterable[DomainScore]],
        parent: QObject | None = None,
        *,
        case_file: CaseFile | None = None,
        instrument: str = "",
        member_id: int | None = None,
    ) -> None:
        """`assessment_ids` and `scores` are those of the conversation's first instrument
        (`instrument`, its id), for `member_id` (None: the household); the assessments
        of its other instruments join with add_sheet."""
        super().__init__(repo, undo_stack, parent=parent)
        assert conversation.id is not None and case.id is not None
        self.conversation_id: int = conversation.id
        self.case_id: int = case.id
        self.case_file = case_file
        self.primary = instrument
        self.assessment_ids = {p.value: i for p, i in assessment_ids.items()}
        self._values: Values = {sheet_key(): member_id}
        for name in CONVERSATION_FIELDS:
            if hasattr(conversation, name):
                self._values[conversation_key(name)] = getattr(conversation, name)
        for name in CASE_FIELDS:
            self._values[case_key(name)] = getattr(case, name)
        for perspective, items in scores.items():
            for score in items:
                self._values[score_key(perspective, score.domain)] = score
        self.stored.connect(self._stored)

    def _stored(self, changes: list[Change]) -> None:
        if any(c.table not in OWN for c in changes):
            self.case_file = None  # no longer the case as stored

    def value(self, key: FieldKey) -> Any:
        return self._values.get(key)

    def score(self, perspective: Perspective, domain: str, sheet: str = "") -> DomainScore | None:
        value: DomainScore | None = self._values.get(score_key(perspective, domain, sheet))
        return value

    def sheet(self, instrument_id: str) -> str:
        """The name under which the scores of this instrument are kept ("": the first)."""
        return "" if instrument_id == self.primary else instrument_id

    def has_sheet(self, instrument_id: str) -> bool:
        return str(score_key(Perspective.CITIZEN, "", self.sheet(instrument_id)).row) in (
            self.assessment_ids
        )

    def add_sheet(
        self,
        instrument_id: str,
        assessment_ids: Mapping[Perspective, int],
        scores: Mapping[Perspective, Iterable[DomainScore]],
        member_id: int | None = None,
    ) -> str:
        """The assessments of another instrument of this conversation join (read as
        stored; adding them is no edit). Returns its sheet."""
        sheet = self.sheet(instrument_id)
        for perspective, assessment_id in assessment_ids.items():
            self.assessment_ids[str(score_key(perspective, "", sheet).row)] = assessment_id
        self._values[sheet_key(sheet)] = member_id
        for perspective, items in scores.items():
            for score in items:
                self._values[score_key(perspective, score.domain, sheet)] = score
        return sheet

    def write(self, values: Values) -> Effect:
        """The conversation's columns, the case's and the scores (each table one write)."""
        conversation = {k.field: v for k, v in values.items() if k.table == CONVERSATIONS}
        case = {k.field: v for k, v in values.items() if k.table == CASES}
        scores = [
            (self.assessment_ids[str(k.row)], k.field, v)
            for k, v in values.items()
            if k.table == SCORES
        ]
        if conversation:
            self.repo.update(Conversation, self.conversation_id, **conversation)
        if case:
            self.repo.update(Case, self.case_id, **case)
        if scores:
            self.repo.replace_scores(scores)
        for key, value in values.items():
            if key.table == ASSESSMENTS:  # for whom: both perspectives' assessments
                sheet = str(key.row or "")
                for perspective in Perspective:
                    found = self.assessment_ids.get(str(score_key(perspective, "", sheet).row))
                    if found is not None:
                        self.repo.update(Assessment, found, member_id=value)

        def effect() -> None:
            self._values.update(values)
            for key in values:
                self.valueChanged.emit(key)

        return effect


def score_binding(
    autosave: Autosave,
    widget: QWidget,
    target: Callable[[], tuple[Perspective, str] | tuple[Perspective, str, str] | None],
    field: str,
    *,
    text: str,
    read: Callable[[], Any],
    show: Callable[[Any], None],
    where: Callable[[], Hashable],
    delay_ms: int = 0,
    default: Any = None,
    relevant: bool = True,
) -> Binding:
    """A widget bound to one field of the score of the domain `target()` returns.

    Writing a field of a domain that has no score creates it; with `relevant` the
    domain is then marked as discussed."""

    def stored() -> Any:
        found = target()
        if found is None:
            return default
        score = autosave.score(*found)
        value = getattr(score, field) if score is not None else None
        return default if value is None else value

    def values(value: Any) -> Values:
        found = target()
        if found is None:
            return {}
        perspective, domain, *sheet = found
        score = autosave.score(perspective, domain, *sheet) or DomainScore(domain=domain)
        fields: dict[str, Any] = {field: value}
        if relevant:
            fields["not_discussed"] = False
        return {score_key(perspective, domain, *sheet): replace(score, **fields)}

    def keys() -> tuple[FieldKey, ...]:
        found = target()
        return () if found is None else (score_key(*found),)

    return Binding(
        autosave,
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


__all__ = [
    "CASE_FIELDS",
    "CONVERSATION_FIELDS",
    "Autosave",
    "case_key",
    "conversation_key",
    "score_binding",
    "score_key",
    "sheet_key",
]
