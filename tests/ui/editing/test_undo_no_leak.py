"""QUndoStack must never delete the command being pushed: PySide6 (6.11) then keeps that
command's Python wrapper, with its editor and all the editor holds, for as long as the
program runs. The soak found it: every conversation view closed after typing stayed in
memory as a zombie (its DomainBook, bindings, timers, a CaseFile per view). Editor.push
stores an action itself and merges continued typing into the step on top."""

from __future__ import annotations

import gc
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from eigenkracht.ui.editing.commands import FieldEdit
from eigenkracht.ui.editing.conversation import conversation_key

PLACE = conversation_key("place")


def zombie_commands() -> list[FieldEdit]:
    gc.collect()
    return [o for o in gc.get_objects() if isinstance(o, FieldEdit) and not shiboken6.isValid(o)]


def settle() -> None:
    app = QApplication.instance()
    assert app is not None
    app.processEvents()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


def test_typing_merged_then_the_stack_deleted_leaves_no_command_behind(
    editors: Any, fresh: Any, case_id: int
) -> None:
    autosave, stack = editors.autosave, editors.stack
    before = len(zombie_commands())
    text = ""
    for char in "Buurthuis":  # one field session: one undo step
        old, text = text, text + char
        assert autosave.push(FieldEdit(autosave, {PLACE: old}, {PLACE: text}, "", merge_key=1))
    assert stack.count() == 1
    assert str(fresh().load_case(case_id).conversations[0].place) == "Buurthuis"
    stack.undo()
    assert str(fresh().load_case(case_id).conversations[0].place) == ""
    stack.redo()
    assert str(fresh().load_case(case_id).conversations[0].place) == "Buurthuis"
    # typed back to what the step started from: no step at all
    assert autosave.push(FieldEdit(autosave, {PLACE: "Buurthuis"}, {PLACE: ""}, "", merge_key=1))
    assert stack.count() == 0
    assert str(fresh().load_case(case_id).conversations[0].place) == ""
    stack.clear()
    settle()
    assert len(zombie_commands()) == before


def test_a_refused_edit_is_never_on_the_stack_and_leaves_nothing_behind(
    editors: Any, fresh: Any, case_id: int
) -> None:
    autosave, stack = editors.autosave, editors.stack
    before = len(zombie_commands())
    assert not autosave.push(FieldEdit(autosave, {PLACE: ""}, {PLACE: "a \ud800 b"}, ""))
    assert stack.count() == 0
    settle()
    assert len(zombie_commands()) == before
    assert str(fresh().load_case(case_id).conversations[0].place) == ""
