"""The one editing layer (ui/editing/commands.py): a user action is one transaction,
with children for a composite edit (undone in reverse order), typing merges into one
undo step per field session, undo shows where the edit was made, and a refused
action leaves memory, screen and database at what is stored."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit

from eigenkracht.store.errors import DiskFull
from eigenkracht.ui.editing.commands import Command, FieldEdit
from eigenkracht.ui.editing.conversation import case_key, conversation_key
from eigenkracht.ui.editing.fields import bind_check, bind_line
from eigenkracht.ui.network.book import person_key
from support import fire

PLACE = conversation_key("place")
FULL = "De schijf is vol. Er is niets opgeslagen."


def stored_place(fresh: Any, case_id: int) -> str:
    return str(fresh().load_case(case_id).conversations[0].place)


def stored_name(fresh: Any, case_id: int, person_id: int) -> str:
    return str(next(p.name for p in fresh().network(case_id) if p.id == person_id))


def test_a_composite_edit_is_one_transaction_and_is_undone_in_reverse_order(
    editors: Any, fresh: Any, case_id: int, person_id: int
) -> None:
    autosave, book = editors.autosave, editors.book
    name = person_key(person_id, "name")
    stored: list[list[Any]] = []
    autosave.stored.connect(stored.append)
    top = Command(autosave, "Plaats en naam")
    FieldEdit(autosave, {PLACE: ""}, {PLACE: "Buurthuis"}, "", parent=top)
    FieldEdit(book, {name: "Truus"}, {name: "Truus Bakker"}, "", parent=top)
    FieldEdit(autosave, {PLACE: "Buurthuis"}, {PLACE: "Wijkcentrum"}, "", parent=top)
    assert autosave.push(top)
    assert editors.stack.count() == 1
    assert len(stored) == 1  # one action, one transaction, told once
    assert sorted(c.table for c in stored[0]) == [
        "conversations",
        "conversations",
        "network_persons",
        "network_versions",  # the network's own part of every action
    ]
    assert stored_place(fresh, case_id) == "Wijkcentrum"
    assert stored_name(fresh, case_id, person_id) == "Truus Bakker"

    editors.stack.undo()  # in reverse: Wijkcentrum -> Buurthuis, then Buurthuis -> ""
    assert stored_place(fresh, case_id) == ""
    assert autosave.value(PLACE) == ""
    assert stored_name(fresh, case_id, person_id) == "Truus"
    assert book.person(person_id).name == "Truus"
    editors.stack.redo()
    assert stored_place(fresh, case_id) == "Wijkcentrum"
    assert book.person(person_id).name == "Truus Bakker"


def test_a_refused_part_stores_nothing_of_the_action(
    editors: Any, fresh: Any, case_id: int, person_id: int
) -> None:
    autosave, book = editors.autosave, editors.book
    failed: list[str] = []
    autosave.failed.connect(failed.append)
    name = person_key(person_id, "name")
    top = Command(autosave, "Plaats en naam")
    FieldEdit(book, {name: "Truus"}, {name: "Truus Bakker"}, "", parent=top)
    FieldEdit(autosave, {PLACE: ""}, {PLACE: "Keuken \ud800 tafel"}, "", parent=top)
    assert not autosave.push(top)
    assert len(failed) == 1 and "ongeldig teken" in failed[0]
    assert editors.stack.count() == 0  # nothing to undo
    assert stored_name(fresh, case_id, person_id) == "Truus"  # the first part was undone
    assert book.person(person_id).name == "Truus"
    assert autosave.value(PLACE) == ""
    assert fresh().network_versions(case_id) == []


def test_typing_in_one_field_session_is_one_undo_step(
    editors: Any, fresh: Any, case_id: int
) -> None:
    autosave = editors.autosave
    notes = conversation_key("notes")
    assert autosave.edit({notes: "M"}, "Notities", merge_key="notes", session=0)
    assert autosave.edit({notes: "Ma"}, "Notities", merge_key="notes", session=0)
    assert editors.stack.count() == 1
    assert autosave.edit({notes: "Mam"}, "Notities", merge_key="notes", session=1)
    assert editors.stack.count() == 2  # a new visit of the field, a new step
    assert autosave.edit({notes: "Ma"}, "Notities", merge_key="notes", session=1)
    assert editors.stack.count() == 1  # typed back to where the visit began: no step
    editors.stack.undo()
    assert fresh().load_case(case_id).conversations[0].notes == ""
    assert not editors.stack.canUndo()


def test_undo_and_redo_tell_where_the_edit_was_made(editors: Any) -> None:
    autosave = editors.autosave
    places: list[Any] = []
    autosave.navigate.connect(places.append)
    editors.book.update(editors.book.all()[0].id, "Naam", name="Truus Bakker")
    assert autosave.edit({PLACE: "Buurthuis"}, "Plaats", where=("start", None))
    assert places == []  # the first time the user is there already
    editors.stack.undo()
    editors.stack.undo()
    assert places[0] == ("start", None)
    assert places[1][1] == editors.book.all()[0].id  # the network step, that person
    editors.stack.redo()
    assert places[2] == places[1]


def test_a_refused_choice_shows_what_is_stored_again(
    qtbot: Any, editors: Any, repo: Any, fresh: Any, case_id: int, monkeypatch: Any
) -> None:
    autosave = editors.autosave
    failed: list[str] = []
    autosave.failed.connect(failed.append)
    box = QCheckBox("Identiteit")
    qtbot.addWidget(box)
    bind_check(autosave, box, case_key("identity_checked"), "Identiteit", None)

    def full(*_args: Any, **_kwargs: Any) -> Any:
        raise DiskFull(FULL)

    monkeypatch.setattr(repo, "update", full)
    box.click()
    assert failed == [FULL]
    assert not box.isChecked()  # as stored, not as clicked
    assert not fresh().get_case(case_id).identity_checked
    assert editors.stack.count() == 0


def test_refused_typing_stays_in_its_box_and_is_stored_with_the_next_pause(
    qtbot: Any, editors: Any, repo: Any, fresh: Any, case_id: int, monkeypatch: Any
) -> None:
    autosave = editors.autosave
    line = QLineEdit()
    qtbot.addWidget(line)
    binding = bind_line(autosave, line, PLACE, "Plaats", None)
    update = repo.update

    def full(*_args: Any, **_kwargs: Any) -> Any:
        raise DiskFull(FULL)

    monkeypatch.setattr(repo, "update", full)
    qtbot.keyClicks(line, "Buurthuis")
    fire(binding.timer)
    assert line.text() == "Buurthuis"  # not thrown away: the message says it is not stored
    assert stored_place(fresh, case_id) == ""
    monkeypatch.setattr(repo, "update", update)
    qtbot.keyClick(line, Qt.Key.Key_E)
    fire(binding.timer)
    assert stored_place(fresh, case_id) == "Buurthuise"
    assert autosave.value(PLACE) == "Buurthuise"


def test_an_editor_made_after_a_change_reads_the_case_again(
    editors: Any, person_id: int, repo: Any, monkeypatch: Any
) -> None:
    from eigenkracht.ui.plan.store import PlanAutosave

    autosave = editors.autosave
    reads: list[int] = []
    load_case = repo.load_case
    monkeypatch.setattr(
        repo, "load_case", lambda case_id: reads.append(case_id) or load_case(case_id)
    )
    assert autosave.edit({PLACE: "Buurthuis"}, "Plaats")  # the conversation's own: still current
    before = PlanAutosave(autosave)
    assert reads == [] and [p.name for p in before.network] == ["Truus"]
    assert editors.book.remove(person_id)
    assert autosave.case_file is None  # the network changed: no longer the case as stored
    after = PlanAutosave(autosave)
    assert len(reads) == 1 and after.network == []


def test_bindings_of_deleted_widgets_are_forgotten_and_not_flushed(
    qtbot: Any, editors: Any, fresh: Any, case_id: int
) -> None:
    """A form that is rebuilt makes new bindings; the old ones go with their widgets.
    The editor must not keep them all (the soak found ~17 per view rebuilt) nor flush
    them."""
    import shiboken6

    autosave = editors.autosave
    before = len(autosave._bindings)
    for _ in range(20):
        line = QLineEdit()
        binding = bind_line(autosave, line, PLACE, "Plaats", None)
        line.deleteLater()
        qtbot.waitUntil(lambda b=binding: not shiboken6.isValid(b))
    kept = QLineEdit()
    qtbot.addWidget(kept)
    binding = bind_line(autosave, kept, PLACE, "Plaats", None)
    assert len(autosave._bindings) <= before + 1  # only the living one was added
    qtbot.keyClicks(kept, "Buurthuis")
    autosave.flush()  # reaches no deleted binding, and stores the living one
    assert stored_place(fresh, case_id) == "Buurthuis"
