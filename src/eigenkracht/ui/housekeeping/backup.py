"""File menu: Reservekopie maken… and Reservekopie terugzetten… (store/backup.py), and the
reminder in the status bar when the last backup is older than the set number of days.

Making a backup runs on the open database, in this thread (the connection is used by this
thread only): the copy and its check take a few seconds on a large caseload, the dialog
shows the stage and then the bytes written. A restore makes a new database beside the
others; afterwards the worker may switch to it (the window locks and asks the passphrase
of the restored database), or keep working where they were.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eigenkracht.core.errors import UserFacingError
from eigenkracht.store.backup import SUFFIX, BackupInfo, read_info, restore_backup
from eigenkracht.ui.widgets import MessageBar, MessageLabel, plain_line, text_label, unlimited
from eigenkracht.ui.widgets.problems import problem_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from eigenkracht.store.repository import Repository
    from eigenkracht.ui.main_window import MainWindow
    from eigenkracht.ui.settings import Settings

FILE_FILTER = "*" + SUFFIX


def tr(text: str) -> str:
    return QCoreApplication.translate("Backup", text)


def moment_text(created_at: str | dt.datetime) -> str:
    """'3 december 2026 om 10.24 uur', in local time, in the interface language."""
    from eigenkracht.core.text import long_date

    try:
        moment = (
            created_at
            if isinstance(created_at, dt.datetime)
            else dt.datetime.fromisoformat(created_at.replace("Z", "+00:00"))
        ).astimezone()
    except ValueError:
        return str(created_at)
    return tr("{date} om {time} uur").format(
        date=long_date(moment.date()), time=moment.strftime("%H.%M")
    )


def cases_text(count: int) -> str:
    """'1 dossier', '9 dossiers'."""
    return tr("1 dossier") if count == 1 else tr("{n} dossiers").format(n=count)


def backup_due(repo: Repository, days: int, now: dt.datetime | None = None) -> str:
    """The reminder's words when a backup is due (the last one older than `days` days, or
    none yet while there are cases), else ''. `days` 0: never reminds."""
    if days <= 0:
        return ""
    last = repo.last_backup_at()
    now = now or dt.datetime.now(dt.UTC)
    if last is None:
        if not repo.list_cases():
            return ""
        return tr("Er is nog geen reservekopie van deze database. Maak er een…")
    age = (now - last).days
    if age < days:
        return ""
    return tr(
        "De laatste reservekopie is van {when} ({days} dagen geleden). Maak een nieuwe…"
    ).format(when=moment_text(last), days=age)


def _same_disk(a: Path, b: Path) -> bool:
    try:
        return os.stat(a).st_dev == os.stat(b).st_dev
    except OSError:
        return False


def _buddy(text: str, field: QWidget, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setBuddy(field)
    return label


def _pump() -> None:
    """Let the dialog paint its progress (no input is handled meanwhile)."""
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)


class _Progress(QProgressBar):
    """A progress bar for the stages of store/backup.py."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Voortgang"))
        self.setTextVisible(True)
        self.hide()

    def step(self, stage: str, done: int, total: int) -> None:
        words = {
            "copy": tr("De database wordt gekopieerd en gecontroleerd…"),
            "write": tr("De reservekopie wordt weggeschreven…"),
            "unpack": tr("De reservekopie wordt uitgepakt…"),
            "check": tr("De teruggezette database wordt gecontroleerd…"),
        }
        self.show()
        self.setFormat(words.get(stage, ""))
        if total > 0:
            self.setRange(0, 1000)
            self.setValue(int(1000 * done / total))
        else:
            self.setRange(0, 0)
        _pump()


