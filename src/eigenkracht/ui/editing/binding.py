"""Autosave and undo for the steps of the guided conversation.

There is no Save button: every edit is stored as it is made. `Autosave` holds the
stored value of every field the conversation edits, keyed by

    ("conversation", field)      a column of the conversation
    ("case", field)              a column of the case (the melding facts)
    ("score", perspective, domain)   the whole DomainScore of one domain in the
                                     citizen's or the professional's assessment
                                     (None: no score stored)

and writes through the repository only. Each user edit becomes an `EditCommand` on
the undo stack: redo writes the new values, undo writes the old ones. Widgets never
keep their own idea of what is stored; they observe `Autosave.valueChanged` and show
what is stored, so undo and redo update whatever widget shows the field.

A `Binding` connects one widget to stored values: choices (check boxes, radio
buttons, combo boxes) are stored at once, typing is stored ~300 ms after the last
key and when the field loses focus. Consecutive typing in one field merges into one
undo step, until the field loses focus.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from eigenkracht.core.model import Case, Change, Conversation, DomainScore, Perspective
from eigenkracht.store.errors import StoreError
from eigenkracht.ui.widgets.problems import problem_text

if TYPE_CHECKING:
    from eigenkracht.store.repository import Repository

log = logging.getLogger(__name__)

Key = tuple[str, ...]
Values = dict[Key, Any]

TYPING_DELAY_MS = 300
MERGE_ID = 0x454B  # any constant: commands that may merge share it


def conversation_key(name: str) -> Key:
    return ("conversation", name)


def case_key(name: str) -> Key:
    return ("case", name)


def score_key(perspective: Perspective, domain: str) -> Key:
    return ("score", perspective.value, domain)


class Autosave(QObject):
    """The stored values of one conversation and the one path that writes them."""

    valueChanged = Signal(object)  # the Key whose stored value changed
    stored = Signal(object)  # list[Change] of one write
    failed = Signal(str)  # a Dutch message: the write did not happen
    navigate = Signal(object)  # the `where` of a command being undone or redone

    def __init__(
        self,
        repo: Repository,
        undo_stack: QUndoStack,
        conversation: Conversation,
        case: Case,
        assessment_ids: Mapping[Perspective, int],
        scores: Mapping[Perspective, Iterable[DomainScore]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        assert conversation.id is not None and case.id is not None
        self.repo = repo
        self.undo_stack = undo_stack
        self.conversation_id: int = conversation.id
        self.case_id: int = case.id
        self.assessment_ids = {p.value: i for p, i in assessment_ids.items()}
        self._values: Values = {}
        for name in (
            "kind",
            "date",
            "place",
            "present",
            "question",
            "what_matters",
            "wellbeing",
            "notes",
        ):
            self._values[conversation_key(name)] = getattr(conversation, name)
        for name in (
            "melding_date",
            "persoonlijk_plan_offered",
            "persoonlijk_plan_received",
            "clientondersteuning_offered",
            "identity_checked",
            "identity_document",
        ):
            self._values[case_key(name)] = getattr(case, name)
        for perspective, items in scores.items():
            for score in items:
                self._values[score_key(perspective, score.domain)] = score
        self._applying = False
        self._bindings: list[Binding] = []
        self.last_write_ms = 0.0

    # -- reading --------------------------------------------------------------

    def value(self, key: Key) -> Any:
        return self._values.get(key)

    def score(self, perspective: Perspective, domain: str) -> DomainScore | None:
        value: DomainScore | None = self._values.get(score_key(perspective, domain))
        return value

    # -- writing --------------------------------------------------------------

    def edit(
        self,
        new: Values,
        text: str,
        *,
        where: Hashable = None,
        merge_key: Hashable = None,
        session: int = 0,
    ) -> bool:
        """Store `new` as one undoable edit. Returns False when nothing changed or the
        write failed (then `failed` has said why)."""
        if self._applying:  # an edit made while undoing: store it right after
            QTimer.singleShot(
                0, lambda: self.edit(new, text, where=where, merge_key=merge_key, session=session)
            )
            return False
        changed = {k: v for k, v in new.items() if self._values.get(k) != v}
        if not changed:
            return False
        old = {k: self._values.get(k) for k in changed}
        command = EditCommand(self, old, changed, text, where, merge_key, session)
        self.undo_stack.push(command)
        return command.ok

    def apply(self, values: Values) -> bool:
        """Write values through the repository (in one transaction: Repository.unit when
        they touch more than one table) and tell the observers. Used by EditCommand;
        call `edit` for user edits."""
        start = time.perf_counter()
        conversation = {k[1]: v for k, v in values.items() if k[0] == "conversation"}
        case = {k[1]: v for k, v in values.items() if k[0] == "case"}
        scores = [
            (self.assessment_ids[k[1]], k[2], v) for k, v in values.items() if k[0] == "score"
        ]
        several = sum(map(bool, (conversation, case, scores))) > 1
        try:
            with self.repo.unit() if several else contextlib.nullcontext():
                changes: list[Change] = []
                if conversation:
                    changes.append(
                        self.repo.update(Conversation, self.conversation_id, **conversation)
                    )
                if case:
                    changes.append(self.repo.update(Case, self.case_id, **case))
                if scores:
                    changes.extend(self.repo.replace_scores(scores))
        except StoreError as exc:
            log.warning("an edit was not stored: %s", type(exc).__name__)
            self.failed.emit(problem_text(exc))
            return False
        self.last_write_ms = (time.perf_counter() - start) * 1000
        self._values.update(values)
        for key in values:
            self.valueChanged.emit(key)
        self.stored.emit(changes)
        return True

    def run_command(self, values: Values, where: Hashable, *, navigate: bool) -> bool:
        self._applying = True
        try:
            if navigate and where is not None:
                self.navigate.emit(where)
            return self.apply(values)
        finally:
            self._applying = False

    # -- bindings ---------------------------------------------------------------

    def add_binding(self, binding: Binding) -> None:
        self._bindings.append(binding)

    def flush(self) -> None:
        """Store every edit still waiting for its typing delay."""
        for binding in list(self._bindings):
            binding.flush()


class EditCommand(QUndoCommand):
    """One stored edit: redo writes `new`, undo writes `old`."""

    def __init__(
        self,
        autosave: Autosave,
        old: Values,
        new: Values,
        text: str,
        where: Hashable,
        merge_key: Hashable,
        session: int,
    ) -> None:
        super().__init__(text)
        self.autosave = autosave
        self.old = old
        self.new = new
        self.where = where
        self.merge_key = merge_key
        self.session = session
        self.ok = True
        self._first = True

    def id(self) -> int:
        return MERGE_ID if self.merge_key is not None else -1

    def redo(self) -> None:
        first, self._first = self._first, False
        self.ok = self.autosave.run_command(self.new, self.where, navigate=not first)
        if first and not self.ok:
            self.setObsolete(True)  # nothing was stored: keep it off the stack

    def undo(self) -> None:
        self.ok = self.autosave.run_command(self.old, self.where, navigate=True)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or not other.ok:
            return False
        if other.merge_key != self.merge_key or other.session != self.session:
            return False
        if set(other.new) != set(self.new):
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True


class Binding(QObject):
    """One widget shown from, and edited into, stored values.

    read(): the widget's value; show(value): put a value in the widget;
    stored(): the value the widget should show, from the Autosave;
    values(widget_value): the stored values an edit writes;
    keys(): the keys whose changes the widget shows.
    delay_ms 0 stores at once; otherwise after the typing delay, merged per field.
    Someone who types without pausing is still saved at least every MAX_WAIT_MS.
    """

    MAX_WAIT_MS = 700

    def __init__(
        self,
        autosave: Autosave,
        widget: QWidget,
        *,
        text: str,
        read: Callable[[], Any],
        show: Callable[[Any], None],
        stored: Callable[[], Any],
        values: Callable[[Any], Values],
        keys: Callable[[], Iterable[Key]],
        where: Callable[[], Hashable] | Hashable = None,
        delay_ms: int = 0,
    ) -> None:
        super().__init__(widget)
        self.autosave = autosave
        self.widget = widget
        self.text = text
        self._read = read
        self._show = show
        self._stored = stored
        self._values = values
        self._keys = keys
        self._where = where
        self.delay_ms = delay_ms
        self.session = 0
        self.updating = False
        self._last: Any = object()  # the stored value last shown
        self.timer: QTimer | None = None
        self.max_timer: QTimer | None = None
        if delay_ms:
            self.timer = QTimer(self)
            self.timer.setSingleShot(True)
            self.timer.setInterval(delay_ms)
            self.timer.timeout.connect(self._typing_paused)
            self.max_timer = QTimer(self)
            self.max_timer.setSingleShot(True)
            self.max_timer.setInterval(max(delay_ms, self.MAX_WAIT_MS))
            self.max_timer.timeout.connect(self._typing_paused)
            widget.installEventFilter(self)
        autosave.valueChanged.connect(self._on_value_changed)
        autosave.add_binding(self)
        self.refresh(force=True)

    @property
    def pending(self) -> bool:
        return any(t is not None and t.isActive() for t in (self.timer, self.max_timer))

    def where(self) -> Hashable:
        return self._where() if callable(self._where) else self._where

    def changed(self, *_args: Any) -> None:
        """Connect the widget's change signal here."""
        if self.updating:
            return
        if self.timer is not None and self.max_timer is not None:
            self.timer.start()
            if not self.max_timer.isActive():
                self.max_timer.start()
        else:
            self.commit()

    def changed_now(self, *_args: Any) -> None:
        """A choice: store it at once, without waiting for a typing delay."""
        if self.updating:
            return
        self._stop_timers()
        self.commit()

    def _stop_timers(self) -> None:
        if self.timer is not None:
            self.timer.stop()
        if self.max_timer is not None:
            self.max_timer.stop()

    def commit(self, merge: bool = False) -> bool:
        value = self._read()
        if value == self._stored():
            self._last = value
            return False
        return self.autosave.edit(
            self._values(value),
            self.text,
            where=self.where(),
            merge_key=(id(self), *self._keys()) if merge else None,
            session=self.session,
        )

    def _typing_paused(self) -> None:
        self._stop_timers()
        self.commit(merge=True)

    def flush(self) -> None:
        """Store what was typed without waiting for the typing delay."""
        if self.pending:
            self._stop_timers()
            self.commit(merge=True)

    def end_session(self) -> None:
        """Typing after this starts a new undo step."""
        self.flush()
        self.session += 1

    def refresh(self, force: bool = False) -> None:
        """Show the stored value. Unless forced (the widget now shows another domain),
        only when the stored value itself changed: typing not yet stored is kept."""
        value = self._stored()
        if not force and value == self._last:
            return
        self._last = value
        if self.timer is not None:
            self.timer.stop()
        if not force and self._read() == value:
            return
        self.updating = True
        try:
            self._show(value)
        finally:
            self.updating = False

    def _on_value_changed(self, key: Key) -> None:
        if key in set(self._keys()):
            self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:  # the widget or one it watches for us
            self.end_session()
        return False


