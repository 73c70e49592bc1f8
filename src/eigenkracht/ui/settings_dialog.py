"""Instellingen and Wachtwoordzin wijzigen.

SettingsDialog edits the preferences in `Settings` (the worker's own name, idle
lock, language). OK
stores them and emits `applied` with the idle minutes, so the main window can
apply the new idle time at once; Annuleren stores nothing.

ChangePassphraseDialog rekeys the open database. The current passphrase is
checked against the key file first (one Argon2id run, the database is not
touched); a wrong one changes nothing. The store is imported only when the user
presses the button, as in unlock.py.

    dialog = SettingsDialog(window.settings, window)
    dialog.applied.connect(window.idle.set_minutes)
    dialog.exec()

    ChangePassphraseDialog(window.store, window.kdf_params, window).exec()
"""

from __future__ import annotations

import itertools
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from eigenkracht.store.errors import StoreError
from eigenkracht.ui.unlock import MIN_PASSPHRASE_LENGTH, busy_cursor, passphrase_hint
from eigenkracht.ui.widgets import unlimited
from eigenkracht.ui.widgets.problems import problem_text
from eigenkracht.ui.widgets.screen import fit_dialog, scrolling_column
from eigenkracht.ui.widgets.theme import ERROR_COLOUR, SUCCESS_COLOUR, message_style

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

    from eigenkracht.store.crypto import KdfParams
    from eigenkracht.store.database import Store
    from eigenkracht.ui.settings import Settings

log = logging.getLogger(__name__)

MAX_IDLE_MINUTES = 120
MAX_BACKUP_DAYS = 365
LANGUAGES = ("nl", "en")  # the order of the language list


