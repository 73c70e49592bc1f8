"""The card of one network person: every field of domain.md §5, edited with the
keyboard, each edit stored at once (typing after a short pause) and undoable."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eigenkracht.core.model import HelpDirection, HelpKind, Quality, Ring, Sector
from eigenkracht.core.network import RINGS, SECTORS, domains_helped
from eigenkracht.ui.editing.binding import TYPING_DELAY_MS, Binding, field_binding
from eigenkracht.ui.editing.commands import FieldKey
from eigenkracht.ui.network.book import NetworkBook, person_key
from eigenkracht.ui.network.models import HelpColumn, HelpsModel
from eigenkracht.ui.network.texts import (
    direction_text,
    quality_text,
    ring_text,
    role_suggestions,
    sector_text,
)
from eigenkracht.ui.widgets.plain import LongTextDelegate, unlimited
from eigenkracht.ui.widgets.text import heading, text_box, wrapped_label

if TYPE_CHECKING:
    from eigenkracht.core.instruments import Instrument


def enum_combo(parent: QWidget, items: list[tuple[Enum, str]], name: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    for member, text in items:
        combo.addItem(text, member.value)
    return combo


def _combo_reader(combo: QComboBox, kind: type[Enum]) -> Callable[[], Any]:
    return lambda: kind(combo.currentData()) if combo.currentIndex() >= 0 else None


def _combo_shower(combo: QComboBox) -> Callable[[Any], None]:
    def show(value: Any) -> None:
        combo.setCurrentIndex(combo.findData(value.value) if value is not None else -1)

    return show


class PersonForm(QWidget):
    """Shows and edits the person `book.current`."""

    def __init__(self, book: NetworkBook, instrument: Instrument, parent: QWidget) -> None:
        super().__init__(parent)
        self.book = book
        self.instrument = instrument
        self.person_id: int | None = None
        self.bindings: list[Binding] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 0)

        self.title = heading("", self, 1.1)
        layout.addWidget(self.title)
        self.empty = wrapped_label(
            self.tr(
                "Kies iemand in de lijst of op de kaart. Of voeg iemand toe met de knop "
                "Persoon toevoegen, of dubbelklik op een lege plek op de kaart."
            ),
            self,
        )
        layout.addWidget(self.empty)

        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.body)
        grid = QGridLayout()
        body.addLayout(grid)

        self.name = QLineEdit(self.body)
        unlimited(self.name)
        self.name.setAccessibleName(self.tr("Naam of bijnaam"))
        self.role = QComboBox(self.body)
        self.role.setEditable(True)
        unlimited(self.role)
        self.role.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.role.addItems(role_suggestions())
        self.role.setAccessibleName(self.tr("Rol, bijvoorbeeld dochter of buurvrouw"))
        self.sector = enum_combo(
            self.body, [(s, sector_text(s)) for s in SECTORS], self.tr("Sector")
        )
        self.ring = enum_combo(
            self.body, [(r, ring_text(r)) for r in RINGS], self.tr("Kring: hoe dichtbij")
        )
        self.quality = enum_combo(
            self.body, [(q, quality_text(q)) for q in Quality], self.tr("Band")
        )
        self.direction = enum_combo(
            self.body,
            [(d, direction_text(d)) for d in HelpDirection],
            self.tr("Wie helpt wie"),
        )
        self.frequency = QLineEdit(self.body)
        unlimited(self.frequency)
        self.frequency.setAccessibleName(self.tr("Hoe vaak contact"))
        self.frequency.setPlaceholderText(self.tr("bijvoorbeeld: elke week"))
        fields: list[tuple[str, QWidget]] = [
            (self.tr("&Naam of bijnaam"), self.name),
            (self.tr("&Rol"), self.role),
            (self.tr("&Sector"), self.sector),
            (self.tr("&Kring"), self.ring),
            (self.tr("&Band"), self.quality),
            (self.tr("Wie hel&pt wie"), self.direction),
            (self.tr("Hoe vaak &contact"), self.frequency),
        ]
        for number, (text, widget) in enumerate(fields):
            row, column = divmod(number, 2)
            label = QLabel(text, self.body)
            label.setBuddy(widget)
            grid.addWidget(label, 2 * row, column)
            grid.addWidget(widget, 2 * row + 1, column)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        checks = QGridLayout()
        body.addLayout(checks)
        self.may_contact = QCheckBox(self.tr("M&ag benaderd worden"), self.body)
        self.may_contact.setAccessibleName(self.tr("Mag benaderd worden"))
        self.left = QCheckBox(self.tr("Hoort niet meer bi&j het netwerk"), self.body)
        self.left.setAccessibleName(self.tr("Hoort niet meer bij het netwerk"))
        self.mantelzorger = QCheckBox(self.tr("Mantel&zorger"), self.body)
        self.mantelzorger.setAccessibleName(self.tr("Mantelzorger"))
        self.overburdened = QCheckBox(self.tr("Mantelzorger is overbe&last"), self.body)
        self.overburdened.setAccessibleName(self.tr("Mantelzorger is overbelast"))
        self.needs_support = QCheckBox(self.tr("Mantelzorger heeft steun no&dig"), self.body)
        self.needs_support.setAccessibleName(self.tr("Mantelzorger heeft steun nodig"))
        checks.addWidget(self.mantelzorger, 0, 0)
        checks.addWidget(self.may_contact, 0, 1)
        checks.addWidget(self.overburdened, 1, 0)
        checks.addWidget(self.left, 1, 1)
        checks.addWidget(self.needs_support, 2, 0)

        notes_label = QLabel(self.tr("Notiti&es"), self.body)
        self.notes = text_box(self.body, self.tr("Notities over deze persoon"), lines=2)
        notes_label.setBuddy(self.notes)
        body.addWidget(notes_label)
        body.addWidget(self.notes)

        helps_label = QLabel(self.tr("&Helpt bij (per leefgebied)"), self.body)
        body.addWidget(helps_label)
        self.helps_summary = wrapped_label("", self.body)
        self.helps_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body.addWidget(self.helps_summary)
        self.helps_model = HelpsModel(book, instrument, self)
        self.helps = QTableView(self.body)
        self.helps.setModel(self.helps_model)
        self.helps.setItemDelegate(LongTextDelegate(self.helps))
        self.helps.setAccessibleName(
            self.tr("Hulp per leefgebied: spatie vinkt aan, typ om te beschrijven")
        )
        self.helps.setTabKeyNavigation(False)
        self.helps.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.helps.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.helps.verticalHeader().hide()
        self.helps.horizontalHeader().setAccessibleName(self.tr("Kolomkoppen"))
        self.helps.verticalHeader().setAccessibleName(self.tr("Rijkoppen"))
        header = self.helps.horizontalHeader()
        header.setSectionResizeMode(HelpColumn.DOMAIN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HelpColumn.NOW, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HelpColumn.COULD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HelpColumn.NOW_WHAT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(HelpColumn.COULD_WHAT, QHeaderView.ResizeMode.Stretch)
        # Every domain at once: the card scrolls, the table inside it does not.
        self.helps.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.helps.setFixedHeight(
            self.helps.verticalHeader().defaultSectionSize() * len(self.helps_model.keys)
            + header.sizeHint().height()
            + 2 * self.helps.frameWidth()
        )
        helps_label.setBuddy(self.helps)
        body.addWidget(self.helps)
        layout.addStretch(1)

        self._bind()
        book.currentChanged.connect(self.set_person)
        book.personChanged.connect(self._person_changed)
        book.pseudonymiseChanged.connect(lambda _on: self._update_title())
        self.mantelzorger.toggled.connect(self._update_enabled)
        self.set_person(book.current)

    # -- bindings -------------------------------------------------------------------

    def _binding(
        self,
        widget: QWidget,
        field: str,
        text: str,
        read: Callable[[], Any],
        show: Callable[[Any], None],
        *,
        default: Any = None,
        delay_ms: int = 0,
    ) -> Binding:
        def target() -> FieldKey | None:
            return None if self.person_id is None else person_key(self.person_id, field)

        binding = field_binding(
            self.book,
            widget,
            target,
            text=text,
            read=read,
            show=show,
            where=lambda: self.book.where(self.person_id),
            delay_ms=delay_ms,
            default=default,
        )
        self.bindings.append(binding)
        return binding

    def _bind(self) -> None:
        tr = self.tr
        b = self._binding(
            self.name,
            "name",
            tr("Naam wijzigen"),
            self.name.text,
            self.name.setText,
            default="",
            delay_ms=TYPING_DELAY_MS,
        )
        self.name.textChanged.connect(b.changed)
        b = self._binding(
            self.role,
            "role",
            tr("Rol wijzigen"),
            lambda: " ".join(self.role.currentText().split()),
            self._show_role,
            default="",
            delay_ms=TYPING_DELAY_MS,
        )
        self.role.currentTextChanged.connect(b.changed)
        self.role.activated.connect(b.changed_now)
        combos: list[tuple[QComboBox, str, str, type[Enum]]] = [
            (self.sector, "sector", tr("Sector wijzigen"), Sector),
            (self.ring, "ring", tr("Kring wijzigen"), Ring),
            (self.quality, "quality", tr("Band wijzigen"), Quality),
            (self.direction, "direction", tr("Wie helpt wie wijzigen"), HelpDirection),
        ]
        for combo, field, text, kind in combos:
            b = self._binding(combo, field, text, _combo_reader(combo, kind), _combo_shower(combo))
            combo.currentIndexChanged.connect(b.changed)
        b = self._binding(
            self.frequency,
            "contact_frequency",
            tr("Contact wijzigen"),
            self.frequency.text,
            self.frequency.setText,
            default="",
            delay_ms=TYPING_DELAY_MS,
        )
        self.frequency.textChanged.connect(b.changed)
        for box, field, text in (
            (self.may_contact, "may_contact", tr("Mag benaderd worden wijzigen")),
            (self.mantelzorger, "is_mantelzorger", tr("Mantelzorger wijzigen")),
            (self.overburdened, "overburdened", tr("Overbelast wijzigen")),
            (self.needs_support, "needs_support", tr("Steun nodig wijzigen")),
        ):
            b = self._binding(box, field, text, box.isChecked, box.setChecked, default=False)
            box.toggled.connect(b.changed)
        b = self._binding(
            self.left, "until", tr("Niet meer in het netwerk"), self._left_read, self._left_show
        )
        self.left.toggled.connect(b.changed)
        b = self._binding(
            self.notes,
            "notes",
            tr("Notities wijzigen"),
            self.notes.toPlainText,
            self.notes.setPlainText,
            default="",
            delay_ms=TYPING_DELAY_MS,
        )
        self.notes.textChanged.connect(b.changed)

    def _show_role(self, role: str) -> None:
        index = self.role.findText(role)
        if index >= 0:
            self.role.setCurrentIndex(index)
        else:
            self.role.setCurrentIndex(-1)
            self.role.setEditText(role)

    def _left_read(self) -> dt.date | None:
        if not self.left.isChecked():
            return None
        person = self.book.person(self.person_id)
        if person is not None and person.until is not None:
            return person.until  # keep the date it was recorded with
        return self.book.day or dt.date.today()

    def _left_show(self, until: dt.date | None) -> None:
        self.left.setChecked(until is not None)

    # -- showing --------------------------------------------------------------------

    def set_person(self, person_id: int | None) -> None:
        for binding in self.bindings:
            binding.end_session()  # what was typed belongs to the person before
        self.person_id = person_id
        shown = person_id is not None and self.book.person(person_id) is not None
        self.body.setVisible(shown)
        self.empty.setVisible(not shown)
        self.helps_model.set_person(person_id if shown else None)
        for binding in self.bindings:
            binding.refresh(force=True)
        self._update_title()
        self._update_helps()
        self._update_enabled()
        self._update_echo()

    def _person_changed(self, person_id: int) -> None:
        if person_id == self.person_id:
            self._update_title()
            self._update_helps()

    def _update_title(self) -> None:
        person = self.book.person(self.person_id)
        if person is None:
            self.title.setText(self.tr("Persoon"))
        else:
            self.title.setText(self.tr("Persoon: {name}").format(name=self.book.display(person)))
        self._update_echo()

    def _update_echo(self) -> None:
        """With names hidden, the name field shows dots until it is edited."""
        mode = (
            QLineEdit.EchoMode.PasswordEchoOnEdit
            if self.book.pseudonymise
            else QLineEdit.EchoMode.Normal
        )
        if self.name.echoMode() != mode:
            self.name.setEchoMode(mode)

    def _update_enabled(self) -> None:
        carer = self.mantelzorger.isChecked()
        self.overburdened.setEnabled(carer)
        self.needs_support.setEnabled(carer)

    def _update_helps(self) -> None:
        person = self.book.person(self.person_id)
        if person is None:
            self.helps_summary.setText("")
            return

        def names(kind: HelpKind) -> str:
            found = []
            for key in domains_helped(person, kind):
                try:
                    found.append(self.instrument.domain(key).citizen_name)
                except KeyError:
                    found.append(key)
            return ", ".join(found)

        now, could = names(HelpKind.NOW), names(HelpKind.COULD)
        parts = []
        if now:
            parts.append(self.tr("Helpt nu bij: {domains}.").format(domains=now))
        if could:
            parts.append(self.tr("Kan helpen bij: {domains}.").format(domains=could))
        self.helps_summary.setText(" ".join(parts) or self.tr("Helpt nog niet bij een leefgebied."))

    def flush(self) -> None:
        for binding in self.bindings:
            binding.flush()

    def focus_name(self) -> None:
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)
        self.name.selectAll()


__all__ = ["PersonForm", "enum_combo"]
