"""The network step of the guided conversation: after the life domains, before the
goals (Wmo 2015 art. 2.3.2 lid 4: own strength and the network come first).

Left the drawn map (click to select, drag to another ring or sector, double-click an
empty place to add someone there); right the list of persons (also the map's table
alternative) and the card of the selected person. Everything can be done with the
keyboard through the list and the card. Every edit is stored at once and can be
undone; after each edit the network is stored as this conversation's version.

The page links itself to the life-domains page of the same conversation (when there
is one): choosing a domain there highlights who helps with it on the map, and the
domain's share of the network names them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eigenkracht.core.model import Ring, Sector
from eigenkracht.core.network import points_of_attention, share_lines
from eigenkracht.ui.editing.conversation import conversation_key
from eigenkracht.ui.network.book import NetworkBook
from eigenkracht.ui.network.canvas import NetworkMapView
from eigenkracht.ui.network.form import PersonForm
from eigenkracht.ui.network.models import PERSON_ID_ROLE, NetworkTableModel, PersonColumn
from eigenkracht.ui.steps.protocol import Context, ConversationPage, Page
from eigenkracht.ui.widgets import name_qt_parts, plain
from eigenkracht.ui.widgets.screen import Reflow, SplitReflow, content_height, content_width
from eigenkracht.ui.widgets.text import wrapped_label
from eigenkracht.ui.widgets.views import (
    CompactSplitter,
    MessageBar,
    keep_focus_in_view,
    scroll_to,
)


class NetworkShareLabel(QLabel):
    """Under a domain's shares: who from the network helps with this domain."""

    def __init__(self, book: NetworkBook, parent: QWidget) -> None:
        super().__init__(parent)
        self.book = book
        self.domain: str | None = None
        self.setObjectName("networkShare")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        book.personsChanged.connect(self.refresh)
        book.personChanged.connect(self.refresh)
        book.pseudonymiseChanged.connect(self.refresh)

    def set_domain(self, domain: str | None) -> None:
        self.domain = domain
        self.refresh()

    def refresh(self, *_args: Any) -> None:
        if not self.domain:
            self.setText("")
            return
        names = self.book.names()
        lines = share_lines(self.book.visible(), self.domain, names=names)
        if not lines:
            text = self.tr(
                "Uit het netwerk helpt nog niemand hierbij. Dat kunt u invullen bij de stap "
                "Netwerk."
            )
        else:
            items = []
            for line in lines:
                kind = self.tr("helpt nu") if line.now else self.tr("kan helpen")
                detail = f"{kind}: {line.what}" if line.what else kind
                items.append(f"{line.name} ({detail})")
            text = self.tr("Uit het netwerk: {people}.").format(people="; ".join(items))
        self.setText(plain(text))
        self.setAccessibleName(plain(text))


