"""The new-case dialog: typed in and accepted through its own button, and refused
with a message (and nothing saved) when something is missing or wrong."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from eigenkracht.core.model import Case, CaseStatus
from eigenkracht.store.database import open_database
from eigenkracht.store.repository import Repository
from eigenkracht.ui.caseload import NewCaseDialog
from eigenkracht.ui.settings import Settings
from eigenkracht.ui.widgets import OptionalDateEdit
from support import PASSPHRASE


def close_without_asking(dialog: QDialog) -> None:
    """At the end of a test: closing a dialog with input would ask first (and wait)."""
    dialog.done(QDialog.DialogCode.Rejected)


@pytest.fixture
def dialog(qtbot, repo: Repository, today: dt.date) -> NewCaseDialog:
    widget = NewCaseDialog(repo, today=today)
    qtbot.addWidget(widget, before_close_func=close_without_asking)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def press_ok(qtbot, dialog: NewCaseDialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_prefilled_fields(dialog: NewCaseDialog, repo: Repository, today: dt.date) -> None:
    assert dialog.reference.text() == repo.next_reference()
    assert dialog.melding_date.date().toPython() == today
    assert dialog.coordinator.text() == "s.bakker"
    assert len(dialog.members.rows) == 1
    assert dialog.members.rows[0].role.currentText() == "aanvrager"
    assert not dialog.members.rows[0].remove.isEnabled()
    assert dialog.household.hasFocus()


def test_typed_and_accepted_creates_the_case(qtbot, type_text, dialog, store, today) -> None:
    type_text(qtbot, dialog.household, "Familie Çelik-Ëlzinga")
    qtbot.keyClick(dialog.plan_offered, Qt.Key.Key_Space)
    first = dialog.members.rows[0]
    type_text(qtbot, first.name, "Ayşe Çelik")
    qtbot.mouseClick(dialog.members.add_button, Qt.MouseButton.LeftButton)
    second = dialog.members.rows[1]
    assert second.name.hasFocus()
    type_text(qtbot, second.name, "Emre")
    second.role.setFocus()
    second.role.lineEdit().selectAll()
    type_text(qtbot, second.role, "kind")
    type_text(qtbot, second.birth.edit, "12032015")
    assert second.birth.value() == dt.date(2015, 3, 12)
    reference = dialog.reference.text()

    press_ok(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.created_case_id is not None
    with open_database(store.path, PASSPHRASE) as fresh:
        loaded = Repository(fresh).load_case(dialog.created_case_id)
    assert loaded.case.household_name == "Familie Çelik-Ëlzinga"
    assert loaded.case.reference == reference
    assert loaded.case.status is CaseStatus.MELDING
    assert loaded.case.melding_date == today
    assert loaded.case.coordinator == "s.bakker"
    assert loaded.case.persoonlijk_plan_offered is True
    assert loaded.case.clientondersteuning_offered is False
    members = [(m.name, m.role, m.birth_date) for m in loaded.members]
    assert members == [
        ("Ayşe Çelik", "aanvrager", None),
        ("Emre", "kind", dt.date(2015, 3, 12)),
    ]


def test_a_jeugdwet_case_records_the_familiegroepsplan_offered(
    qtbot, type_text, dialog, store, today
) -> None:
    type_text(qtbot, dialog.household, "Fam. Yilmaz")
    type_text(qtbot, dialog.members.rows[0].name, "Sena Yilmaz")
    dialog.case_kind.setFocus()
    qtbot.keyClick(dialog.case_kind, Qt.Key.Key_Down)  # Jeugdwet, the second choice
    assert dialog.plan_offered.text() == "&Familiegroepsplan aangeboden"
    qtbot.keyClick(dialog.plan_offered, Qt.Key.Key_Space)

    press_ok(qtbot, dialog)

    with open_database(store.path, PASSPHRASE) as fresh:
        case = Repository(fresh).load_case(dialog.created_case_id).case
    assert case.case_kind.value == "jeugd"
    assert case.familiegroepsplan_offered == today
    assert case.persoonlijk_plan_offered is False


def test_enter_in_a_field_presses_the_default_button(qtbot, type_text, dialog, repo) -> None:
    type_text(qtbot, dialog.household, "Fam. Smit")
    type_text(qtbot, dialog.members.rows[0].name, "Piet Smit")
    qtbot.keyClick(dialog.members.rows[0].name, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [c.household_name for c in repo.list_cases()] == ["Fam. Smit"]


def test_empty_name_is_refused_and_nothing_saved(qtbot, type_text, dialog, repo) -> None:
    type_text(qtbot, dialog.members.rows[0].name, "Piet Smit")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.message.isVisible()
    assert dialog.message.text() == "Vul de naam van het huishouden in."
    assert dialog.household.hasFocus()
    assert dialog.created_case_id is None
    assert repo.list_cases() == []

    type_text(qtbot, dialog.household, "   ")
    press_ok(qtbot, dialog)
    assert dialog.message.text() == "Vul de naam van het huishouden in."
    assert repo.list_cases() == []


def test_at_least_one_member(qtbot, type_text, dialog, repo) -> None:
    type_text(qtbot, dialog.household, "Fam. Smit")
    press_ok(qtbot, dialog)
    assert dialog.message.text() == "Vul minstens één gezinslid in."
    assert dialog.members.rows[0].name.hasFocus()
    assert repo.list_cases() == []


def test_a_birth_date_without_a_name_is_refused(qtbot, type_text, dialog, repo) -> None:
    type_text(qtbot, dialog.household, "Fam. Smit")
    type_text(qtbot, dialog.members.rows[0].name, "Piet Smit")
    qtbot.mouseClick(dialog.members.add_button, Qt.MouseButton.LeftButton)
    dialog.members.rows[1].birth.setValue(dt.date(2012, 1, 5))
    press_ok(qtbot, dialog)
    assert dialog.message.text() == "Vul de naam in van gezinslid 2."
    assert repo.list_cases() == []


def test_duplicate_reference_shows_the_stores_message(qtbot, type_text, dialog, repo) -> None:
    repo.create_case(Case(reference="EK-2026-0042", household_name="Fam. Eerder"), [])
    type_text(qtbot, dialog.household, "Fam. Later")
    type_text(qtbot, dialog.members.rows[0].name, "Lies Later")
    dialog.reference.selectAll()
    type_text(qtbot, dialog.reference, "EK-2026-0042")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.message.text() == "Het kenmerk EK-2026-0042 bestaat al."
    assert dialog.reference.hasFocus()
    assert [c.household_name for c in repo.list_cases()] == ["Fam. Eerder"]


def test_rows_can_be_added_and_removed(qtbot, type_text, dialog) -> None:
    members = dialog.members
    qtbot.mouseClick(members.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(members.add_button, Qt.MouseButton.LeftButton)
    assert len(members.rows) == 3
    type_text(qtbot, members.rows[2].name, "Derde")
    qtbot.mouseClick(members.rows[1].remove, Qt.MouseButton.LeftButton)
    assert [r.name.text() for r in members.rows] == ["", "Derde"]
    assert members.rows[1].name.accessibleName() == "Naam van gezinslid 2"
    qtbot.mouseClick(members.rows[0].remove, Qt.MouseButton.LeftButton)
    assert len(members.rows) == 1
    assert not members.rows[0].remove.isEnabled()


def answer_box(qtbot, button_text: str, seen: list[str]) -> None:
    """When the next message box opens, note its text and click the button named so."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        seen.append(box.text())
        button = next(b for b in box.buttons() if b.text() == button_text)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)


