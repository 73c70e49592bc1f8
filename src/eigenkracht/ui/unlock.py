"""The first window: open an existing database or create a new one.

This is the first window, so it imports little: the store only when the user
presses Openen or Nieuwe database maken (importing sqlite-utils costs more than
showing this dialog), Qt classes for rare paths where they are used. Every
problem the user can act on (wrong passphrase, foreign file, missing file) is
shown inline, the dialog stays open, the passphrase field is cleared, and the
database file is left untouched (open_database guarantees that).
"""

from __future__ import annotations

import contextlib
import enum
import itertools
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from eigenkracht.ui.settings import Settings
from eigenkracht.ui.widgets.screen import fit_dialog, scrolling_column
from eigenkracht.ui.widgets.theme import ERROR_COLOUR, message_style

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

    from eigenkracht.store.crypto import KdfParams
    from eigenkracht.store.database import Store

log = logging.getLogger(__name__)

MIN_PASSPHRASE_LENGTH = 8  # the same rule as store.database.check_passphrase_strength
DATABASE_SUFFIX = ".db"


class Mode(enum.IntEnum):
    OPEN = 0
    CREATE = 1


def default_database_path() -> Path:
    """Where a new database goes unless the user chooses otherwise."""
    location = QStandardPaths.StandardLocation.AppDataLocation
    return Path(QStandardPaths.writableLocation(location)) / "eigenkracht.db"


def _free_path(path: Path) -> Path:
    """path itself, or path with -2, -3, ... when a file of that name exists."""
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate


