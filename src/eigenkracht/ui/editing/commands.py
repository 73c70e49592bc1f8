"""One editing layer for every step that changes what is stored.

`FieldKey` names what an edit changes. An `Editor` holds what one area shows and is
the one path that writes it: the conversation (editing/conversation.py), the plan
(plan/store.py) and the network (network/book.py). Every user action is one `Command`
on the conversation's undo stack, which the editor runs (first time, undo, redo) in
one `Repository.unit()`: one user action, one transaction. All of it is stored, then
its effects update the editor and its widgets (`valueChanged`) and `stored` carries
what changed (`unit.changes`: views refresh from that); or none of it is, the editor
is left as it was (as stored), its widgets are told to show that again and `failed`
says why in Dutch (ui/widgets/problems.py). Undo and redo first tell `navigate` where
the edit was made, so an undo on another step shows that step.

A composite edit is a command with children (as Orange canvas builds them): redo
stores the parent's own part and then its children in order, undo the children in
reverse order and then the parent. The children live in `parts`, not as Qt children:
PySide6 leaves a QUndoCommand made with a parent owned by Python, so both would
delete it. `FieldEdit` sets fields; typing in one field session merges into one undo
step (Editor.push merges, not Qt: see there). `RowCommand` adds or deletes a row,
put back under its own id on undo.

The plan's and the network's editors join the conversation's (`main`): one undo
stack, its navigate, failed and stored signals, and its flush() stores their typing.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from eigenkracht.store.errors import StoreError
from eigenkracht.ui.widgets.problems import problem_text

if TYPE_CHECKING:
    from eigenkracht.store.repository import Repository

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class FieldKey:
    """One field of one stored row, named as the store names it: `table` as in
    core.model.Change; `row` the row's id, or None for the one row of that table the
    editor works on (the conversation, its case, the plan version being worked on);
    `field` the column. A domain score is keyed by its perspective (row) and domain
    (field); its value is the whole DomainScore (None: no score)."""

    table: str
    row: int | str | None
    field: str


Values = dict[FieldKey, Any]
Effect = Callable[[], None]


class Flushable(Protocol):
    def flush(self) -> None: ...


class Editor(QObject):
    """What one area shows and the one path that writes it. An area says how to read
    (`value`) and, inside the action's transaction, how to store field values
    (`write`) and rows (`insert_row`, `remove_row`), each returning the effect that
    shows it once stored, and what each of its actions stores as well (`finish`)."""

    valueChanged = Signal(object)  # the FieldKey whose stored value changed (or shows again)
    stored = Signal(object)  # list[Change] of one user action, once it is stored
    failed = Signal(str)  # a Dutch sentence: the action was not stored
    navigate = Signal(object)  # where an action being undone or redone was made

    def __init__(
        self,
        repo: Repository,
        undo_stack: QUndoStack,
        *,
        main: Editor | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.repo = repo
        self.undo_stack = undo_stack
        self._main = main  # not itself when None: a cycle would wait for the cyclic GC
        self.running = False  # this editor runs a command now
        self.busy = False  # (the main editor's) a command of the conversation runs now
        self.last_write_ms = 0.0
        self._bindings: list[Flushable] = []
        if main is not None:
            self.navigate.connect(main.navigate)
            self.failed.connect(main.failed)
            self.stored.connect(main.stored)

    @property
    def main(self) -> Editor:
        return self if self._main is None else self._main

    def value(self, key: FieldKey) -> Any:
        raise NotImplementedError

    def edit(
        self,
        new: Values,
        text: str,
        *,
        where: Hashable = None,
        merge_key: Hashable = None,
        session: int = 0,
    ) -> bool:
        """Store `new` as one undoable edit. False when nothing changed or the edit was
        not stored (then `failed` has said why)."""
        if self.main.busy:  # made while undoing (a focus-out): store it right after
            QTimer.singleShot(
                0, lambda: self.edit(new, text, where=where, merge_key=merge_key, session=session)
            )
            return False
        changed = {k: v for k, v in new.items() if self.value(k) != v}
        if not changed:
            return False
        old = {k: self.value(k) for k in changed}
        return self.push(FieldEdit(self, old, changed, text, where, merge_key, session))

    def push(self, command: Command) -> bool:
        """Run a user action and put it on the undo stack (not when it was not stored).

        The action is stored here, before the stack sees it, and typing that continues the
        edit on top of the stack merges into that one here: Qt's own way (redo inside
        push(), then mergeWith or an obsolete command) makes QUndoStack delete the command
        being pushed, and PySide6 (6.11) then keeps that command's Python wrapper, with
        its editor and everything the editor holds, for as long as the program runs (the
        soak's zombie views; tests/ui/editing/test_undo_no_leak.py)."""
        if self.main.busy:
            QTimer.singleShot(0, lambda: self.push(command))
            return False
        command.ok = self.run(command, forward=True, navigate=False)
        if not command.ok:
            return False  # nothing was stored: never on the stack, Python frees it
        top = self._top()
        if isinstance(top, FieldEdit) and isinstance(command, FieldEdit) and top.absorbs(command):
            top.new = command.new
            if top.new == top.old:  # typed back to what it was: no step at all
                top.setObsolete(True)
                self.undo_stack.undo()  # stores `old` again (unchanged) and drops the step
            return True
        self.undo_stack.push(command)  # its first redo() does not store again
        return True

    def _top(self) -> QUndoCommand | None:
        stack = self.undo_stack
        index = stack.index()
        if index == 0 or index == stack.cleanIndex():
            return None
        return stack.command(index - 1)

    def run(self, command: Command, *, forward: bool, navigate: bool) -> bool:
        """Store a command (forward: redo, else undo) with its children in one
        transaction and show it; or tell why not and show what is stored."""
        self.main.busy = self.running = True
        try:
            where = command.where() if navigate else None
            if where is not None:
                self.navigate.emit(where)
            start = time.perf_counter()
            try:
                with self.repo.unit() as unit:
                    effects = command.store_all(forward)
                    for editor in dict.fromkeys(part.editor for part in command.walk()):
                        editor.finish()
            except StoreError as exc:
                log.warning("an edit was not stored: %s", type(exc).__name__)
                self.failed.emit(problem_text(exc))
                for part in command.walk():
                    part.show_stored()
                return False
            self.last_write_ms = (time.perf_counter() - start) * 1000
            for effect in effects:
                effect()
            self.stored.emit(list(unit.changes))
            return True
        finally:
            self.main.busy = self.running = False

    def write(self, values: Values) -> Effect:
        raise NotImplementedError

    def insert_row(self, row: Any, memo: Any) -> tuple[Any, Effect]:
        """Store a new row (no id yet), or a deleted one back with the `memo` that
        remove_row gave; returns the row as stored."""
        raise NotImplementedError

    def remove_row(self, row: Any) -> tuple[Any, Any, Effect]:
        """Delete a row; returns it as it was (with the rows it owned) and its memo."""
        raise NotImplementedError

    def finish(self) -> None:
        """What every action of this area stores as well, in its transaction."""

    def add_binding(self, binding: Flushable) -> None:
        # A form that shows another row (a person, an action) makes new bindings and its
        # old widgets go, with their bindings: forget those, or the list keeps every one
        # ever made (found by the soak: ~17 per view rebuilt) and flush() reaches them.
        self._bindings = [b for b in self._bindings if _alive(b)]
        self._bindings.append(binding)
        if self._main is not None:
            self._main.add_binding(binding)  # the conversation's flush() stores it too

    def flush(self) -> None:
        """Store every edit still waiting for its typing delay."""
        for binding in list(self._bindings):
            if _alive(binding):
                binding.flush()


def _alive(binding: Flushable) -> bool:
    """False for a binding whose Qt object was deleted with its widgets."""
    return not isinstance(binding, QObject) or shiboken6.isValid(binding)


def _nothing() -> None:
    pass


class Command(QUndoCommand):
    """One user action, or a part of one (made with a `parent`). A subclass stores
    its own part in `store(forward)` and returns the effect that shows it; `where` is
    where the user made it."""

    def __init__(
        self, editor: Editor, text: str = "", where: Hashable = None, parent: Command | None = None
    ) -> None:
        super().__init__(text)  # not Qt's parent: see the module's docstring
        self.editor = editor
        self._where = where
        self.parts: list[Command] = []
        if parent is not None:
            parent.parts.append(self)
        self.ok = True
        self._first = True

    def where(self) -> Hashable:
        if self._where is not None:
            return self._where
        return next((w for part in self.parts if (w := part.where()) is not None), None)

    def walk(self) -> Iterator[Command]:
        yield self
        for part in self.parts:
            yield from part.walk()

    def store(self, forward: bool) -> Effect:
        return _nothing

    def store_all(self, forward: bool) -> list[Effect]:
        effects = [self.store(True)] if forward else []
        for part in self.parts if forward else reversed(self.parts):
            effects += part.store_all(forward)
        return effects if forward else [*effects, self.store(False)]

    def show_stored(self) -> None:
        """Not stored: let the widgets show what is stored again."""

    def redo(self) -> None:
        if self._first:  # pushed: Editor.push stored it already
            self._first = False
            return
        self.ok = self.editor.run(self, forward=True, navigate=True)

    def undo(self) -> None:
        self.ok = self.editor.run(self, forward=False, navigate=True)


class FieldEdit(Command):
    """New values for some fields: redo stores `new`, undo `old`. Edits with the same
    `merge_key` (the binding and its keys) in the same field `session` merge."""

    def __init__(
        self,
        editor: Editor,
        old: Values,
        new: Values,
        text: str,
        where: Hashable = None,
        merge_key: Hashable = None,
        session: int = 0,
        parent: Command | None = None,
    ) -> None:
        super().__init__(editor, text, where, parent)
        self.old, self.new = old, new
        self.merge_key, self.session = merge_key, session

    def store(self, forward: bool) -> Effect:
        return self.editor.write(self.new if forward else self.old)

    def show_stored(self) -> None:
        for key in self.new:
            self.editor.valueChanged.emit(key)

    def absorbs(self, other: Command) -> bool:
        """True when `other` (stored just now) continues this edit: the same binding and
        fields in the same typing session (Editor.push merges it)."""
        if not isinstance(other, FieldEdit) or self.merge_key is None or not other.ok:
            return False
        if self.parts or other.parts:
            return False
        same = (other.editor, other.merge_key, other.session, other.new.keys())
        return same == (self.editor, self.merge_key, self.session, self.new.keys())


class RowCommand(Command):
    """Add (`add`) or delete one row with the rows it owns; undo does the other. A row
    is added under a new id the first time, later under the same id again. `where`
    may be a function of the row."""

    def __init__(
        self,
        editor: Editor,
        row: Any,
        text: str,
        *,
        add: bool,
        where: Callable[[Any], Hashable] | Hashable = None,
        parent: Command | None = None,
    ) -> None:
        super().__init__(editor, text, None, parent)
        self.row, self.add = row, add
        self.memo: Any = None  # what putting the deleted row back needs
        self._row_where = where

    def where(self) -> Hashable:
        return self._row_where(self.row) if callable(self._row_where) else self._row_where

    def store(self, forward: bool) -> Effect:
        memo = self.memo
        if forward == self.add:
            row, effect = self.editor.insert_row(self.row, memo)
        else:
            row, memo, effect = self.editor.remove_row(self.row)

        def done() -> None:
            self.row, self.memo = row, memo
            effect()

        return done


__all__ = [
    "Command",
    "Editor",
    "Effect",
    "FieldEdit",
    "FieldKey",
    "RowCommand",
    "Values",
]
