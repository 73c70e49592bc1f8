"""The goals step of the conversation: goals per life domain and, per goal, who does
what in the eigen-kracht order (domain.md §2, §6).

Left the goals (in the order of the life domains), right the chosen goal and its
actions. Every field is stored as it is typed and can be undone (store.py). When
maatwerk is planned for a domain where the citizen's own part, the network or a
facility in the neighbourhood was not considered, a message says so: a warning,
not a block.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eigenkracht.core.assessments import discussed, earlier_scores, goal_domain, newest_date
from eigenkracht.core.instruments import Instrument
from eigenkracht.core.model import (
    Action,
    ActionStatus,
    ActorKind,
    Author,
    Conversation,
    DomainScore,
    Goal,
    GoalStatus,
)
from eigenkracht.core.network import network_on
from eigenkracht.core.plan import maatwerk_warnings
from eigenkracht.core.problems import Code, actions_without_when, goal_problems
from eigenkracht.ui.editing.binding import TYPING_DELAY_MS, Binding, field_binding
from eigenkracht.ui.editing.commands import FieldKey
from eigenkracht.ui.editing.conversation import conversation_key
from eigenkracht.ui.plan.models import ID_ROLE, ActionTableModel, Column, GoalListModel
from eigenkracht.ui.plan.store import (
    ACTION,
    GOAL,
    PlanAutosave,
    action_key,
    goal_key,
    plan_autosave,
)
from eigenkracht.ui.plan.words import (
    action_status_text,
    actor_explanation,
    actor_text,
    author_text,
    goal_status_text,
    missing_text,
    name_label,
)
from eigenkracht.ui.steps.protocol import Context, ConversationPage, Page
from eigenkracht.ui.widgets import OptionalDateEdit, name_qt_parts, plain_line, unlimited
from eigenkracht.ui.widgets.dates import format_date
from eigenkracht.ui.widgets.screen import SplitReflow, content_height, content_width
from eigenkracht.ui.widgets.text import scaled_font, text_box, wrapped_label
from eigenkracht.ui.widgets.views import CompactSplitter, MessageBar, keep_focus_in_view


def combo(parent: QWidget, name: str, items: list[tuple[str, Any]]) -> QComboBox:
    box = QComboBox(parent)
    box.setAccessibleName(name)
    # As wide as the row gives it, not as its longest item: two or three share a row,
    # and at 150 % they would push the form wider than the screen (the list that
    # opens still shows every item in full).
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(8)
    for text, data in items:
        box.addItem(plain_line(text), data)
    return box


def enum_data(box: QComboBox, cls: Any) -> Any:
    """The current item's data as the enum it stands for (Qt hands back a plain str)."""
    value = box.currentData()
    return None if value is None else cls(value)


def show_data(box: QComboBox, value: Any) -> None:
    index = box.findData(value)
    box.setCurrentIndex(max(index, 0))


class _WholeText(QObject):
    """Gives a message bar (or a label in a row of a form) the height of all its text
    at the width it has: in a splitter's part or beside fields in a row, a wrapped text
    otherwise gets only its one-line minimum and its last line is cut off."""

    def __init__(self, bar: QWidget) -> None:
        super().__init__(bar)
        self.bar = bar
        bar.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.bar and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.LayoutRequest,
            QEvent.Type.Show,
        ):
            height = self.bar.heightForWidth(self.bar.width()) if self.bar.width() > 0 else -1
            if height > 0 and height != self.bar.minimumHeight():
                self.bar.setMinimumHeight(height)
        return False


class _ListOverDetail(SplitReflow):
    """The goals page's list and detail side by side where the page is wide enough for
    both (the detail at its minimum width, so that it never scrolls sideways), else the
    detail below the list: then the detail is as tall as its content and the list shows
    a few goals, and the step's own scroll area scrolls."""

    LIST_LINES = 8  # the list's height below each other: about four goals
    LIST_WIDTH = 300  # the list's width at least beside the detail

    def __init__(self, page: GoalsPage) -> None:
        inner = page.detail_scroll.widget()
        super().__init__(page, page.splitter, *([inner] if inner is not None else []))
        self.goals = page

    def side_by_side_width(self) -> int:
        # the list wide enough for its goals and the message under it to be read
        listed = max(self.goals.list_box.minimumSizeHint().width(), self.LIST_WIDTH)
        return listed + self.splitter.handleWidth() + content_width(self.goals.detail_scroll)

    def turned(self, wide: bool) -> None:
        self.splitter.setStretchFactor(0, 1 if wide else 0)
        self.splitter.setStretchFactor(1, 2 if wide else 1)

    def arrange(self, wide: bool) -> None:
        page = self.goals
        scroll = page.detail_scroll
        if wide or scroll.widget() is None:
            scroll.setMinimumHeight(0)
            page.goal_list.setMinimumHeight(0)
            detail = content_width(scroll)  # the splitter gives the list only the rest
            if scroll.minimumWidth() != detail:
                scroll.setMinimumWidth(detail)
            return
        scroll.setMinimumWidth(0)
        height = content_height(scroll)
        if scroll.minimumHeight() != height:
            scroll.setMinimumHeight(height)
        lines = page.goal_list.fontMetrics().height() * self.LIST_LINES
        page.goal_list.setMinimumHeight(lines)


