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
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eigenkracht.core.model import Change, PlanStatus, PlanVersion
from eigenkracht.core.problems import actions_without_when
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
from eigenkracht.ui.widgets.screen import Reflow
from eigenkracht.ui.widgets.text import text_box, wrapped_label
from eigenkracht.ui.widgets.views import MessageBar


def version_text(plan: PlanVersion | None, signed: PlanVersion | None = None) -> str:
    """The banner: which version preview, PDF and print show (`plan`, the working
    version, core.plan.working_version) and how it stands to the last signed one."""
    from PySide6.QtCore import QCoreApplication

    tr = QCoreApplication.translate
    if plan is None:
        return tr("PlanPage", "Versie 1 · concept: nog niet ondertekend.")
    if plan.status is PlanStatus.SIGNED:
        return tr(
            "PlanPage",
            "Versie {n} is ondertekend op {date}. Sindsdien is er niets veranderd. "
            "Wat u nu verandert, komt in versie {next}.",
        ).format(
            n=plan.number,
            date=format_date(signed_on(plan), weekday=False),
            next=plan.number + 1,
        )
    if signed is not None and signed.status is PlanStatus.SIGNED:
        return tr(
            "PlanPage",
            "Versie {n} · concept: er is iets veranderd sinds versie {last} is ondertekend "
            "op {date}. Voorbeeld, PDF en printen tonen versie {n}. Versie {last} blijft "
            "zoals die is ondertekend; die kiest u bij Welke versie.",
        ).format(
            n=plan.number,
            last=signed.number,
            date=format_date(signed_on(signed), weekday=False),
        )
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
        self.store: PlanAutosave = plan_autosave(context.autosave, context.instrument)
        self.today = dt.date.today()
        self.bindings: list[Binding] = []
        self.preview_dialog: Any = None
        self.status = MessageBar("info", self)
        self.layout_.addWidget(self.status)
        self.layout_.addWidget(self.problem_bar)

        columns = QHBoxLayout()
        self.layout_.addLayout(columns, 1)
        # Side by side on a wide window; the printing column below the agreements on a
        # narrow one (a laptop at 150 %).
        self.reflow = Reflow(self, columns)
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
                    "Of de inwoner het eens is met het plan, en de opmerkingen van ieder die "
                    "tekent, legt u vast bij het ondertekenen."
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
        self.version_choice = QComboBox(printing)
        self.version_choice.setAccessibleName(self.tr("Welke versie van het plan"))
        choice_label = self._label(self.tr("&Welke versie"), self.version_choice)
        column.addWidget(choice_label)
        column.addWidget(self.version_choice)
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

        right.addStretch(1)

        self.printer = PlanPrinter(
            self.store.repo,
            self.store.case_id,
            self.store.instrument,  # the catalogue: every assessment's own instrument
            self,
            progress_bar=self.progress_bar,
        )
        self.printer.finished.connect(self._printed)
        self.printer.failed.connect(lambda message: self.show_problem(message))
        self.preview_button.clicked.connect(lambda: self.start(PREVIEW))
        self.save_button.clicked.connect(lambda: self.start(SAVE))
        self.print_button.clicked.connect(lambda: self.start(PRINT))
        self.sign_button.clicked.connect(self.sign)
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
        signed = [p for p in self.store.plans if p.status is PlanStatus.SIGNED]
        last = max(signed, key=lambda p: p.number, default=None)
        self.status.set_text(version_text(plan, last))
        chosen = self.version_choice.currentData()
        self.version_choice.clear()
        number = plan.number if plan is not None else 1
        if plan is not None and plan.status is PlanStatus.SIGNED:
            now = self.tr("Het plan zoals het nu is (versie {n}, ondertekend)")
        else:
            now = self.tr("Het plan zoals het nu is (versie {n}, concept)")
        self.version_choice.addItem(now.format(n=number), None)
        for version in sorted(signed, key=lambda p: p.number, reverse=True):
            if plan is not None and version.id == plan.id:
                continue  # the plan as it is now
            day = format_date(signed_on(version), weekday=False)
            self.version_choice.addItem(
                self.tr("Versie {n} (ondertekend op {date})").format(n=version.number, date=day),
                version.id,
            )
            self.version_choice.setItemData(
                self.version_choice.count() - 1,
                self.tr("Vingerafdruk {fingerprint}").format(fingerprint=version.fingerprint),
                Qt.ItemDataRole.ToolTipRole,
            )
        index = self.version_choice.findData(chosen)
        self.version_choice.setCurrentIndex(max(index, 0))
        unchanged = self.store.unchanged
        self.sign_button.setEnabled(not unchanged)
        self.sign_button.setToolTip(
            self.tr("Er is niets veranderd sinds versie {n} is ondertekend.").format(n=number)
            if unchanged
            else ""
        )
        self._show_carried()

    def _show_carried(self) -> None:
        """A statement recorded at the start of the conversation is made: ticked, and
        changed there only."""
        for field, box in self.checks.items():
            carried = self.store.carried(field)
            box.setEnabled(not carried)
            box.setToolTip(
                self.tr("Vastgelegd bij de start van het gesprek (gewezen op). Dat wijzigt u daar.")
                if carried
                else ""
            )

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
        self._show_carried()

    def first_focus(self) -> QWidget | None:
        return self.agreements

    # -- printing and signing ------------------------------------------------------------

    def current_version(self) -> PlanVersion:
        """The plan as it would be signed now (core.plan.working_version): the draft
        being worked on, the next version as a draft when anything changed since the
        last signing, or the newest signed one when nothing did (then it prints
        exactly as signed)."""
        self.autosave.flush()
        self.store.flush()
        self.store.recheck()
        plan = self.store.plan
        if plan is None:
            return PlanVersion(case_id=self.store.case_id, number=1)
        return plan

    def chosen_version(self) -> PlanVersion:
        """What Welke versie names: the plan as it is now, or a signed version by number."""
        version_id = self.version_choice.currentData()
        found = next((p for p in self.store.plans if p.id == version_id), None)
        if version_id is None or found is None:
            return self.current_version()
        return found

    def start(self, action: str, plan: PlanVersion | None = None) -> bool:
        self.show_problem("")
        self.result.setText("")
        return self.printer.start(
            action,
            plan or self.chosen_version(),
            pseudonymise=self.pseudonymise.isChecked(),
        )

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
        case_file = self.store.repo.load_case(self.store.case_id)
        # Who does what *by when*: an action to do with neither a day nor "doorlopend"
        # is not yet an agreement that can be signed (core.problems).
        missing = len(actions_without_when(case_file.goals))
        if missing:
            text = (
                self.tr(
                    "Bij 1 actie staat nog niet wanneer die klaar is. Kies bij Doelen een "
                    "datum of 'doorlopend'. Daarna kunt u ondertekenen."
                )
                if missing == 1
                else self.tr(
                    "Bij {n} acties staat nog niet wanneer ze klaar zijn. Kies bij Doelen "
                    "een datum of 'doorlopend'. Daarna kunt u ondertekenen."
                ).format(n=missing)
            )
            self.show_problem(text, self.sign_button)
            return
        self.show_problem("")
        plan = self.store.ensure_draft()
        case_file = self.store.repo.load_case(self.store.case_id)
        plan = next((p for p in case_file.plans if p.id == plan.id), plan)
        dialog = SignDialog(
            self.store.repo,
            case_file,
            self.store.instrument,  # the catalogue, as the plan is printed with
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
        from eigenkracht.ui.plan.verslag import offer_plan_as_verslag

        self.verslag_offer = offer_plan_as_verslag(
            self, self.store.repo, self.store.case_id, self.today
        )


__all__ = ["PlanPage", "version_text"]
