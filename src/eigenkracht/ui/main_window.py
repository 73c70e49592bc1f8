"""The main window around an open Store.

Locking (on request with Ctrl+L, or after the idle time from the settings)
closes the store, which drops the key, throws away every widget that showed
data, and asks for the passphrase of the same file again. Closing the window
closes the store.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from eigenkracht import __version__
from eigenkracht.ui.settings import Settings
from eigenkracht.ui.unlock import UnlockDialog
from eigenkracht.ui.widgets import plain_line, plain_tooltip
from eigenkracht.ui.widgets.screen import restore_geometry, saved_geometry

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable
    from pathlib import Path

    from eigenkracht.store.crypto import KdfParams
    from eigenkracht.store.database import Store
    from eigenkracht.ui.workspace import Location, Workspace

log = logging.getLogger(__name__)

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatcher(QObject):
    """Calls `on_idle` after `minutes` without keyboard or mouse input (0: never)."""

    def __init__(
        self, minutes: int, on_idle: Callable[[], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(on_idle)
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.timer.stop()
        if minutes > 0:
            self.timer.setInterval(minutes * 60_000)
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.timer.interval() > 0 and self.timer.isActive():
            self.timer.start()
        return False

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class MainWindow(QMainWindow):
    """The program's window around one open database."""

    def __init__(
        self,
        store: Store,
        settings: QSettings | None = None,
        *,
        unlock_hint: str = "",
        kdf_params: KdfParams | None = None,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store: Store | None = store
        self.path: Path = store.path
        self._qsettings = settings
        self.settings = Settings(settings)
        self.unlock_hint = unlock_hint
        self.kdf_params = kdf_params
        self.unlock_dialog: UnlockDialog | None = None
        self.today = today
        self.workspace: Workspace | None = None
        self.instrument_notice: QPushButton | None = None  # instrument files left out
        self._instrument_problems: list[str] = []
        self._location: Location | None = None
        self._undo_stack: QUndoStack | None = None
        self._modal: QDialog | None = None
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("eigenkracht — {name}").format(name=plain_line(self.path.name)))
        # Where it was last time, kept on this screen; the first time 1280×820 where the
        # screen has room (a laptop's 1366×768 has not).
        restore_geometry(self, self.settings.main_window_geometry, 1280, 820)

        self._build_menus()

        self.stack = QStackedWidget(self)
        self.content: QWidget = self._build_content()
        self.locked_page = self._build_locked_page()
        self.stack.addWidget(self.content)
        self.stack.addWidget(self.locked_page)
        self.setCentralWidget(self.stack)

        self.worker_label = QLabel(self)
        self.worker_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.worker_label)

        self.idle = IdleWatcher(self.settings.idle_lock_minutes, self.lock, self)
        self._show_unlocked()

    # -- building ---------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Bestand"))
        self.new_case_action = QAction(self.tr("&Nieuw dossier…"), self)
        self.new_case_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_N))
        self.new_case_action.triggered.connect(self._workspace_new_case)
        file_menu.addAction(self.new_case_action)
        self.remove_case_action = QAction(self.tr("Dossier verwijderen van &deze computer…"), self)
        self.remove_case_action.setStatusTip(
            self.tr("Na overdracht of na de bewaartermijn: wis dit dossier van deze computer.")
        )
        self.remove_case_action.triggered.connect(self._workspace_remove_case)
        file_menu.addAction(self.remove_case_action)
        file_menu.addSeparator()
        from eigenkracht.ui.housekeeping import backup, handover, retention

        # Actions on the database or on cases leaving it (ui/housekeeping/): they need an
        # unlocked database and are off while the citizen looks at the screen.
        self.store_actions: list[QAction] = []
        for part in (backup, handover, retention):
            self.store_actions += part.add_actions(self, file_menu)
        if self.store_actions:
            file_menu.addSeparator()
        self.lock_action = QAction(self.tr("&Vergrendelen"), self)
        self.lock_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.lock_action.setStatusTip(
            self.tr("Sluit de database af; ontgrendelen vraagt de wachtwoordzin.")
        )
        self.lock_action.triggered.connect(self.lock)
        file_menu.addAction(self.lock_action)
        self.passphrase_action = QAction(self.tr("&Wachtwoordzin wijzigen…"), self)
        self.passphrase_action.triggered.connect(self.change_passphrase)
        file_menu.addAction(self.passphrase_action)
        self.settings_action = QAction(self.tr("&Instellingen…"), self)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.show_settings)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Afsluiten"), self)
        self.quit_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("Be&werken"))
        self.undo_action = QAction(self.tr("&Ongedaan maken"), self)
        self.undo_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Z))
        self.undo_action.triggered.connect(self._workspace_undo)
        edit_menu.addAction(self.undo_action)
        self.redo_action = QAction(self.tr("Opnie&uw"), self)
        self.redo_action.setShortcuts(
            [
                QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_Z),
                QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Y),
            ]
        )
        self.redo_action.triggered.connect(self._workspace_redo)
        edit_menu.addAction(self.redo_action)

        view_menu = self.menuBar().addMenu(self.tr("B&eeld"))
        self.kitchen_action = QAction(self.tr("&Keukentafelmodus"), self)
        self.kitchen_action.setCheckable(True)
        self.kitchen_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_K))
        self.kitchen_action.setStatusTip(
            self.tr("Toon alleen dit gezin; de lijst met andere dossiers is dan verborgen.")
        )
        self.kitchen_action.toggled.connect(self._workspace_set_kitchen_table)
        view_menu.addAction(self.kitchen_action)
        self.cases_action = QAction(self.tr("&Dossierlijst"), self)
        self.cases_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_D))
        self.cases_action.triggered.connect(self._workspace_show_cases)
        view_menu.addAction(self.cases_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&Over eigenkracht"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

        # Qt's own button for menus that do not fit has no name for screen readers.
        extension = self.menuBar().findChild(QToolButton, "qt_menubar_ext_button")
        if extension is not None:
            extension.setAccessibleName(self.tr("Meer menu's"))

    def _build_content(self) -> QWidget:
        """Everything that shows data. Rebuilt after each unlock, at the same place."""
        from eigenkracht.ui.sources import forget_sources
        from eigenkracht.ui.workspace import Workspace

        assert self.store is not None
        workspace = Workspace(self.store, today=self.today, settings=self.settings)
        workspace.kitchenTableChanged.connect(self._kitchen_table_changed)
        workspace.titleChanged.connect(self._title_changed)
        workspace.undoStackChanged.connect(self._undo_stack_changed)
        self.workspace = workspace
        if self._location is not None:
            workspace.restore(self._location)
            self._location = None
        self._kitchen_table_changed(workspace.kitchen_table)
        self._undo_stack_changed(workspace.undo_stack)
        self._show_instrument_errors(workspace)
        forget_sources()  # what importing the workspace left in linecache
        return workspace

    def _show_instrument_errors(self, workspace: Workspace) -> None:
        """An instrument file of the organisation that cannot be used is left out: say so
        in the status bar (a click gives every file and what is wrong with it), instead of
        only in the log. The texts name files and keys, never client data."""
        from eigenkracht.ui.widgets.problems import problem_text

        notice = self.instrument_notice
        if notice is None:
            notice = QPushButton(self)
            notice.setObjectName("instrumentNotice")
            notice.setFlat(True)
            notice.setCursor(Qt.CursorShape.PointingHandCursor)
            notice.clicked.connect(self._explain_instrument_errors)
            self.statusBar().addWidget(notice)
            self.instrument_notice = notice
        errors = list(workspace.instrument_errors)
        self._instrument_problems = [problem_text(error) for error in errors]
        text = (
            ""
            if not errors
            else self.tr("⚠ 1 vragenlijst kon niet worden geladen. Klik voor uitleg.")
            if len(errors) == 1
            else self.tr(
                "⚠ {n} vragenlijsten konden niet worden geladen. Klik voor uitleg."
            ).format(n=len(errors))
        )
        notice.setText(text)
        notice.setAccessibleName(self.tr("Vragenlijsten die niet geladen konden worden"))
        notice.setAccessibleDescription(text.removeprefix("⚠ "))
        notice.setVisible(bool(errors))

    def _explain_instrument_errors(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Vragenlijsten"),
            self.tr(
                "Deze bestanden met vragenlijsten zijn niet gebruikt. De andere vragenlijsten "
                "werken gewoon. Vraag de beheerder van uw organisatie om het bestand te "
                "verbeteren."
            ),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setDetailedText("\n\n".join(self._instrument_problems))
        box.setInformativeText("\n".join(self._instrument_problems[:3]))
        box.exec()

    # -- kitchen table, undo, title -----------------------------------------

    def _workspace_new_case(self) -> None:
        if self.workspace is not None:
            self.workspace.new_case()

    def _workspace_remove_case(self) -> None:
        if self.workspace is not None:
            self.workspace.remove_case()
            self._title_changed(self.workspace.household())

    def _workspace_undo(self) -> None:
        if self.workspace is not None:
            self.workspace.undo()

    def _workspace_redo(self) -> None:
        if self.workspace is not None:
            self.workspace.redo()

    def _workspace_show_cases(self) -> None:
        if self.workspace is not None:
            self.workspace.show_cases()

    def _workspace_set_kitchen_table(self, on: bool) -> None:
        if self.workspace is not None:
            self.workspace.set_kitchen_table(on)

    def _kitchen_table_changed(self, on: bool) -> None:
        self.kitchen_action.blockSignals(True)
        self.kitchen_action.setChecked(on)
        self.kitchen_action.blockSignals(False)
        self.kitchen_action.setEnabled(
            self.workspace is not None and self.workspace.can_enter_kitchen_table()
        )
        self.new_case_action.setEnabled(not on)
        for action in self.store_actions:
            action.setEnabled(not on)
        self._update_remove_action()
        self.cases_action.setEnabled(not on)
        self._title_changed(self.workspace.household() if self.workspace else "")

    def _title_changed(self, household: str) -> None:
        base = self.tr("eigenkracht — {name}").format(name=self.path.name)
        if household:
            base = self.tr("{household} — eigenkracht").format(household=plain_line(household))
        if self.workspace is not None and self.workspace.kitchen_table:
            base = self.tr("Keukentafel: {title}").format(title=base)
        self.setWindowTitle(plain_line(base))
        self.kitchen_action.setEnabled(
            self.workspace is not None and self.workspace.can_enter_kitchen_table()
        )
        self._update_remove_action()

    def _update_remove_action(self) -> None:
        """Only for an open case, and never while the citizen looks at the screen."""
        ws = self.workspace
        self.remove_case_action.setEnabled(
            ws is not None and ws.case_id is not None and not ws.kitchen_table
        )

    def _undo_stack_changed(self, stack: QUndoStack | None) -> None:
        self._undo_stack = stack  # an old stack is deleted with its conversation
        self._refresh_undo()
        if stack is not None:
            stack.canUndoChanged.connect(self._refresh_undo)
            stack.canRedoChanged.connect(self._refresh_undo)
            stack.undoTextChanged.connect(self._refresh_undo)
            stack.redoTextChanged.connect(self._refresh_undo)

    def _refresh_undo(self, *_args: object) -> None:
        stack = self._undo_stack
        can_undo = stack is not None and stack.canUndo()
        can_redo = stack is not None and stack.canRedo()
        self.undo_action.setEnabled(can_undo)
        self.redo_action.setEnabled(can_redo)
        undo_text = stack.undoText() if can_undo and stack is not None else ""
        redo_text = stack.redoText() if can_redo and stack is not None else ""
        self.undo_action.setText(
            self.tr("&Ongedaan maken: {what}").format(what=undo_text)
            if undo_text
            else self.tr("&Ongedaan maken")
        )
        self.redo_action.setText(
            self.tr("Opnie&uw: {what}").format(what=redo_text) if redo_text else self.tr("Opnie&uw")
        )

    def _build_locked_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        message = QLabel(self.tr("eigenkracht is vergrendeld."), page)
        message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(message)
        self.unlock_button = QPushButton(self.tr("&Ontgrendelen…"), page)
        self.unlock_button.setAccessibleName(self.tr("Ontgrendelen"))
        self.unlock_button.clicked.connect(self.show_unlock_dialog)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        return page

    # -- locking ----------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self.store is None

    def lock(self) -> None:
        """Close the store, hide everything that showed data, ask for the passphrase."""
        if self.store is None:
            return
        if self._modal is not None:  # a dialog that works on the open store
            self._modal.reject()
        if self.workspace is not None:
            self.workspace.flush()
            self._location = self.workspace.location()
        self.workspace = None
        self._undo_stack_changed(None)
        self.close_store()
        self.stack.setCurrentWidget(self.locked_page)
        self.stack.removeWidget(self.content)
        self.content.deleteLater()
        self.content = QWidget()
        self.worker_label.clear()
        self.lock_action.setEnabled(False)
        for action in (
            self.new_case_action,
            self.remove_case_action,
            self.kitchen_action,
            self.cases_action,
            self.passphrase_action,
            *self.store_actions,
        ):
            action.setEnabled(False)
        self.setWindowTitle(self.tr("eigenkracht — vergrendeld"))
        self.idle.set_minutes(0)
        log.info("locked")
        self.show_unlock_dialog()

    def show_unlock_dialog(self) -> None:
        if self.store is not None:
            return
        if self.unlock_dialog is not None:
            self.unlock_dialog.raise_()
            self.unlock_dialog.activateWindow()
            return
        dialog = UnlockDialog(
            self._qsettings,
            self.kdf_params,
            path=self.path,
            locked=True,
            hint=self.unlock_hint,
            parent=self,
        )
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._unlocked)
        dialog.finished.connect(self._unlock_dialog_finished)
        self.unlock_dialog = dialog
        dialog.open()

    def _unlock_dialog_finished(self) -> None:
        self.unlock_dialog = None
        if self.store is None:
            self.unlock_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _unlocked(self) -> None:
        dialog = self.sender()
        if not isinstance(dialog, UnlockDialog) or dialog.store is None:
            return
        self.store = dialog.store
        self.path = self.store.path
        self.content = self._build_content()
        self.stack.insertWidget(0, self.content)
        self._show_unlocked()
        log.info("unlocked")

    def _show_unlocked(self) -> None:
        assert self.store is not None
        self.stack.setCurrentWidget(self.content)
        self._show_worker()
        self.lock_action.setEnabled(True)
        self.passphrase_action.setEnabled(True)
        kitchen = self.workspace is not None and self.workspace.kitchen_table
        for action in self.store_actions:
            action.setEnabled(not kitchen)
        self.idle.set_minutes(self.settings.idle_lock_minutes)

    def _show_worker(self) -> None:
        """The worker's own name (Instellingen), or the OS login without one; the
        tooltip names the OS account, which the access log records."""
        if self.store is None:
            return
        login = self.store.worker
        self.worker_label.setText(
            self.tr("Medewerker: {name}").format(
                name=plain_line(self.settings.worker_name_or(login))
            )
        )
        self.worker_label.setToolTip(
            plain_tooltip(self.tr("Aangemeld op deze computer als: {login}").format(login=login))
        )

    def close_store(self) -> None:
        store, self.store = self.store, None
        if store is not None:
            store.close()

    # -- other actions ----------------------------------------------------

    def show_settings(self) -> None:
        from eigenkracht.ui.settings_dialog import SettingsDialog

        login = self.store.worker if self.store is not None else ""
        dialog = SettingsDialog(self.settings, parent=self, login=login)
        dialog.applied.connect(self._idle_minutes_changed)
        self._modal = dialog
        dialog.exec()
        self._modal = None
        self._show_worker()

    def _idle_minutes_changed(self, minutes: int) -> None:
        if self.store is not None:
            self.idle.set_minutes(minutes)

    def change_passphrase(self) -> None:
        from eigenkracht.ui.settings_dialog import ChangePassphraseDialog

        if self.store is None:
            return
        dialog = ChangePassphraseDialog(self.store, self.kdf_params, parent=self)
        self._modal = dialog
        dialog.exec()
        self._modal = None

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Over eigenkracht"),
            self.tr(
                "<p><b>eigenkracht</b> {version}</p>"
                "<p>Het keukentafelgesprek en het ondersteuningsplan voor het sociaal domein. "
                "Alle gegevens staan versleuteld op deze computer.</p>"
                "<p>Vrije software onder de EUPL-1.2. Lettertype: DejaVu.</p>"
            ).format(version=__version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.main_window_geometry = saved_geometry(self)
        if self.workspace is not None:
            self.workspace.flush()
        if self.unlock_dialog is not None:
            self.unlock_dialog.reject()
        self.idle.stop()
        self.close_store()
        super().closeEvent(event)


__all__ = ["IdleWatcher", "MainWindow"]