def test_cancel_saves_nothing(qtbot, type_text, dialog, repo) -> None:
    type_text(qtbot, dialog.household, "Fam. Smit")
    type_text(qtbot, dialog.members.rows[0].name, "Piet Smit")
    seen: list[str] = []
    answer_box(qtbot, "Ja, stoppen", seen)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert seen == ["Wilt u stoppen? Wat u hebt ingevuld wordt niet bewaard."]
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert repo.list_cases() == []


def test_escape_asks_before_input_is_lost(qtbot, type_text, dialog, repo) -> None:
    type_text(qtbot, dialog.household, "Fam. Smit")
    seen: list[str] = []
    answer_box(qtbot, "Nee, verder invullen", seen)
    qtbot.keyClick(dialog.household, Qt.Key.Key_Escape)
    assert seen == ["Wilt u stoppen? Wat u hebt ingevuld wordt niet bewaard."]
    assert dialog.isVisible() and dialog.household.text() == "Fam. Smit"  # still there
    answer_box(qtbot, "Ja, stoppen", seen)
    qtbot.keyClick(dialog.household, Qt.Key.Key_Escape)
    assert len(seen) == 2 and not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert repo.list_cases() == []


def test_escape_on_an_untouched_dialog_just_closes(qtbot, dialog, monkeypatch) -> None:
    asked: list[object] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box))
    qtbot.keyClick(dialog.household, Qt.Key.Key_Escape)
    assert asked == [] and not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_a_ticked_box_or_an_added_row_is_input_too(qtbot, dialog, monkeypatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()))
    qtbot.keyClick(dialog.plan_offered, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.household, Qt.Key.Key_Escape)
    assert len(asked) == 1 and dialog.isVisible()  # no answer: stays open
    qtbot.keyClick(dialog.plan_offered, Qt.Key.Key_Space)  # as it was
    qtbot.mouseClick(dialog.members.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog.household, Qt.Key.Key_Escape)
    assert len(asked) == 2 and dialog.isVisible()


