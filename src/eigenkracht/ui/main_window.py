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
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
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

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from eigenkracht.store.crypto import KdfParams
    from eigenkracht.store.database import Store

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
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("eigenkracht — {name}").format(name=self.path.name))
        self.resize(1000, 680)

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
        self.lock_action = QAction(self.tr("&Vergrendelen"), self)
        self.lock_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.lock_action.setStatusTip(
            self.tr("Sluit de database af; ontgrendelen vraagt de wachtwoordzin.")
        )
        self.lock_action.triggered.connect(self.lock)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Afsluiten"), self)
        self.quit_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

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
        """Everything that shows data. Rebuilt after each unlock."""
        page = QWidget()
        layout = QVBoxLayout(page)
        placeholder = QLabel(self.tr("De lijst met casussen komt hier in een volgende stap."), page)
        placeholder.setObjectName("contentPlaceholder")
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        placeholder.setWordWrap(True)
        layout.addWidget(placeholder)
        return page

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
        self.close_store()
        self.stack.setCurrentWidget(self.locked_page)
        self.stack.removeWidget(self.content)
        self.content.deleteLater()
        self.content = QWidget()
        self.worker_label.clear()
        self.lock_action.setEnabled(False)
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
        self.worker_label.setText(self.tr("Medewerker: {name}").format(name=self.store.worker))
        self.lock_action.setEnabled(True)
        self.idle.set_minutes(self.settings.idle_lock_minutes)

    def close_store(self) -> None:
        store, self.store = self.store, None
        if store is not None:
            store.close()

    # -- other actions ----------------------------------------------------

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
        if self.unlock_dialog is not None:
            self.unlock_dialog.reject()
        self.idle.stop()
        self.close_store()
        super().closeEvent(event)


__all__ = ["IdleWatcher", "MainWindow"]
