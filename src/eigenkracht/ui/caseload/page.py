"""The case list: search as you type, a sortable table, and a button for a new case."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eigenkracht.core.process import SOON_DAYS
from eigenkracht.store.errors import StoreError
from eigenkracht.ui.caseload.model import (
    CASE_ID_ROLE,
    CaseFilterProxy,
    CaseListModel,
    Column,
    Today,
)
from eigenkracht.ui.widgets import MessageLabel, name_qt_parts, text_label, unlimited
from eigenkracht.ui.widgets.problems import show_problem

if TYPE_CHECKING:
    from eigenkracht.store.repository import Repository

_OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class CaseTableView(QTableView):
    """The case table. Enter opens the current case on every platform (emits activated)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setSortingEnabled(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setSortIndicatorShown(True)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Arriving in the table selects the current row, so it is clear what Enter opens."""
        super().focusInEvent(event)
        index = self.currentIndex()
        if index.isValid() and not self.selectionModel().hasSelection():
            self.selectRow(index.row())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if event.key() in _OPEN_KEYS and plain and index.isValid():
            self.activated.emit(index)
            event.accept()
            return
        super().keyPressEvent(event)


class CaseListPage(QWidget):
    """All cases of the database, with search.

    repo: the Repository (list_cases, search).
    today: a date or a function giving one, for the deadlines (tests fix it).
    deadline_columns: show a column per Wmo deadline next to the nearest one.
    find_shortcut: bind Ctrl+F (the standard Find key) to focus_search() inside this page;
        pass False when the window binds it itself.
    """

    caseOpened = Signal(int)
    newCaseRequested = Signal()

    SEARCH_DELAY_MS = 150

    def __init__(
        self,
        repo: Repository,
        *,
        today: Today = None,
        deadline_columns: bool = False,
        find_shortcut: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.repo = repo
        self.setObjectName("CaseListPage")

        self.model = CaseListModel(today=today, deadline_columns=deadline_columns, parent=self)
        self.proxy = CaseFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.title = QLabel(self.tr("Dossiers"), self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)

        self.search_edit = QLineEdit(self)
        unlimited(self.search_edit)
        self.search_edit.setObjectName("caseSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Naam, kenmerk of een woord uit de gesprekken"))
        self.search_edit.setAccessibleName(self.tr("Dossiers zoeken"))
        self.search_edit.setAccessibleDescription(
            self.tr("De lijst toont alleen de dossiers waarin elk getypt woord voorkomt.")
        )
        self.search_label = QLabel(self.tr("&Zoeken:"), self)
        self.search_label.setBuddy(self.search_edit)

        self.new_button = QPushButton(self.tr("&Nieuw dossier…"), self)
        self.new_button.setAccessibleName(self.tr("Nieuw dossier"))
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self.newCaseRequested)

        self.view = CaseTableView(self)
        self.view.setObjectName("caseTable")
        self.view.setAccessibleName(self.tr("Dossiers"))
        self.view.setAccessibleDescription(
            self.tr("Kies een dossier en druk op Enter om het te openen.")
        )
        self.view.setModel(self.proxy)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(
            self.model.column(Column.HOUSEHOLD), QHeaderView.ResizeMode.Stretch
        )
        header.setResizeContentsPrecision(200)
        self.view.sortByColumn(self.model.column(Column.NEXT_DEADLINE), Qt.SortOrder.AscendingOrder)
        self.view.activated.connect(self._open_index)

        self.count_label = text_label("", self, wrap=False)
        self.count_label.setObjectName("caseCount")
        self.legend = text_label(
            self.tr(
                "⚠ te laat: de wettelijke termijn is verstreken. "
                "binnenkort: de termijn eindigt binnen {days} dagen."
            ).format(days=SOON_DAYS),
            self,
        )
        self.message = MessageLabel(self)

        top = QHBoxLayout()
        top.addWidget(self.search_label)
        top.addWidget(self.search_edit, 1)
        top.addSpacing(12)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addSpacing(12)
        bottom.addWidget(self.legend, 1)
        layout.addLayout(bottom)

        QWidget.setTabOrder(self.search_edit, self.new_button)
        QWidget.setTabOrder(self.new_button, self.view)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(self.SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_search)
        self.search_edit.textChanged.connect(self.search_timer.start)
        self.search_edit.installEventFilter(self)

        if find_shortcut:
            self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
            self.find_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.find_shortcut.activated.connect(self.focus_search)

        self.refresh()
        name_qt_parts(self)

    # -- loading ------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the cases again (after a change), keeping the search and the selection."""
        current = self.current_case_id()
        self.model.set_cases(self.repo.list_cases())
        self.search_timer.stop()
        self.apply_search()
        for column in range(self.model.columnCount()):
            if column != self.model.column(Column.HOUSEHOLD):
                self.view.resizeColumnToContents(column)
        if current is not None:
            self.select_case(current)

    def apply_search(self) -> None:
        """Filter the list to the cases that match the search text (now, not debounced)."""
        self.search_timer.stop()
        text = self.search_edit.text().strip()
        if not text:
            self.proxy.set_case_ids(None)
        else:
            try:
                ids = self.repo.search(text, limit=max(200, self.model.rowCount()))
            except StoreError as exc:
                show_problem(self.message, exc)
                return
            self.proxy.set_case_ids(ids)
        self.message.show_message("")
        self._update_count()
        self._keep_a_current_row()

    def _update_count(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if self.proxy.case_ids is None:
            if total == 0:
                text = self.tr("Nog geen dossiers. Kies Nieuw dossier om te beginnen.")
            elif total == 1:
                text = self.tr("1 dossier")
            else:
                text = self.tr("{count} dossiers").format(count=total)
        elif shown == 0:
            text = self.tr("Geen dossiers gevonden (van {total}).").format(total=total)
        elif total == 1:
            text = self.tr("1 van 1 dossier")
        else:
            text = self.tr("{shown} van {total} dossiers").format(shown=shown, total=total)
        self.count_label.setText(text)
        self.count_label.setAccessibleName(text)

    def _keep_a_current_row(self) -> None:
        """Keep a current row, so that Enter always opens something visible. It is
        selected (highlighted) only once the table has the focus: a highlight would
        hide the colour of a deadline in the first row."""
        if self.proxy.rowCount() == 0:
            return
        if not self.view.currentIndex().isValid():
            first = self.proxy.index(0, 0)
            if self.view.hasFocus():
                self.view.setCurrentIndex(first)
            else:
                flag = QItemSelectionModel.SelectionFlag.NoUpdate
                self.view.selectionModel().setCurrentIndex(first, flag)

    # -- state --------------------------------------------------------------------

    def visible_case_ids(self) -> list[int]:
        """The case ids in the order the table shows them."""
        return [self.proxy.index(r, 0).data(CASE_ID_ROLE) for r in range(self.proxy.rowCount())]

    def current_case_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(CASE_ID_ROLE) if index.isValid() else None

    def select_case(self, case_id: int) -> bool:
        """Make this case the current row; False when it is not shown."""
        row = self.model.row_of(case_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    # -- actions ------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def open_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self._open_index(index)

    def _open_index(self, index: QModelIndex | QPersistentModelIndex) -> None:
        case_id = index.data(CASE_ID_ROLE)
        if case_id is not None:
            self.caseOpened.emit(int(case_id))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key == Qt.Key.Key_Escape and self.search_edit.text():
                self.search_edit.clear()
                self.apply_search()
                return True
            if key in (Qt.Key.Key_Down, *_OPEN_KEYS):
                if self.search_timer.isActive():
                    self.apply_search()
                if self.proxy.rowCount():
                    self._keep_a_current_row()
                    self.view.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)


__all__ = ["CaseListPage", "CaseTableView"]
