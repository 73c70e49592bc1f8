"""Instellingen and Wachtwoordzin wijzigen, driven the way a user drives them."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from eigenkracht.store import crypto, database
from eigenkracht.store.crypto import KdfParams
from eigenkracht.store.database import Store, WrongPassphrase, open_database
from eigenkracht.ui.settings import Settings
from eigenkracht.ui.settings_dialog import ChangePassphraseDialog, SettingsDialog
from support import PASSPHRASE, cheap_kdf
from ui_support import labels_without_buddy, unnamed_interactive

NEW = "thee met de buurvrouw ĳs €"
TypeText = Callable[[QtBot, QWidget, str], None]


def click(qtbot: QtBot, button: QWidget) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.wait(0)


def key(
    qtbot: QtBot,
    widget: QWidget,
    key_: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    QTest.keyClick(widget, key_, modifier)
    qtbot.wait(0)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def has_focus(widget: QWidget) -> bool:
    return QApplication.focusWidget() is widget


def opens_with(path: Path, passphrase: str) -> bool:
    try:
        open_database(path, passphrase).close()
    except WrongPassphrase:
        return False
    return True


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- Instellingen ------------------------------------------------------------


@pytest.fixture
def settings(qsettings: QSettings) -> Settings:
    return Settings(qsettings)


@pytest.fixture
def settings_dialog(qtbot: QtBot, settings: Settings) -> SettingsDialog:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_idle_time_stored_with_ok(
    settings_dialog: SettingsDialog, settings: Settings, qtbot: QtBot, type_text: TypeText
) -> None:
    dialog = settings_dialog
    assert dialog.windowTitle() == "Instellingen"
    assert dialog.idle_minutes.value() == 10  # the default
    assert has_focus(dialog.worker_name)  # the first field
    dialog.idle_minutes.selectAll()
    type_text(qtbot, dialog.idle_minutes, "7")
    assert dialog.idle_minutes.text() == "7 minuten"
    with qtbot.waitSignal(dialog.applied) as applied:
        click(qtbot, dialog.ok_button)
    assert applied.args == [7]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings.idle_lock_minutes == 7
    assert Settings(settings.qsettings).idle_lock_minutes == 7
    assert settings.language == "nl"


def test_cancel_changes_nothing(
    settings_dialog: SettingsDialog, settings: Settings, qtbot: QtBot
) -> None:
    dialog = settings_dialog
    key(qtbot, dialog.idle_minutes, Qt.Key.Key_Up)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.idle_minutes.value() == 11
    with qtbot.assertNotEmitted(dialog.applied):
        click(qtbot, dialog.cancel_button)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not settings.qsettings.contains(Settings.idle_lock_minutes.key)
    assert not settings.qsettings.contains(Settings.language.key)
    assert settings.idle_lock_minutes == 10


def test_escape_changes_nothing(
    settings_dialog: SettingsDialog, settings: Settings, qtbot: QtBot
) -> None:
    key(qtbot, settings_dialog.idle_minutes, Qt.Key.Key_Down)
    key(qtbot, settings_dialog, Qt.Key.Key_Escape)
    assert settings_dialog.result() == QDialog.DialogCode.Rejected
    assert not settings.qsettings.contains(Settings.idle_lock_minutes.key)


def test_keyboard_only(settings_dialog: SettingsDialog, settings: Settings, qtbot: QtBot) -> None:
    """Tab past the name to the spin box, arrows, Tab to the backup reminder, arrow up, Tab
    to the language, arrow, Enter: stored."""
    dialog = settings_dialog
    spin = dialog.idle_minutes
    key(qtbot, dialog.worker_name, Qt.Key.Key_Tab)
    assert has_focus(spin)
    for _ in range(3):
        key(qtbot, spin, Qt.Key.Key_Down)
    key(qtbot, spin, Qt.Key.Key_Tab)
    assert has_focus(dialog.backup_days)
    key(qtbot, dialog.backup_days, Qt.Key.Key_Up)
    key(qtbot, dialog.backup_days, Qt.Key.Key_Tab)
    assert has_focus(dialog.language)
    key(qtbot, dialog.language, Qt.Key.Key_Down)
    assert dialog.language.currentData() == "en"
    with qtbot.waitSignal(dialog.applied) as applied:
        key(qtbot, dialog.language, Qt.Key.Key_Return)
    assert applied.args == [7]
    assert settings.idle_lock_minutes == 7
    assert settings.backup_reminder_days == 8
    assert settings.language == "en"


@pytest.mark.parametrize(
    ("typed", "value", "shown"), [("15", 15, "15 minuten"), ("1", 1, "1 minuut")]
)
def test_typing_minutes(
    settings_dialog: SettingsDialog,
    settings: Settings,
    qtbot: QtBot,
    type_text: TypeText,
    typed: str,
    value: int,
    shown: str,
) -> None:
    dialog = settings_dialog
    dialog.idle_minutes.selectAll()
    type_text(qtbot, dialog.idle_minutes, typed)
    assert dialog.idle_minutes.value() == value
    assert dialog.idle_minutes.text() == shown
    click(qtbot, dialog.ok_button)
    assert settings.idle_lock_minutes == value


def test_zero_means_never(
    settings_dialog: SettingsDialog, settings: Settings, qtbot: QtBot
) -> None:
    dialog = settings_dialog
    key(qtbot, dialog.idle_minutes, Qt.Key.Key_PageDown)  # 10 down: 0
    assert dialog.idle_minutes.value() == 0
    assert dialog.idle_minutes.text() == "nooit"
    key(qtbot, dialog.idle_minutes, Qt.Key.Key_Up)
    assert dialog.idle_minutes.text() == "1 minuut"
    key(qtbot, dialog.idle_minutes, Qt.Key.Key_Down)
    with qtbot.waitSignal(dialog.applied) as applied:
        click(qtbot, dialog.ok_button)
    assert applied.args == [0]
    assert settings.idle_lock_minutes == 0


def test_mnemonics_reach_the_fields(settings_dialog: SettingsDialog, qtbot: QtBot) -> None:
    dialog = settings_dialog
    key(qtbot, dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert has_focus(dialog.language)
    key(qtbot, dialog, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    assert has_focus(dialog.idle_minutes)


def test_shows_stored_values(qtbot: QtBot, settings: Settings) -> None:
    settings.idle_lock_minutes = 3
    settings.language = "en"
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.idle_minutes.value() == 3
    assert dialog.language.currentData() == "en"
    assert dialog.language.currentText() == "English"


def test_out_of_range_or_unknown_values_fall_back(qtbot: QtBot, settings: Settings) -> None:
    settings.idle_lock_minutes = 999
    settings.language = "de"
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.idle_minutes.value() == 120
    assert dialog.language.currentData() == "nl"


def test_explains_idle_lock_and_restart(settings_dialog: SettingsDialog) -> None:
    text = settings_dialog.idle_explanation.text()
    assert "vergrendelt" in text and "keukentafel" in text and "5 tot 15" in text
    assert "opnieuw" in settings_dialog.language_note.text()


# -- Wachtwoordzin wijzigen ---------------------------------------------------


@pytest.fixture
def passphrase_dialog(qtbot: QtBot, store: Store) -> ChangePassphraseDialog:
    dialog = ChangePassphraseDialog(store, cheap_kdf())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def fill(
    qtbot: QtBot,
    type_text: TypeText,
    dialog: ChangePassphraseDialog,
    current: str,
    new: str,
    repeat: str,
) -> None:
    type_text(qtbot, dialog.current, current)
    type_text(qtbot, dialog.new, new)
    type_text(qtbot, dialog.repeat, repeat)


def test_change_passphrase(
    passphrase_dialog: ChangePassphraseDialog,
    store: Store,
    db_path: Path,
    qtbot: QtBot,
    type_text: TypeText,
) -> None:
    dialog = passphrase_dialog
    assert dialog.windowTitle() == "Wachtwoordzin wijzigen"
    assert has_focus(dialog.current)
    # a copy made before the change keeps the old passphrase
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    copy = db_path.with_name("kopie.db")
    shutil.copy2(db_path, copy)
    shutil.copy2(crypto.kdf_path(db_path), crypto.kdf_path(copy))

    fill(qtbot, type_text, dialog, PASSPHRASE, NEW, NEW)
    assert dialog.new.text() == NEW
    with qtbot.waitSignal(dialog.passphraseChanged):
        click(qtbot, dialog.change_button)

    assert dialog.changed
    assert dialog.success.isVisible()
    assert "nieuwe wachtwoordzin" in dialog.success.text()
    assert "kopie" in dialog.success.text() and "oude" in dialog.success.text()
    assert not dialog.error.isVisible()
    assert not dialog.change_button.isVisible()
    assert not dialog.fields.isVisible()
    assert (dialog.current.text(), dialog.new.text(), dialog.repeat.text()) == ("", "", "")
    assert has_focus(dialog.cancel_button)
    assert dialog.cancel_button.text() == "&Sluiten"

    assert opens_with(db_path, NEW)
    assert not opens_with(db_path, PASSPHRASE)
    assert opens_with(copy, PASSPHRASE)
    assert store.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0

    click(qtbot, dialog.cancel_button)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_new_key_gets_a_fresh_salt(
    passphrase_dialog: ChangePassphraseDialog, db_path: Path, qtbot: QtBot, type_text: TypeText
) -> None:
    salt_before = crypto.read_kdf(crypto.kdf_path(db_path)).salt
    fill(qtbot, type_text, passphrase_dialog, PASSPHRASE, NEW, NEW)
    click(qtbot, passphrase_dialog.change_button)
    assert passphrase_dialog.changed
    params = crypto.read_kdf(crypto.kdf_path(db_path))
    assert params.salt != salt_before
    assert (params.time_cost, params.memory_cost_kib) == (1, 8)


def test_keyboard_only_change(
    passphrase_dialog: ChangePassphraseDialog, db_path: Path, qtbot: QtBot, type_text: TypeText
) -> None:
    dialog = passphrase_dialog
    type_text(qtbot, focused(), PASSPHRASE)
    key(qtbot, focused(), Qt.Key.Key_Tab)
    assert has_focus(dialog.new)
    type_text(qtbot, focused(), NEW)
    key(qtbot, focused(), Qt.Key.Key_Tab)
    assert has_focus(dialog.repeat)
    type_text(qtbot, focused(), NEW)
    key(qtbot, focused(), Qt.Key.Key_Return)
    assert dialog.changed
    assert has_focus(dialog.cancel_button)
    key(qtbot, focused(), Qt.Key.Key_Escape)  # closing after the change: done
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert opens_with(db_path, NEW)


def test_wrong_current_passphrase_changes_nothing(
    passphrase_dialog: ChangePassphraseDialog, db_path: Path, qtbot: QtBot, type_text: TypeText
) -> None:
    dialog = passphrase_dialog
    kdf_before = fingerprint(crypto.kdf_path(db_path))
    with qtbot.assertNotEmitted(dialog.passphraseChanged):
        fill(qtbot, type_text, dialog, "niet de goede zin", NEW, NEW)
        click(qtbot, dialog.change_button)
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert "klopt niet" in dialog.error.text()
    assert dialog.current.text() == ""
    assert has_focus(dialog.current)
    assert not dialog.changed
    assert fingerprint(crypto.kdf_path(db_path)) == kdf_before
    assert opens_with(db_path, PASSPHRASE)
    assert not opens_with(db_path, NEW)


def test_mismatching_new_passphrases_change_nothing(
    passphrase_dialog: ChangePassphraseDialog, db_path: Path, qtbot: QtBot, type_text: TypeText
) -> None:
    dialog = passphrase_dialog
    kdf_before = fingerprint(crypto.kdf_path(db_path))
    fill(qtbot, type_text, dialog, PASSPHRASE, NEW, NEW + "!")
    assert "niet gelijk" in dialog.strength.text()  # shown while typing
    click(qtbot, dialog.change_button)
    assert dialog.error.isVisible()
    assert "niet gelijk" in dialog.error.text()
    assert (dialog.new.text(), dialog.repeat.text()) == ("", "")
    assert has_focus(dialog.new)
    assert not dialog.changed
    assert fingerprint(crypto.kdf_path(db_path)) == kdf_before
    assert opens_with(db_path, PASSPHRASE)

    # the message goes away once it is done right
    type_text(qtbot, dialog.new, NEW)
    type_text(qtbot, dialog.repeat, NEW)
    click(qtbot, dialog.change_button)
    assert dialog.changed
    assert not dialog.error.isVisible()
    assert opens_with(db_path, NEW)


@pytest.mark.parametrize(
    ("current", "new", "repeat", "message"),
    [
        ("", NEW, NEW, "Vul de huidige"),
        (PASSPHRASE, "kort", "kort", "minstens 8"),
        (PASSPHRASE, PASSPHRASE, PASSPHRASE, "gelijk aan de huidige"),
    ],
)
def test_refused_before_any_work(
    passphrase_dialog: ChangePassphraseDialog,
    db_path: Path,
    qtbot: QtBot,
    type_text: TypeText,
    monkeypatch: pytest.MonkeyPatch,
    current: str,
    new: str,
    repeat: str,
    message: str,
) -> None:
    def never(*args: object) -> bool:
        raise AssertionError("no key derivation for input that is refused anyway")

    monkeypatch.setattr(database, "verify_passphrase", never)
    kdf_before = fingerprint(crypto.kdf_path(db_path))
    fill(qtbot, type_text, passphrase_dialog, current, new, repeat)
    click(qtbot, passphrase_dialog.change_button)
    assert message in passphrase_dialog.error.text()
    assert not passphrase_dialog.changed
    assert fingerprint(crypto.kdf_path(db_path)) == kdf_before


def test_strength_hint_as_in_unlock(
    passphrase_dialog: ChangePassphraseDialog, qtbot: QtBot, type_text: TypeText
) -> None:
    dialog = passphrase_dialog
    assert "minstens 8 tekens" in dialog.strength.text()
    type_text(qtbot, dialog.new, "abc")
    assert dialog.strength.text() == "Te kort: 3 tekens, minstens 8 nodig."
    type_text(qtbot, dialog.new, "defgh")
    assert dialog.strength.text().startswith("Lang genoeg")
    type_text(qtbot, dialog.new, "ijklmnop")
    assert dialog.strength.text().startswith("Sterk")
    assert dialog.new.accessibleDescription() == dialog.strength.text()


def test_busy_cursor_while_argon2_runs(
    passphrase_dialog: ChangePassphraseDialog,
    store: Store,
    qtbot: QtBot,
    type_text: TypeText,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[object] = []
    verify = database.verify_passphrase
    rekey = store.rekey

    def cursor() -> object:
        current = QApplication.overrideCursor()
        return current.shape() if current is not None else None

    def watched_verify(path: Path, passphrase: str) -> bool:
        seen.append(("verify", cursor()))
        return verify(path, passphrase)

    def watched_rekey(new: str, params: KdfParams | None = None) -> None:
        seen.append(("rekey", cursor()))
        rekey(new, params)

    monkeypatch.setattr(database, "verify_passphrase", watched_verify)
    monkeypatch.setattr(store, "rekey", watched_rekey)
    fill(qtbot, type_text, passphrase_dialog, PASSPHRASE, NEW, NEW)
    click(qtbot, passphrase_dialog.change_button)
    wait = Qt.CursorShape.WaitCursor
    assert seen == [("verify", wait), ("rekey", wait)]
    assert QApplication.overrideCursor() is None


def test_rekey_failure_is_shown(
    passphrase_dialog: ChangePassphraseDialog,
    store: Store,
    qtbot: QtBot,
    type_text: TypeText,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(new: str, params: KdfParams | None = None) -> None:
        raise OSError(28, "No space left on device")  # the system's English text

    monkeypatch.setattr(store, "rekey", refuse)
    fill(qtbot, type_text, passphrase_dialog, PASSPHRASE, NEW, NEW)
    click(qtbot, passphrase_dialog.change_button)
    # Told by its errno, in Dutch; the English text never shows.
    assert passphrase_dialog.error.text() == (
        "De wachtwoordzin kon niet worden gewijzigd. "
        "Lezen of schrijven is mislukt: de schijf is vol."
    )
    assert not passphrase_dialog.changed


def test_cancel_changes_nothing_in_the_database(
    passphrase_dialog: ChangePassphraseDialog, db_path: Path, qtbot: QtBot, type_text: TypeText
) -> None:
    fill(qtbot, type_text, passphrase_dialog, PASSPHRASE, NEW, NEW)
    click(qtbot, passphrase_dialog.cancel_button)
    assert passphrase_dialog.result() == QDialog.DialogCode.Rejected
    assert opens_with(db_path, PASSPHRASE)


def test_mnemonics_reach_the_fields_in_passphrase_dialog(
    passphrase_dialog: ChangePassphraseDialog, qtbot: QtBot
) -> None:
    dialog = passphrase_dialog
    alt = Qt.KeyboardModifier.AltModifier
    for letter, field in ((Qt.Key.Key_N, dialog.new), (Qt.Key.Key_R, dialog.repeat)):
        key(qtbot, dialog, letter, alt)
        assert has_focus(field)
    key(qtbot, dialog, Qt.Key.Key_H, alt)
    assert has_focus(dialog.current)


# -- accessibility -------------------------------------------------------------


def tab_walk(steps: int) -> list[QWidget]:
    """The widgets Tab visits from the focused one, as a user presses Tab."""
    chain = []
    for _ in range(steps):
        widget = focused()
        chain.append(widget)
        QTest.keyClick(widget, Qt.Key.Key_Tab)
    return chain


def test_settings_dialog_accessibility(settings_dialog: SettingsDialog) -> None:
    dialog = settings_dialog
    assert unnamed_interactive(dialog) == []
    assert labels_without_buddy(dialog) == []
    spin, name = dialog.idle_minutes, dialog.worker_name
    walk = tab_walk(7)
    backup = dialog.backup_days
    assert walk == [
        name, spin, backup, dialog.language, dialog.ok_button, dialog.cancel_button, name
    ]  # fmt: skip
    assert backup.accessibleDescription() == dialog.backup_explanation.text()
    assert dialog.idle_minutes.accessibleDescription() == dialog.idle_explanation.text()


def test_passphrase_dialog_accessibility(
    passphrase_dialog: ChangePassphraseDialog, qtbot: QtBot, type_text: TypeText
) -> None:
    dialog = passphrase_dialog
    assert unnamed_interactive(dialog) == []
    assert labels_without_buddy(dialog) == []
    walk = tab_walk(6)
    fields = [dialog.current, dialog.new, dialog.repeat]
    assert walk == [*fields, dialog.change_button, dialog.cancel_button, dialog.current]
    assert all(f.echoMode() == QLineEdit.EchoMode.Password for f in fields)
    assert dialog.error.accessibleName() and dialog.success.accessibleName()
    # after the change: still everything named, and the message is readable text
    fill(qtbot, type_text, dialog, PASSPHRASE, NEW, NEW)
    click(qtbot, dialog.change_button)
    assert unnamed_interactive(dialog) == []
    assert dialog.cancel_button.accessibleName() == "Sluiten"
    assert dialog.success.textFormat() == Qt.TextFormat.PlainText


# -- the worker's own name (issue 11 item 4) ----------------------------------------


def test_the_name_is_typed_once_and_remembered_across_starts(
    settings_dialog: SettingsDialog, settings: Settings, qtbot: QtBot, type_text: TypeText
) -> None:
    dialog = settings_dialog
    assert dialog.worker_name.text() == ""
    type_text(qtbot, dialog.worker_name, "  Sanne   Visser ")
    click(qtbot, dialog.ok_button)
    assert settings.worker_name == "Sanne Visser"
    settings.sync()
    # A new start: a new QSettings over the same file.
    again = Settings(QSettings(settings.qsettings.fileName(), QSettings.Format.IniFormat))
    assert again.worker_name == "Sanne Visser"
    assert again.worker_name_or("root") == "Sanne Visser"
    reopened = SettingsDialog(again, login="root")
    qtbot.addWidget(reopened)
    assert reopened.worker_name.text() == "Sanne Visser"
    assert "root" in reopened.name_explanation.text()  # the fallback, said once


def test_without_a_name_the_os_login_is_the_fallback(settings: Settings) -> None:
    assert settings.worker_name_or("root") == "root"
    settings.worker_name = "   "
    assert settings.worker_name_or("root") == "root"


def test_the_window_names_the_worker_and_keeps_the_os_account(
    qsettings: QSettings, db_path: Path, request: pytest.FixtureRequest
) -> None:
    database.create_database(db_path, PASSPHRASE, kdf_params=cheap_kdf()).close()
    Settings(qsettings).worker_name = "Sanne Visser"
    window = request.getfixturevalue("window")  # opened as the OS account "s.visser"
    assert window.worker_label.text() == "Medewerker: Sanne Visser"
    assert "s.visser" in window.worker_label.toolTip()
    assert window.store.worker == "s.visser"  # what the access log records
