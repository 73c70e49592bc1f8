"""The unlock dialog, driven the way a user drives it: typing and clicking."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from eigenkracht.store import database
from eigenkracht.store.crypto import kdf_path
from eigenkracht.store.database import create_database, open_database
from eigenkracht.ui.settings import Settings
from eigenkracht.ui.unlock import Mode, UnlockDialog, default_database_path
from support import file_hashes

PASSPHRASE = "koffie aan de keukentafel é€"


@pytest.fixture
def existing_db(tmp_path, fast_kdf) -> Path:
    path = tmp_path / "werk.db"
    create_database(path, PASSPHRASE, kdf_params=fast_kdf).close()
    return path


@pytest.fixture
def make_dialog(qtbot, qsettings, fast_kdf):
    def make(**kwargs) -> UnlockDialog:
        dialog = UnlockDialog(qsettings, fast_kdf, **kwargs)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(dialog.isActiveWindow)
        return dialog

    return make


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_create_new_database(make_dialog, qtbot, type_text, tmp_path, qsettings):
    path = tmp_path / "nieuw.db"
    dialog = make_dialog(path=path)
    assert dialog.mode == Mode.CREATE
    assert dialog.create_path.text() == str(path)
    assert dialog.create_button.isVisible()
    assert not dialog.open_button.isVisible()

    type_text(qtbot, dialog.create_passphrase, PASSPHRASE)
    type_text(qtbot, dialog.create_repeat, PASSPHRASE)
    assert dialog.create_passphrase.text() == PASSPHRASE
    click(qtbot, dialog.create_button)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.store is not None
    assert dialog.store.path == path
    dialog.store.close()
    with open_database(path, PASSPHRASE) as store:
        assert store.schema_names()
    assert Settings(qsettings).last_database == str(path.resolve())
    assert dialog.create_passphrase.text() == ""


def test_open_existing_database(make_dialog, qtbot, type_text, existing_db):
    dialog = make_dialog(path=existing_db)
    assert dialog.mode == Mode.OPEN
    assert dialog.open_path.text() == str(existing_db)
    type_text(qtbot, dialog.open_passphrase, PASSPHRASE)
    click(qtbot, dialog.open_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.store is not None
    assert dialog.store.conn.execute("SELECT count(*) FROM meta").fetchone()[0] >= 1
    dialog.store.close()


def test_keyboard_only_enter_opens(make_dialog, qtbot, type_text, existing_db):
    dialog = make_dialog(path=existing_db)
    assert QApplication.focusWidget() is dialog.open_passphrase
    qtbot.keyClick(dialog.open_passphrase, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.open_button
    qtbot.keyClick(dialog.open_button, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is dialog.open_passphrase
    type_text(qtbot, QApplication.focusWidget(), PASSPHRASE)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.store is not None
    dialog.store.close()


def test_wrong_passphrase_changes_nothing(make_dialog, qtbot, type_text, existing_db):
    before = file_hashes(existing_db.parent)
    dialog = make_dialog(path=existing_db)
    type_text(qtbot, dialog.open_passphrase, "dit is niet de goede")
    click(qtbot, dialog.open_button)

    assert dialog.isVisible()
    assert dialog.store is None
    assert dialog.error.isVisible()
    assert dialog.error.text() == "De wachtwoordzin klopt niet. Er is niets veranderd."
    assert dialog.open_passphrase.text() == ""
    assert dialog.open_passphrase.hasFocus()
    assert file_hashes(existing_db.parent) == before
    assert not existing_db.with_name(existing_db.name + "-wal").exists()
    assert not existing_db.with_name(existing_db.name + "-shm").exists()

    # and then the right one still works
    type_text(qtbot, dialog.open_passphrase, PASSPHRASE)
    click(qtbot, dialog.open_button)
    assert dialog.store is not None
    dialog.store.close()


def test_plain_text_file_is_refused_untouched(make_dialog, qtbot, type_text, tmp_path):
    notes = tmp_path / "notities.txt"
    notes.write_text("Boodschappen: melk, brood, kaas.\n", encoding="utf-8")
    before = file_hashes(tmp_path)
    with pytest.raises(database.NotADatabase) as expected:
        open_database(notes, PASSPHRASE)
    assert file_hashes(tmp_path) == before

    dialog = make_dialog(path=notes)
    assert dialog.mode == Mode.OPEN
    type_text(qtbot, dialog.open_passphrase, PASSPHRASE)
    click(qtbot, dialog.open_button)

    assert dialog.store is None
    assert dialog.isVisible()
    assert dialog.error.text() == str(expected.value)
    assert dialog.open_passphrase.text() == ""
    assert file_hashes(tmp_path) == before


def test_foreign_file_with_key_file_is_refused_untouched(
    make_dialog, qtbot, type_text, tmp_path, existing_db
):
    """A key file that fits, but the database beside it is not ours."""
    foreign = tmp_path / "vreemd.db"
    foreign.write_bytes(bytes(range(256)) * 64)
    kdf_path(foreign).write_bytes(kdf_path(existing_db).read_bytes())
    before = file_hashes(tmp_path)
    dialog = make_dialog(path=foreign)
    type_text(qtbot, dialog.open_passphrase, PASSPHRASE)
    click(qtbot, dialog.open_button)
    assert dialog.store is None
    assert "vreemd.db" in dialog.error.text()
    assert file_hashes(tmp_path) == before


def test_missing_file_message(make_dialog, qtbot, type_text, tmp_path, qsettings):
    gone = tmp_path / "weg.db"
    Settings(qsettings).last_database = str(gone)
    dialog = make_dialog()
    assert dialog.mode == Mode.OPEN  # the remembered file, though it is gone
    assert dialog.open_path.text() == str(gone)
    assert "niet gevonden" in dialog.error.text()

    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(Mode.CREATE).center())
    assert dialog.mode == Mode.CREATE
    assert dialog.create_button.isVisible()
    assert not dialog.error.isVisible()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(Mode.OPEN).center())
    assert dialog.mode == Mode.OPEN
    assert dialog.open_button.isVisible()

    missing = tmp_path / "bestaat-niet.db"
    dialog.open_path.clear()
    type_text(qtbot, dialog.open_path, str(missing))
    type_text(qtbot, dialog.open_passphrase, PASSPHRASE)
    click(qtbot, dialog.open_button)
    assert dialog.store is None
    assert dialog.error.text() == f"De database {missing} bestaat niet."
    assert dialog.open_passphrase.text() == ""
    assert not missing.exists()


def test_empty_fields_are_explained(make_dialog, qtbot, tmp_path, existing_db):
    dialog = make_dialog(path=existing_db)
    click(qtbot, dialog.open_button)
    assert dialog.error.text() == "Vul de wachtwoordzin in."
    dialog.open_path.clear()
    click(qtbot, dialog.open_button)
    assert dialog.error.text() == "Kies eerst een databasebestand."
    assert dialog.store is None


def test_create_refuses_mismatch_and_short(make_dialog, qtbot, type_text, tmp_path):
    path = tmp_path / "nieuw.db"
    dialog = make_dialog(path=path)
    type_text(qtbot, dialog.create_passphrase, "kort")
    assert "Te kort" in dialog.strength.text()
    click(qtbot, dialog.create_button)
    assert dialog.error.text() == "Kies een wachtwoordzin van minstens 8 tekens."
    assert not path.exists()

    type_text(qtbot, dialog.create_passphrase, PASSPHRASE)
    assert "Lang genoeg" in dialog.strength.text() or "Sterk" in dialog.strength.text()
    type_text(qtbot, dialog.create_repeat, PASSPHRASE + "x")
    assert "niet gelijk" in dialog.strength.text()
    click(qtbot, dialog.create_button)
    assert "niet gelijk" in dialog.error.text()
    assert dialog.create_passphrase.text() == ""
    assert dialog.create_repeat.text() == ""
    assert dialog.store is None
    assert not path.exists()
    assert not kdf_path(path).exists()


def test_create_refuses_existing_file(make_dialog, qtbot, type_text, existing_db):
    before = file_hashes(existing_db.parent)
    dialog = make_dialog()
    dialog.tabs.setCurrentIndex(Mode.CREATE)
    dialog.create_path.setText(str(existing_db))
    type_text(qtbot, dialog.create_passphrase, "een heel andere zin")
    type_text(qtbot, dialog.create_repeat, "een heel andere zin")
    click(qtbot, dialog.create_button)
    assert dialog.store is None
    assert dialog.error.text() == "Er staat al een bestand werk.db. Kies een andere naam."
    assert file_hashes(existing_db.parent) == before


def test_busy_cursor_while_deriving_the_key(
    make_dialog, qtbot, type_text, existing_db, monkeypatch
):
    seen = []
    real_open = database.open_database

    def spy(path, passphrase, **kwargs):
        cursor = QApplication.overrideCursor()
        seen.append(cursor.shape() if cursor is not None else None)
        return real_open(path, passphrase, **kwargs)

    monkeypatch.setattr(database, "open_database", spy)
    dialog = make_dialog(path=existing_db)
    type_text(qtbot, dialog.open_passphrase, PASSPHRASE)
    click(qtbot, dialog.open_button)
    assert seen == [Qt.CursorShape.WaitCursor]
    assert QApplication.overrideCursor() is None
    assert dialog.store is not None
    dialog.store.close()


def test_remembers_the_last_database(make_dialog, qtbot, type_text, existing_db):
    dialog = make_dialog(path=existing_db)
    type_text(qtbot, dialog.open_passphrase, PASSPHRASE)
    click(qtbot, dialog.open_button)
    assert dialog.store is not None
    dialog.store.close()

    again = make_dialog()
    assert again.mode == Mode.OPEN
    assert again.open_path.text() == str(existing_db.resolve())


def test_default_location_for_a_new_database(make_dialog):
    dialog = make_dialog()
    assert dialog.mode == Mode.CREATE
    assert default_database_path().name == "eigenkracht.db"
    assert Path(dialog.create_path.text()).parent == default_database_path().parent


def test_locked_mode_only_opens_the_same_file(make_dialog, qtbot, existing_db):
    dialog = make_dialog(path=existing_db, locked=True, hint="Een hint.")
    assert dialog.tabs.count() == 1
    assert dialog.open_path.isReadOnly()
    assert not dialog.open_browse.isVisible()
    assert not dialog.create_button.isVisible()
    assert dialog.hint.isVisible()


def test_passphrase_fields_hide_the_text(make_dialog, tmp_path):
    dialog = make_dialog(path=tmp_path / "x.db")
    for field in (dialog.open_passphrase, dialog.create_passphrase, dialog.create_repeat):
        assert field.echoMode() == field.EchoMode.Password


def test_labels_have_buddies(make_dialog, tmp_path):
    dialog = make_dialog(path=tmp_path / "x.db")
    mnemonic_labels = [
        label
        for label in dialog.findChildren(QLabel)
        if "&" in label.text() and label.textFormat() != Qt.TextFormat.PlainText
    ]
    assert len(mnemonic_labels) >= 5
    for label in mnemonic_labels:
        assert label.buddy() is not None, label.text()


def test_a_new_laptop_starts_from_a_backup(make_dialog, qtbot, type_text, tmp_path, existing_db):
    """Nieuwe database → Reservekopie terugzetten…: the restore dialog makes the database,
    then it is the one to open here, with its passphrase."""
    from PySide6.QtCore import QTimer

    from eigenkracht.store.repository import Repository
    from eigenkracht.ui.housekeeping.backup import RestoreDialog

    store = open_database(existing_db, PASSPHRASE)
    backup = tmp_path / "stick.ekbackup"
    Repository(store).make_backup(backup)
    store.close()
    laptop = tmp_path / "nieuwe-laptop"
    laptop.mkdir()
    dialog = make_dialog(path=laptop / "eigenkracht.db")
    assert dialog.mode == Mode.CREATE
    seen: list[str] = []

    def in_the_restore_dialog() -> None:
        restore = QApplication.activeModalWidget()
        assert isinstance(restore, RestoreDialog)
        seen.append(restore.target_edit.text())
        restore.file_edit.setText(str(backup))
        type_text(qtbot, restore.passphrase_edit, PASSPHRASE)
        click(qtbot, restore.restore_button)
        assert restore.open_button.isVisible(), restore.error.text()
        click(qtbot, restore.open_button)

    QTimer.singleShot(0, in_the_restore_dialog)
    click(qtbot, dialog.restore_button)

    restored = Path(seen[0])
    assert restored.parent == laptop and restored.exists()
    assert dialog.mode == Mode.OPEN
    assert dialog.open_path.text() == str(restored)
    assert dialog.focusWidget() is dialog.open_passphrase
    type_text(qtbot, dialog.open_passphrase, PASSPHRASE)
    click(qtbot, dialog.open_button)
    assert dialog.store is not None and dialog.store.path == restored
    dialog.store.close()