class BackupDialog(QDialog):
    """Choose a folder (a USB stick, a network folder) and a name; make the backup."""

    def __init__(self, repo: Repository, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.settings = settings
        self.made: BackupInfo | None = None
        self.setWindowTitle(self.tr("Reservekopie maken"))
        self.setObjectName("BackupDialog")

        intro = text_label(
            self.tr(
                "Een reservekopie is de hele database in één versleuteld bestand. U opent hem "
                "met de wachtwoordzin die nu geldt. Zet hem op een USB-stick of in een "
                "netwerkmap, niet op deze laptop: raakt de laptop kwijt of kapot, dan is de "
                "kopie er nog."
            ),
            self,
        )
        last = repo.last_backup_at()
        self.last_label = text_label(
            self.tr("Laatste reservekopie: {when}.").format(when=moment_text(last))
            if last is not None
            else self.tr("Van deze database is nog geen reservekopie gemaakt."),
            self,
        )
        self.folder_edit = QLineEdit(self)
        unlimited(self.folder_edit)
        self.folder_edit.setAccessibleName(self.tr("Map voor de reservekopie"))
        folder = settings.backup_folder
        self.folder_edit.setText(folder if folder and Path(folder).is_dir() else "")
        self.folder_button = QPushButton(self.tr("&Kies map…"), self)
        self.folder_button.setAccessibleName(self.tr("Kies de map voor de reservekopie"))
        self.folder_button.setAutoDefault(False)
        self.folder_button.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)
        self.name_edit = QLineEdit(self)
        unlimited(self.name_edit)
        self.name_edit.setAccessibleName(self.tr("Naam van het bestand"))
        today = dt.date.today().isoformat()
        self.name_edit.setText(self.tr("eigenkracht-reservekopie-{day}").format(day=today) + SUFFIX)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(_buddy(self.tr("&Map:"), self.folder_edit, self), folder_row)
        form.addRow(_buddy(self.tr("&Bestandsnaam:"), self.name_edit, self), self.name_edit)

        self.same_disk = MessageBar("difference", self)
        self.same_disk.hide()
        self.progress = _Progress(self)
        self.outcome = MessageBar("info", self)
        self.outcome.hide()
        self.error = MessageLabel(self)

        self.make_button = QPushButton(self.tr("Reservekopie &maken"), self)
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.make)
        self.close_button = QPushButton(self.tr("Sluiten"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.make_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.last_label)
        layout.addLayout(form)
        layout.addWidget(self.same_disk)
        layout.addWidget(self.progress)
        layout.addWidget(self.outcome)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.folder_edit.textChanged.connect(self._check_folder)
        self._check_folder()
        self.resize(
            self.sizeHint().expandedTo(self.minimumSizeHint()).boundedTo(self.maximumSize())
        )
        self.setMinimumWidth(min(560, self.screen().availableGeometry().width() - 40))

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Map voor de reservekopie"), self.folder_edit.text()
        )
        if chosen:
            self.folder_edit.setText(chosen)

    def _check_folder(self) -> None:
        folder = Path(self.folder_edit.text().strip())
        same = bool(self.folder_edit.text().strip()) and _same_disk(
            folder, self.repo.store.path.parent
        )
        self.same_disk.set_text(
            self.tr(
                "Deze map staat op dezelfde schijf als de database. Kies liever een USB-stick "
                "of een netwerkmap: dan blijft de kopie er ook als de laptop kapotgaat."
            )
            if same
            else ""
        )

    def target(self) -> Path | None:
        folder = self.folder_edit.text().strip()
        name = self.name_edit.text().strip()
        if not folder:
            self.error.show_message(self.tr("Kies eerst een map voor de reservekopie."))
            self.folder_button.setFocus()
            return None
        if not name or "/" in name or "\\" in name:
            self.error.show_message(self.tr("Geef het bestand een naam (zonder / of \\)."))
            self.name_edit.setFocus()
            return None
        if not name.lower().endswith(SUFFIX):
            name += SUFFIX
        return Path(folder) / name

    def make(self) -> None:
        self.error.show_message("")
        self.outcome.hide()
        out = self.target()
        if out is None:
            return
        self.make_button.setEnabled(False)
        self.close_button.setEnabled(False)
        try:
            info = self.repo.make_backup(out, progress=self.progress.step)
        except UserFacingError as exc:
            self.progress.hide()
            self.error.show_message(problem_text(exc))
            return
        finally:
            self.make_button.setEnabled(True)
            self.close_button.setEnabled(True)
        self.made = info
        self.settings.backup_folder = str(out.parent)
        self.progress.hide()
        self.last_label.setText(
            self.tr("Laatste reservekopie: {when}.").format(when=moment_text(info.created_at))
        )
        self.outcome.set_text(
            self.tr(
                "Reservekopie gemaakt en gecontroleerd: {name} ({cases}). Bewaar de "
                "stick op een veilige plek, net als de laptop."
            ).format(name=plain_line(out.name), cases=cases_text(info.cases))
        )
        self.close_button.setFocus()


