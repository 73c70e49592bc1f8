"""The plan step of the conversation: agreements, the next evaluation, the citizen's
remarks and the statements, then preview, save or print the plan and record the
signatures. Every field is stored as it is typed and can be undone; a signed version
is frozen, so an edit after signing goes into the next version.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eigenkracht.core.model import Change, PlanStatus, PlanVersion
from eigenkracht.ui.editing.binding import TYPING_DELAY_MS, Binding, field_binding
from eigenkracht.ui.editing.conversation import conversation_key
from eigenkracht.ui.plan.printing import (
    PREVIEW,
    PRINT,
    SAVE,
    Built,
    PlanPrinter,
    pseudonymise_box,
    show_case_setting,
    signed_on,
)
from eigenkracht.ui.plan.store import PlanAutosave, plan_autosave, plan_key
from eigenkracht.ui.steps.protocol import Context, ConversationPage, Page
from eigenkracht.ui.widgets import OptionalDateEdit, format_date, name_qt_parts
from eigenkracht.ui.widgets.text import text_box, wrapped_label
from eigenkracht.ui.widgets.views import MessageBar


def version_text(plan: PlanVersion | None, day: str = "") -> str:
    from PySide6.QtCore import QCoreApplication

    tr = QCoreApplication.translate
    if plan is None:
        return tr(
            "PlanPage", "Er is nog geen versie van het plan. Die komt er bij de eerste wijziging."
        )
    if plan.status is PlanStatus.SIGNED:
        return tr(
            "PlanPage",
            "Versie {n} is ondertekend op {date}. Wat u nu verandert, komt in versie {next}.",
        ).format(n=plan.number, date=day, next=plan.number + 1)
    return tr("PlanPage", "Versie {n} · concept: nog niet ondertekend.").format(n=plan.number)


class PlanPage(ConversationPage):
    """The plan step, after the goals; it shares their PlanAutosave (store.plan_autosave)."""

    page = Page.PLAN

    def title(self) -> str:
        return self.tr("Het plan: afspraken, verklaringen en ondertekenen")

    def step_title(self) -> str:
        return self.tr("Plan")

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.store: PlanAutosave = plan_autosave(context.autosave)
        self.today = dt.date.today()
        self.bindings: list[Binding] = []
        self.preview_dialog: Any = None
        self.status = MessageBar("info", self)
        self.layout_.addWidget(self.status)
        self.layout_.addWidget(self.problem_bar)

        columns = QHBoxLayout()
        self.layout_.addLayout(columns, 1)
        left = QVBoxLayout()
        right = QVBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)

        form_box = QGroupBox(self.tr("Afspraken"), self)
        form = QFormLayout(form_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.agreements = text_box(form_box, self.tr("Wat we verder afspreken"), lines=4)
        self._bind_text(self.agreements, "agreements", self.tr("Afspraken wijzigen"))
        form.addRow(
            self._label(self.tr("Wat we verder &afspreken"), self.agreements), self.agreements
        )
        self.evaluation = OptionalDateEdit(
            fallback=self.today + dt.timedelta(weeks=8), parent=form_box
        )
        self.evaluation.set_accessible_name(self.tr("Datum van de volgende evaluatie"))
        binding = self._bind(
            self.evaluation.edit,
            "evaluation_date",
            self.tr("Evaluatiedatum wijzigen"),
            read=self.evaluation.value,
            show=self.evaluation.setValue,
            delay_ms=TYPING_DELAY_MS,
        )
        self.evaluation.valueChanged.connect(binding.changed)
        self.evaluation.clear_button.clicked.connect(binding.changed_now)
        form.addRow(self._label(self.tr("Volgende &evaluatie"), self.evaluation), self.evaluation)
        self.remarks = text_box(form_box, self.tr("Opmerkingen van de inwoner"), lines=4)
        self._bind_text(self.remarks, "remarks", self.tr("Opmerkingen wijzigen"))
        form.addRow(self._label(self.tr("&Opmerkingen van de inwoner"), self.remarks), self.remarks)
        left.addWidget(form_box)

        statements = QGroupBox(self.tr("Verklaringen"), self)
        column = QVBoxLayout(statements)
        self.checks: dict[str, QCheckBox] = {}
        for field, text in (
            (
                "informed_clientondersteuning",
                self.tr("De inwoner weet van gratis, onafhankelijke &cliëntondersteuning"),
            ),
            (
                "informed_persoonlijk_plan",
                self.tr("De inwoner weet dat hij of zij zelf een &persoonlijk plan mag maken"),
            ),
            ("copy_received", self.tr("De inwoner heeft een &kopie van het plan gekregen")),
        ):
            box = QCheckBox(text, statements)
            box.setAccessibleName(text.replace("&", ""))
            binding = self._bind(
                box,
                field,
                self.tr("Verklaring wijzigen"),
                read=box.isChecked,
                show=box.setChecked,
                default=False,
            )
            box.toggled.connect(binding.changed)
            self.checks[field] = box
            column.addWidget(box)
        column.addWidget(
            wrapped_label(
                self.tr(
                    "Of de inwoner het eens is met het plan, legt u vast bij het ondertekenen."
                ),
                statements,
            )
        )
        left.addWidget(statements)
        left.addStretch(1)

        printing = QGroupBox(self.tr("Printen en ondertekenen"), self)
        column = QVBoxLayout(printing)
        self.pseudonymise = pseudonymise_box(context.case, printing)
        self.case_changed = True  # read the case's "hide names" when next shown
        context.autosave.stored.connect(self._stored)
        column.addWidget(self.pseudonymise)
        self.preview_button = self._button(self.tr("&Voorbeeld bekijken"), printing)
        self.save_button = self._button(self.tr("Opslaan als P&DF…"), printing)
        self.print_button = self._button(self.tr("P&rinten…"), printing)
        self.sign_button = self._button(self.tr("&Ondertekening vastleggen…"), printing)
        self.print_button.setToolTip(self.tr("Slaat de PDF op en opent die om te printen"))
        for button in (self.preview_button, self.save_button, self.print_button, self.sign_button):
            column.addWidget(button)
        self.progress_bar = QProgressBar(printing)
        self.progress_bar.setAccessibleName(self.tr("Voortgang van het maken van het plan"))
        column.addWidget(self.progress_bar)
        self.result = wrapped_label("", printing)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.result)
        right.addWidget(printing)

        versions = QGroupBox(self.tr("Ondertekende versies"), self)
        column = QVBoxLayout(versions)
        self.signed_list = QListWidget(versions)
        self.signed_list.setAccessibleName(self.tr("Ondertekende versies van het plan"))
        column.addWidget(self.signed_list)
        self.reprint_button = self._button(self.tr("Gekozen versie opnieuw &printen…"), versions)
        column.addWidget(self.reprint_button)
        right.addWidget(versions, 1)

        self.printer = PlanPrinter(
            self.store.repo,
            self.store.case_id,
            context.instrument,
            self,
            progress_bar=self.progress_bar,
        )
        self.printer.finished.connect(self._printed)
        self.printer.failed.connect(lambda message: self.show_problem(message))
        self.preview_button.clicked.connect(lambda: self.start(PREVIEW))
        self.save_button.clicked.connect(lambda: self.start(SAVE))
        self.print_button.clicked.connect(lambda: self.start(PRINT))
        self.sign_button.clicked.connect(self.sign)
        self.reprint_button.clicked.connect(self.reprint)
        self.signed_list.currentRowChanged.connect(
            lambda row: self.reprint_button.setEnabled(row >= 0)
        )
        self.store.versionChanged.connect(self._show_version)
        self._show_version()
        name_qt_parts(self)

    # -- building --------------------------------------------------------------------

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        label.setWordWrap(True)
        return label

    def _button(self, text: str, parent: QWidget) -> QPushButton:
        button = QPushButton(text, parent)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        return button

    def _bind(self, widget: QWidget, field: str, text: str, **kwargs: Any) -> Binding:
        binding = field_binding(
            self.store,
            widget,
            lambda: plan_key(field),
            text=text,
            where=(self.page, None),
            **kwargs,
        )
        self.bindings.append(binding)
        return binding

    def _bind_text(self, box: Any, field: str, text: str) -> None:
        binding = self._bind(
            box,
            field,
            text,
            read=box.toPlainText,
            show=box.setPlainText,
            delay_ms=TYPING_DELAY_MS,
            default="",
        )
        box.textChanged.connect(binding.changed)

    # -- showing ---------------------------------------------------------------------

    def _show_version(self) -> None:
        plan = self.store.plan
        day = ""
        if plan is not None and plan.signed_at:
            day = format_date(signed_on(plan), weekday=False)
        self.status.set_text(version_text(plan, day))
        self.signed_list.clear()
        for version in sorted(self.store.plans, key=lambda p: p.number, reverse=True):
            if version.status is not PlanStatus.SIGNED:
                continue
            day = format_date(signed_on(version), weekday=False)
            item = QListWidgetItem(
                self.tr("Versie {n}, ondertekend op {date} · vingerafdruk {short}…").format(
                    n=version.number, date=day, short=version.fingerprint[:12]
                ),
                self.signed_list,
            )
            item.setData(Qt.ItemDataRole.UserRole, version.id)
            item.setToolTip(version.fingerprint)
        if self.signed_list.count():
            self.signed_list.setCurrentRow(0)
        self.reprint_button.setEnabled(self.signed_list.currentRow() >= 0)

    def _stored(self, changes: list[Change]) -> None:
        if any(c.table == "cases" and "pseudonymise" in c.fields for c in changes):
            self.case_changed = True

    def enter(self) -> None:
        super().enter()
        self.store.refresh()
        if self.case_changed:
            self.case_changed = False
            show_case_setting(self.pseudonymise, self.store.repo.get_case(self.store.case_id))
        for binding in self.bindings:
            binding.refresh(force=True)

    def first_focus(self) -> QWidget | None:
        return self.agreements

    # -- printing and signing ------------------------------------------------------------

    def current_version(self) -> PlanVersion:
        """The version to print: the draft being worked on, or the newest signed one
        when nothing changed since (then it prints exactly as signed)."""
        self.autosave.flush()
        self.store.flush()
        plan = self.store.plan
        if plan is None:
            return PlanVersion(case_id=self.store.case_id, number=1)
        return plan

    def start(self, action: str, plan: PlanVersion | None = None) -> bool:
        self.show_problem("")
        self.result.setText("")
        return self.printer.start(
            action,
            plan or self.current_version(),
            pseudonymise=self.pseudonymise.isChecked(),
        )

    def reprint(self) -> None:
        item = self.signed_list.currentItem()
        if item is None:
            return
        version_id = item.data(Qt.ItemDataRole.UserRole)
        plan = next((p for p in self.store.plans if p.id == version_id), None)
        if plan is not None:
            self.start(PRINT, plan)

    def _printed(self, action: str, built: Built, path: str) -> None:
        if action == PREVIEW:
            from eigenkracht.ui.plan.preview import PreviewDialog

            dialog = PreviewDialog(built, self)
            dialog.saveRequested.connect(lambda b: self.printer.finish(SAVE, b))
            dialog.printRequested.connect(lambda b: self.printer.finish(PRINT, b))
            self.preview_dialog = dialog
            dialog.open()
        elif action == SAVE:
            self.result.setText(self.tr("Opgeslagen: {path}").format(path=path))
        elif action == PRINT:
            self.result.setText(self.tr("Geopend om te printen: {path}").format(path=path))

    def sign(self) -> None:
        from eigenkracht.ui.plan.sign_dialog import SignDialog

        self.autosave.flush()
        self.store.flush()
        plan = self.store.ensure_draft()
        case_file = self.store.repo.load_case(self.store.case_id)
        plan = next((p for p in case_file.plans if p.id == plan.id), plan)
        dialog = SignDialog(
            self.store.repo,
            case_file,
            self.context.instrument,
            plan,
            today=self.today,
            place=str(self.autosave.value(conversation_key("place")) or ""),
            parent=self,
        )
        dialog.setModal(True)
        self.sign_dialog = dialog
        dialog.accepted.connect(lambda: self._signed(dialog))
        dialog.open()

    def _signed(self, dialog: Any) -> None:
        if dialog.signed is None:
            return
        self.store.reload()
        self.result.setText(
            self.tr("Versie {n} is ondertekend en vastgezet. Vingerafdruk: {fingerprint}").format(
                n=dialog.signed.number, fingerprint=dialog.signed.fingerprint
            )
        )


__all__ = ["PlanPage", "version_text"]
