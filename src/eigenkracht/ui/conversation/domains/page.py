"""The life domains step: the list of domains, the form or the table, and the radar."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from eigenkracht.core.assessments import RADAR_MINIMUM
from eigenkracht.ui.conversation.domains.book import CITIZEN, PERSPECTIVES, DomainBook, DomainState
from eigenkracht.ui.conversation.domains.form import DomainForm
from eigenkracht.ui.conversation.domains.table import Column, DomainTableModel, DomainTableView
from eigenkracht.ui.conversation.radar_canvas import RadarCanvas
from eigenkracht.ui.steps.protocol import Context, ConversationPage, Page
from eigenkracht.ui.widgets.plain import plain_tooltip
from eigenkracht.ui.widgets.text import heading, wrapped_label

if TYPE_CHECKING:
    pass


class DomainsPage(ConversationPage):
    page = Page.DOMAINS

    def title(self) -> str:
        return self.tr("Leefgebieden")

    def step_title(self) -> str:
        return self.tr("Leefgebieden")

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.book = DomainBook(context.autosave, context.instrument, self)
        self.layout_.addWidget(
            wrapped_label(
                self.tr(
                    "Kies de leefgebieden die nu belangrijk zijn en kies per leefgebied het "
                    "niveau: eerst hoe de inwoner het ziet, dan de professional. Leg alleen "
                    "vast wat nodig is; bij de andere leefgebieden noteert u waarom niet."
                ),
                self,
            )
        )
        self.layout_.addWidget(self.problem_bar)

        modes = QHBoxLayout()
        self.detail_button = QPushButton(self.tr("&Per leefgebied"), self)
        self.detail_button.setAccessibleName(self.tr("Per leefgebied invullen"))
        self.table_button = QPushButton(self.tr("&Alle leefgebieden in één tabel"), self)
        self.table_button.setAccessibleName(self.tr("Alle leefgebieden in één tabel"))
        self.mode_group = QButtonGroup(self)
        for index, button in enumerate((self.detail_button, self.table_button)):
            button.setCheckable(True)
            self.mode_group.addButton(button, index)
            modes.addWidget(button)
        modes.addStretch(1)
        self.detail_button.setChecked(True)
        self.layout_.addLayout(modes)

        body = QHBoxLayout()
        self.layout_.addLayout(body, 1)
        self.modes = QStackedWidget(self)
        body.addWidget(self.modes, 3)

        # Detailed: the list of domains and the form of one.
        detail = QWidget(self.modes)
        detail_layout = QHBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        list_column = QVBoxLayout()
        list_label = QLabel(self.tr("&Leefgebieden"), detail)
        self.domain_list = QListWidget(detail)
        self.domain_list.setAccessibleName(self.tr("Leefgebieden; spatie kiest of bespreken"))
        list_label.setBuddy(self.domain_list)
        list_column.addWidget(list_label)
        list_column.addWidget(self.domain_list, 1)
        detail_layout.addLayout(list_column, 0)
        self.form = DomainForm(self.book, context, detail)
        self.form_scroll = QScrollArea(detail)
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setWidget(self.form)
        detail_layout.addWidget(self.form_scroll, 1)
        self.modes.addWidget(detail)

        # Compact: all domains in one table.
        self.table_model = DomainTableModel(self.book, self)
        self.table = DomainTableView(self.modes)
        self.table.setModel(self.table_model)
        self.table.setAccessibleName(
            self.tr("Alle leefgebieden: typ een cijfer voor het niveau, spatie om te kiezen")
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.REASON, QHeaderView.ResizeMode.Stretch)
        table_page = QWidget(self.modes)
        table_layout = QVBoxLayout(table_page)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(
            wrapped_label(
                self.tr(
                    "Pijltjestoetsen: naar een ander vak. Cijfer: niveau kiezen in de kolom "
                    "Inwoner of Professional (0 wist). Spatie: leefgebied wel of niet bespreken."
                ),
                table_page,
            )
        )
        table_layout.addWidget(self.table, 1)
        self.modes.addWidget(table_page)
        self.mode_group.idClicked.connect(self.set_mode)

        # The radar of both perspectives.
        radar_panel = QWidget(self)
        radar_panel.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 34)
        radar_panel.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 46)
        radar_column = QVBoxLayout(radar_panel)
        radar_column.setContentsMargins(0, 0, 0, 0)
        radar_title = heading(self.tr("Radar: inwoner en professional"), radar_panel, 1.05)
        radar_column.addWidget(radar_title)
        self.radar = RadarCanvas(radar_panel)
        self.radar.setAccessibleName(self.tr("Radar van de gekozen leefgebieden"))
        radar_column.addWidget(self.radar, 1)
        # Fewer than three domains make no shape worth reading: words instead, no chart.
        self.radar_note = wrapped_label(
            self.tr(
                "De radar verschijnt als er drie of meer leefgebieden een cijfer hebben. "
                "De cijfers staan links en in de tabel."
            ),
            radar_panel,
        )
        self.radar_note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        radar_column.addWidget(self.radar_note, 1)
        self.radar_legend = wrapped_label(
            self.tr("Doorgetrokken lijn: inwoner. Stippellijn: professional. 5 is het best."),
            radar_panel,
        )
        radar_column.addWidget(self.radar_legend)
        body.addWidget(radar_panel, 1)
        self.radar_panel = radar_panel

        self._fill_list()
        self.domain_list.currentRowChanged.connect(self._row_changed)
        self.domain_list.itemChanged.connect(self._item_changed)
        self.domain_list.setCurrentRow(0)
        # Whether a domain was chosen since: a network step built later follows it.
        self.chosen = False
        self.domain_list.currentRowChanged.connect(self._chosen)
        self.book.changed.connect(self._domain_changed)
        self._update_radar()

    # -- list ---------------------------------------------------------------------

    def _fill_list(self) -> None:
        self.domain_list.blockSignals(True)
        for domain in self.book.domains:
            item = QListWidgetItem(self.domain_list)
            item.setData(Qt.ItemDataRole.UserRole, domain.key)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            self._update_item(item)
        self.domain_list.blockSignals(False)
        width = max(
            self.domain_list.sizeHintForColumn(0) + 2 * self.domain_list.frameWidth() + 24,
            self.fontMetrics().horizontalAdvance("M") * 14,
        )
        self.domain_list.setFixedWidth(width)

    def _update_item(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        domain = self.book.domain(key)
        state = self.book.state(key)
        if state is DomainState.RELEVANT:
            levels = [self.book.level(p, key) for p in PERSPECTIVES]
            status = self.tr("inwoner {c} · prof. {p}").format(
                c="–" if levels[0] is None else levels[0],
                p="–" if levels[1] is None else levels[1],
            )
            if self.book.differs(key):
                status += " · ≠"
        elif state is DomainState.NOT_DISCUSSED and self.book.reason(key):
            status = self.tr("niet besproken")
        else:
            status = self.tr("nog kiezen")
        item.setText(f"{domain.citizen_name}\n  {status}")
        item.setToolTip(plain_tooltip(domain.name))
        item.setCheckState(
            Qt.CheckState.Checked if state is DomainState.RELEVANT else Qt.CheckState.Unchecked
        )

    def _item_for(self, key: str) -> QListWidgetItem | None:
        for row in range(self.domain_list.count()):
            item = self.domain_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                return item
        return None

    def _row_changed(self, row: int) -> None:
        if row >= 0:
            self.form.set_domain(self.book.domains[row].key)

    def _item_changed(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        checked = item.checkState() == Qt.CheckState.Checked
        if checked != (self.book.state(key) is DomainState.RELEVANT):
            if self.domain_list.currentItem() is not item:
                self.domain_list.setCurrentItem(item)
            self.form.set_discussed(checked)

    def _domain_changed(self, key: str) -> None:
        item = self._item_for(key)
        if item is not None:
            self.domain_list.blockSignals(True)
            self._update_item(item)
            self.domain_list.blockSignals(False)
        self._update_radar()

    # -- radar --------------------------------------------------------------------

    def _update_radar(self) -> None:
        relevant = self.book.relevant()
        scored = [
            d for d in relevant if any(self.book.level(p, d.key) is not None for p in PERSPECTIVES)
        ]
        drawable = len(scored) >= RADAR_MINIMUM
        self.radar.setVisible(drawable)
        self.radar_legend.setVisible(drawable)
        self.radar_note.setVisible(not drawable)
        axes = [d.citizen_name for d in relevant]
        series = [
            (
                self.tr("Inwoner") if p is CITIZEN else self.tr("Professional"),
                [self.book.level(p, d.key) for d in relevant],
            )
            for p in PERSPECTIVES
        ]
        scale = self.book.instrument.scale
        self.radar.set_data(axes, series, scale.minimum, scale.maximum)

    # -- protocol -----------------------------------------------------------------

    def set_mode(self, mode: int) -> None:
        self.form.flush()
        self.modes.setCurrentIndex(mode)
        # The table is the radar's alternative and needs the width.
        self.radar_panel.setVisible(mode == 0)
        (self.detail_button if mode == 0 else self.table_button).setChecked(True)
        if mode == 1:
            row = max(self.domain_list.currentRow(), 0)
            self.table.setCurrentIndex(self.table_model.index(row, Column.CITIZEN))
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            current = self.table.currentIndex()
            if current.isValid():
                self.domain_list.setCurrentRow(current.row())

    def _chosen(self, _row: int) -> None:
        self.chosen = True

    def select_domain(self, key: str) -> None:
        row = [d.key for d in self.book.domains].index(key)
        if self.modes.currentIndex() == 1:
            self.table.setCurrentIndex(self.table_model.index(row, Column.CITIZEN))
        self.domain_list.setCurrentRow(row)

    def navigate_to(self, where: Any) -> None:
        if isinstance(where, tuple) and len(where) > 1 and where[1]:
            self.select_domain(where[1])

    def enter(self) -> None:
        super().enter()
        self.form.refresh()

    def first_focus(self) -> QWidget | None:
        return self.domain_list if self.modes.currentIndex() == 0 else self.table

    def problem(self) -> tuple[str, QWidget | None] | None:
        missing = self.book.missing_reason()
        if not missing:
            return None
        self.set_mode(0)
        self.select_domain(missing[0].key)
        names = ", ".join(d.citizen_name for d in missing)
        return (
            self.tr(
                "Kies bij elk leefgebied of het besproken wordt. Geef anders een reden "
                "waarom niet. Dat ontbreekt nog bij: {names}."
            ).format(names=names),
            self.form.reason,
        )


__all__ = ["DomainsPage"]