def test_optional_date_edit_allows_no_date(qtbot, type_text, today) -> None:
    field = OptionalDateEdit(fallback=dt.date(1980, 1, 1), maximum=today)
    qtbot.addWidget(field)
    field.show()
    assert field.value() is None
    assert field.edit.text() == "geen datum"
    assert not field.clear_button.isEnabled()
    with qtbot.waitSignal(field.valueChanged):
        type_text(qtbot, field.edit, "29021980")
    assert field.value() == dt.date(1980, 2, 29)
    with qtbot.waitSignal(field.valueChanged) as changed:
        qtbot.mouseClick(field.clear_button, Qt.MouseButton.LeftButton)
    assert changed.args == [None]
    assert field.value() is None
    field.setValue(dt.date(2001, 5, 4))
    assert field.edit.text() == "04-05-2001"


# -- the worker's own name as the coordinator (issue 11 item 4) -------------------------


def make_dialog(qtbot, repo, today, settings):
    widget = NewCaseDialog(repo, today=today, settings=settings)
    qtbot.addWidget(widget, before_close_func=close_without_asking)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def fill_and_create(qtbot, type_text, dialog, household: str) -> None:
    type_text(qtbot, dialog.household, household)
    type_text(qtbot, dialog.members.rows[0].name, "Piet Smit")
    press_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_first_case_asks_the_workers_name_once_and_remembers_it(
    qtbot, type_text, repo, store, today, qsettings
) -> None:
    settings = Settings(qsettings)
    first = make_dialog(qtbot, repo, today, settings)
    assert first.asks_name
    assert first.coordinator.text() == ""  # not the OS login ("s.bakker")
    assert first.remember_name.isVisible() and first.remember_name.isChecked()
    assert first.name_hint.isVisible() and "Hoe heet u?" in first.name_hint.text()
    type_text(qtbot, first.coordinator, "Sanne Visser")
    fill_and_create(qtbot, type_text, first, "Fam. Smit")
    with open_database(store.path, PASSPHRASE) as fresh:
        case = Repository(fresh).load_case(first.created_case_id or 0).case
    assert case.coordinator == "Sanne Visser"

    # A new start of the program: the name is read from the settings file again.
    restarted = Settings(QSettings(qsettings.fileName(), QSettings.Format.IniFormat))
    assert restarted.worker_name == "Sanne Visser"
    second = make_dialog(qtbot, repo, today, restarted)
    assert not second.asks_name and not second.remember_name.isVisible()
    assert second.coordinator.text() == "Sanne Visser"  # the default coordinator
    fill_and_create(qtbot, type_text, second, "Fam. Jansen")
    with open_database(store.path, PASSPHRASE) as fresh:
        case = Repository(fresh).load_case(second.created_case_id or 0).case
    assert case.coordinator == "Sanne Visser"


def test_an_unticked_name_is_not_remembered_and_not_asked_again(
    qtbot, type_text, repo, today, qsettings
) -> None:
    settings = Settings(qsettings)
    first = make_dialog(qtbot, repo, today, settings)
    type_text(qtbot, first.coordinator, "Collega Bos")
    qtbot.mouseClick(
        first.remember_name,
        Qt.MouseButton.LeftButton,
        pos=QPoint(8, first.remember_name.height() // 2),
    )
    assert not first.remember_name.isChecked()
    fill_and_create(qtbot, type_text, first, "Fam. Smit")
    assert settings.worker_name == "" and settings.worker_name_asked
    second = make_dialog(qtbot, repo, today, settings)
    assert not second.asks_name
    assert second.coordinator.text() == "s.bakker"  # the OS login, as the fallback
    second.done(QDialog.DialogCode.Rejected)


def test_a_cancelled_first_dialog_asks_again(qtbot, repo, today, qsettings) -> None:
    settings = Settings(qsettings)
    first = make_dialog(qtbot, repo, today, settings)
    qtbot.mouseClick(first.cancel_button, Qt.MouseButton.LeftButton)  # nothing typed
    assert not settings.worker_name_asked
    assert make_dialog(qtbot, repo, today, settings).asks_name
