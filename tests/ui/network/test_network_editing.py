"""The network step: add, edit and remove people with undo; the list, the card and
the map follow each other; everything works from the keyboard; each edit is stored
and keeps the conversation's network version up to date."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QLineEdit,
)

from eigenkracht.core.model import Case, HelpKind, NetworkHelp, Ring, Sector
from eigenkracht.ui.conversation import Page
from eigenkracht.ui.network.models import HelpColumn, PersonColumn
from ui_support import unnamed_interactive


def click_box(qtbot: Any, box: QAbstractButton) -> None:
    """Click a check box on its box (its middle may be empty space right of the text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def stored_person(fresh: Any, case_id: int, person_id: int) -> Any:
    return next((p for p in fresh().network(case_id) if p.id == person_id), None)


def test_the_network_step_replaces_the_placeholder(view: Any, page: Any) -> None:
    assert view.steps.item(Page.NETWORK).text() == "4  Netwerk"
    assert page.title() == "Het netwerk"
    assert "netwerk" in page.text.text().lower() and "doelen" in page.text.text()
    assert [
        page.table_model.data(page.table_model.index(r, PersonColumn.NAME)) for r in range(3)
    ] == ["Marian de Vries ♥ !", "Els Kramer", "Dr. Meijer"]
    # the overburdened carer is a point of attention on the page
    assert "overbelast" in page.attention.text()
    assert "2.3.2 lid 4 onder d" in page.attention.text()


def test_add_type_change_and_undo_everything(
    qtbot: Any,
    view: Any,
    page: Any,
    fresh: Any,
    case_id: int,
    conversation_id: int,
    type_text: Any,
) -> None:
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    new_id = page.book.current
    assert new_id is not None
    assert page.form.name.hasFocus()
    assert stored_person(fresh, case_id, new_id).name == "Nieuwe persoon"
    type_text(qtbot, page.form.name, "Zoë Ĳsbrand")  # replaces the selected text
    view.flush()
    assert stored_person(fresh, case_id, new_id).name == "Zoë Ĳsbrand"
    page.form.ring.setFocus()
    qtbot.keyClick(page.form.ring, Qt.Key.Key_Down)  # keyboard: next ring
    person = stored_person(fresh, case_id, new_id)
    assert person.ring is Ring.ACQUAINTANCE and person.since == page.book.day
    click_box(qtbot, page.form.mantelzorger)
    assert stored_person(fresh, case_id, new_id).is_mantelzorger
    # the map and the list show the change
    assert page.table_model.row_of(new_id) == 3
    assert any(p.id == new_id and p.ring is Ring.ACQUAINTANCE for p in page.map.persons)

    # the conversation's network version follows every edit
    versions = fresh().network_versions(case_id)
    assert [v.conversation_id for v in versions] == [conversation_id]
    assert "Zoë Ĳsbrand" in {p.name for p in versions[0].persons}

    view.undo()  # mantelzorger
    assert not stored_person(fresh, case_id, new_id).is_mantelzorger
    view.undo()  # ring
    assert stored_person(fresh, case_id, new_id).ring is Ring.FRIEND
    view.undo()  # the typed name (one step for the whole word)
    assert stored_person(fresh, case_id, new_id).name == "Nieuwe persoon"
    assert page.form.name.text() == "Nieuwe persoon"
    view.undo()  # the person itself
    assert stored_person(fresh, case_id, new_id) is None
    assert page.table_model.row_of(new_id) == -1
    assert {p.name for p in fresh().network_versions(case_id)[0].persons} == {
        "Marian de Vries",
        "Els Kramer",
        "Dr. Meijer",
    }
    for _ in range(4):
        view.redo()
    person = stored_person(fresh, case_id, new_id)  # the same id again
    assert (person.name, person.ring, person.is_mantelzorger) == (
        "Zoë Ĳsbrand",
        Ring.ACQUAINTANCE,
        True,
    )


def test_remove_and_undo_brings_back_helps_and_the_goal_action(
    qtbot: Any, view: Any, page: Any, fresh: Any, case_id: int, people: dict[str, int]
) -> None:
    marian = people["Marian de Vries"]
    page.book.set_current(marian)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert stored_person(fresh, case_id, marian) is None
    assert fresh().load_case(case_id).goals[0].actions[0].network_person_id is None
    assert page.book.current is None  # nobody: a second click removes no one
    assert page.attention.text() == ""
    view.undo()
    back = stored_person(fresh, case_id, marian)
    assert back is not None and len(back.helps) == 2
    assert fresh().load_case(case_id).goals[0].actions[0].network_person_id == marian
    assert page.book.current == marian
    assert "overbelast" in page.attention.text()


def test_a_double_click_on_remove_removes_one_person(
    qtbot: Any, page: Any, fresh: Any, case_id: int, people: dict[str, int]
) -> None:
    marian = people["Marian de Vries"]
    page.book.set_current(marian)
    assert page.form.person_id == marian and page.remove_button.isEnabled()
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseDClick(page.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    left = {p.id for p in fresh().load_case(case_id).network}
    assert marian not in left
    assert left == {i for name, i in people.items() if name != "Marian de Vries"}
    assert page.book.current is None and not page.remove_button.isEnabled()
    assert page.form.person_id is None
    assert page.remove_person() is False  # nothing shown, nothing removed


def test_list_selection_and_map_selection_follow_each_other(
    qtbot: Any, page: Any, people: dict[str, int]
) -> None:
    page.table.setFocus()
    page.table.setCurrentIndex(page.table_model.index(0, 0))
    assert page.book.current == people["Marian de Vries"]
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.book.current == people["Els Kramer"]
    assert page.map.selected == people["Els Kramer"]
    assert page.form.name.text() == "Els Kramer"
    page.book.set_current(people["Dr. Meijer"])
    assert page.table.currentIndex().row() == 2
    assert page.form.title.text() == "Persoon: Dr. Meijer"


def test_helps_per_domain_with_the_keyboard_and_undo(
    qtbot: Any,
    view: Any,
    page: Any,
    fresh: Any,
    case_id: int,
    people: dict[str, int],
    type_text: Any,
) -> None:
    els = people["Els Kramer"]
    page.book.set_current(els)
    model = page.form.helps_model
    row = model.keys.index("sociaal-netwerk")
    table = page.form.helps
    table.setFocus()
    table.setCurrentIndex(model.index(row, HelpColumn.NOW))
    qtbot.keyClick(table, Qt.Key.Key_Space)  # ticks "helpt nu"
    assert (
        NetworkHelp("sociaal-netwerk", HelpKind.NOW, "") in stored_person(fresh, case_id, els).helps
    )
    table.setCurrentIndex(model.index(row, HelpColumn.NOW_WHAT))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.focusWidget()
    assert isinstance(editor, QLineEdit)
    type_text(qtbot, editor, "koffie drinken")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(  # the delegate stores the text queued
        lambda: table.state() == QAbstractItemView.State.NoState
    )
    assert (
        NetworkHelp("sociaal-netwerk", HelpKind.NOW, "koffie drinken")
        in stored_person(fresh, case_id, els).helps
    )
    assert page.form.helps_summary.text() == (
        "Helpt nu bij: Mensen om u heen. Kan helpen bij: Dagelijkse dingen."
    )
    view.undo()
    view.undo()
    assert all(h.domain != "sociaal-netwerk" for h in stored_person(fresh, case_id, els).helps)


def test_undo_from_another_page_goes_back_to_the_network(
    view: Any, page: Any, fresh: Any, case_id: int, people: dict[str, int]
) -> None:
    els = people["Els Kramer"]
    page.book.move(els, Sector.FAMILY, Ring.INTIMATE)
    view.goto(Page.GOALS, check=False)
    page.book.set_current(None)
    view.undo()
    assert view.current_page() is Page.NETWORK
    assert page.book.current == els
    person = stored_person(fresh, case_id, els)
    assert (person.sector, person.ring) == (Sector.FRIENDS, Ring.FRIEND)


def test_hiding_names_shows_roles_everywhere_on_screen(
    qtbot: Any, view: Any, page: Any, fresh: Any, case_id: int, people: dict[str, int]
) -> None:
    click_box(qtbot, page.hide_names)
    assert fresh().get_case(case_id).pseudonymise
    page.map.draw()
    figure = page.map.canvas.figure
    shown = " ".join(t.get_text() for ax in figure.axes for t in ax.texts)
    listed = " ".join(
        str(page.table_model.data(page.table_model.index(r, c)))
        for r in range(page.table_model.rowCount())
        for c in range(PersonColumn.COUNT)
    )
    for name in ("Marian", "Kramer", "Meijer"):
        assert name not in shown
        assert name not in listed
        assert name not in page.attention.text()
    assert "dochter" in shown and "buurvrouw" in shown
    page.book.set_current(people["Marian de Vries"])
    assert page.form.name.echoMode() == QLineEdit.EchoMode.PasswordEchoOnEdit
    assert "Marian" not in page.form.title.text()
    view.undo()
    assert not fresh().get_case(case_id).pseudonymise
    assert not page.hide_names.isChecked()


def test_choosing_a_domain_highlights_its_helpers_and_names_them_in_the_share(
    qtbot: Any, view: Any, page: Any, people: dict[str, int]
) -> None:
    domains = view.page_widget(Page.DOMAINS)
    view.goto(Page.DOMAINS, check=False)
    domains.select_domain("dagelijkse-activiteiten")
    assert page.book.domain == "dagelijkse-activiteiten"
    assert page.book.highlight() == {people["Marian de Vries"], people["Els Kramer"]}
    assert page.map.highlight == page.book.highlight()
    share = page.share_labels[0]
    domains.form.set_discussed(True)
    assert share.isVisibleTo(domains)
    assert "Marian de Vries (helpt nu: boodschappen)" in share.text()
    assert "Els Kramer (kan helpen: brood meenemen)" in share.text()
    domains.select_domain("justitie")
    assert "nog niemand" in share.text()
    view.goto(Page.NETWORK, check=False)
    assert page.domain_combo.currentData() == "justitie"
    page.domain_combo.setCurrentIndex(page.domain_combo.findData("financien"))
    assert page.book.highlight() == {people["Marian de Vries"]}


def test_every_widget_of_the_card_is_named_and_labelled(
    qtbot: Any, page: Any, people: dict[str, int]
) -> None:
    page.book.set_current(people["Marian de Vries"])
    assert unnamed_interactive(page, visible_only=True) == []
    assert page.first_focus() is page.table
    assert page.map.accessibleDescription().startswith("Netwerkkaart met 3 personen")


def test_going_on_is_never_refused_by_the_network(view: Any, page: Any) -> None:
    assert page.problem() is None
    assert view.next_page()
    assert view.current_page() is Page.GOALS


def test_a_case_setting_hides_names_from_the_start(
    qtbot: Any, repo: Any, case_id: int, conversation_id: int, instrument: Any
) -> None:
    from PySide6.QtGui import QUndoStack

    from eigenkracht.ui.conversation import ConversationView

    repo.update(Case, case_id, pseudonymise=True)
    view = ConversationView(repo, conversation_id, instrument, QUndoStack())
    qtbot.addWidget(view)
    page = view.page_widget(Page.NETWORK)
    assert page.hide_names.isChecked()
    assert "Marian" not in " ".join(page.book.names().values())


def test_an_edit_and_the_conversations_version_are_stored_together(
    view: Any,
    page: Any,
    fresh: Any,
    case_id: int,
    conversation_id: int,
    people: dict[str, int],
    monkeypatch: Any,
) -> None:
    from eigenkracht.store.errors import DiskFull

    book = page.book
    els = people["Els Kramer"]
    stored: list[Any] = []
    failed: list[str] = []
    book.stored.connect(stored.append)
    book.failed.connect(failed.append)
    assert book.update(els, "Naam", name="Els de Buurvrouw")
    assert [c.table for c in stored[-1]] == ["network_persons", "network_versions"]
    assert stored[-1][0].fields == ("name",)
    steps = book.undo_stack.count()

    def full(conversation_id: int) -> Any:
        raise DiskFull("De schijf is vol. Er is niets opgeslagen.")

    monkeypatch.setattr(book.repo, "save_network_version", full)
    assert not book.update(els, "Naam", name="Els Kramer-Jansen")
    assert failed == ["De schijf is vol. Er is niets opgeslagen."]
    # Neither the name nor a version was stored, and the book shows what is stored.
    assert stored_person(fresh, case_id, els).name == "Els de Buurvrouw"
    version = fresh().network_versions(case_id)[0]
    assert "Els de Buurvrouw" in {p.name for p in version.persons}
    assert book.person(els).name == "Els de Buurvrouw"
    assert book.undo_stack.count() == steps  # nothing to undo