@contextlib.contextmanager
def busy_cursor() -> Iterator[None]:
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def passphrase_hint(passphrase: str, repeat: str) -> str:
    """How strong a new passphrase is, and whether the repetition agrees. Used wherever a
    passphrase is chosen (a new database, a change of passphrase)."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("UnlockDialog", text)

    length = len(passphrase)
    if length == 0:
        text = tr(
            "Kies een wachtwoordzin van minstens 8 tekens. Een zin van een paar "
            "woorden is sterk en goed te onthouden."
        )
    elif length < MIN_PASSPHRASE_LENGTH:
        text = tr("Te kort: {count} tekens, minstens 8 nodig.").format(count=length)
    elif length < 16:
        text = tr("Lang genoeg. Een langere zin is nog sterker.")
    else:
        text = tr("Sterk: een lange wachtwoordzin.")
    if repeat and repeat != passphrase:
        text += " " + tr("De herhaling is (nog) niet gelijk.")
    return text


class UnlockDialog(QDialog):
    """Open or create the encrypted database. After exec()/accepted, `store` is open.
    exec() returns CITIZEN when the user chose the self-assessment for citizens.

    settings: the QSettings to remember the last database in (default: the user's).
    kdf_params: passed to create_database (tests use cheap parameters).
    path: the database to preselect; a path that does not exist starts in create mode.
    locked: unlock an open session again: only this path, only opening.
    hint: an extra line shown above the fields (the demo uses it for its passphrase).
    """

    CITIZEN = 2  # the result of exec() when the citizen's self-assessment was chosen

    def __init__(
        self,
        settings: QSettings | None = None,
        kdf_params: KdfParams | None = None,
        *,
        path: Path | None = None,
        locked: bool = False,
        hint: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = Settings(settings)
        self.kdf_params = kdf_params
        self.locked = locked
        self.store: Store | None = None
        self.setObjectName("UnlockDialog")
        self.setWindowTitle(self.tr("eigenkracht is vergrendeld") if locked else "eigenkracht")
        self.setMinimumWidth(560)

        self._initial_message = ""
        self._error_labels: list[QLabel] = []
        open_path, create_path, mode = self._initial_paths(path)

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        if locked:
            self.intro.setText(
                self.tr("eigenkracht is vergrendeld. Vul de wachtwoordzin in om verder te werken.")
            )
        else:
            self.intro.setText(
                self.tr(
                    "De gegevens staan versleuteld op deze computer. Open uw database met de "
                    "wachtwoordzin, of maak een nieuwe database."
                )
            )

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Database openen of nieuwe database maken"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_open_page(open_path), self.tr("&Bestaande database"))
        if not locked:
            self.tabs.addTab(self._build_create_page(create_path), self.tr("N&ieuwe database"))
        self.tabs.setTabBarAutoHide(True)

        self.hint = QLabel(hint, self)
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setVisible(bool(hint))

        self.buttons = QDialogButtonBox(self)
        self.open_button = QPushButton(self.tr("&Openen"), self)
        self.open_button.setAccessibleName(self.tr("Database openen"))
        self.create_button = QPushButton(self.tr("Nieuwe database &maken"), self)
        self.create_button.setAccessibleName(self.tr("Nieuwe database maken"))
        self.cancel_button = QPushButton(self.tr("Annuleren"), self)
        self.cancel_button.setAccessibleName(self.tr("Annuleren"))
        role = QDialogButtonBox.ButtonRole
        self.buttons.addButton(self.open_button, role.AcceptRole)
        self.buttons.addButton(self.create_button, role.AcceptRole)
        self.buttons.addButton(self.cancel_button, role.RejectRole)
        self.open_button.clicked.connect(self._open)
        self.create_button.clicked.connect(self._create)
        self.cancel_button.clicked.connect(self.reject)

        self.citizen_row = QWidget(self)
        citizen_layout = QHBoxLayout(self.citizen_row)
        citizen_layout.setContentsMargins(0, 8, 0, 0)
        citizen_text = QLabel(
            self.tr("Bent u een inwoner? Dan kunt u hier zelf vragen invullen, zonder wachtwoord."),
            self.citizen_row,
        )
        citizen_text.setWordWrap(True)
        citizen_text.setTextFormat(Qt.TextFormat.PlainText)
        self.citizen_button = QPushButton(self.tr("&Zelf invullen (voor inwoners)"), self)
        self.citizen_button.setAccessibleName(self.tr("Zelf invullen, voor inwoners"))
        self.citizen_button.setAutoDefault(False)
        self.citizen_button.clicked.connect(lambda: self.done(self.CITIZEN))
        citizen_layout.addWidget(citizen_text, 1)
        citizen_layout.addWidget(self.citizen_button)
        self.citizen_row.setVisible(not locked)

        # The fields scroll on a small screen (a laptop at 150 %); the buttons and the
        # way to the citizen's self-assessment stay in view below them.
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling_column(self, self.intro, self.tabs, self.hint), 1)
        layout.addWidget(self.buttons)
        layout.addWidget(self.citizen_row)

        self.tabs.currentChanged.connect(self._mode_changed)
        self.tabs.setCurrentIndex(int(mode))
        self._mode_changed(int(mode))
        self._set_tab_order()
        self._show_error(self._initial_message)
        fit_dialog(self, 600)

    # -- building ---------------------------------------------------------

    def _initial_paths(self, path: Path | None) -> tuple[str, str, Mode]:
        """(path for opening, path for creating, start mode)."""
        default = default_database_path()
        create = str(_free_path(default))
        if path is not None:
            path = path.expanduser()
            if path.exists() or self.locked:
                return str(path), create, Mode.OPEN
            return "", str(path), Mode.CREATE
        last = self.settings.last_database
        if last:  # when it is gone (a network drive not connected?), say so
            if not Path(last).is_file():
                self._initial_message = self.tr(
                    "De laatst gebruikte database {path} is niet gevonden. Kies een ander "
                    "bestand of maak een nieuwe database."
                ).format(path=last)
            return last, create, Mode.OPEN
        if default.is_file():
            return str(default), create, Mode.OPEN
        return "", create, Mode.CREATE

    def _build_open_page(self, path: str) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.open_path = QLineEdit(path, page)
        self.open_path.setAccessibleName(self.tr("Databasebestand"))
        self.open_path.setReadOnly(self.locked)
        self.open_browse = QPushButton(self.tr("Bl&aderen…"), page)
        self.open_browse.setAccessibleName(self.tr("Databasebestand kiezen"))
        self.open_browse.setAutoDefault(False)
        self.open_browse.setVisible(not self.locked)
        self.open_browse.clicked.connect(self._browse_open)
        row = QHBoxLayout()
        row.addWidget(self.open_path, 1)
        row.addWidget(self.open_browse)
        path_label = QLabel(self.tr("&Database:"), page)
        path_label.setBuddy(self.open_path)
        form.addRow(path_label, row)

        self.open_passphrase = QLineEdit(page)
        self.open_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.open_passphrase.setAccessibleName(self.tr("Wachtwoordzin"))
        pass_label = QLabel(self.tr("&Wachtwoordzin:"), page)
        pass_label.setBuddy(self.open_passphrase)
        form.addRow(pass_label, self.open_passphrase)
        self.open_error = self._error_label(page)
        form.addRow("", self.open_error)
        return page

    def _build_create_page(self, path: str) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.create_path = QLineEdit(path, page)
        self.create_path.setAccessibleName(self.tr("Bestand voor de nieuwe database"))
        self.create_browse = QPushButton(self.tr("Bl&aderen…"), page)
        self.create_browse.setAccessibleName(self.tr("Plaats voor de nieuwe database kiezen"))
        self.create_browse.setAutoDefault(False)
        self.create_browse.clicked.connect(self._browse_create)
        row = QHBoxLayout()
        row.addWidget(self.create_path, 1)
        row.addWidget(self.create_browse)
        path_label = QLabel(self.tr("Bes&tand:"), page)
        path_label.setBuddy(self.create_path)
        form.addRow(path_label, row)

        self.create_passphrase = QLineEdit(page)
        self.create_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.create_passphrase.setAccessibleName(self.tr("Nieuwe wachtwoordzin"))
        pass_label = QLabel(self.tr("&Wachtwoordzin:"), page)
        pass_label.setBuddy(self.create_passphrase)
        form.addRow(pass_label, self.create_passphrase)

        self.create_repeat = QLineEdit(page)
        self.create_repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.create_repeat.setAccessibleName(self.tr("Nieuwe wachtwoordzin herhalen"))
        repeat_label = QLabel(self.tr("&Herhaal wachtwoordzin:"), page)
        repeat_label.setBuddy(self.create_repeat)
        form.addRow(repeat_label, self.create_repeat)
        self.create_error = self._error_label(page)
        form.addRow("", self.create_error)

        self.strength = QLabel(page)
        self.strength.setWordWrap(True)
        self.strength.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow("", self.strength)

        warning = QLabel(
            self.tr(
                "Onthoud de wachtwoordzin goed. Zonder de wachtwoordzin kan niemand de "
                "gegevens nog openen, ook de beheerder niet."
            ),
            page,
        )
        warning.setWordWrap(True)
        warning.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow("", warning)

        # A new laptop, or a database lost: start from a backup instead of from nothing.
        self.restore_button = QPushButton(self.tr("Of begin met een &reservekopie…"), page)
        self.restore_button.setAccessibleName(self.tr("Reservekopie terugzetten"))
        self.restore_button.setAccessibleDescription(
            self.tr("Begin met de gegevens uit een reservekopie in plaats van een lege database.")
        )
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self._restore)
        restore_row = QHBoxLayout()
        restore_row.addWidget(self.restore_button)
        restore_row.addStretch(1)
        form.addRow("", restore_row)

        self.create_passphrase.textChanged.connect(self._update_strength)
        self.create_repeat.textChanged.connect(self._update_strength)
        self._update_strength()
        return page

    def _error_label(self, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setObjectName("unlockError")
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setStyleSheet(message_style("unlockError", ERROR_COLOUR, label.palette()))
        label.setAccessibleName(self.tr("Melding"))
        label.hide()
        self._error_labels.append(label)
        return label

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [self.tabs, self.open_path, self.open_browse, self.open_passphrase]
        if not self.locked:
            chain += [self.create_path, self.create_browse]
            chain += [self.create_passphrase, self.create_repeat, self.restore_button]
        chain += [self.open_button, self.create_button, self.cancel_button, self.citizen_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- state ------------------------------------------------------------

    @property
    def mode(self) -> Mode:
        return Mode(self.tabs.currentIndex())

    @property
    def error(self) -> QLabel:
        """The message line of the current mode, right under its fields."""
        return self.open_error if self.mode == Mode.OPEN else self.create_error

    def _mode_changed(self, index: int) -> None:
        opening = index == Mode.OPEN
        self.open_button.setVisible(opening)
        self.open_button.setDefault(opening)
        self.create_button.setVisible(not opening)
        self.create_button.setDefault(not opening)
        self._show_error("")
        if self.isVisible():
            self._focus_first_empty()

    def _focus_first_empty(self) -> None:
        if self.mode == Mode.OPEN:
            fields = [self.open_path, self.open_passphrase]
        else:
            fields = [self.create_path, self.create_passphrase, self.create_repeat]
        target = next((f for f in fields if not f.text() and not f.isReadOnly()), fields[-1])
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._focus_first_empty()

    def _update_strength(self) -> None:
        text = passphrase_hint(self.create_passphrase.text(), self.create_repeat.text())
        self.strength.setText(text)
        self.create_passphrase.setAccessibleDescription(text)

    def _show_error(self, message: str) -> None:
        for label in self._error_labels:
            if label is not self.error:
                label.clear()
                label.hide()
        self.error.setText(message)
        self.error.setVisible(bool(message))
        if message:
            from PySide6.QtGui import QAccessible, QAccessibleEvent

            if QAccessible.isActive():  # let a screen reader announce the message
                event = QAccessibleEvent(self.error, QAccessible.Event.Alert)
                QAccessible.updateAccessibility(event)

    def _fail(self, message: str, focus: QLineEdit, *clear: QLineEdit) -> None:
        for field in clear:
            field.clear()
        self._show_error(message)
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- actions ----------------------------------------------------------

    def _browse_open(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = self.open_path.text() or str(default_database_path().parent)
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Database openen"),
            start,
            self.tr("eigenkracht-databases (*.db);;Alle bestanden (*)"),
        )
        if chosen:
            self.open_path.setText(chosen)
            self.open_passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def _browse_create(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Nieuwe database"),
            self.create_path.text(),
            self.tr("eigenkracht-databases (*.db);;Alle bestanden (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if chosen:
            path = Path(chosen)
            if not path.suffix:
                path = path.with_suffix(DATABASE_SUFFIX)
            self.create_path.setText(str(path))
            self.create_passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def _restore(self) -> None:
        """A backup becomes a new database (ui/housekeeping/backup.py); then it is the one
        to open, and the passphrase is asked here as for any database."""
        from eigenkracht.ui.housekeeping.backup import RestoreDialog

        beside = Path(self.create_path.text().strip() or default_database_path())
        if beside == default_database_path():  # a new laptop: the folder may not be there
            with contextlib.suppress(OSError):
                beside.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        dialog = RestoreDialog(beside, self.settings, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.restored is not None:
            self.open_path.setText(str(dialog.restored))
            self.open_passphrase.clear()
            self.tabs.setCurrentIndex(int(Mode.OPEN))
            self.open_passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open(self) -> None:
        text = self.open_path.text().strip()
        if not text:
            self._fail(self.tr("Kies eerst een databasebestand."), self.open_path)
            return
        passphrase = self.open_passphrase.text()
        if not passphrase:
            self._fail(self.tr("Vul de wachtwoordzin in."), self.open_passphrase)
            return
        from eigenkracht.store import database

        path = Path(text).expanduser()
        with busy_cursor():
            try:
                store = database.open_database(path, passphrase)
            except database.StoreError as exc:
                log.info("opening refused: %s", type(exc).__name__)
                from eigenkracht.ui.widgets.problems import problem_text

                self._fail(problem_text(exc), self.open_passphrase, self.open_passphrase)
                return
            except OSError as exc:
                from eigenkracht.ui.widgets.problems import os_reason  # not at program start

                log.info("opening failed: %s", type(exc).__name__)
                message = self.tr("Het bestand kan niet worden geopend: {reason}").format(
                    reason=os_reason(exc)
                )
                self._fail(message, self.open_passphrase, self.open_passphrase)
                return
        self._succeed(store)

    def _create(self) -> None:
        text = self.create_path.text().strip()
        if not text:
            self._fail(self.tr("Kies eerst waar de database moet komen."), self.create_path)
            return
        passphrase = self.create_passphrase.text()
        if len(passphrase) < MIN_PASSPHRASE_LENGTH:
            self._fail(
                self.tr("Kies een wachtwoordzin van minstens 8 tekens."),
                self.create_passphrase,
                self.create_passphrase,
                self.create_repeat,
            )
            return
        if self.create_repeat.text() != passphrase:
            self._fail(
                self.tr("De twee wachtwoordzinnen zijn niet gelijk. Typ ze opnieuw."),
                self.create_passphrase,
                self.create_passphrase,
                self.create_repeat,
            )
            return
        from eigenkracht.store import database

        path = Path(text).expanduser()
        if not path.parent.exists() and path.parent == default_database_path().parent:
            path.parent.mkdir(parents=True, exist_ok=True)
        with busy_cursor():
            try:
                store = database.create_database(path, passphrase, kdf_params=self.kdf_params)
            except database.StoreError as exc:
                log.info("creating refused: %s", type(exc).__name__)
                from eigenkracht.ui.widgets.problems import problem_text

                self._fail(problem_text(exc), self.create_path)
                return
            except OSError as exc:
                from eigenkracht.ui.widgets.problems import os_reason  # not at program start

                log.info("creating failed: %s", type(exc).__name__)
                message = self.tr("De database kan niet worden gemaakt: {reason}").format(
                    reason=os_reason(exc)
                )
                self._fail(message, self.create_path)
                return
        self._succeed(store)

    def _succeed(self, store: Store) -> None:
        self.store = store
        self.open_passphrase.clear()
        if not self.locked:
            self.create_passphrase.clear()
            self.create_repeat.clear()
        if not self.locked:
            self.settings.last_database = str(store.path.resolve())
            self.settings.sync()
        self._show_error("")
        self.accept()


__all__ = ["Mode", "UnlockDialog", "busy_cursor", "default_database_path"]