class RestoreDialog(QDialog):
    """Choose a backup, where the restored database goes, and the backup's passphrase."""

    def __init__(self, current: Path, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current = current
        self.settings = settings
        self.restored: Path | None = None
        self.info: BackupInfo | None = None
        self.setWindowTitle(self.tr("Reservekopie terugzetten"))
        self.setObjectName("RestoreDialog")

        intro = text_label(
            self.tr(
                "De reservekopie wordt een nieuwe database naast de huidige. Er wordt niets "
                "overschreven. Pas als de kopie helemaal klopt, krijgt hij zijn naam; daarna "
                "kunt u ermee verder werken."
            ),
            self,
        )
        self.file_edit = QLineEdit(self)
        unlimited(self.file_edit)
        self.file_edit.setAccessibleName(self.tr("De reservekopie"))
        self.file_button = QPushButton(self.tr("&Kies bestand…"), self)
        self.file_button.setAccessibleName(self.tr("Kies de reservekopie"))
        self.file_button.setAutoDefault(False)
        self.file_button.clicked.connect(self._choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.file_button)
        self.about_label = text_label("", self)
        self.target_edit = QLineEdit(self)
        unlimited(self.target_edit)
        self.target_edit.setAccessibleName(self.tr("De nieuwe database"))
        self.target_edit.setText(str(self.free_target()))
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Wachtwoordzin van de reservekopie"))
        self.passphrase_edit.setAccessibleDescription(
            self.tr("De wachtwoordzin die gold toen de reservekopie werd gemaakt.")
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(_buddy(self.tr("&Reservekopie:"), self.file_edit, self), file_row)
        form.addRow("", self.about_label)
        form.addRow(_buddy(self.tr("&Nieuwe database:"), self.target_edit, self), self.target_edit)
        form.addRow(
            _buddy(self.tr("&Wachtwoordzin:"), self.passphrase_edit, self), self.passphrase_edit
        )
        self.passphrase_hint = text_label(
            self.tr("Gebruik de wachtwoordzin die gold toen de reservekopie werd gemaakt."), self
        )

        self.progress = _Progress(self)
        self.outcome = MessageBar("info", self)
        self.outcome.hide()
        self.error = MessageLabel(self)
        self.restore_button = QPushButton(self.tr("&Terugzetten"), self)
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.restore)
        self.open_button = QPushButton(self.tr("Nu met deze database &werken"), self)
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.accept)
        self.close_button = QPushButton(self.tr("Sluiten"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.hide()  # after addButton, which shows it: only once restored

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.passphrase_hint)
        layout.addWidget(self.progress)
        layout.addWidget(self.outcome)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.file_edit.editingFinished.connect(self._read_file)
        self.setMinimumWidth(min(600, self.screen().availableGeometry().width() - 40))

    def free_target(self) -> Path:
        """Beside the current database, a name that is not taken."""
        stem = self.current.stem or "eigenkracht"
        day = dt.date.today().isoformat()
        for n in range(1, 100):
            extra = "" if n == 1 else f"-{n}"
            candidate = self.current.with_name(f"{stem}-teruggezet-{day}{extra}.db")
            siblings = [candidate, candidate.with_name(candidate.name + ".kdf")]
            if not any(p.exists() for p in siblings):
                return candidate
        return self.current.with_name(f"{stem}-teruggezet-{day}-{os.getpid()}.db")

    def _choose_file(self) -> None:
        start = self.settings.backup_folder or str(self.current.parent)
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Kies de reservekopie"),
            start,
            self.tr("Reservekopieën van eigenkracht ({pattern})").format(pattern=FILE_FILTER),
        )
        if chosen:
            self.file_edit.setText(chosen)
            self._read_file()

    def _read_file(self) -> bool:
        self.error.show_message("")
        self.info = None
        text = self.file_edit.text().strip()
        if not text:
            self.about_label.setText("")
            return False
        try:
            self.info = read_info(Path(text))
        except UserFacingError as exc:
            self.about_label.setText("")
            self.error.show_message(problem_text(exc))
            return False
        self.about_label.setText(
            self.tr("Gemaakt op {when}, met {cases}.").format(
                when=moment_text(self.info.created_at), cases=cases_text(self.info.cases)
            )
        )
        return True

    def restore(self) -> None:
        self.outcome.hide()
        if not self._read_file():
            if not self.error.text():
                self.error.show_message(self.tr("Kies eerst de reservekopie."))
            self.file_button.setFocus()
            return
        target = Path(self.target_edit.text().strip())
        if not self.target_edit.text().strip():
            self.error.show_message(self.tr("Geef de plek voor de nieuwe database."))
            self.target_edit.setFocus()
            return
        if not self.passphrase_edit.text():
            self.error.show_message(self.tr("Vul de wachtwoordzin van de reservekopie in."))
            self.passphrase_edit.setFocus()
            return
        for button in (self.restore_button, self.close_button):
            button.setEnabled(False)
        try:
            restored = restore_backup(
                Path(self.file_edit.text().strip()),
                target,
                self.passphrase_edit.text(),
                progress=self.progress.step,
            )
        except UserFacingError as exc:
            self.progress.hide()
            self.error.show_message(problem_text(exc))
            self.passphrase_edit.selectAll()
            return
        finally:
            for button in (self.restore_button, self.close_button):
                button.setEnabled(True)
        self.passphrase_edit.clear()
        self.progress.hide()
        self.restored = restored.path
        self.restore_button.hide()
        self.outcome.set_text(
            self.tr(
                "Teruggezet en gecontroleerd: {name}, met {cases}. De huidige database "
                "is niet veranderd."
            ).format(name=plain_line(restored.path.name), cases=cases_text(restored.info.cases))
        )
        self.open_button.show()
        self.open_button.setFocus()


