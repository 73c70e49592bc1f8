"""A new case: the household, its reference, the melding, and who belongs to it.

Nothing is saved until the dialog's own button is pressed and every field is
right; a refusal from the store (a duplicate reference) is shown inline, and
then too nothing is saved. Leaving (Escape, Annuleren, closing) after something
was filled in asks first, since what was typed is then lost.

The coordinator starts as the worker's own name (Instellingen), the OS login
without one. The first time, when no name is set, the dialog asks for it once:
the name typed as coordinator is remembered unless the worker unticks that."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eigenkracht.core.model import Case, CaseKind, CaseStatus, Member
from eigenkracht.store.errors import StoreError
from eigenkracht.ui.caseload.model import Today, today_function
from eigenkracht.ui.widgets import (
    MessageLabel,
    OptionalDateEdit,
    name_qt_parts,
    pydate,
    qdate,
    unlimited,
)
from eigenkracht.ui.widgets.problems import problem_text
from eigenkracht.ui.widgets.screen import fit_dialog, scrolling_column
from eigenkracht.ui.widgets.words import (
    HOUSEHOLD_ROLES,
    household_role_text,
    household_role_value,
)

if TYPE_CHECKING:
    from eigenkracht.store.repository import Repository
    from eigenkracht.ui.settings import Settings

ROLES = HOUSEHOLD_ROLES  # stored Dutch; shown in the program's language


@dataclass
class MemberRow:
    """The widgets of one member in the dialog."""

    name: QLineEdit
    role: QComboBox
    birth: OptionalDateEdit
    remove: QPushButton


class MembersEditor(QWidget):
    """A short list of household members: name, role and date of birth per row."""

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.rows: list[MemberRow] = []
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.name_header = QLabel(self.tr("Naam"), self)
        self.role_header = QLabel(self.tr("Rol in het huishouden"), self)
        self.birth_header = QLabel(self.tr("Geboortedatum"), self)
        for column, label in enumerate((self.name_header, self.role_header, self.birth_header)):
            self.grid.addWidget(label, 0, column)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 2)
        self.grid.setColumnStretch(2, 2)

        self.add_button = QPushButton(self.tr("Gezinslid &toevoegen"), self)
        self.add_button.setAccessibleName(self.tr("Gezinslid toevoegen"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add_clicked)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_row(role="aanvrager")

    def add_row(self, name: str = "", role: str = "", birth: dt.date | None = None) -> MemberRow:
        name_edit = QLineEdit(self)
        unlimited(name_edit)
        name_edit.setText(name)
        role_box = QComboBox(self)
        role_box.setEditable(True)
        unlimited(role_box)
        role_box.addItems([household_role_text(r) for r in ROLES])
        role_box.setCurrentText(household_role_text(role))
        birth_edit = OptionalDateEdit(
            birth, fallback=dt.date(self.today.year - 40, 1, 1), maximum=self.today, parent=self
        )
        remove = QPushButton(self.tr("Verwijderen"), self)
        remove.setAutoDefault(False)
        row = MemberRow(name_edit, role_box, birth_edit, remove)
        remove.clicked.connect(lambda: self.remove_row(row))
        self.rows.append(row)
        self._relayout()
        for widget in (name_edit, role_box, birth_edit, remove):
            widget.show()  # at once, not later: the new name field takes the focus
        name_qt_parts(self)
        return row

    def remove_row(self, row: MemberRow) -> None:
        if row not in self.rows or len(self.rows) == 1:
            return
        position = self.rows.index(row)
        self.rows.remove(row)
        for widget in (row.name, row.role, row.birth, row.remove):
            self.grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self._relayout()
        following = self.rows[min(position, len(self.rows) - 1)]
        following.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_clicked(self) -> None:
        row = self.add_row()
        row.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _relayout(self) -> None:
        """Put the rows in the grid in order, number their names, fix the Tab order."""
        previous: QWidget | None = None
        for number, row in enumerate(self.rows, start=1):
            for column, widget in enumerate((row.name, row.role, row.birth, row.remove)):
                self.grid.addWidget(widget, number, column)
            row.name.setAccessibleName(self.tr("Naam van gezinslid {n}").format(n=number))
            row.role.setAccessibleName(self.tr("Rol van gezinslid {n}").format(n=number))
            row.birth.set_accessible_name(
                self.tr("Geboortedatum van gezinslid {n}").format(n=number)
            )
            row.remove.setAccessibleName(self.tr("Gezinslid {n} verwijderen").format(n=number))
            row.remove.setEnabled(len(self.rows) > 1)
            for widget in (row.name, row.role, row.birth.edit, row.birth.clear_button, row.remove):
                if previous is not None:
                    QWidget.setTabOrder(previous, widget)
                previous = widget
        if previous is not None:
            QWidget.setTabOrder(previous, self.add_button)
        self.name_header.setBuddy(self.rows[0].name)
        self.role_header.setBuddy(self.rows[0].role)
        self.birth_header.setBuddy(self.rows[0].birth)

    def first_focus(self) -> QWidget:
        return self.rows[0].name


class NewCaseDialog(QDialog):
    """Create a case. After acceptance, `created_case_id` is the new case's id.

    repo: the Repository (next_reference, create_case).
    today: the date to default the melding to (tests fix it).
    settings: where the worker's own name is kept (None: the OS login, never asked).
    """

    def __init__(
        self,
        repo: Repository,
        *,
        today: Today = None,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.repo = repo
        self.settings = settings
        login = repo.store.worker
        # Ask the worker's own name once, when none is set (settings.py says why per user).
        self.asks_name = (
            settings is not None
            and not settings.worker_name.strip()
            and not settings.worker_name_asked
        )
        self.today = today_function(today)()
        self.created_case_id: int | None = None
        self.setObjectName("NewCaseDialog")
        self.setWindowTitle(self.tr("Nieuw dossier"))
        self.setMinimumWidth(640)

        self.intro = QLabel(
            self.tr(
                "Eén huishouden, één plan. Vul in wat u nu weet; de rest kan later. "
                "Velden met * zijn verplicht."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.household = QLineEdit(self)
        unlimited(self.household)
        self.household.setAccessibleName(self.tr("Naam van het huishouden (verplicht)"))
        self.household.setPlaceholderText(self.tr("bijvoorbeeld: Familie Jansen"))
        self.household_label = QLabel(self.tr("Naam &huishouden *:"), self)
        self.household_label.setBuddy(self.household)
        form.addRow(self.household_label, self.household)

        self.reference = QLineEdit(repo.next_reference(), self)
        unlimited(self.reference)
        self.reference.setAccessibleName(self.tr("Kenmerk (verplicht)"))
        self.reference_label = QLabel(self.tr("&Kenmerk *:"), self)
        self.reference_label.setBuddy(self.reference)
        form.addRow(self.reference_label, self.reference)

        self.melding_date = QDateEdit(qdate(self.today), self)
        self.melding_date.setCalendarPopup(True)
        self.melding_date.setDisplayFormat("dd-MM-yyyy")
        self.melding_date.setMaximumDate(qdate(self.today))
        self.melding_date.setAccessibleName(self.tr("Datum van de melding"))
        self.melding_date.setAccessibleDescription(
            self.tr("De wettelijke termijnen tellen vanaf deze datum.")
        )
        self.melding_label = QLabel(self.tr("&Datum melding *:"), self)
        self.melding_label.setBuddy(self.melding_date)
        form.addRow(self.melding_label, self.melding_date)

        self.case_kind = QComboBox(self)  # the route the case follows (core.process)
        for kind, words in (
            (CaseKind.WMO, self.tr("Wmo (maatschappelijke ondersteuning)")),
            (CaseKind.JEUGD, self.tr("Jeugdwet (eerst een familiegroepsplan)")),
        ):
            self.case_kind.addItem(words, kind.value)
        self.case_kind.setAccessibleName(self.tr("Soort dossier"))
        self.case_kind_label = QLabel(self.tr("&Soort:"), self)
        self.case_kind_label.setBuddy(self.case_kind)
        form.addRow(self.case_kind_label, self.case_kind)

        self.coordinator = QLineEdit(self)
        unlimited(self.coordinator)
        if not self.asks_name:
            self.coordinator.setText(settings.worker_name_or(login) if settings else login)
        self.coordinator.setAccessibleName(self.tr("Regisseur"))
        self.coordinator_label = QLabel(self.tr("&Regisseur:"), self)
        self.coordinator_label.setBuddy(self.coordinator)
        form.addRow(self.coordinator_label, self.coordinator)
        self.remember_name = QCheckBox(
            self.tr("Dit is mijn naam: &onthoud hem voor volgende dossiers"), self
        )
        self.remember_name.setAccessibleName(self.tr("Onthoud dit als mijn naam"))
        self.remember_name.setChecked(True)
        if self.asks_name:
            self.coordinator.setPlaceholderText(self.tr("uw naam"))
            ask = self.tr(
                "Hoe heet u? Vul hier uw eigen naam in. eigenkracht onthoudt hem voor de "
                "volgende dossiers; wijzigen kan later bij Instellingen."
            )
            self.coordinator.setAccessibleDescription(ask)
            self.name_hint = QLabel(ask, self)
            self.name_hint.setWordWrap(True)
            self.name_hint.setTextFormat(Qt.TextFormat.PlainText)
            form.addRow("", self.name_hint)
            form.addRow("", self.remember_name)
        else:
            self.remember_name.hide()

        self.plan_offered = QCheckBox(
            self.tr("Gewezen op het &persoonlijk plan (binnen 7 dagen in te leveren)"), self
        )
        self.plan_offered.setAccessibleName(self.tr("Gewezen op het persoonlijk plan"))
        self.support_offered = QCheckBox(
            self.tr("Gewezen op gratis, onafhankelijke &cliëntondersteuning"), self
        )
        self.support_offered.setAccessibleName(self.tr("Gewezen op cliëntondersteuning"))
        form.addRow("", self.plan_offered)
        form.addRow("", self.support_offered)
        # The Jeugdwet route offers a familiegroepsplan instead of the persoonlijk plan.
        self.case_kind.currentIndexChanged.connect(self._kind_changed)

        self.members_box = QGroupBox(self.tr("Gezinsleden * (minstens één)"), self)
        self.members = MembersEditor(self.today, self.members_box)
        box_layout = QVBoxLayout(self.members_box)
        box_layout.addWidget(self.members)

        self.message = MessageLabel(self)

        self.buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(self.tr("Dossier &aanmaken"), self)
        self.ok_button.setAccessibleName(self.tr("Dossier aanmaken"))
        self.ok_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Annuleren"), self)
        self.cancel_button.setAccessibleName(self.tr("Annuleren"))
        self.cancel_button.setAutoDefault(False)
        role = QDialogButtonBox.ButtonRole
        self.buttons.addButton(self.ok_button, role.AcceptRole)
        self.buttons.addButton(self.cancel_button, role.RejectRole)
        self.ok_button.clicked.connect(self.create_case)
        self.cancel_button.clicked.connect(self.reject)

        # The fields scroll on a small screen (a laptop at 150 %, a large household); the
        # buttons stay in view below them.
        layout = QVBoxLayout(self)
        fields = scrolling_column(self, self.intro, form, self.members_box, self.message)
        layout.addWidget(fields, 1)
        layout.addWidget(self.buttons)

        chain: list[QWidget] = [
            self.household,
            self.reference,
            self.melding_date,
            self.case_kind,
            self.coordinator,
            *([self.remember_name] if self.asks_name else []),
            self.plan_offered,
            self.support_offered,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        QWidget.setTabOrder(self.support_offered, self.members.first_focus())
        QWidget.setTabOrder(self.members.add_button, self.ok_button)
        QWidget.setTabOrder(self.ok_button, self.cancel_button)
        self.household.setFocus(Qt.FocusReason.OtherFocusReason)
        name_qt_parts(self)
        fit_dialog(self, 680)
        self._login = login
        self._as_opened = self._filled_in()

    # -- reading the form -----------------------------------------------------------

    def _filled_in(self) -> tuple[object, ...]:
        """What the fields shown hold now: any difference from when the dialog opened
        is input that leaving would lose."""
        values: list[object] = []
        for widget in self.findChildren(QWidget):
            if not widget.isVisibleTo(self):
                continue
            if isinstance(widget, QLineEdit):
                values.append(widget.text())
            elif isinstance(widget, QComboBox):
                values.append(widget.currentText())
            elif isinstance(widget, QDateEdit):
                values.append(widget.date().toJulianDay())
            elif isinstance(widget, QAbstractButton) and widget.isCheckable():
                values.append(widget.isChecked())
        return tuple(values)

    def is_dirty(self) -> bool:
        return self._filled_in() != self._as_opened

    def reject(self) -> None:
        """Escape, Annuleren or closing: after input, ask before it is thrown away."""
        if self.is_dirty() and not self._confirm_stop():
            return
        super().reject()

    def _confirm_stop(self) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Stoppen?"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("Wilt u stoppen? Wat u hebt ingevuld wordt niet bewaard."))
        stop = box.addButton(self.tr("Ja, stoppen"), QMessageBox.ButtonRole.DestructiveRole)
        back = box.addButton(self.tr("Nee, verder invullen"), QMessageBox.ButtonRole.RejectRole)
        stop.setAccessibleName(self.tr("Ja, stoppen"))
        back.setAccessibleName(self.tr("Nee, verder invullen"))
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.exec()
        return box.clickedButton() is stop

    def _kind_changed(self) -> None:
        if self.case_kind.currentData() == CaseKind.JEUGD.value:
            self.plan_offered.setText(self.tr("&Familiegroepsplan aangeboden"))
            self.plan_offered.setAccessibleName(self.tr("Familiegroepsplan aangeboden"))
        else:
            self.plan_offered.setText(
                self.tr("Gewezen op het &persoonlijk plan (binnen 7 dagen in te leveren)")
            )
            self.plan_offered.setAccessibleName(self.tr("Gewezen op het persoonlijk plan"))

    def case(self) -> Case:
        """The case as filled in (not checked); an empty coordinator is the OS login."""
        youth = self.case_kind.currentData() == CaseKind.JEUGD.value
        offered = self.plan_offered.isChecked()
        melding = pydate(self.melding_date.date())
        return Case(
            reference=self.reference.text().strip(),
            household_name=self.household.text().strip(),
            status=CaseStatus.MELDING,
            coordinator=self.coordinator.text().strip() or self._login,
            melding_date=melding,
            case_kind=CaseKind(self.case_kind.currentData()),
            persoonlijk_plan_offered=offered and not youth,
            familiegroepsplan_offered=melding if offered and youth else None,
            clientondersteuning_offered=self.support_offered.isChecked(),
        )

    def member_list(self) -> list[Member]:
        """The members with a name, in the order shown (not checked)."""
        return [
            Member(
                case_id=0,
                name=row.name.text().strip(),
                role=household_role_value(row.role.currentText()),
                birth_date=row.birth.value(),
            )
            for row in self.members.rows
            if row.name.text().strip()
        ]

    def problem(self) -> tuple[str, QWidget] | None:
        """The first thing that is not right, with the field to fix; None when all is."""
        if not self.household.text().strip():
            return self.tr("Vul de naam van het huishouden in."), self.household
        if not self.reference.text().strip():
            return self.tr("Vul een kenmerk in."), self.reference
        for number, row in enumerate(self.members.rows, start=1):
            if not row.name.text().strip() and row.birth.value() is not None:
                message = self.tr("Vul de naam in van gezinslid {n}.").format(n=number)
                return message, row.name
        if not self.member_list():
            return self.tr("Vul minstens één gezinslid in."), self.members.first_focus()
        return None

    # -- saving -----------------------------------------------------------------------

    def create_case(self) -> None:
        """Check the form, create the case, and close; or say what is wrong and stay."""
        found = self.problem()
        if found is not None:
            message, field = found
            self._fail(message, field)
            return
        try:
            created = self.repo.create_case(self.case(), self.member_list())
        except StoreError as exc:
            field = self.reference if self.repo.find_case(self.case().reference) else self.household
            self._fail(problem_text(exc), field)
            return
        self.created_case_id = created.case.id
        self.message.show_message("")
        self._remember_name()
        self.accept()

    def _remember_name(self) -> None:
        """The first time: the coordinator typed is the worker's own name, unless
        unticked; either way the question is not asked again."""
        if not self.asks_name or self.settings is None:
            return
        name = " ".join(self.coordinator.text().split())
        if self.remember_name.isChecked() and name:
            self.settings.worker_name = name
        self.settings.worker_name_asked = True
        self.settings.sync()

    def _fail(self, message: str, field: QWidget) -> None:
        self.message.show_message(message)
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(field, QLineEdit):
            field.selectAll()


__all__ = ["MembersEditor", "NewCaseDialog"]
