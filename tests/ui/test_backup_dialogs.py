"""Bestand → Reservekopie maken… / terugzetten…: real dialogs, real clicks, real files; and
the reminder in the status bar."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from eigenkracht.core.model import Case
from eigenkracht.store.database import create_database, open_database
from eigenkracht.store.repository import Repository
from eigenkracht.ui.housekeeping import backup as backup_ui
from eigenkracht.ui.housekeeping.backup import BackupDialog, RestoreDialog, backup_due
from eigenkracht.ui.main_window import MainWindow
from eigenkracht.ui.settings import Settings
from support import PASSPHRASE, file_hashes


@pytest.fixture
def db_path(tmp_path: Path, fast_kdf) -> Path:  # type: ignore[no-untyped-def]
    folder = tmp_path / "laptop"
    folder.mkdir()
    path = folder / "wijkteam.db"
    store = create_database(path, PASSPHRASE, worker="a.de.vries", kdf_params=fast_kdf)
    repo = Repository(store)
    for n in range(2):
        repo.create_case(Case(reference=f"EK-{n}", household_name=f"Fam. Test {n}"))
    store.close()
    return path


@pytest.fixture
def window(qtbot, qsettings, db_path, fast_kdf):  # type: ignore[no-untyped-def]
    store = open_database(db_path, PASSPHRASE, worker="a.de.vries")
    win = MainWindow(store, qsettings, kdf_params=fast_kdf)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    win.close()


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_file_menu_has_both_and_they_follow_the_lock(window: MainWindow) -> None:
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "&Reservekopie maken…" in texts and "Reservekopie &terugzetten…" in texts
    assert window.backup_action.isEnabled()  # type: ignore[attr-defined]
    window.lock()
    assert not window.backup_action.isEnabled()  # type: ignore[attr-defined]


def test_making_a_backup_by_clicking(window: MainWindow, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    stick = tmp_path / "stick"
    stick.mkdir()
    assert window.workspace is not None
    repo = window.workspace.repo
    dialog = BackupDialog(repo, window.settings, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "nog geen reservekopie" in dialog.last_label.text()

    click(qtbot, dialog.make_button)  # no folder yet
    assert dialog.error.text() == "Kies eerst een map voor de reservekopie."
    assert list(stick.iterdir()) == []

    dialog.folder_edit.setText(str(stick))
    assert dialog.name_edit.text().endswith(".ekbackup")
    click(qtbot, dialog.make_button)

    made = list(stick.iterdir())
    assert len(made) == 1 and made[0].name == dialog.name_edit.text()
    assert dialog.made is not None and dialog.made.cases == 2
    assert "Reservekopie gemaakt en gecontroleerd" in dialog.outcome.text()
    assert not dialog.error.isVisible() and not dialog.progress.isVisible()
    assert repo.last_backup_at() is not None
    assert window.settings.backup_folder == str(stick)

    before = file_hashes(stick)  # the same name again: refused, nothing changed
    click(qtbot, dialog.make_button)
    assert "Er staat al een bestand" in dialog.error.text()
    assert file_hashes(stick) == before


def test_a_folder_on_the_laptop_itself_is_warned_about(
    window: MainWindow,
    qtbot,
    db_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    assert window.workspace is not None
    dialog = BackupDialog(window.workspace.repo, window.settings, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.folder_edit.setText(str(db_path.parent))
    assert dialog.same_disk.isVisible()
    assert "dezelfde schijf" in dialog.same_disk.text()
    dialog.folder_edit.setText("")
    assert not dialog.same_disk.isVisible()


def test_restoring_by_clicking_then_working_with_it(
    window: MainWindow,
    qtbot,
    tmp_path: Path,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    assert window.workspace is not None
    out = tmp_path / "kopie.ekbackup"
    window.workspace.repo.make_backup(out)
    dialog = RestoreDialog(db_path, window.settings, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    target = Path(dialog.target_edit.text())
    assert target.parent == db_path.parent and "teruggezet" in target.name
    assert not dialog.open_button.isVisible()  # only once restored

    dialog.file_edit.setText(str(out))
    click(qtbot, dialog.restore_button)  # no passphrase yet
    assert "Vul de wachtwoordzin" in dialog.error.text()
    assert "met 2 dossiers" in dialog.about_label.text()

    qtbot.keyClicks(dialog.passphrase_edit, "niet de goede")
    click(qtbot, dialog.restore_button)
    assert "wachtwoordzin die gold toen" in dialog.error.text()
    assert not target.exists() and not dialog.open_button.isVisible()

    dialog.passphrase_edit.clear()
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    click(qtbot, dialog.restore_button)
    assert dialog.restored == target and target.exists()
    assert "Teruggezet en gecontroleerd" in dialog.outcome.text()
    assert dialog.passphrase_edit.text() == ""
    assert not dialog.restore_button.isVisible()
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.open_button)

    # Through the menu: the window locks and asks for the restored database.
    restored = open_database(target, PASSPHRASE)
    assert [c.reference for c in Repository(restored).list_cases()] == ["EK-0", "EK-1"]
    restored.close()

    def run_dialog(self: RestoreDialog) -> int:
        self.restored = target
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(RestoreDialog, "exec", run_dialog)
    backup_ui.restore(window)
    assert window.is_locked and window.path == target
    assert window.unlock_dialog is not None
    assert window.unlock_dialog.open_path.text() == str(target)


def test_a_file_that_is_no_backup_is_told_at_once(
    window: MainWindow,
    qtbot,
    tmp_path: Path,
    db_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    dialog = RestoreDialog(db_path, window.settings, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.file_edit.setText(str(db_path))
    dialog.file_edit.editingFinished.emit()
    assert "geen reservekopie van eigenkracht" in dialog.error.text()
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    click(qtbot, dialog.restore_button)
    assert "geen reservekopie" in dialog.error.text()
    assert not Path(dialog.target_edit.text()).exists()


def test_the_reminder_shows_when_due_and_follows_the_setting(
    window: MainWindow,
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    reminder = window.backup_reminder  # type: ignore[attr-defined]
    qtbot.waitUntil(reminder.isVisible)
    assert "nog geen reservekopie" in reminder.text()
    window.settings.backup_reminder_days = 0
    backup_ui.refresh_reminder(window)
    assert not reminder.isVisible()
    window.settings.backup_reminder_days = 7
    backup_ui.refresh_reminder(window)
    assert reminder.isVisible()

    assert window.workspace is not None
    repo = window.workspace.repo
    repo.make_backup(tmp_path / "kopie.ekbackup")
    backup_ui.refresh_reminder(window)
    assert not reminder.isVisible()
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=9)
    assert "(9 dagen geleden)" in backup_due(repo, 7, now=later)
    assert backup_due(repo, 10, now=later) == ""


def test_the_reminder_is_hidden_while_the_citizen_looks_and_when_locked(
    window: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    reminder = window.backup_reminder  # type: ignore[attr-defined]
    qtbot.waitUntil(reminder.isVisible)
    workspace = window.workspace
    assert workspace is not None
    workspace.open_case(workspace.repo.list_cases()[0].id)
    qtbot.waitUntil(window.kitchen_action.isEnabled)
    window.kitchen_action.trigger()
    assert workspace.kitchen_table
    assert not reminder.isVisible()
    window.kitchen_action.trigger()
    assert reminder.isVisible()
    window.lock()
    assert not reminder.isVisible()


def test_settings_default(qsettings) -> None:  # type: ignore[no-untyped-def]
    assert Settings(qsettings).backup_reminder_days == 7


def test_one_case_is_one_dossier(qtbot) -> None:  # type: ignore[no-untyped-def]
    from eigenkracht.ui.housekeeping.backup import cases_text

    assert cases_text(1) == "1 dossier"
    assert cases_text(2) == "2 dossiers"
    assert cases_text(0) == "0 dossiers"