class GoalsPage(ConversationPage):
    page = Page.GOALS

    def title(self) -> str:
        return self.tr("Doelen: wat wilt u bereiken, en wie doet wat?")

    def step_title(self) -> str:
        return self.tr("Doelen")

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.store: PlanAutosave = plan_autosave(context.autosave)
        self.goal_id: int | None = None
        self.action_id: int | None = None
        self.bindings: list[Binding] = []
        self._earlier: dict[str, dt.date] | None = None  # _earlier_dates
        self.today = dt.date.today()

        self.layout_.addWidget(
            wrapped_label(
                self.tr(
                    "Maak samen doelen: wat wilt u bereiken, wanneer, en hoe merken we dat het "
                    "gelukt is? Spreek per doel af wie wat doet: eerst uzelf, dan de mensen om "
                    "u heen, dan voorzieningen in de buurt en pas daarna hulp die de gemeente "
                    "regelt."
                ),
                self,
            )
        )
        self.layout_.addWidget(self.problem_bar)

        splitter = CompactSplitter(Qt.Orientation.Horizontal, self)  # list and detail scroll
        self.layout_.addWidget(splitter, 1)
        self.splitter = splitter
        self.list_box = self._build_list(splitter)
        splitter.addWidget(self.list_box)
        splitter.addWidget(self._build_detail(splitter))
        splitter.setStretchFactor(0, 1)  # the detail needs the width more than the list
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([340, 680])
        splitter.setChildrenCollapsible(False)
        # Side by side where the step is wide enough for the list and the whole detail;
        # narrower (a laptop at 150 %) the detail goes below the list, as tall as its
        # content: the step scrolls as one, nothing scrolls sideways.
        self._reflow = _ListOverDetail(self)

        self.store.rowsChanged.connect(self._rows_changed)
        self.store.valueChanged.connect(self._value_changed)
        self._rows_changed()
        name_qt_parts(self)

    # -- building ---------------------------------------------------------------------

    def _build_list(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        new_label = QLabel(self.tr("&Nieuw doel:"), box)
        new_label.setFont(scaled_font(new_label, 1.0, bold=True))
        self.new_goal = QLineEdit(box)
        unlimited(self.new_goal)
        self.new_goal.setPlaceholderText(self.tr("Wat wilt u bereiken?"))
        self.new_goal.setAccessibleName(self.tr("Nieuw doel: wat wilt u bereiken"))
        new_label.setBuddy(self.new_goal)
        self.add_goal_button = QPushButton(self.tr("Doel &toevoegen"), box)
        self.add_goal_button.setAccessibleName(self.tr("Doel toevoegen"))
        self.add_goal_button.setEnabled(False)
        self.new_goal.textChanged.connect(
            lambda text: self.add_goal_button.setEnabled(bool(text.strip()))
        )
        self.new_goal.returnPressed.connect(self.add_goal)
        self.add_goal_button.clicked.connect(self.add_goal)
        row = QHBoxLayout()
        row.addWidget(self.new_goal, 1)
        row.addWidget(self.add_goal_button)
        column.addWidget(new_label)
        column.addLayout(row)

        list_label = QLabel(self.tr("D&oelen"), box)
        list_label.setFont(scaled_font(list_label, 1.0, bold=True))
        column.addWidget(list_label)
        self.goal_model = GoalListModel(
            self.store,
            self.context.instrument,
            self.context.members,
            self,
            instruments=self.context.instruments,
        )
        self.goal_list = QListView(box)
        self.goal_list.setAccessibleName(self.tr("Doelen"))
        self.goal_list.setModel(self.goal_model)
        self.goal_list.setWordWrap(True)
        self.goal_list.setUniformItemSizes(False)
        self.goal_list.setSpacing(3)
        self.goal_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        list_label.setBuddy(self.goal_list)
        self.goal_list.selectionModel().currentChanged.connect(self._goal_chosen)
        self.goal_model.modelReset.connect(self._reselect_goal)
        column.addWidget(self.goal_list, 1)
        self.empty_label = wrapped_label(
            self.tr("Nog geen doelen. Schrijf hierboven wat de inwoner wil bereiken."), box
        )
        column.addWidget(self.empty_label)
        # The page's hints, under the list: one that comes or goes while the worker
        # types in the goal or an action shortens the list, it moves no field.
        self.domain_hint = MessageBar("difference", box)
        self.domain_hint.hide()
        column.addWidget(self.domain_hint)
        self.warning = MessageBar("difference", box)
        self.when_button = self.warning.add_button(
            self.tr("&Kies wanneer"), self.tr("Naar de eerste afspraak zonder datum")
        )
        self.when_button.clicked.connect(self.show_first_without_when)
        self.when_button.hide()
        self.warning.hide()
        column.addWidget(self.warning)
        for bar in (self.domain_hint, self.warning):
            _WholeText(bar)  # a long message makes the list shorter, never itself cut off
        return box

    def _build_detail(self, parent: QWidget) -> QWidget:
        scroll = QScrollArea(parent)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget(scroll)
        scroll.setWidget(inner)
        column = QVBoxLayout(inner)
        column.setContentsMargins(4, 0, 4, 0)
        self.goal_box = self._build_goal_form(inner)
        column.addWidget(self.goal_box)
        self.action_box = self._build_actions(inner)
        column.addWidget(self.action_box)
        column.addStretch(1)
        self.detail_scroll = scroll
        keep_focus_in_view(scroll)  # a field reached by a shortcut or the program
        return scroll

    def _goal_target(self, field: str) -> Any:
        return lambda: goal_key(self.goal_id, field) if self.goal_id is not None else None

    def _action_target(self, field: str) -> Any:
        return lambda: action_key(self.action_id, field) if self.action_id is not None else None

    def goal_where(self) -> Hashable:
        return (self.page, ("goal", self.goal_id))

    def action_where(self) -> Hashable:
        return (self.page, ("action", self.goal_id, self.action_id))

    def _bind_goal(self, widget: QWidget, field: str, text: str, **kwargs: Any) -> Binding:
        binding = field_binding(
            self.store, widget, self._goal_target(field), text=text, where=self.goal_where, **kwargs
        )
        self.bindings.append(binding)
        return binding

    def _bind_action(self, widget: QWidget, field: str, text: str, **kwargs: Any) -> Binding:
        binding = field_binding(
            self.store,
            widget,
            self._action_target(field),
            text=text,
            where=self.action_where,
            **kwargs,
        )
        self.bindings.append(binding)
        return binding

    def _build_goal_form(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Het doel"), parent)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.domain = combo(box, self.tr("Leefgebied van het doel"), [])
        self._fill_domains()
        binding = self._bind_goal(
            self.domain,
            "domain",
            self.tr("Leefgebied van het doel wijzigen"),
            read=self.domain.currentData,
            show=lambda v: show_data(self.domain, v),
            extra=self._domain_extra,
        )
        self.domain.activated.connect(binding.changed)
        self.domain_binding = binding

        members: list[tuple[str, Any]] = [(self.tr("Het hele huishouden"), None)]
        members += [(m.name, m.id) for m in self.context.members]
        self.member = combo(box, self.tr("Voor wie is het doel"), members)
        binding = self._bind_goal(
            self.member,
            "member_id",
            self.tr("Voor wie het doel is wijzigen"),
            read=self.member.currentData,
            show=lambda v: show_data(self.member, v),
        )
        self.member.activated.connect(binding.changed)
        # One row, so that the actions start higher up on a laptop screen.
        row = QHBoxLayout()
        row.addWidget(self.domain, 3)
        member_label = self._label(self.tr("Voor &wie"), self.member, box)
        _WholeText(member_label)
        row.addWidget(member_label)
        row.addWidget(self.member, 2)
        form.addRow(self._label(self.tr("&Leefgebied"), self.domain, box), row)

        self.goal_text = text_box(box, self.tr("Wat wilt u bereiken"), lines=2)
        binding = self._bind_goal(
            self.goal_text,
            "text",
            self.tr("Doel wijzigen"),
            read=self.goal_text.toPlainText,
            show=self.goal_text.setPlainText,
            delay_ms=TYPING_DELAY_MS,
            default="",
        )
        self.goal_text.textChanged.connect(binding.changed)
        form.addRow(
            self._label(self.tr("Wat wilt u &bereiken?"), self.goal_text, box), self.goal_text
        )

        self.measure = text_box(box, self.tr("Hoe weten we dat het gelukt is"), lines=2)
        binding = self._bind_goal(
            self.measure,
            "measure",
            self.tr("Hoe we het weten wijzigen"),
            read=self.measure.toPlainText,
            show=self.measure.setPlainText,
            delay_ms=TYPING_DELAY_MS,
            default="",
        )
        self.measure.textChanged.connect(binding.changed)
        form.addRow(
            self._label(self.tr("&Hoe weten we dat het gelukt is?"), self.measure, box),
            self.measure,
        )

        self.goal_due = OptionalDateEdit(fallback=self.today + dt.timedelta(weeks=12), parent=box)
        self.goal_due.set_accessible_name(self.tr("Wanneer moet het doel bereikt zijn"))
        binding = self._bind_goal(
            self.goal_due.edit,
            "due_date",
            self.tr("Datum van het doel wijzigen"),
            read=self.goal_due.value,
            show=self.goal_due.setValue,
            delay_ms=TYPING_DELAY_MS,
        )
        self.goal_due.valueChanged.connect(binding.changed)
        self.goal_due.clear_button.clicked.connect(binding.changed_now)

        self.target = combo(box, self.tr("Welk cijfer willen we halen"), [])
        self._target_scale: tuple[str, str] | None = None  # the instrument filled in
        self._fill_targets()
        binding = self._bind_goal(
            self.target,
            "target_level",
            self.tr("Doelcijfer wijzigen"),
            read=self.target.currentData,
            show=self._show_target,
        )
        self.target.activated.connect(binding.changed)
        self.target_binding = binding
        self.store.valueChanged.connect(self._goal_value_changed)
        self.context.autosave.valueChanged.connect(self._conversation_value_changed)
        target_label = self._label(self.tr("&Cijfer dat we willen halen"), self.target, box)
        _WholeText(target_label)
        row = QHBoxLayout()
        row.addWidget(self.goal_due, 1)
        row.addWidget(target_label)
        row.addWidget(self.target, 1)
        form.addRow(self._label(self.tr("&Wanneer?"), self.goal_due, box), row)

        row = QHBoxLayout()
        self.author = combo(
            box, self.tr("Wie bedacht het doel"), [(author_text(a), a) for a in Author]
        )
        binding = self._bind_goal(
            self.author,
            "author",
            self.tr("Wie het doel bedacht wijzigen"),
            read=lambda: enum_data(self.author, Author),
            show=lambda v: show_data(self.author, v),
            default=Author.TOGETHER,
        )
        self.author.activated.connect(binding.changed)
        self.goal_status = combo(
            box, self.tr("Stand van het doel"), [(goal_status_text(s), s) for s in GoalStatus]
        )
        binding = self._bind_goal(
            self.goal_status,
            "status",
            self.tr("Stand van het doel wijzigen"),
            read=lambda: enum_data(self.goal_status, GoalStatus),
            show=lambda v: show_data(self.goal_status, v),
            default=GoalStatus.OPEN,
        )
        self.goal_status.activated.connect(binding.changed)
        row.addWidget(self.author, 1)
        status_label = self._label(self.tr("&Stand"), self.goal_status, box)
        _WholeText(status_label)
        row.addWidget(status_label)
        row.addWidget(self.goal_status, 1)
        self.delete_goal_button = QPushButton(self.tr("Doel verwijderen"), box)
        self.delete_goal_button.setAccessibleName(self.tr("Dit doel verwijderen"))
        self.delete_goal_button.clicked.connect(self.delete_goal)
        row.addSpacing(12)
        row.addWidget(self.delete_goal_button)
        form.addRow(self._label(self.tr("Bedacht &door"), self.author, box), row)
        return box

    # -- the goal's instrument: its domains and the scale of its target ---------------

    def _fill_domains(self) -> None:
        """The domains of every instrument the conversation uses (a key two of them
        share: the first one's)."""
        current = self.domain.currentData()
        self.domain.blockSignals(True)
        self.domain.clear()
        seen: set[str] = set()
        for instrument in self.context.used():
            for d in instrument.domains:
                if d.key in seen:
                    continue
                seen.add(d.key)
                self.domain.addItem(plain_line(f"{d.citizen_name} ({d.name})"), d.key)
        show_data(self.domain, current)
        self.domain.blockSignals(False)

    def goal_instrument(self, goal: Goal | None) -> Instrument:
        """The instrument of the goal's domain: the one the goal names, if the
        conversation uses it; else the one used now that has the domain."""
        if goal is None:
            return self.context.instrument
        ident = goal.instrument.partition("@")[0]
        for instrument in self.context.used():
            if instrument.id == ident and goal.domain in instrument.domain_keys():
                return instrument
        return self.context.instrument_of(goal.domain)

    def _domain_extra(self, key: Any) -> dict[Any, Any]:
        """Another domain: the goal names its instrument; a target outside that
        instrument's scale is dropped (the store refuses it)."""
        if self.goal_id is None or key is None:
            return {}
        instrument = self.context.instrument_of(str(key))
        extra: dict[Any, Any] = {goal_key(self.goal_id, "instrument"): instrument.ref}
        target = self.store.value(goal_key(self.goal_id, "target_level"))
        if target is not None and target not in instrument.scale:
            extra[goal_key(self.goal_id, "target_level")] = None
        return extra

    def _fill_targets(self) -> None:
        goal = self.store.goals.get(self.goal_id) if self.goal_id is not None else None
        instrument = self.goal_instrument(goal)
        scale = instrument.scale
        if self._target_scale == (instrument.ref, instrument.name):
            return
        self._target_scale = (instrument.ref, instrument.name)
        self.target.blockSignals(True)
        self.target.clear()
        self.target.addItem(self.tr("geen"), None)
        for value in scale.values():
            try:
                label = scale.level(value).citizen_label
            except KeyError:  # a number scale labels only its ends
                ends = {scale.minimum: scale.low, scale.maximum: scale.high}
                label = ends[value].citizen_label if value in ends else ""
            self.target.addItem(plain_line(f"{value} – {label}" if label else str(value)), value)
        self.target.blockSignals(False)

    def _show_target(self, value: Any) -> None:
        self._fill_targets()
        show_data(self.target, value)

    def _goal_value_changed(self, key: Any) -> None:
        if getattr(key, "field", None) in ("domain", "instrument") and key.row == self.goal_id:
            self.target_binding.refresh(force=True)

    def _conversation_value_changed(self, key: Any) -> None:
        if key == conversation_key("instruments"):
            self._fill_domains()
            self._target_scale = None
            for binding in (self.domain_binding, self.target_binding):
                binding.refresh(force=True)

    def _label(self, text: str, buddy: QWidget, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setBuddy(buddy)
        label.setWordWrap(True)
        return label

    def _build_actions(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Wie doet wat"), parent)
        column = QVBoxLayout(box)
        column.addWidget(
            wrapped_label(
                self.tr(
                    "In deze volgorde: zelf, netwerk, vrijwilliger, voorziening in de buurt, "
                    "professional, en als laatste een maatwerkvoorziening."
                ),
                box,
            )
        )
        self.action_model = ActionTableModel(self.store, self)
        self.action_table = QTableView(box)
        self.action_table.setAccessibleName(self.tr("Afspraken bij dit doel"))
        self.action_table.setModel(self.action_model)
        self.action_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.action_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.action_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.action_table.setTabKeyNavigation(False)
        self.action_table.setWordWrap(True)
        self.action_table.verticalHeader().hide()
        header = self.action_table.horizontalHeader()
        header.setSectionResizeMode(Column.WHO, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.WHAT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.STATUS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.AUTHOR, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(Column.WHO, 220)
        self.action_table.setMinimumHeight(self.fontMetrics().height() * 8)
        self.action_table.selectionModel().currentRowChanged.connect(self._action_chosen)
        self.action_model.modelReset.connect(self._reselect_action)

        # The new action over the table (as the new goal is over the list): on a laptop
        # screen it is in view under the goal, without scrolling.
        new_row = QHBoxLayout()
        self.new_kind = combo(
            box, self.tr("Wie doet de nieuwe afspraak"), [(actor_text(k), k) for k in ActorKind]
        )
        self.new_what = QLineEdit(box)
        unlimited(self.new_what)
        self.new_what.setPlaceholderText(self.tr("Wat gebeurt er?"))
        self.new_what.setAccessibleName(self.tr("Nieuwe afspraak: wat gebeurt er"))
        self.add_action_button = QPushButton(self.tr("&Afspraak toevoegen"), box)
        self.add_action_button.setAccessibleName(self.tr("Afspraak toevoegen"))
        self.add_action_button.setEnabled(False)
        self.new_what.textChanged.connect(
            lambda text: self.add_action_button.setEnabled(bool(text.strip()))
        )
        self.new_what.returnPressed.connect(self.add_action)
        self.add_action_button.clicked.connect(self.add_action)
        self.new_kind.setMinimumContentsLength(16)  # room for what is typed beside it
        new_row.addWidget(self.new_kind)
        new_row.addWidget(self.new_what, 1)
        new_row.addWidget(self.add_action_button)
        column.addLayout(new_row)
        column.addWidget(self.action_table)
        QWidget.setTabOrder(self.add_action_button, self.action_table)  # as they are shown

        self.action_form = QGroupBox(self.tr("De gekozen afspraak"), box)
        form = QFormLayout(self.action_form)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind = combo(
            self.action_form, self.tr("Wie doet het"), [(actor_text(k), k) for k in ActorKind]
        )
        for index, kind in enumerate(ActorKind):
            self.kind.setItemData(index, actor_explanation(kind), Qt.ItemDataRole.ToolTipRole)
        binding = self._bind_action(
            self.kind,
            "actor_kind",
            self.tr("Wie het doet wijzigen"),
            read=lambda: enum_data(self.kind, ActorKind),
            show=lambda v: show_data(self.kind, v),
            default=ActorKind.SELF,
            extra=self._kind_extra,
        )
        self.kind.activated.connect(binding.changed)
        form.addRow(self._label(self.tr("Wie &doet het?"), self.kind, self.action_form), self.kind)

        self.person = combo(self.action_form, self.tr("Wie uit het netwerk"), [])
        binding = self._bind_action(
            self.person,
            "network_person_id",
            self.tr("Persoon uit het netwerk wijzigen"),
            read=self.person.currentData,
            show=lambda v: show_data(self.person, v),
        )
        self.person.activated.connect(binding.changed)
        self.person_label = self._label(self.tr("&Persoon"), self.person, self.action_form)
        form.addRow(self.person_label, self.person)

        self.actor_name = QLineEdit(self.action_form)
        unlimited(self.actor_name)
        self.actor_name.setAccessibleName(self.tr("Naam van wie het doet"))
        binding = self._bind_action(
            self.actor_name,
            "actor_name",
            self.tr("Naam wijzigen"),
            read=self.actor_name.text,
            show=self.actor_name.setText,
            delay_ms=TYPING_DELAY_MS,
            default="",
        )
        self.actor_name.textChanged.connect(binding.changed)
        self.name_label = self._label(self.tr("&Naam"), self.actor_name, self.action_form)
        form.addRow(self.name_label, self.actor_name)

        self.maatwerk = QLineEdit(self.action_form)
        unlimited(self.maatwerk)
        self.maatwerk.setAccessibleName(self.tr("Soort maatwerkvoorziening"))
        self.maatwerk.setPlaceholderText(self.tr("bijvoorbeeld huishoudelijke hulp"))
        binding = self._bind_action(
            self.maatwerk,
            "maatwerk_kind",
            self.tr("Soort maatwerkvoorziening wijzigen"),
            read=self.maatwerk.text,
            show=self.maatwerk.setText,
            delay_ms=TYPING_DELAY_MS,
            default="",
        )
        self.maatwerk.textChanged.connect(binding.changed)
        self.maatwerk_label = self._label(
            self.tr("Soort &maatwerk"), self.maatwerk, self.action_form
        )
        form.addRow(self.maatwerk_label, self.maatwerk)

        self.what = QLineEdit(self.action_form)
        unlimited(self.what)
        self.what.setAccessibleName(self.tr("Wat gebeurt er"))
        binding = self._bind_action(
            self.what,
            "what",
            self.tr("Afspraak wijzigen"),
            read=self.what.text,
            show=self.what.setText,
            delay_ms=TYPING_DELAY_MS,
            default="",
        )
        self.what.textChanged.connect(binding.changed)
        form.addRow(self._label(self.tr("Wa&t?"), self.what, self.action_form), self.what)

        # Who wrote the action: the citizen's own plan, their circle, the professional,
        # or made together at the table (the default).
        self.action_author = combo(
            self.action_form,
            self.tr("Wie bedacht de afspraak"),
            [(author_text(a), a) for a in Author],
        )
        binding = self._bind_action(
            self.action_author,
            "author",
            self.tr("Wie de afspraak bedacht wijzigen"),
            read=lambda: enum_data(self.action_author, Author),
            show=lambda v: show_data(self.action_author, v),
            default=Author.TOGETHER,
        )
        self.action_author.activated.connect(binding.changed)
        form.addRow(
            self._label(self.tr("B&edacht door"), self.action_author, self.action_form),
            self.action_author,
        )

        row = QHBoxLayout()
        self.action_due = OptionalDateEdit(
            fallback=self.today + dt.timedelta(weeks=4), parent=self.action_form
        )
        self.action_due.set_accessible_name(self.tr("Wanneer is de afspraak klaar"))
        binding = self._bind_action(
            self.action_due.edit,
            "due_date",
            self.tr("Datum van de afspraak wijzigen"),
            read=self.action_due.value,
            show=self.action_due.setValue,
            delay_ms=TYPING_DELAY_MS,
            extra=self._due_extra,
        )
        self.action_due.valueChanged.connect(binding.changed)
        self.action_due.clear_button.clicked.connect(binding.changed_now)
        # A date or "doorlopend": choosing one clears the other, in the same undo step.
        self.action_ongoing = QCheckBox(
            self.tr("of doo&rlopend (geen einddatum)"), self.action_form
        )
        self.action_ongoing.setAccessibleName(self.tr("De afspraak loopt door, zonder einddatum"))
        binding = self._bind_action(
            self.action_ongoing,
            "ongoing",
            self.tr("Doorlopend wijzigen"),
            read=self.action_ongoing.isChecked,
            show=self.action_ongoing.setChecked,
            default=False,
            extra=self._ongoing_extra,
        )
        self.action_ongoing.clicked.connect(binding.changed)
        self.action_status = combo(
            self.action_form,
            self.tr("Stand van de afspraak"),
            [(action_status_text(s), s) for s in ActionStatus],
        )
        binding = self._bind_action(
            self.action_status,
            "status",
            self.tr("Stand van de afspraak wijzigen"),
            read=lambda: enum_data(self.action_status, ActionStatus),
            show=lambda v: show_data(self.action_status, v),
            default=ActionStatus.PLANNED,
        )
        self.action_status.activated.connect(binding.changed)
        row.addWidget(self.action_due, 1)
        row.addWidget(self.action_ongoing)
        form.addRow(self._label(self.tr("Klaar &op"), self.action_due, self.action_form), row)
        form.addRow(
            self._label(self.tr("St&and"), self.action_status, self.action_form),
            self.action_status,
        )
        self.delete_action_button = QPushButton(self.tr("Afspraak verwijderen"), self.action_form)
        self.delete_action_button.setAccessibleName(self.tr("Deze afspraak verwijderen"))
        self.delete_action_button.clicked.connect(self.delete_action)
        form.addRow("", self.delete_action_button)
        column.addWidget(self.action_form)
        return box

    def _due_extra(self, day: Any) -> dict[Any, Any]:
        """A date: no longer "doorlopend" (one undo step)."""
        if self.action_id is None or day is None:
            return {}
        return {action_key(self.action_id, "ongoing"): False}

    def _ongoing_extra(self, ongoing: Any) -> dict[Any, Any]:
        """ "Doorlopend": no end date any more (one undo step)."""
        if self.action_id is None or not ongoing:
            return {}
        return {action_key(self.action_id, "due_date"): None}

    def _kind_extra(self, kind: Any) -> dict[Any, Any]:
        """Leaving the network: no network person any more (one undo step)."""
        if self.action_id is None or kind is ActorKind.NETWORK:
            return {}
        return {action_key(self.action_id, "network_person_id"): None}

    # -- showing -----------------------------------------------------------------------

    def _fill_people(self) -> None:
        current = self.person.currentData()
        self.person.clear()
        self.person.addItem(self.tr("(kies iemand)"), None)
        people = network_on(self.store.network, None)  # on the map now
        for person in sorted(people, key=lambda p: p.name.lower()):
            text = f"{person.name} ({person.role})" if person.role else person.name
            self.person.addItem(plain_line(text), person.id)
        show_data(self.person, current)

    def _rows_changed(self) -> None:
        self._fill_people()
        has_goals = bool(self.store.goals)
        self.empty_label.setVisible(not has_goals)
        self._update_warning()
        self._update_enabled()

    def _value_changed(self, key: FieldKey) -> None:
        if key.table in (GOAL, ACTION):
            if key.field in (
                "actor_kind",
                "status",
                "domain",
                "network_person_id",
                "due_date",
                "ongoing",
            ):
                self._update_warning()
            if key == action_key(self.action_id or -1, "actor_kind"):
                self._update_action_fields()
            if key.table == GOAL and key.field == "domain" and key.row == self.goal_id:
                self._update_domain_hint()

    def _update_warning(self) -> None:
        """The page's one place for hints: maatwerk before eigen kracht, and actions
        that do not yet say by when (core.problems.actions_without_when)."""
        warnings = maatwerk_warnings(self.store.goals.values(), self.store.network)
        lines = []
        for warning in warnings:
            try:
                name = (
                    self.context.instrument_of(warning.domain).domain(warning.domain).citizen_name
                )
            except KeyError:
                name = warning.domain
            lines.append(
                self.tr(
                    "Let op: bij {domain} staat een maatwerkvoorziening, maar {missing} "
                    "zijn nog niet bekeken. Eerst komt eigen kracht (Wmo 2015, art. 2.3.2)."
                ).format(domain=name, missing=missing_text(warning.missing))
            )
        without = actions_without_when(self.ordered_goals())
        if without:
            if len(without) == 1:
                when = self.tr("Bij 1 afspraak staat nog niet wanneer die klaar is.")
            else:
                when = self.tr("Bij {n} afspraken staat nog niet wanneer ze klaar zijn.").format(
                    n=len(without)
                )
            lines.append(
                when
                + " "
                + self.tr(
                    "Kies een datum of 'doorlopend': zonder kan het plan niet worden ondertekend."
                )
            )
        self.when_button.setVisible(bool(without))
        self.warning.set_text("\n".join(lines))

    def ordered_goals(self) -> list[Goal]:
        """The goals as the list shows them, with their actions as stored now."""
        keys = [k for i in self.context.used() for k in i.domain_keys()]
        return self.store.ordered_goals(tuple(dict.fromkeys(keys)))

    def show_first_without_when(self) -> None:
        """Select the first action that does not say by when, and go to its date."""
        without = actions_without_when(self.ordered_goals())
        if not without:
            return
        goal = self.store.goal_of_action(without[0].id or 0)
        if goal is None:
            return
        self.select_goal(goal.id)
        self.select_action(without[0].id)
        self.action_due.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_enabled(self) -> None:
        self.goal_box.setEnabled(self.goal_id is not None)
        self.action_box.setEnabled(self.goal_id is not None)
        self.action_form.setEnabled(self.action_id is not None)
        self._update_action_fields()

    def _update_action_fields(self) -> None:
        kind = ActorKind.SELF
        if self.action_id is not None:
            kind = self.store.value(action_key(self.action_id, "actor_kind")) or kind
        network = kind is ActorKind.NETWORK
        named = kind not in (ActorKind.SELF, ActorKind.NETWORK)
        self.person.setVisible(network)
        self.person_label.setVisible(network)
        self.actor_name.setVisible(named)
        self.name_label.setVisible(named)
        self.name_label.setText(name_label(kind))
        self.maatwerk.setVisible(kind is ActorKind.MAATWERK)
        self.maatwerk_label.setVisible(kind is ActorKind.MAATWERK)

    def _refresh_bindings(self) -> None:
        for binding in self.bindings:
            binding.refresh(force=True)

    def _end_sessions(self) -> None:
        for binding in self.bindings:
            binding.end_session()

    def select_goal(self, goal_id: int | None) -> None:
        row = self.goal_model.row_of(goal_id)
        if row < 0:
            return
        index = self.goal_model.index(row, 0)
        self.goal_list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.goal_list.scrollTo(index)

    def select_action(self, action_id: int | None) -> None:
        row = self.action_model.row_of(action_id)
        if row < 0:
            return
        self.action_table.selectionModel().setCurrentIndex(
            self.action_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _goal_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        goal_id = current.data(ID_ROLE) if current.isValid() else None
        if goal_id == self.goal_id:
            return
        self._end_sessions()
        self.goal_id = goal_id
        self.action_id = None
        self.action_model.set_goal(goal_id)
        self._refresh_bindings()
        self._update_enabled()
        self._update_domain_hint()

    def _reselect_goal(self) -> None:
        """After a reset keep the same goal chosen (or choose the first one)."""
        wanted = self.goal_id if self.goal_model.row_of(self.goal_id) >= 0 else None
        if wanted is None and self.goal_model.goals:
            wanted = self.goal_model.goals[0].id
        if wanted is None:
            self._goal_chosen(QModelIndex(), QModelIndex())
        else:
            self.select_goal(wanted)

    def _action_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        action_id = current.data(ID_ROLE) if current.isValid() else None
        if action_id == self.action_id:
            return
        self._end_sessions()
        self.action_id = action_id
        self._refresh_bindings()
        self._update_enabled()

    def _reselect_action(self) -> None:
        action_id = self.action_id if self.action_model.row_of(self.action_id) >= 0 else None
        if action_id is None and self.action_model.actions:
            action_id = self.action_model.actions[0].id
        if action_id is None:
            self.action_id = None
            self._refresh_bindings()
            self._update_enabled()
            return
        self.select_action(action_id)

    # -- adding and deleting -------------------------------------------------------------

    def _scores_now(self) -> dict[str, list[DomainScore]]:
        """This conversation's scores per domain, both perspectives."""
        from eigenkracht.core.model import Perspective

        autosave = self.context.autosave
        found: dict[str, list[DomainScore]] = {}
        for instrument in self.context.used():
            sheet = autosave.sheet(instrument.id)
            for d in instrument.domains:
                found.setdefault(
                    d.key,
                    [s for p in Perspective if (s := autosave.score(p, d.key, sheet)) is not None],
                )
        return found

    def _new_goal_domain(self) -> str:
        """A domain discussed now with a concern or a low level and no goal yet
        (core.assessments.goal_domain), else the first one."""
        instrument = self.context.instrument
        scale = instrument.scale
        found = goal_domain(
            self._scores_now(),
            instrument.domain_keys(),
            (g.domain for g in self.store.goals.values()),
            low=scale.minimum + (scale.maximum - scale.minimum) // 2,
        )
        return found or instrument.domains[0].key

    def _update_domain_hint(self) -> None:
        """A goal in a domain not discussed in this conversation: say so (a hint, never
        a block: the worker may know why)."""
        key = self.domain.currentData() if self.goal_id is not None else None
        if key is None or discussed(self._scores_now().get(key, [])):
            self.domain_hint.set_text("")
            return
        earlier = self._earlier_dates().get(key)
        if earlier is not None:  # carried from an earlier conversation: a goal may go on
            self.domain_hint.set_text(
                self.tr(
                    "Dit leefgebied is in dit gesprek niet opnieuw besproken. Het laatst op {date}."
                ).format(date=format_date(earlier, weekday=False))
            )
            return
        self.domain_hint.set_text(
            self.tr(
                "Dit leefgebied is in dit gesprek niet besproken. Kies een besproken "
                "leefgebied, of bespreek het eerst bij Leefgebieden."
            )
        )

    def _earlier_dates(self) -> dict[str, dt.date]:
        """Per domain the day an earlier conversation last scored it (read once)."""
        if self._earlier is None:
            autosave = self.context.autosave
            day = autosave.value(conversation_key("date"))
            case_file = autosave.case_file or self.store.repo.load_case(autosave.case_id)
            this = Conversation(case_id=autosave.case_id, date=day, id=autosave.conversation_id)
            found = earlier_scores(case_file, self.context.instrument.id, this)
            self._earlier = {
                k: d for k, row in found.items() if (d := newest_date(row.values())) is not None
            }
        return self._earlier

    def add_goal(self) -> None:
        text = self.new_goal.text().strip()
        if not text:
            return
        domain = self._new_goal_domain()
        goal = Goal(
            case_id=self.store.case_id,
            domain=domain,
            text=text,
            instrument=self.context.instrument_of(domain).ref,
        )
        stored = self.store.add_goal(goal, lambda row: (self.page, ("goal", row.id)))
        if stored is None:
            return
        self.new_goal.clear()
        self.select_goal(stored.id)
        self.measure.setFocus(Qt.FocusReason.OtherFocusReason)

    def delete_goal(self) -> None:
        if self.goal_id is not None:
            self.store.delete_goal(self.goal_id, (self.page, ("goal", self.goal_id)))

    def add_action(self) -> None:
        what = self.new_what.text().strip()
        if not what or self.goal_id is None:
            return
        goal_id = self.goal_id
        kind = enum_data(self.new_kind, ActorKind)
        action = Action(goal_id=goal_id, what=what, actor_kind=kind)
        stored = self.store.add_action(action, lambda row: (self.page, ("action", goal_id, row.id)))
        if stored is None:
            return
        self.new_what.clear()
        self.select_action(stored.id)
        focus: QWidget = self.actor_name
        if stored.actor_kind is ActorKind.NETWORK:
            focus = self.person
        elif stored.actor_kind is ActorKind.SELF:
            focus = self.action_due.edit
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def delete_action(self) -> None:
        if self.action_id is not None and self.goal_id is not None:
            self.store.delete_action(
                self.action_id, (self.page, ("action", self.goal_id, self.action_id))
            )

    # -- the page protocol ----------------------------------------------------------------

    def enter(self) -> None:
        super().enter()
        goal_id, action_id = self.goal_id, self.action_id
        self.store.refresh()  # read again only if the network step changed who is on the map
        self.select_goal(goal_id)
        self.select_action(action_id)
        self._update_domain_hint()  # the domains may have been discussed since

    def first_focus(self) -> QWidget | None:
        return self.goal_list if self.store.goals else self.new_goal

    def navigate_to(self, where: Any) -> None:
        if not isinstance(where, tuple) or len(where) < 2 or not where[1]:
            return
        target = where[1]
        if target[0] == "goal":
            self.select_goal(target[1])
        elif target[0] == "action":
            self.select_goal(target[1])
            self.select_action(target[2])

    def problem(self) -> tuple[str, QWidget | None] | None:
        """The first of core.problems.goal_problems, in words; its goal (and action)
        selected."""
        # in the list's order, as stored now (the list's copies do not follow action edits)
        goals = [self.store.goals.get(g.id or 0, g) for g in self.goal_model.goals]
        found = goal_problems(goals)
        if not found:
            return None
        first = found[0]
        item = first.item if isinstance(first.item, int) else None  # a goal or action id
        if first.code is Code.GOAL_TEXT_MISSING:
            self.select_goal(item)
            return (self.tr("Schrijf bij elk doel wat de inwoner wil bereiken."), self.goal_text)
        goal = next(g for g in goals if any(a.id == item for a in g.actions))
        self.select_goal(goal.id)
        self.select_action(item)
        return (self.tr("Schrijf bij elke afspraak wat er gebeurt."), self.what)


__all__ = ["GoalsPage"]
