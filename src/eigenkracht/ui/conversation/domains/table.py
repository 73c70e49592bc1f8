"""The compact table of the life domains: one row per domain, both levels and the
difference, editable in place (through the `DomainBook`)."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QStyle,
    QTableView,
    QWidget,
)

from eigenkracht.ui.conversation.domains.book import CITIZEN, PROFESSIONAL, DomainBook, DomainState
from eigenkracht.ui.widgets.dates import format_date
from eigenkracht.ui.widgets.plain import LongTextDelegate, plain_line, plain_tooltip

if TYPE_CHECKING:
    pass


class Column:
    DOMAIN = 0
    DISCUSSED = 1
    CITIZEN = 2
    PROFESSIONAL = 3
    DIFFERENCE = 4
    PREVIOUS = 5  # what the conversations before this one said (read-only)
    REASON = 6
    COUNT = 7


class DomainTableModel(QAbstractTableModel):
    """All domains in one table: chosen or not, both levels, differences."""

    def __init__(self, book: DomainBook, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.keys = [d.key for d in book.domains]
        self.difference_icon = QApplication.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxQuestion
        )
        book.changed.connect(self._domain_changed)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.keys)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else Column.COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Leefgebied"),
            self.tr("Besproken"),
            self.tr("Inwoner"),
            self.tr("Professional"),
            self.tr("Bespreekpunt"),
            self.tr("Vorige keer"),
            self.tr("Reden niet besproken"),
        )[section]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == Column.DISCUSSED:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if (
            index.column() == Column.REASON
            and self.book.state(self.keys[index.row()]) is not DomainState.RELEVANT
        ):
            flags |= Qt.ItemFlag.ItemIsEditable  # typing a reason: not discussed
        return flags

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        key = self.keys[index.row()]
        column = index.column()
        book = self.book
        state = book.state(key)
        if role == Qt.ItemDataRole.EditRole and column == Column.REASON:
            return book.reason(key)  # as stored, whole
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == Column.DOMAIN:
                return book.domain(key).citizen_name
            if column == Column.DISCUSSED:
                if state is DomainState.RELEVANT:
                    return self.tr("ja")
                if state is DomainState.NOT_DISCUSSED:
                    return self.tr("nee")
                return self.tr("nog kiezen")
            if column == Column.REASON:
                if state is DomainState.RELEVANT:
                    return ""
                return plain_line(book.reason(key)) or self.tr("(reden ontbreekt)")
            if column in (Column.CITIZEN, Column.PROFESSIONAL):
                perspective = CITIZEN if column == Column.CITIZEN else PROFESSIONAL
                level = book.level(perspective, key)
                if level is None:
                    return "–"
                return book.level_text(perspective, level)
            if column == Column.DIFFERENCE:
                return self.tr("≠ u ziet dit anders") if book.differs(key) else ""
            if column == Column.PREVIOUS:
                return self.previous_text(key)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.DIFFERENCE:
            if book.differs(key):
                return self.difference_icon
            return None
        if role == Qt.ItemDataRole.CheckStateRole and column == Column.DISCUSSED:
            return (
                Qt.CheckState.Checked if state is DomainState.RELEVANT else Qt.CheckState.Unchecked
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            domain = book.domain(key)
            if column == Column.DOMAIN:
                return plain_tooltip(f"{domain.name}: {domain.description}")
            if column in (Column.CITIZEN, Column.PROFESSIONAL):
                if 0 in book.instrument.scale:
                    return self.tr("Typ een cijfer om het te kiezen, Delete om het te wissen.")
                return self.tr("Typ een cijfer om het niveau te kiezen, 0 om het te wissen.")
            if column == Column.PREVIOUS and book.previous(key):
                return self.tr("Uit het vorige gesprek; alleen om te lezen, niet overgenomen.")
            if column == Column.REASON and state is not DomainState.RELEVANT:
                return self.tr("Typ of wijzig de reden waarom dit niet besproken wordt.")
        return None

    def previous_text(self, key: str) -> str:
        """ "inwoner 3 · prof. 2 (12-10-2026)": the last scores before this conversation."""
        found = self.book.previous(key)
        if not found:
            return ""
        levels = [found[p].level if p in found else None for p in (CITIZEN, PROFESSIONAL)]
        return self.tr("inwoner {c} · prof. {p} ({date})").format(
            c="–" if levels[0] is None else levels[0],
            p="–" if levels[1] is None else levels[1],
            date=format_date(self.book.previous_date(key), weekday=False),
        )

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if not index.isValid():
            return False
        key = self.keys[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == Column.DISCUSSED:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            return self.book.set_relevant(key, checked)
        if role == Qt.ItemDataRole.EditRole and column in (Column.CITIZEN, Column.PROFESSIONAL):
            perspective = CITIZEN if column == Column.CITIZEN else PROFESSIONAL
            level = None if value is None else int(value)
            if level is not None and level not in self.book.instrument.scale:
                return False
            return self.book.set_level(perspective, key, level)
        if role == Qt.ItemDataRole.EditRole and column == Column.REASON:
            if self.book.state(key) is DomainState.RELEVANT:
                return False
            reason = str(value or "").strip()
            if reason == self.book.reason(key):
                return True
            return self.book.set_reason([key], reason)
        return False

    def _domain_changed(self, key: str) -> None:
        if key in self.keys:
            row = self.keys.index(key)
            self.dataChanged.emit(self.index(row, 0), self.index(row, Column.COUNT - 1))


class DomainTableView(QTableView):
    """Score quickly with the keyboard: arrows move, a digit sets the level of the
    current cell (0 or Delete clears it), Space chooses or unchooses the domain."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Only the reason is edited in place (double-click, F2 or typing); levels are
        # chosen with a digit (keyPressEvent).
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setItemDelegateForColumn(Column.REASON, LongTextDelegate(self))
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setAccessibleName(self.tr("Kolomkoppen"))
        self.verticalHeader().setAccessibleName(self.tr("Rijkoppen"))
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self._typed: tuple[int, QPersistentModelIndex, float] | None = None
        corner = self.findChild(QAbstractButton)
        if corner is not None:
            corner.setAccessibleName(self.tr("Alles selecteren"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        model = self.model()
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier
        )
        if index.isValid() and model is not None and plain:
            text = event.text()
            if index.column() in (Column.CITIZEN, Column.PROFESSIONAL):
                scale = model.book.instrument.scale if isinstance(model, DomainTableModel) else None
                zero = scale is not None and 0 in scale  # 0 is a level: Delete clears
                # Two digits in a row on one cell: "1", "0" is 10 on a 0-10 scale.
                last, typed_cell, at = self._typed or (None, None, 0.0)
                two = (
                    text.isdigit()
                    and last is not None
                    and typed_cell == index
                    and time.monotonic() - at < 1.0
                    and scale is not None
                    and last * 10 + int(text) in scale
                )
                if text.isdigit() and (text != "0" or zero or two):
                    value = last * 10 + int(text) if two and last is not None else int(text)
                    self._typed = (value, QPersistentModelIndex(index), time.monotonic())
                    if scale is None or value in scale:
                        model.setData(index, value, Qt.ItemDataRole.EditRole)
                    event.accept()
                    return
                if text == "0" or event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                    model.setData(index, None, Qt.ItemDataRole.EditRole)
                    event.accept()
                    return
            if event.key() == Qt.Key.Key_Space:
                cell = index.siblingAtColumn(Column.DISCUSSED)
                checked = model.data(cell, Qt.ItemDataRole.CheckStateRole)
                new = (
                    Qt.CheckState.Unchecked
                    if checked == Qt.CheckState.Checked
                    else Qt.CheckState.Checked
                )
                model.setData(cell, new, Qt.ItemDataRole.CheckStateRole)
                event.accept()
                return
        super().keyPressEvent(event)


# -- the page -------------------------------------------------------------------------


__all__ = ["Column", "DomainTableModel", "DomainTableView"]
