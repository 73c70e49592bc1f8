"""The "Verloop" of a case on its overview: the whole route from melding to closing
(core.process.route), each step with its day, a "Vandaag" button, and its term in
words; the case's kind (Wmo or Jeugdwet); the status, which follows from the days
and which the worker may choose with a reason (StatusDialog); and the offer to let
the signed plan be the verslag.

Every change is one `Repository.record_route` (one transaction with its audit row);
a day that cannot be is refused by the store in one Dutch sentence, shown in the
box's message bar, and the field shows what is stored again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eigenkracht.core.model import CaseFile, CaseKind, CaseStatus
from eigenkracht.core.plan import current_version
from eigenkracht.core.process import (
    BESCHIKKING_WEEKS,
    JEUGD_BESCHIKKING_WEEKS,
    STEP_FIELDS,
    DeadlineState,
    Step,
    StepKind,
    case_status,
    derived_status,
    route,
    signed_as_verslag,
    steps_of,
)
from eigenkracht.store.errors import StoreError
from eigenkracht.ui.caseload.model import case_kind_text, status_text, step_text
from eigenkracht.ui.widgets import (
    OptionalDateEdit,
    attention_style,
    format_date,
    name_qt_parts,
    text_label,
    unlimited,
)
from eigenkracht.ui.widgets.problems import show_problem
from eigenkracht.ui.widgets.views import MessageBar

if TYPE_CHECKING:
    from eigenkracht.store.repository import Repository

STORE_DELAY_MS = 700  # a typed day is stored this long after the last key
# The statuses a worker may choose (closing is a day: the Afgesloten step).
CHOOSABLE = (CaseStatus.MELDING, CaseStatus.ONDERZOEK, CaseStatus.PLAN, CaseStatus.EVALUATIE)
# (line, column group) of each step: the route reads down the left half, then the
# right; the persoonlijk plan (Wmo) and the familiegroepsplan (Jeugdwet) share a place.
GRID_PLACE: dict[StepKind, tuple[int, int]] = {
    StepKind.MELDING: (0, 0),
    StepKind.PERSOONLIJK_PLAN: (1, 0),
    StepKind.FAMILIEGROEPSPLAN: (1, 0),
    StepKind.CLIENTONDERSTEUNING: (2, 0),
    StepKind.ONDERZOEK: (3, 0),
    StepKind.VERSLAG: (4, 0),
    StepKind.AANVRAAG: (0, 1),
    StepKind.BESCHIKKING: (1, 1),
    StepKind.EVALUATIE: (2, 1),
    StepKind.AFSLUITING: (3, 1),
}


class _Row:
    """The widgets of one step."""

    def __init__(self, kind: StepKind, box: RouteBox, today: dt.date) -> None:
        self.kind = kind
        self.caption = QLabel(box)
        self.edit = OptionalDateEdit(fallback=today, maximum=today, parent=box)
        self.edit.setObjectName(f"routeDate-{kind.value}")
        self.caption.setBuddy(self.edit)
        self.today_button = QPushButton(QCoreApplication.translate("RouteBox", "Vandaag"), box)
        self.today_button.setObjectName(f"routeToday-{kind.value}")
        self.today_button.setAutoDefault(False)
        self.state = text_label("", box)
        self.state.setObjectName(f"route-{kind.value}")
        name = step_text(kind)
        self.edit.set_accessible_name(
            QCoreApplication.translate("RouteBox", "Datum: {step}").format(step=name)
        )
        self.today_button.setAccessibleName(
            QCoreApplication.translate("RouteBox", "{step}: vandaag").format(step=name)
        )
        self.timer = QTimer(box)
        self.timer.setSingleShot(True)
        self.timer.setInterval(STORE_DELAY_MS)

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.caption, self.edit, self.today_button, self.state)


class RouteBox(QGroupBox):
    """The Verloop of one case. `show_case` fills it; `changed` says a change was
    stored (the overview reads the case again)."""

    changed = Signal()

    def __init__(
        self, repo: Repository, today: Callable[[], dt.date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Verloop"))
        self.setObjectName("routeBox")
        self.repo = repo
        self._today = today
        self.case_file: CaseFile | None = None
        self.status_dialog: StatusDialog | None = None
        day = today()

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.kind_label = QLabel(self.tr("&Soort:"), self)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("routeKind")
        self.kind_combo.setAccessibleName(self.tr("Soort dossier"))
        for case_kind in CaseKind:
            self.kind_combo.addItem(case_kind_text(case_kind), case_kind.value)
        self.kind_label.setBuddy(self.kind_combo)
        self.kind_combo.activated.connect(self._kind_chosen)
        top.addWidget(self.kind_label)
        top.addWidget(self.kind_combo)
        top.addSpacing(12)
        self.status_label = text_label("", self)
        self.status_label.setObjectName("routeStatus")
        top.addWidget(self.status_label, 1)
        self.status_button = QPushButton(self.tr("S&tatus kiezen…"), self)
        self.status_button.setObjectName("routeStatusButton")
        self.status_button.setAccessibleName(self.tr("Status van het dossier zelf kiezen"))
        self.status_button.setAutoDefault(False)
        self.status_button.clicked.connect(self.choose_status)
        top.addWidget(self.status_button)
        layout.addLayout(top)

        self.message = MessageBar("problem", self)
        self.message.hide()
        layout.addWidget(self.message)
        self.verslag_bar = MessageBar("info", self)
        self.verslag_bar.setObjectName("messageBar_verslag")
        self.verslag_button = self.verslag_bar.add_button(
            self.tr("Ja, vastleggen"), self.tr("Het ondertekende plan als verslag vastleggen")
        )
        self.verslag_button.setObjectName("routeVerslagFromPlan")
        self.verslag_button.setAutoDefault(False)
        self.verslag_button.clicked.connect(self.accept_plan_as_verslag)
        self.verslag_bar.hide()
        layout.addWidget(self.verslag_bar)

        self.grid = QGridLayout()
        self.grid.setColumnStretch(3, 1)
        self.grid.setColumnMinimumWidth(4, 16)
        self.grid.setColumnStretch(8, 1)
        self.rows: dict[StepKind, _Row] = {}
        self.columns = 0  # the dates in 2 columns side by side, or 1 where that is too wide
        self._two_columns_width = 0  # the width 2 columns need (measured while shown so)
        for kind in StepKind:
            row = _Row(kind, self, day)
            self.rows[kind] = row
            row.edit.valueChanged.connect(lambda _v, r=row: self._typed(r))
            row.edit.edit.editingFinished.connect(lambda r=row: self._flush(r))
            row.timer.timeout.connect(lambda r=row: self._flush(r))
            row.today_button.clicked.connect(lambda _c=False, r=row: self.record_today(r.kind))
        self._place(2)
        layout.addLayout(self.grid)
        self.reason_label = QLabel(self.tr("&Reden van afsluiten:"), self)
        self.reason_edit = QLineEdit(self)
        unlimited(self.reason_edit)
        self.reason_edit.setObjectName("routeClosedReason")
        self.reason_edit.setAccessibleName(self.tr("Reden van afsluiten"))
        self.reason_label.setBuddy(self.reason_edit)
        self.reason_edit.editingFinished.connect(self._reason_edited)
        reason = QHBoxLayout()
        reason.addWidget(self.reason_label)
        reason.addWidget(self.reason_edit, 1)
        layout.addLayout(reason)
        self._filling = False
        name_qt_parts(self)

    # -- one or two columns ------------------------------------------------------------

    def _place(self, columns: int) -> None:
        """Put the dates in `columns` columns: 2 side by side (GRID_PLACE), or 1 below
        each other in the same order, on a narrow window (a laptop at 150 %)."""
        if columns == self.columns:
            return
        self.columns = columns
        places = sorted(set(GRID_PLACE.values()), key=lambda p: (p[1], p[0]))
        for kind, row in self.rows.items():
            line, group = GRID_PLACE[kind]
            if columns == 1:
                line, group = places.index((line, group)), 0
            for column, widget in enumerate(row.widgets()):
                self.grid.removeWidget(widget)
                self.grid.addWidget(widget, line, group * 5 + column)

    def _one_column_width(self) -> int:
        spacing = max(self.grid.horizontalSpacing(), 0)
        widest = max(
            sum(w.minimumSizeHint().width() for w in row.widgets()) + 3 * spacing
            for row in self.rows.values()
        )
        margins = self.contentsMargins()
        width = widest + margins.left() + margins.right()
        layout = self.layout()
        if layout is not None:
            inner = layout.contentsMargins()
            width += inner.left() + inner.right()
        return width

    def minimumSizeHint(self) -> QSize:
        # As narrow as one column: the box then changes to one column (resizeEvent)
        # instead of making the overview scroll sideways.
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self._one_column_width()), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        if self.columns == 2:
            self._two_columns_width = max(super().minimumSizeHint().width(), 1)
        wanted = 2 if self.width() >= self._two_columns_width else 1
        if wanted != self.columns:
            self._place(wanted)
        super().resizeEvent(event)

    # -- filling --------------------------------------------------------------------

    @property
    def case_id(self) -> int:
        assert self.case_file is not None and self.case_file.case.id is not None
        return self.case_file.case.id

    def show_case(self, case_file: CaseFile) -> None:
        """Show the route of this case as stored."""
        self.case_file = case_file
        case = case_file.case
        today = self._today()
        first = min((c.date for c in case_file.conversations), default=None)
        plan = current_version(case_file.plans)
        steps = route(
            case,
            today,
            first_conversation=first,
            evaluation_planned=plan.evaluation_date if plan is not None else None,
        )
        shown = set(steps_of(case.case_kind))
        self._filling = True
        try:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(case.case_kind.value))
            for kind, row in self.rows.items():
                for widget in row.widgets():
                    widget.setVisible(kind in shown)
            for step in steps:
                self._fill_row(self.rows[step.kind], step, case_file, today)
            if not self.reason_edit.hasFocus():
                self.reason_edit.setText(case.closed_reason)
        finally:
            self._filling = False
        closed = case.closed_on is not None
        self.reason_label.setVisible(closed)
        self.reason_edit.setVisible(closed)
        status = case_status(case, first)
        if case.status_override is not None and not closed:
            words = self.tr("Status: {status} (zelf gekozen: {reason})").format(
                status=status_text(status), reason=case.status_reason
            )
        else:
            words = self.tr("Status: {status} (volgt uit de datums)").format(
                status=status_text(status)
            )
        self.status_label.setText(words)
        self.status_button.setEnabled(not closed)
        self._fill_verslag_offer(case_file)

    def _fill_row(self, row: _Row, step: Step, case_file: CaseFile, today: dt.date) -> None:
        case = case_file.case
        row.caption.setText(step_text(step.kind, case.case_kind) + ":")
        row.timer.stop()
        stored = getattr(case, step.field)
        row.edit.blockSignals(True)
        row.edit.setValue(stored)
        row.edit.blockSignals(False)
        name = step_text(step.kind, case.case_kind)
        row.edit.set_accessible_name(self.tr("Datum: {step}").format(step=name))
        row.today_button.setAccessibleName(self.tr("{step}: vandaag").format(step=name))
        row.today_button.setEnabled(stored != today)
        text, attention = self.state_text(step, case_file, today)
        row.state.setText(text)
        row.state.setAccessibleName(self.tr("{step}: {text}").format(step=name, text=text))
        row.state.setStyleSheet(
            attention_style(row.state.objectName(), attention == "overdue") if attention else ""
        )

    def state_text(self, step: Step, case_file: CaseFile, today: dt.date) -> tuple[str, str]:
        """The step in words, and "soon"/"overdue"/"" for its colour."""
        case = case_file.case
        deadline = step.deadline
        if step.done_on is not None:
            when = format_date(step.done_on)
            if step.from_conversation:
                return self.tr("eerste gesprek op {date}").format(date=when), ""
            received = case.familiegroepsplan_received
            if step.kind is StepKind.FAMILIEGROEPSPLAN and received is not None:
                return self.tr("aangeboden op {date}, ontvangen op {received}").format(
                    date=when, received=format_date(received)
                ), ""
            if step.kind is StepKind.FAMILIEGROEPSPLAN:
                return self.tr("aangeboden op {date}").format(date=when), ""
            return self.tr("klaar op {date}").format(date=when), ""
        if deadline is not None:
            due = format_date(deadline.due)
            days = deadline.days_left(today)
            if deadline.state is DeadlineState.STOPPED:
                return self.tr("gestopt: het dossier is afgesloten"), ""
            if deadline.state is DeadlineState.CLOSED:
                return self.tr("termijn voorbij op {date}, geen plan ontvangen").format(
                    date=due
                ), ""
            if deadline.state is DeadlineState.OVERDUE:
                return self.tr("⚠ te laat sinds {late} (uiterlijk {date})").format(
                    late=self._days(-days), date=due
                ), "overdue"
            text = self.tr("uiterlijk {date} · {left}").format(date=due, left=self._left(days))
            if deadline.state is DeadlineState.SOON:
                return self.tr("binnenkort: {text}").format(text=text), "soon"
            return text, ""
        from_melding = (StepKind.PERSOONLIJK_PLAN, StepKind.VERSLAG)
        if step.kind in from_melding and case.melding_date is None:
            return self.tr("telt vanaf de melding"), ""
        if step.kind is StepKind.BESCHIKKING:
            jeugd = case.case_kind is CaseKind.JEUGD
            weeks = JEUGD_BESCHIKKING_WEEKS if jeugd else BESCHIKKING_WEEKS
            return self.tr("binnen {weeks} weken na de aanvraag").format(weeks=weeks), ""
        if step.kind is StepKind.CLIENTONDERSTEUNING and case.clientondersteuning_offered:
            return self.tr("gewezen (datum niet vastgelegd)"), ""
        if step.kind is StepKind.EVALUATIE:
            if step.planned is None:
                return self.tr("nog niet afgesproken"), ""
            days = (step.planned - today).days
            planned = format_date(step.planned)
            if days < 0:
                return self.tr("⚠ afgesproken op {date}, {late} geleden").format(
                    date=planned, late=self._days(-days)
                ), "overdue"
            return self.tr("afgesproken op {date} · {left}").format(
                date=planned, left=self._left(days)
            ), ""
        if step.kind is StepKind.AFSLUITING:
            return self.tr("het dossier loopt"), ""
        return self.tr("nog niet"), ""

    def _days(self, n: int) -> str:
        return self.tr("1 dag") if n == 1 else self.tr("{n} dagen").format(n=n)

    def _left(self, n: int) -> str:
        if n == 0:
            return self.tr("vandaag")
        return self.tr("nog {days}").format(days=self._days(n))

    def _fill_verslag_offer(self, case_file: CaseFile) -> None:
        case = case_file.case
        signed = signed_as_verslag(case_file.plans)
        if signed is None or case.verslag_sent is not None or case.closed_on is not None:
            self.verslag_bar.hide()
            return
        plan, day = signed
        self.verslag_bar.set_text(
            self.tr(
                "Het ondertekende plan geldt als verslag (versie {n}, ondertekend op {date}). "
                "Vastleggen dat het verslag op {date} is gegeven?"
            ).format(n=plan.number, date=format_date(day))
        )

    # -- storing ----------------------------------------------------------------------

    def record(self, **fields: Any) -> bool:
        """Store route fields; a refusal shows in the message bar. True when stored."""
        if self.case_file is None:
            return False
        try:
            self.repo.record_route(self.case_id, today=self._today(), **fields)
        except StoreError as exc:
            show_problem(self.message, exc)
            self.show_case(self.case_file)  # show what is stored again
            return False
        self.message.set_text("")
        self.changed.emit()
        return True

    def record_today(self, kind: StepKind) -> bool:
        return self.record(**{STEP_FIELDS[kind]: self._today()})

    def accept_plan_as_verslag(self) -> bool:
        """The signed plan is the verslag: the verslag was given on the day of signing."""
        if self.case_file is None:
            return False
        signed = signed_as_verslag(self.case_file.plans)
        return signed is not None and self.record(verslag_sent=signed[1])

    def _typed(self, row: _Row) -> None:
        if not self._filling:
            row.timer.start()

    def _flush(self, row: _Row) -> None:
        if not row.timer.isActive() and not self._dirty(row):
            return
        row.timer.stop()
        if self._dirty(row):
            self.record(**{STEP_FIELDS[row.kind]: row.edit.value()})

    def _dirty(self, row: _Row) -> bool:
        if self.case_file is None:
            return False
        return bool(row.edit.value() != getattr(self.case_file.case, STEP_FIELDS[row.kind]))

    def flush(self) -> None:
        """Store a day still waiting for its typing delay."""
        for row in self.rows.values():
            if row.timer.isActive():
                self._flush(row)

    def _kind_chosen(self, index: int) -> None:
        if self.case_file is None:
            return
        kind = CaseKind(self.kind_combo.itemData(index))
        if kind is not self.case_file.case.case_kind:
            self.record(case_kind=kind)

    def _reason_edited(self) -> None:
        if self.case_file is not None and self.reason_edit.text() != (
            self.case_file.case.closed_reason
        ):
            self.record(closed_reason=self.reason_edit.text())

    def choose_status(self) -> StatusDialog | None:
        """The dialog to choose the status with a reason (or let the days decide)."""
        if self.case_file is None:
            return None
        dialog = StatusDialog(self, self.case_file)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: setattr(self, "status_dialog", None))
        self.status_dialog = dialog
        dialog.open()
        return dialog


class StatusDialog(QDialog):
    """Choose the status: "volgt uit de datums", or one of CHOOSABLE with a reason."""

    def __init__(self, box: RouteBox, case_file: CaseFile) -> None:
        super().__init__(box)
        self.box = box
        case = case_file.case
        first = min((c.date for c in case_file.conversations), default=None)
        self.setWindowTitle(self.tr("Status kiezen"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 40)
        form = QFormLayout(self)
        self.choice = QComboBox(self)
        self.choice.setObjectName("statusChoice")
        self.choice.setAccessibleName(self.tr("Status"))
        derived = status_text(derived_status(case, first))
        self.choice.addItem(self.tr("Volgt uit de datums ({status})").format(status=derived), "")
        for status in CHOOSABLE:
            self.choice.addItem(status_text(status), status.value)
        current = case.status_override.value if case.status_override is not None else ""
        self.choice.setCurrentIndex(max(self.choice.findData(current), 0))
        form.addRow(self.tr("&Status:"), self.choice)
        self.reason = QLineEdit(self)
        unlimited(self.reason)
        self.reason.setObjectName("statusReason")
        self.reason.setAccessibleName(self.tr("Waarom u deze status kiest"))
        self.reason.setText(case.status_reason)
        form.addRow(self.tr("&Waarom:"), self.reason)
        form.addRow(
            text_label(
                self.tr(
                    "De status volgt uit de datums van het verloop. Kiest u zelf, schrijf dan op "
                    "waarom. Afsluiten doet u met de datum bij Afgesloten."
                ),
                self,
            )
        )
        self.message = MessageBar("problem", self)
        self.message.hide()
        form.addRow(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Opslaan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        name_qt_parts(self)

    def save(self) -> None:
        value = self.choice.currentData()
        override = CaseStatus(value) if value else None
        fields: dict[str, Any] = {"status_override": override}
        fields["status_reason"] = self.reason.text() if override is not None else ""
        try:
            self.box.repo.record_route(self.box.case_id, today=self.box._today(), **fields)
        except StoreError as exc:
            show_problem(self.message, exc)
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.accept()
        self.box.message.set_text("")
        self.box.changed.emit()


__all__ = ["CHOOSABLE", "RouteBox", "StatusDialog"]
