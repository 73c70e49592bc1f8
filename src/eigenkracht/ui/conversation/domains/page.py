"""The domains step: for each instrument the conversation uses, the list of its
domains, the form or the table, and the radar; a switcher on top when there are
several. A panel follows its instrument: its scale (1-5, 0-10, a ladder's rungs),
its number of domains (one: no list, no table and no radar), and for whom it scores.

The panels' texts keep the translation context of the step ("DomainsPage")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
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
from eigenkracht.ui.conversation.instruments import for_a_member
from eigenkracht.ui.conversation.radar_canvas import RadarCanvas
from eigenkracht.ui.editing.conversation import conversation_key, sheet_key
from eigenkracht.ui.steps.protocol import Context, ConversationPage, Page
from eigenkracht.ui.widgets.plain import plain_tooltip
from eigenkracht.ui.widgets.screen import Reflow
from eigenkracht.ui.widgets.text import heading, scaled_font, wrapped_label

if TYPE_CHECKING:
    from eigenkracht.core.instruments import Instrument


def _tr(text: str) -> str:
    return QCoreApplication.translate("DomainsPage", text)


class DomainPanel(QWidget):
    """The domains of one instrument: list and form, or the table; and the radar."""

    def __init__(self, context: Context, instrument: Instrument, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.instrument = instrument
        self.book = DomainBook(context.autosave, instrument, self)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.single = len(instrument.domains) == 1  # a ladder: one rung for the person
        self.who = wrapped_label("", self)
        self.who.setFont(scaled_font(self.who, 1.05, bold=True))
        self.layout_.addWidget(self.who)
        self.layout_.addWidget(
            wrapped_label(
                _tr(
                    "Kies de leefgebieden die nu belangrijk zijn en kies per leefgebied het "
                    "niveau: eerst hoe de inwoner het ziet, dan de professional. Leg alleen "
                    "vast wat nodig is; bij de andere leefgebieden noteert u waarom niet."
                )
                if not self.single
                else _tr(
                    "Kies eerst hoe de inwoner het ziet, dan de professional. Wordt het "
                    "niet besproken? Noteer dan waarom niet."
                ),
                self,
            )
        )

        modes = QHBoxLayout()
        self.detail_button = QPushButton(_tr("&Per leefgebied"), self)
        self.detail_button.setAccessibleName(_tr("Per leefgebied invullen"))
        self.table_button = QPushButton(_tr("&Alle leefgebieden in één tabel"), self)
        self.table_button.setAccessibleName(_tr("Alle leefgebieden in één tabel"))
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
        list_label = QLabel(_tr("&Leefgebieden"), detail)
        self.domain_list = QListWidget(detail)
        self.domain_list.setAccessibleName(_tr("Leefgebieden; spatie kiest of bespreken"))
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
            _tr("Alle leefgebieden: typ een cijfer voor het niveau, spatie om te kiezen")
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.REASON, QHeaderView.ResizeMode.Stretch)
        table_page = QWidget(self.modes)
        table_layout = QVBoxLayout(table_page)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(
            wrapped_label(
                _tr(
                    "Pijltjestoetsen: naar een ander vak. Cijfer: niveau kiezen in de kolom "
                    "Inwoner of Professional (0 wist). Spatie: leefgebied wel of niet bespreken."
                )
                if 0 not in instrument.scale
                else _tr(
                    "Pijltjestoetsen: naar een ander vak. Cijfer: kiezen in de kolom Inwoner "
                    "of Professional (twee cijfers snel na elkaar: 10; Delete wist). "
                    "Spatie: wel of niet bespreken."
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
        radar_title = heading(_tr("Radar: inwoner en professional"), radar_panel, 1.05)
        radar_column.addWidget(radar_title)
        self.radar = RadarCanvas(radar_panel)
        self.radar.setAccessibleName(_tr("Radar van de gekozen leefgebieden"))
        radar_column.addWidget(self.radar, 1)
        # Fewer than three domains make no shape worth reading: words instead, no chart.
        self.radar_note = wrapped_label(
            _tr(
                "De radar verschijnt als er drie of meer leefgebieden een cijfer hebben. "
                "De cijfers staan links en in de tabel."
            ),
            radar_panel,
        )
        self.radar_note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        radar_column.addWidget(self.radar_note, 1)
        best = instrument.scale.maximum
        self.radar_legend = wrapped_label(
            _tr("Doorgetrokken lijn: inwoner. Stippellijn: professional. 5 is het best.")
            if best == 5
            else _tr(
                "Doorgetrokken lijn: inwoner. Stippellijn: professional. {best} is het best."
            ).format(best=best),
            radar_panel,
        )
        radar_column.addWidget(self.radar_legend)
        body.addWidget(radar_panel, 1)
        self.radar_panel = radar_panel
        # The form never narrower than its fields (it does not scroll sideways: narrower,
        # its texts were cut mid-word at 150 %); where list, form and radar do not fit side
        # by side, the radar goes below them.
        self.form_scroll.setMinimumWidth(
            self.form.minimumSizeHint().width()
            + self.form_scroll.verticalScrollBar().sizeHint().width()
        )
        self.reflow = Reflow(self, body)
        self.detail_reflow = Reflow(detail, detail_layout)  # narrower still: list above form

        self._fill_list()
        self.domain_list.currentRowChanged.connect(self._row_changed)
        self.domain_list.itemChanged.connect(self._item_changed)
        self.domain_list.setCurrentRow(0)
        # Whether a domain was chosen since: a network step built later follows it.
        self.chosen = False
        self.domain_list.currentRowChanged.connect(self._chosen)
        self.book.changed.connect(self._domain_changed)
        self._update_radar()
        if self.single:  # one rung: the form alone (no list, no table, no radar)
            list_label.hide()
            self.domain_list.hide()
            self.detail_button.hide()
            self.table_button.hide()
            radar_panel.hide()
        self.show_who()
        context.autosave.valueChanged.connect(self._value_changed)

    def _value_changed(self, key: Any) -> None:
        if key == sheet_key(self.book.sheet):
            self.show_who()

    def name(self) -> str:
        return self.instrument.name

    def member_id(self) -> int | None:
        found = self.context.autosave.value(sheet_key(self.book.sheet))
        return found if isinstance(found, int) else None

    def show_who(self) -> None:
        """For whom this instrument scores (household, or the member chosen at the start)."""
        member_id = self.member_id()
        member = next((m for m in self.context.members if m.id == member_id), None)
        if member is not None:
            text = _tr("{instrument} voor {name}").format(
                instrument=self.instrument.name, name=member.name
            )
        elif for_a_member(self.instrument):
            text = _tr(
                "{instrument}: kies bij Start voor wie (nu voor het hele huishouden)"
            ).format(instrument=self.instrument.name)
        else:
            text = _tr("{instrument} voor het hele huishouden").format(
                instrument=self.instrument.name
            )
        self.who.setText(text)

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
            status = _tr("inwoner {c} · prof. {p}").format(
                c="–" if levels[0] is None else levels[0],
                p="–" if levels[1] is None else levels[1],
            )
            if self.book.differs(key):
                status += " · ≠"
        elif state is DomainState.NOT_DISCUSSED and self.book.reason(key):
            status = _tr("niet besproken")
        else:
            status = _tr("nog kiezen")
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
                _tr("Inwoner") if p is CITIZEN else _tr("Professional"),
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
        self.radar_panel.setVisible(mode == 0 and not self.single)
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
        self.form.refresh()

    def first_focus(self) -> QWidget | None:
        if self.single:
            return self.form.discuss
        return self.domain_list if self.modes.currentIndex() == 0 else self.table

    def problem(self) -> tuple[str, QWidget | None] | None:
        missing = self.book.missing_reason()
        if not missing:
            return None
        self.set_mode(0)
        self.select_domain(missing[0].key)
        names = ", ".join(d.citizen_name for d in missing)
        return (
            _tr(
                "Kies bij elk leefgebied of het besproken wordt. Geef anders een reden "
                "waarom niet. Dat ontbreekt nog bij: {names}."
            ).format(names=names),
            self.form.reason,
        )


class DomainsPage(ConversationPage):
    """The step: a panel per instrument of the conversation, a switcher above them."""

    page = Page.DOMAINS

    def title(self) -> str:
        return self.tr("Leefgebieden")

    def step_title(self) -> str:
        return self.tr("Leefgebieden")

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.layout_.addWidget(self.problem_bar)
        switcher = QWidget(self)
        self.switcher_row = QHBoxLayout(switcher)
        self.switcher_row.setContentsMargins(0, 0, 0, 0)
        self.switcher_label = QLabel(self.tr("Instrument:"), switcher)
        self.switcher_row.addWidget(self.switcher_label)
        self.switcher_row.addStretch(1)
        self.switcher = switcher
        self.switch_group = QButtonGroup(self)
        self.switch_group.idClicked.connect(self.show_panel)
        self.layout_.addWidget(switcher)
        self.panel_stack = QStackedWidget(self)
        self.layout_.addWidget(self.panel_stack, 1)
        self.panels: list[DomainPanel] = []
        self._buttons: list[QPushButton] = []
        self._known: dict[str, DomainPanel] = {}  # every panel made, by instrument id
        self.chosen = False  # whether a domain was chosen (a network step follows it)
        self._sync_panels()
        context.autosave.valueChanged.connect(self._value_changed)

    # -- the panels ---------------------------------------------------------------

    def _value_changed(self, key: Any) -> None:
        if key == conversation_key("instruments"):
            self._sync_panels()

    def _sync_panels(self) -> None:
        """One panel per instrument the conversation uses now, in its order."""
        current = self.panel if self.panels else None
        wanted = self.context.used()
        panels = []
        for instrument in wanted:
            panel = self._known.get(instrument.id)
            if panel is None:
                panel = DomainPanel(self.context, instrument, self.panel_stack)
                panel.domain_list.currentRowChanged.connect(self._chosen)
                self._known[instrument.id] = panel
            panels.append(panel)
        for panel in self.panels:
            if panel not in panels:
                self.panel_stack.removeWidget(panel)
                panel.hide()
        for button in self._buttons:
            self.switch_group.removeButton(button)
            button.deleteLater()
        self._buttons = []
        for index, panel in enumerate(panels):
            if self.panel_stack.indexOf(panel) < 0:
                self.panel_stack.addWidget(panel)
            button = QPushButton(panel.name(), self.switcher)
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Instrument: {name}").format(name=panel.name()))
            self.switch_group.addButton(button, index)
            self.switcher_row.insertWidget(index + 1, button)
            self._buttons.append(button)
        self.panels = panels
        self.switcher.setVisible(len(panels) > 1)
        self.show_panel(panels.index(current) if current in panels else 0)

    def _chosen(self, _row: int) -> None:
        self.chosen = True

    @property
    def panel(self) -> DomainPanel:
        """The panel shown."""
        found = self.panel_stack.currentWidget()
        return found if isinstance(found, DomainPanel) else self.panels[0]

    def show_panel(self, index: int) -> None:
        if not 0 <= index < len(self.panels):
            return
        if self.panels and self.panel_stack.currentWidget() is not self.panels[index]:
            self.panel.form.flush()
        self.panel_stack.setCurrentWidget(self.panels[index])
        self._buttons[index].setChecked(True)
        self.panels[index].enter()

    def panel_for(self, instrument_id: str) -> DomainPanel:
        return next(p for p in self.panels if p.instrument.id == instrument_id)

    def show_instrument(self, instrument_id: str) -> DomainPanel:
        panel = self.panel_for(instrument_id)
        self.show_panel(self.panels.index(panel))
        return panel

    # The panel shown, as the step had it when it had one instrument.
    @property
    def book(self) -> DomainBook:
        return self.panel.book

    @property
    def form(self) -> DomainForm:
        return self.panel.form

    @property
    def domain_list(self) -> QListWidget:
        return self.panel.domain_list

    @property
    def table(self) -> DomainTableView:
        return self.panel.table

    @property
    def table_model(self) -> DomainTableModel:
        return self.panel.table_model

    @property
    def radar(self) -> RadarCanvas:
        return self.panel.radar

    @property
    def radar_note(self) -> QLabel:
        return self.panel.radar_note

    @property
    def radar_legend(self) -> QLabel:
        return self.panel.radar_legend

    @property
    def radar_panel(self) -> QWidget:
        return self.panel.radar_panel

    @property
    def detail_button(self) -> QPushButton:
        return self.panel.detail_button

    @property
    def table_button(self) -> QPushButton:
        return self.panel.table_button

    @property
    def modes(self) -> QStackedWidget:
        return self.panel.modes

    def set_mode(self, mode: int) -> None:
        self.panel.set_mode(mode)

    def select_domain(self, key: str) -> None:
        self.panel.select_domain(key)

    # -- protocol -----------------------------------------------------------------

    def navigate_to(self, where: Any) -> None:
        if not isinstance(where, tuple) or len(where) < 2 or not where[1]:
            return
        sheet = where[2] if len(where) > 2 else ""
        panel = next((p for p in self.panels if p.book.sheet == sheet), None)
        if panel is None:
            panel = next(
                (p for p in self.panels if where[1] in p.book.instrument.domain_keys()), None
            )
        if panel is not None:
            self.show_panel(self.panels.index(panel))
            panel.navigate_to(where)

    def enter(self) -> None:
        super().enter()
        self.panel.enter()

    def first_focus(self) -> QWidget | None:
        return self.panel.first_focus()

    def problem(self) -> tuple[str, QWidget | None] | None:
        for index, panel in enumerate(self.panels):
            found = panel.problem()
            if found is not None:
                self.show_panel(index)
                return found
        return None


__all__ = ["DomainPanel", "DomainsPage"]