class _MapOverCard(SplitReflow):
    """The network page's map beside the list and card where the page is wide enough
    for a readable map and the card at its minimum width (no field cut off at the
    right); else the map above them and the card as tall as its content: no cramped
    card scrolling inside a step that scrolls."""

    MAP_WIDTH = 360  # the map's width at least beside the card, its legend readable
    MAP_HEIGHT = 260  # the map's own minimum (canvas.py)

    def __init__(self, page: NetworkPage) -> None:
        super().__init__(page, page.splitter, page.form)
        self.network = page

    def side_by_side_width(self) -> int:
        card = content_width(self.network.form_scroll)
        return self.MAP_WIDTH + self.splitter.handleWidth() + card

    def arrange(self, wide: bool) -> None:
        page = self.network
        scroll = page.form_scroll
        if wide:
            if scroll.minimumHeight() != 0:
                scroll.setMinimumHeight(0)
                page.list_part.setMinimumHeight(0)
                page.map.setMinimumHeight(self.MAP_HEIGHT)
            return
        page.list_part.setMinimumHeight(page.list_height)  # its four rows, as beside
        # the map over the whole width: as tall as the step's view has room for
        parent = page.parentWidget()
        room = parent.height() if parent is not None else self.MAP_HEIGHT
        page.map.setMinimumHeight(max(self.MAP_HEIGHT, min(self.splitter.width() * 3 // 4, room)))
        height = content_height(scroll)
        if scroll.minimumHeight() != height:
            scroll.setMinimumHeight(height)


class NetworkPage(ConversationPage):
    page = Page.NETWORK

    def title(self) -> str:
        return self.tr("Het netwerk")

    def step_title(self) -> str:
        return self.tr("Netwerk")

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        autosave = context.autosave
        self.book = NetworkBook(
            autosave.repo,
            context.case,
            autosave.conversation_id,
            autosave.value(conversation_key("date")),
            autosave.undo_stack,
            persons=autosave.case_file.network if autosave.case_file else None,
            main=autosave,  # undo shows this step; a refusal is told by the conversation
            parent=self,
        )
        autosave.valueChanged.connect(self._conversation_changed)

        self.text = wrapped_label(
            self.tr(
                "Wie zijn de mensen om u heen? Familie, vrienden, buren en anderen die u "
                "helpen of kunnen helpen. Het netwerk komt vóór de doelen: eerst wat u zelf "
                "en de mensen om u heen kunnen doen, dan pas andere hulp."
            ),
            self,
        )
        self.layout_.addWidget(self.text)
        self.layout_.addWidget(self.problem_bar)

        # The tool row.
        tools = QHBoxLayout()
        self.add_button = QPushButton(self.tr("+ Persoon &toevoegen"), self)
        self.add_button.setAccessibleName(self.tr("Persoon toevoegen"))
        self.add_button.clicked.connect(self.add_person)
        self.remove_button = QPushButton(self.tr("Persoon ver&wijderen"), self)
        self.remove_button.setAccessibleName(self.tr("Gekozen persoon verwijderen"))
        self.remove_button.clicked.connect(self.remove_person)
        domain_label = QLabel(self.tr("Wie helpt b&ij:"), self)
        self.domain_combo = QComboBox(self)
        self.domain_combo.setAccessibleName(self.tr("Laat zien wie helpt bij dit leefgebied"))
        self.domain_combo.addItem(self.tr("(geen leefgebied gekozen)"), "")
        for domain in context.instrument.domains:
            self.domain_combo.addItem(domain.citizen_name, domain.key)
        domain_label.setBuddy(self.domain_combo)
        self.domain_combo.currentIndexChanged.connect(self._domain_chosen)
        self.hide_names = QCheckBox(self.tr("Namen verber&gen (rol tonen)"), self)
        self.hide_names.setAccessibleName(
            self.tr("Namen verbergen: toon de rol in plaats van de naam")
        )
        self.hide_names.setToolTip(
            self.tr("Op het scherm, in het plan en in een export staat dan de rol.")
        )
        self.hide_names.setChecked(self.book.pseudonymise)
        self.hide_names.toggled.connect(self.book.set_pseudonymise)
        people = QHBoxLayout()
        for widget in (self.add_button, self.remove_button):
            people.addWidget(widget)
        people.addStretch(1)
        showing = QHBoxLayout()
        showing.addSpacing(12)
        showing.addWidget(domain_label)
        showing.addWidget(self.domain_combo)
        showing.addStretch(1)
        showing.addWidget(self.hide_names)
        tools.addLayout(people)
        tools.addLayout(showing, 1)
        self.layout_.addLayout(tools)
        # One row on a wide window, two on a narrow one (a laptop at 150 %).
        self.tools_reflow = Reflow(self, tools)

        # Map (with the points of attention under it) | list over card. A point that
        # comes or goes while the card is edited resizes only the map, never the card.
        self.splitter = CompactSplitter(Qt.Orientation.Horizontal, self)  # the card scrolls
        self.splitter.setChildrenCollapsible(False)
        left = QWidget(self.splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.map = NetworkMapView(left)
        self.map.setAccessibleName(self.tr("Netwerkkaart"))
        left_layout.addWidget(self.map, 1)
        self.attention = MessageBar("difference", left)
        self.attention.hide()
        left_layout.addWidget(self.attention)
        self.splitter.addWidget(left)

        # The list (a few rows, more by dragging the handle) over the card, which gets
        # the rest of the height and scrolls as one: no table scrolls inside it.
        self.right = QSplitter(Qt.Orientation.Vertical, self.splitter)
        self.right.setChildrenCollapsible(False)
        right = QWidget(self.right)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        list_label = QLabel(self.tr("&Mensen in het netwerk"), right)
        self.table_model = NetworkTableModel(self.book, context.instrument, self)
        self.table = QTableView(right)
        self.table.setModel(self.table_model)
        self.table.setAccessibleName(self.tr("Mensen in het netwerk"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setAccessibleName(self.tr("Kolomkoppen"))
        self.table.verticalHeader().setAccessibleName(self.tr("Rijkoppen"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table_model.modelReset.connect(self._fit_columns)
        list_label.setBuddy(self.table)
        right_layout.addWidget(list_label)
        right_layout.addWidget(self.table, 1)
        rows = 4  # the header and four persons; the card needs the height more
        self.table.setMinimumHeight(
            self.table.verticalHeader().defaultSectionSize() * 2
            + header.sizeHint().height()
            + 2 * self.table.frameWidth()
        )
        list_height = (
            list_label.sizeHint().height()
            + right_layout.spacing()
            + self.table.verticalHeader().defaultSectionSize() * rows
            + header.sizeHint().height()
            + self.table.horizontalScrollBar().sizeHint().height()
            + 2 * self.table.frameWidth()
        )
        self.right.addWidget(right)
        self.list_part, self.list_height = right, list_height
        self.form_scroll = QScrollArea(self.right)
        self.form = PersonForm(self.book, context.instrument, self.form_scroll)
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setWidget(self.form)
        keep_focus_in_view(self.form_scroll)
        self.right.addWidget(self.form_scroll)
        self.right.setStretchFactor(0, 0)  # a taller window makes the card taller
        self.right.setStretchFactor(1, 1)
        self.right.setSizes([list_height, 10 * list_height])
        self.splitter.addWidget(self.right)
        # The map a little wider than the card: narrower, its legend takes one column and
        # is taller than a laptop at 150 % has room for.
        self.splitter.setStretchFactor(0, 11)
        self.splitter.setStretchFactor(1, 9)
        self.splitter.setSizes([1100, 900])
        self.layout_.addWidget(self.splitter, 1)
        # Too narrow for a readable map beside the whole card (a laptop at 150 %): the
        # map above the list and the card, the card as tall as its fields, and the step
        # scrolls as one.
        self.card_reflow = _MapOverCard(self)

        # Observe the book; turn what the user does into edits of the book.
        self.book.personsChanged.connect(self._network_changed)
        self.book.personChanged.connect(self._network_changed)
        self.book.pseudonymiseChanged.connect(self._names_changed)
        self.book.domainChanged.connect(self._domain_changed)
        self.book.currentChanged.connect(self._current_changed)
        table_selection = self.table.selectionModel()
        assert table_selection is not None
        table_selection.currentRowChanged.connect(self._row_chosen)
        self.map.personClicked.connect(self.book.set_current)
        self.map.personActivated.connect(self._edit_person)
        self.map.personDropped.connect(self._dropped)
        self.map.addRequested.connect(self._add_at)
        self.share_labels: list[NetworkShareLabel] = []
        self._network_changed()
        self._current_changed(self.book.current)
        self._fit_columns()
        name_qt_parts(self)

    # -- the link with the life domains ---------------------------------------------------

    def meet(self, other: ConversationPage) -> None:
        if other.page is Page.DOMAINS:
            self.link_domains(other)

    def link_domains(self, domains_page: Any) -> None:
        """Follow the domain chosen on the life-domains page (highlight its helpers) and
        name the helpers under that domain's shares."""
        form = getattr(domains_page, "form", None)
        domain_list = getattr(domains_page, "domain_list", None)
        if form is None or domain_list is None:
            return
        label = NetworkShareLabel(self.book, form)
        shares_box = form.shares.parentWidget()
        box_layout = shares_box.layout() if shares_box is not None else None
        if box_layout is not None:
            label.setParent(shares_box)
            box_layout.addWidget(label)
        label.set_domain(form.domain_key)
        self.share_labels.append(label)
        if getattr(domains_page, "chosen", False):  # chosen before this step was built
            self.book.set_domain(form.domain_key)

        def follow(_row: int) -> None:
            label.set_domain(form.domain_key)
            self.book.set_domain(form.domain_key)

        domain_list.currentRowChanged.connect(follow)

    # -- observing ----------------------------------------------------------------------

    def _fit_columns(self) -> None:
        """Columns as wide as their text, but none wider than a long name."""
        self.table.resizeColumnsToContents()
        widest = self.fontMetrics().horizontalAdvance("M") * 14
        for column in range(PersonColumn.COUNT - 1):
            if self.table.columnWidth(column) > widest:
                self.table.setColumnWidth(column, widest)

    def _network_changed(self, *_args: Any) -> None:
        visible = self.book.visible()
        names = self.book.names()
        self.map.set_data(visible, self.context.case.household_name, names, self.book.highlight())
        points = points_of_attention(visible, names if self.book.pseudonymise else None)
        self.attention.set_text(" ".join(points))
        self.remove_button.setEnabled(self.book.current is not None)
        self._select_row(self.book.current)

    def _names_changed(self, on: bool) -> None:
        if self.hide_names.isChecked() != on:
            self.hide_names.blockSignals(True)
            self.hide_names.setChecked(on)
            self.hide_names.blockSignals(False)
        self._network_changed()

    def _domain_changed(self, domain: str | None) -> None:
        index = self.domain_combo.findData(domain or "")
        if index != self.domain_combo.currentIndex():
            self.domain_combo.blockSignals(True)
            self.domain_combo.setCurrentIndex(max(index, 0))
            self.domain_combo.blockSignals(False)
        self._network_changed()

    def _current_changed(self, person_id: int | None) -> None:
        self.map.set_selected(person_id)
        self.remove_button.setEnabled(person_id is not None)
        self._select_row(person_id)

    def _select_row(self, person_id: int | None) -> None:
        row = self.table_model.row_of(person_id)
        selection = self.table.selectionModel()
        assert selection is not None
        current = selection.currentIndex()
        if row < 0:
            if current.isValid():
                selection.blockSignals(True)
                selection.clear()
                selection.blockSignals(False)
            return
        if current.isValid() and current.row() == row:
            return
        selection.blockSignals(True)
        selection.setCurrentIndex(
            self.table_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        selection.blockSignals(False)
        self.table.viewport().update()
        self.table.scrollTo(self.table_model.index(row, 0))

    def _conversation_changed(self, key: Any) -> None:
        if key == conversation_key("date"):
            self.book.day = self.context.autosave.value(key)
            self._network_changed()

    # -- user actions -------------------------------------------------------------------

    def _row_chosen(self, current: Any, _previous: Any) -> None:
        if current.isValid():
            self.book.set_current(self.table_model.data(current, PERSON_ID_ROLE))

    def _domain_chosen(self, index: int) -> None:
        key = self.domain_combo.itemData(index)
        self.book.set_domain(key or None)

    def add_person(self) -> int | None:
        return self._add_at(Sector.FAMILY, Ring.FRIEND)

    def _add_at(self, sector: Sector, ring: Ring) -> int | None:
        self.form.flush()
        person_id = self.book.add(sector, ring)
        if person_id is not None:
            self._focus_name()
        return person_id

    def remove_person(self) -> bool:
        """Remove the person the card shows. Afterwards nobody is chosen (and the button
        is off), so a second click, or a double click, never removes the next person."""
        person_id = self.book.current
        if person_id is None or self.form.person_id != person_id:
            return False
        self.form.flush()
        if not self.book.remove(person_id):
            return False
        # Focus first: a list that gets the focus without a current row takes its first.
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.book.set_current(None)
        return True

    def _dropped(self, person_id: int, sector: Sector, ring: Ring) -> None:
        self.form.flush()
        self.book.set_current(person_id)
        self.book.move(person_id, sector, ring)

    def _edit_person(self, person_id: int) -> None:
        self.book.set_current(person_id)
        self._focus_name()

    def _focus_name(self) -> None:
        """Type the name now: the card scrolls to its field, also when that field had
        the focus already (keep_focus_in_view follows a field that gets it)."""
        self.form.focus_name()
        scroll_to(self.form.name)
        QTimer.singleShot(0, self, lambda: scroll_to(self.form.name))

    # -- protocol -----------------------------------------------------------------------

    def enter(self) -> None:
        super().enter()
        self.form.set_person(self.book.current)

    def first_focus(self) -> QWidget | None:
        return self.table if self.table_model.ids else self.add_button

    def problem(self) -> tuple[str, QWidget | None] | None:
        self.form.flush()
        return None

    def navigate_to(self, where: Any) -> None:
        if isinstance(where, tuple) and len(where) > 1 and where[1] is not None:
            self.book.set_current(where[1])


__all__ = ["NetworkPage", "NetworkShareLabel"]