# --- the File menu and the reminder -------------------------------------------------------


def _repo(window: MainWindow) -> Repository | None:
    workspace = window.workspace
    return workspace.repo if workspace is not None else None


def make_backup(window: MainWindow) -> None:
    repo = _repo(window)
    if repo is None:
        return
    dialog = BackupDialog(repo, window.settings, parent=window)
    window._modal = dialog
    dialog.exec()
    window._modal = None
    refresh_reminder(window)


def restore(window: MainWindow) -> None:
    dialog = RestoreDialog(window.path, window.settings, parent=window)
    window._modal = dialog
    switch = dialog.exec() == QDialog.DialogCode.Accepted and dialog.restored is not None
    window._modal = None
    if switch and dialog.restored is not None:
        window.path = dialog.restored  # the unlock dialog asks for the restored database
        window.lock()


def refresh_reminder(window: MainWindow) -> None:
    """Show the reminder while the backup action is available and a backup is due."""
    button = getattr(window, "backup_reminder", None)
    action = getattr(window, "backup_action", None)
    if button is None or action is None:
        return
    repo = _repo(window)
    text = ""
    if action.isEnabled() and repo is not None and window.store is not None:
        try:
            text = backup_due(repo, window.settings.backup_reminder_days)
        except UserFacingError:
            text = ""
    button.setText(("⚠ " + text) if text else "")
    button.setAccessibleDescription(text)
    button.setVisible(bool(text))


def add_actions(window: MainWindow, menu: QMenu) -> list[QAction]:
    backup_action = QAction(tr("&Reservekopie maken…"), window)
    backup_action.setStatusTip(tr("Zet de hele database versleuteld op een stick of in een map."))
    backup_action.triggered.connect(lambda: make_backup(window))
    restore_action = QAction(tr("Reservekopie &terugzetten…"), window)
    restore_action.setStatusTip(tr("Maak van een reservekopie een nieuwe database."))
    restore_action.triggered.connect(lambda: restore(window))
    menu.addAction(backup_action)
    menu.addAction(restore_action)
    window.backup_action = backup_action  # type: ignore[attr-defined]

    reminder = QPushButton(window)
    reminder.setObjectName("backupReminder")
    reminder.setAccessibleName(tr("Herinnering: maak een reservekopie"))
    reminder.setFlat(True)
    reminder.setCursor(Qt.CursorShape.PointingHandCursor)
    reminder.hide()
    reminder.clicked.connect(lambda: make_backup(window))
    window.statusBar().addWidget(reminder)
    window.backup_reminder = reminder  # type: ignore[attr-defined]
    # The window turns the action on and off (unlock, lock, kitchen-table mode): the
    # reminder follows it, and is checked once the window has its database.
    backup_action.changed.connect(lambda: refresh_reminder(window))
    QTimer.singleShot(0, window, lambda: refresh_reminder(window))
    return [backup_action, restore_action]
