"""The main window: title, menus, status bar, locking and unlocking, accessibility."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from eigenkracht.store.database import DatabaseError, create_database
from eigenkracht.ui.app import CrashDialog
from eigenkracht.ui.main_window import MainWindow
from eigenkracht.ui.settings import Settings
from eigenkracht.ui.unlock import UnlockDialog
from support import fire
from ui_support import unnamed_interactive

PASSPHRASE = "zorg dichtbij, ĳs en weder dienende"


@pytest.fixture
def db_path(tmp_path, fast_kdf):
    path = tmp_path / "wijkteam.db"
    create_database(path, PASSPHRASE, worker="a.de.vries", kdf_params=fast_kdf).close()
    return path


@pytest.fixture
def window(qtbot, qsettings, db_path, fast_kdf):
    from eigenkracht.store.database import open_database

    store = open_database(db_path, PASSPHRASE, worker="a.de.vries")
    win = MainWindow(store, qsettings, kdf_params=fast_kdf)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    win.close()


def placeholder_visible(win: MainWindow) -> bool:
    """Is anything that shows data (the workspace) on screen?"""
    return win.workspace is not None and win.workspace.isVisible()


def unlock_with(qtbot, type_text, win: MainWindow, passphrase: str) -> UnlockDialog:
    dialog = win.unlock_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    type_text(qtbot, dialog.open_passphrase, passphrase)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    return dialog


def test_title_menus_and_status(window):
    assert window.windowTitle() == "eigenkracht — wijkteam.db"
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Bestand", "Be&werken", "B&eeld", "&Help"]
    assert window.lock_action.shortcut() == QKeySequence("Ctrl+L")
    assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")
    assert window.about_action.text() == "&Over eigenkracht"
    assert window.worker_label.text() == "Medewerker: a.de.vries"
    assert placeholder_visible(window)


def test_ctrl_l_locks_and_unlocking_returns(window, qtbot, type_text):
    store = window.store
    assert store is not None
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert window.is_locked
    with pytest.raises(DatabaseError):
        store.conn.execute("SELECT 1")  # the old connection is closed: the key is gone
    assert not placeholder_visible(window)
    assert window.worker_label.text() == ""
    assert not window.lock_action.isEnabled()
    dialog = window.unlock_dialog
    assert dialog is not None
    assert dialog.locked
    assert dialog.open_path.text() == str(window.path)

    unlock_with(qtbot, type_text, window, PASSPHRASE)
    qtbot.waitUntil(lambda: not window.is_locked)
    assert window.store is not None
    assert window.store is not store
    assert window.store.conn.execute("SELECT count(*) FROM meta").fetchone()[0] >= 1
    assert placeholder_visible(window)
    assert window.worker_label.text().startswith("Medewerker: ")
    assert window.lock_action.isEnabled()
    qtbot.waitUntil(lambda: window.unlock_dialog is None)


def test_wrong_passphrase_keeps_it_locked(window, qtbot, type_text, db_path):
    window.lock_action.trigger()
    dialog = unlock_with(qtbot, type_text, window, "helemaal verkeerd")
    assert window.is_locked
    assert dialog.isVisible()
    assert "klopt niet" in dialog.error.text()
    assert not placeholder_visible(window)


def test_cancel_leaves_it_locked_and_unlock_button_retries(window, qtbot, type_text):
    window.lock_action.trigger()
    dialog = window.unlock_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.unlock_dialog is None)
    assert window.is_locked
    assert window.unlock_button.isVisible()

    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    unlock_with(qtbot, type_text, window, PASSPHRASE)
    qtbot.waitUntil(lambda: not window.is_locked)
    assert placeholder_visible(window)


def test_idle_time_locks(window, qtbot, qsettings):
    minutes = Settings(qsettings).idle_lock_minutes
    assert minutes > 0 and window.idle.timer.interval() == minutes * 60_000
    fire(window.idle.timer)  # the minutes without input have passed
    assert window.is_locked
    assert window.unlock_dialog is not None
    assert not window.idle.timer.isActive()  # locked: nothing left to wait for


def test_idle_setting_zero_turns_it_off(qtbot, qsettings, db_path):
    from eigenkracht.store.database import open_database

    Settings(qsettings).idle_lock_minutes = 0
    win = MainWindow(open_database(db_path, PASSPHRASE), qsettings)
    qtbot.addWidget(win)
    assert not win.idle.timer.isActive()
    win.close()


def test_closing_the_window_closes_the_store(window):
    store = window.store
    assert store is not None
    window.close()
    assert window.store is None
    with pytest.raises(DatabaseError):
        store.conn.execute("SELECT 1")


# -- accessibility ----------------------------------------------------------------


def test_unlock_dialog_widgets_have_accessible_names(qtbot, qsettings, tmp_path, db_path):
    for kwargs in ({"path": tmp_path / "nieuw.db"}, {"path": db_path, "locked": True}):
        dialog = UnlockDialog(qsettings, **kwargs)
        qtbot.addWidget(dialog)
        dialog.show()
        assert unnamed_interactive(dialog) == []


def test_main_window_widgets_have_accessible_names(window, qtbot):
    assert unnamed_interactive(window) == []
    window.lock_action.trigger()
    assert unnamed_interactive(window) == []
    assert window.unlock_dialog is not None
    assert unnamed_interactive(window.unlock_dialog) == []


def test_crash_dialog_widgets_have_accessible_names(qtbot):
    dialog = CrashDialog("Traceback (most recent call last):\n  ...")
    qtbot.addWidget(dialog)
    assert unnamed_interactive(dialog) == []


def test_an_instrument_file_that_cannot_be_used_is_told_in_the_status_bar(
    qtbot, qsettings, db_path, tmp_path, monkeypatch
):
    """A broken instrument file of the organisation is left out; the window says so in the
    status bar, and a click names the file and the problem (it was only in the log)."""
    from PySide6.QtWidgets import QMessageBox

    from eigenkracht.store.database import open_database

    data = tmp_path / "gegevens"
    (data / "instruments").mkdir(parents=True)
    (data / "instruments" / "kapot.toml").write_text("format = 1\nid = [", encoding="utf-8")
    monkeypatch.setenv("EIGENKRACHT_DATA_DIR", str(data))
    store = open_database(db_path, PASSPHRASE, worker="a.de.vries")
    win = MainWindow(store, qsettings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    notice = win.instrument_notice
    assert notice is not None and notice.isVisible()
    assert notice.text() == "⚠ 1 vragenlijst kon niet worden geladen. Klik voor uitleg."
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    qtbot.mouseClick(notice, Qt.MouseButton.LeftButton)
    assert len(shown) == 1
    assert "kapot.toml" in shown[0].informativeText()
    win.close()


def test_no_instrument_notice_without_a_broken_file(window):
    assert window.instrument_notice is not None
    assert not window.instrument_notice.isVisible()