# -- value helpers for bindings ---------------------------------------------------


def value_binding(
    autosave: Autosave,
    widget: QWidget,
    key: Key,
    *,
    text: str,
    read: Callable[[], Any],
    show: Callable[[Any], None],
    where: Hashable = None,
    delay_ms: int = 0,
    default: Any = None,
) -> Binding:
    """A widget bound to one stored value (a conversation or case column)."""

    def stored() -> Any:
        value = autosave.value(key)
        return default if value is None else value

    return Binding(
        autosave,
        widget,
        text=text,
        read=read,
        show=show,
        stored=stored,
        values=lambda v: {key: v},
        keys=lambda: (key,),
        where=where,
        delay_ms=delay_ms,
    )


def score_binding(
    autosave: Autosave,
    widget: QWidget,
    target: Callable[[], tuple[Perspective, str] | None],
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
        perspective, domain = found
        score = autosave.score(perspective, domain) or DomainScore(domain=domain)
        fields: dict[str, Any] = {field: value}
        if relevant:
            fields["not_discussed"] = False
        return {score_key(perspective, domain): replace(score, **fields)}

    def keys() -> tuple[Key, ...]:
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
    "TYPING_DELAY_MS",
    "Autosave",
    "Binding",
    "EditCommand",
    "Key",
    "Values",
    "case_key",
    "conversation_key",
    "score_binding",
    "score_key",
    "value_binding",
]
