"""Item models over a NetworkBook: the list of persons (also the map's table
alternative) and what one person helps with per life domain."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication

from eigenkracht.core.model import HelpKind, NetworkHelp, NetworkPerson
from eigenkracht.core.network import domains_helped
from eigenkracht.ui.network.book import NetworkBook
from eigenkracht.ui.network.texts import quality_text, ring_text, sector_text
from eigenkracht.ui.widgets.plain import plain_line, plain_tooltip
from eigenkracht.ui.widgets.theme import muted_text

if TYPE_CHECKING:
    from eigenkracht.core.instruments import Instrument

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class PersonColumn:
    NAME = 0
    ROLE = 1
    RING = 2
    SECTOR = 3
    HELPS = 4
    COUNT = 5


class NetworkTableModel(QAbstractTableModel):
    """One row per person of the network (left ones last, marked)."""

    def __init__(self, book: NetworkBook, instrument: Instrument, parent: QObject | None = None):
        super().__init__(parent)
        self.book = book
        self.instrument = instrument
        self.ids: list[int] = []
        self._reset()
        book.personsChanged.connect(self._reset)
        book.pseudonymiseChanged.connect(self._all_changed)
        book.personChanged.connect(self._person_changed)

    def _order(self) -> list[int]:
        persons = self.book.all()
        return [p.id for p in persons if p.id is not None and self.book.on_map(p)] + [
            p.id for p in persons if p.id is not None and not self.book.on_map(p)
        ]

    def _reset(self) -> None:
        self.beginResetModel()
        self.ids = self._order()
        self.endResetModel()

    def _all_changed(self) -> None:
        if self.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, 4))

    def _person_changed(self, person_id: int) -> None:
        if self._order() != self.ids:  # left or came back: the order changes
            self._reset()
            return
        if person_id in self.ids:
            row = self.ids.index(person_id)
            self.dataChanged.emit(self.index(row, 0), self.index(row, PersonColumn.COUNT - 1))

    def row_of(self, person_id: int | None) -> int:
        return self.ids.index(person_id) if person_id in self.ids else -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else PersonColumn.COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Naam"),
            self.tr("Rol"),
            self.tr("Kring"),
            self.tr("Sector"),
            self.tr("Helpt bij"),
        )[section]

    def domain_name(self, key: str) -> str:
        try:
            return self.instrument.domain(key).citizen_name
        except KeyError:
            return key

    def _text(self, person: NetworkPerson, column: int) -> str:
        if column == PersonColumn.NAME:
            name = self.book.display(person)
            marks = []
            if person.is_mantelzorger:
                marks.append("♥")
            if person.is_mantelzorger and (person.overburdened or person.needs_support):
                marks.append("!")
            text = f"{name} {' '.join(marks)}".strip()
            if not self.book.on_map(person):
                text += " " + self.tr("(niet meer in het netwerk)")
            return text
        if column == PersonColumn.ROLE:
            return person.role
        if column == PersonColumn.SECTOR:
            return sector_text(person.sector)
        if column == PersonColumn.RING:
            return ring_text(person.ring)
        if column == PersonColumn.HELPS:
            now = [self.domain_name(d) for d in domains_helped(person, HelpKind.NOW)]
            could = [self.domain_name(d) for d in domains_helped(person, HelpKind.COULD)]
            parts = []
            if now:
                parts.append(self.tr("nu: {domains}").format(domains=", ".join(now)))
            if could:
                parts.append(self.tr("kan: {domains}").format(domains=", ".join(could)))
            return "; ".join(parts)
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self.book.person(self.ids[index.row()])
        if person is None:
            return None
        column = index.column()
        if role == PERSON_ID_ROLE:
            return person.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(person, column)
            return plain_tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else plain_line(text)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == PersonColumn.NAME:
            parts = [self.book.display(person), quality_text(person.quality)]
            if person.is_mantelzorger:
                parts.append(self.tr("mantelzorger"))
                if person.overburdened:
                    parts.append(self.tr("overbelast"))
                if person.needs_support:
                    parts.append(self.tr("heeft steun nodig"))
            if not self.book.on_map(person):
                parts.append(self.tr("niet meer in het netwerk"))
            return ", ".join(parts)
        if role == Qt.ItemDataRole.ForegroundRole and not self.book.on_map(person):
            # Grey, yet 4.5:1 (Qt's darkGray was 3.9:1 on white, 3.0:1 on dark grey).
            return muted_text(QGuiApplication.palette())
        return None


class HelpColumn:
    DOMAIN = 0
    NOW = 1
    NOW_WHAT = 2
    COULD = 3
    COULD_WHAT = 4
    COUNT = 5


class HelpsModel(QAbstractTableModel):
    """What the current person helps with (now) and could help with, per life domain.
    Every edit is one undoable change of the person's help (NetworkBook.set_helps)."""

    def __init__(self, book: NetworkBook, instrument: Instrument, parent: QObject | None = None):
        super().__init__(parent)
        self.book = book
        self.keys = [d.key for d in instrument.domains]
        self.names = [d.citizen_name for d in instrument.domains]
        self.person_id: int | None = None
        book.personChanged.connect(self._person_changed)

    def set_person(self, person_id: int | None) -> None:
        self.beginResetModel()
        self.person_id = person_id
        self.endResetModel()

    def _person_changed(self, person_id: int) -> None:
        if person_id == self.person_id:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.keys) - 1, HelpColumn.COUNT - 1)
            )

    def _helps(self) -> list[NetworkHelp]:
        person = self.book.person(self.person_id)
        return list(person.helps) if person is not None else []

    def _find(self, domain: str, kind: HelpKind) -> NetworkHelp | None:
        return next((h for h in self._helps() if h.domain == domain and h.kind is kind), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.person_id is None else len(self.keys)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else HelpColumn.COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Leefgebied"),
            self.tr("Helpt nu"),
            self.tr("Wat nu"),
            self.tr("Kan helpen"),
            self.tr("Wat kan"),
        )[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (HelpColumn.NOW, HelpColumn.COULD):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in (HelpColumn.NOW_WHAT, HelpColumn.COULD_WHAT):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    @staticmethod
    def _kind(column: int) -> HelpKind:
        return HelpKind.NOW if column in (HelpColumn.NOW, HelpColumn.NOW_WHAT) else HelpKind.COULD

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        domain = self.keys[row]
        if column == HelpColumn.DOMAIN:
            if role == Qt.ItemDataRole.DisplayRole:
                return plain_line(self.names[row])
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tooltip(self.names[row])
            return None
        found = self._find(domain, self._kind(column))
        if column in (HelpColumn.NOW, HelpColumn.COULD):
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if found else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.AccessibleTextRole:
                yes = self.tr("ja") if found else self.tr("nee")
                return f"{self.headerData(column, Qt.Orientation.Horizontal)}: {yes}"
            return None
        what = found.what if found else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return plain_line(what)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(what)
        if role == Qt.ItemDataRole.EditRole:
            return what  # edited as stored
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.person_id is None:
            return False
        row, column = index.row(), index.column()
        domain, kind = self.keys[row], self._kind(column)
        helps = self._helps()
        found = self._find(domain, kind)
        if role == Qt.ItemDataRole.CheckStateRole and column in (HelpColumn.NOW, HelpColumn.COULD):
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            if checked and found is None:
                helps.append(NetworkHelp(domain, kind, ""))
            elif not checked and found is not None:
                helps.remove(found)
            else:
                return False
            return self.book.set_helps(self.person_id, helps)
        if role == Qt.ItemDataRole.EditRole and column in (
            HelpColumn.NOW_WHAT,
            HelpColumn.COULD_WHAT,
        ):
            text = " ".join(str(value or "").split())
            if found is None:
                if not text:
                    return False
                helps.append(NetworkHelp(domain, kind, text))
            else:
                helps[helps.index(found)] = NetworkHelp(domain, kind, text)
            return self.book.set_helps(self.person_id, helps)
        return False


__all__ = [
    "PERSON_ID_ROLE",
    "HelpColumn",
    "HelpsModel",
    "NetworkTableModel",
    "PersonColumn",
]