def _text_label(text: str, parent: QWidget) -> QLabel:
    """A wrapping plain-text label (user text is never rich text)."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _message_label(parent: QWidget, name: str, color: str, accessible_name: str) -> QLabel:
    """An inline message line, hidden while empty."""
    label = _text_label("", parent)
    label.setObjectName(name)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet(message_style(name, color, label.palette()))
    label.setAccessibleName(accessible_name)
    label.hide()
    return label


def _announce(label: QLabel) -> None:
    """Let a screen reader read a message that just appeared."""
    from PySide6.QtGui import QAccessible, QAccessibleEvent

    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleEvent(label, QAccessible.Event.Alert))


def _chain_tabs(chain: list[QWidget]) -> None:
    """Tab order of the fields. The buttons are left to QDialogButtonBox, which orders
    them as the platform shows them (chaining them by hand breaks Tab from the last
    button back to the first field, Qt 6.12)."""
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)


class SettingsDialog(QDialog):
    """Instellingen: the worker's own name, idle lock, backup reminder and language. OK stores,
    Annuleren changes nothing.

    login: the OS account, used where no name is set (shown as the fallback).
    applied(minutes) is emitted after OK has stored the settings.
    """

    applied = Signal(int)

    def __init__(self, settings: Settings, parent: QWidget | None = None, login: str = "") -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("SettingsDialog")
        self.setWindowTitle(self.tr("Instellingen"))
        self.setMinimumWidth(520)

        # -- the worker's own name
        name_box = QGroupBox(self.tr("Uw naam"), self)
        about_name = self.tr(
            "Uw naam staat onderin het venster en als regisseur bij elk nieuw dossier. "
            "Het logboek bewaart daarnaast altijd het account waarmee u op deze computer "
            "bent aangemeld."
        )
        if login:
            about_name += " " + self.tr("Zonder naam gebruikt eigenkracht dat account: {login}.")
            about_name = about_name.format(login=login)
        self.name_explanation = _text_label(about_name, name_box)
        self.worker_name = QLineEdit(name_box)
        unlimited(self.worker_name)
        self.worker_name.setObjectName("workerName")
        self.worker_name.setText(settings.worker_name)
        self.worker_name.setPlaceholderText(self.tr("bijvoorbeeld: Sanne Visser"))
        self.worker_name.setAccessibleName(self.tr("Uw naam"))
        self.worker_name.setAccessibleDescription(about_name)
        name_label = QLabel(self.tr("&Naam:"), name_box)
        name_label.setBuddy(self.worker_name)
        name_form = QFormLayout()
        name_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        name_form.addRow(name_label, self.worker_name)
        name_layout = QVBoxLayout(name_box)
        name_layout.addWidget(self.name_explanation)
        name_layout.addLayout(name_form)

        # -- idle lock
        lock_box = QGroupBox(self.tr("Vergrendelen"), self)
        explanation = self.tr(
            "eigenkracht vergrendelt zichzelf als niemand het programma een tijdje gebruikt. "
            "Zo kan aan de keukentafel niemand zomaar gegevens van cliënten zien als u even "
            "wegloopt. Wij raden 5 tot 15 minuten aan. Kiest u 0, dan vergrendelt het "
            "programma nooit vanzelf."
        )
        self.idle_explanation = _text_label(explanation, lock_box)
        self.idle_minutes = QSpinBox(lock_box)
        self.idle_minutes.setObjectName("idleMinutes")
        self.idle_minutes.setRange(0, MAX_IDLE_MINUTES)
        self.idle_minutes.setSpecialValueText(self.tr("nooit"))
        self.idle_minutes.setAccessibleName(self.tr("Vergrendelen na aantal minuten"))
        self.idle_minutes.setAccessibleDescription(explanation)
        self.idle_minutes.setSuffix(self.tr(" minuten"))  # the widest: keep its width
        self.idle_minutes.setMinimumWidth(self.idle_minutes.sizeHint().width())
        self.idle_minutes.valueChanged.connect(self._update_suffix)
        self.idle_minutes.setValue(min(max(settings.idle_lock_minutes, 0), MAX_IDLE_MINUTES))
        self._update_suffix(self.idle_minutes.value())
        idle_label = QLabel(self.tr("&Vergrendelen na:"), lock_box)
        idle_label.setBuddy(self.idle_minutes)
        lock_form = QFormLayout()
        lock_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        lock_form.addRow(idle_label, self.idle_minutes)
        lock_layout = QVBoxLayout(lock_box)
        lock_layout.addWidget(self.idle_explanation)
        lock_layout.addLayout(lock_form)

        # -- backup reminder
        backup_box = QGroupBox(self.tr("Reservekopie"), self)
        backup_about = self.tr(
            "Onderin het venster staat een herinnering als de laatste reservekopie ouder is "
            "dan dit. Kiest u 0, dan herinnert het programma u nooit."
        )
        self.backup_explanation = _text_label(backup_about, backup_box)
        self.backup_days = QSpinBox(backup_box)
        self.backup_days.setObjectName("backupReminderDays")
        self.backup_days.setRange(0, MAX_BACKUP_DAYS)
        self.backup_days.setSpecialValueText(self.tr("nooit"))
        self.backup_days.setSuffix(self.tr(" dagen"))
        self.backup_days.setMinimumWidth(self.backup_days.sizeHint().width())
        self.backup_days.setAccessibleName(self.tr("Herinneren aan een reservekopie na dagen"))
        self.backup_days.setAccessibleDescription(backup_about)
        self.backup_days.setValue(min(max(settings.backup_reminder_days, 0), MAX_BACKUP_DAYS))
        backup_label = QLabel(self.tr("&Herinneren na:"), backup_box)
        backup_label.setBuddy(self.backup_days)
        backup_form = QFormLayout()
        backup_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        backup_form.addRow(backup_label, self.backup_days)
        backup_layout = QVBoxLayout(backup_box)
        backup_layout.addWidget(self.backup_explanation)
        backup_layout.addLayout(backup_form)

        # -- language
        language_box = QGroupBox(self.tr("Taal"), self)
        self.language = QComboBox(language_box)
        self.language.setObjectName("language")
        names = {"nl": self.tr("Nederlands"), "en": self.tr("English")}
        for code in LANGUAGES:
            self.language.addItem(names[code], code)
        self.language.setAccessibleName(self.tr("Taal van het programma"))
        index = self.language.findData(settings.language)
        self.language.setCurrentIndex(max(index, 0))
        language_label = QLabel(self.tr("&Taal:"), language_box)
        language_label.setBuddy(self.language)
        language_form = QFormLayout()
        language_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        language_form.addRow(language_label, self.language)
        restart = self.tr("Een andere taal werkt pas nadat u eigenkracht opnieuw hebt gestart.")
        self.language_note = _text_label(restart, language_box)
        self.language.setAccessibleDescription(restart)
        language_layout = QVBoxLayout(language_box)
        language_layout.addLayout(language_form)
        language_layout.addWidget(self.language_note)

        # -- buttons
        self.buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(self.tr("OK"), self)
        self.ok_button.setAccessibleName(self.tr("Instellingen opslaan"))
        self.ok_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Annuleren"), self)
        self.cancel_button.setAccessibleName(self.tr("Annuleren"))
        role = QDialogButtonBox.ButtonRole
        self.buttons.addButton(self.ok_button, role.AcceptRole)
        self.buttons.addButton(self.cancel_button, role.RejectRole)
        self.ok_button.clicked.connect(self._save)
        self.cancel_button.clicked.connect(self.reject)

        # The sections scroll on a small screen (a laptop at 150 %); OK and Annuleren
        # stay in view below them.
        layout = QVBoxLayout(self)
        sections = scrolling_column(self, name_box, lock_box, backup_box, language_box)
        layout.addWidget(sections, 1)
        layout.addWidget(self.buttons)
        fit_dialog(self, 600)
        _chain_tabs([self.worker_name, self.idle_minutes, self.backup_days, self.language])

    def _update_suffix(self, value: int) -> None:
        suffix = self.tr(" minuut") if value == 1 else self.tr(" minuten")
        if self.idle_minutes.suffix() != suffix:
            self.idle_minutes.setSuffix(suffix)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.worker_name.setFocus(Qt.FocusReason.OtherFocusReason)
        self.worker_name.selectAll()

    def _save(self) -> None:
        self.idle_minutes.interpretText()  # a number typed but not yet committed counts
        minutes = self.idle_minutes.value()
        self.settings.idle_lock_minutes = minutes
        self.backup_days.interpretText()
        self.settings.backup_reminder_days = self.backup_days.value()
        self.settings.language = str(self.language.currentData())
        self.settings.worker_name = " ".join(self.worker_name.text().split())
        self.settings.sync()
        log.info("settings saved")
        self.applied.emit(minutes)
        self.accept()


class ChangePassphraseDialog(QDialog):
    """Wachtwoordzin wijzigen for the open store.

    kdf_params: the Argon2id costs for the new key (tests use cheap ones); a fresh
    salt is drawn each time. None: the default costs.
    After success `changed` is True, the `passphraseChanged` signal has been
    emitted, and the dialog shows what this means until the user closes it.
    """

    passphraseChanged = Signal()

    def __init__(
        self,
        store: Store,
        kdf_params: KdfParams | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.kdf_params = kdf_params
        self.changed = False
        self.setObjectName("ChangePassphraseDialog")
        self.setWindowTitle(self.tr("Wachtwoordzin wijzigen"))
        self.setMinimumWidth(560)

        self.intro = _text_label(
            self.tr(
                "U kiest een nieuwe wachtwoordzin voor de database {name}. Vul eerst de "
                "huidige wachtwoordzin in, daarna twee keer de nieuwe."
            ).format(name=store.path.name),
            self,
        )

        self.fields = QWidget(self)
        form = QFormLayout(self.fields)
        form.setContentsMargins(0, 0, 0, 0)
        self.current = self._passphrase_field(self.tr("Huidige wachtwoordzin"))
        current_label = QLabel(self.tr("&Huidige wachtwoordzin:"), self.fields)
        current_label.setBuddy(self.current)
        form.addRow(current_label, self.current)
        self.new = self._passphrase_field(self.tr("Nieuwe wachtwoordzin"))
        new_label = QLabel(self.tr("&Nieuwe wachtwoordzin:"), self.fields)
        new_label.setBuddy(self.new)
        form.addRow(new_label, self.new)
        self.repeat = self._passphrase_field(self.tr("Nieuwe wachtwoordzin herhalen"))
        repeat_label = QLabel(self.tr("He&rhaal nieuwe wachtwoordzin:"), self.fields)
        repeat_label.setBuddy(self.repeat)
        form.addRow(repeat_label, self.repeat)
        self.strength = _text_label("", self.fields)
        self.strength.setObjectName("strength")
        form.addRow("", self.strength)
        self.error = _message_label(
            self.fields, "passphraseError", ERROR_COLOUR, self.tr("Melding")
        )
        form.addRow("", self.error)

        self.warning = _text_label(
            self.tr(
                "Onthoud de nieuwe wachtwoordzin goed. Zonder de wachtwoordzin kan niemand de "
                "gegevens nog openen, ook de beheerder niet."
            ),
            self,
        )
        self.success = _message_label(self, "passphraseChanged", SUCCESS_COLOUR, self.tr("Gelukt"))

        self.buttons = QDialogButtonBox(self)
        self.change_button = QPushButton(self.tr("Wachtwoordzin &wijzigen"), self)
        self.change_button.setAccessibleName(self.tr("Wachtwoordzin wijzigen"))
        self.change_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Annuleren"), self)
        self.cancel_button.setAccessibleName(self.tr("Annuleren"))
        self.cancel_button.setAutoDefault(False)
        role = QDialogButtonBox.ButtonRole
        self.buttons.addButton(self.change_button, role.AcceptRole)
        self.buttons.addButton(self.cancel_button, role.RejectRole)
        self.change_button.clicked.connect(self._change)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.fields)
        layout.addWidget(self.warning)
        layout.addWidget(self.success)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        _chain_tabs([self.current, self.new, self.repeat])

        self.new.textChanged.connect(self._update_strength)
        self.repeat.textChanged.connect(self._update_strength)
        self._update_strength()

    def _passphrase_field(self, accessible_name: str) -> QLineEdit:
        field = QLineEdit(self.fields)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(accessible_name)
        return field

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.changed:
            self.current.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- state ------------------------------------------------------------

    def _update_strength(self) -> None:
        """The same hint as in the unlock dialog, plus whether the two agree."""
        text = passphrase_hint(self.new.text(), self.repeat.text())
        self.strength.setText(text)
        self.new.setAccessibleDescription(text)

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        if message:
            _announce(self.error)

    def _fail(self, message: str, focus: QLineEdit, *clear: QLineEdit) -> None:
        for field in clear:
            field.clear()
        self._show_error(message)
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def reject(self) -> None:
        """After a change, closing in any way means: done."""
        if self.changed:
            self.accept()
        else:
            super().reject()

    # -- action -----------------------------------------------------------

    def _change(self) -> None:
        current, new = self.current.text(), self.new.text()
        if not current:
            self._fail(self.tr("Vul de huidige wachtwoordzin in."), self.current)
            return
        if len(new) < MIN_PASSPHRASE_LENGTH:
            self._fail(
                self.tr("Kies een nieuwe wachtwoordzin van minstens 8 tekens."),
                self.new,
                self.new,
                self.repeat,
            )
            return
        if self.repeat.text() != new:
            self._fail(
                self.tr("De twee nieuwe wachtwoordzinnen zijn niet gelijk. Typ ze opnieuw."),
                self.new,
                self.new,
                self.repeat,
            )
            return
        if new == current:
            self._fail(
                self.tr("De nieuwe wachtwoordzin is gelijk aan de huidige. Kies een andere."),
                self.new,
                self.new,
                self.repeat,
            )
            return
        from eigenkracht.store import database
        from eigenkracht.store.crypto import KdfParams

        params = None
        if self.kdf_params is not None:  # the same costs, never the same salt
            costs = self.kdf_params
            params = KdfParams.new(costs.time_cost, costs.memory_cost_kib, costs.parallelism)
        with busy_cursor():
            try:
                right = database.verify_passphrase(self.store.path, current)
            except StoreError as exc:
                log.info("passphrase check refused: %s", type(exc).__name__)
                self._fail(problem_text(exc), self.current, self.current)
                return
            if not right:
                log.info("passphrase change refused: wrong current passphrase")
                self._fail(
                    self.tr("De huidige wachtwoordzin klopt niet. Er is niets veranderd."),
                    self.current,
                    self.current,
                )
                return
            try:
                self.store.rekey(new, params)
            except StoreError as exc:
                log.info("passphrase change refused: %s", type(exc).__name__)
                self._fail(problem_text(exc), self.new, self.new, self.repeat)
                return
            except (database.DatabaseError, OSError) as exc:
                log.warning("passphrase change failed: %s", type(exc).__name__)
                problem = exc if isinstance(exc, OSError) else database.store_error(exc)
                self._fail(
                    self.tr("De wachtwoordzin kon niet worden gewijzigd. {problem}").format(
                        problem=problem_text(problem)
                    ),
                    self.current,
                    self.current,
                    self.new,
                    self.repeat,
                )
                return
        log.info("passphrase changed")
        self._succeed()

    def _succeed(self) -> None:
        self.changed = True
        for field in (self.current, self.new, self.repeat):
            field.clear()
        self._show_error("")
        self.fields.hide()
        self.intro.hide()
        self.warning.hide()
        self.success.setText(
            self.tr(
                "De wachtwoordzin is gewijzigd. Vanaf nu hebt u de nieuwe wachtwoordzin nodig "
                "om de database te openen.\n\nLet op: een kopie van de database die u eerder "
                "hebt gemaakt (bijvoorbeeld een back-up) opent nog steeds alleen met de oude "
                "wachtwoordzin."
            )
        )
        self.success.show()
        _announce(self.success)
        self.change_button.hide()
        self.cancel_button.setText(self.tr("&Sluiten"))
        self.cancel_button.setAccessibleName(self.tr("Sluiten"))
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.passphraseChanged.emit()


__all__ = ["ChangePassphraseDialog", "SettingsDialog"]
