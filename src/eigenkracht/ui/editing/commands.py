"""One editing layer for every step that changes what is stored.

`FieldKey` names what an edit changes: one field of one row. An `Editor` holds the
stored values of one area and is the one path that writes them: the conversation
(ui/editing/conversation.py), the plan (ui/plan/store.py) and the network
(ui/network/book.py) are editors. Every user action is one `Command` on the
conversation's undo stack, and the editor runs it, first time, undo and redo, inside
one `Repository.unit()`: one user action, one transaction.

- All of it is stored or none of it. On a refusal the editor's memory stays as it
  was, which is what is stored; the widgets of the keys are told to show it again
  and `failed` says why in one Dutch sentence (ui/widgets/problems.py).
- After it is stored, the command's effects update the editor's memory and tell the
  widgets (`valueChanged`), then `stored` carries what changed (`unit.changes`, a list
  of core.model.Change): views refresh from that.
- Undo and redo (not the first run) first tell `navigate` where the edit was made,
  so an undo on another step shows the step of the edit.

A command may have children, a composite edit (a parent and its children, as Orange
canvas builds them with QUndoCommand): redo stores the parent's own part and then its
children in order, undo the children in reverse order and then the parent's own part,
all in the one transaction. Only the top command goes on the stack. The parent holds
its children in `parts`, not as Qt children: PySide6 leaves a QUndoCommand made with a
parent owned by Python, so Qt and Python would both delete it (a crash on exit).

`FieldEdit` sets fields (the old values come back on undo); consecutive typing in one
field merges into one undo step per field session. `RowCommand` adds or deletes a
row with the rows it owns; the editor puts a deleted row back under its own id, so
older undo steps still find it.

The editors of one conversation share its undo stack; the plan and the network join
the conversation's editor (`main`): their navigate, failed and stored signals are
the conversation's too, and its flush() stores typing waiting anywhere.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from eigenkracht.store.errors import StoreError
from eigenkracht.ui.widgets.problems import problem_text

if TYPE_CHECKING:
    from eigenkracht.store.repository import Repository

log = logging.getLogger(__name__)

MERGE_ID = 0x454B  # any constant: field edits that may merge share it


@dataclass(frozen=True, slots=True)
class FieldKey:
    """One field of one stored row, named as the store names it.

    table: the store's table (as in core.model.Change.table);
    row: the row's id, or None for the one row of that table the editor works on (the
         conversation, its case, the plan version being worked on); for a domain
         score the perspective whose assessment holds it;
    field: the column; for a domain score the domain, whose value is the whole
         DomainScore (None: no score stored).
    """

    table: str
    row: int | str | None
    field: str


Values = dict[FieldKey, Any]
Effect = Callable[[], None]


class Flushable(Protocol):
    def flush(self) -> None: ...


class Editor(QObject):
    """The stored values of one area and the one path that writes them.

    An area says how to read (`value`), how to write field values (`write`), rows
    (`insert_row`, `remove_row`) and what every action of it stores as well
    (`finish`); each returns the effect that shows the result once it is stored."""

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
        self._main = main  # (not a reference to itself: that would wait for the cyclic GC)
        self.running = False  # this editor runs a command (its stored signal is its own)
        self.last_write_ms = 0.0
        self._values: Values = {}
        self._bindings: list[Flushable] = []
        self._busy = False  # on the root: a command of any editor is running
        if main is not None:
            self.navigate.connect(main.navigate)
            self.failed.connect(main.failed)
            self.stored.connect(main.stored)

    @property
    def main(self) -> Editor:
        """The editor this one joins (itself for the conversation's)."""
        return self if self._main is None else self._main

    @property
    def root(self) -> Editor:
        return self if self._main is None else self._main.root

    # -- reading --------------------------------------------------------------------

    def value(self, key: FieldKey) -> Any:
        return self._values.get(key)

    # -- user edits -------------------------------------------------------------------

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
        if self.root._busy:  # an edit made while undoing (a focus-out): store it right after
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
        """Run a user action and put it on the undo stack (not when it was not stored)."""
        if self.root._busy:
            QTimer.singleShot(0, lambda: self.push(command))
            return False
        self.undo_stack.push(command)
        return command.ok

    # -- running a command ---------------------------------------------------------------

    def run(self, command: Command, *, forward: bool, navigate: bool) -> bool:
        """Store a command (forward: redo, else undo) with its children in one
        transaction, then show it; or tell why not and show what is stored."""
        root = self.root
        root._busy = self.running = True
        try:
            if navigate:
                where = command.where()
                if where is not None:
                    self.navigate.emit(where)
            start = time.perf_counter()
            try:
                with self.repo.unit() as unit:
                    effects = command.store_all(forward)
                    for editor in dict.fromkeys(c.editor for c in command.walk()):
                        effect = editor.finish()
                        if effect is not None:
                            effects.append(effect)
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
            root._busy = self.running = False

    # -- what an area implements (called inside the transaction) ----------------------------

    def write(self, values: Values) -> Effect:
        """Store field values; the default effect remembers them and tells the widgets."""
        raise NotImplementedError

    def remember(self, values: Values) -> None:
        """Take stored values into memory and tell whoever shows them."""
        self._values.update(values)
        for key in values:
            self.valueChanged.emit(key)

    def insert_row(self, row: Any, memo: Any) -> tuple[Any, Effect]:
        """Store a new row (no id yet) or put a deleted one back (with `memo` from
        remove_row); returns it as stored."""
        raise NotImplementedError

    def remove_row(self, row: Any) -> tuple[Any, Any, Effect]:
        """Delete a row; returns it as it was (with the rows it owned) and a memo that
        insert_row needs to put it back as it was."""
        raise NotImplementedError

    def finish(self) -> Effect | None:
        """What every action of this area stores as well, in its transaction."""
        return None

    # -- typing waiting for its delay ----------------------------------------------------------

    def add_binding(self, binding: Flushable) -> None:
        self._bindings.append(binding)
        if self.main is not self:
            self.main.add_binding(binding)  # the conversation's flush() stores it too

    def flush(self) -> None:
        """Store every edit still waiting for its typing delay."""
        for binding in list(self._bindings):
            binding.flush()


class Command(QUndoCommand):
    """One user action, or a part of one (made with a `parent`).

    A subclass stores its own part in `store(forward)` and returns the effect that
    shows it. `where` is where the user made it (undo and redo show it)."""

    def __init__(
        self,
        editor: Editor,
        text: str = "",
        where: Hashable = None,
        parent: Command | None = None,
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

    def store(self, forward: bool) -> Effect | None:
        """Store this command's own part (redo when forward, else undo)."""
        return None

    def store_all(self, forward: bool) -> list[Effect]:
        effects: list[Effect] = []
        own = self.store(True) if forward else None
        if own is not None:
            effects.append(own)
        for part in self.parts if forward else reversed(self.parts):
            effects.extend(part.store_all(forward))
        own = None if forward else self.store(False)
        if own is not None:
            effects.append(own)
        return effects

    def show_stored(self) -> None:
        """The action was not stored: let the widgets show what is stored again."""

    def redo(self) -> None:
        first, self._first = self._first, False
        self.ok = self.editor.run(self, forward=True, navigate=not first)
        if first and not self.ok:
            self.setObsolete(True)  # nothing was stored: keep it off the stack

    def undo(self) -> None:
        self.ok = self.editor.run(self, forward=False, navigate=True)


class FieldEdit(Command):
    """New values for some fields: redo stores `new`, undo `old`.

    Edits with the same `merge_key` (the binding and its keys) in the same field
    `session` merge: typing in one field is one undo step until the field is left."""

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
        self.old = old
        self.new = new
        self.merge_key = merge_key
        self.session = session

    def id(self) -> int:
        return MERGE_ID if self.merge_key is not None else -1

    def store(self, forward: bool) -> Effect:
        return self.editor.write(self.new if forward else self.old)

    def show_stored(self) -> None:
        for key in self.new:
            self.editor.valueChanged.emit(key)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, FieldEdit) or not other.ok or self.parts or other.parts:
            return False
        if other.editor is not self.editor or other.merge_key != self.merge_key:
            return False
        if other.session != self.session or other.new.keys() != self.new.keys():
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)  # typed back to what it was: no step at all
        return True


class RowCommand(Command):
    """Add (`add`) or delete one row with the rows it owns. Redo of an add stores it
    (the first time under a new id, later under the same id again), undo deletes it;
    a delete the other way round. `where` may be a function of the row."""

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
        self.row = row
        self.add = add
        self.memo: Any = None  # what putting a deleted row back needs (from remove_row)
        self._row_where = where

    def where(self) -> Hashable:
        where = self._row_where
        return where(self.row) if callable(where) else where

    def store(self, forward: bool) -> Effect:
        memo = self.memo
        if forward == self.add:
            row, effect = self.editor.insert_row(self.row, memo)
        else:
            row, memo, effect = self.editor.remove_row(self.row)

        def stored() -> None:
            self.row, self.memo = row, memo
            effect()

        return stored


__all__ = [
    "MERGE_ID",
    "Command",
    "Editor",
    "Effect",
    "FieldEdit",
    "FieldKey",
    "RowCommand",
    "Values",
]
